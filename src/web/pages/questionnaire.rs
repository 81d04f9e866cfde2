//! The questionnaire (`GET /vragenlijst`): the form, its questions grouped in fieldsets, and
//! its re-display with messages beside the fields and the answers kept.

use askama::Template;
use askama_web::WebTemplate;

use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use serde::Deserialize;

use super::{Chrome, PageLang};
use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;
use crate::domain::profile::{
    Barrier, BarrierGroup, CURRENT_FIELD, Dimension, ProfileError, REGION_FIELD, YesNo,
};
use crate::state::AppState;
use crate::web::{labels, texts};

/// The questionnaire page.
#[derive(Template, WebTemplate)]
#[template(path = "questionnaire.html")]
pub struct QuestionnairePage {
    pub chrome: Chrome,
    pub form: FormView,
    /// Where the form posts: `/advies` for a new case, `/advies/{code}` to change one.
    pub action: String,
    /// The case being changed, if any.
    pub case: Option<String>,
}

/// Which example to start from (`?voorbeeld=slug`): the only thing a questionnaire URL holds.
#[derive(Debug, Default, Deserialize)]
pub struct Start {
    #[serde(default)]
    voorbeeld: String,
}

/// `GET /vragenlijst`: the empty questionnaire with neutral answers preselected, or prefilled
/// with a fictional example's answers.
pub async fn show(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    start: Result<Query<Start>, QueryRejection>,
) -> QuestionnairePage {
    let start = start.map(|Query(s)| s).unwrap_or_default();
    let kb = state.knowledge_base();
    let answers: Vec<(String, String)> = kb
        .example(&start.voorbeeld)
        .map(|e| {
            e.profile
                .to_pairs()
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect()
        })
        .unwrap_or_default();
    QuestionnairePage {
        chrome: Chrome::new(lang, "/vragenlijst", "questionnaire"),
        form: FormView::new(lang, &answers, &[], &kb),
        action: "/advies".to_owned(),
        case: None,
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
    /// The form field's name (with the form's prefix, as in `b.severity`).
    pub name: String,
    /// The question's code, without prefix: ids are built from it.
    pub code: &'static str,
    /// The prefix of the ids of this question's controls.
    pub id_prefix: &'static str,
    /// The id of the question's block, the target of the error summary's link.
    pub id: String,
    pub label: &'static str,
    pub help: Option<&'static str>,
    /// More explanation, folded behind "Meer uitleg" under the short hint.
    pub help_more: Option<&'static str>,
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
    pub value: String,
    pub id: String,
    pub label: String,
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
    Dimension::EmploymentContract,
    Dimension::Insurance,
    Dimension::AbsenceDuration,
    Dimension::PartialReturn,
    Dimension::OwnJobFeasible,
    Dimension::HasOccupationalPhysician,
    Dimension::TargetGroupRegister,
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
        d if d.has_unknown() => Some("unknown"),
        _ => None,
    }
}

/// The message beside a question for `error`.
fn error_text(error: &ProfileError, lang: Lang) -> &'static str {
    let tx = &texts::for_lang(lang).form;
    match error {
        ProfileError::Missing(_) => tx.error_missing,
        ProfileError::Repeated(_) => tx.error_repeated,
        ProfileError::NotAllowed(_) | ProfileError::WrongType(_) => tx.error_not_allowed,
        ProfileError::UnknownField(_) => tx.error_unknown_field,
        ProfileError::UnknownRegion | ProfileError::RepeatedRegion => tx.error_region,
        ProfileError::UnknownIntervention => tx.error_current,
        ProfileError::Impossible(d, _) => impossible_text(*d, lang),
    }
}

/// The message about an impossible combination, by the question it names.
pub fn impossible_text(dimension: Dimension, lang: Lang) -> &'static str {
    let tx = &texts::for_lang(lang).form;
    match dimension {
        Dimension::AbsenceDuration => tx.error_impossible_absence_duration,
        Dimension::PartialReturn => tx.error_impossible_partial_return,
        _ => tx.error_impossible_own_job_feasible,
    }
}

impl FormView {
    /// How many questions must be answered (for the time estimate above the form).
    pub fn required_count(&self) -> usize {
        self.fieldsets
            .iter()
            .flat_map(|f| &f.questions)
            .filter(|q| q.required)
            .count()
    }

    /// The form with `answers` filled in and `errors` shown beside their questions; the
    /// regions and interventions to choose from come from `kb`.
    pub fn new(
        lang: Lang,
        answers: &[(String, String)],
        errors: &[ProfileError],
        kb: &KnowledgeBase,
    ) -> Self {
        Self::prefixed(lang, answers, errors, kb, "")
    }

    /// The same form with field names prefixed (`b.` gives `b.severity`), so that two
    /// profiles can share one page; `answers` carry the names without the prefix.
    pub fn prefixed(
        lang: Lang,
        answers: &[(String, String)],
        errors: &[ProfileError],
        kb: &KnowledgeBase,
        prefix: &'static str,
    ) -> Self {
        let regions = region_choices(kb);
        let id_prefix: &'static str = match prefix {
            "" => "",
            "a." => "a-",
            _ => "b-",
        };
        // `true` and `false` are read as yes and no, as the parser reads them.
        let same = |name: &str, given: &str, value: &str| {
            given == value
                || (Dimension::from_code(name).is_some_and(Dimension::is_boolean)
                    && YesNo::from_answer(given).map(YesNo::code) == Some(value))
        };
        let answered = |name: &str, value: &str| {
            answers
                .iter()
                .any(|(k, v)| k == name && same(name, v, value))
        };
        let error_for = |d: Dimension| {
            errors
                .iter()
                .find(|e| e.dimension() == Some(d))
                .map(|e| error_text(e, lang))
        };
        let question = |d: Dimension| {
            let name = d.code();
            let has_answer = d.allowed_values().iter().any(|v| answered(name, v));
            let options = d
                .allowed_values()
                .iter()
                .map(|value| OptionView {
                    value: value.to_string(),
                    id: format!("{id_prefix}{name}-{value}"),
                    label: labels::value(d, value, lang).to_owned(),
                    selected: answered(name, value)
                        || (!has_answer && default_value(d) == Some(value)),
                })
                .collect();
            QuestionView {
                name: format!("{prefix}{name}"),
                code: name,
                id_prefix,
                id: format!("{id_prefix}q-{name}"),
                label: labels::question(d, lang),
                help: labels::help(d, lang),
                help_more: labels::help_more(d, lang),
                kind: if is_select(d) { "select" } else { "radio" },
                required: d.is_required(),
                options,
                checked: false,
                error: error_for(d),
            }
        };
        let tx = texts::for_lang(lang);
        let section = |legend: &'static str, dims: &[Dimension]| FieldsetView {
            legend,
            questions: dims.iter().copied().map(question).collect(),
        };
        let barrier_error = error_for(Dimension::Barriers);
        let barriers = FieldsetView {
            legend: texts::for_lang(lang).form.section_barriers,
            questions: BARRIER_GROUPS
                .iter()
                .enumerate()
                .map(|(i, group)| QuestionView {
                    name: format!("{prefix}barriers"),
                    code: "barriers",
                    id_prefix,
                    id: if i == 0 {
                        format!("{id_prefix}q-barriers")
                    } else {
                        format!("{id_prefix}q-barriers-{i}")
                    },
                    label: labels::barrier_group(*group, lang),
                    help: (i == 0)
                        .then(|| labels::help(Dimension::Barriers, lang))
                        .flatten(),
                    help_more: None,
                    kind: "checkboxes",
                    required: false,
                    options: Barrier::ALL
                        .iter()
                        .filter(|b| b.group() == *group)
                        .map(|b| OptionView {
                            value: b.code().to_owned(),
                            id: format!("{id_prefix}barrier-{}", b.code()),
                            label: labels::value(Dimension::Barriers, b.code(), lang).to_owned(),
                            selected: answered("barriers", b.code()),
                        })
                        .collect(),
                    checked: false,
                    error: if i == 0 { barrier_error } else { None },
                })
                .collect(),
        };
        let chosen_region = answers
            .iter()
            .find(|(k, _)| k == REGION_FIELD)
            .map(|(_, v)| v.as_str());
        let region = QuestionView {
            name: format!("{prefix}{REGION_FIELD}"),
            code: REGION_FIELD,
            id_prefix,
            id: format!("{id_prefix}q-{REGION_FIELD}"),
            label: texts::for_lang(lang).form.region,
            help: Some(texts::for_lang(lang).form.region_help),
            help_more: None,
            kind: "select",
            required: false,
            options: std::iter::once((
                String::new(),
                texts::for_lang(lang).form.no_region.to_owned(),
            ))
            .chain(regions.iter().cloned())
            .map(|(code, name)| OptionView {
                selected: chosen_region.unwrap_or("") == code,
                id: format!("{id_prefix}{REGION_FIELD}-{code}"),
                value: code,
                label: name,
            })
            .collect(),
            checked: false,
            error: errors
                .iter()
                .find(|e| e.field() == REGION_FIELD)
                .map(|e| error_text(e, lang)),
        };
        let mut practical = section(tx.form.section_practical, PRACTICAL);
        practical.questions.push(region);
        let mut care = section(tx.form.section_care, CARE);
        care.questions.push(current_question(
            kb, lang, answers, errors, prefix, id_prefix,
        ));
        let fieldsets = vec![
            section(tx.form.section_profile, PROFILE),
            section(tx.form.section_work, WORK),
            care,
            barriers,
            practical,
        ];
        let errors = errors
            .iter()
            .map(|e| match e.dimension() {
                Some(d) => ErrorView {
                    href: format!("#{id_prefix}q-{}", d.code()),
                    text: format!("{}: {}", labels::question(d, lang), error_text(e, lang)),
                },
                None if e.field() == CURRENT_FIELD => ErrorView {
                    href: format!("#{id_prefix}q-{CURRENT_FIELD}"),
                    text: format!(
                        "{}: {}",
                        texts::for_lang(lang).form.current,
                        error_text(e, lang)
                    ),
                },
                None if e.field() == REGION_FIELD => ErrorView {
                    href: format!("#{id_prefix}q-{REGION_FIELD}"),
                    text: format!(
                        "{}: {}",
                        texts::for_lang(lang).form.region,
                        error_text(e, lang)
                    ),
                },
                None => ErrorView {
                    href: format!("#{id_prefix}q-severity"),
                    text: error_text(e, lang).to_owned(),
                },
            })
            .collect();
        Self { fieldsets, errors }
    }
}

/// The question which interventions the client already follows or followed: a checkbox per
/// intervention of the knowledge base, in catalogue order.
fn current_question(
    kb: &KnowledgeBase,
    lang: Lang,
    answers: &[(String, String)],
    errors: &[ProfileError],
    prefix: &'static str,
    id_prefix: &'static str,
) -> QuestionView {
    QuestionView {
        name: format!("{prefix}{CURRENT_FIELD}"),
        code: CURRENT_FIELD,
        id_prefix,
        id: format!("{id_prefix}q-{CURRENT_FIELD}"),
        label: texts::for_lang(lang).form.current,
        help: Some(texts::for_lang(lang).form.current_help),
        help_more: None,
        kind: "checkboxes",
        required: false,
        options: kb
            .interventions()
            .iter()
            .map(|i| OptionView {
                value: i.slug.clone(),
                id: format!("{id_prefix}current-{}", i.slug),
                label: i.name.get(lang).to_owned(),
                selected: answers
                    .iter()
                    .any(|(k, v)| k == CURRENT_FIELD && *v == i.slug),
            })
            .collect(),
        checked: false,
        error: errors
            .iter()
            .find(|e| e.field() == CURRENT_FIELD)
            .map(|e| error_text(e, lang)),
    }
}

/// The regions of the sociale kaart as (code, name), for the region question.
pub fn region_choices(kb: &KnowledgeBase) -> Vec<(String, String)> {
    let mut regions: Vec<(String, String)> = kb
        .social_map()
        .regions
        .iter()
        .map(|r| (r.code.clone(), r.name.clone()))
        .collect();
    regions.sort_by(|a, b| a.1.cmp(&b.1));
    regions
}
