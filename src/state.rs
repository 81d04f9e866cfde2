//! The state every request handler shares: cheap to clone.

use std::sync::{Arc, OnceLock, RwLock, RwLockReadGuard};

use sqlx::SqlitePool;

use crate::config::{AdminSettings, CaseSettings};
use crate::db::cases::{CaseStore, Limits};
use crate::domain::knowledge::KnowledgeBase;
use crate::login_limit::LoginLimiter;
use crate::web::advice_parts::AdviceParts;
use crate::web::pages::case_pages::CasePages;

/// One version of the knowledge base, with what the API derives from it.
pub struct Snapshot {
    pub knowledge_base: Arc<KnowledgeBase>,
    /// The API's ready JSON of this version, built on its first advice.
    advice_parts: OnceLock<AdviceParts>,
}

impl Snapshot {
    fn new(knowledge_base: KnowledgeBase) -> Arc<Self> {
        Arc::new(Self {
            knowledge_base: Arc::new(knowledge_base),
            advice_parts: OnceLock::new(),
        })
    }

    /// The API's ready JSON of this knowledge base (see [`AdviceParts`]).
    pub fn advice_parts(&self) -> &AdviceParts {
        self.advice_parts
            .get_or_init(|| AdviceParts::new(&self.knowledge_base))
    }
}

/// The database, the in-memory knowledge base snapshot and the administration's settings.
#[derive(Clone)]
pub struct AppState {
    pub db: SqlitePool,
    knowledge_base: Arc<RwLock<Arc<Snapshot>>>,
    pub admin: Arc<AdminSettings>,
    pub login_limiter: Arc<LoginLimiter>,
    /// How long anonymous cases live and how many there may be.
    pub cases: Limits,
    /// Stores new cases in batches (see [`CaseStore`]).
    pub case_store: Arc<CaseStore>,
    /// The gzipped pages of recently opened cases (see [`CasePages`]).
    pub case_pages: Arc<CasePages>,
    /// The CDS Hooks service, when configured.
    pub cds: Option<Arc<crate::cds_auth::CdsService>>,
}

impl AppState {
    /// State over an open database and a loaded knowledge base.
    pub fn new(db: SqlitePool, knowledge_base: KnowledgeBase) -> Self {
        Self {
            db,
            knowledge_base: Arc::new(RwLock::new(Snapshot::new(knowledge_base))),
            admin: Arc::new(AdminSettings::default()),
            login_limiter: Arc::new(LoginLimiter::default()),
            cases: CaseSettings::default().limits(),
            case_store: Arc::new(CaseStore::default()),
            case_pages: Arc::new(CasePages::default()),
            cds: None,
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

    /// The same state with the CDS Hooks service on.
    pub fn with_cds(mut self, cds: crate::cds_auth::CdsService) -> Self {
        self.cds = Some(Arc::new(cds));
        self
    }

    /// The current knowledge base; an advice works on one snapshot from start to end.
    pub fn knowledge_base(&self) -> Arc<KnowledgeBase> {
        Arc::clone(&self.current().knowledge_base)
    }

    /// The current snapshot: the knowledge base with the API's parts of it.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        Arc::clone(&self.current())
    }

    /// The current snapshot, read under the lock (held only while the caller clones).
    fn current(&self) -> RwLockReadGuard<'_, Arc<Snapshot>> {
        self.knowledge_base
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Swaps in a new snapshot after an administrative change; requests under way keep theirs.
    pub fn replace_knowledge_base(&self, knowledge_base: KnowledgeBase) {
        let mut guard = self
            .knowledge_base
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        *guard = Snapshot::new(knowledge_base);
    }

    /// Swaps in `knowledge_base` only if the snapshot is still `seen`, so that a reload that
    /// started before an administrator's save cannot put an older snapshot back over it.
    /// Returns whether it swapped.
    pub fn replace_knowledge_base_if_current(
        &self,
        seen: &Arc<KnowledgeBase>,
        knowledge_base: KnowledgeBase,
    ) -> bool {
        let mut guard = self
            .knowledge_base
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if !Arc::ptr_eq(&guard.knowledge_base, seen) {
            return false;
        }
        *guard = Snapshot::new(knowledge_base);
        true
    }
}
