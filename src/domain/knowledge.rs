//! The knowledge base as the engine sees it: interventions with their content, evidence and
//! matching rules, held in memory. Built once from the database (see `db::knowledge`) and
//! validated on the way in, so the engine never meets an unknown code.

use std::collections::BTreeMap;

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::lang::Localized;
use super::profile::Dimension;
use super::route::{Condition, RouteData, validate as validate_route};
use super::social_map::SocialMap;
use super::trainer::{Example, FigureSet};

pub mod compiled;

use compiled::Compiled;
pub use compiled::RuleMatcher;

/// A recognition level of the Dutch knowledge institutes, or one of the two labels for evidence
/// outside that system (Panteia 2021, bijlage 2).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvidenceLevel {
    pub code: String,
    /// Orders the levels from weakest to strongest; breaks ties in the ranking.
    pub strength: i64,
    pub in_recognition_system: bool,
    pub label: Localized,
    pub description: Localized,
    /// What this level adds to an advice's score.
    pub points: f64,
    pub source: String,
}

/// A source document that facts and rules cite by its short name ("Panteia 2021").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    pub short_name: String,
    pub title: String,
    pub description: Localized,
}

/// An institute's recognition of an intervention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Recognition {
    pub institute: String,
    pub year: Option<i64>,
    pub source: String,
}

/// Whether an intervention guides the person, the workplace, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Guidance {
    Individual,
    Workplace,
    Both,
}

impl Guidance {
    /// The code as stored.
    pub fn code(self) -> &'static str {
        match self {
            Self::Individual => "individual",
            Self::Workplace => "workplace",
            Self::Both => "both",
        }
    }

    /// The guidance with this code.
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "individual" => Some(Self::Individual),
            "workplace" => Some(Self::Workplace),
            "both" => Some(Self::Both),
            _ => None,
        }
    }
}

/// The descriptive fields of an intervention, in the order a detail page shows them.
pub const TEXT_FIELDS: &[&str] = &[
    "summary",
    "goal",
    "target_group",
    "work_situation",
    "approach",
    "delivered_by",
    "duration",
    "active_elements",
    "conditions",
    "results",
    "cost",
    "evidence",
];

/// One descriptive fact with its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourcedText {
    pub text: Localized,
    pub source: String,
}

/// What a matching rule does when it meets an answer (see `migrations/0001_schema.sql`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Effect {
    Require,
    Exclude,
    Fit,
    Caution,
}

impl Effect {
    /// The effect with this code.
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "require" => Some(Self::Require),
            "exclude" => Some(Self::Exclude),
            "fit" => Some(Self::Fit),
            "caution" => Some(Self::Caution),
            _ => None,
        }
    }

    /// The code as stored.
    pub fn code(self) -> &'static str {
        match self {
            Self::Require => "require",
            Self::Exclude => "exclude",
            Self::Fit => "fit",
            Self::Caution => "caution",
        }
    }
}

/// One matching rule: when an answer on `dimension` is one of `values`, `effect` applies.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rule {
    pub id: i64,
    pub dimension: Dimension,
    /// Codes from `dimension.allowed_values()`, validated on load.
    pub values: Vec<&'static str>,
    pub effect: Effect,
    pub points: f64,
    pub text: Localized,
    pub source: String,
    /// When the rule applies at all (clauses `question=code,code`; empty: always). A rule whose
    /// condition does not hold is skipped, as if it were not there: it neither fires, nor
    /// excludes, nor asks to check (migrations/0030_seed_fidelity.sql).
    #[serde(skip_serializing_if = "Condition::is_always")]
    pub condition: Condition,
}

impl Rule {
    /// Whether `code` is one of the values this rule looks for.
    pub fn matches(&self, code: &str) -> bool {
        self.values.contains(&code)
    }
}

/// One intervention with everything the knowledge base holds about it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Intervention {
    pub slug: String,
    pub position: i64,
    pub name: Localized,
    pub guidance: Option<Guidance>,
    pub evidence_level: String,
    /// The position of `evidence_level` among the knowledge base's levels; set by
    /// [`KnowledgeBase::new`].
    #[serde(skip)]
    pub evidence_index: usize,
    pub evidence_source: String,
    pub recognitions: Vec<Recognition>,
    /// Keyed by a name from [`TEXT_FIELDS`]; a field the seeds are silent on is absent.
    pub texts: BTreeMap<String, SourcedText>,
    pub rules: Vec<Rule>,
}

impl Intervention {
    /// Whether the seeds describe this intervention for `code` as the answer on `dimension`:
    /// used to filter the catalogue by target group and work situation. Ruled out by an
    /// unconditional `require` the code does not meet, an `exclude` it meets, or a caution of
    /// at least [`OTHER_GROUP_CAUTION`] points against it (the intervention is described for
    /// another group: W-CGT and Return@work under EPA, IPS and BW-IVB for employees).
    pub fn admits(&self, dimension: Dimension, code: &str) -> bool {
        self.rules
            .iter()
            .filter(|rule| rule.dimension == dimension && rule.condition.is_always())
            .all(|rule| match rule.effect {
                Effect::Require => rule.matches(code),
                Effect::Exclude => !rule.matches(code),
                Effect::Caution => !(rule.matches(code) && rule.points <= OTHER_GROUP_CAUTION),
                Effect::Fit => true,
            })
    }
}

/// A caution of this many points or fewer on the target group or work situation says that the
/// seeds describe the intervention for another group: the catalogue filter leaves it out.
pub const OTHER_GROUP_CAUTION: f64 = -1.0;

/// Why a knowledge base could not be built.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum KnowledgeBaseError {
    #[error("intervention {slug}: unknown evidence level {level}")]
    UnknownEvidenceLevel { slug: String, level: String },
    #[error("intervention {slug}, rule {rule}: value {value} is not allowed for {dimension}")]
    RuleValue {
        slug: String,
        rule: i64,
        dimension: String,
        value: String,
    },
    #[error("intervention {slug}, rule {rule}: {problem}")]
    RulePoints {
        slug: String,
        rule: i64,
        problem: &'static str,
    },
    #[error("intervention {slug} appears twice")]
    DuplicateSlug { slug: String },
    #[error("intervention {slug}: the citation '{citation}' names no known source")]
    UnknownSource { slug: String, citation: String },
    #[error("{0}")]
    Route(String),
}

/// What a knowledge base is built from.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Parts {
    pub evidence_levels: Vec<EvidenceLevel>,
    pub sources: Vec<Source>,
    pub interventions: Vec<Intervention>,
    pub examples: Vec<Example>,
    pub figure_sets: Vec<FigureSet>,
    pub social_map: SocialMap,
    /// Route facts and funding lines.
    pub route: RouteData,
    /// The plan rules (order in time).
    pub plan_rules: Vec<super::plan_rule::PlanRule>,
    /// The client handout's plain-language texts.
    pub handout: Vec<super::handout::HandoutText>,
}

/// An immutable snapshot of the knowledge base.
#[derive(Debug, Clone, Serialize)]
pub struct KnowledgeBase {
    #[serde(skip)]
    version: String,
    /// The rules compiled for the engine.
    #[serde(skip)]
    compiled: Compiled,
    #[serde(flatten)]
    parts: Parts,
}

impl KnowledgeBase {
    /// Validates the parts and computes the version, a digest of the whole content, so that
    /// it changes whenever anything in the knowledge base changes.
    pub fn new(mut parts: Parts) -> Result<Self, KnowledgeBaseError> {
        parts.evidence_levels.sort_by_key(|level| level.strength);
        parts
            .interventions
            .sort_by(|a, b| (a.position, &a.slug).cmp(&(b.position, &b.slug)));
        parts.examples.sort_by_key(|e| e.position);
        for intervention in &mut parts.interventions {
            if let Some(i) = parts
                .evidence_levels
                .iter()
                .position(|l| l.code == intervention.evidence_level)
            {
                intervention.evidence_index = i;
            }
        }
        parts.figure_sets.sort_by_key(|f| f.position);
        let Parts {
            evidence_levels,
            sources,
            interventions,
            ..
        } = &parts;
        for (i, intervention) in interventions.iter().enumerate() {
            if interventions[..i]
                .iter()
                .any(|o| o.slug == intervention.slug)
            {
                return Err(KnowledgeBaseError::DuplicateSlug {
                    slug: intervention.slug.clone(),
                });
            }
            if !evidence_levels
                .iter()
                .any(|l| l.code == intervention.evidence_level)
            {
                return Err(KnowledgeBaseError::UnknownEvidenceLevel {
                    slug: intervention.slug.clone(),
                    level: intervention.evidence_level.clone(),
                });
            }
            for rule in &intervention.rules {
                check_points(&intervention.slug, rule)?;
            }
            check_citations(sources, intervention)?;
        }
        let slugs: Vec<&str> = interventions.iter().map(|i| i.slug.as_str()).collect();
        validate_route(&parts.route, &slugs, |citation| {
            cites_known_source(sources, citation)
        })
        .map_err(KnowledgeBaseError::Route)?;
        super::handout::validate(&parts.handout, &slugs, |citation| {
            cites_known_source(sources, citation)
        })
        .map_err(KnowledgeBaseError::Route)?;
        for rule in &parts.plan_rules {
            let what = format!("plan rule {}", rule.id);
            if let Some(slug) = rule
                .slugs
                .iter()
                .chain(&rule.requires)
                .find(|s| !slugs.contains(&s.as_str()))
            {
                return Err(KnowledgeBaseError::Route(format!(
                    "{what}: unknown intervention {slug}"
                )));
            }
            if !cites_known_source(sources, &rule.source) {
                return Err(KnowledgeBaseError::Route(format!(
                    "{what}: the citation '{}' names no known source",
                    rule.source
                )));
            }
        }
        let mut kb = Self {
            version: String::new(),
            compiled: Compiled::new(&parts.interventions, &parts.evidence_levels),
            parts,
        };
        let canonical = serde_json::to_vec(&kb).expect("the knowledge base serialises");
        let digest = Sha256::digest(&canonical);
        kb.version = format!(
            "kb-{}",
            digest[..6]
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
        );
        Ok(kb)
    }

    /// The handout texts of the intervention `slug`.
    pub fn handout_texts<'a>(
        &'a self,
        slug: &'a str,
    ) -> impl Iterator<Item = &'a super::handout::HandoutText> + 'a {
        self.parts
            .handout
            .iter()
            .filter(move |t| t.intervention_slug == slug)
    }

    /// The plan rules, in their stored order.
    pub fn plan_rules(&self) -> &[super::plan_rule::PlanRule] {
        &self.parts.plan_rules
    }

    /// Changes whenever the content changes.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Every intervention, in catalogue order.
    pub fn interventions(&self) -> &[Intervention] {
        &self.parts.interventions
    }

    /// The [`RuleMatcher`]s of the intervention at `position` in [`Self::interventions`].
    pub fn matchers(&self, position: usize) -> &[RuleMatcher] {
        self.compiled.matchers(position)
    }

    /// The rules compiled for the engine.
    pub fn compiled(&self) -> &Compiled {
        &self.compiled
    }

    /// The evidence levels, weakest first.
    pub fn evidence_levels(&self) -> &[EvidenceLevel] {
        &self.parts.evidence_levels
    }

    /// The fictional example clients, in gallery order.
    pub fn examples(&self) -> &[Example] {
        &self.parts.examples
    }

    /// One example by its slug.
    pub fn example(&self, slug: &str) -> Option<&Example> {
        self.parts.examples.iter().find(|e| e.slug == slug)
    }

    /// The key figures, in page order.
    pub fn figure_sets(&self) -> &[FigureSet] {
        &self.parts.figure_sets
    }

    /// The regional sociale kaart.
    pub fn social_map(&self) -> &SocialMap {
        &self.parts.social_map
    }

    /// Everything the snapshot was built from.
    pub fn parts(&self) -> &Parts {
        &self.parts
    }

    /// The route facts and funding lines.
    pub fn route_data(&self) -> &RouteData {
        &self.parts.route
    }

    /// The source documents, in their listed order.
    pub fn sources(&self) -> &[Source] {
        &self.parts.sources
    }

    /// One intervention by its slug.
    pub fn intervention(&self, slug: &str) -> Option<&Intervention> {
        self.interventions().iter().find(|i| i.slug == slug)
    }

    /// The evidence level with this code.
    pub fn evidence_level(&self, code: &str) -> Option<&EvidenceLevel> {
        self.evidence_levels().iter().find(|l| l.code == code)
    }

    /// The evidence level of an intervention of this knowledge base.
    pub fn evidence_of(&self, intervention: &Intervention) -> &EvidenceLevel {
        &self.parts.evidence_levels[intervention.evidence_index]
    }
}

/// Turns the stored values of a rule into codes of its dimension, or says which is not one.
/// On a yes/no question `true` and `false` (the codes before they became yes/no/unknown, as
/// in older export files) are read as `yes` and `no`.
pub fn parse_rule_values(
    slug: &str,
    rule_id: i64,
    dimension: Dimension,
    stored: &str,
) -> Result<Vec<&'static str>, KnowledgeBaseError> {
    stored
        .split_whitespace()
        .map(|value| match value {
            "true" if dimension.is_boolean() => Ok("yes"),
            "false" if dimension.is_boolean() => Ok("no"),
            _ => dimension
                .allowed_values()
                .iter()
                .copied()
                .find(|code| *code == value)
                .ok_or_else(|| KnowledgeBaseError::RuleValue {
                    slug: slug.to_owned(),
                    rule: rule_id,
                    dimension: dimension.code().to_owned(),
                    value: value.to_owned(),
                }),
        })
        .collect()
}

/// Every citation of an intervention (each part of "A, 1.2; B") must name a known source.
fn check_citations(
    sources: &[Source],
    intervention: &Intervention,
) -> Result<(), KnowledgeBaseError> {
    let citations = std::iter::once(intervention.evidence_source.as_str())
        .chain(intervention.recognitions.iter().map(|r| r.source.as_str()))
        .chain(intervention.texts.values().map(|t| t.source.as_str()))
        .chain(intervention.rules.iter().map(|r| r.source.as_str()));
    for citation in citations {
        if !cites_known_source(sources, citation) {
            return Err(KnowledgeBaseError::UnknownSource {
                slug: intervention.slug.clone(),
                citation: citation.to_owned(),
            });
        }
    }
    Ok(())
}

/// Whether every part of a citation ("A, 1.2; B") names a known source.
pub fn cites_known_source(sources: &[Source], citation: &str) -> bool {
    citation
        .split(';')
        .map(str::trim)
        .all(|part| sources.iter().any(|s| part.starts_with(&s.short_name)))
}

/// The most points a rule may add or take away.
pub const MAX_RULE_POINTS: f64 = 10.0;

fn check_points(slug: &str, rule: &Rule) -> Result<(), KnowledgeBaseError> {
    let problem = match rule.effect {
        Effect::Fit if rule.points <= 0.0 => Some("a fit adds more than 0 points"),
        Effect::Caution if rule.points > 0.0 => Some("a caution adds 0 or fewer points"),
        Effect::Require | Effect::Exclude if rule.points != 0.0 => {
            Some("a requirement or exclusion carries no points")
        }
        _ if rule.values.is_empty() => Some("a rule names at least one value"),
        _ if !rule.points.is_finite() => Some("points are a finite number"),
        _ if rule.points.abs() > MAX_RULE_POINTS => Some("points lie between -10 and 10"),
        _ if rule.points != 0.0 && rule.values.contains(&"unknown") => {
            Some("an unknown answer never moves a score: a rule on 'unknown' carries 0 points")
        }
        _ => None,
    };
    match problem {
        Some(problem) => Err(KnowledgeBaseError::RulePoints {
            slug: slug.to_owned(),
            rule: rule.id,
            problem,
        }),
        None => Ok(()),
    }
}
