//! The integration tests, in one binary so that they link once: behaviour through HTTP against
//! a fresh temporary database per test, and the engine over the shipped knowledge base.

mod answers;
mod api;
mod architecture;
mod beheer;
mod beheer_forms;
mod cases;
mod cds;
mod common;
mod comparison;
mod compression;
mod connections;
mod editors;
mod engine;
mod errors;
mod handout;
mod hardening;
mod logbook;
mod login;
mod openapi;
mod operations;
mod pages;
mod plan;
mod plan_pages;
mod process;
mod questionnaire;
mod robustness;
mod route;
mod seed_cases;
mod seed_fidelity;
mod shared_facts;
mod social_map;
mod storage;
mod tiers;
mod trainer;
mod uploads;
