//! Adding, changing and removing one entry of the sociale kaart: a region, an organisation or a
//! service. One form for all three, described by a field list per kind of entry; the checks are
//! those of the CSV import (`db::social_edit`), and every save writes the audit log.

use askama::Template;
use askama_web::WebTemplate;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::{Admin, Refusal, field, form_pairs, intervention_slugs, reload};
use crate::db::rows::{self, OrganisationRow, RegionRow, ServiceRow, SocialMapRows};
use crate::db::social_edit::{self, Change, EditError, KINDS};
use crate::state::AppState;
use crate::web::pages::{Chrome, PageError};
use crate::web::texts;

/// The three kinds of entry, by their path segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    Region,
    Organisation,
    Service,
}

/// How a field is filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Input {
    /// The entry's code: typed when new, fixed afterwards.
    Key,
    Text,
    Date,
    Area,
    /// One of [`KINDS`].
    Kind,
    /// One of the map's organisations.
    Organisation,
    /// One of the knowledge base's interventions, or none (another product).
    Intervention,
    /// Any number of the map's regions.
    Regions,
}

const REGION_FIELDS: &[(&str, Input)] = &[
    ("code", Input::Key),
    ("name", Input::Text),
    ("source", Input::Text),
    ("last_checked", Input::Date),
];

const ORGANISATION_FIELDS: &[(&str, Input)] = &[
    ("id", Input::Key),
    ("name", Input::Text),
    ("kind", Input::Kind),
    ("website", Input::Text),
    ("contact", Input::Text),
    ("description_nl", Input::Area),
    ("description_en", Input::Area),
    ("source", Input::Text),
    ("last_checked", Input::Date),
];

const SERVICE_FIELDS: &[(&str, Input)] = &[
    ("organisation_id", Input::Organisation),
    ("intervention", Input::Intervention),
    ("product", Input::Text),
    ("notes_nl", Input::Area),
    ("notes_en", Input::Area),
    ("source", Input::Text),
    ("last_checked", Input::Date),
    ("region", Input::Regions),
];

impl Entry {
    fn from_path(segment: &str) -> Option<Self> {
        match segment {
            "regio" => Some(Self::Region),
            "organisatie" => Some(Self::Organisation),
            "aanbod" => Some(Self::Service),
            _ => None,
        }
    }

    fn path(self) -> &'static str {
        match self {
            Self::Region => "regio",
            Self::Organisation => "organisatie",
            Self::Service => "aanbod",
        }
    }

    fn fields(self) -> &'static [(&'static str, Input)] {
        match self {
            Self::Region => REGION_FIELDS,
            Self::Organisation => ORGANISATION_FIELDS,
            Self::Service => SERVICE_FIELDS,
        }
    }

    /// The stored entry `key` as form pairs, if it exists.
    fn stored(self, map: &SocialMapRows, key: &str) -> Option<Vec<(String, String)>> {
        let pairs = |list: &[(&str, &str)]| {
            list.iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect::<Vec<_>>()
        };
        match self {
            Self::Region => map.regions.iter().find(|r| r.code == key).map(|r| {
                pairs(&[
                    ("code", &r.code),
                    ("name", &r.name),
                    ("source", &r.source),
                    ("last_checked", &r.last_checked),
                ])
            }),
            Self::Organisation => map.organisations.iter().find(|o| o.id == key).map(|o| {
                pairs(&[
                    ("id", &o.id),
                    ("name", &o.name),
                    ("kind", &o.kind),
                    ("website", &o.website),
                    ("contact", &o.contact),
                    ("description_nl", &o.description_nl),
                    ("description_en", &o.description_en),
                    ("source", &o.source),
                    ("last_checked", &o.last_checked),
                ])
            }),
            Self::Service => {
                let id: i64 = key.parse().ok()?;
                let s = map.services.iter().find(|s| s.id == id)?;
                let mut list = pairs(&[
                    ("organisation_id", &s.organisation_id),
                    ("intervention", s.intervention_slug.as_deref().unwrap_or("")),
                    ("product", &s.product),
                    ("notes_nl", &s.notes_nl),
                    ("notes_en", &s.notes_en),
                    ("source", &s.source),
                    ("last_checked", &s.last_checked),
                ]);
                list.extend(
                    map.service_regions
                        .iter()
                        .filter(|l| l.service_id == id)
                        .map(|l| ("region".to_owned(), l.region_code.clone())),
                );
                Some(list)
            }
        }
    }

    /// The change that `pairs` ask for; `key` is the stored entry's code or id (`None`: new).
    fn change(self, key: Option<&str>, pairs: &[(String, String)]) -> Change {
        let get = |name: &str| field(pairs, name).trim().to_owned();
        let code = |name: &str| key.map_or_else(|| get(name), str::to_owned);
        match self {
            Self::Region => {
                let row = RegionRow {
                    code: code("code"),
                    name: get("name"),
                    source: get("source"),
                    last_checked: get("last_checked"),
                };
                if key.is_some() {
                    Change::UpdateRegion(row)
                } else {
                    Change::AddRegion(row)
                }
            }
            Self::Organisation => {
                let row = OrganisationRow {
                    id: code("id"),
                    name: get("name"),
                    kind: get("kind"),
                    website: get("website"),
                    contact: get("contact"),
                    description_nl: get("description_nl"),
                    description_en: get("description_en"),
                    source: get("source"),
                    last_checked: get("last_checked"),
                };
                if key.is_some() {
                    Change::UpdateOrganisation(row)
                } else {
                    Change::AddOrganisation(row)
                }
            }
            Self::Service => {
                let row = ServiceRow {
                    id: key.and_then(|k| k.parse().ok()).unwrap_or(0),
                    organisation_id: get("organisation_id"),
                    intervention_slug: Some(get("intervention")).filter(|s| !s.is_empty()),
                    product: get("product"),
                    notes_nl: get("notes_nl"),
                    notes_en: get("notes_en"),
                    source: get("source"),
                    last_checked: get("last_checked"),
                };
                let regions = pairs
                    .iter()
                    .filter(|(k, _)| k == "region")
                    .map(|(_, v)| v.clone())
                    .collect();
                if key.is_some() {
                    Change::UpdateService(row, regions)
                } else {
                    Change::AddService(row, regions)
                }
            }
        }
    }
}

/// One choice of a select or a group of checkboxes.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// One field of the form, ready to show.
pub struct FieldView {
    pub name: &'static str,
    pub label: &'static str,
    pub value: String,
    /// `key`, `fixed`, `text`, `date`, `area`, `select` or `checks`.
    pub kind: &'static str,
    pub options: Vec<Choice>,
}

/// The form of one entry.
#[derive(Template, WebTemplate)]
#[template(path = "beheer/social_entry.html")]
pub struct EntryPage {
    chrome: Chrome,
    csrf: String,
    title: String,
    action: String,
    delete_action: Option<String>,
    fields: Vec<FieldView>,
    errors: Vec<String>,
    saved: bool,
}

fn page(
    state: &AppState,
    admin: &Admin,
    entry: Entry,
    key: Option<&str>,
    pairs: &[(String, String)],
    errors: Vec<String>,
    saved: bool,
) -> EntryPage {
    let lang = admin.lang;
    let kb = state.knowledge_base();
    let map = kb.social_map();
    let choices = |name: &str, options: Vec<(String, String)>| {
        let chosen: Vec<&str> = pairs
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect();
        options
            .into_iter()
            .map(|(value, label)| Choice {
                selected: chosen.contains(&value.as_str()),
                value,
                label,
            })
            .collect::<Vec<_>>()
    };
    let fields = entry
        .fields()
        .iter()
        .map(|&(name, input)| {
            let (kind, options) = match input {
                Input::Key if key.is_some() => ("fixed", Vec::new()),
                Input::Key | Input::Text => ("text", Vec::new()),
                Input::Date => ("date", Vec::new()),
                Input::Area => ("area", Vec::new()),
                Input::Kind => (
                    "select",
                    choices(
                        name,
                        KINDS
                            .iter()
                            .map(|k| ((*k).to_owned(), (*k).to_owned()))
                            .collect(),
                    ),
                ),
                Input::Organisation => (
                    "select",
                    choices(
                        name,
                        map.organisations
                            .iter()
                            .map(|o| (o.id.clone(), o.name.clone()))
                            .collect(),
                    ),
                ),
                Input::Intervention => (
                    "select",
                    choices(
                        name,
                        std::iter::once((
                            String::new(),
                            texts::t("social_field.other_product", lang).to_owned(),
                        ))
                        .chain(
                            kb.interventions()
                                .iter()
                                .map(|i| (i.slug.clone(), i.name.get(lang).to_owned())),
                        )
                        .collect(),
                    ),
                ),
                Input::Regions => (
                    "checks",
                    choices(
                        name,
                        map.regions
                            .iter()
                            .map(|r| (r.code.clone(), r.name.clone()))
                            .collect(),
                    ),
                ),
            };
            FieldView {
                name,
                label: texts::t(&format!("social_field.{name}"), lang),
                value: field(pairs, name).trim().to_owned(),
                kind,
                options,
            }
        })
        .collect();
    let base = format!("/beheer/sociale-kaart/{}", entry.path());
    let what = texts::t(&format!("social_entry.{}", entry.path()), lang);
    EntryPage {
        chrome: Chrome::new(lang, "/beheer/sociale-kaart", "beheer"),
        csrf: admin.session.csrf_token.clone(),
        title: match key {
            Some(key) => format!("{what} {key}"),
            None => format!("{what}: {}", texts::t("beheer.new_entry", lang)),
        },
        action: key.map_or_else(|| base.clone(), |k| format!("{base}/{k}")),
        delete_action: key.map(|k| format!("{base}/{k}/verwijderen")),
        fields,
        errors,
        saved,
    }
}

async fn stored_map(state: &AppState, admin: &Admin) -> Result<SocialMapRows, Refusal> {
    let mut conn = state.db.acquire().await.map_err(|error| {
        tracing::error!(%error, "cannot read the sociale kaart");
        Refusal::Internal(admin.lang)
    })?;
    rows::fetch_social_map(&mut conn).await.map_err(|error| {
        tracing::error!(%error, "cannot read the sociale kaart");
        Refusal::Internal(admin.lang)
    })
}

/// `?opgeslagen=1` after a save.
#[derive(Debug, Deserialize)]
pub struct Saved {
    opgeslagen: Option<String>,
}

/// `GET /beheer/sociale-kaart/{entry}`: the form for a new entry.
pub async fn new_form(
    State(state): State<AppState>,
    admin: Admin,
    Path(entry): Path<String>,
) -> Response {
    let Some(entry) = Entry::from_path(&entry) else {
        return PageError::NotFound(admin.lang).into_response();
    };
    let today = crate::web::format::today();
    let pairs = vec![("last_checked".to_owned(), today)];
    page(&state, &admin, entry, None, &pairs, Vec::new(), false).into_response()
}

/// `GET /beheer/sociale-kaart/{entry}/{key}`: the form of a stored entry.
pub async fn form(
    State(state): State<AppState>,
    admin: Admin,
    Path((entry, key)): Path<(String, String)>,
    Query(saved): Query<Saved>,
) -> Response {
    let Some(entry) = Entry::from_path(&entry) else {
        return PageError::NotFound(admin.lang).into_response();
    };
    let map = match stored_map(&state, &admin).await {
        Ok(map) => map,
        Err(refusal) => return refusal.into_response(),
    };
    let Some(pairs) = entry.stored(&map, &key) else {
        return PageError::NotFound(admin.lang).into_response();
    };
    let saved = saved.opgeslagen.is_some();
    page(&state, &admin, entry, Some(&key), &pairs, Vec::new(), saved).into_response()
}

/// `POST /beheer/sociale-kaart/{entry}`: adds an entry.
pub async fn create(
    State(state): State<AppState>,
    admin: Admin,
    Path(entry): Path<String>,
    body: Bytes,
) -> Response {
    let Some(entry) = Entry::from_path(&entry) else {
        return PageError::NotFound(admin.lang).into_response();
    };
    save(&state, &admin, entry, None, &body).await
}

/// `POST /beheer/sociale-kaart/{entry}/{key}`: changes an entry.
pub async fn update(
    State(state): State<AppState>,
    admin: Admin,
    Path((entry, key)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let Some(entry) = Entry::from_path(&entry) else {
        return PageError::NotFound(admin.lang).into_response();
    };
    save(&state, &admin, entry, Some(&key), &body).await
}

/// `POST /beheer/sociale-kaart/{entry}/{key}/verwijderen`: removes an entry.
pub async fn remove(
    State(state): State<AppState>,
    admin: Admin,
    Path((entry, key)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let Some(entry) = Entry::from_path(&entry) else {
        return PageError::NotFound(admin.lang).into_response();
    };
    let pairs = form_pairs(&body);
    if !admin.token_matches(field(&pairs, "csrf")) {
        return Refusal::BadToken(admin.lang).into_response();
    }
    let change = match entry {
        Entry::Region => Change::RemoveRegion(key.clone()),
        Entry::Organisation => Change::RemoveOrganisation(key.clone()),
        Entry::Service => match key.parse() {
            Ok(id) => Change::RemoveService(id),
            Err(_) => return PageError::NotFound(admin.lang).into_response(),
        },
    };
    match commit(&state, &admin, change).await {
        Ok(_) => (StatusCode::SEE_OTHER, [(LOCATION, "/beheer/sociale-kaart")]).into_response(),
        Err(Outcome::Refused(errors)) => {
            let map = match stored_map(&state, &admin).await {
                Ok(map) => map,
                Err(refusal) => return refusal.into_response(),
            };
            let pairs = entry.stored(&map, &key).unwrap_or_default();
            let page = page(&state, &admin, entry, Some(&key), &pairs, errors, false);
            (StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
        }
        Err(Outcome::Response(response)) => response,
    }
}

async fn save(
    state: &AppState,
    admin: &Admin,
    entry: Entry,
    key: Option<&str>,
    body: &Bytes,
) -> Response {
    let Ok(pairs) = serde_urlencoded::from_bytes::<Vec<(String, String)>>(body) else {
        return (
            StatusCode::BAD_REQUEST,
            page(
                state,
                admin,
                entry,
                key,
                &[],
                vec![texts::t("error.bad_request", admin.lang).to_owned()],
                false,
            ),
        )
            .into_response();
    };
    if !admin.token_matches(field(&pairs, "csrf")) {
        return Refusal::BadToken(admin.lang).into_response();
    }
    match commit(state, admin, entry.change(key, &pairs)).await {
        Ok(saved_key) => {
            let location = format!(
                "/beheer/sociale-kaart/{}/{saved_key}?opgeslagen=1",
                entry.path()
            );
            (StatusCode::SEE_OTHER, [(LOCATION, location)]).into_response()
        }
        Err(Outcome::Refused(errors)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            page(state, admin, entry, key, &pairs, errors, false),
        )
            .into_response(),
        Err(Outcome::Response(response)) => response,
    }
}

enum Outcome {
    Refused(Vec<String>),
    Response(Response),
}

/// Saves `change` and swaps the knowledge base; returns the entry's code or id.
async fn commit(state: &AppState, admin: &Admin, change: Change) -> Result<String, Outcome> {
    let slugs = intervention_slugs(state);
    match social_edit::save(&state.db, admin.name(), &slugs, change).await {
        Ok(key) => {
            if let Err(error) = reload(state).await {
                tracing::error!(%error, "cannot reload the knowledge base");
                return Err(Outcome::Response(
                    Refusal::Internal(admin.lang).into_response(),
                ));
            }
            tracing::info!(user = %admin.name(), "sociale kaart entry saved");
            Ok(key)
        }
        Err(EditError::Invalid(errors)) => Err(Outcome::Refused(errors)),
        Err(EditError::NotFound) => Err(Outcome::Response(
            PageError::NotFound(admin.lang).into_response(),
        )),
        Err(EditError::Database(error)) => Err(Outcome::Response(
            Refusal::write_failed(admin.lang, &error, "the sociale kaart entry").into_response(),
        )),
    }
}
