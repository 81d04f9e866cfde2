//! Download and upload of the sociale kaart as one CSV file (the format is
//! [`super::social_csv`]). The download ends with its [`Origin`]; an upload is validated in
//! full and applied all or nothing with an audit entry. An upload exported before a later
//! change (its origin fingerprint is not that of the stored map) is refused unless the caller
//! says to overwrite, naming the logbook entries since the export: otherwise an old file would
//! silently undo a colleague's edits. Files without an origin line import unchecked.

use sqlx::{SqliteConnection, SqlitePool};

use super::audit::{self, Entry};
use super::exchange::IfChanged;
use super::rows::{self, SocialMapRows};
use super::social_csv;
use super::social_origin::Origin;
use super::versions::Fingerprint;

/// The most logbook entries a refusal names.
pub const MAX_NAMED: usize = 10;

/// Why a CSV upload was refused; nothing changed.
#[derive(Debug, thiserror::Error)]
pub enum CsvImportError {
    #[error("{}", .0.join("\n"))]
    Invalid(Vec<String>),
    #[error("the database refused the import: {0}")]
    Database(#[from] sqlx::Error),
    /// The file was exported before a later change to the sociale kaart.
    #[error(
        "the sociale kaart changed after the file was exported: importing it would undo those changes"
    )]
    Stale(ChangedSince),
}

/// What changed since an export, as far as the logbook tells.
#[derive(Debug, Clone, Default)]
pub struct ChangedSince {
    /// The logbook entries after the export that touch the sociale kaart, oldest first, at
    /// most [`MAX_NAMED`]; empty when the logbook names none (a change made outside beheer, or
    /// a file that does not say which entry was the last).
    pub entries: Vec<Entry>,
    /// Whether more entries than listed touch it.
    pub more: bool,
}

/// The stored sociale kaart as CSV, ending with the line naming its origin.
pub async fn export(pool: &SqlitePool) -> Result<String, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let map = rows::fetch_social_map(&mut tx).await?;
    let last: i64 = sqlx::query_scalar("SELECT coalesce(max(id), 0) FROM audit_log")
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;
    let origin = Origin {
        fingerprint: Fingerprint::of(&map).to_string(),
        after_entry: Some(last),
    };
    Ok(social_csv::to_csv(&map, Some(&origin)))
}

/// Replaces the sociale kaart by the CSV, with an audit entry, all or nothing (a file equal to
/// the stored map changes nothing and writes no entry). A file whose
/// origin is not the stored map is refused with [`CsvImportError::Stale`] unless `if_changed`
/// is [`IfChanged::Overwrite`].
pub async fn import(
    pool: &SqlitePool,
    text: &str,
    interventions: &[String],
    user_name: &str,
    if_changed: IfChanged,
) -> Result<(), CsvImportError> {
    let parsed = social_csv::from_csv(text, interventions).map_err(CsvImportError::Invalid)?;
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let before = rows::fetch_social_map(&mut tx).await?;
    if before == parsed.map {
        // Nothing would change (a fresh export uploaded as it is): no write, no logbook entry,
        // so the next export is the same file.
        return Ok(());
    }
    if let (IfChanged::Refuse, Some(origin)) = (if_changed, &parsed.origin)
        && !Fingerprint::of(&before).matches(&origin.fingerprint)
    {
        let since = match origin.after_entry {
            Some(after) => changed_since(&mut tx, after).await?,
            None => ChangedSince::default(),
        };
        return Err(CsvImportError::Stale(since));
    }
    write(&mut tx, user_name, &before, &parsed.map).await?;
    tx.commit().await?;
    Ok(())
}

async fn write(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    user_name: &str,
    before: &SocialMapRows,
    map: &SocialMapRows,
) -> Result<(), sqlx::Error> {
    rows::replace_social_map(tx, map).await?;
    audit::record(
        tx,
        user_name,
        "import",
        "sociale kaart (CSV)",
        Some(&audit::value(before)),
        Some(&audit::value(map)),
    )
    .await
}

/// The logbook entries after entry `after` that touch the sociale kaart: its editors' entries
/// (`regio …`, `organisatie …`, `aanbod …`), CSV imports, and knowledge-base imports that
/// changed it.
async fn changed_since(
    conn: &mut SqliteConnection,
    after: i64,
) -> Result<ChangedSince, sqlx::Error> {
    let candidates: Vec<Entry> = sqlx::query_as(
        "SELECT id, at, user_name, action, entity, before, after, changes FROM audit_log \
         WHERE id > ? AND (entity LIKE 'regio %' OR entity LIKE 'organisatie %' \
         OR entity LIKE 'aanbod %' OR entity LIKE 'sociale kaart%' OR entity = 'kennisbank') \
         ORDER BY id LIMIT 200",
    )
    .bind(after)
    .fetch_all(conn)
    .await?;
    let mut entries: Vec<Entry> = candidates
        .into_iter()
        .filter(|e| e.entity != "kennisbank" || touches_map(e))
        .collect();
    let more = entries.len() > MAX_NAMED;
    entries.truncate(MAX_NAMED);
    Ok(ChangedSince { entries, more })
}

/// Whether a knowledge-base import's entry changed the sociale kaart (or may have: fields left
/// out of the entry).
fn touches_map(entry: &Entry) -> bool {
    let diff = entry.diff();
    diff.more > 0
        || diff
            .changes
            .iter()
            .any(|c| c.path.starts_with("social_map"))
}
