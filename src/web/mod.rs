//! The HTTP layer: every route in one list, the shared middleware, the fallbacks.

pub mod advice_json;
pub mod advice_parts;
pub mod advice_writer;
pub mod api;
pub mod assets;
pub mod cds;
pub mod client;
pub mod error;
pub mod escape;
pub mod format;
pub mod gzip;
pub mod handout_pays;
pub mod headers;
pub mod json_keys;
pub mod labels;
pub mod lang_negotiation;
pub mod openapi;
pub mod pages;
pub mod plan_diff;
pub mod plan_view;
pub mod profile_json;
pub mod route_view;
pub mod texts;
pub mod views;
pub mod wording;

use std::time::Duration;

use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::state::AppState;

/// The Content-Security-Policy of every response: nothing from elsewhere, no inline code.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; object-src 'none'; base-uri 'none'; \
     frame-ancestors 'none'; form-action 'self'";

/// The largest request body beheer reads: a knowledge-base import.
pub const BEHEER_BODY_LIMIT: usize = pages::beheer::IMPORT_BODY_LIMIT;

/// How long one request may take before it is answered with 408.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// Every route of the application.
pub fn router(state: AppState) -> Router {
    // The JSON routes come with their OpenAPI document (`openapi.rs`).
    let (api, _) = openapi::api_routes();
    let api = api
        .route("/api/v1/{*rest}", axum::routing::any(api::not_found))
        .route("/api/v1", axum::routing::any(api::not_found))
        .layer(DefaultBodyLimit::max(api::BODY_LIMIT));
    let pages = Router::new()
        .route("/", get(pages::simple::home))
        .route("/vragenlijst", get(pages::questionnaire::show))
        .route("/advies", get(pages::case::start).post(pages::case::submit))
        .route("/advies/verwijderd", get(pages::case::deleted))
        .route(
            "/advies/{code}",
            get(pages::case::show).post(pages::case::update),
        )
        .route("/advies/{code}/wijzigen", get(pages::case::edit))
        .route("/advies/{code}/client", get(pages::handout::show))
        .route("/advies/{code}/onderbouwing", get(pages::reasoning::case))
        .route("/advies/{code}/verwijderen", post(pages::case::remove))
        .route("/privacy", get(pages::simple::privacy))
        .route("/interventies", get(pages::catalogue::list))
        .route("/interventies/{slug}", get(pages::catalogue::detail))
        .route("/uitleg", get(pages::explain::show))
        .route("/voorbeelden", get(pages::examples::gallery))
        .route("/voorbeelden/{slug}", get(pages::examples::advice))
        .route(
            "/voorbeelden/{slug}/onderbouwing",
            get(pages::reasoning::example),
        )
        .route(
            "/vergelijk",
            get(pages::compare::examples).post(pages::compare::posted),
        )
        .route("/cijfers", get(pages::figures::show))
        .route("/sociale-kaart", get(pages::social_map::list))
        .route("/sociale-kaart/{id}", get(pages::social_map::organisation))
        .route("/toegankelijkheid", get(pages::simple::accessibility))
        .fallback(pages::not_found)
        .layer(DefaultBodyLimit::max(api::BODY_LIMIT))
        .layer(axum::middleware::from_fn(error::render_error_pages))
        .layer(axum::middleware::from_fn(pages::remember_lang));
    assets::warm_up();
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/static/{*path}", get(assets::serve))
        .merge(api)
        .merge(cds::router().layer(DefaultBodyLimit::max(api::BODY_LIMIT)))
        .merge(
            pages::beheer::router()
                .layer(DefaultBodyLimit::max(pages::beheer::FORM_BODY_LIMIT))
                .layer(axum::middleware::from_fn(error::render_error_pages))
                .layer(axum::middleware::from_fn(pages::remember_lang)),
        )
        .merge(pages)
        // Counted by matched route: unknown paths share one `unmatched` series.
        .layer(axum::middleware::from_fn(crate::metrics::track))
        .layer(CatchPanicLayer::custom(panic_response))
        // Whole answers (pages, JSON) gzipped in one piece; the layer below does the rest.
        .layer(axum::middleware::from_fn(gzip::whole_bodies))
        // The fastest level: a third of the CPU of the default for nearly the same size.
        .layer(CompressionLayer::new().quality(tower_http::CompressionLevel::Fastest))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        // Outside the timeout, so that a 408 carries the headers too.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            headers::security,
        ))
        // Spans carry method and path only: never a query string or a body.
        .layer(TraceLayer::new_for_http().make_span_with(|request: &axum::http::Request<_>| {
            tracing::debug_span!("request", method = %request.method(), path = %request.uri().path())
        }))
        .with_state(state)
}

/// A panic in a handler: logged without its message (it could hold request data), answered
/// with a plain 500 that shows nothing of it; the server goes on serving.
fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("a request handler panicked");
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        texts::both(|tx| tx.error.our_side),
    )
        .into_response()
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

/// `GET /readyz`: `200 ready` when the database can be read and written within two seconds,
/// `503` otherwise (logged as an error).
async fn readyz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    match crate::db::watch::ready(&state.db).await {
        Ok(()) => (StatusCode::OK, "ready"),
        Err(error) => {
            tracing::error!(%error, "readiness: the database cannot be read and written");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "database cannot be written",
            )
        }
    }
}
