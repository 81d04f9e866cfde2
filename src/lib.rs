//! Interventiewijzer: turns a short questionnaire about a client into a ranked, explained,
//! source-cited advice on work re-integration interventions.

pub mod accounts;
pub mod cds_auth;
pub mod cli;
pub mod config;
pub mod db;
pub mod domain;
pub mod healthcheck;
pub mod logging;
pub mod login_limit;
pub mod metrics;
pub mod server;
pub mod state;
pub mod web;

use axum::Router;
use tokio::net::TcpListener;

use crate::config::Config;
use crate::state::AppState;

/// Why the application could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Database(#[from] db::OpenError),
    #[error(transparent)]
    KnowledgeBase(#[from] db::knowledge::LoadError),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: String,
        source: std::io::Error,
    },
    #[error("CDS Hooks: {0}")]
    Cds(#[from] cds_auth::ConfigError),
    #[error("CDS Hooks: CDS_ISSUERS_FILE and CDS_BASE_URL must be set together")]
    CdsHalfConfigured,
    #[error("the server failed: {0}")]
    Serve(#[source] std::io::Error),
}

/// Logs to standard error as text, filtered by `filter` (`RUST_LOG` syntax); see [`logging`].
pub fn init_tracing(filter: &str) {
    logging::init(filter, config::LogFormat::Text);
}

/// The whole web application over `state`.
pub fn app(state: AppState) -> Router {
    web::router(state)
}

/// Opens the database, loads the knowledge base and builds the state.
pub async fn prepare(database_url: &str) -> Result<AppState, StartError> {
    let pool = db::open(database_url).await?;
    let knowledge_base = db::knowledge::load(&pool).await?;
    tracing::info!(
        version = knowledge_base.version(),
        interventions = knowledge_base.interventions().len(),
        "knowledge base loaded"
    );
    Ok(AppState::new(pool, knowledge_base))
}

/// Creates or updates the database and checks the knowledge base.
pub async fn migrate(config: &Config) -> Result<(), StartError> {
    let state = prepare(&config.database_url).await?;
    state.db.close().await;
    Ok(())
}

/// Serves until SIGINT or SIGTERM, then lets requests under way finish and closes the database.
pub async fn run(config: &Config) -> Result<(), StartError> {
    let mut state = prepare(&config.database_url)
        .await?
        .with_admin_settings(config.admin.clone())
        .with_case_limits(config.cases.limits());
    purge_cases(&state).await;
    tokio::spawn(purge_cases_hourly(state.clone()));
    match (&config.cds.cds_issuers_file, &config.cds.cds_base_url) {
        (Some(file), Some(base_url)) => {
            let auth = cds_auth::CdsAuth::from_file(file)?;
            state = state.with_cds(cds_auth::CdsService::new(auth, base_url));
            tracing::info!(%base_url, "CDS Hooks service on");
        }
        (None, None) => {}
        _ => return Err(StartError::CdsHalfConfigured),
    }
    if let Some(addr) = &config.metrics_addr {
        serve_metrics(addr, state.clone()).await?;
    }
    let listener = TcpListener::bind(&config.bind_addr)
        .await
        .map_err(|source| StartError::Bind {
            addr: config.bind_addr.clone(),
            source,
        })?;
    if let Ok(addr) = listener.local_addr() {
        tracing::info!(%addr, "listening");
    }
    let db = state.db.clone();
    let timeout = std::time::Duration::from_secs(config.header_read_timeout_secs);
    let watcher = tokio::spawn(watch_knowledge_base(state.clone()));
    let served = server::serve(listener, app(state), timeout, shutdown_signal()).await;
    watcher.abort();
    served.map_err(StartError::Serve)?;
    db.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// Serves `state` on `listener` until `shutdown` completes.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), StartError> {
    let watcher = tokio::spawn(watch_knowledge_base(state.clone()));
    let served = server::serve(listener, app(state), server::HEADER_READ_TIMEOUT, shutdown).await;
    watcher.abort();
    served.map_err(StartError::Serve)
}

/// Serves `/metrics` on `addr` in the background, for as long as the process runs.
async fn serve_metrics(addr: &str, state: AppState) -> Result<(), StartError> {
    let handle = metrics::install();
    let listener = TcpListener::bind(addr)
        .await
        .map_err(|source| StartError::Bind {
            addr: addr.to_owned(),
            source,
        })?;
    if let Ok(addr) = listener.local_addr() {
        tracing::info!(metrics_listener = %addr, "metrics at /metrics");
    }
    tokio::spawn(async move {
        if let Err(error) = axum::serve(listener, metrics::router(state, handle)).await {
            tracing::error!(%error, "the metrics listener stopped");
        }
    });
    Ok(())
}

/// Deletes expired cases, and drops their pages from memory; a failure is logged and retried
/// at the next purge.
async fn purge_cases(state: &AppState) {
    state.case_pages.drop_expired(db::cases::now());
    match db::cases::purge_expired(&state.db).await {
        Ok(0) => {}
        Ok(purged) => tracing::info!(purged, "expired cases deleted"),
        Err(error) => tracing::warn!(%error, "expired cases not purged"),
    }
}

/// Purges expired cases every hour, for as long as the server runs.
async fn purge_cases_hourly(state: AppState) {
    let mut every_hour = tokio::time::interval(std::time::Duration::from_secs(60 * 60));
    every_hour.tick().await;
    loop {
        every_hour.tick().await;
        if state.db.is_closed() {
            return;
        }
        purge_cases(&state).await;
    }
}

/// Swaps in the knowledge base when another process (such as `kb import`) changed it.
async fn watch_knowledge_base(state: AppState) {
    let pool = state.db.clone();
    db::watch::on_change(pool, || {
        let state = state.clone();
        async move {
            // Read before loading: if this server swaps in its own change meanwhile, the
            // loaded snapshot may be older than that one and must not replace it.
            let seen = state.knowledge_base();
            match db::knowledge::load(&state.db).await {
                Ok(kb) if kb.version() != seen.version() => {
                    let version = kb.version().to_owned();
                    if state.replace_knowledge_base_if_current(&seen, kb) {
                        tracing::info!(version, "knowledge base changed in the database; reloaded");
                    }
                }
                Ok(_) => {}
                Err(error) => tracing::error!(%error, "cannot reload the changed knowledge base"),
            }
        }
    })
    .await;
}

async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests under way");
}
