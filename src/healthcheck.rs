//! `interventiewijzer healthcheck`: asks the running server whether it is ready and exits 0
//! (ready) or 1 (not ready, or no answer within the timeout). For container health checks,
//! where no curl is installed. It asks `/readyz` and, on a server that has none (404),
//! `/healthz`. Plain HTTP/1.1 on loopback; nothing else is needed.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// How long the whole check may take.
pub const TIMEOUT: Duration = Duration::from_secs(5);

/// The address to ask for a server bound to `bind_addr`: a wildcard address becomes loopback.
pub fn target(bind_addr: &str) -> String {
    let port = bind_addr.rsplit(':').next().unwrap_or("8080");
    let host = &bind_addr[..bind_addr.len() - port.len()].trim_end_matches(':');
    let host = match *host {
        "" | "0.0.0.0" => "127.0.0.1",
        "[::]" => "[::1]",
        other => other,
    };
    format!("{host}:{port}")
}

/// Whether the server at `addr` (`host:port`) says it is ready; the reason when not.
pub async fn check(addr: &str) -> Result<(), String> {
    let ask = async {
        match status(addr, "/readyz").await? {
            404 => status(addr, "/healthz").await,
            code => Ok(code),
        }
    };
    match tokio::time::timeout(TIMEOUT, ask).await {
        Ok(Ok(200)) => Ok(()),
        Ok(Ok(code)) => Err(format!("{addr} answered {code}")),
        Ok(Err(error)) => Err(format!("{addr}: {error}")),
        Err(_) => Err(format!("{addr} did not answer within {TIMEOUT:?}")),
    }
}

/// The status code of `GET path`.
async fn status(addr: &str, path: &str) -> std::io::Result<u16> {
    let mut stream = TcpStream::connect(addr).await?;
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await?;
    let mut head = [0; 64];
    let mut read = 0;
    while read < 12 {
        let n = stream.read(&mut head[read..]).await?;
        if n == 0 {
            break;
        }
        read += n;
    }
    let line = String::from_utf8_lossy(&head[..read]);
    line.strip_prefix("HTTP/1.")
        .and_then(|rest| rest.get(2..5))
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| std::io::Error::other("not an HTTP answer"))
}

#[cfg(test)]
mod tests {
    use super::target;

    #[test]
    fn a_wildcard_bind_address_is_asked_on_loopback() {
        assert_eq!(target("0.0.0.0:8080"), "127.0.0.1:8080");
        assert_eq!(target("127.0.0.1:9000"), "127.0.0.1:9000");
        assert_eq!(target("[::]:8080"), "[::1]:8080");
        assert_eq!(target(":8080"), "127.0.0.1:8080");
    }
}
