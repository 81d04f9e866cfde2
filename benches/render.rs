//! Advice page benchmarks for the typical profile (`benches/http-profile.form`) over the shipped
//! knowledge base: the whole page as `POST /advies` builds it (engine, view, HTML), the HTML
//! alone from a prepared view, and gzip as the server does it (`web::gzip`), so that a profile of the
//! page's cost shows where its time goes.

mod support;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use interventiewijzer::domain::lang::Lang;
use interventiewijzer::web::gzip::gzip;
use interventiewijzer::web::pages::advice::{advice_page, render_html};

fn page(c: &mut Criterion) {
    let kb = support::shipped();
    let profile = support::typical_profile();
    let mut group = c.benchmark_group("page/advice");
    group.bench_function("engine, view and HTML", |b| {
        b.iter(|| {
            let reasoning = "/advies/0/onderbouwing".to_owned();
            let page = advice_page(black_box(&kb), black_box(&profile), Lang::Nl, reasoning);
            render_html(&page).expect("rendered").len()
        })
    });
    // As a case's page: the ledgers on the reasoning page, the cards linking there.
    let prepared = advice_page(&kb, &profile, Lang::Nl, "/advies/0/onderbouwing".to_owned());
    group.bench_function("HTML from a prepared view", |b| {
        b.iter(|| render_html(black_box(&prepared)).expect("rendered").len())
    });
    let html = render_html(&prepared).expect("rendered");
    // As the server gzips a whole page (web::gzip: the fastest level, a reused deflate state).
    group.bench_function("gzip, fastest level", |b| {
        b.iter(|| gzip(black_box(html.as_bytes())).expect("gzip").len())
    });
    group.finish();
}

criterion_group!(benches, page);
criterion_main!(benches);
