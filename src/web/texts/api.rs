//! The messages of the JSON API and of a profile that cannot be read (API and forms alike).
//! `{name}` marks where a value goes (see [`super::fill`]).

texts! {
    /// The `api.*` texts: the JSON API's error messages.
    ApiTexts {
        no_intervention: (
            "Deze interventie bestaat niet. Zie /api/v1/interventions voor de lijst.",
            "No such intervention. See /api/v1/interventions for the list.",
        ),
        not_found: ("Dit adres bestaat niet in de API.", "This address does not exist in the API."),
        not_json: (
            "Stuur het profiel als JSON (Content-Type: application/json).",
            "Send the profile as JSON (Content-Type: application/json).",
        ),
        too_large: (
            "Het verzoek is te groot (hoogstens {max} bytes).",
            "The request is too large (at most {max} bytes).",
        ),
        unreadable: ("Het verzoek kon niet worden gelezen.", "The request could not be read."),
        malformed: (
            "Ongeldige JSON (regel {line}, kolom {column}).",
            "Malformed JSON (line {line}, column {column}).",
        ),
        duplicate_key: (
            "Het veld '{key}' staat er twee keer in; noem elk veld één keer.",
            "The field '{key}' appears twice; name each field once.",
        ),
        not_object: ("Het profiel moet een JSON-object zijn.", "The profile must be a JSON object."),
        bad_filters: (
            "De filters konden niet worden gelezen (region, intervention).",
            "The filters could not be read (region, intervention).",
        ),
        unknown_intervention: (
            "Onbekende interventie; zie /api/v1/interventions.",
            "Unknown intervention; see /api/v1/interventions.",
        ),
    }
}

texts! {
    /// The `profile_error.*` texts: what is wrong with a profile, naming the field (`{field}`)
    /// and where it helps the allowed values; never the submitted value.
    ProfileErrorTexts {
        missing: (
            "Het veld '{field}' is verplicht. Toegestane waarden: {allowed}.",
            "The field '{field}' is required. Allowed values: {allowed}.",
        ),
        not_allowed: (
            "Het veld '{field}' heeft een waarde die niet is toegestaan. Toegestane waarden: {allowed}.",
            "The field '{field}' has a value that is not allowed. Allowed values: {allowed}.",
        ),
        repeated: ("Het veld '{field}' mag maar één waarde hebben.", "The field '{field}' takes a single value."),
        wrong_type: (
            "Het veld '{field}' heeft het verkeerde type: verwacht {expected}.",
            "The field '{field}' has the wrong type: expected {expected}.",
        ),
        unknown_region: (
            "Het veld 'region' bevat geen bekende arbeidsmarktregio. De regiocodes staan op \
             /api/v1/regions en op de sociale kaart.",
            "The field 'region' holds no known labour-market region. The region codes are at \
             /api/v1/regions and on the sociale kaart.",
        ),
        repeated_region: ("Het veld 'region' mag maar één waarde hebben.", "The field 'region' takes a single value."),
        unknown_intervention: (
            "Het veld '{field}' bevat een interventie die niet in de kennisbank staat. De codes \
             (slugs) staan op /api/v1/interventions.",
            "The field '{field}' holds an intervention that is not in the knowledge base. The \
             codes (slugs) are at /api/v1/interventions.",
        ),
        impossible: (
            "Het veld '{field}' past niet bij '{other}'. {why}",
            "The field '{field}' does not go with '{other}'. {why}",
        ),
        unknown_field: (
            "Het veld '{field}' hoort niet bij het cliëntprofiel (een profiel bevat nooit een naam, \
             BSN of vrije tekst). Bekende velden: {known}, current_interventions, region.",
            "The field '{field}' is not part of the client profile (a profile never holds a name, \
             citizen number or free text). Known fields: {known}, current_interventions, region.",
        ),
        expected_boolean: (
            "true, false of een tekst uit: yes, no, unknown",
            "true, false or a string from: yes, no, unknown",
        ),
        expected_list: ("een lijst van codes uit: {allowed}", "a list of codes from: {allowed}"),
        expected_string: ("een tekst uit: {allowed}", "a string from: {allowed}"),
    }
}
