//! Plans beyond the advice page (issue 14): tiers and summaries on the trainer examples, plan
//! differences on /vergelijk, and plan rules and rule conditions through export and import.

use reqwest::StatusCode;
use serde_json::Value;

use crate::common::{spawn_app, texts};

#[tokio::test]
async fn every_example_card_shows_the_tiers_of_its_top_and_its_summary() {
    let app = spawn_app().await;
    let doc = app.get_html("/voorbeelden").await;
    let cards = texts(&doc, ".example-card");
    assert!(!cards.is_empty());
    for card in &cards {
        let summary = card
            .split("Samenvatting van het advies:")
            .nth(1)
            .expect(card);
        assert!(summary.trim_start().starts_with("Begin met"), "{card}");
        assert!(summary.contains("stappen in het plan"), "{card}");
    }
    assert!(cards.iter().any(|c| c.contains("(Past goed)")), "{cards:?}");
    let en = app.get_html("/voorbeelden?lang=en").await;
    let cards = texts(&en, ".example-card");
    assert!(
        cards
            .iter()
            .all(|c| c.contains("Summary of the advice: Begin with")),
        "{cards:?}"
    );
}

#[tokio::test]
async fn compare_shows_where_the_plans_of_the_autism_pair_differ() {
    let app = spawn_app().await;
    let doc = app
        .get_html(
            "/vergelijk?a=jongere-autisme-ouders-remmen-af&b=jongere-autisme-ouders-stimuleren",
        )
        .await;
    let sides = texts(&doc, "#plan-verschil .plan-diff-side");
    assert_eq!(sides.len(), 2);
    // B wants paid work and is not in care: treatment first (Samenwerken 2017, 4.5) is B's only.
    assert!(sides[1].contains("Samenwerken 2017, 4.5"), "{}", sides[1]);
    assert!(!sides[0].contains("Samenwerken 2017, 4.5"), "{}", sides[0]);
    let summaries = texts(&doc, "#plan-verschil .plan-diff-summary");
    assert_eq!(summaries.len(), 2);
    assert_ne!(summaries[0], summaries[1]);
}

#[tokio::test]
async fn export_and_import_carry_plan_rules_and_rule_conditions() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let export = || async { admin.get("/beheer/export").await.text().await.unwrap() };
    let exported = export().await;
    let mut file: Value = serde_json::from_str(&exported).unwrap();
    let plan_rules: i64 = sqlx::query_scalar("SELECT count(*) FROM plan_rules")
        .fetch_one(&app.state.db)
        .await
        .unwrap();
    assert_eq!(
        file["plan_rules"].as_array().unwrap().len() as i64,
        plan_rules
    );
    let rules = file["rules"].as_array_mut().unwrap();
    let depression = rules
        .iter_mut()
        .find(|r| r["condition"] == "severity=epa")
        .expect("the severe-depression rule carries its condition");
    depression["condition"] = Value::String("severity=epa,cmd".to_owned());
    let step = file["plan_rules"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|r| {
            r["source"]
                .as_str()
                .unwrap()
                .starts_with("Panteia 2021, 3.2.1")
        })
        .expect("the keeping-a-job plan rule");
    step["position"] = Value::from(5);
    let token = admin.csrf("/beheer/import").await;
    let form = reqwest::multipart::Form::new().text("csrf", token).part(
        "file",
        reqwest::multipart::Part::text(file.to_string()).file_name("kennisbank.json"),
    );
    let response = admin
        .send(app.client.post(app.url("/beheer/import")).multipart(form))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let mut again: Value = serde_json::from_str(&export().await).unwrap();
    // Apart from the version each file says it was exported from, what was imported is what is
    // exported.
    assert_ne!(again["exported_from"], file["exported_from"]);
    for f in [&mut again, &mut file] {
        f.as_object_mut().unwrap().remove("exported_from");
    }
    assert_eq!(again, file, "what was imported is what is exported");
    // The imported condition is in force: a CMD client with depression now gets the points.
    let advice: Value = app
        .recommend(
            &serde_json::json!({"severity": "cmd", "work_situation": "ww",
                                       "disorder": "depression"}),
        )
        .await
        .json()
        .await
        .unwrap();
    let ips = advice["recommendations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["slug"] == "ips")
        .unwrap();
    assert!(ips.to_string().contains("Ernstige depressies"), "{ips}");
}
