//! Gzip in one piece for answers that are whole in memory already (every page, every JSON
//! answer): compressed at once into one buffer and sent with a `Content-Length`, instead of
//! through `tower-http`'s streaming encoder, which reads the page in 4 KB pieces through an
//! async reader and sends each piece as its own chunk, and with one deflate state per worker
//! thread, reset for each answer, instead of a new one (a few hundred KB allocated and zeroed)
//! per answer. Same level (the fastest); the `CompressionLayer` outside still compresses what
//! this leaves alone (streamed or small answers) and never compresses twice (it skips an answer
//! that has a `Content-Encoding`).

use std::cell::RefCell;

use axum::body::{Body, HttpBody};
use axum::extract::Request;
use axum::http::header::{
    ACCEPT_ENCODING, ACCEPT_RANGES, CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE, VARY,
};
use axum::http::{HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use flate2::{Compress, Compression, Crc, FlushCompress, Status};

/// Smaller answers are left to the `CompressionLayer` (gzip gains little on them).
const MIN_BYTES: u64 = 1024;
/// Larger answers are left to the `CompressionLayer` too, so that no huge body is held twice.
const MAX_BYTES: u64 = 4 * 1024 * 1024;

/// Middleware: gzips a whole, compressible answer in one piece when the client accepts gzip.
pub async fn whole_bodies(request: Request, next: Next) -> Response {
    let accepts = accepts_gzip(request.headers());
    let response = next.run(request).await;
    if accepts && worth_it(&response) {
        compress(response).await
    } else {
        response
    }
}

/// A text answer of known size in the range, not compressed yet.
fn worth_it(response: &Response) -> bool {
    let known = response.body().size_hint().exact();
    let text = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| {
            t.starts_with("text/") && !t.starts_with("text/event-stream")
                || ["json", "javascript", "xml", "svg"]
                    .iter()
                    .any(|kind| t.contains(kind))
        });
    text && known.is_some_and(|n| (MIN_BYTES..=MAX_BYTES).contains(&n))
        && !response.headers().contains_key(CONTENT_ENCODING)
}

/// The answer with its body gzipped at the fastest level.
async fn compress(response: Response) -> Response {
    let (mut parts, body) = response.into_parts();
    let Ok(plain) = axum::body::to_bytes(body, MAX_BYTES as usize).await else {
        // Only a body that fails to produce itself gets here; it would fail the client anyway.
        return Response::from_parts(parts, Body::empty());
    };
    let Some(gzipped) = gzip(&plain) else {
        return Response::from_parts(parts, Body::from(plain));
    };
    let headers = &mut parts.headers;
    headers.insert(CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    headers.insert(CONTENT_LENGTH, HeaderValue::from(gzipped.len()));
    headers.remove(ACCEPT_RANGES);
    if !varies_by_encoding(headers) {
        headers.append(VARY, HeaderValue::from_static("accept-encoding"));
    }
    Response::from_parts(parts, Body::from(gzipped))
}

thread_local! {
    /// One deflate state per worker thread, reset for each answer: a new one allocates and
    /// zeroes a few hundred KB each time (its window and hash tables).
    static DEFLATE: RefCell<Compress> = RefCell::new(Compress::new(Compression::fast(), false));
}

/// The gzip header (RFC 1952): deflate, no flags, no time, fastest, unknown OS.
const GZIP_HEADER: [u8; 10] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 4, 0xff];

/// `plain` gzipped at the fastest level: header, raw deflate, CRC-32 and length; `None` if
/// deflate fails (it does not with a valid state).
pub fn gzip(plain: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(plain.len() / 3 + 64);
    out.extend_from_slice(&GZIP_HEADER);
    DEFLATE.with_borrow_mut(|deflate| -> Option<()> {
        deflate.reset();
        loop {
            let read = usize::try_from(deflate.total_in()).unwrap_or(usize::MAX);
            let input = plain.get(read..).unwrap_or_default();
            match deflate.compress_vec(input, &mut out, FlushCompress::Finish) {
                Ok(Status::StreamEnd) => return Some(()),
                // Out of room (or no progress possible without it): more room, once more.
                Ok(_) => out.reserve(out.capacity().max(1024)),
                Err(_) => return None,
            }
        }
    })?;
    let mut crc = Crc::new();
    crc.update(plain);
    out.extend_from_slice(&crc.sum().to_le_bytes());
    // ISIZE: the length modulo 2^32, as RFC 1952 says.
    out.extend_from_slice(&((plain.len() & 0xffff_ffff) as u32).to_le_bytes());
    Some(out)
}

/// Whether `Vary` already names `Accept-Encoding`.
fn varies_by_encoding(headers: &HeaderMap) -> bool {
    headers
        .get_all(VARY)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|name| name.trim().eq_ignore_ascii_case("accept-encoding"))
}

/// Whether `Accept-Encoding` allows gzip: `gzip` (or `x-gzip`) with a quality above 0, or `*`
/// above 0 when gzip is not named.
pub fn accepts_gzip(headers: &HeaderMap) -> bool {
    let mut gzip = None;
    let mut any = None;
    for value in headers.get_all(ACCEPT_ENCODING).iter() {
        let Ok(value) = value.to_str() else { continue };
        for item in value.split(',') {
            let mut fields = item.split(';');
            let name = fields.next().unwrap_or("").trim();
            let quality = fields
                .filter_map(|f| f.trim().strip_prefix("q=").or(f.trim().strip_prefix("Q=")))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            if name.eq_ignore_ascii_case("gzip") || name.eq_ignore_ascii_case("x-gzip") {
                gzip = Some(quality > 0.0);
            } else if name == "*" {
                any = Some(quality > 0.0);
            }
        }
    }
    gzip.or(any).unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepts(value: &str) -> bool {
        let mut headers = HeaderMap::new();
        headers.insert(ACCEPT_ENCODING, HeaderValue::from_str(value).unwrap());
        accepts_gzip(&headers)
    }

    #[test]
    fn gzips_what_gunzip_reads_back_each_time_with_the_same_state() {
        use std::io::Read;
        let page = "<p>Werkgerichte cognitieve gedragstherapie</p>\n".repeat(2000);
        for text in [page.as_str(), "", "x", page.as_str()] {
            let gzipped = gzip(text.as_bytes()).expect("gzipped");
            assert!(text.len() < 1000 || gzipped.len() < text.len() / 10);
            let mut back = String::new();
            flate2::read::GzDecoder::new(gzipped.as_slice())
                .read_to_string(&mut back)
                .expect("valid gzip");
            assert_eq!(back, text);
        }
    }

    #[test]
    fn reads_accept_encoding_with_its_qualities() {
        assert!(accepts("gzip"));
        assert!(accepts("gzip, deflate, br, zstd"));
        assert!(accepts("br;q=1.0, GZIP;q=0.5"));
        assert!(accepts("*"));
        assert!(!accepts("gzip;q=0"));
        assert!(!accepts("gzip;q=0, *"));
        assert!(!accepts("br, deflate"));
        assert!(!accepts("identity"));
        assert!(!accepts_gzip(&HeaderMap::new()));
    }
}
