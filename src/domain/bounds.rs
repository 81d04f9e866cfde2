//! Bounds on every text an administrator writes (in beheer and in imports): a length, and no
//! control characters (line breaks and tabs aside) or characters that reverse the reading
//! direction, which would make what is shown differ from what is stored. Problems are codes
//! with their place ([`TextProblem`], [`PlacedProblem`]); `db::text_problems` words them.

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

/// What is wrong with an administrator's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextProblem {
    /// Longer than `max` characters (`length` now).
    TooLong { max: usize, length: usize },
    /// Holds control characters or characters that reverse the reading direction.
    ForbiddenChars,
    /// A website that is not an `http://` or `https://` address without spaces.
    NotAWebsite,
}

/// A text problem and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlacedProblem {
    /// The list and the record's slug, id or code (`("interventions", "ips")`), when the
    /// field is inside a named record of a list.
    pub record: Option<(String, String)>,
    /// The field's name (`name_nl`).
    pub field: String,
    pub problem: TextProblem,
}

/// What is wrong with `value` as a text of at most `max` characters.
pub fn text_problem(value: &str, max: usize) -> Option<TextProblem> {
    let length = value.chars().count();
    if length > max {
        return Some(TextProblem::TooLong { max, length });
    }
    value
        .chars()
        .any(is_forbidden_char)
        .then_some(TextProblem::ForbiddenChars)
}

/// What is wrong with a website: empty, or an `http://` or `https://` address without spaces.
pub fn website_problem(value: &str) -> Option<TextProblem> {
    let lower = value.to_ascii_lowercase();
    let ok = value.is_empty()
        || ((lower.starts_with("https://") || lower.starts_with("http://"))
            && !value.chars().any(char::is_whitespace));
    (!ok).then_some(TextProblem::NotAWebsite)
}

/// Whether a stored website may be shown as a link: `http(s)` only.
pub fn is_web_address(value: &str) -> bool {
    !value.is_empty() && website_problem(value).is_none()
}

/// Every problem with the texts in `value` (a record or a whole export as JSON), each with
/// where it is: the list, the record's slug, id or code, and the field.
pub fn problems_in(value: &serde_json::Value) -> Vec<PlacedProblem> {
    let mut problems = Vec::new();
    walk(value, None, "", &mut problems);
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

fn walk(
    value: &serde_json::Value,
    record: Option<&(String, String)>,
    field: &str,
    problems: &mut Vec<PlacedProblem>,
) {
    match value {
        serde_json::Value::String(text) => {
            let website = (field == "website")
                .then(|| website_problem(text))
                .flatten();
            for problem in text_problem(text, max_for(field))
                .into_iter()
                .chain(website)
            {
                problems.push(PlacedProblem {
                    record: record.cloned(),
                    field: field.to_owned(),
                    problem,
                });
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                walk(item, record, field, problems);
            }
        }
        serde_json::Value::Object(object) => {
            let named = match record_name(object) {
                Some(name) if !field.is_empty() => Some((field.to_owned(), name)),
                _ => record.cloned(),
            };
            for (key, item) in object {
                walk(item, named.as_ref(), key, problems);
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
        assert_eq!(
            problems[0],
            PlacedProblem {
                record: Some(("interventions".to_owned(), "ips".to_owned())),
                field: "name_nl".to_owned(),
                problem: TextProblem::TooLong {
                    max: 500,
                    length: 501
                },
            }
        );
        let kinds: Vec<&TextProblem> = problems.iter().map(|p| &p.problem).collect();
        assert_eq!(
            kinds
                .iter()
                .filter(|k| ***k == TextProblem::ForbiddenChars)
                .count(),
            2
        );
        assert!(kinds.contains(&&TextProblem::NotAWebsite));
        assert!(problems_in(&serde_json::json!({"t": "regel\nregel\ttab"})).is_empty());
    }
}
