//! Keys a JSON body must not have. A key twice in one object: serde_json keeps the last one
//! silently, so a body could say two things at once. And serde_json's private raw-value key
//! ([`RAW_VALUE_TOKEN`]; axum turns that feature on): as the first key of an object, it makes
//! serde_json read the object as the JSON text in its value, which this walk does not see, so
//! a key twice could hide in it. This walk finds the first such key.

use std::borrow::Cow;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

const MARK: &str = "duplicate key: ";
const RESERVED_MARK: &str = "reserved key: ";

/// The key with which `serde_json` (feature `raw_value`) reads an object whose first key it is
/// as the JSON text in its value.
pub const RAW_VALUE_TOKEN: &str = "$serde_json::private::RawValue";

/// What is wrong with a key, with the key's path from the top (`severity`,
/// `context.profile.severity`, `feedback[0].outcome`).
#[derive(Debug, PartialEq, Eq)]
pub enum KeyProblem {
    /// The key appears twice in one object.
    Twice(String),
    /// The key is serde_json's raw-value key.
    Reserved(String),
}

/// Where a value is in the body: the top, a key of an object or an item of an array. Written
/// out (`context.profile.severity`, `feedback[0].outcome`) only for the key found twice.
#[derive(Clone, Copy)]
enum Path<'a> {
    Top,
    Key(&'a Path<'a>, &'a str),
    Item(&'a Path<'a>, usize),
}

impl Path<'_> {
    fn write(&self, out: &mut String) {
        match *self {
            Path::Top => {}
            Path::Key(parent, key) => {
                parent.write(out);
                if !matches!(parent, Path::Top) {
                    out.push('.');
                }
                out.push_str(key);
            }
            Path::Item(parent, index) => {
                parent.write(out);
                out.push_str(&format!("[{index}]"));
            }
        }
    }
}

/// Any JSON value at `path`, refusing an object with a key twice; the error names the key
/// with its path.
struct Checked<'p> {
    path: Path<'p>,
}

impl<'de> DeserializeSeed<'de> for Checked<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

/// A string (an object's key, or a value where a string must stand), borrowed from the body
/// unless it has escapes; anything else is an error. Also what the fast body reading
/// (`web::profile_json`) reads its keys and strings with.
pub(crate) struct BorrowedStr;

impl<'de> DeserializeSeed<'de> for BorrowedStr {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for BorrowedStr {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E>(self, key: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(key))
    }

    fn visit_str<E>(self, key: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(key.to_owned()))
    }
}

impl<'de> Visitor<'de> for Checked<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0usize;
        loop {
            let path = Path::Item(&self.path, index);
            if seq.next_element_seed(Checked { path })?.is_none() {
                return Ok(());
            }
            index += 1;
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key_seed(BorrowedStr)? {
            let path = Path::Key(&self.path, &key);
            let mark = if key == RAW_VALUE_TOKEN {
                Some(RESERVED_MARK)
            } else if seen.contains(&key) {
                Some(MARK)
            } else {
                None
            };
            if let Some(mark) = mark {
                let mut message = mark.to_owned();
                path.write(&mut message);
                return Err(de::Error::custom(message));
            }
            map.next_value_seed(Checked { path })?;
            seen.insert(key);
        }
        Ok(())
    }
}

/// The first key of `body` (valid JSON) that appears twice in one object or is the raw-value
/// key, if any.
pub fn first_key_problem(body: &[u8]) -> Option<KeyProblem> {
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let error = Checked { path: Path::Top }
        .deserialize(&mut deserializer)
        .err()?;
    let text = error.to_string();
    let path = |rest: &str| {
        rest.rsplit_once(" at line ")
            .map_or(rest, |(key, _)| key)
            .to_owned()
    };
    if let Some(rest) = text.strip_prefix(MARK) {
        Some(KeyProblem::Twice(path(rest)))
    } else {
        text.strip_prefix(RESERVED_MARK)
            .map(|rest| KeyProblem::Reserved(path(rest)))
    }
}

#[cfg(test)]
mod tests {
    use super::{KeyProblem, first_key_problem};

    fn first_duplicate(body: &[u8]) -> Option<String> {
        match first_key_problem(body)? {
            KeyProblem::Twice(path) => Some(path),
            KeyProblem::Reserved(path) => panic!("reserved key {path}"),
        }
    }

    #[test]
    fn the_first_repeated_key_is_named_at_any_depth() {
        assert_eq!(first_duplicate(br#"{"a": 1, "b": 2}"#), None);
        assert_eq!(
            first_duplicate(br#"{"severity": "cmd", "severity": "epa"}"#).as_deref(),
            Some("severity")
        );
        assert_eq!(
            first_duplicate(br#"{"x": [{"k": 1}, {"k": 1, "k": 2}]}"#).as_deref(),
            Some("x[1].k")
        );
        assert_eq!(
            first_duplicate(br#"{"context": {"profile": {"severity": "cmd", "severity": "epa"}}}"#)
                .as_deref(),
            Some("context.profile.severity")
        );
    }

    #[test]
    fn the_raw_value_key_is_refused_at_any_depth() {
        let hidden = br#"{"$serde_json::private::RawValue": "{\"a\": 1, \"a\": 2}"}"#;
        assert_eq!(
            first_key_problem(hidden),
            Some(KeyProblem::Reserved(
                "$serde_json::private::RawValue".into()
            ))
        );
        assert_eq!(
            first_key_problem(
                br#"{"context": {"profile": {"$serde_json::private::RawValue": 1}}}"#
            ),
            Some(KeyProblem::Reserved(
                "context.profile.$serde_json::private::RawValue".into()
            ))
        );
        assert_eq!(first_key_problem(br#"{"RawValue": 1}"#), None);
    }
}
