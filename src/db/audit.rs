//! The audit log: who changed what, when, and which fields changed (before -> after). Entries
//! are written in the same transaction as the change they describe; the schema refuses to
//! update or delete them. Entries from before migration 0038 hold two full copies (`before`,
//! `after`); newer ones hold only the changed fields, at most [`MAX_CHANGES`] of them with
//! values cut at [`MAX_VALUE_CHARS`] characters, so one import cannot write megabytes.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use sqlx::{Sqlite, SqlitePool, Transaction};

use super::versions::{Change, changes};

/// The most changed fields one entry lists; the rest are counted.
pub const MAX_CHANGES: usize = 100;
/// The longest value one change keeps (in characters); longer ones are cut with "…".
pub const MAX_VALUE_CHARS: usize = 500;

/// One entry.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Entry {
    pub id: i64,
    /// UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    pub at: String,
    pub user_name: String,
    pub action: String,
    pub entity: String,
    /// Older entries: the whole item before and after.
    pub before: Option<String>,
    pub after: Option<String>,
    /// Newer entries: a [`Diff`] as JSON.
    pub changes: Option<String>,
}

/// What one entry says changed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Diff {
    pub changes: Vec<Change>,
    /// How many more fields changed than are listed.
    #[serde(default)]
    pub more: usize,
}

impl Diff {
    /// The changes from `before` to `after` (`None`: the item did not exist), bounded.
    pub fn between(before: Option<&Value>, after: Option<&Value>) -> Self {
        let all = changes(
            before.unwrap_or(&Value::Null),
            after.unwrap_or(&Value::Null),
        );
        let more = all.len().saturating_sub(MAX_CHANGES);
        let changes = all
            .into_iter()
            .take(MAX_CHANGES)
            .map(|c| Change {
                path: c.path,
                before: c.before.map(cut),
                after: c.after.map(cut),
            })
            .collect();
        Self { changes, more }
    }
}

fn cut(value: Value) -> Value {
    match value {
        Value::String(s) if s.chars().count() > MAX_VALUE_CHARS => {
            Value::String(s.chars().take(MAX_VALUE_CHARS).chain(['…']).collect())
        }
        other => other,
    }
}

impl Entry {
    /// What changed: the stored diff, or for an older entry the diff of its two copies (a copy
    /// that is not JSON, such as an old CSV import, shows as one text field).
    pub fn diff(&self) -> Diff {
        if let Some(changes) = &self.changes {
            return serde_json::from_str(changes).unwrap_or_default();
        }
        let parse = |text: &Option<String>| {
            text.as_deref()
                .map(|t| serde_json::from_str(t).unwrap_or_else(|_| Value::String(t.to_owned())))
        };
        Diff::between(parse(&self.before).as_ref(), parse(&self.after).as_ref())
    }
}

/// Records a change inside the transaction that makes it: the fields that differ between
/// `before` and `after` (either `None` when the item did not exist).
pub async fn record(
    tx: &mut Transaction<'_, Sqlite>,
    user_name: &str,
    action: &str,
    entity: &str,
    before: Option<&Value>,
    after: Option<&Value>,
) -> Result<(), sqlx::Error> {
    let diff = serde_json::to_string(&Diff::between(before, after)).expect("diffs serialise");
    sqlx::query("INSERT INTO audit_log (user_name, action, entity, changes) VALUES (?, ?, ?, ?)")
        .bind(user_name)
        .bind(action)
        .bind(entity)
        .bind(diff)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// One page of entries, newest first: `per_page` entries after skipping `page * per_page`.
pub async fn page(pool: &SqlitePool, page: i64, per_page: i64) -> Result<Vec<Entry>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, at, user_name, action, entity, before, after, changes FROM audit_log \
         ORDER BY id DESC LIMIT ? OFFSET ?",
    )
    .bind(per_page)
    .bind(page.saturating_mul(per_page))
    .fetch_all(pool)
    .await
}

/// How many entries there are.
pub async fn count(pool: &SqlitePool) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT count(*) FROM audit_log")
        .fetch_one(pool)
        .await
}

/// The JSON value of a row, for [`record`].
pub fn value<T: Serialize>(row: &T) -> Value {
    serde_json::to_value(row).expect("rows serialise")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_diff_is_bounded_in_count_and_length() {
        let before =
            json!({"items": (0..500).map(|i| json!({"id": i, "t": "x"})).collect::<Vec<_>>()});
        let after = json!({"items": (0..500).map(|i| json!({"id": i, "t": "y".repeat(5000)})).collect::<Vec<_>>()});
        let diff = Diff::between(Some(&before), Some(&after));
        assert_eq!(diff.changes.len(), MAX_CHANGES);
        assert_eq!(diff.more, 500 - MAX_CHANGES);
        let long = diff.changes[0].after.as_ref().unwrap().as_str().unwrap();
        assert_eq!(long.chars().count(), MAX_VALUE_CHARS + 1);
    }
}
