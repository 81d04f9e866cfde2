//! Reading the typical profile (`benches/http-profile.json`, what `scripts/bench-http` posts to
//! `POST /api/v1/recommendations`) from its JSON body: the general way alone (a
//! `serde_json::Value`, a second pass for keys sent twice, the pairs copied into strings) and
//! the way the API reads it (the fast way, the general way behind it).

use std::hint::black_box;

use axum::body::Bytes;
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, HeaderValue};
use criterion::{Criterion, criterion_group, criterion_main};
use interventiewijzer::domain::lang::Lang;
use interventiewijzer::web::profile_json::{parse_json_profile, profile_from_body_general};

fn read_profile(c: &mut Criterion) {
    let mut headers = HeaderMap::new();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    let body = Bytes::from_static(include_bytes!("http-profile.json"));
    let mut group = c.benchmark_group("api/profile from a JSON body");
    group.bench_function("general way", |b| {
        b.iter(|| profile_from_body_general(black_box(&headers), Ok(body.clone()), Lang::Nl))
    });
    group.bench_function("fast way, general behind it", |b| {
        b.iter(|| parse_json_profile(black_box(&headers), Ok(body.clone()), Lang::Nl))
    });
    group.finish();
}

criterion_group!(benches, read_profile);
criterion_main!(benches);
