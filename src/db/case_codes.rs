//! Case codes: a case's number and 64 random bits, encrypted with AES-128 under the
//! database's own key (migration 0055), written as 32 hex characters. The code looks random
//! and says nothing (not the number, not when the case was made) and cannot be guessed, while
//! the number in it finds the row through the table's own key: new cases go at the end of the
//! table instead of on a random page of an index of codes. The code is kept in the row too and
//! must match, so a code opens only the case it was made for.

use aes::Aes128;
use aes::cipher::{Array, BlockCipherDecrypt, BlockCipherEncrypt, KeyInit};
use argon2::password_hash::rand_core::{OsRng, RngCore};
use sqlx::SqlitePool;

/// Makes and reads case codes with one database's key.
pub struct CaseCodes {
    cipher: Aes128,
}

impl std::fmt::Debug for CaseCodes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CaseCodes { .. }")
    }
}

impl CaseCodes {
    /// Codes under `key`.
    pub fn new(key: [u8; 16]) -> Self {
        Self {
            cipher: Aes128::new(&Array::from(key)),
        }
    }

    /// Codes under the key stored in the database (`case_key`).
    pub async fn load(pool: &SqlitePool) -> Result<Self, sqlx::Error> {
        let key: Vec<u8> = sqlx::query_scalar("SELECT key FROM case_key WHERE id = 1")
            .fetch_one(pool)
            .await?;
        let key: [u8; 16] = key.try_into().map_err(|_| {
            sqlx::Error::Protocol("the case key is not 16 bytes (migration 0055)".to_owned())
        })?;
        Ok(Self::new(key))
    }

    /// A new code for case number `id`: the number and 64 bits from the operating system's
    /// CSPRNG, encrypted.
    pub fn code_for(&self, id: i64) -> String {
        let mut block = [0u8; 16];
        block[..8].copy_from_slice(&id.to_be_bytes());
        OsRng.fill_bytes(&mut block[8..]);
        let mut block = Array::from(block);
        self.cipher.encrypt_block(&mut block);
        hex(&block)
    }

    /// The case number in `code`; `None` when `code` is not 32 lower-case hex characters.
    /// Any well-formed code gives a number: only the row's own code tells whether it is real.
    pub fn number(&self, code: &str) -> Option<i64> {
        if !super::cases::is_code(code) {
            return None;
        }
        let mut block = Array::from([0u8; 16]);
        for (byte, pair) in block.iter_mut().zip(code.as_bytes().chunks_exact(2)) {
            *byte = (nibble(pair[0]) << 4) | nibble(pair[1]);
        }
        self.cipher.decrypt_block(&mut block);
        let mut number = [0u8; 8];
        number.copy_from_slice(&block[..8]);
        Some(i64::from_be_bytes(number))
    }
}

/// Lower-case hex of `bytes`.
fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    out
}

/// The value of one lower-case hex digit (checked by `is_code` before).
fn nibble(digit: u8) -> u8 {
    match digit {
        b'0'..=b'9' => digit - b'0',
        _ => digit - b'a' + 10,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_gives_back_its_number_and_looks_random() {
        let codes = CaseCodes::new([7; 16]);
        let first = codes.code_for(1);
        let second = codes.code_for(2);
        assert_eq!(codes.number(&first), Some(1));
        assert_eq!(codes.number(&second), Some(2));
        assert!(super::super::cases::is_code(&first));
        // Consecutive numbers share no visible prefix, and one number gets a new code each time.
        assert_ne!(first[..8], second[..8]);
        assert_ne!(codes.code_for(1), first);
    }

    #[test]
    fn another_key_reads_another_number() {
        let code = CaseCodes::new([7; 16]).code_for(42);
        assert_ne!(CaseCodes::new([8; 16]).number(&code), Some(42));
    }

    #[test]
    fn malformed_codes_have_no_number() {
        let codes = CaseCodes::new([7; 16]);
        for code in ["", "abc", &"A".repeat(32), &"g".repeat(32), &"0".repeat(33)] {
            assert_eq!(codes.number(code), None, "{code}");
        }
    }
}
