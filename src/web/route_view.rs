//! The route and the funding lines of an advice as the JSON API and the pages show them: the
//! contract's shapes (`route`, per recommendation `funding`), in one language, with the period
//! of a time-bound scheme labelled so that a scheme whose period has passed never reads as
//! current.

use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::lang::Lang;
use crate::domain::profile::{AnswerMasks, ClientProfile};
use crate::domain::route::{self, FundingLine, Period, RouteData, RouteFact};
use crate::web::texts::{self, fill};

/// `route`: who holds the regie, who else is involved, the client's duty, what to check.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RouteJson {
    pub responsible: CodedLine,
    pub involve: Vec<CodedLine>,
    pub client_duty: Option<Line>,
    pub to_check: Vec<Line>,
}

/// A cited line with a code.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CodedLine {
    pub code: String,
    pub text: String,
    pub source: String,
}

/// A cited line.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Line {
    pub text: String,
    pub source: String,
}

/// One line of `funding`.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FundingJson {
    pub payer: String,
    pub text: String,
    pub source: String,
    pub period: Option<String>,
}

fn coded(fact: &RouteFact, lang: Lang) -> CodedLine {
    CodedLine {
        code: fact.code.clone(),
        text: fact.text.get(lang).to_owned(),
        source: fact.source.clone(),
    }
}

fn line(fact: &RouteFact, lang: Lang) -> Line {
    Line {
        text: fact.text.get(lang).to_owned(),
        source: fact.source.clone(),
    }
}

/// The route of a profile; `None` for a knowledge base without route facts.
pub fn route_json(data: &RouteData, profile: &ClientProfile, lang: Lang) -> Option<RouteJson> {
    let route = route::route(data, profile)?;
    Some(RouteJson {
        responsible: coded(route.responsible, lang),
        involve: route.involve.iter().map(|f| coded(f, lang)).collect(),
        client_duty: route.client_duty.map(|f| line(f, lang)),
        to_check: route.to_check.iter().map(|f| line(f, lang)).collect(),
    })
}

/// Who pays for `slug`, for these answers; `year` is this year, to label past periods.
pub fn funding_json(
    data: &RouteData,
    slug: &str,
    answers: &AnswerMasks,
    lang: Lang,
    year: i32,
) -> Vec<FundingJson> {
    route::funding(data, slug, answers)
        .into_iter()
        .map(|l| funding_line(l, lang, year))
        .collect()
}

/// One funding line with its period note.
pub fn funding_line(l: &FundingLine, lang: Lang, year: i32) -> FundingJson {
    let text = l.text.get(lang);
    FundingJson {
        payer: l.payer.clone(),
        text: match l.period {
            Some(period) => format!("{text} {}", period_note(period, lang, year)),
            None => text.to_owned(),
        },
        source: l.source.clone(),
        period: l.period.map(|p| p.to_string()),
    }
}

/// "Regeling volgens de bron: 2017-2021; ga na of die nog loopt." A scheme is always a fact
/// of its source's period; one that has ended says so.
pub fn period_note(period: Period, lang: Lang, year: i32) -> String {
    let tx = &texts::for_lang(lang).funding;
    let template = if period.has_passed(year) {
        tx.period_passed
    } else {
        tx.period_running
    };
    fill(template, &[("period", &period.to_string())])
}

/// This year (UTC), to label the periods of schemes.
pub fn this_year() -> i32 {
    time::OffsetDateTime::now_utc().year()
}

/// The name of a payer, for the "Wie betaalt" line.
pub fn payer_label(code: &str, lang: Lang) -> &'static str {
    let tx = &texts::for_lang(lang).funding;
    match code {
        "zvw" => tx.payer_zvw,
        "uwv" => tx.payer_uwv,
        "gemeente" => tx.payer_gemeente,
        "employer" => tx.payer_employer,
        "insurer" => tx.payer_insurer,
        _ => tx.payer_unknown,
    }
}

/// One "Wie betaalt" line of a card.
#[derive(Debug, Clone)]
pub struct FundingView {
    pub payer: String,
    pub payer_label: &'static str,
    pub text: String,
    pub source: String,
    /// Said once for the whole advice (it holds for every card alike); the card only names the
    /// payer and points there.
    pub shared: bool,
}

/// The "Wie betaalt" lines of one recommendation.
pub fn funding_views(
    data: &RouteData,
    slug: &str,
    answers: &AnswerMasks,
    lang: Lang,
    year: i32,
) -> Vec<FundingView> {
    funding_json(data, slug, answers, lang, year)
        .into_iter()
        .map(|f| {
            let label = payer_label(&f.payer, lang);
            FundingView {
                text: without_payer(&f.text, label).to_owned(),
                payer_label: label,
                payer: f.payer,
                source: f.source,
                shared: false,
            }
        })
        .collect()
}

/// `text` without a leading "`label`:" (many knowledge-base lines start with their payer,
/// which the card already shows in bold before the text).
fn without_payer<'t>(text: &'t str, label: &str) -> &'t str {
    text.strip_prefix(label)
        .and_then(|rest| rest.strip_prefix(':'))
        .map_or(text, str::trim_start)
}

/// A short name of a responsible code, for the regie table and the comparison.
pub fn responsible_label(code: &str, lang: Lang) -> &'static str {
    let tx = &texts::for_lang(lang).funding;
    match code {
        "employer" => tx.responsible_employer,
        "uwv" => tx.responsible_uwv,
        "employer_or_insurer" => tx.responsible_employer_or_insurer,
        "uwv_or_eigenrisicodrager" => tx.responsible_uwv_or_eigenrisicodrager,
        "gemeente" => tx.responsible_gemeente,
        _ => tx.responsible_unknown,
    }
}

/// One row of the regie table on /uitleg: a work situation and, per insurance, who holds
/// the regie (with the employment contract where that makes a difference).
pub struct RegieRowView {
    pub work_situation: &'static str,
    pub cells: Vec<String>,
    pub sources: String,
}

/// The regie table: work situation x insurance, generated from the route facts.
pub fn regie_rows(data: &RouteData, lang: Lang) -> Vec<RegieRowView> {
    use crate::domain::profile::{Dimension, Insurance, WorkSituation};
    let table = route::regie_table(data);
    WorkSituation::ALL
        .iter()
        .map(|ws| {
            let mut sources: Vec<&str> = Vec::new();
            let cells = Insurance::ALL
                .iter()
                .map(|ins| {
                    let facts: Vec<_> = table
                        .iter()
                        .filter(|r| r.work_situation == *ws && r.insurance == *ins)
                        .collect();
                    sources.extend(facts.iter().map(|r| r.responsible.source.as_str()));
                    let same = facts
                        .windows(2)
                        .all(|w| w[0].responsible.id == w[1].responsible.id);
                    match facts.first() {
                        None => String::new(),
                        Some(f) if same => responsible_label(&f.responsible.code, lang).to_owned(),
                        Some(_) => facts
                            .iter()
                            .map(|r| {
                                format!(
                                    "{}: {}",
                                    crate::web::labels::value(
                                        Dimension::EmploymentContract,
                                        r.employment_contract.code(),
                                        lang
                                    ),
                                    responsible_label(&r.responsible.code, lang)
                                )
                            })
                            .collect::<Vec<_>>()
                            .join("; "),
                    }
                })
                .collect();
            sources.sort();
            sources.dedup();
            RegieRowView {
                work_situation: crate::web::labels::value(
                    Dimension::WorkSituation,
                    ws.code(),
                    lang,
                ),
                cells,
                sources: sources.join("; "),
            }
        })
        .collect()
}

/// One way the route of profile B differs from A's: what, A's, B's.
pub struct RouteDifference {
    pub what: &'static str,
    pub a: String,
    pub b: String,
}

/// Where the routes of two profiles differ (responsible, involved, duty, checks).
pub fn route_differences(
    data: &RouteData,
    a: &ClientProfile,
    b: &ClientProfile,
    lang: Lang,
) -> Vec<RouteDifference> {
    let (Some(ra), Some(rb)) = (route::route(data, a), route::route(data, b)) else {
        return Vec::new();
    };
    let tx = crate::web::texts::for_lang(lang);
    let texts = |facts: &[&RouteFact]| {
        facts
            .iter()
            .map(|f| f.text.get(lang))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let duty = |f: Option<&RouteFact>| {
        f.map_or_else(
            || tx.route.no_duty.to_owned(),
            |f| f.text.get(lang).to_owned(),
        )
    };
    [
        (
            tx.route.responsible,
            responsible_label(&ra.responsible.code, lang).to_owned(),
            responsible_label(&rb.responsible.code, lang).to_owned(),
        ),
        (tx.route.involve, texts(&ra.involve), texts(&rb.involve)),
        (
            tx.route.client_duty,
            duty(ra.client_duty),
            duty(rb.client_duty),
        ),
        (tx.route.to_check, texts(&ra.to_check), texts(&rb.to_check)),
    ]
    .into_iter()
    .filter(|(_, a, b)| a != b)
    .map(|(what, a, b)| RouteDifference { what, a, b })
    .collect()
}
