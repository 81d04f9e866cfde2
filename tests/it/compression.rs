//! Compression (issue 19): the advice page and the JSON answers are gzipped in one piece
//! (`Content-Length`, `Vary: Accept-Encoding`) for a client that accepts gzip and read back
//! to the same bytes; a client that refuses gzip gets them plain; stylesheets come gzipped
//! once and for all.

use std::io::Read;

use reqwest::StatusCode;
use reqwest::header::{ACCEPT_ENCODING, CONTENT_ENCODING, CONTENT_LENGTH, VARY};

use crate::common::{TestApp, sel, spawn_app};

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut plain = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut plain)
        .expect("valid gzip");
    plain
}

/// GETs `path` with `Accept-Encoding: accept`: the response's headers and its body as sent.
async fn get_with(
    app: &TestApp,
    path: &str,
    accept: &str,
) -> (reqwest::header::HeaderMap, Vec<u8>) {
    let response = app
        .client
        .get(app.url(path))
        .header(ACCEPT_ENCODING, accept)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    let headers = response.headers().clone();
    (headers, response.bytes().await.unwrap().to_vec())
}

fn header(headers: &reqwest::header::HeaderMap, name: reqwest::header::HeaderName) -> &str {
    headers.get(name).map_or("", |v| v.to_str().unwrap())
}

#[tokio::test]
async fn the_advice_page_is_gzipped_in_one_piece_and_reads_back_the_same() {
    let app = spawn_app().await;
    let stored = app
        .post_body(
            "/advies",
            "severity=cmd&work_situation=sick_leave&disorder=depression&work_wish=paid_work_now",
        )
        .await;
    assert_eq!(stored.status(), StatusCode::SEE_OTHER);
    let case = stored.headers()["location"].to_str().unwrap().to_owned();

    let (plain_headers, plain) = get_with(&app, &case, "identity").await;
    assert_eq!(header(&plain_headers, CONTENT_ENCODING), "");
    assert!(
        header(&plain_headers, VARY)
            .to_ascii_lowercase()
            .contains("accept-encoding")
    );

    for accept in ["gzip", "gzip, deflate, br, zstd", "br;q=1, gzip;q=0.5"] {
        let (headers, body) = get_with(&app, &case, accept).await;
        assert_eq!(header(&headers, CONTENT_ENCODING), "gzip", "{accept}");
        assert_eq!(header(&headers, CONTENT_LENGTH), body.len().to_string());
        assert!(
            header(&headers, VARY)
                .to_ascii_lowercase()
                .contains("accept-encoding")
        );
        assert!(
            body.len() * 3 < plain.len(),
            "{} of {}",
            body.len(),
            plain.len()
        );
        assert_eq!(gunzip(&body), plain, "{accept}: the same page");
    }
    let html = String::from_utf8(plain).unwrap();
    let doc = scraper::Html::parse_document(&html);
    assert!(doc.select(&sel(".advice-card")).count() > 3);

    let (headers, body) = get_with(&app, &case, "gzip;q=0, *").await;
    assert_eq!(header(&headers, CONTENT_ENCODING), "", "gzip refused");
    assert_eq!(String::from_utf8(body).unwrap(), html);
}

#[tokio::test]
async fn a_json_answer_is_gzipped_and_a_stylesheet_comes_gzipped_with_its_cache_lifetime() {
    let app = spawn_app().await;
    let (headers, body) = get_with(&app, "/api/v1/interventions", "gzip").await;
    assert_eq!(header(&headers, CONTENT_ENCODING), "gzip");
    let json: serde_json::Value = serde_json::from_slice(&gunzip(&body)).unwrap();
    assert!(json.as_array().is_some_and(|list| list.len() > 5) || json.is_object());

    let home = app.get_text("/").await;
    let stylesheet = home
        .split("href=\"")
        .filter_map(|s| s.split('"').next())
        .find(|href| href.starts_with("/static/css/app."))
        .expect("the app's stylesheet")
        .to_owned();
    let (plain_headers, plain) = get_with(&app, &stylesheet, "identity").await;
    assert_eq!(header(&plain_headers, CONTENT_ENCODING), "");
    for _ in 0..2 {
        let (headers, body) = get_with(&app, &stylesheet, "gzip").await;
        assert_eq!(header(&headers, CONTENT_ENCODING), "gzip");
        assert!(
            header(&headers, VARY)
                .to_ascii_lowercase()
                .contains("accept-encoding")
        );
        assert!(header(&headers, "cache-control".parse().unwrap()).contains("immutable"));
        assert!(body.len() * 2 < plain.len());
        assert_eq!(gunzip(&body), plain);
    }
}
