//! Browser entry point: mounts the app. All logic lives in the library crate.

#[cfg(target_arch = "wasm32")]
fn main() {
    bimtek::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    // The app only runs in a browser; natively the crate is a library under test.
    eprintln!("Bimtek Mandiri berjalan di peramban: jalankan `scripts/serve.sh`.");
}
