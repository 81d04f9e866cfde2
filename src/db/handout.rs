//! The client handout's plain-language texts (`handout_texts`), read per handout: a handful
//! of short rows, so a query is cheaper than keeping them in every knowledge-base snapshot.

use sqlx::SqlitePool;

/// One plain-language answer to one of the handout's questions about one intervention.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct HandoutText {
    pub intervention_slug: String,
    pub field: String,
    pub text_nl: String,
    pub text_en: String,
    pub source: String,
}

/// The handout texts of the interventions in `slugs`.
pub async fn for_interventions(
    pool: &SqlitePool,
    slugs: &[&str],
) -> Result<Vec<HandoutText>, sqlx::Error> {
    let mut texts: Vec<HandoutText> = sqlx::query_as(
        "SELECT intervention_slug, field, text_nl, text_en, source FROM handout_texts",
    )
    .fetch_all(pool)
    .await?;
    texts.retain(|t| slugs.contains(&t.intervention_slug.as_str()));
    Ok(texts)
}
