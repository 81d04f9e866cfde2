//! Engine benchmarks: one advice over the shipped knowledge base, and over synthetic knowledge
//! bases of 100, 1,000 and 10,000 interventions built from the shipped ones (same rules, so
//! realistic rule counts), to show that the cost grows linearly.

mod support;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use interventiewijzer::domain::knowledge::{KnowledgeBase, Parts};
use interventiewijzer::domain::matching::recommend;
use std::hint::black_box;

fn synthetic(base: &KnowledgeBase, size: usize) -> KnowledgeBase {
    let interventions = (0..size)
        .map(|i| {
            let mut copy = base.interventions()[i % base.interventions().len()].clone();
            copy.slug = format!("{}-{i}", copy.slug);
            copy.position = i as i64;
            copy
        })
        .collect();
    let mut route = base.route_data().clone();
    route.funding.clear();
    KnowledgeBase::new(Parts {
        interventions,
        route,
        // The plan rules and handout texts name the shipped slugs, which the synthetic base
        // renames.
        plan_rules: Vec::new(),
        handout: Vec::new(),
        ..base.parts().clone()
    })
    .expect("valid synthetic knowledge base")
}

fn engine(c: &mut Criterion) {
    let kb = support::shipped();
    let profile = support::typical_profile();
    c.bench_function("advice/shipped knowledge base", |b| {
        b.iter(|| {
            recommend(black_box(&kb), black_box(&profile))
                .recommendations
                .len()
        })
    });
    let mut group = c.benchmark_group("advice/synthetic");
    for size in [100, 1_000, 10_000] {
        let big = synthetic(&kb, size);
        group.bench_with_input(BenchmarkId::from_parameter(size), &big, |b, big| {
            b.iter(|| {
                recommend(black_box(big), black_box(&profile))
                    .recommendations
                    .len()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, engine);
criterion_main!(benches);
