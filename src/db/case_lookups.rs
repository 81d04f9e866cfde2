//! Case lookups in batches: every code asked for while one batch is being read goes into the
//! next, read with one `SELECT ... WHERE id IN (...)` (the numbers in the codes, see
//! [`CaseCodes`]). A query is a round trip to a
//! connection's worker thread (two thread switches, and sqlx pings a connection when it goes
//! back to the pool); reading a case alone cost about 35 µs of CPU under load, more than
//! everything else the case page does with its page kept in memory (see `BENCHMARKS.md`,
//! fourth round). Every lookup still reads the database after it was asked for: a batch
//! starts only after each of its codes was queued, so a case changed or deleted by anyone
//! (another process included) is seen at once. Nothing waits for a batch to fill: a lookup
//! alone is read at once. One batch is read at a time (the next one gathers meanwhile), which
//! on two cores beat several small reads at once.

use std::collections::HashMap;

use sqlx::SqlitePool;
use tokio::sync::oneshot;

use super::batches::Batches;
use super::case_codes::CaseCodes;
use super::cases::{Case, Lookup, expire, select_cases};

/// At most this many codes in one query, each twice (far below SQLite's limit on parameters).
const CODES_PER_QUERY: usize = 256;

/// One lookup waiting for its batch.
struct Asked {
    code: String,
    /// The case number in the code.
    number: i64,
    reply: oneshot::Sender<Result<Option<Case>, String>>,
}

/// The lookups asked for and not yet read.
#[derive(Default)]
pub struct Lookups {
    batches: Batches<Asked>,
}

impl Lookups {
    /// Looks up the case of `code` in the next batch; an expired one is removed and reported
    /// as [`Lookup::Expired`].
    pub async fn find(
        &self,
        pool: &SqlitePool,
        codes: &CaseCodes,
        code: &str,
    ) -> Result<Lookup, sqlx::Error> {
        let Some(number) = codes.number(code) else {
            return Ok(Lookup::Unknown);
        };
        let (reply, answer) = oneshot::channel();
        let asked = Asked {
            code: code.to_owned(),
            number,
            reply,
        };
        let reader = pool.clone();
        let row = self
            .batches
            .submit(asked, answer, |batch| read_batch(reader, batch))
            .await
            .unwrap_or_else(|| Err("the batch lost a lookup".to_owned()))
            .map_err(sqlx::Error::Protocol)?;
        expire(pool, row).await
    }
}

/// Reads the cases of `batch` and answers each lookup with its row (or none); when the read
/// fails, each lookup gets the error. A row answers a lookup only when its code is the code
/// asked for (see [`CaseCodes`]); the cases made before migration 0055 are found by their
/// code alone.
async fn read_batch(pool: SqlitePool, batch: Vec<Asked>) {
    let mut codes: Vec<(i64, &str)> = batch
        .iter()
        .map(|asked| (asked.number, asked.code.as_str()))
        .collect();
    codes.sort_unstable();
    codes.dedup();
    let mut found: HashMap<String, Case> = HashMap::with_capacity(codes.len());
    let mut failure = None;
    for chunk in codes.chunks(CODES_PER_QUERY) {
        // The lists filled up to a power of two with their first again: a few statements
        // of a few sizes, each prepared once per connection, instead of one per length.
        let first = chunk.first().copied().unwrap_or_default();
        let padding = chunk.len().next_power_of_two() - chunk.len();
        let padded = || {
            chunk
                .iter()
                .copied()
                .chain(std::iter::repeat_n(first, padding))
        };
        let mut select = sqlx::QueryBuilder::new(concat!(select_cases!(), " WHERE id IN ("));
        let mut numbers = select.separated(", ");
        for (number, _) in padded() {
            numbers.push_bind(number);
        }
        select.push(") OR (legacy = 1 AND code IN (");
        let mut legacy = select.separated(", ");
        for (_, code) in padded() {
            legacy.push_bind(code);
        }
        select.push("))");
        match select.build_query_as::<Case>().fetch_all(&pool).await {
            Ok(rows) => found.extend(rows.into_iter().map(|case| (case.code.clone(), case))),
            Err(error) => {
                failure = Some(error.to_string());
                break;
            }
        }
    }
    for asked in batch {
        let row = match &failure {
            Some(error) => Err(error.clone()),
            None => Ok(found.get(&asked.code).cloned()),
        };
        let _ = asked.reply.send(row);
    }
}
