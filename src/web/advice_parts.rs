//! The knowledge base's share of an API advice as ready JSON: for every intervention, rule,
//! funding line and route fact the pieces of the answer that do not depend on the profile
//! (names, rule texts and sources, evidence, whole exclusion reasons and funding lines),
//! escaped once per knowledge-base snapshot and language. [`crate::web::advice_writer`] copies
//! them into the answer and writes only what is the profile's own (which lines, points,
//! ranks, the route, the plan's orders and slugs, the summary). Escaping and arranging these
//! texts on every call was most of the cost of `POST /api/v1/recommendations`.

use crate::domain::knowledge::{Intervention, KnowledgeBase, Rule};
use crate::domain::lang::Lang;
use crate::domain::matching::LineKind;
use crate::domain::plan_rule::PlanRule;
use crate::domain::route::{FundingLine, RouteData, RouteFact};
use crate::web::route_view::{CodedLine, Line, funding_line};

/// The ready JSON of one knowledge-base snapshot in both languages.
pub struct AdviceParts {
    /// `{"knowledge_base_version":"..."`
    pub opening: String,
    langs: [LangParts; 2],
    /// For every intervention (by position), the positions of its funding lines, in data order.
    funding_of: Vec<Vec<usize>>,
}

/// The ready JSON in one language.
pub struct LangParts {
    pub interventions: Vec<InterventionParts>,
    /// Per funding line (by position): the object while its period runs (or without a period)
    /// and once it has passed.
    pub funding: Vec<[String; 2]>,
    /// Per route fact (by position): as `responsible`/`involve` and as `client_duty`/`to_check`.
    pub facts: Vec<[String; 2]>,
    /// Per plan rule (by position): its step around the step's own order and slugs.
    pub plan_steps: Vec<PlanStepParts>,
}

/// A plan step's ready JSON: `{"order":` n, then [`Self::head`], the step's slugs, then
/// [`Self::tail`].
pub struct PlanStepParts {
    /// `,"phase":"..","slugs":[`
    pub head: String,
    /// `],"condition":..,"text":..,"source":..}`
    pub tail: String,
}

/// One intervention's ready JSON.
pub struct InterventionParts {
    /// `{"slug":..,"name":..,"rank":`
    pub head: String,
    /// The evidence object `{"level":..,"label":..,"recognised_by":[..]}`.
    pub evidence: String,
    /// The evidence line's opening with the evidence level's points.
    pub evidence_line: LineHead,
    /// The evidence line after its points, by kind (see [`tails`]).
    pub evidence_tails: [String; 5],
    /// `{"slug":..,"name":..,"reasons":[` of the intervention excluded.
    pub excluded_head: String,
    /// By the rule's position.
    pub rules: Vec<RuleParts>,
}

/// One rule's ready JSON.
pub struct RuleParts {
    /// The ledger line's opening with the rule's points.
    pub line: LineHead,
    /// The same for the rule still to check (its text as a question to check).
    pub to_check: LineHead,
    /// The ledger line after its points, by kind (see [`tails`]).
    pub tails: [String; 5],
    /// The whole exclusion reason `{"text":..,"source":..,"rule_id":..}`.
    pub exclusion: String,
}

/// A ledger line's opening with the points its rule (or evidence level) gives:
/// `{"text":..,"points":P`. A line with other points is written from the part before `P`.
pub struct LineHead {
    json: String,
    points: f64,
    before_points: usize,
}

impl LineHead {
    fn new(text: &str, points: f64) -> Self {
        let mut json_text = format!("{{\"text\":{},\"points\":", json(text));
        let before_points = json_text.len();
        json_text.push_str(&json(&points));
        Self {
            json: json_text,
            points,
            before_points,
        }
    }

    /// The opening for a line with `points`: whole when they are the rule's own, else up to
    /// the points, which the caller then writes.
    pub fn for_points(&self, points: f64) -> (&str, bool) {
        if points.to_bits() == self.points.to_bits() {
            (&self.json, true)
        } else {
            (&self.json[..self.before_points], false)
        }
    }
}

/// `value` as JSON (a string escaped, a number as serde_json writes it).
pub fn json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).expect("strings, numbers and plain structs always serialise")
}

/// The index of `item` in `items` when it is one of them (by address: the parts are looked
/// up for the very snapshot the advice was computed on).
pub fn index_in<T>(items: &[T], item: &T) -> Option<usize> {
    let size = std::mem::size_of::<T>().max(1);
    let offset = (item as *const T as usize).checked_sub(items.as_ptr() as usize)?;
    let index = offset / size;
    (offset % size == 0 && index < items.len()).then_some(index)
}

/// A ledger line after its points, for each [`LineKind`] (indexed by [`LineKind::index`]):
/// `,"source":..,"kind":"..","rule_id":..` (no `rule_id` for the evidence line), without the
/// closing brace (`matched` may follow).
pub fn tails(source: &str, rule_id: Option<i64>) -> [String; 5] {
    LineKind::ALL.map(|kind| {
        let mut tail = format!(",\"source\":{},\"kind\":\"{}\"", json(source), kind.code());
        if let Some(id) = rule_id {
            tail.push_str(&format!(",\"rule_id\":{id}"));
        }
        tail
    })
}

fn rule_parts(rule: &Rule, lang: Lang) -> RuleParts {
    let text = rule.text.get(lang);
    RuleParts {
        line: LineHead::new(text, rule.points),
        to_check: LineHead::new(&crate::web::wording::to_check(text, lang), rule.points),
        tails: tails(&rule.source, Some(rule.id)),
        exclusion: format!(
            "{{\"text\":{},\"source\":{},\"rule_id\":{}}}",
            json(text),
            json(&rule.source),
            rule.id
        ),
    }
}

fn intervention_parts(kb: &KnowledgeBase, i: &Intervention, lang: Lang) -> InterventionParts {
    let name = json(i.name.get(lang));
    let level = kb.evidence_of(i);
    let recognised_by: Vec<&str> = i
        .recognitions
        .iter()
        .map(|r| r.institute.as_str())
        .collect();
    let evidence_text = crate::web::wording::evidence_text(level, i, lang);
    InterventionParts {
        head: format!("{{\"slug\":{},\"name\":{name},\"rank\":", json(&i.slug)),
        evidence: format!(
            "{{\"level\":{},\"label\":{},\"recognised_by\":{}}}",
            json(&level.code),
            json(level.label.get(lang)),
            json(&recognised_by)
        ),
        evidence_line: LineHead::new(&evidence_text, level.points),
        evidence_tails: tails(&i.evidence_source, None),
        excluded_head: format!("{{\"slug\":{},\"name\":{name},\"reasons\":[", json(&i.slug)),
        rules: i.rules.iter().map(|r| rule_parts(r, lang)).collect(),
    }
}

fn funding_parts(line: &FundingLine, lang: Lang) -> [String; 2] {
    // A year in and one after the period: the text says it runs, then that it has passed.
    let [running, passed] = match line.period {
        Some(period) => [period.from, period.to + 1],
        None => [0, 0],
    };
    [
        json(&funding_line(line, lang, running)),
        json(&funding_line(line, lang, passed)),
    ]
}

fn plan_step_parts(rule: &PlanRule, lang: Lang) -> PlanStepParts {
    PlanStepParts {
        head: format!(",\"phase\":{},\"slugs\":[", json(rule.phase.code())),
        tail: format!(
            "],\"condition\":{},\"text\":{},\"source\":{}}}",
            json(&rule.opens),
            json(rule.text.get(lang)),
            json(&rule.source)
        ),
    }
}

fn fact_parts(fact: &RouteFact, lang: Lang) -> [String; 2] {
    let text = fact.text.get(lang).to_owned();
    let coded = CodedLine {
        code: fact.code.clone(),
        text: text.clone(),
        source: fact.source.clone(),
    };
    let line = Line {
        text,
        source: fact.source.clone(),
    };
    [json(&coded), json(&line)]
}

impl LangParts {
    fn build(kb: &KnowledgeBase, lang: Lang) -> Self {
        let route = kb.route_data();
        Self {
            interventions: kb
                .interventions()
                .iter()
                .map(|i| intervention_parts(kb, i, lang))
                .collect(),
            funding: route
                .funding
                .iter()
                .map(|l| funding_parts(l, lang))
                .collect(),
            facts: route.facts.iter().map(|f| fact_parts(f, lang)).collect(),
            plan_steps: kb
                .plan_rules()
                .iter()
                .map(|r| plan_step_parts(r, lang))
                .collect(),
        }
    }
}

impl AdviceParts {
    /// The parts of `kb`. The state keeps them beside the knowledge base they were built
    /// from ([`crate::state::Snapshot::advice_parts`]), so an answer never mixes versions.
    pub fn new(kb: &KnowledgeBase) -> Self {
        let route: &RouteData = kb.route_data();
        Self {
            opening: format!("{{\"knowledge_base_version\":{}", json(kb.version())),
            langs: [
                LangParts::build(kb, Lang::Nl),
                LangParts::build(kb, Lang::En),
            ],
            funding_of: kb
                .interventions()
                .iter()
                .map(|i| {
                    let lines = route.funding.iter().enumerate();
                    lines
                        .filter(|(_, l)| l.intervention_slug == i.slug)
                        .map(|(position, _)| position)
                        .collect()
                })
                .collect(),
        }
    }

    /// The parts in `lang`.
    pub fn lang(&self, lang: Lang) -> &LangParts {
        &self.langs[usize::from(lang == Lang::En)]
    }

    /// The positions of the funding lines of the intervention at `position`.
    pub fn funding_of(&self, position: usize) -> &[usize] {
        &self.funding_of[position]
    }
}

#[cfg(test)]
mod tests {
    use super::{LineHead, index_in};

    #[test]
    fn a_line_head_has_its_own_points_and_leaves_others_to_the_writer() {
        let head = LineHead::new("Past \"goed\"", 2.0);
        assert_eq!(
            head.for_points(2.0),
            (r#"{"text":"Past \"goed\"","points":2.0"#, true)
        );
        assert_eq!(
            head.for_points(-0.0),
            (r#"{"text":"Past \"goed\"","points":"#, false)
        );
        assert!(!head.for_points(1.5).1);
    }

    #[test]
    fn only_an_item_of_the_slice_has_an_index() {
        let items = [10u32, 20, 30];
        assert_eq!(index_in(&items, &items[2]), Some(2));
        let elsewhere = 20u32;
        assert_eq!(index_in(&items, &elsewhere), None);
    }
}
