//! Who is asking: the peer address the server put on the request, or, when the peer is a
//! trusted reverse proxy (`TRUSTED_PROXIES`), what that proxy says in `X-Forwarded-For` and
//! `X-Forwarded-Proto`. Nobody else's forwarding headers are believed.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use axum::extract::ConnectInfo;
use axum::http::{Extensions, HeaderMap};

use crate::config::AdminSettings;

/// The peer's socket address (unspecified when the request did not come over a socket).
pub fn peer(extensions: &Extensions) -> IpAddr {
    extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |c| c.0.ip())
}

fn trusted(extensions: &Extensions, settings: &AdminSettings) -> bool {
    settings.trusted_proxies.contains(&peer(extensions))
}

/// The client's address: the last `X-Forwarded-For` entry when a trusted proxy sent it (that is
/// the address the proxy itself saw), the peer otherwise.
pub fn address(extensions: &Extensions, headers: &HeaderMap, settings: &AdminSettings) -> IpAddr {
    let forwarded = || {
        headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .next_back()
            .and_then(|v| v.trim().parse().ok())
    };
    if trusted(extensions, settings) {
        forwarded().unwrap_or_else(|| peer(extensions))
    } else {
        peer(extensions)
    }
}

/// Whether a trusted proxy says the client came over HTTPS.
pub fn https_by_trusted_proxy(
    extensions: &Extensions,
    headers: &HeaderMap,
    settings: &AdminSettings,
) -> bool {
    trusted(extensions, settings)
        && headers
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("https"))
}

/// Whether the client reached the server over HTTPS as far as the server may believe it:
/// `SECURE_COOKIES` is on, or a trusted proxy says so. An `X-Forwarded-Proto` from anyone
/// else is ignored (it decides the session cookie's `Secure` flag and HSTS).
pub fn is_https(extensions: &Extensions, headers: &HeaderMap, settings: &AdminSettings) -> bool {
    settings.secure_cookies || https_by_trusted_proxy(extensions, headers, settings)
}

/// [`is_https`] as an extractor.
#[derive(Debug, Clone, Copy)]
pub struct Https(pub bool);

impl axum::extract::FromRequestParts<crate::state::AppState> for Https {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &crate::state::AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(Self(is_https(
            &parts.extensions,
            &parts.headers,
            &state.admin,
        )))
    }
}

/// The client's address as an extractor (see [`address`]).
#[derive(Debug, Clone, Copy)]
pub struct ClientAddr(pub IpAddr);

impl axum::extract::FromRequestParts<crate::state::AppState> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &crate::state::AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(Self(address(
            &parts.extensions,
            &parts.headers,
            &state.admin,
        )))
    }
}
