//! Iterator adapter chains over several element types.

#[cfg(not(feature = "boxed"))]
#[inline(never)]
pub fn smoothed(values: &[u32]) -> impl Iterator<Item = (usize, f64)> + '_ {
    values
        .iter()
        .copied()
        .filter(|v| v % 3 != 0)
        .map(|v| v as f64 / 10.0)
        .skip_while(|v| *v < 1.0)
        .zip(1u32..)
        .scan(0.0, |acc, (v, i)| {
            *acc = (*acc * (i as f64 - 1.0) + v) / i as f64;
            Some(*acc)
        })
        .enumerate()
        .filter(|(i, _)| i % 2 == 0)
        .map(|(i, v)| (i, v * 1.5))
        .take_while(|(_, v)| *v < 10_000.0)
        .peekable()
        .step_by(1)
        .chain(std::iter::once((0usize, 0.0)))
        .inspect(|(i, _)| debug_assert!(*i < 1_000_000))
}

/// The same chain, boxed in the middle: the type stops growing at the box.
#[cfg(feature = "boxed")]
#[inline(never)]
pub fn smoothed(values: &[u32]) -> impl Iterator<Item = (usize, f64)> + '_ {
    let head: Box<dyn Iterator<Item = (u32, u32)> + '_> = Box::new(
        values.iter().copied().filter(|v| v % 3 != 0).map(|v| v as f64 / 10.0).skip_while(|v| *v < 1.0).map(|v| v as u32).zip(1u32..),
    );
    head.scan(0.0, |acc, (v, i)| {
        *acc = (*acc * (i as f64 - 1.0) + v as f64) / i as f64;
        Some(*acc)
    })
    .enumerate()
    .filter(|(i, _)| i % 2 == 0)
    .map(|(i, v)| (i, v * 1.5))
    .take_while(|(_, v)| *v < 10_000.0)
    .peekable()
    .step_by(1)
    .chain(std::iter::once((0usize, 0.0)))
    .inspect(|(i, _)| debug_assert!(*i < 1_000_000))
}

#[inline(never)]
pub fn report(values: &[u32]) -> Vec<String> {
    smoothed(values)
        .map(|(i, v)| format!("{i}:{v:.2}"))
        .rev_if_even(values.len())
}

trait RevIfEven {
    fn rev_if_even(self, n: usize) -> Vec<String>;
}

impl<I: Iterator<Item = String>> RevIfEven for I {
    fn rev_if_even(self, n: usize) -> Vec<String> {
        let mut v: Vec<String> = self.collect();
        if n % 2 == 0 {
            v.reverse();
        }
        v
    }
}
