//! The two beheer uploads (knowledge-base JSON at `/beheer/import`, sociale-kaart CSV at
//! `/beheer/sociale-kaart`): both go through the administrator upload extractor, so a missing
//! or wrong CSRF token, a body over the route's limit and a body that is not multipart are
//! refused the same way on both, with nothing changed.

use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};

use crate::common::{Browser, TestApp, sel, spawn_app};

/// The two uploads: the form's path, a file name and where the stored content can be read.
const UPLOADS: [(&str, &str, &str); 2] = [
    ("/beheer/import", "kennisbank.json", "/beheer/export"),
    (
        "/beheer/sociale-kaart",
        "kaart.csv",
        "/beheer/sociale-kaart.csv",
    ),
];

async fn audit_count(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM audit_log")
        .fetch_one(&app.state.db)
        .await
        .unwrap()
}

async fn post_multipart(
    app: &TestApp,
    admin: &Browser,
    path: &str,
    form: Form,
) -> reqwest::Response {
    admin
        .send(app.client.post(app.url(path)).multipart(form))
        .await
}

#[tokio::test]
async fn an_upload_without_the_right_csrf_token_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    for (path, file_name, export) in UPLOADS {
        let stored = admin.get_text(export).await;
        let entries = audit_count(&app).await;
        let file = || Part::text(stored.clone()).file_name(file_name);
        let without = Form::new().part("file", file());
        let response = post_multipart(&app, &admin, path, without).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{path}");
        let page = scraper::Html::parse_document(&response.text().await.unwrap());
        assert!(
            page.select(&sel("main, h1")).next().is_some(),
            "{path}: an error page"
        );
        let wrong = Form::new()
            .text("csrf", "not-the-token")
            .part("file", file());
        let response = post_multipart(&app, &admin, path, wrong).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{path}");
        assert_eq!(audit_count(&app).await, entries, "{path}: nothing imported");
        // The same file with the token is taken: the refusal was the token's.
        let right = admin.upload(path, file_name, stored.clone()).await;
        assert_eq!(right.status(), StatusCode::OK, "{path}");
    }
}

#[tokio::test]
async fn an_upload_over_the_limit_is_a_413_and_one_that_is_not_multipart_a_400() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    for (path, file_name, export) in UPLOADS {
        let before = admin.get_text(export).await;
        let token = admin.csrf(path).await;
        let huge = Form::new().text("csrf", token.clone()).part(
            "file",
            Part::text("x".repeat(9 * 1024 * 1024)).file_name(file_name),
        );
        let response = post_multipart(&app, &admin, path, huge).await;
        assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE, "{path}");
        let form = admin
            .post_form(path, &[("csrf", token.as_str()), ("file", before.as_str())])
            .await;
        assert_eq!(form.status(), StatusCode::BAD_REQUEST, "{path}");
        let page = scraper::Html::parse_document(&form.text().await.unwrap());
        let message: String = page.select(&sel("main")).flat_map(|m| m.text()).collect();
        assert!(
            message.contains("kon niet worden gelezen; er is niets veranderd"),
            "{path}: beheer's error page, not a bare text: {message}"
        );
        assert_eq!(admin.get_text(export).await, before, "{path}");
    }
    assert_eq!(audit_count(&app).await, 0);
}
