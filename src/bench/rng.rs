//! A small deterministic random number generator (SplitMix64), so a corpus is the same for a
//! seed on every machine and every version of every crate.

#[derive(Debug, Clone)]
pub struct Rng {
    state: u64,
}

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng {
            state: seed ^ 0x9e37_79b9_7f4a_7c15,
        }
    }

    /// A generator of its own for item `n` (an article, a person): item n's draws do not
    /// depend on how many draws items before it made.
    pub fn fork(&self, n: u64) -> Rng {
        let mut r = Rng::new(self.state ^ n.wrapping_mul(0xd1b5_4a32_d192_ed03));
        r.next_u64();
        r
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() >> 11) as u128 * n as u128 >> 53) as usize
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// An index in `0..n` drawn with Zipf-like weights (rank r has weight 1/(r+1)): a few
    /// items are common, most are rare, as people in the news are.
    pub fn zipf(&mut self, n: usize) -> usize {
        // Inverse of the continuous approximation H(x) ~ ln(x + 1).
        let u = (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        let x = ((n as f64 + 1.0).ln() * u).exp() - 1.0;
        (x as usize).min(n - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_draws_the_same_numbers() {
        let (mut a, mut b) = (Rng::new(7), Rng::new(7));
        for _ in 0..100 {
            assert_eq!(a.next_u64(), b.next_u64());
        }
        assert_ne!(Rng::new(7).next_u64(), Rng::new(8).next_u64());
    }

    #[test]
    fn zipf_favours_the_first_ranks_and_stays_in_range() {
        let mut r = Rng::new(1);
        let mut counts = [0usize; 100];
        for _ in 0..20_000 {
            counts[r.zipf(100)] += 1;
        }
        assert!(counts[0] > counts[10] && counts[10] > counts[90]);
        assert!(counts[99] > 0);
    }
}
