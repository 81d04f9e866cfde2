//! Download and upload of the whole knowledge base as one JSON file.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};

use super::Admin;
use super::form::AdminUpload;
use crate::db::exchange::{self, IfChanged};
use crate::db::social_exchange::{self, ChangedSince, CsvImportError};
use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;
use crate::state::AppState;
use crate::web::error::{AppError, Context, Saving};
use crate::web::pages::Chrome;
use crate::web::texts;

/// `GET /beheer/export`: the JSON file as a download.
pub async fn download(State(state): State<AppState>, _admin: Admin) -> Result<Response, AppError> {
    let json = exchange::export(&state.db)
        .await
        .context("cannot export the knowledge base")?;
    Ok((
        [
            (CONTENT_TYPE, "application/json"),
            (
                CONTENT_DISPOSITION,
                "attachment; filename=\"kennisbank.json\"",
            ),
            (CACHE_CONTROL, "no-store"),
        ],
        json,
    )
        .into_response())
}

/// `GET /beheer/import`.
#[derive(Template, WebTemplate)]
#[template(path = "beheer/import.html")]
pub struct ImportPage {
    chrome: Chrome,
    csrf: String,
    error: Option<String>,
    done: Option<String>,
}

/// `GET /beheer/import`.
pub async fn form(admin: Admin) -> ImportPage {
    ImportPage {
        chrome: Chrome::new(admin.lang, "/beheer/import", "beheer"),
        csrf: admin.session.csrf_token.clone(),
        error: None,
        done: None,
    }
}

/// `POST /beheer/import` (multipart: `csrf`, `file`, `overwrite`): validated first, applied all
/// or nothing.
pub async fn upload(
    State(state): State<AppState>,
    upload: AdminUpload,
) -> Result<Response, AppError> {
    let admin = &upload.admin;
    let page = |error: Option<String>, done: Option<String>| ImportPage {
        chrome: Chrome::new(admin.lang, "/beheer/import", "beheer"),
        csrf: admin.session.csrf_token.clone(),
        error,
        done,
    };
    if upload.file().trim().is_empty() {
        let message = upload.tx().beheer.no_file.to_owned();
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page(Some(message), None)).into_response());
    }
    let if_changed = if_changed(&upload);
    match exchange::import(&state.db, upload.file(), admin.name(), if_changed).await {
        Ok(kb) => {
            let version = kb.version().to_owned();
            state.replace_knowledge_base(kb);
            tracing::info!(user = %admin.name(), %version, "knowledge base imported");
            Ok(page(None, Some(version)).into_response())
        }
        Err(exchange::ImportError::Database(error)) => {
            Err(error).saving("the knowledge-base import")
        }
        Err(exchange::ImportError::Stale {
            exported_from,
            current,
        }) => {
            let tx = &upload.tx().beheer;
            let message = format!(
                "{} {}: {exported_from} / {current}",
                tx.import_stale, tx.import_versions
            );
            Ok((StatusCode::CONFLICT, page(Some(message), None)).into_response())
        }
        Err(error) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            page(Some(error.to_string()), None),
        )
            .into_response()),
    }
}

/// `GET /beheer/sociale-kaart.csv`: the sociale kaart as CSV.
pub async fn social_map_csv(
    State(state): State<AppState>,
    _admin: Admin,
) -> Result<Response, AppError> {
    let csv = social_exchange::export(&state.db)
        .await
        .context("cannot export the sociale kaart")?;
    Ok((
        [
            (CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                CONTENT_DISPOSITION,
                "attachment; filename=\"sociale-kaart.csv\"",
            ),
            (CACHE_CONTROL, "no-store"),
        ],
        csv,
    )
        .into_response())
}

/// `GET|POST /beheer/sociale-kaart`.
#[derive(Template, WebTemplate)]
#[template(path = "beheer/social_map.html")]
pub struct SocialMapAdminPage {
    chrome: Chrome,
    csrf: String,
    errors: Vec<String>,
    done: bool,
    stale: Vec<String>,
    /// After a refused stale upload: what changed since its export (at least one line).
    changed_since: Option<Vec<String>>,
    columns: String,
    regions: Vec<EntryLink>,
    organisations: Vec<EntryLink>,
    services: Vec<EntryLink>,
}

/// A link to one entry's form in the list of the sociale kaart.
pub struct EntryLink {
    pub href: String,
    pub label: String,
    pub last_checked: String,
    pub stale: bool,
}

fn social_page(
    state: &AppState,
    admin: &Admin,
    errors: Vec<String>,
    done: bool,
) -> SocialMapAdminPage {
    let kb = state.knowledge_base();
    let map = kb.social_map();
    let today = crate::web::format::today();
    let stale_org = map
        .organisations
        .iter()
        .filter(|o| crate::domain::social_map::is_stale(&o.last_checked, &today))
        .map(|o| format!("{} ({})", o.name, o.last_checked));
    let stale_services = map
        .services
        .iter()
        .filter(|s| crate::domain::social_map::is_stale(&s.last_checked, &today))
        .map(|s| {
            format!(
                "#{} {} ({})",
                s.id,
                s.intervention_slug.as_deref().unwrap_or(&s.product),
                s.last_checked
            )
        });
    let link = |path: String, label: String, last_checked: &str| EntryLink {
        href: format!("/beheer/sociale-kaart/{path}"),
        label,
        last_checked: last_checked.to_owned(),
        stale: crate::domain::social_map::is_stale(last_checked, &today),
    };
    let regions = map
        .regions
        .iter()
        .map(|r| link(format!("regio/{}", r.code), r.name.clone(), &r.last_checked))
        .collect();
    let organisations = map
        .organisations
        .iter()
        .map(|o| {
            let kind = super::social::kind_label(&o.kind, texts::for_lang(admin.lang));
            let label = format!("{} ({kind})", o.name);
            link(format!("organisatie/{}", o.id), label, &o.last_checked)
        })
        .collect();
    let services = map
        .services
        .iter()
        .map(|s| {
            let what = s
                .intervention_slug
                .as_deref()
                .and_then(|slug| kb.intervention(slug))
                .map_or(s.product.clone(), |i| i.name.get(admin.lang).to_owned());
            let by = map
                .organisation(&s.organisation_id)
                .map_or(s.organisation_id.as_str(), |o| o.name.as_str());
            let regions: Vec<&str> = s
                .regions
                .iter()
                .map(|code| map.region(code).map_or(code.as_str(), |r| r.name.as_str()))
                .collect();
            let label = match regions.is_empty() {
                true => format!("#{} {what}: {by}", s.id),
                false => format!("#{} {what}: {by} ({})", s.id, regions.join(", ")),
            };
            link(format!("aanbod/{}", s.id), label, &s.last_checked)
        })
        .collect();
    SocialMapAdminPage {
        regions,
        organisations,
        services,
        chrome: Chrome::new(admin.lang, "/beheer/sociale-kaart", "beheer"),
        csrf: admin.session.csrf_token.clone(),
        errors,
        done,
        stale: stale_org.chain(stale_services).collect(),
        changed_since: None,
        columns: crate::db::social_csv::COLUMNS.join(", "),
    }
}

/// `GET /beheer/sociale-kaart`.
pub async fn social_map_form(State(state): State<AppState>, admin: Admin) -> SocialMapAdminPage {
    social_page(&state, &admin, Vec::new(), false)
}

/// `POST /beheer/sociale-kaart` (multipart: `csrf`, `file`, `overwrite`): replaces the map from
/// CSV; a file exported before a later change is refused (409) unless `overwrite` is ticked.
pub async fn social_map_upload(
    State(state): State<AppState>,
    upload: AdminUpload,
) -> Result<Response, AppError> {
    let admin = &upload.admin;
    if upload.file().trim().is_empty() {
        let errors = vec![upload.tx().beheer.no_file.to_owned()];
        let page = social_page(&state, admin, errors, false);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let slugs = super::intervention_slugs(&state);
    let imported = social_exchange::import(
        &state.db,
        upload.file(),
        &slugs,
        admin.name(),
        if_changed(&upload),
    )
    .await;
    match imported {
        Ok(()) => {
            super::reload(&state)
                .await
                .context("cannot reload the knowledge base")?;
            tracing::info!(user = %admin.name(), "sociale kaart imported");
            Ok(social_page(&state, admin, Vec::new(), true).into_response())
        }
        Err(CsvImportError::Invalid(errors)) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            social_page(&state, admin, errors, false),
        )
            .into_response()),
        Err(CsvImportError::Stale(since)) => {
            let mut page = social_page(&state, admin, Vec::new(), false);
            page.changed_since = Some(changed_since_lines(
                &since,
                &state.knowledge_base(),
                admin.lang,
            ));
            Ok((StatusCode::CONFLICT, page).into_response())
        }
        Err(CsvImportError::Database(error)) => Err(error).saving("the sociale kaart import"),
    }
}

/// Whether the upload's "import anyway" box (`overwrite`) was ticked.
fn if_changed(upload: &AdminUpload) -> IfChanged {
    IfChanged::overwrite_if(upload.ticked("overwrite"))
}

/// The logbook entries a refused upload names, one line each ("2026-11-27 10:12 CET, anna:
/// gewijzigd organisatie parnassia"), with a closing line when there are more or none.
fn changed_since_lines(since: &ChangedSince, kb: &KnowledgeBase, lang: Lang) -> Vec<String> {
    let tx = &texts::for_lang(lang).beheer;
    let mut lines: Vec<String> = since
        .entries
        .iter()
        .map(|e| {
            let action = super::log::action_label(&e.action, texts::for_lang(lang));
            let at = super::log::local_time(&e.at);
            let item = super::field_names::entity_label(&e.entity, kb, lang);
            format!("{at}, {}: {action} {item}", e.user_name)
        })
        .collect();
    if since.more {
        lines.push(tx.social_changed_more.to_owned());
    }
    if lines.is_empty() {
        lines.push(tx.social_changed_unlogged.to_owned());
    }
    lines
}
