//! Route, regie and funding: who is responsible for a client's re-integration, who else is
//! involved, the client's own duty, what is still to check, and who pays for an intervention
//! (Panteia 2021, 1.1; Samenwerken 2017, ch. 2-4; Kamerbrief 2019).
//!
//! All of it is cited data ([`RouteFact`], [`FundingLine`]) with a [`Condition`] on the
//! profile's answers; [`route`] and [`funding`] evaluate it for one profile. Validated when the
//! knowledge base is built ([`validate`]): every line cites a known source, codes come from
//! their closed lists, and every work situation x insurance x employment contract has exactly
//! one responsible party.

use serde::Serialize;

use super::lang::Localized;
use super::profile::{
    AnswerMasks, ClientProfile, Dimension, Insurance, Severity, WorkSituation, YesNo,
};

/// Who holds the regie (`route.responsible.code`).
pub const RESPONSIBLE_CODES: &[&str] = &[
    "employer",
    "uwv",
    "employer_or_insurer",
    "uwv_or_eigenrisicodrager",
    "gemeente",
    "unknown",
];

/// Who else is involved (`route.involve[].code`).
pub const INVOLVE_CODES: &[&str] = &[
    "occupational_physician",
    "arbo_professionals",
    "uwv_reintegration_counsellor",
    "uwv_intensive_services_adviser",
    "labour_expert",
    "insurer_professionals",
    "reintegration_company",
    "mental_health_care",
    "general_practitioner",
];

/// Who pays (`funding[].payer`).
pub const PAYER_CODES: &[&str] = &["zvw", "uwv", "gemeente", "employer", "insurer", "unknown"];

/// The kinds of route facts, as stored.
pub const KIND_CODES: &[&str] = &["responsible", "involve", "client_duty", "to_check"];

/// The questions a responsible party may depend on: the table of /uitleg spans them.
const RESPONSIBLE_DIMENSIONS: &[Dimension] = &[
    Dimension::WorkSituation,
    Dimension::Insurance,
    Dimension::EmploymentContract,
];

/// One clause of a condition: the answer on `dimension` is one of `values`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Clause {
    pub dimension: Dimension,
    pub values: Vec<&'static str>,
    /// `values` as a bit mask over the dimension's allowed values.
    #[serde(skip)]
    mask: u64,
}

impl Clause {
    /// `values` as a bit mask over the dimension's allowed values.
    pub fn mask(&self) -> u64 {
        self.mask
    }
}

/// When a route fact or funding line holds: every clause holds. Empty: always.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Condition {
    pub clauses: Vec<Clause>,
}

impl Condition {
    /// Parses `question=code,code question=code`; the message names what is wrong.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut clauses: Vec<Clause> = Vec::new();
        for part in text.split_whitespace() {
            let (name, codes) = part
                .split_once('=')
                .ok_or_else(|| format!("'{part}' is not of the form question=code,code"))?;
            let dimension =
                Dimension::from_code(name).ok_or_else(|| format!("'{name}' is no question"))?;
            if clauses.iter().any(|c| c.dimension == dimension) {
                return Err(format!("'{name}' appears twice"));
            }
            let values = codes
                .split(',')
                .map(|code| {
                    dimension
                        .allowed_values()
                        .iter()
                        .copied()
                        .find(|allowed| *allowed == code)
                        .ok_or_else(|| {
                            format!(
                                "'{code}' is no answer to {name} (allowed: {})",
                                dimension.allowed_values().join(", ")
                            )
                        })
                })
                .collect::<Result<Vec<_>, _>>()?;
            clauses.push(Clause {
                dimension,
                mask: dimension.mask_of(values.iter().copied()),
                values,
            });
        }
        Ok(Self { clauses })
    }

    /// Whether the condition holds for these answers.
    pub fn holds(&self, answers: &AnswerMasks) -> bool {
        self.clauses
            .iter()
            .all(|c| answers[c.dimension.index()] & c.mask != 0)
    }

    /// Whether the condition always holds.
    pub fn is_always(&self) -> bool {
        self.clauses.is_empty()
    }
}

/// What a route fact says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RouteKind {
    Responsible,
    Involve,
    ClientDuty,
    ToCheck,
}

impl RouteKind {
    /// The kind with this code.
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "responsible" => Some(Self::Responsible),
            "involve" => Some(Self::Involve),
            "client_duty" => Some(Self::ClientDuty),
            "to_check" => Some(Self::ToCheck),
            _ => None,
        }
    }
}

/// One cited fact of the route.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RouteFact {
    pub id: i64,
    pub kind: RouteKind,
    pub code: String,
    pub condition: Condition,
    pub text: Localized,
    pub source: String,
}

/// The period a source gives for a time-bound scheme, in whole years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub from: i32,
    pub to: i32,
}

impl Period {
    /// Parses `YYYY-YYYY` with the first year not after the second.
    pub fn parse(text: &str) -> Option<Self> {
        let (from, to) = text.split_once('-')?;
        let year = |y: &str| {
            (y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
                .then(|| y.parse().ok())
                .flatten()
        };
        let (from, to) = (year(from)?, year(to)?);
        (from <= to).then_some(Self { from, to })
    }

    /// Whether the period ended before `year`.
    pub fn has_passed(self, year: i32) -> bool {
        self.to < year
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{}", self.from, self.to)
    }
}

/// Who pays for an intervention, under a condition.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FundingLine {
    pub id: i64,
    pub intervention_slug: String,
    /// One of [`PAYER_CODES`].
    pub payer: String,
    pub condition: Condition,
    pub text: Localized,
    pub source: String,
    pub period: Option<Period>,
}

/// The route facts and funding lines of a knowledge base, in id order.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct RouteData {
    pub facts: Vec<RouteFact>,
    pub funding: Vec<FundingLine>,
}

/// The route for one profile.
#[derive(Debug, Clone, PartialEq)]
pub struct Route<'kb> {
    pub responsible: &'kb RouteFact,
    pub involve: Vec<&'kb RouteFact>,
    pub client_duty: Option<&'kb RouteFact>,
    pub to_check: Vec<&'kb RouteFact>,
}

/// The route for a profile; `None` only for a knowledge base without route facts (validation
/// gives any other exactly one responsible party per profile).
pub fn route<'kb>(data: &'kb RouteData, profile: &ClientProfile) -> Option<Route<'kb>> {
    let answers = profile.answer_masks();
    let holding = |kind: RouteKind| {
        data.facts
            .iter()
            .filter(move |f| f.kind == kind && f.condition.holds(&answers))
    };
    Some(Route {
        responsible: holding(RouteKind::Responsible).next()?,
        involve: holding(RouteKind::Involve).collect(),
        client_duty: holding(RouteKind::ClientDuty).next(),
        to_check: holding(RouteKind::ToCheck).collect(),
    })
}

/// Who pays for the intervention `slug`, for these answers, in data order.
pub fn funding<'kb>(
    data: &'kb RouteData,
    slug: &str,
    answers: &AnswerMasks,
) -> Vec<&'kb FundingLine> {
    data.funding
        .iter()
        .filter(|l| l.intervention_slug == slug && l.condition.holds(answers))
        .collect()
}

/// One row of the regie table: a combination and its responsible party.
#[derive(Debug, Clone)]
pub struct RegieRow<'kb> {
    pub work_situation: WorkSituation,
    pub insurance: Insurance,
    pub employment_contract: YesNo,
    pub responsible: &'kb RouteFact,
}

/// Every work situation x insurance x employment contract with its responsible party.
pub fn regie_table(data: &RouteData) -> Vec<RegieRow<'_>> {
    combinations()
        .filter_map(|profile| {
            Some(RegieRow {
                responsible: route(data, &profile)?.responsible,
                work_situation: profile.work_situation,
                insurance: profile.insurance,
                employment_contract: profile.employment_contract,
            })
        })
        .collect()
}

fn combinations() -> impl Iterator<Item = ClientProfile> {
    WorkSituation::ALL.iter().flat_map(|ws| {
        Insurance::ALL.iter().flat_map(move |ins| {
            YesNo::ALL.iter().map(move |contract| {
                let mut p = ClientProfile::new(Severity::Unknown, *ws);
                p.insurance = *ins;
                p.employment_contract = *contract;
                p
            })
        })
    })
}

/// Checks the route data: known sources (`cites_known_source`), codes from their lists,
/// funding lines of known interventions, and (unless there are no route facts at all, as in a
/// test's small knowledge base) exactly one responsible party per combination. The message
/// names the offending row.
pub fn validate(
    data: &RouteData,
    slugs: &[&str],
    cites_known_source: impl Fn(&str) -> bool,
) -> Result<(), String> {
    for f in &data.facts {
        let what = format!("route fact {}", f.id);
        if !cites_known_source(&f.source) {
            return Err(format!(
                "{what}: the citation '{}' names no known source",
                f.source
            ));
        }
        match f.kind {
            RouteKind::Responsible if !RESPONSIBLE_CODES.contains(&f.code.as_str()) => {
                return Err(format!("{what}: unknown responsible code {}", f.code));
            }
            RouteKind::Responsible
                if f.condition
                    .clauses
                    .iter()
                    .any(|c| !RESPONSIBLE_DIMENSIONS.contains(&c.dimension)) =>
            {
                return Err(format!(
                    "{what}: a responsible party depends only on work_situation, insurance \
                     and employment_contract"
                ));
            }
            RouteKind::Involve if !INVOLVE_CODES.contains(&f.code.as_str()) => {
                return Err(format!("{what}: unknown involve code {}", f.code));
            }
            _ => {}
        }
    }
    for l in &data.funding {
        let what = format!("funding line {}", l.id);
        if !cites_known_source(&l.source) {
            return Err(format!(
                "{what}: the citation '{}' names no known source",
                l.source
            ));
        }
        if !PAYER_CODES.contains(&l.payer.as_str()) {
            return Err(format!("{what}: unknown payer {}", l.payer));
        }
        if !slugs.contains(&l.intervention_slug.as_str()) {
            return Err(format!(
                "{what}: unknown intervention {}",
                l.intervention_slug
            ));
        }
    }
    if data.facts.is_empty() {
        return Ok(());
    }
    for profile in combinations() {
        let answers = profile.answer_masks();
        let holding: Vec<i64> = data
            .facts
            .iter()
            .filter(|f| f.kind == RouteKind::Responsible && f.condition.holds(&answers))
            .map(|f| f.id)
            .collect();
        if holding.len() != 1 {
            return Err(format!(
                "work_situation={} insurance={} employment_contract={}: {} responsible \
                 parties (route facts {holding:?}); exactly one is needed",
                profile.work_situation.code(),
                profile.insurance.code(),
                profile.employment_contract.code(),
                holding.len()
            ));
        }
    }
    Ok(())
}
