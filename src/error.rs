//! Errors as users see them: a JSON body for the API. Internal errors are logged once, where
//! they are turned into a response, and never shown.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// An error answered by the JSON API: `{ "error": "...", "field": ... }`.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
    pub field: Option<String>,
}

/// The body of every API error.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ApiErrorBody<'a> {
    /// A human-readable message, in the request's language.
    error: &'a str,
    /// The offending field, or null when the error is about the request as a whole.
    field: Option<&'a str>,
}

impl ApiError {
    /// An error about the request as a whole.
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        Self {
            status,
            message: message.into(),
            field: None,
        }
    }

    /// An error about one field of the request.
    pub fn field(status: StatusCode, field: &str, message: impl Into<String>) -> Self {
        Self {
            status,
            message: message.into(),
            field: Some(field.to_owned()),
        }
    }

    /// A failure of ours: logged here, once, and answered without details.
    pub fn internal(error: &dyn std::error::Error) -> Self {
        tracing::error!(%error, "internal error");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Er ging iets mis aan onze kant. / Something went wrong on our side.",
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ApiErrorBody {
            error: &self.message,
            field: self.field.as_deref(),
        };
        (self.status, Json(body)).into_response()
    }
}
