//! Adding, changing and removing a rule, with the same preview over the example clients.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::edit::{ExamplePreview, current_rows, preview};
use super::field_names::FieldNames;
use super::form::{AdminForm, FieldErrors, SaveError, conflict};
use super::kb_fields::interventions;
use super::{Admin, reload};
use crate::db::drafts::{RuleChange, save_rule};
use crate::db::knowledge::build;
use crate::db::rows::RuleRow;
use crate::db::versions::Fingerprint;
use crate::domain::knowledge::{Effect, KnowledgeBase, Source};
use crate::domain::lang::Lang;
use crate::domain::profile::Dimension;
use crate::state::AppState;
use crate::web::error::{AppError, Context};
use crate::web::labels;
use crate::web::pages::Chrome;
use crate::web::texts::{self, Texts};

/// A question and the codes its answers take, for the form's help.
pub struct DimensionHelp {
    pub code: &'static str,
    pub label: &'static str,
    pub values: String,
}

/// `GET|POST` of a rule.
#[derive(Template, WebTemplate)]
#[template(path = "beheer/rule.html")]
pub struct RulePage {
    chrome: Chrome,
    csrf: String,
    /// Where the form posts to.
    action: String,
    /// None for a new rule.
    id: Option<i64>,
    intervention_slug: String,
    intervention_name: String,
    input: RuleInput,
    dimensions: Vec<DimensionHelp>,
    effects: Vec<(&'static str, &'static str)>,
    errors: FieldErrors,
    preview: Option<Vec<ExamplePreview>>,
}

impl RulePage {
    /// Where "discard" goes: the stored rule, or the intervention for a new one.
    fn action_discard(&self) -> String {
        match self.id {
            Some(id) => format!("/beheer/regels/{id}"),
            None => format!("/beheer/interventies/{}", self.intervention_slug),
        }
    }
}

fn page(
    state: &AppState,
    admin: &Admin,
    (id, slug): (Option<i64>, &str),
    input: RuleInput,
    mut errors: FieldErrors,
    preview: Option<Vec<ExamplePreview>>,
) -> RulePage {
    let lang = admin.lang;
    let kb = state.knowledge_base();
    let name = kb
        .intervention(slug)
        .map(|i| i.name.get(lang).to_owned())
        .unwrap_or_default();
    label_fields(&mut errors);
    RulePage {
        chrome: Chrome::new(lang, "/beheer", "beheer"),
        csrf: admin.session.csrf_token.clone(),
        action: match id {
            Some(id) => format!("/beheer/regels/{id}"),
            None => format!("/beheer/interventies/{slug}/regels"),
        },
        id,
        intervention_slug: slug.to_owned(),
        intervention_name: name,
        input,
        dimensions: Dimension::ALL
            .iter()
            .map(|d| DimensionHelp {
                code: d.code(),
                label: labels::question(*d, lang),
                values: d.allowed_values().join(" "),
            })
            .collect(),
        effects: EFFECTS
            .iter()
            .map(|e| (e.code(), labels::effect(*e, lang)))
            .collect(),
        errors,
        preview,
    }
}

use crate::domain::knowledge::MAX_RULE_POINTS;

/// The effects a rule can have, in the form's order.
const EFFECTS: [Effect; 4] = [
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
fn label_fields(errors: &mut FieldErrors) {
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
fn parse(
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
            let message = tx
                .beheer
                .err_not_an_answer
                .replace("{value}", v)
                .replace("{allowed}", &d.allowed_values().join(" "));
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

/// `GET /beheer/interventies/{slug}/regels/nieuw`.
pub async fn new_form(
    State(state): State<AppState>,
    admin: Admin,
    Path(slug): Path<String>,
) -> Response {
    if state.knowledge_base().intervention(&slug).is_none() {
        return AppError::NotFound.into_response();
    }
    let rule = RuleRow {
        id: 0,
        intervention_slug: slug.clone(),
        dimension: "severity".to_owned(),
        match_values: String::new(),
        effect: "fit".to_owned(),
        points: 1.0,
        text_nl: String::new(),
        text_en: String::new(),
        source: String::new(),
        condition: String::new(),
    };
    let (input, errors) = (RuleInput::of(&rule, None), FieldErrors::new(admin.lang));
    page(&state, &admin, (None, &slug), input, errors, None).into_response()
}

/// `GET /beheer/regels/{id}`.
pub async fn form(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let snapshot = current_rows(&state).await?;
    let rule = snapshot
        .rules
        .iter()
        .find(|r| r.id == id)
        .ok_or(AppError::NotFound)?;
    let input = RuleInput::of(rule, Some(rule));
    let errors = FieldErrors::new(admin.lang);
    let slug = &rule.intervention_slug;
    Ok(page(&state, &admin, (Some(id), slug), input, errors, None).into_response())
}

/// Previews or saves a change (if the rule is still as the form was opened), then reloads the
/// knowledge base.
async fn preview_or_save(
    state: &AppState,
    form: &AdminForm<RuleInput>,
    (id, slug): (Option<i64>, &str),
    change: RuleChange,
    mut errors: FieldErrors,
) -> Response {
    let (admin, lang) = (&form.admin, form.lang());
    let input = form.form.clone();
    let snapshot = match current_rows(state).await {
        Ok(s) => s,
        Err(error) => return error.into_response(),
    };
    if errors.is_empty()
        && let Err(error) = build(change.applied_to(&snapshot))
    {
        let message = format!("{} {error}", errors.tx().beheer.err_invalid_kb);
        errors.add("", message);
    }
    if !errors.is_empty() {
        let page = page(state, admin, (id, slug), input, errors, None);
        return (StatusCode::UNPROCESSABLE_ENTITY, page).into_response();
    }
    if form.field("action") != "save" {
        let next = build(change.applied_to(&snapshot)).expect("checked above");
        let preview = preview(&state.knowledge_base(), &next, lang);
        return page(state, admin, (id, slug), input, errors, Some(preview)).into_response();
    }
    let expected = id.map(|_| input.fingerprint.as_str());
    let saved = match save_rule(&state.db, &change, expected, admin.name()).await {
        Ok(saved) => saved,
        Err(SaveError::Stale(stale)) => {
            let title = format!("{} {}", form.tx().beheer.rule, id.unwrap_or_default());
            let editor = format!("/beheer/regels/{}", id.unwrap_or_default());
            let yours = match &change {
                RuleChange::Add(rule) | RuleChange::Change(rule) => Some(rule),
                RuleChange::Remove(_) => None,
            };
            let names = names(&state.knowledge_base(), lang);
            return conflict(form, (&title, &editor), &names, &stale, &yours);
        }
        Err(SaveError::Db(error)) => {
            return AppError::WriteFailed {
                error,
                what: "the rule",
            }
            .into_response();
        }
    };
    if let Err(error) = reload(state)
        .await
        .context("cannot reload the knowledge base")
    {
        return error.into_response();
    }
    tracing::info!(user = %admin.name(), rule = saved, "rule saved");
    let target = match change {
        RuleChange::Remove(_) => format!("/beheer/interventies/{slug}"),
        _ => format!("/beheer/regels/{saved}"),
    };
    (StatusCode::SEE_OTHER, [(LOCATION, target)]).into_response()
}

/// `POST /beheer/interventies/{slug}/regels`: a new rule.
pub async fn create(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    form: AdminForm<RuleInput>,
) -> Response {
    let kb = state.knowledge_base();
    if kb.intervention(&slug).is_none() {
        return AppError::NotFound.into_response();
    }
    let mut errors = FieldErrors::new(form.lang());
    let rule = parse(&slug, 0, &form.form, kb.sources(), &mut errors);
    preview_or_save(&state, &form, (None, &slug), RuleChange::Add(rule), errors).await
}

/// The stored rule `id`, or the response that says it does not exist.
async fn stored_rule(state: &AppState, id: i64) -> Result<RuleRow, AppError> {
    let snapshot = current_rows(state).await?;
    snapshot
        .rules
        .into_iter()
        .find(|r| r.id == id)
        .ok_or(AppError::NotFound)
}

/// `POST /beheer/regels/{id}`: a changed rule.
pub async fn submit(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    form: AdminForm<RuleInput>,
) -> Response {
    let stored = match stored_rule(&state, id).await {
        Ok(rule) => rule,
        Err(error) => return error.into_response(),
    };
    let slug = stored.intervention_slug;
    let mut errors = FieldErrors::new(form.lang());
    let sources = state.knowledge_base();
    let rule = parse(&slug, id, &form.form, sources.sources(), &mut errors);
    let change = RuleChange::Change(rule);
    preview_or_save(&state, &form, (Some(id), &slug), change, errors).await
}

/// `POST /beheer/regels/{id}/verwijderen`: `action=preview` first shows the effect.
pub async fn delete(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    mut form: AdminForm<RuleInput>,
) -> Response {
    let stored = match stored_rule(&state, id).await {
        Ok(rule) => rule,
        Err(error) => return error.into_response(),
    };
    let fingerprint = std::mem::take(&mut form.form.fingerprint);
    form.form = RuleInput::of(&stored, None);
    form.form.fingerprint = fingerprint;
    let slug = stored.intervention_slug;
    let errors = FieldErrors::new(form.lang());
    preview_or_save(
        &state,
        &form,
        (Some(id), &slug),
        RuleChange::Remove(id),
        errors,
    )
    .await
}
