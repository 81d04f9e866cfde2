//! Engine benchmarks: one advice over the shipped knowledge base, and over synthetic knowledge
//! bases of 100, 1,000 and 10,000 interventions built from the shipped ones (same rules, so
//! realistic rule counts), to show that the cost grows linearly.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use interventiewijzer::domain::knowledge::{KnowledgeBase, Parts};
use interventiewijzer::domain::matching::recommend;
use interventiewijzer::domain::profile::{
    Barrier, ClientProfile, Disorder, MentalHealthCare, Severity, WorkSituation, WorkWish,
};
use std::hint::black_box;

fn shipped() -> KnowledgeBase {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        let dir = tempfile::tempdir().expect("temporary folder");
        let url = format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("bench.db").display()
        );
        let state = interventiewijzer::prepare(&url).await.expect("database");
        let kb = (*state.knowledge_base()).clone();
        state.db.close().await;
        kb
    })
}

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
        ..base.parts().clone()
    })
    .expect("valid synthetic knowledge base")
}

fn profile() -> ClientProfile {
    let mut p = ClientProfile::new(Severity::Epa, WorkSituation::Bijstand);
    p.disorder = Disorder::Psychotic;
    p.mental_health_care = MentalHealthCare::InTreatment;
    p.work_wish = WorkWish::PaidWorkNow;
    p.barriers = vec![Barrier::SelfStigma, Barrier::FinancialDisincentives];
    p
}

fn engine(c: &mut Criterion) {
    let kb = shipped();
    let profile = profile();
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
