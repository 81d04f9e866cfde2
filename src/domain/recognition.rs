//! When a recognition is too old to rely on without checking: a recognition by a knowledge
//! institute is given for a period, so the product warns when one is old or undated.

use super::knowledge::Intervention;

/// Why a recognition needs checking; the web layer words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecognitionWarning<'a> {
    /// Given in `year`, more than the allowed number of years before this year.
    Old { institute: &'a str, year: i64 },
    /// The year of the recognition is not recorded.
    UnknownYear { institute: &'a str },
}

/// The recognitions of `i` older than `max_age` years in `this_year`, and, with `with_unknown`,
/// those without a year.
pub fn recognition_warnings(
    i: &Intervention,
    this_year: i64,
    max_age: i64,
    with_unknown: bool,
) -> Vec<RecognitionWarning<'_>> {
    i.recognitions
        .iter()
        .filter_map(|r| match r.year {
            Some(year) if this_year - year > max_age => Some(RecognitionWarning::Old {
                institute: &r.institute,
                year,
            }),
            None if with_unknown => Some(RecognitionWarning::UnknownYear {
                institute: &r.institute,
            }),
            _ => None,
        })
        .collect()
}
