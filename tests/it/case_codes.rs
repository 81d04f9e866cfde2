//! Case codes (migration 0055): a case is found through the number encrypted in its code, and
//! only when the row's code is that code; cases stored before the migration keep their codes.

use interventiewijzer::db::cases;
use reqwest::StatusCode;

use crate::common::{spawn_app, spawn_app_on};

const ANSWERS: &str = "severity=cmd&work_situation=sick_leave&disorder=depression&absence_duration=6_weeks_to_3_months&mental_health_care=in_treatment&work_wish=paid_work_now";

fn status_of(page: (StatusCode, scraper::Html)) -> StatusCode {
    page.0
}

#[tokio::test]
async fn codes_look_random_and_a_deleted_case_s_number_and_code_stay_dead() {
    let app = spawn_app().await;
    let first = app.store_case(ANSWERS).await;
    let second = app.store_case(ANSWERS).await;
    // Consecutive cases: nothing in the codes shows their order.
    let common = first
        .bytes()
        .zip(second.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    assert!(common < "/advies/".len() + 8, "{first} {second}");
    // The last case is deleted; the next one does not get its number (migration 0056), and
    // the old code stays gone.
    let response = app.post_body(&format!("{second}/verwijderen"), "").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let third = app.store_case(ANSWERS).await;
    assert_ne!(third, second);
    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM cases ORDER BY id")
        .fetch_all(&app.state.db)
        .await
        .unwrap();
    assert_eq!(ids, [1, 3], "the third case has a number of its own");
    assert_eq!(
        status_of(app.get_page(&second).await),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.post_body(&second, ANSWERS).await.status(),
        StatusCode::NOT_FOUND,
        "a change through the old code does not touch the new case"
    );
    let response = app.post_body(&format!("{second}/verwijderen"), "").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(status_of(app.get_page(&third).await), StatusCode::OK);
    assert_eq!(status_of(app.get_page(&first).await), StatusCode::OK);
    assert_eq!(cases::count(&app.state.db).await.unwrap(), 2);
}

#[tokio::test]
async fn a_case_stored_before_the_new_codes_still_opens_changes_and_deletes() {
    let app = spawn_app().await;
    let kb_version = app.state.knowledge_base().version().to_owned();
    let code = "0123456789abcdef0123456789abcdef";
    // As migration 0055 leaves a case made before it: its old random code, `legacy = 1`.
    sqlx::query(
        "INSERT INTO cases (code, legacy, profile, kb_version, created_at, updated_at, expires_at) \
         VALUES (?, 1, ?, ?, ?, ?, ?)",
    )
    .bind(code)
    .bind(ANSWERS)
    .bind(&kb_version)
    .bind(cases::now())
    .bind(cases::now())
    .bind(cases::now() + 3600)
    .execute(&app.state.db)
    .await
    .unwrap();
    let path = format!("/advies/{code}");
    let (status, page) = app.get_page(&path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.select(&crate::common::sel("#advies-w-cgt"))
            .next()
            .is_some()
    );
    // A new case next to it gets a code of the new kind; both open.
    let fresh = app.store_case(ANSWERS).await;
    assert_eq!(status_of(app.get_page(&fresh).await), StatusCode::OK);
    // Changed answers land on the old case.
    let changed = ANSWERS.replace("severity=cmd", "severity=epa");
    assert_eq!(
        app.post_body(&path, &changed).await.status(),
        StatusCode::SEE_OTHER
    );
    let profile: String = sqlx::query_scalar("SELECT profile FROM cases WHERE code = ?")
        .bind(code)
        .fetch_one(&app.state.db)
        .await
        .unwrap();
    assert!(profile.contains("severity=epa"), "{profile}");
    // Deleted, it is gone; the new case stays.
    let response = app.post_body(&format!("{path}/verwijderen"), "").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(status_of(app.get_page(&path).await), StatusCode::NOT_FOUND);
    assert_eq!(status_of(app.get_page(&fresh).await), StatusCode::OK);
    assert_eq!(cases::count(&app.state.db).await.unwrap(), 1);
}

#[tokio::test]
async fn migration_0055_keeps_every_case_stored_before_it() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("old.db").display());
    let kb_version = crate::common::shipped_knowledge_base()
        .await
        .version()
        .to_owned();
    let live = "0123456789abcdef0123456789abcdef";
    let expired = "fedcba9876543210fedcba9876543210";
    {
        // The database as the release before 0055 left it, with two cases of that release.
        let pool = crate::common::database_before(&url, 55).await;
        for (code, expires_at) in [(live, cases::now() + 3600), (expired, cases::now() - 1)] {
            sqlx::query(
                "INSERT INTO cases (code, profile, kb_version, created_at, updated_at, expires_at) \
                 VALUES (?, ?, ?, ?, ?, ?)",
            )
            .bind(code)
            .bind(ANSWERS)
            .bind(&kb_version)
            .bind(cases::now() - 60)
            .bind(cases::now() - 60)
            .bind(expires_at)
            .execute(&pool)
            .await
            .unwrap();
        }
        pool.close().await;
    }
    let state = interventiewijzer::prepare(&url).await.unwrap();
    let app = spawn_app_on(state, dir).await;
    let (status, page) = app.get_page(&format!("/advies/{live}")).await;
    assert_eq!(status, StatusCode::OK, "a live case keeps its code");
    assert!(
        page.select(&crate::common::sel("#advies-w-cgt"))
            .next()
            .is_some()
    );
    assert_eq!(
        status_of(app.get_page(&format!("/advies/{expired}")).await),
        StatusCode::GONE,
        "an expired one is still known as expired"
    );
    // New cases come after the old ones, and the count stays true.
    let fresh = app.store_case(ANSWERS).await;
    assert_eq!(status_of(app.get_page(&fresh).await), StatusCode::OK);
    let (count, rows): (i64, i64) =
        sqlx::query_as("SELECT (SELECT n FROM case_count), (SELECT count(*) FROM cases)")
            .fetch_one(&app.state.db)
            .await
            .unwrap();
    assert_eq!((count, rows), (2, 2));
}
