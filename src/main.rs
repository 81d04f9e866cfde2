//! The `interventiewijzer` binary: configuration, logging, database, then serve.

use clap::Parser;
use interventiewijzer::config::{Command, Config};
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let config = Config::parse();
    interventiewijzer::init_tracing(&config.rust_log);
    let result = match config.command {
        None | Some(Command::Serve) => interventiewijzer::run(&config).await,
        Some(Command::Migrate) => interventiewijzer::migrate(&config).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!(%error, "interventiewijzer stopped");
            eprintln!("interventiewijzer: {error}");
            ExitCode::FAILURE
        }
    }
}
