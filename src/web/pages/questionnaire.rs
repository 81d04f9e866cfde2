//! The questionnaire (`GET /vragenlijst`): the form, its questions grouped in fieldsets, and
//! its re-display with messages beside the fields and the answers kept.

use askama::Template;
use askama_web::WebTemplate;

use super::{Chrome, PageLang};
use crate::domain::knowledge::Lang;
use crate::domain::profile::{Barrier, BarrierGroup, Dimension, ProfileError};
use crate::web::{labels, texts};

/// The questionnaire page.
#[derive(Template, WebTemplate)]
#[template(path = "questionnaire.html")]
pub struct QuestionnairePage {
    pub chrome: Chrome,
    pub form: FormView,
}

/// `GET /vragenlijst`: the empty questionnaire, neutral answers preselected.
pub async fn show(PageLang(lang): PageLang) -> QuestionnairePage {
    QuestionnairePage {
        chrome: Chrome::new(lang, "/vragenlijst", "questionnaire"),
        form: FormView::new(lang, &[], &[]),
    }
}

/// The whole form: fieldsets of questions, and the problems to summarise at the top.
pub struct FormView {
    pub fieldsets: Vec<FieldsetView>,
    pub errors: Vec<ErrorView>,
}

/// One fieldset; the barriers' fieldset holds one checkbox group per barrier group.
pub struct FieldsetView {
    pub legend: &'static str,
    pub questions: Vec<QuestionView>,
}

/// One question.
pub struct QuestionView {
    pub name: &'static str,
    /// The id of the question's block, the target of the error summary's link.
    pub id: String,
    pub label: &'static str,
    pub help: Option<&'static str>,
    /// `radio`, `select`, `checkbox` or `checkboxes`.
    pub kind: &'static str,
    pub required: bool,
    pub options: Vec<OptionView>,
    /// For a single checkbox: whether it is ticked.
    pub checked: bool,
    pub error: Option<&'static str>,
}

/// One answer of a question.
pub struct OptionView {
    pub value: &'static str,
    pub id: String,
    pub label: &'static str,
    pub selected: bool,
}

/// One line of the error summary.
pub struct ErrorView {
    pub href: String,
    pub text: String,
}

const PROFILE: &[Dimension] = &[Dimension::Severity, Dimension::Disorder];
const WORK: &[Dimension] = &[
    Dimension::WorkSituation,
    Dimension::AbsenceDuration,
    Dimension::HasOccupationalPhysician,
];
const CARE: &[Dimension] = &[
    Dimension::MentalHealthCare,
    Dimension::WorkWish,
    Dimension::SelfEfficacy,
    Dimension::LacksFitnessOrStructure,
    Dimension::MultipleProblems,
];
const PRACTICAL: &[Dimension] = &[Dimension::PrefersNoOnline, Dimension::PrefersNoGroup];
const BARRIER_GROUPS: &[BarrierGroup] = &[
    BarrierGroup::WorkSituation,
    BarrierGroup::Person,
    BarrierGroup::Other,
];

/// Questions shown as a drop-down rather than as radio buttons (long lists).
fn is_select(dimension: Dimension) -> bool {
    matches!(dimension, Dimension::Disorder | Dimension::AbsenceDuration)
}

/// The neutral answer preselected on a fresh form.
fn default_value(dimension: Dimension) -> Option<&'static str> {
    match dimension {
        d if d.is_required() => None,
        Dimension::WorkWish => Some("unsure"),
        d if d.has_unknown() => Some("unknown"),
        _ => None,
    }
}

fn error_key(error: &ProfileError) -> &'static str {
    match error {
        ProfileError::Missing(_) => "form.error.missing",
        ProfileError::Repeated(_) => "form.error.repeated",
        ProfileError::NotAllowed(_) | ProfileError::WrongType(_) => "form.error.not_allowed",
        ProfileError::UnknownField(_) => "form.error.unknown_field",
    }
}

impl FormView {
    /// The form with `answers` filled in and `errors` shown beside their questions.
    pub fn new(lang: Lang, answers: &[(String, String)], errors: &[ProfileError]) -> Self {
        let answered =
            |name: &str, value: &str| answers.iter().any(|(k, v)| k == name && v == value);
        let error_for = |d: Dimension| {
            errors
                .iter()
                .find(|e| e.dimension() == Some(d))
                .map(|e| texts::t(error_key(e), lang))
        };
        let question = |d: Dimension| {
            let name = d.code();
            let has_answer = d.allowed_values().iter().any(|v| answered(name, v));
            let options = d
                .allowed_values()
                .iter()
                .filter(|_| !d.is_boolean())
                .map(|value| OptionView {
                    value,
                    id: format!("{name}-{value}"),
                    label: labels::value(d, value, lang),
                    selected: answered(name, value)
                        || (!has_answer && default_value(d) == Some(value)),
                })
                .collect();
            QuestionView {
                name,
                id: format!("q-{name}"),
                label: labels::question(d, lang),
                help: labels::help(d, lang),
                kind: match d {
                    d if d.is_boolean() => "checkbox",
                    d if is_select(d) => "select",
                    _ => "radio",
                },
                required: d.is_required(),
                options,
                checked: d.is_boolean() && answered(name, "true"),
                error: error_for(d),
            }
        };
        let section = |key: &str, dims: &[Dimension]| FieldsetView {
            legend: texts::t(key, lang),
            questions: dims.iter().copied().map(question).collect(),
        };
        let barrier_error = error_for(Dimension::Barriers);
        let barriers = FieldsetView {
            legend: texts::t("form.section.barriers", lang),
            questions: BARRIER_GROUPS
                .iter()
                .enumerate()
                .map(|(i, group)| QuestionView {
                    name: Dimension::Barriers.code(),
                    id: if i == 0 {
                        "q-barriers".to_owned()
                    } else {
                        format!("q-barriers-{i}")
                    },
                    label: labels::barrier_group(*group, lang),
                    help: (i == 0)
                        .then(|| labels::help(Dimension::Barriers, lang))
                        .flatten(),
                    kind: "checkboxes",
                    required: false,
                    options: Barrier::ALL
                        .iter()
                        .filter(|b| b.group() == *group)
                        .map(|b| OptionView {
                            value: b.code(),
                            id: format!("barrier-{}", b.code()),
                            label: labels::value(Dimension::Barriers, b.code(), lang),
                            selected: answered("barriers", b.code()),
                        })
                        .collect(),
                    checked: false,
                    error: if i == 0 { barrier_error } else { None },
                })
                .collect(),
        };
        let fieldsets = vec![
            section("form.section.profile", PROFILE),
            section("form.section.work", WORK),
            section("form.section.care", CARE),
            barriers,
            section("form.section.practical", PRACTICAL),
        ];
        let errors = errors
            .iter()
            .map(|e| match e.dimension() {
                Some(d) => ErrorView {
                    href: format!("#q-{}", d.code()),
                    text: format!(
                        "{}: {}",
                        labels::question(d, lang),
                        texts::t(error_key(e), lang)
                    ),
                },
                None => ErrorView {
                    href: "#q-severity".to_owned(),
                    text: texts::t(error_key(e), lang).to_owned(),
                },
            })
            .collect();
        Self { fieldsets, errors }
    }
}
