//! The gzipped advice pages of recently opened cases, kept in memory so that reopening a case
//! (reload, Back, the language switch, a colleague with the link) sends bytes made once instead
//! of computing, rendering and compressing the same page again.
//!
//! Nothing is served from here without the case's row: the page handler reads the row from
//! the database on every request, as before, and a kept page is used only when everything the
//! page is made from is the same as when it was made: the answers (and those before the last
//! save, with its time: the notice of what changed), the knowledge-base version
//! the case was saved with, its expiry, the language, the current knowledge base (its version
//! is a digest of its whole content, the sociale kaart included) and the day (the printed
//! report's date, the year of the funding schemes and the sociale kaart's "check again" marks
//! follow it). So a case changed or deleted by another process sharing the database, or an
//! administrator's change to the knowledge base, is seen at once, exactly as without the pages
//! kept here.
//!
//! Nothing of a deleted or expired case stays in memory: a deletion through this server drops
//! its pages (and a page being made meanwhile is not kept: see [`CasePages::generation`]); a
//! lookup that finds the case gone or expired drops them; the hourly purge drops the pages of
//! expired cases ([`CasePages::drop_expired`]).
//!
//! Bounded by [`CAPACITY`] pages (about 15 KB each, gzipped), least recently used first out.
//! Only for clients that accept gzip (every browser); the others get a page rendered each time.

use std::num::NonZeroUsize;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::body::Bytes;
use lru::LruCache;
use time::Date;

use crate::db::cases::Case;
use crate::domain::lang::Lang;

/// How many gzipped case pages are kept at most (about 2 MB).
pub const CAPACITY: NonZeroUsize = NonZeroUsize::new(128).expect("not zero");

/// Everything a case page is made from besides the code and the language (the key).
#[derive(Clone, PartialEq, Eq)]
struct MadeFrom {
    profile: String,
    /// The answers before the last save and its time: the notice of what changed.
    previous_profile: Option<String>,
    updated_at: i64,
    saved_with: String,
    expires_at: i64,
    knowledge_base: String,
    day: Date,
}

impl MadeFrom {
    fn new(case: &Case, knowledge_base: &str, day: Date) -> Self {
        Self {
            profile: case.profile.clone(),
            previous_profile: case.previous_profile.clone(),
            updated_at: case.updated_at,
            saved_with: case.kb_version.clone(),
            expires_at: case.expires_at,
            knowledge_base: knowledge_base.to_owned(),
            day,
        }
    }

    fn is(&self, case: &Case, knowledge_base: &str, day: Date) -> bool {
        self.profile == case.profile
            && self.previous_profile == case.previous_profile
            && self.updated_at == case.updated_at
            && self.saved_with == case.kb_version
            && self.expires_at == case.expires_at
            && self.knowledge_base == knowledge_base
            && self.day == day
    }
}

/// The day (UTC) a page is made on.
pub fn today() -> Date {
    time::OffsetDateTime::now_utc().date()
}

/// What a page was made from, for [`CasePages::keep`].
pub struct Made<'a> {
    pub case: &'a Case,
    pub lang: Lang,
    pub knowledge_base: &'a str,
    pub day: Date,
}

struct Kept {
    made_from: MadeFrom,
    gzipped: Bytes,
}

/// The kept pages, by case code and language.
pub struct CasePages {
    pages: Mutex<LruCache<(String, Lang), Kept>>,
    /// Counts the forgettings; see [`CasePages::generation`].
    forgotten: AtomicU64,
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
            forgotten: AtomicU64::new(0),
        }
    }

    /// Read before looking up a case whose page may be kept afterwards: [`CasePages::keep`]
    /// keeps nothing when a case was forgotten since (it may be this one, deleted while its
    /// page was being made).
    pub fn generation(&self) -> u64 {
        self.forgotten.load(Ordering::SeqCst)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, LruCache<(String, Lang), Kept>> {
        self.pages
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The gzipped page of `case` in `lang`, if one was kept and it was made from this very
    /// row under the knowledge base `knowledge_base` (its version) on `day`.
    pub fn get(&self, case: &Case, lang: Lang, knowledge_base: &str, day: Date) -> Option<Bytes> {
        let mut pages = self.lock();
        let key = (case.code.clone(), lang);
        let kept = pages.get(&key)?;
        if kept.made_from.is(case, knowledge_base, day) {
            return Some(kept.gzipped.clone());
        }
        // Made from an older row or knowledge base: never useful again.
        pages.pop(&key);
        None
    }

    /// Keeps the gzipped page of `case` in `lang`, made under `knowledge_base` on `day`;
    /// unless a case was forgotten since `generation` was read (before the case was looked up).
    pub fn keep(&self, made: Made<'_>, generation: u64, gzipped: Bytes) {
        let kept = Kept {
            made_from: MadeFrom::new(made.case, made.knowledge_base, made.day),
            gzipped,
        };
        let mut pages = self.lock();
        if self.generation() == generation {
            pages.put((made.case.code.clone(), made.lang), kept);
        }
    }

    /// Drops every kept page of the case `code` (deleted, expired or gone).
    pub fn forget(&self, code: &str) {
        let mut pages = self.lock();
        self.forgotten.fetch_add(1, Ordering::SeqCst);
        for lang in [Lang::Nl, Lang::En] {
            pages.pop(&(code.to_owned(), lang));
        }
    }

    /// Drops the pages of every case expired at `now` (seconds since the Unix epoch).
    pub fn drop_expired(&self, now: i64) {
        let mut pages = self.lock();
        self.forgotten.fetch_add(1, Ordering::SeqCst);
        let expired: Vec<(String, Lang)> = pages
            .iter()
            .filter(|(_, kept)| kept.made_from.expires_at <= now)
            .map(|(key, _)| key.clone())
            .collect();
        for key in expired {
            pages.pop(&key);
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
            id: 1,
            code: code.into(),
            profile: profile.into(),
            previous_profile: None,
            kb_version: "kb-1".into(),
            created_at: 0,
            updated_at: 0,
            expires_at: 100,
        }
    }

    fn day(n: u8) -> Date {
        Date::from_calendar_date(2026, time::Month::November, n).expect("a date")
    }

    fn keep(pages: &CasePages, case: &Case, lang: Lang, kb: &str, page: &'static [u8]) {
        let made = Made {
            case,
            lang,
            knowledge_base: kb,
            day: day(27),
        };
        pages.keep(made, pages.generation(), Bytes::from_static(page));
    }

    #[test]
    fn a_page_is_used_only_for_the_row_knowledge_base_and_day_it_was_made_from() {
        let pages = CasePages::default();
        let saved = case("a", "severity=cmd");
        keep(&pages, &saved, Lang::Nl, "kb-1", b"page");
        let get = |case: &Case, lang, kb, on| pages.get(case, lang, kb, on);
        assert_eq!(
            get(&saved, Lang::Nl, "kb-1", day(27)).as_deref(),
            Some(&b"page"[..])
        );
        assert_eq!(
            get(&saved, Lang::En, "kb-1", day(27)),
            None,
            "other language"
        );
        assert_eq!(get(&saved, Lang::Nl, "kb-1", day(28)), None, "the next day");
        keep(&pages, &saved, Lang::Nl, "kb-1", b"page");
        assert_eq!(
            get(&saved, Lang::Nl, "kb-2", day(27)),
            None,
            "knowledge base changed"
        );
        assert!(
            pages.is_empty(),
            "a page made from an older knowledge base is dropped"
        );

        keep(&pages, &saved, Lang::Nl, "kb-1", b"page");
        let changed = case("a", "severity=epa");
        assert_eq!(
            get(&changed, Lang::Nl, "kb-1", day(27)),
            None,
            "answers changed"
        );
        keep(&pages, &saved, Lang::Nl, "kb-1", b"page");
        let mut extended = saved.clone();
        extended.expires_at += 1;
        assert_eq!(
            get(&extended, Lang::Nl, "kb-1", day(27)),
            None,
            "saved again"
        );
        keep(&pages, &saved, Lang::Nl, "kb-1", b"page");
        let mut noted = saved.clone();
        noted.previous_profile = Some("severity=epa".into());
        assert_eq!(
            get(&noted, Lang::Nl, "kb-1", day(27)),
            None,
            "the answers before the last save changed (the notice)"
        );
    }

    #[test]
    fn nothing_of_a_forgotten_or_expired_case_stays_and_the_bound_holds() {
        let pages = CasePages::with_capacity(NonZeroUsize::new(2).expect("not zero"));
        let saved = case("a", "severity=cmd");
        keep(&pages, &saved, Lang::Nl, "kb-1", b"nl");
        keep(&pages, &saved, Lang::En, "kb-1", b"en");
        pages.forget("a");
        assert!(pages.is_empty());

        // A page made while its case was being deleted is not kept.
        let before_lookup = pages.generation();
        pages.forget("a");
        let made = Made {
            case: &saved,
            lang: Lang::Nl,
            knowledge_base: "kb-1",
            day: day(27),
        };
        pages.keep(made, before_lookup, Bytes::from_static(b"late"));
        assert!(pages.is_empty(), "kept after the deletion");

        keep(&pages, &saved, Lang::Nl, "kb-1", b"nl");
        pages.drop_expired(99);
        assert_eq!(pages.len(), 1, "not expired yet");
        pages.drop_expired(100);
        assert!(pages.is_empty(), "expired");

        for code in ["a", "b", "c"] {
            keep(&pages, &case(code, "x"), Lang::Nl, "kb-1", b"p");
        }
        assert_eq!(pages.len(), 2);
        assert_eq!(
            pages.get(&case("a", "x"), Lang::Nl, "kb-1", day(27)),
            None,
            "oldest out"
        );
    }
}
