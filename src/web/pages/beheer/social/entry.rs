//! The three kinds of sociale kaart entry (region, organisation, service): their path segment,
//! their form fields, their stored values as form pairs and the change a submitted form makes.

use crate::db::rows::{OrganisationRow, RegionRow, ServiceRow, SocialMapRows};
use crate::db::social_edit::{self, Change, Target};
use crate::db::versions::Fingerprint;
use crate::web::pages::beheer::field;

/// The three kinds of entry, by their path segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    Region,
    Organisation,
    Service,
}

/// How a field is filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Input {
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
    pub(super) fn from_path(segment: &str) -> Option<Self> {
        match segment {
            "regio" => Some(Self::Region),
            "organisatie" => Some(Self::Organisation),
            "aanbod" => Some(Self::Service),
            _ => None,
        }
    }

    pub(super) fn path(self) -> &'static str {
        match self {
            Self::Region => "regio",
            Self::Organisation => "organisatie",
            Self::Service => "aanbod",
        }
    }

    pub(super) fn fields(self) -> &'static [(&'static str, Input)] {
        match self {
            Self::Region => REGION_FIELDS,
            Self::Organisation => ORGANISATION_FIELDS,
            Self::Service => SERVICE_FIELDS,
        }
    }

    /// The stored entry `key` as form pairs, if it exists.
    pub(super) fn stored(self, map: &SocialMapRows, key: &str) -> Option<Vec<(String, String)>> {
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
    pub(super) fn change(self, key: Option<&str>, pairs: &[(String, String)]) -> Change {
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

/// The stored entry `key` as form pairs and its fingerprint, if it exists.
pub(super) fn stored(
    entry: Entry,
    map: &SocialMapRows,
    key: &str,
) -> Option<(Vec<(String, String)>, String)> {
    let pairs = entry.stored(map, key)?;
    let value = social_edit::entry_value(map, entry.target(key)?);
    Some((pairs, Fingerprint::of(&value).to_string()))
}

impl Entry {
    pub(super) fn target(self, key: &str) -> Option<Target<'_>> {
        Some(match self {
            Self::Region => Target::Region(key),
            Self::Organisation => Target::Organisation(key),
            Self::Service => Target::Service(key.parse().ok()?),
        })
    }
}
