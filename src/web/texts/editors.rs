//! The texts of the editors for route facts, funding lines, plan rules and handout texts (their
//! messages that every editor shares are in `beheer`).

texts! {
    /// The `editors.*` texts.
    EditorsTexts {
        route_facts: ("Routefeiten", "Route facts"),
        route_facts_intro: (
            "Wie de regie heeft (precies één per werksituatie x verzekering x dienstverband), wie er verder betrokken is, de plicht van de cliënt en wat nog na te gaan is. Elk feit noemt een bron.",
            "Who holds the lead (exactly one per work situation x insurance x employment contract), who else is involved, the client's duty and what is still to check. Every fact cites a source.",
        ),
        funding: ("Financiering", "Funding lines"),
        funding_intro: (
            "Wie betaalt voor een interventie, onder welke voorwaarde. Waar de bronnen zwijgen: betaler 'unknown' en een tekst die dat zegt. Een regeling met een periode wordt nooit als lopend getoond.",
            "Who pays for an intervention, under which condition. Where the sources are silent: payer 'unknown' and a text that says so. A scheme with a period is never shown as current.",
        ),
        plan_rules: ("Planregels", "Plan rules"),
        plan_rules_intro: (
            "De volgorde in de tijd die de bronnen geven: wanneer een stap geldt, in welke fase, over welke interventies.",
            "The order in time the sources give: when a step applies, in which phase, about which interventions.",
        ),
        section: ("Route, financiering en plan", "Route, funding and plan"),
        add: ("Nieuw item", "New item"),
        new_title: ("Nieuw", "New"),
        back: ("Terug naar de lijst", "Back to the list"),
        number: ("Nr.", "No."),
        edit: ("Wijzigen", "Edit"),
        kind: ("Soort", "Kind"),
        code: ("Code", "Code"),
        condition: ("Voorwaarde", "Condition"),
        condition_hint: (
            "Voor welke antwoorden het geldt: vraag=code,code, gescheiden door spaties (bijvoorbeeld work_situation=wga insurance=public). Leeg: altijd.",
            "For which answers it holds: question=code,code, separated by spaces (for example work_situation=wga insurance=public). Empty: always.",
        ),
        text_nl: ("Tekst (Nederlands)", "Text (Dutch)"),
        text_en: ("Tekst (Engels)", "Text (English)"),
        source: ("Bron", "Source"),
        source_hint: (
            "Korte naam van een brondocument met paragraaf, bijvoorbeeld Panteia 2021, 1.1; meerdere gescheiden door ;.",
            "Short name of a source document with section, for example Panteia 2021, 1.1; several separated by ;.",
        ),
        intervention: ("Interventie", "Intervention"),
        payer: ("Betaler", "Payer"),
        period: ("Periode", "Period"),
        period_hint: (
            "Alleen voor een regeling met een periode in de bron: JJJJ-JJJJ (bijvoorbeeld 2017-2021). Anders leeg.",
            "Only for a scheme with a period in the source: YYYY-YYYY (for example 2017-2021). Otherwise empty.",
        ),
        position: ("Volgorde binnen de fase", "Order within the phase"),
        phase: ("Fase", "Phase"),
        slugs: ("Over interventies", "About interventions"),
        requires: (
            "Alleen als een van deze goed of mogelijk past",
            "Only when one of these fits well or may fit",
        ),
        slugs_hint: ("Codes van interventies, gescheiden door spaties; leeg mag.", "Intervention codes separated by spaces; may be empty."),
        opens: ("Opent de volgende stap", "Opens the next step"),
        none: ("(geen)", "(none)"),
        err_choose: ("'{value}' staat niet in de lijst. Mogelijk: {allowed}.", "'{value}' is not in the list. Allowed: {allowed}."),
        err_condition_form: ("'{part}' heeft niet de vorm vraag=code,code.", "'{part}' is not of the form question=code,code."),
        err_condition_question: ("'{name}' is geen vraag. Vragen: {allowed}.", "'{name}' is no question. Questions: {allowed}."),
        err_condition_twice: ("De vraag '{name}' staat er twee keer in.", "The question '{name}' appears twice."),
        err_condition_code: ("'{code}' is geen antwoord op {name}. Mogelijk: {allowed}.", "'{code}' is no answer to {name}. Allowed: {allowed}."),
        err_condition_responsible: (
            "De regie hangt alleen af van work_situation, insurance en employment_contract.",
            "The lead depends only on work_situation, insurance and employment_contract.",
        ),
        err_period: (
            "Schrijf de periode als JJJJ-JJJJ, het eerste jaar niet na het tweede, of laat het veld leeg.",
            "Write the period as YYYY-YYYY, the first year not after the second, or leave the field empty.",
        ),
        err_number: ("Vul een heel getal in (0 tot 100000).", "Fill in a whole number (0 to 100000)."),
        err_kb: ("Zo zou de kennisbank niet kloppen: {problem}", "The knowledge base would not be valid like this: {problem}"),
        route_fact: ("Routefeit", "Route fact"),
        funding_line: ("Financieringsregel", "Funding line"),
        plan_rule: ("Planregel", "Plan rule"),
        knowledge_base: ("Kennisbank (import)", "Knowledge base (import)"),
        social_map_csv: ("Sociale kaart (CSV-import)", "Sociale kaart (CSV import)"),
        plan_step: ("Plan, stap", "Plan, step"),
    }
}
