//! The storage contract on the memory adapter (natively). The same suite runs on the
//! IndexedDB adapter in headless Chromium (`tests/browser.rs`).
#![cfg(not(target_arch = "wasm32"))]

use bimtek::storage::contract;
use bimtek::storage::memory::MemoryStore;
use futures::executor::block_on;

#[test]
fn memory_lessons_merge() {
    block_on(contract::lessons_merge(&MemoryStore::new()));
}

#[test]
fn memory_attempts_and_answers() {
    block_on(contract::attempts_and_answers(&MemoryStore::new()));
}

#[test]
fn memory_snapshot_and_replace() {
    block_on(contract::snapshot_and_replace(&MemoryStore::new()));
}

#[test]
fn memory_actor_id_is_stable() {
    block_on(contract::actor_id_is_stable(&MemoryStore::new()));
}

#[test]
fn memory_profile_round_trip() {
    block_on(contract::profile_round_trip(&MemoryStore::new()));
}

#[test]
fn memory_worksheet_round_trip() {
    block_on(contract::worksheet_round_trip(&MemoryStore::new()));
}

// `contract::two_writers` is not run here: a memory store belongs to one page, so two tabs can
// never share one, and passing the same store twice could not fail. It runs on two real
// IndexedDB connections in `tests/browser.rs`.

#[test]
fn memory_errors_are_displayable() {
    contract::errors_are_displayable();
}

#[test]
fn memory_outbox_in_order() {
    block_on(contract::outbox_in_order(&MemoryStore::new()));
}

#[test]
fn memory_outbox_credentials_per_endpoint() {
    block_on(contract::outbox_credentials_per_endpoint(
        &MemoryStore::new(),
    ));
}

#[test]
fn memory_outbox_outlives_replace_all() {
    block_on(contract::outbox_outlives_replace_all(&MemoryStore::new()));
}
