//! The texts of the reasoning page (`/advies/{code}/onderbouwing`) and of the advice page's
//! links to it.

texts! {
    /// The `reasoning.*` texts.
    ReasoningTexts {
        title: ("Onderbouwing van het advies", "Reasoning behind the advice"),
        intro: (
            "Per interventie elke regel die haar score maakt: een regel telt punten op of af en noemt \
             de bron; de score is de som van de punten. De volgorde en de groepen zijn die van het advies.",
            "For each intervention every line that makes its score: a line adds or subtracts points \
             and names its source; the score is the sum of the points. The order and the groups are \
             those of the advice.",
        ),
        back: ("Terug naar het advies", "Back to the advice"),
        why_rank: ("Waarom plaats", "Why rank"),
        see: ("Bekijk de onderbouwing", "See the reasoning"),
        see_for: ("van", "for"),
        advice_intro: (
            "De interventies die passen, van best passend naar minder passend: per interventie wat het is, \
             hoe lang het duurt, wie het uitvoert, wie betaalt, de volgende stap en waar u op moet letten. \
             Waarom een interventie op haar plaats staat (elke regel met punten en bron; de score is de \
             som van de punten), staat op een eigen pagina; print die als bijlage:",
            "The interventions that fit, from best to less fitting: for each what it is, how long it \
             takes, who delivers it, who pays, the next step and what to watch. Why an intervention has \
             its rank (every line with points and source; the score is the sum of the points) is on a \
             page of its own; print it as the appendix:",
        ),
        weak_facts: (
            "Waarom ze laag staan, staat in de onderbouwing; wat de interventie is, hoe lang ze duurt en \
             wie haar uitvoert, staat op haar eigen pagina onder Interventies.",
            "Why they rank low is in the reasoning; what the intervention is, how long it takes and who \
             delivers it is on its own page under Interventions.",
        ),
        excluded_intro: (
            "Deze interventies vallen af: elke regel die ze uitsluit, met de bron.",
            "These interventions do not fit: every rule that rules them out, with its source.",
        ),
        caveats: ("Om op te letten", "To watch"),
    }
}
