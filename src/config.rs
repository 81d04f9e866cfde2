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

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// What to do instead of serving.
#[derive(Debug, Clone, Subcommand)]
pub enum Command {
    /// Serve the web application (the default).
    Serve,
    /// Create or update the database and check the knowledge base, then exit.
    Migrate,
}
