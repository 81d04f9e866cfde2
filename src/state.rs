//! The state every request handler shares: cheap to clone.

use std::sync::{Arc, RwLock};

use sqlx::SqlitePool;

use crate::domain::knowledge::KnowledgeBase;

/// The database and the in-memory knowledge base snapshot.
#[derive(Clone)]
pub struct AppState {
    pub db: SqlitePool,
    knowledge_base: Arc<RwLock<Arc<KnowledgeBase>>>,
}

impl AppState {
    /// State over an open database and a loaded knowledge base.
    pub fn new(db: SqlitePool, knowledge_base: KnowledgeBase) -> Self {
        Self {
            db,
            knowledge_base: Arc::new(RwLock::new(Arc::new(knowledge_base))),
        }
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
