//! The gzipped advice pages of recently opened cases, kept in memory so that reopening a case
//! (reload, Back, the language switch, a colleague with the link) sends bytes made once instead
//! of computing, rendering and compressing the same page again.
//!
//! Nothing is served from here without the case's row: the page handler reads the row from
//! the database on every request, as before, and a kept page is used only when everything the
//! page is made from is the same as when it was made: the answers, the knowledge-base version
//! the case was saved with, its expiry, the language and the current knowledge base (its
//! version is a digest of its whole content, the sociale kaart included). So a case changed or
//! deleted by another process sharing the database, or an administrator's change to the
//! knowledge base, is seen at once, exactly as without the pages kept here. A deletion through
//! this server also drops its page from memory at once.
//!
//! Bounded by [`CAPACITY`] pages (about 15 KB each, gzipped), least recently used first out.
//! Only for clients that accept gzip (every browser); the others get a page rendered each time.

use std::num::NonZeroUsize;
use std::sync::Mutex;

use axum::body::Bytes;
use lru::LruCache;

use crate::db::cases::Case;
use crate::domain::lang::Lang;

/// How many gzipped case pages are kept at most (about 2 MB).
pub const CAPACITY: NonZeroUsize = NonZeroUsize::new(128).expect("not zero");

/// Everything a case page is made from besides the code and the language (the key).
#[derive(Clone, PartialEq, Eq)]
struct MadeFrom {
    profile: String,
    saved_with: String,
    expires_at: i64,
    knowledge_base: String,
}

impl MadeFrom {
    fn new(case: &Case, knowledge_base: &str) -> Self {
        Self {
            profile: case.profile.clone(),
            saved_with: case.kb_version.clone(),
            expires_at: case.expires_at,
            knowledge_base: knowledge_base.to_owned(),
        }
    }

    fn is(&self, case: &Case, knowledge_base: &str) -> bool {
        self.profile == case.profile
            && self.saved_with == case.kb_version
            && self.expires_at == case.expires_at
            && self.knowledge_base == knowledge_base
    }
}

struct Kept {
    made_from: MadeFrom,
    gzipped: Bytes,
}

/// The kept pages, by case code and language.
pub struct CasePages {
    pages: Mutex<LruCache<(String, Lang), Kept>>,
}

impl Default for CasePages {
    fn default() -> Self {
        Self::with_capacity(CAPACITY)
    }
}

impl CasePages {
    /// At most `capacity` pages.
    pub fn with_capacity(capacity: NonZeroUsize) -> Self {
        Self {
            pages: Mutex::new(LruCache::new(capacity)),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, LruCache<(String, Lang), Kept>> {
        self.pages
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The gzipped page of `case` in `lang`, if one was kept and it was made from this very
    /// row under the knowledge base `knowledge_base` (its version).
    pub fn get(&self, case: &Case, lang: Lang, knowledge_base: &str) -> Option<Bytes> {
        let mut pages = self.lock();
        let key = (case.code.clone(), lang);
        let kept = pages.get(&key)?;
        if kept.made_from.is(case, knowledge_base) {
            return Some(kept.gzipped.clone());
        }
        // Made from an older row or knowledge base: never useful again.
        pages.pop(&key);
        None
    }

    /// Keeps the gzipped page of `case` in `lang`, made under `knowledge_base`.
    pub fn keep(&self, case: &Case, lang: Lang, knowledge_base: &str, gzipped: Bytes) {
        let kept = Kept {
            made_from: MadeFrom::new(case, knowledge_base),
            gzipped,
        };
        self.lock().put((case.code.clone(), lang), kept);
    }

    /// Drops every kept page of the case `code` (it was deleted).
    pub fn forget(&self, code: &str) {
        let mut pages = self.lock();
        for lang in [Lang::Nl, Lang::En] {
            pages.pop(&(code.to_owned(), lang));
        }
    }

    /// How many pages are kept.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    /// Whether no page is kept.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(code: &str, profile: &str) -> Case {
        Case {
            code: code.into(),
            profile: profile.into(),
            kb_version: "kb-1".into(),
            created_at: 0,
            updated_at: 0,
            expires_at: 100,
        }
    }

    #[test]
    fn a_page_is_used_only_for_the_row_and_knowledge_base_it_was_made_from() {
        let pages = CasePages::default();
        let saved = case("a", "severity=cmd");
        pages.keep(&saved, Lang::Nl, "kb-1", Bytes::from_static(b"page"));
        assert_eq!(
            pages.get(&saved, Lang::Nl, "kb-1").as_deref(),
            Some(&b"page"[..])
        );
        assert_eq!(pages.get(&saved, Lang::En, "kb-1"), None, "other language");
        assert_eq!(
            pages.get(&saved, Lang::Nl, "kb-2"),
            None,
            "knowledge base changed"
        );
        assert!(
            pages.is_empty(),
            "a page made from an older knowledge base is dropped"
        );

        pages.keep(&saved, Lang::Nl, "kb-1", Bytes::from_static(b"page"));
        let changed = case("a", "severity=epa");
        assert_eq!(
            pages.get(&changed, Lang::Nl, "kb-1"),
            None,
            "answers changed"
        );
        let mut extended = saved.clone();
        pages.keep(&saved, Lang::Nl, "kb-1", Bytes::from_static(b"page"));
        extended.expires_at += 1;
        assert_eq!(pages.get(&extended, Lang::Nl, "kb-1"), None, "saved again");
    }

    #[test]
    fn forgetting_a_case_drops_its_pages_in_every_language_and_the_bound_holds() {
        let pages = CasePages::with_capacity(NonZeroUsize::new(2).expect("not zero"));
        let saved = case("a", "severity=cmd");
        pages.keep(&saved, Lang::Nl, "kb-1", Bytes::from_static(b"nl"));
        pages.keep(&saved, Lang::En, "kb-1", Bytes::from_static(b"en"));
        pages.forget("a");
        assert!(pages.is_empty());
        for code in ["a", "b", "c"] {
            pages.keep(&case(code, "x"), Lang::Nl, "kb-1", Bytes::from_static(b"p"));
        }
        assert_eq!(pages.len(), 2);
        assert_eq!(
            pages.get(&case("a", "x"), Lang::Nl, "kb-1"),
            None,
            "oldest out"
        );
    }
}
