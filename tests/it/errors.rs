//! The web layer's one error type (`web::error`): pages and beheer show their refusals as the
//! message page in the request's language, with the status the handler chose.

use reqwest::StatusCode;
use scraper::Html;

use crate::common::{spawn_app, text};

fn heading_and_text(doc: &Html) -> (String, String) {
    (text(doc, "main h1"), text(doc, "main"))
}

#[tokio::test]
async fn a_write_without_session_is_refused_in_the_requests_language() {
    let app = spawn_app().await;
    for (lang, title, message) in [
        ("nl", "Beheer", "Log eerst in"),
        ("en", "Administration", "Sign in as an administrator first"),
    ] {
        let response = app
            .post_form(&format!("/beheer/regels/1?lang={lang}"), &[("csrf", "x")])
            .await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        let doc = Html::parse_document(&response.text().await.unwrap());
        let root = doc.root_element().value().attr("lang");
        assert_eq!(root, Some(lang));
        let (h1, text) = heading_and_text(&doc);
        assert_eq!(h1, title);
        assert!(text.contains(message), "{text}");
    }
}

#[tokio::test]
async fn an_unknown_item_in_beheer_is_the_404_page_in_english_when_asked() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let (status, doc) = admin.get_page("/beheer/regels/999999?lang=en").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (h1, text) = heading_and_text(&doc);
    assert_eq!(h1, "Page not found");
    assert!(text.contains("does not exist"), "{text}");
}

#[tokio::test]
async fn a_form_with_a_wrong_token_is_refused_with_the_message_in_dutch() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let response = admin
        .post_form("/beheer/regels/1/verwijderen", &[("csrf", "not-the-token")])
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let doc = Html::parse_document(&response.text().await.unwrap());
    assert_eq!(doc.root_element().value().attr("lang"), Some("nl"));
    let (_, text) = heading_and_text(&doc);
    assert!(text.contains("Dit formulier is verlopen"), "{text}");
}

#[tokio::test]
async fn an_account_without_the_role_gets_the_forbidden_page_and_after_signing_out_a_401() {
    let app = spawn_app().await;
    let reader = app.signed_in("lezer", false).await;
    let (status, doc) = reader.get_page("/beheer").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(
        doc.select(&crate::common::sel("form[action='/beheer/uitloggen']"))
            .count(),
        1
    );
    let token = reader.csrf("/beheer").await;
    let out = reader
        .post_form("/beheer/uitloggen", &[("csrf", token)])
        .await;
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    assert_eq!(reader.cookie(), "", "the session cookie is cleared");
    let response = reader.post_form("/beheer/regels/1", &[("csrf", "x")]).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}
