//! Language negotiation and the messages the API and pages share.

use axum::http::HeaderMap;
use axum::http::header::ACCEPT_LANGUAGE;

use crate::domain::lang::Lang;
use crate::domain::profile::{Dimension, ProfileError};

/// The language asked for in `Accept-Language`: the highest-weighted of Dutch and English;
/// Dutch when neither is named.
pub fn from_accept_language(headers: &HeaderMap) -> Lang {
    let Some(header) = headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()) else {
        return Lang::Nl;
    };
    let mut best: Option<(f32, Lang)> = None;
    for item in header.split(',') {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or("").trim().to_ascii_lowercase();
        let primary = tag.split('-').next().unwrap_or("");
        let Some(lang) = Lang::from_code(primary) else {
            continue;
        };
        let quality = parts
            .filter_map(|p| p.trim().strip_prefix("q="))
            .find_map(|q| q.parse::<f32>().ok())
            .unwrap_or(1.0);
        if quality > 0.0 && best.is_none_or(|(q, _)| quality > q) {
            best = Some((quality, lang));
        }
    }
    best.map_or(Lang::Nl, |(_, lang)| lang)
}

/// The allowed values of a question, for an error message.
pub fn allowed_list(dimension: Dimension) -> String {
    dimension.allowed_values().join(", ")
}

/// A message about a profile problem that names the field and, where it helps, the allowed
/// values. It never repeats the submitted value.
pub fn profile_error_message(error: &ProfileError, lang: Lang) -> String {
    let field = error.field();
    match (error, lang) {
        (ProfileError::Missing(d), Lang::Nl) => format!(
            "Het veld '{field}' is verplicht. Toegestane waarden: {}.",
            allowed_list(*d)
        ),
        (ProfileError::Missing(d), Lang::En) => format!(
            "The field '{field}' is required. Allowed values: {}.",
            allowed_list(*d)
        ),
        (ProfileError::NotAllowed(d), Lang::Nl) => format!(
            "Het veld '{field}' heeft een waarde die niet is toegestaan. Toegestane waarden: {}.",
            allowed_list(*d)
        ),
        (ProfileError::NotAllowed(d), Lang::En) => format!(
            "The field '{field}' has a value that is not allowed. Allowed values: {}.",
            allowed_list(*d)
        ),
        (ProfileError::Repeated(_), Lang::Nl) => {
            format!("Het veld '{field}' mag maar één waarde hebben.")
        }
        (ProfileError::Repeated(_), Lang::En) => {
            format!("The field '{field}' takes a single value.")
        }
        (ProfileError::WrongType(d), Lang::Nl) => format!(
            "Het veld '{field}' heeft het verkeerde type: verwacht {}.",
            expected_type(*d, lang)
        ),
        (ProfileError::WrongType(d), Lang::En) => format!(
            "The field '{field}' has the wrong type: expected {}.",
            expected_type(*d, lang)
        ),
        (ProfileError::UnknownRegion, Lang::Nl) => {
            "Het veld 'region' bevat geen bekende arbeidsmarktregio. De regiocodes staan op \
             /api/v1/regions en op de sociale kaart."
                .to_owned()
        }
        (ProfileError::UnknownRegion, Lang::En) => {
            "The field 'region' holds no known labour-market region. The region codes are at \
             /api/v1/regions and on the sociale kaart."
                .to_owned()
        }
        (ProfileError::RepeatedRegion, Lang::Nl) => {
            "Het veld 'region' mag maar één waarde hebben.".to_owned()
        }
        (ProfileError::RepeatedRegion, Lang::En) => {
            "The field 'region' takes a single value.".to_owned()
        }
        (ProfileError::UnknownIntervention, Lang::Nl) => format!(
            "Het veld '{field}' bevat een interventie die niet in de kennisbank staat. De codes \
             (slugs) staan op /api/v1/interventions."
        ),
        (ProfileError::UnknownIntervention, Lang::En) => format!(
            "The field '{field}' holds an intervention that is not in the knowledge base. The \
             codes (slugs) are at /api/v1/interventions."
        ),
        (ProfileError::Impossible(d, other), Lang::Nl) => format!(
            "Het veld '{field}' past niet bij '{}'. {}",
            other.code(),
            crate::web::pages::questionnaire::impossible_text(*d, lang)
        ),
        (ProfileError::Impossible(d, other), Lang::En) => format!(
            "The field '{field}' does not go with '{}'. {}",
            other.code(),
            crate::web::pages::questionnaire::impossible_text(*d, lang)
        ),
        (ProfileError::UnknownField(_), Lang::Nl) => format!(
            "Het veld '{field}' hoort niet bij het cliëntprofiel (een profiel bevat nooit een naam, \
             BSN of vrije tekst). Bekende velden: {}, current_interventions, region.",
            Dimension::CODES.join(", ")
        ),
        (ProfileError::UnknownField(_), Lang::En) => format!(
            "The field '{field}' is not part of the client profile (a profile never holds a name, \
             citizen number or free text). Known fields: {}, current_interventions, region.",
            Dimension::CODES.join(", ")
        ),
    }
}

fn expected_type(dimension: Dimension, lang: Lang) -> String {
    let allowed = allowed_list(dimension);
    match (lang, dimension.is_boolean(), dimension.is_list()) {
        (Lang::Nl, true, _) => "true, false of een tekst uit: yes, no, unknown".to_owned(),
        (Lang::En, true, _) => "true, false or a string from: yes, no, unknown".to_owned(),
        (Lang::Nl, _, true) => format!("een lijst van codes uit: {allowed}"),
        (Lang::En, _, true) => format!("a list of codes from: {allowed}"),
        (Lang::Nl, _, _) => format!("een tekst uit: {allowed}"),
        (Lang::En, _, _) => format!("a string from: {allowed}"),
    }
}
