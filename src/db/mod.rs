//! The SQLite database: opening it with the right settings, applying the embedded migrations
//! (schema, then the knowledge-base content), and loading the knowledge base from it.

pub mod audit;
pub mod cases;
pub mod cds;
pub mod drafts;
pub mod exchange;
pub mod knowledge;
pub mod rows;
pub mod social_csv;
pub mod social_edit;
pub mod users;

use std::str::FromStr;
use std::time::Duration;

use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

/// The migrations in `migrations/`, embedded in the binary.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// Why the database could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("DATABASE_URL is not a valid SQLite URL: {0}")]
    Url(#[source] sqlx::Error),
    #[error("cannot open the database: {0}")]
    Connect(#[source] sqlx::Error),
    #[error("the database did not pass its integrity check: {0}")]
    Corrupt(String),
    #[error("cannot apply the migrations: {0}")]
    Migrate(#[source] sqlx::migrate::MigrateError),
}

/// Opens (and creates, with `mode=rwc`) the database, checks its integrity and brings its
/// schema and knowledge base up to date.
pub async fn open(url: &str) -> Result<SqlitePool, OpenError> {
    let options = SqliteConnectOptions::from_str(url)
        .map_err(OpenError::Url)?
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5));
    let pool = SqlitePoolOptions::new()
        .max_connections(4)
        .connect_with(options)
        .await
        .map_err(OpenError::Connect)?;
    let check: String = sqlx::query_scalar("PRAGMA quick_check")
        .fetch_one(&pool)
        .await
        .map_err(|e| OpenError::Corrupt(e.to_string()))?;
    if check != "ok" {
        return Err(OpenError::Corrupt(check));
    }
    MIGRATOR.run(&pool).await.map_err(OpenError::Migrate)?;
    Ok(pool)
}
