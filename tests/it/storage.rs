//! The database under stress: a full disk leaves nothing half-done and the next write works
//! once there is space again; readiness reports a database that cannot be written; a file that
//! is not a database is refused at start; a knowledge base changed by another process reaches
//! the running server.

use std::time::{Duration, Instant};

use reqwest::StatusCode;
use serde_json::Value;
use sqlx::SqlitePool;

use crate::common::{Browser, spawn_app};

/// Sets `PRAGMA max_page_count` on every connection of the pool (a setting per connection).
async fn limit_pages(pool: &SqlitePool, pages: Option<i64>) {
    let mut held = Vec::new();
    for _ in 0..pool.options().get_max_connections() {
        held.push(pool.acquire().await.unwrap());
    }
    for conn in &mut held {
        let pages = match pages {
            Some(pages) => pages,
            None => sqlx::query_scalar("PRAGMA page_count")
                .fetch_one(&mut **conn)
                .await
                .unwrap(),
        };
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "PRAGMA max_page_count = {pages}"
        )))
        .execute(&mut **conn)
        .await
        .unwrap();
    }
}

async fn import(admin: &Browser, json: String) -> reqwest::Response {
    admin
        .upload("/beheer/import", "kennisbank.json", json)
        .await
}

async fn export(admin: &Browser) -> String {
    admin.get("/beheer/export").await.text().await.unwrap()
}

#[tokio::test]
async fn a_full_disk_changes_nothing_says_so_and_the_next_write_works_once_there_is_space() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let exported = export(&admin).await;
    let mut changed: Value = serde_json::from_str(&exported).unwrap();
    changed["interventions"][0]["name_nl"] = Value::from("Na de volle schijf");
    // More data than fits in the pages the database has now (the audit entry alone is small).
    for rule in changed["rules"].as_array_mut().unwrap() {
        let longer = format!("{} {}", rule["text_en"].as_str().unwrap(), "x".repeat(2000));
        rule["text_en"] = Value::from(longer);
    }
    let version = app.state.knowledge_base().version().to_owned();

    for _ in 0..3 {
        // Again before every try: a connection that failed inside a transaction is closed, and
        // its replacement starts without the limit (a setting per connection).
        limit_pages(&app.state.db, None).await;
        let full = import(&admin, changed.to_string()).await;
        assert_eq!(full.status(), StatusCode::INSUFFICIENT_STORAGE);
        let text = full.text().await.unwrap();
        assert!(
            text.contains("schijf is vol, er is niets veranderd"),
            "{text}"
        );
        assert!(!text.contains("sqlx") && !text.contains("SQLITE"), "{text}");
    }
    assert_eq!(app.state.knowledge_base().version(), version);
    assert_eq!(export(&admin).await, exported, "nothing changed");

    limit_pages(&app.state.db, Some(1 << 30)).await;
    let ok = import(&admin, changed.to_string()).await;
    assert_eq!(ok.status(), StatusCode::OK);
    assert_ne!(app.state.knowledge_base().version(), version);
    let ips = app.get("/api/v1/interventions").await.text().await.unwrap();
    assert!(ips.contains("Na de volle schijf") || !exported.contains("\"ips\""));
}

#[tokio::test]
async fn readiness_answers_503_when_the_database_cannot_be_written_in_time() {
    let app = spawn_app().await;
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status(), StatusCode::OK);
    let mut writer = app.state.db.begin_with("BEGIN IMMEDIATE").await.unwrap();
    sqlx::query("UPDATE readiness SET checked_at = 0")
        .execute(&mut *writer)
        .await
        .unwrap();
    let started = Instant::now();
    let blocked = app.get("/readyz").await;
    assert_eq!(blocked.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(started.elapsed() < Duration::from_secs(5));
    writer.rollback().await.unwrap();
    let again = app.get("/readyz").await;
    assert_eq!(again.status(), StatusCode::OK);
}

#[tokio::test]
async fn an_empty_or_foreign_file_is_refused_at_start_and_only_a_missing_one_is_created() {
    let dir = tempfile::tempdir().unwrap();
    for (name, content) in [("empty.db", &b""[..]), ("notes.db", b"just some notes\n")] {
        let path = dir.path().join(name);
        std::fs::write(&path, content).unwrap();
        let out = crate::process::binary(&path)
            .arg("migrate")
            .output()
            .unwrap();
        assert!(!out.status.success(), "{name}");
        let message = String::from_utf8_lossy(&out.stderr);
        assert!(message.contains("is not a SQLite database"), "{message}");
        assert_eq!(std::fs::read(&path).unwrap(), content, "{name} left alone");
    }
    let missing = dir.path().join("new.db");
    let out = crate::process::binary(&missing)
        .arg("migrate")
        .output()
        .unwrap();
    assert!(out.status.success());
    let again = crate::process::binary(&missing)
        .arg("migrate")
        .output()
        .unwrap();
    assert!(again.status.success(), "an existing database opens");
}

#[tokio::test]
async fn a_knowledge_base_imported_on_the_command_line_reaches_the_running_server() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shared.db");
    let (mut child, base) = crate::process::start(&db);
    let exported = crate::process::binary(&db)
        .args(["kb", "export"])
        .output()
        .unwrap();
    assert!(exported.status.success());
    let mut kb: Value = serde_json::from_slice(&exported.stdout).unwrap();
    let slug = kb["interventions"][0]["slug"].as_str().unwrap().to_owned();
    kb["interventions"][0]["name_nl"] = Value::from("Nieuw via de opdrachtregel");
    let file = dir.path().join("kb.json");
    std::fs::write(&file, kb.to_string()).unwrap();
    let imported = crate::process::binary(&db)
        .args(["kb", "import"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(imported.status.success(), "{imported:?}");
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut seen = false;
    while Instant::now() < deadline && !seen {
        let page = reqwest::get(format!("{base}/interventies/{slug}"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        seen = page.contains("Nieuw via de opdrachtregel");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(seen, "the server did not notice the import within 10 s");
}
