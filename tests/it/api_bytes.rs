//! The API's advice is written straight from ready JSON parts (`web::advice_writer`); its
//! bytes must be those of serialising the documented view `web::api::AdviceJson`, for every
//! kind of profile, both languages, with and without a region and current interventions.

use interventiewijzer::domain::lang::Lang;
use interventiewijzer::domain::matching::recommend;
use interventiewijzer::web::advice_parts::AdviceParts;
use interventiewijzer::web::advice_writer::advice_json;
use interventiewijzer::web::api::AdviceJson;
use proptest::prelude::*;
use proptest::sample::select;

use crate::common::shipped_knowledge_base;
use crate::engine::any_profile;

#[test]
fn the_written_advice_is_byte_for_byte_the_serialised_view() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let kb = runtime.block_on(shipped_knowledge_base());
    let parts = AdviceParts::new(&kb);
    let slugs: Vec<String> = kb.interventions().iter().map(|i| i.slug.clone()).collect();
    let mut regions: Vec<Option<String>> = kb
        .social_map()
        .regions
        .iter()
        .map(|r| Some(r.code.clone()))
        .collect();
    regions.push(None);
    regions.push(None);
    assert!(regions.len() > 2, "the shipped sociale kaart has regions");
    let strategy = (
        any_profile(),
        proptest::sample::subsequence(slugs, 0..=3),
        select(regions),
        select(vec![Lang::Nl, Lang::En]),
    );
    let with_providers = std::cell::Cell::new(0);
    proptest!(ProptestConfig::with_cases(600), |((mut profile, current, region, lang) in strategy)| {
        profile.current_interventions = current;
        profile.region = region;
        let advice = recommend(&kb, &profile);
        let view = AdviceJson::complete(&advice, &kb, &profile, lang);
        let expected = serde_json::to_vec(&view).unwrap();
        let written = advice_json(&kb, &profile, &advice, &parts, lang, 0);
        if written != expected {
            let at = written.iter().zip(&expected).take_while(|(a, b)| a == b).count();
            let from = at.saturating_sub(80);
            prop_assert!(
                false,
                "differ at byte {at}:\n written  {}\n expected {}",
                String::from_utf8_lossy(&written[from..(at + 80).min(written.len())]),
                String::from_utf8_lossy(&expected[from..(at + 80).min(expected.len())])
            );
        }
        if String::from_utf8_lossy(&written).contains("\"providers\":[{") {
            with_providers.set(with_providers.get() + 1);
        }
    });
    assert!(with_providers.get() > 0, "some answers list providers");
}
