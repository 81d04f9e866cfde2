//! "Who pays" on the client handout, in plain words (B1), from the funding lines that hold for
//! the client's own situation: who can pay, that the sources do not say where a line's payer is
//! unknown, and that a scheme of a past period may have ended.

use crate::domain::lang::Lang;
use crate::domain::route::FundingLine;

/// The payer in plain words.
fn payer(code: &str, lang: Lang) -> Option<&'static str> {
    Some(match (code, lang) {
        ("zvw", Lang::Nl) => "de zorgverzekering",
        ("zvw", Lang::En) => "health insurance",
        ("uwv", _) => "UWV",
        ("gemeente", Lang::Nl) => "de gemeente",
        ("gemeente", Lang::En) => "the municipality",
        ("employer", Lang::Nl) => "de werkgever",
        ("employer", Lang::En) => "the employer",
        ("insurer", Lang::Nl) => "een verzekeraar",
        ("insurer", Lang::En) => "an insurer",
        _ => return None,
    })
}

/// "a, b en c" / "a, b and c".
fn joined(items: &[&str], lang: Lang) -> String {
    let and = match lang {
        Lang::Nl => " en ",
        Lang::En => " and ",
    };
    match items.split_last() {
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{}{and}{last}", rest.join(", ")),
        None => String::new(),
    }
}

/// The handout's answer to "who pays" for these funding lines, `year` being this year.
pub fn who_pays(lines: &[&FundingLine], lang: Lang, year: i32) -> String {
    let mut payers: Vec<&str> = Vec::new();
    for p in lines.iter().filter_map(|l| payer(&l.payer, lang)) {
        if !payers.contains(&p) {
            payers.push(p);
        }
    }
    let silent = lines.is_empty() || lines.iter().any(|l| payer(&l.payer, lang).is_none());
    let mut text = match (payers.is_empty(), lang) {
        (true, Lang::Nl) => {
            "Onze bronnen zeggen niet wie dit betaalt. Uw begeleider zoekt het uit.".to_owned()
        }
        (true, Lang::En) => {
            "Our sources do not say who pays for this. Your counsellor will find out.".to_owned()
        }
        (false, Lang::Nl) => format!(
            "Het hangt af van uw situatie. Betalen kan: {}.",
            joined(&payers, lang)
        ),
        (false, Lang::En) => format!(
            "It depends on your situation. It can be paid by {}.",
            joined(&payers, lang)
        ),
    };
    if silent && !payers.is_empty() {
        text.push_str(match lang {
            Lang::Nl => " Voor een deel zeggen onze bronnen niet wie betaalt.",
            Lang::En => " For some of it, our sources do not say who pays.",
        });
    }
    for period in lines.iter().filter_map(|l| l.period) {
        let (verb_nl, verb_en) = if period.has_passed(year) {
            ("liep", "ran")
        } else {
            ("loopt", "runs")
        };
        text.push_str(&match lang {
            Lang::Nl => format!(
                " Een regeling {verb_nl} tot {}. Vraag of die nog loopt.",
                period.to
            ),
            Lang::En => format!(
                " A scheme {verb_en} until {}. Ask if it still runs.",
                period.to
            ),
        });
    }
    text
}
