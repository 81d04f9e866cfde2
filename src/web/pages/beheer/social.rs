//! Adding, changing and removing one entry of the sociale kaart: a region, an organisation or a
//! service. One form for all three, described by a field list per kind of entry; the checks are
//! those of the CSV import (`db::social_edit`), and every save writes the audit log.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::form::{AdminForm, FieldErrors, conflict};
use super::social_check::{self, SocialInput};
use super::{Admin, field, intervention_slugs, reload};
use crate::db::rows::{self, OrganisationRow, RegionRow, ServiceRow, SocialMapRows};
use crate::db::social_edit::{self, Change, EditError, KINDS, Target};
use crate::db::versions::Fingerprint;
use crate::domain::lang::Lang;
use crate::state::AppState;
use crate::web::error::{AppError, Context};
use crate::web::pages::Chrome;
use crate::web::texts::{self, Texts};

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
    /// The message at this field, if any.
    pub error: Option<String>,
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
    errors: FieldErrors,
    saved: bool,
    fingerprint: String,
}

/// The label of an organisation kind.
fn kind_label(code: &str, tx: &'static Texts) -> &'static str {
    let f = &tx.social_field;
    match code {
        "ggz" => f.kind_ggz,
        "uwv" => f.kind_uwv,
        "gemeente" => f.kind_gemeente,
        "re-integratiebedrijf" => f.kind_re_integratiebedrijf,
        "clientorganisatie" => f.kind_clientorganisatie,
        "ervaringsdeskundigen" => f.kind_ervaringsdeskundigen,
        "sociaal-leerwerkbedrijf" => f.kind_sociaal_leerwerkbedrijf,
        "verzekeraar" => f.kind_verzekeraar,
        _ => f.kind_anders,
    }
}

/// What a page shows besides the fields: the entry, its fingerprint, errors, "saved".
struct Shown<'a> {
    entry: Entry,
    key: Option<&'a str>,
    fingerprint: String,
    errors: FieldErrors,
    saved: bool,
}

fn page(
    state: &AppState,
    admin: &Admin,
    pairs: &[(String, String)],
    shown: Shown<'_>,
) -> EntryPage {
    let Shown {
        entry,
        key,
        fingerprint,
        mut errors,
        saved,
    } = shown;
    let lang = admin.lang;
    let tx = texts::for_lang(lang);
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
    let fields: Vec<FieldView> = entry
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
                            .map(|k| ((*k).to_owned(), kind_label(k, tx).to_owned()))
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
                        std::iter::once((String::new(), tx.social_field.other_product.to_owned()))
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
            let label = field_label(name, lang);
            errors.label(name, label);
            FieldView {
                name,
                error: errors.at(name),
                label,
                value: field(pairs, name).to_owned(),
                kind,
                options,
            }
        })
        .collect();
    let base = format!("/beheer/sociale-kaart/{}", entry.path());
    let what = match entry {
        Entry::Region => tx.social_entry.regio,
        Entry::Organisation => tx.social_entry.organisatie,
        Entry::Service => tx.social_entry.aanbod,
    };
    EntryPage {
        chrome: Chrome::new(lang, "/beheer/sociale-kaart", "beheer"),
        csrf: admin.session.csrf_token.clone(),
        title: match key {
            Some(key) => format!("{what} {key}"),
            None => format!("{what}: {}", tx.beheer.new_entry),
        },
        action: key.map_or_else(|| base.clone(), |k| format!("{base}/{k}")),
        delete_action: key.map(|k| format!("{base}/{k}/verwijderen")),
        fields,
        errors,
        saved,
        fingerprint,
    }
}

async fn stored_map(state: &AppState) -> Result<SocialMapRows, AppError> {
    let read = async {
        let mut conn = state.db.acquire().await?;
        rows::fetch_social_map(&mut conn).await
    };
    read.await.context("cannot read the sociale kaart")
}

/// The stored entry `key` as form pairs and its fingerprint, if it exists.
fn stored(entry: Entry, map: &SocialMapRows, key: &str) -> Option<(Vec<(String, String)>, String)> {
    let pairs = entry.stored(map, key)?;
    let value = social_edit::entry_value(map, entry.target(key)?);
    Some((pairs, Fingerprint::of(&value).to_string()))
}

impl Entry {
    fn target(self, key: &str) -> Option<Target<'_>> {
        Some(match self {
            Self::Region => Target::Region(key),
            Self::Organisation => Target::Organisation(key),
            Self::Service => Target::Service(key.parse().ok()?),
        })
    }
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
        return AppError::NotFound.into_response();
    };
    let today = crate::web::format::today();
    let pairs = vec![("last_checked".to_owned(), today)];
    let errors = FieldErrors::new(admin.lang);
    let shown = Shown {
        entry,
        key: None,
        fingerprint: String::new(),
        errors,
        saved: false,
    };
    page(&state, &admin, &pairs, shown).into_response()
}

/// `GET /beheer/sociale-kaart/{entry}/{key}`: the form of a stored entry.
pub async fn form(
    State(state): State<AppState>,
    admin: Admin,
    Path((entry, key)): Path<(String, String)>,
    Query(saved): Query<Saved>,
) -> Result<Response, AppError> {
    let entry = Entry::from_path(&entry).ok_or(AppError::NotFound)?;
    let map = stored_map(&state).await?;
    let (pairs, fingerprint) = stored(entry, &map, &key).ok_or(AppError::NotFound)?;
    let errors = FieldErrors::new(admin.lang);
    let saved = saved.opgeslagen.is_some();
    let shown = Shown {
        entry,
        key: Some(&key),
        fingerprint,
        errors,
        saved,
    };
    Ok(page(&state, &admin, &pairs, shown).into_response())
}

/// `POST /beheer/sociale-kaart/{entry}`: adds an entry.
pub async fn create(
    State(state): State<AppState>,
    Path(entry): Path<String>,
    form: AdminForm<SocialInput>,
) -> Response {
    let Some(entry) = Entry::from_path(&entry) else {
        return AppError::NotFound.into_response();
    };
    save(&state, &form, entry, None).await
}

/// `POST /beheer/sociale-kaart/{entry}/{key}`: changes an entry.
pub async fn update(
    State(state): State<AppState>,
    Path((entry, key)): Path<(String, String)>,
    form: AdminForm<SocialInput>,
) -> Response {
    let Some(entry) = Entry::from_path(&entry) else {
        return AppError::NotFound.into_response();
    };
    save(&state, &form, entry, Some(&key)).await
}

/// `POST /beheer/sociale-kaart/{entry}/{key}/verwijderen`: removes an entry that nothing uses.
pub async fn remove(
    State(state): State<AppState>,
    Path((entry, key)): Path<(String, String)>,
    form: AdminForm<SocialInput>,
) -> Response {
    let (admin, lang) = (&form.admin, form.lang());
    let Some(entry) = Entry::from_path(&entry) else {
        return AppError::NotFound.into_response();
    };
    let change = match entry {
        Entry::Region => Change::RemoveRegion(key.clone()),
        Entry::Organisation => Change::RemoveOrganisation(key.clone()),
        Entry::Service => match key.parse() {
            Ok(id) => Change::RemoveService(id),
            Err(_) => return AppError::NotFound.into_response(),
        },
    };
    let map = match stored_map(&state).await {
        Ok(map) => map,
        Err(error) => return error.into_response(),
    };
    let Some((pairs, fingerprint)) = stored(entry, &map, &key) else {
        return AppError::NotFound.into_response();
    };
    let mut errors = FieldErrors::new(lang);
    let users: Vec<String> = match entry {
        Entry::Region => map
            .service_regions
            .iter()
            .filter(|l| l.region_code == key)
            .map(|l| format!("#{}", l.service_id))
            .collect(),
        Entry::Organisation => map
            .services
            .iter()
            .filter(|s| s.organisation_id == key)
            .map(|s| format!("#{}", s.id))
            .collect(),
        Entry::Service => Vec::new(),
    };
    if !users.is_empty() {
        let message = errors
            .tx()
            .beheer
            .err_still_used
            .replace("{ids}", &users.join(", "));
        errors.add("", message);
        let shown = Shown {
            entry,
            key: Some(&key),
            fingerprint,
            errors,
            saved: false,
        };
        let page = page(&state, admin, &pairs, shown);
        return (StatusCode::UNPROCESSABLE_ENTITY, page).into_response();
    }
    let shown = Shown {
        entry,
        key: Some(&key),
        fingerprint,
        errors,
        saved: false,
    };
    match commit(&state, &form, change).await {
        Ok(_) => (StatusCode::SEE_OTHER, [(LOCATION, "/beheer/sociale-kaart")]).into_response(),
        Err(Outcome::Refused(problems)) => {
            let mut shown = shown;
            problems.into_iter().for_each(|p| shown.errors.add("", p));
            let page = page(&state, admin, &pairs, shown);
            (StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
        }
        Err(Outcome::Response(response)) => response,
    }
}

async fn save(
    state: &AppState,
    form: &AdminForm<SocialInput>,
    entry: Entry,
    key: Option<&str>,
) -> Response {
    let (admin, lang) = (&form.admin, form.lang());
    let input = &form.form;
    let pairs = input.pairs();
    let mut errors = FieldErrors::new(lang);
    let kb = state.knowledge_base();
    let map = kb.social_map();
    match entry {
        Entry::Region => social_check::region(input, key.is_none(), map, &mut errors),
        Entry::Organisation => social_check::organisation(input, key.is_none(), map, &mut errors),
        Entry::Service => {
            social_check::service(input, map, &intervention_slugs(state), &mut errors)
        }
    }
    let fingerprint = input.fingerprint.clone();
    if !errors.is_empty() {
        let shown = Shown {
            entry,
            key,
            fingerprint,
            errors,
            saved: false,
        };
        return (
            StatusCode::UNPROCESSABLE_ENTITY,
            page(state, admin, &pairs, shown),
        )
            .into_response();
    }
    match commit(state, form, entry.change(key, &pairs)).await {
        Ok(saved_key) => {
            let location = format!(
                "/beheer/sociale-kaart/{}/{saved_key}?opgeslagen=1",
                entry.path()
            );
            (StatusCode::SEE_OTHER, [(LOCATION, location)]).into_response()
        }
        Err(Outcome::Refused(problems)) => {
            problems.into_iter().for_each(|p| errors.add("", p));
            let shown = Shown {
                entry,
                key,
                fingerprint,
                errors,
                saved: false,
            };
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                page(state, admin, &pairs, shown),
            )
                .into_response()
        }
        Err(Outcome::Response(response)) => response,
    }
}

enum Outcome {
    Refused(Vec<String>),
    Response(Response),
}

/// Saves `change` (if the entry is still as the form was opened) and swaps the knowledge base;
/// returns the entry's code or id.
async fn commit(
    state: &AppState,
    form: &AdminForm<SocialInput>,
    change: Change,
) -> Result<String, Outcome> {
    let admin = &form.admin;
    let slugs = intervention_slugs(state);
    let expected = Some(form.form.fingerprint.as_str());
    let title = match change.target() {
        Some(Target::Region(code)) => format!("regio {code}"),
        Some(Target::Organisation(id)) => format!("organisatie {id}"),
        Some(Target::Service(id)) => format!("aanbod #{id}"),
        None => String::new(),
    };
    let mut yours = std::collections::BTreeMap::<String, String>::new();
    for (k, v) in form.form.pairs().into_iter().filter(|(_, v)| !v.is_empty()) {
        let joined = yours.entry(k).or_default();
        if !joined.is_empty() {
            joined.push_str(", ");
        }
        joined.push_str(&v);
    }
    match social_edit::save(&state.db, admin.name(), &slugs, change, expected).await {
        Ok(key) => {
            if let Err(error) = reload(state)
                .await
                .context("cannot reload the knowledge base")
            {
                return Err(Outcome::Response(error.into_response()));
            }
            tracing::info!(user = %admin.name(), "sociale kaart entry saved");
            Ok(key)
        }
        Err(EditError::Stale(stale)) => {
            let editor = form_path(&title);
            Err(Outcome::Response(conflict(
                form, &title, &editor, &stale, &yours,
            )))
        }
        Err(EditError::Invalid(errors)) => Err(Outcome::Refused(errors)),
        Err(EditError::NotFound) => Err(Outcome::Response(AppError::NotFound.into_response())),
        Err(EditError::Database(error)) => Err(Outcome::Response(
            AppError::WriteFailed {
                error,
                what: "the sociale kaart entry",
            }
            .into_response(),
        )),
    }
}

/// The editor of the entry the audit log calls `title` ("regio x", "organisatie y", "aanbod #3").
fn form_path(title: &str) -> String {
    let path = match title.split_once(' ') {
        Some(("regio", code)) => format!("regio/{code}"),
        Some(("organisatie", id)) => format!("organisatie/{id}"),
        Some(("aanbod", id)) => format!("aanbod/{}", id.trim_start_matches('#')),
        _ => String::new(),
    };
    format!("/beheer/sociale-kaart/{path}")
}

/// The label of a field of the entry form.
fn field_label(name: &str, lang: Lang) -> &'static str {
    let tx = &texts::for_lang(lang).social_field;
    match name {
        "code" => tx.code,
        "id" => tx.id,
        "name" => tx.name,
        "kind" => tx.kind,
        "website" => tx.website,
        "contact" => tx.contact,
        "description_nl" => tx.description_nl,
        "description_en" => tx.description_en,
        "source" => tx.source,
        "last_checked" => tx.last_checked,
        "organisation_id" => tx.organisation_id,
        "intervention" => tx.intervention,
        "product" => tx.product,
        "notes_nl" => tx.notes_nl,
        "notes_en" => tx.notes_en,
        "region" => tx.region,
        _ => "",
    }
}
