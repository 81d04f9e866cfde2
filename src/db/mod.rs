//! The SQLite database: opening it with the right settings, applying the embedded migrations
//! (schema, then the knowledge-base content), and loading the knowledge base from it.

pub mod audit;
mod batches;
pub mod case_codes;
mod case_lookups;
pub mod cases;
pub mod cds;
pub mod drafts;
pub mod exchange;
pub mod kb_edit;
pub mod knowledge;
pub mod rows;
pub mod social_csv;
pub mod social_edit;
pub mod social_exchange;
pub mod social_origin;
pub mod text_problems;
pub mod users;
pub mod versions;
pub mod watch;

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
    #[error(
        "{0} exists but is not a SQLite database ({1}); refusing to start. Move it away to \
         start with a new database, or put a backup in its place"
    )]
    NotADatabase(String, String),
}

/// The first 16 bytes of every SQLite database file.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Refuses an existing file that is not a SQLite database (an empty one included): only a
/// missing file may become a new database.
fn check_existing_file(path: &std::path::Path) -> Result<(), OpenError> {
    let name = path.display().to_string();
    if name.is_empty() || name == ":memory:" || !path.exists() {
        return Ok(());
    }
    let refuse = |why: String| OpenError::NotADatabase(name.clone(), why);
    let mut header = [0u8; 16];
    let mut file = std::fs::File::open(path).map_err(|e| refuse(e.to_string()))?;
    let read = std::io::Read::read(&mut file, &mut header).map_err(|e| refuse(e.to_string()))?;
    match read {
        16 if &header == SQLITE_HEADER => Ok(()),
        0 => Err(refuse("the file is empty".to_owned())),
        _ => Err(refuse("no SQLite header".to_owned())),
    }
}

/// Whether a database error means the disk (or the database's size limit) is full.
pub fn is_disk_full(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::Database(db) => {
            db.code().as_deref() == Some("13") || db.message().contains("disk is full")
        }
        sqlx::Error::Io(io) => io.raw_os_error() == Some(28),
        _ => false,
    }
}

/// Whether a connection may go back to the pool: not when a failed write (a full disk, say)
/// left it inside a transaction that SQLite already ended or that could not be rolled back.
/// A connection that counts no transaction goes back without a ping of ours (the common case;
/// sqlx pings it once more itself). One that still counts one may only have its rollback
/// queued (the transaction was dropped): the ping waits for that rollback; a connection still
/// counting a transaction after it is closed, and the pool opens a clean one.
async fn clean_after_use(conn: &mut sqlx::SqliteConnection) -> Result<bool, sqlx::Error> {
    use sqlx::Connection;
    if !conn.is_in_transaction() {
        return Ok(true);
    }
    conn.ping().await?;
    if conn.is_in_transaction() {
        tracing::warn!("a connection left inside a failed transaction is closed");
        return Ok(false);
    }
    Ok(true)
}

/// Opens (and creates, with `mode=rwc`, only when the file is missing) the database, checks
/// its integrity and brings its
/// schema and knowledge base up to date.
pub async fn open(url: &str) -> Result<SqlitePool, OpenError> {
    let options = SqliteConnectOptions::from_str(url).map_err(OpenError::Url)?;
    check_existing_file(options.get_filename())?;
    let options = options
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5));
    let pool = SqlitePoolOptions::new()
        .max_connections(4)
        // No ping before each use: the database is a file in this process, not a server that
        // can hang up; a connection whose worker thread died fails its query and is closed
        // by the ping sqlx makes when it comes back. A ping is a round trip to the
        // connection's worker thread, as expensive as a small query.
        .test_before_acquire(false)
        .after_release(|conn, _| Box::pin(clean_after_use(conn)))
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
