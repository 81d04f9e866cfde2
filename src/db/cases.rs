//! Anonymous cases: a profile's codes under a random code, so that an advice has an address
//! that survives Back, reload, bookmarks and the language switch. Nothing that identifies a
//! client is stored: only the answers' codes, the knowledge-base version and three times.
//! Cases expire after a set time and are bounded in number.

use sqlx::SqlitePool;

use super::batches::Batches;
use super::case_lookups::Lookups;

use argon2::password_hash::rand_core::{OsRng, RngCore};

/// A stored case.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Case {
    pub code: String,
    /// The profile as form pairs (`severity=epa&...`).
    pub profile: String,
    pub kb_version: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub expires_at: i64,
}

/// What looking up a code found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    Found(Case),
    /// The case existed but its time is up (it is removed now).
    Expired,
    /// No such case (never made, deleted, or purged).
    Unknown,
}

/// Why a case could not be stored.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the maximum number of cases is reached")]
    Full,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// How long cases live and how many there may be.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Seconds from the last save to expiry.
    pub ttl_seconds: i64,
    /// The most cases stored at once.
    pub max_cases: i64,
}

/// Now, in seconds since the Unix epoch.
pub fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// A new case code: 128 bits from the operating system's CSPRNG, as 32 hex characters
/// (URL-safe, unguessable).
pub fn new_code() -> String {
    let mut bytes = [0u8; 16];
    OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether `code` has the form of a case code (checked before any query).
pub fn is_code(code: &str) -> bool {
    code.len() == 32
        && code
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The number of stored cases, kept by triggers (migration 0043): one row, not a scan.
const COUNT: &str = "SELECT n FROM case_count WHERE id = 1";

/// One case waiting to be stored, with where its code (or why not) goes.
struct Job {
    profile: String,
    kb_version: String,
    limits: Limits,
    reply: tokio::sync::oneshot::Sender<Result<String, StoreError>>,
}

/// New cases, stored in batches: every case posted while one batch is being written goes
/// into the next, one transaction for all of them. A transaction per case wrote a few
/// database pages to the write-ahead log for each case and made SQLite checkpoint several
/// times a second under load; the storing `POST /advies` ran at about 2,300 a second whatever
/// else was done. Nothing waits for a batch to fill: a case alone is written at once.
#[derive(Default)]
pub struct CaseStore {
    /// Cases posted and not yet written.
    writes: Batches<Job>,
    /// Case lookups, read in batches.
    lookups: Lookups,
}

impl CaseStore {
    /// Stores a new case and returns its code. When the bound is reached, expired cases are
    /// purged first; if that frees nothing, [`StoreError::Full`].
    pub async fn create(
        &self,
        pool: &SqlitePool,
        profile: &str,
        kb_version: &str,
        limits: Limits,
    ) -> Result<String, StoreError> {
        let (reply, answer) = tokio::sync::oneshot::channel();
        let job = Job {
            profile: profile.to_owned(),
            kb_version: kb_version.to_owned(),
            limits,
            reply,
        };
        let pool = pool.clone();
        self.writes
            .submit(job, answer, |batch| write_batch(pool, batch))
            .await
            .unwrap_or_else(|| Err(StoreError::Database(sqlx::Error::WorkerCrashed)))
    }

    /// Looks up a case (as [`find`]), batched with the lookups made meanwhile (see
    /// [`Lookups`]).
    pub async fn find(&self, pool: &SqlitePool, code: &str) -> Result<Lookup, sqlx::Error> {
        self.lookups.find(pool, code).await
    }
}

/// Writes `jobs` in one transaction and answers each; when that transaction fails, each case
/// is tried alone, so every one gets its own answer (a full disk, say).
async fn write_batch(pool: SqlitePool, jobs: Vec<Job>) {
    if jobs.len() > 1 {
        let cases: Vec<(&str, &str, Limits)> = jobs
            .iter()
            .map(|j| (j.profile.as_str(), j.kb_version.as_str(), j.limits))
            .collect();
        if let Ok(results) = insert_all(&pool, &cases).await {
            for (job, result) in jobs.into_iter().zip(results) {
                let _ = job.reply.send(result);
            }
            return;
        }
    }
    for job in jobs {
        let case = [(job.profile.as_str(), job.kb_version.as_str(), job.limits)];
        let result = match insert_all(&pool, &case).await {
            Ok(mut results) => results.pop().unwrap_or(Err(StoreError::Full)),
            Err(error) => Err(StoreError::Database(error)),
        };
        let _ = job.reply.send(result);
    }
}

/// At most this many cases in one `INSERT` (six parameters each, far below SQLite's limit).
const ROWS_PER_INSERT: usize = 256;

/// Stores `cases` (profile, knowledge-base version, limits) in one transaction, each within
/// its bound; a case past the bound (after a purge of the expired ones) is [`StoreError::Full`].
/// The admitted cases go in with one multi-row `INSERT`: every statement is a round trip to the
/// connection's worker thread, so a statement per case cost a thread switch per case.
async fn insert_all(
    pool: &SqlitePool,
    cases: &[(&str, &str, Limits)],
) -> Result<Vec<Result<String, StoreError>>, sqlx::Error> {
    let now = now();
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let mut stored = sqlx::query_scalar::<_, i64>(COUNT)
        .fetch_one(&mut *tx)
        .await?;
    let mut purged = false;
    let mut results = Vec::with_capacity(cases.len());
    let mut rows = Vec::with_capacity(cases.len());
    for &(profile, kb_version, limits) in cases {
        if stored >= limits.max_cases && !purged {
            sqlx::query("DELETE FROM cases WHERE expires_at <= ?")
                .bind(now)
                .execute(&mut *tx)
                .await?;
            let kept = sqlx::query_scalar::<_, i64>(COUNT)
                .fetch_one(&mut *tx)
                .await?;
            // The admitted cases are inserted after the loop: not in the count yet.
            stored = kept + i64::try_from(rows.len()).unwrap_or(i64::MAX);
            purged = true;
        }
        if stored >= limits.max_cases {
            results.push(Err(StoreError::Full));
            continue;
        }
        let code = new_code();
        rows.push((code.clone(), profile, kb_version, now + limits.ttl_seconds));
        stored += 1;
        results.push(Ok(code));
    }
    for chunk in rows.chunks(ROWS_PER_INSERT) {
        let mut insert = sqlx::QueryBuilder::new(
            "INSERT INTO cases (code, profile, kb_version, created_at, updated_at, expires_at) ",
        );
        insert.push_values(chunk, |mut row, (code, profile, kb_version, expires_at)| {
            row.push_bind(code.as_str())
                .push_bind(*profile)
                .push_bind(*kb_version)
                .push_bind(now)
                .push_bind(now)
                .push_bind(*expires_at);
        });
        // Not kept prepared: every batch size is its own statement, and a connection keeping
        // one per size (up to 256 rows each) took megabytes.
        insert.build().persistent(false).execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(results)
}

/// Replaces a live case's answers (and restarts its time); false when there is no live case.
pub async fn update(
    pool: &SqlitePool,
    code: &str,
    profile: &str,
    kb_version: &str,
    limits: Limits,
) -> Result<bool, sqlx::Error> {
    let now = now();
    let done = sqlx::query(
        "UPDATE cases SET profile = ?, kb_version = ?, updated_at = ?, expires_at = ? \
         WHERE code = ? AND expires_at > ?",
    )
    .bind(profile)
    .bind(kb_version)
    .bind(now)
    .bind(now + limits.ttl_seconds)
    .bind(code)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Looks up a case; an expired one is removed and reported as [`Lookup::Expired`].
pub async fn find(pool: &SqlitePool, code: &str) -> Result<Lookup, sqlx::Error> {
    if !is_code(code) {
        return Ok(Lookup::Unknown);
    }
    let case = select_case(code).fetch_optional(pool).await?;
    expire(pool, case).await
}

/// `SELECT` of every column of [`Case`] from `cases`, without a `WHERE`.
macro_rules! select_cases {
    () => {
        "SELECT code, profile, kb_version, created_at, updated_at, expires_at FROM cases"
    };
}
pub(super) use select_cases;

/// The query for the case `code`.
fn select_case(
    code: &str,
) -> sqlx::query::QueryAs<'_, sqlx::Sqlite, Case, sqlx::sqlite::SqliteArguments> {
    sqlx::query_as(concat!(select_cases!(), " WHERE code = ?")).bind(code)
}

/// What a read row means: an expired case is removed and reported as [`Lookup::Expired`].
pub(super) async fn expire(pool: &SqlitePool, case: Option<Case>) -> Result<Lookup, sqlx::Error> {
    Ok(match case {
        None => Lookup::Unknown,
        Some(case) if case.expires_at <= now() => {
            delete(pool, &case.code).await?;
            Lookup::Expired
        }
        Some(case) => Lookup::Found(case),
    })
}

/// Deletes a case at once; false when there was none.
pub async fn delete(pool: &SqlitePool, code: &str) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM cases WHERE code = ?")
        .bind(code)
        .execute(pool)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Deletes every expired case; returns how many.
pub async fn purge_expired(pool: &SqlitePool) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM cases WHERE expires_at <= ?")
        .bind(now())
        .execute(pool)
        .await?;
    Ok(done.rows_affected())
}

/// How many cases are stored.
pub async fn count(pool: &SqlitePool) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(COUNT).fetch_one(pool).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_long_random_and_url_safe() {
        let a = new_code();
        let b = new_code();
        assert_ne!(a, b);
        assert!(is_code(&a) && is_code(&b), "{a} {b}");
        assert!(!is_code("verwijderd"));
        assert!(!is_code(&a.to_uppercase()));
    }
}
