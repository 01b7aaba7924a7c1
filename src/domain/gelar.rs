//! Scoring a *Gelar Budaya Kerja* presentation with the kit's rubric (`content::model::GelarKit`):
//! each criterion gets a score from 1 to [`MAX_SCORE`], and the total is
//! Σ (score ÷ [`MAX_SCORE`] × weight), 0–100 when the weights add up to 100.
//!
//! Pure; integer arithmetic in hundredths so that a printed total and a computed one agree.

/// The best score of a criterion (the rubric describes 4, 3, 2, 1).
pub const MAX_SCORE: u32 = 4;

/// Why a set of scores cannot be totalled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ScoreError {
    /// A score outside 1–4.
    #[error("skor {0} di luar 1–4")]
    OutOfRange(u32),
}

/// The total of `(weight, score)` pairs, in hundredths of a point (`8125` = 81,25).
///
/// # Errors
/// [`ScoreError::OutOfRange`] for a score outside 1–[`MAX_SCORE`].
pub fn total_hundredths(parts: &[(u32, u32)]) -> Result<u32, ScoreError> {
    let mut total = 0;
    for &(weight, score) in parts {
        if !(1..=MAX_SCORE).contains(&score) {
            return Err(ScoreError::OutOfRange(score));
        }
        total = weight
            .saturating_mul(score * 100 / MAX_SCORE)
            .saturating_add(total);
    }
    Ok(total)
}

/// A total in hundredths as written in `lang`: `8125` → "81,25" (Indonesian) or "81.25"
/// (English), trailing zeros dropped (`8150` → "81,5", `10000` → "100").
#[must_use]
pub fn format_hundredths(hundredths: u32, lang: crate::i18n::Lang) -> String {
    let (whole, part) = (hundredths / 100, hundredths % 100);
    let sep = match lang {
        crate::i18n::Lang::Id => ',',
        crate::i18n::Lang::En => '.',
    };
    match part {
        0 => whole.to_string(),
        p if p % 10 == 0 => format!("{whole}{sep}{}", p / 10),
        p => format!("{whole}{sep}{p:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_total_is_the_weighted_share_of_the_best_score() {
        let weights = [10, 15, 15, 15, 15, 10, 10, 10];
        let best: Vec<(u32, u32)> = weights.iter().map(|&w| (w, 4)).collect();
        assert_eq!(total_hundredths(&best), Ok(10_000));
        let worst: Vec<(u32, u32)> = weights.iter().map(|&w| (w, 1)).collect();
        assert_eq!(total_hundredths(&worst), Ok(2_500));
        // 15 × 3/4 = 11,25; 10 × 2/4 = 5.
        assert_eq!(total_hundredths(&[(15, 3), (10, 2)]), Ok(1_625));
        assert_eq!(total_hundredths(&[(15, 0)]), Err(ScoreError::OutOfRange(0)));
        assert_eq!(total_hundredths(&[(15, 5)]), Err(ScoreError::OutOfRange(5)));
    }

    #[test]
    fn totals_are_written_the_learners_way() {
        use crate::i18n::Lang;
        assert_eq!(format_hundredths(8125, Lang::Id), "81,25");
        assert_eq!(format_hundredths(8125, Lang::En), "81.25");
        assert_eq!(format_hundredths(8150, Lang::Id), "81,5");
        assert_eq!(format_hundredths(8105, Lang::Id), "81,05");
        assert_eq!(format_hundredths(10_000, Lang::Id), "100");
        assert_eq!(format_hundredths(2_500, Lang::En), "25");
    }
}
