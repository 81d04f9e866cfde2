//! Builds the in-memory [`KnowledgeBase`] from the knowledge-base rows, and loads it.

use std::collections::BTreeMap;

use sqlx::SqlitePool;

use super::rows::{
    self, ExampleRow, FigureSetRow, FundingLineRow, LevelRow, RouteFactRow, RuleRow, Snapshot,
    SocialMapRows,
};
use crate::domain::knowledge::{
    Effect, EvidenceLevel, Guidance, Intervention, KnowledgeBase, KnowledgeBaseError, Parts,
    Recognition, Rule, Source, SourcedText, parse_rule_values,
};
use crate::domain::lang::Localized;
use crate::domain::profile::{ClientProfile, Dimension};
use crate::domain::route::{Condition, FundingLine, Period, RouteData, RouteFact, RouteKind};
use crate::domain::social_map::{Organisation, Region, Service, SocialMap};
use crate::domain::trainer::{Example, Figure, FigureSet};

/// Why the knowledge base could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read the knowledge base: {0}")]
    Database(#[from] sqlx::Error),
    #[error("the knowledge base is invalid: {0}")]
    Invalid(#[from] KnowledgeBaseError),
    #[error("the knowledge base is invalid: {0}")]
    Code(String),
}

/// Reads every knowledge-base table in one read transaction and builds a validated snapshot.
pub async fn load(pool: &SqlitePool) -> Result<KnowledgeBase, LoadError> {
    let mut tx = pool.begin().await?;
    let snapshot = rows::fetch(&mut tx).await?;
    tx.commit().await?;
    build(snapshot)
}

/// Builds and validates a knowledge base from its rows (from the database or an import file).
pub fn build(snapshot: Snapshot) -> Result<KnowledgeBase, LoadError> {
    if snapshot.format != rows::FORMAT {
        return Err(LoadError::Code(format!(
            "unknown format {:?}, expected {:?}",
            snapshot.format,
            rows::FORMAT
        )));
    }
    let evidence_levels = snapshot.evidence_levels.into_iter().map(level).collect();
    let mut interventions: BTreeMap<String, Intervention> = BTreeMap::new();
    for row in snapshot.interventions {
        let guidance = match row.guidance.as_deref() {
            None => None,
            Some(code) => Some(Guidance::from_code(code).ok_or_else(|| {
                LoadError::Code(format!("{}: unknown guidance {code}", row.slug))
            })?),
        };
        let intervention = Intervention {
            slug: row.slug.clone(),
            position: row.position,
            name: Localized {
                nl: row.name_nl,
                en: row.name_en,
            },
            guidance,
            evidence_level: row.evidence_level,
            evidence_index: 0,
            evidence_source: row.evidence_source,
            recognitions: Vec::new(),
            texts: BTreeMap::new(),
            rules: Vec::new(),
        };
        if interventions
            .insert(row.slug.clone(), intervention)
            .is_some()
        {
            return Err(KnowledgeBaseError::DuplicateSlug { slug: row.slug }.into());
        }
    }
    fn owner<'a>(
        interventions: &'a mut BTreeMap<String, Intervention>,
        slug: &str,
        what: &str,
    ) -> Result<&'a mut Intervention, LoadError> {
        interventions
            .get_mut(slug)
            .ok_or_else(|| LoadError::Code(format!("{what} of unknown intervention {slug}")))
    }
    for row in snapshot.recognitions {
        owner(&mut interventions, &row.intervention_slug, "recognition")?
            .recognitions
            .push(Recognition {
                institute: row.institute,
                year: row.year,
                source: row.source,
            });
    }
    for row in snapshot.texts {
        let text = Localized {
            nl: row.text_nl,
            en: row.text_en,
        };
        owner(&mut interventions, &row.intervention_slug, "text")?
            .texts
            .insert(
                row.field,
                SourcedText {
                    text,
                    source: row.source,
                },
            );
    }
    for row in snapshot.rules {
        let slug = row.intervention_slug.clone();
        let built = rule(&slug, row)?;
        owner(&mut interventions, &slug, "rule")?.rules.push(built);
    }
    let sources = snapshot
        .sources
        .into_iter()
        .map(|row| Source {
            short_name: row.short_name,
            title: row.title,
            description: Localized {
                nl: row.description_nl,
                en: row.description_en,
            },
        })
        .collect();
    let examples = snapshot
        .examples
        .into_iter()
        .map(example)
        .collect::<Result<_, _>>()?;
    let mut figure_sets: Vec<FigureSet> =
        snapshot.figure_sets.into_iter().map(figure_set).collect();
    for row in snapshot.figures {
        let set = figure_sets
            .iter_mut()
            .find(|s| s.slug == row.set_slug)
            .ok_or_else(|| LoadError::Code(format!("figure of unknown set {}", row.set_slug)))?;
        set.figures.push(Figure {
            label: Localized {
                nl: row.label_nl,
                en: row.label_en,
            },
            value: row.value,
            shown_as: row.shown_as,
        });
    }
    let social_map = social_map(snapshot.social_map);
    let route = route_data(snapshot.route_facts, snapshot.funding_lines)?;
    let plan_rules = snapshot
        .plan_rules
        .into_iter()
        .map(plan_rule)
        .collect::<Result<_, LoadError>>()?;
    let handout = snapshot
        .handout_texts
        .into_iter()
        .map(|row| crate::domain::handout::HandoutText {
            intervention_slug: row.intervention_slug,
            field: row.field,
            text: Localized {
                nl: row.text_nl,
                en: row.text_en,
            },
            source: row.source,
        })
        .collect();
    Ok(KnowledgeBase::new(Parts {
        evidence_levels,
        sources,
        interventions: interventions.into_values().collect(),
        examples,
        figure_sets,
        social_map,
        route,
        plan_rules,
        handout,
    })?)
}

fn condition(what: &str, text: &str) -> Result<Condition, LoadError> {
    Condition::parse(text).map_err(|problem| LoadError::Code(format!("{what}: {problem}")))
}

fn plan_rule(
    row: super::rows::PlanRuleRow,
) -> Result<crate::domain::plan_rule::PlanRule, LoadError> {
    let what = format!("plan rule {}", row.id);
    let list = |text: &str| text.split_whitespace().map(str::to_owned).collect();
    Ok(crate::domain::plan_rule::PlanRule {
        id: row.id,
        position: row.position,
        phase: crate::domain::plan_rule::Phase::from_code(&row.phase)
            .ok_or_else(|| LoadError::Code(format!("{what}: unknown phase {}", row.phase)))?,
        slugs: list(&row.slugs),
        requires: list(&row.requires),
        condition: condition(&what, &row.condition)?,
        opens: row.opens,
        text: Localized {
            nl: row.text_nl,
            en: row.text_en,
        },
        source: row.source,
    })
}

fn route_data(
    facts: Vec<RouteFactRow>,
    funding: Vec<FundingLineRow>,
) -> Result<RouteData, LoadError> {
    let facts = facts
        .into_iter()
        .map(|row| {
            let what = format!("route fact {}", row.id);
            Ok(RouteFact {
                id: row.id,
                kind: RouteKind::from_code(&row.kind)
                    .ok_or_else(|| LoadError::Code(format!("{what}: unknown kind {}", row.kind)))?,
                condition: condition(&what, &row.condition)?,
                code: row.code,
                text: Localized {
                    nl: row.text_nl,
                    en: row.text_en,
                },
                source: row.source,
            })
        })
        .collect::<Result<_, LoadError>>()?;
    let funding = funding
        .into_iter()
        .map(|row| {
            let what = format!("funding line {}", row.id);
            let period = match row.period.as_deref() {
                None => None,
                Some(text) => Some(Period::parse(text).ok_or_else(|| {
                    LoadError::Code(format!("{what}: period {text:?} is not YYYY-YYYY"))
                })?),
            };
            Ok(FundingLine {
                id: row.id,
                condition: condition(&what, &row.condition)?,
                intervention_slug: row.intervention_slug,
                payer: row.payer,
                text: Localized {
                    nl: row.text_nl,
                    en: row.text_en,
                },
                source: row.source,
                period,
            })
        })
        .collect::<Result<_, LoadError>>()?;
    Ok(RouteData { facts, funding })
}

fn social_map(rows: SocialMapRows) -> SocialMap {
    let mut services: Vec<Service> = rows
        .services
        .into_iter()
        .map(|s| Service {
            id: s.id,
            organisation_id: s.organisation_id,
            intervention_slug: s.intervention_slug,
            product: s.product,
            notes: Localized {
                nl: s.notes_nl,
                en: s.notes_en,
            },
            source: s.source,
            last_checked: s.last_checked,
            regions: Vec::new(),
        })
        .collect();
    for sr in rows.service_regions {
        if let Some(service) = services.iter_mut().find(|s| s.id == sr.service_id) {
            service.regions.push(sr.region_code);
        }
    }
    SocialMap {
        regions: rows
            .regions
            .into_iter()
            .map(|r| Region {
                code: r.code,
                name: r.name,
                source: r.source,
                last_checked: r.last_checked,
            })
            .collect(),
        organisations: rows
            .organisations
            .into_iter()
            .map(|o| Organisation {
                id: o.id,
                name: o.name,
                kind: o.kind,
                website: o.website,
                contact: o.contact,
                description: Localized {
                    nl: o.description_nl,
                    en: o.description_en,
                },
                source: o.source,
                last_checked: o.last_checked,
            })
            .collect(),
        services,
    }
}

fn example(row: ExampleRow) -> Result<Example, LoadError> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(&row.profile)
        .map_err(|e| LoadError::Code(format!("example {}: {e}", row.slug)))?;
    let profile = ClientProfile::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(|errors| {
            let fields: Vec<&str> = errors.iter().map(|e| e.field()).collect();
            LoadError::Code(format!(
                "example {}: invalid answers for {fields:?}",
                row.slug
            ))
        })?;
    Ok(Example {
        slug: row.slug,
        position: row.position,
        title: Localized {
            nl: row.title_nl,
            en: row.title_en,
        },
        story: Localized {
            nl: row.story_nl,
            en: row.story_en,
        },
        profile,
        source: row.source,
        compare_with: row.compare_with,
    })
}

fn figure_set(row: FigureSetRow) -> FigureSet {
    FigureSet {
        slug: row.slug,
        position: row.position,
        title: Localized {
            nl: row.title_nl,
            en: row.title_en,
        },
        unit: Localized {
            nl: row.unit_nl,
            en: row.unit_en,
        },
        note: Localized {
            nl: row.note_nl,
            en: row.note_en,
        },
        source: row.source,
        figures: Vec::new(),
    }
}

fn level(row: LevelRow) -> EvidenceLevel {
    EvidenceLevel {
        code: row.code,
        strength: row.strength,
        in_recognition_system: row.in_recognition_system != 0,
        label: Localized {
            nl: row.label_nl,
            en: row.label_en,
        },
        description: Localized {
            nl: row.description_nl,
            en: row.description_en,
        },
        points: row.points,
        source: row.source,
    }
}

fn rule(slug: &str, row: RuleRow) -> Result<Rule, LoadError> {
    let dimension = Dimension::from_code(&row.dimension)
        .ok_or_else(|| LoadError::Code(format!("{slug}: unknown dimension {}", row.dimension)))?;
    let effect = Effect::from_code(&row.effect)
        .ok_or_else(|| LoadError::Code(format!("{slug}: unknown effect {}", row.effect)))?;
    Ok(Rule {
        id: row.id,
        dimension,
        values: parse_rule_values(slug, row.id, dimension, &row.match_values)?,
        effect,
        points: row.points,
        text: Localized {
            nl: row.text_nl,
            en: row.text_en,
        },
        condition: condition(&format!("{slug}, rule {}", row.id), &row.condition)?,
        source: row.source,
    })
}
