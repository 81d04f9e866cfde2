//! Language negotiation: the language a request asks for in `Accept-Language` (the JSON API
//! and the CDS service; pages choose theirs with `?lang=` and a cookie, see `pages::PageLang`).

use axum::http::HeaderMap;
use axum::http::header::ACCEPT_LANGUAGE;

use crate::domain::lang::Lang;

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
