//! The web layer's one error type (`web::error`): pages and beheer show their refusals as the
//! message page in the request's language, with the status the handler chose.

use reqwest::StatusCode;
use scraper::{Html, Selector};

use crate::common::{add_user, sign_in, spawn_app};

fn heading_and_text(body: &str) -> (String, String) {
    let doc = Html::parse_document(body);
    let text = |css: &str| {
        doc.select(&Selector::parse(css).unwrap())
            .map(|e| e.text().collect::<String>())
            .collect::<Vec<_>>()
            .join(" ")
    };
    (text("main h1"), text("main"))
}

#[tokio::test]
async fn a_write_without_session_is_refused_in_the_requests_language() {
    let app = spawn_app().await;
    for (lang, title, message) in [
        ("nl", "Beheer", "Log eerst in"),
        ("en", "Administration", "Sign in as an administrator first"),
    ] {
        let response = app
            .client
            .post(app.url(&format!("/beheer/regels/1?lang={lang}")))
            .form(&[("csrf", "x")])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        let body = response.text().await.unwrap();
        assert!(body.contains(&format!("<html lang=\"{lang}\"")), "{body}");
        let (h1, text) = heading_and_text(&body);
        assert_eq!(h1.trim(), title);
        assert!(text.contains(message), "{text}");
    }
}

#[tokio::test]
async fn an_unknown_item_in_beheer_is_the_404_page_in_english_when_asked() {
    let app = spawn_app().await;
    add_user(&app, "beheerder", true).await;
    let cookie = sign_in(&app, "beheerder").await;
    let response = app
        .client
        .get(app.url("/beheer/regels/999999?lang=en"))
        .header("Cookie", cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let (h1, text) = heading_and_text(&response.text().await.unwrap());
    assert_eq!(h1.trim(), "Page not found");
    assert!(text.contains("does not exist"), "{text}");
}

#[tokio::test]
async fn a_form_with_a_wrong_token_is_refused_with_the_message_in_dutch() {
    let app = spawn_app().await;
    add_user(&app, "beheerder", true).await;
    let cookie = sign_in(&app, "beheerder").await;
    let response = app
        .client
        .post(app.url("/beheer/regels/1/verwijderen"))
        .header("Cookie", cookie)
        .form(&[("csrf", "not-the-token")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let body = response.text().await.unwrap();
    assert!(body.contains("<html lang=\"nl\""), "{body}");
    let (_, text) = heading_and_text(&body);
    assert!(text.contains("Dit formulier is verlopen"), "{text}");
}
