//! The seeds' key figures (`GET /cijfers`) as server-rendered bar charts, each with its
//! source and the same numbers as a table.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;

use super::{Chrome, PageLang};
use crate::state::AppState;

/// One bar of a figure chart.
pub struct FigureBar {
    pub label: String,
    pub shown_as: String,
    pub label_y: usize,
    pub bar_y: usize,
    pub width: String,
    pub value_x: String,
    pub value_y: usize,
}

/// One chart.
pub struct FigureChart {
    pub slug: String,
    pub title: String,
    pub unit: String,
    pub note: String,
    pub source: String,
    pub height: usize,
    pub bars: Vec<FigureBar>,
}

/// `GET /cijfers`.
#[derive(Template, WebTemplate)]
#[template(path = "figures.html")]
pub struct FiguresPage {
    chrome: Chrome,
    charts: Vec<FigureChart>,
}

const ITEM_HEIGHT: usize = 44;
const BAR_AREA: f64 = 480.0;

/// `GET /cijfers`.
pub async fn show(State(state): State<AppState>, PageLang(lang): PageLang) -> FiguresPage {
    let kb = state.knowledge_base();
    let charts = kb
        .figure_sets()
        .iter()
        .map(|set| {
            let max = set.figures.iter().map(|f| f.value).fold(0.0_f64, f64::max);
            let bars = set
                .figures
                .iter()
                .enumerate()
                .map(|(i, f)| {
                    let width = if max > 0.0 {
                        f.value.max(0.0) / max * BAR_AREA
                    } else {
                        0.0
                    };
                    FigureBar {
                        label: f.label.get(lang).to_owned(),
                        shown_as: f.shown_as.clone(),
                        label_y: i * ITEM_HEIGHT + 16,
                        bar_y: i * ITEM_HEIGHT + 22,
                        width: format!("{width:.1}"),
                        value_x: format!("{:.1}", width + 8.0),
                        value_y: i * ITEM_HEIGHT + 35,
                    }
                })
                .collect();
            FigureChart {
                slug: set.slug.clone(),
                title: set.title.get(lang).to_owned(),
                unit: set.unit.get(lang).to_owned(),
                note: set.note.get(lang).to_owned(),
                source: set.source.clone(),
                height: set.figures.len().max(1) * ITEM_HEIGHT,
                bars,
            }
        })
        .collect();
    FiguresPage {
        chrome: Chrome::new(lang, "/cijfers", "figures"),
        charts,
    }
}
