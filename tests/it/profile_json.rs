//! Reading a profile from a JSON body (`web::profile_json`): the fast way for the common body
//! with the general way behind it must answer exactly as the general way alone, for any body:
//! the same profile, or the same status, message and field.

use axum::body::Bytes;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header::CONTENT_TYPE};
use interventiewijzer::domain::lang::Lang;
use interventiewijzer::domain::profile::{ClientProfile, Dimension};
use interventiewijzer::web::error::{AppError, JsonError};
use interventiewijzer::web::profile_json::{parse_json_profile, profile_from_body_general};
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::Value;

use crate::common::spawn_app;
use crate::engine::any_profile;

/// A profile or the refusal as the client sees it: status, message, field.
type Outcome = Result<ClientProfile, (StatusCode, String, Option<String>)>;

fn outcome(result: Result<ClientProfile, JsonError>) -> Outcome {
    result.map_err(|JsonError(error)| match error {
        AppError::Refused {
            status,
            message,
            field,
        } => (status, message, field),
        other => panic!("reading a body is refused, never {other:?}"),
    })
}

fn headers(content_type: Option<&'static str>) -> HeaderMap {
    let mut headers = HeaderMap::new();
    if let Some(value) = content_type {
        headers.insert(CONTENT_TYPE, HeaderValue::from_static(value));
    }
    headers
}

/// Both ways for one body: (fast way with the general way behind, general way alone).
fn both_ways(content_type: Option<&'static str>, body: &[u8], lang: Lang) -> (Outcome, Outcome) {
    let headers = headers(content_type);
    let body = Bytes::copy_from_slice(body);
    let new = outcome(parse_json_profile(&headers, Ok(body.clone()), lang));
    let old = outcome(profile_from_body_general(&headers, Ok(body), lang));
    (new, old)
}

/// A JSON string for `text`: as it is, or with its letters `e` and `a` escaped.
fn string(text: &str) -> BoxedStrategy<String> {
    let plain = serde_json::to_string(text).unwrap();
    let escaped = plain.replace('e', "\\u0065").replace('a', "\\u0061");
    select(vec![plain.clone(), plain, escaped]).boxed()
}

/// Keys: every field of the profile, unknown ones (long, non-ASCII), `serde_json`'s raw-value
/// key.
fn any_key() -> impl Strategy<Value = String> {
    let mut keys: Vec<String> = Dimension::ALL.iter().map(|d| d.code().into()).collect();
    keys.extend(["region", "current_interventions", "name", "Severity", ""].map(String::from));
    keys.push("ë".repeat(70));
    keys.push("$serde_json::private::RawValue".into());
    select(keys).prop_flat_map(|key| string(&key))
}

/// Strings: codes of any question, `true`, slugs, a region, text that is none of these.
fn any_text() -> impl Strategy<Value = String> {
    let mut texts: Vec<&str> = Dimension::ALL
        .iter()
        .flat_map(|d| d.allowed_values().iter().copied())
        .collect();
    texts.extend([
        "true",
        "false",
        "",
        "ips",
        "IPS",
        "no such",
        "{\"severity\":\"epa\"}",
    ]);
    texts.extend(["Jan de Vries", "a\\\"b", "\u{1F600}"]);
    select(texts).prop_flat_map(string)
}

/// Any value: the common shapes and the ones the fast way declines.
fn any_value() -> impl Strategy<Value = String> {
    let texts = || proptest::collection::vec(any_text(), 0..4);
    prop_oneof![
        3 => any_text(),
        2 => texts().prop_map(|items| format!("[{}]", items.join(", "))),
        1 => select(vec!["null", "true", "false", "0", "-2.5e3", "12345678901234567890"])
            .prop_map(String::from),
        1 => (texts(), select(vec!["1", "null", "{}", "[\"x\"]", "true"]))
            .prop_map(|(mut items, odd)| {
                items.push(odd.to_owned());
                format!("[{}]", items.join(","))
            }),
        1 => select(vec!["{}", "{\"k\": 1}", "{\"k\": 1, \"k\": 2}", "{\"a\": [{\"b\": 1, \"b\": 1}]}"])
            .prop_map(String::from),
    ]
}

/// An object of entries with whitespace around its tokens.
fn object(entries: Vec<(String, String)>, space: &str) -> String {
    let inner: Vec<String> = entries
        .into_iter()
        .map(|(k, v)| format!("{space}{k}{space}:{space}{v}"))
        .collect();
    format!("{{{}{space}}}", inner.join(","))
}

/// A valid profile's body: questions of one answer as strings (or booleans), barriers and
/// current interventions as lists.
fn valid_body() -> impl Strategy<Value = String> {
    (any_profile(), any::<bool>()).prop_map(|(profile, booleans)| {
        let mut value = serde_json::Map::new();
        for (field, code) in profile.to_pairs() {
            let list = field == "barriers" || field == "current_interventions";
            match (list, code) {
                (true, _) => value
                    .entry(field)
                    .or_insert_with(|| Value::Array(Vec::new()))
                    .as_array_mut()
                    .unwrap()
                    .push(code.into()),
                (false, "yes" | "no") if booleans => {
                    value.insert(field.into(), Value::Bool(code == "yes"));
                }
                (false, _) => {
                    value.insert(field.into(), code.into());
                }
            }
        }
        Value::Object(value).to_string()
    })
}

/// Any body: valid profiles, objects of any keys and values (some twice), then perhaps cut
/// short, given trailing characters or bytes that are not UTF-8, or not an object.
fn any_body() -> impl Strategy<Value = Vec<u8>> {
    let entries = proptest::collection::vec((any_key(), any_value()), 0..8);
    let space = select(vec!["", " ", "\n\t", "\r\n  "]);
    let body = prop_oneof![
        2 => valid_body(),
        3 => (entries, space).prop_map(|(entries, space)| object(entries, space)),
        1 => select(vec!["[]", "\"epa\"", "null", "1", "", " ", "{", "{\"severity\"}"])
            .prop_map(String::from),
    ];
    (body, 0..8u8, any::<prop::sample::Index>()).prop_map(|(body, change, at)| {
        let mut bytes = body.into_bytes();
        match change {
            0 => bytes.truncate(at.index(bytes.len() + 1)),
            1 => bytes.extend_from_slice(b" x"),
            2 => bytes.extend_from_slice(b"}"),
            3 => bytes.insert(at.index(bytes.len() + 1), 0xff),
            _ => {}
        }
        bytes
    })
}

#[test]
fn the_fast_way_answers_every_body_exactly_as_the_general_way() {
    let content_types = vec![
        Some("application/json"),
        Some("application/json"),
        Some("application/fhir+json; charset=utf-8"),
        Some("text/plain"),
        None,
    ];
    let strategy = (
        any_body(),
        select(content_types),
        select(vec![Lang::Nl, Lang::En]),
    );
    let seen = std::cell::RefCell::new(std::collections::BTreeMap::new());
    proptest!(ProptestConfig::with_cases(3000), |((body, content_type, lang) in strategy)| {
        let (new, old) = both_ways(content_type, &body, lang);
        prop_assert_eq!(&new, &old, "body {:?}", String::from_utf8_lossy(&body));
        let kind = old.as_ref().map_or_else(|(status, _, _)| status.as_u16(), |_| 200);
        *seen.borrow_mut().entry(kind).or_insert(0) += 1;
    });
    // Every answer was met, each more than a few times.
    let seen = seen.into_inner();
    for status in [200, 400, 415, 422] {
        let count = seen.get(&status).copied().unwrap_or(0);
        assert!(count > 50, "{status} answered {count} times: {seen:?}");
    }
}

#[test]
fn the_first_wrong_field_in_key_order_is_named_either_way() {
    let body = br#"{"work_situation": 1, "severity": "nope", "barriers": "x"}"#;
    let (new, old) = both_ways(Some("application/json"), body, Lang::En);
    assert_eq!(new, old);
    let (status, _, field) = new.unwrap_err();
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        field.as_deref(),
        Some("barriers"),
        "sorted first, not sent first"
    );
}

#[tokio::test]
async fn escaped_strings_are_read_as_their_text() {
    let app = spawn_app().await;
    let body = r#"{"s\u0065verity": "\u0065pa", "work_situation": "bijstand",
        "barriers": ["s\u0065lf_stigma"], "multiple_problems": true}"#;
    let response = app.recommend_raw(body).await;
    assert_eq!(response.status(), reqwest::StatusCode::OK);
    let plain = serde_json::json!({"severity": "epa", "work_situation": "bijstand",
        "barriers": ["self_stigma"], "multiple_problems": true});
    let expected: Value = app.recommend(&plain).await.json().await.unwrap();
    assert_eq!(response.json::<Value>().await.unwrap(), expected);
}

#[tokio::test]
async fn a_key_sent_twice_or_a_number_is_still_refused_as_before() {
    let app = spawn_app().await;
    for (body, status, field) in [
        (
            r#"{"severity": "epa", "work_situation": "ww", "severity": "cmd"}"#,
            422,
            "severity",
        ),
        (
            r#"{"severity": 1, "work_situation": "ww"}"#,
            422,
            "severity",
        ),
        (r#"{"severity": "epa", "work_situation": "ww"} x"#, 400, ""),
    ] {
        let response = app.recommend_raw(body).await;
        assert_eq!(response.status().as_u16(), status, "{body}");
        let error: Value = response.json().await.unwrap();
        assert_eq!(error["field"].as_str().unwrap_or(""), field, "{body}");
    }
}
