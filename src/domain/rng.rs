//! A tiny seeded pseudo-random generator (SplitMix64) and a Fisher–Yates shuffle.
//!
//! Hand-written on purpose: the quiz needs only "the same seed gives the same order", and the
//! `rand` crates add tens of kilobytes of wasm for generators and distributions we would not
//! use. Not for anything secret.

/// SplitMix64: fast, small, good enough for shuffling quiz items.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator starting from `seed`.
    #[must_use]
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`), without modulo bias worth caring about for n ≤ 100.
    pub fn below(&mut self, n: usize) -> usize {
        let n64 = n as u64;
        // n is tiny here; the bias of the plain modulo is below 1e-17.
        usize::try_from(self.next_u64() % n64).unwrap_or(0)
    }
}

/// Shuffles `items` in place, deterministically for a given `seed`.
pub fn shuffle<T>(items: &mut [T], seed: u64) {
    let mut rng = SplitMix64::new(seed);
    for i in (1..items.len()).rev() {
        let j = rng.below(i + 1);
        items.swap(i, j);
    }
}

/// A stable 64-bit hash of a string (FNV-1a), to derive per-question seeds.
#[must_use]
pub fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_order_other_seed_other_order() {
        let base: Vec<u32> = (0..20).collect();
        let mut a = base.clone();
        let mut b = base.clone();
        let mut c = base.clone();
        shuffle(&mut a, 42);
        shuffle(&mut b, 42);
        shuffle(&mut c, 43);
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_ne!(a, base);
        let mut sorted = a.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, base, "a permutation");
    }

    #[test]
    fn every_position_is_reachable() {
        // Over many seeds, item 0 lands in every one of 5 positions.
        let mut seen = [false; 5];
        for seed in 0..200 {
            let mut v = [0, 1, 2, 3, 4];
            shuffle(&mut v, seed);
            let pos = v.iter().position(|&x| x == 0).unwrap();
            seen[pos] = true;
        }
        assert!(seen.iter().all(|&s| s));
    }
}
