//! Tiers and the tie-break through HTTP: the JSON `tier`, the advice page's groups and the
//! explanation on /uitleg (issue 14).

use reqwest::StatusCode;
use scraper::Html;
use serde_json::{Value, json};

use crate::common::{sel, spawn_app};

#[tokio::test]
async fn every_recommendation_has_a_tier_that_never_rises_and_zero_or_less_is_weak() {
    let app = spawn_app().await;
    let body = json!({"severity": "epa", "disorder": "psychotic", "work_situation": "bijstand",
                      "mental_health_care": "in_treatment", "work_wish": "paid_work_now"});
    let advice: Value = app.recommend(&body).await.json().await.unwrap();
    let recs = advice["recommendations"].as_array().unwrap();
    let rank = |t: &str| {
        ["strong", "possible", "weak"]
            .iter()
            .position(|x| *x == t)
            .unwrap()
    };
    assert_eq!(recs[0]["slug"], "ips");
    assert_eq!(recs[0]["tier"], "strong");
    let mut last = 0;
    for r in recs {
        let tier = rank(r["tier"].as_str().unwrap());
        assert!(tier >= last, "tiers never rise: {r}");
        last = tier;
        assert_eq!(
            r["score"].as_f64().unwrap() <= 0.0,
            r["tier"] == "weak",
            "{r}"
        );
    }
    assert!(recs.iter().any(|r| r["tier"] == "weak"), "some fit less");
}

#[tokio::test]
async fn the_advice_page_groups_the_cards_by_tier_with_the_weak_ones_folded() {
    let app = spawn_app().await;
    let response = app.post_body("/advies", "severity=epa&disorder=psychotic&work_situation=bijstand&mental_health_care=in_treatment&work_wish=paid_work_now").await;
    let response = app.follow(response).await;
    assert_eq!(response.status(), StatusCode::OK);
    let doc = Html::parse_document(&response.text().await.unwrap());
    let strong = doc
        .select(&sel("details#groep-strong[open]"))
        .next()
        .expect("strong, open");
    assert!(strong.select(&sel("#advies-ips")).next().is_some());
    let summary: String = strong
        .select(&sel("summary"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert!(summary.starts_with("Past goed"), "{summary}");
    let weak = doc
        .select(&sel("details#groep-weak"))
        .next()
        .expect("a weak group");
    assert!(weak.value().attr("open").is_none(), "folded");
    let summary: String = weak
        .select(&sel("summary"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert!(summary.starts_with("Past minder"), "{summary}");
}

#[tokio::test]
async fn the_explanation_names_the_tier_thresholds_and_the_caution_tie_break() {
    let app = spawn_app().await;
    let html = app.get("/uitleg").await.text().await.unwrap();
    let doc = Html::parse_document(&html);
    let text: String = doc.select(&sel("main")).flat_map(|m| m.text()).collect();
    assert!(
        text.contains("minstens 4 punten") && text.contains("75%"),
        "thresholds"
    );
    assert!(text.contains("zonder aandachtspunt"), "tie-break");
    assert!(text.contains("score van 0 of lager"));
}
