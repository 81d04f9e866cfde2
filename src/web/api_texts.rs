//! The knowledge base's texts as ready JSON: every intervention name, rule text and source
//! escaped once per knowledge-base version, so that an API answer copies them instead of
//! escaping them again on every call (escaping the answer's texts byte by byte was the
//! largest single cost of `POST /api/v1/recommendations`). Only the per-profile parts (which
//! lines, points, ranks, the route, plan and summary) are written per call.

use std::borrow::Cow;
use std::sync::{Arc, RwLock};

use serde::Serialize;
use serde_json::value::RawValue;

use crate::domain::knowledge::{Intervention, KnowledgeBase, Rule};
use crate::domain::lang::Lang;

/// A text in an answer: ready JSON from [`JsonTexts`], or one made for this answer.
#[derive(Serialize)]
#[serde(untagged)]
pub enum Text<'a> {
    Ready(&'a RawValue),
    Made(Cow<'a, str>),
}

impl<'a> From<&'a str> for Text<'a> {
    fn from(text: &'a str) -> Self {
        Self::Made(Cow::Borrowed(text))
    }
}

impl From<String> for Text<'_> {
    fn from(text: String) -> Self {
        Self::Made(Cow::Owned(text))
    }
}

/// A text in both languages, as JSON strings.
struct Both([Box<RawValue>; 2]);

impl Both {
    fn get(&self, lang: Lang) -> &RawValue {
        &self.0[usize::from(lang == Lang::En)]
    }
}

struct RuleTexts {
    text: Both,
    source: Box<RawValue>,
}

struct InterventionTexts {
    name: Both,
    rules: Vec<RuleTexts>,
}

/// The ready JSON of one knowledge-base version, by intervention and rule position.
pub struct JsonTexts {
    version: String,
    interventions: Vec<InterventionTexts>,
}

/// A string as a JSON string literal.
fn literal(text: &str) -> Box<RawValue> {
    let json = serde_json::to_string(text).expect("a string always serialises");
    RawValue::from_string(json).expect("a serialised string is valid JSON")
}

fn both(text: &crate::domain::lang::Localized) -> Both {
    Both([literal(text.get(Lang::Nl)), literal(text.get(Lang::En))])
}

/// The index of `item` in `items` when it is one of them (by address: the texts are looked
/// up for the very snapshot the advice was computed on).
fn index_in<T>(items: &[T], item: &T) -> Option<usize> {
    let size = std::mem::size_of::<T>().max(1);
    let offset = (item as *const T as usize).checked_sub(items.as_ptr() as usize)?;
    let index = offset / size;
    (offset % size == 0 && index < items.len()).then_some(index)
}

impl JsonTexts {
    fn build(kb: &KnowledgeBase) -> Self {
        let interventions = kb
            .interventions()
            .iter()
            .map(|i| InterventionTexts {
                name: both(&i.name),
                rules: i
                    .rules
                    .iter()
                    .map(|r| RuleTexts {
                        text: both(&r.text),
                        source: literal(&r.source),
                    })
                    .collect(),
            })
            .collect();
        Self {
            version: kb.version().to_owned(),
            interventions,
        }
    }

    /// The texts of `kb`: built on the first call for its version, then shared. The version
    /// is a digest of the whole content, so equal versions have equal texts.
    pub fn of(kb: &KnowledgeBase) -> Arc<Self> {
        static CURRENT: RwLock<Option<Arc<JsonTexts>>> = RwLock::new(None);
        let read = CURRENT.read().unwrap_or_else(|p| p.into_inner());
        if let Some(texts) = read.as_ref().filter(|t| t.version == kb.version()) {
            return Arc::clone(texts);
        }
        drop(read);
        let texts = Arc::new(Self::build(kb));
        *CURRENT.write().unwrap_or_else(|p| p.into_inner()) = Some(Arc::clone(&texts));
        texts
    }

    fn intervention(&self, kb: &KnowledgeBase, i: &Intervention) -> Option<&InterventionTexts> {
        self.interventions.get(index_in(kb.interventions(), i)?)
    }

    fn rule(&self, kb: &KnowledgeBase, i: &Intervention, rule: &Rule) -> Option<&RuleTexts> {
        self.intervention(kb, i)?
            .rules
            .get(index_in(&i.rules, rule)?)
    }

    /// The intervention's name.
    pub fn name<'a>(&'a self, kb: &KnowledgeBase, i: &'a Intervention, lang: Lang) -> Text<'a> {
        match self.intervention(kb, i) {
            Some(texts) => Text::Ready(texts.name.get(lang)),
            None => i.name.get(lang).into(),
        }
    }

    /// A rule's text.
    pub fn rule_text<'a>(
        &'a self,
        kb: &KnowledgeBase,
        i: &Intervention,
        rule: &'a Rule,
        lang: Lang,
    ) -> Text<'a> {
        match self.rule(kb, i, rule) {
            Some(texts) => Text::Ready(texts.text.get(lang)),
            None => rule.text.get(lang).into(),
        }
    }

    /// A rule's source.
    pub fn rule_source<'a>(
        &'a self,
        kb: &KnowledgeBase,
        i: &Intervention,
        rule: &'a Rule,
    ) -> Text<'a> {
        match self.rule(kb, i, rule) {
            Some(texts) => Text::Ready(&texts.source),
            None => rule.source.as_str().into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::index_in;

    #[test]
    fn only_an_item_of_the_slice_has_an_index() {
        let items = [10u32, 20, 30];
        assert_eq!(index_in(&items, &items[2]), Some(2));
        let elsewhere = 20u32;
        assert_eq!(index_in(&items, &elsewhere), None);
    }
}
