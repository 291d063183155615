//! Fourteen routes served from `site()`, which recovers its own rejections and so declares
//! `Error = Infallible` (as warp servers often do). Boxing the value of `site()` would turn its error into
//! `Rejection` and break that declaration: the box belongs where `site()` is called.

use std::convert::Infallible;

use sieve::{end, path, serve, Filter, Rejection, Reply};

async fn handle(err: Rejection) -> Result<impl Reply, Infallible> {
    Ok(format!("not found: {err:?}"))
}

fn site() -> impl Filter<Extract = (impl Reply,), Error = Infallible> + Clone {
    let p0 = path("p0").and(end()).map(|| "p0");
    let p1 = path("p1").and(end()).map(|| "p1");
    let p2 = path("p2").and(end()).map(|| "p2");
    let p3 = path("p3").and(end()).map(|| "p3");
    let p4 = path("p4").and(end()).map(|| "p4");
    let p5 = path("p5").and(end()).map(|| "p5");
    let p6 = path("p6").and(end()).map(|| "p6");
    let p7 = path("p7").and(end()).map(|| "p7");
    let p8 = path("p8").and(end()).map(|| "p8");
    let p9 = path("p9").and(end()).map(|| "p9");
    let p10 = path("p10").and(end()).map(|| "p10");
    let p11 = path("p11").and(end()).map(|| "p11");
    let p12 = path("p12").and(end()).map(|| "p12");
    let p13 = path("p13").and(end()).map(|| "p13");
    let pages = p0
        .or(p1)
        .or(p2)
        .or(p3)
        .or(p4)
        .or(p5)
        .or(p6)
        .or(p7)
        .or(p8)
        .or(p9)
        .or(p10)
        .or(p11)
        .or(p12)
        .or(p13);
    pages.recover(handle).map(|reply| reply)
}

fn main() {
    // bound to a loopback port, serves no connection: the build is what this crate is for
    let bound = serve(site()).bind("127.0.0.1:0").expect("a loopback port");
    bound.serve_connections(0).expect("no connection to serve");
}
