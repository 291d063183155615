//! Long combinator chains built the way real programs build them, with std only: iterator adapters
//! and hand-written future combinators driven by a tiny executor.

mod futs;
mod pipeline;

fn main() {
    let readings: Vec<u32> = (1..=500).map(|i| (i * 7919) % 1000).collect();
    let report = pipeline::report(&readings);
    let total = futs::block_on(futs::service(readings.len() as u64));
    println!("{} {}", report.len(), total);
}
