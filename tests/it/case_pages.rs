//! The case page kept in memory (issue 19): a browser that reopens a case gets the page made
//! once, but never one that the case's row or the knowledge base no longer supports. Changes
//! written straight into the database stand for another process sharing the file.

use std::io::Read;

use reqwest::StatusCode;
use reqwest::header::{ACCEPT_ENCODING, CONTENT_ENCODING};
use scraper::Html;

use crate::common::{TestApp, sel, spawn_app, text};

const CMD: &str =
    "severity=cmd&work_situation=sick_leave&disorder=depression&work_wish=paid_work_now";
const EPA: &str =
    "severity=epa&work_situation=no_benefit&disorder=psychotic&work_wish=paid_work_now";

/// GETs `path` as a browser does (gzip): the status and the page, read back.
pub(crate) async fn browser_get(app: &TestApp, path: &str) -> (StatusCode, String) {
    let response = app
        .client
        .get(app.url(path))
        .header(ACCEPT_ENCODING, "gzip, deflate, br")
        .send()
        .await
        .unwrap();
    read_back(response).await
}

/// The status and the page of `response`, gunzipped when it came gzipped.
async fn read_back(response: reqwest::Response) -> (StatusCode, String) {
    let status = response.status();
    let gzipped = response.headers().get(CONTENT_ENCODING).is_some();
    let body = response.bytes().await.unwrap();
    let mut page = String::new();
    if gzipped {
        flate2::read::GzDecoder::new(&body[..])
            .read_to_string(&mut page)
            .expect("valid gzip");
    } else {
        page = String::from_utf8(body.to_vec()).unwrap();
    }
    (status, page)
}

/// The answer shown for the severity question on an advice page.
fn severity_shown(page: &str) -> String {
    let doc = Html::parse_document(page);
    text(&doc, ".answers-summary div:first-child dd")
}

#[tokio::test]
async fn a_reopened_case_page_is_the_same_page_a_client_without_gzip_gets() {
    let app = spawn_app().await;
    let path = app.store_case(CMD).await;
    let (status, first) = browser_get(&app, &path).await;
    assert_eq!(status, StatusCode::OK);
    let (_, again) = browser_get(&app, &path).await;
    assert_eq!(again, first, "reopened");
    assert_eq!(app.get_text(&path).await, first, "without gzip");
    assert!(
        severity_shown(&first).starts_with("CMD"),
        "{}",
        severity_shown(&first)
    );
    assert!(!app.state.case_pages.is_empty(), "the page was kept");
}

#[tokio::test]
async fn a_kept_page_follows_changed_answers_from_the_form_or_another_process() {
    let app = spawn_app().await;
    let path = app.store_case(CMD).await;
    let (_, before) = browser_get(&app, &path).await;
    assert!(severity_shown(&before).starts_with("CMD"));

    // Through the change form.
    let changed = app.post_body(&path, EPA).await;
    assert_eq!(changed.status(), StatusCode::SEE_OTHER);
    let (_, after) = browser_get(&app, &path).await;
    assert!(
        severity_shown(&after).starts_with("EPA"),
        "{}",
        severity_shown(&after)
    );
    assert_eq!(app.get_text(&path).await, after);

    // Straight in the database, as another server on the same file would.
    let code = path.trim_start_matches("/advies/");
    sqlx::query("UPDATE cases SET profile = ? WHERE code = ?")
        .bind(CMD)
        .bind(code)
        .execute(&app.state.db)
        .await
        .unwrap();
    let (_, back) = browser_get(&app, &path).await;
    assert!(
        severity_shown(&back).starts_with("CMD"),
        "{}",
        severity_shown(&back)
    );

    // A changed knowledge base shows its note.
    sqlx::query("UPDATE cases SET kb_version = 'older' WHERE code = ?")
        .bind(code)
        .execute(&app.state.db)
        .await
        .unwrap();
    let (_, noted) = browser_get(&app, &path).await;
    let doc = Html::parse_document(&noted);
    assert!(text(&doc, ".kb-changed").contains("kennisbank is gewijzigd"));
}

#[tokio::test]
async fn a_deleted_case_is_gone_at_once_however_it_was_deleted() {
    let app = spawn_app().await;
    let path = app.store_case(CMD).await;
    let code = path.trim_start_matches("/advies/").to_owned();
    assert_eq!(browser_get(&app, &path).await.0, StatusCode::OK);
    sqlx::query("DELETE FROM cases WHERE code = ?")
        .bind(&code)
        .execute(&app.state.db)
        .await
        .unwrap();
    let (status, page) = browser_get(&app, &path).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "deleted by another process");
    assert!(text(&Html::parse_document(&page), "h1").contains("niet gevonden"));

    let other = app.store_case(CMD).await;
    assert_eq!(browser_get(&app, &other).await.0, StatusCode::OK);
    let deleted = app.post_body(&format!("{other}/verwijderen"), "").await;
    assert_eq!(deleted.status(), StatusCode::SEE_OTHER);
    assert_eq!(browser_get(&app, &other).await.0, StatusCode::NOT_FOUND);
    assert!(
        app.state.case_pages.is_empty(),
        "nothing of a deleted case is kept"
    );
}

#[tokio::test]
async fn each_language_gets_its_own_page_and_many_lookups_at_once_each_get_their_case() {
    let app = spawn_app().await;
    let cmd = app.store_case(CMD).await;
    let epa = app.store_case(EPA).await;
    let (_, dutch) = browser_get(&app, &cmd).await;
    let (_, english) = browser_get(&app, &format!("{cmd}?lang=en")).await;
    let lang = |page: &str| {
        Html::parse_document(page)
            .select(&sel("html"))
            .next()
            .and_then(|html| html.value().attr("lang").map(str::to_owned))
    };
    assert_eq!(lang(&dutch).as_deref(), Some("nl"));
    assert_eq!(lang(&english).as_deref(), Some("en"));

    // Lookups made together are read in batches; each must get its own case.
    let mut asked = tokio::task::JoinSet::new();
    for i in 0..40 {
        let path = match i % 3 {
            0 => cmd.clone(),
            1 => epa.clone(),
            _ => "/advies/00000000000000000000000000000000".to_owned(),
        };
        let request = app
            .client
            .get(app.url(&path))
            .header(ACCEPT_ENCODING, "gzip");
        asked.spawn(async move { (i, read_back(request.send().await.unwrap()).await) });
    }
    for (i, (status, page)) in asked.join_all().await {
        match i % 3 {
            0 => assert!(severity_shown(&page).starts_with("CMD"), "{i}"),
            1 => assert!(severity_shown(&page).starts_with("EPA"), "{i}"),
            _ => assert_eq!(status, StatusCode::NOT_FOUND, "{i}"),
        }
    }
}
