//! Duplicate keys in a JSON body: serde_json keeps the last one silently, so a body could say
//! two things at once. This walk finds the first key that appears twice in one object.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

const MARK: &str = "duplicate key: ";

/// Any JSON value at `path` (dotted, `[n]` for array items), refusing an object with a key
/// twice; the error names the key with its path, e.g. `context.profile.severity`.
struct Checked<'p> {
    path: &'p str,
}

impl<'de> DeserializeSeed<'de> for Checked<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
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
            let path = format!("{}[{index}]", self.path);
            if seq.next_element_seed(Checked { path: &path })?.is_none() {
                return Ok(());
            }
            index += 1;
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            let path = if self.path.is_empty() {
                key.clone()
            } else {
                format!("{}.{key}", self.path)
            };
            if !seen.insert(key) {
                return Err(de::Error::custom(format!("{MARK}{path}")));
            }
            map.next_value_seed(Checked { path: &path })?;
        }
        Ok(())
    }
}

/// The first key that appears twice in one object of `body` (valid JSON), if any, with its
/// path from the top (`severity`, `context.profile.severity`, `feedback[0].outcome`).
pub fn first_duplicate(body: &[u8]) -> Option<String> {
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let error = Checked { path: "" }.deserialize(&mut deserializer).err()?;
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
