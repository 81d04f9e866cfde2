//! "Who pays" on the client handout, in plain words (B1), from the funding lines that hold for
//! the client's own situation: who can pay, that the sources do not say where a line's payer is
//! unknown, and that a scheme of a past period may have ended.

use crate::domain::lang::Lang;
use crate::domain::route::FundingLine;
use crate::web::texts::{self, fill};

/// The payer in plain words.
fn payer(code: &str, lang: Lang) -> Option<&'static str> {
    let tx = &texts::for_lang(lang).who_pays;
    Some(match code {
        "zvw" => tx.zvw,
        "uwv" => tx.uwv,
        "gemeente" => tx.gemeente,
        "employer" => tx.employer,
        "insurer" => tx.insurer,
        _ => return None,
    })
}

/// "a, b en c" / "a, b and c".
fn joined(items: &[&str], lang: Lang) -> String {
    let and = texts::for_lang(lang).who_pays.and;
    match items.split_last() {
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{}{and}{last}", rest.join(", ")),
        None => String::new(),
    }
}

/// The handout's answer to "who pays" for these funding lines, `year` being this year.
pub fn who_pays(lines: &[&FundingLine], lang: Lang, year: i32) -> String {
    let tx = &texts::for_lang(lang).who_pays;
    let mut payers: Vec<&str> = Vec::new();
    for p in lines.iter().filter_map(|l| payer(&l.payer, lang)) {
        if !payers.contains(&p) {
            payers.push(p);
        }
    }
    let silent = lines.is_empty() || lines.iter().any(|l| payer(&l.payer, lang).is_none());
    let mut text = if payers.is_empty() {
        tx.unknown.to_owned()
    } else {
        fill(tx.depends, &[("payers", &joined(&payers, lang))])
    };
    if silent && !payers.is_empty() {
        text.push(' ');
        text.push_str(tx.partly_unknown);
    }
    for period in lines.iter().filter_map(|l| l.period) {
        let scheme = if period.has_passed(year) {
            tx.scheme_ran
        } else {
            tx.scheme_runs
        };
        text.push(' ');
        text.push_str(&fill(scheme, &[("year", &period.to.to_string())]));
    }
    text
}
