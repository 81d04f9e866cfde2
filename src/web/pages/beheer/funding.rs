//! The editor of the funding lines: who pays for an intervention, under which condition, with
//! the period of a time-bound scheme (Samenwerken 2017, ch. 4; Panteia 2021).

use super::field_errors::FieldErrors;
use super::kb_editor::RowEditor;
use super::kb_fields::{FieldView, Submitted, interventions, labelled};
use crate::db::rows::FundingLineRow;
use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;
use crate::domain::route::PAYER_CODES;
use crate::web::route_view::payer_label;
use crate::web::texts::{EditorsTexts, Texts};

/// `/beheer/financiering`.
pub struct Funding;

impl RowEditor for Funding {
    type Row = FundingLineRow;
    const BASE: &'static str = "/beheer/financiering";
    const COLUMNS: &'static [&'static str] = &[
        "intervention_slug",
        "payer",
        "condition",
        "period",
        "source",
    ];

    fn heading(tx: &EditorsTexts) -> [&'static str; 2] {
        [tx.funding, tx.funding_intro]
    }

    fn blank() -> FundingLineRow {
        FundingLineRow {
            id: 0,
            intervention_slug: String::new(),
            payer: "unknown".to_owned(),
            condition: String::new(),
            text_nl: String::new(),
            text_en: String::new(),
            source: String::new(),
            period: None,
        }
    }

    fn fields(row: &FundingLineRow, kb: &KnowledgeBase, tx: &Texts, lang: Lang) -> Vec<FieldView> {
        let e = &tx.editors;
        let payers = labelled(PAYER_CODES, |code| payer_label(code, lang).to_owned());
        vec![
            FieldView::select(
                "intervention_slug",
                e.intervention,
                &row.intervention_slug,
                interventions(kb, lang),
            ),
            FieldView::select("payer", e.payer, &row.payer, payers),
            FieldView::text("condition", e.condition, &row.condition).hint(e.condition_hint),
            FieldView::area("text_nl", e.text_nl, &row.text_nl),
            FieldView::area("text_en", e.text_en, &row.text_en),
            FieldView::text("source", e.source, &row.source).hint(e.source_hint),
            FieldView::text("period", e.period, row.period.clone().unwrap_or_default())
                .hint(e.period_hint),
        ]
    }

    fn parse(id: i64, form: &Submitted, kb: &KnowledgeBase, e: &mut FieldErrors) -> FundingLineRow {
        let row = FundingLineRow {
            id,
            intervention_slug: form.get("intervention_slug"),
            payer: form.get("payer"),
            condition: form.get("condition"),
            text_nl: form.get("text_nl"),
            text_en: form.get("text_en"),
            source: form.get("source"),
            period: Some(form.get("period")).filter(|p| !p.is_empty()),
        };
        let slugs: Vec<&str> = kb.interventions().iter().map(|i| i.slug.as_str()).collect();
        e.check_choice("intervention_slug", &row.intervention_slug, &slugs);
        e.check_choice("payer", &row.payer, PAYER_CODES);
        e.check_condition("condition", &row.condition, None);
        e.required_text("text_nl", "text_nl", &row.text_nl);
        e.required_text("text_en", "text_en", &row.text_en);
        e.citation("source", &row.source, kb.sources());
        e.check_period("period", row.period.as_deref().unwrap_or(""));
        row
    }
}
