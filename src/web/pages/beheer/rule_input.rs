//! The rule form's fields: as submitted (every field a string, kept as typed), their labels
//! (for the summary of errors, the conflict page and the logbook) and their checks, with
//! messages at the field in the page's language.

use serde::Deserialize;

use super::field_names::FieldNames;
use super::form::FieldErrors;
use super::kb_fields::interventions;
use crate::db::rows::RuleRow;
use crate::db::versions::Fingerprint;
use crate::domain::knowledge::{Effect, KnowledgeBase, MAX_RULE_POINTS, Source};
use crate::domain::lang::Lang;
use crate::domain::profile::Dimension;
use crate::web::labels;
use crate::web::texts::{self, Texts};

/// The effects a rule can have, in the form's order.
pub(super) const EFFECTS: [Effect; 4] = [
    Effect::Require,
    Effect::Exclude,
    Effect::Fit,
    Effect::Caution,
];

/// The rule form as submitted: every field a string, kept as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RuleInput {
    pub dimension: String,
    /// Answer codes separated by spaces.
    pub match_values: String,
    pub effect: String,
    /// A number; a decimal comma is taken.
    pub points: String,
    pub text_nl: String,
    pub text_en: String,
    pub source: String,
    /// When the rule applies (`question=code,code ...`; empty: always).
    pub condition: String,
    /// The fingerprint of the rule as the form was opened (none for a new rule).
    pub fingerprint: String,
}

impl RuleInput {
    /// The form of a stored rule (`fingerprint` of `None` for a new one).
    pub fn of(rule: &RuleRow, stored: Option<&RuleRow>) -> Self {
        Self {
            dimension: rule.dimension.clone(),
            match_values: rule.match_values.clone(),
            effect: rule.effect.clone(),
            points: rule.points.to_string(),
            text_nl: rule.text_nl.clone(),
            text_en: rule.text_en.clone(),
            source: rule.source.clone(),
            condition: rule.condition.clone(),
            fingerprint: Fingerprint::of(&stored).to_string(),
        }
    }
}

/// The form's fields (named as the rule's stored fields) with their labels.
fn named_fields(tx: &Texts) -> Vec<(&'static str, String)> {
    vec![
        ("dimension", tx.rules.question.to_owned()),
        ("match_values", tx.rules.answers.to_owned()),
        ("effect", tx.rules.effect.to_owned()),
        ("points", tx.advice.points.to_owned()),
        ("text_nl", format!("{} (nl)", tx.rules.explanation)),
        ("text_en", format!("{} (en)", tx.rules.explanation)),
        ("source", tx.advice.source.to_owned()),
        ("condition", tx.beheer.condition.to_owned()),
    ]
}

/// Names the fields for the summary of errors.
pub(super) fn label_fields(errors: &mut FieldErrors) {
    for (id, label) in named_fields(errors.tx()) {
        errors.label(id, label);
    }
}

/// The names of a stored rule's fields and choices, as the form shows them.
pub fn names(kb: &KnowledgeBase, lang: Lang) -> FieldNames {
    let tx = texts::for_lang(lang);
    let mut names = FieldNames::default();
    for (path, label) in named_fields(tx) {
        let choices = match path {
            "dimension" => Dimension::ALL
                .iter()
                .map(|d| (d.code().to_owned(), labels::question(*d, lang).to_owned()))
                .collect(),
            "effect" => EFFECTS
                .iter()
                .map(|e| (e.code().to_owned(), labels::effect(*e, lang).to_owned()))
                .collect(),
            _ => Vec::new(),
        };
        names.choices(path, label, choices);
    }
    names
        .choices(
            "intervention_slug",
            tx.editors.intervention,
            interventions(kb, lang),
        )
        .add("id", tx.editors.number);
    names
}

/// Reads the submitted rule of intervention `slug`, adding what is wrong to `errors`.
pub(super) fn parse(
    slug: &str,
    id: i64,
    input: &RuleInput,
    sources: &[Source],
    errors: &mut FieldErrors,
) -> RuleRow {
    let tx = errors.tx();
    let dimension = Dimension::from_code(input.dimension.trim());
    if dimension.is_none() {
        errors.add("dimension", tx.beheer.err_choose);
    }
    let values: Vec<String> = input
        .match_values
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    if values.is_empty() {
        errors.add("match_values", tx.beheer.err_no_answers);
    }
    if let Some(d) = dimension {
        for v in values
            .iter()
            .filter(|v| !d.allowed_values().contains(&v.as_str()))
        {
            let message = texts::fill(
                tx.beheer.err_not_an_answer,
                &[("value", v), ("allowed", &d.allowed_values().join(" "))],
            );
            errors.add("match_values", message);
        }
    }
    let effect = Effect::from_code(input.effect.trim());
    let points = input
        .points
        .trim()
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|p| p.is_finite());
    if effect.is_none() {
        errors.add("effect", tx.beheer.err_choose);
    }
    let points_problem = match (effect, points) {
        (_, None) => Some(tx.beheer.err_points_number.to_owned()),
        (Some(Effect::Fit), Some(p)) if p <= 0.0 => Some(tx.beheer.err_points_fit.to_owned()),
        (Some(Effect::Caution), Some(p)) if p > 0.0 => {
            Some(tx.beheer.err_points_caution.to_owned())
        }
        (Some(Effect::Require | Effect::Exclude), Some(p)) if p != 0.0 => {
            Some(tx.beheer.err_points_zero.to_owned())
        }
        (_, Some(p)) if p.abs() > MAX_RULE_POINTS => Some(
            tx.beheer
                .err_points_range
                .replace("{max}", &MAX_RULE_POINTS.to_string()),
        ),
        _ => None,
    };
    if let Some(problem) = points_problem {
        errors.add("points", problem);
    }
    let condition = input
        .condition
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if let Err(problem) = crate::domain::route::Condition::parse(&condition) {
        errors.add("condition", problem);
    }
    let rule = RuleRow {
        id,
        intervention_slug: slug.to_owned(),
        dimension: input.dimension.trim().to_owned(),
        match_values: values.join(" "),
        effect: input.effect.trim().to_owned(),
        points: points.unwrap_or(0.0),
        text_nl: input.text_nl.trim().replace("\r\n", "\n"),
        text_en: input.text_en.trim().replace("\r\n", "\n"),
        source: input.source.trim().to_owned(),
        condition,
    };
    for (field, value) in [
        ("text_nl", &rule.text_nl),
        ("text_en", &rule.text_en),
        ("source", &rule.source),
    ] {
        errors.required_text(field, field, value);
    }
    errors.check_text("match_values", "match_values", &rule.match_values);
    errors.check_text("condition", "condition", &rule.condition);
    errors.check_source("source", &rule.source, sources);
    rule
}
