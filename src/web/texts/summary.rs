//! The sentences made from the domain's codes: the summary of an advice and the ledger lines
//! that are not a rule's own text. `{name}` marks where a value goes (see [`super::fill`]).

texts! {
    /// The `summary.*` texts: where to begin and why, then what follows.
    SummaryTexts {
        first_step_ggz_treatment: (
            "Begin met behandeling in de GGZ, omdat IPS alleen samen met die behandeling kan; daarna komt IPS in beeld.",
            "Begin with treatment in mental-health care (GGZ), because IPS is only possible together with that treatment; after that, IPS comes into view.",
        ),
        first_step: (
            "Begin met de eerste stap van het plan hieronder, omdat die de volgende stappen opent.",
            "Begin with the first step of the plan below, because it opens the next steps.",
        ),
        meanwhile: ("Tot die tijd past: {names}.", "Until then, this fits: {names}."),
        none_fits: (
            "Geen interventie past goed of mogelijk bij deze antwoorden; bekijk de groep 'Past minder' en de uitgesloten interventies.",
            "No intervention fits well or may fit with these answers; see the group 'Fits less' and the excluded interventions.",
        ),
        begin_one: (
            "Begin met {names}, omdat die het best past bij deze antwoorden{then}.",
            "Begin with {names}, because it fits these answers best{then}.",
        ),
        begin_many: (
            "Begin met {names}, omdat die het best passen bij deze antwoorden{then}.",
            "Begin with {names}, because they fit these answers best{then}.",
        ),
        then_follow_up: (
            "; regel daarna tijdig een vervolgtraject voor na {names}",
            "; then arrange a follow-up in time for after {names}",
        ),
        then_at_return: ("; daarna, bij de werkhervatting: {names}", "; then, at the return to work: {names}"),
        then_afterwards: ("; daarna: {names}", "; then: {names}"),
        weightiest: (
            "Het zwaarst weegt bij {top}: \u{201e}{why}\u{201d}.",
            "What weighs most for {top}: \u{201c}{why}\u{201d}.",
        ),
        and: (" en ", " and "),
    }
}

texts! {
    /// The `ledger.*` texts: advice lines that are not a rule's own text.
    LedgerTexts {
        to_check: ("Nog na te gaan: {rule}", "Still to check: {rule}"),
        evidence: ("Bewijskracht: {level}", "Evidence: {level}"),
        evidence_recognised: ("Bewijskracht: {level} ({institutes})", "Evidence: {level} ({institutes})"),
    }
}
