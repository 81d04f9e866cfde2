//! Two profiles side by side (`/vergelijk`): both rankings, how each intervention moved and
//! the rules that made the difference. Examples are compared by GET (they are fictional);
//! filled-in profiles only by POST, so that real answers never end up in a URL.

use askama::Template;
use askama_web::WebTemplate;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Query, State};
use axum::http::header::CACHE_CONTROL;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::advice::{AnswerView, answers_view};
use super::questionnaire::FormView;
use super::{Chrome, PageLang};
use crate::domain::comparison::{Comparison, Standing, Weight, compare};
use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;
use crate::domain::matching::LineKind;
use crate::domain::profile::{Answer, ClientProfile, ProfileError};
use crate::state::AppState;
use crate::web::format::format_points;
use crate::web::{labels, texts};

/// `/vergelijk`.
#[derive(Template, WebTemplate)]
#[template(path = "compare.html")]
pub struct ComparePage {
    chrome: Chrome,
    title_a: String,
    title_b: String,
    answers_a: Vec<AnswerView>,
    answers_b: Vec<AnswerView>,
    changed: Vec<ChangedAnswer>,
    /// Where the two routes differ.
    route_diff: Vec<crate::web::route_view::RouteDifference>,
    /// Where the two plans differ.
    plan_diff: crate::web::plan_diff::PlanDiffView,
    rows: Vec<RowView>,
    /// Profile A as hidden fields of the form that changes B.
    hidden_a: Vec<(&'static str, String)>,
    form_b: FormView,
    examples: Vec<(String, String)>,
    /// The examples compared (their slugs), so that the pickers and the form keep their names.
    slug_a: String,
    slug_b: String,
}

/// An answer that differs between A and B.
pub struct ChangedAnswer {
    pub question: &'static str,
    pub a: String,
    pub b: String,
}

/// One intervention's movement.
pub struct RowView {
    pub slug: String,
    pub name: String,
    pub a: String,
    pub b: String,
    /// `up`, `down`, `same`, `in`, `out` or `none` (excluded on both sides).
    pub movement: &'static str,
    pub movement_text: String,
    pub differences: Vec<DifferenceView>,
}

/// A rule that fired on one side only.
pub struct DifferenceView {
    pub side: &'static str,
    pub text: String,
    pub effect: String,
    pub source: String,
}

/// The sides of a comparison: a title and, for an example, its slug.
struct Side<'p> {
    title: String,
    slug: String,
    profile: &'p ClientProfile,
}

#[derive(Debug, Default, Deserialize)]
pub struct ExamplePair {
    #[serde(default)]
    a: String,
    #[serde(default)]
    b: String,
}

fn standing_text(standing: Standing, lang: Lang) -> String {
    match standing {
        Standing::Ranked { rank, score } => {
            format!("{rank} ({})", format_points(score, lang, false))
        }
        Standing::Excluded => texts::for_lang(lang).compare.excluded.to_owned(),
    }
}

/// The answer to `d` in `profile`, as the questionnaire names it.
pub(super) fn answer_text(
    profile: &ClientProfile,
    d: crate::domain::profile::Dimension,
    lang: Lang,
) -> String {
    match profile.answer(d) {
        Answer::One(code) => labels::value(d, code, lang).to_owned(),
        Answer::Barriers([]) => texts::for_lang(lang).advice.no_barriers.to_owned(),
        Answer::Barriers(list) => list
            .iter()
            .map(|b| labels::value(d, b.code(), lang))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

fn rows(comparison: &Comparison<'_>, lang: Lang) -> Vec<RowView> {
    let tx = texts::for_lang(lang);
    comparison
        .rows
        .iter()
        .map(|row| {
            let (movement, movement_text) = match (row.a, row.b, row.places_up()) {
                (_, _, Some(0)) => ("same", tx.compare.same.to_owned()),
                (_, _, Some(n)) if n > 0 => {
                    ("up", format!("{n} {} {}", tx.compare.places, tx.compare.up))
                }
                (_, _, Some(n)) => (
                    "down",
                    format!("{} {} {}", -n, tx.compare.places, tx.compare.down),
                ),
                (Standing::Excluded, Standing::Ranked { .. }, _) => {
                    ("in", tx.compare.now_fits.to_owned())
                }
                (Standing::Ranked { .. }, Standing::Excluded, _) => {
                    ("out", tx.compare.now_excluded.to_owned())
                }
                _ => ("none", tx.compare.excluded.to_owned()),
            };
            let movement_text = match row.score_change() {
                Some(change) if change != 0.0 => {
                    format!("{movement_text}; {}", format_points(change, lang, true))
                }
                _ => movement_text,
            };
            RowView {
                slug: row.intervention.slug.clone(),
                name: row.intervention.name.get(lang).to_owned(),
                a: standing_text(row.a, lang),
                b: standing_text(row.b, lang),
                movement,
                movement_text,
                differences: row
                    .differences
                    .iter()
                    .map(|d| DifferenceView {
                        side: if d.in_b {
                            tx.compare.only_b
                        } else {
                            tx.compare.only_a
                        },
                        text: match d.weight {
                            Weight::Line(LineKind::ToCheck) => {
                                crate::web::wording::to_check(d.rule.text.get(lang), lang)
                            }
                            _ => d.rule.text.get(lang).to_owned(),
                        },
                        effect: match d.weight {
                            Weight::Excluding => tx.compare.excluding.to_owned(),
                            Weight::Line(_) => format_points(d.rule.points, lang, true),
                        },
                        source: d.rule.source.clone(),
                    })
                    .collect(),
            }
        })
        .collect()
}

fn page(
    kb: &KnowledgeBase,
    lang: Lang,
    side_a: Side<'_>,
    side_b: Side<'_>,
    b_answers: &[(String, String)],
    b_errors: &[ProfileError],
) -> ComparePage {
    let (a, b) = (side_a.profile, side_b.profile);
    let comparison = compare(kb, a, b);
    ComparePage {
        chrome: Chrome::new(lang, "/vergelijk", "compare"),
        title_a: side_a.title,
        title_b: side_b.title,
        slug_a: side_a.slug,
        slug_b: side_b.slug,
        answers_a: answers_view(a, lang),
        answers_b: answers_view(b, lang),
        changed: comparison
            .changed
            .iter()
            .map(|d| ChangedAnswer {
                question: labels::question(*d, lang),
                a: answer_text(a, *d, lang),
                b: answer_text(b, *d, lang),
            })
            .collect(),
        route_diff: crate::web::route_view::route_differences(kb.route_data(), a, b, lang),
        plan_diff: crate::web::plan_diff::plan_diff(kb, a, b, lang),
        rows: rows(&comparison, lang),
        hidden_a: super::advice::owned_pairs(a),
        form_b: FormView::prefixed(lang, b_answers, b_errors, kb, "b."),
        examples: kb
            .examples()
            .iter()
            .map(|e| (e.slug.clone(), e.title.get(lang).to_owned()))
            .collect(),
    }
}

fn owned_pairs(profile: &ClientProfile) -> Vec<(String, String)> {
    profile
        .to_pairs()
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
}

/// `GET /vergelijk?a=..&b=..`: two examples (by default the first example and its pair).
pub async fn examples(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    pair: Result<Query<ExamplePair>, QueryRejection>,
) -> Response {
    let pair = pair.map(|Query(p)| p).unwrap_or_default();
    let kb = state.knowledge_base();
    let Some(a) = kb
        .example(&pair.a)
        .or_else(|| kb.examples().iter().find(|e| e.compare_with.is_some()))
        .or_else(|| kb.examples().first())
    else {
        return crate::web::error::AppError::NotFound.into_response();
    };
    // B defaults to A's pair, else to another example: never A against itself.
    let b = kb
        .example(&pair.b)
        .or_else(|| a.compare_with.as_deref().and_then(|slug| kb.example(slug)))
        .or_else(|| kb.examples().iter().find(|e| e.slug != a.slug))
        .unwrap_or(a);
    let (side_a, side_b) = (example_side(a, lang), example_side(b, lang));
    page(&kb, lang, side_a, side_b, &owned_pairs(&b.profile), &[]).into_response()
}

/// `POST /vergelijk`: profile A (`a.*`) and profile B (`b.*`, or `b=a` for a copy of A), as
/// posted from an advice or from this page's own form.
pub async fn posted(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let pairs: Vec<(String, String)> = body
        .ok()
        .and_then(|b| serde_urlencoded::from_bytes(&b).ok())
        .unwrap_or_default();
    let side = |prefix: &str| -> Vec<(String, String)> {
        pairs
            .iter()
            .filter_map(|(k, v)| k.strip_prefix(prefix).map(|k| (k.to_owned(), v.clone())))
            .collect()
    };
    let (a_pairs, mut b_pairs) = (side("a."), side("b."));
    // An advice page starts the comparison with its answers once, as A, and `b=a`: B starts
    // as a copy of A (half the hidden fields on every advice page).
    if b_pairs.is_empty() && pairs.iter().any(|(k, v)| k == "b" && v == "a") {
        b_pairs.clone_from(&a_pairs);
    }
    let parse = |p: &[(String, String)]| {
        ClientProfile::parse(p.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    };
    let mut response = match parse(&a_pairs) {
        Err(_) => {
            let page = super::MessagePage {
                chrome: Chrome::new(lang, "/vergelijk", "compare"),
                title: texts::for_lang(lang).compare.title,
                body: texts::for_lang(lang).compare.bad_a.into(),
            };
            (StatusCode::BAD_REQUEST, page).into_response()
        }
        Ok(a) => {
            let kb = state.knowledge_base();
            let name = |field: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| k == field)
                    .map(|(_, v)| v.as_str())
            };
            let (name_a, name_b) = (name("name_a"), name("name_b"));
            match parse(&b_pairs) {
                Ok(b) => page(
                    &kb,
                    lang,
                    named(&kb, lang, name_a, &a, "A"),
                    named(&kb, lang, name_b, &b, "B"),
                    &b_pairs,
                    &[],
                )
                .into_response(),
                Err(errors) => {
                    let page = page(
                        &kb,
                        lang,
                        named(&kb, lang, name_a, &a, "A"),
                        named(&kb, lang, name_b, &a, "B"),
                        &b_pairs,
                        &errors,
                    );
                    (StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
                }
            }
        }
    };
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// A posted side's title: the example's title when `slug` names one (with "aangepast" when
/// its answers were changed), else "Ingevuld profiel A/B". Only a known slug is used.
fn named<'p>(
    kb: &KnowledgeBase,
    lang: Lang,
    slug: Option<&str>,
    profile: &'p ClientProfile,
    letter: &str,
) -> Side<'p> {
    match slug.and_then(|s| kb.example(s)) {
        Some(e) => Side {
            title: if e.profile.to_pairs() == profile.to_pairs() {
                e.title.get(lang).to_owned()
            } else {
                format!(
                    "{} ({})",
                    e.title.get(lang),
                    texts::for_lang(lang).compare.changed_mark
                )
            },
            slug: e.slug.clone(),
            profile,
        },
        None => Side {
            title: format!("{} {letter}", texts::for_lang(lang).compare.filled_in),
            slug: String::new(),
            profile,
        },
    }
}

/// An example as one side of the comparison.
fn example_side(example: &crate::domain::trainer::Example, lang: Lang) -> Side<'_> {
    Side {
        title: example.title.get(lang).to_owned(),
        slug: example.slug.clone(),
        profile: &example.profile,
    }
}
