//! The route and the funding lines of an advice as the JSON API and the pages show them: the
//! contract's shapes (`route`, per recommendation `funding`), in one language, with the period
//! of a time-bound scheme labelled so that a scheme whose period has passed never reads as
//! current.

use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::lang::Lang;
use crate::domain::profile::{AnswerMasks, ClientProfile};
use crate::domain::route::{self, FundingLine, Period, RouteData, RouteFact};

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
    match (lang, period.has_passed(year)) {
        (Lang::Nl, true) => format!(
            "Regeling volgens de bron: {period}; die periode is voorbij, ga na of de regeling nog loopt."
        ),
        (Lang::Nl, false) => format!("Regeling volgens de bron: {period}; ga na of die nog loopt."),
        (Lang::En, true) => format!(
            "Scheme according to the source: {period}; that period has passed, check whether the \
             scheme still runs."
        ),
        (Lang::En, false) => {
            format!("Scheme according to the source: {period}; check whether it still runs.")
        }
    }
}

/// This year (UTC), to label the periods of schemes.
pub fn this_year() -> i32 {
    time::OffsetDateTime::now_utc().year()
}

/// The name of a payer, for the "Wie betaalt" line.
pub fn payer_label(code: &str, lang: Lang) -> &'static str {
    let (nl, en) = match code {
        "zvw" => ("Zorgverzekering (Zvw)", "Health insurance (Zvw)"),
        "uwv" => ("UWV", "UWV"),
        "gemeente" => ("Gemeente", "Municipality"),
        "employer" => ("Werkgever", "Employer"),
        "insurer" => ("Verzekeraar", "Insurer"),
        _ => ("Onbekend", "Unknown"),
    };
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}
