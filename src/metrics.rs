//! Prometheus metrics (`metrics` with `metrics-exporter-prometheus`): requests and their
//! latency per matched route, advice given per top intervention, the knowledge-base version
//! and what the database holds. Served as text at `/metrics` on its own address
//! (`METRICS_ADDR`), never on the public one. Labels are bounded: a route is the router's
//! pattern (`/interventies/{slug}`) or `unmatched`, a method one of the usual few or `other`,
//! a top intervention a slug of the knowledge base.

use std::sync::OnceLock;
use std::time::Instant;

use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use axum::routing::get;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

use crate::domain::matching::Advice;
use crate::state::AppState;

/// Upper bounds of the latency histogram, in seconds.
const LATENCY_BUCKETS: &[f64] = &[
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// Installs the process-wide recorder once and returns its handle. Until it is installed,
/// recording costs next to nothing and goes nowhere.
pub fn install() -> PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            PrometheusBuilder::new()
                .set_buckets_for_metric(
                    Matcher::Full("http_request_duration_seconds".to_owned()),
                    LATENCY_BUCKETS,
                )
                .expect("the buckets are not empty")
                .install_recorder()
                .expect("no other metrics recorder is installed")
        })
        .clone()
}

/// Middleware: counts each request and times it, by method, matched route and status.
pub async fn track(request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "unmatched".to_owned());
    let method = match request.method().as_str() {
        m @ ("GET" | "HEAD" | "POST" | "PUT" | "DELETE" | "PATCH" | "OPTIONS") => m.to_owned(),
        _ => "other".to_owned(),
    };
    let started = Instant::now();
    let response = next.run(request).await;
    let status = response.status().as_u16().to_string();
    let labels = [("method", method), ("route", route)];
    metrics::histogram!("http_request_duration_seconds", &labels)
        .record(started.elapsed().as_secs_f64());
    let [method, route] = labels;
    metrics::counter!("http_requests_total", &[method, route, ("status", status)]).increment(1);
    response
}

/// Counts an advice under its first-ranked intervention (`none` when nothing fits).
pub fn advice_given(advice: &Advice<'_>, channel: &'static str) {
    let top = advice
        .recommendations
        .first()
        .map(|r| r.intervention.slug.clone())
        .unwrap_or_else(|| "none".to_owned());
    metrics::counter!("interventiewijzer_advice_total", "top" => top, "channel" => channel)
        .increment(1);
}

/// `interventiewijzer_knowledge_base_info{version}`: 1 for the version served, 0 for the one
/// before it (so a change shows, and the series stay few).
fn version_info(version: &str) {
    static SHOWN: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);
    let mut shown = SHOWN.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(old) = shown.as_deref().filter(|old| *old != version) {
        metrics::gauge!("interventiewijzer_knowledge_base_info", "version" => old.to_owned())
            .set(0.0);
    }
    metrics::gauge!("interventiewijzer_knowledge_base_info", "version" => version.to_owned())
        .set(1.0);
    *shown = Some(version.to_owned());
}

/// The metrics listener's routes: `GET /metrics`.
pub fn router(state: AppState, handle: PrometheusHandle) -> Router {
    Router::new()
        .route("/metrics", get(render))
        .with_state((state, handle))
}

/// Refreshes the gauges read from the state and the database, then renders the text format.
async fn render(State((state, handle)): State<(AppState, PrometheusHandle)>) -> String {
    let kb = state.knowledge_base();
    version_info(kb.version());
    metrics::gauge!("interventiewijzer_interventions").set(kb.interventions().len() as f64);
    for (sql, gauge) in [
        (
            "SELECT COUNT(*) FROM cases",
            "interventiewijzer_cases_stored",
        ),
        (
            "SELECT COUNT(*) FROM cds_feedback",
            "interventiewijzer_cds_feedback_stored",
        ),
    ] {
        let count = sqlx::query_scalar::<_, i64>(sql).fetch_one(&state.db).await;
        match count {
            Ok(count) => metrics::gauge!(gauge).set(count as f64),
            Err(error) => tracing::warn!(%error, gauge, "metrics: cannot count rows"),
        }
    }
    handle.run_upkeep();
    handle.render()
}
