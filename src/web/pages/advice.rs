//! The advice (`POST /advies`): the ranked cards with their ledgers, what does not fit, the
//! answers given and a chart of the scores. The page is never cached and the answers never
//! leave the request: they are not in the URL and not in any log line.

use askama::Template;
use askama_web::WebTemplate;
use axum::body::Bytes;
use axum::extract::State;
use axum::extract::rejection::BytesRejection;
use axum::http::header::CACHE_CONTROL;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use super::questionnaire::{FormView, QuestionnairePage, check_region, region_choices};
use super::{Chrome, PageLang};
use crate::domain::knowledge::{KnowledgeBase, Lang};
use crate::domain::matching::{Advice, Line, LineKind, Recommendation, recommend};
use crate::domain::profile::{Answer, ClientProfile, Dimension};
use crate::state::AppState;
use crate::web::{labels, texts};

/// The advice page.
#[derive(Template, WebTemplate)]
#[template(path = "advice.html")]
pub struct AdvicePage {
    pub chrome: Chrome,
    pub view: AdviceView,
    /// Set when the advice is for a fictional example client.
    pub example: Option<ExampleIntro>,
}

/// The story of an example client above its advice.
pub struct ExampleIntro {
    pub slug: String,
    pub title: String,
    pub story: String,
    pub source: String,
}

/// The advice, ready to show in one language.
pub struct AdviceView {
    pub kb_version: String,
    pub date: String,
    pub answers: Vec<AnswerView>,
    pub cards: Vec<CardView>,
    pub excluded: Vec<ExcludedView>,
    pub chart: ChartView,
    pub sources: Vec<String>,
    /// The chosen region's code, for the links to the sociale kaart.
    pub region: Option<String>,
    /// The answers as form pairs, so that the comparison can start from them (posted).
    pub pairs: Vec<(&'static str, String)>,
}

/// One answer in the summary.
pub struct AnswerView {
    pub question: &'static str,
    pub answer: String,
}

/// One recommended intervention.
pub struct CardView {
    pub slug: String,
    pub name: String,
    pub rank: usize,
    pub score: String,
    pub evidence_code: String,
    pub evidence_label: String,
    pub institutes: String,
    pub summary: Option<String>,
    pub delivered_by: Option<String>,
    pub reasons: Vec<LineView>,
    pub caveats: Vec<LineView>,
    /// How many cautions and checks the ledger holds.
    pub caveat_count: usize,
    /// The providers in the chosen region; `None` when no region was chosen.
    pub providers: Option<Vec<ProviderView>>,
}

/// One provider of an intervention in the chosen region (sociale kaart).
pub struct ProviderView {
    pub organisation_id: String,
    pub name: String,
    pub notes: String,
    pub last_checked: String,
    pub stale: bool,
}

/// The providers of `slug` in `region` on the sociale kaart.
pub fn providers(kb: &KnowledgeBase, region: &str, slug: &str, lang: Lang) -> Vec<ProviderView> {
    let today = today();
    kb.social_map()
        .find(Some(region), Some(slug), None)
        .into_iter()
        .map(|(o, s)| ProviderView {
            organisation_id: o.id.clone(),
            name: o.name.clone(),
            notes: s.notes.get(lang).to_owned(),
            last_checked: s.last_checked.clone(),
            stale: crate::domain::social_map::is_stale(&s.last_checked, &today),
        })
        .collect()
}

/// One line of a ledger.
pub struct LineView {
    pub text: String,
    pub points: String,
    /// `positive`, `negative` or `zero`: for the points' colour.
    pub sign: &'static str,
    pub source: String,
    pub kind: &'static str,
}

/// One excluded intervention with why.
pub struct ExcludedView {
    pub slug: String,
    pub name: String,
    pub reasons: Vec<(String, String)>,
}

/// A horizontal bar chart of the scores, drawn on the server as SVG.
pub struct ChartView {
    pub height: usize,
    pub bars: Vec<BarView>,
}

/// One bar: the name on its own line, the bar below it, the score after the bar.
pub struct BarView {
    pub label: String,
    pub score: String,
    pub label_y: usize,
    pub bar_y: usize,
    pub value_x: String,
    pub value_y: usize,
    /// Width in SVG units (at most [`BAR_AREA`]).
    pub width: String,
}

/// Points as a professional reads them: `+2`, `-1,5`, `0` (Dutch decimal comma).
pub fn format_points(points: f64, lang: Lang, signed: bool) -> String {
    let mut s = if points.fract() == 0.0 {
        format!("{points:.0}")
    } else {
        format!("{points:.1}")
    };
    if signed && points > 0.0 {
        s.insert(0, '+');
    }
    if s == "-0" {
        s = "0".to_owned();
    }
    match lang {
        Lang::Nl => s.replace('.', ","),
        Lang::En => s,
    }
}

fn line_view(line: &Line<'_>, r: &Recommendation<'_>, lang: Lang) -> LineView {
    LineView {
        text: line.text(r, lang),
        points: format_points(line.points, lang, true),
        sign: if line.points > 0.0 {
            "positive"
        } else if line.points < 0.0 {
            "negative"
        } else {
            "zero"
        },
        source: line.source(r).to_owned(),
        kind: match line.kind {
            LineKind::Evidence => "evidence",
            LineKind::Fit => "fit",
            LineKind::RequirementMet => "requirement_met",
            LineKind::Caution => "caution",
            LineKind::ToCheck => "to_check",
        },
    }
}

/// The answers as question/answer pairs.
pub fn answers_view(profile: &ClientProfile, lang: Lang) -> Vec<AnswerView> {
    Dimension::ALL
        .iter()
        .map(|d| AnswerView {
            question: labels::question(*d, lang),
            answer: match profile.answer(*d) {
                Answer::One(code) => labels::value(*d, code, lang).to_owned(),
                Answer::Barriers([]) => texts::t("advice.no_barriers", lang).to_owned(),
                Answer::Barriers(list) => list
                    .iter()
                    .map(|b| labels::value(*d, b.code(), lang))
                    .collect::<Vec<_>>()
                    .join("; "),
            },
        })
        .collect()
}

/// The height of one item (name and bar) in the chart's view box.
const ITEM_HEIGHT: usize = 44;
/// The longest bar in the chart's 600-unit-wide view box, leaving room for the score.
const BAR_AREA: f64 = 540.0;

impl AdviceView {
    /// The view of `advice` for `profile`, dated `date`.
    pub fn new(
        kb: &KnowledgeBase,
        advice: &Advice<'_>,
        profile: &ClientProfile,
        lang: Lang,
        date: String,
    ) -> Self {
        let cards: Vec<CardView> = advice
            .recommendations
            .iter()
            .map(|r| CardView {
                slug: r.intervention.slug.clone(),
                name: r.intervention.name.get(lang).to_owned(),
                rank: r.rank,
                score: format_points(r.score, lang, false),
                evidence_code: r.evidence.code.clone(),
                evidence_label: r.evidence.label.get(lang).to_owned(),
                institutes: r
                    .intervention
                    .recognitions
                    .iter()
                    .map(|x| x.institute.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                summary: r
                    .intervention
                    .texts
                    .get("summary")
                    .map(|t| t.text.get(lang).to_owned()),
                delivered_by: r
                    .intervention
                    .texts
                    .get("delivered_by")
                    .map(|t| t.text.get(lang).to_owned()),
                reasons: r.reasons.iter().map(|l| line_view(l, r, lang)).collect(),
                caveats: r.caveats.iter().map(|l| line_view(l, r, lang)).collect(),
                caveat_count: r.caveats.len(),
                providers: profile
                    .region
                    .as_deref()
                    .map(|region| providers(kb, region, &r.intervention.slug, lang)),
            })
            .collect();
        let max = advice
            .recommendations
            .iter()
            .map(|r| r.score)
            .fold(1.0_f64, f64::max);
        let bars = advice
            .recommendations
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let width = r.score.max(0.0) / max * BAR_AREA;
                BarView {
                    label: r.intervention.name.get(lang).to_owned(),
                    score: format_points(r.score, lang, false),
                    label_y: i * ITEM_HEIGHT + 16,
                    bar_y: i * ITEM_HEIGHT + 22,
                    value_x: format!("{:.1}", width + 8.0),
                    value_y: i * ITEM_HEIGHT + 35,
                    width: format!("{width:.1}"),
                }
            })
            .collect();
        let mut sources: Vec<String> = cards
            .iter()
            .flat_map(|c| c.reasons.iter().chain(&c.caveats))
            .flat_map(|l| l.source.split("; "))
            .map(str::to_owned)
            .collect();
        sources.sort();
        sources.dedup();
        Self {
            kb_version: advice.knowledge_base_version.to_owned(),
            date,
            answers: {
                let mut answers = answers_view(profile, lang);
                if let Some(region) = profile
                    .region
                    .as_deref()
                    .and_then(|c| kb.social_map().region(c))
                {
                    answers.push(AnswerView {
                        question: texts::t("form.region", lang),
                        answer: region.name.clone(),
                    });
                }
                answers
            },
            region: profile.region.clone(),
            excluded: advice
                .excluded
                .iter()
                .map(|e| ExcludedView {
                    slug: e.intervention.slug.clone(),
                    name: e.intervention.name.get(lang).to_owned(),
                    reasons: e
                        .rules
                        .iter()
                        .map(|rule| (rule.text.get(lang).to_owned(), rule.source.clone()))
                        .collect(),
                })
                .collect(),
            chart: ChartView {
                height: advice.recommendations.len().max(1) * ITEM_HEIGHT,
                bars,
            },
            cards,
            sources,
            pairs: owned_pairs(profile),
        }
    }
}

/// The answers as owned form pairs.
pub fn owned_pairs(profile: &ClientProfile) -> Vec<(&'static str, String)> {
    profile
        .to_pairs()
        .into_iter()
        .map(|(k, v)| (k, v.to_owned()))
        .collect()
}

/// Today's date (UTC) as `YYYY-MM-DD`, for the printed report.
pub fn today() -> String {
    time::OffsetDateTime::now_utc().date().to_string()
}

fn no_store(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Builds the advice page for a valid profile.
pub fn advice_page(kb: &KnowledgeBase, profile: &ClientProfile, lang: Lang) -> AdvicePage {
    let advice = recommend(kb, profile);
    AdvicePage {
        chrome: Chrome::new(lang, "/vragenlijst", "questionnaire"),
        view: AdviceView::new(kb, &advice, profile, lang, today()),
        example: None,
    }
}

/// `POST /advies`: the advice, or the form again with the problems beside the questions.
pub async fn submit(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let pairs: Option<Vec<(String, String)>> = body
        .ok()
        .and_then(|body| serde_urlencoded::from_bytes(&body).ok());
    let Some(pairs) = pairs else {
        let page = super::simple::MessagePage {
            chrome: Chrome::new(lang, "/vragenlijst", "questionnaire"),
            title: texts::t("error.title", lang),
            body: texts::t("error.bad_request", lang),
        };
        return no_store((StatusCode::BAD_REQUEST, page).into_response());
    };
    let kb = state.knowledge_base();
    let parsed = ClientProfile::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .and_then(|profile| {
            check_region(&kb, &profile)
                .map(|()| profile)
                .map_err(|e| vec![e])
        });
    match parsed {
        Ok(profile) => no_store(advice_page(&kb, &profile, lang).into_response()),
        Err(errors) => {
            let page = QuestionnairePage {
                chrome: Chrome::new(lang, "/vragenlijst", "questionnaire"),
                form: FormView::new(lang, &pairs, &errors, &region_choices(&kb)),
            };
            no_store((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}
