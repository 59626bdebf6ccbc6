//! The seeded random source. Every choice the generator makes goes through
//! it, so one seed always gives the same workspace, byte for byte.

use rand::{RngExt, SeedableRng};
use rand_xorshift::XorShiftRng;

pub struct Dice(XorShiftRng);

impl Dice {
    pub fn new(seed: u64) -> Self {
        Dice(XorShiftRng::seed_from_u64(seed))
    }

    /// A number in `0..n`; `n` must not be zero.
    pub fn below(&mut self, n: usize) -> usize {
        self.0.random_range(0..n)
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: i64, high: i64) -> i64 {
        self.0.random_range(low..=high)
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.0.random_bool(p.clamp(0.0, 1.0))
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Hands out the items of a list in turn, so that every item is used once
/// the list has been walked through, and no declaration is left unused.
#[derive(Default)]
pub struct Turn(usize);

impl Turn {
    pub fn next<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        let item = &items[self.0 % items.len()];
        self.0 += 1;
        item
    }
}
