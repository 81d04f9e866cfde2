//! The whole knowledge base as one JSON file: export, and an import that is validated first
//! and applied atomically (all or nothing), recorded in the audit log.

use sqlx::SqlitePool;

use super::audit;
use super::knowledge::{LoadError, build};
use super::rows::{self, Snapshot};
use crate::domain::knowledge::KnowledgeBase;

/// Why an import was refused; nothing was changed.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the file is not a knowledge-base export: {0}")]
    Format(#[from] serde_json::Error),
    #[error(transparent)]
    Invalid(#[from] LoadError),
    #[error("{}", .0.join("\n"))]
    Texts(Vec<String>),
    #[error("the database refused the import: {0}")]
    Database(#[from] sqlx::Error),
    /// The file was exported from another version than the stored one: importing it would
    /// silently undo the changes made since. Refused unless the caller says to overwrite.
    #[error(
        "the file was exported from knowledge-base version {exported_from}, but the stored version is now {current}: importing it would undo the changes made since the export"
    )]
    Stale {
        exported_from: String,
        current: String,
    },
}

/// Whether an import may replace a knowledge base that changed since the file was exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IfChanged {
    /// Refuse with [`ImportError::Stale`] (the default: nothing is overwritten silently).
    Refuse,
    /// Replace it anyway (the administrator has seen the refusal and confirmed).
    Overwrite,
}

impl IfChanged {
    /// [`Self::Overwrite`] when the administrator confirmed (`--overwrite-changes`, the
    /// "Toch inlezen" checkbox), else [`Self::Refuse`].
    pub fn overwrite_if(confirmed: bool) -> Self {
        if confirmed {
            Self::Overwrite
        } else {
            Self::Refuse
        }
    }
}

/// The key of the export file that names the version it was exported from. It sits beside the
/// tables, so files without it (older exports, hand-made files) still import, unchecked.
const EXPORTED_FROM: &str = "exported_from";

/// The current knowledge base as pretty-printed JSON, with the version it was exported from
/// (`exported_from`) so that importing it later can tell whether it would undo newer changes.
pub async fn export(pool: &SqlitePool) -> Result<String, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let snapshot = rows::fetch(&mut tx).await?;
    tx.commit().await?;
    let mut value = serde_json::to_value(&snapshot).expect("rows serialise");
    if let (Ok(kb), Some(object)) = (build(snapshot), value.as_object_mut()) {
        object.insert(EXPORTED_FROM.to_owned(), kb.version().into());
    }
    Ok(serde_json::to_string_pretty(&value).expect("rows serialise"))
}

/// The version a file says it was exported from, if it says so.
fn exported_from(json: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Origin {
        exported_from: Option<String>,
    }
    serde_json::from_str::<Origin>(json).ok()?.exported_from
}

/// Validates `json` as a knowledge base and, only if it is valid, replaces the stored one in a
/// single write transaction with an audit entry. Returns the new knowledge base to swap in.
/// A file exported from another version than the stored one is refused unless `if_changed`
/// is [`IfChanged::Overwrite`].
pub async fn import(
    pool: &SqlitePool,
    json: &str,
    user_name: &str,
    if_changed: IfChanged,
) -> Result<KnowledgeBase, ImportError> {
    let snapshot: Snapshot = serde_json::from_str(json)?;
    let problems = super::text_problems::problems_in(
        &serde_json::to_value(&snapshot).expect("rows serialise"),
    );
    if !problems.is_empty() {
        return Err(ImportError::Texts(problems));
    }
    let knowledge_base = build(snapshot.clone())?;
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let before = rows::fetch(&mut tx).await?;
    if let (IfChanged::Refuse, Some(exported_from)) = (if_changed, exported_from(json)) {
        let current = build(before.clone())?.version().to_owned();
        if current != exported_from {
            return Err(ImportError::Stale {
                exported_from,
                current,
            });
        }
    }
    rows::replace_all(&mut tx, &snapshot).await?;
    audit::record(
        &mut tx,
        user_name,
        "import",
        "kennisbank",
        Some(&audit::value(&before)),
        Some(&audit::value(&snapshot)),
    )
    .await?;
    tx.commit().await?;
    Ok(knowledge_base)
}
