//! The editor of the plan rules: a step of the plan, when it applies, in which phase, about
//! which interventions, and what opens the next step.

use super::field_errors::FieldErrors;
use super::kb_editor::RowEditor;
use super::kb_fields::{FieldView, Submitted, labelled};
use crate::db::rows::PlanRuleRow;
use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;
use crate::domain::plan_rule::Phase;
use crate::web::plan_view::{opens_label, phase_label};
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
    const COLUMNS: &'static [&'static str] = &["phase", "position", "slugs", "condition", "source"];

    fn heading(tx: &EditorsTexts) -> [&'static str; 2] {
        [tx.plan_rules, tx.plan_rules_intro]
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

    fn fields(row: &PlanRuleRow, _: &KnowledgeBase, tx: &Texts, lang: Lang) -> Vec<FieldView> {
        let e = &tx.editors;
        let phases = labelled(PHASES, |code| {
            Phase::from_code(code)
                .map_or("", |p| phase_label(p, lang))
                .to_owned()
        });
        let mut opens = labelled(OPENS, |code| {
            opens_label(code, lang).unwrap_or("").to_owned()
        });
        opens[0].1 = e.none.to_owned();
        vec![
            FieldView::select("phase", e.phase, &row.phase, phases),
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

    fn parse(id: i64, form: &Submitted, kb: &KnowledgeBase, e: &mut FieldErrors) -> PlanRuleRow {
        let list = |name: &str| {
            form.get(name)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let row = PlanRuleRow {
            id,
            position: e.number("position", &form.get("position")),
            phase: form.get("phase"),
            slugs: list("slugs"),
            requires: list("requires"),
            condition: form.get("condition"),
            opens: Some(form.get("opens")).filter(|o| !o.is_empty()),
            text_nl: form.get("text_nl"),
            text_en: form.get("text_en"),
            source: form.get("source"),
        };
        e.check_choice("phase", &row.phase, PHASES);
        e.check_slugs("slugs", &row.slugs, kb);
        e.check_slugs("requires", &row.requires, kb);
        e.check_condition("condition", &row.condition, None);
        e.check_choice("opens", row.opens.as_deref().unwrap_or(""), OPENS);
        e.required_text("text_nl", "text_nl", &row.text_nl);
        e.required_text("text_en", "text_en", &row.text_en);
        e.citation("source", &row.source, kb.sources());
        row
    }
}
