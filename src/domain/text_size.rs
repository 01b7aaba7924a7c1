//! The learner's text size (issue 30, finding 10): three steps, kept on the device like the
//! language, applied as `<html data-text-size>` before the first paint by the start-up script
//! and at once when chosen in settings. Every font size in the style sheet is in `rem`, so the
//! whole page follows; the steps are 100 %, 112.5 % and 125 % of the browser's own size (which
//! a learner may already have enlarged in Android's settings).

/// `localStorage` key of the chosen size (read by the app, and by the first screen's start-up
/// script before the app runs).
pub const TEXT_SIZE_KEY: &str = "bimtek-text-size";

/// One of the three text sizes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextSize {
    /// The browser's size, as set on the device.
    #[default]
    Normal,
    /// One step larger (112.5 %).
    Large,
    /// Two steps larger (125 %).
    Larger,
}

impl TextSize {
    /// Every size, smallest first (the order of the choice in settings).
    pub const ALL: [Self; 3] = [Self::Normal, Self::Large, Self::Larger];

    /// What is kept in `localStorage` and set as `data-text-size`.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::Normal => "normal",
            Self::Large => "large",
            Self::Larger => "larger",
        }
    }

    /// A kept code read back; anything else (a damaged or foreign value) is `None`, and the
    /// page keeps the normal size.
    #[must_use]
    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code.trim())
    }

    /// The root font size this step gives, in percent of the browser's own (what the style
    /// sheet sets for `html[data-text-size=…]`).
    #[must_use]
    pub const fn percent(self) -> f32 {
        match self {
            Self::Normal => 100.0,
            Self::Large => 112.5,
            Self::Larger => 125.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_foreign_values_are_refused() {
        for s in TextSize::ALL {
            assert_eq!(TextSize::parse(s.code()), Some(s));
        }
        assert_eq!(TextSize::parse(" large "), Some(TextSize::Large));
        assert_eq!(TextSize::parse("huge"), None);
        assert_eq!(TextSize::parse(""), None);
        assert_eq!(TextSize::default(), TextSize::Normal);
    }

    #[test]
    fn the_style_sheet_sets_each_step() {
        let css = include_str!("../../style/main.css");
        for s in [TextSize::Large, TextSize::Larger] {
            let rule = format!(
                "html[data-text-size=\"{}\"] {{ font-size: {}%; }}",
                s.code(),
                s.percent()
            );
            assert!(css.contains(&rule), "style/main.css lacks {rule}");
        }
        assert!(TextSize::ALL
            .windows(2)
            .all(|w| w[0].percent() < w[1].percent()));
    }
}
