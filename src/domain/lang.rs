//! The product's two languages and texts held in both. A leaf: every other module may use it,
//! it uses none.

use serde::Serialize;

/// The two languages of the product.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    /// `"nl"` or `"en"`, as used in `<html lang>`, `?lang=` and the cookie.
    pub fn code(self) -> &'static str {
        match self {
            Self::Nl => "nl",
            Self::En => "en",
        }
    }

    /// The other of the two languages (the language switch's target).
    pub fn other(self) -> Self {
        match self {
            Self::Nl => Self::En,
            Self::En => Self::Nl,
        }
    }

    /// The language with this code, if it is one of ours.
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "nl" => Some(Self::Nl),
            "en" => Some(Self::En),
            _ => None,
        }
    }
}

/// A text in Dutch and English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Localized {
    pub nl: String,
    pub en: String,
}

impl Localized {
    /// The text in one language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
}
