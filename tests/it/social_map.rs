//! The sociale kaart: providers on the advice, the map pages and API, and the CSV exchange.

use reqwest::StatusCode;
use scraper::{Html, Selector};
use serde_json::{Value, json};

use crate::common::{TestApp, add_user, csrf, sign_in, spawn_app};

async fn admin_session(app: &TestApp) -> (String, String) {
    add_user(app, "beheerder", true).await;
    let cookie = sign_in(app, "beheerder").await;
    let token = csrf(app, &cookie, "/beheer/sociale-kaart").await;
    (cookie, token)
}

async fn export(app: &TestApp, cookie: &str) -> String {
    app.client
        .get(app.url("/beheer/sociale-kaart.csv"))
        .header("Cookie", cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

async fn upload(app: &TestApp, cookie: &str, csrf: &str, csv: String) -> reqwest::Response {
    let form = reqwest::multipart::Form::new()
        .text("csrf", csrf.to_owned())
        .part(
            "file",
            reqwest::multipart::Part::text(csv).file_name("sociale-kaart.csv"),
        );
    app.client
        .post(app.url("/beheer/sociale-kaart"))
        .header("Cookie", cookie)
        .multipart(form)
        .send()
        .await
        .unwrap()
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
    let response = app
        .client
        .post(app.url("/advies"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("severity=cmd&work_situation=wga&self_efficacy=low&barriers=self_stigma&barriers=shame_guilt&region=rijk-van-nijmegen")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let doc = Html::parse_document(&response.text().await.unwrap());
    let aidee = doc
        .select(&Selector::parse("#advies-aidee .providers a").unwrap())
        .map(|a| a.text().collect::<String>())
        .collect::<Vec<_>>();
    assert!(
        aidee.iter().any(|n| n.contains("Rijk van Nijmegen")),
        "{aidee:?}"
    );
    let none_known = doc
        .select(
            &Selector::parse("#advies-irb a[href^='/sociale-kaart?region=rijk-van-nijmegen']")
                .unwrap(),
        )
        .count();
    assert_eq!(
        none_known, 1,
        "an intervention without providers links to the map"
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
        .client
        .post(app.url("/advies"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("severity=cmd&work_situation=ww&region=atlantis")
        .send()
        .await
        .unwrap();
    assert_eq!(form.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let doc = Html::parse_document(&form.text().await.unwrap());
    assert!(
        doc.select(&Selector::parse(".error-summary a[href='#q-region']").unwrap())
            .next()
            .is_some()
    );
}

#[tokio::test]
async fn the_providers_api_and_the_map_filter_by_region_and_intervention() {
    let app = spawn_app().await;
    let list: Value = app
        .client
        .get(app.url("/api/v1/providers?region=haaglanden&intervention=ips"))
        .send()
        .await
        .unwrap()
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
    let bad = app
        .client
        .get(app.url("/api/v1/providers?region=atlantis"))
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = app
        .client
        .get(app.url("/sociale-kaart?region=rijk-van-nijmegen"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let doc = Html::parse_document(&page);
    let rows = doc
        .select(&Selector::parse("tr.social-entry").unwrap())
        .count();
    assert!(rows >= 1);
    let org = app
        .client
        .get(app.url("/sociale-kaart/bestaat-niet"))
        .send()
        .await
        .unwrap();
    assert_eq!(org.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_csv_export_imports_back_unchanged_and_a_bad_row_is_reported_by_line_with_nothing_half_imported()
 {
    let app = spawn_app().await;
    let (cookie, csrf) = admin_session(&app).await;
    let csv = export(&app, &cookie).await;
    assert!(csv.starts_with("region_code,region_name,"));
    let ok = upload(&app, &cookie, &csrf, csv.clone()).await;
    assert_eq!(ok.status(), StatusCode::OK);
    assert_eq!(export(&app, &cookie).await, csv);

    let mut lines: Vec<String> = csv.lines().map(str::to_owned).collect();
    let last = lines.len();
    lines[last - 1] = lines[last - 1].replace("2026-11-23", "23-11-2026");
    lines.push(lines[last - 1].replace("haaglanden", "atlantis"));
    let broken = lines.join("\n") + "\n";
    let refused = upload(&app, &cookie, &csrf, broken).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let doc = Html::parse_document(&refused.text().await.unwrap());
    let errors: Vec<String> = doc
        .select(&Selector::parse(".csv-errors li").unwrap())
        .map(|e| e.text().collect())
        .collect();
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with(&format!("regel {last}:"))),
        "{errors:?}"
    );
    assert_eq!(export(&app, &cookie).await, csv, "nothing was imported");
}

#[tokio::test]
async fn entries_not_checked_for_twelve_months_are_flagged() {
    let app = spawn_app().await;
    let (cookie, csrf) = admin_session(&app).await;
    let csv = export(&app, &cookie).await;
    let old = csv.replacen("2026-11-23", "2020-01-15", 1000);
    assert_eq!(
        upload(&app, &cookie, &csrf, old).await.status(),
        StatusCode::OK
    );
    let page = app
        .client
        .get(app.url("/sociale-kaart"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let doc = Html::parse_document(&page);
    assert!(
        doc.select(&Selector::parse("tr.social-entry--stale").unwrap())
            .count()
            > 0
    );
    let admin = app
        .client
        .get(app.url("/beheer/sociale-kaart"))
        .header("Cookie", &cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        Html::parse_document(&admin)
            .select(&Selector::parse(".stale-list li").unwrap())
            .count()
            > 0
    );
}
