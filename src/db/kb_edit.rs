//! Administrators' changes to one row of the cited knowledge-base tables that are edited row by
//! row (route facts, funding lines, plan rules, handout texts): applied to a copy of the rows
//! for a preview, and saved in one write transaction together with their audit entry. A change
//! to a row that changed since its form was opened is refused (optimistic concurrency: the form
//! carries the [`fingerprint`] of the row as it was opened), and so is a change that would make
//! the knowledge base as stored at that moment invalid.

use std::future::Future;
use std::pin::Pin;

use serde::Serialize;
use sqlx::{Sqlite, SqlitePool, Transaction};

use super::audit;
use super::knowledge::build;
use super::rows::{self, FundingLineRow, PlanRuleRow, RouteFactRow, Snapshot};
use super::versions::Fingerprint;

/// A write of one row inside a transaction.
pub type Insert<'a> = Pin<Box<dyn Future<Output = Result<(), sqlx::Error>> + Send + 'a>>;

/// A knowledge-base row that administrators edit one at a time, identified by its id.
pub trait KbRow: Clone + PartialEq + Serialize + Send + Sync + 'static {
    /// The statement that deletes it by id.
    const DELETE: &'static str;
    /// How the audit log names it ("financiering 3").
    const ENTITY: &'static str;

    /// Its id.
    fn id(&self) -> i64;
    /// Gives it an id (a new row gets the next free one).
    fn set_id(&mut self, id: i64);
    /// Its rows in a snapshot.
    fn rows(snapshot: &Snapshot) -> &Vec<Self>;
    /// Its rows in a snapshot, to change.
    fn rows_mut(snapshot: &mut Snapshot) -> &mut Vec<Self>;
    /// Inserts it, keeping its id.
    fn insert<'a, 'c: 'a>(&'a self, tx: &'a mut Transaction<'c, Sqlite>) -> Insert<'a>;
}

macro_rules! kb_row {
    ($row:ty, $table:literal, $entity:literal, $field:ident, $insert:path) => {
        impl KbRow for $row {
            const DELETE: &'static str = concat!("DELETE FROM ", $table, " WHERE id = ?");
            const ENTITY: &'static str = $entity;

            fn id(&self) -> i64 {
                self.id
            }
            fn set_id(&mut self, id: i64) {
                self.id = id;
            }
            fn rows(snapshot: &Snapshot) -> &Vec<Self> {
                &snapshot.$field
            }
            fn rows_mut(snapshot: &mut Snapshot) -> &mut Vec<Self> {
                &mut snapshot.$field
            }
            fn insert<'a, 'c: 'a>(&'a self, tx: &'a mut Transaction<'c, Sqlite>) -> Insert<'a> {
                Box::pin($insert(tx, self))
            }
        }
    };
}

kb_row!(
    RouteFactRow,
    "route_facts",
    "routefeit",
    route_facts,
    rows::insert_route_fact
);
kb_row!(
    FundingLineRow,
    "funding_lines",
    "financiering",
    funding_lines,
    rows::insert_funding_line
);
kb_row!(
    PlanRuleRow,
    "plan_rules",
    "planregel",
    plan_rules,
    rows::insert_plan_rule
);

/// What an administrator does to a row.
#[derive(Debug, Clone, PartialEq)]
pub enum RowChange<T> {
    Add(T),
    Change(T),
    Remove(i64),
}

impl<T: KbRow> RowChange<T> {
    /// `snapshot` with this change made. A new row gets the next free id.
    pub fn applied_to(&self, snapshot: &Snapshot) -> Snapshot {
        let mut next = snapshot.clone();
        let id = next_id::<T>(snapshot);
        let rows = T::rows_mut(&mut next);
        match self {
            Self::Add(row) => {
                let mut row = row.clone();
                row.set_id(id);
                rows.push(row);
            }
            Self::Change(row) => {
                for stored in rows.iter_mut().filter(|r| r.id() == row.id()) {
                    *stored = row.clone();
                }
            }
            Self::Remove(id) => rows.retain(|r| r.id() != *id),
        }
        next
    }

    /// The id of the row changed or removed (none for a new one).
    fn target(&self) -> Option<i64> {
        match self {
            Self::Add(_) => None,
            Self::Change(row) => Some(row.id()),
            Self::Remove(id) => Some(*id),
        }
    }
}

fn next_id<T: KbRow>(snapshot: &Snapshot) -> i64 {
    T::rows(snapshot).iter().map(KbRow::id).max().unwrap_or(0) + 1
}

/// The [`Fingerprint`] of a row (of `null` for a row that does not exist): what an edit form
/// carries to show which version it was opened on.
pub fn fingerprint<T: Serialize>(row: Option<&T>) -> String {
    Fingerprint::of(&row).to_string()
}

/// Why a change was not saved; nothing was written.
#[derive(Debug)]
pub enum RowSaveError<T> {
    /// The row changed (or was removed: `None`) since the form was opened.
    Stale(Option<T>),
    /// With the knowledge base as stored now, the change would make it invalid.
    Invalid(String),
    /// The database failed; the transaction was rolled back.
    Db(sqlx::Error),
}

impl<T> From<sqlx::Error> for RowSaveError<T> {
    fn from(error: sqlx::Error) -> Self {
        Self::Db(error)
    }
}

fn json<T: Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).expect("rows serialise")
}

/// Saves a change with its audit entry, all or nothing, if the row still has the fingerprint
/// `opened` (a new row: always). Returns the row's id.
pub async fn save_row<T: KbRow>(
    pool: &SqlitePool,
    change: &RowChange<T>,
    opened: &str,
    user_name: &str,
) -> Result<i64, RowSaveError<T>> {
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let snapshot = rows::fetch(&mut tx).await?;
    let stored = change
        .target()
        .and_then(|id| T::rows(&snapshot).iter().find(|r| r.id() == id));
    if change.target().is_some() && fingerprint(stored) != opened.trim() {
        return Err(RowSaveError::Stale(stored.cloned()));
    }
    if let Err(error) = build(change.applied_to(&snapshot)) {
        return Err(RowSaveError::Invalid(error.to_string()));
    }
    let before = stored.map(json);
    let (id, action, after) = match change {
        RowChange::Add(row) => {
            let mut row = row.clone();
            row.set_id(next_id::<T>(&snapshot));
            row.insert(&mut tx).await?;
            (row.id(), "nieuw", Some(json(&row)))
        }
        RowChange::Change(row) => {
            delete::<T>(&mut tx, row.id()).await?;
            row.insert(&mut tx).await?;
            (row.id(), "wijzig", Some(json(row)))
        }
        RowChange::Remove(id) => {
            delete::<T>(&mut tx, *id).await?;
            (*id, "verwijder", None)
        }
    };
    audit::record(
        &mut tx,
        user_name,
        action,
        &format!("{} {id}", T::ENTITY),
        before.as_ref(),
        after.as_ref(),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

async fn delete<T: KbRow>(tx: &mut Transaction<'_, Sqlite>, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query(T::DELETE).bind(id).execute(&mut **tx).await?;
    Ok(())
}
