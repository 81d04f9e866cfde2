//! What the benchmarks share: the shipped knowledge base (from a fresh, migrated database) and
//! the typical client profile that `scripts/bench-http` also posts (`benches/http-profile.form`).

use interventiewijzer::domain::knowledge::KnowledgeBase;
use interventiewijzer::domain::profile::ClientProfile;

/// The shipped knowledge base, as the server loads it from a new database.
pub fn shipped() -> KnowledgeBase {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        let dir = tempfile::tempdir().expect("temporary folder");
        let url = format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("bench.db").display()
        );
        let state = interventiewijzer::prepare(&url).await.expect("database");
        let kb = (*state.knowledge_base()).clone();
        state.db.close().await;
        kb
    })
}

/// The profile of `benches/http-profile.form`: an EPA client with a psychotic disorder, on
/// bijstand, in treatment, wanting paid work now, with the barriers self-stigma and financial
/// disincentives.
pub fn typical_profile() -> ClientProfile {
    let form = include_str!("../http-profile.form").trim();
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_str(form).expect("benches/http-profile.form is a form");
    ClientProfile::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .expect("benches/http-profile.form is a valid profile")
}

/// The server's allocator (see `src/main.rs`), so that the figures are the server's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
