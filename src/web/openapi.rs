//! The OpenAPI 3.1 document of the JSON API, generated from the code: the routes come from
//! the same `utoipa-axum` router that serves them, the bodies from `#[derive(ToSchema)]` on
//! the response types and the profile's fields and codes from [`Dimension`], so a new route,
//! field or code shows up without editing this file. Served at `GET /api/v1/openapi.json`.

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

use axum::http::header;
use axum::response::IntoResponse;
use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, OneOfBuilder, Schema, Type};
use utoipa::openapi::{OpenApi, RefOr};
use utoipa::{PartialSchema, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::domain::profile::{CURRENT_FIELD, Dimension, REGION_FIELD};
use crate::state::AppState;
use crate::web::api;

/// The document's fixed parts; the paths and schemas are added from the router.
#[derive(utoipa::OpenApi)]
#[openapi(
    info(
        title = "Interventiewijzer",
        description = "A client profile (codes only) in, a ranked and explained advice on work \
            re-integration interventions out. Answers in Dutch, or English with \
            `Accept-Language: en`. Errors are `{\"error\": ..., \"field\": ...}`.",
        license(name = "EUPL-1.2", identifier = "EUPL-1.2")
    ),
    tags(
        (name = "advice", description = "The ranked advice for a client profile"),
        (name = "interventions", description = "The interventions of the knowledge base"),
        (name = "sociale kaart", description = "Who offers which intervention in which region"),
        (name = "meta", description = "This document"),
    )
)]
struct ApiDoc;

/// The JSON routes under `/api/v1` with their OpenAPI document, from one declaration.
pub fn api_routes() -> (axum::Router<AppState>, OpenApi) {
    let api = OpenApiRouter::new()
        .routes(routes!(api::recommendations))
        .routes(routes!(api::interventions))
        .routes(routes!(api::intervention))
        .routes(routes!(api::providers))
        .routes(routes!(api::regions))
        .routes(routes!(openapi_json));
    let (router, mut document) =
        OpenApiRouter::with_openapi(<ApiDoc as utoipa::OpenApi>::openapi())
            .nest("/api/v1", api)
            .split_for_parts();
    document.info.version = env!("CARGO_PKG_VERSION").to_owned();
    (router, document)
}

/// The document as served: pretty JSON, made once per process.
pub fn document_json() -> Arc<str> {
    static JSON: OnceLock<Arc<str>> = OnceLock::new();
    JSON.get_or_init(|| {
        api_routes()
            .1
            .to_pretty_json()
            .expect("the OpenAPI document serialises")
            .into()
    })
    .clone()
}

/// `GET /api/v1/openapi.json`: this document.
#[utoipa::path(
    get,
    path = "/openapi.json",
    tag = "meta",
    responses((status = 200, description = "The OpenAPI 3.1 document of this API", content_type = "application/json", body = Object))
)]
async fn openapi_json() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/json")],
        document_json().to_string(),
    )
}

/// The client profile as the API takes it: every question of [`Dimension`] with its codes.
pub struct ClientProfileSchema;

impl PartialSchema for ClientProfileSchema {
    fn schema() -> RefOr<Schema> {
        let mut profile = ObjectBuilder::new()
            .schema_type(Type::Object)
            .description(Some(
                "A client profile: codes only, never a name, number or free text. Only the \
                 required fields must be sent; every other field has a neutral default. \
                 Unknown fields are refused (422).",
            ));
        for dimension in Dimension::ALL.iter().copied() {
            profile = profile.property(dimension.code(), answer_schema(dimension));
            if dimension.is_required() {
                profile = profile.required(dimension.code());
            }
        }
        profile = profile.property(
            CURRENT_FIELD,
            ArrayBuilder::new()
                .items(ObjectBuilder::new().schema_type(Type::String))
                .description(Some(
                    "Slugs of interventions the client already follows or followed: listed \
                     in `excluded` with `current: true`, never suggested as new.",
                )),
        );
        profile = profile.property(
            REGION_FIELD,
            ObjectBuilder::new()
                .schema_type(Type::String)
                .description(Some(
                    "A labour-market region code from `/api/v1/regions`; with it, each \
                     recommendation lists its providers there.",
                )),
        );
        RefOr::T(Schema::Object(profile.build()))
    }
}

impl ToSchema for ClientProfileSchema {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("ClientProfile")
    }
}

/// The schema of one answer: a code from its list, a boolean, or a list of codes.
fn answer_schema(dimension: Dimension) -> RefOr<Schema> {
    let codes = ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(dimension.allowed_values().iter().copied()));
    let schema = if dimension.is_boolean() {
        Schema::OneOf(
            OneOfBuilder::new()
                .item(ObjectBuilder::new().schema_type(Type::Boolean))
                .item(codes)
                .build(),
        )
    } else if dimension.is_list() {
        Schema::Array(ArrayBuilder::new().items(codes).build())
    } else {
        Schema::Object(codes.build())
    };
    RefOr::T(schema)
}
