//! The storage contract on the memory adapter (natively). The same suite runs on the
//! IndexedDB adapter in headless Chromium (`tests/browser.rs`).
#![cfg(not(target_arch = "wasm32"))]

use bimtek::storage::contract;
use bimtek::storage::memory::MemoryStore;

// Every single-store contract function, generated from the one list in
// `src/storage/contract.rs` (the browser suite uses the same list).
bimtek::storage_contract_suite!(native: MemoryStore::new());

// `contract::two_writers` is not run here: a memory store belongs to one page, so two tabs can
// never share one, and passing the same store twice could not fail. It runs on two real
// IndexedDB connections in `tests/browser.rs`.

#[test]
fn memory_errors_are_displayable() {
    contract::errors_are_displayable();
}
