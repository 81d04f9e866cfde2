//! What an attacker tries on the web side: headers on every answer (timeouts included),
//! duplicate JSON keys, formula injection through the CSV, `javascript:` websites, unbounded
//! or invisible text from an administrator.

use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::common::{Browser, TestApp, spawn_app, spawn_app_with};
use interventiewijzer::config::AdminSettings;

async fn headers_of(app: &TestApp, path: &str, proto: Option<&str>) -> reqwest::header::HeaderMap {
    let mut request = app.client.get(app.url(path));
    if let Some(proto) = proto {
        request = request.header("X-Forwarded-Proto", proto);
    }
    request.send().await.unwrap().headers().clone()
}

#[tokio::test]
async fn beheer_and_the_api_are_never_stored_and_every_answer_has_the_security_headers() {
    let app = spawn_app().await;
    for (path, no_store) in [
        ("/beheer/inloggen", true),
        ("/beheer", true),
        ("/api/v1/interventions", true),
        ("/api/v1/bestaat-niet", true),
        ("/", false),
        ("/bestaat-niet", false),
    ] {
        let headers = headers_of(&app, path, Some("https")).await;
        assert!(headers.contains_key("content-security-policy"), "{path}");
        assert_eq!(headers["x-frame-options"], "DENY", "{path}");
        assert_eq!(
            headers
                .get("cache-control")
                .is_some_and(|v| v == "no-store"),
            no_store,
            "{path}"
        );
        assert!(
            !headers.contains_key("strict-transport-security"),
            "an untrusted X-Forwarded-Proto gives no HSTS ({path})"
        );
    }
    let secure = spawn_app_with(|s| {
        s.with_admin_settings(AdminSettings {
            secure_cookies: true,
            ..AdminSettings::default()
        })
    })
    .await;
    assert!(
        headers_of(&secure, "/", None)
            .await
            .contains_key("strict-transport-security")
    );
    let proxied = spawn_app_with(|s| {
        s.with_admin_settings(AdminSettings {
            trusted_proxies: vec!["127.0.0.1".parse().unwrap()],
            ..AdminSettings::default()
        })
    })
    .await;
    assert!(
        headers_of(&proxied, "/", Some("https"))
            .await
            .contains_key("strict-transport-security")
    );
    assert!(
        !headers_of(&proxied, "/", Some("http"))
            .await
            .contains_key("strict-transport-security")
    );
}

#[tokio::test]
async fn a_request_that_times_out_is_answered_408_with_the_security_headers() {
    let app = spawn_app().await;
    let mut stream = tokio::net::TcpStream::connect(app.address.trim_start_matches("http://"))
        .await
        .unwrap();
    stream
        .write_all(
            b"POST /api/v1/recommendations HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n\
              Content-Length: 100\r\n\r\n{\"severity\"",
        )
        .await
        .unwrap();
    let mut response = vec![0u8; 4096];
    let n = tokio::time::timeout(Duration::from_secs(20), stream.read(&mut response))
        .await
        .unwrap()
        .unwrap();
    let text = String::from_utf8_lossy(&response[..n]).to_lowercase();
    assert!(text.starts_with("http/1.1 408"), "{text}");
    assert!(text.contains("content-security-policy"), "{text}");
    assert!(text.contains("cache-control: no-store"), "{text}");
}

#[tokio::test]
async fn a_json_body_with_a_key_twice_is_refused_naming_the_key() {
    let app = spawn_app().await;
    let response = app
        .recommend_raw(r#"{"severity": "cmd", "work_situation": "bijstand", "severity": "epa"}"#)
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["field"], "severity");
    // A key of kilobytes is named by its first 64 characters, as an unknown field is.
    let long = "k".repeat(4000);
    let response = app
        .recommend_raw(format!(
            r#"{{"severity": "cmd", "{long}": 1, "{long}": 2}}"#
        ))
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["field"], "k".repeat(64));
    assert!(body["error"].as_str().unwrap().len() < 400, "{body}");
}

/// serde_json (feature `raw_value`, which axum turns on) reads an object whose first key is
/// its private raw-value key as the JSON text in that key's value: a key twice could hide
/// there from the duplicate check. Such a body is refused like an unknown field.
#[tokio::test]
async fn a_key_twice_cannot_hide_in_serde_jsons_raw_value_key() {
    let app = spawn_app().await;
    let hidden = r#"{"$serde_json::private::RawValue": "{\"severity\": \"cmd\", \"severity\": \"epa\", \"work_situation\": \"ww\"}"}"#;
    let plain = r#"{"$serde_json::private::RawValue": "{\"severity\": \"epa\", \"work_situation\": \"ww\"}"}"#;
    for body in [hidden, plain] {
        let response = app.recommend_raw(body).await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{body}"
        );
        let error: Value = response.json().await.unwrap();
        assert_eq!(error["field"], "$serde_json::private::RawValue", "{error}");
        assert!(error.get("knowledge_base_version").is_none(), "{error}");
    }
}

async fn reload(app: &TestApp) {
    interventiewijzer::web::pages::beheer::reload(&app.state)
        .await
        .unwrap();
}

async fn csv_export(admin: &Browser) -> String {
    admin.get_text("/beheer/sociale-kaart.csv").await
}

async fn csv_upload(admin: &Browser, csv: String) -> reqwest::Response {
    admin
        .upload("/beheer/sociale-kaart", "kaart.csv", csv)
        .await
}

#[tokio::test]
async fn the_csv_defuses_formulas_round_trips_them_and_refuses_javascript_websites() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let formula = r#"=HYPERLINK("https://evil.example","klik")"#;
    sqlx::query("UPDATE organisations SET name = ?, website = 'javascript:alert(1)' WHERE id = (SELECT min(id) FROM organisations)")
        .bind(formula)
        .execute(&app.state.db)
        .await
        .unwrap();
    reload(&app).await;
    let providers = app.get_text("/api/v1/providers").await;
    assert!(!providers.contains("javascript:"), "{providers}");

    sqlx::query("UPDATE organisations SET website = 'https://example.org' WHERE website LIKE 'javascript:%'")
        .execute(&app.state.db)
        .await
        .unwrap();
    let csv = csv_export(&admin).await;
    assert!(
        !csv.contains(",=HYPERLINK") && !csv.contains(",\"=HYPERLINK"),
        "{csv}"
    );
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
    assert_eq!(
        csv_upload(&admin, csv.clone()).await.status(),
        StatusCode::OK
    );
    assert_eq!(csv_export(&admin).await, csv, "lossless round trip");
    let stored: String = sqlx::query_scalar("SELECT name FROM organisations WHERE name LIKE '=%'")
        .fetch_one(&app.state.db)
        .await
        .unwrap();
    assert_eq!(stored, formula);

    let evil = csv.replace("https://example.org", "javascript:alert(1)");
    let refused = csv_upload(&admin, evil).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("http:// of https://")
    );
}

#[tokio::test]
async fn huge_or_invisible_text_and_absurd_points_are_refused_in_beheer_and_imports() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let exported: Value = admin.get("/beheer/export").await.json().await.unwrap();
    let version = app.state.knowledge_base().version().to_owned();
    for (field, value) in [
        ("name_nl", json!("x".repeat(600))),
        ("name_en", json!("IPS\u{0}\u{202e}")),
    ] {
        let mut kb = exported.clone();
        kb["interventions"][0][field] = value;
        let response = admin
            .upload("/beheer/import", "kb.json", kb.to_string())
            .await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}"
        );
        let text = response.text().await.unwrap();
        assert!(text.contains(&format!("veld {field}")), "{text}");
    }
    let mut points = exported.clone();
    points["rules"][0]["points"] = json!(1e308);
    points["rules"][0]["effect"] = json!("fit");
    let imported = interventiewijzer::db::exchange::import(
        &app.state.db,
        &points.to_string(),
        "t",
        interventiewijzer::db::exchange::IfChanged::Refuse,
    )
    .await;
    assert!(imported.is_err(), "points of 1e308 are refused on import");
    let token = admin.csrf("/beheer").await;
    let rule = admin
        .post_form(
            "/beheer/interventies/ips/regels",
            &[
                ("csrf", token.as_str()),
                ("action", "save"),
                ("dimension", "severity"),
                ("match_values", "epa"),
                ("effect", "fit"),
                ("points", "1e308"),
                ("text_nl", "Veel"),
                ("text_en", "Much"),
                ("source", "Panteia 2021, 4.2"),
            ],
        )
        .await;
    assert_eq!(rule.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        rule.text()
            .await
            .unwrap()
            .contains("Hoogstens 10 en minstens -10")
    );
    assert_eq!(app.state.knowledge_base().version(), version);
}
