//! The static assets (`static/`), embedded in the binary so that it serves them wherever it
//! runs. Each is served under a content-hashed name (`css/app.3f2a9c1b.css`) with a year-long
//! immutable cache lifetime; templates ask [`url`] for the current name. Text assets are
//! gzipped once, at the best level, the first time a client that accepts gzip asks for them.

use std::collections::HashMap;
use std::io::Write;
use std::sync::{LazyLock, OnceLock};

use axum::body::Bytes;
use axum::extract::Path;
use axum::http::header::{CACHE_CONTROL, CONTENT_ENCODING, CONTENT_TYPE, VARY};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use include_dir::{Dir, include_dir};
use sha2::{Digest, Sha256};

static STATIC_DIR: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/static");

/// One embedded file.
struct Asset {
    bytes: &'static [u8],
    content_type: HeaderValue,
    /// The bytes gzipped (text assets only), made on first use.
    gzipped: OnceLock<Option<Bytes>>,
}

impl Asset {
    /// The gzipped bytes of a text asset (stylesheet, script, SVG), if gzip makes it smaller.
    fn gzipped(&self) -> Option<Bytes> {
        self.gzipped
            .get_or_init(|| {
                let kind = self.content_type.to_str().unwrap_or("");
                let text = kind.starts_with("text/")
                    || kind.contains("javascript")
                    || kind.contains("svg");
                if !text {
                    return None;
                }
                let mut encoder =
                    flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
                encoder.write_all(self.bytes).ok()?;
                let gzipped = encoder.finish().ok()?;
                (gzipped.len() < self.bytes.len()).then(|| Bytes::from(gzipped))
            })
            .clone()
    }
}

struct Assets {
    /// logical path (`css/app.css`) -> hashed URL (`/static/css/app.3f2a9c1b.css`)
    urls: HashMap<&'static str, String>,
    /// hashed path (`css/app.3f2a9c1b.css`) -> file
    files: HashMap<String, Asset>,
}

static ASSETS: LazyLock<Assets> = LazyLock::new(|| {
    let mut urls = HashMap::new();
    let mut files = HashMap::new();
    let mut stack = vec![&STATIC_DIR];
    while let Some(dir) = stack.pop() {
        stack.extend(dir.dirs());
        for file in dir.files() {
            let Some(path) = file.path().to_str() else {
                continue;
            };
            let digest = Sha256::digest(file.contents());
            let hash: String = digest[..4].iter().map(|b| format!("{b:02x}")).collect();
            let hashed = match path.rsplit_once('.') {
                Some((stem, ext)) if !stem.ends_with('/') => format!("{stem}.{hash}.{ext}"),
                _ => format!("{path}.{hash}"),
            };
            let mime = mime_guess::from_path(path).first_or_octet_stream();
            let content_type = HeaderValue::from_str(mime.essence_str())
                .unwrap_or(HeaderValue::from_static("application/octet-stream"));
            urls.insert(path, format!("/static/{hashed}"));
            files.insert(
                hashed,
                Asset {
                    bytes: file.contents(),
                    content_type,
                    gzipped: OnceLock::new(),
                },
            );
        }
    }
    Assets { urls, files }
});

/// Computes the hashed names now rather than on the first request.
pub fn warm_up() {
    LazyLock::force(&ASSETS);
}

/// The URL of an embedded asset by its path under `static/`.
pub fn url(path: &str) -> &'static str {
    match ASSETS.urls.get(path) {
        Some(url) => url,
        None => {
            tracing::warn!(path, "no such static asset");
            ""
        }
    }
}

/// `GET /static/{*path}`: an embedded asset by its hashed name; gzipped once and for all when
/// the client accepts gzip.
pub async fn serve(Path(path): Path<String>, headers: HeaderMap) -> Response {
    let Some(asset) = ASSETS.files.get(&path) else {
        return (StatusCode::NOT_FOUND, "not found").into_response();
    };
    let cache = (
        CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    let content_type = (CONTENT_TYPE, asset.content_type.clone());
    let vary = (VARY, HeaderValue::from_static("accept-encoding"));
    match asset
        .gzipped()
        .filter(|_| super::gzip::accepts_gzip(&headers))
    {
        Some(gzipped) => {
            let encoding = (CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            ([content_type, cache, vary, encoding], gzipped).into_response()
        }
        None => ([content_type, cache, vary], asset.bytes).into_response(),
    }
}
