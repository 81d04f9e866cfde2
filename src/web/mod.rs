//! The HTTP layer: every route in one list, the shared middleware, the fallbacks.

pub mod api;
pub mod assets;
pub mod i18n;
pub mod labels;
pub mod pages;
pub mod texts;

use std::time::Duration;

use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::state::AppState;

/// How long one request may take before it is answered with 408.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// Every route of the application.
pub fn router(state: AppState) -> Router {
    let api = Router::new()
        .route("/recommendations", post(api::recommendations))
        .route("/interventions", get(api::interventions))
        .route("/interventions/{slug}", get(api::intervention))
        .fallback(api::not_found)
        .layer(DefaultBodyLimit::max(api::BODY_LIMIT));
    let pages = Router::new()
        .route("/", get(pages::simple::home))
        .route("/vragenlijst", get(pages::questionnaire::show))
        .route("/advies", post(pages::advice::submit))
        .route("/interventies", get(pages::catalogue::list))
        .route("/interventies/{slug}", get(pages::catalogue::detail))
        .route("/uitleg", get(pages::explain::show))
        .route("/toegankelijkheid", get(pages::simple::accessibility))
        .fallback(pages::not_found)
        .layer(DefaultBodyLimit::max(api::BODY_LIMIT))
        .layer(axum::middleware::from_fn(pages::remember_lang));
    assets::warm_up();
    Router::new()
        .route("/healthz", get(healthz))
        .route("/static/{*path}", get(assets::serve))
        .nest("/api/v1", api)
        .merge(pages)
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        // Spans carry method and path only: never a query string or a body.
        .layer(TraceLayer::new_for_http().make_span_with(|request: &axum::http::Request<_>| {
            tracing::info_span!("request", method = %request.method(), path = %request.uri().path())
        }))
        .with_state(state)
}

/// `GET /healthz`: `200 ok` when the server and its database answer.
async fn healthz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    match sqlx::query_scalar::<_, i64>("SELECT 1")
        .fetch_one(&state.db)
        .await
    {
        Ok(_) => (StatusCode::OK, "ok"),
        Err(error) => {
            tracing::error!(%error, "health check: database does not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}
