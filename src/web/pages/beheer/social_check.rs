//! The sociale kaart form as submitted ([`SocialInput`]) and its checks with messages at the
//! field, in the page's language. The database layer (`db::social_edit`) checks the same again
//! inside its transaction; these checks only make the answer precise and bilingual.

use serde::Deserialize;

use super::form::FieldErrors;
use crate::db::social_edit::KINDS;
use crate::domain::profile::is_region_code;
use crate::domain::social_map::{SocialMap, parse_date};

/// Every field any of the three entry forms has, as typed; `region` may repeat.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SocialInput {
    pub code: String,
    pub id: String,
    pub name: String,
    pub kind: String,
    pub website: String,
    pub contact: String,
    pub description_nl: String,
    pub description_en: String,
    pub source: String,
    pub last_checked: String,
    pub organisation_id: String,
    pub intervention: String,
    pub product: String,
    pub notes_nl: String,
    pub notes_en: String,
    pub region: Vec<String>,
    /// The fingerprint of the entry as the form was opened (empty for a new one).
    pub fingerprint: String,
}

impl SocialInput {
    /// The fields as name/value pairs (each region its own pair), for the form descriptor.
    pub fn pairs(&self) -> Vec<(String, String)> {
        let single = [
            ("code", &self.code),
            ("id", &self.id),
            ("name", &self.name),
            ("kind", &self.kind),
            ("website", &self.website),
            ("contact", &self.contact),
            ("description_nl", &self.description_nl),
            ("description_en", &self.description_en),
            ("source", &self.source),
            ("last_checked", &self.last_checked),
            ("organisation_id", &self.organisation_id),
            ("intervention", &self.intervention),
            ("product", &self.product),
            ("notes_nl", &self.notes_nl),
            ("notes_en", &self.notes_en),
        ];
        single
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.clone()))
            .chain(self.region.iter().map(|r| ("region".to_owned(), r.clone())))
            .collect()
    }
}

fn code_ok(code: &str, max: usize) -> bool {
    (1..=max).contains(&code.len())
        && code
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn common(input: &SocialInput, names: &[&str], errors: &mut FieldErrors) {
    let pairs = input.pairs();
    for (name, value) in pairs.iter().filter(|(k, _)| names.contains(&k.as_str())) {
        errors.check_text(name, name, value.trim());
    }
    errors.require("source", &input.source);
    if parse_date(input.last_checked.trim()).is_none() {
        errors.add("last_checked", errors.tx().beheer.err_date);
    }
}

/// Checks a region; `new` when it is being added (its code is typed, not fixed).
pub fn region(input: &SocialInput, new: bool, map: &SocialMap, errors: &mut FieldErrors) {
    let code = input.code.trim();
    if new && !is_region_code(code) {
        let message = errors.tx().beheer.err_code_format.replace("{max}", "60");
        errors.add("code", message);
    } else if new && map.regions.iter().any(|r| r.code == code) {
        errors.add("code", errors.tx().beheer.err_exists);
    }
    errors.require("name", &input.name);
    common(input, &["name", "source"], errors);
}

/// Checks an organisation; `new` when it is being added.
pub fn organisation(input: &SocialInput, new: bool, map: &SocialMap, errors: &mut FieldErrors) {
    let id = input.id.trim();
    if new && !code_ok(id, 80) {
        let message = errors.tx().beheer.err_code_format.replace("{max}", "80");
        errors.add("id", message);
    } else if new && map.organisations.iter().any(|o| o.id == id) {
        errors.add("id", errors.tx().beheer.err_exists);
    }
    errors.require("name", &input.name);
    if !KINDS.contains(&input.kind.trim()) {
        errors.add("kind", errors.tx().beheer.err_choose);
    }
    if crate::domain::bounds::website_problem(input.website.trim()).is_some() {
        errors.add("website", errors.tx().beheer.err_website);
    }
    let texts = [
        "name",
        "website",
        "contact",
        "description_nl",
        "description_en",
        "source",
    ];
    common(input, &texts, errors);
}

/// Checks a service; `slugs` are the interventions it may name.
pub fn service(input: &SocialInput, map: &SocialMap, slugs: &[String], errors: &mut FieldErrors) {
    let organisation = input.organisation_id.trim();
    if !map.organisations.iter().any(|o| o.id == organisation) {
        errors.add("organisation_id", errors.tx().beheer.err_choose);
    }
    let intervention = input.intervention.trim();
    if !intervention.is_empty() && !slugs.iter().any(|s| s == intervention) {
        errors.add("intervention", errors.tx().beheer.err_choose);
    }
    if intervention.is_empty() && input.product.trim().is_empty() {
        errors.add("product", errors.tx().beheer.err_product_or_intervention);
    }
    if input
        .region
        .iter()
        .any(|code| !map.regions.iter().any(|r| &r.code == code))
    {
        errors.add("region", errors.tx().beheer.err_choose);
    }
    common(
        input,
        &["product", "notes_nl", "notes_en", "source"],
        errors,
    );
}
