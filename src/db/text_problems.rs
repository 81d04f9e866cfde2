//! What is wrong with an administrator's texts ([`crate::domain::bounds`]'s codes) in words,
//! in Dutch like the database layer's other checks: the messages of a knowledge-base import
//! and of the sociale kaart's entries and CSV, which beheer and the command line show. (The
//! database layer cannot read the web layer's catalogue; beheer's own forms word the same
//! checks from it.)

use crate::domain::bounds::{self, PlacedProblem, TextProblem};

/// The problem as one sentence: "interventions 'ips', veld name_nl: hoogstens 500 tekens (nu
/// 501)."
pub fn describe(placed: &PlacedProblem) -> String {
    let place = match &placed.record {
        Some((list, name)) => format!("{list} '{name}', veld {}", placed.field),
        None => format!("veld {}", placed.field),
    };
    match placed.problem {
        TextProblem::TooLong { max, length } => {
            format!("{place}: hoogstens {max} tekens (nu {length}).")
        }
        TextProblem::ForbiddenChars => format!(
            "{place}: bevat onzichtbare stuurtekens of tekens die de leesrichting omdraaien; haal die weg."
        ),
        TextProblem::NotAWebsite => {
            format!("{place}: een website begint met http:// of https:// (zonder spaties).")
        }
    }
}

/// Every problem with the texts in `value` (a record or a whole export as JSON), in words.
pub fn problems_in(value: &serde_json::Value) -> Vec<String> {
    bounds::problems_in(value).iter().map(describe).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_problem_names_its_record_and_field() {
        let value = serde_json::json!({"interventions": [{"slug": "ips", "name_nl": "a".repeat(501)}],
            "organisations": [{"id": "o", "website": "javascript:alert(1)"}], "t": "x\u{0}"});
        let problems = problems_in(&value);
        assert_eq!(
            problems,
            [
                "interventions 'ips', veld name_nl: hoogstens 500 tekens (nu 501).",
                "organisations 'o', veld website: een website begint met http:// of https:// (zonder spaties).",
                "veld t: bevat onzichtbare stuurtekens of tekens die de leesrichting omdraaien; haal die weg.",
            ]
        );
    }
}
