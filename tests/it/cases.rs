//! The case link: `POST /advies` answers `303` to `/advies/{code}`; the case survives reload
//! and the language switch, reopens its form with every answer, can be changed and deleted,
//! expires, is bounded in number, and no URL ever carries an answer.

use interventiewijzer::db::cases;
use reqwest::StatusCode;
use scraper::Html;

use crate::common::{TestApp, sel, spawn_app, spawn_app_with, text};

const ANSWERS: &str = "severity=epa&disorder=psychotic&work_situation=bijstand&mental_health_care=in_treatment&work_wish=paid_work_now&barriers=financial_disincentives&region=haaglanden";

/// Posts the questionnaire and returns the case's path from the 303's Location.
async fn new_case(app: &TestApp, body: &str) -> String {
    let response = app.post_body("/advies", body).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["cache-control"], "no-store");
    response.headers()["location"].to_str().unwrap().to_owned()
}

fn code_of(path: &str) -> &str {
    path.strip_prefix("/advies/").unwrap()
}

/// Every URL a page links or posts to.
fn urls(doc: &Html) -> Vec<String> {
    doc.select(&sel("a[href], form[action], link[href]"))
        .filter_map(|e| e.value().attr("href").or(e.value().attr("action")))
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn a_posted_questionnaire_becomes_a_case_link_that_survives_reload_and_language_switch() {
    let app = spawn_app().await;
    let path = new_case(&app, ANSWERS).await;
    let code = code_of(&path);
    assert!(
        code.len() == 32 && code.bytes().all(|b| b.is_ascii_hexdigit()),
        "{path}"
    );
    let (status, first) = app.get_page(&path).await;
    assert_eq!(status, StatusCode::OK);
    let ranked = |doc: &Html| {
        doc.select(&sel(".advice-card"))
            .map(|c| c.value().attr("id").unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(ranked(&first)[0], "advies-ips");
    // Reload: the same advice.
    let (_, again) = app.get_page(&path).await;
    assert_eq!(ranked(&again), ranked(&first));
    // The language switch leads to the same case in English.
    let switch = first
        .select(&sel("a.lang-switch"))
        .next()
        .unwrap()
        .value()
        .attr("href")
        .unwrap()
        .to_owned();
    assert_eq!(switch, format!("{path}?lang=en"));
    let (status, english) = app.get_page(&switch).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(english.root_element().attr("lang"), Some("en"));
    assert_eq!(ranked(&english), ranked(&first));
    assert!(text(&english, "#answers-title").contains("answers"));
    // Two posts of the same answers are two cases.
    assert_ne!(new_case(&app, ANSWERS).await, path);
}

#[tokio::test]
async fn no_url_carries_an_answer() {
    let app = spawn_app().await;
    let path = new_case(&app, ANSWERS).await;
    let answers: Vec<&str> = ANSWERS
        .split('&')
        .map(|p| p.split_once('=').unwrap().1)
        .collect();
    let mut seen = vec![path.clone()];
    for page_path in [path.clone(), format!("{path}/wijzigen")] {
        let (_, doc) = app.get_page(&page_path).await;
        seen.extend(urls(&doc));
    }
    for url in &seen {
        let query = url.split_once('?').map_or("", |(_, q)| q);
        for answer in &answers {
            assert!(
                !query.contains(answer) && !url.contains(&format!("/{answer}")),
                "{url} carries {answer}"
            );
        }
    }
    // The region, too, stays out of every link.
    assert!(seen.iter().all(|u| !u.contains("haaglanden")), "{seen:?}");
}

#[tokio::test]
async fn the_change_form_keeps_every_answer_and_updates_the_same_case() {
    let app = spawn_app().await;
    let path = new_case(&app, ANSWERS).await;
    let (_, advice) = app.get_page(&path).await;
    let change = format!("{path}/wijzigen");
    assert_eq!(
        advice.select(&sel(&format!("a[href='{change}']"))).count(),
        1,
        "the advice links to its change form"
    );
    let (status, form) = app.get_page(&change).await;
    assert_eq!(status, StatusCode::OK);
    let action = format!("form.questionnaire[method=post][action='{path}']");
    assert_eq!(form.select(&sel(&action)).count(), 1);
    for checked in [
        "#severity-epa",
        "#work_situation-bijstand",
        "#mental_health_care-in_treatment",
        "#work_wish-paid_work_now",
        "#barrier-financial_disincentives",
    ] {
        let input = form.select(&sel(checked)).next().unwrap();
        assert!(input.value().attr("checked").is_some(), "{checked}");
    }
    assert_eq!(
        text(&form, "#field-disorder option[selected]"),
        text(&form, "#field-disorder option[value=psychotic]")
    );
    assert_eq!(
        form.select(&sel("#field-region option[selected][value=haaglanden]"))
            .count(),
        1
    );
    // A change goes to the same case.
    let changed = ANSWERS.replace("severity=epa", "severity=cmd");
    let response = app.post_body(&path, &changed).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], path.as_str());
    let (_, form) = app.get_page(&change).await;
    assert!(
        form.select(&sel("#severity-cmd"))
            .next()
            .unwrap()
            .value()
            .attr("checked")
            .is_some()
    );
    // An invalid change shows the form again, still posting to the case.
    let response = app
        .post_body(&path, "work_situation=ww&self_efficacy=bogus")
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let doc = Html::parse_document(&response.text().await.unwrap());
    assert_eq!(doc.select(&sel(&action)).count(), 1);
    assert!(doc.select(&sel(".error-summary")).next().is_some());
    assert_eq!(cases::count(&app.state.db).await.unwrap(), 1);
}

#[tokio::test]
async fn delete_now_removes_the_case_at_once() {
    let app = spawn_app().await;
    let path = new_case(&app, ANSWERS).await;
    let (_, advice) = app.get_page(&path).await;
    let delete = format!("{path}/verwijderen");
    assert_eq!(
        advice
            .select(&sel(&format!(
                "form[method=post][action='{delete}'] button"
            )))
            .count(),
        1
    );
    let response = app.post_body(&delete, "").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let done = app.follow(response).await;
    assert_eq!(done.status(), StatusCode::OK);
    assert!(done.text().await.unwrap().contains("verwijderd"));
    assert_eq!(cases::count(&app.state.db).await.unwrap(), 0);
    let (status, gone) = app.get_page(&path).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(text(&gone, "h1").contains("niet gevonden"));
    assert_eq!(
        app.get(&format!("{path}/wijzigen")).await.status(),
        StatusCode::NOT_FOUND
    );
    // A change to a deleted case does not bring it back.
    assert_eq!(
        app.post_body(&path, ANSWERS).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(cases::count(&app.state.db).await.unwrap(), 0);
}

#[tokio::test]
async fn an_expired_case_gets_a_friendly_page_and_is_purged() {
    let app = spawn_app().await;
    let path = new_case(&app, ANSWERS).await;
    let other = new_case(&app, ANSWERS).await;
    sqlx::query("UPDATE cases SET expires_at = ? WHERE code = ?")
        .bind(cases::now() - 1)
        .bind(code_of(&path))
        .execute(&app.state.db)
        .await
        .unwrap();
    let (status, doc) = app.get_page(&path).await;
    assert_eq!(status, StatusCode::GONE);
    assert!(text(&doc, "h1").contains("verlopen"));
    assert!(doc.select(&sel("a[href='/']")).next().is_some());
    // Once reported, it is gone.
    assert_eq!(app.get(&path).await.status(), StatusCode::NOT_FOUND);
    // The timer's purge takes expired cases only.
    sqlx::query("UPDATE cases SET expires_at = ? WHERE code = ?")
        .bind(cases::now() - 1)
        .bind(code_of(&other))
        .execute(&app.state.db)
        .await
        .unwrap();
    let live = new_case(&app, ANSWERS).await;
    assert_eq!(cases::purge_expired(&app.state.db).await.unwrap(), 1);
    assert_eq!(app.get(&live).await.status(), StatusCode::OK);
    assert_eq!(app.get(&other).await.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_number_of_cases_is_bounded_with_a_friendly_refusal() {
    let app = spawn_app_with(|state| {
        let limits = cases::Limits {
            max_cases: 2,
            ..state.cases
        };
        state.with_case_limits(limits)
    })
    .await;
    let first = new_case(&app, ANSWERS).await;
    new_case(&app, ANSWERS).await;
    let refused = app.post_body("/advies", ANSWERS).await;
    assert_eq!(refused.status(), StatusCode::SERVICE_UNAVAILABLE);
    let doc = Html::parse_document(&refused.text().await.unwrap());
    assert!(text(&doc, "h1").contains("geen ruimte"));
    assert_eq!(cases::count(&app.state.db).await.unwrap(), 2);
    // An expired case makes room.
    sqlx::query("UPDATE cases SET expires_at = ? WHERE code = ?")
        .bind(cases::now() - 1)
        .bind(code_of(&first))
        .execute(&app.state.db)
        .await
        .unwrap();
    new_case(&app, ANSWERS).await;
    assert_eq!(cases::count(&app.state.db).await.unwrap(), 2);
}

#[tokio::test]
async fn unknown_codes_bare_advies_and_a_changed_knowledge_base() {
    let app = spawn_app().await;
    for bad in [
        "/advies/00000000000000000000000000000000",
        "/advies/short",
        "/advies/..%2Fetc",
    ] {
        let (status, doc) = app.get_page(bad).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{bad}");
        assert!(text(&doc, "h1").contains("niet gevonden"), "{bad}");
    }
    let response = app.get("/advies").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], "/vragenlijst");
    let path = new_case(&app, ANSWERS).await;
    let (_, doc) = app.get_page(&path).await;
    assert_eq!(doc.select(&sel(".kb-changed")).count(), 0);
    sqlx::query("UPDATE cases SET kb_version = 'older'")
        .execute(&app.state.db)
        .await
        .unwrap();
    let (_, doc) = app.get_page(&path).await;
    assert!(text(&doc, ".kb-changed").contains("kennisbank is gewijzigd"));
}

#[tokio::test]
async fn the_json_api_stores_nothing_and_the_privacy_statement_says_what_is_kept() {
    let app = spawn_app().await;
    let response = app
        .recommend(&serde_json::json!({"severity": "epa", "work_situation": "bijstand"}))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(cases::count(&app.state.db).await.unwrap(), 0);
    let (status, doc) = app.get_page("/privacy").await;
    assert_eq!(status, StatusCode::OK);
    let body = text(&doc, "main");
    assert!(body.contains("7 dagen"), "{body}");
    assert!(body.contains("antwoordcodes"), "{body}");
}

/// The stored count the bound reads (kept by triggers) against the table itself.
async fn counted_and_actual(app: &TestApp) -> (i64, i64) {
    let actual: i64 = sqlx::query_scalar("SELECT count(*) FROM cases")
        .fetch_one(&app.state.db)
        .await
        .unwrap();
    (cases::count(&app.state.db).await.unwrap(), actual)
}

#[tokio::test]
async fn many_stores_at_once_never_pass_the_bound_and_the_count_stays_true() {
    let app = spawn_app_with(|state| {
        let limits = cases::Limits {
            max_cases: 5,
            ..state.cases
        };
        state.with_case_limits(limits)
    })
    .await;
    let mut tries = tokio::task::JoinSet::new();
    for _ in 0..24 {
        let request = app
            .client
            .post(app.url("/advies"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(ANSWERS);
        tries.spawn(async move { request.send().await.unwrap().status() });
    }
    let statuses = tries.join_all().await;
    let stored = statuses.iter().filter(|s| **s == StatusCode::SEE_OTHER);
    let refused = statuses
        .iter()
        .filter(|s| **s == StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!((stored.count(), refused.count()), (5, 19), "{statuses:?}");
    assert_eq!(counted_and_actual(&app).await, (5, 5));
    // Deleting, expiring and purging keep the count with the rows.
    let code: String = sqlx::query_scalar("SELECT code FROM cases LIMIT 1")
        .fetch_one(&app.state.db)
        .await
        .unwrap();
    assert!(
        app.state
            .case_store
            .delete(&app.state.db, &code)
            .await
            .unwrap()
    );
    sqlx::query("UPDATE cases SET expires_at = ? WHERE rowid IN (SELECT rowid FROM cases LIMIT 2)")
        .bind(cases::now() - 1)
        .execute(&app.state.db)
        .await
        .unwrap();
    assert_eq!(cases::purge_expired(&app.state.db).await.unwrap(), 2);
    assert_eq!(counted_and_actual(&app).await, (2, 2));
    new_case(&app, ANSWERS).await;
    assert_eq!(counted_and_actual(&app).await, (3, 3));
}

#[tokio::test]
async fn every_page_links_a_favicon_served_from_here() {
    let app = spawn_app().await;
    let doc = app.get_html("/").await;
    let href = doc
        .select(&sel("link[rel=icon]"))
        .next()
        .expect("a favicon link")
        .value()
        .attr("href")
        .unwrap()
        .to_owned();
    assert!(href.starts_with("/static/"), "{href}");
    let icon = app.get(&href).await;
    assert_eq!(icon.status(), StatusCode::OK);
    assert_eq!(icon.headers()["content-type"], "image/svg+xml");
}

#[tokio::test]
async fn dates_on_the_advice_and_the_handout_read_as_people_write_them() {
    const MAANDEN: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    let app = spawn_app().await;
    let path = new_case(&app, ANSWERS).await;
    let today = time::OffsetDateTime::now_utc().date();
    let (day, year) = (today.day(), today.year());
    let dutch = format!(
        "{day} {} {year}",
        MAANDEN[usize::from(u8::from(today.month())) - 1]
    );
    let english = format!("{day} {} {year}", today.month());
    let (_, advice) = app.get_page(&path).await;
    assert!(
        text(&advice, ".report-meta").contains(&dutch),
        "{}",
        text(&advice, ".report-meta")
    );
    let (_, advice) = app.get_page(&format!("{path}?lang=en")).await;
    assert!(
        text(&advice, ".report-meta").contains(&english),
        "{}",
        text(&advice, ".report-meta")
    );
    let (_, handout) = app.get_page(&format!("{path}/client?lang=nl")).await;
    assert!(text(&handout, ".handout-footer").contains(&dutch));
    assert!(!text(&handout, ".handout-footer").contains(&today.to_string()));
}
