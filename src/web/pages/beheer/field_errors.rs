//! What is wrong with a submitted administrator form, field by field: [`FieldErrors`], with
//! the checks every editor shares (required, bounded text, known source, a code from a list,
//! a condition, a period, a number). Messages are in the page's language; templates show
//! [`FieldErrors::at`] beside each field and [`FieldErrors::all`] in the summary on top
//! (`beheer/fields.html`). The checks are the knowledge-base build's own, said per field.

use crate::domain::bounds;
use crate::domain::knowledge::{KnowledgeBase, Source, cites_known_source};
use crate::domain::lang::Lang;
use crate::domain::profile::Dimension;
use crate::domain::route::Period;
use crate::web::texts::{self, Texts};

/// One message at one field.
#[derive(Debug, Clone)]
pub struct FieldError {
    /// The field's `id` in the form (the summary links to it); "" for the form as a whole.
    pub field: String,
    /// The field's label, for the summary on top ("" when none was given).
    pub label: String,
    pub message: String,
}

/// What is wrong with a submitted form, field by field; messages are already in the page's
/// language. Templates show [`FieldErrors::at`] beside each field and the whole list on top.
#[derive(Debug, Clone)]
pub struct FieldErrors {
    lang: Lang,
    list: Vec<FieldError>,
    labels: Vec<(String, String)>,
}

impl FieldErrors {
    /// No errors yet, for a page in `lang`.
    pub fn new(lang: Lang) -> Self {
        Self {
            lang,
            list: Vec::new(),
            labels: Vec::new(),
        }
    }

    /// Names the field `id` for the summary on top (messages added before or after).
    pub fn label(&mut self, id: &str, label: impl Into<String>) {
        let label = label.into();
        for e in self.list.iter_mut().filter(|e| e.field == id) {
            e.label.clone_from(&label);
        }
        self.labels.push((id.to_owned(), label));
    }

    /// The page language, to build messages in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Adds a message at `field`.
    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        let label = self
            .labels
            .iter()
            .find(|(id, _)| id == field)
            .map(|(_, l)| l.clone())
            .unwrap_or_default();
        self.list.push(FieldError {
            field: field.to_owned(),
            label,
            message: message.into(),
        });
    }

    /// The texts in the page's language, to build messages from (`errors.tx().beheer.…`).
    pub fn tx(&self) -> &'static Texts {
        texts::for_lang(self.lang)
    }

    /// Adds "fill in this field" at `field` when `value` is empty.
    pub fn require(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.add(field, self.tx().beheer.err_required);
        }
    }

    /// Adds a message at `field` when `value` is longer than a text called `name` may be (see
    /// [`crate::domain::bounds::max_for`]) or holds control or reading-direction characters.
    pub fn check_text(&mut self, field: &str, name: &str, value: &str) {
        let (max, length) = (bounds::max_for(name), value.chars().count());
        if length > max {
            let message = texts::fill(
                texts::for_lang(self.lang).beheer.err_too_long,
                &[("max", &max.to_string()), ("length", &length.to_string())],
            );
            self.add(field, message);
        }
        if value.chars().any(bounds::is_forbidden_char) {
            self.add(field, self.tx().beheer.err_control_chars);
        }
    }

    /// Adds a message at `field` when a citation ("A, 1.2; B") names a source the knowledge
    /// base does not know; the message lists the known short names.
    pub fn check_source(&mut self, field: &str, citation: &str, sources: &[Source]) {
        if citation.trim().is_empty() || cites_known_source(sources, citation) {
            return;
        }
        let known: Vec<&str> = sources.iter().map(|s| s.short_name.as_str()).collect();
        let message = texts::fill(
            texts::for_lang(self.lang).beheer.err_unknown_source,
            &[("citation", citation.trim()), ("known", &known.join(", "))],
        );
        self.add(field, message);
    }

    /// Adds "fill in this field" when `value` is empty, and checks it as a text called `name`.
    pub fn required_text(&mut self, field: &str, name: &str, value: &str) {
        self.require(field, value);
        self.check_text(field, name, value);
    }

    /// A citation: required, bounded, and every part names a known source.
    pub fn citation(&mut self, field: &str, value: &str, sources: &[Source]) {
        self.required_text(field, "source", value);
        self.check_source(field, value, sources);
    }

    /// Adds a message at `field` when `value` is not one of the codes `allowed` (listed).
    pub fn check_choice(&mut self, field: &str, value: &str, allowed: &[&str]) {
        if !allowed.contains(&value) {
            let message = texts::fill(
                self.tx().editors.err_choose,
                &[("value", value), ("allowed", &allowed.join(", "))],
            );
            self.add(field, message);
        }
    }

    /// Intervention slugs separated by spaces, each known.
    pub fn check_slugs(&mut self, field: &str, value: &str, kb: &KnowledgeBase) {
        let slugs: Vec<&str> = kb.interventions().iter().map(|i| i.slug.as_str()).collect();
        for slug in value.split_whitespace() {
            self.check_choice(field, slug, &slugs);
        }
    }

    /// A condition (`question=code,code ...`); `only` limits the questions it may name.
    pub fn check_condition(&mut self, field: &str, value: &str, only: Option<&[Dimension]>) {
        let tx = &self.tx().editors;
        let mut seen: Vec<Dimension> = Vec::new();
        for part in value.split_whitespace() {
            let Some((name, codes)) = part.split_once('=') else {
                self.add(field, texts::fill(tx.err_condition_form, &[("part", part)]));
                continue;
            };
            let Some(dimension) = Dimension::from_code(name) else {
                let all: Vec<&str> = Dimension::ALL.iter().map(|d| d.code()).collect();
                let message = texts::fill(
                    tx.err_condition_question,
                    &[("name", name), ("allowed", &all.join(", "))],
                );
                self.add(field, message);
                continue;
            };
            if seen.contains(&dimension) {
                self.add(
                    field,
                    texts::fill(tx.err_condition_twice, &[("name", name)]),
                );
            }
            seen.push(dimension);
            if only.is_some_and(|only| !only.contains(&dimension)) {
                self.add(field, tx.err_condition_responsible);
            }
            for code in codes.split(',') {
                if !dimension.allowed_values().contains(&code) {
                    let allowed = dimension.allowed_values().join(", ");
                    let message = texts::fill(
                        tx.err_condition_code,
                        &[("code", code), ("name", name), ("allowed", &allowed)],
                    );
                    self.add(field, message);
                }
            }
        }
    }

    /// Empty, or a period `YYYY-YYYY`.
    pub fn check_period(&mut self, field: &str, value: &str) {
        if !value.is_empty() && Period::parse(value).is_none() {
            self.add(field, self.tx().editors.err_period);
        }
    }

    /// A whole number from 0 to 100000 (0 after a message when it is not).
    pub fn number(&mut self, field: &str, value: &str) -> i64 {
        match value.parse::<i64>() {
            Ok(n) if (0..=100_000).contains(&n) => n,
            _ => {
                self.add(field, self.tx().editors.err_number);
                0
            }
        }
    }

    /// The messages at `field`, joined, if any.
    pub fn at(&self, field: &str) -> Option<String> {
        let here: Vec<&str> = self
            .list
            .iter()
            .filter(|e| e.field == field)
            .map(|e| e.message.as_str())
            .collect();
        (!here.is_empty()).then(|| here.join(" "))
    }

    /// Every message, in the order added.
    pub fn all(&self) -> &[FieldError] {
        &self.list
    }

    /// Whether there is nothing to say.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_value_is_quoted_as_typed_even_when_it_looks_like_a_placeholder() {
        let mut errors = FieldErrors::new(Lang::Nl);
        errors.check_choice("payer", "{allowed}", &["employer", "uwv"]);
        let message = errors.at("payer").unwrap();
        assert!(message.contains("{allowed}"), "{message}");
        assert_eq!(message.matches("employer, uwv").count(), 1, "{message}");
    }

    #[test]
    fn messages_are_at_the_field_in_the_pages_language_with_the_label_for_the_summary() {
        for (lang, required, choose) in [
            (Lang::Nl, "Vul dit veld in.", "staat niet in de lijst"),
            (Lang::En, "Fill in this field.", "is not in the list"),
        ] {
            let mut errors = FieldErrors::new(lang);
            errors.required_text("text_nl", "text_nl", " ");
            errors.check_choice("payer", "bank", &["employer", "uwv"]);
            errors.label("payer", "Betaler");
            errors.check_condition("condition", "work_situation=mars severity", None);
            errors.check_period("period", "2021-2017");
            assert_eq!(errors.number("position", "veel"), 0);
            assert_eq!(errors.at("text_nl").as_deref(), Some(required));
            let payer = errors.at("payer").unwrap();
            assert!(payer.contains(choose) && payer.contains("employer, uwv"));
            assert_eq!(
                errors.all()[1].label,
                "Betaler",
                "labelled after the message"
            );
            assert_eq!(
                errors
                    .all()
                    .iter()
                    .filter(|e| e.field == "condition")
                    .count(),
                2,
                "an unknown answer and a part without '='"
            );
            assert!(errors.at("period").is_some() && errors.at("position").is_some());
            assert_eq!(errors.at("source"), None);
        }
    }
}
