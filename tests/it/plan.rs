//! The plan and the summary (issue 14): steps from the cited plan rules, per rule, in JSON
//! and on the advice page.

use reqwest::StatusCode;
use scraper::{Html, Selector};
use serde_json::{Value, json};

use crate::common::{TestApp, spawn_app};

async fn advice(app: &TestApp, body: Value) -> Value {
    let response = app.recommend(&body).await;
    assert_eq!(response.status(), StatusCode::OK, "{body}");
    response.json().await.unwrap()
}

fn step<'a>(advice: &'a Value, phase: &str) -> Option<&'a Value> {
    advice["plan"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["phase"] == phase)
}

#[tokio::test]
async fn treatment_comes_first_for_an_epa_client_who_wants_work_but_is_not_in_care() {
    let app = spawn_app().await;
    let a = advice(
        &app,
        json!({"severity": "epa", "work_situation": "bijstand",
        "mental_health_care": "none", "work_wish": "paid_work_now"}),
    )
    .await;
    let first = step(&a, "first").expect("a first step");
    assert_eq!(first["order"], 1);
    assert_eq!(first["condition"], "ggz_treatment");
    assert_eq!(first["source"], "Samenwerken 2017, 4.5");
    let summary = a["summary"].as_str().unwrap();
    assert!(
        summary.starts_with("Begin met behandeling in de GGZ, omdat IPS alleen"),
        "{summary}"
    );
    assert!(
        !summary.contains(first["text"].as_str().unwrap()),
        "{summary}"
    );
    let in_care = advice(
        &app,
        json!({"severity": "epa", "work_situation": "bijstand",
        "mental_health_care": "in_treatment", "work_wish": "paid_work_now"}),
    )
    .await;
    assert!(step(&in_care, "first").is_none());
    let alongside = step(&in_care, "alongside").expect("IPS alongside training");
    assert_eq!(alongside["slugs"], json!(["ips"]));
    assert_eq!(alongside["source"], "Trimbos 2015");
    assert!(alongside["text"].as_str().unwrap().contains("anderhalf"));
    assert!(
        in_care["summary"]
            .as_str()
            .unwrap()
            .starts_with("Begin met Individuele Plaatsing en Steun (IPS)"),
        "{}",
        in_care["summary"]
    );
    // Orders run 1..n.
    for (i, s) in in_care["plan"].as_array().unwrap().iter().enumerate() {
        assert_eq!(s["order"], i + 1);
    }
}

#[tokio::test]
async fn sharp_at_work_comes_at_the_return_and_work_is_not_put_off_until_complaints_are_gone() {
    let app = spawn_app().await;
    let a = advice(
        &app,
        json!({"severity": "cmd", "work_situation": "sick_leave",
        "absence_duration": "6_weeks_to_3_months", "work_wish": "paid_work_now"}),
    )
    .await;
    let at_return = step(&a, "at_return").expect("a step at the return");
    assert_eq!(at_return["slugs"], json!(["sharp-at-work"]));
    assert_eq!(at_return["condition"], "return_to_work");
    let now = step(&a, "now").expect("a step now");
    assert_eq!(now["source"], "Samenwerken 2017, 1.8");
    let not_now = advice(
        &app,
        json!({"severity": "cmd", "work_situation": "sick_leave",
        "work_wish": "not_now"}),
    )
    .await;
    assert!(
        not_now["plan"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["source"] != "Samenwerken 2017, 1.8")
    );
}

#[tokio::test]
async fn a_follow_up_is_arranged_after_bewegen_werkt_and_alternative_work_when_the_own_job_is_not_feasible()
 {
    let app = spawn_app().await;
    let a = advice(
        &app,
        json!({"severity": "epa", "work_situation": "wga",
        "lacks_fitness_or_structure": "yes", "mental_health_care": "in_treatment",
        "work_wish": "paid_work_later"}),
    )
    .await;
    let after = step(&a, "afterwards").expect("a follow-up step");
    assert_eq!(after["slugs"], json!(["bewegen-werkt"]));
    assert_eq!(after["condition"], "follow_up");
    assert_eq!(after["source"], "Panteia 2021, 4.4");
    let own = advice(
        &app,
        json!({"severity": "cmd", "work_situation": "sick_leave",
        "own_job_feasible": "no"}),
    )
    .await;
    let alt = own["plan"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["source"] == "Panteia 2021, 3.1.2")
        .expect("alternative work first");
    assert_eq!(alt["phase"], "now");
    // Interventions already under way are not put in a step as new.
    let current = advice(
        &app,
        json!({"severity": "cmd", "work_situation": "sick_leave",
        "current_interventions": ["sharp-at-work"]}),
    )
    .await;
    assert_eq!(step(&current, "at_return").unwrap()["slugs"], json!([]));
}

#[tokio::test]
async fn the_advice_page_shows_the_summary_first_and_the_plan_section() {
    let app = spawn_app().await;
    let response = app
        .post_body(
            "/advies",
            "severity=epa&work_situation=bijstand&mental_health_care=none&work_wish=paid_work_now",
        )
        .await;
    let response = app.follow(response).await;
    let doc = Html::parse_document(&response.text().await.unwrap());
    let sel = |s: &str| Selector::parse(s).unwrap();
    let summary: String = doc
        .select(&sel(".summary-text"))
        .next()
        .expect("summary")
        .text()
        .collect();
    assert!(summary.starts_with("Begin met behandeling"), "{summary}");
    let steps: Vec<String> = doc
        .select(&sel("section#plan li.plan-step"))
        .map(|l| l.text().collect())
        .collect();
    assert!(
        steps[0].contains("Eerst") && steps[0].contains("Samenwerken 2017, 4.5"),
        "{steps:?}"
    );
    // The summary comes before the cards.
    let html = doc.html();
    assert!(html.find("summary-text").unwrap() < html.find("advice-list").unwrap());
}

/// The sentences of a summary (a full stop followed by a space or the end).
fn sentences(text: &str) -> usize {
    text.matches(". ").count() + usize::from(text.ends_with('.'))
}

#[tokio::test]
async fn the_summary_is_one_or_two_plain_sentences_that_do_not_repeat_the_first_step() {
    let app = spawn_app().await;
    let profiles = [
        json!({"severity": "epa", "work_situation": "bijstand",
               "mental_health_care": "none", "work_wish": "paid_work_now"}),
        json!({"severity": "epa", "work_situation": "wga",
               "mental_health_care": "in_treatment", "work_wish": "paid_work_now"}),
        json!({"severity": "cmd", "work_situation": "sick_leave", "disorder": "anxiety",
               "absence_duration": "under_6_weeks", "has_occupational_physician": "yes"}),
        json!({"severity": "cmd", "work_situation": "ww", "lacks_fitness_or_structure": "yes"}),
    ];
    for body in profiles {
        let nl = advice(&app, body.clone()).await;
        let response = app
            .client
            .post(app.url("/api/v1/recommendations"))
            .header("accept-language", "en")
            .json(&body)
            .send()
            .await
            .unwrap();
        let en: Value = response.json().await.unwrap();
        let (nl_text, en_text) = (
            nl["summary"].as_str().unwrap(),
            en["summary"].as_str().unwrap(),
        );
        assert!(nl_text.starts_with("Begin met "), "{nl_text}");
        assert!(nl_text.contains(", omdat "), "{nl_text}");
        assert!(en_text.starts_with("Begin with "), "{en_text}");
        assert!(en_text.contains(", because "), "{en_text}");
        assert_ne!(nl_text, en_text);
        for dutch in [" omdat ", " daarna", "Begin met", " past "] {
            assert!(!en_text.contains(dutch), "Dutch '{dutch}' in {en_text}");
        }
        for (text, a) in [(nl_text, &nl), (en_text, &en)] {
            assert!((1..=2).contains(&sentences(text)), "{text}");
            if let Some(first) = a["plan"].as_array().unwrap().first() {
                assert!(!text.contains(first["text"].as_str().unwrap()), "{text}");
            }
        }
    }
    // What comes later is named after "daarna" / "then": the follow-up after Bewegen werkt.
    let bw = advice(
        &app,
        json!({"severity": "cmd", "work_situation": "ww", "lacks_fitness_or_structure": "yes",
               "multiple_problems": "no"}),
    )
    .await;
    let text = bw["summary"].as_str().unwrap();
    if bw["plan"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["condition"] == "follow_up")
    {
        assert!(
            text.contains("vervolgtraject voor na Bewegen werkt"),
            "{text}"
        );
    }
}

/// The summary's "daarna" names only interventions that fit well or may fit: an EPA employee
/// on sick leave in treatment gets a plan step about Bewegen werkt (described for people without
/// work), which fits less for them, and the summary must not send them there. Its last sentence
/// quotes the weightiest rule whole.
#[tokio::test]
async fn the_summary_names_no_intervention_that_fits_less() {
    let app = spawn_app().await;
    let a = advice(
        &app,
        json!({"severity": "epa", "work_situation": "sick_leave",
               "mental_health_care": "in_treatment", "work_wish": "paid_work_now",
               "has_occupational_physician": "yes"}),
    )
    .await;
    let weak: Vec<&str> = a["recommendations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["tier"] == "weak")
        .filter_map(|r| r["slug"].as_str())
        .collect();
    assert!(weak.contains(&"bewegen-werkt"), "{weak:?}");
    let summary = a["summary"].as_str().unwrap();
    let recs = a["recommendations"].as_array().unwrap();
    // IPS is described for people without a job (migration 0057), so not ranked for them.
    assert!(recs.iter().all(|r| r["slug"] != "ips"), "{summary}");
    for r in recs.iter().filter(|r| r["tier"] == "weak") {
        let name = r["name"].as_str().unwrap();
        assert!(!summary.contains(name), "weak {name} in: {summary}");
    }
    let top = recs[0]["name"].as_str().unwrap();
    assert!(
        summary.contains(&format!("Het zwaarst weegt bij {top}: \u{201e}")),
        "{summary}"
    );
}

/// A plan step about interventions appears only when one of them fits well or may fit: the
/// follow-up after Bewegen werkt is not planned for an EPA employee on sick leave, for whom
/// Bewegen werkt fits less, but is for a CMD client on WW who lacks fitness.
#[tokio::test]
async fn no_plan_step_for_an_intervention_that_fits_less() {
    let app = spawn_app().await;
    let employee = advice(
        &app,
        json!({"severity": "epa", "work_situation": "sick_leave",
               "mental_health_care": "in_treatment", "work_wish": "paid_work_now",
               "has_occupational_physician": "yes"}),
    )
    .await;
    let bw = employee["recommendations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["slug"] == "bewegen-werkt")
        .expect("Bewegen werkt in the advice");
    assert_eq!(bw["tier"], "weak");
    assert!(
        step(&employee, "afterwards").is_none(),
        "{}",
        employee["plan"]
    );
    let on_ww = advice(
        &app,
        json!({"severity": "cmd", "work_situation": "ww", "lacks_fitness_or_structure": "yes",
               "multiple_problems": "no"}),
    )
    .await;
    let after = step(&on_ww, "afterwards").expect("the follow-up after Bewegen werkt");
    assert_eq!(after["condition"], "follow_up");
}

/// A plan step does not repeat its own phase: the plan prints the phase before each step's
/// text ("Eerst: ...", "Bij de werkhervatting (SHARP-at-work): ..."), so the text must not start
/// with it again, in Dutch and English.
#[tokio::test]
async fn a_plan_step_does_not_repeat_its_phase() {
    let app = spawn_app().await;
    let sel = |s: &str| Selector::parse(s).unwrap();
    for body in [
        "severity=epa&work_situation=bijstand&mental_health_care=none&work_wish=paid_work_now",
        "severity=cmd&work_situation=sick_leave&absence_duration=3_to_12_months&work_wish=paid_work_now",
    ] {
        for lang in ["nl", "en"] {
            let response = app.post_body(&format!("/advies?lang={lang}"), body).await;
            let response = app.follow(response).await;
            let doc = Html::parse_document(&response.text().await.unwrap());
            let steps: Vec<_> = doc.select(&sel("section#plan li.plan-step")).collect();
            assert!(!steps.is_empty(), "{lang} {body}: a plan");
            for step in steps {
                let phase: String = step
                    .select(&sel(".plan-phase"))
                    .next()
                    .unwrap()
                    .text()
                    .collect();
                let text: String = step.text().collect();
                let after = text
                    .split_once(':')
                    .map_or("", |(_, rest)| rest)
                    .trim_start();
                assert!(
                    !after.to_lowercase().starts_with(&phase.to_lowercase()),
                    "{lang}: the step repeats its phase: {text}"
                );
            }
        }
    }
}
