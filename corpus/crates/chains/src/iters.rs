//! More iterator adapter chains, each over its own element type, each in its own function so every
//! chain is a distinct monomorphised type with its own closure spans.

/// Words: `&str` -> `(usize, char)` through flat_map, enumerate, rev and peekable.
#[inline(never)]
pub fn initials(text: &str) -> u64 {
    text.split_whitespace()
        .rev()
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .flat_map(|w| w.chars().take(2))
        .enumerate()
        .skip_while(|(_, c)| !c.is_alphabetic())
        .map(|(i, c)| (i, c.to_ascii_lowercase()))
        .peekable()
        .fold(0u64, |acc, (i, c)| acc.wrapping_mul(31).wrapping_add(i as u64 ^ c as u64))
}

/// Pairs of signed numbers: zip, chain, scan, take_while, step_by.
#[inline(never)]
pub fn walk<'a>(xs: &'a [i64], ys: &'a [i64]) -> impl Iterator<Item = (i64, i64)> + 'a {
    xs.iter()
        .zip(ys.iter().rev())
        .map(|(x, y)| (*x, *y))
        .chain(ys.iter().map(|y| (y / 2, -y)))
        .scan((0i64, 0i64), |pos, (dx, dy)| {
            pos.0 += dx;
            pos.1 += dy;
            Some(*pos)
        })
        .take_while(|(x, _)| x.abs() < 1_000_000)
        .filter_map(|(x, y)| if (x + y) % 5 == 0 { None } else { Some((x, y)) })
        .step_by(2)
}

/// Bytes: windows, enumerate, chain with repeat/take and max_by_key (kept shorter than
/// `pipeline::smoothed`, so that chain stays the crate's largest type and the `boxed` feature shows).
#[inline(never)]
pub fn byte_score(bytes: &[u8]) -> Option<(usize, u16)> {
    bytes
        .windows(3)
        .map(|w| w.iter().map(|b| *b as u16).sum::<u16>())
        .enumerate()
        .filter(|(_, t)| t % 7 != 1)
        .chain(std::iter::repeat((0usize, 1u16)).take(3))
        .max_by_key(|(i, t)| (*t, *i))
}

#[cfg(feature = "broken")]
pub mod broken {
    /// Deliberately wrong: `walk`'s chain (with `scan`, `take_while`, `filter_map`) has no exact
    /// size and cannot run backwards, so both bounds fail with the long chain type in the message.
    pub fn needs_exact(xs: &[i64], ys: &[i64]) -> usize {
        fn exact<I: ExactSizeIterator>(it: I) -> usize {
            it.len()
        }
        exact(super::walk(xs, ys).map(|(x, y)| x * y))
    }

    pub fn needs_rev(xs: &[i64]) -> Option<i64> {
        xs.iter()
            .map(|x| x * 3)
            .scan(0i64, |s, x| {
                *s += x;
                Some(*s)
            })
            .skip_while(|s| *s < 10)
            .zip(xs.iter().copied().filter(|x| x % 2 == 0))
            .map(|(a, b)| a - b)
            .rev()
            .next()
    }

    /// `Copy` on a chain that holds a `Peekable` over a `FlatMap`.
    pub fn needs_copy(text: &str) -> usize {
        fn twice<I: Iterator + Copy>(it: I) -> usize {
            it.count() + it.count()
        }
        twice(text.split(',').flat_map(|w| w.chars()).filter(|c| c.is_ascii_digit()).peekable())
    }
}
