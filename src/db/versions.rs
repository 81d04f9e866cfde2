//! Versions of a stored item: its fingerprint (for optimistic concurrency: an edit form carries
//! the fingerprint of the item as it was opened, and a save is refused when the stored item no
//! longer has it) and the field-by-field differences between two versions (what the audit log
//! stores and what the logbook and the conflict page show).

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

/// The SHA-256 of an item's JSON form, in hex. Two items have the same fingerprint exactly when
/// they serialise the same (field order is fixed by the row types).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint(String);

impl Fingerprint {
    /// The fingerprint of `item`; `None` (an item that does not exist) has one too, so a form
    /// for a new item can say "it did not exist when I started".
    pub fn of<T: Serialize + ?Sized>(item: &T) -> Self {
        // Through `Value`, so an item and its JSON value (as a conflict carries it) agree.
        let value = serde_json::to_value(item).expect("rows serialise");
        let json = serde_json::to_vec(&value).expect("values serialise");
        Self(
            Sha256::digest(&json)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect(),
        )
    }

    /// The hex form, for the hidden form field.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether a submitted fingerprint is this one. An empty submission (a form from before
    /// fingerprints, or a hand-made request) never matches, so it cannot overwrite blindly.
    pub fn matches(&self, submitted: &str) -> bool {
        self.0 == submitted.trim()
    }
}

impl std::fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A save refused because the item changed since the form was opened; carries the item as it is
/// stored now (`Value::Null` when it was removed meanwhile).
#[derive(Debug, Clone)]
pub struct Stale {
    pub current: Value,
}

/// Why a save with a fingerprint did not happen.
#[derive(Debug)]
pub enum SaveError {
    /// Someone else saved the item first; nothing was written.
    Stale(Stale),
    /// The database failed; the transaction was rolled back.
    Db(sqlx::Error),
}

impl From<sqlx::Error> for SaveError {
    fn from(error: sqlx::Error) -> Self {
        Self::Db(error)
    }
}

/// Checks, inside the save's write transaction, that the stored item (`None` when absent) still
/// has the fingerprint the form was opened with.
pub fn check<T: Serialize>(stored: Option<&T>, submitted: &str) -> Result<(), SaveError> {
    if Fingerprint::of(&stored).matches(submitted) {
        return Ok(());
    }
    Err(SaveError::Stale(Stale {
        current: serde_json::to_value(stored).expect("rows serialise"),
    }))
}

/// One changed field: its path (`name_nl`, `texts[description].text_en`) and the value before
/// and after (`None` where the field did not exist).
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Change {
    pub path: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

/// Every leaf of a JSON value by path (none for `null`, an absent item). Array elements are named by their `id`, `key`, `code`, `field`
/// or `slug` when every element has a distinct one (so inserting a row does not shift every
/// path after it), otherwise by position.
pub fn leaves(value: &Value) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    if !value.is_null() {
        walk(value, String::new(), &mut out);
    }
    out
}

fn walk(value: &Value, path: String, out: &mut BTreeMap<String, Value>) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            for (k, v) in map {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                walk(v, p, out);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            let names = element_names(items);
            for (item, name) in items.iter().zip(names) {
                walk(item, format!("{path}[{name}]"), out);
            }
        }
        _ => {
            out.insert(path, value.clone());
        }
    }
}

fn element_names(items: &[Value]) -> Vec<String> {
    for key in ["id", "key", "code", "field", "slug"] {
        let names: Vec<String> = items
            .iter()
            .filter_map(|i| match i.get(key)? {
                Value::String(s) => Some(s.clone()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            })
            .collect();
        let distinct: std::collections::BTreeSet<_> = names.iter().collect();
        if names.len() == items.len() && distinct.len() == names.len() {
            return names;
        }
    }
    (0..items.len()).map(|i| i.to_string()).collect()
}

/// The fields that differ between two versions, in path order.
pub fn changes(before: &Value, after: &Value) -> Vec<Change> {
    let (b, a) = (leaves(before), leaves(after));
    let mut paths: Vec<&String> = b.keys().chain(a.keys()).collect();
    paths.sort();
    paths.dedup();
    paths
        .into_iter()
        .filter(|p| b.get(*p) != a.get(*p))
        .map(|p| Change {
            path: p.clone(),
            before: b.get(p).cloned(),
            after: a.get(p).cloned(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fingerprint_follows_content() {
        let a = json!({"name": "a", "n": 1});
        assert_eq!(Fingerprint::of(&a), Fingerprint::of(&a.clone()));
        assert_ne!(
            Fingerprint::of(&a),
            Fingerprint::of(&json!({"name": "b", "n": 1}))
        );
        assert!(!Fingerprint::of(&a).matches(""));
        assert!(check(Some(&a), Fingerprint::of(&a).as_str()).is_ok());
        assert!(matches!(check(Some(&a), "x"), Err(SaveError::Stale(_))));
        assert!(check::<Value>(None, Fingerprint::of(&None::<Value>).as_str()).is_ok());
    }

    #[test]
    fn changes_name_rows_by_key_not_position() {
        let before = json!({"name": "a", "texts": [{"field": "goal", "nl": "x"}]});
        let after = json!({"name": "a", "texts": [
            {"field": "aim", "nl": "new"}, {"field": "goal", "nl": "y"}]});
        let c = changes(&before, &after);
        let paths: Vec<&str> = c.iter().map(|c| c.path.as_str()).collect();
        assert_eq!(
            paths,
            ["texts[aim].field", "texts[aim].nl", "texts[goal].nl"]
        );
        assert_eq!(c[2].before, Some(json!("x")));
        assert_eq!(c[2].after, Some(json!("y")));
        assert_eq!(c[0].before, None);
        assert!(changes(&before, &before).is_empty());
        assert_eq!(changes(&Value::Null, &json!({"a": 1}))[0].path, "a");
    }
}
