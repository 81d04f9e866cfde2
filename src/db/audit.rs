//! The audit log: who changed what, when, before and after. Entries are written in the same
//! transaction as the change they describe; the schema refuses to update or delete them.

use sqlx::{Sqlite, SqlitePool, Transaction};

/// One entry.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Entry {
    pub id: i64,
    pub at: String,
    pub user_name: String,
    pub action: String,
    pub entity: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// Records a change inside the transaction that makes it.
pub async fn record(
    tx: &mut Transaction<'_, Sqlite>,
    user_name: &str,
    action: &str,
    entity: &str,
    before: Option<&str>,
    after: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO audit_log (user_name, action, entity, before, after) VALUES (?, ?, ?, ?, ?)",
    )
    .bind(user_name)
    .bind(action)
    .bind(entity)
    .bind(before)
    .bind(after)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The newest entries first.
pub async fn newest(pool: &SqlitePool, limit: i64) -> Result<Vec<Entry>, sqlx::Error> {
    sqlx::query_as("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?")
        .bind(limit)
        .fetch_all(pool)
        .await
}
