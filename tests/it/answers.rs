//! Answers that can say no: yes / no / unknown, the new situation questions, the interventions
//! already followed, and combinations that cannot occur (issue 14).

use reqwest::StatusCode;
use scraper::Html;
use serde_json::{Value, json};

use crate::common::{TestApp, sel, spawn_app, text_of};

async fn advice(app: &TestApp, body: Value) -> Value {
    let response = app.recommend(&body).await;
    assert_eq!(response.status(), StatusCode::OK, "{body}");
    response.json().await.unwrap()
}

async fn refusal(app: &TestApp, body: Value) -> Value {
    let response = app.recommend(&body).await;
    assert_eq!(
        response.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "{body}"
    );
    response.json().await.unwrap()
}

fn score_of(advice: &Value, slug: &str) -> Option<f64> {
    advice["recommendations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["slug"] == slug)
        .map(|r| r["score"].as_f64().unwrap())
}

fn base() -> Value {
    json!({"severity": "cmd", "work_situation": "bijstand", "disorder": "depression",
           "mental_health_care": "none", "work_wish": "paid_work_later"})
}

fn with(mut body: Value, field: &str, value: Value) -> Value {
    body[field] = value;
    body
}

#[tokio::test]
async fn a_yes_no_question_takes_true_false_and_yes_no_unknown_with_absent_as_unknown() {
    let app = spawn_app().await;
    let yes_bool = advice(&app, with(base(), "multiple_problems", json!(true))).await;
    let yes_text = advice(&app, with(base(), "multiple_problems", json!("yes"))).await;
    assert_eq!(yes_bool["recommendations"], yes_text["recommendations"]);
    let no_bool = advice(&app, with(base(), "multiple_problems", json!(false))).await;
    let no_text = advice(&app, with(base(), "multiple_problems", json!("no"))).await;
    assert_eq!(no_bool["recommendations"], no_text["recommendations"]);
    let unknown = advice(&app, with(base(), "multiple_problems", json!("unknown"))).await;
    let absent = advice(&app, base()).await;
    assert_eq!(unknown["recommendations"], absent["recommendations"]);
    // WEZM is for multiple problems (+3 on yes); "no" is not the same as "not answered".
    assert!(score_of(&yes_text, "wezm").unwrap() > score_of(&absent, "wezm").unwrap());
    let wezm_caveats = |a: &Value| {
        a["recommendations"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["slug"] == "wezm")
            .map(|r| r["caveats"].as_array().unwrap().len())
            .unwrap()
    };
    assert!(
        wezm_caveats(&absent) > wezm_caveats(&no_text),
        "still to check only when unknown"
    );
    let bad = refusal(&app, with(base(), "multiple_problems", json!("maybe"))).await;
    assert_eq!(bad["field"], "multiple_problems");
    assert!(bad["error"].as_str().unwrap().contains("yes, no, unknown"));
    let wrong_type = refusal(&app, with(base(), "prefers_no_group", json!(1))).await;
    assert_eq!(wrong_type["field"], "prefers_no_group");
}

#[tokio::test]
async fn an_unanswered_work_wish_is_unknown_and_never_moves_a_score() {
    let app = spawn_app().await;
    let mut without = base();
    without.as_object_mut().unwrap().remove("work_wish");
    let absent = advice(&app, without.clone()).await;
    let unknown = advice(&app, with(without, "work_wish", json!("unknown"))).await;
    assert_eq!(absent["recommendations"], unknown["recommendations"]);
    // "unsure" is an answer and may weigh (IPS: the wish is still unsure); unknown is neutral.
    for r in absent["recommendations"].as_array().unwrap() {
        for line in r["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .chain(r["caveats"].as_array().unwrap())
        {
            if line["kind"] == "to_check" {
                assert_eq!(line["points"], 0.0, "{line}");
            }
        }
    }
}

#[tokio::test]
async fn current_interventions_are_shown_as_under_way_and_never_suggested_as_new() {
    let app = spawn_app().await;
    let body = json!({"severity": "epa", "disorder": "psychotic", "work_situation": "bijstand",
                      "mental_health_care": "in_treatment", "work_wish": "paid_work_now",
                      "current_interventions": ["ips", "coral"]});
    let a = advice(&app, body).await;
    assert!(score_of(&a, "ips").is_none() && score_of(&a, "coral").is_none());
    let current: Vec<&str> = a["excluded"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["current"] == true)
        .map(|e| e["slug"].as_str().unwrap())
        .collect();
    assert_eq!(current, ["ips", "coral"]);
    assert_eq!(a["recommendations"][0]["rank"], 1);
    let unknown = refusal(
        &app,
        with(base(), "current_interventions", json!(["ips", "yoga"])),
    )
    .await;
    assert_eq!(unknown["field"], "current_interventions");
    let wrong = refusal(&app, with(base(), "current_interventions", json!([3]))).await;
    assert_eq!(wrong["field"], "current_interventions");
}

#[tokio::test]
async fn impossible_combinations_are_refused_with_a_message_naming_the_field() {
    let app = spawn_app().await;
    let long_sick = json!({"severity": "cmd", "work_situation": "sick_leave",
                           "absence_duration": "over_2_years"});
    let e = refusal(&app, long_sick).await;
    assert_eq!(e["field"], "absence_duration");
    assert!(e["error"].as_str().unwrap().contains("104"), "{e}");
    let partial = json!({"severity": "cmd", "work_situation": "ww", "partial_return": "yes"});
    assert_eq!(refusal(&app, partial).await["field"], "partial_return");
    let own_job =
        json!({"severity": "cmd", "work_situation": "bijstand", "own_job_feasible": "no"});
    assert_eq!(refusal(&app, own_job).await["field"], "own_job_feasible");
    let fine = json!({"severity": "cmd", "work_situation": "sick_leave", "partial_return": "yes",
                      "own_job_feasible": "no", "absence_duration": "1_to_2_years"});
    advice(&app, fine).await;
    // The form shows the message beside the question, with the answers kept.
    let response = app
        .post_body(
            "/advies",
            "severity=cmd&work_situation=sick_leave&absence_duration=over_2_years",
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let doc = Html::parse_document(&response.text().await.unwrap());
    let message: String = doc
        .select(&sel("#q-absence_duration .field-error"))
        .next()
        .expect("a message beside the duration")
        .text()
        .collect();
    assert!(message.contains("104 weken"), "{message}");
    assert!(
        doc.select(&sel(".error-summary a[href='#q-absence_duration']"))
            .next()
            .is_some()
    );
}

#[tokio::test]
async fn the_answers_summary_says_not_answered_instead_of_no() {
    let app = spawn_app().await;
    let response = app
        .post_body(
            "/advies",
            "severity=cmd&work_situation=bijstand&prefers_no_group=no&current_interventions=coral",
        )
        .await;
    let response = app.follow(response).await;
    assert_eq!(response.status(), StatusCode::OK);
    let doc = Html::parse_document(&response.text().await.unwrap());
    let answer = |question: &str| -> String {
        doc.select(&sel(".answers-summary div"))
            .find(|d| {
                d.select(&sel("dt"))
                    .next()
                    .unwrap()
                    .text()
                    .collect::<String>()
                    == question
            })
            .map(|d| {
                let dd = d.select(&sel("dd")).next().unwrap();
                // The answer, without the "change this answer" link of a stored case.
                dd.children()
                    .filter_map(|n| n.value().as_text().map(|t| t.trim().to_owned()))
                    .collect::<String>()
            })
            .unwrap_or_else(|| panic!("{question} in the summary"))
    };
    assert_eq!(answer("Kan of wil niet in een groep werken"), "Nee");
    // The optional questions left open are listed together, once "Niet beantwoord", each a
    // link to answer just that question.
    let open = doc
        .select(&sel(".answers-summary div.unanswered"))
        .next()
        .expect("the open questions");
    assert_eq!(
        text_of(open.select(&sel("dt")).next().unwrap()),
        "Niet beantwoord"
    );
    let links: Vec<(String, String)> = open
        .select(&sel("dd a"))
        .map(|a| (text_of(a), a.value().attr("href").unwrap().to_owned()))
        .collect();
    for (question, field) in [
        ("Heeft een bedrijfsarts", "has_occupational_physician"),
        ("Wens om (weer) betaald te werken", "work_wish"),
    ] {
        let (_, href) = links
            .iter()
            .find(|(q, _)| q == question)
            .unwrap_or_else(|| panic!("{question} in {links:?}"));
        assert!(href.ends_with(&format!("/wijzigen#q-{field}")), "{href}");
        assert!(
            doc.select(&sel(".answers-summary div:not(.unanswered) dt"))
                .all(|dt| text_of(dt) != question),
            "{question} only once"
        );
    }
    assert!(
        links
            .iter()
            .all(|(q, _)| q != "Kan of wil niet in een groep werken")
    );
    assert_eq!(doc.html().matches("niet beantwoord").count(), 0);
    let current: Vec<String> = doc
        .select(&sel(".current-list li"))
        .map(|l| l.text().collect())
        .collect();
    assert_eq!(current.len(), 1);
    assert!(current[0].contains("Coral"));
    assert!(
        doc.select(&sel("#advies-coral")).next().is_none(),
        "not a suggestion"
    );
}
