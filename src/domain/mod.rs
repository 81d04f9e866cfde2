//! The domain: client profiles, the knowledge base and the matching engine.
//! Pure: no axum, no sqlx, no IO.

pub mod bounds;
pub mod comparison;
pub mod handout;
pub mod knowledge;
pub mod lang;
pub mod matching;
pub mod plan;
pub mod plan_rule;
pub mod profile;
pub mod recognition;
pub mod references;
pub mod route;
pub mod social_map;
pub mod trainer;
