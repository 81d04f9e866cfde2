//! Route, regie and funding (issue 13): the profile fields insurance, employment contract and
//! target group register; the route of every advice and who pays for each recommendation.

use reqwest::StatusCode;
use scraper::{Html, Selector};
use serde_json::{Value, json};

use crate::common::{TestApp, spawn_app};

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("valid selector")
}

fn text_of(doc: &Html, selector: &str) -> String {
    doc.select(&sel(selector))
        .flat_map(|e| e.text())
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

async fn page(app: &TestApp, path: &str) -> Html {
    let response = app.client.get(app.url(path)).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    Html::parse_document(&response.text().await.unwrap())
}

async fn advice_page(app: &TestApp, body: &str, lang: &str) -> Html {
    let response = app
        .client
        .post(app.url(&format!("/advies?lang={lang}")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(body.to_owned())
        .send()
        .await
        .unwrap();
    let response = app.follow(response).await;
    assert_eq!(response.status(), StatusCode::OK);
    Html::parse_document(&response.text().await.unwrap())
}

#[tokio::test]
async fn the_questionnaire_asks_the_three_route_questions_with_unknown_preselected() {
    let app = spawn_app().await;
    let doc = page(&app, "/vragenlijst").await;
    for (field, values) in [
        ("insurance", &["public", "eigenrisicodrager", "unknown"][..]),
        ("employment_contract", &["yes", "no", "unknown"][..]),
        ("target_group_register", &["yes", "no", "unknown"][..]),
    ] {
        for value in values {
            let radio = format!("input[type=radio][name={field}][value={value}]");
            assert_eq!(doc.select(&sel(&radio)).count(), 1, "{radio}");
        }
        let checked = format!("input[name={field}][checked]");
        let checked: Vec<_> = doc
            .select(&sel(&checked))
            .map(|e| e.value().attr("value").unwrap())
            .collect();
        assert_eq!(checked, ["unknown"], "{field}");
    }
    let hint = text_of(&doc, "#q-insurance-hint");
    assert!(
        hint.contains("Ziektewet") && hint.contains("WGA"),
        "the hint says where insurance matters: {hint}"
    );
}

#[tokio::test]
async fn the_api_accepts_the_route_fields_and_refuses_a_value_outside_the_list() {
    let app = spawn_app().await;
    let ok = app
        .recommend(
            &json!({"severity": "cmd", "work_situation": "wga", "insurance":
            "eigenrisicodrager", "employment_contract": "no", "target_group_register": "yes"}),
        )
        .await;
    assert_eq!(ok.status(), StatusCode::OK);
    for (field, bad) in [
        ("insurance", json!("private")),
        ("employment_contract", json!("maybe")),
        ("target_group_register", json!(2)),
    ] {
        let mut body = json!({"severity": "cmd", "work_situation": "wga"});
        body[field] = bad;
        let response = app.recommend(&body).await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}"
        );
        let error: Value = response.json().await.unwrap();
        assert_eq!(error["field"], field);
    }
}

#[tokio::test]
async fn the_answers_on_the_advice_page_name_the_insurance() {
    let app = spawn_app().await;
    let doc = advice_page(
        &app,
        "severity=cmd&work_situation=sickness_benefit&insurance=eigenrisicodrager",
        "nl",
    )
    .await;
    let body = text_of(&doc, "main");
    assert!(body.contains("Eigenrisicodrager (vaak met een private verzekeraar)"));
}
