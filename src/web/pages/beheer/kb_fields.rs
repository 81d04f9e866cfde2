//! The fields of the row editors (route facts, funding lines, plan rules): what a form shows
//! (label, hint, value, the labels of a choice's codes) and the submitted values. The checks
//! each field gets are [`super::field_errors::FieldErrors`]'s.

use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;

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

    /// The value as the form shows it: a choice's label, else the value itself.
    pub fn shown(&self) -> String {
        self.options
            .iter()
            .find(|(code, _)| *code == self.value)
            .map_or_else(|| self.value.clone(), |(_, label)| label.clone())
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

/// Codes as select options labelled by themselves.
pub fn codes(list: &[&str]) -> Vec<(String, String)> {
    labelled(list, |c| c.to_owned())
}

/// Codes as select options labelled `label (code)` (the code alone where it has no label).
pub fn labelled(list: &[&str], label: impl Fn(&str) -> String) -> Vec<(String, String)> {
    list.iter()
        .map(|c| {
            let label = label(c);
            let shown = if label.is_empty() || label == *c {
                c.to_string()
            } else {
                format!("{label} ({c})")
            };
            (c.to_string(), shown)
        })
        .collect()
}

/// The interventions as select options.
pub fn interventions(kb: &KnowledgeBase, lang: Lang) -> Vec<(String, String)> {
    kb.interventions()
        .iter()
        .map(|i| (i.slug.clone(), format!("{} ({})", i.name.get(lang), i.slug)))
        .collect()
}
