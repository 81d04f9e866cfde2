//! The command-line tasks besides serving: accounts, knowledge-base export/import and the
//! sociale kaart's CSV export/import.

use std::io::{BufRead, IsTerminal, Write};

use crate::config::{Config, KbCommand, UserCommand};
use crate::db::social_exchange::{self, CsvImportError};
use crate::db::{self, exchange, users};
use crate::{StartError, accounts};

/// Why a command-line task failed.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Start(#[from] StartError),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Password(#[from] accounts::PasswordProblem),
    #[error(transparent)]
    Import(#[from] exchange::ImportError),
    #[error(transparent)]
    MapImport(#[from] CsvImportError),
    #[error("{0}")]
    Refused(String),
}

/// Reads a new password: hidden and twice on a terminal, else one line of standard input.
fn read_new_password() -> Result<String, CliError> {
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Nieuw wachtwoord / new password: ")?;
        let second = rpassword::prompt_password("Nog eens / again: ")?;
        if first != second {
            return Err(CliError::Refused("the two passwords differ".into()));
        }
        Ok(first)
    } else {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        Ok(line.trim_end_matches(['\r', '\n']).to_owned())
    }
}

/// `interventiewijzer user ...`.
pub async fn user(config: &Config, command: &UserCommand) -> Result<(), CliError> {
    let pool = db::open(&config.database_url)
        .await
        .map_err(StartError::from)?;
    let result = match command {
        UserCommand::Add { name, admin } => {
            if users::with_hash(&pool, name).await?.is_some() {
                return Err(CliError::Refused(format!("user {name} already exists")));
            }
            let password = read_new_password()?;
            accounts::check_policy(&password, name)?;
            users::add(&pool, name, &accounts::hash(&password), *admin).await?;
            println!(
                "user {name} added{}",
                if *admin { " (administrator)" } else { "" }
            );
            Ok(())
        }
        UserCommand::Passwd { name } => {
            let password = read_new_password()?;
            accounts::check_policy(&password, name)?;
            if users::set_password(&pool, name, &accounts::hash(&password)).await? {
                println!("password of {name} changed; its sessions have ended");
                Ok(())
            } else {
                Err(CliError::Refused(format!("no user {name}")))
            }
        }
        UserCommand::List => {
            for u in users::list(&pool).await? {
                let role = if u.is_admin { "administrator" } else { "-" };
                println!("{}\t{role}\t{}", u.name, u.created_at);
            }
            Ok(())
        }
        UserCommand::Remove { name } => {
            if users::remove(&pool, name).await? {
                println!("user {name} removed");
                Ok(())
            } else {
                Err(CliError::Refused(format!("no user {name}")))
            }
        }
    };
    pool.close().await;
    result
}

/// `interventiewijzer kb ...`.
pub async fn kb(config: &Config, command: &KbCommand) -> Result<(), CliError> {
    let pool = db::open(&config.database_url)
        .await
        .map_err(StartError::from)?;
    let result = match command {
        KbCommand::Export { file } => {
            let json = exchange::export(&pool).await?;
            write_out(file.as_deref(), &json)
        }
        KbCommand::Import {
            file,
            overwrite_changes,
        } => {
            let json = std::fs::read_to_string(file)?;
            let if_changed = exchange::IfChanged::overwrite_if(*overwrite_changes);
            let kb = exchange::import(&pool, &json, "opdrachtregel", if_changed).await?;
            println!("knowledge base imported: version {}", kb.version());
            Ok(())
        }
        KbCommand::MapExport { file } => {
            let csv = social_exchange::export(&pool).await?;
            write_out(file.as_deref(), &csv)
        }
        KbCommand::MapImport {
            file,
            overwrite_changes,
        } => map_import(&pool, file, *overwrite_changes).await,
    };
    pool.close().await;
    result
}

/// Writes an export to `file`, or to standard output without one.
fn write_out(file: Option<&std::path::Path>, text: &str) -> Result<(), CliError> {
    match file {
        Some(path) => std::fs::write(path, text)?,
        None => std::io::stdout().lock().write_all(text.as_bytes())?,
    }
    Ok(())
}

/// `interventiewijzer kb map-import FILE [--overwrite-changes]`; a refusal because the map
/// changed since the export lists the logbook entries since then.
async fn map_import(
    pool: &sqlx::SqlitePool,
    file: &std::path::Path,
    overwrite_changes: bool,
) -> Result<(), CliError> {
    let csv = std::fs::read_to_string(file)?;
    let slugs: Vec<String> = sqlx::query_scalar("SELECT slug FROM interventions ORDER BY slug")
        .fetch_all(pool)
        .await?;
    let if_changed = exchange::IfChanged::overwrite_if(overwrite_changes);
    match social_exchange::import(pool, &csv, &slugs, "opdrachtregel", if_changed).await {
        Ok(()) => {
            println!("sociale kaart imported");
            Ok(())
        }
        Err(CsvImportError::Stale(since)) => {
            let mut named: Vec<String> = since
                .entries
                .iter()
                .map(|e| format!("{} {} {} {}", e.at, e.user_name, e.action, e.entity))
                .collect();
            if since.more {
                named.push("and more (see the logbook)".to_owned());
            }
            if named.is_empty() {
                named.push("no logbook entry: changed outside beheer".to_owned());
            }
            Err(CliError::Refused(format!(
                "{}; changed since the export: {}. Nothing was changed; give \
                 --overwrite-changes to import anyway",
                CsvImportError::Stale(since),
                named.join("; ")
            )))
        }
        Err(error) => Err(error.into()),
    }
}

/// `interventiewijzer backup FILE`: an online, consistent copy with `VACUUM INTO`.
pub async fn backup(config: &Config, file: &std::path::Path) -> Result<(), CliError> {
    if file.exists() {
        return Err(CliError::Refused(format!(
            "{} already exists; choose a new file",
            file.display()
        )));
    }
    let pool = db::open(&config.database_url)
        .await
        .map_err(StartError::from)?;
    let target = file
        .to_str()
        .ok_or_else(|| CliError::Refused("the backup path is not valid UTF-8".into()))?;
    let result = sqlx::query("VACUUM INTO ?")
        .bind(target)
        .execute(&pool)
        .await;
    pool.close().await;
    result?;
    println!("backup written to {}", file.display());
    Ok(())
}
