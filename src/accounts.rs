//! Administrator passwords: the policy (at least 12 characters, not a common or guessable
//! password, judged by zxcvbn's frequency lists) and argon2id hashing.

use argon2::password_hash::rand_core::{OsRng, RngCore};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

/// The shortest password accepted.
pub const MIN_LENGTH: usize = 12;

/// Why a password is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasswordProblem {
    #[error("the password must be at least {MIN_LENGTH} characters long")]
    TooShort,
    #[error(
        "the password is too common or too easy to guess; choose a longer, less predictable one"
    )]
    TooWeak,
}

/// Checks a new password against the policy; the user name is one of the guesses tried.
pub fn check_policy(password: &str, user_name: &str) -> Result<(), PasswordProblem> {
    if password.chars().count() < MIN_LENGTH {
        return Err(PasswordProblem::TooShort);
    }
    let entropy = zxcvbn::zxcvbn(password, &[user_name, "interventiewijzer", "beheer"]);
    if u8::from(entropy.score()) < 3 {
        return Err(PasswordProblem::TooWeak);
    }
    Ok(())
}

fn hasher() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::default())
}

/// The argon2id PHC string of `password`, with a fresh random salt.
pub fn hash(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    hasher()
        .hash_password(password.as_bytes(), &salt)
        .expect("argon2 with default parameters hashes any password")
        .to_string()
}

/// Whether `password` matches the stored hash.
pub fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|parsed| {
            hasher()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// How many password checks run at once: about half the cores, so that a flood of logins
/// leaves the rest to the pages.
fn verifier_permits() -> usize {
    std::thread::available_parallelism().map_or(1, |n| (n.get() / 2).max(1))
}

/// How long a login waits for its turn to check a password before it is refused as busy.
pub const VERIFY_QUEUE_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// Why a password could not be checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerifyBusy {
    /// Too many checks queued: try again shortly.
    Busy,
}

/// [`verify`] on a blocking thread, at most [`verifier_permits`] at a time, so that argon2
/// never runs on the async workers that serve the pages.
pub async fn verify_off_workers(password: String, stored: String) -> Result<bool, VerifyBusy> {
    static PERMITS: std::sync::LazyLock<tokio::sync::Semaphore> =
        std::sync::LazyLock::new(|| tokio::sync::Semaphore::new(verifier_permits()));
    let permit = tokio::time::timeout(VERIFY_QUEUE_WAIT, PERMITS.acquire())
        .await
        .map_err(|_| VerifyBusy::Busy)?
        .map_err(|_| VerifyBusy::Busy)?;
    let result = tokio::task::spawn_blocking(move || verify(&password, &stored)).await;
    drop(permit);
    result.map_err(|_| VerifyBusy::Busy)
}

/// A hash to verify against when the user does not exist, so that an unknown name takes as
/// long as a wrong password.
pub fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::LazyLock<String> =
        std::sync::LazyLock::new(|| hash("no user has this password, ever"));
    &DUMMY
}

/// 32 random bytes from the operating system, as 64 hex characters.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
