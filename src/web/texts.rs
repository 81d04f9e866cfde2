//! The fixed texts of the pages, in Dutch and English, looked up by key. A key without a text
//! shows as itself (and a test scans every page for such keys).

use crate::domain::lang::Lang;

/// The text for `key` in `lang`.
pub fn t(key: &str, lang: Lang) -> &'static str {
    let Some((nl, en)) = lookup(key).or_else(|| super::route_view::text(key)) else {
        tracing::warn!(key, "page text missing");
        return "[?]";
    };
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

fn lookup(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        // layout
        "site.name" => ("Interventiewijzer", "Interventiewijzer"),
        "site.tagline" => (
            "Welke re-integratie-interventie past bij deze cliënt?",
            "Which re-integration intervention fits this client?",
        ),
        "skip" => ("Direct naar de inhoud", "Skip to content"),
        "nav.label" => ("Hoofdmenu", "Main menu"),
        "nav.home" => ("Start", "Home"),
        "nav.questionnaire" => ("Vragenlijst", "Questionnaire"),
        "nav.catalogue" => ("Interventies", "Interventions"),
        "nav.explain" => ("Hoe werkt het?", "How it works"),
        "lang.switch" => ("English", "Nederlands"),
        "lang.switch_label" => (
            "Read this page in English",
            "Lees deze pagina in het Nederlands",
        ),
        "footer.disclaimer" => (
            "Interventiewijzer ondersteunt het oordeel van de professional; het vervangt dat oordeel niet.",
            "Interventiewijzer supports the professional's judgement; it does not replace it.",
        ),
        "footer.privacy" => (
            "Alleen de antwoordcodes worden een beperkte tijd bewaard onder een willekeurige code; niets \
             waarmee een cliënt te herkennen is.",
            "Only the answer codes are kept for a limited time under a random code; nothing that \
             identifies a client.",
        ),
        "footer.accessibility" => ("Toegankelijkheid", "Accessibility"),
        "footer.kb_version" => ("Versie kennisbank", "Knowledge base version"),
        // start page
        "home.title" => ("Interventiewijzer", "Interventiewijzer"),
        "home.lead" => (
            "Een hulpmiddel voor re-integratiecoaches, arbeidsdeskundigen en andere professionals die met \
             een cliënt met psychische problemen een passende route naar werk zoeken.",
            "A tool for re-integration coaches, UWV case managers and other professionals who look for a \
             fitting route to work with a client who has mental-health problems.",
        ),
        "home.what_title" => (
            "Wat doet de Interventiewijzer?",
            "What does Interventiewijzer do?",
        ),
        "home.what" => (
            "U beantwoordt een korte vragenlijst over de situatie van uw cliënt. De Interventiewijzer zet de \
             interventies uit de kennisbank op volgorde van passendheid en legt per interventie uit waarom: \
             welke kenmerken passen, waar u op moet letten, hoe sterk het bewijs is en uit welke bron dat komt.",
            "You answer a short questionnaire about your client's situation. Interventiewijzer ranks the \
             interventions in its knowledge base by fit and explains each: which characteristics fit, what \
             to watch out for, how strong the evidence is and which source says so.",
        ),
        "home.who_title" => ("Voor wie?", "For whom?"),
        "home.who" => (
            "Voor professionals: jobcoaches, trajectbegeleiders en re-integratiecoaches, arbeidsdeskundigen en \
             re-integratiebegeleiders van UWV, en trainers die de afwegingen willen laten zien.",
            "For professionals: job coaches and re-integration coaches, UWV case managers, and trainers \
             who want to show how the choice is made.",
        ),
        "home.not_title" => ("Wat doet het niet?", "What does it not do?"),
        "home.not" => (
            "Het advies ondersteunt uw professionele oordeel en het gesprek met de cliënt; het vervangt ze \
             niet. De diagnose alleen bepaalt de route niet: persoonlijke en externe factoren tellen even \
             zwaar. Er is geen diagnose nodig en er wordt niets over de cliënt opgeslagen: geen naam, geen \
             BSN, geen vrije tekst.",
            "The advice supports your professional judgement and the conversation with the client; it does \
             not replace them. The diagnosis alone does not decide the route: personal and external factors \
             weigh as much. No diagnosis is needed and nothing about the client is stored: no name, no \
             citizen number, no free text.",
        ),
        "home.start" => ("Start de vragenlijst", "Start the questionnaire"),
        "home.catalogue" => ("Bekijk alle interventies", "See all interventions"),
        // questionnaire
        "form.title" => ("Vragenlijst", "Questionnaire"),
        "form.intro" => (
            "Alleen de vragen met 'verplicht' moeten worden beantwoord. Wat u niet weet, laat u open: een \
             onbekend antwoord sluit niets uit. Vul geen naam, BSN of andere gegevens in waarmee de cliënt \
             te herkennen is; daar wordt ook niet om gevraagd.",
            "Only the questions marked 'required' must be answered. Leave open what you do not know: an \
             unknown answer excludes nothing. Do not enter a name, citizen number or anything else that \
             identifies the client; none is asked for.",
        ),
        "form.required" => ("verplicht", "required"),
        "form.choose" => ("Kies…", "Choose…"),
        "form.section.profile" => ("Cliëntprofiel", "Client profile"),
        "form.section.work" => ("Werksituatie", "Work situation"),
        "form.section.care" => ("Zorg en wensen", "Care and wishes"),
        "form.section.barriers" => ("Belemmeringen", "Barriers"),
        "form.section.practical" => ("Praktische voorkeuren", "Practical preferences"),
        "form.region" => ("Arbeidsmarktregio", "Labour-market region"),
        "form.region_help" => (
            "Optioneel: dan toont het advies welke organisaties in die regio de interventie aanbieden (sociale kaart).",
            "Optional: the advice then shows which organisations offer the intervention in that region (sociale kaart).",
        ),
        "form.current" => (
            "Interventies die de cliënt al volgt of gevolgd heeft",
            "Interventions the client already follows or has followed",
        ),
        "form.current_help" => (
            "Optioneel. Deze interventies staan in het advies als 'loopt al' en worden niet als nieuw voorgesteld.",
            "Optional. The advice lists these as 'already under way' and does not suggest them as new.",
        ),
        "form.no_region" => ("Geen regio gekozen", "No region chosen"),
        "form.submit" => ("Toon het advies", "Show the advice"),
        "form.errors_title" => (
            "Controleer de volgende antwoorden",
            "Please check these answers",
        ),
        "form.error.missing" => (
            "Beantwoord deze vraag: die is verplicht.",
            "Answer this question: it is required.",
        ),
        "form.error.not_allowed" => (
            "Kies een van de antwoorden uit de lijst.",
            "Choose one of the answers in the list.",
        ),
        "form.error.region" => (
            "Kies een regio uit de lijst.",
            "Choose a region from the list.",
        ),
        "form.error.repeated" => ("Kies één antwoord.", "Choose one answer."),
        "form.error.current" => (
            "Kies bij de huidige interventies alleen interventies uit de lijst.",
            "Choose only interventions from the list as current interventions.",
        ),
        "form.error.impossible.absence_duration" => (
            "Deze combinatie kan niet: ziekteverzuim met loondoorbetaling duurt hooguit 104 weken. \
             Na 2 jaar volgt de WIA (WGA of IVA). Kies een kortere duur of een andere werksituatie.",
            "This combination cannot occur: sick leave with wages paid lasts at most 104 weeks. \
             After 2 years the WIA follows (WGA or IVA). Choose a shorter duration or another work situation.",
        ),
        "form.error.impossible.partial_return" => (
            "Deze combinatie kan niet: gedeeltelijke werkhervatting gaat over iemand die nog ziek gemeld \
             is bij een werkgever. Kies 'In dienst, ziek gemeld' of laat deze vraag open.",
            "This combination cannot occur: a partial return is about someone still on sick leave from \
             an employer. Choose 'Employed, on sick leave' or leave this question open.",
        ),
        "form.error.impossible.own_job_feasible" => (
            "Deze combinatie kan niet: terugkeer in de eigen functie vraagt om een eigen baan bij een \
             werkgever (ziek gemeld of weer aan het werk). Laat deze vraag open of kies een andere werksituatie.",
            "This combination cannot occur: returning to the own job needs a job with an employer \
             (on sick leave or back at work). Leave this question open or choose another work situation.",
        ),
        "form.error.unknown_field" => (
            "Het formulier bevatte een veld dat niet bij het profiel hoort. Vul de vragenlijst opnieuw in.",
            "The form contained a field that is not part of the profile. Please fill in the questionnaire again.",
        ),
        // advice
        "advice.title" => ("Advies", "Advice"),
        "advice.summary" => ("In het kort", "In short"),
        "plan.title" => ("Plan: wat wanneer", "Plan: what when"),
        "plan.intro" => (
            "De volgorde in de tijd die de bronnen aangeven, voor deze antwoorden. Elke stap noemt haar bron.",
            "The order in time the sources indicate, for these answers. Each step names its source.",
        ),
        "plan.phase.first" => ("Eerst", "First"),
        "plan.phase.now" => ("Nu", "Now"),
        "plan.phase.alongside" => ("Daarnaast", "Alongside"),
        "plan.phase.at_return" => ("Bij de werkhervatting", "At the return to work"),
        "plan.phase.afterwards" => ("Daarna", "Afterwards"),
        "plan.opens" => ("Opent de volgende stap", "Opens the next step"),
        "plan.opens.ggz_treatment" => ("behandeling in de GGZ", "treatment in mental-health care"),
        "plan.opens.follow_up" => ("een geregeld vervolgtraject", "an arranged follow-up"),
        "plan.opens.return_to_work" => ("de werkhervatting", "the return to work"),
        "tier.strong" => ("Past goed", "Fits well"),
        "tier.possible" => ("Past mogelijk", "May fit"),
        "tier.weak" => ("Past minder", "Fits less"),
        "tier.strong.intro" => (
            "De best passende interventies voor deze cliënt.",
            "The interventions that fit this client best.",
        ),
        "tier.possible.intro" => (
            "Deze kunnen passen; bekijk per interventie waarom, en wat nog na te gaan is.",
            "These may fit; see for each why, and what is still to check.",
        ),
        "tier.weak.intro" => (
            "Niet uitgesloten, maar er spreekt (nog) niets of weinig voor: een score van 0 of lager.",
            "Not ruled out, but little or nothing speaks for them (yet): a score of 0 or less.",
        ),
        "advice.not_answered" => ("niet beantwoord", "not answered"),
        "advice.current" => ("Loopt al of al gevolgd", "Already under way or followed"),
        "advice.current_intro" => (
            "Deze interventies volgt de cliënt al of heeft die gevolgd; het advies stelt ze niet als nieuw voor.",
            "The client already follows or has followed these interventions; the advice does not suggest them as new.",
        ),
        "advice.intro" => (
            "De interventies die passen, van best passend naar minder passend. Per interventie ziet u waarom: \
             elke regel telt punten op of af en noemt de bron. De score is de som van de punten.",
            "The interventions that fit, from best to less fitting. Each shows why: every line adds or \
             subtracts points and names its source. The score is the sum of the points.",
        ),
        "advice.support_note" => (
            "Dit advies ondersteunt het professionele oordeel en het gesprek met de cliënt; het vervangt ze niet.",
            "This advice supports professional judgement and the conversation with the client; it does not replace them.",
        ),
        "advice.date" => ("Datum", "Date"),
        "advice.answers" => ("Uw antwoorden", "Your answers"),
        "advice.no_barriers" => ("Geen aangekruist", "None ticked"),
        "advice.change" => ("Antwoorden aanpassen", "Change the answers"),
        "advice.print" => ("Afdrukken", "Print"),
        "advice.chart_title" => ("Scores per interventie", "Scores per intervention"),
        "advice.chart_desc" => (
            "Staafdiagram van de score van elke passende interventie; dezelfde cijfers staan bij de kaarten hieronder.",
            "Bar chart of the score of each fitting intervention; the same numbers are on the cards below.",
        ),
        "advice.recommended" => ("Passende interventies", "Fitting interventions"),
        "advice.none" => (
            "Geen enkele interventie past bij deze antwoorden.",
            "No intervention fits these answers.",
        ),
        "advice.rank" => ("Plaats", "Rank"),
        "advice.score" => ("Score", "Score"),
        "advice.points" => ("Punten", "Points"),
        "advice.reason" => ("Reden", "Reason"),
        "advice.source" => ("Bron", "Source"),
        "advice.total" => ("Totaal", "Total"),
        "advice.why" => (
            "Waarom deze plaats? Alle regels",
            "Why this rank? Every line",
        ),
        "advice.delivered_by" => ("Uitgevoerd door", "Delivered by"),
        "advice.caveat_count" => ("om op te letten", "to watch"),
        "advice.caveat_mark" => ("Let op:", "Caution:"),
        "advice.excluded" => ("Niet passend", "Not fitting"),
        "advice.excluded_intro" => (
            "Deze interventies vallen af, met de reden en de bron.",
            "These interventions do not fit, with the reason and the source.",
        ),
        "advice.providers" => ("Aanbieders in uw regio", "Providers in your region"),
        "advice.no_providers" => (
            "Er zijn op de sociale kaart geen aanbieders van deze interventie in deze regio bekend.",
            "The sociale kaart knows no providers of this intervention in this region.",
        ),
        "advice.sources" => ("Bronnen", "Sources"),
        // catalogue
        "catalogue.title" => ("Interventies", "Interventions"),
        "catalogue.intro" => (
            "Alle interventies in de kennisbank, met hun doelgroep en bewijskracht. Filter op doelgroep, \
             werksituatie of bewijskracht.",
            "All interventions in the knowledge base, with their target group and evidence. Filter by target \
             group, work situation or evidence.",
        ),
        "catalogue.filter" => ("Filter", "Filter"),
        "catalogue.apply" => ("Toon", "Show"),
        "catalogue.all" => ("Alle", "All"),
        "catalogue.severity" => ("Doelgroep", "Target group"),
        "catalogue.work_situation" => ("Werksituatie", "Work situation"),
        "catalogue.evidence" => ("Bewijskracht", "Evidence"),
        "catalogue.count" => ("interventies gevonden", "interventions found"),
        "catalogue.none" => (
            "Geen interventies bij deze filters.",
            "No interventions match these filters.",
        ),
        "catalogue.bad_filter" => (
            "Een filterwaarde is onbekend en is genegeerd.",
            "A filter value is unknown and was ignored.",
        ),
        // detail
        "detail.not_described" => (
            "Niet beschreven in de bronnen.",
            "Not described in the sources.",
        ),
        "detail.evidence" => ("Bewijskracht", "Evidence"),
        "detail.recognised_by" => ("Erkend door", "Recognised by"),
        "detail.not_recognised" => (
            "Niet erkend door een Nederlands kennisinstituut.",
            "Not recognised by a Dutch knowledge institute.",
        ),
        "detail.recognition_note" => (
            "Een erkenning is niet blijvend: kennisinstituten beoordelen interventies opnieuw.",
            "A recognition is not permanent: knowledge institutes assess interventions again.",
        ),
        "detail.guidance" => ("Soort begeleiding", "Kind of guidance"),
        "detail.rules" => (
            "Hoe deze interventie wordt afgewogen",
            "How this intervention is weighed",
        ),
        "detail.rules_intro" => (
            "De regels die de Interventiewijzer voor deze interventie toepast, elk met de bron.",
            "The rules Interventiewijzer applies to this intervention, each with its source.",
        ),
        "detail.back" => ("Alle interventies", "All interventions"),
        // rules table
        "rules.question" => ("Vraag", "Question"),
        "rules.answers" => ("Antwoorden", "Answers"),
        "rules.effect" => ("Werking", "Effect"),
        "rules.explanation" => ("Uitleg", "Explanation"),
        // explain
        "explain.title" => (
            "Hoe werkt de Interventiewijzer?",
            "How does Interventiewijzer work?",
        ),
        "explain.how_title" => (
            "De afweging in gewone woorden",
            "The weighing in plain words",
        ),
        "explain.how_1" => (
            "Voor elke interventie in de kennisbank loopt de Interventiewijzer alle regels langs die bij die \
             interventie horen. Een regel kijkt naar één vraag uit de vragenlijst en naar een of meer antwoorden.",
            "For every intervention in the knowledge base, Interventiewijzer goes through all rules that belong \
             to it. A rule looks at one question of the questionnaire and at one or more answers.",
        ),
        "explain.how_2" => (
            "Er zijn vier soorten regels. 'Vereist': de interventie past alleen bij deze antwoorden; bij een ander \
             antwoord valt zij af. 'Sluit uit': bij deze antwoorden valt de interventie af. 'Past': bij deze \
             antwoorden komen er punten bij. 'Let op': bij deze antwoorden gaan er punten af, of komt er een \
             aandachtspunt zonder punten bij.",
            "There are four kinds of rules. 'Requires': the intervention only fits these answers; another answer \
             excludes it. 'Excludes': these answers exclude it. 'Fits': these answers add points. 'Caution': these \
             answers subtract points, or add a point of attention without points.",
        ),
        "explain.how_3" => (
            "Een onbekend antwoord sluit nooit iets uit. Kan een voorwaarde niet worden gecontroleerd omdat het \
             antwoord onbekend is, dan verschijnt die als 'Nog na te gaan' met 0 punten.",
            "An unknown answer never excludes anything. When a condition cannot be checked because the answer is \
             unknown, it shows as 'Still to check' with 0 points.",
        ),
        "explain.how_4" => (
            "Elke interventie krijgt daarnaast punten voor haar bewijskracht (zie de tabel). De score is de som \
             van alle punten; het advies zet de interventies op volgorde van score.",
            "Each intervention also gets points for its evidence (see the table). The score is the sum of all \
             points; the advice orders the interventions by score.",
        ),
        "explain.ties_title" => ("Gelijke scores", "Equal scores"),
        "explain.ties" => (
            "Bij een gelijke score gaat een interventie zonder aandachtspunt voor deze cliënt voor op een \
             interventie met een aandachtspunt ('Let op:'); daarna de interventie met de sterkste bewijskracht; \
             is die ook gelijk, dan de volgorde van de catalogus.",
            "With equal scores, an intervention without a caution for this client comes before one with a \
             caution ('Caution:'); then the intervention with the strongest evidence; if that is equal too, the \
             catalogue order decides.",
        ),
        "explain.tiers_title" => (
            "Groepen: past goed, past mogelijk, past minder",
            "Groups: fits well, may fit, fits less",
        ),
        "explain.levels_title" => ("Bewijskracht en punten", "Evidence levels and points"),
        "explain.levels_intro" => (
            "Nederlandse kennisinstituten (Trimbos-instituut, Movisie, NJi, NCJ, RIVM, Kenniscentrum Sport, Vilans) \
             beoordelen interventies in één erkenningssysteem. Twee labels zijn voor wat daarbuiten valt.",
            "Dutch knowledge institutes (Trimbos-instituut, Movisie, NJi, NCJ, RIVM, Kenniscentrum Sport, Vilans) \
             assess interventions in one recognition system. Two labels cover what falls outside it.",
        ),
        "explain.level" => ("Niveau", "Level"),
        "explain.meaning" => ("Betekenis", "Meaning"),
        "explain.in_system" => ("In het erkenningssysteem", "In the recognition system"),
        "explain.rules_title" => ("Alle regels per interventie", "Every rule per intervention"),
        "explain.rules_count" => ("regels in de kennisbank", "rules in the knowledge base"),
        "explain.sources_title" => ("Bronnen", "Sources"),
        "explain.sources_intro" => (
            "Elke regel en elk feit in de kennisbank verwijst naar een van deze documenten.",
            "Every rule and every fact in the knowledge base refers to one of these documents.",
        ),
        // accessibility
        "a11y.title" => ("Toegankelijkheid", "Accessibility"),
        "a11y.body_1" => (
            "De Interventiewijzer wil voor iedereen bruikbaar zijn en volgt de Web Content Accessibility \
             Guidelines (WCAG) 2.1 op niveau AA, zoals het Besluit digitale toegankelijkheid overheid vraagt.",
            "Interventiewijzer aims to be usable by everyone and follows the Web Content Accessibility \
             Guidelines (WCAG) 2.1 at level AA, as the Dutch accessibility decree requires.",
        ),
        "a11y.body_2" => (
            "Alle pagina's werken zonder JavaScript en met alleen het toetsenbord. Formuliervelden hebben \
             labels en uitleg; fouten worden bovenaan samengevat en bij het veld genoemd. De pagina's laden \
             niets van andere websites en zijn te vergroten tot 200% zonder dat er horizontaal gescrold hoeft te worden.",
            "All pages work without JavaScript and with the keyboard alone. Form fields have labels and help \
             texts; errors are summarised at the top and named beside the field. The pages load nothing from \
             other websites and can be zoomed to 200% without horizontal scrolling.",
        ),
        "a11y.body_3" => (
            "Loopt u tegen een probleem aan? Meld het bij de beheerder van de Interventiewijzer in uw organisatie.",
            "Did you run into a problem? Please report it to the administrator of Interventiewijzer in your organisation.",
        ),
        // trainer mode
        "nav.examples" => ("Voorbeelden", "Examples"),
        "nav.compare" => ("Vergelijken", "Compare"),
        "nav.figures" => ("Cijfers", "Figures"),
        "examples.title" => ("Voorbeeldcliënten", "Example clients"),
        "examples.intro" => (
            "Fictieve cliënten, ontleend aan situaties die de bronnen beschrijven. Omdat ze verzonnen zijn, mogen \
             hun antwoorden in een link staan; de antwoorden van echte cliënten nooit. Open een voorbeeld in de \
             vragenlijst, bekijk het advies, of vergelijk het met een ander voorbeeld.",
            "Fictional clients, drawn from situations the sources describe. Because they are made up, their answers \
             may appear in a link; real clients' answers never do. Open an example in the questionnaire, see its \
             advice, or compare it with another example.",
        ),
        "examples.drawn_from" => ("Ontleend aan", "Drawn from"),
        "examples.top" => ("Bovenaan in het advies", "Top of the advice"),
        "examples.open" => ("Open in de vragenlijst", "Open in the questionnaire"),
        "examples.advice" => ("Bekijk het advies", "See the advice"),
        "examples.compare_with" => ("Vergelijk met", "Compare with"),
        "examples.none_fit" => ("Geen passende interventie", "No fitting intervention"),
        "examples.example" => ("Voorbeeld", "Example"),
        "compare.title" => ("Twee profielen vergelijken", "Compare two profiles"),
        "compare.intro" => (
            "Links profiel A, rechts profiel B. De tabel laat per interventie zien hoe de plaats en de score \
             veranderen van A naar B, en welke regels het verschil maken. Verander een antwoord van B en bekijk \
             wat er verschuift.",
            "Profile A on the left, profile B on the right. The table shows for each intervention how its rank \
             and score change from A to B, and which rules make the difference. Change an answer of B and see \
             what shifts.",
        ),
        "compare.profile_a" => ("Profiel A", "Profile A"),
        "compare.profile_b" => ("Profiel B", "Profile B"),
        "compare.filled_in" => ("Ingevuld profiel", "Filled-in profile"),
        "compare.changed" => (
            "Wat verschilt in de antwoorden",
            "What differs in the answers",
        ),
        "compare.no_changes" => (
            "De antwoorden van A en B zijn gelijk. Verander hieronder een antwoord van B.",
            "A and B have the same answers. Change an answer of B below.",
        ),
        "compare.ranking" => (
            "Plaats en score per interventie",
            "Rank and score per intervention",
        ),
        "compare.intervention" => ("Interventie", "Intervention"),
        "compare.movement" => ("Verschuiving", "Movement"),
        "compare.excluded" => ("niet passend", "not fitting"),
        "compare.up" => ("hoger", "up"),
        "compare.down" => ("lager", "down"),
        "compare.same" => ("gelijk", "unchanged"),
        "compare.now_fits" => ("past nu wel", "now fits"),
        "compare.now_excluded" => ("valt nu af", "now excluded"),
        "compare.places" => ("plaatsen", "places"),
        "compare.place" => ("plaats", "place"),
        "compare.differences" => (
            "Regels die het verschil maken",
            "Rules that make the difference",
        ),
        "compare.only_a" => ("alleen bij A", "only for A"),
        "compare.only_b" => ("alleen bij B", "only for B"),
        "compare.excluding" => ("sluit uit", "excludes"),
        "compare.change_b" => ("Verander profiel B", "Change profile B"),
        "compare.submit" => ("Vergelijk opnieuw", "Compare again"),
        "compare.start" => (
            "Vergelijk: verander een antwoord",
            "Compare: change an answer",
        ),
        "compare.pick" => ("Of kies twee voorbeelden", "Or pick two examples"),
        "compare.bad_a" => (
            "Profiel A is niet geldig. Begin opnieuw vanuit een voorbeeld of de vragenlijst.",
            "Profile A is not valid. Start again from an example or the questionnaire.",
        ),
        "figures.title" => ("Cijfers", "Figures"),
        "figures.intro" => (
            "De kerncijfers uit de bronnen, voor de context van een training. De getallen staan precies zoals in \
             de bron; onder elke grafiek staat dezelfde informatie als tabel.",
            "The key figures from the sources, for the context part of a training. The numbers are exactly as in \
             the source; below each chart the same information is given as a table.",
        ),
        "figures.category" => ("Categorie", "Category"),
        "figures.value" => ("Waarde", "Value"),
        "figures.unit" => ("Eenheid", "Unit"),
        "figures.none" => (
            "Er zijn nog geen cijfers in de kennisbank.",
            "There are no figures in the knowledge base yet.",
        ),
        // sociale kaart
        "nav.social_map" => ("Sociale kaart", "Social map"),
        "social.title" => ("Sociale kaart", "Regional social map"),
        "social.intro" => (
            "Welke organisaties bieden welke interventie aan, in welke arbeidsmarktregio? Elke vermelding noemt \
             wanneer ze voor het laatst is gecontroleerd; vermeldingen die langer dan twaalf maanden niet zijn \
             gecontroleerd, zijn gemarkeerd. De startinhoud bevat alleen wat de bronnen noemen; beheerders van een \
             regio vullen de rest aan.",
            "Which organisations offer which intervention, in which labour-market region? Every entry says when it \
             was last checked; entries not checked for more than twelve months are marked. The starting content \
             holds only what the sources name; a region's administrators add the rest.",
        ),
        "social.region" => ("Regio", "Region"),
        "social.intervention" => ("Interventie", "Intervention"),
        "social.kind" => ("Soort organisatie", "Kind of organisation"),
        "social.organisation" => ("Organisatie", "Organisation"),
        "social.offers" => ("Aanbod", "Offer"),
        "social.regions" => ("Regio's", "Regions"),
        "social.organisations" => ("Organisaties", "Organisations"),
        "social.services" => ("Aanbod", "Services"),
        "social.no_region" => ("geen regio bekend", "no region known"),
        "social.last_checked" => ("laatst gecontroleerd", "last checked"),
        "social.stale" => (
            "langer dan 12 maanden niet gecontroleerd",
            "not checked for over 12 months",
        ),
        "social.none" => (
            "Geen vermeldingen bij deze filters.",
            "No entries match these filters.",
        ),
        "social.website" => ("Website", "Website"),
        "social.contact" => ("Contact", "Contact"),
        "social.unknown" => ("niet bekend", "not known"),
        // beheer
        "beheer.title" => ("Beheer", "Administration"),
        "beheer.login" => ("Inloggen voor beheer", "Sign in to administration"),
        "beheer.name" => ("Naam", "Name"),
        "beheer.password" => ("Wachtwoord", "Password"),
        "beheer.wrong_login" => (
            "Naam of wachtwoord klopt niet.",
            "Name or password is not correct.",
        ),
        "beheer.disk_full" => (
            "De schijf is vol, er is niets veranderd. Maak ruimte vrij op de server (of vraag dat aan wie de server beheert) en probeer het opnieuw.",
            "The disk is full, nothing was changed. Free some space on the server (or ask whoever runs it) and try again.",
        ),
        "beheer.write_failed" => (
            "Opslaan is niet gelukt, er is niets veranderd. Probeer het zo opnieuw; blijft het misgaan, dan staat de oorzaak in het log van de server.",
            "Saving failed, nothing was changed. Try again shortly; if it keeps failing, the server's log says why.",
        ),
        "beheer.busy" => (
            "Het is te druk om uw wachtwoord nu te controleren. Probeer het over een minuut opnieuw.",
            "Too busy to check your password now. Try again in a minute.",
        ),
        "beheer.too_many" => (
            "Te veel mislukte pogingen vanaf dit adres. Probeer het over een kwartier opnieuw.",
            "Too many failed attempts from this address. Try again in a quarter of an hour.",
        ),
        "beheer.sign_in_first" => (
            "Log eerst in als beheerder.",
            "Sign in as an administrator first.",
        ),
        "beheer.forbidden" => (
            "Dit account mag de kennisbank niet beheren.",
            "This account may not administer the knowledge base.",
        ),
        "beheer.bad_token" => (
            "Dit formulier is verlopen of komt niet van deze site. Open de pagina opnieuw.",
            "This form has expired or does not come from this site. Open the page again.",
        ),
        "beheer.dashboard" => ("Overzicht", "Overview"),
        "beheer.cds" => ("Terugmeldingen CDS Hooks", "CDS Hooks feedback"),
        "beheer.cds_intro" => (
            "Wat professionals in hun casussysteem met de kaarten van de CDS Hooks-dienst deden: per interventie hoe vaak afgewezen en waarom, en hoe vaak aanvaard. Bewaard wordt alleen de kaart, de interventie, de uitkomst, de redencode en de dag; niets over de cliënt of de professional.",
            "What professionals did in their case-management system with the CDS Hooks service's cards: per intervention how often overridden and why, and how often accepted. Only the card, the intervention, the outcome, the reason code and the day are kept; nothing about the client or the professional.",
        ),
        "beheer.cds_off" => (
            "De CDS Hooks-dienst staat uit: zet CDS_ISSUERS_FILE en CDS_BASE_URL om hem aan te zetten.",
            "The CDS Hooks service is off: set CDS_ISSUERS_FILE and CDS_BASE_URL to turn it on.",
        ),
        "beheer.cds_none" => ("Nog geen terugmeldingen.", "No feedback yet."),
        "beheer.cds_outcome" => ("Uitkomst", "Outcome"),
        "beheer.cds_reason" => ("Reden", "Reason"),
        "beheer.cds_count" => ("Aantal", "Count"),
        "beheer.cds_csv" => ("Download als CSV", "Download as CSV"),
        "beheer.log" => ("Logboek", "Audit log"),
        "beheer.log_intro" => (
            "Elke wijziging: wie, wat, wanneer, met de toestand ervoor en erna. Het logboek kan niet worden gewijzigd.",
            "Every change: who, what, when, with the state before and after. The log cannot be changed.",
        ),
        "beheer.before_after" => ("Ervoor en erna", "Before and after"),
        "beheer.before" => ("Ervoor", "Before"),
        "beheer.after" => ("Erna", "After"),
        "beheer.export" => ("Exporteren", "Export"),
        "beheer.import" => ("Importeren", "Import"),
        "beheer.import_intro" => (
            "Kies een JSON-bestand dat met Exporteren is gemaakt. Het wordt eerst volledig gecontroleerd en dan in één keer \
             toegepast: bij een fout verandert er niets.",
            "Choose a JSON file made with Export. It is checked in full first and then applied at once: on an error \
             nothing changes.",
        ),
        "beheer.import_refused" => (
            "Het bestand is niet ingelezen; er is niets veranderd.",
            "The file was not imported; nothing changed.",
        ),
        "beheer.import_done" => (
            "Ingelezen. Nieuwe versie van de kennisbank:",
            "Imported. New knowledge base version:",
        ),
        "beheer.file" => ("Bestand", "File"),
        "beheer.signed_in_as" => ("Ingelogd als", "Signed in as"),
        "beheer.logout" => ("Uitloggen", "Sign out"),
        "beheer.rules" => ("Regels", "Rules"),
        "beheer.warnings" => ("Let op", "Warnings"),
        "beheer.edit" => ("Bewerken", "Edit"),
        "beheer.general" => ("Algemeen", "General"),
        "beheer.evidence_source" => ("Bron van de bewijskracht", "Source of the evidence level"),
        "beheer.recognitions_hint" => (
            "Eén erkenning per regel: instituut | jaar | bron. Het jaar mag leeg blijven.",
            "One recognition per line: institute | year | source. The year may stay empty.",
        ),
        "beheer.preview" => ("Bekijk het effect", "Preview the effect"),
        "beheer.save" => ("Opslaan", "Save"),
        "beheer.discard" => ("Verwerpen", "Discard"),
        "beheer.preview_title" => (
            "Effect op de voorbeeldcliënten",
            "Effect on the example clients",
        ),
        "beheer.preview_intro" => (
            "Zo verschuift het advies voor elke voorbeeldcliënt als u deze wijziging opslaat. Er is nog niets opgeslagen.",
            "This is how the advice for each example client moves if you save this change. Nothing has been saved yet.",
        ),
        "beheer.no_moves" => ("geen verschuiving", "no change"),
        "beheer.social_intro" => (
            "De sociale kaart wordt beheerd als één CSV-bestand: download het, pas het aan en lees het weer in. Het \
             bestand wordt eerst volledig gecontroleerd; bij een fout verandert er niets en ziet u elke fout met \
             het regelnummer.",
            "The sociale kaart is maintained as one CSV file: download it, edit it and upload it again. The file is \
             checked in full first; on an error nothing changes and you see every error with its line number.",
        ),
        "beheer.social_download" => (
            "Download de sociale kaart (CSV)",
            "Download the sociale kaart (CSV)",
        ),
        "beheer.columns" => ("Kolommen", "Columns"),
        "beheer.stale" => (
            "Langer dan 12 maanden niet gecontroleerd",
            "Not checked for more than 12 months",
        ),
        "beheer.none_stale" => (
            "Alle vermeldingen zijn recent gecontroleerd.",
            "All entries were checked recently.",
        ),
        "beheer.social_done" => (
            "De sociale kaart is ingelezen.",
            "The sociale kaart has been imported.",
        ),
        "beheer.rule" => ("Regel", "Rule"),
        "beheer.new_entry" => ("nieuw", "new"),
        "beheer.saved" => ("Opgeslagen.", "Saved."),
        "beheer.not_saved" => ("Niet opgeslagen", "Not saved"),
        "beheer.remove_entry" => ("Verwijderen", "Remove"),
        "beheer.entries" => (
            "Regio's, organisaties en aanbod",
            "Regions, organisations and services",
        ),
        "beheer.entries_intro" => (
            "Eén item aanpassen kan hier; veel items tegelijk via CSV hieronder. Elke wijziging komt in het logboek.",
            "Change one entry here; many at once with CSV below. Every change goes into the audit log.",
        ),
        "beheer.csv" => ("Alles tegelijk: CSV", "Everything at once: CSV"),
        "social_entry.regio" => ("Regio", "Region"),
        "social_entry.organisatie" => ("Organisatie", "Organisation"),
        "social_entry.aanbod" => ("Aanbod", "Service"),
        "social_entry.new_regio" => ("Nieuwe regio", "New region"),
        "social_entry.new_organisatie" => ("Nieuwe organisatie", "New organisation"),
        "social_entry.new_aanbod" => ("Nieuw aanbod", "New service"),
        "social_field.code" => (
            "Regiocode (kleine letters, cijfers, streepjes)",
            "Region code (lower-case letters, digits, hyphens)",
        ),
        "social_field.id" => (
            "Organisatiecode (kleine letters, cijfers, streepjes)",
            "Organisation code (lower-case letters, digits, hyphens)",
        ),
        "social_field.name" => ("Naam", "Name"),
        "social_field.kind" => ("Soort organisatie", "Kind of organisation"),
        "social_field.website" => ("Website", "Website"),
        "social_field.contact" => (
            "Publiek contactpunt (telefoon of e-mail van een afdeling, geen privépersoon)",
            "Public contact point (a department's phone or e-mail, not a private person)",
        ),
        "social_field.description_nl" => ("Beschrijving (nl)", "Description (nl)"),
        "social_field.description_en" => ("Beschrijving (en)", "Description (en)"),
        "social_field.source" => ("Bron", "Source"),
        "social_field.last_checked" => (
            "Laatst gecontroleerd (JJJJ-MM-DD)",
            "Last checked (YYYY-MM-DD)",
        ),
        "social_field.organisation_id" => ("Organisatie", "Organisation"),
        "social_field.intervention" => ("Interventie", "Intervention"),
        "social_field.other_product" => ("Geen: een ander product", "None: another product"),
        "social_field.product" => (
            "Ander product (als het geen interventie uit de kennisbank is)",
            "Other product (when it is not an intervention of the knowledge base)",
        ),
        "social_field.notes_nl" => (
            "Toelichting (nl), bijvoorbeeld modelgetrouwheid of wachttijd",
            "Notes (nl), for example fidelity or waiting time",
        ),
        "social_field.notes_en" => ("Toelichting (en)", "Notes (en)"),
        "social_field.region" => ("Regio's", "Regions"),
        "beheer.new_rule" => ("Nieuwe regel", "New rule"),
        "beheer.values_hint" => (
            "De antwoordcodes waarop de regel let, gescheiden door spaties; zie de lijst met codes.",
            "The answer codes the rule looks for, separated by spaces; see the list of codes.",
        ),
        "beheer.codes" => ("Codes per vraag", "Codes per question"),
        "beheer.delete_preview" => ("Bekijk het effect van verwijderen", "Preview removing it"),
        "beheer.delete" => ("Verwijder deze regel", "Remove this rule"),
        // errors
        "notfound.title" => ("Pagina niet gevonden", "Page not found"),
        "notfound.body" => (
            "Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.",
            "This page does not exist (any more). Check the address or go to the home page.",
        ),
        "error.title" => ("Er ging iets mis", "Something went wrong"),
        "error.body" => (
            "Er ging iets mis aan onze kant. Probeer het later opnieuw.",
            "Something went wrong on our side. Please try again later.",
        ),
        "error.bad_request" => (
            "Het verzoek kon niet worden verwerkt.",
            "The request could not be processed.",
        ),
        _ => return super::texts_case::lookup(key),
    })
}
