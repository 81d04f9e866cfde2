//! Adding, changing and removing a rule, with the same preview over the example clients (the
//! form's fields and checks are in `rule_input`).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{IntoResponse, Response};

use super::edit::{ExamplePreview, current_rows, preview};
use super::form::{AdminForm, FieldErrors, SaveError, conflict};
use super::rule_input::{EFFECTS, RuleInput, label_fields, names, parse};
use super::{Admin, reload};
use crate::db::drafts::{RuleChange, save_rule};
use crate::db::knowledge::build;
use crate::db::rows::RuleRow;
use crate::domain::profile::Dimension;
use crate::state::AppState;
use crate::web::error::{AppError, Context, Saving};
use crate::web::labels;
use crate::web::pages::Chrome;

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

/// `GET /beheer/interventies/{slug}/regels/nieuw`.
pub async fn new_form(
    State(state): State<AppState>,
    admin: Admin,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    state
        .knowledge_base()
        .intervention(&slug)
        .ok_or(AppError::NotFound)?;
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
    Ok(page(&state, &admin, (None, &slug), input, errors, None).into_response())
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
) -> Result<Response, AppError> {
    let (admin, lang) = (&form.admin, form.lang());
    let input = form.form.clone();
    let snapshot = current_rows(state).await?;
    if errors.is_empty()
        && let Err(error) = build(change.applied_to(&snapshot))
    {
        let message = format!("{} {error}", errors.tx().beheer.err_invalid_kb);
        errors.add("", message);
    }
    if !errors.is_empty() {
        let page = page(state, admin, (id, slug), input, errors, None);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    if form.field("action") != "save" {
        let next = build(change.applied_to(&snapshot)).expect("checked above");
        let preview = preview(&state.knowledge_base(), &next, lang);
        let page = page(state, admin, (id, slug), input, errors, Some(preview));
        return Ok(page.into_response());
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
            return Ok(conflict(form, (&title, &editor), &names, &stale, &yours));
        }
        Err(SaveError::Db(error)) => return Err(error).saving("the rule"),
    };
    reload(state)
        .await
        .context("cannot reload the knowledge base")?;
    tracing::info!(user = %admin.name(), rule = saved, "rule saved");
    let target = match change {
        RuleChange::Remove(_) => format!("/beheer/interventies/{slug}"),
        _ => format!("/beheer/regels/{saved}"),
    };
    Ok((StatusCode::SEE_OTHER, [(LOCATION, target)]).into_response())
}

/// `POST /beheer/interventies/{slug}/regels`: a new rule.
pub async fn create(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    form: AdminForm<RuleInput>,
) -> Result<Response, AppError> {
    let kb = state.knowledge_base();
    kb.intervention(&slug).ok_or(AppError::NotFound)?;
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
) -> Result<Response, AppError> {
    let stored = stored_rule(&state, id).await?;
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
) -> Result<Response, AppError> {
    let stored = stored_rule(&state, id).await?;
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
