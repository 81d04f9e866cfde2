//! The JSON API through HTTP: successes, invariants and errors (CONTRACT.md).

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::common::spawn_app;
use interventiewijzer::domain::lang::Lang;

const CONTRACT_SLUGS: &[&str] = &[
    "ips",
    "irb",
    "bewegen-werkt",
    "w-cgt",
    "return-at-work",
    "sharp-at-work",
    "bw-ivb",
    "relim",
    "wezm",
    "aidee",
    "jobcoaching",
    "coral",
    "werk-passend-maken",
];

fn epa_client_in_treatment_who_wants_work() -> Value {
    json!({
        "severity": "epa",
        "disorder": "psychotic",
        "work_situation": "bijstand",
        "mental_health_care": "in_treatment",
        "work_wish": "paid_work_now"
    })
}

async fn error_of(response: reqwest::Response) -> (StatusCode, Value) {
    let status = response.status();
    let body: Value = response.json().await.expect("a JSON error body");
    assert!(
        body["error"].as_str().is_some_and(|m| !m.is_empty()),
        "{body}"
    );
    (status, body)
}

#[tokio::test]
async fn health_check_answers_ok_when_the_database_answers() {
    let app = spawn_app().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.text().await.unwrap(), "ok");
}

#[tokio::test]
async fn the_readme_example_puts_ips_first_for_an_epa_client_in_ggz_treatment_who_wants_paid_work()
{
    let app = spawn_app().await;
    let response = app
        .recommend(&epa_client_in_treatment_who_wants_work())
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let advice: Value = response.json().await.unwrap();
    let first = &advice["recommendations"][0];
    assert_eq!(first["slug"], "ips", "{advice:#}");
    assert_eq!(first["rank"], 1);
    assert_eq!(first["evidence"]["level"], "effective_strong");
    assert!(
        first["evidence"]["recognised_by"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i.as_str().unwrap().contains("Trimbos"))
    );
    assert!(
        advice["knowledge_base_version"]
            .as_str()
            .is_some_and(|v| !v.is_empty())
    );
}

#[tokio::test]
async fn every_intervention_appears_once_with_gapless_ranks_and_scores_that_add_up() {
    let app = spawn_app().await;
    let advice: Value = app
        .recommend(&json!({"severity": "cmd", "work_situation": "sick_leave",
            "barriers": ["fear_of_return", "unfitting_work"]}))
        .await
        .json()
        .await
        .unwrap();
    let mut slugs: Vec<&str> = Vec::new();
    let recommendations = advice["recommendations"].as_array().unwrap();
    let mut previous = f64::INFINITY;
    for (i, r) in recommendations.iter().enumerate() {
        slugs.push(r["slug"].as_str().unwrap());
        assert_eq!(r["rank"], i + 1);
        let score = r["score"].as_f64().unwrap();
        assert!(score <= previous, "scores descend");
        previous = score;
        let sum: f64 = r["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .chain(r["caveats"].as_array().unwrap())
            .map(|l| l["points"].as_f64().unwrap())
            .sum();
        assert!((sum - score).abs() < 1e-9, "{r:#}");
        for line in r["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .chain(r["caveats"].as_array().unwrap())
        {
            assert!(
                line["source"].as_str().is_some_and(|s| !s.is_empty()),
                "{line}"
            );
        }
    }
    for e in advice["excluded"].as_array().unwrap() {
        slugs.push(e["slug"].as_str().unwrap());
        assert!(!e["reasons"].as_array().unwrap().is_empty(), "{e}");
    }
    slugs.sort();
    let mut expected = CONTRACT_SLUGS.to_vec();
    expected.sort();
    assert_eq!(slugs, expected);
}

#[tokio::test]
async fn the_same_profile_always_gets_the_same_answer() {
    let app = spawn_app().await;
    let profile = json!({"severity": "unknown", "work_situation": "ww", "multiple_problems": true});
    let first = app.recommend(&profile).await.text().await.unwrap();
    let second = app.recommend(&profile).await.text().await.unwrap();
    assert_eq!(first, second);
}

#[tokio::test]
async fn english_is_answered_with_accept_language_en() {
    let app = spawn_app().await;
    let english: Value = app
        .client
        .post(app.url("/api/v1/recommendations"))
        .header("Accept-Language", "en-GB,en;q=0.9")
        .json(&epa_client_in_treatment_who_wants_work())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let dutch: Value = app
        .recommend(&epa_client_in_treatment_who_wants_work())
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        english["recommendations"][0]["evidence"]["label"],
        "Effective: strong indications"
    );
    assert_eq!(
        dutch["recommendations"][0]["evidence"]["label"],
        "Effectief: sterke aanwijzingen"
    );
    assert!(
        english["recommendations"][0]["reasons"][0]["text"]
            .as_str()
            .unwrap()
            .starts_with("Evidence")
    );
}

#[tokio::test]
async fn an_unknown_answer_never_excludes_but_becomes_a_zero_point_check() {
    let app = spawn_app().await;
    let advice: Value = app
        .recommend(&json!({"severity": "unknown", "work_situation": "wga"}))
        .await
        .json()
        .await
        .unwrap();
    let checks: Vec<&Value> = advice["recommendations"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["caveats"].as_array().unwrap())
        .filter(|c| c["kind"] == "to_check")
        .collect();
    assert!(!checks.is_empty(), "{advice:#}");
    for check in checks {
        assert_eq!(check["points"].as_f64(), Some(0.0));
        assert!(
            check["text"]
                .as_str()
                .unwrap()
                .starts_with("Nog na te gaan")
        );
    }
}

#[tokio::test]
async fn malformed_json_is_a_400_with_a_json_error() {
    let app = spawn_app().await;
    let response = app
        .client
        .post(app.url("/api/v1/recommendations"))
        .header("Content-Type", "application/json")
        .body("{\"severity\": ")
        .send()
        .await
        .unwrap();
    let (status, body) = error_of(response).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body["field"].is_null());
}

#[tokio::test]
async fn a_body_that_is_not_json_is_a_415() {
    let app = spawn_app().await;
    let response = app
        .post_body("/api/v1/recommendations", "severity=epa&work_situation=ww")
        .await;
    let (status, _) = error_of(response).await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
}

#[tokio::test]
async fn a_body_that_is_too_large_is_a_413() {
    let app = spawn_app().await;
    let huge = format!(
        "{{\"severity\": \"epa\", \"x\": \"{}\"}}",
        "a".repeat(100_000)
    );
    let response = app
        .client
        .post(app.url("/api/v1/recommendations"))
        .header("Content-Type", "application/json")
        .body(huge)
        .send()
        .await
        .unwrap();
    let (status, _) = error_of(response).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn a_missing_required_field_is_a_422_naming_the_field_and_its_values() {
    let app = spawn_app().await;
    let (status, body) = error_of(app.recommend(&json!({"severity": "cmd"})).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["field"], "work_situation");
    let message = body["error"].as_str().unwrap();
    assert!(
        message.contains("sick_leave") && message.contains("no_benefit"),
        "{message}"
    );
}

#[tokio::test]
async fn a_value_outside_the_list_is_a_422_naming_the_allowed_values_without_echoing_it() {
    let app = spawn_app().await;
    let (status, body) = error_of(
        app.recommend(&json!({"severity": "zwaar-CANARY", "work_situation": "ww"}))
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["field"], "severity");
    let message = body["error"].as_str().unwrap();
    assert!(message.contains("cmd, epa, unknown"), "{message}");
    assert!(!message.contains("CANARY"));
}

#[tokio::test]
async fn a_wrong_json_type_is_a_422_naming_the_field() {
    let app = spawn_app().await;
    for (profile, field) in [
        (
            json!({"severity": "cmd", "work_situation": "ww", "barriers": "fear_of_return"}),
            "barriers",
        ),
        (
            json!({"severity": "cmd", "work_situation": "ww", "multiple_problems": 1}),
            "multiple_problems",
        ),
        (json!({"severity": 2, "work_situation": "ww"}), "severity"),
        (
            json!({"severity": "cmd", "work_situation": "ww", "barriers": ["fear_of_return", 3]}),
            "barriers",
        ),
    ] {
        let (status, body) = error_of(app.recommend(&profile).await).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{profile}");
        assert_eq!(body["field"], field, "{profile}");
    }
}

#[tokio::test]
async fn a_field_outside_the_profile_such_as_a_name_is_refused() {
    let app = spawn_app().await;
    let (status, body) = error_of(
        app.recommend(&json!({"severity": "cmd", "work_situation": "ww", "name": "Jan"}))
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["field"], "name");
    assert!(!body["error"].as_str().unwrap().contains("Jan"));
}

#[tokio::test]
async fn a_json_array_instead_of_an_object_is_a_422() {
    let app = spawn_app().await;
    let (status, _) = error_of(app.recommend(&json!(["cmd", "ww"])).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn the_interventions_endpoint_lists_every_contract_slug_with_sources() {
    let app = spawn_app().await;
    let list: Value = app.get("/api/v1/interventions").await.json().await.unwrap();
    let interventions = list["interventions"].as_array().unwrap();
    let slugs: Vec<&str> = interventions
        .iter()
        .map(|i| i["slug"].as_str().unwrap())
        .collect();
    assert_eq!(slugs, CONTRACT_SLUGS);
    for i in interventions {
        assert!(
            i["content"]["summary"]["text"]
                .as_str()
                .is_some_and(|t| !t.is_empty()),
            "{}",
            i["slug"]
        );
        assert!(
            i["content"]["summary"]["source"]
                .as_str()
                .is_some_and(|t| !t.is_empty())
        );
        assert!(
            !i["rules"].as_array().unwrap().is_empty(),
            "{} has rules",
            i["slug"]
        );
    }
}

#[tokio::test]
async fn one_intervention_is_served_by_its_slug_and_an_unknown_slug_is_a_json_404() {
    let app = spawn_app().await;
    let ips: Value = app
        .get("/api/v1/interventions/ips")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(ips["name"], "Individuele Plaatsing en Steun (IPS)");
    let response = app.get("/api/v1/interventions/bestaat-niet").await;
    let (status, body) = error_of(response).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body["field"].is_null());
}

/// A profile as the API's JSON: list answers as arrays.
fn profile_json(profile: &interventiewijzer::domain::profile::ClientProfile) -> Value {
    use interventiewijzer::domain::profile::Dimension;
    let mut object = serde_json::Map::new();
    for (key, value) in profile.to_pairs() {
        let list = key == "current_interventions"
            || Dimension::from_code(key).is_some_and(|d| d.is_list());
        if list {
            let entry = object.entry(key).or_insert_with(|| json!([]));
            entry.as_array_mut().unwrap().push(json!(value));
        } else {
            object.insert(key.to_owned(), json!(value));
        }
    }
    Value::Object(object)
}

#[tokio::test]
async fn every_name_rule_text_and_source_in_an_answer_is_the_knowledge_bases_own() {
    let app = spawn_app().await;
    let kb = app.state.knowledge_base();
    let rules: std::collections::HashMap<i64, (&str, &interventiewijzer::domain::knowledge::Rule)> =
        kb.interventions()
            .iter()
            .flat_map(|i| i.rules.iter().map(move |r| (r.id, (i.slug.as_str(), r))))
            .collect();
    let mut lines = 0;
    for example in kb.examples() {
        for lang in [Lang::Nl, Lang::En] {
            let answer: Value = app
                .client
                .post(app.url("/api/v1/recommendations"))
                .header("Accept-Language", lang.code())
                .json(&profile_json(&example.profile))
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            let entries = answer["recommendations"]
                .as_array()
                .unwrap()
                .iter()
                .chain(answer["excluded"].as_array().unwrap());
            for entry in entries {
                let slug = entry["slug"].as_str().unwrap();
                let intervention = kb.intervention(slug).unwrap();
                assert_eq!(entry["name"], intervention.name.get(lang), "{slug}");
                let ledger = ["reasons", "caveats"]
                    .iter()
                    .filter_map(|k| entry[*k].as_array())
                    .flatten();
                for line in ledger {
                    let Some(id) = line["rule_id"].as_i64() else {
                        continue;
                    };
                    let (owner, rule) = rules[&id];
                    assert_eq!(owner, slug, "rule {id}");
                    assert_eq!(line["source"], rule.source.as_str(), "rule {id}");
                    let text = line["text"].as_str().unwrap();
                    assert!(text.ends_with(rule.text.get(lang)), "rule {id}: {text}");
                    lines += 1;
                }
            }
        }
    }
    assert!(lines > 100, "only {lines} lines checked");
}
