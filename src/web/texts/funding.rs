//! The texts about who pays and who holds the regie: payers and responsible parties by code,
//! the note on a scheme's period, "who pays" on the client handout in plain words (B1), and
//! the notes on the knowledge base's rules and recognitions. `{name}` marks where a value goes
//! (see [`super::fill`]).

texts! {
    /// The `funding.*` texts: payers and responsible parties by code, a scheme's period.
    FundingTexts {
        period_passed: (
            "Regeling volgens de bron: {period}; die periode is voorbij, ga na of de regeling nog loopt.",
            "Scheme according to the source: {period}; that period has passed, check whether the \
             scheme still runs.",
        ),
        period_running: (
            "Regeling volgens de bron: {period}; ga na of die nog loopt.",
            "Scheme according to the source: {period}; check whether it still runs.",
        ),
        payer_zvw: ("Zorgverzekering (Zvw)", "Health insurance (Zvw)"),
        payer_uwv: ("UWV", "UWV"),
        payer_gemeente: ("Gemeente", "Municipality"),
        payer_employer: ("Werkgever", "Employer"),
        payer_insurer: ("Verzekeraar", "Insurer"),
        payer_unknown: ("Onbekend", "Unknown"),
        responsible_employer: ("Werkgever", "Employer"),
        responsible_uwv: ("UWV", "UWV"),
        responsible_employer_or_insurer: (
            "(Voormalig) werkgever als eigenrisicodrager, vaak met een private verzekeraar",
            "(Former) employer as eigenrisicodrager, often with a private insurer",
        ),
        responsible_uwv_or_eigenrisicodrager: (
            "UWV of de eigenrisicodrager: vraag de verzekering na",
            "UWV or the eigenrisicodrager: ask about the insurance",
        ),
        responsible_gemeente: ("Gemeente", "Municipality"),
        responsible_unknown: (
            "Onbekend: de bronnen beschrijven dit niet",
            "Unknown: the sources do not cover this",
        ),
    }
}

texts! {
    /// The `who_pays.*` texts: "who pays" on the client handout, in plain words.
    WhoPaysTexts {
        zvw: ("de zorgverzekering", "health insurance"),
        uwv: ("UWV", "UWV"),
        gemeente: ("de gemeente", "the municipality"),
        employer: ("de werkgever", "the employer"),
        insurer: ("een verzekeraar", "an insurer"),
        and: (" en ", " and "),
        unknown: (
            "Onze bronnen zeggen niet wie dit betaalt. Uw begeleider zoekt het uit.",
            "Our sources do not say who pays for this. Your counsellor will find out.",
        ),
        depends: (
            "Het hangt af van uw situatie. Betalen kan: {payers}.",
            "It depends on your situation. It can be paid by {payers}.",
        ),
        partly_unknown: (
            "Voor een deel zeggen onze bronnen niet wie betaalt.",
            "For some of it, our sources do not say who pays.",
        ),
        scheme_ran: (
            "Een regeling liep tot {year}. Vraag of die nog loopt.",
            "A scheme ran until {year}. Ask if it still runs.",
        ),
        scheme_runs: (
            "Een regeling loopt tot {year}. Vraag of die nog loopt.",
            "A scheme runs until {year}. Ask if it still runs.",
        ),
    }
}

texts! {
    /// The `kb_note.*` texts: notes on the knowledge base's rules and recognitions.
    KbNoteTexts {
        only_when: ("{answers} (alleen als: {condition})", "{answers} (only when: {condition})"),
        recognition_old: (
            "De erkenning door {institute} is van {year}, meer dan {max_age} jaar geleden: ga na of die nog geldt.",
            "The recognition by {institute} dates from {year}, more than {max_age} years ago: check that it still holds.",
        ),
        recognition_unknown_year: (
            "De datum van de erkenning door {institute} is onbekend: vul het jaar in.",
            "The date of the recognition by {institute} is unknown: fill in the year.",
        ),
    }
}
