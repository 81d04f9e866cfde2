//! Anonymous cases: a profile's codes under a random code, so that an advice has an address
//! that survives Back, reload, bookmarks and the language switch. Nothing that identifies a
//! client is stored: only the answers' codes (and those before the last change), the
//! knowledge-base version and three times.
//! Cases expire after a set time and are bounded in number.

use std::sync::Arc;

use sqlx::SqlitePool;
use tokio::sync::OnceCell;

use super::batches::Batches;
use super::case_codes::CaseCodes;
use super::case_lookups::Lookups;

/// A stored case.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Case {
    /// The case's number: where its row is (see [`CaseCodes`]).
    pub id: i64,
    pub code: String,
    /// The profile as form pairs (`severity=epa&...`).
    pub profile: String,
    /// The profile before the last save through the change form (same form); `None` when the
    /// case was never saved again (migration 0060).
    pub previous_profile: Option<String>,
    pub kb_version: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub expires_at: i64,
}

/// What looking up a code found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    Found(Case),
    /// The case existed but its time is up (it is removed now).
    Expired,
    /// No such case (never made, deleted, or purged).
    Unknown,
}

/// Why a case could not be stored.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the maximum number of cases is reached")]
    Full,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// How long cases live and how many there may be.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Seconds from the last save to expiry.
    pub ttl_seconds: i64,
    /// The most cases stored at once.
    pub max_cases: i64,
}

/// Now, in seconds since the Unix epoch.
pub fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// Whether `code` has the form of a case code (checked before any query).
pub fn is_code(code: &str) -> bool {
    code.len() == 32
        && code
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The number of stored cases, kept by triggers (migration 0043): one row, not a scan.
const COUNT: &str = "SELECT n FROM case_count WHERE id = 1";

/// The number of stored cases and the highest case number ever given (kept by the insert
/// trigger, migration 0056: a number is never given twice, not even after its case is gone).
const COUNT_AND_LAST: &str = "SELECT n, last_id FROM case_count WHERE id = 1";

/// The row of one code, with three parameters: the number in the code (see
/// [`CaseCodes::number`]), the code, the code again. A case made before migration 0055 is
/// found by its code alone (`legacy`); any other only through its number, and only when the
/// row's code is the same.
macro_rules! by_code {
    () => {
        "((id = ? AND code = ?) OR (legacy = 1 AND code = ?))"
    };
}

/// One case waiting to be stored, with where its code (or why not) goes.
struct Job {
    profile: String,
    kb_version: String,
    limits: Limits,
    reply: tokio::sync::oneshot::Sender<Result<String, StoreError>>,
}

/// New cases, stored in batches: every case posted while one batch is being written goes
/// into the next, one transaction for all of them. A transaction per case wrote a few
/// database pages to the write-ahead log for each case and made SQLite checkpoint several
/// times a second under load; the storing `POST /advies` ran at about 2,300 a second whatever
/// else was done. Nothing waits for a batch to fill: a case alone is written at once.
#[derive(Default)]
pub struct CaseStore {
    /// Cases posted and not yet written.
    writes: Batches<Job>,
    /// Case lookups, read in batches.
    lookups: Lookups,
    /// The database's case codes, read once (see [`CaseCodes`]).
    codes: OnceCell<Arc<CaseCodes>>,
}

impl CaseStore {
    /// Stores a new case and returns its code. When the bound is reached, expired cases are
    /// purged first; if that frees nothing, [`StoreError::Full`].
    pub async fn create(
        &self,
        pool: &SqlitePool,
        profile: &str,
        kb_version: &str,
        limits: Limits,
    ) -> Result<String, StoreError> {
        let codes = Arc::clone(self.codes(pool).await?);
        let (reply, answer) = tokio::sync::oneshot::channel();
        let job = Job {
            profile: profile.to_owned(),
            kb_version: kb_version.to_owned(),
            limits,
            reply,
        };
        let pool = pool.clone();
        self.writes
            .submit(job, answer, |batch| write_batch(pool, codes, batch))
            .await
            .unwrap_or_else(|| Err(StoreError::Database(sqlx::Error::WorkerCrashed)))
    }

    /// Looks up a case by its code, batched with the lookups made meanwhile (see
    /// `db/case_lookups.rs`); an expired one is removed and reported as [`Lookup::Expired`].
    pub async fn find(&self, pool: &SqlitePool, code: &str) -> Result<Lookup, sqlx::Error> {
        let codes = self.codes(pool).await?;
        self.lookups.find(pool, codes, code).await
    }

    /// Replaces a live case's answers (and restarts its time), keeping the answers it replaces
    /// as the previous ones (in the same statement: `SET` reads the row as it was); false when
    /// there is no live case with this code.
    pub async fn update(
        &self,
        pool: &SqlitePool,
        code: &str,
        profile: &str,
        kb_version: &str,
        limits: Limits,
    ) -> Result<bool, sqlx::Error> {
        let Some(number) = self.codes(pool).await?.number(code) else {
            return Ok(false);
        };
        let now = now();
        let done = sqlx::query(concat!(
            "UPDATE cases SET previous_profile = profile, profile = ?, kb_version = ?, updated_at = ?, \
             expires_at = ? WHERE ",
            by_code!(),
            " AND expires_at > ?"
        ))
        .bind(profile)
        .bind(kb_version)
        .bind(now)
        .bind(now + limits.ttl_seconds)
        .bind(number)
        .bind(code)
        .bind(code)
        .bind(now)
        .execute(pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Deletes a case at once; false when there was none with this code.
    pub async fn delete(&self, pool: &SqlitePool, code: &str) -> Result<bool, sqlx::Error> {
        let Some(number) = self.codes(pool).await?.number(code) else {
            return Ok(false);
        };
        let done = sqlx::query(concat!("DELETE FROM cases WHERE ", by_code!()))
            .bind(number)
            .bind(code)
            .bind(code)
            .execute(pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The database's case codes, read from it the first time.
    async fn codes(&self, pool: &SqlitePool) -> Result<&Arc<CaseCodes>, sqlx::Error> {
        self.codes
            .get_or_try_init(|| async { CaseCodes::load(pool).await.map(Arc::new) })
            .await
    }
}

/// Writes `jobs` in one transaction and answers each; when that transaction fails, each case
/// is tried alone, so every one gets its own answer (a full disk, say).
async fn write_batch(pool: SqlitePool, codes: Arc<CaseCodes>, jobs: Vec<Job>) {
    if jobs.len() > 1 {
        let cases: Vec<(&str, &str, Limits)> = jobs
            .iter()
            .map(|j| (j.profile.as_str(), j.kb_version.as_str(), j.limits))
            .collect();
        if let Ok(results) = insert_all(&pool, &codes, &cases).await {
            for (job, result) in jobs.into_iter().zip(results) {
                let _ = job.reply.send(result);
            }
            return;
        }
    }
    for job in jobs {
        let case = [(job.profile.as_str(), job.kb_version.as_str(), job.limits)];
        let result = match insert_all(&pool, &codes, &case).await {
            Ok(mut results) => results.pop().unwrap_or(Err(StoreError::Full)),
            Err(error) => Err(StoreError::Database(error)),
        };
        let _ = job.reply.send(result);
    }
}

/// At most this many cases in one `INSERT` (seven parameters each, far below SQLite's limit).
const ROWS_PER_INSERT: usize = 256;

/// Stores `cases` (profile, knowledge-base version, limits) in one transaction, each within
/// its bound; a case past the bound (after a purge of the expired ones) is [`StoreError::Full`].
/// Each gets the next number (the transaction holds the write lock, so no other process
/// takes it meanwhile) and a code made from it: new rows go at the end of the table.
/// The admitted cases go in with one multi-row `INSERT`: every statement is a round trip to the
/// connection's worker thread, so a statement per case cost a thread switch per case.
async fn insert_all(
    pool: &SqlitePool,
    codes: &CaseCodes,
    cases: &[(&str, &str, Limits)],
) -> Result<Vec<Result<String, StoreError>>, sqlx::Error> {
    let now = now();
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let (mut stored, mut last) = sqlx::query_as::<_, (i64, i64)>(COUNT_AND_LAST)
        .fetch_one(&mut *tx)
        .await?;
    let mut purged = false;
    let mut results = Vec::with_capacity(cases.len());
    let mut rows = Vec::with_capacity(cases.len());
    for &(profile, kb_version, limits) in cases {
        if stored >= limits.max_cases && !purged {
            sqlx::query("DELETE FROM cases WHERE expires_at <= ?")
                .bind(now)
                .execute(&mut *tx)
                .await?;
            let kept = sqlx::query_scalar::<_, i64>(COUNT)
                .fetch_one(&mut *tx)
                .await?;
            // The admitted cases are inserted after the loop: not in the count yet.
            stored = kept + i64::try_from(rows.len()).unwrap_or(i64::MAX);
            purged = true;
        }
        if stored >= limits.max_cases {
            results.push(Err(StoreError::Full));
            continue;
        }
        last += 1;
        let code = codes.code_for(last);
        rows.push((
            last,
            code.clone(),
            profile,
            kb_version,
            now + limits.ttl_seconds,
        ));
        stored += 1;
        results.push(Ok(code));
    }
    for chunk in rows.chunks(ROWS_PER_INSERT) {
        let mut insert = sqlx::QueryBuilder::new(
            "INSERT INTO cases (id, code, profile, kb_version, created_at, updated_at, expires_at) ",
        );
        insert.push_values(
            chunk,
            |mut row, (id, code, profile, kb_version, expires_at)| {
                row.push_bind(*id)
                    .push_bind(code.as_str())
                    .push_bind(*profile)
                    .push_bind(*kb_version)
                    .push_bind(now)
                    .push_bind(now)
                    .push_bind(*expires_at);
            },
        );
        // Not kept prepared: every batch size is its own statement, and a connection keeping
        // one per size (up to 256 rows each) took megabytes.
        insert.build().persistent(false).execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(results)
}

/// `SELECT` of every column of [`Case`] from `cases`, without a `WHERE`.
macro_rules! select_cases {
    () => {
        concat!(
            "SELECT id, code, profile, previous_profile, kb_version, created_at, updated_at, ",
            "expires_at FROM cases"
        )
    };
}
pub(super) use select_cases;

/// What a read row means: an expired case is removed and reported as [`Lookup::Expired`].
pub(super) async fn expire(pool: &SqlitePool, case: Option<Case>) -> Result<Lookup, sqlx::Error> {
    Ok(match case {
        None => Lookup::Unknown,
        Some(case) if case.expires_at <= now() => {
            // This very row, and only while it is expired: it may have been changed or
            // deleted since it was read.
            sqlx::query("DELETE FROM cases WHERE id = ? AND code = ? AND expires_at <= ?")
                .bind(case.id)
                .bind(&case.code)
                .bind(now())
                .execute(pool)
                .await?;
            Lookup::Expired
        }
        Some(case) => Lookup::Found(case),
    })
}

/// Deletes every expired case; returns how many.
pub async fn purge_expired(pool: &SqlitePool) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM cases WHERE expires_at <= ?")
        .bind(now())
        .execute(pool)
        .await?;
    Ok(done.rows_affected())
}

/// How many cases are stored.
pub async fn count(pool: &SqlitePool) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(COUNT).fetch_one(pool).await
}
