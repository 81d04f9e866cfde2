//! Loads the knowledge base from its tables into the in-memory [`KnowledgeBase`].

use std::collections::BTreeMap;

use sqlx::SqlitePool;

use crate::domain::knowledge::{
    Effect, EvidenceLevel, Guidance, Intervention, KnowledgeBase, KnowledgeBaseError, Localized,
    Parts, Recognition, Rule, Source, SourcedText, parse_rule_values,
};
use crate::domain::profile::{ClientProfile, Dimension};
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

#[derive(sqlx::FromRow)]
struct LevelRow {
    code: String,
    strength: i64,
    in_recognition_system: i64,
    label_nl: String,
    label_en: String,
    description_nl: String,
    description_en: String,
    points: f64,
    source: String,
}

#[derive(sqlx::FromRow)]
struct SourceRow {
    short_name: String,
    title: String,
    description_nl: String,
    description_en: String,
}

#[derive(sqlx::FromRow)]
struct InterventionRow {
    slug: String,
    position: i64,
    name_nl: String,
    name_en: String,
    guidance: Option<String>,
    evidence_level: String,
    evidence_source: String,
}

#[derive(sqlx::FromRow)]
struct RecognitionRow {
    intervention_slug: String,
    institute: String,
    year: Option<i64>,
    source: String,
}

#[derive(sqlx::FromRow)]
struct TextRow {
    intervention_slug: String,
    field: String,
    text_nl: String,
    text_en: String,
    source: String,
}

#[derive(sqlx::FromRow)]
struct RuleRow {
    id: i64,
    intervention_slug: String,
    dimension: String,
    match_values: String,
    effect: String,
    points: f64,
    text_nl: String,
    text_en: String,
    source: String,
}

#[derive(sqlx::FromRow)]
struct ExampleRow {
    slug: String,
    position: i64,
    title_nl: String,
    title_en: String,
    story_nl: String,
    story_en: String,
    profile: String,
    source: String,
    compare_with: Option<String>,
}

#[derive(sqlx::FromRow)]
struct FigureSetRow {
    slug: String,
    position: i64,
    title_nl: String,
    title_en: String,
    unit_nl: String,
    unit_en: String,
    note_nl: String,
    note_en: String,
    source: String,
}

#[derive(sqlx::FromRow)]
struct FigureRow {
    set_slug: String,
    label_nl: String,
    label_en: String,
    value: f64,
    shown_as: String,
}

/// Reads every knowledge-base table in one read transaction and builds a validated snapshot.
pub async fn load(pool: &SqlitePool) -> Result<KnowledgeBase, LoadError> {
    let mut tx = pool.begin().await?;
    let levels: Vec<LevelRow> = sqlx::query_as("SELECT * FROM evidence_levels")
        .fetch_all(&mut *tx)
        .await?;
    let sources: Vec<SourceRow> = sqlx::query_as(
        "SELECT short_name, title, description_nl, description_en FROM sources ORDER BY position",
    )
    .fetch_all(&mut *tx)
    .await?;
    let rows: Vec<InterventionRow> = sqlx::query_as(
        "SELECT slug, position, name_nl, name_en, guidance, evidence_level, evidence_source \
         FROM interventions ORDER BY position",
    )
    .fetch_all(&mut *tx)
    .await?;
    let recognitions: Vec<RecognitionRow> =
        sqlx::query_as("SELECT * FROM recognitions ORDER BY intervention_slug, institute")
            .fetch_all(&mut *tx)
            .await?;
    let texts: Vec<TextRow> =
        sqlx::query_as("SELECT * FROM intervention_texts ORDER BY intervention_slug, field")
            .fetch_all(&mut *tx)
            .await?;
    let rules: Vec<RuleRow> = sqlx::query_as("SELECT * FROM rules ORDER BY intervention_slug, id")
        .fetch_all(&mut *tx)
        .await?;
    let examples: Vec<ExampleRow> = sqlx::query_as("SELECT * FROM examples ORDER BY position")
        .fetch_all(&mut *tx)
        .await?;
    let figure_sets: Vec<FigureSetRow> =
        sqlx::query_as("SELECT * FROM figure_sets ORDER BY position")
            .fetch_all(&mut *tx)
            .await?;
    let figures: Vec<FigureRow> = sqlx::query_as(
        "SELECT set_slug, label_nl, label_en, value, shown_as FROM figures ORDER BY set_slug, position",
    )
    .fetch_all(&mut *tx)
    .await?;
    tx.commit().await?;

    let evidence_levels = levels.into_iter().map(level).collect();
    let mut interventions: BTreeMap<String, Intervention> = BTreeMap::new();
    for row in rows {
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
            evidence_source: row.evidence_source,
            recognitions: Vec::new(),
            texts: BTreeMap::new(),
            rules: Vec::new(),
        };
        interventions.insert(row.slug, intervention);
    }
    for row in recognitions {
        if let Some(i) = interventions.get_mut(&row.intervention_slug) {
            i.recognitions.push(Recognition {
                institute: row.institute,
                year: row.year,
                source: row.source,
            });
        }
    }
    for row in texts {
        if let Some(i) = interventions.get_mut(&row.intervention_slug) {
            let text = Localized {
                nl: row.text_nl,
                en: row.text_en,
            };
            i.texts.insert(
                row.field,
                SourcedText {
                    text,
                    source: row.source,
                },
            );
        }
    }
    for row in rules {
        let slug = row.intervention_slug.clone();
        if let Some(i) = interventions.get_mut(&slug) {
            i.rules.push(rule(&slug, row)?);
        }
    }
    let sources = sources
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
    let examples = examples
        .into_iter()
        .map(example)
        .collect::<Result<_, _>>()?;
    let mut figure_sets: Vec<FigureSet> = figure_sets.into_iter().map(figure_set).collect();
    for row in figures {
        if let Some(set) = figure_sets.iter_mut().find(|s| s.slug == row.set_slug) {
            set.figures.push(Figure {
                label: Localized {
                    nl: row.label_nl,
                    en: row.label_en,
                },
                value: row.value,
                shown_as: row.shown_as,
            });
        }
    }
    Ok(KnowledgeBase::new(Parts {
        evidence_levels,
        sources,
        interventions: interventions.into_values().collect(),
        examples,
        figure_sets,
    })?)
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
        source: row.source,
    })
}
