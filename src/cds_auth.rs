//! Who may call the CDS Hooks service, the CDS Hooks way: every request carries a JWT signed
//! with ES384 or RS384 by an issuer on our allowlist, whose public key we hold; its `aud` is
//! the endpoint called, it has not expired, it lives at most [`MAX_LIFETIME_SECONDS`], and its
//! `jti` is not used twice (a bounded in-memory replay store).
//!
//! The allowlist is a text file (`CDS_ISSUERS_FILE`), one issuer a line:
//!
//! ```text
//! # issuer                        algorithm  public key (PEM, relative to this file)  [kid]
//! https://cms.example.nl/         ES384      keys/cms.pem                              key-2026
//! ```

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;

use jsonwebtoken::{Algorithm, DecodingKey, Validation};

/// The longest a token may live (`exp - iat`), as the CDS Hooks specification advises.
pub const MAX_LIFETIME_SECONDS: u64 = 300;
/// Clock difference tolerated between the caller and us.
pub const LEEWAY_SECONDS: u64 = 30;
/// The most token ids remembered at once; beyond it calls are refused until some expire.
pub const MAX_REMEMBERED: usize = 100_000;

/// Why the issuer file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}, line {line}: {message}")]
    Line {
        path: String,
        line: usize,
        message: String,
    },
    #[error("{0} lists no issuer")]
    Empty(String),
}

/// One trusted caller.
struct Issuer {
    algorithm: Algorithm,
    key: DecodingKey,
    kid: Option<String>,
}

/// Why a call was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// No `Authorization: Bearer` header.
    Missing,
    /// Not a JWT, or one without the claims CDS Hooks requires.
    Malformed,
    /// The issuer is not on the allowlist.
    UnknownIssuer,
    /// Signature, algorithm, `kid`, `aud`, `exp` or `iat` wrong.
    Invalid,
    /// This `jti` was used before.
    Replayed,
    /// The replay store is full: refuse rather than forget.
    Busy,
}

/// The allowlist and the replay store.
pub struct CdsAuth {
    issuers: HashMap<String, Issuer>,
    seen: Mutex<HashMap<String, u64>>,
}

#[derive(serde::Deserialize)]
struct Unverified {
    iss: String,
}

#[derive(serde::Deserialize)]
struct Claims {
    jti: String,
    iat: u64,
    exp: u64,
}

impl CdsAuth {
    /// Reads the issuer file at `path`.
    pub fn from_file(path: &Path) -> Result<Self, ConfigError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: shown.clone(),
            source,
        })?;
        let dir = path.parent().unwrap_or(Path::new("."));
        let mut issuers = HashMap::new();
        for (index, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let at = |message: String| ConfigError::Line {
                path: shown.clone(),
                line: index + 1,
                message,
            };
            let (iss, issuer) = parse_line(line, dir).map_err(at)?;
            issuers.insert(iss, issuer);
        }
        if issuers.is_empty() {
            return Err(ConfigError::Empty(shown));
        }
        Ok(Self {
            issuers,
            seen: Mutex::new(HashMap::new()),
        })
    }

    /// Checks the `Authorization` header of a call to an endpoint whose URL is one of
    /// `audiences`.
    pub fn verify(&self, authorization: Option<&str>, audiences: &[String]) -> Result<(), Refusal> {
        let token = authorization
            .and_then(|h| h.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or(Refusal::Missing)?;
        let header = jsonwebtoken::decode_header(token).map_err(|_| Refusal::Malformed)?;
        let unverified = jsonwebtoken::dangerous::insecure_decode::<Unverified>(token)
            .map_err(|_| Refusal::Malformed)?;
        let iss = unverified.claims.iss;
        let issuer = self.issuers.get(&iss).ok_or(Refusal::UnknownIssuer)?;
        let kid_ok = match (&issuer.kid, &header.kid) {
            (_, None) => false,
            (Some(expected), Some(kid)) => expected == kid,
            (None, Some(_)) => true,
        };
        if header.alg != issuer.algorithm || !kid_ok {
            return Err(Refusal::Invalid);
        }
        let mut validation = Validation::new(issuer.algorithm);
        validation.set_audience(audiences);
        validation.set_issuer(&[&iss]);
        validation.set_required_spec_claims(&["exp", "aud", "iss"]);
        validation.leeway = LEEWAY_SECONDS;
        let claims = jsonwebtoken::decode::<Claims>(token, &issuer.key, &validation)
            .map_err(|_| Refusal::Invalid)?
            .claims;
        let now = jsonwebtoken::get_current_timestamp();
        if claims.iat > now + LEEWAY_SECONDS
            || claims.exp < claims.iat
            || claims.exp - claims.iat > MAX_LIFETIME_SECONDS
            || claims.jti.is_empty()
            || claims.jti.len() > 256
        {
            return Err(Refusal::Invalid);
        }
        self.remember(format!("{iss}\n{}", claims.jti), claims.exp, now)
    }

    /// Records a token id until it expires; refuses one seen before.
    fn remember(&self, id: String, exp: u64, now: u64) -> Result<(), Refusal> {
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        if seen.contains_key(&id) {
            return Err(Refusal::Replayed);
        }
        if seen.len() >= MAX_REMEMBERED {
            seen.retain(|_, expires| *expires + LEEWAY_SECONDS >= now);
            if seen.len() >= MAX_REMEMBERED {
                return Err(Refusal::Busy);
            }
        }
        seen.insert(id, exp);
        Ok(())
    }
}

/// `ISSUER ALGORITHM PEM_FILE [KID]`.
fn parse_line(line: &str, dir: &Path) -> Result<(String, Issuer), String> {
    let parts: Vec<&str> = line.split_whitespace().collect();
    let [iss, alg, pem, rest @ ..] = parts.as_slice() else {
        return Err("expected: ISSUER ALGORITHM PEM_FILE [KID]".to_owned());
    };
    if rest.len() > 1 {
        return Err("expected: ISSUER ALGORITHM PEM_FILE [KID]".to_owned());
    }
    let pem_path = dir.join(pem);
    let pem_bytes =
        std::fs::read(&pem_path).map_err(|e| format!("cannot read {}: {e}", pem_path.display()))?;
    let (algorithm, key) = match *alg {
        "ES384" => (Algorithm::ES384, DecodingKey::from_ec_pem(&pem_bytes)),
        "RS384" => (Algorithm::RS384, DecodingKey::from_rsa_pem(&pem_bytes)),
        other => {
            return Err(format!(
                "algorithm {other}: only ES384 and RS384 are accepted"
            ));
        }
    };
    let key = key.map_err(|e| format!("{} is not a {alg} public key: {e}", pem_path.display()))?;
    let issuer = Issuer {
        algorithm,
        key,
        kid: rest.first().map(|k| (*k).to_owned()),
    };
    Ok(((*iss).to_owned(), issuer))
}

/// The CDS Hooks service's settings: the allowlist and the public base URL the endpoints are
/// called at (the `aud` of the tokens, and the base of the links on the cards).
pub struct CdsService {
    pub auth: CdsAuth,
    base_url: String,
}

/// The id of our one service.
pub const SERVICE_ID: &str = "interventiewijzer-advice";

impl CdsService {
    /// The service over `auth`, reachable at `base_url` (e.g. `https://iw.intranet.nl`).
    pub fn new(auth: CdsAuth, base_url: &str) -> Self {
        Self {
            auth,
            base_url: base_url.trim_end_matches('/').to_owned(),
        }
    }

    /// The public base URL, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The discovery endpoint's URL.
    pub fn discovery_url(&self) -> String {
        format!("{}/cds-services", self.base_url)
    }

    /// The service endpoint's URL.
    pub fn service_url(&self) -> String {
        format!("{}/cds-services/{SERVICE_ID}", self.base_url)
    }

    /// The feedback endpoint's URL.
    pub fn feedback_url(&self) -> String {
        format!("{}/feedback", self.service_url())
    }
}
