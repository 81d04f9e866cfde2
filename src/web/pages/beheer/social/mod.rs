//! Adding, changing and removing one entry of the sociale kaart: a region, an organisation or a
//! service. One form for all three, described by a field list per kind of entry; the checks are
//! those of the CSV import (`db::social_edit`), and every save writes the audit log. The kinds of
//! entry and their fields live in `entry`, the form page in `view`; here the handlers.

mod entry;
mod view;

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::db::rows::{self, SocialMapRows};
use crate::db::social_edit::{self, Change, EditError, Target};
use crate::state::AppState;
use crate::web::error::{AppError, Context};
use crate::web::pages::beheer::form::{AdminForm, FieldErrors, conflict};
use crate::web::pages::beheer::social_check::{self, SocialInput};
use crate::web::pages::beheer::{Admin, intervention_slugs, reload};
use entry::{Entry, stored};
use view::{Shown, page};
pub use view::{kind_label, names};

/// The whole sociale kaart as stored.
async fn stored_map(state: &AppState) -> Result<SocialMapRows, AppError> {
    let read = async {
        let mut conn = state.db.acquire().await?;
        rows::fetch_social_map(&mut conn).await
    };
    read.await.context("cannot read the sociale kaart")
}

/// `?opgeslagen=1` after a save.
#[derive(Debug, Deserialize)]
pub struct Saved {
    opgeslagen: Option<String>,
}

/// `GET /beheer/sociale-kaart/{entry}`: the form for a new entry.
pub async fn new_form(
    State(state): State<AppState>,
    admin: Admin,
    Path(entry): Path<String>,
) -> Response {
    let Some(entry) = Entry::from_path(&entry) else {
        return AppError::NotFound.into_response();
    };
    let today = crate::web::format::today();
    let pairs = vec![("last_checked".to_owned(), today)];
    let errors = FieldErrors::new(admin.lang);
    let shown = Shown {
        entry,
        key: None,
        fingerprint: String::new(),
        errors,
        saved: false,
    };
    page(&state, &admin, &pairs, shown).into_response()
}

/// `GET /beheer/sociale-kaart/{entry}/{key}`: the form of a stored entry.
pub async fn form(
    State(state): State<AppState>,
    admin: Admin,
    Path((entry, key)): Path<(String, String)>,
    Query(saved): Query<Saved>,
) -> Result<Response, AppError> {
    let entry = Entry::from_path(&entry).ok_or(AppError::NotFound)?;
    let map = stored_map(&state).await?;
    let (pairs, fingerprint) = stored(entry, &map, &key).ok_or(AppError::NotFound)?;
    let errors = FieldErrors::new(admin.lang);
    let saved = saved.opgeslagen.is_some();
    let shown = Shown {
        entry,
        key: Some(&key),
        fingerprint,
        errors,
        saved,
    };
    Ok(page(&state, &admin, &pairs, shown).into_response())
}

/// `POST /beheer/sociale-kaart/{entry}`: adds an entry.
pub async fn create(
    State(state): State<AppState>,
    Path(entry): Path<String>,
    form: AdminForm<SocialInput>,
) -> Response {
    let Some(entry) = Entry::from_path(&entry) else {
        return AppError::NotFound.into_response();
    };
    save(&state, &form, entry, None).await
}

/// `POST /beheer/sociale-kaart/{entry}/{key}`: changes an entry.
pub async fn update(
    State(state): State<AppState>,
    Path((entry, key)): Path<(String, String)>,
    form: AdminForm<SocialInput>,
) -> Response {
    let Some(entry) = Entry::from_path(&entry) else {
        return AppError::NotFound.into_response();
    };
    save(&state, &form, entry, Some(&key)).await
}

/// `POST /beheer/sociale-kaart/{entry}/{key}/verwijderen`: removes an entry that nothing uses.
pub async fn remove(
    State(state): State<AppState>,
    Path((entry, key)): Path<(String, String)>,
    form: AdminForm<SocialInput>,
) -> Response {
    let (admin, lang) = (&form.admin, form.lang());
    let Some(entry) = Entry::from_path(&entry) else {
        return AppError::NotFound.into_response();
    };
    let change = match entry {
        Entry::Region => Change::RemoveRegion(key.clone()),
        Entry::Organisation => Change::RemoveOrganisation(key.clone()),
        Entry::Service => match key.parse() {
            Ok(id) => Change::RemoveService(id),
            Err(_) => return AppError::NotFound.into_response(),
        },
    };
    let map = match stored_map(&state).await {
        Ok(map) => map,
        Err(error) => return error.into_response(),
    };
    let Some((pairs, fingerprint)) = stored(entry, &map, &key) else {
        return AppError::NotFound.into_response();
    };
    let mut errors = FieldErrors::new(lang);
    let users: Vec<String> = match entry {
        Entry::Region => map
            .service_regions
            .iter()
            .filter(|l| l.region_code == key)
            .map(|l| format!("#{}", l.service_id))
            .collect(),
        Entry::Organisation => map
            .services
            .iter()
            .filter(|s| s.organisation_id == key)
            .map(|s| format!("#{}", s.id))
            .collect(),
        Entry::Service => Vec::new(),
    };
    if !users.is_empty() {
        let message = crate::web::texts::fill(
            errors.tx().beheer.err_still_used,
            &[("ids", &users.join(", "))],
        );
        errors.add("", message);
        let shown = Shown {
            entry,
            key: Some(&key),
            fingerprint,
            errors,
            saved: false,
        };
        let page = page(&state, admin, &pairs, shown);
        return (StatusCode::UNPROCESSABLE_ENTITY, page).into_response();
    }
    let shown = Shown {
        entry,
        key: Some(&key),
        fingerprint,
        errors,
        saved: false,
    };
    match commit(&state, &form, change).await {
        Ok(_) => (StatusCode::SEE_OTHER, [(LOCATION, "/beheer/sociale-kaart")]).into_response(),
        Err(Outcome::Refused(problems)) => {
            let mut shown = shown;
            problems.into_iter().for_each(|p| shown.errors.add("", p));
            let page = page(&state, admin, &pairs, shown);
            (StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
        }
        Err(Outcome::Response(response)) => response,
    }
}

async fn save(
    state: &AppState,
    form: &AdminForm<SocialInput>,
    entry: Entry,
    key: Option<&str>,
) -> Response {
    let (admin, lang) = (&form.admin, form.lang());
    let input = &form.form;
    let pairs = input.pairs();
    let mut errors = FieldErrors::new(lang);
    let kb = state.knowledge_base();
    let map = kb.social_map();
    match entry {
        Entry::Region => social_check::region(input, key.is_none(), map, &mut errors),
        Entry::Organisation => social_check::organisation(input, key.is_none(), map, &mut errors),
        Entry::Service => {
            social_check::service(input, map, &intervention_slugs(state), &mut errors)
        }
    }
    let fingerprint = input.fingerprint.clone();
    if !errors.is_empty() {
        let shown = Shown {
            entry,
            key,
            fingerprint,
            errors,
            saved: false,
        };
        return (
            StatusCode::UNPROCESSABLE_ENTITY,
            page(state, admin, &pairs, shown),
        )
            .into_response();
    }
    match commit(state, form, entry.change(key, &pairs)).await {
        Ok(saved_key) => {
            let location = format!(
                "/beheer/sociale-kaart/{}/{saved_key}?opgeslagen=1",
                entry.path()
            );
            (StatusCode::SEE_OTHER, [(LOCATION, location)]).into_response()
        }
        Err(Outcome::Refused(problems)) => {
            problems.into_iter().for_each(|p| errors.add("", p));
            let shown = Shown {
                entry,
                key,
                fingerprint,
                errors,
                saved: false,
            };
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                page(state, admin, &pairs, shown),
            )
                .into_response()
        }
        Err(Outcome::Response(response)) => response,
    }
}

enum Outcome {
    Refused(Vec<String>),
    Response(Response),
}

/// Saves `change` (if the entry is still as the form was opened) and swaps the knowledge base;
/// returns the entry's code or id.
async fn commit(
    state: &AppState,
    form: &AdminForm<SocialInput>,
    change: Change,
) -> Result<String, Outcome> {
    let admin = &form.admin;
    let slugs = intervention_slugs(state);
    let expected = Some(form.form.fingerprint.as_str());
    let title = match change.target() {
        Some(Target::Region(code)) => format!("regio {code}"),
        Some(Target::Organisation(id)) => format!("organisatie {id}"),
        Some(Target::Service(id)) => format!("aanbod #{id}"),
        None => String::new(),
    };
    let yours = social_edit::changed_entry(&change);
    match social_edit::save(&state.db, admin.name(), &slugs, change, expected).await {
        Ok(key) => {
            if let Err(error) = reload(state)
                .await
                .context("cannot reload the knowledge base")
            {
                return Err(Outcome::Response(error.into_response()));
            }
            tracing::info!(user = %admin.name(), "sociale kaart entry saved");
            Ok(key)
        }
        Err(EditError::Stale(stale)) => {
            let editor = form_path(&title);
            let kind = title.split(' ').next().unwrap_or_default();
            let names = names(kind, &state.knowledge_base(), form.lang());
            let page = conflict(form, (&title, &editor), &names, &stale, &yours);
            Err(Outcome::Response(page))
        }
        Err(EditError::Invalid(errors)) => Err(Outcome::Refused(errors)),
        Err(EditError::NotFound) => Err(Outcome::Response(AppError::NotFound.into_response())),
        Err(EditError::Database(error)) => Err(Outcome::Response(
            AppError::WriteFailed {
                error,
                what: "the sociale kaart entry",
            }
            .into_response(),
        )),
    }
}

/// The editor of the entry the audit log calls `title` ("regio x", "organisatie y", "aanbod #3").
fn form_path(title: &str) -> String {
    let path = match title.split_once(' ') {
        Some(("regio", code)) => format!("regio/{code}"),
        Some(("organisatie", id)) => format!("organisatie/{id}"),
        Some(("aanbod", id)) => format!("aanbod/{}", id.trim_start_matches('#')),
        _ => String::new(),
    };
    format!("/beheer/sociale-kaart/{path}")
}
