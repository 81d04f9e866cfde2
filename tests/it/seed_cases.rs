//! Realistic client cases derived from the seeds (`tests/fixtures/seed_cases.json`), each
//! with the seed passage that implies its expectation, run through the HTTP API.

use serde::Deserialize;
use serde_json::Value;

use crate::common::spawn_app;

#[derive(Deserialize)]
struct SeedCase {
    name: String,
    seed: String,
    profile: Value,
    #[serde(default)]
    expect_first: Vec<String>,
    #[serde(default)]
    expect_in_top3: Vec<String>,
    #[serde(default)]
    expect_excluded: Vec<String>,
    #[serde(default)]
    expect_not_excluded: Vec<String>,
    #[serde(default)]
    expect_caveat_on: Vec<String>,
}

#[tokio::test]
async fn every_seed_case_ranks_as_its_seed_passage_implies() {
    let cases: Vec<SeedCase> = serde_json::from_str(include_str!("../fixtures/seed_cases.json"))
        .expect("seed cases parse");
    assert!(cases.len() >= 10);
    let app = spawn_app().await;
    let mut failures = Vec::new();
    for case in &cases {
        let advice: Value = app.recommend(&case.profile).await.json().await.unwrap();
        let ranked: Vec<&str> = advice["recommendations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["slug"].as_str().unwrap())
            .collect();
        let excluded: Vec<&str> = advice["excluded"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["slug"].as_str().unwrap())
            .collect();
        let mut problems = Vec::new();
        if !case.expect_first.is_empty()
            && !case
                .expect_first
                .iter()
                .any(|s| ranked.first() == Some(&s.as_str()))
        {
            problems.push(format!(
                "first is {:?}, expected one of {:?}",
                ranked.first(),
                case.expect_first
            ));
        }
        for s in &case.expect_in_top3 {
            if !ranked.iter().take(3).any(|r| r == s) {
                problems.push(format!(
                    "{s} not in top 3 {:?}",
                    &ranked[..ranked.len().min(3)]
                ));
            }
        }
        for s in &case.expect_excluded {
            if !excluded.contains(&s.as_str()) {
                problems.push(format!("{s} not excluded"));
            }
        }
        for s in &case.expect_not_excluded {
            if excluded.contains(&s.as_str()) {
                problems.push(format!("{s} excluded"));
            }
        }
        for s in &case.expect_caveat_on {
            let has = advice["recommendations"]
                .as_array()
                .unwrap()
                .iter()
                .any(|r| {
                    r["slug"] == s.as_str()
                        && r["caveats"]
                            .as_array()
                            .is_some_and(|c| c.iter().any(|l| l["kind"] == "caution"))
                });
            if !has {
                problems.push(format!("{s} carries no caution"));
            }
        }
        if !problems.is_empty() {
            failures.push(format!(
                "{} ({}): {}",
                case.name,
                case.seed,
                problems.join("; ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
