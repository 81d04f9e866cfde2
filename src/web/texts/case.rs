//! The texts of the case link, the privacy statement and the client handout.

texts! {
    /// The `case.*` texts.
    CaseTexts {
        link_note: (
            "Het adres van deze pagina is de link naar deze casus: u kunt het bewaren, verversen of \
             later openen. Er staat geen antwoord in, alleen een willekeurige code.",
            "The address of this page is the link to this case: you can keep it, reload it or open \
             it later. It holds no answer, only a random code.",
        ),
        expires: (
            "De antwoorden worden automatisch verwijderd op",
            "The answers are deleted automatically on",
        ),
        change_one: ("wijzig", "change"),
        delete: ("Verwijder nu", "Delete now"),
        back_to_advice: (
            "Terug naar het advies (zonder wijzigingen)",
            "Back to the advice (without changes)",
        ),
        kb_changed: (
            "Let op: de kennisbank is gewijzigd sinds deze casus werd opgeslagen. Het advies hieronder \
             is opnieuw berekend met de huidige kennisbank en kan daardoor afwijken van eerder.",
            "Note: the knowledge base has changed since this case was saved. The advice below is \
             computed again with the current knowledge base and may differ from before.",
        ),
        changed_on: ("Laatst aangepast op", "Last changed on"),
        changed_nothing: (
            "opgeslagen zonder wijziging: alle antwoorden zijn gelijk gebleven.",
            "saved without a change: every answer stayed the same.",
        ),
        changed_answers: ("Gewijzigde antwoorden", "Changed answers"),
        changed_advice: ("Wat er bovenaan het advies veranderde", "What changed at the top of the advice"),
        change_top_same: (
            "De eerste plaats en de groep 'Past goed' van het advies zijn gelijk gebleven.",
            "The first place and the group 'Fits well' of the advice stayed the same.",
        ),
        change_first: ("Eerste plaats", "First place"),
        change_none: ("geen", "none"),
        change_entered: ("Nieuw in", "New in"),
        change_left: ("Niet meer in", "No longer in"),
        deleted_title: ("Casus verwijderd", "Case deleted"),
        deleted: (
            "De antwoorden van deze casus zijn verwijderd. De link werkt niet meer.",
            "The answers of this case have been deleted. The link no longer works.",
        ),
        new: ("Een nieuwe vragenlijst invullen", "Fill in a new questionnaire"),
        unknown_title: ("Casus niet gevonden", "Case not found"),
        unknown: (
            "Onder deze link staat geen casus. Misschien is hij verwijderd, of is het adres niet \
             helemaal overgenomen. Vul de vragenlijst opnieuw in om een advies te krijgen.",
            "There is no case under this link. It may have been deleted, or the address was not \
             copied in full. Fill in the questionnaire again to get an advice.",
        ),
        expired_title: ("Casus verlopen", "Case expired"),
        expired: (
            "Deze casus is verlopen: de antwoorden worden na een vaste termijn automatisch \
             verwijderd. Vul de vragenlijst opnieuw in om een advies te krijgen.",
            "This case has expired: the answers are deleted automatically after a set time. Fill in \
             the questionnaire again to get an advice.",
        ),
        full_title: ("Even geen ruimte", "No room just now"),
        full: (
            "Er zijn op dit moment te veel open casussen om er een bij te maken. Probeer het later \
             opnieuw; oude casussen worden automatisch verwijderd. Uw antwoorden zijn niet bewaard.",
            "There are too many open cases just now to add one. Please try again later; old cases \
             are deleted automatically. Your answers have not been kept.",
        ),
    }
}

texts! {
    /// The `privacy.*` texts.
    PrivacyTexts {
        title: ("Privacyverklaring", "Privacy statement"),
        what_title: ("Wat wordt bewaard", "What is stored"),
        what: (
            "Als u de vragenlijst verstuurt, bewaren wij alleen de gekozen antwoordcodes (bijvoorbeeld \
             'EPA' of 'bijstand', en de gekozen regio), de versie van de kennisbank en wanneer de \
             casus is gemaakt en gewijzigd. Na een wijziging ook de antwoordcodes van vóór de \
             laatste wijziging, zodat het advies kan laten zien wat er veranderde; ze verdwijnen \
             met de casus. Ze staan onder een code van 32 tekens die niemand kan \
             raden en waaruit niets over de casus af te lezen is. Geen naam, BSN, geboortedatum, vrije tekst, IP-adres of cookie van de \
             cliënt.",
            "When you send the questionnaire, we store only the chosen answer codes (for example 'EPA' \
             or 'social assistance', and the chosen region), the knowledge base version and when the \
             case was made and changed. After a change also the answer codes from before the last \
             change, so that the advice can show what changed; they go with the case. They are kept under a 32-character code that no one can \
             guess and that reveals nothing about the case. No name, citizen service number, date of birth, free text, IP address or cookie \
             of the client.",
        ),
        why_title: ("Waarom", "Why"),
        why: (
            "Zodat het advies een eigen adres heeft: het blijft staan als u terug gaat, de pagina \
             ververst, de taal wisselt, afdrukt of later verder wilt, en u kunt de antwoorden \
             aanpassen zonder alles opnieuw in te vullen. Het adres bevat geen antwoord.",
            "So that the advice has its own address: it stays when you go back, reload the page, \
             switch language, print or want to continue later, and you can change the answers \
             without filling in everything again. The address holds no answer.",
        ),
        how_long_title: ("Hoe lang", "How long"),
        how_long: (
            "Een casus wordt automatisch verwijderd na de laatste wijziging plus",
            "A case is deleted automatically after its last change plus",
        ),
        days: ("dagen", "days"),
        delete: (
            "Met de knop 'Verwijder nu' op het advies verwijdert u hem direct. Het aantal casussen is \
             begrensd.",
            "The 'Delete now' button on the advice deletes it at once. The number of cases is \
             limited.",
        ),
        not_title: ("Wat niet", "What not"),
        not: (
            "Antwoorden komen nooit in een adres (URL) of in een logregel. De taalkeuze wordt in een \
             cookie onthouden; dat is een voorkeur, geen gegeven over de cliënt. De JSON-API bewaart \
             niets.",
            "Answers never appear in an address (URL) or a log line. The language choice is kept in a \
             cookie; that is a preference, not data about the client. The JSON API stores nothing.",
        ),
    }
}

texts! {
    /// The `handout.*` texts.
    HandoutTexts {
        link: ("Uitleg voor de cliënt (1 pagina)", "Handout for the client (1 page)"),
        title: ("Welke hulp bij werk past bij u?", "Which help with work suits you?"),
        intro: (
            "U hebt samen met uw begeleider vragen beantwoord. Hieronder staan de mogelijkheden die \
             het best bij u passen, naast elkaar. Zo kunt u ze vergelijken. U beslist mee.",
            "You answered questions together with your counsellor. Below are the options that suit \
             you best, side by side. That way you can compare them. You help decide.",
        ),
        option: ("Mogelijkheid", "Option"),
        question: ("Vraag", "Question"),
        q_what: ("Wat is het?", "What is it?"),
        q_how_long: ("Hoe lang duurt het?", "How long does it take?"),
        q_who_helps: ("Wie helpt u?", "Who helps you?"),
        q_who_pays: ("Wie betaalt?", "Who pays?"),
        q_research: ("Wat vond onderzoek?", "What did research find?"),
        q_next: ("Wat doet u nu?", "What do you do next?"),
        silent: (
            "Dat staat niet in onze bronnen. Vraag het uw begeleider.",
            "Our sources do not say. Ask your counsellor.",
        ),
        pays_unknown: (
            "Dat staat niet in onze bronnen. Uw begeleider zoekt het uit.",
            "Our sources do not say. Your counsellor will find out.",
        ),
        next: (
            "Praat met uw begeleider of u dit wilt proberen.",
            "Talk with your counsellor about whether you want to try this.",
        ),
        next_find: (
            "Uw begeleider zoekt uit wie het bij u in de buurt doet.",
            "Your counsellor finds out who offers it near you.",
        ),
        next_nearby: ("Bij u in de buurt:", "Near you:"),
        none: (
            "Er is geen mogelijkheid gevonden die past. Praat met uw begeleider over wat wel kan.",
            "No option was found that fits. Talk with your counsellor about what is possible.",
        ),
        footer: (
            "Deze uitleg helpt bij het gesprek met uw begeleider. Het is geen besluit.",
            "This handout helps the talk with your counsellor. It is not a decision.",
        ),
        sources: ("Bronnen", "Sources"),
        back: ("Terug naar het advies", "Back to the advice"),
        print: (
            "Druk deze pagina af of bewaar hem als pdf om mee te geven.",
            "Print this page or save it as a PDF to hand over.",
        ),
    }
}
