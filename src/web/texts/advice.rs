//! The texts of the advice page, the intervention details and the comparison.

texts! {
    /// The `advice.*` texts.
    AdviceTexts {
        title: ("Advies", "Advice"),
        summary: ("In het kort", "In short"),
        not_answered: ("niet beantwoord", "not answered"),
        unanswered: ("Niet beantwoord", "Not answered"),
        current: ("Loopt al of al gevolgd", "Already under way or followed"),
        current_intro: (
            "Deze interventies volgt de cliënt al of heeft die gevolgd; het advies stelt ze niet als nieuw voor.",
            "The client already follows or has followed these interventions; the advice does not suggest them as new.",
        ),
        support_note: (
            "Dit advies ondersteunt het professionele oordeel en het gesprek met de cliënt; het vervangt ze niet.",
            "This advice supports professional judgement and the conversation with the client; it does not replace them.",
        ),
        date: ("Datum", "Date"),
        answers: ("Uw antwoorden", "Your answers"),
        no_barriers: ("Geen aangekruist", "None ticked"),
        change: ("Antwoorden aanpassen", "Change the answers"),
        print: ("Afdrukken", "Print"),
        chart_title: ("Scores per interventie", "Scores per intervention"),
        chart_desc: (
            "Staafdiagram van de score van elke passende interventie; dezelfde cijfers staan hieronder bij elke interventie.",
            "Bar chart of the score of each fitting intervention; the same numbers are below with each intervention.",
        ),
        recommended: ("Passende interventies", "Fitting interventions"),
        none: (
            "Geen enkele interventie past bij deze antwoorden.",
            "No intervention fits these answers.",
        ),
        rank: ("Plaats", "Rank"),
        score: ("Score", "Score"),
        points: ("Punten", "Points"),
        reason: ("Reden", "Reason"),
        source: ("Bron", "Source"),
        total: ("Totaal", "Total"),
        why: ("Waarom deze plaats? Alle regels", "Why this rank? Every line"),
        delivered_by: ("Uitgevoerd door", "Delivered by"),
        caveat_mark: ("Let op:", "Caution:"),
        excluded: ("Niet passend", "Not fitting"),
        excluded_intro: (
            "Deze interventies vallen af, met de reden en de bron.",
            "These interventions do not fit, with the reason and the source.",
        ),
        providers: ("Aanbieders in uw regio", "Providers in your region"),
        no_providers: (
            "Er zijn op de sociale kaart geen aanbieders van deze interventie in deze regio bekend.",
            "The sociale kaart knows no providers of this intervention in this region.",
        ),
        sources: ("Bronnen", "Sources"),
        what: ("Wat is het", "What it is"),
        how_long: ("Hoe lang", "How long"),
        next_step: ("Volgende stap", "Next step"),
        step: ("Stap", "Step"),
        of_plan: ("van het plan", "of the plan"),
        for_later: ("Nu niet, wel voor later", "Not now, but for later"),
        not_described: ("De bronnen zeggen hier niets over.", "The sources do not say."),
        pays_itself_unknown: (
            "voor de interventie zelf noemen de bronnen geen financier",
            "for the intervention itself the sources name no funder",
        ),
        pays_unknown: (
            "De bronnen noemen geen financier; ga na wie betaalt.",
            "The sources name no funder; check who pays.",
        ),
        next_talk: (
            "Bespreek met de cliënt of dit past.",
            "Discuss with the client whether this fits.",
        ),
        next_providers: (
            "Neem daarna contact op met een aanbieder in de regio (zie hieronder).",
            "Then contact a provider in the region (see below).",
        ),
        next_no_providers: (
            "De sociale kaart kent in deze regio geen aanbieder: zoek er een met de financier.",
            "The sociale kaart knows no provider in this region: find one with the funder.",
        ),
        next_no_region: (
            "Zoek daarna een aanbieder op de sociale kaart of vraag het de financier.",
            "Then look for a provider on the sociale kaart or ask the funder.",
        ),
        next_short_providers: (
            "bespreken, dan een aanbieder in de regio benaderen",
            "discuss it, then contact a provider in the region",
        ),
        next_short_no_providers: (
            "bespreken, dan met de financier een aanbieder zoeken",
            "discuss it, then find a provider with the funder",
        ),
        next_short_no_region: (
            "bespreken, dan een aanbieder zoeken",
            "discuss it, then find a provider",
        ),
        see_above: ("zie boven", "see above"),
        shared_title: (
            "Voor elke interventie hieronder",
            "For every intervention below",
        ),
        shared_next: (
            "waar hieronder \"zie boven\" staat",
            "where below says \"see above\"",
        ),
        count_cards: ("interventies", "interventions"),
        count_card: ("interventie", "intervention"),
    }
}

texts! {
    /// The `tier.*` texts.
    TierTexts {
        strong: ("Past goed", "Fits well"),
        possible: ("Past mogelijk", "May fit"),
        weak: ("Past minder", "Fits less"),
        strong_intro: (
            "De best passende interventies voor deze cliënt.",
            "The interventions that fit this client best.",
        ),
        possible_intro: (
            "Deze kunnen passen; wat nog na te gaan is, staat bij elke interventie, en waarom ze hier \
             staan in de onderbouwing.",
            "These may fit; what is still to check is with each intervention, and why they rank here \
             is in the reasoning.",
        ),
        weak_intro: (
            "Niet uitgesloten, maar er spreekt (nog) niets of weinig voor: een score van 0 of lager.",
            "Not ruled out, but little or nothing speaks for them (yet): a score of 0 or less.",
        ),
    }
}

texts! {
    /// The `plan.*` texts.
    PlanTexts {
        title: ("Plan: wat wanneer", "Plan: what when"),
        intro: (
            "De volgorde in de tijd die de bronnen aangeven, voor deze antwoorden. Elke stap noemt haar bron.",
            "The order in time the sources indicate, for these answers. Each step names its source.",
        ),
        phase_first: ("Eerst", "First"),
        phase_now: ("Nu", "Now"),
        phase_alongside: ("Daarnaast", "Alongside"),
        phase_at_return: ("Bij de werkhervatting", "At the return to work"),
        phase_afterwards: ("Daarna", "Afterwards"),
        opens: ("Opent de volgende stap", "Opens the next step"),
        opens_ggz_treatment: ("behandeling in de GGZ", "treatment in mental-health care"),
        opens_follow_up: ("een geregeld vervolgtraject", "an arranged follow-up"),
        opens_return_to_work: ("de werkhervatting", "the return to work"),
    }
}

texts! {
    /// The `route.*` texts.
    RouteTexts {
        title: ("Route en regie", "Route and lead responsibility"),
        responsible: ("Wie heeft de regie", "Who holds the lead"),
        involve: ("Wie is er verder betrokken", "Who else is involved"),
        client_duty: ("Plicht van de cliënt", "The client's duty"),
        no_duty: (
            "De bronnen beschrijven voor deze situatie geen eigen re-integratieplicht van de cliënt.",
            "The sources describe no re-integration duty of the client for this situation.",
        ),
        to_check: ("Nog na te gaan", "Still to check"),
        who_pays: ("Wie betaalt", "Who pays"),
        table_title: (
            "Wie heeft de regie: werksituatie x verzekering",
            "Who holds the lead: work situation x insurance",
        ),
        table_intro: (
            "Gegenereerd uit de kennisbank. Bij eigenrisicodragerschap is de (voormalig) werkgever verantwoordelijk, de facto vaak met een private verzekeraar; is de verzekering onbekend, dan zegt het advies wat u moet nagaan.",
            "Generated from the knowledge base. With an eigenrisicodrager the (former) employer is responsible, in practice often with a private insurer; when the insurance is unknown, the advice says what to check.",
        ),
        work_situation: ("Werksituatie", "Work situation"),
        contract: ("Dienstverband", "Employment contract"),
        differences: ("Verschil in route", "Difference in route"),
        same: (
            "De route is voor beide profielen gelijk.",
            "The route is the same for both profiles.",
        ),
    }
}

texts! {
    /// The `detail.*` texts.
    DetailTexts {
        not_described: ("Niet beschreven in de bronnen.", "Not described in the sources."),
        evidence: ("Bewijskracht", "Evidence"),
        recognised_by: ("Erkend door", "Recognised by"),
        not_recognised: (
            "Niet erkend door een Nederlands kennisinstituut.",
            "Not recognised by a Dutch knowledge institute.",
        ),
        guidance: ("Soort begeleiding", "Kind of guidance"),
        rules: ("Hoe deze interventie wordt afgewogen", "How this intervention is weighed"),
        rules_intro: (
            "De regels die de Interventiewijzer voor deze interventie toepast, elk met de bron.",
            "The rules Interventiewijzer applies to this intervention, each with its source.",
        ),
        back: ("Alle interventies", "All interventions"),
    }
}

texts! {
    /// The `rules.*` texts.
    RulesTexts {
        question: ("Vraag", "Question"),
        answers: ("Antwoorden", "Answers"),
        effect: ("Werking", "Effect"),
        explanation: ("Uitleg", "Explanation"),
    }
}

texts! {
    /// The `compare.*` texts.
    CompareTexts {
        title: ("Twee profielen vergelijken", "Compare two profiles"),
        plan_title: ("Waar de plannen verschillen", "Where the plans differ"),
        plan_summary: ("Samenvatting", "Summary"),
        plan_only: ("Stappen alleen in dit plan", "Steps only in this plan"),
        plan_none: ("Geen: elke stap staat ook in het andere plan.", "None: every step is in the other plan too."),
        plan_shared: ("Stappen in beide plannen", "Steps in both plans"),
        intro: (
            "Links profiel A, rechts profiel B. De tabel laat per interventie zien hoe de plaats en de score \
             veranderen van A naar B, en welke regels het verschil maken. Verander een antwoord van B en bekijk \
             wat er verschuift.",
            "Profile A on the left, profile B on the right. The table shows for each intervention how its rank \
             and score change from A to B, and which rules make the difference. Change an answer of B and see \
             what shifts.",
        ),
        profile_a: ("Profiel A", "Profile A"),
        profile_b: ("Profiel B", "Profile B"),
        filled_in: ("Ingevuld profiel", "Filled-in profile"),
        changed_mark: ("aangepast", "changed"),
        pick_submit: ("Vergelijk deze twee", "Compare these two"),
        start_here: (
            "A en B zijn nu gelijk. Verander hieronder een of meer antwoorden van B en kies \"Vergelijk opnieuw\".",
            "A and B are the same now. Change one or more answers of B below and choose \"Compare again\".",
        ),
        changed: ("Wat verschilt in de antwoorden", "What differs in the answers"),
        no_changes: (
            "De antwoorden van A en B zijn gelijk. Verander hieronder een antwoord van B.",
            "A and B have the same answers. Change an answer of B below.",
        ),
        ranking: ("Plaats en score per interventie", "Rank and score per intervention"),
        intervention: ("Interventie", "Intervention"),
        movement: ("Verschuiving", "Movement"),
        excluded: ("niet passend", "not fitting"),
        up: ("hoger", "up"),
        down: ("lager", "down"),
        same: ("gelijk", "unchanged"),
        now_fits: ("past nu wel", "now fits"),
        now_excluded: ("valt nu af", "now excluded"),
        places: ("plaatsen", "places"),
        place: ("plaats", "place"),
        differences: ("Regels die het verschil maken", "Rules that make the difference"),
        only_a: ("alleen bij A", "only for A"),
        only_b: ("alleen bij B", "only for B"),
        excluding: ("sluit uit", "excludes"),
        change_b: ("Verander profiel B", "Change profile B"),
        submit: ("Vergelijk opnieuw", "Compare again"),
        start: ("Vergelijk: verander een antwoord", "Compare: change an answer"),
        pick: ("Of kies twee voorbeelden", "Or pick two examples"),
        bad_a: (
            "Profiel A is niet geldig. Begin opnieuw vanuit een voorbeeld of de vragenlijst.",
            "Profile A is not valid. Start again from an example or the questionnaire.",
        ),
    }
}
