//! Connections an attacker holds open: idle and half-sent ones are closed after the header-read
//! timeout, and SIGTERM finishes promptly with such a connection open.

use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::process::start_with;

/// Reads until the server closes the connection; returns how long that took.
async fn until_closed(stream: &mut TcpStream) -> Duration {
    let started = Instant::now();
    let mut buffer = [0u8; 4096];
    loop {
        match tokio::time::timeout(Duration::from_secs(30), stream.read(&mut buffer)).await {
            Ok(Ok(0)) | Ok(Err(_)) => return started.elapsed(),
            Ok(Ok(_)) => {}
            Err(_) => panic!("the connection was still open after 30 s"),
        }
    }
}

#[tokio::test]
async fn idle_and_half_sent_connections_are_closed_and_sigterm_does_not_wait_for_them() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("connections.db");
    let (mut child, base) = start_with(&db, &[("HEADER_READ_TIMEOUT_SECS", "2")]);
    let addr = base.trim_start_matches("http://").to_owned();

    let mut idle = TcpStream::connect(&addr).await.unwrap();
    let mut half = TcpStream::connect(&addr).await.unwrap();
    half.write_all(b"GET / HTTP/1.1\r\nHost: test\r\n")
        .await
        .unwrap();
    let mut kept_alive = TcpStream::connect(&addr).await.unwrap();
    kept_alive
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: test\r\n\r\n")
        .await
        .unwrap();
    for stream in [&mut idle, &mut half, &mut kept_alive] {
        let waited = until_closed(stream).await;
        assert!(waited < Duration::from_secs(10), "closed after {waited:?}");
    }

    // One connection open (idle after a request) when the server is asked to stop.
    let mut open = TcpStream::connect(&addr).await.unwrap();
    open.write_all(b"GET /healthz HTTP/1.1\r\nHost: test\r\n\r\n")
        .await
        .unwrap();
    let mut head = [0u8; 12];
    open.read_exact(&mut head).await.unwrap();
    assert_eq!(&head, b"HTTP/1.1 200");
    let asked = Instant::now();
    let status = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = tokio::task::spawn_blocking(move || child.wait())
        .await
        .unwrap()
        .unwrap();
    assert!(exit.success(), "{exit:?}");
    assert!(
        asked.elapsed() < Duration::from_secs(5),
        "stopped after {:?}",
        asked.elapsed()
    );
    until_closed(&mut open).await;
}
