//! Logging in under attack: a race-free limit per address and name and per address, an
//! administrator an outsider cannot lock out, bounded input, and signing out for everyone.

use reqwest::StatusCode;

use crate::common::{PASSWORD, TestApp, add_user, sel, spawn_app, spawn_app_with};
use interventiewijzer::config::AdminSettings;
use interventiewijzer::login_limit::{PER_ADDRESS, PER_NAME};

/// An app that believes `X-Forwarded-For` from the test client (a trusted proxy on loopback).
async fn behind_proxy() -> TestApp {
    let settings = AdminSettings {
        trusted_proxies: vec!["127.0.0.1".parse().unwrap()],
        ..AdminSettings::default()
    };
    spawn_app_with(|state| state.with_admin_settings(settings)).await
}

async fn try_login(app: &TestApp, from: &str, name: &str, password: &str) -> StatusCode {
    app.client
        .post(app.url("/beheer/inloggen"))
        .header("X-Forwarded-For", from)
        .form(&[("name", name), ("password", password)])
        .send()
        .await
        .unwrap()
        .status()
}

#[tokio::test]
async fn sixty_simultaneous_guesses_get_only_five_password_checks_and_then_not_the_right_one() {
    let app = spawn_app().await;
    add_user(&app, "beheerder", true).await;
    let guesses = (0..60).map(|n| {
        let (client, url) = (app.client.clone(), app.url("/beheer/inloggen"));
        tokio::spawn(async move {
            let password = format!("fout-{n}");
            client
                .post(url)
                .form(&[("name", "beheerder"), ("password", password.as_str())])
                .send()
                .await
                .unwrap()
                .status()
        })
    });
    let mut statuses = Vec::new();
    for guess in guesses {
        statuses.push(guess.await.unwrap());
    }
    let checked = statuses
        .iter()
        .filter(|s| **s == StatusCode::UNAUTHORIZED)
        .count();
    let refused = statuses
        .iter()
        .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert_eq!(
        (checked, refused),
        (PER_NAME, 60 - PER_NAME),
        "{statuses:?}"
    );
    assert_eq!(
        try_login(&app, "", "beheerder", PASSWORD).await,
        StatusCode::TOO_MANY_REQUESTS,
        "the right password after the limit is refused too"
    );
}

#[tokio::test]
async fn an_outsider_failing_on_purpose_does_not_keep_the_administrator_out() {
    let app = behind_proxy().await;
    add_user(&app, "beheerder", true).await;
    for _ in 0..PER_NAME {
        assert_eq!(
            try_login(&app, "203.0.113.9", "beheerder", "fout").await,
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(
        try_login(&app, "203.0.113.9", "beheerder", PASSWORD).await,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        try_login(&app, "198.51.100.7", "beheerder", PASSWORD).await,
        StatusCode::SEE_OTHER,
        "the administrator, from her own address, still signs in"
    );
}

#[tokio::test]
async fn one_address_cannot_guess_through_many_names() {
    let app = behind_proxy().await;
    for n in 0..PER_ADDRESS {
        let name = format!("naam{n}");
        assert_eq!(
            try_login(&app, "203.0.113.10", &name, "fout").await,
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(
        try_login(&app, "203.0.113.10", "nog-een", "fout").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        try_login(&app, "203.0.113.11", "nog-een", "fout").await,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn forwarded_addresses_are_ignored_unless_the_proxy_is_trusted() {
    let app = spawn_app().await;
    for n in 0..PER_NAME {
        let from = format!("203.0.113.{n}");
        assert_eq!(
            try_login(&app, &from, "beheerder", "fout").await,
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(
        try_login(&app, "203.0.113.200", "beheerder", "fout").await,
        StatusCode::TOO_MANY_REQUESTS,
        "a made-up X-Forwarded-For does not give a fresh address"
    );
}

#[tokio::test]
async fn huge_and_odd_names_never_reach_the_limiter_and_big_bodies_are_refused() {
    let app = spawn_app().await;
    let huge = "a".repeat(6 * 1024 * 1024);
    let response = app
        .client
        .post(app.url("/beheer/inloggen"))
        .form(&[("name", huge.as_str()), ("password", "x")])
        .send()
        .await;
    if let Ok(response) = response {
        assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    }
    let long = "a".repeat(65);
    for name in [
        long.as_str(),
        "eve\nINFO signed in user=alice",
        "\u{1b}[31mrood",
    ] {
        assert_eq!(
            try_login(&app, "", name, "fout").await,
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(app.state.login_limiter.keys(), (0, 0));
}

#[tokio::test]
async fn an_account_without_the_administrator_role_can_sign_out() {
    let app = spawn_app().await;
    let reader = app.signed_in("lezer", false).await;
    let (status, html) = reader.get_page("/beheer").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let token = html
        .select(&sel("form[action='/beheer/uitloggen'] input[name=csrf]"))
        .next()
        .expect("a sign-out form")
        .value()
        .attr("value")
        .unwrap()
        .to_owned();
    let session = reader.cookie();
    let out = reader
        .post_form("/beheer/uitloggen", &[("csrf", token.as_str())])
        .await;
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    assert_eq!(reader.cookie(), "", "the cookie is cleared");
    // The old session id, sent again, is no longer a session.
    let after = app.browser_with(&session).get("/beheer").await;
    assert_eq!(after.status(), StatusCode::SEE_OTHER, "the session is gone");
}

/// Starts the binary with its log going to a file; returns it, its base URL and the log path.
fn start_logging_to_file(
    dir: &std::path::Path,
    env: &[(&str, &str)],
) -> (std::process::Child, String, std::path::PathBuf) {
    let log = dir.join("server.log");
    let mut child = crate::process::binary(&dir.join("log.db"))
        .envs(env.iter().copied())
        .stdout(std::process::Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while std::time::Instant::now() < deadline {
        let text = std::fs::read_to_string(&log).unwrap_or_default();
        let addr = text
            .split("addr=")
            .nth(1)
            .or_else(|| text.split("\"addr\":\"").nth(1))
            .and_then(|rest| rest.split(['"', ' ', '\n']).next());
        if let Some(addr) = addr.filter(|a| a.contains(':')) {
            return (child, format!("http://{addr}"), log);
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("the server did not report its address");
}

async fn forge_attempts(base: &str) {
    let client = reqwest::Client::new();
    for name in [
        "eve\n2026-01-01T00:00:00Z  INFO signed in user=alice",
        "mallory\u{1b}[2K\u{1b}[1A",
        "bob",
        "trudy\" admin=true user=alice",
        "\"alice\" admin=\"true\"",
    ] {
        let response = client
            .post(format!("{base}/beheer/inloggen"))
            .form(&[("name", name), ("password", "fout")])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
}

#[tokio::test]
async fn a_log_file_has_no_colour_codes_and_no_forged_lines_in_text_or_json() {
    for format in ["text", "json"] {
        let dir = tempfile::tempdir().unwrap();
        let (mut child, base, log) =
            start_logging_to_file(dir.path(), &[("LOG_FORMAT", format), ("NO_COLOR", "")]);
        forge_attempts(&base).await;
        child.kill().unwrap();
        child.wait().unwrap();
        let text = std::fs::read_to_string(&log).unwrap();
        assert!(!text.contains('\u{1b}'), "{format}: {text}");
        assert!(!text.contains("signed in"), "{format}: {text}");
        assert!(text.contains("failed login"), "{format}: {text}");
        // A name with spaces, quotes and `key=value` stays one quoted value: no forged field.
        let quoted = match format {
            "text" => r#"user="trudy\" admin=true user=alice""#,
            _ => r#""user":"trudy\" admin=true user=alice""#,
        };
        assert!(text.contains(quoted), "{format}: {text}");
        // Nor does a name that itself starts and ends with a quote.
        let quoted = match format {
            "text" => r#"user="\"alice\" admin=\"true\"""#,
            _ => r#""user":"\"alice\" admin=\"true\"""#,
        };
        assert!(text.contains(quoted), "{format}: {text}");
        assert!(
            !text.contains(r#"user="alice" admin="true""#),
            "{format}: {text}"
        );
        if format == "json" {
            for line in text.lines() {
                serde_json::from_str::<serde_json::Value>(line).expect("one JSON object a line");
            }
        }
    }
}

/// The `Set-Cookie` of a successful sign-in sent with `X-Forwarded-Proto: proto`.
async fn session_cookie_with_proto(app: &TestApp, proto: &str) -> String {
    let response = app
        .client
        .post(app.url("/beheer/inloggen"))
        .header("X-Forwarded-Proto", proto)
        .form(&[("name", "beheerder"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn the_session_cookie_is_secure_only_when_configured_or_a_trusted_proxy_says_https() {
    // Anyone may send X-Forwarded-Proto: without a trusted proxy it changes nothing.
    let direct = spawn_app().await;
    add_user(&direct, "beheerder", true).await;
    let cookie = session_cookie_with_proto(&direct, "https").await;
    assert!(!cookie.contains("Secure"), "a spoofed header: {cookie}");
    // Behind a trusted proxy, its word counts, both ways.
    let proxied = behind_proxy().await;
    add_user(&proxied, "beheerder", true).await;
    let cookie = session_cookie_with_proto(&proxied, "https").await;
    assert!(cookie.contains("; Secure"), "{cookie}");
    let cookie = session_cookie_with_proto(&proxied, "http").await;
    assert!(!cookie.contains("Secure"), "{cookie}");
    // SECURE_COOKIES makes it Secure whatever the header says.
    let configured = spawn_app_with(|state| {
        state.with_admin_settings(AdminSettings {
            secure_cookies: true,
            ..AdminSettings::default()
        })
    })
    .await;
    add_user(&configured, "beheerder", true).await;
    let cookie = session_cookie_with_proto(&configured, "http").await;
    assert!(cookie.contains("; Secure"), "{cookie}");
}
