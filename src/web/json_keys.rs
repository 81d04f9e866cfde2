//! Duplicate keys in a JSON body: serde_json keeps the last one silently, so a body could say
//! two things at once. This walk finds the first key that appears twice in one object.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

const MARK: &str = "duplicate key: ";

/// Any JSON value, refusing an object with a key twice.
struct Checked;

impl<'de> Deserialize<'de> for Checked {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(CheckedVisitor)
    }
}

struct CheckedVisitor;

impl<'de> Visitor<'de> for CheckedVisitor {
    type Value = Checked;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Checked, E> {
        Ok(Checked)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Checked, E> {
        Ok(Checked)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Checked, E> {
        Ok(Checked)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Checked, E> {
        Ok(Checked)
    }
    fn visit_str<E>(self, _: &str) -> Result<Checked, E> {
        Ok(Checked)
    }
    fn visit_unit<E>(self) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Checked, A::Error> {
        while seq.next_element::<Checked>()?.is_some() {}
        Ok(Checked)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Checked, A::Error> {
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !seen.insert(key.clone()) {
                return Err(de::Error::custom(format!("{MARK}{key}")));
            }
            map.next_value::<Checked>()?;
        }
        Ok(Checked)
    }
}

/// The first key that appears twice in one object of `body` (valid JSON), if any.
pub fn first_duplicate(body: &[u8]) -> Option<String> {
    let error = serde_json::from_slice::<Checked>(body).err()?;
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
            first_duplicate(br#"{"x": [{"k": 1, "k": 2}]}"#).as_deref(),
            Some("k")
        );
    }
}
