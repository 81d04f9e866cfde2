//! The fields of the row editors (route facts, funding lines, plan rules): what a form shows,
//! and the checks each field gets, with messages at the field in the page's language. The
//! checks are the knowledge-base build's own (known source, codes from their lists, questions
//! and answers of a condition, YYYY-YYYY periods, bounds on text), said per field.

use crate::domain::bounds;
use crate::domain::knowledge::{KnowledgeBase, Source};
use crate::domain::lang::Lang;
use crate::domain::profile::Dimension;
use crate::domain::route::Period;
use crate::web::texts::{self, EditorsTexts};

/// One field of an editor's form.
pub struct FieldView {
    /// The form name and element id.
    pub name: &'static str,
    pub label: &'static str,
    pub hint: Option<&'static str>,
    pub value: String,
    /// `text`, `textarea` or `select`.
    pub kind: &'static str,
    /// For a select: (code, label).
    pub options: Vec<(String, String)>,
    pub error: Option<String>,
}

impl FieldView {
    /// A one-line text field.
    pub fn text(name: &'static str, label: &'static str, value: impl Into<String>) -> Self {
        Self {
            name,
            label,
            hint: None,
            value: value.into(),
            kind: "text",
            options: Vec::new(),
            error: None,
        }
    }

    /// A text area.
    pub fn area(name: &'static str, label: &'static str, value: impl Into<String>) -> Self {
        Self {
            kind: "textarea",
            ..Self::text(name, label, value)
        }
    }

    /// A choice among codes, each shown with its label.
    pub fn select(
        name: &'static str,
        label: &'static str,
        value: impl Into<String>,
        options: Vec<(String, String)>,
    ) -> Self {
        Self {
            kind: "select",
            options,
            ..Self::text(name, label, value)
        }
    }

    /// Whether the value is one of the options (else a refused form shows it as an extra one).
    pub fn in_options(&self) -> bool {
        self.options.iter().any(|(code, _)| *code == self.value)
    }

    /// The same field with a hint below its label.
    pub fn hint(mut self, hint: &'static str) -> Self {
        self.hint = Some(hint);
        self
    }
}

/// A submitted form: its fields trimmed, line ends as `\n`.
pub struct Submitted(pub Vec<(String, String)>);

impl Submitted {
    /// The value of `name`, or "".
    pub fn get(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().replace("\r\n", "\n"))
            .unwrap_or_default()
    }
}

/// What is wrong with a submitted form, field by field, in the page's language.
pub struct Problems {
    pub lang: Lang,
    pub list: Vec<(String, String)>,
}

impl Problems {
    /// None yet.
    pub fn new(lang: Lang) -> Self {
        Self {
            lang,
            list: Vec::new(),
        }
    }

    /// The editors' texts in the page's language.
    pub fn tx(&self) -> &'static EditorsTexts {
        &texts::for_lang(self.lang).editors
    }

    /// Adds a message at `field` ("" for the form as a whole).
    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        self.list.push((field.to_owned(), message.into()));
    }

    /// The messages at `field`, joined.
    pub fn at(&self, field: &str) -> Option<String> {
        let here: Vec<&str> = self
            .list
            .iter()
            .filter(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
            .collect();
        (!here.is_empty()).then(|| here.join(" "))
    }

    /// A required text, bounded as the knowledge base bounds a field called `name`.
    pub fn text(&mut self, field: &str, name: &str, value: &str, required: bool) {
        if required && value.is_empty() {
            self.add(field, self.tx().err_required);
        }
        let (max, length) = (bounds::max_for(name), value.chars().count());
        if length > max {
            let message = self
                .tx()
                .err_too_long
                .replace("{max}", &max.to_string())
                .replace("{length}", &length.to_string());
            self.add(field, message);
        }
        if value.chars().any(bounds::is_forbidden_char) {
            self.add(field, self.tx().err_control);
        }
    }

    /// A citation: required, and every part names a known source.
    pub fn source(&mut self, field: &str, value: &str, sources: &[Source]) {
        self.text(field, "source", value, true);
        let known = |part: &str| sources.iter().any(|s| part.starts_with(&s.short_name));
        if !value.is_empty() && !value.split(';').map(str::trim).all(known) {
            let names: Vec<&str> = sources.iter().map(|s| s.short_name.as_str()).collect();
            let message = self
                .tx()
                .err_source
                .replace("{citation}", value)
                .replace("{known}", &names.join(", "));
            self.add(field, message);
        }
    }

    /// A code from a closed list.
    pub fn choice(&mut self, field: &str, value: &str, allowed: &[&str]) {
        if !allowed.contains(&value) {
            let message = self
                .tx()
                .err_choose
                .replace("{value}", value)
                .replace("{allowed}", &allowed.join(", "));
            self.add(field, message);
        }
    }

    /// Intervention slugs separated by spaces, each known.
    pub fn slugs(&mut self, field: &str, value: &str, kb: &KnowledgeBase) {
        let slugs: Vec<&str> = kb.interventions().iter().map(|i| i.slug.as_str()).collect();
        for slug in value.split_whitespace() {
            self.choice(field, slug, &slugs);
        }
    }

    /// A condition (`question=code,code ...`); `only` limits the questions it may name.
    pub fn condition(&mut self, field: &str, value: &str, only: Option<&[Dimension]>) {
        let tx = self.tx();
        let mut seen: Vec<Dimension> = Vec::new();
        for part in value.split_whitespace() {
            let Some((name, codes)) = part.split_once('=') else {
                self.add(field, tx.err_condition_form.replace("{part}", part));
                continue;
            };
            let Some(dimension) = Dimension::from_code(name) else {
                let all: Vec<&str> = Dimension::ALL.iter().map(|d| d.code()).collect();
                let message = tx
                    .err_condition_question
                    .replace("{name}", name)
                    .replace("{allowed}", &all.join(", "));
                self.add(field, message);
                continue;
            };
            if seen.contains(&dimension) {
                self.add(field, tx.err_condition_twice.replace("{name}", name));
            }
            seen.push(dimension);
            if only.is_some_and(|only| !only.contains(&dimension)) {
                self.add(field, tx.err_condition_responsible);
            }
            for code in codes.split(',') {
                if !dimension.allowed_values().contains(&code) {
                    let message = tx
                        .err_condition_code
                        .replace("{code}", code)
                        .replace("{name}", name)
                        .replace("{allowed}", &dimension.allowed_values().join(", "));
                    self.add(field, message);
                }
            }
        }
    }

    /// Empty, or a period `YYYY-YYYY`.
    pub fn period(&mut self, field: &str, value: &str) {
        if !value.is_empty() && Period::parse(value).is_none() {
            self.add(field, self.tx().err_period);
        }
    }

    /// A whole number from 0 to 100000.
    pub fn number(&mut self, field: &str, value: &str) -> i64 {
        match value.parse::<i64>() {
            Ok(n) if (0..=100_000).contains(&n) => n,
            _ => {
                self.add(field, self.tx().err_number);
                0
            }
        }
    }
}

/// Codes as select options labelled by themselves.
pub fn codes(list: &[&str]) -> Vec<(String, String)> {
    list.iter()
        .map(|c| (c.to_string(), c.to_string()))
        .collect()
}

/// The interventions as select options.
pub fn interventions(kb: &KnowledgeBase, lang: Lang) -> Vec<(String, String)> {
    kb.interventions()
        .iter()
        .map(|i| (i.slug.clone(), format!("{} ({})", i.name.get(lang), i.slug)))
        .collect()
}
