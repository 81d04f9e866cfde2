//! Answers that cannot go together. A profile is refused, with a message naming the field,
//! when its answers describe a situation that cannot occur, rather than advised on a guess.
//!
//! - Sick leave with the employer paying wages lasts at most 104 weeks; after that the
//!   employee applies for WIA (WGA or IVA) (Panteia 2021, 1.1). Sick leave "longer than
//!   2 years" cannot occur.
//! - A partial return (working part of the hours again while still on sick leave, Panteia
//!   2021, 3.1.2) needs someone on sick leave.
//! - Whether the own job is feasible needs an own job: an employee on sick leave or back at
//!   work.

use super::{AbsenceDuration, ClientProfile, Dimension, ProfileError, WorkSituation, YesNo};

/// Every impossible combination in `profile`, each naming the field to change first.
pub fn impossible_combinations(profile: &ClientProfile) -> Vec<ProfileError> {
    let mut errors = Vec::new();
    let situation = profile.work_situation;
    if situation == WorkSituation::SickLeave
        && profile.absence_duration == AbsenceDuration::Over2Years
    {
        errors.push(ProfileError::Impossible(
            Dimension::AbsenceDuration,
            Dimension::WorkSituation,
        ));
    }
    if profile.partial_return == YesNo::Yes && situation != WorkSituation::SickLeave {
        errors.push(ProfileError::Impossible(
            Dimension::PartialReturn,
            Dimension::WorkSituation,
        ));
    }
    if profile.own_job_feasible != YesNo::Unknown && !has_own_job(situation) {
        errors.push(ProfileError::Impossible(
            Dimension::OwnJobFeasible,
            Dimension::WorkSituation,
        ));
    }
    errors
}

/// Whether the client has an employer and a job of their own.
pub fn has_own_job(situation: WorkSituation) -> bool {
    matches!(
        situation,
        WorkSituation::SickLeave | WorkSituation::BackAtWork
    )
}
