//! The fixed texts of the pages, in Dutch and English: one typed catalogue per language.
//!
//! Every text is a field of [`Texts`], grouped by page area (`tx.home.title`,
//! `tx.form.section_profile`). A group is declared once with the [`texts!`] macro as
//! `field: ("Nederlands", "English")`, so a text without its translation does not compile.
//! Pages get the catalogue of their language with [`for_lang`] (templates: `chrome.tx`).

/// Declares one group of texts: a struct with one `&'static str` field per text, and its
/// Dutch (`NL`) and English (`EN`) values. Each entry is `field: ("Nederlands", "English")`.
macro_rules! texts {
    ($(#[$meta:meta])* $name:ident { $($field:ident: ($nl:literal, $en:literal $(,)?),)* }) => {
        $(#[$meta])*
        #[derive(Debug)]
        pub struct $name {
            $(#[doc = $nl] pub $field: &'static str,)*
        }

        impl $name {
            /// The Dutch texts.
            pub const NL: Self = Self { $($field: $nl,)* };
            /// The English texts.
            pub const EN: Self = Self { $($field: $en,)* };

        }
    };
}

/// Declares [`Texts`] from its groups: one field per group.
macro_rules! catalogue {
    ($($group:ident: $module:ident::$ty:ident,)*) => {
        /// All fixed texts of the pages in one language.
        #[derive(Debug)]
        pub struct Texts {
            $(#[doc = concat!("The `", stringify!($group), ".*` texts.")] pub $group: $module::$ty,)*
        }

        /// The Dutch texts.
        pub static NL: Texts = Texts { $($group: $module::$ty::NL,)* };
        /// The English texts.
        pub static EN: Texts = Texts { $($group: $module::$ty::EN,)* };

    };
}

mod advice;
mod api;
mod beheer;
mod case;
mod catalogue;
mod cds;
mod editors;
mod form;
mod funding;
mod labels;
mod layout;
mod reasoning;
mod summary;

pub use advice::*;
pub use api::*;
pub use beheer::*;
pub use case::*;
pub use catalogue::*;
pub use cds::*;
pub use editors::*;
pub use form::*;
pub use funding::*;
pub use labels::*;
pub use layout::*;
pub use reasoning::*;
pub use summary::*;

use crate::domain::lang::Lang;

catalogue! {
    site: layout::SiteTexts,
    nav: layout::NavTexts,
    lang: layout::LangTexts,
    footer: layout::FooterTexts,
    notfound: layout::NotfoundTexts,
    error: layout::ErrorTexts,
    a11y: layout::A11yTexts,
    home: layout::HomeTexts,
    explain: layout::ExplainTexts,
    examples: layout::ExamplesTexts,
    figures: layout::FiguresTexts,
    form: form::FormTexts,
    advice: advice::AdviceTexts,
    tier: advice::TierTexts,
    reasoning: reasoning::ReasoningTexts,
    plan: advice::PlanTexts,
    route: advice::RouteTexts,
    detail: advice::DetailTexts,
    rules: advice::RulesTexts,
    compare: advice::CompareTexts,
    catalogue: catalogue::CatalogueTexts,
    social: catalogue::SocialTexts,
    beheer: beheer::BeheerTexts,
    social_entry: beheer::SocialEntryTexts,
    social_field: beheer::SocialFieldTexts,
    case: case::CaseTexts,
    privacy: case::PrivacyTexts,
    handout: case::HandoutTexts,
    editors: editors::EditorsTexts,
    summary: summary::SummaryTexts,
    ledger: summary::LedgerTexts,
    question: labels::QuestionTexts,
    help: labels::HelpTexts,
    help_more: labels::HelpMoreTexts,
    answer: labels::AnswerTexts,
    barrier: labels::BarrierTexts,
    term: labels::TermTexts,
    api: api::ApiTexts,
    profile_error: api::ProfileErrorTexts,
    cds: cds::CdsTexts,
    cds_card: cds::CdsCardTexts,
    override_reason: cds::OverrideReasonTexts,
    funding: funding::FundingTexts,
    who_pays: funding::WhoPaysTexts,
    kb_note: funding::KbNoteTexts,
}

/// The texts in `lang`.
pub fn for_lang(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// A text in both languages, "Nederlands / English", for an answer that knows no language
/// (a panic, an API error the handler did not word).
pub fn both(text: impl Fn(&Texts) -> &'static str) -> String {
    format!("{} / {}", text(&NL), text(&EN))
}

/// `template` with each `{name}` of `values` replaced by its value, in one pass (a value that
/// holds `{...}` itself stays as it is); an unknown `{...}` stays in the text.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let known = after.find('}').and_then(|close| {
            let name = &after[..close];
            let value = values.iter().find(|(key, _)| *key == name)?.1;
            Some((value, close))
        });
        match known {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_puts_each_value_in_its_place_once() {
        assert_eq!(
            fill("{a} en {b}.", &[("a", "x"), ("b", "{a}")]),
            "x en {a}."
        );
        assert_eq!(fill("{onbekend} {a", &[("a", "x")]), "{onbekend} {a");
        assert_eq!(fill("geen", &[]), "geen");
    }

    #[test]
    fn each_language_has_its_own_texts() {
        assert_eq!(for_lang(Lang::Nl).site.skip, "Direct naar de inhoud");
        assert_eq!(for_lang(Lang::En).site.skip, "Skip to content");
        assert_eq!(NL.home.title, EN.home.title);
    }
}
