//! Canonical activity IRIs (contract 11 version 2): every activity an LRS hears about is named
//! from its pack's `activity_base` (`pack.toml`, docs/content-format.md), never from the
//! address the app is served from, so the same module on two sites is one activity.
//!
//! Without `activity_base` a pack's base is [`DEFAULT_ROOT`] + its id + `/`: an identifier,
//! not an address (nothing is served there), the same on every site. Under a base `B`:
//!
//! | activity | IRI |
//! |---|---|
//! | module | `B<module>` |
//! | lesson | `B<module>/pelajaran/<lesson>` |
//! | post-test | `B<module>/kuis` |
//! | question | `B<module>/soal/<question>` |
//! | pre-test | `B<module>/kuis/pretest` |
//!
//! and the pre-test's category, the same for every pack, is [`pretest_category`].
//!
//! Pure; ids come from validated content (`[a-z0-9-]`), so nothing here needs escaping.

/// The root of the default bases: `https://bimtek-mandiri.id/xapi/<pack id>/`.
pub const DEFAULT_ROOT: &str = "https://bimtek-mandiri.id/xapi/";

/// The longest `activity_base` a pack may set.
pub const MAX_BASE_LEN: usize = 200;

/// Why an `activity_base` is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BaseError {
    /// No scheme (`https:`, `urn:`, …) before the rest: not an absolute IRI.
    #[error("bukan IRI mutlak (harus diawali skema seperti https:)")]
    NotAbsolute,
    /// A space, a control character, a backtick or one of `<`, `>`, `"`, `{`, `}`, `|`, `\`,
    /// `^`.
    #[error("memuat spasi atau karakter yang tidak boleh ada dalam IRI")]
    BadCharacter,
    /// A `?` or `#`: the app appends the module's path to the base.
    #[error("tidak boleh memuat ? atau #")]
    QueryOrFragment,
    /// Does not end with `/`.
    #[error("harus diakhiri garis miring /")]
    NoTrailingSlash,
    /// Longer than [`MAX_BASE_LEN`].
    #[error("lebih dari 200 karakter")]
    TooLong,
}

/// Checks a pack's `activity_base`: an absolute IRI (RFC 3987 scheme, then something), no
/// space, control or excluded character, no query or fragment, ending with `/`, at most
/// [`MAX_BASE_LEN`] characters.
///
/// # Errors
/// The first rule it breaks.
pub fn check_base(base: &str) -> Result<(), BaseError> {
    if base.chars().count() > MAX_BASE_LEN {
        return Err(BaseError::TooLong);
    }
    let Some((scheme, rest)) = base.split_once(':') else {
        return Err(BaseError::NotAbsolute);
    };
    let mut chars = scheme.chars();
    let scheme_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !scheme_ok || rest.is_empty() {
        return Err(BaseError::NotAbsolute);
    }
    if base
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || "<>\"{}|\\^`".contains(c))
    {
        return Err(BaseError::BadCharacter);
    }
    if base.contains(['?', '#']) {
        return Err(BaseError::QueryOrFragment);
    }
    if !base.ends_with('/') {
        return Err(BaseError::NoTrailingSlash);
    }
    Ok(())
}

/// The base of a pack: its `activity_base`, else the default for its id. (The pack's
/// validation, `content::validate::pack_index`, refuses a base that fails [`check_base`]
/// before the pack reaches the catalog.)
#[must_use]
pub fn pack_base(activity_base: Option<&str>, pack_id: &str) -> String {
    activity_base.map_or_else(|| format!("{DEFAULT_ROOT}{pack_id}/"), str::to_owned)
}

/// The pre-test's category activity, the same for every pack.
#[must_use]
pub fn pretest_category() -> String {
    format!("{DEFAULT_ROOT}kategori/pretest")
}

/// The IRIs of one module's activities under its pack's base.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModuleIris<'a> {
    /// The pack's base (ends with `/`).
    pub base: &'a str,
    /// The module id.
    pub module: &'a str,
}

impl ModuleIris<'_> {
    /// The module.
    #[must_use]
    pub fn module(&self) -> String {
        format!("{}{}", self.base, self.module)
    }
    /// One of its lessons.
    #[must_use]
    pub fn lesson(&self, lesson: &str) -> String {
        format!("{}/pelajaran/{lesson}", self.module())
    }
    /// Its post-test.
    #[must_use]
    pub fn quiz(&self) -> String {
        format!("{}/kuis", self.module())
    }
    /// One of its questions.
    #[must_use]
    pub fn question(&self, question: &str) -> String {
        format!("{}/soal/{question}", self.module())
    }
    /// Its pre-test.
    #[must_use]
    pub fn pretest(&self) -> String {
        format!("{}/kuis/pretest", self.module())
    }
}
