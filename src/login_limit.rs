//! Limits on failed logins, race-free and bounded in memory whatever arrives.
//!
//! Two counters, each over a sliding window of [`WINDOW`]:
//! - per address and name: [`PER_NAME`] failures, then that address may not try that name until
//!   the oldest failure ages out;
//! - per address: [`PER_ADDRESS`] failures over all names, so that one address cannot guess
//!   through many names.
//!
//! There is deliberately no counter per name alone: it would let anyone lock a named
//! administrator out by failing on purpose. The price is that many addresses together can
//! each try a name [`PER_NAME`] times per window; the password policy (zxcvbn score 3 or
//! more) and argon2 with bounded concurrency keep that slow.
//!
//! An attempt is reserved (counted as a failure) before the password is checked, and the
//! reservation is given back only on success, so simultaneous attempts cannot slip past the
//! limit. Each map holds at most [`MAX_KEYS`] keys; when full, expired keys are dropped first
//! and then the tenth whose last attempt is oldest.

use std::collections::HashMap;
use std::hash::Hash;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The sliding window.
pub const WINDOW: Duration = Duration::from_secs(15 * 60);
/// Failures allowed per address and name within the window.
pub const PER_NAME: usize = 5;
/// Failures allowed per address within the window, over all names.
pub const PER_ADDRESS: usize = 20;
/// The most keys each map holds.
pub const MAX_KEYS: usize = 10_000;

/// Sliding-window failure counts per key, at most [`MAX_KEYS`] keys.
#[derive(Debug)]
struct Window<K> {
    failures: HashMap<K, Vec<Instant>>,
    limit: usize,
}

impl<K: Hash + Eq + Clone> Window<K> {
    fn new(limit: usize) -> Self {
        Self {
            failures: HashMap::new(),
            limit,
        }
    }

    fn recent(&mut self, key: &K, now: Instant) -> usize {
        match self.failures.get_mut(key) {
            Some(list) => {
                list.retain(|t| now.duration_since(*t) < WINDOW);
                list.len()
            }
            None => 0,
        }
    }

    /// Makes room for a new key: drops expired keys, then, if still full, the tenth of the keys
    /// whose last attempt is oldest (so that a flood costs one pass per thousand new keys).
    fn make_room(&mut self, now: Instant) {
        if self.failures.len() < MAX_KEYS {
            return;
        }
        self.failures
            .retain(|_, list| list.iter().any(|t| now.duration_since(*t) < WINDOW));
        if self.failures.len() < MAX_KEYS {
            return;
        }
        let mut last: Vec<Instant> = self
            .failures
            .values()
            .filter_map(|list| list.last().copied())
            .collect();
        let nth = last.len() / 10;
        let (_, cutoff, _) = last.select_nth_unstable(nth);
        let cutoff = *cutoff;
        self.failures
            .retain(|_, list| list.last().is_some_and(|t| *t > cutoff));
        if self.failures.len() >= MAX_KEYS {
            // Only when every key shares one instant: the bound holds whatever happens.
            self.failures.clear();
        }
    }

    fn push(&mut self, key: K, at: Instant) {
        if !self.failures.contains_key(&key) {
            self.make_room(at);
        }
        let list = self.failures.entry(key).or_default();
        list.push(at);
        // Never more than the limit: older ones no longer change the answer.
        if list.len() > self.limit {
            list.remove(0);
        }
    }

    fn give_back(&mut self, key: &K, at: Instant) {
        if let Some(list) = self.failures.get_mut(key) {
            if let Some(pos) = list.iter().rposition(|t| *t == at) {
                list.remove(pos);
            }
            if list.is_empty() {
                self.failures.remove(key);
            }
        }
    }
}

#[derive(Debug)]
struct Counters {
    by_name: Window<(IpAddr, String)>,
    by_address: Window<IpAddr>,
}

/// The limiter every login goes through.
#[derive(Debug)]
pub struct LoginLimiter {
    counters: Mutex<Counters>,
}

impl Default for LoginLimiter {
    fn default() -> Self {
        Self {
            counters: Mutex::new(Counters {
                by_name: Window::new(PER_NAME),
                by_address: Window::new(PER_ADDRESS),
            }),
        }
    }
}

/// An attempt counted as a failure until [`Reservation::succeeded`] gives it back.
#[derive(Debug)]
pub struct Reservation {
    key: (IpAddr, String),
    at: Instant,
}

impl LoginLimiter {
    /// Reserves an attempt on `name` from `address`, or `None` when a limit is reached. `name`
    /// must already be length-checked (see [`crate::web::pages::beheer::login`]).
    pub fn reserve(&self, address: IpAddr, name: &str) -> Option<Reservation> {
        let mut counters = self.counters.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        let key = (address, name.to_lowercase());
        if counters.by_address.recent(&address, now) >= PER_ADDRESS
            || counters.by_name.recent(&key, now) >= PER_NAME
        {
            return None;
        }
        counters.by_address.push(address, now);
        counters.by_name.push(key.clone(), now);
        Some(Reservation { key, at: now })
    }

    /// The password was right: the attempt was no failure, and earlier failures of this address
    /// on this name are forgotten.
    pub fn succeeded(&self, reservation: Reservation) {
        let mut counters = self.counters.lock().unwrap_or_else(|p| p.into_inner());
        counters
            .by_address
            .give_back(&reservation.key.0, reservation.at);
        counters.by_name.failures.remove(&reservation.key);
    }

    /// How many keys the two maps hold (for tests of the memory bound).
    pub fn keys(&self) -> (usize, usize) {
        let counters = self.counters.lock().unwrap_or_else(|p| p.into_inner());
        (
            counters.by_name.failures.len(),
            counters.by_address.failures.len(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(n: u32) -> IpAddr {
        IpAddr::from(n.to_be_bytes())
    }

    #[test]
    fn five_tries_per_address_and_name_then_refused_while_another_address_may_still_try() {
        let limiter = LoginLimiter::default();
        for _ in 0..PER_NAME {
            assert!(limiter.reserve(ip(1), "Alice").is_some());
        }
        assert!(limiter.reserve(ip(1), "alice").is_none());
        assert!(limiter.reserve(ip(2), "alice").is_some());
    }

    #[test]
    fn one_address_is_stopped_across_names() {
        let limiter = LoginLimiter::default();
        for n in 0..PER_ADDRESS {
            assert!(limiter.reserve(ip(1), &format!("name{n}")).is_some());
        }
        assert!(limiter.reserve(ip(1), "another").is_none());
    }

    #[test]
    fn a_success_gives_the_reservation_back() {
        let limiter = LoginLimiter::default();
        for _ in 0..PER_NAME - 1 {
            limiter.reserve(ip(1), "alice");
        }
        let ok = limiter.reserve(ip(1), "alice").unwrap();
        limiter.succeeded(ok);
        for _ in 0..PER_NAME {
            assert!(limiter.reserve(ip(1), "alice").is_some());
        }
    }

    #[test]
    fn memory_stays_bounded_under_a_flood_of_addresses_and_names() {
        let limiter = LoginLimiter::default();
        for n in 0..(MAX_KEYS as u32 * 2) {
            limiter.reserve(ip(n), &format!("n{n}"));
        }
        let (by_name, by_address) = limiter.keys();
        assert!(by_name <= MAX_KEYS && by_address <= MAX_KEYS);
    }
}
