//! The sociale kaart as one CSV file, in the spirit of the Open Referral data standard: each
//! row is a region, an organisation, or an organisation's service in one region. Import is
//! validated in full (every problem with its line number) and applied all or nothing.
//!
//! Columns (header row required, in this order):
//! `region_code, region_name, region_source, region_last_checked, organisation_id,
//! organisation_name, organisation_kind, website, contact, organisation_description_nl,
//! organisation_description_en, organisation_source, organisation_last_checked, service_id,
//! intervention, product, notes_nl, notes_en, service_source, service_last_checked`.
//! - A row with only the region columns declares a region.
//! - A row with organisation columns (and no service) declares an organisation.
//! - A row with organisation and service columns declares a service; with a `region_code` it
//!   also places the service in that (declared) region. A service in several regions takes one
//!   row per region, repeating the same organisation and service columns.
//!
//! An export ends with one more row whose first cell is the [`Origin`] line
//! (`# exported_from: <fingerprint> logboek <id> ...`, the other cells empty): the state of the
//! sociale kaart it was exported from, so that an upload can tell whether it would undo later
//! changes (see [`super::social_origin`]). A row whose first cell starts with `#` and whose
//! other cells are empty is a comment; files without the origin line import unchecked.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::rows::{OrganisationRow, RegionRow, ServiceRegionRow, ServiceRow, SocialMapRows};
use super::social_edit::{organisation_problems, region_problems, service_problems};
use super::social_origin::Origin;

/// The header row.
pub const COLUMNS: &[&str] = &[
    "region_code",
    "region_name",
    "region_source",
    "region_last_checked",
    "organisation_id",
    "organisation_name",
    "organisation_kind",
    "website",
    "contact",
    "organisation_description_nl",
    "organisation_description_en",
    "organisation_source",
    "organisation_last_checked",
    "service_id",
    "intervention",
    "product",
    "notes_nl",
    "notes_en",
    "service_source",
    "service_last_checked",
];

/// One CSV row.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct Record {
    region_code: String,
    region_name: String,
    region_source: String,
    region_last_checked: String,
    organisation_id: String,
    organisation_name: String,
    organisation_kind: String,
    website: String,
    contact: String,
    organisation_description_nl: String,
    organisation_description_en: String,
    organisation_source: String,
    organisation_last_checked: String,
    service_id: String,
    intervention: String,
    product: String,
    notes_nl: String,
    notes_en: String,
    service_source: String,
    service_last_checked: String,
}

impl Record {
    /// Every field through `f`.
    fn map_fields(self, f: fn(String) -> String) -> Self {
        Self {
            region_code: f(self.region_code),
            region_name: f(self.region_name),
            region_source: f(self.region_source),
            region_last_checked: f(self.region_last_checked),
            organisation_id: f(self.organisation_id),
            organisation_name: f(self.organisation_name),
            organisation_kind: f(self.organisation_kind),
            website: f(self.website),
            contact: f(self.contact),
            organisation_description_nl: f(self.organisation_description_nl),
            organisation_description_en: f(self.organisation_description_en),
            organisation_source: f(self.organisation_source),
            organisation_last_checked: f(self.organisation_last_checked),
            service_id: f(self.service_id),
            intervention: f(self.intervention),
            product: f(self.product),
            notes_nl: f(self.notes_nl),
            notes_en: f(self.notes_en),
            service_source: f(self.service_source),
            service_last_checked: f(self.service_last_checked),
        }
    }
}

/// The characters that make a spreadsheet read a cell as a formula.
const FORMULA_START: &[char] = &['=', '+', '-', '@', '\t', '\r'];

/// A cell a spreadsheet shows as text: one that would start a formula gets a leading `'`
/// (as OWASP advises against CSV injection); [`restore`] takes it off again on import.
fn defuse(value: String) -> String {
    if value.starts_with(FORMULA_START) {
        format!("'{value}")
    } else {
        value
    }
}

/// The cell as it was before [`defuse`].
fn restore(value: &str) -> String {
    match value.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_START) => rest.to_owned(),
        _ => value.to_owned(),
    }
}

fn organisation_fields(o: &OrganisationRow, r: &mut Record) {
    r.organisation_id = o.id.clone();
    r.organisation_name = o.name.clone();
    r.organisation_kind = o.kind.clone();
    r.website = o.website.clone();
    r.contact = o.contact.clone();
    r.organisation_description_nl = o.description_nl.clone();
    r.organisation_description_en = o.description_en.clone();
    r.organisation_source = o.source.clone();
    r.organisation_last_checked = o.last_checked.clone();
}

/// What an upload holds: the map, and where it was exported from if it says so.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub map: SocialMapRows,
    pub origin: Option<Origin>,
}

/// The map as CSV text, ending with the `origin` line when given.
pub fn to_csv(map: &SocialMapRows, origin: Option<&Origin>) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut records = Vec::new();
    for region in &map.regions {
        records.push(Record {
            region_code: region.code.clone(),
            region_name: region.name.clone(),
            region_source: region.source.clone(),
            region_last_checked: region.last_checked.clone(),
            ..Record::default()
        });
    }
    for o in &map.organisations {
        let services: Vec<&ServiceRow> = map
            .services
            .iter()
            .filter(|s| s.organisation_id == o.id)
            .collect();
        if services.is_empty() {
            let mut r = Record::default();
            organisation_fields(o, &mut r);
            records.push(r);
        }
        for s in services {
            let mut r = Record::default();
            organisation_fields(o, &mut r);
            r.service_id = s.id.to_string();
            r.intervention = s.intervention_slug.clone().unwrap_or_default();
            r.product = s.product.clone();
            r.notes_nl = s.notes_nl.clone();
            r.notes_en = s.notes_en.clone();
            r.service_source = s.source.clone();
            r.service_last_checked = s.last_checked.clone();
            let regions: Vec<&str> = map
                .service_regions
                .iter()
                .filter(|sr| sr.service_id == s.id)
                .map(|sr| sr.region_code.as_str())
                .collect();
            if regions.is_empty() {
                records.push(r.clone());
            }
            for code in regions {
                records.push(Record {
                    region_code: code.to_owned(),
                    ..r.clone()
                });
            }
        }
    }
    for r in records {
        writer
            .serialize(r.map_fields(defuse))
            .expect("writing CSV to memory");
    }
    if let Some(origin) = origin {
        let mut row = vec![String::new(); COLUMNS.len()];
        row[0] = origin.line();
        writer.write_record(&row).expect("writing CSV to memory");
    }
    String::from_utf8(writer.into_inner().expect("flushing CSV to memory"))
        .expect("CSV of strings is UTF-8")
}

/// `problems` with the line they were found on.
fn at_line(line: usize, problems: Vec<String>) -> impl Iterator<Item = String> {
    problems
        .into_iter()
        .map(move |p| format!("regel {line}: {p}"))
}

/// One row of the file, at its line.
enum Row {
    Data(usize, Box<Record>),
    /// A comment row and its first cell.
    Comment(usize, String),
}

/// Whether a row is a comment: its first cell starts with `#`, the others are empty.
fn is_comment(record: &csv::StringRecord) -> bool {
    let mut cells = record.iter();
    cells.next().is_some_and(|first| first.starts_with('#')) && cells.all(str::is_empty)
}

/// Reads the CSV into the map's rows and its origin line, or lists every problem with its line
/// number. `interventions` are the slugs a service may name.
pub fn from_csv(text: &str, interventions: &[String]) -> Result<Parsed, Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut errors = Vec::new();
    let headers = match reader.headers() {
        Ok(header) if header.iter().eq(COLUMNS.iter().copied()) => header.clone(),
        _ => {
            return Err(vec![format!(
                "regel 1: de kopregel moet zijn: {}",
                COLUMNS.join(",")
            )]);
        }
    };
    let mut regions: BTreeMap<String, RegionRow> = BTreeMap::new();
    let mut organisations: BTreeMap<String, (usize, OrganisationRow)> = BTreeMap::new();
    let mut services: BTreeMap<i64, (usize, ServiceRow)> = BTreeMap::new();
    let mut links: Vec<(usize, ServiceRegionRow)> = Vec::new();
    let mut origin: Option<Origin> = None;
    for (n, result) in reader.records().enumerate() {
        let parsed = result.and_then(|record| {
            let line = record.position().map_or(n + 2, |p| p.line() as usize);
            if is_comment(&record) {
                return Ok(Row::Comment(line, record[0].to_owned()));
            }
            record
                .iter()
                .map(restore)
                .collect::<csv::StringRecord>()
                .deserialize::<Record>(Some(&headers))
                .map(|r| Row::Data(line, Box::new(r)))
        });
        let (line, r) = match parsed {
            Ok(Row::Data(line, r)) => (line, *r),
            Ok(Row::Comment(line, cell)) => {
                errors.extend(Origin::note(&cell, line, &mut origin));
                continue;
            }
            Err(e) => {
                errors.push(format!("regel {}: {e}", n + 2));
                continue;
            }
        };
        if r.organisation_id.is_empty() {
            if r.region_code.is_empty() {
                errors.push(format!(
                    "regel {line}: een regel noemt een regio of een organisatie"
                ));
                continue;
            }
            let region = RegionRow {
                code: r.region_code.clone(),
                name: r.region_name,
                source: r.region_source,
                last_checked: r.region_last_checked,
            };
            errors.extend(at_line(line, region_problems(&region)));
            if regions.insert(r.region_code.clone(), region).is_some() {
                errors.push(format!(
                    "regel {line}: regio '{}' staat er twee keer in",
                    r.region_code
                ));
            }
            continue;
        }
        let organisation = OrganisationRow {
            id: r.organisation_id.clone(),
            name: r.organisation_name.clone(),
            kind: r.organisation_kind.clone(),
            website: r.website.clone(),
            contact: r.contact.clone(),
            description_nl: r.organisation_description_nl.clone(),
            description_en: r.organisation_description_en.clone(),
            source: r.organisation_source.clone(),
            last_checked: r.organisation_last_checked.clone(),
        };
        match organisations.get(&organisation.id) {
            Some((first, known)) if *known != organisation => errors.push(format!(
                "regel {line}: organisatie '{}' heeft hier andere gegevens dan op regel {first}",
                organisation.id
            )),
            Some(_) => {}
            None => {
                errors.extend(at_line(line, organisation_problems(&organisation)));
                organisations.insert(organisation.id.clone(), (line, organisation));
            }
        }
        if r.service_id.is_empty() {
            if !r.region_code.is_empty() {
                errors.push(format!(
                    "regel {line}: alleen een aanbod (service_id) kan in een regio staan"
                ));
            }
            continue;
        }
        let Ok(id) = r.service_id.parse::<i64>() else {
            errors.push(format!(
                "regel {line}: service_id '{}' is geen geheel getal",
                r.service_id
            ));
            continue;
        };
        let intervention = Some(r.intervention.clone()).filter(|i| !i.is_empty());
        let service = ServiceRow {
            id,
            organisation_id: r.organisation_id.clone(),
            intervention_slug: intervention,
            product: r.product.clone(),
            notes_nl: r.notes_nl.clone(),
            notes_en: r.notes_en.clone(),
            source: r.service_source.clone(),
            last_checked: r.service_last_checked.clone(),
        };
        match services.get(&id) {
            Some((first, known)) if *known != service => errors.push(format!(
                "regel {line}: aanbod {id} heeft hier andere gegevens dan op regel {first}"
            )),
            Some(_) => {}
            None => {
                errors.extend(at_line(line, service_problems(&service, interventions)));
                services.insert(id, (line, service));
            }
        }
        if !r.region_code.is_empty() {
            links.push((
                line,
                ServiceRegionRow {
                    service_id: id,
                    region_code: r.region_code,
                },
            ));
        }
    }
    for (line, link) in &links {
        if !regions.contains_key(&link.region_code) {
            errors.push(format!(
                "regel {line}: regio '{}' is niet in het bestand gedeclareerd",
                link.region_code
            ));
        }
    }
    let mut service_regions: Vec<ServiceRegionRow> = links.into_iter().map(|(_, l)| l).collect();
    service_regions
        .sort_by(|a, b| (a.service_id, &a.region_code).cmp(&(b.service_id, &b.region_code)));
    let before = service_regions.len();
    service_regions.dedup();
    if service_regions.len() != before {
        errors.push("een aanbod staat twee keer in dezelfde regio".to_owned());
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let map = SocialMapRows {
        regions: regions.into_values().collect(),
        organisations: organisations.into_values().map(|(_, o)| o).collect(),
        services: services.into_values().map(|(_, s)| s).collect(),
        service_regions,
    };
    Ok(Parsed { map, origin })
}
