//! View pieces shared by public pages and beheer, so neither imports the other: a rule as a
//! table row, the warnings about old recognitions.

use crate::domain::knowledge::Intervention;
use crate::domain::lang::Lang;
use crate::domain::recognition::{RecognitionWarning, recognition_warnings as find_warnings};
use crate::domain::route::Condition;
use crate::web::format::format_points;
use crate::web::labels;
use crate::web::texts::{self, fill};

/// One rule, as the detail page and the explanation page list it.
pub struct RuleView {
    pub id: i64,
    pub question: &'static str,
    pub answers: String,
    pub effect_code: &'static str,
    pub effect: &'static str,
    pub points: String,
    pub text: String,
    pub source: String,
}

/// The rules of one intervention, ready to show.
pub fn rule_views(i: &Intervention, lang: Lang) -> Vec<RuleView> {
    i.rules
        .iter()
        .map(|r| RuleView {
            id: r.id,
            question: labels::question(r.dimension, lang),
            answers: with_condition(
                r.values
                    .iter()
                    .map(|v| labels::value(r.dimension, v, lang))
                    .collect::<Vec<_>>()
                    .join("; "),
                &r.condition,
                lang,
            ),
            effect_code: r.effect.code(),
            effect: labels::effect(r.effect, lang),
            points: format_points(r.points, lang, true),
            text: r.text.get(lang).to_owned(),
            source: r.source.clone(),
        })
        .collect()
}

/// The answers a rule looks for, followed by its condition in words when it has one.
fn with_condition(answers: String, condition: &Condition, lang: Lang) -> String {
    if condition.is_always() {
        return answers;
    }
    fill(
        texts::for_lang(lang).kb_note.only_when,
        &[
            ("answers", &answers),
            ("condition", &condition_text(condition, lang)),
        ],
    )
}

/// A condition in words: "question: answer, answer" per clause, joined by "; ".
pub fn condition_text(condition: &Condition, lang: Lang) -> String {
    condition
        .clauses
        .iter()
        .map(|c| {
            let values: Vec<&str> = c
                .values
                .iter()
                .map(|v| labels::value(c.dimension, v, lang))
                .collect();
            format!(
                "{}: {}",
                labels::question(c.dimension, lang),
                values.join(", ")
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Warnings about recognitions older than `max_age` years (and, with `with_unknown`, of unknown
/// date), as sentences in `lang`.
pub fn recognition_warnings(
    i: &Intervention,
    max_age: i64,
    lang: Lang,
    with_unknown: bool,
) -> Vec<String> {
    let tx = &texts::for_lang(lang).kb_note;
    let this_year = i64::from(time::OffsetDateTime::now_utc().year());
    let max_age_text = max_age.to_string();
    find_warnings(i, this_year, max_age, with_unknown)
        .into_iter()
        .map(|w| match w {
            RecognitionWarning::Old { institute, year } => fill(
                tx.recognition_old,
                &[
                    ("institute", institute),
                    ("year", &year.to_string()),
                    ("max_age", &max_age_text),
                ],
            ),
            RecognitionWarning::UnknownYear { institute } => {
                fill(tx.recognition_unknown_year, &[("institute", institute)])
            }
        })
        .collect()
}
