//! The knowledge-base tables as rows: read together in one transaction ([`fetch`]), written
//! together in one transaction ([`replace_all`]), and serialised as the export file. Because the
//! file holds exactly the rows, an export followed by an import changes nothing.

use serde::{Deserialize, Serialize};
use sqlx::{Sqlite, SqliteConnection, Transaction};

/// The tag of the export format; an import refuses any other.
pub const FORMAT: &str = "interventiewijzer-kennisbank/1";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct LevelRow {
    pub code: String,
    pub strength: i64,
    pub in_recognition_system: i64,
    pub label_nl: String,
    pub label_en: String,
    pub description_nl: String,
    pub description_en: String,
    pub points: f64,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct SourceRow {
    pub short_name: String,
    pub position: i64,
    pub title: String,
    pub description_nl: String,
    pub description_en: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct InterventionRow {
    pub slug: String,
    pub position: i64,
    pub name_nl: String,
    pub name_en: String,
    pub guidance: Option<String>,
    pub evidence_level: String,
    pub evidence_source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct RecognitionRow {
    pub intervention_slug: String,
    pub institute: String,
    pub year: Option<i64>,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct TextRow {
    pub intervention_slug: String,
    pub field: String,
    pub text_nl: String,
    pub text_en: String,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct RuleRow {
    pub id: i64,
    pub intervention_slug: String,
    pub dimension: String,
    pub match_values: String,
    pub effect: String,
    pub points: f64,
    pub text_nl: String,
    pub text_en: String,
    pub source: String,
    /// When the rule applies (`question=code,code ...`; empty: always). Files exported before
    /// migration 0030 have none.
    #[serde(default)]
    pub condition: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct ExampleRow {
    pub slug: String,
    pub position: i64,
    pub title_nl: String,
    pub title_en: String,
    pub story_nl: String,
    pub story_en: String,
    pub profile: String,
    pub source: String,
    pub compare_with: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct FigureSetRow {
    pub slug: String,
    pub position: i64,
    pub title_nl: String,
    pub title_en: String,
    pub unit_nl: String,
    pub unit_en: String,
    pub note_nl: String,
    pub note_en: String,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct FigureRow {
    pub set_slug: String,
    pub position: i64,
    pub label_nl: String,
    pub label_en: String,
    pub value: f64,
    pub shown_as: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct RegionRow {
    pub code: String,
    pub name: String,
    pub source: String,
    pub last_checked: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct OrganisationRow {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub website: String,
    pub contact: String,
    pub description_nl: String,
    pub description_en: String,
    pub source: String,
    pub last_checked: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct ServiceRow {
    pub id: i64,
    pub organisation_id: String,
    pub intervention_slug: Option<String>,
    pub product: String,
    pub notes_nl: String,
    pub notes_en: String,
    pub source: String,
    pub last_checked: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct ServiceRegionRow {
    pub service_id: i64,
    pub region_code: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct RouteFactRow {
    pub id: i64,
    pub kind: String,
    pub code: String,
    pub condition: String,
    pub text_nl: String,
    pub text_en: String,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct FundingLineRow {
    pub id: i64,
    pub intervention_slug: String,
    pub payer: String,
    pub condition: String,
    pub text_nl: String,
    pub text_en: String,
    pub source: String,
    pub period: Option<String>,
}

/// One plan rule (migrations/0012_plan_rules.sql).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct PlanRuleRow {
    pub id: i64,
    pub position: i64,
    pub phase: String,
    pub slugs: String,
    pub requires: String,
    pub condition: String,
    pub opens: Option<String>,
    pub text_nl: String,
    pub text_en: String,
    pub source: String,
}

/// One plain-language text of the client handout (migrations/0020_handout.sql).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct HandoutTextRow {
    pub intervention_slug: String,
    pub field: String,
    pub text_nl: String,
    pub text_en: String,
    pub source: String,
}

/// The sociale kaart's tables.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SocialMapRows {
    pub regions: Vec<RegionRow>,
    pub organisations: Vec<OrganisationRow>,
    pub services: Vec<ServiceRow>,
    pub service_regions: Vec<ServiceRegionRow>,
}

/// Every knowledge-base table, in a stable order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub format: String,
    pub evidence_levels: Vec<LevelRow>,
    pub sources: Vec<SourceRow>,
    pub interventions: Vec<InterventionRow>,
    pub recognitions: Vec<RecognitionRow>,
    pub texts: Vec<TextRow>,
    pub rules: Vec<RuleRow>,
    pub examples: Vec<ExampleRow>,
    pub figure_sets: Vec<FigureSetRow>,
    pub figures: Vec<FigureRow>,
    pub social_map: SocialMapRows,
    /// Route facts (regie, involved, duty, to check); absent in files from before they existed.
    #[serde(default)]
    pub route_facts: Vec<RouteFactRow>,
    /// Who pays per intervention.
    #[serde(default)]
    pub funding_lines: Vec<FundingLineRow>,
    /// The plan rules; absent in files from before they existed.
    #[serde(default)]
    pub plan_rules: Vec<PlanRuleRow>,
    /// The client handout's plain-language texts; absent in files from before they were part
    /// of the knowledge base.
    #[serde(default)]
    pub handout_texts: Vec<HandoutTextRow>,
}

async fn all<T>(conn: &mut SqliteConnection, sql: &'static str) -> Result<Vec<T>, sqlx::Error>
where
    T: for<'r> sqlx::FromRow<'r, sqlx::sqlite::SqliteRow> + Send + Unpin,
{
    sqlx::query_as(sql).fetch_all(conn).await
}

/// Reads every knowledge-base table (call it inside a transaction for one consistent view).
pub async fn fetch(conn: &mut SqliteConnection) -> Result<Snapshot, sqlx::Error> {
    Ok(Snapshot {
        format: FORMAT.to_owned(),
        evidence_levels: all(conn, "SELECT * FROM evidence_levels ORDER BY strength").await?,
        sources: all(conn, "SELECT * FROM sources ORDER BY position").await?,
        interventions: all(conn, "SELECT * FROM interventions ORDER BY position").await?,
        recognitions: all(
            conn,
            "SELECT * FROM recognitions ORDER BY intervention_slug, institute",
        )
        .await?,
        texts: all(
            conn,
            "SELECT * FROM intervention_texts ORDER BY intervention_slug, field",
        )
        .await?,
        rules: all(conn, "SELECT * FROM rules ORDER BY id").await?,
        examples: all(conn, "SELECT * FROM examples ORDER BY position").await?,
        figure_sets: all(conn, "SELECT * FROM figure_sets ORDER BY position").await?,
        figures: all(conn, "SELECT * FROM figures ORDER BY set_slug, position").await?,
        social_map: fetch_social_map(conn).await?,
        route_facts: all(conn, "SELECT * FROM route_facts ORDER BY id").await?,
        funding_lines: all(conn, "SELECT * FROM funding_lines ORDER BY id").await?,
        plan_rules: all(conn, "SELECT * FROM plan_rules ORDER BY id").await?,
        handout_texts: all(
            conn,
            "SELECT * FROM handout_texts ORDER BY intervention_slug, field",
        )
        .await?,
    })
}

/// Reads the sociale kaart's tables.
pub async fn fetch_social_map(conn: &mut SqliteConnection) -> Result<SocialMapRows, sqlx::Error> {
    Ok(SocialMapRows {
        regions: all(conn, "SELECT * FROM regions ORDER BY code").await?,
        organisations: all(conn, "SELECT * FROM organisations ORDER BY id").await?,
        services: all(conn, "SELECT * FROM services ORDER BY id").await?,
        service_regions: all(
            conn,
            "SELECT * FROM service_regions ORDER BY service_id, region_code",
        )
        .await?,
    })
}

/// Replaces the sociale kaart inside `tx` (the caller commits).
pub async fn replace_social_map(
    tx: &mut Transaction<'_, Sqlite>,
    map: &SocialMapRows,
) -> Result<(), sqlx::Error> {
    for delete in [
        "DELETE FROM service_regions",
        "DELETE FROM services",
        "DELETE FROM organisations",
        "DELETE FROM regions",
    ] {
        sqlx::query(delete).execute(&mut **tx).await?;
    }
    for r in &map.regions {
        sqlx::query("INSERT INTO regions VALUES (?, ?, ?, ?)")
            .bind(&r.code)
            .bind(&r.name)
            .bind(&r.source)
            .bind(&r.last_checked)
            .execute(&mut **tx)
            .await?;
    }
    for o in &map.organisations {
        sqlx::query("INSERT INTO organisations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(&o.id)
            .bind(&o.name)
            .bind(&o.kind)
            .bind(&o.website)
            .bind(&o.contact)
            .bind(&o.description_nl)
            .bind(&o.description_en)
            .bind(&o.source)
            .bind(&o.last_checked)
            .execute(&mut **tx)
            .await?;
    }
    for s in &map.services {
        sqlx::query("INSERT INTO services VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(s.id)
            .bind(&s.organisation_id)
            .bind(&s.intervention_slug)
            .bind(&s.product)
            .bind(&s.notes_nl)
            .bind(&s.notes_en)
            .bind(&s.source)
            .bind(&s.last_checked)
            .execute(&mut **tx)
            .await?;
    }
    for sr in &map.service_regions {
        sqlx::query("INSERT INTO service_regions VALUES (?, ?)")
            .bind(sr.service_id)
            .bind(&sr.region_code)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Replaces the whole knowledge base by `snapshot` inside `tx` (all or nothing: the caller
/// commits). The foreign keys and CHECK constraints of the schema apply to every row.
pub async fn replace_all(
    tx: &mut Transaction<'_, Sqlite>,
    snapshot: &Snapshot,
) -> Result<(), sqlx::Error> {
    for delete in [
        "DELETE FROM plan_rules",
        "DELETE FROM handout_texts",
        "DELETE FROM route_facts",
        "DELETE FROM funding_lines",
        "DELETE FROM service_regions",
        "DELETE FROM services",
        "DELETE FROM organisations",
        "DELETE FROM regions",
        "DELETE FROM figures",
        "DELETE FROM figure_sets",
        "DELETE FROM examples",
        "DELETE FROM rules",
        "DELETE FROM intervention_texts",
        "DELETE FROM recognitions",
        "DELETE FROM interventions",
        "DELETE FROM sources",
        "DELETE FROM evidence_levels",
    ] {
        sqlx::query(delete).execute(&mut **tx).await?;
    }
    for r in &snapshot.evidence_levels {
        sqlx::query("INSERT INTO evidence_levels VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(&r.code)
            .bind(r.strength)
            .bind(r.in_recognition_system)
            .bind(&r.label_nl)
            .bind(&r.label_en)
            .bind(&r.description_nl)
            .bind(&r.description_en)
            .bind(r.points)
            .bind(&r.source)
            .execute(&mut **tx)
            .await?;
    }
    for r in &snapshot.sources {
        sqlx::query("INSERT INTO sources VALUES (?, ?, ?, ?, ?)")
            .bind(&r.short_name)
            .bind(r.position)
            .bind(&r.title)
            .bind(&r.description_nl)
            .bind(&r.description_en)
            .execute(&mut **tx)
            .await?;
    }
    for r in &snapshot.interventions {
        insert_intervention(tx, r).await?;
    }
    for r in &snapshot.recognitions {
        insert_recognition(tx, r).await?;
    }
    for r in &snapshot.texts {
        insert_text(tx, r).await?;
    }
    for r in &snapshot.rules {
        insert_rule(tx, r).await?;
    }
    for r in &snapshot.examples {
        sqlx::query("INSERT INTO examples VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)")
            .bind(&r.slug)
            .bind(r.position)
            .bind(&r.title_nl)
            .bind(&r.title_en)
            .bind(&r.story_nl)
            .bind(&r.story_en)
            .bind(&r.profile)
            .bind(&r.source)
            .execute(&mut **tx)
            .await?;
    }
    for r in snapshot
        .examples
        .iter()
        .filter(|r| r.compare_with.is_some())
    {
        sqlx::query("UPDATE examples SET compare_with = ? WHERE slug = ?")
            .bind(&r.compare_with)
            .bind(&r.slug)
            .execute(&mut **tx)
            .await?;
    }
    for r in &snapshot.figure_sets {
        sqlx::query("INSERT INTO figure_sets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(&r.slug)
            .bind(r.position)
            .bind(&r.title_nl)
            .bind(&r.title_en)
            .bind(&r.unit_nl)
            .bind(&r.unit_en)
            .bind(&r.note_nl)
            .bind(&r.note_en)
            .bind(&r.source)
            .execute(&mut **tx)
            .await?;
    }
    for r in &snapshot.figures {
        sqlx::query("INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?)")
            .bind(&r.set_slug)
            .bind(r.position)
            .bind(&r.label_nl)
            .bind(&r.label_en)
            .bind(r.value)
            .bind(&r.shown_as)
            .execute(&mut **tx)
            .await?;
    }
    for r in &snapshot.route_facts {
        insert_route_fact(tx, r).await?;
    }
    for r in &snapshot.funding_lines {
        insert_funding_line(tx, r).await?;
    }
    for r in &snapshot.plan_rules {
        insert_plan_rule(tx, r).await?;
    }
    for r in &snapshot.handout_texts {
        sqlx::query("INSERT INTO handout_texts VALUES (?, ?, ?, ?, ?)")
            .bind(&r.intervention_slug)
            .bind(&r.field)
            .bind(&r.text_nl)
            .bind(&r.text_en)
            .bind(&r.source)
            .execute(&mut **tx)
            .await?;
    }
    replace_social_map(tx, &snapshot.social_map).await
}

/// Inserts one route fact, keeping its id.
pub async fn insert_route_fact(
    tx: &mut Transaction<'_, Sqlite>,
    r: &RouteFactRow,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO route_facts VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(r.id)
        .bind(&r.kind)
        .bind(&r.code)
        .bind(&r.condition)
        .bind(&r.text_nl)
        .bind(&r.text_en)
        .bind(&r.source)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Inserts one plan rule, keeping its id.
pub async fn insert_plan_rule(
    tx: &mut Transaction<'_, Sqlite>,
    r: &PlanRuleRow,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO plan_rules VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(r.id)
        .bind(r.position)
        .bind(&r.phase)
        .bind(&r.slugs)
        .bind(&r.requires)
        .bind(&r.condition)
        .bind(&r.opens)
        .bind(&r.text_nl)
        .bind(&r.text_en)
        .bind(&r.source)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Inserts one funding line, keeping its id.
pub async fn insert_funding_line(
    tx: &mut Transaction<'_, Sqlite>,
    r: &FundingLineRow,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO funding_lines VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(r.id)
        .bind(&r.intervention_slug)
        .bind(&r.payer)
        .bind(&r.condition)
        .bind(&r.text_nl)
        .bind(&r.text_en)
        .bind(&r.source)
        .bind(&r.period)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Inserts one intervention row.
pub async fn insert_intervention(
    tx: &mut Transaction<'_, Sqlite>,
    r: &InterventionRow,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO interventions VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(&r.slug)
        .bind(r.position)
        .bind(&r.name_nl)
        .bind(&r.name_en)
        .bind(&r.guidance)
        .bind(&r.evidence_level)
        .bind(&r.evidence_source)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Inserts one recognition row.
pub async fn insert_recognition(
    tx: &mut Transaction<'_, Sqlite>,
    r: &RecognitionRow,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO recognitions VALUES (?, ?, ?, ?)")
        .bind(&r.intervention_slug)
        .bind(&r.institute)
        .bind(r.year)
        .bind(&r.source)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Inserts one text row.
pub async fn insert_text(tx: &mut Transaction<'_, Sqlite>, r: &TextRow) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO intervention_texts VALUES (?, ?, ?, ?, ?)")
        .bind(&r.intervention_slug)
        .bind(&r.field)
        .bind(&r.text_nl)
        .bind(&r.text_en)
        .bind(&r.source)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Inserts one rule row, keeping its id.
pub async fn insert_rule(tx: &mut Transaction<'_, Sqlite>, r: &RuleRow) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO rules (id, intervention_slug, dimension, match_values, effect, points, \
         text_nl, text_en, source, condition) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(r.id)
    .bind(&r.intervention_slug)
    .bind(&r.dimension)
    .bind(&r.match_values)
    .bind(&r.effect)
    .bind(r.points)
    .bind(&r.text_nl)
    .bind(&r.text_en)
    .bind(&r.source)
    .bind(&r.condition)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
