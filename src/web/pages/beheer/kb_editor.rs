//! One editor for the knowledge-base tables edited row by row (route facts, funding lines, plan
//! rules): a list, a form to add or change a row, and removal. Every submit first previews the
//! effect on the example clients; a save is checked field by field and against the whole
//! knowledge base, recorded in the audit log, refused when the row changed since its form was
//! opened (409, both versions shown, nothing overwritten), and swaps in the new version.
//! Each table says only what differs: its fields and their checks ([`RowEditor`]).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{IntoResponse, Response};

use super::edit::{ExamplePreview, current_rows};
use super::effects::effect_preview;
use super::field_errors::FieldErrors;
use super::field_names::FieldNames;
use super::form::{AdminForm, Stale, conflict};
use super::kb_fields::{FieldView, Submitted};
use super::{Admin, reload};
use crate::db::kb_edit::{KbRow, RowChange, RowSaveError, fingerprint, save_row};
use crate::db::knowledge::build;
use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;
use crate::state::AppState;
use crate::web::error::{AppError, Context, Saving};
use crate::web::pages::Chrome;
use crate::web::texts::{self, EditorsTexts, Texts};

/// What one table's editor says: where it lives, its fields and their checks.
pub trait RowEditor: Send + Sync + 'static {
    type Row: KbRow;
    /// The list's path (`/beheer/financiering`); a row is at `{BASE}/{id}`.
    const BASE: &'static str;
    /// The fields the list shows (after the number), by name.
    const COLUMNS: &'static [&'static str];
    /// The list's title, and what the table holds.
    fn heading(tx: &EditorsTexts) -> [&'static str; 2];
    /// A new row's starting values.
    fn blank() -> Self::Row;
    /// The form's fields with the values of `row`; their labels also name the row's fields on
    /// the conflict page and in the logbook.
    fn fields(row: &Self::Row, kb: &KnowledgeBase, tx: &Texts, lang: Lang) -> Vec<FieldView>;
    /// Reads a submitted form into a row with id `id`, adding what is wrong, field by field.
    fn parse(id: i64, form: &Submitted, kb: &KnowledgeBase, errors: &mut FieldErrors) -> Self::Row;

    /// The labels of the row's fields and of their choices, in `lang`.
    fn names(kb: &KnowledgeBase, lang: Lang) -> FieldNames {
        let tx = texts::for_lang(lang);
        let mut names = FieldNames::of_fields(&Self::fields(&Self::blank(), kb, tx, lang));
        names.add("id", tx.editors.number);
        names
    }
}

/// The list of a table.
#[derive(Template, WebTemplate)]
#[template(path = "beheer/kb_rows.html")]
pub struct ListPage {
    chrome: Chrome,
    title: &'static str,
    intro: &'static str,
    base: &'static str,
    columns: Vec<&'static str>,
    rows: Vec<(i64, Vec<String>)>,
}

/// The form of one row.
#[derive(Template, WebTemplate)]
#[template(path = "beheer/kb_row.html")]
pub struct RowPage {
    chrome: Chrome,
    csrf: String,
    title: &'static str,
    base: &'static str,
    id: Option<i64>,
    /// The row as the form was opened (or, after a stale save, as it is stored now).
    fingerprint: String,
    fields: Vec<FieldView>,
    errors: FieldErrors,
    preview: Option<Vec<ExamplePreview>>,
}

/// Any administrator form: the row editors read the submitted pairs ([`AdminForm::pairs`]).
#[derive(serde::Deserialize)]
pub struct Pairs {}

fn chrome(admin: &Admin, path: &str) -> Chrome {
    Chrome::new(admin.lang, path, "beheer")
}

/// The list's columns: the labels and shown values of the fields named in `COLUMNS`.
fn columns<E: RowEditor>(fields: &[FieldView]) -> impl Iterator<Item = &FieldView> {
    E::COLUMNS
        .iter()
        .filter_map(|name| fields.iter().find(|f| f.name == *name))
}

/// `GET {BASE}`.
pub async fn list<E: RowEditor>(
    State(state): State<AppState>,
    admin: Admin,
) -> Result<Response, AppError> {
    let snapshot = current_rows(&state).await?;
    let (tx, kb, lang) = (
        texts::for_lang(admin.lang),
        state.knowledge_base(),
        admin.lang,
    );
    let [title, intro] = E::heading(&tx.editors);
    let blank = E::fields(&E::blank(), &kb, tx, lang);
    let rows = E::Row::rows(&snapshot).iter().map(|r| {
        let fields = E::fields(r, &kb, tx, lang);
        (
            r.id(),
            columns::<E>(&fields).map(FieldView::shown).collect(),
        )
    });
    Ok(ListPage {
        chrome: chrome(&admin, E::BASE),
        title,
        intro,
        base: E::BASE,
        columns: columns::<E>(&blank).map(|f| f.label).collect(),
        rows: rows.collect(),
    }
    .into_response())
}

/// The form page for `row`.
fn page<E: RowEditor>(state: &AppState, admin: &Admin, id: Option<i64>, row: &E::Row) -> RowPage {
    let tx = texts::for_lang(admin.lang);
    let kb = state.knowledge_base();
    let path = id.map_or_else(
        || format!("{}/nieuw", E::BASE),
        |id| format!("{}/{id}", E::BASE),
    );
    RowPage {
        chrome: chrome(admin, &path),
        csrf: admin.session.csrf_token.clone(),
        title: E::heading(&tx.editors)[0],
        base: E::BASE,
        id,
        fingerprint: fingerprint(id.map(|_| row)),
        fields: E::fields(row, &kb, tx, admin.lang),
        errors: FieldErrors::new(admin.lang),
        preview: None,
    }
}

/// `GET {BASE}/nieuw`.
pub async fn new_form<E: RowEditor>(State(state): State<AppState>, admin: Admin) -> Response {
    page::<E>(&state, &admin, None, &E::blank()).into_response()
}

/// `GET {BASE}/{id}`.
pub async fn form<E: RowEditor>(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let row = stored::<E>(&state, id).await?;
    Ok(page::<E>(&state, &admin, Some(id), &row).into_response())
}

/// The stored row `id`, or the answer to give when there is none.
async fn stored<E: RowEditor>(state: &AppState, id: i64) -> Result<E::Row, AppError> {
    let snapshot = current_rows(state).await?;
    E::Row::rows(&snapshot)
        .iter()
        .find(|r| r.id() == id)
        .cloned()
        .ok_or(AppError::NotFound)
}

/// The submitted row with id `id`, and what is wrong with it.
fn parsed<E: RowEditor>(
    state: &AppState,
    form: &AdminForm<Pairs>,
    id: i64,
) -> (E::Row, FieldErrors) {
    let mut errors = FieldErrors::new(form.lang());
    let submitted = Submitted(form.pairs.clone());
    let row = E::parse(id, &submitted, &state.knowledge_base(), &mut errors);
    (row, errors)
}

/// `POST {BASE}`: a new row.
pub async fn create<E: RowEditor>(
    State(state): State<AppState>,
    form: AdminForm<Pairs>,
) -> Result<Response, AppError> {
    let (row, errors) = parsed::<E>(&state, &form, 0);
    let change = RowChange::Add(row.clone());
    submit::<E>(&state, &form, (None, &row), change, errors).await
}

/// `POST {BASE}/{id}`: a changed row.
pub async fn change<E: RowEditor>(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    form: AdminForm<Pairs>,
) -> Result<Response, AppError> {
    stored::<E>(&state, id).await?;
    let (row, errors) = parsed::<E>(&state, &form, id);
    let change = RowChange::Change(row.clone());
    submit::<E>(&state, &form, (Some(id), &row), change, errors).await
}

/// `POST {BASE}/{id}/verwijderen`: `action=preview` first shows the effect.
pub async fn remove<E: RowEditor>(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    form: AdminForm<Pairs>,
) -> Result<Response, AppError> {
    let row = stored::<E>(&state, id).await?;
    let errors = FieldErrors::new(form.lang());
    submit::<E>(
        &state,
        &form,
        (Some(id), &row),
        RowChange::Remove(id),
        errors,
    )
    .await
}

/// Checks a change against the whole knowledge base, then previews or saves it.
async fn submit<E: RowEditor>(
    state: &AppState,
    form: &AdminForm<Pairs>,
    (id, row): (Option<i64>, &E::Row),
    change: RowChange<E::Row>,
    mut errors: FieldErrors,
) -> Result<Response, AppError> {
    let admin = &form.admin;
    let snapshot = current_rows(state).await?;
    let opened = form.field("fingerprint");
    let mut page = page::<E>(state, admin, id, row);
    page.fingerprint = opened.to_owned();
    let next = match errors
        .is_empty()
        .then(|| build(change.applied_to(&snapshot)))
    {
        Some(Ok(next)) => next,
        Some(Err(problem)) => {
            invalid_kb(&mut errors, &problem.to_string());
            return Ok(refused(page, form, errors));
        }
        None => return Ok(refused(page, form, errors)),
    };
    if form.field("action") != "save" {
        page.preview = Some(effect_preview(&state.knowledge_base(), &next, admin.lang));
        keep_input(&mut page.fields, form);
        return Ok(page.into_response());
    }
    let saved = match save_row(&state.db, &change, opened, admin.name()).await {
        Ok(saved) => saved,
        Err(RowSaveError::Stale(current)) => {
            let current = serde_json::to_value(current).expect("rows serialise");
            let editor = match (&change, id) {
                (RowChange::Remove(_), Some(id)) => format!("{}/{id}/verwijderen", E::BASE),
                (_, Some(id)) => format!("{}/{id}", E::BASE),
                (_, None) => E::BASE.to_owned(),
            };
            let names = E::names(&state.knowledge_base(), form.lang());
            return Ok(conflict(
                form,
                (page.title, &editor),
                &names,
                &Stale { current },
                row,
            ));
        }
        Err(RowSaveError::Invalid(problem)) => {
            invalid_kb(&mut errors, &problem);
            return Ok(refused(page, form, errors));
        }
        Err(RowSaveError::Db(error)) => return Err(error).saving("the row"),
    };
    reload(state)
        .await
        .context("cannot reload the knowledge base")?;
    tracing::info!(user = %admin.name(), row = saved, base = E::BASE, "knowledge-base row saved");
    let target = match change {
        RowChange::Remove(_) => E::BASE.to_owned(),
        _ => format!("{}/{saved}", E::BASE),
    };
    Ok((StatusCode::SEE_OTHER, [(LOCATION, target)]).into_response())
}

/// "The knowledge base would not be valid like this: …", for the form as a whole.
fn invalid_kb(errors: &mut FieldErrors, problem: &str) {
    let message = errors.tx().editors.err_kb.replace("{problem}", problem);
    errors.add("", message);
}

/// The submitted values in place of the row's, so nothing typed is lost.
fn keep_input(fields: &mut [FieldView], form: &AdminForm<Pairs>) {
    for f in fields.iter_mut() {
        if let Some((_, value)) = form.pairs.iter().find(|(k, _)| k == f.name) {
            f.value.clone_from(value);
        }
    }
}

/// The form again (422) with the input kept and the messages at their fields.
fn refused(mut page: RowPage, form: &AdminForm<Pairs>, mut errors: FieldErrors) -> Response {
    keep_input(&mut page.fields, form);
    for f in &mut page.fields {
        errors.label(f.name, f.label);
        f.error = errors.at(f.name);
    }
    page.errors = errors;
    (StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
}
