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

#[test]
fn memory_two_writers() {
    let store = MemoryStore::new();
    block_on(contract::two_writers(&store, &store));
}

#[test]
fn memory_errors_are_displayable() {
    contract::errors_are_displayable();
}
