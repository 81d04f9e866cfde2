//! Headers on every response, errors, refusals and timeouts included: the security headers,
//! `Cache-Control: no-store` on beheer and on every machine-readable answer, and HSTS when the
//! server is reached over HTTPS (`SECURE_COOKIES`, or a trusted proxy says so).

use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

use crate::state::AppState;
use crate::web::CONTENT_SECURITY_POLICY;

/// One year, the usual HSTS age.
pub const HSTS: &str = "max-age=31536000";

/// Paths whose answers must never be stored by a browser or a proxy.
fn never_stored(path: &str) -> bool {
    ["/beheer", "/api/", "/cds-services", "/healthz", "/readyz"]
        .iter()
        .any(|prefix| path.starts_with(prefix))
}

/// The middleware: runs outside every other layer so that nothing escapes it.
pub async fn security(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let no_store = never_stored(request.uri().path());
    let https = crate::web::client::is_https(request.extensions(), request.headers(), &state.admin);
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if no_store {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(HSTS),
        );
    }
    response
}
