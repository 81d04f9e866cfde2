//! Operations, through the real binary: Prometheus metrics on their own address, bounded
//! however many unknown paths are asked for, and the `healthcheck` subcommand.

use std::process::Command;

use crate::process::{binary, start_with};

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn healthcheck(target: &str) -> std::process::ExitStatus {
    let dir = tempfile::tempdir().unwrap();
    let mut command: Command = binary(&dir.path().join("unused.db"));
    command
        .args(["healthcheck", "--target", target])
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap()
}

#[tokio::test]
async fn metrics_render_on_their_own_address_and_stay_bounded_after_unknown_paths() {
    let dir = tempfile::tempdir().unwrap();
    let metrics_addr = format!("127.0.0.1:{}", free_port());
    let (mut server, base) = start_with(
        &dir.path().join("ops.db"),
        &[("METRICS_ADDR", metrics_addr.as_str())],
    );
    let client = reqwest::Client::new();
    let profile = serde_json::json!({"severity": "epa", "disorder": "psychotic",
        "work_situation": "bijstand", "mental_health_care": "in_treatment",
        "work_wish": "paid_work_now"});
    let advice = client
        .post(format!("{base}/api/v1/recommendations"))
        .json(&profile)
        .send()
        .await
        .unwrap();
    assert_eq!(advice.status(), 200);
    for i in 0..150 {
        for path in [format!("/nope-{i}"), format!("/api/v1/nope-{i}")] {
            let response = client.get(format!("{base}{path}")).send().await.unwrap();
            assert_eq!(response.status(), 404);
        }
        client
            .get(format!("{base}/interventies/nope-{i}"))
            .send()
            .await
            .unwrap();
    }
    let public = client.get(format!("{base}/metrics")).send().await.unwrap();
    assert_eq!(
        public.status(),
        404,
        "metrics are not on the public address"
    );

    let text = client
        .get(format!("http://{metrics_addr}/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!text.contains("nope-"), "no series per unknown path");
    let requests: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("http_requests_total{"))
        .collect();
    assert!(requests.len() <= 12, "few series: {requests:#?}");
    assert!(
        // 150 unknown pages and the refused /metrics on the public address.
        requests
            .iter()
            .any(|l| l.contains("route=\"unmatched\"") && l.ends_with(" 151")),
        "{requests:#?}"
    );
    assert!(
        requests
            .iter()
            .any(|l| l.contains("route=\"/interventies/{slug}\"")
                && l.contains("status=\"404\"")
                && l.ends_with(" 150")),
        "{requests:#?}"
    );
    assert!(text.contains("http_request_duration_seconds_bucket{"));
    let advice_line = text
        .lines()
        .find(|l| l.starts_with("interventiewijzer_advice_total{"))
        .expect("advice counted");
    assert!(advice_line.contains("top=\"ips\"") && advice_line.contains("channel=\"api\""));
    assert!(text.contains("interventiewijzer_knowledge_base_info{version=\""));
    assert!(text.contains("interventiewijzer_cases_stored 0"));
    assert!(text.contains("interventiewijzer_cds_feedback_stored 0"));

    let target = base.trim_start_matches("http://");
    assert!(healthcheck(target).success(), "ready while serving");
    server.kill().unwrap();
    server.wait().unwrap();
    assert!(!healthcheck(target).success(), "not ready once stopped");
}
