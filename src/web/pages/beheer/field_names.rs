//! How the edit forms name the fields of a stored item and the codes of its choices, in the
//! page's language: what the conflict page and the logbook show instead of raw paths
//! (`name_nl`, `texts[goal].text_en`, `regions[2]`) and codes (`individual`, `employer`).
//! Each editor says its own names (the labels of its form); [`for_entity`] finds the editor of
//! an audit-log entry. A path no form names keeps its raw form.

use serde_json::Value;

use super::form::display;
use super::funding::Funding;
use super::kb_editor::RowEditor;
use super::kb_fields::FieldView;
use super::plan_rules::PlanRules;
use super::route_facts::RouteFacts;
use super::{intervention_input, rule_input, social};
use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;

/// One named field: a path, in which `[]` stands for any element of a list, its label
/// (`{n}` there is the element's key, a position counted from 1) and its choices.
struct Named {
    path: String,
    label: String,
    choices: Vec<(String, String)>,
}

/// The names of one kind of item's fields, in one language.
#[derive(Default)]
pub struct FieldNames {
    named: Vec<Named>,
}

impl FieldNames {
    /// The names of a form's fields: each field's name is the item's path, its label and its
    /// choices' labels are the form's.
    pub fn of_fields(fields: &[FieldView]) -> Self {
        let mut names = Self::default();
        for f in fields {
            names.choices(f.name, f.label, f.options.clone());
        }
        names
    }

    /// Names the field at `path`.
    pub fn add(&mut self, path: impl Into<String>, label: impl Into<String>) -> &mut Self {
        self.choices(path, label, Vec::new())
    }

    /// Names the field at `path` and the codes it takes: (code, label).
    pub fn choices(
        &mut self,
        path: impl Into<String>,
        label: impl Into<String>,
        choices: Vec<(String, String)>,
    ) -> &mut Self {
        self.named.push(Named {
            path: path.into(),
            label: label.into(),
            choices,
        });
        self
    }

    fn find(&self, path: &str) -> Option<(&Named, Option<String>)> {
        if let Some(named) = self.named.iter().find(|n| n.path == path) {
            return Some((named, None));
        }
        let (general, key) = general(path)?;
        let named = self.named.iter().find(|n| n.path == general)?;
        Some((named, Some(key)))
    }

    /// The label of the field at `path`, if a form names it.
    pub fn label(&self, path: &str) -> Option<String> {
        let (named, key) = self.find(path)?;
        let n = key.map(|k| k.parse::<usize>().map_or(k, |i| (i + 1).to_string()));
        Some(named.label.replace("{n}", n.as_deref().unwrap_or("")))
    }

    /// `value` of the field at `path` as the form shows it: a code by its choice's label.
    pub fn value(&self, path: &str, value: &Value) -> String {
        let shown = display(value);
        self.find(path)
            .and_then(|(named, _)| named.choices.iter().find(|(code, _)| *code == shown))
            .map_or(shown, |(_, label)| label.clone())
    }
}

/// `path` with its last list element as `[]`, and that element's key.
fn general(path: &str) -> Option<(String, String)> {
    let open = path.rfind('[')?;
    let close = open + path[open..].find(']')?;
    let key = path[open + 1..close].to_owned();
    Some((format!("{}[]{}", &path[..open], &path[close + 1..]), key))
}

/// The names of the fields of the item an audit-log entry is about ("routefeit 3",
/// "interventie ips", "regel 12", "regio twente", "aanbod #4"); none for a whole import.
pub fn for_entity(entity: &str, kb: &KnowledgeBase, lang: Lang) -> FieldNames {
    let kind = entity.split_once(' ').map_or(entity, |(kind, _)| kind);
    match kind {
        "routefeit" => RouteFacts::names(kb, lang),
        "financiering" => Funding::names(kb, lang),
        "planregel" => PlanRules::names(kb, lang),
        "interventie" => intervention_input::names(kb, lang),
        "regel" => rule_input::names(kb, lang),
        "regio" | "organisatie" | "aanbod" => social::names(kind, kb, lang),
        _ => FieldNames::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_path_gets_its_label_and_a_code_its_choice() {
        let mut names = FieldNames::default();
        names.add("name_nl", "Naam (nl)").choices(
            "regions[]",
            "Regio {n}",
            vec![("twente".into(), "Twente".into())],
        );
        assert_eq!(names.label("name_nl").as_deref(), Some("Naam (nl)"));
        assert_eq!(names.label("regions[0]").as_deref(), Some("Regio 1"));
        assert_eq!(names.value("regions[1]", &json!("twente")), "Twente");
        assert_eq!(names.value("regions[1]", &json!("elders")), "elders");
        assert_eq!(names.label("points"), None);
        assert_eq!(names.value("points", &json!(1.5)), "1.5");
    }
}
