//! The `interventiewijzer` binary: configuration, logging, database, then serve.

use clap::Parser;
use interventiewijzer::cli;
use interventiewijzer::config::{Command, Config};
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let config = Config::parse();
    interventiewijzer::init_tracing(&config.rust_log);
    let result: Result<(), Box<dyn std::error::Error>> = match &config.command {
        None | Some(Command::Serve) => interventiewijzer::run(&config).await.map_err(Into::into),
        Some(Command::Migrate) => interventiewijzer::migrate(&config)
            .await
            .map_err(Into::into),
        Some(Command::User { command }) => cli::user(&config, command).await.map_err(Into::into),
        Some(Command::Kb { command }) => cli::kb(&config, command).await.map_err(Into::into),
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
