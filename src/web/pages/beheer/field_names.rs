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
use crate::web::texts;

/// One named field: a path, in which `[]` stands for any element of a list, its label (`{key}`
/// there is the element's key, `{n}` the same counted from 1 when it is a position) and its
/// choices.
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
        let key = key.unwrap_or_default();
        let n = key
            .parse::<usize>()
            .map_or(key.clone(), |i| (i + 1).to_string());
        Some(named.label.replace("{key}", &key).replace("{n}", &n))
    }

    /// Names the fields of each element of the list at `list` as `inner` names them (less the
    /// prefix `strip` of its paths), each label starting with `item {key}: `. Fields inside a
    /// list of their own stay unnamed.
    pub fn nest(&mut self, list: &str, item: &str, inner: FieldNames, strip: &str) -> &mut Self {
        for named in inner.named.into_iter().filter(|n| !n.path.contains("[]")) {
            let path = named.path.strip_prefix(strip).unwrap_or(&named.path);
            self.named.push(Named {
                path: format!("{list}[].{path}"),
                label: format!("{item} {{key}}: {}", named.label),
                choices: named.choices,
            });
        }
        self
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
/// "interventie ips", "regel 12", "regio twente", "aanbod #4", "kennisbank" for an import).
pub fn for_entity(entity: &str, kb: &KnowledgeBase, lang: Lang) -> FieldNames {
    let kind = entity.split_once(' ').map_or(entity, |(kind, _)| kind);
    match kind {
        "routefeit" => RouteFacts::names(kb, lang),
        "financiering" => Funding::names(kb, lang),
        "planregel" => PlanRules::names(kb, lang),
        "interventie" => intervention_input::names(kb, lang),
        "regel" => rule_input::names(kb, lang),
        "regio" | "organisatie" | "aanbod" => social::names(kind, kb, lang),
        "kennisbank" => import_names(kb, lang, "social_map."),
        "sociale" => import_names(kb, lang, ""),
        _ => FieldNames::default(),
    }
}

/// The names of the fields of a whole knowledge base (an export's tables) or, with `social` as
/// "", of a whole sociale kaart: each row's fields as its editor names them.
fn import_names(kb: &KnowledgeBase, lang: Lang, social: &str) -> FieldNames {
    let word = |kind: &str| item_word(kind, lang);
    let mut names = FieldNames::default();
    if !social.is_empty() {
        let intervention = intervention_input::names(kb, lang);
        names
            .nest(
                "interventions",
                word("interventie"),
                intervention,
                "intervention.",
            )
            .nest("rules", word("regel"), rule_input::names(kb, lang), "")
            .nest(
                "route_facts",
                word("routefeit"),
                RouteFacts::names(kb, lang),
                "",
            )
            .nest(
                "funding_lines",
                word("financiering"),
                Funding::names(kb, lang),
                "",
            )
            .nest(
                "plan_rules",
                word("planregel"),
                PlanRules::names(kb, lang),
                "",
            );
    }
    for (list, kind) in [
        ("regions", "regio"),
        ("organisations", "organisatie"),
        ("services", "aanbod"),
    ] {
        let inner = social::names(kind, kb, lang);
        names.nest(&format!("{social}{list}"), word(kind), inner, "");
    }
    names
}

/// The kind of item an audit-log entry names ("routefeit", "aanbod"), in `lang`.
fn item_word(kind: &str, lang: Lang) -> &'static str {
    let tx = texts::for_lang(lang);
    match kind {
        "routefeit" => tx.editors.route_fact,
        "financiering" => tx.editors.funding_line,
        "planregel" => tx.editors.plan_rule,
        "interventie" => tx.editors.intervention,
        "regel" => tx.beheer.rule,
        "regio" => tx.social_entry.regio,
        "organisatie" => tx.social_entry.organisatie,
        "aanbod" => tx.social_entry.aanbod,
        "kennisbank" => tx.editors.knowledge_base,
        "sociale" => tx.editors.social_map_csv,
        _ => "",
    }
}

/// What an audit-log entry is about, in `lang`: "Funding line 3" for "financiering 3"; an
/// intervention or organisation by its name in `kb` ("Organisatie Parnassia Groep", not
/// "organisatie parnassia"), by its code when `kb` no longer has it; the entry's own words
/// where the kind is unknown.
pub fn entity_label(entity: &str, kb: &KnowledgeBase, lang: Lang) -> String {
    let (kind, rest) = entity.split_once(' ').unwrap_or((entity, ""));
    let name = match kind {
        "interventie" => kb.intervention(rest).map(|i| i.name.get(lang)),
        "organisatie" => kb.social_map().organisation(rest).map(|o| o.name.as_str()),
        _ => None,
    };
    match item_word(kind, lang) {
        "" => entity.to_owned(),
        word if kind == "sociale" || rest.is_empty() => word.to_owned(),
        word => format!("{word} {}", name.unwrap_or(rest)),
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
        let mut import = FieldNames::default();
        import.nest("rules", "Regel", names, "");
        assert_eq!(
            import.label("rules[12].name_nl").as_deref(),
            Some("Regel 12: Naam (nl)")
        );
        let kb = KnowledgeBase::new(Default::default()).expect("an empty knowledge base");
        assert_eq!(
            entity_label("financiering 3", &kb, Lang::En),
            "Funding line 3"
        );
        assert_eq!(
            entity_label("sociale kaart (CSV)", &kb, Lang::En),
            "Sociale kaart (CSV import)"
        );
        assert_eq!(entity_label("iets 3", &kb, Lang::Nl), "iets 3");
        // An item the knowledge base no longer has keeps its code.
        assert_eq!(
            entity_label("organisatie verdwenen", &kb, Lang::Nl),
            "Organisatie verdwenen"
        );
    }
}
