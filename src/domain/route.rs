//! The app's routes, parsed from `location.hash` (DESIGN.md contract 1).
//!
//! Every deep link is a hash route (`index.html#/…`), so the built app works from any
//! static server under any sub-path with no rewrite rules. Parsing never fails: anything
//! unknown becomes [`Route::NotFound`], which the UI shows with a way home.

/// A screen of the app, as addressed by the URL hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `#/` (or no hash): the home page with the module catalog.
    Home,
    /// `#/tentang`: what the app is and how it keeps data.
    About,
    /// Anything else; holds the path that was asked for, for the message.
    NotFound(String),
}

impl Route {
    /// Parses a `location.hash` value (with or without the leading `#`).
    #[must_use]
    pub fn parse(hash: &str) -> Self {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.strip_prefix('/').unwrap_or(path);
        // A query inside the hash (`#/x?y`) is ignored; trailing slashes don't matter.
        let path = path.split('?').next().unwrap_or_default().trim_end_matches('/');
        let segments: Vec<&str> = if path.is_empty() {
            Vec::new()
        } else {
            path.split('/').collect()
        };
        match segments.as_slice() {
            [] => Self::Home,
            ["tentang"] => Self::About,
            _ => Self::NotFound(format!("#/{path}")),
        }
    }

    /// The hash that addresses this route, starting with `#/`.
    #[must_use]
    pub fn to_hash(&self) -> String {
        match self {
            Self::Home => "#/".to_owned(),
            Self::About => "#/tentang".to_owned(),
            Self::NotFound(path) => path.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_hash_is_home() {
        for h in ["", "#", "#/", "/", "#//"] {
            assert_eq!(Route::parse(h), Route::Home, "{h:?}");
        }
    }

    #[test]
    fn known_routes_parse_and_round_trip() {
        for route in [Route::Home, Route::About] {
            assert_eq!(Route::parse(&route.to_hash()), route);
        }
        assert_eq!(Route::parse("#/tentang/"), Route::About);
        assert_eq!(Route::parse("#/tentang?x=1"), Route::About);
    }

    #[test]
    fn unknown_is_not_found_with_path() {
        assert_eq!(
            Route::parse("#/tidak-ada/sama-sekali"),
            Route::NotFound("#/tidak-ada/sama-sekali".to_owned())
        );
        assert_eq!(Route::parse("#tentangx"), Route::NotFound("#/tentangx".to_owned()));
    }
}
