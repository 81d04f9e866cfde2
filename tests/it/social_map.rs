//! The sociale kaart: providers on the advice, the map pages and API, and the CSV exchange.

use reqwest::StatusCode;
use scraper::Html;
use serde_json::{Value, json};

use crate::common::{Browser, TestApp, error_at, sel, spawn_app};

async fn admin_session(app: &TestApp) -> (Browser, String) {
    let admin = app.signed_in_admin().await;
    let token = admin.csrf("/beheer/sociale-kaart").await;
    (admin, token)
}

async fn export(admin: &Browser) -> String {
    admin.get_text("/beheer/sociale-kaart.csv").await
}

async fn upload(admin: &Browser, csv: String) -> reqwest::Response {
    admin
        .upload("/beheer/sociale-kaart", "sociale-kaart.csv", csv)
        .await
}

#[tokio::test]
async fn the_advice_for_a_region_lists_exactly_that_regions_providers_of_each_recommendation() {
    let app = spawn_app().await;
    let advice: Value = app
        .recommend(&json!({"severity": "epa", "work_situation": "bijstand", "mental_health_care": "in_treatment",
            "work_wish": "paid_work_now", "region": "haaglanden"}))
        .await
        .json()
        .await
        .unwrap();
    for r in advice["recommendations"].as_array().unwrap() {
        let listed: Vec<&str> = r["providers"]
            .as_array()
            .expect("providers with a region")
            .iter()
            .map(|p| p["organisation_id"].as_str().unwrap())
            .collect();
        let expected: Vec<String> = sqlx::query_scalar(
            "SELECT o.id FROM services s JOIN organisations o ON o.id = s.organisation_id \
             JOIN service_regions sr ON sr.service_id = s.id \
             WHERE sr.region_code = 'haaglanden' AND s.intervention_slug = ? ORDER BY o.name",
        )
        .bind(r["slug"].as_str().unwrap())
        .fetch_all(&app.state.db)
        .await
        .unwrap();
        assert_eq!(listed, expected, "{}", r["slug"]);
    }
    let ips = &advice["recommendations"][0];
    assert_eq!(ips["slug"], "ips");
    assert!(
        !ips["providers"].as_array().unwrap().is_empty(),
        "Parnassia and Den Haag offer IPS in Haaglanden"
    );
    let without: Value = app
        .recommend(&json!({"severity": "epa", "work_situation": "bijstand"}))
        .await
        .json()
        .await
        .unwrap();
    assert!(without["recommendations"][0].get("providers").is_none());
}

#[tokio::test]
async fn a_coach_in_rijk_van_nijmegen_sees_whom_to_call_for_aidee() {
    let app = spawn_app().await;
    let response = app.post_body("/advies", "severity=cmd&work_situation=wga&self_efficacy=low&barriers=self_stigma&barriers=shame_guilt&region=rijk-van-nijmegen").await;
    let response = app.follow(response).await;
    assert_eq!(response.status(), StatusCode::OK);
    let doc = Html::parse_document(&response.text().await.unwrap());
    let aidee = doc
        .select(&sel("#advies-aidee .providers a"))
        .map(|a| a.text().collect::<String>())
        .collect::<Vec<_>>();
    assert!(
        aidee.iter().any(|n| n.contains("Rijk van Nijmegen")),
        "{aidee:?}"
    );
    let none_known = doc
        .select(&sel(
            "#advies-irb a[href='/sociale-kaart?intervention=irb']",
        ))
        .count();
    assert_eq!(
        none_known, 1,
        "an intervention without providers links to the map (without the region: no answer in a URL)"
    );
}

#[tokio::test]
async fn an_unknown_region_is_refused_in_the_api_and_the_form() {
    let app = spawn_app().await;
    let response = app
        .recommend(&json!({"severity": "cmd", "work_situation": "ww", "region": "atlantis"}))
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["field"], "region");
    let form = app
        .post_body("/advies", "severity=cmd&work_situation=ww&region=atlantis")
        .await;
    assert_eq!(form.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let doc = Html::parse_document(&form.text().await.unwrap());
    assert!(
        doc.select(&sel(".error-summary a[href='#q-region']"))
            .next()
            .is_some()
    );
}

#[tokio::test]
async fn the_providers_api_and_the_map_filter_by_region_and_intervention() {
    let app = spawn_app().await;
    let list: Value = app
        .get("/api/v1/providers?region=haaglanden&intervention=ips")
        .await
        .json()
        .await
        .unwrap();
    let list = list.as_array().unwrap();
    assert!(!list.is_empty());
    for p in list {
        assert_eq!(p["intervention"], "ips");
        assert!(
            p["regions"]
                .as_array()
                .unwrap()
                .iter()
                .any(|r| r == "haaglanden")
        );
        assert!(p["source"].as_str().is_some_and(|s| !s.is_empty()));
    }
    let bad = app.get("/api/v1/providers?region=atlantis").await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = app
        .get_text("/sociale-kaart?region=rijk-van-nijmegen")
        .await;
    let doc = Html::parse_document(&page);
    let rows = doc.select(&sel("tr.social-entry")).count();
    assert!(rows >= 1);
    let org = app.get("/sociale-kaart/bestaat-niet").await;
    assert_eq!(org.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_csv_export_imports_back_unchanged_and_a_bad_row_is_reported_by_line_with_nothing_half_imported()
 {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let csv = export(&admin).await;
    assert!(csv.starts_with("region_code,region_name,"));
    let ok = upload(&admin, csv.clone()).await;
    assert_eq!(ok.status(), StatusCode::OK);
    assert_eq!(export(&admin).await, csv);

    let mut lines: Vec<String> = csv.lines().map(str::to_owned).collect();
    let origin = lines.pop().expect("the download ends with its origin line");
    assert!(origin.starts_with("# exported_from: "), "{origin}");
    let last = lines.len();
    lines[last - 1] = lines[last - 1].replace("2026-11-23", "23-11-2026");
    lines.push(lines[last - 1].replace("haaglanden", "atlantis"));
    lines.push(origin);
    let broken = lines.join("\n") + "\n";
    let refused = upload(&admin, broken).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let doc = Html::parse_document(&refused.text().await.unwrap());
    let errors: Vec<String> = doc
        .select(&sel(".csv-errors li"))
        .map(|e| e.text().collect())
        .collect();
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with(&format!("regel {last}:"))),
        "{errors:?}"
    );
    assert_eq!(export(&admin).await, csv, "nothing was imported");
}

#[tokio::test]
async fn entries_not_checked_for_twelve_months_are_flagged() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let csv = export(&admin).await;
    let old = csv.replacen("2026-11-23", "2020-01-15", 1000);
    assert_eq!(upload(&admin, old).await.status(), StatusCode::OK);
    let page = app.get_text("/sociale-kaart").await;
    let doc = Html::parse_document(&page);
    assert!(doc.select(&sel("tr.social-entry--stale")).count() > 0);
    let beheer_page = admin.get_text("/beheer/sociale-kaart").await;
    assert!(
        Html::parse_document(&beheer_page)
            .select(&sel(".stale-list li"))
            .count()
            > 0
    );
}

async fn providers(app: &TestApp, query: &str) -> Vec<Value> {
    let body: Value = app
        .get(&format!("/api/v1/providers?{query}"))
        .await
        .json()
        .await
        .unwrap();
    body.as_array().unwrap().clone()
}

fn error_list(doc: &Html) -> Vec<String> {
    doc.select(&sel(".error-summary li"))
        .map(|e| e.text().collect())
        .collect()
}

/// The fingerprint on the edit form at `path` (what a browser would send back).
async fn fingerprint(admin: &Browser, path: &str) -> String {
    admin
        .get_doc(path)
        .await
        .select(&sel("input[name=fingerprint]"))
        .next()
        .and_then(|i| i.value().attr("value").map(str::to_owned))
        .expect("the edit form carries a fingerprint")
}

async fn error_messages(response: reqwest::Response) -> Vec<String> {
    error_list(&Html::parse_document(&response.text().await.unwrap()))
}

#[tokio::test]
async fn an_administrator_adds_changes_and_removes_single_entries_each_in_the_audit_log() {
    let app = spawn_app().await;
    let (admin, csrf) = admin_session(&app).await;
    let today = "2026-11-25";
    let region = admin
        .post_form(
            "/beheer/sociale-kaart/regio",
            &[
                ("csrf", csrf.as_str()),
                ("code", "twente"),
                ("name", "Twente"),
                ("source", "Opgave van de regio"),
                ("last_checked", today),
            ],
        )
        .await;
    assert_eq!(region.status(), StatusCode::SEE_OTHER);
    let organisation = admin
        .post_form(
            "/beheer/sociale-kaart/organisatie",
            &[
                ("csrf", csrf.as_str()),
                ("id", "ggz-twente"),
                ("name", "GGZ Twente"),
                ("kind", "ggz"),
                ("contact", "IPS-team, 053 000 00 00"),
                ("source", "Opgave van de organisatie"),
                ("last_checked", today),
            ],
        )
        .await;
    assert_eq!(organisation.status(), StatusCode::SEE_OTHER);
    let service = [
        ("csrf", csrf.as_str()),
        ("organisation_id", "ggz-twente"),
        ("intervention", "ips"),
        ("notes_nl", "Wachttijd zes weken"),
        ("source", "Opgave van de organisatie"),
        ("last_checked", today),
        ("region", "twente"),
    ];
    let created = admin
        .post_form("/beheer/sociale-kaart/aanbod", &service)
        .await;
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    let location = created.headers()["location"].to_str().unwrap().to_owned();
    let service_path = location.split('?').next().unwrap().to_owned();
    assert!(service_path.starts_with("/beheer/sociale-kaart/aanbod/"));

    let found = providers(&app, "region=twente&intervention=ips").await;
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["organisation"], "GGZ Twente");
    let advice = app
        .post_form(
            "/advies",
            &[
                ("severity", "epa"),
                ("work_situation", "bijstand"),
                ("mental_health_care", "in_treatment"),
                ("work_wish", "paid_work_now"),
                ("region", "twente"),
            ],
        )
        .await;
    let advice = app.follow(advice).await.text().await.unwrap();
    let doc = Html::parse_document(&advice);
    let ips_providers: Vec<String> = doc
        .select(&sel("#advies-ips .providers a"))
        .map(|a| a.text().collect())
        .collect();
    assert_eq!(ips_providers, ["GGZ Twente"]);

    // A region still in use cannot be removed; nothing changes.
    let refused = admin
        .post_form(
            "/beheer/sociale-kaart/regio/twente/verwijderen",
            &[
                ("csrf", csrf.as_str()),
                (
                    "fingerprint",
                    &fingerprint(&admin, "/beheer/sociale-kaart/regio/twente").await,
                ),
            ],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(error_messages(refused).await[0].contains("Nog in gebruik door aanbod #"));
    assert_eq!(providers(&app, "region=twente").await.len(), 1);

    // Out of the region, then removed, with the organisation and the region.
    let mut moved = service.to_vec();
    moved.retain(|(k, _)| *k != "region");
    let opened = fingerprint(&admin, &service_path).await;
    moved.push(("fingerprint", &opened));
    let changed = admin.post_form(&service_path, &moved).await;
    assert_eq!(changed.status(), StatusCode::SEE_OTHER);
    assert!(providers(&app, "region=twente").await.is_empty());
    for path in [
        format!("{service_path}/verwijderen"),
        "/beheer/sociale-kaart/organisatie/ggz-twente/verwijderen".to_owned(),
        "/beheer/sociale-kaart/regio/twente/verwijderen".to_owned(),
    ] {
        let editor = path.trim_end_matches("/verwijderen");
        let opened = fingerprint(&admin, editor).await;
        let form = [("csrf", csrf.as_str()), ("fingerprint", &opened)];
        let removed = admin.post_form(&path, &form).await;
        assert_eq!(removed.status(), StatusCode::SEE_OTHER, "{path}");
    }
    let regions: Value = app.get("/api/v1/regions").await.json().await.unwrap();
    assert!(!regions.to_string().contains("twente"));

    let log = admin.get_text("/beheer/logboek").await;
    let service_id = service_path.rsplit('/').next().unwrap();
    for entity in [
        "Regio twente".to_owned(),
        "Organisatie ggz-twente".to_owned(),
        format!("Aanbod #{service_id}"),
    ] {
        assert!(log.contains(&entity), "{entity} in the audit log");
    }
    assert!(
        log.contains("Wachttijd zes weken"),
        "before and after are logged"
    );
}

#[tokio::test]
async fn a_wrong_entry_is_refused_with_its_problems_and_the_typed_answers_kept() {
    let app = spawn_app().await;
    let (admin, csrf) = admin_session(&app).await;
    let refused = admin
        .post_form(
            "/beheer/sociale-kaart/organisatie",
            &[
                ("csrf", csrf.as_str()),
                ("id", "Bakkerij Jansen"),
                ("name", "Bakkerij Jansen"),
                ("kind", "bakker"),
                ("source", ""),
                ("last_checked", "gisteren"),
            ],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text().await.unwrap();
    let doc = Html::parse_document(&page);
    let errors = error_list(&doc);
    assert_eq!(errors.len(), 4, "{errors:?}");
    let at = |id: &str| error_at(&doc, id);
    assert!(at("id").contains("Alleen kleine letters"), "{}", at("id"));
    assert!(at("kind").contains("Kies een waarde uit de lijst"));
    assert!(at("source").contains("Vul dit veld in"));
    assert!(at("last_checked").contains("JJJJ-MM-DD"));
    let name = doc.select(&sel("input#name")).next().unwrap();
    assert_eq!(name.value().attr("value"), Some("Bakkerij Jansen"));
    assert!(
        providers(&app, "")
            .await
            .iter()
            .all(|p| p["organisation"] != "Bakkerij Jansen")
    );

    // The CSV import applies the same checks: a bad kind is a 422, not a database error.
    let csv = export(&admin).await.replacen(",ggz,", ",bakker,", 1);
    let refused = upload(&admin, csv).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

/// Beheer's sociale-kaart lists name what they list: an organisation with its kind's label
/// ("Ergo Control (Anders)", not the code "anders"), an offer without a region without empty
/// brackets.
#[tokio::test]
async fn the_beheer_lists_show_kind_labels_and_no_empty_brackets() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let text = admin.get_text("/beheer/sociale-kaart").await;
    assert!(text.contains("Ergo Control (Anders)"), "{text}");
    assert!(!text.contains("(anders)"), "{text}");
    assert!(!text.contains("()"), "{text}");
    let english = admin.get_text("/beheer/sociale-kaart?lang=en").await;
    assert!(english.contains("Ergo Control (Other)"), "{english}");
}
