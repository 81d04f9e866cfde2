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
}

/// The current knowledge base as pretty-printed JSON.
pub async fn export(pool: &SqlitePool) -> Result<String, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let snapshot = rows::fetch(&mut tx).await?;
    tx.commit().await?;
    Ok(serde_json::to_string_pretty(&snapshot).expect("rows serialise"))
}

/// Validates `json` as a knowledge base and, only if it is valid, replaces the stored one in a
/// single write transaction with an audit entry. Returns the new knowledge base to swap in.
pub async fn import(
    pool: &SqlitePool,
    json: &str,
    user_name: &str,
) -> Result<KnowledgeBase, ImportError> {
    let snapshot: Snapshot = serde_json::from_str(json)?;
    let problems = crate::domain::bounds::problems_in(
        &serde_json::to_value(&snapshot).expect("rows serialise"),
    );
    if !problems.is_empty() {
        return Err(ImportError::Texts(problems));
    }
    let knowledge_base = build(snapshot.clone())?;
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let before = rows::fetch(&mut tx).await?;
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
