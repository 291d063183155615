//! Long combinator chains built the way real programs build them, with std only: iterator adapters
//! and hand-written future combinators driven by a tiny executor.

mod futs;
mod iters;
mod pipeline;

fn main() {
    let readings: Vec<u32> = (1..=500).map(|i| (i * 7919) % 1000).collect();
    let report = pipeline::report(&readings);
    let total = futs::block_on(futs::service(readings.len() as u64));

    let text = "the quick brown fox jumps over the lazy dog, 42 times: again and again";
    let xs: Vec<i64> = (0..200).map(|i| (i * 37) % 101 - 50).collect();
    let ys: Vec<i64> = (0..150).map(|i| (i * 53) % 97 - 48).collect();
    let walked = iters::walk(&xs, &ys).fold(0i64, |acc, (x, y)| acc.wrapping_mul(7).wrapping_add(x ^ y));
    let bytes = text.as_bytes();
    let best = iters::byte_score(bytes).map_or(0, |(i, t)| i as u64 * 1000 + t as u64);
    let (hx, hn) = futs::block_on(futs::handler(17, "handler"));
    let sess = futs::block_on(futs::session(20));

    let checksum = [report.len() as u64, total, iters::initials(text), walked as u64, best, hx as u64, hn as u64, sess]
        .iter()
        .fold(0xcbf29ce484222325u64, |h, v| (h ^ v).wrapping_mul(0x100000001b3));
    println!("{} {}", report.len(), total);
    println!("checksum {checksum:016x}");
}
