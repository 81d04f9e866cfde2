//! The editor of the plan rules: a step of the plan, when it applies, in which phase, about
//! which interventions, and what opens the next step.

use super::kb_editor::RowEditor;
use super::kb_fields::{FieldView, Problems, Submitted, codes};
use crate::db::rows::PlanRuleRow;
use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;
use crate::web::texts::{EditorsTexts, Texts};

/// The phases, in order.
const PHASES: &[&str] = &["first", "now", "alongside", "at_return", "afterwards"];
/// What a step may open (the contract's `condition` codes); "" for nothing.
const OPENS: &[&str] = &["", "ggz_treatment", "follow_up", "return_to_work"];

/// `/beheer/planregels`.
pub struct PlanRules;

impl RowEditor for PlanRules {
    type Row = PlanRuleRow;
    const BASE: &'static str = "/beheer/planregels";

    fn title(tx: &EditorsTexts) -> &'static str {
        tx.plan_rules
    }

    fn intro(tx: &EditorsTexts) -> &'static str {
        tx.plan_rules_intro
    }

    fn blank() -> PlanRuleRow {
        PlanRuleRow {
            id: 0,
            position: 100,
            phase: "now".to_owned(),
            slugs: String::new(),
            requires: String::new(),
            condition: String::new(),
            opens: None,
            text_nl: String::new(),
            text_en: String::new(),
            source: String::new(),
        }
    }

    fn fields(row: &PlanRuleRow, _: &KnowledgeBase, tx: &Texts, _: Lang) -> Vec<FieldView> {
        let e = &tx.editors;
        let mut opens = codes(OPENS);
        opens[0].1 = e.none.to_owned();
        vec![
            FieldView::select("phase", e.phase, &row.phase, codes(PHASES)),
            FieldView::text("position", e.position, row.position.to_string()),
            FieldView::text("slugs", e.slugs, &row.slugs).hint(e.slugs_hint),
            FieldView::text("requires", e.requires, &row.requires).hint(e.slugs_hint),
            FieldView::text("condition", e.condition, &row.condition).hint(e.condition_hint),
            FieldView::select(
                "opens",
                e.opens,
                row.opens.clone().unwrap_or_default(),
                opens,
            ),
            FieldView::area("text_nl", e.text_nl, &row.text_nl),
            FieldView::area("text_en", e.text_en, &row.text_en),
            FieldView::text("source", e.source, &row.source).hint(e.source_hint),
        ]
    }

    fn parse(id: i64, form: &Submitted, kb: &KnowledgeBase, p: &mut Problems) -> PlanRuleRow {
        let list = |name: &str| {
            form.get(name)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let row = PlanRuleRow {
            id,
            position: p.number("position", &form.get("position")),
            phase: form.get("phase"),
            slugs: list("slugs"),
            requires: list("requires"),
            condition: form.get("condition"),
            opens: Some(form.get("opens")).filter(|o| !o.is_empty()),
            text_nl: form.get("text_nl"),
            text_en: form.get("text_en"),
            source: form.get("source"),
        };
        p.choice("phase", &row.phase, PHASES);
        p.slugs("slugs", &row.slugs, kb);
        p.slugs("requires", &row.requires, kb);
        p.condition("condition", &row.condition, None);
        p.choice("opens", row.opens.as_deref().unwrap_or(""), OPENS);
        p.text("text_nl", "text_nl", &row.text_nl, true);
        p.text("text_en", "text_en", &row.text_en, true);
        p.source("source", &row.source, kb.sources());
        row
    }

    fn columns(tx: &Texts) -> Vec<&'static str> {
        let e = &tx.editors;
        vec![e.phase, e.position, e.slugs, e.condition, e.source]
    }

    fn cells(row: &PlanRuleRow, _: Lang) -> Vec<String> {
        vec![
            row.phase.clone(),
            row.position.to_string(),
            row.slugs.clone(),
            row.condition.clone(),
            row.source.clone(),
        ]
    }
}
