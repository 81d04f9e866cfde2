//! Beheer: access control, sessions, CSRF, editing with audit, export/import, accounts.

use reqwest::StatusCode;
use scraper::Html;
use serde_json::{Value, json};

use crate::common::{PASSWORD, TestApp, add_user, sel, spawn_app};

async fn ips_score(app: &TestApp) -> f64 {
    let advice: Value = app
        .recommend(&json!({"severity": "epa", "work_situation": "bijstand",
            "mental_health_care": "in_treatment", "work_wish": "paid_work_now"}))
        .await
        .json()
        .await
        .unwrap();
    advice["recommendations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["slug"] == "ips")
        .unwrap()["score"]
        .as_f64()
        .unwrap()
}

async fn version(app: &TestApp) -> String {
    let list: Value = app.get("/api/v1/interventions").await.json().await.unwrap();
    list["knowledge_base_version"].as_str().unwrap().to_owned()
}

async fn audit_count(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM audit_log")
        .fetch_one(&app.state.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn every_beheer_route_refuses_an_anonymous_visitor() {
    let app = spawn_app().await;
    for path in [
        "/beheer",
        "/beheer/logboek",
        "/beheer/export",
        "/beheer/import",
        "/beheer/interventies/ips",
        "/beheer/regels/1",
        "/beheer/interventies/ips/regels/nieuw",
        "/beheer/sociale-kaart",
        "/beheer/sociale-kaart.csv",
        "/beheer/sociale-kaart/regio",
        "/beheer/sociale-kaart/regio/haaglanden",
        "/beheer/sociale-kaart/aanbod/1",
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{path}");
        assert_eq!(response.headers()["location"], "/beheer/inloggen");
    }
    for path in [
        "/beheer/uitloggen",
        "/beheer/interventies/ips",
        "/beheer/regels/1",
        "/beheer/regels/1/verwijderen",
        "/beheer/interventies/ips/regels",
        "/beheer/import",
        "/beheer/sociale-kaart/organisatie",
        "/beheer/sociale-kaart/organisatie/parnassia",
        "/beheer/sociale-kaart/organisatie/parnassia/verwijderen",
    ] {
        let response = app
            .client
            .post(app.url(path))
            .form(&[("csrf", "x"), ("action", "save")])
            .send()
            .await
            .unwrap();
        assert!(
            matches!(
                response.status(),
                StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN
            ),
            "{path}: {}",
            response.status()
        );
    }
}

#[tokio::test]
async fn an_account_without_the_administrator_role_may_not_use_beheer() {
    let app = spawn_app().await;
    let admin = app.signed_in("lezer", false).await;
    assert_eq!(admin.get("/beheer").await.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_cross_site_post_is_refused_even_with_a_valid_session() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let token = admin.csrf("/beheer").await;
    let response = admin
        .send(
            app.client
                .post(app.url("/beheer/regels/1/verwijderen"))
                .header("Origin", "http://evil.example")
                .header("Sec-Fetch-Site", "cross-site")
                .form(&[("csrf", token.as_str()), ("action", "save")]),
        )
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let forged = admin
        .post_form(
            "/beheer/regels/1/verwijderen",
            &[("csrf", "not-the-token"), ("action", "save")],
        )
        .await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let still: i64 = sqlx::query_scalar("SELECT count(*) FROM rules WHERE id = 1")
        .fetch_one(&app.state.db)
        .await
        .unwrap();
    assert_eq!(still, 1);
}

#[tokio::test]
async fn a_session_id_is_new_at_every_login_and_dies_at_logout() {
    let app = spawn_app().await;
    let first = app.signed_in_admin().await;
    let second = app.signed_in_admin().await;
    assert_ne!(first.cookie(), second.cookie());
    assert_eq!(first.get("/beheer").await.status(), StatusCode::OK);
    let token = first.csrf("/beheer").await;
    let first_session = first.cookie();
    let out = first
        .post_form("/beheer/uitloggen", &[("csrf", token.as_str())])
        .await;
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    assert!(
        out.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .contains("Max-Age=0")
    );
    assert_eq!(first.cookie(), "", "the cookie is cleared");
    // The old session id, sent again, is no longer a session.
    let replayed = app.browser_with(&first_session).get("/beheer").await;
    assert_eq!(replayed.status(), StatusCode::SEE_OTHER);
    assert_eq!(second.get("/beheer").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn failed_logins_are_limited_per_account_name() {
    let app = spawn_app().await;
    add_user(&app, "beheerder", true).await;
    for _ in 0..5 {
        let r = app
            .client
            .post(app.url("/beheer/inloggen"))
            .form(&[("name", "beheerder"), ("password", "fout")])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    }
    let r = app
        .client
        .post(app.url("/beheer/inloggen"))
        .form(&[("name", "beheerder"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn a_rule_edit_is_previewed_first_then_changes_the_advice_and_writes_an_audit_entry() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let token = admin.csrf("/beheer").await;
    let (id, text_nl, text_en, source): (i64, String, String, String) = sqlx::query_as(
        "SELECT id, text_nl, text_en, source FROM rules WHERE intervention_slug = 'ips' AND dimension = 'severity' AND match_values = 'epa'",
    )
    .fetch_one(&app.state.db)
    .await
    .unwrap();
    let before_score = ips_score(&app).await;
    let before_version = version(&app).await;
    let path = format!("/beheer/regels/{id}");
    let opened = admin.get_text(&path).await;
    let fingerprint = Html::parse_document(&opened)
        .select(&sel("input[name=fingerprint]"))
        .next()
        .expect("the rule form carries a fingerprint")
        .value()
        .attr("value")
        .unwrap()
        .to_owned();
    let form = |action: &'static str| {
        vec![
            ("csrf", token.clone()),
            ("fingerprint", fingerprint.clone()),
            ("action", action.to_owned()),
            ("dimension", "severity".into()),
            ("match_values", "epa".into()),
            ("effect", "fit".into()),
            ("points", "1,5".into()),
            ("text_nl", text_nl.clone()),
            ("text_en", text_en.clone()),
            ("source", source.clone()),
        ]
    };
    let preview = admin.post_form(&path, &form("preview")).await;
    assert_eq!(preview.status(), StatusCode::OK);
    let page = Html::parse_document(&preview.text().await.unwrap());
    assert!(page.select(&sel("section.preview li")).count() > 0);
    assert_eq!(
        ips_score(&app).await,
        before_score,
        "a preview saves nothing"
    );
    assert_eq!(audit_count(&app).await, 0);
    let saved = admin.post_form(&path, &form("save")).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    assert_eq!(ips_score(&app).await, before_score - 1.5);
    assert_ne!(version(&app).await, before_version);
    let (user, entity, changes): (String, String, String) =
        sqlx::query_as("SELECT user_name, entity, changes FROM audit_log")
            .fetch_one(&app.state.db)
            .await
            .unwrap();
    assert_eq!(user, "beheerder");
    assert_eq!(entity, format!("regel {id}"));
    let changes: Value = serde_json::from_str(&changes).unwrap();
    assert_eq!(
        changes["changes"],
        json!([{"path": "points", "before": 3.0, "after": 1.5}]),
        "only the changed field is stored"
    );
    let log = admin.get_text("/beheer/logboek").await;
    assert!(log.contains(&format!("Regel {id}")));
    let tamper = sqlx::query("DELETE FROM audit_log")
        .execute(&app.state.db)
        .await;
    assert!(tamper.is_err(), "the audit log cannot be deleted from");
}

#[tokio::test]
async fn an_invalid_rule_is_refused_with_a_message_and_nothing_changes() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let token = admin.csrf("/beheer").await;
    let response = admin
        .post_form(
            "/beheer/interventies/ips/regels",
            &[
                ("csrf", token.as_str()),
                ("action", "save"),
                ("dimension", "severity"),
                ("match_values", "zwaar"),
                ("effect", "fit"),
                ("points", "-2"),
                ("text_nl", "x"),
                ("text_en", "x"),
                ("source", "Panteia 2021, 4.2"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = response.text().await.unwrap();
    assert!(body.contains("zwaar") && body.contains("meer dan 0 punten"));
    assert_eq!(audit_count(&app).await, 0);
}

#[tokio::test]
async fn an_intervention_edit_is_saved_with_its_audit_entry_and_shown_publicly() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let page = admin.get_text("/beheer/interventies/coral").await;
    let doc = Html::parse_document(&page);
    let form = doc.select(&sel("form.beheer-form")).next().unwrap();
    let mut fields: Vec<(String, String)> = Vec::new();
    for input in form.select(&sel("input[name], textarea[name]")) {
        let name = input.value().attr("name").unwrap().to_owned();
        let value = input
            .value()
            .attr("value")
            .map(str::to_owned)
            .unwrap_or_else(|| input.text().collect());
        fields.push((name, value));
    }
    for select in form.select(&sel("select[name]")) {
        let chosen = select
            .select(&sel("option[selected]"))
            .next()
            .and_then(|o| o.value().attr("value"))
            .unwrap_or("");
        fields.push((
            select.value().attr("name").unwrap().to_owned(),
            chosen.to_owned(),
        ));
    }
    for (name, value) in fields.iter_mut() {
        if name == "cost.nl" {
            *value = "Proefkosten".into()
        }
        if name == "cost.en" {
            *value = "Trial cost".into()
        }
        if name == "cost.source" {
            *value = "Samenwerken 2017, 3.6".into()
        }
        if name == "recognitions" {
            *value = "Proefinstituut | 2010 | Samenwerken 2017, 3.6".into()
        }
    }
    fields.push(("action".into(), "save".into()));
    let saved = admin.post_form("/beheer/interventies/coral", &fields).await;
    assert_eq!(
        saved.status(),
        StatusCode::SEE_OTHER,
        "{}",
        saved.text().await.unwrap()
    );
    let public = app.get_text("/interventies/coral").await;
    assert!(public.contains("Proefkosten"));
    assert!(
        public.contains("Proefinstituut") && public.contains("2010"),
        "the old recognition is shown with a warning"
    );
    assert!(public.contains("meer dan 5 jaar geleden"));
    assert_eq!(audit_count(&app).await, 1);
}

#[tokio::test]
async fn export_then_import_gives_an_identical_knowledge_base_and_a_bad_import_changes_nothing() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let exported = admin.get_text("/beheer/export").await;
    let version_before = version(&app).await;
    let upload = |json: String| admin.upload("/beheer/import", "kennisbank.json", json);
    let ok = upload(exported.clone()).await;
    assert_eq!(ok.status(), StatusCode::OK);
    assert_eq!(admin.get_text("/beheer/export").await, exported);
    assert_eq!(version(&app).await, version_before);
    assert_eq!(audit_count(&app).await, 1);

    let mut broken: Value = serde_json::from_str(&exported).unwrap();
    broken["rules"][0]["match_values"] = json!("zwaar");
    broken["interventions"][0]["name_nl"] = json!("Veranderd");
    let refused = upload(broken.to_string()).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(admin.get_text("/beheer/export").await, exported);
    assert_eq!(audit_count(&app).await, 1);
}

/// Lost update through the import (issue 16): a file exported before another administrator's
/// change is refused (409, nothing changed) instead of silently undoing that change; only a
/// deliberate "import anyway" overwrites it.
#[tokio::test]
async fn an_import_of_a_file_exported_before_a_later_change_is_refused_unless_confirmed() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let old_export = admin.get_text("/beheer/export").await;
    let mut changed: Value = serde_json::from_str(&old_export).unwrap();
    changed["interventions"][0]["name_nl"] = json!("Naam van de collega");
    let first = admin
        .upload("/beheer/import", "kennisbank.json", changed.to_string())
        .await;
    assert_eq!(first.status(), StatusCode::OK);
    let after_colleague = admin.get_text("/beheer/export").await;
    assert!(after_colleague.contains("Naam van de collega"));

    let stale = admin
        .upload("/beheer/import", "kennisbank.json", old_export.clone())
        .await;
    assert_eq!(stale.status(), StatusCode::CONFLICT);
    let page = stale.text().await.unwrap();
    assert!(page.contains("oudere versie van de kennisbank"), "{page}");
    assert_eq!(admin.get_text("/beheer/export").await, after_colleague);

    let confirmed = admin
        .upload_with(
            "/beheer/import",
            "kennisbank.json",
            old_export.clone(),
            &[("overwrite", "yes")],
        )
        .await;
    assert_eq!(confirmed.status(), StatusCode::OK);
    assert!(
        !admin
            .get_text("/beheer/export")
            .await
            .contains("Naam van de collega")
    );
}

#[tokio::test]
async fn the_command_line_adds_an_administrator_with_an_argon2id_hash_and_refuses_weak_passwords() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("cli.db").display());
    let run = |args: &[&str], password: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_interventiewijzer"))
            .args(args)
            .env("DATABASE_URL", &url)
            .env("RUST_LOG", "warn")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
        child.wait_with_output().unwrap()
    };
    let weak = run(&["user", "add", "beheerder", "--admin"], "welkom123456");
    assert!(!weak.status.success());
    let short = run(&["user", "add", "beheerder", "--admin"], "K0rt!");
    assert!(!short.status.success());
    let added = run(&["user", "add", "beheerder", "--admin"], PASSWORD);
    assert!(
        added.status.success(),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );
    let listed = run(&["user", "list"], "");
    assert!(String::from_utf8_lossy(&listed.stdout).contains("beheerder\tadministrator"));
    let pool = interventiewijzer::db::open(&url).await.unwrap();
    let hash: String =
        sqlx::query_scalar("SELECT password_hash FROM users WHERE name = 'beheerder'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    assert!(!hash.contains(PASSWORD));
    let removed = run(&["user", "remove", "beheerder"], "");
    assert!(removed.status.success());
}
