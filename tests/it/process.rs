//! The binary as an operator runs it: start-up checks, graceful shutdown, backups, and
//! durability of administrator writes when the process is killed.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use reqwest::StatusCode;

const PASSWORD: &str = "kraanvogel-Zeewind-1987-lantaarn";

pub fn binary(db: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_interventiewijzer"));
    command
        .env(
            "DATABASE_URL",
            format!("sqlite://{}?mode=rwc", db.display()),
        )
        .env("BIND_ADDR", "127.0.0.1:0")
        .env("RUST_LOG", "info")
        .env("NO_COLOR", "1");
    command
}

/// Starts the server and returns it with its base URL (read from the `listening` log line).
pub fn start(db: &Path) -> (Child, String) {
    start_with(db, &[])
}

/// [`start`] with extra environment variables.
pub fn start_with(db: &Path, env: &[(&str, &str)]) -> (Child, String) {
    let mut child = binary(db)
        .envs(env.iter().copied())
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let mut lines = BufReader::new(stderr).lines();
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        let Some(Ok(line)) = lines.next() else { break };
        if let Some(addr) = line.split("addr=").nth(1) {
            let addr = addr
                .split_whitespace()
                .next()
                .unwrap()
                .trim_matches('"')
                .to_owned();
            // Keep draining the log so the server never blocks on a full pipe.
            std::thread::spawn(move || for _ in lines {});
            return (child, format!("http://{addr}"));
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("the server did not report its address");
}

pub fn add_admin(db: &Path) {
    let mut child = binary(db)
        .args(["user", "add", "beheerder", "--admin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{PASSWORD}").unwrap();
    assert!(child.wait().unwrap().success());
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

#[tokio::test]
async fn the_server_refuses_to_start_from_a_corrupt_database_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("corrupt.db");
    let mut bytes = b"SQLite format 3\0".to_vec();
    bytes.extend(std::iter::repeat_n(0xA5u8, 8192));
    std::fs::write(&db, bytes).unwrap();
    let output = binary(&db).arg("migrate").output().unwrap();
    assert!(!output.status.success());
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("interventiewijzer: "), "{message}");
    assert!(message.contains("database"), "{message}");
}

#[tokio::test]
async fn sigterm_lets_a_request_under_way_finish_and_closes_the_database_cleanly() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shutdown.db");
    let (child, base) = start(&db);
    let body = r#"{"severity": "epa", "work_situation": "bijstand", "work_wish": "paid_work_now"}"#;
    let (head, tail) = body.split_at(20);
    let mut stream = tokio::net::TcpStream::connect(base.trim_start_matches("http://"))
        .await
        .unwrap();
    let request = format!(
        "POST /api/v1/recommendations HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{head}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    // The request is under way (half its body sent) when the server is asked to stop.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    tokio::time::sleep(Duration::from_millis(200)).await;
    let refused = client().get(format!("{base}/healthz")).send().await;
    assert!(
        refused.is_err(),
        "no new requests are accepted while shutting down"
    );
    stream.write_all(tail.as_bytes()).await.unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    assert!(response.contains("\"slug\":\"ips\""));
    let exit = tokio::task::spawn_blocking(move || {
        let mut child = child;
        child.wait()
    })
    .await
    .unwrap()
    .unwrap();
    assert!(exit.success(), "{exit:?}");
    assert!(
        !dir.path().join("shutdown.db-wal").exists(),
        "the write-ahead log was checkpointed and removed"
    );
}

#[tokio::test]
async fn a_backup_is_a_consistent_copy_that_the_server_can_start_from() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("live.db");
    let (mut child, _) = start(&db);
    let copy = dir.path().join("backup.db");
    let output = binary(&db).arg("backup").arg(&copy).output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let again = binary(&db).arg("backup").arg(&copy).output().unwrap();
    assert!(
        !again.status.success(),
        "an existing file is never overwritten"
    );
    child.kill().unwrap();
    child.wait().unwrap();
    let (mut restored, base) = start(&copy);
    let list: serde_json::Value = client()
        .get(format!("{base}/api/v1/interventions"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["interventions"].as_array().unwrap().len(), 13);
    restored.kill().unwrap();
    restored.wait().unwrap();
}

/// Signs in and returns (cookie, csrf token).
async fn sign_in(base: &str) -> (String, String) {
    let client = client();
    let response = client
        .post(format!("{base}/beheer/inloggen"))
        .form(&[("name", "beheerder"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let page = client
        .get(format!("{base}/beheer"))
        .header("Cookie", &cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = page
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    (cookie, token)
}

#[tokio::test]
async fn every_acknowledged_administrator_write_survives_sigkill_at_random_moments() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kill.db");
    add_admin(&db);
    let mut acknowledged: Vec<String> = Vec::new();
    let cycles = 6;
    for cycle in 0..cycles {
        let (mut child, base) = start(&db);
        let (cookie, token) = sign_in(&base).await;
        let done = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let writer = {
            let base = base.clone();
            let done = done.clone();
            tokio::spawn(async move {
                let client = client();
                for n in 0..1000 {
                    let text = format!("kill-test {cycle}-{n}");
                    let form = [
                        ("csrf", token.as_str()),
                        ("action", "save"),
                        ("dimension", "disorder"),
                        ("match_values", "eating"),
                        ("effect", "fit"),
                        ("points", "0.5"),
                        ("text_nl", &text),
                        ("text_en", &text),
                        ("source", "Samenwerken 2017, 3.6"),
                    ];
                    match client
                        .post(format!("{base}/beheer/interventies/coral/regels"))
                        .header("Cookie", &cookie)
                        .form(&form)
                        .send()
                        .await
                    {
                        Ok(r) if r.status() == StatusCode::SEE_OTHER => {
                            done.lock().unwrap().push(text)
                        }
                        _ => break,
                    }
                }
            })
        };
        // Wait for the first acknowledged write, then kill at a pseudo-random moment after it.
        let deadline = Instant::now() + Duration::from_secs(60);
        while done.lock().unwrap().is_empty() && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let wait = (cycle * 37 + 11) % 150;
        tokio::time::sleep(Duration::from_millis(wait as u64)).await;
        child.kill().unwrap();
        child.wait().unwrap();
        writer.await.unwrap();
        acknowledged.extend(done.lock().unwrap().drain(..));
    }
    assert!(
        acknowledged.len() >= cycles,
        "writes were made ({})",
        acknowledged.len()
    );
    let pool = interventiewijzer::db::open(&format!("sqlite://{}?mode=rwc", db.display()))
        .await
        .expect("the database opens after the kills");
    let check: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(check, "ok");
    let stored: Vec<String> =
        sqlx::query_scalar("SELECT text_nl FROM rules WHERE text_nl LIKE 'kill-test %'")
            .fetch_all(&pool)
            .await
            .unwrap();
    for text in &acknowledged {
        assert!(stored.contains(text), "acknowledged write {text} was lost");
    }
    let audited: i64 = sqlx::query_scalar("SELECT count(*) FROM audit_log WHERE action = 'nieuw'")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(
        audited as usize,
        stored.len(),
        "every stored rule has its audit entry"
    );
    println!(
        "kill cycles survived: {cycles}, acknowledged writes: {}",
        acknowledged.len()
    );
}
