//! The texts of the CDS Hooks service: its cards, its refusals and the reasons a professional
//! may give for setting a card aside (also shown in beheer). `{name}` marks where a value goes
//! (see [`super::fill`]).

texts! {
    /// The `cds.*` texts: the service's error messages.
    CdsTexts {
        busy: (
            "Te veel aanroepen tegelijk; probeer het over enkele minuten opnieuw.",
            "Too many calls at once; try again in a few minutes.",
        ),
        replayed: (
            "Dit token is al gebruikt (jti); stuur bij elke aanroep een nieuw token.",
            "This token was used before (jti); send a new token with every call.",
        ),
        no_token: (
            "Geen geldig token: stuur een JWT (ES384 of RS384) van een toegestane uitgever, met \
             aud, exp, iat en jti, als Authorization: Bearer.",
            "No valid token: send a JWT (ES384 or RS384) from an allowed issuer, with aud, exp, \
             iat and jti, as Authorization: Bearer.",
        ),
        not_found: ("Dit adres bestaat niet.", "This address does not exist."),
        wrong_hook: ("hook moet \"{hook}\" zijn.", "hook must be \"{hook}\"."),
        no_instance: (
            "hookInstance ontbreekt (een UUID per aanroep).",
            "hookInstance is missing (one UUID per call).",
        ),
        no_profile: (
            "context.profile ontbreekt: het cliëntprofiel als JSON-object.",
            "context.profile is missing: the client profile as a JSON object.",
        ),
        feedback_shape: (
            "Verwacht: {\"feedback\": [{\"card\", \"outcome\", \"outcomeTimestamp\", ...}]}.",
            "Expected: {\"feedback\": [{\"card\", \"outcome\", \"outcomeTimestamp\", ...}]}.",
        ),
        feedback_count: (
            "Stuur 1 tot {max} terugmeldingen per keer.",
            "Send 1 to {max} feedback entries at a time.",
        ),
        feedback_outcome: (
            "outcome moet accepted of overridden zijn.",
            "outcome must be accepted or overridden.",
        ),
        feedback_timestamp: (
            "outcomeTimestamp moet een RFC 3339-tijdstip zijn, zoals 2026-11-27T10:05:31Z.",
            "outcomeTimestamp must be an RFC 3339 time, such as 2026-11-27T10:05:31Z.",
        ),
        feedback_reason: ("Onbekende reden; kies uit: {codes}.", "Unknown reason; choose from: {codes}."),
        feedback_card: (
            "Onbekende kaart: geen uuid van een kaart van deze dienst.",
            "Unknown card: not the uuid of a card of this service.",
        ),
    }
}

texts! {
    /// The `cds_card.*` texts: the words of a card and its markdown detail.
    CdsCardTexts {
        fits: ("passend", "fits"),
        strong: ("sterk passend", "strong fit"),
        possible: ("mogelijk passend", "possible fit"),
        choose: ("Kies {name}", "Choose {name}"),
        why: ("Waarom", "Why"),
        note: ("Let op", "Note"),
        who_pays: ("Wie betaalt", "Who pays"),
        route: ("Route", "Route"),
        responsible: ("Regie", "Responsible"),
        involve: ("Betrek", "Involve"),
        client_duty: ("Plicht van de cliënt", "The client's duty"),
        to_check: ("Na te gaan", "To check"),
    }
}

texts! {
    /// The `override_reason.*` texts: why a professional set a card aside, by code
    /// (`not-in-region` is `not_in_region`), and how beheer counts them.
    OverrideReasonTexts {
        not_in_region: ("niet aangeboden in de regio", "not offered in the region"),
        client_declines: ("cliënt wil dit niet", "client declines"),
        waiting_list: ("wachtlijst", "waiting list"),
        other_intervention: ("andere interventie gekozen", "other intervention chosen"),
        professional_judgement: ("professioneel oordeel", "professional judgement"),
        overridden: ("{count} keer afgewezen", "{count} times overridden"),
        accepted: ("{count} keer aanvaard", "{count} times accepted"),
        for_reason: ("{count} keer '{reason}'", "{count} times '{reason}'"),
        outcome_accepted: ("aanvaard", "accepted"),
        outcome_overridden: ("afgewezen", "overridden"),
    }
}
