//! The OpenAPI document at `/api/v1/openapi.json`: generated from the code, compared with the
//! committed snapshot so that a change of the API shows up in review.

use serde_json::Value;

use crate::common::spawn_app;

/// The committed document.
const SNAPSHOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/snapshots/openapi.json");

/// The one command that rewrites the snapshot after an intended change of the API.
const REGENERATE: &str = "UPDATE_OPENAPI_SNAPSHOT=1 cargo test --test it openapi";

async fn served_document() -> (String, Value) {
    let app = spawn_app().await;
    let response = app
        .client
        .get(app.url("/api/v1/openapi.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/json");
    let text = response.text().await.unwrap();
    let value = serde_json::from_str(&text).expect("the document is JSON");
    (text, value)
}

#[tokio::test]
async fn openapi_document_matches_the_committed_snapshot() {
    let (text, _) = served_document().await;
    if std::env::var_os("UPDATE_OPENAPI_SNAPSHOT").is_some() {
        std::fs::write(SNAPSHOT, format!("{text}\n")).expect("snapshot written");
        return;
    }
    let committed = std::fs::read_to_string(SNAPSHOT).unwrap_or_default();
    assert!(
        committed.trim_end() == text.trim_end(),
        "The OpenAPI document differs from tests/snapshots/openapi.json. If the API change is \
         intended, regenerate the snapshot with:\n\n    {REGENERATE}\n\nand commit it."
    );
}

#[tokio::test]
async fn openapi_document_is_3_1_and_covers_every_json_route_and_error() {
    let (_, doc) = served_document().await;
    assert!(
        doc["openapi"].as_str().unwrap().starts_with("3.1"),
        "{}",
        doc["openapi"]
    );
    let paths = doc["paths"].as_object().unwrap();
    let mut listed: Vec<&str> = paths.keys().map(String::as_str).collect();
    listed.sort_unstable();
    assert_eq!(
        listed,
        [
            "/api/v1/interventions",
            "/api/v1/interventions/{slug}",
            "/api/v1/openapi.json",
            "/api/v1/providers",
            "/api/v1/recommendations",
            "/api/v1/regions",
        ]
    );
    let post = &paths["/api/v1/recommendations"]["post"];
    for status in ["200", "400", "413", "415", "422"] {
        assert!(post["responses"][status].is_object(), "{status} documented");
    }
    assert!(paths["/api/v1/interventions/{slug}"]["get"]["responses"]["404"].is_object());
    let schemas = &doc["components"]["schemas"];
    let profile = &schemas["ClientProfile"];
    assert_eq!(
        profile["required"],
        serde_json::json!(["severity", "work_situation"])
    );
    let severity = &profile["properties"]["severity"]["enum"];
    assert_eq!(severity, &serde_json::json!(["cmd", "epa", "unknown"]));
    assert_eq!(profile["properties"]["barriers"]["type"], "array");
    let recommendation = &schemas["RecommendationJson"]["properties"];
    for field in [
        "slug", "name", "rank", "score", "evidence", "reasons", "caveats",
    ] {
        assert!(
            recommendation[field].is_object(),
            "recommendation field {field}"
        );
    }
    assert!(schemas["ApiErrorBody"]["properties"]["field"].is_object());
}

#[tokio::test]
async fn every_documented_path_is_served() {
    let (_, doc) = served_document().await;
    let app = spawn_app().await;
    for (path, item) in doc["paths"].as_object().unwrap() {
        let url = app.url(&path.replace("{slug}", "ips"));
        let response = if item.get("post").is_some() {
            app.client
                .post(url)
                .json(&serde_json::json!({"severity": "cmd", "work_situation": "ww"}))
                .send()
                .await
        } else {
            app.client.get(url).send().await
        };
        assert_eq!(response.unwrap().status(), 200, "{path}");
    }
}
