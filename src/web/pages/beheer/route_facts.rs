//! The editor of the route facts: who holds the regie, who else is involved, the client's duty
//! and what is still to check (Panteia 2021, 1.1; Samenwerken 2017).

use super::kb_editor::RowEditor;
use super::kb_fields::{FieldView, Problems, Submitted, codes};
use crate::db::rows::RouteFactRow;
use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;
use crate::domain::profile::Dimension;
use crate::domain::route::{INVOLVE_CODES, KIND_CODES, RESPONSIBLE_CODES};
use crate::web::texts::{EditorsTexts, Texts};

/// `/beheer/routefeiten`.
pub struct RouteFacts;

impl RowEditor for RouteFacts {
    type Row = RouteFactRow;
    const BASE: &'static str = "/beheer/routefeiten";

    fn title(tx: &EditorsTexts) -> &'static str {
        tx.route_facts
    }

    fn intro(tx: &EditorsTexts) -> &'static str {
        tx.route_facts_intro
    }

    fn blank() -> RouteFactRow {
        RouteFactRow {
            id: 0,
            kind: "involve".to_owned(),
            code: String::new(),
            condition: String::new(),
            text_nl: String::new(),
            text_en: String::new(),
            source: String::new(),
        }
    }

    fn fields(row: &RouteFactRow, _: &KnowledgeBase, tx: &Texts, _: Lang) -> Vec<FieldView> {
        let e = &tx.editors;
        vec![
            FieldView::select("kind", e.kind, &row.kind, codes(KIND_CODES)),
            FieldView::text("code", e.code, &row.code).hint(CODE_HINT),
            FieldView::text("condition", e.condition, &row.condition).hint(e.condition_hint),
            FieldView::area("text_nl", e.text_nl, &row.text_nl),
            FieldView::area("text_en", e.text_en, &row.text_en),
            FieldView::text("source", e.source, &row.source).hint(e.source_hint),
        ]
    }

    fn parse(id: i64, form: &Submitted, kb: &KnowledgeBase, p: &mut Problems) -> RouteFactRow {
        let row = RouteFactRow {
            id,
            kind: form.get("kind"),
            code: form.get("code"),
            condition: form.get("condition"),
            text_nl: form.get("text_nl"),
            text_en: form.get("text_en"),
            source: form.get("source"),
        };
        p.choice("kind", &row.kind, KIND_CODES);
        p.text("code", "code", &row.code, true);
        match row.kind.as_str() {
            "responsible" => p.choice("code", &row.code, RESPONSIBLE_CODES),
            "involve" => p.choice("code", &row.code, INVOLVE_CODES),
            _ => {}
        }
        let only: &[Dimension] = &[
            Dimension::WorkSituation,
            Dimension::Insurance,
            Dimension::EmploymentContract,
        ];
        let only = (row.kind == "responsible").then_some(only);
        p.condition("condition", &row.condition, only);
        p.text("text_nl", "text_nl", &row.text_nl, true);
        p.text("text_en", "text_en", &row.text_en, true);
        p.source("source", &row.source, kb.sources());
        row
    }

    fn columns(tx: &Texts) -> Vec<&'static str> {
        let e = &tx.editors;
        vec![e.kind, e.code, e.condition, e.source]
    }

    fn cells(row: &RouteFactRow, _: Lang) -> Vec<String> {
        vec![
            row.kind.clone(),
            row.code.clone(),
            row.condition.clone(),
            row.source.clone(),
        ]
    }
}

/// The codes a route fact's kind takes (the contract's lists).
const CODE_HINT: &str = "responsible: employer uwv employer_or_insurer uwv_or_eigenrisicodrager gemeente unknown · involve: occupational_physician arbo_professionals uwv_reintegration_counsellor uwv_intensive_services_adviser labour_expert insurer_professionals reintegration_company mental_health_care general_practitioner";
