//! The client handout's plain-language texts (B1), part of the knowledge base: per intervention
//! an answer to some of the handout's questions, in Dutch and English, each citing a seed. Who
//! pays is not among them: the handout says it from the funding lines for the client's own
//! situation (see [`super::route`]).

use serde::Serialize;

use super::lang::Localized;

/// The questions a handout text may answer, in the handout's order.
pub const HANDOUT_FIELDS: &[&str] = &["what", "how_long", "who_helps", "research"];

/// The most characters of one handout text in one language (the schema's bound).
pub const MAX_HANDOUT_TEXT: usize = 400;

/// One plain-language answer to one question about one intervention.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HandoutText {
    pub intervention_slug: String,
    /// One of [`HANDOUT_FIELDS`].
    pub field: String,
    pub text: Localized,
    pub source: String,
}

/// Checks the handout texts: known interventions and questions, one text per intervention and
/// question, both languages filled and within [`MAX_HANDOUT_TEXT`], a known source. The message
/// names the offending text.
pub fn validate(
    texts: &[HandoutText],
    slugs: &[&str],
    cites_known_source: impl Fn(&str) -> bool,
) -> Result<(), String> {
    for (i, t) in texts.iter().enumerate() {
        let what = format!("handout text {} {}", t.intervention_slug, t.field);
        if !slugs.contains(&t.intervention_slug.as_str()) {
            return Err(format!("{what}: unknown intervention"));
        }
        if t.field == "who_pays" {
            return Err(format!(
                "{what}: who pays comes from the funding lines, not from a handout text"
            ));
        }
        if !HANDOUT_FIELDS.contains(&t.field.as_str()) {
            return Err(format!(
                "{what}: unknown question (allowed: {})",
                HANDOUT_FIELDS.join(", ")
            ));
        }
        if texts[..i]
            .iter()
            .any(|o| o.intervention_slug == t.intervention_slug && o.field == t.field)
        {
            return Err(format!("{what} appears twice"));
        }
        for text in [&t.text.nl, &t.text.en] {
            let length = text.chars().count();
            if length == 0 || length > MAX_HANDOUT_TEXT {
                return Err(format!(
                    "{what}: a text has 1 to {MAX_HANDOUT_TEXT} characters in each language (now {length})"
                ));
            }
        }
        if !cites_known_source(&t.source) {
            return Err(format!(
                "{what}: the citation '{}' names no known source",
                t.source
            ));
        }
    }
    Ok(())
}
