//! What a saved change of a case's answers shows (migration 0060): the case page names every
//! changed answer as the questionnaire labels it, old → new, and how the top of the advice
//! moved; in both languages, on the page kept in memory too, and not on the reasoning page or
//! the client handout. The answers before the change go with the case when it is deleted or
//! expires, and a case stored before the migration still opens.

use interventiewijzer::db::cases;
use reqwest::StatusCode;
use scraper::Html;
use sqlx::{Row, SqlitePool};

use crate::case_pages::browser_get;
use crate::common::{TestApp, sel, spawn_app, spawn_app_on, text, texts};

const LOW: &str = "severity=cmd&work_situation=sick_leave&disorder=depression\
                   &work_wish=paid_work_now&self_efficacy=low";
const MEDIUM: &str = "severity=cmd&work_situation=sick_leave&disorder=depression\
                      &work_wish=paid_work_now&self_efficacy=medium";
/// Another severity, disorder and work situation: a different advice at the top.
const EPA: &str = "severity=epa&work_situation=no_benefit&disorder=psychotic\
                   &work_wish=paid_work_now&self_efficacy=medium";

/// Saves `body` as the case's answers through the change form.
async fn save(app: &TestApp, path: &str, body: &str) {
    let response = app.post_body(path, body).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "saved");
    assert_eq!(response.headers()["location"], path, "back to the case");
}

/// The notice's text on the case page at `path` (empty when there is none).
async fn notice(app: &TestApp, path: &str) -> String {
    let (status, page) = app.get_page(path).await;
    assert_eq!(status, StatusCode::OK);
    text(&page, ".case-change")
}

/// The name of the first-ranked intervention of the advice page at `path`.
async fn first_card(app: &TestApp, path: &str) -> String {
    texts(&app.get_page(path).await.1, ".advice-card h3 a")
        .into_iter()
        .next()
        .expect("a card")
}

#[tokio::test]
async fn a_saved_change_names_the_answer_with_its_old_and_new_value_in_both_languages() {
    let app = spawn_app().await;
    let path = app.store_case(LOW).await;
    assert_eq!(notice(&app, &path).await, "", "nothing changed yet");

    save(&app, &path, MEDIUM).await;
    let (_, page) = app.get_page(&path).await;
    let alert = page
        .select(&sel("main .case-change.utrecht-alert"))
        .next()
        .expect("the notice");
    assert_eq!(alert.value().attr("role"), Some("status"));
    let nl = text(&page, ".case-change");
    assert!(nl.starts_with("Laatst aangepast op "), "{nl}");
    assert_eq!(
        texts(&page, ".case-change__answers li"),
        ["Vertrouwen om (weer) aan het werk te gaan: Laag → Gemiddeld"],
        "only the changed answer"
    );
    let today = time::OffsetDateTime::now_utc().date();
    assert!(nl.contains(&today.year().to_string()), "{nl}");

    let en = Html::parse_document(&app.get_text(&format!("{path}?lang=en")).await);
    assert!(text(&en, ".case-change").starts_with("Last changed on "));
    assert_eq!(
        texts(&en, ".case-change__answers li"),
        ["Confidence in (returning to) work: Low → Medium"]
    );

    // The printed page hides it; the reasoning page and the client handout do not carry it.
    assert!(alert.value().classes().any(|c| c == "no-print"));
    for other in ["onderbouwing", "client"] {
        let (_, doc) = app.get_page(&format!("{path}/{other}")).await;
        assert!(doc.select(&sel(".case-change")).next().is_none(), "{other}");
    }
}

#[tokio::test]
async fn the_notice_says_how_the_top_of_the_advice_moved() {
    let app = spawn_app().await;
    let path = app.store_case(MEDIUM).await;
    let first_before = first_card(&app, &path).await;
    save(&app, &path, EPA).await;
    let first_after = first_card(&app, &path).await;
    assert_ne!(first_before, first_after, "the example must move the top");
    let (_, page) = app.get_page(&path).await;
    let answers = texts(&page, ".case-change__answers li");
    assert!(
        answers
            .iter()
            .any(|a| a.contains("CMD") && a.contains("→ EPA")),
        "{answers:?}"
    );
    assert_eq!(
        answers.len(),
        3,
        "severity, work situation, disorder: {answers:?}"
    );
    let top = texts(&page, "li.case-change__top, ul.case-change__top li");
    assert!(
        top.contains(&format!("Eerste plaats: {first_before} → {first_after}")),
        "{top:?}"
    );

    // A change that leaves the top alone (the region: not a matching question) says so.
    let path = app.store_case(LOW).await;
    save(&app, &path, &format!("{LOW}&region=haaglanden")).await;
    let (_, page) = app.get_page(&path).await;
    assert_eq!(
        texts(&page, ".case-change__answers li"),
        ["Arbeidsmarktregio: Geen regio gekozen → Haaglanden"]
    );
    assert_eq!(
        texts(&page, "p.case-change__top"),
        ["De eerste plaats en de groep 'Past goed' van het advies zijn gelijk gebleven."]
    );
}

#[tokio::test]
async fn a_save_without_a_change_says_so() {
    let app = spawn_app().await;
    let path = app.store_case(LOW).await;
    save(&app, &path, MEDIUM).await;
    save(&app, &path, MEDIUM).await;
    let (_, page) = app.get_page(&path).await;
    assert!(
        text(&page, ".case-change").contains("opgeslagen zonder wijziging"),
        "{}",
        text(&page, ".case-change")
    );
    assert!(texts(&page, ".case-change__answers li").is_empty());
}

#[tokio::test]
async fn the_kept_page_carries_the_notice_and_is_never_stale() {
    let app = spawn_app().await;
    let path = app.store_case(LOW).await;
    let (_, first) = browser_get(&app, &path).await;
    assert!(!first.contains("case-change"));
    save(&app, &path, MEDIUM).await;
    let (_, made) = browser_get(&app, &path).await;
    let (_, kept) = browser_get(&app, &path).await;
    assert_eq!(kept, made, "served from memory");
    assert!(!app.state.case_pages.is_empty());
    assert!(
        text(&Html::parse_document(&kept), ".case-change__answers").contains("Laag → Gemiddeld")
    );
    // Saved back: the kept page is not used, the notice follows the last save.
    save(&app, &path, LOW).await;
    let (_, back) = browser_get(&app, &path).await;
    assert!(
        text(&Html::parse_document(&back), ".case-change__answers").contains("Gemiddeld → Laag")
    );
}

/// Every text value in every table of the database.
async fn every_text(pool: &SqlitePool) -> Vec<String> {
    let tables: Vec<String> =
        sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table'")
            .fetch_all(pool)
            .await
            .unwrap();
    let mut found = Vec::new();
    for table in tables {
        // The table names come from the database itself.
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT * FROM \"{table}\"")))
            .fetch_all(pool)
            .await
            .unwrap();
        for row in rows {
            for i in 0..row.len() {
                if let Ok(Some(value)) = row.try_get::<Option<String>, _>(i) {
                    found.push(value);
                }
            }
        }
    }
    found
}

#[tokio::test]
async fn delete_now_and_expiry_leave_nothing_of_the_earlier_answers() {
    let app = spawn_app().await;
    let path = app.store_case(LOW).await;
    save(&app, &path, MEDIUM).await;
    let stored: String = sqlx::query_scalar("SELECT previous_profile FROM cases")
        .fetch_one(&app.state.db)
        .await
        .unwrap();
    assert!(stored.contains("self_efficacy=low"), "{stored}");
    let earlier = |values: &[String]| values.contains(&stored);
    assert!(
        earlier(&every_text(&app.state.db).await),
        "kept while the case lives"
    );
    let deleted = app.post_body(&format!("{path}/verwijderen"), "").await;
    assert_eq!(deleted.status(), StatusCode::SEE_OTHER);
    assert!(
        !earlier(&every_text(&app.state.db).await),
        "deleted with the case"
    );

    let path = app.store_case(LOW).await;
    save(&app, &path, MEDIUM).await;
    sqlx::query("UPDATE cases SET expires_at = ? WHERE code = ?")
        .bind(cases::now() - 1)
        .bind(path.trim_start_matches("/advies/"))
        .execute(&app.state.db)
        .await
        .unwrap();
    assert_eq!(app.get_page(&path).await.0, StatusCode::GONE);
    assert!(
        !earlier(&every_text(&app.state.db).await),
        "expired with the case"
    );
}

#[tokio::test]
async fn a_case_stored_before_migration_0060_opens_and_can_be_changed() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("old.db").display());
    let code = "0123456789abcdef0123456789abcdef";
    {
        let pool = crate::common::database_before(&url, 60).await;
        sqlx::query(
            "INSERT INTO cases (code, legacy, profile, kb_version, created_at, updated_at, \
             expires_at) VALUES (?, 1, ?, 'older', ?, ?, ?)",
        )
        .bind(code)
        .bind(LOW)
        .bind(cases::now() - 60)
        .bind(cases::now() - 60)
        .bind(cases::now() + 3600)
        .execute(&pool)
        .await
        .unwrap();
        pool.close().await;
    }
    let state = interventiewijzer::prepare(&url).await.unwrap();
    let app = spawn_app_on(state, dir).await;
    let path = format!("/advies/{code}");
    let (status, page) = app.get_page(&path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.select(&sel(".advice-card")).next().is_some());
    assert!(page.select(&sel(".case-change")).next().is_none());
    save(&app, &path, MEDIUM).await;
    assert!(notice(&app, &path).await.contains("Laag → Gemiddeld"));
}
