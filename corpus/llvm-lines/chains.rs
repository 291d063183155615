// A small std-only program whose iterator chains instantiate generic functions with long types.
use std::collections::HashMap;

#[inline(never)]
fn scores(words: &[&str]) -> Vec<(usize, u64)> {
    words
        .iter()
        .enumerate()
        .filter(|(_, w)| !w.is_empty())
        .map(|(i, w)| (i, w.bytes().map(u64::from).sum::<u64>()))
        .skip_while(|&(_, s)| s == 0)
        .take(64)
        .collect()
}

#[inline(never)]
fn histogram(values: &[u64]) -> HashMap<u64, usize> {
    let mut h = HashMap::new();
    for v in values.iter().copied().filter(|v| v % 2 == 0).map(|v| v / 2).chain(0..4).rev() {
        *h.entry(v).or_insert(0) += 1;
    }
    h
}

fn main() {
    let words = ["alpha", "beta", "", "gamma", "delta"];
    let s = scores(&words);
    let h = histogram(&s.iter().map(|&(_, x)| x).collect::<Vec<_>>());
    println!("{} {}", s.len(), h.len());
}
