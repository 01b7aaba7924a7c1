//! JSON decoding behind a trait, so the pure core can read JSON without choosing a parser:
//! natively `serde_json`; in the browser the shell uses `JSON.parse` + `serde-wasm-bindgen`,
//! so no JSON parser is compiled into the wasm (the benchmark showed about 19 KB brotli).

use serde::de::DeserializeOwned;

/// Turns JSON text into serde types.
pub trait JsonDecoder {
    /// Decodes `text` as `T`.
    ///
    /// # Errors
    /// A short description of the syntax or shape problem.
    fn decode<T: DeserializeOwned>(&self, text: &str) -> Result<T, String>;
}

/// [`JsonDecoder`] on `serde_json` (native builds: tests and the pack compiler).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Clone, Copy, Default)]
pub struct SerdeJson;

#[cfg(not(target_arch = "wasm32"))]
impl JsonDecoder for SerdeJson {
    fn decode<T: DeserializeOwned>(&self, text: &str) -> Result<T, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }
}
