//! The client profile: the questionnaire's answers as typed values, and their parsing.
//!
//! A profile can only be built valid: [`ClientProfile::parse`] takes the answers as
//! `(field, value)` pairs (an HTML form sends them so; JSON is flattened to them) and
//! returns every problem it finds, each naming its field. A profile never holds a name,
//! a citizen number or free text: every field is a code from a closed list.

pub mod consistency;

/// Declares a closed list of codes as an enum with its code strings.
macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in the order the questionnaire shows them.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];
            /// The codes of [`Self::ALL`], as the contract spells them.
            pub const CODES: &'static [&'static str] = &[$($code),+];

            /// The code of this value, as the contract spells it.
            pub fn code(self) -> &'static str {
                match self { $(Self::$variant => $code),+ }
            }

            /// The value with this code, if there is one.
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some(Self::$variant),)+ _ => None }
            }

            /// The position of this value in [`Self::ALL`].
            pub fn index(self) -> usize {
                self as usize
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }
    };
}

code_enum!(
    /// CMD (common mental disorders) or EPA (severe mental illness).
    Severity { Cmd => "cmd", Epa => "epa", Unknown => "unknown" }
);

code_enum!(
    /// Where the client stands with respect to work and benefits.
    WorkSituation {
        SickLeave => "sick_leave",
        BackAtWork => "back_at_work",
        SicknessBenefit => "sickness_benefit",
        Wga => "wga",
        Iva => "iva",
        Ww => "ww",
        Bijstand => "bijstand",
        Wajong => "wajong",
        NoBenefit => "no_benefit",
    }
);

code_enum!(
    /// Disorder category after the DBC grouping of Panteia 2021, table 4.
    Disorder {
        Substance => "substance",
        Adhd => "adhd",
        Adjustment => "adjustment",
        Anxiety => "anxiety",
        Bipolar => "bipolar",
        Depression => "depression",
        Eating => "eating",
        Personality => "personality",
        Autism => "autism",
        Psychotic => "psychotic",
        OtherDisorder => "other_disorder",
        OtherProblems => "other_problems",
        Unknown => "unknown",
    }
);

code_enum!(
    /// How long the client has been absent from work.
    AbsenceDuration {
        None => "none",
        Under6Weeks => "under_6_weeks",
        SixWeeksTo3Months => "6_weeks_to_3_months",
        ThreeTo12Months => "3_to_12_months",
        OneTo2Years => "1_to_2_years",
        Over2Years => "over_2_years",
        Unknown => "unknown",
    }
);

code_enum!(
    /// Whether the client is in mental-health care (GGZ).
    MentalHealthCare { InTreatment => "in_treatment", WaitingList => "waiting_list", None => "none", Unknown => "unknown" }
);

code_enum!(
    /// What the client wants with respect to paid work.
    WorkWish {
        PaidWorkNow => "paid_work_now",
        PaidWorkLater => "paid_work_later",
        Unsure => "unsure",
        NotNow => "not_now",
        Unknown => "unknown",
    }
);

code_enum!(
    /// The answer to a yes/no question; `Unknown` when it was not answered.
    YesNo { Yes => "yes", No => "no", Unknown => "unknown" }
);

impl YesNo {
    /// The answer with this code; `true` and `false` (a JSON boolean, an old checkbox) are
    /// read as yes and no.
    pub fn from_answer(code: &str) -> Option<Self> {
        match code {
            "true" => Some(Self::Yes),
            "false" => Some(Self::No),
            _ => Self::from_code(code),
        }
    }
}

code_enum!(
    /// The client's confidence in being able to return to work.
    SelfEfficacy { High => "high", Medium => "medium", Low => "low", Unknown => "unknown" }
);

code_enum!(
    /// How the (former) employer carries the Ziektewet and WGA risk (Panteia 2021, 1.1):
    /// publicly insured through UWV, or as eigenrisicodrager.
    Insurance { Public => "public", Eigenrisicodrager => "eigenrisicodrager", Unknown => "unknown" }
);

code_enum!(
    /// Barriers to (returning to) work, after Panteia 2021, 3.3.
    Barrier {
        ReturningTooFast => "returning_too_fast",
        UnfittingWork => "unfitting_work",
        NoAdjustments => "no_adjustments",
        PoorSupervision => "poor_supervision",
        NoColleagueSupport => "no_colleague_support",
        StigmaAtWork => "stigma_at_work",
        PerformancePressure => "performance_pressure",
        EmployerPrejudice => "employer_prejudice",
        LowMotivation => "low_motivation",
        FearOfReturn => "fear_of_return",
        ShameGuilt => "shame_guilt",
        CopingWithDemands => "coping_with_demands",
        PhysicalComplaints => "physical_complaints",
        PrivateStress => "private_stress",
        NoSupportFromRelatives => "no_support_from_relatives",
        LimitedCapacity => "limited_capacity",
        SelfStigma => "self_stigma",
        NoLongTermGoals => "no_long_term_goals",
        LacksQualifications => "lacks_qualifications",
        WaitingList => "waiting_list",
        FinancialDisincentives => "financial_disincentives",
        FlexibleLabourMarket => "flexible_labour_market",
    }
);

/// The three groups the barriers fall into (Panteia 2021, 3.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BarrierGroup {
    WorkSituation,
    Person,
    Other,
}

impl Barrier {
    /// The group this barrier belongs to.
    pub fn group(self) -> BarrierGroup {
        use Barrier::*;
        match self {
            ReturningTooFast | UnfittingWork | NoAdjustments | PoorSupervision
            | NoColleagueSupport | StigmaAtWork | PerformancePressure | EmployerPrejudice => {
                BarrierGroup::WorkSituation
            }
            WaitingList | FinancialDisincentives | FlexibleLabourMarket => BarrierGroup::Other,
            _ => BarrierGroup::Person,
        }
    }
}

code_enum!(
    /// A question of the profile: what a matching rule looks at.
    Dimension {
        Severity => "severity",
        WorkSituation => "work_situation",
        Disorder => "disorder",
        AbsenceDuration => "absence_duration",
        MentalHealthCare => "mental_health_care",
        WorkWish => "work_wish",
        SelfEfficacy => "self_efficacy",
        LacksFitnessOrStructure => "lacks_fitness_or_structure",
        MultipleProblems => "multiple_problems",
        HasOccupationalPhysician => "has_occupational_physician",
        PrefersNoOnline => "prefers_no_online",
        PrefersNoGroup => "prefers_no_group",
        Insurance => "insurance",
        EmploymentContract => "employment_contract",
        TargetGroupRegister => "target_group_register",
        PartialReturn => "partial_return",
        OwnJobFeasible => "own_job_feasible",
        Barriers => "barriers",
    }
);

impl Dimension {
    /// The codes an answer to this question may take.
    pub fn allowed_values(self) -> &'static [&'static str] {
        match self {
            Self::Severity => Severity::CODES,
            Self::WorkSituation => WorkSituation::CODES,
            Self::Disorder => Disorder::CODES,
            Self::AbsenceDuration => AbsenceDuration::CODES,
            Self::MentalHealthCare => MentalHealthCare::CODES,
            Self::WorkWish => WorkWish::CODES,
            Self::SelfEfficacy => SelfEfficacy::CODES,
            Self::Insurance => Insurance::CODES,
            Self::EmploymentContract | Self::TargetGroupRegister => YesNo::CODES,
            Self::Barriers => Barrier::CODES,
            _ => YesNo::CODES,
        }
    }

    /// Whether the question must be answered.
    pub fn is_required(self) -> bool {
        matches!(self, Self::Severity | Self::WorkSituation)
    }

    /// Whether the question is a yes/no question (answers `yes`, `no`, `unknown`; JSON may
    /// also send `true` and `false`).
    pub fn is_boolean(self) -> bool {
        self.allowed_values() == YesNo::CODES
    }

    /// Whether the answer is a list (the barriers).
    pub fn is_list(self) -> bool {
        self == Self::Barriers
    }

    /// Whether the question has an explicit "unknown" answer.
    pub fn has_unknown(self) -> bool {
        self.allowed_values().contains(&"unknown")
    }

    /// The set of `codes` as a bit mask over [`Self::allowed_values`] (bit i: the i-th code).
    pub fn mask_of<'a>(self, codes: impl IntoIterator<Item = &'a str>) -> u64 {
        let allowed = self.allowed_values();
        codes
            .into_iter()
            .filter_map(|code| allowed.iter().position(|a| *a == code))
            .fold(0, |mask, i| mask | (1 << i))
    }

    /// The bit of the "unknown" answer, or 0 when the question has none.
    pub fn unknown_bit(self) -> u64 {
        self.mask_of(["unknown"])
    }
}

/// Every answer of a profile as a bit mask per question, indexed by [`Dimension::index`]:
/// what the engine compares the rules' masks with.
pub type AnswerMasks = [u64; Dimension::ALL.len()];

/// A client's answers, valid by construction.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ClientProfile {
    pub severity: Severity,
    pub work_situation: WorkSituation,
    pub disorder: Disorder,
    pub absence_duration: AbsenceDuration,
    pub mental_health_care: MentalHealthCare,
    pub work_wish: WorkWish,
    pub self_efficacy: SelfEfficacy,
    pub lacks_fitness_or_structure: YesNo,
    pub multiple_problems: YesNo,
    pub has_occupational_physician: YesNo,
    pub prefers_no_online: YesNo,
    pub prefers_no_group: YesNo,
    /// Working part of the hours again while still on sick leave (Panteia 2021, 3.1.2).
    pub partial_return: YesNo,
    /// Whether returning to the own job is feasible (Panteia 2021, 3.1.2).
    pub own_job_feasible: YesNo,
    /// How the (former) employer is insured for Ziektewet and WGA; decides the route.
    pub insurance: Insurance,
    /// Whether the client still has an employer (a "dienstverband", Panteia 2021, 1.1).
    pub employment_contract: YesNo,
    /// Whether the client is in the doelgroepregister of the Wet banenafspraak
    /// (Samenwerken 2017, 4.1).
    pub target_group_register: YesNo,
    /// Sorted, without duplicates.
    pub barriers: Vec<Barrier>,
    /// Interventions the client already follows or followed (slugs, sorted, without
    /// duplicates): shown as such, never suggested as new. Their format is checked here,
    /// their existence against the knowledge base.
    pub current_interventions: Vec<String>,
    /// The labour-market region, for the providers on the sociale kaart; not a matching
    /// question. Its format is checked here, its existence against the knowledge base.
    pub region: Option<String>,
}

/// The form field of the region.
pub const REGION_FIELD: &str = "region";

/// The form field of the interventions already followed.
pub const CURRENT_FIELD: &str = "current_interventions";

/// Whether `code` has the form of an intervention slug (lowercase ASCII, digits, hyphens).
pub fn is_slug(code: &str) -> bool {
    is_region_code(code)
}

/// Whether `code` has the form of a region code (lowercase ASCII, digits, hyphens).
pub fn is_region_code(code: &str) -> bool {
    (1..=60).contains(&code.len())
        && code
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The answer to one question, as the matching rules see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer<'a> {
    /// One code; `"unknown"` where the question was not answered.
    One(&'static str),
    /// The ticked barriers.
    Barriers(&'a [Barrier]),
}

impl ClientProfile {
    /// A profile with the two required answers and every other answer neutral.
    pub fn new(severity: Severity, work_situation: WorkSituation) -> Self {
        Self {
            severity,
            work_situation,
            disorder: Disorder::Unknown,
            absence_duration: AbsenceDuration::Unknown,
            mental_health_care: MentalHealthCare::Unknown,
            work_wish: WorkWish::Unknown,
            self_efficacy: SelfEfficacy::Unknown,
            lacks_fitness_or_structure: YesNo::Unknown,
            multiple_problems: YesNo::Unknown,
            has_occupational_physician: YesNo::Unknown,
            prefers_no_online: YesNo::Unknown,
            prefers_no_group: YesNo::Unknown,
            partial_return: YesNo::Unknown,
            own_job_feasible: YesNo::Unknown,
            insurance: Insurance::Unknown,
            employment_contract: YesNo::Unknown,
            target_group_register: YesNo::Unknown,
            barriers: Vec::new(),
            current_interventions: Vec::new(),
            region: None,
        }
    }

    /// The answer to one question.
    pub fn answer(&self, dimension: Dimension) -> Answer<'_> {
        let flag = |answer: YesNo| Answer::One(answer.code());
        match dimension {
            Dimension::Severity => Answer::One(self.severity.code()),
            Dimension::WorkSituation => Answer::One(self.work_situation.code()),
            Dimension::Disorder => Answer::One(self.disorder.code()),
            Dimension::AbsenceDuration => Answer::One(self.absence_duration.code()),
            Dimension::MentalHealthCare => Answer::One(self.mental_health_care.code()),
            Dimension::WorkWish => Answer::One(self.work_wish.code()),
            Dimension::SelfEfficacy => Answer::One(self.self_efficacy.code()),
            Dimension::LacksFitnessOrStructure => flag(self.lacks_fitness_or_structure),
            Dimension::MultipleProblems => flag(self.multiple_problems),
            Dimension::HasOccupationalPhysician => flag(self.has_occupational_physician),
            Dimension::PrefersNoOnline => flag(self.prefers_no_online),
            Dimension::PrefersNoGroup => flag(self.prefers_no_group),
            Dimension::Insurance => Answer::One(self.insurance.code()),
            Dimension::EmploymentContract => Answer::One(self.employment_contract.code()),
            Dimension::TargetGroupRegister => Answer::One(self.target_group_register.code()),
            Dimension::PartialReturn => flag(self.partial_return),
            Dimension::OwnJobFeasible => flag(self.own_job_feasible),
            Dimension::Barriers => Answer::Barriers(&self.barriers),
        }
    }

    /// The answers as bit masks, one per question: bit i is the i-th code of
    /// [`Dimension::allowed_values`], as [`Dimension::mask_of`] gives it for the answer's code
    /// (a unit test holds the two equal), taken from the values' positions without comparing
    /// codes: the engine, route, plan and API each ask for it on every advice.
    pub fn answer_masks(&self) -> AnswerMasks {
        let mut masks = [0; Dimension::ALL.len()];
        for dimension in Dimension::ALL.iter().copied() {
            masks[dimension.index()] = self.answer_bits(dimension);
        }
        masks
    }

    /// The answer to `dimension` as a bit mask (see [`Self::answer_masks`]).
    fn answer_bits(&self, dimension: Dimension) -> u64 {
        let bit = |index: usize| 1u64 << index;
        match dimension {
            Dimension::Severity => bit(self.severity.index()),
            Dimension::WorkSituation => bit(self.work_situation.index()),
            Dimension::Disorder => bit(self.disorder.index()),
            Dimension::AbsenceDuration => bit(self.absence_duration.index()),
            Dimension::MentalHealthCare => bit(self.mental_health_care.index()),
            Dimension::WorkWish => bit(self.work_wish.index()),
            Dimension::SelfEfficacy => bit(self.self_efficacy.index()),
            Dimension::LacksFitnessOrStructure => bit(self.lacks_fitness_or_structure.index()),
            Dimension::MultipleProblems => bit(self.multiple_problems.index()),
            Dimension::HasOccupationalPhysician => bit(self.has_occupational_physician.index()),
            Dimension::PrefersNoOnline => bit(self.prefers_no_online.index()),
            Dimension::PrefersNoGroup => bit(self.prefers_no_group.index()),
            Dimension::Insurance => bit(self.insurance.index()),
            Dimension::EmploymentContract => bit(self.employment_contract.index()),
            Dimension::TargetGroupRegister => bit(self.target_group_register.index()),
            Dimension::PartialReturn => bit(self.partial_return.index()),
            Dimension::OwnJobFeasible => bit(self.own_job_feasible.index()),
            Dimension::Barriers => self.barriers.iter().fold(0, |m, b| m | bit(b.index())),
        }
    }

    /// The answers as `(field, code)` pairs, in questionnaire order; unknown answers left
    /// out. Parsing these pairs gives the same profile back.
    pub fn to_pairs(&self) -> Vec<(&'static str, &str)> {
        let mut pairs: Vec<(&'static str, &str)> = Vec::new();
        for dimension in Dimension::ALL.iter().copied() {
            match self.answer(dimension) {
                Answer::One("unknown") if !dimension.is_required() => {}
                Answer::One(code) => pairs.push((dimension.code(), code)),
                Answer::Barriers(list) => {
                    pairs.extend(list.iter().map(|b| (dimension.code(), b.code())))
                }
            }
        }
        pairs.extend(
            self.current_interventions
                .iter()
                .map(|slug| (CURRENT_FIELD, slug.as_str())),
        );
        if let Some(region) = &self.region {
            pairs.push((REGION_FIELD, region));
        }
        pairs
    }

    /// Builds a profile from `(field, value)` pairs. Every problem is reported, each naming
    /// its field; an absent optional field takes its neutral default.
    pub fn parse<'a, I>(pairs: I) -> Result<Self, Vec<ProfileError>>
    where
        I: IntoIterator<Item = (&'a str, &'a str)>,
    {
        let mut answers: [Vec<&str>; Dimension::ALL.len()] = Default::default();
        let mut errors = Vec::new();
        let mut regions: Vec<&str> = Vec::new();
        let mut current: Vec<String> = Vec::new();
        for (field, value) in pairs {
            if field == REGION_FIELD {
                regions.push(value);
                continue;
            }
            if field == CURRENT_FIELD {
                match value {
                    "" => {}
                    slug if is_slug(slug) => current.push(slug.to_owned()),
                    _ if errors.contains(&ProfileError::UnknownIntervention) => {}
                    _ => errors.push(ProfileError::UnknownIntervention),
                }
                continue;
            }
            match Dimension::from_code(field) {
                Some(dimension) => answers[dimension.index()].push(value),
                None => {
                    if !errors.contains(&ProfileError::UnknownField(field.to_owned())) {
                        errors.push(ProfileError::UnknownField(field.to_owned()));
                    }
                }
            }
        }
        let mut parser = Parser {
            answers,
            errors: Vec::new(),
        };
        let profile = Self {
            severity: parser.one(Dimension::Severity, Severity::from_code, Severity::Unknown),
            work_situation: parser.one(
                Dimension::WorkSituation,
                WorkSituation::from_code,
                WorkSituation::NoBenefit,
            ),
            disorder: parser.one(Dimension::Disorder, Disorder::from_code, Disorder::Unknown),
            absence_duration: parser.one(
                Dimension::AbsenceDuration,
                AbsenceDuration::from_code,
                AbsenceDuration::Unknown,
            ),
            mental_health_care: parser.one(
                Dimension::MentalHealthCare,
                MentalHealthCare::from_code,
                MentalHealthCare::Unknown,
            ),
            work_wish: parser.one(Dimension::WorkWish, WorkWish::from_code, WorkWish::Unknown),
            self_efficacy: parser.one(
                Dimension::SelfEfficacy,
                SelfEfficacy::from_code,
                SelfEfficacy::Unknown,
            ),
            lacks_fitness_or_structure: parser.flag(Dimension::LacksFitnessOrStructure),
            multiple_problems: parser.flag(Dimension::MultipleProblems),
            has_occupational_physician: parser.flag(Dimension::HasOccupationalPhysician),
            prefers_no_online: parser.flag(Dimension::PrefersNoOnline),
            prefers_no_group: parser.flag(Dimension::PrefersNoGroup),
            insurance: parser.one(
                Dimension::Insurance,
                Insurance::from_code,
                Insurance::Unknown,
            ),
            employment_contract: parser.one(
                Dimension::EmploymentContract,
                YesNo::from_answer,
                YesNo::Unknown,
            ),
            target_group_register: parser.one(
                Dimension::TargetGroupRegister,
                YesNo::from_answer,
                YesNo::Unknown,
            ),
            partial_return: parser.flag(Dimension::PartialReturn),
            own_job_feasible: parser.flag(Dimension::OwnJobFeasible),
            barriers: parser.barriers(),
            current_interventions: {
                current.sort();
                current.dedup();
                current
            },
            region: match regions.as_slice() {
                [] | [""] => None,
                [code] if is_region_code(code) => Some((*code).to_owned()),
                [_] => {
                    errors.push(ProfileError::UnknownRegion);
                    None
                }
                _ => {
                    errors.push(ProfileError::RepeatedRegion);
                    None
                }
            },
        };
        errors.extend(parser.errors);
        if errors.is_empty() {
            errors.extend(consistency::impossible_combinations(&profile));
        }
        if errors.is_empty() {
            Ok(profile)
        } else {
            Err(errors)
        }
    }
}

/// Collects the answers per question and the problems found while reading them.
struct Parser<'a> {
    /// The values given per question, by [`Dimension::index`].
    answers: [Vec<&'a str>; Dimension::ALL.len()],
    errors: Vec<ProfileError>,
}

impl Parser<'_> {
    fn one<T>(&mut self, dimension: Dimension, from_code: fn(&str) -> Option<T>, default: T) -> T {
        let values = std::mem::take(&mut self.answers[dimension.index()]);
        match values.as_slice() {
            [] if dimension.is_required() => self.errors.push(ProfileError::Missing(dimension)),
            [] => {}
            [value] => match from_code(value) {
                Some(parsed) => return parsed,
                None if value.is_empty() && dimension.is_required() => {
                    self.errors.push(ProfileError::Missing(dimension))
                }
                // An empty optional answer is the neutral default (an untouched select).
                None if value.is_empty() => {}
                None => self.errors.push(ProfileError::NotAllowed(dimension)),
            },
            _ => self.errors.push(ProfileError::Repeated(dimension)),
        }
        default
    }

    fn flag(&mut self, dimension: Dimension) -> YesNo {
        self.one(dimension, YesNo::from_answer, YesNo::Unknown)
    }

    fn barriers(&mut self) -> Vec<Barrier> {
        let values = std::mem::take(&mut self.answers[Dimension::Barriers.index()]);
        let mut barriers = Vec::with_capacity(values.len());
        for value in values {
            match Barrier::from_code(value) {
                Some(barrier) => barriers.push(barrier),
                None => {
                    if !self
                        .errors
                        .contains(&ProfileError::NotAllowed(Dimension::Barriers))
                    {
                        self.errors
                            .push(ProfileError::NotAllowed(Dimension::Barriers))
                    }
                }
            }
        }
        barriers.sort();
        barriers.dedup();
        barriers
    }
}

/// A problem with one answer. The value itself is never repeated: it may be about a client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileError {
    /// A required question was not answered.
    Missing(Dimension),
    /// The answer is not one of the allowed codes.
    NotAllowed(Dimension),
    /// A question that takes one answer got several.
    Repeated(Dimension),
    /// The answer has the wrong JSON type (a number where a code belongs, ...).
    WrongType(Dimension),
    /// A field that is not part of the profile (a profile never holds a name or free text).
    UnknownField(String),
    /// A region code that is not on the sociale kaart.
    UnknownRegion,
    /// More than one region.
    RepeatedRegion,
    /// An entry of `current_interventions` that is not an intervention of the knowledge base.
    UnknownIntervention,
    /// Two answers that cannot both be true: the answer on the first question cannot go with
    /// the answer on the second (sick leave longer than two years, ...).
    Impossible(Dimension, Dimension),
}

impl ProfileError {
    /// The field the problem is about.
    pub fn field(&self) -> &str {
        match self {
            Self::Missing(d)
            | Self::NotAllowed(d)
            | Self::Repeated(d)
            | Self::WrongType(d)
            | Self::Impossible(d, _) => d.code(),
            Self::UnknownIntervention => CURRENT_FIELD,
            Self::UnknownField(name) => name,
            Self::UnknownRegion | Self::RepeatedRegion => REGION_FIELD,
        }
    }

    /// The question the problem is about, if the field is one.
    pub fn dimension(&self) -> Option<Dimension> {
        Dimension::from_code(self.field())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every answer to every question, one question at a time: the mask taken from the
    /// values' positions is the mask of the answer's code.
    #[test]
    fn answer_masks_are_the_masks_of_the_answer_codes() {
        for dimension in Dimension::ALL.iter().copied() {
            for code in dimension.allowed_values() {
                // A work situation with which this answer is possible.
                let profile = WorkSituation::CODES
                    .iter()
                    .find_map(|situation| {
                        let mut pairs = vec![("severity", "cmd"), ("work_situation", *situation)];
                        pairs.retain(|(field, _)| *field != dimension.code());
                        pairs.push((dimension.code(), code));
                        ClientProfile::parse(pairs).ok()
                    })
                    .expect("every allowed value parses with some work situation");
                let masks = profile.answer_masks();
                for d in Dimension::ALL.iter().copied() {
                    let expected = match profile.answer(d) {
                        Answer::One(code) => d.mask_of([code]),
                        Answer::Barriers(list) => d.mask_of(list.iter().map(|b| b.code())),
                    };
                    assert_eq!(
                        masks[d.index()],
                        expected,
                        "{} = {code}: {}",
                        dimension.code(),
                        d.code()
                    );
                }
            }
        }
        let mut all = ClientProfile::new(Severity::Epa, WorkSituation::Wajong);
        all.barriers = Barrier::ALL.to_vec();
        let expected = Dimension::Barriers.mask_of(Barrier::CODES.iter().copied());
        assert_eq!(all.answer_masks()[Dimension::Barriers.index()], expected);
    }
}
