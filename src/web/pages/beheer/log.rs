//! `GET /beheer/logboek`: the audit log, newest first, a page at a time, each entry in Dutch
//! time with field by field what changed (before -> after), each field and code named as its
//! edit form names it, and the stored JSON (with the raw field paths) behind "ruwe gegevens".

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use jiff::Timestamp;
use serde::Deserialize;

use super::{Admin, field_names};
use crate::db::audit::{self, Entry};
use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;
use crate::state::AppState;
use crate::web::error::{AppError, Context};
use crate::web::pages::Chrome;
use crate::web::texts::{self, Texts};

/// Entries per page.
pub const PER_PAGE: i64 = 25;
/// The longest raw JSON shown for one entry (older entries hold whole copies).
const MAX_RAW_CHARS: usize = 20_000;

/// One changed field, ready to show.
pub struct ChangeView {
    /// The field as the edit form labels it; its path when no form names it.
    pub field: String,
    /// Whether `field` is a raw path (shown as code).
    pub raw_path: bool,
    pub before: String,
    pub after: String,
}

/// One entry, ready to show.
pub struct EntryView {
    pub id: i64,
    /// In Europe/Amsterdam, for example `2026-11-27 07:32 CET`.
    pub local: String,
    /// The stored UTC time, for `<time datetime>`.
    pub utc: String,
    pub user: String,
    pub action: String,
    pub entity: String,
    pub changes: Vec<ChangeView>,
    /// The "and n more" line, if fields were left out.
    pub more: Option<String>,
    pub raw: String,
}

/// `GET /beheer/logboek?pagina=N`.
#[derive(Template, WebTemplate)]
#[template(path = "beheer/log.html")]
pub struct LogPage {
    chrome: Chrome,
    entries: Vec<EntryView>,
    /// "Pagina 2 van 7".
    position: String,
    newer: Option<String>,
    older: Option<String>,
}

/// The query of the log page.
#[derive(Debug, Deserialize)]
pub struct LogQuery {
    pagina: Option<String>,
}

/// `stamp` (UTC, as the database writes it) in Dutch time; the stamp itself if unreadable.
pub fn local_time(stamp: &str) -> String {
    let Ok(at) = stamp.parse::<Timestamp>() else {
        return stamp.to_owned();
    };
    match at.in_tz("Europe/Amsterdam") {
        Ok(local) => local.strftime("%Y-%m-%d %H:%M %Z").to_string(),
        Err(_) => stamp.to_owned(),
    }
}

/// The action of a logbook entry in the page language ("gewijzigd", "imported").
pub fn action_label(action: &str, tx: &'static Texts) -> String {
    match action {
        "wijzig" | "update" => tx.beheer.action_update,
        "nieuw" | "create" => tx.beheer.action_create,
        "verwijder" | "delete" => tx.beheer.action_delete,
        "import" => tx.beheer.action_import,
        other => other,
    }
    .to_owned()
}

fn raw(entry: &Entry, tx: &'static Texts) -> String {
    let text = match (&entry.changes, &entry.before, &entry.after) {
        (Some(changes), _, _) => serde_json::from_str::<serde_json::Value>(changes)
            .ok()
            .and_then(|v| serde_json::to_string_pretty(&v).ok())
            .unwrap_or_else(|| changes.clone()),
        (None, before, after) => format!(
            "{}:\n{}\n\n{}:\n{}",
            tx.beheer.before,
            before.as_deref().unwrap_or("–"),
            tx.beheer.after,
            after.as_deref().unwrap_or("–")
        ),
    };
    if text.chars().count() > MAX_RAW_CHARS {
        let cut: String = text.chars().take(MAX_RAW_CHARS).collect();
        return format!("{cut}… {}", tx.beheer.log_cut);
    }
    text
}

fn view(entry: &Entry, kb: &KnowledgeBase, lang: Lang) -> EntryView {
    let tx = texts::for_lang(lang);
    let diff = entry.diff();
    let names = field_names::for_entity(&entry.entity, kb, lang);
    let show = |path: &str, v: &Option<serde_json::Value>| match v {
        None | Some(serde_json::Value::Null) => "–".to_owned(),
        Some(v) => names.value(path, v),
    };
    EntryView {
        id: entry.id,
        local: local_time(&entry.at),
        utc: entry.at.clone(),
        user: entry.user_name.clone(),
        action: action_label(&entry.action, tx),
        entity: field_names::entity_label(&entry.entity, kb, lang),
        changes: diff
            .changes
            .iter()
            .map(|c| {
                let label = names.label(&c.path);
                ChangeView {
                    raw_path: label.is_none(),
                    field: label.unwrap_or_else(|| c.path.clone()),
                    before: show(&c.path, &c.before),
                    after: show(&c.path, &c.after),
                }
            })
            .collect(),
        more: (diff.more > 0).then(|| tx.beheer.log_more.replace("{n}", &diff.more.to_string())),
        raw: raw(entry, tx),
    }
}

/// `GET /beheer/logboek?pagina=N`: page N (from 1) of the log, newest first.
pub async fn log(
    State(state): State<AppState>,
    admin: Admin,
    Query(query): Query<LogQuery>,
) -> Result<Response, AppError> {
    let lang = admin.lang;
    let page = query
        .pagina
        .and_then(|p| p.trim().parse::<i64>().ok())
        .filter(|p| (1..=1_000_000).contains(p))
        .unwrap_or(1);
    let read = async {
        let total = audit::count(&state.db).await?;
        let entries = audit::page(&state.db, page - 1, PER_PAGE).await?;
        Ok::<_, sqlx::Error>((total, entries))
    };
    let (total, entries) = read.await.context("cannot read the audit log")?;
    let kb = state.knowledge_base();
    let pages = ((total + PER_PAGE - 1) / PER_PAGE).max(1);
    let link = |p: i64| format!("/beheer/logboek?pagina={p}");
    Ok(LogPage {
        chrome: Chrome::new(lang, &link(page), "beheer"),
        entries: entries.iter().map(|e| view(e, &kb, lang)).collect(),
        position: texts::for_lang(lang)
            .beheer
            .log_page
            .replace("{page}", &page.to_string())
            .replace("{pages}", &pages.to_string()),
        newer: (page > 1).then(|| link((page - 1).min(pages))),
        older: (page < pages).then(|| link(page + 1)),
    }
    .into_response())
}

#[cfg(test)]
mod tests {
    use super::local_time;

    #[test]
    fn log_times_are_dutch_time_in_winter_and_summer() {
        assert_eq!(local_time("2026-11-27T06:32:00Z"), "2026-11-27 07:32 CET");
        assert_eq!(local_time("2026-07-01T06:32:00Z"), "2026-07-01 08:32 CEST");
        assert_eq!(local_time("not a time"), "not a time");
    }
}
