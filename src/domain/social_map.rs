//! The regional sociale kaart: labour-market regions, organisations and what they offer where.

use serde::Serialize;

use super::lang::Localized;
use super::profile::{ClientProfile, ProfileError};

/// How old (in days) an entry may get before it is flagged as not recently checked.
pub const STALE_AFTER_DAYS: i64 = 365;

/// A labour-market region.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Region {
    pub code: String,
    pub name: String,
    pub source: String,
    /// `YYYY-MM-DD`.
    pub last_checked: String,
}

/// An organisation on the map.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    /// ggz, uwv, gemeente, re-integratiebedrijf, clientorganisatie, ervaringsdeskundigen ...
    pub kind: String,
    pub website: String,
    /// A public contact point; empty when unknown.
    pub contact: String,
    pub description: Localized,
    pub source: String,
    pub last_checked: String,
}

/// What an organisation offers, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Service {
    pub id: i64,
    pub organisation_id: String,
    /// One of the knowledge base's interventions, if it is one.
    pub intervention_slug: Option<String>,
    /// Another product's name, when it is not an intervention of the knowledge base.
    pub product: String,
    pub notes: Localized,
    pub source: String,
    pub last_checked: String,
    /// Region codes.
    pub regions: Vec<String>,
}

/// The whole map.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SocialMap {
    pub regions: Vec<Region>,
    pub organisations: Vec<Organisation>,
    pub services: Vec<Service>,
}

/// A `YYYY-MM-DD` date.
pub fn parse_date(date: &str) -> Option<time::Date> {
    time::Date::parse(
        date,
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .ok()
}

/// Whether an entry last checked on `last_checked` is older than [`STALE_AFTER_DAYS`] on
/// `today` (both `YYYY-MM-DD`); an unreadable date counts as stale.
pub fn is_stale(last_checked: &str, today: &str) -> bool {
    match (parse_date(last_checked), parse_date(today)) {
        (Some(checked), Some(now)) => (now - checked).whole_days() > STALE_AFTER_DAYS,
        _ => true,
    }
}

impl SocialMap {
    /// Checks that a profile's region, if it names one, is on this sociale kaart.
    pub fn check_region(&self, profile: &ClientProfile) -> Result<(), ProfileError> {
        match &profile.region {
            Some(code) if self.region(code).is_none() => Err(ProfileError::UnknownRegion),
            _ => Ok(()),
        }
    }

    /// A region by its code.
    pub fn region(&self, code: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.code == code)
    }

    /// An organisation by its id.
    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.id == id)
    }

    /// The services matching every filter given (region, intervention slug, organisation
    /// kind), with their organisation, ordered by organisation name.
    pub fn find(
        &self,
        region: Option<&str>,
        intervention: Option<&str>,
        kind: Option<&str>,
    ) -> Vec<(&Organisation, &Service)> {
        let mut found: Vec<(&Organisation, &Service)> = self
            .services
            .iter()
            .filter(|s| region.is_none_or(|r| s.regions.iter().any(|x| x == r)))
            .filter(|s| intervention.is_none_or(|i| s.intervention_slug.as_deref() == Some(i)))
            .filter_map(|s| self.organisation(&s.organisation_id).map(|o| (o, s)))
            .filter(|(o, _)| kind.is_none_or(|k| o.kind == k))
            .collect();
        found.sort_by(|a, b| (&a.0.name, a.1.id).cmp(&(&b.0.name, b.1.id)));
        found
    }
}
