//! The editor of the route facts: who holds the regie, who else is involved, the client's duty
//! and what is still to check (Panteia 2021, 1.1; Samenwerken 2017).

use super::field_errors::FieldErrors;
use super::kb_editor::RowEditor;
use super::kb_fields::{FieldView, Submitted, labelled};
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
    const COLUMNS: &'static [&'static str] = &["kind", "code", "condition", "source"];

    fn heading(tx: &EditorsTexts) -> [&'static str; 2] {
        [tx.route_facts, tx.route_facts_intro]
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
        let kinds = labelled(KIND_CODES, |code| kind_label(code, tx).to_owned());
        vec![
            FieldView::select("kind", e.kind, &row.kind, kinds),
            FieldView::text("code", e.code, &row.code).hint(CODE_HINT),
            FieldView::text("condition", e.condition, &row.condition).hint(e.condition_hint),
            FieldView::area("text_nl", e.text_nl, &row.text_nl),
            FieldView::area("text_en", e.text_en, &row.text_en),
            FieldView::text("source", e.source, &row.source).hint(e.source_hint),
        ]
    }

    fn parse(id: i64, form: &Submitted, kb: &KnowledgeBase, e: &mut FieldErrors) -> RouteFactRow {
        let row = RouteFactRow {
            id,
            kind: form.get("kind"),
            code: form.get("code"),
            condition: form.get("condition"),
            text_nl: form.get("text_nl"),
            text_en: form.get("text_en"),
            source: form.get("source"),
        };
        e.check_choice("kind", &row.kind, KIND_CODES);
        e.required_text("code", "code", &row.code);
        match row.kind.as_str() {
            "responsible" => e.check_choice("code", &row.code, RESPONSIBLE_CODES),
            "involve" => e.check_choice("code", &row.code, INVOLVE_CODES),
            _ => {}
        }
        let only: &[Dimension] = &[
            Dimension::WorkSituation,
            Dimension::Insurance,
            Dimension::EmploymentContract,
        ];
        let only = (row.kind == "responsible").then_some(only);
        e.check_condition("condition", &row.condition, only);
        e.required_text("text_nl", "text_nl", &row.text_nl);
        e.required_text("text_en", "text_en", &row.text_en);
        e.citation("source", &row.source, kb.sources());
        row
    }
}

/// A route fact's kind as the advice's route section heads it.
fn kind_label(code: &str, tx: &Texts) -> &'static str {
    match code {
        "responsible" => tx.route.responsible,
        "involve" => tx.route.involve,
        "client_duty" => tx.route.client_duty,
        "to_check" => tx.route.to_check,
        _ => "",
    }
}

/// The codes a route fact's kind takes (the contract's lists).
const CODE_HINT: &str = "responsible: employer uwv employer_or_insurer uwv_or_eigenrisicodrager gemeente unknown · involve: occupational_physician arbo_professionals uwv_reintegration_counsellor uwv_intensive_services_adviser labour_expert insurer_professionals reintegration_company mental_health_care general_practitioner";
