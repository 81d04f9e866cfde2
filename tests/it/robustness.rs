//! Property tests: whatever a client sends, parsing never panics and bad input is a 4xx.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use interventiewijzer::domain::profile::{ClientProfile, Dimension};
use proptest::prelude::*;
use tower::ServiceExt;

use crate::common::fresh_state;

/// A field name: mostly the profile's own, sometimes anything.
fn field() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::sample::select(Dimension::CODES).prop_map(str::to_owned),
        1 => Just("region".to_owned()),
        1 => ".{0,12}",
    ]
}

/// A value: mostly an allowed code of some question, sometimes anything.
fn value() -> impl Strategy<Value = String> {
    let codes: Vec<&'static str> = Dimension::ALL
        .iter()
        .flat_map(|d| d.allowed_values().iter().copied())
        .collect();
    prop_oneof![
        3 => proptest::sample::select(codes).prop_map(str::to_owned),
        1 => ".{0,16}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn parsing_any_answers_never_panics_and_a_valid_profile_round_trips(
        pairs in proptest::collection::vec((field(), value()), 0..30)
    ) {
        if let Ok(profile) = ClientProfile::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))) {
            let again = ClientProfile::parse(profile.to_pairs());
            prop_assert_eq!(again, Ok(profile));
        }
    }
}

/// Sends `body` to `path` in process and returns the status.
async fn status_of(app: axum::Router, path: &str, content_type: &str, body: Vec<u8>) -> StatusCode {
    let request = Request::post(path)
        .header("content-type", content_type)
        .body(Body::from(body))
        .unwrap();
    app.oneshot(request).await.unwrap().status()
}

fn json_body() -> impl Strategy<Value = Vec<u8>> {
    let json_value = prop_oneof![
        value().prop_map(serde_json::Value::String),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i32>().prop_map(|n| serde_json::json!(n)),
        Just(serde_json::Value::Null),
        proptest::collection::vec(value(), 0..4).prop_map(|v| serde_json::json!(v)),
    ];
    prop_oneof![
        3 => proptest::collection::btree_map(field(), json_value, 0..14)
            .prop_map(|m| serde_json::to_vec(&m).unwrap()),
        1 => proptest::collection::vec(any::<u8>(), 0..200),
    ]
}

fn form_body() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        3 => proptest::collection::vec((field(), value()), 0..20)
            .prop_map(|pairs| serde_urlencoded::to_string(pairs).unwrap().into_bytes()),
        1 => proptest::collection::vec(any::<u8>(), 0..200),
    ]
}

#[test]
fn any_body_sent_to_the_api_or_the_forms_is_answered_with_200_or_a_4xx_never_a_5xx() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let (state, _dir) = runtime.block_on(fresh_state());
    let app = interventiewijzer::app(state);
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(400));
    runner
        .run(&(json_body(), form_body()), |(json, form)| {
            let (api, advice, compare) = runtime.block_on(async {
                (
                    status_of(
                        app.clone(),
                        "/api/v1/recommendations",
                        "application/json",
                        json,
                    )
                    .await,
                    status_of(
                        app.clone(),
                        "/advies",
                        "application/x-www-form-urlencoded",
                        form.clone(),
                    )
                    .await,
                    status_of(
                        app.clone(),
                        "/vergelijk",
                        "application/x-www-form-urlencoded",
                        form,
                    )
                    .await,
                )
            });
            for status in [api, compare] {
                prop_assert!(
                    status == StatusCode::OK || status.is_client_error(),
                    "{status}"
                );
            }
            // A valid questionnaire becomes a case: 303 to its address.
            prop_assert!(
                advice == StatusCode::SEE_OTHER || advice.is_client_error(),
                "{advice}"
            );
            Ok(())
        })
        .unwrap();
}
