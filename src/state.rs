//! The state every request handler shares: cheap to clone.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use sqlx::SqlitePool;

use crate::config::{AdminSettings, CaseSettings};
use crate::db::cases::Limits;
use crate::domain::knowledge::KnowledgeBase;

/// The database, the in-memory knowledge base snapshot and the administration's settings.
#[derive(Clone)]
pub struct AppState {
    pub db: SqlitePool,
    knowledge_base: Arc<RwLock<Arc<KnowledgeBase>>>,
    pub admin: Arc<AdminSettings>,
    pub login_limiter: Arc<LoginLimiter>,
    /// How long anonymous cases live and how many there may be.
    pub cases: Limits,
}

impl AppState {
    /// State over an open database and a loaded knowledge base.
    pub fn new(db: SqlitePool, knowledge_base: KnowledgeBase) -> Self {
        Self {
            db,
            knowledge_base: Arc::new(RwLock::new(Arc::new(knowledge_base))),
            admin: Arc::new(AdminSettings::default()),
            login_limiter: Arc::new(LoginLimiter::default()),
            cases: CaseSettings::default().limits(),
        }
    }

    /// The same state with other administration settings.
    pub fn with_admin_settings(mut self, admin: AdminSettings) -> Self {
        self.admin = Arc::new(admin);
        self
    }

    /// The same state with other limits on cases.
    pub fn with_case_limits(mut self, cases: Limits) -> Self {
        self.cases = cases;
        self
    }

    /// The current knowledge base; an advice works on one snapshot from start to end.
    pub fn knowledge_base(&self) -> Arc<KnowledgeBase> {
        let guard = self
            .knowledge_base
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        Arc::clone(&guard)
    }

    /// Swaps in a new snapshot after an administrative change; requests under way keep theirs.
    pub fn replace_knowledge_base(&self, knowledge_base: KnowledgeBase) {
        let mut guard = self
            .knowledge_base
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        *guard = Arc::new(knowledge_base);
    }
}

/// Limits failed logins per account name: after [`LoginLimiter::MAX_FAILURES`] failures
/// within [`LoginLimiter::WINDOW`], further attempts on that name are refused until the
/// oldest failure has aged out of the window.
#[derive(Debug, Default)]
pub struct LoginLimiter {
    failures: Mutex<HashMap<String, Vec<Instant>>>,
}

impl LoginLimiter {
    /// Failures allowed within the window.
    pub const MAX_FAILURES: usize = 5;
    /// The window.
    pub const WINDOW: Duration = Duration::from_secs(15 * 60);

    fn recent(&self, name: &str, now: Instant) -> usize {
        let mut failures = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        let list = failures.entry(name.to_lowercase()).or_default();
        list.retain(|t| now.duration_since(*t) < Self::WINDOW);
        list.len()
    }

    /// Whether another attempt on `name` may be made now.
    pub fn allows(&self, name: &str) -> bool {
        self.recent(name, Instant::now()) < Self::MAX_FAILURES
    }

    /// Counts a failed attempt on `name`.
    pub fn failed(&self, name: &str) {
        let mut failures = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        failures
            .entry(name.to_lowercase())
            .or_default()
            .push(Instant::now());
        // Keep the map bounded under a flood of made-up names.
        if failures.len() > 10_000 {
            let now = Instant::now();
            failures.retain(|_, list| list.iter().any(|t| now.duration_since(*t) < Self::WINDOW));
        }
    }

    /// Forgets the failures of `name` after a successful login.
    pub fn succeeded(&self, name: &str) {
        let mut failures = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        failures.remove(&name.to_lowercase());
    }
}
