//! Reading a client profile from a JSON request body (`POST /api/v1/recommendations`, the CDS
//! service): `415` when not JSON, `413` when too large, `400` when malformed, `422` for a key
//! sent twice, a body that is not an object, or the first wrong field.
//!
//! Two ways lead to the same answer. The general one reads the body into a
//! [`serde_json::Value`], looks for a key sent twice ([`crate::web::json_keys`]), flattens the
//! object into the `(field, value)` pairs a form would send and parses those. The common body
//! (an object of nulls, booleans, strings and lists of strings, no key twice) takes the fast
//! way ([`fast`]): one pass over the bytes, borrowing the strings. Whatever the fast way does
//! not accept goes the general way, so every error is worded as it always was; a property test
//! (`tests/it/profile_json.rs`) keeps both ways equal.

mod fast;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, StatusCode};
use serde_json::Value;

use crate::domain::lang::Lang;
use crate::domain::profile::{CURRENT_FIELD, ClientProfile, Dimension, ProfileError, REGION_FIELD};
use crate::web::api::BODY_LIMIT;
use crate::web::error::JsonError;
use crate::web::json_keys::KeyProblem;
use crate::web::texts::{self, fill};
use crate::web::wording::profile_error_message;

/// The client profile in a JSON request body: the fast way when the body has the common
/// shape, else the general way ([`profile_from_body_general`]), with the same answer.
pub fn parse_json_profile(
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
    lang: Lang,
) -> Result<ClientProfile, JsonError> {
    let body = checked_body(headers, body, lang)?;
    match fast::profile_from_body(&body, lang) {
        Some(result) => result,
        None => profile_from_json(&value_from_body(&body, lang)?, lang),
    }
}

/// The client profile in a JSON request body, always the general way: [`read_json`], then
/// [`profile_from_json`]. What [`parse_json_profile`] must answer for every body.
pub fn profile_from_body_general(
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
    lang: Lang,
) -> Result<ClientProfile, JsonError> {
    let value = read_json(headers, body, lang)?;
    profile_from_json(&value, lang)
}

/// A JSON request body: `415` when not JSON, `413` when too large, `400` when malformed,
/// `422` when an object has a key twice.
pub fn read_json(
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
    lang: Lang,
) -> Result<Value, JsonError> {
    let body = checked_body(headers, body, lang)?;
    value_from_body(&body, lang)
}

/// Whether the request says it is JSON (`application/json` or any `+json` type).
fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|mime| {
            let mime = mime.trim().to_ascii_lowercase();
            mime == "application/json" || mime.ends_with("+json")
        })
        .unwrap_or(false)
}

/// The body of a JSON request: `415` when not JSON, `413` when too large, else the
/// rejection's own status when it could not be read.
fn checked_body(
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
    lang: Lang,
) -> Result<Bytes, JsonError> {
    let tx = &texts::for_lang(lang).api;
    if !is_json(headers) {
        return Err(JsonError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            tx.not_json,
        ));
    }
    body.map_err(|rejection| {
        let status = rejection.status();
        let message = if status == StatusCode::PAYLOAD_TOO_LARGE {
            fill(tx.too_large, &[("max", &BODY_LIMIT.to_string())])
        } else {
            tx.unreadable.to_owned()
        };
        JsonError::new(status, message)
    })
}

/// The JSON value of `body`: `400` with line and column when malformed, `422` naming the
/// first key sent twice in one object or serde_json's raw-value key.
fn value_from_body(body: &[u8], lang: Lang) -> Result<Value, JsonError> {
    let tx = &texts::for_lang(lang).api;
    let value: Value = serde_json::from_slice(body).map_err(|e| {
        let (line, column) = (e.line().to_string(), e.column().to_string());
        let message = fill(tx.malformed, &[("line", &line), ("column", &column)]);
        JsonError::new(StatusCode::BAD_REQUEST, message)
    })?;
    match crate::web::json_keys::first_key_problem(body) {
        None => Ok(value),
        Some(KeyProblem::Twice(key)) => {
            // Named as far as an unknown field is: a key of kilobytes is not echoed whole.
            let key: String = key.chars().take(64).collect();
            let message = fill(tx.duplicate_key, &[("key", &key)]);
            Err(JsonError::field(
                StatusCode::UNPROCESSABLE_ENTITY,
                &key,
                message,
            ))
        }
        // serde_json's raw-value key: a field no one may send (see `json_keys`).
        Some(KeyProblem::Reserved(key)) => {
            let key: String = key.chars().take(64).collect();
            Err(field_error(ProfileError::UnknownField(key), lang))
        }
    }
}

/// The `422` for a wrong field of the profile, naming it.
fn field_error(error: ProfileError, lang: Lang) -> JsonError {
    JsonError::field(
        StatusCode::UNPROCESSABLE_ENTITY,
        error.field(),
        profile_error_message(&error, lang),
    )
}

/// The `422` for a body that is not a JSON object.
fn not_object(lang: Lang) -> JsonError {
    JsonError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        texts::for_lang(lang).api.not_object,
    )
}

/// The client profile in a JSON value; `422` naming the first wrong field.
pub fn profile_from_json(value: &Value, lang: Lang) -> Result<ClientProfile, JsonError> {
    let pairs = json_to_pairs(value, lang)?
        .into_iter()
        .collect::<Result<Vec<_>, _>>()
        .map_err(|error| field_error(error, lang))?;
    parse_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), lang)
}

/// The profile of `(field, value)` pairs; `422` naming the first wrong field.
fn parse_pairs<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    lang: Lang,
) -> Result<ClientProfile, JsonError> {
    ClientProfile::parse(pairs).map_err(|errors| {
        field_error(
            errors.into_iter().next().expect("errors are not empty"),
            lang,
        )
    })
}

type Pair = Result<(String, String), ProfileError>;

/// Flattens a JSON object into the `(field, value)` pairs a form would send, in the object's
/// key order (sorted: `serde_json` keeps an object in a `BTreeMap`).
fn json_to_pairs(value: &Value, lang: Lang) -> Result<Vec<Pair>, JsonError> {
    let Value::Object(object) = value else {
        return Err(not_object(lang));
    };
    let mut pairs = Vec::new();
    for (key, value) in object {
        if key == REGION_FIELD {
            match value {
                Value::Null => {}
                Value::String(code) => pairs.push(Ok((key.clone(), code.clone()))),
                _ => pairs.push(Err(ProfileError::UnknownRegion)),
            }
            continue;
        }
        if key == CURRENT_FIELD {
            match value {
                Value::Null => {}
                Value::Array(items) => {
                    for item in items {
                        match item {
                            Value::String(s) => pairs.push(Ok((key.clone(), s.clone()))),
                            _ => pairs.push(Err(ProfileError::UnknownIntervention)),
                        }
                    }
                }
                _ => pairs.push(Err(ProfileError::UnknownIntervention)),
            }
            continue;
        }
        let Some(dimension) = Dimension::from_code(key) else {
            let name: String = key.chars().take(64).collect();
            pairs.push(Err(ProfileError::UnknownField(name)));
            continue;
        };
        let wrong = || Err(ProfileError::WrongType(dimension));
        match (value, dimension.is_boolean(), dimension.is_list()) {
            (Value::Null, _, _) => {}
            (Value::Bool(b), true, _) => pairs.push(Ok((key.clone(), b.to_string()))),
            (Value::String(s), _, false) => pairs.push(Ok((key.clone(), s.clone()))),
            (Value::Array(items), _, true) => {
                for item in items {
                    match item {
                        Value::String(s) => pairs.push(Ok((key.clone(), s.clone()))),
                        _ => pairs.push(wrong()),
                    }
                }
            }
            _ => pairs.push(wrong()),
        }
    }
    Ok(pairs)
}
