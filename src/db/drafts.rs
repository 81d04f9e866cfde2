//! Administrators' changes to one intervention or one rule: applied to a copy of the rows
//! for a preview, and saved in one write transaction together with their audit entry.

use serde::Serialize;
use sqlx::SqlitePool;

use super::audit;
use super::rows::{self, InterventionRow, RecognitionRow, RuleRow, Snapshot, TextRow};
use super::versions::{self, SaveError};

/// An intervention with its recognitions and texts, as an administrator edits them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InterventionDraft {
    pub intervention: InterventionRow,
    pub recognitions: Vec<RecognitionRow>,
    pub texts: Vec<TextRow>,
}

impl InterventionDraft {
    /// The stored state of one intervention, if it exists.
    pub fn of(snapshot: &Snapshot, slug: &str) -> Option<Self> {
        let intervention = snapshot
            .interventions
            .iter()
            .find(|i| i.slug == slug)?
            .clone();
        Some(Self {
            intervention,
            recognitions: snapshot
                .recognitions
                .iter()
                .filter(|r| r.intervention_slug == slug)
                .cloned()
                .collect(),
            texts: snapshot
                .texts
                .iter()
                .filter(|t| t.intervention_slug == slug)
                .cloned()
                .collect(),
        })
    }

    /// `snapshot` with this draft in place of the stored intervention.
    pub fn applied_to(&self, snapshot: &Snapshot) -> Snapshot {
        let slug = &self.intervention.slug;
        let mut next = snapshot.clone();
        for row in next.interventions.iter_mut().filter(|i| &i.slug == slug) {
            *row = self.intervention.clone();
        }
        next.recognitions.retain(|r| &r.intervention_slug != slug);
        next.recognitions.extend(self.recognitions.iter().cloned());
        next.texts.retain(|t| &t.intervention_slug != slug);
        next.texts.extend(self.texts.iter().cloned());
        next
    }
}

/// What an administrator does to a rule.
#[derive(Debug, Clone, PartialEq)]
pub enum RuleChange {
    Add(RuleRow),
    Change(RuleRow),
    Remove(i64),
}

impl RuleChange {
    /// `snapshot` with this change made. A new rule gets the next free id.
    pub fn applied_to(&self, snapshot: &Snapshot) -> Snapshot {
        let mut next = snapshot.clone();
        match self {
            Self::Add(rule) => {
                let mut rule = rule.clone();
                rule.id = next_rule_id(snapshot);
                next.rules.push(rule);
            }
            Self::Change(rule) => {
                for row in next.rules.iter_mut().filter(|r| r.id == rule.id) {
                    *row = rule.clone();
                }
            }
            Self::Remove(id) => next.rules.retain(|r| r.id != *id),
        }
        next
    }
}

fn next_rule_id(snapshot: &Snapshot) -> i64 {
    snapshot.rules.iter().map(|r| r.id).max().unwrap_or(0) + 1
}

fn json<T: Serialize>(value: &T) -> serde_json::Value {
    audit::value(value)
}

/// Saves an intervention draft with its audit entry, all or nothing, if the stored intervention
/// still has the fingerprint `expected` (the one the form was opened with).
pub async fn save_intervention(
    pool: &SqlitePool,
    draft: &InterventionDraft,
    expected: &str,
    user_name: &str,
) -> Result<(), SaveError> {
    let slug = &draft.intervention.slug;
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let before = InterventionDraft::of(&rows::fetch(&mut tx).await?, slug);
    versions::check(before.as_ref(), expected)?;
    let i = &draft.intervention;
    sqlx::query(
        "UPDATE interventions SET name_nl = ?, name_en = ?, guidance = ?, evidence_level = ?, \
         evidence_source = ? WHERE slug = ?",
    )
    .bind(&i.name_nl)
    .bind(&i.name_en)
    .bind(&i.guidance)
    .bind(&i.evidence_level)
    .bind(&i.evidence_source)
    .bind(slug)
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM recognitions WHERE intervention_slug = ?")
        .bind(slug)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM intervention_texts WHERE intervention_slug = ?")
        .bind(slug)
        .execute(&mut *tx)
        .await?;
    for r in &draft.recognitions {
        rows::insert_recognition(&mut tx, r).await?;
    }
    for t in &draft.texts {
        rows::insert_text(&mut tx, t).await?;
    }
    let before = before.as_ref().map(json);
    audit::record(
        &mut tx,
        user_name,
        "wijzig",
        &format!("interventie {slug}"),
        before.as_ref(),
        Some(&json(draft)),
    )
    .await?;
    Ok(tx.commit().await?)
}

/// Saves a rule change with its audit entry, all or nothing. Returns the rule's id. A change or
/// removal with `expected` is made only if the stored rule still has that fingerprint.
pub async fn save_rule(
    pool: &SqlitePool,
    change: &RuleChange,
    expected: Option<&str>,
    user_name: &str,
) -> Result<i64, SaveError> {
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let snapshot = rows::fetch(&mut tx).await?;
    if let (Some(expected), RuleChange::Change(RuleRow { id, .. }) | RuleChange::Remove(id)) =
        (expected, change)
    {
        versions::check(snapshot.rules.iter().find(|r| r.id == *id), expected)?;
    }
    let find = |id: i64| snapshot.rules.iter().find(|r| r.id == id).map(json);
    let (id, action, before, after) = match change {
        RuleChange::Add(rule) => {
            let mut rule = rule.clone();
            rule.id = next_rule_id(&snapshot);
            rows::insert_rule(&mut tx, &rule).await?;
            (rule.id, "nieuw", None, Some(json(&rule)))
        }
        RuleChange::Change(rule) => {
            sqlx::query(
                "UPDATE rules SET dimension = ?, match_values = ?, effect = ?, points = ?, \
                 text_nl = ?, text_en = ?, source = ?, condition = ? WHERE id = ?",
            )
            .bind(&rule.dimension)
            .bind(&rule.match_values)
            .bind(&rule.effect)
            .bind(rule.points)
            .bind(&rule.text_nl)
            .bind(&rule.text_en)
            .bind(&rule.source)
            .bind(&rule.condition)
            .bind(rule.id)
            .execute(&mut *tx)
            .await?;
            (rule.id, "wijzig", find(rule.id), Some(json(rule)))
        }
        RuleChange::Remove(id) => {
            sqlx::query("DELETE FROM rules WHERE id = ?")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            (*id, "verwijder", find(*id), None)
        }
    };
    audit::record(
        &mut tx,
        user_name,
        action,
        &format!("regel {id}"),
        before.as_ref(),
        after.as_ref(),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}
