//! The fast way to a profile for the common body: a JSON object whose values are null, a
//! boolean, a string or a list of strings, with no key twice. One pass of `serde_json` over
//! the bytes, borrowing every string that has no escapes; the pairs are those the general way
//! ([`super::json_to_pairs`]) would make, in the same order, with the same first error.
//!
//! Any other body (a number, a nested object, a list with anything but strings, a key twice,
//! malformed JSON, ...) is declined with `None` and goes the general way, which words its
//! error.

use std::borrow::Cow;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, Error as _, MapAccess, SeqAccess, Visitor};

use super::{field_error, parse_pairs};
use crate::domain::lang::Lang;
use crate::domain::profile::{CURRENT_FIELD, ClientProfile, Dimension, ProfileError, REGION_FIELD};
use crate::web::error::JsonError;
use crate::web::json_keys::{BorrowedStr, RAW_VALUE_TOKEN};

/// A value the fast way accepts.
enum Shape<'de> {
    Null,
    Bool(bool),
    Text(Cow<'de, str>),
    Texts(Vec<Cow<'de, str>>),
}

/// A key and its value, both borrowed from the body where they have no escapes.
type Entry<'de> = (Cow<'de, str>, Shape<'de>);

/// The profile in `body`, or `None` when the body is not of the common shape.
pub(super) fn profile_from_body(
    body: &[u8],
    lang: Lang,
) -> Option<Result<ClientProfile, JsonError>> {
    let entries = sorted_entries(body)?;
    let mut pairs = Vec::with_capacity(entries.len() + 4);
    for (key, value) in &entries {
        if let Err(error) = push_pairs(key, value, &mut pairs) {
            return Some(Err(field_error(error, lang)));
        }
    }
    Some(parse_pairs(pairs, lang))
}

/// The entries of the object in `body` in sorted key order (the order of a `serde_json`
/// object), or `None` unless the body is an object of the common shape with no key twice.
fn sorted_entries(body: &[u8]) -> Option<Vec<Entry<'_>>> {
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let mut entries = deserializer.deserialize_map(Object).ok()?;
    deserializer.end().ok()?;
    entries.sort_unstable_by(|(a, _), (b, _)| a.cmp(b));
    let twice = entries.windows(2).any(|w| w[0].0 == w[1].0);
    let raw = entries.iter().any(|(key, _)| key == RAW_VALUE_TOKEN);
    (!twice && !raw).then_some(entries)
}

/// What a key of the profile is.
enum Field {
    Region,
    Current,
    Answer(Dimension),
}

/// What `key` is, or the unknown field named by its first 64 characters.
fn field(key: &str) -> Result<Field, ProfileError> {
    if key == REGION_FIELD {
        return Ok(Field::Region);
    }
    if key == CURRENT_FIELD {
        return Ok(Field::Current);
    }
    Dimension::from_code(key)
        .map(Field::Answer)
        .ok_or_else(|| ProfileError::UnknownField(key.chars().take(64).collect()))
}

/// Adds the `(field, value)` pairs of one entry, as a form would send them; the error the
/// general way makes of the entry, if any.
fn push_pairs<'a>(
    key: &'a str,
    value: &'a Shape<'_>,
    pairs: &mut Vec<(&'a str, &'a str)>,
) -> Result<(), ProfileError> {
    let texts = |items: &'a [Cow<'_, str>]| items.iter().map(move |s| (key, s.as_ref()));
    match (field(key)?, value) {
        (_, Shape::Null) => {}
        (Field::Region, Shape::Text(code)) => pairs.push((key, code)),
        (Field::Region, _) => return Err(ProfileError::UnknownRegion),
        (Field::Current, Shape::Texts(items)) => pairs.extend(texts(items)),
        (Field::Current, _) => return Err(ProfileError::UnknownIntervention),
        (Field::Answer(d), Shape::Bool(b)) if d.is_boolean() => {
            pairs.push((key, if *b { "true" } else { "false" }));
        }
        (Field::Answer(d), Shape::Text(s)) if !d.is_list() => pairs.push((key, s)),
        (Field::Answer(d), Shape::Texts(items)) if d.is_list() => pairs.extend(texts(items)),
        (Field::Answer(d), _) => return Err(ProfileError::WrongType(d)),
    }
    Ok(())
}

/// Reads the top-level object into its entries, in the body's order.
struct Object;

impl<'de> Visitor<'de> for Object {
    type Value = Vec<Entry<'de>>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(8));
        while let Some(key) = map.next_key_seed(BorrowedStr)? {
            entries.push((key, map.next_value_seed(AnyShape)?));
        }
        Ok(entries)
    }
}

/// A value of the common shape; anything else is an error.
struct AnyShape;

impl<'de> DeserializeSeed<'de> for AnyShape {
    type Value = Shape<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for AnyShape {
    type Value = Shape<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("null, a boolean, a string or a list of strings")
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Shape::Null)
    }

    fn visit_bool<E>(self, b: bool) -> Result<Self::Value, E> {
        Ok(Shape::Bool(b))
    }

    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Self::Value, E> {
        Ok(Shape::Text(Cow::Borrowed(s)))
    }

    fn visit_str<E>(self, s: &str) -> Result<Self::Value, E> {
        Ok(Shape::Text(Cow::Owned(s.to_owned())))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(4));
        while let Some(item) = seq.next_element_seed(BorrowedStr)? {
            items.push(item);
        }
        Ok(Shape::Texts(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(A::Error::custom("a nested object goes the general way"))
    }
}

#[cfg(test)]
mod tests {
    use super::sorted_entries;

    fn keys(body: &[u8]) -> Option<Vec<String>> {
        sorted_entries(body).map(|entries| entries.into_iter().map(|(k, _)| k.into()).collect())
    }

    #[test]
    fn the_common_body_takes_the_fast_way_in_sorted_key_order() {
        let typical = include_bytes!("../../../benches/http-profile.json");
        assert!(keys(typical).is_some());
        let body = br#" {"work_wish": null, "multiple_problems": true, "s\u0065verity": "\u0065pa",
            "barriers": [], "region": "x"} "#;
        assert_eq!(
            keys(body).unwrap(),
            [
                "barriers",
                "multiple_problems",
                "region",
                "severity",
                "work_wish"
            ]
        );
    }

    #[test]
    fn any_other_body_is_left_to_the_general_way() {
        for body in [
            &br#"{"severity": 1}"#[..],
            br#"{"severity": {}}"#,
            br#"{"barriers": ["x", null]}"#,
            br#"{"severity": "epa", "s\u0065verity": "epa"}"#,
            br#"{"$serde_json::private::RawValue": "{}"}"#,
            br#"{"severity": "epa"} x"#,
            br#"{"severity": "epa",}"#,
            br#"["severity"]"#,
            b"",
            b"{\"severity\": \"\xff\"}",
        ] {
            assert!(keys(body).is_none(), "{}", String::from_utf8_lossy(body));
        }
    }
}
