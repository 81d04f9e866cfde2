//! The texts of the intervention catalogue and the sociale kaart.

texts! {
    /// The `catalogue.*` texts.
    CatalogueTexts {
        title: ("Interventies", "Interventions"),
        intro: (
            "Alle interventies in de kennisbank, met hun doelgroep en bewijskracht. Filter op doelgroep, \
             werksituatie of bewijskracht.",
            "All interventions in the knowledge base, with their target group and evidence. Filter by target \
             group, work situation or evidence.",
        ),
        filter: ("Filter", "Filter"),
        apply: ("Toon", "Show"),
        all: ("Alle", "All"),
        severity: ("Doelgroep", "Target group"),
        work_situation: ("Werksituatie", "Work situation"),
        evidence: ("Bewijskracht", "Evidence"),
        count: ("interventies gevonden", "interventions found"),
        none: ("Geen interventies bij deze filters.", "No interventions match these filters."),
        bad_filter: (
            "Een filterwaarde is onbekend en is genegeerd.",
            "A filter value is unknown and was ignored.",
        ),
    }
}

texts! {
    /// The `social.*` texts.
    SocialTexts {
        title: ("Sociale kaart", "Regional social map"),
        intro: (
            "Welke organisaties bieden welke interventie aan, in welke arbeidsmarktregio? Elke vermelding noemt \
             wanneer ze voor het laatst is gecontroleerd; vermeldingen die langer dan twaalf maanden niet zijn \
             gecontroleerd, zijn gemarkeerd. De startinhoud bevat alleen wat de bronnen noemen; beheerders van een \
             regio vullen de rest aan.",
            "Which organisations offer which intervention, in which labour-market region? Every entry says when it \
             was last checked; entries not checked for more than twelve months are marked. The starting content \
             holds only what the sources name; a region's administrators add the rest.",
        ),
        region: ("Regio", "Region"),
        intervention: ("Interventie", "Intervention"),
        kind: ("Soort organisatie", "Kind of organisation"),
        organisation: ("Organisatie", "Organisation"),
        offers: ("Aanbod", "Offer"),
        regions: ("Regio's", "Regions"),
        organisations: ("Organisaties", "Organisations"),
        services: ("Aanbod", "Services"),
        no_region: ("geen regio bekend", "no region known"),
        last_checked: ("laatst gecontroleerd", "last checked"),
        stale: ("langer dan 12 maanden niet gecontroleerd", "not checked for over 12 months"),
        none: ("Geen vermeldingen bij deze filters.", "No entries match these filters."),
        website: ("Website", "Website"),
        contact: ("Contact", "Contact"),
        unknown: ("niet bekend", "not known"),
    }
}
