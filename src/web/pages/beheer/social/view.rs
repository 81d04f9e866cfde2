//! The entry form as a page: its fields with labels, choices and errors at the field.

use askama::Template;
use askama_web::WebTemplate;

use super::entry::{Entry, Input};
use crate::db::social_edit::KINDS;
use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;
use crate::state::AppState;
use crate::web::pages::Chrome;
use crate::web::pages::beheer::field_names::FieldNames;
use crate::web::pages::beheer::form::FieldErrors;
use crate::web::pages::beheer::{Admin, field};
use crate::web::texts::{self, Texts};

/// One choice of a select or a group of checkboxes.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// One field of the form, ready to show.
pub struct FieldView {
    pub name: &'static str,
    /// The message at this field, if any.
    pub error: Option<String>,
    pub label: &'static str,
    pub value: String,
    /// `key`, `fixed`, `text`, `date`, `area`, `select` or `checks`.
    pub kind: &'static str,
    pub options: Vec<Choice>,
}

/// The form of one entry.
#[derive(Template, WebTemplate)]
#[template(path = "beheer/social_entry.html")]
pub struct EntryPage {
    chrome: Chrome,
    csrf: String,
    title: String,
    action: String,
    delete_action: Option<String>,
    fields: Vec<FieldView>,
    errors: FieldErrors,
    saved: bool,
    fingerprint: String,
}

/// The label of an organisation kind.
pub fn kind_label(code: &str, tx: &'static Texts) -> &'static str {
    let f = &tx.social_field;
    match code {
        "ggz" => f.kind_ggz,
        "uwv" => f.kind_uwv,
        "gemeente" => f.kind_gemeente,
        "re-integratiebedrijf" => f.kind_re_integratiebedrijf,
        "clientorganisatie" => f.kind_clientorganisatie,
        "ervaringsdeskundigen" => f.kind_ervaringsdeskundigen,
        "sociaal-leerwerkbedrijf" => f.kind_sociaal_leerwerkbedrijf,
        "verzekeraar" => f.kind_verzekeraar,
        _ => f.kind_anders,
    }
}

/// The choices of a field filled in as `input`: (code, label).
pub(super) fn options(input: Input, kb: &KnowledgeBase, lang: Lang) -> Vec<(String, String)> {
    let (tx, map) = (texts::for_lang(lang), kb.social_map());
    match input {
        Input::Kind => KINDS
            .iter()
            .map(|k| ((*k).to_owned(), kind_label(k, tx).to_owned()))
            .collect(),
        Input::Organisation => map
            .organisations
            .iter()
            .map(|o| (o.id.clone(), o.name.clone()))
            .collect(),
        Input::Intervention => {
            std::iter::once((String::new(), tx.social_field.other_product.to_owned()))
                .chain(
                    kb.interventions()
                        .iter()
                        .map(|i| (i.slug.clone(), i.name.get(lang).to_owned())),
                )
                .collect()
        }
        Input::Regions => map
            .regions
            .iter()
            .map(|r| (r.code.clone(), r.name.clone()))
            .collect(),
        Input::Key | Input::Text | Input::Date | Input::Area => Vec::new(),
    }
}

/// What a page shows besides the fields: the entry, its fingerprint, errors, "saved".
pub(super) struct Shown<'a> {
    pub(super) entry: Entry,
    pub(super) key: Option<&'a str>,
    pub(super) fingerprint: String,
    pub(super) errors: FieldErrors,
    pub(super) saved: bool,
}

pub(super) fn page(
    state: &AppState,
    admin: &Admin,
    pairs: &[(String, String)],
    shown: Shown<'_>,
) -> EntryPage {
    let Shown {
        entry,
        key,
        fingerprint,
        mut errors,
        saved,
    } = shown;
    let lang = admin.lang;
    let tx = texts::for_lang(lang);
    let kb = state.knowledge_base();
    let choices = |name: &str, options: Vec<(String, String)>| {
        let chosen: Vec<&str> = pairs
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect();
        options
            .into_iter()
            .map(|(value, label)| Choice {
                selected: chosen.contains(&value.as_str()),
                value,
                label,
            })
            .collect::<Vec<_>>()
    };
    let fields: Vec<FieldView> = entry
        .fields()
        .iter()
        .map(|&(name, input)| {
            let kind = match input {
                Input::Key if key.is_some() => "fixed",
                Input::Key | Input::Text => "text",
                Input::Date => "date",
                Input::Area => "area",
                Input::Kind | Input::Organisation | Input::Intervention => "select",
                Input::Regions => "checks",
            };
            let options = choices(name, options(input, &kb, lang));
            let label = field_label(name, lang);
            errors.label(name, label);
            FieldView {
                name,
                error: errors.at(name),
                label,
                value: field(pairs, name).to_owned(),
                kind,
                options,
            }
        })
        .collect();
    let base = format!("/beheer/sociale-kaart/{}", entry.path());
    let what = match entry {
        Entry::Region => tx.social_entry.regio,
        Entry::Organisation => tx.social_entry.organisatie,
        Entry::Service => tx.social_entry.aanbod,
    };
    EntryPage {
        chrome: Chrome::new(lang, "/beheer/sociale-kaart", "beheer"),
        csrf: admin.session.csrf_token.clone(),
        title: match key {
            Some(key) => format!("{what} {key}"),
            None => format!("{what}: {}", tx.beheer.new_entry),
        },
        action: key.map_or_else(|| base.clone(), |k| format!("{base}/{k}")),
        delete_action: key.map(|k| format!("{base}/{k}/verwijderen")),
        fields,
        errors,
        saved,
        fingerprint,
    }
}
/// The label of a field of the entry form.
pub(super) fn field_label(name: &str, lang: Lang) -> &'static str {
    let tx = &texts::for_lang(lang).social_field;
    match name {
        "code" => tx.code,
        "id" => tx.id,
        "name" => tx.name,
        "kind" => tx.kind,
        "website" => tx.website,
        "contact" => tx.contact,
        "description_nl" => tx.description_nl,
        "description_en" => tx.description_en,
        "source" => tx.source,
        "last_checked" => tx.last_checked,
        "organisation_id" => tx.organisation_id,
        "intervention" => tx.intervention,
        "product" => tx.product,
        "notes_nl" => tx.notes_nl,
        "notes_en" => tx.notes_en,
        "region" => tx.region,
        _ => "",
    }
}

/// The names of a stored entry's fields and choices, as the form shows them; `kind` is the
/// audit log's word for the entry ("regio", "organisatie", "aanbod", as in its path).
pub fn names(kind: &str, kb: &KnowledgeBase, lang: Lang) -> FieldNames {
    let mut names = FieldNames::default();
    let Some(entry) = Entry::from_path(kind) else {
        return names;
    };
    for &(name, input) in entry.fields() {
        // A service is stored with its intervention's slug and a list of regions.
        let path = match name {
            "intervention" => "intervention_slug",
            "region" => "regions[]",
            other => other,
        };
        names.choices(path, field_label(name, lang), options(input, kb, lang));
    }
    names.add("id", field_label("id", lang));
    names
}
