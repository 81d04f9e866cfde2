//! The fixed texts of the pages, in Dutch and English: one typed catalogue per language.
//!
//! Every text is a field of [`Texts`], grouped by page area (`tx.home.title`,
//! `tx.form.section_profile`). A group is declared once with the [`texts!`] macro as
//! `field: ("Nederlands", "English")`, so a text without its translation does not compile.
//! Pages get the catalogue of their language with [`for_lang`] (templates: `chrome.tx`).
//!
//! Temporary: [`t`] still looks a text up by its old dotted key (`"home.title"`,
//! `"form.section.profile"`), generated from the same table, until every caller is converted.

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

            /// The text of a field by its name (for the temporary dotted-key lookup).
            pub(super) fn get(&self, field: &str) -> Option<&'static str> {
                match field {
                    $(stringify!($field) => Some(self.$field),)*
                    _ => None,
                }
            }
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

        impl Texts {
            /// The text of `field` in `group` (dots in the old key's rest become underscores).
            fn get(&self, group: &str, field: &str) -> Option<&'static str> {
                match group {
                    $(stringify!($group) => self.$group.get(field),)*
                    _ => None,
                }
            }
        }
    };
}

mod advice;
mod beheer;
mod case;
mod catalogue;
mod editors;
mod form;
mod layout;

pub use advice::*;
pub use beheer::*;
pub use case::*;
pub use catalogue::*;
pub use editors::*;
pub use form::*;
pub use layout::*;

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
}

/// The texts in `lang`.
pub fn for_lang(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// The text for the old dotted `key` in `lang`; "[?]" (and a warning) for an unknown key.
///
/// Temporary, while callers move to the typed fields: `t("home.title", lang)` is
/// `texts::for_lang(lang).home.title`, `t("form.section.profile", lang)` is
/// `texts::for_lang(lang).form.section_profile` (`scripts/typed-texts` rewrites the calls).
pub fn t(key: &str, lang: Lang) -> &'static str {
    let (group, rest) = key.split_once('.').unwrap_or(("site", key));
    let field = rest.replace('.', "_");
    match for_lang(lang).get(group, &field) {
        Some(text) => text,
        None => {
            tracing::warn!(key, "page text missing");
            "[?]"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_keys_find_the_typed_texts() {
        assert_eq!(t("home.title", Lang::Nl), NL.home.title);
        assert_eq!(t("form.section.profile", Lang::En), EN.form.section_profile);
        assert_eq!(t("skip", Lang::En), "Skip to content");
        assert_eq!(t("no.such_key", Lang::Nl), "[?]");
    }
}
