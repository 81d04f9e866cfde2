//! Bounds on every text an administrator writes (in beheer and in imports): a length, and no
//! control characters (line breaks and tabs aside) or characters that reverse the reading
//! direction, which would make what is shown differ from what is stored. Messages in Dutch.

/// The longest short text: a name, a code, a source, a website.
pub const MAX_SHORT: usize = 500;
/// The longest long text: an explanation, a description, a note.
pub const MAX_LONG: usize = 20_000;

/// Field names that hold short texts (also as the start of a name, such as `name_nl`).
const SHORT_FIELDS: &[&str] = &[
    "slug",
    "code",
    "id",
    "name",
    "title",
    "source",
    "short_name",
    "institute",
    "evidence_source",
    "kind",
    "website",
    "contact",
];

/// Whether `c` may not appear in an administrator's text.
pub fn is_forbidden_char(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t' && c != '\r')
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The longest text allowed in the field called `field`.
pub fn max_for(field: &str) -> usize {
    if SHORT_FIELDS
        .iter()
        .any(|s| field == *s || field.starts_with(&format!("{s}_")))
    {
        MAX_SHORT
    } else {
        MAX_LONG
    }
}

/// What is wrong with `value` as the text of `label` (at most `max` characters).
pub fn text_problem(label: &str, value: &str, max: usize) -> Option<String> {
    let length = value.chars().count();
    if length > max {
        return Some(format!("{label}: hoogstens {max} tekens (nu {length})."));
    }
    if value.chars().any(is_forbidden_char) {
        return Some(format!(
            "{label}: bevat onzichtbare stuurtekens of tekens die de leesrichting omdraaien; haal die weg."
        ));
    }
    None
}

/// What is wrong with a website: empty, or an `http://` or `https://` address without spaces.
pub fn website_problem(label: &str, value: &str) -> Option<String> {
    let lower = value.to_ascii_lowercase();
    let ok = value.is_empty()
        || ((lower.starts_with("https://") || lower.starts_with("http://"))
            && !value.chars().any(char::is_whitespace));
    (!ok).then(|| format!("{label}: een website begint met http:// of https:// (zonder spaties)."))
}

/// Whether a stored website may be shown as a link: `http(s)` only.
pub fn is_web_address(value: &str) -> bool {
    !value.is_empty() && website_problem("", value).is_none()
}

/// Every problem with the texts in `value` (a record or a whole export as JSON), each named
/// by where it is: the list, the record's slug, id or code, and the field.
pub fn problems_in(value: &serde_json::Value) -> Vec<String> {
    let mut problems = Vec::new();
    walk(value, "", "", &mut problems);
    problems
}

fn record_name(object: &serde_json::Map<String, serde_json::Value>) -> Option<String> {
    ["slug", "id", "code", "field"]
        .iter()
        .find_map(|k| object.get(*k))
        .map(|v| match v {
            serde_json::Value::String(s) => s.chars().take(40).collect(),
            other => other.to_string(),
        })
}

fn walk(value: &serde_json::Value, place: &str, field: &str, problems: &mut Vec<String>) {
    match value {
        serde_json::Value::String(text) => {
            let label = format!("{place}veld {field}");
            problems.extend(text_problem(&label, text, max_for(field)));
            if field == "website" {
                problems.extend(website_problem(&label, text));
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                walk(item, place, field, problems);
            }
        }
        serde_json::Value::Object(object) => {
            let place = match record_name(object) {
                Some(name) if !field.is_empty() => format!("{field} '{name}', "),
                _ => place.to_owned(),
            };
            for (key, item) in object {
                walk(item, &place, key, problems);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_control_and_bidi_characters_and_odd_websites_are_named() {
        let value = serde_json::json!({"interventions": [{"slug": "ips", "name_nl": "a".repeat(501)}],
            "rules": [{"id": 3, "text_nl": "x\u{0}y"}, {"id": 4, "text_en": "\u{202e}abc"}],
            "organisations": [{"id": "o", "website": "javascript:alert(1)"}]});
        let problems = problems_in(&value);
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(problems[0].contains("interventions 'ips', veld name_nl: hoogstens 500"));
        assert!(problems.iter().any(|p| p.contains("http://")));
        assert!(problems_in(&serde_json::json!({"t": "regel\nregel\ttab"})).is_empty());
    }
}
