//! Editing an intervention: the form (as opened or as submitted, so a refusal keeps every
//! character typed; its fields and checks are in `intervention_input`), a preview over the
//! example clients, and a save that is refused when someone else saved first.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{IntoResponse, Response};

use super::edit::{ExamplePreview, current_rows, preview};
use super::form::{AdminForm, FieldErrors, SaveError, conflict};
use super::intervention_input::{InterventionInput, guidances, label_fields, levels, names, parse};
use super::{Admin, reload};
use crate::db::drafts::{InterventionDraft, save_intervention};
use crate::db::knowledge::build;
use crate::domain::knowledge::TEXT_FIELDS;
use crate::state::AppState;
use crate::web::error::{AppError, Context, Saving};
use crate::web::pages::Chrome;
use crate::web::views::{RuleView, recognition_warnings, rule_views};
use crate::web::{labels, texts};

/// One content field in the form.
pub struct TextFieldView {
    pub heading: &'static str,
    /// The ids and names of its three inputs.
    pub id_nl: String,
    pub id_en: String,
    pub id_source: String,
    pub name_nl: String,
    pub name_en: String,
    pub name_source: String,
    pub nl: String,
    pub en: String,
    pub source: String,
}

/// `GET|POST /beheer/interventies/{slug}`.
#[derive(Template, WebTemplate)]
#[template(path = "beheer/intervention.html")]
pub struct InterventionForm {
    chrome: Chrome,
    csrf: String,
    slug: String,
    /// The stored name, for the heading.
    name: String,
    input: InterventionInput,
    fields: Vec<TextFieldView>,
    guidances: Vec<(String, String)>,
    levels: Vec<(String, String)>,
    errors: FieldErrors,
    warnings: Vec<String>,
    preview: Option<Vec<ExamplePreview>>,
    rules: Vec<RuleView>,
}

fn form_page(
    state: &AppState,
    admin: &Admin,
    slug: &str,
    input: InterventionInput,
    errors: FieldErrors,
    preview: Option<Vec<ExamplePreview>>,
) -> InterventionForm {
    let lang = admin.lang;
    let kb = state.knowledge_base();
    let stored = kb.intervention(slug);
    let mut errors = errors;
    label_fields(&mut errors);
    InterventionForm {
        chrome: Chrome::new(lang, &format!("/beheer/interventies/{slug}"), "beheer"),
        csrf: admin.session.csrf_token.clone(),
        slug: slug.to_owned(),
        name: stored.map_or(slug, |i| i.name.get(lang)).to_owned(),
        fields: TEXT_FIELDS
            .iter()
            .map(|f| TextFieldView {
                heading: labels::text_field(f, lang),
                id_nl: format!("{f}-nl"),
                id_en: format!("{f}-en"),
                id_source: format!("{f}-source"),
                name_nl: format!("{f}.nl"),
                name_en: format!("{f}.en"),
                name_source: format!("{f}.source"),
                nl: input
                    .texts
                    .get(&format!("{f}.nl"))
                    .cloned()
                    .unwrap_or_default(),
                en: input
                    .texts
                    .get(&format!("{f}.en"))
                    .cloned()
                    .unwrap_or_default(),
                source: input
                    .texts
                    .get(&format!("{f}.source"))
                    .cloned()
                    .unwrap_or_default(),
            })
            .collect(),
        guidances: guidances(lang),
        levels: levels(&kb, lang),
        warnings: stored
            .map(|i| recognition_warnings(i, state.admin.recognition_max_age_years, lang, true))
            .unwrap_or_default(),
        rules: stored.map(|i| rule_views(i, lang)).unwrap_or_default(),
        input,
        errors,
        preview,
    }
}

/// `GET /beheer/interventies/{slug}`.
pub async fn form(
    State(state): State<AppState>,
    admin: Admin,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let snapshot = current_rows(&state).await?;
    let draft = InterventionDraft::of(&snapshot, &slug).ok_or(AppError::NotFound)?;
    let (input, errors) = (InterventionInput::of(&draft), FieldErrors::new(admin.lang));
    Ok(form_page(&state, &admin, &slug, input, errors, None).into_response())
}

/// `POST /beheer/interventies/{slug}`: `action=preview` shows how the example clients' advice
/// would move; `action=save` saves (if nobody else saved since the form was opened), records
/// the audit entry and swaps in the new knowledge base.
pub async fn submit(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    form: AdminForm<InterventionInput>,
) -> Result<Response, AppError> {
    let (admin, lang) = (&form.admin, form.lang());
    let snapshot = current_rows(&state).await?;
    let stored = InterventionDraft::of(&snapshot, &slug).ok_or(AppError::NotFound)?;
    let levels: Vec<String> = snapshot
        .evidence_levels
        .iter()
        .map(|l| l.code.clone())
        .collect();
    let kb = state.knowledge_base();
    let mut errors = FieldErrors::new(lang);
    let draft = parse(
        &stored.intervention,
        &form.form,
        &levels,
        kb.sources(),
        &mut errors,
    );
    let built = errors
        .is_empty()
        .then(|| build(draft.applied_to(&snapshot)));
    let page =
        |errors, preview| form_page(&state, admin, &slug, form.form.clone(), errors, preview);
    let next = match built {
        Some(Ok(next)) => next,
        Some(Err(error)) => {
            let message = format!("{} {error}", texts::for_lang(lang).beheer.err_invalid_kb);
            errors.add("", message);
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page(errors, None)).into_response());
        }
        None => return Ok((StatusCode::UNPROCESSABLE_ENTITY, page(errors, None)).into_response()),
    };
    if form.field("action") != "save" {
        let preview = preview(&kb, &next, lang);
        return Ok(page(errors, Some(preview)).into_response());
    }
    let editor = format!("/beheer/interventies/{slug}");
    match save_intervention(&state.db, &draft, &form.form.fingerprint, admin.name()).await {
        Ok(()) => {}
        Err(SaveError::Stale(stale)) => {
            tracing::info!(user = %admin.name(), intervention = %slug, "stale save refused");
            let title = stored.intervention.name_nl.clone();
            let names = names(&kb, lang);
            return Ok(conflict(&form, (&title, &editor), &names, &stale, &draft));
        }
        Err(SaveError::Db(error)) => return Err(error).saving("the intervention"),
    }
    reload(&state)
        .await
        .context("cannot reload the knowledge base")?;
    tracing::info!(user = %admin.name(), intervention = %slug, "intervention saved");
    Ok((StatusCode::SEE_OTHER, [(LOCATION, editor)]).into_response())
}
