//! The texts of the questionnaire.

texts! {
    /// The `form.*` texts.
    FormTexts {
        title: ("Vragenlijst", "Questionnaire"),
        intro: (
            "Alleen de vragen met 'verplicht' moeten worden beantwoord. Wat u niet weet, laat u open: een \
             onbekend antwoord sluit niets uit. Vul geen naam, BSN of andere gegevens in waarmee de cliënt \
             te herkennen is; daar wordt ook niet om gevraagd.",
            "Only the questions marked 'required' must be answered. Leave open what you do not know: an \
             unknown answer excludes nothing. Do not enter a name, citizen number or anything else that \
             identifies the client; none is asked for.",
        ),
        required: ("verplicht", "required"),
        more_help: ("Meer uitleg", "More explanation"),
        part: ("Deel", "Part"),
        of: ("van", "of"),
        time: ("Dit duurt ongeveer 5 tot 10 minuten.", "This takes about 5 to 10 minutes."),
        time_required: (
            "vragen zijn verplicht; de andere mag u openlaten.",
            "questions are required; you may leave the others open.",
        ),
        choose: ("Kies…", "Choose…"),
        section_profile: ("Cliëntprofiel", "Client profile"),
        section_work: ("Werksituatie", "Work situation"),
        section_care: ("Zorg en wensen", "Care and wishes"),
        section_barriers: ("Belemmeringen", "Barriers"),
        section_practical: ("Praktische voorkeuren", "Practical preferences"),
        region: ("Arbeidsmarktregio", "Labour-market region"),
        region_help: (
            "Optioneel: dan toont het advies welke organisaties in die regio de interventie aanbieden (sociale kaart).",
            "Optional: the advice then shows which organisations offer the intervention in that region (sociale kaart).",
        ),
        current: (
            "Interventies die de cliënt al volgt of gevolgd heeft",
            "Interventions the client already follows or has followed",
        ),
        current_help: (
            "Optioneel. Deze interventies staan in het advies als 'loopt al' en worden niet als nieuw voorgesteld.",
            "Optional. The advice lists these as 'already under way' and does not suggest them as new.",
        ),
        no_region: ("Geen regio gekozen", "No region chosen"),
        submit: ("Toon het advies", "Show the advice"),
        errors_title: ("Controleer de volgende antwoorden", "Please check these answers"),
        error_missing: (
            "Beantwoord deze vraag: die is verplicht.",
            "Answer this question: it is required.",
        ),
        error_not_allowed: (
            "Kies een van de antwoorden uit de lijst.",
            "Choose one of the answers in the list.",
        ),
        error_region: ("Kies een regio uit de lijst.", "Choose a region from the list."),
        error_repeated: ("Kies één antwoord.", "Choose one answer."),
        error_current: (
            "Kies bij de huidige interventies alleen interventies uit de lijst.",
            "Choose only interventions from the list as current interventions.",
        ),
        error_impossible_absence_duration: (
            "Deze combinatie kan niet: ziekteverzuim met loondoorbetaling duurt hooguit 104 weken. \
             Na 2 jaar volgt de WIA (WGA of IVA). Kies een kortere duur of een andere werksituatie.",
            "This combination cannot occur: sick leave with wages paid lasts at most 104 weeks. \
             After 2 years the WIA follows (WGA or IVA). Choose a shorter duration or another work situation.",
        ),
        error_impossible_partial_return: (
            "Deze combinatie kan niet: gedeeltelijke werkhervatting gaat over iemand die nog ziek gemeld \
             is bij een werkgever. Kies 'In dienst, ziek gemeld' of laat deze vraag open.",
            "This combination cannot occur: a partial return is about someone still on sick leave from \
             an employer. Choose 'Employed, on sick leave' or leave this question open.",
        ),
        error_impossible_own_job_feasible: (
            "Deze combinatie kan niet: terugkeer in de eigen functie vraagt om een eigen baan bij een \
             werkgever (ziek gemeld of weer aan het werk). Laat deze vraag open of kies een andere werksituatie.",
            "This combination cannot occur: returning to the own job needs a job with an employer \
             (on sick leave or back at work). Leave this question open or choose another work situation.",
        ),
        error_unknown_field: (
            "Het formulier bevatte een veld dat niet bij het profiel hoort. Vul de vragenlijst opnieuw in.",
            "The form contained a field that is not part of the profile. Please fill in the questionnaire again.",
        ),
    }
}
