//! Configuration from the command line and the environment (flags mirror the variables).

use clap::{Parser, Subcommand};

/// Interventiewijzer: ranked, explained advice on work re-integration interventions for
/// people with a mental disorder. With no subcommand it serves.
#[derive(Debug, Clone, Parser)]
#[command(name = "interventiewijzer", version, about)]
pub struct Config {
    /// Address and port to listen on (`127.0.0.1:0` picks a free port and logs it).
    #[arg(
        long,
        env = "BIND_ADDR",
        default_value = "127.0.0.1:8080",
        global = true
    )]
    pub bind_addr: String,

    /// The SQLite database; created, migrated and filled with the knowledge base when new.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://interventiewijzer.db?mode=rwc",
        global = true
    )]
    pub database_url: String,

    /// Log filter, in `tracing_subscriber::EnvFilter` syntax.
    #[arg(long, env = "RUST_LOG", default_value = "info", global = true)]
    pub rust_log: String,

    /// Log lines as `text` (colours only on a terminal) or as one JSON object per line.
    #[arg(long, env = "LOG_FORMAT", value_enum, default_value_t = LogFormat::Text, global = true)]
    pub log_format: LogFormat,

    /// Seconds a connection may take to send a request's headers, and may stay idle between
    /// requests, before it is closed (1 to 30).
    #[arg(
        long,
        env = "HEADER_READ_TIMEOUT_SECS",
        default_value_t = 20,
        value_parser = clap::value_parser!(u64).range(1..=30),
        global = true
    )]
    pub header_read_timeout_secs: u64,

    #[command(flatten)]
    pub admin: AdminSettings,

    #[command(flatten)]
    pub cases: CaseSettings,

    #[command(flatten)]
    pub cds: CdsSettings,

    /// Serve Prometheus metrics at `/metrics` on this separate address (off unless set).
    #[arg(long, env = "METRICS_ADDR", global = true)]
    pub metrics_addr: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines; control characters in values escaped.
    Text,
    /// One JSON object per line.
    Json,
}

/// What to do instead of serving.
#[derive(Debug, Clone, Subcommand)]
pub enum Command {
    /// Serve the web application (the default).
    Serve,
    /// Create or update the database and check the knowledge base, then exit.
    Migrate,
    /// Manage administrator accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Write a consistent copy of the database to FILE while the server may keep running
    /// (`VACUUM INTO`). Restore: stop the server, put FILE where DATABASE_URL points (removing
    /// any -wal and -shm files beside it), start the server.
    Backup { file: std::path::PathBuf },
    /// Ask the running server (at BIND_ADDR, or --target HOST:PORT) whether it is ready:
    /// exit 0 when it is, 1 when not. For container health checks.
    Healthcheck {
        /// The server to ask, as HOST:PORT (default: BIND_ADDR, a wildcard host as loopback).
        #[arg(long)]
        target: Option<String>,
    },
    /// Export or import the whole knowledge base as one JSON file, or the sociale kaart as CSV.
    Kb {
        #[command(subcommand)]
        command: KbCommand,
    },
}

/// `interventiewijzer user ...`. Passwords are asked for (hidden) on a terminal, or read as
/// one line from standard input; they are never an argument.
#[derive(Debug, Clone, Subcommand)]
pub enum UserCommand {
    /// Add an account.
    Add {
        name: String,
        /// May use /beheer (without it the account can sign in but change nothing).
        #[arg(long)]
        admin: bool,
    },
    /// Set a new password (ends the account's sessions).
    Passwd { name: String },
    /// List the accounts.
    List,
    /// Remove an account.
    Remove { name: String },
}

/// `interventiewijzer kb ...`.
#[derive(Debug, Clone, Subcommand)]
pub enum KbCommand {
    /// Write the knowledge base as JSON to FILE (or standard output).
    Export { file: Option<std::path::PathBuf> },
    /// Replace the knowledge base by FILE after validating it; all or nothing. A file exported
    /// from an older version than the stored one is refused unless --overwrite-changes is given.
    Import {
        file: std::path::PathBuf,
        /// Import even when the knowledge base changed since FILE was exported (those changes
        /// are then undone).
        #[arg(long)]
        overwrite_changes: bool,
    },
    /// Write the sociale kaart as CSV to FILE (or standard output), ending with the line that
    /// names the state it was exported from (as /beheer/sociale-kaart.csv).
    MapExport { file: Option<std::path::PathBuf> },
    /// Replace the sociale kaart by the CSV FILE after validating it; all or nothing. A file
    /// exported before a later change is refused unless --overwrite-changes is given.
    MapImport {
        file: std::path::PathBuf,
        /// Import even when the sociale kaart changed since FILE was exported (those changes
        /// are then undone).
        #[arg(long)]
        overwrite_changes: bool,
    },
}

/// Settings of the administration part.
#[derive(Debug, Clone, clap::Args)]
pub struct AdminSettings {
    /// Minutes of inactivity after which an administrator's session ends.
    #[arg(
        long,
        env = "SESSION_IDLE_MINUTES",
        default_value_t = 30,
        global = true
    )]
    pub session_idle_minutes: i64,

    /// Send the session cookie only over HTTPS (set when served behind TLS).
    #[arg(long, env = "SECURE_COOKIES", default_value_t = false, global = true)]
    pub secure_cookies: bool,

    /// A recognition older than this many years shows a warning.
    #[arg(
        long,
        env = "RECOGNITION_MAX_AGE_YEARS",
        default_value_t = 5,
        global = true
    )]
    pub recognition_max_age_years: i64,

    /// Addresses of reverse proxies whose `X-Forwarded-For` (the client's address, for the login
    /// limits) and `X-Forwarded-Proto: https` (for HSTS) are believed; comma-separated.
    #[arg(long, env = "TRUSTED_PROXIES", value_delimiter = ',', global = true)]
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

impl Default for AdminSettings {
    fn default() -> Self {
        Self {
            session_idle_minutes: 30,
            secure_cookies: false,
            recognition_max_age_years: 5,
            trusted_proxies: Vec::new(),
        }
    }
}

/// How long anonymous cases (`/advies/{code}`) live and how many there may be.
#[derive(Debug, Clone, clap::Args)]
pub struct CaseSettings {
    /// Days after its last change that a case is deleted.
    #[arg(long, env = "CASE_TTL_DAYS", default_value_t = 7, global = true,
          value_parser = clap::value_parser!(i64).range(1..=365))]
    pub case_ttl_days: i64,

    /// The most cases stored at once; when reached, expired cases are purged and, if none
    /// are, a new case is refused with a friendly page.
    #[arg(long, env = "MAX_CASES", default_value_t = 10_000, global = true,
          value_parser = clap::value_parser!(i64).range(1..))]
    pub max_cases: i64,
}

impl Default for CaseSettings {
    fn default() -> Self {
        Self {
            case_ttl_days: 7,
            max_cases: 10_000,
        }
    }
}

impl CaseSettings {
    /// The limits the case store applies.
    pub fn limits(&self) -> crate::db::cases::Limits {
        crate::db::cases::Limits {
            ttl_seconds: self.case_ttl_days * 24 * 60 * 60,
            max_cases: self.max_cases,
        }
    }
}

/// Settings of the CDS Hooks service; without both it is off and its routes answer 404.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct CdsSettings {
    /// The allowlist of callers: one `ISSUER ALGORITHM PEM_FILE [KID]` a line.
    #[arg(long, env = "CDS_ISSUERS_FILE", global = true)]
    pub cds_issuers_file: Option<std::path::PathBuf>,

    /// The public base URL the CDS endpoints are called at (the tokens' `aud`; card links).
    #[arg(long, env = "CDS_BASE_URL", global = true)]
    pub cds_base_url: Option<String>,
}
