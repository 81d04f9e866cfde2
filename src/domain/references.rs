//! What a profile names from the knowledge base (its region, its current interventions)
//! checked against it: the profile's own parsing only checks the form of those codes.

use super::knowledge::KnowledgeBase;
use super::profile::{ClientProfile, ProfileError};

/// Checks what the profile names from the knowledge base: its region is on the sociale kaart
/// and its current interventions are interventions of the knowledge base.
pub fn check_against(kb: &KnowledgeBase, profile: &ClientProfile) -> Result<(), ProfileError> {
    kb.social_map().check_region(profile)?;
    if profile
        .current_interventions
        .iter()
        .any(|slug| kb.intervention(slug).is_none())
    {
        return Err(ProfileError::UnknownIntervention);
    }
    Ok(())
}
