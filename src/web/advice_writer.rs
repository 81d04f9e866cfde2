//! Writes the API's advice straight into one buffer: the knowledge base's ready JSON from
//! [`AdviceParts`] and the profile's own parts (ranks, scores, tiers, points, matched
//! barriers, route, plan, summary, providers) between them, without building the
//! [`AdviceJson`](crate::web::advice_json::AdviceJson) view first. The bytes are those of
//! serialising `AdviceJson` (`tests/it/api_bytes.rs` checks it on generated profiles);
//! `AdviceJson` stays the documented shape and the CDS service's source.

use serde::Serialize;

use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;
use crate::domain::matching::{Advice, Exclusion, Line, LineKind, Recommendation};
use crate::domain::plan::{PlanStep, plan, summary};
use crate::domain::profile::{AnswerMasks, ClientProfile};
use crate::domain::route::{self, RouteData};
use crate::web::advice_parts::{AdviceParts, LangParts, index_in};
use crate::web::route_view::this_year;
use crate::web::wording::summary_text;

/// What an answer is written from.
struct Writer<'a> {
    out: Vec<u8>,
    kb: &'a KnowledgeBase,
    parts: &'a LangParts,
    all: &'a AdviceParts,
    answers: AnswerMasks,
    year: i32,
}

/// The whole answer of `POST /api/v1/recommendations` for `profile`, whose advice is
/// `advice`, in `lang`, from `parts` (the ready JSON of `kb`), written into a buffer of
/// `capacity` bytes to begin with.
pub fn advice_json(
    kb: &KnowledgeBase,
    profile: &ClientProfile,
    advice: &Advice<'_>,
    parts: &AdviceParts,
    lang: Lang,
    capacity: usize,
) -> Vec<u8> {
    let mut w = Writer {
        out: Vec::with_capacity(capacity),
        kb,
        parts: parts.lang(lang),
        all: parts,
        answers: profile.answer_masks(),
        year: this_year(),
    };
    w.push(&parts.opening);
    w.push(",\"route\":");
    w.route(kb.route_data(), profile);
    let steps = plan(kb.plan_rules(), profile, advice);
    w.push(",\"summary\":");
    w.value(&summary_text(&summary(advice, &steps), lang));
    w.push(",\"plan\":[");
    for (n, step) in steps.iter().enumerate() {
        w.comma(n);
        w.plan_step(step);
    }
    w.push("]");
    w.push(",\"recommendations\":[");
    for (n, r) in advice.recommendations.iter().enumerate() {
        w.comma(n);
        w.recommendation(r, profile.region.as_deref(), lang);
    }
    w.push("],\"excluded\":[");
    for (n, e) in advice.excluded.iter().enumerate() {
        w.comma(n);
        w.exclusion(e);
    }
    w.push("]}");
    w.out
}

impl<'a> Writer<'a> {
    /// The ready JSON in the answer's language.
    fn lang(&self) -> &'a LangParts {
        self.parts
    }

    fn push(&mut self, json: &str) {
        self.out.extend_from_slice(json.as_bytes());
    }

    /// A comma before every item but the first (`n` the item's place).
    fn comma(&mut self, n: usize) {
        if n > 0 {
            self.out.push(b',');
        }
    }

    /// Any value as serde_json writes it (strings escaped, numbers in its own notation).
    fn value<T: Serialize + ?Sized>(&mut self, value: &T) {
        serde_json::to_writer(&mut self.out, value)
            .expect("writing strings, numbers and plain structs into a Vec cannot fail");
    }

    /// One of our own codes (ASCII letters and underscores: nothing to escape) as a string.
    fn code(&mut self, code: &str) {
        self.out.push(b'"');
        self.push(code);
        self.out.push(b'"');
    }

    fn route(&mut self, data: &RouteData, profile: &ClientProfile) {
        let Some(route) = route::route(data, profile) else {
            return self.push("null");
        };
        let fact = |f| index_in(&data.facts, f).expect("a fact of this knowledge base");
        let parts = self.parts;
        self.push("{\"responsible\":");
        self.push(&parts.facts[fact(route.responsible)][0]);
        self.push(",\"involve\":[");
        for (n, f) in route.involve.iter().enumerate() {
            self.comma(n);
            self.push(&parts.facts[fact(f)][0]);
        }
        self.push("],\"client_duty\":");
        match route.client_duty {
            Some(f) => self.push(&parts.facts[fact(f)][1]),
            None => self.push("null"),
        }
        self.push(",\"to_check\":[");
        for (n, f) in route.to_check.iter().enumerate() {
            self.comma(n);
            self.push(&parts.facts[fact(f)][1]);
        }
        self.push("]}");
    }

    fn plan_step(&mut self, step: &PlanStep<'_>) {
        let at =
            index_in(self.kb.plan_rules(), step.rule).expect("a plan rule of this knowledge base");
        let parts = &self.parts.plan_steps[at];
        self.push("{\"order\":");
        self.value(&step.order);
        self.push(&parts.head);
        for (n, slug) in step.slugs.iter().enumerate() {
            self.comma(n);
            self.value(slug);
        }
        self.push(&parts.tail);
    }

    fn recommendation(&mut self, r: &Recommendation<'_>, region: Option<&str>, lang: Lang) {
        let position = index_in(self.kb.interventions(), r.intervention)
            .expect("an intervention of this knowledge base");
        let parts = &self.lang().interventions[position];
        self.push(&parts.head);
        self.value(&r.rank);
        self.push(",\"score\":");
        self.value(&r.score);
        self.push(",\"tier\":");
        self.code(r.tier.code());
        self.push(",\"evidence\":");
        self.push(&parts.evidence);
        self.push(",\"reasons\":[");
        self.lines(&r.reasons, r, position);
        self.push("],\"caveats\":[");
        self.lines(&r.caveats, r, position);
        self.push("],\"funding\":[");
        self.funding(position);
        self.push("]");
        if let Some(region) = region {
            self.push(",\"providers\":");
            let providers = crate::web::api::provider_list(
                self.kb,
                Some(region),
                Some(&r.intervention.slug),
                lang,
            );
            self.value(&providers);
        }
        self.push("}");
    }

    fn lines(&mut self, lines: &[Line<'_>], r: &Recommendation<'_>, position: usize) {
        let parts = &self.lang().interventions[position];
        for (n, line) in lines.iter().enumerate() {
            self.comma(n);
            let (head, tails) = match line.rule {
                None => (&parts.evidence_line, &parts.evidence_tails),
                Some(rule) => {
                    let at =
                        index_in(&r.intervention.rules, rule).expect("a rule of this intervention");
                    let rule = &parts.rules[at];
                    match line.kind {
                        LineKind::ToCheck => (&rule.to_check, &rule.tails),
                        _ => (&rule.line, &rule.tails),
                    }
                }
            };
            let (head, with_points) = head.for_points(line.points);
            self.push(head);
            if !with_points {
                self.value(&line.points);
            }
            self.push(&tails[line.kind.index()]);
            let matched = line.matched();
            if !matched.is_empty() {
                self.push(",\"matched\":[");
                for (n, code) in matched.into_iter().enumerate() {
                    self.comma(n);
                    self.code(code);
                }
                self.push("]");
            }
            self.push("}");
        }
    }

    /// The funding lines of the intervention at `position` that hold for these answers.
    fn funding(&mut self, position: usize) {
        let (data, all, lang) = (self.kb.route_data(), self.all, self.parts);
        let mut n = 0;
        for &at in all.funding_of(position) {
            let line = &data.funding[at];
            if !line.condition.holds(&self.answers) {
                continue;
            }
            self.comma(n);
            n += 1;
            let passed = line.period.is_some_and(|p| p.has_passed(self.year));
            self.push(&lang.funding[at][usize::from(passed)]);
        }
    }

    fn exclusion(&mut self, e: &Exclusion<'_>) {
        let position = index_in(self.kb.interventions(), e.intervention)
            .expect("an intervention of this knowledge base");
        let parts = &self.lang().interventions[position];
        self.push(&parts.excluded_head);
        for (n, rule) in e.rules.iter().enumerate() {
            self.comma(n);
            let at = index_in(&e.intervention.rules, *rule).expect("a rule of this intervention");
            self.push(&parts.rules[at].exclusion);
        }
        self.push("],\"current\":");
        self.push(if e.current { "true" } else { "false" });
        self.push("}");
    }
}
