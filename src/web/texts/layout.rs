//! The texts of the layout (header, menu, footer), the error pages and the informational pages.

texts! {
    /// The `site.*` texts.
    SiteTexts {
        name: ("Interventiewijzer", "Interventiewijzer"),
        tagline: (
            "Welke re-integratie-interventie past bij deze cliënt?",
            "Which re-integration intervention fits this client?",
        ),
        skip: ("Direct naar de inhoud", "Skip to content"),
    }
}

texts! {
    /// The `nav.*` texts.
    NavTexts {
        label: ("Hoofdmenu", "Main menu"),
        home: ("Start", "Home"),
        questionnaire: ("Vragenlijst", "Questionnaire"),
        catalogue: ("Interventies", "Interventions"),
        explain: ("Hoe werkt het?", "How it works"),
        examples: ("Voorbeelden", "Examples"),
        compare: ("Vergelijken", "Compare"),
        figures: ("Cijfers", "Figures"),
        social_map: ("Sociale kaart", "Social map"),
    }
}

texts! {
    /// The `lang.*` texts.
    LangTexts {
        switch: ("English", "Nederlands"),
        switch_label: ("Read this page in English", "Lees deze pagina in het Nederlands"),
    }
}

texts! {
    /// The `footer.*` texts.
    FooterTexts {
        disclaimer: (
            "Interventiewijzer ondersteunt het oordeel van de professional; het vervangt dat oordeel niet.",
            "Interventiewijzer supports the professional's judgement; it does not replace it.",
        ),
        privacy: (
            "Alleen de antwoordcodes worden een beperkte tijd bewaard onder een willekeurige code; niets \
             waarmee een cliënt te herkennen is.",
            "Only the answer codes are kept for a limited time under a random code; nothing that \
             identifies a client.",
        ),
        accessibility: ("Toegankelijkheid", "Accessibility"),
        kb_version: ("Versie kennisbank", "Knowledge base version"),
        privacy_link: ("Privacy", "Privacy"),
    }
}

texts! {
    /// The `notfound.*` texts.
    NotfoundTexts {
        title: ("Pagina niet gevonden", "Page not found"),
        body: (
            "Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.",
            "This page does not exist (any more). Check the address or go to the home page.",
        ),
    }
}

texts! {
    /// The `error.*` texts.
    ErrorTexts {
        title: ("Er ging iets mis", "Something went wrong"),
        body: (
            "Er ging iets mis aan onze kant. Probeer het later opnieuw.",
            "Something went wrong on our side. Please try again later.",
        ),
        bad_request: (
            "Het verzoek kon niet worden verwerkt.",
            "The request could not be processed.",
        ),
        our_side: ("Er ging iets mis aan onze kant.", "Something went wrong on our side."),
        not_found: ("Niet gevonden.", "Not found."),
    }
}

texts! {
    /// The `a11y.*` texts.
    A11yTexts {
        title: ("Toegankelijkheid", "Accessibility"),
        body_1: (
            "De Interventiewijzer wil voor iedereen bruikbaar zijn en volgt de Web Content Accessibility \
             Guidelines (WCAG) 2.1 op niveau AA, zoals het Besluit digitale toegankelijkheid overheid vraagt.",
            "Interventiewijzer aims to be usable by everyone and follows the Web Content Accessibility \
             Guidelines (WCAG) 2.1 at level AA, as the Dutch accessibility decree requires.",
        ),
        body_2: (
            "Alle pagina's werken zonder JavaScript en met alleen het toetsenbord. Formuliervelden hebben \
             labels en uitleg; fouten worden bovenaan samengevat en bij het veld genoemd. De pagina's laden \
             niets van andere websites en zijn te vergroten tot 200% zonder dat er horizontaal gescrold hoeft te worden.",
            "All pages work without JavaScript and with the keyboard alone. Form fields have labels and help \
             texts; errors are summarised at the top and named beside the field. The pages load nothing from \
             other websites and can be zoomed to 200% without horizontal scrolling.",
        ),
        body_3: (
            "Loopt u tegen een probleem aan? Meld het bij de beheerder van de Interventiewijzer in uw organisatie.",
            "Did you run into a problem? Please report it to the administrator of Interventiewijzer in your organisation.",
        ),
    }
}

texts! {
    /// The `home.*` texts.
    HomeTexts {
        title: ("Interventiewijzer", "Interventiewijzer"),
        lead: (
            "Een hulpmiddel voor re-integratiecoaches, arbeidsdeskundigen en andere professionals die met \
             een cliënt met psychische problemen een passende route naar werk zoeken.",
            "A tool for re-integration coaches, UWV case managers and other professionals who look for a \
             fitting route to work with a client who has mental-health problems.",
        ),
        what_title: ("Wat doet de Interventiewijzer?", "What does Interventiewijzer do?"),
        what: (
            "U beantwoordt een korte vragenlijst over de situatie van uw cliënt. De Interventiewijzer zet de \
             interventies uit de kennisbank op volgorde van passendheid en legt per interventie uit waarom: \
             welke kenmerken passen, waar u op moet letten, hoe sterk het bewijs is en uit welke bron dat komt.",
            "You answer a short questionnaire about your client's situation. Interventiewijzer ranks the \
             interventions in its knowledge base by fit and explains each: which characteristics fit, what \
             to watch out for, how strong the evidence is and which source says so.",
        ),
        who_title: ("Voor wie?", "For whom?"),
        who: (
            "Voor professionals: jobcoaches, trajectbegeleiders en re-integratiecoaches, arbeidsdeskundigen en \
             re-integratiebegeleiders van UWV, en trainers die de afwegingen willen laten zien.",
            "For professionals: job coaches and re-integration coaches, UWV case managers, and trainers \
             who want to show how the choice is made.",
        ),
        not_title: ("Wat doet het niet?", "What does it not do?"),
        not: (
            "Het advies ondersteunt uw professionele oordeel en het gesprek met de cliënt; het vervangt ze \
             niet. Kennis over de diagnose is op zich niet voldoende om iemands werkmogelijkheden te bepalen \
             (Factsheet 2018): ook persoonlijke en externe factoren tellen mee. Er is geen diagnose nodig en er \
             wordt niets opgeslagen waarmee de cliënt te herkennen is: geen naam, geen BSN, geen vrije tekst.",
            "The advice supports your professional judgement and the conversation with the client; it does \
             not replace them. Knowing the diagnosis is not enough in itself to decide someone's work \
             possibilities (Factsheet 2018): personal and external factors count too. No diagnosis is needed \
             and nothing that identifies the client is stored: no name, no citizen number, no free text.",
        ),
        start: ("Start de vragenlijst", "Start the questionnaire"),
        catalogue: ("Bekijk alle interventies", "See all interventions"),
    }
}

texts! {
    /// The `explain.*` texts.
    ExplainTexts {
        title: ("Hoe werkt de Interventiewijzer?", "How does Interventiewijzer work?"),
        how_title: ("De afweging in gewone woorden", "The weighing in plain words"),
        how_1: (
            "Voor elke interventie in de kennisbank loopt de Interventiewijzer alle regels langs die bij die \
             interventie horen. Een regel kijkt naar één vraag uit de vragenlijst en naar een of meer antwoorden.",
            "For every intervention in the knowledge base, Interventiewijzer goes through all rules that belong \
             to it. A rule looks at one question of the questionnaire and at one or more answers.",
        ),
        how_2: (
            "Er zijn vier soorten regels. 'Vereist': de interventie past alleen bij deze antwoorden; bij een ander \
             antwoord valt zij af. 'Sluit uit': bij deze antwoorden valt de interventie af. 'Past': bij deze \
             antwoorden komen er punten bij. 'Let op': bij deze antwoorden gaan er punten af, of komt er een \
             aandachtspunt zonder punten bij.",
            "There are four kinds of rules. 'Requires': the intervention only fits these answers; another answer \
             excludes it. 'Excludes': these answers exclude it. 'Fits': these answers add points. 'Caution': these \
             answers subtract points, or add a point of attention without points.",
        ),
        how_3: (
            "Een onbekend antwoord sluit nooit iets uit. Kan een voorwaarde niet worden gecontroleerd omdat het \
             antwoord onbekend is, dan verschijnt die als 'Nog na te gaan' met 0 punten.",
            "An unknown answer never excludes anything. When a condition cannot be checked because the answer is \
             unknown, it shows as 'Still to check' with 0 points.",
        ),
        how_4: (
            "Elke interventie krijgt daarnaast punten voor haar bewijskracht (zie de tabel). De score is de som \
             van alle punten; het advies zet de interventies op volgorde van score.",
            "Each intervention also gets points for its evidence (see the table). The score is the sum of all \
             points; the advice orders the interventions by score.",
        ),
        ties_title: ("Gelijke scores", "Equal scores"),
        ties: (
            "Bij een gelijke score gaat een interventie zonder aandachtspunt voor deze cliënt voor op een \
             interventie met een aandachtspunt ('Let op:'); daarna de interventie met de sterkste bewijskracht; \
             is die ook gelijk, dan de volgorde van de catalogus.",
            "With equal scores, an intervention without a caution for this client comes before one with a \
             caution ('Caution:'); then the intervention with the strongest evidence; if that is equal too, the \
             catalogue order decides.",
        ),
        tiers_title: (
            "Groepen: past goed, past mogelijk, past minder",
            "Groups: fits well, may fit, fits less",
        ),
        conditions: (
            "Sommige regels gelden alleen onder een voorwaarde op een ander antwoord ('alleen als'), \
             bijvoorbeeld punten voor een ernstige depressie alleen bij een ernstige psychische aandoening. \
             Geldt de voorwaarde niet, dan telt de regel niet mee.",
            "Some rules only apply under a condition on another answer ('only when'), for example points for a \
             severe depression only with a severe mental illness. When the condition does not hold, the rule \
             does not count.",
        ),
        plan_title: ("Van advies naar plan: de stappen in de tijd", "From advice to plan: the steps in time"),
        plan_intro: (
            "Het plan zet de stappen in de tijd: eerst (wat de volgende stap opent), nu, ernaast, bij de \
             werkhervatting, daarna. Een stap komt in het plan als zijn voorwaarde geldt voor de antwoorden en, \
             als de stap interventies vereist, minstens één daarvan goed of mogelijk past. Binnen een fase bepaalt \
             de positie de volgorde. Interventies die de cliënt al volgt, worden in een stap niet opnieuw \
             voorgesteld, en een stap noemt geen interventie die minder past; de tekst van de stap blijft. Een \
             interventie die nu niet past maar die een latere stap noemt (zoals SHARP-at-work bij de \
             werkhervatting), verwijst onder Niet passend naar die stap. De samenvatting bovenaan het advies noemt waar \
             te beginnen en waarom, en wat daarna komt; ze herhaalt de tekst van een stap niet. Dit zijn de planregels, elk met hun bron:",
            "The plan puts the steps in time: first (what opens the next step), now, alongside, at the return to \
             work, afterwards. A step enters the plan when its condition holds for the answers and, when the step \
             requires interventions, at least one of them fits well or may fit. Within a phase the position decides \
             the order. Interventions the client already follows are not suggested again in a step, and a step \
             names no intervention that fits less; the step's text stays. An intervention that does not fit now \
             but that a later step names (such as SHARP-at-work at the return to work) points to that step under \
             Not fitting. The summary at the top of the advice says where to begin and why, and what comes \
             next; it does not repeat a step's text. These are the plan rules, each with its source:",
        ),
        plan_phase: ("Fase", "Phase"),
        plan_when: ("Wanneer", "When"),
        plan_always: ("altijd", "always"),
        plan_requires: ("als past (goed of mogelijk)", "if it fits (well or possibly)"),
        plan_step: ("Stap", "Step"),
        phase_title: ("De fase van het verzuim", "The phase of sick leave"),
        phase_intro: (
            "Interventies die zijn beschreven voor kortdurend verzuim (Panteia 2021, tabel 6: W-CGT) wegen \
             zwaarder vroeg in de 104 weken loondoorbetaling en minder zwaar laat erin. Dat doen deze regels op \
             de vraag naar de duur van het verzuim:",
            "Interventions described for short sick leave (Panteia 2021, table 6: W-CGT) weigh more early in the \
             104 weeks of continued pay and less late in them. These rules on the question about the length of \
             absence do that:",
        ),
        catalogue_title: ("Filteren in de catalogus", "Filtering the catalogue"),
        catalogue_text: (
            "Het filter op doelgroep en werksituatie in de catalogus gebruikt dezelfde regels: een interventie \
             valt weg als een regel haar voor dat antwoord uitsluit of vereist dat het anders is, en ook als een \
             'Let op'-regel van 1 punt of meer aftrek zegt dat de bronnen haar voor een andere groep beschrijven \
             (zoals W-CGT en Return@work bij EPA, BW-IVB bij werknemers).",
            "The catalogue's filter by target group and work situation uses the same rules: an intervention drops \
             out when a rule excludes it for that answer or requires another, and also when a 'Caution' rule of 1 \
             point or more says that the sources describe it for another group (such as W-CGT and Return@work for \
             EPA, BW-IVB for employees).",
        ),
        levels_title: ("Bewijskracht en punten", "Evidence levels and points"),
        levels_intro: (
            "Nederlandse kennisinstituten (Trimbos-instituut, Movisie, NJi, NCJ, RIVM, Kenniscentrum Sport, Vilans) \
             beoordelen interventies in één erkenningssysteem. Twee labels zijn voor wat daarbuiten valt.",
            "Dutch knowledge institutes (Trimbos-instituut, Movisie, NJi, NCJ, RIVM, Kenniscentrum Sport, Vilans) \
             assess interventions in one recognition system. Two labels cover what falls outside it.",
        ),
        level: ("Niveau", "Level"),
        meaning: ("Betekenis", "Meaning"),
        in_system: ("In het erkenningssysteem", "In the recognition system"),
        rules_title: ("Alle regels per interventie", "Every rule per intervention"),
        rules_count: ("regels in de kennisbank", "rules in the knowledge base"),
        sources_title: ("Bronnen", "Sources"),
        sources_intro: (
            "Elke regel en elk feit in de kennisbank verwijst naar een van deze documenten.",
            "Every rule and every fact in the knowledge base refers to one of these documents.",
        ),        tiers_rule: (
            "'Past goed' (strong): een score van minstens {min} punten én minstens {share}% van de \
             hoogste score in dit advies; zo komt een interventie er niet alleen door haar bewijskracht \
             (hoogstens 3 punten) en blijft ze dicht bij de best passende. 'Past mogelijk' (possible): \
             elke andere score boven 0. 'Past minder' (weak): een score van 0 of lager; die groep staat \
             ingeklapt. Omdat de indeling alleen van de score afhangt, stijgt de groep nooit verder \
             naar beneden in de rangorde.",
            "'Fits well' (strong): a score of at least {min} points and at least {share}% of the best \
             score in this advice; so an intervention does not get there on its evidence alone (at most \
             3 points) and stays close to the best fit. 'May fit' (possible): any other score above 0. \
             'Fits less' (weak): a score of 0 or less; that group is folded. As the grouping depends on \
             the score alone, the group never rises further down the ranking.",
        ),
    }
}

texts! {
    /// The `examples.*` texts.
    ExamplesTexts {
        title: ("Voorbeeldcliënten", "Example clients"),
        summary: ("Samenvatting van het advies", "Summary of the advice"),
        plan_steps: ("stappen in het plan", "steps in the plan"),
        intro: (
            "Fictieve cliënten, ontleend aan situaties die de bronnen beschrijven. Omdat ze verzonnen zijn, mogen \
             hun antwoorden in een link staan; de antwoorden van echte cliënten nooit. Open een voorbeeld in de \
             vragenlijst, bekijk het advies, of vergelijk het met een ander voorbeeld.",
            "Fictional clients, drawn from situations the sources describe. Because they are made up, their answers \
             may appear in a link; real clients' answers never do. Open an example in the questionnaire, see its \
             advice, or compare it with another example.",
        ),
        drawn_from: ("Ontleend aan", "Drawn from"),
        top: ("Bovenaan in het advies", "Top of the advice"),
        open: ("Open in de vragenlijst", "Open in the questionnaire"),
        advice: ("Bekijk het advies", "See the advice"),
        compare_with: ("Vergelijk met", "Compare with"),
        none_fit: ("Geen passende interventie", "No fitting intervention"),
        example: ("Voorbeeld", "Example"),
    }
}

texts! {
    /// The `figures.*` texts.
    FiguresTexts {
        title: ("Cijfers", "Figures"),
        intro: (
            "De kerncijfers uit de bronnen, voor de context van een training. De getallen staan precies zoals in \
             de bron; onder elke grafiek staat dezelfde informatie als tabel.",
            "The key figures from the sources, for the context part of a training. The numbers are exactly as in \
             the source; below each chart the same information is given as a table.",
        ),
        category: ("Categorie", "Category"),
        value: ("Waarde", "Value"),
        unit: ("Eenheid", "Unit"),
        none: (
            "Er zijn nog geen cijfers in de kennisbank.",
            "There are no figures in the knowledge base yet.",
        ),
    }
}
