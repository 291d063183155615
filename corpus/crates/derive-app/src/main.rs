//! A small program on serde's derive (so proc-macro2 1.0.47, whose build script enables unstable
//! proc_macro features on a nightly compiler that no longer has them) with one long iterator chain.

use serde::Serialize;

#[derive(Serialize)]
struct Reading {
    sensor: u32,
    value: u64,
}

/// Fourteen adapters over one slice: the largest type of the crate.
#[inline(never)]
fn smoothed(readings: &[Reading]) -> u64 {
    readings
        .iter()
        .map(|r| r.value)
        .filter(|v| v % 3 != 0)
        .map(|v| v * 2)
        .skip_while(|v| *v < 4)
        .zip(1u64..)
        .map(|(v, i)| v + i)
        .filter(|v| v % 5 != 0)
        .enumerate()
        .map(|(i, v)| v + i as u64)
        .take_while(|v| *v < 1_000_000)
        .step_by(1)
        .chain(std::iter::once(0))
        .inspect(|v| debug_assert!(*v < 2_000_000))
        .sum()
}

/// The records go out as JSON elsewhere; here it is enough that the derived impl exists.
fn serializable<T: Serialize>(_: &T) -> bool {
    true
}

fn main() {
    let readings: Vec<Reading> = (0..100).map(|i| Reading { sensor: i % 4, value: i as u64 * 7 }).collect();
    let max_sensor = readings.iter().map(|r| r.sensor).max().unwrap_or(0);
    println!("{} {} {}", smoothed(&readings), serializable(&readings[0]), max_sensor);
}
