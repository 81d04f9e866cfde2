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
use super::form::{AdminForm, Stale, conflict};
use super::kb_fields::{FieldView, Problems, Submitted};
use super::{Admin, reload};
use crate::db::kb_edit::{KbRow, RowChange, RowSaveError, fingerprint, save_row};
use crate::db::knowledge::build;
use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;
use crate::state::AppState;
use crate::web::error::{AppError, Context};
use crate::web::pages::Chrome;
use crate::web::texts::{EditorsTexts, Texts};

/// What one table's editor says: where it lives, its columns, its fields and their checks.
pub trait RowEditor: Send + Sync + 'static {
    type Row: KbRow;
    /// The list's path (`/beheer/financiering`); a row is at `{BASE}/{id}`.
    const BASE: &'static str;
    /// The list's title.
    fn title(tx: &EditorsTexts) -> &'static str;
    /// What the table holds.
    fn intro(tx: &EditorsTexts) -> &'static str;
    /// A new row's starting values.
    fn blank() -> Self::Row;
    /// The form's fields with the values of `row`.
    fn fields(row: &Self::Row, kb: &KnowledgeBase, tx: &Texts, lang: Lang) -> Vec<FieldView>;
    /// Reads a submitted form into a row with id `id`, adding what is wrong, field by field.
    fn parse(id: i64, form: &Submitted, kb: &KnowledgeBase, problems: &mut Problems) -> Self::Row;
    /// The list's column headings (after the number).
    fn columns(tx: &Texts) -> Vec<&'static str>;
    /// A row's cells in the list.
    fn cells(row: &Self::Row, lang: Lang) -> Vec<String>;
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
    /// (field id, message with the field's label); an empty id for the form as a whole.
    errors: Vec<(String, String)>,
    preview: Option<Vec<ExamplePreview>>,
}

/// Any administrator form: the row editors read the submitted pairs ([`AdminForm::pairs`]).
#[derive(serde::Deserialize)]
pub struct Pairs {}

fn chrome(admin: &Admin, path: &str) -> Chrome {
    Chrome::new(admin.lang, path, "beheer")
}

/// `GET {BASE}`.
pub async fn list<E: RowEditor>(State(state): State<AppState>, admin: Admin) -> Response {
    let snapshot = match current_rows(&state).await {
        Ok(s) => s,
        Err(error) => return error.into_response(),
    };
    let tx = crate::web::texts::for_lang(admin.lang);
    ListPage {
        chrome: chrome(&admin, E::BASE),
        title: E::title(&tx.editors),
        intro: E::intro(&tx.editors),
        base: E::BASE,
        columns: E::columns(tx),
        rows: E::Row::rows(&snapshot)
            .iter()
            .map(|r| (r.id(), E::cells(r, admin.lang)))
            .collect(),
    }
    .into_response()
}

/// The form page for `row`.
fn page<E: RowEditor>(state: &AppState, admin: &Admin, id: Option<i64>, row: &E::Row) -> RowPage {
    let tx = crate::web::texts::for_lang(admin.lang);
    let kb = state.knowledge_base();
    let path = id.map_or_else(
        || format!("{}/nieuw", E::BASE),
        |id| format!("{}/{id}", E::BASE),
    );
    RowPage {
        chrome: chrome(admin, &path),
        csrf: admin.session.csrf_token.clone(),
        title: E::title(&tx.editors),
        base: E::BASE,
        id,
        fingerprint: fingerprint(id.map(|_| row)),
        fields: E::fields(row, &kb, tx, admin.lang),
        errors: Vec::new(),
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
) -> Response {
    match stored::<E>(&state, id).await {
        Ok(row) => page::<E>(&state, &admin, Some(id), &row).into_response(),
        Err(error) => error.into_response(),
    }
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

/// `POST {BASE}`: a new row.
pub async fn create<E: RowEditor>(
    State(state): State<AppState>,
    form: AdminForm<Pairs>,
) -> Response {
    let mut problems = Problems::new(form.lang());
    let row = E::parse(0, &submitted(&form), &state.knowledge_base(), &mut problems);
    let change = RowChange::Add(row.clone());
    submit::<E>(&state, &form, None, &row, change, problems).await
}

/// `POST {BASE}/{id}`: a changed row.
pub async fn change<E: RowEditor>(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    form: AdminForm<Pairs>,
) -> Response {
    if let Err(error) = stored::<E>(&state, id).await {
        return error.into_response();
    }
    let mut problems = Problems::new(form.lang());
    let row = E::parse(
        id,
        &submitted(&form),
        &state.knowledge_base(),
        &mut problems,
    );
    let change = RowChange::Change(row.clone());
    submit::<E>(&state, &form, Some(id), &row, change, problems).await
}

/// `POST {BASE}/{id}/verwijderen`: `action=preview` first shows the effect.
pub async fn remove<E: RowEditor>(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    form: AdminForm<Pairs>,
) -> Response {
    let row = match stored::<E>(&state, id).await {
        Ok(row) => row,
        Err(error) => return error.into_response(),
    };
    let problems = Problems::new(form.lang());
    submit::<E>(
        &state,
        &form,
        Some(id),
        &row,
        RowChange::Remove(id),
        problems,
    )
    .await
}

fn submitted(form: &AdminForm<Pairs>) -> Submitted {
    Submitted(form.pairs.clone())
}

/// Checks a change against the whole knowledge base, then previews or saves it.
async fn submit<E: RowEditor>(
    state: &AppState,
    form: &AdminForm<Pairs>,
    id: Option<i64>,
    row: &E::Row,
    change: RowChange<E::Row>,
    mut problems: Problems,
) -> Response {
    let admin = &form.admin;
    let form_pairs = submitted(form);
    let snapshot = match current_rows(state).await {
        Ok(s) => s,
        Err(error) => return error.into_response(),
    };
    let opened = form_pairs.get("fingerprint");
    let mut page = page::<E>(state, admin, id, row);
    page.fingerprint.clone_from(&opened);
    let built = if problems.list.is_empty() {
        build(change.applied_to(&snapshot)).map_err(|e| e.to_string())
    } else {
        Err(String::new())
    };
    let next = match built {
        Ok(next) => next,
        Err(problem) => {
            if !problem.is_empty() {
                problems.add("", problems.tx().err_kb.replace("{problem}", &problem));
            }
            return refused(
                page,
                &form_pairs,
                &problems,
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    if form.field("action") != "save" {
        page.preview = Some(effect_preview(&state.knowledge_base(), &next, admin.lang));
        keep_input(&mut page.fields, &form_pairs);
        return page.into_response();
    }
    let saved = match save_row(&state.db, &change, &opened, admin.name()).await {
        Ok(saved) => saved,
        Err(RowSaveError::Stale(current)) => {
            let current = serde_json::to_value(current).expect("rows serialise");
            let editor = match (&change, id) {
                (RowChange::Remove(_), Some(id)) => format!("{}/{id}/verwijderen", E::BASE),
                (_, Some(id)) => format!("{}/{id}", E::BASE),
                (_, None) => E::BASE.to_owned(),
            };
            return conflict(form, page.title, &editor, &Stale { current }, row);
        }
        Err(RowSaveError::Invalid(problem)) => {
            problems.add("", problems.tx().err_kb.replace("{problem}", &problem));
            return refused(
                page,
                &form_pairs,
                &problems,
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
        Err(RowSaveError::Db(error)) => {
            return AppError::WriteFailed {
                error,
                what: "the row",
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
    tracing::info!(user = %admin.name(), row = saved, base = E::BASE, "knowledge-base row saved");
    let target = match change {
        RowChange::Remove(_) => E::BASE.to_owned(),
        _ => format!("{}/{saved}", E::BASE),
    };
    (StatusCode::SEE_OTHER, [(LOCATION, target)]).into_response()
}

/// The submitted values in place of the row's, so nothing typed is lost.
fn keep_input(fields: &mut [FieldView], form: &Submitted) {
    for f in fields.iter_mut() {
        if let Some((_, value)) = form.0.iter().find(|(k, _)| k == f.name) {
            f.value.clone_from(value);
        }
    }
}

/// The form again with the input kept and the messages at their fields.
fn refused(
    mut page: RowPage,
    form: &Submitted,
    problems: &Problems,
    status: StatusCode,
) -> Response {
    keep_input(&mut page.fields, form);
    for f in &mut page.fields {
        f.error = problems.at(f.name);
    }
    page.errors = problems
        .list
        .iter()
        .map(
            |(name, message)| match page.fields.iter().find(|f| f.name == name) {
                Some(f) => (name.clone(), format!("{}: {message}", f.label)),
                None => (String::new(), message.clone()),
            },
        )
        .collect();
    (status, page).into_response()
}
