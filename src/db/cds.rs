//! The CDS Hooks service's memory: which intervention each handed-out card was about, and the
//! feedback on the cards. No client data: a card is its uuid, an intervention slug and a day.
//! Both tables are bounded: each write drops the oldest rows beyond the limit.

use sqlx::SqlitePool;

/// The most cards remembered; feedback on an older card is refused as unknown.
pub const MAX_CARDS: i64 = 100_000;
/// The most feedback rows kept.
pub const MAX_FEEDBACK: i64 = 100_000;

/// What the professional did with a card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Accepted,
    Overridden,
}

impl Outcome {
    /// The code CDS Hooks uses.
    pub fn code(self) -> &'static str {
        match self {
            Self::Accepted => "accepted",
            Self::Overridden => "overridden",
        }
    }

    /// The outcome with this code.
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "accepted" => Some(Self::Accepted),
            "overridden" => Some(Self::Overridden),
            _ => None,
        }
    }
}

/// Remembers the cards of one response, in one transaction.
pub async fn remember_cards(
    pool: &SqlitePool,
    cards: &[(String, String)],
    day: &str,
) -> Result<(), sqlx::Error> {
    let mut tx = pool.begin().await?;
    for (uuid, slug) in cards {
        sqlx::query("INSERT INTO cds_card (uuid, intervention_slug, day) VALUES (?, ?, ?)")
            .bind(uuid)
            .bind(slug)
            .bind(day)
            .execute(&mut *tx)
            .await?;
    }
    sqlx::query("DELETE FROM cds_card WHERE id <= (SELECT MAX(id) FROM cds_card) - ?")
        .bind(MAX_CARDS)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

/// The intervention a card we handed out was about, if we still remember it.
pub async fn card_intervention(
    pool: &SqlitePool,
    uuid: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT intervention_slug FROM cds_card WHERE uuid = ?")
        .bind(uuid)
        .fetch_optional(pool)
        .await
}

/// One piece of feedback, as stored.
#[derive(Debug, Clone)]
pub struct Feedback {
    pub card_uuid: String,
    pub intervention_slug: String,
    pub outcome: Outcome,
    pub reason_code: Option<String>,
    pub day: String,
}

/// Stores feedback; a later report on the same card replaces the earlier one.
pub async fn store_feedback(pool: &SqlitePool, items: &[Feedback]) -> Result<(), sqlx::Error> {
    let mut tx = pool.begin().await?;
    for f in items {
        sqlx::query(
            "INSERT INTO cds_feedback (card_uuid, intervention_slug, outcome, reason_code, day) \
             VALUES (?, ?, ?, ?, ?) ON CONFLICT (card_uuid) DO UPDATE SET \
             outcome = excluded.outcome, reason_code = excluded.reason_code, day = excluded.day",
        )
        .bind(&f.card_uuid)
        .bind(&f.intervention_slug)
        .bind(f.outcome.code())
        .bind(&f.reason_code)
        .bind(&f.day)
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query("DELETE FROM cds_feedback WHERE id <= (SELECT MAX(id) FROM cds_feedback) - ?")
        .bind(MAX_FEEDBACK)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

/// How often the cards about one intervention got one outcome and reason.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Tally {
    pub intervention_slug: String,
    pub outcome: String,
    pub reason_code: Option<String>,
    pub count: i64,
}

/// The feedback counted per intervention, outcome and reason.
pub async fn tallies(pool: &SqlitePool) -> Result<Vec<Tally>, sqlx::Error> {
    sqlx::query_as(
        "SELECT intervention_slug, outcome, reason_code, COUNT(*) AS count FROM cds_feedback \
         GROUP BY intervention_slug, outcome, reason_code \
         ORDER BY intervention_slug, outcome, count DESC, reason_code",
    )
    .fetch_all(pool)
    .await
}

/// One stored row, for the CSV export.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Row {
    pub day: String,
    pub card_uuid: String,
    pub intervention_slug: String,
    pub outcome: String,
    pub reason_code: Option<String>,
}

/// Every stored feedback row, oldest first.
pub async fn rows(pool: &SqlitePool) -> Result<Vec<Row>, sqlx::Error> {
    sqlx::query_as(
        "SELECT day, card_uuid, intervention_slug, outcome, reason_code FROM cds_feedback \
         ORDER BY id",
    )
    .fetch_all(pool)
    .await
}
