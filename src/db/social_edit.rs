//! Changing one entry of the sociale kaart (a region, an organisation or a service), with the
//! same checks as the CSV import, in one writer transaction with an audit entry.

use serde::Serialize;
use serde_json::Value;
use sqlx::SqlitePool;

use super::audit;
use super::rows::{self, OrganisationRow, RegionRow, ServiceRegionRow, ServiceRow, SocialMapRows};
use super::versions::{self, SaveError, Stale};
use crate::domain::profile::is_region_code;
use crate::domain::social_map::parse_date;

/// The kinds of organisation the schema allows (`organisations.kind`).
pub const KINDS: &[&str] = &[
    "ggz",
    "uwv",
    "gemeente",
    "re-integratiebedrijf",
    "clientorganisatie",
    "ervaringsdeskundigen",
    "sociaal-leerwerkbedrijf",
    "verzekeraar",
    "anders",
];

/// What is wrong with a region, in Dutch (beheer).
pub fn region_problems(r: &RegionRow) -> Vec<String> {
    let mut problems = Vec::new();
    problems.extend(super::text_problems::problems_in(
        &serde_json::to_value(r).expect("rows serialise"),
    ));
    if !is_region_code(&r.code) {
        problems.push(format!(
            "regiocode '{}' mag alleen kleine letters, cijfers en streepjes bevatten (hoogstens 60 tekens)",
            r.code
        ));
    }
    if r.name.is_empty() || r.source.is_empty() || parse_date(&r.last_checked).is_none() {
        problems.push(
            "een regio heeft een naam, een bron en een datum van controle (JJJJ-MM-DD)".to_owned(),
        );
    }
    problems
}

/// What is wrong with an organisation, in Dutch (beheer).
pub fn organisation_problems(o: &OrganisationRow) -> Vec<String> {
    let mut problems = Vec::new();
    problems.extend(super::text_problems::problems_in(
        &serde_json::to_value(o).expect("rows serialise"),
    ));
    let id_ok = !o.id.is_empty()
        && o.id.len() <= 80
        && o.id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !id_ok {
        problems.push(format!(
            "organisatiecode '{}' mag alleen kleine letters, cijfers en streepjes bevatten (hoogstens 80 tekens)",
            o.id
        ));
    }
    if !KINDS.contains(&o.kind.as_str()) {
        problems.push(format!(
            "soort organisatie '{}' is onbekend; kies uit: {}",
            o.kind,
            KINDS.join(", ")
        ));
    }
    if o.name.is_empty() || o.source.is_empty() || parse_date(&o.last_checked).is_none() {
        problems.push(
            "een organisatie heeft een naam, een bron en een datum van controle (JJJJ-MM-DD)"
                .to_owned(),
        );
    }
    problems
}

/// What is wrong with a service, in Dutch (beheer). `interventions`: the slugs it may name.
pub fn service_problems(s: &ServiceRow, interventions: &[String]) -> Vec<String> {
    let mut problems = Vec::new();
    problems.extend(super::text_problems::problems_in(
        &serde_json::to_value(s).expect("rows serialise"),
    ));
    if let Some(slug) = &s.intervention_slug
        && !interventions.contains(slug)
    {
        problems.push(format!(
            "interventie '{slug}' bestaat niet in de kennisbank"
        ));
    }
    if (s.intervention_slug.is_none() && s.product.is_empty())
        || s.source.is_empty()
        || parse_date(&s.last_checked).is_none()
    {
        problems.push("een aanbod noemt een interventie of product, een bron en een datum van controle (JJJJ-MM-DD)".to_owned());
    }
    problems
}

/// One change to the sociale kaart. Codes and ids are never changed: remove and add instead.
#[derive(Debug, Clone)]
pub enum Change {
    AddRegion(RegionRow),
    UpdateRegion(RegionRow),
    RemoveRegion(String),
    AddOrganisation(OrganisationRow),
    UpdateOrganisation(OrganisationRow),
    RemoveOrganisation(String),
    /// A new service (its `id` is ignored and assigned) in these regions.
    AddService(ServiceRow, Vec<String>),
    UpdateService(ServiceRow, Vec<String>),
    RemoveService(i64),
}

/// Why a change was refused; nothing changed.
#[derive(Debug, thiserror::Error)]
pub enum EditError {
    #[error("{}", .0.join("\n"))]
    Invalid(Vec<String>),
    #[error("no such entry")]
    NotFound,
    /// Someone else saved the entry after the form was opened; nothing changed.
    #[error("the entry changed since the form was opened")]
    Stale(Stale),
    #[error("the database refused the change: {0}")]
    Database(#[from] sqlx::Error),
}

/// A service with its regions, as the audit log shows it.
#[derive(Serialize)]
struct ServiceEntry<'a> {
    #[serde(flatten)]
    service: &'a ServiceRow,
    regions: Vec<&'a str>,
}

fn json(value: &impl Serialize) -> Value {
    audit::value(value)
}

fn service_entry(map: &SocialMapRows, id: i64) -> Option<Value> {
    let service = map.services.iter().find(|s| s.id == id)?;
    let regions = map
        .service_regions
        .iter()
        .filter(|l| l.service_id == id)
        .map(|l| l.region_code.as_str())
        .collect();
    Some(json(&ServiceEntry { service, regions }))
}

/// The entry `change` would store, as the audit log and the conflict page show it (none for a
/// removal).
pub fn changed_entry(change: &Change) -> Option<Value> {
    match change {
        Change::AddRegion(row) | Change::UpdateRegion(row) => Some(json(row)),
        Change::AddOrganisation(row) | Change::UpdateOrganisation(row) => Some(json(row)),
        Change::AddService(service, regions) | Change::UpdateService(service, regions) => {
            let regions = regions.iter().map(String::as_str).collect();
            Some(json(&ServiceEntry { service, regions }))
        }
        Change::RemoveRegion(_) | Change::RemoveOrganisation(_) | Change::RemoveService(_) => None,
    }
}

fn region_entry(map: &SocialMapRows, code: &str) -> Option<Value> {
    map.regions.iter().find(|r| r.code == code).map(json)
}

fn organisation_entry(map: &SocialMapRows, id: &str) -> Option<Value> {
    map.organisations.iter().find(|o| o.id == id).map(json)
}

/// What changed: (action, entity as the audit log names it, the entry's code or id, before,
/// after).
type Audited = (&'static str, String, String, Option<Value>, Option<Value>);

/// Refuses the change when there are `problems`.
fn invalid(problems: Vec<String>) -> Result<(), EditError> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(EditError::Invalid(problems))
    }
}

/// Applies `change` to `map`, or says why not.
fn apply(
    map: &mut SocialMapRows,
    change: Change,
    interventions: &[String],
) -> Result<Audited, EditError> {
    match change {
        Change::AddRegion(row) => {
            invalid(region_problems(&row))?;
            if map.regions.iter().any(|r| r.code == row.code) {
                invalid(vec![format!("regio '{}' bestaat al", row.code)])?;
            }
            let (entity, key, after) =
                (format!("regio {}", row.code), row.code.clone(), json(&row));
            map.regions.push(row);
            Ok(("create", entity, key, None, Some(after)))
        }
        Change::UpdateRegion(row) => {
            invalid(region_problems(&row))?;
            let stored = map
                .regions
                .iter_mut()
                .find(|r| r.code == row.code)
                .ok_or(EditError::NotFound)?;
            let before = json(stored);
            *stored = row;
            Ok((
                "update",
                format!("regio {}", stored.code),
                stored.code.clone(),
                Some(before),
                Some(json(stored)),
            ))
        }
        Change::RemoveRegion(code) => {
            let before = region_entry(map, &code).ok_or(EditError::NotFound)?;
            let users: Vec<String> = map
                .service_regions
                .iter()
                .filter(|l| l.region_code == code)
                .map(|l| format!("#{}", l.service_id))
                .collect();
            if !users.is_empty() {
                invalid(vec![format!(
                    "regio '{code}' wordt nog gebruikt door aanbod {}; haal dat aanbod eerst uit deze regio",
                    users.join(", ")
                )])?;
            }
            map.regions.retain(|r| r.code != code);
            Ok(("delete", format!("regio {code}"), code, Some(before), None))
        }
        Change::AddOrganisation(row) => {
            invalid(organisation_problems(&row))?;
            if map.organisations.iter().any(|o| o.id == row.id) {
                invalid(vec![format!("organisatie '{}' bestaat al", row.id)])?;
            }
            let (entity, key, after) = (
                format!("organisatie {}", row.id),
                row.id.clone(),
                json(&row),
            );
            map.organisations.push(row);
            Ok(("create", entity, key, None, Some(after)))
        }
        Change::UpdateOrganisation(row) => {
            invalid(organisation_problems(&row))?;
            let stored = map
                .organisations
                .iter_mut()
                .find(|o| o.id == row.id)
                .ok_or(EditError::NotFound)?;
            let before = json(stored);
            *stored = row;
            Ok((
                "update",
                format!("organisatie {}", stored.id),
                stored.id.clone(),
                Some(before),
                Some(json(stored)),
            ))
        }
        Change::RemoveOrganisation(id) => {
            let before = organisation_entry(map, &id).ok_or(EditError::NotFound)?;
            let services: Vec<String> = map
                .services
                .iter()
                .filter(|s| s.organisation_id == id)
                .map(|s| format!("#{}", s.id))
                .collect();
            if !services.is_empty() {
                invalid(vec![format!(
                    "organisatie '{id}' heeft nog aanbod ({}); verwijder dat eerst",
                    services.join(", ")
                )])?;
            }
            map.organisations.retain(|o| o.id != id);
            Ok((
                "delete",
                format!("organisatie {id}"),
                id,
                Some(before),
                None,
            ))
        }
        Change::AddService(mut row, regions) => {
            row.id = map.services.iter().map(|s| s.id).max().unwrap_or(0) + 1;
            check_service(map, &row, &regions, interventions)?;
            let id = row.id;
            map.services.push(row);
            place(map, id, regions);
            let after = service_entry(map, id);
            Ok((
                "create",
                format!("aanbod #{id}"),
                id.to_string(),
                None,
                after,
            ))
        }
        Change::UpdateService(row, regions) => {
            let id = row.id;
            let before = service_entry(map, id).ok_or(EditError::NotFound)?;
            check_service(map, &row, &regions, interventions)?;
            if let Some(stored) = map.services.iter_mut().find(|s| s.id == id) {
                *stored = row;
            }
            place(map, id, regions);
            let after = service_entry(map, id);
            Ok((
                "update",
                format!("aanbod #{id}"),
                id.to_string(),
                Some(before),
                after,
            ))
        }
        Change::RemoveService(id) => {
            let before = service_entry(map, id).ok_or(EditError::NotFound)?;
            map.services.retain(|s| s.id != id);
            map.service_regions.retain(|l| l.service_id != id);
            Ok((
                "delete",
                format!("aanbod #{id}"),
                id.to_string(),
                Some(before),
                None,
            ))
        }
    }
}

/// A service must be valid, belong to a known organisation and lie in known regions.
fn check_service(
    map: &SocialMapRows,
    row: &ServiceRow,
    regions: &[String],
    interventions: &[String],
) -> Result<(), EditError> {
    let mut problems = service_problems(row, interventions);
    if !map
        .organisations
        .iter()
        .any(|o| o.id == row.organisation_id)
    {
        problems.push(format!(
            "organisatie '{}' bestaat niet",
            row.organisation_id
        ));
    }
    for code in regions {
        if !map.regions.iter().any(|r| &r.code == code) {
            problems.push(format!("regio '{code}' bestaat niet"));
        }
    }
    invalid(problems)
}

/// Puts service `id` in exactly `regions`.
fn place(map: &mut SocialMapRows, id: i64, mut regions: Vec<String>) {
    regions.sort();
    regions.dedup();
    map.service_regions.retain(|l| l.service_id != id);
    map.service_regions
        .extend(regions.into_iter().map(|region_code| ServiceRegionRow {
            service_id: id,
            region_code,
        }));
}

/// A stored entry: a region or organisation by code, a service by id.
#[derive(Debug, Clone, Copy)]
pub enum Target<'a> {
    Region(&'a str),
    Organisation(&'a str),
    Service(i64),
}

/// The stored entry as JSON (a service with its regions), if it exists: what its fingerprint
/// is taken of and what the audit log and the conflict page show.
pub fn entry_value(map: &SocialMapRows, target: Target<'_>) -> Option<Value> {
    match target {
        Target::Region(code) => region_entry(map, code),
        Target::Organisation(id) => organisation_entry(map, id),
        Target::Service(id) => service_entry(map, id),
    }
}

impl Change {
    /// The stored entry this change touches (none for an addition).
    pub fn target(&self) -> Option<Target<'_>> {
        match self {
            Self::UpdateRegion(r) => Some(Target::Region(&r.code)),
            Self::RemoveRegion(code) => Some(Target::Region(code)),
            Self::UpdateOrganisation(o) => Some(Target::Organisation(&o.id)),
            Self::RemoveOrganisation(id) => Some(Target::Organisation(id)),
            Self::UpdateService(s, _) => Some(Target::Service(s.id)),
            Self::RemoveService(id) => Some(Target::Service(*id)),
            Self::AddRegion(_) | Self::AddOrganisation(_) | Self::AddService(..) => None,
        }
    }
}

/// Applies one change in a writer transaction with its audit entry, all or nothing. Returns
/// the entry's code or id. With `expected`, a change to a stored entry is made only if that
/// entry still has this fingerprint (see [`super::versions`]).
pub async fn save(
    pool: &SqlitePool,
    user_name: &str,
    interventions: &[String],
    change: Change,
    expected: Option<&str>,
) -> Result<String, EditError> {
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let mut map = rows::fetch_social_map(&mut tx).await?;
    if let (Some(expected), Some(target)) = (expected, change.target()) {
        match versions::check(entry_value(&map, target).as_ref(), expected) {
            Ok(()) => {}
            Err(SaveError::Stale(stale)) => return Err(EditError::Stale(stale)),
            Err(SaveError::Db(error)) => return Err(EditError::Database(error)),
        }
    }
    let (action, entity, key, before, after) = apply(&mut map, change, interventions)?;
    rows::replace_social_map(&mut tx, &map).await?;
    audit::record(
        &mut tx,
        user_name,
        action,
        &entity,
        before.as_ref(),
        after.as_ref(),
    )
    .await?;
    tx.commit().await?;
    Ok(key)
}
