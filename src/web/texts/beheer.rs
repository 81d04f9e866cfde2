//! The texts of beheer (the administrators' pages).

texts! {
    /// The `beheer.*` texts.
    BeheerTexts {
        title: ("Beheer", "Administration"),
        login: ("Inloggen voor beheer", "Sign in to administration"),
        name: ("Naam", "Name"),
        password: ("Wachtwoord", "Password"),
        wrong_login: ("Naam of wachtwoord klopt niet.", "Name or password is not correct."),
        disk_full: (
            "De schijf is vol, er is niets veranderd. Maak ruimte vrij op de server (of vraag dat aan wie de server beheert) en probeer het opnieuw.",
            "The disk is full, nothing was changed. Free some space on the server (or ask whoever runs it) and try again.",
        ),
        write_failed: (
            "Opslaan is niet gelukt, er is niets veranderd. Probeer het zo opnieuw; blijft het misgaan, dan staat de oorzaak in het log van de server.",
            "Saving failed, nothing was changed. Try again shortly; if it keeps failing, the server's log says why.",
        ),
        busy: (
            "Het is te druk om uw wachtwoord nu te controleren. Probeer het over een minuut opnieuw.",
            "Too busy to check your password now. Try again in a minute.",
        ),
        too_many: (
            "Te veel mislukte pogingen vanaf dit adres. Probeer het over een kwartier opnieuw.",
            "Too many failed attempts from this address. Try again in a quarter of an hour.",
        ),
        sign_in_first: ("Log eerst in als beheerder.", "Sign in as an administrator first."),
        forbidden: (
            "Dit account mag de kennisbank niet beheren.",
            "This account may not administer the knowledge base.",
        ),
        bad_token: (
            "Dit formulier is verlopen of komt niet van deze site. Open de pagina opnieuw.",
            "This form has expired or does not come from this site. Open the page again.",
        ),
        dashboard: ("Overzicht", "Overview"),
        cds: ("Terugmeldingen CDS Hooks", "CDS Hooks feedback"),
        cds_intro: (
            "Wat professionals in hun casussysteem met de kaarten van de CDS Hooks-dienst deden: per interventie hoe vaak afgewezen en waarom, en hoe vaak aanvaard. Bewaard wordt alleen de kaart, de interventie, de uitkomst, de redencode en de dag; niets over de cliënt of de professional.",
            "What professionals did in their case-management system with the CDS Hooks service's cards: per intervention how often overridden and why, and how often accepted. Only the card, the intervention, the outcome, the reason code and the day are kept; nothing about the client or the professional.",
        ),
        cds_off: (
            "De CDS Hooks-dienst staat uit: zet CDS_ISSUERS_FILE en CDS_BASE_URL om hem aan te zetten.",
            "The CDS Hooks service is off: set CDS_ISSUERS_FILE and CDS_BASE_URL to turn it on.",
        ),
        cds_none: ("Nog geen terugmeldingen.", "No feedback yet."),
        cds_outcome: ("Uitkomst", "Outcome"),
        cds_reason: ("Reden", "Reason"),
        cds_count: ("Aantal", "Count"),
        cds_csv: ("Download als CSV", "Download as CSV"),
        log: ("Logboek", "Audit log"),
        log_intro: (
            "Elke wijziging: wie, wat, wanneer, en per veld wat er veranderde (ervoor → erna); de nieuwste bovenaan. Het logboek kan niet worden gewijzigd.",
            "Every change: who, what, when, and field by field what changed (before → after); newest first. The log cannot be changed.",
        ),
        before_after: ("Ervoor en erna", "Before and after"),
        before: ("Ervoor", "Before"),
        after: ("Erna", "After"),
        export: ("Exporteren", "Export"),
        import: ("Importeren", "Import"),
        import_intro: (
            "Kies een JSON-bestand dat met Exporteren is gemaakt. Het wordt eerst volledig gecontroleerd en dan in één keer \
             toegepast: bij een fout verandert er niets.",
            "Choose a JSON file made with Export. It is checked in full first and then applied at once: on an error \
             nothing changes.",
        ),
        import_refused: (
            "Het bestand is niet ingelezen; er is niets veranderd.",
            "The file was not imported; nothing changed.",
        ),
        import_done: (
            "Ingelezen. Nieuwe versie van de kennisbank:",
            "Imported. New knowledge base version:",
        ),
        import_stale: (
            "Het bestand is geëxporteerd uit een oudere versie van de kennisbank. Sinds de export is de kennisbank \
             gewijzigd (zie het logboek); inlezen zou die wijzigingen ongedaan maken. Exporteer opnieuw en breng uw \
             wijzigingen daarin aan, of kies hieronder bewust om de wijzigingen te overschrijven.",
            "The file was exported from an older version of the knowledge base. The knowledge base has changed \
             since the export (see the logbook); importing it would undo those changes. Export again and make your \
             changes in that file, or choose below, deliberately, to overwrite the changes.",
        ),
        import_versions: ("Versie van het bestand / nu", "Version of the file / now"),
        import_overwrite: (
            "Toch inlezen: wijzigingen die na de export zijn gemaakt, worden overschreven",
            "Import anyway: changes made after the export are overwritten",
        ),
        file: ("Bestand", "File"),
        signed_in_as: ("Ingelogd als", "Signed in as"),
        logout: ("Uitloggen", "Sign out"),
        rules: ("Regels", "Rules"),
        warnings: ("Let op", "Warnings"),
        edit: ("Bewerken", "Edit"),
        general: ("Algemeen", "General"),
        evidence_source: ("Bron van de bewijskracht", "Source of the evidence level"),
        recognitions_hint: (
            "Eén erkenning per regel: instituut | jaar | bron. Het jaar mag leeg blijven.",
            "One recognition per line: institute | year | source. The year may stay empty.",
        ),
        preview: ("Bekijk het effect", "Preview the effect"),
        save: ("Opslaan", "Save"),
        discard: ("Verwerpen", "Discard"),
        preview_title: ("Effect op de voorbeeldcliënten", "Effect on the example clients"),
        preview_intro: (
            "Zo verschuift het advies voor elke voorbeeldcliënt als u deze wijziging opslaat. Er is nog niets opgeslagen.",
            "This is how the advice for each example client moves if you save this change. Nothing has been saved yet.",
        ),
        no_moves: ("geen verschuiving", "no change"),
        social_intro: (
            "De sociale kaart wordt beheerd als één CSV-bestand: download het, pas het aan en lees het weer in. Het \
             bestand wordt eerst volledig gecontroleerd; bij een fout verandert er niets en ziet u elke fout met \
             het regelnummer. De laatste regel (# exported_from …) noemt de versie die u downloadde; laat haar \
             staan, dan weigert het inlezen een bestand dat wijzigingen van een collega ongedaan zou maken.",
            "The sociale kaart is maintained as one CSV file: download it, edit it and upload it again. The file is \
             checked in full first; on an error nothing changes and you see every error with its line number. The \
             last line (# exported_from …) names the version you downloaded; leave it in, and an upload that would \
             undo a colleague's changes is refused.",
        ),
        social_download: ("Download de sociale kaart (CSV)", "Download the sociale kaart (CSV)"),
        columns: ("Kolommen", "Columns"),
        stale: ("Langer dan 12 maanden niet gecontroleerd", "Not checked for more than 12 months"),
        none_stale: (
            "Alle vermeldingen zijn recent gecontroleerd.",
            "All entries were checked recently.",
        ),
        social_done: ("De sociale kaart is ingelezen.", "The sociale kaart has been imported."),
        social_stale: (
            "Er is niets veranderd: de sociale kaart is gewijzigd nadat dit bestand is geëxporteerd, en inlezen \
             zou die wijzigingen ongedaan maken. Download de sociale kaart opnieuw en breng uw wijzigingen daarin \
             aan, of kies het bestand nog eens en vink bewust „Toch inlezen” aan.",
            "Nothing was changed: the sociale kaart was changed after this file was exported, and importing it \
             would undo those changes. Download the sociale kaart again and make your changes in that file, or \
             choose the file again and deliberately tick \"Import anyway\".",
        ),
        no_file: (
            "Er is geen bestand meegestuurd (of het is leeg); er is niets veranderd. Kies een bestand.",
            "No file was sent (or it is empty); nothing was changed. Choose a file.",
        ),
        social_changed_since: ("Gewijzigd sinds de export", "Changed since the export"),
        social_changed_more: (
            "… en meer; zie het logboek.",
            "… and more; see the logbook.",
        ),
        social_changed_unlogged: (
            "Het logboek noemt geen wijziging sinds de export: de sociale kaart is buiten beheer gewijzigd.",
            "The logbook names no change since the export: the sociale kaart was changed outside beheer.",
        ),
        rule: ("Regel", "Rule"),
        new_entry: ("nieuw", "new"),
        saved: ("Opgeslagen.", "Saved."),
        not_saved: ("Niet opgeslagen", "Not saved"),
        remove_entry: ("Verwijderen", "Remove"),
        entries: ("Regio's, organisaties en aanbod", "Regions, organisations and services"),
        entries_intro: (
            "Eén item aanpassen kan hier; veel items tegelijk via CSV hieronder. Elke wijziging komt in het logboek.",
            "Change one entry here; many at once with CSV below. Every change goes into the audit log.",
        ),
        csv: ("Alles tegelijk: CSV", "Everything at once: CSV"),
        new_rule: ("Nieuwe regel", "New rule"),
        values_hint: (
            "De antwoordcodes waarop de regel let, gescheiden door spaties; zie de lijst met codes.",
            "The answer codes the rule looks for, separated by spaces; see the list of codes.",
        ),
        codes: ("Codes per vraag", "Codes per question"),
        condition: ("Alleen als (voorwaarde)", "Only when (condition)"),
        condition_hint: (
            "Leeg: de regel geldt altijd. Anders: vraag=code,code per voorwaarde, gescheiden door spaties, \
             bijvoorbeeld severity=epa of work_situation=ww,bijstand.",
            "Empty: the rule always applies. Otherwise: question=code,code per clause, separated by \
             spaces, for example severity=epa or work_situation=ww,bijstand.",
        ),
        delete_preview: ("Bekijk het effect van verwijderen", "Preview removing it"),
        delete: ("Verwijder deze regel", "Remove this rule"),
        bad_form: (
            "Dit formulier kon niet worden gelezen; er is niets veranderd. Open de pagina opnieuw.",
            "This form could not be read; nothing was changed. Open the page again.",
        ),
        conflict_title: (
            "Intussen door iemand anders opgeslagen",
            "Saved by someone else in the meantime",
        ),
        conflict_intro: (
            "Na het openen van dit formulier heeft iemand anders deze gegevens opgeslagen. Er is niets overschreven: hieronder staan de opgeslagen versie en uw versie naast elkaar, verschillen eerst.",
            "Someone else saved this item after you opened the form. Nothing was overwritten: below are the stored version and your version side by side, differences first.",
        ),
        conflict_removed: (
            "Het onderdeel is intussen verwijderd.",
            "The item has been removed in the meantime.",
        ),
        conflict_field: ("Veld", "Field"),
        conflict_theirs: ("Nu opgeslagen", "Stored now"),
        conflict_yours: ("Uw versie", "Your version"),
        conflict_differs: ("verschilt", "differs"),
        field_path: ("technische naam", "technical name"),
        recognition_line: ("Erkend door, regel {n}", "Recognised by, line {n}"),
        institute: ("instituut", "institute"),
        year: ("jaar", "year"),
        conflict_continue: (
            "Verder met mijn versie (eerst het effect bekijken)",
            "Continue with my version (preview first)",
        ),
        conflict_open_theirs: (
            "Open de opgeslagen versie (mijn invoer vervalt)",
            "Open the stored version (my input is dropped)",
        ),
        conflict_help: (
            "Met 'Verder met mijn versie' opent het formulier met uw invoer, nu op basis van de opgeslagen versie; pas na 'Opslaan' vervangt u die.",
            "'Continue with my version' opens the form with your input, now based on the stored version; only 'Save' replaces it.",
        ),
        err_required: ("Vul dit veld in.", "Fill in this field."),
        err_too_long: (
            "Hoogstens {max} tekens (nu {length}).",
            "At most {max} characters (now {length}).",
        ),
        err_control_chars: (
            "Bevat onzichtbare stuurtekens of tekens die de leesrichting omdraaien; haal die weg.",
            "Contains invisible control characters or characters that reverse the reading direction; remove them.",
        ),
        err_unknown_source: (
            "'{citation}' noemt geen bekende bron. Begin elk deel (gescheiden door ;) met de korte naam van een bron: {known}.",
            "'{citation}' names no known source. Start each part (separated by ;) with the short name of a source: {known}.",
        ),
        err_choose: ("Kies een waarde uit de lijst.", "Choose a value from the list."),
        err_text_incomplete: (
            "Vul de tekst in het Nederlands én het Engels en de bron in, of laat alle drie leeg.",
            "Fill in the Dutch and the English text and the source, or leave all three empty.",
        ),
        err_recognition_line: (
            "Regel {line}: schrijf 'instituut | jaar | bron' (jaar mag leeg, tussen 1900 en 2100).",
            "Line {line}: write 'institute | year | source' (the year may be empty, 1900 to 2100).",
        ),
        err_invalid_kb: (
            "Hierdoor zou de kennisbank ongeldig worden; er is niets veranderd. Technische melding:",
            "This would make the knowledge base invalid; nothing was changed. Technical message:",
        ),
        err_not_an_answer: (
            "'{value}' is geen antwoord op deze vraag. Mogelijk: {allowed}.",
            "'{value}' is not an answer to this question. Possible: {allowed}.",
        ),
        err_no_answers: (
            "Noem ten minste één antwoordcode.",
            "Name at least one answer code.",
        ),
        err_points_number: (
            "Vul een getal in (bijvoorbeeld 1,5 of -1).",
            "Fill in a number (for example 1.5 or -1).",
        ),
        err_points_fit: (
            "Een regel 'Past' geeft meer dan 0 punten.",
            "A 'Fits' rule adds more than 0 points.",
        ),
        err_points_caution: (
            "Een regel 'Let op' geeft 0 of minder punten.",
            "A 'Caution' rule adds 0 or fewer points.",
        ),
        err_points_zero: (
            "Een regel 'Vereist' of 'Sluit uit' geeft 0 punten.",
            "A 'Requires' or 'Excludes' rule adds 0 points.",
        ),
        err_points_range: (
            "Hoogstens {max} en minstens -{max}.",
            "At most {max} and at least -{max}.",
        ),
        log_raw: ("Ruwe gegevens", "Raw data"),
        log_field: ("Veld", "Field"),
        log_more: (
            "en nog {n} gewijzigde velden (niet bewaard, om het logboek klein te houden)",
            "and {n} more changed fields (not kept, to keep the log small)",
        ),
        log_no_changes: ("Geen velden gewijzigd.", "No fields changed."),
        log_page: ("Pagina {page} van {pages}", "Page {page} of {pages}"),
        log_newer: ("Nieuwere", "Newer"),
        log_older: ("Oudere", "Older"),
        log_pages: ("Pagina's van het logboek", "Pages of the audit log"),
        log_empty: ("Geen wijzigingen op deze pagina.", "No changes on this page."),
        log_time_note: (
            "Tijden in Nederlandse tijd (Europe/Amsterdam).",
            "Times in Dutch time (Europe/Amsterdam).",
        ),
        log_cut: ("(ingekort)", "(shortened)"),
        action_update: ("gewijzigd", "changed"),
        action_create: ("toegevoegd", "added"),
        action_delete: ("verwijderd", "removed"),
        action_import: ("geïmporteerd", "imported"),
        err_code_format: (
            "Alleen kleine letters, cijfers en streepjes (hoogstens {max} tekens).",
            "Only lower-case letters, digits and hyphens (at most {max} characters).",
        ),
        err_exists: ("Deze code bestaat al.", "This code already exists."),
        err_date: ("Schrijf de datum als JJJJ-MM-DD.", "Write the date as YYYY-MM-DD."),
        err_website: (
            "Een website begint met http:// of https:// (zonder spaties).",
            "A website starts with http:// or https:// (without spaces).",
        ),
        err_product_or_intervention: (
            "Kies een interventie of noem een ander product.",
            "Choose an intervention or name another product.",
        ),
        err_still_used: (
            "Nog in gebruik door aanbod {ids}; haal dat eerst weg of verplaats het.",
            "Still used by service {ids}; remove or move that first.",
        ),
    }
}

texts! {
    /// The `social_entry.*` texts.
    SocialEntryTexts {
        regio: ("Regio", "Region"),
        organisatie: ("Organisatie", "Organisation"),
        aanbod: ("Aanbod", "Service"),
        new_regio: ("Nieuwe regio", "New region"),
        new_organisatie: ("Nieuwe organisatie", "New organisation"),
        new_aanbod: ("Nieuw aanbod", "New service"),
    }
}

texts! {
    /// The `social_field.*` texts.
    SocialFieldTexts {
        code: (
            "Regiocode (kleine letters, cijfers, streepjes)",
            "Region code (lower-case letters, digits, hyphens)",
        ),
        id: (
            "Organisatiecode (kleine letters, cijfers, streepjes)",
            "Organisation code (lower-case letters, digits, hyphens)",
        ),
        name: ("Naam", "Name"),
        kind: ("Soort organisatie", "Kind of organisation"),
        website: ("Website", "Website"),
        contact: (
            "Publiek contactpunt (telefoon of e-mail van een afdeling, geen privépersoon)",
            "Public contact point (a department's phone or e-mail, not a private person)",
        ),
        description_nl: ("Beschrijving (nl)", "Description (nl)"),
        description_en: ("Beschrijving (en)", "Description (en)"),
        source: ("Bron", "Source"),
        last_checked: ("Laatst gecontroleerd (JJJJ-MM-DD)", "Last checked (YYYY-MM-DD)"),
        organisation_id: ("Organisatie", "Organisation"),
        intervention: ("Interventie", "Intervention"),
        other_product: ("Geen: een ander product", "None: another product"),
        product: (
            "Ander product (als het geen interventie uit de kennisbank is)",
            "Other product (when it is not an intervention of the knowledge base)",
        ),
        notes_nl: (
            "Toelichting (nl), bijvoorbeeld modelgetrouwheid of wachttijd",
            "Notes (nl), for example fidelity or waiting time",
        ),
        notes_en: ("Toelichting (en)", "Notes (en)"),
        region: ("Regio's", "Regions"),
        kind_ggz: ("GGZ-aanbieder", "Mental-health care provider"),
        kind_uwv: ("UWV", "UWV (employee insurance agency)"),
        kind_gemeente: ("Gemeente", "Municipality"),
        kind_re_integratiebedrijf: ("Re-integratiebedrijf", "Re-integration company"),
        kind_clientorganisatie: ("Cliëntorganisatie", "Client organisation"),
        kind_ervaringsdeskundigen: (
            "Organisatie van ervaringsdeskundigen",
            "Organisation of peer experts",
        ),
        kind_sociaal_leerwerkbedrijf: ("Sociaal leerwerkbedrijf", "Social learning company"),
        kind_verzekeraar: ("Verzekeraar", "Insurer"),
        kind_anders: ("Anders", "Other"),
    }
}
