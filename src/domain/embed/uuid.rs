//! Version 4 UUIDs from random bytes the shell supplies; no randomness, no identity.

const HEX: &[u8; 16] = b"0123456789abcdef";

/// The browser gave no secure random bytes: no actor or statement id can be made, so no
/// learning event can be sent (the all-zero UUID would make every such learner one person).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("peramban tidak menyediakan bilangan acak yang aman")]
pub struct NoRandomness;

/// A UUID (version 4) from 16 bytes of secure randomness: `None` (the source failed) and all
/// zeros (a buffer the source never filled) are refused.
///
/// # Errors
/// [`NoRandomness`] then; never a fixed id.
pub fn uuid_from_random(bytes: Option<[u8; 16]>) -> Result<String, NoRandomness> {
    match bytes {
        Some(b) if b != [0; 16] => Ok(uuid_v4(b)),
        _ => Err(NoRandomness),
    }
}

/// A UUID (version 4) from 16 random bytes.
#[must_use]
pub fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes
        .iter()
        .flat_map(|b| {
            [
                HEX[usize::from(b >> 4)] as char,
                HEX[usize::from(b & 0x0f)] as char,
            ]
        })
        .collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}
