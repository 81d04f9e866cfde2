//! Duplicate keys in a JSON body: serde_json keeps the last one silently, so a body could say
//! two things at once. This walk finds the first key that appears twice in one object.

use std::borrow::Cow;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

const MARK: &str = "duplicate key: ";

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

/// An object's key, borrowed from the body unless it has escapes.
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a key")
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
        while let Some(key) = map.next_key_seed(Key)? {
            let path = Path::Key(&self.path, &key);
            if seen.contains(&key) {
                let mut message = MARK.to_owned();
                path.write(&mut message);
                return Err(de::Error::custom(message));
            }
            map.next_value_seed(Checked { path })?;
            seen.insert(key);
        }
        Ok(())
    }
}

/// The first key that appears twice in one object of `body` (valid JSON), if any, with its
/// path from the top (`severity`, `context.profile.severity`, `feedback[0].outcome`).
pub fn first_duplicate(body: &[u8]) -> Option<String> {
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let error = Checked { path: Path::Top }
        .deserialize(&mut deserializer)
        .err()?;
    let text = error.to_string();
    let rest = text.strip_prefix(MARK)?;
    Some(
        rest.rsplit_once(" at line ")
            .map_or(rest, |(key, _)| key)
            .to_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::first_duplicate;

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
}
