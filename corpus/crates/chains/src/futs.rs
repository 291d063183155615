//! Future combinators written by hand (no futures crate), nested the way service code nests them.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};

pub struct Ready<T>(Option<T>);

impl<T: Unpin> Future for Ready<T> {
    type Output = T;
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<T> {
        Poll::Ready(self.0.take().expect("polled after completion"))
    }
}

pub fn ready<T>(v: T) -> Ready<T> {
    Ready(Some(v))
}

pub struct Map<F, G>(F, Option<G>);

impl<F: Future + Unpin, G: FnOnce(F::Output) -> U + Unpin, U> Future for Map<F, G> {
    type Output = U;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<U> {
        match Pin::new(&mut self.0).poll(cx) {
            Poll::Ready(v) => Poll::Ready((self.1.take().expect("polled after completion"))(v)),
            Poll::Pending => Poll::Pending,
        }
    }
}

pub struct Join<A: Future, B: Future>(A, B, Option<A::Output>, Option<B::Output>);

impl<A, B> Future for Join<A, B>
where
    A: Future + Unpin,
    B: Future + Unpin,
    A::Output: Unpin,
    B::Output: Unpin,
{
    type Output = (A::Output, B::Output);
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        if self.2.is_none() {
            if let Poll::Ready(v) = Pin::new(&mut self.0).poll(cx) {
                self.2 = Some(v);
            }
        }
        if self.3.is_none() {
            if let Poll::Ready(v) = Pin::new(&mut self.1).poll(cx) {
                self.3 = Some(v);
            }
        }
        if self.2.is_some() && self.3.is_some() {
            let a = self.2.take().unwrap();
            let b = self.3.take().unwrap();
            Poll::Ready((a, b))
        } else {
            Poll::Pending
        }
    }
}

pub enum Then<A, G, B> {
    First(A, Option<G>),
    Second(B),
    Done,
}

impl<A, G, B> Future for Then<A, G, B>
where
    A: Future + Unpin,
    G: FnOnce(A::Output) -> B + Unpin,
    B: Future + Unpin,
{
    type Output = B::Output;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<B::Output> {
        loop {
            match &mut *self {
                Then::First(a, g) => match Pin::new(a).poll(cx) {
                    Poll::Ready(v) => {
                        let next = (g.take().expect("polled after completion"))(v);
                        *self = Then::Second(next);
                    }
                    Poll::Pending => return Poll::Pending,
                },
                Then::Second(b) => {
                    let out = match Pin::new(b).poll(cx) {
                        Poll::Ready(v) => v,
                        Poll::Pending => return Poll::Pending,
                    };
                    *self = Then::Done;
                    return Poll::Ready(out);
                }
                Then::Done => panic!("polled after completion"),
            }
        }
    }
}

/// Yields once before finishing, so executors really loop and `Join` sees `Pending`.
pub struct YieldOnce<T>(Option<T>, bool);

impl<T: Unpin> Future for YieldOnce<T> {
    type Output = T;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        if !self.1 {
            self.1 = true;
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        Poll::Ready(self.0.take().expect("polled after completion"))
    }
}

pub fn yield_once<T>(v: T) -> YieldOnce<T> {
    YieldOnce(Some(v), false)
}

pub trait FutureExt: Future + Sized {
    fn map<G, U>(self, g: G) -> Map<Self, G>
    where
        G: FnOnce(Self::Output) -> U,
    {
        Map(self, Some(g))
    }

    fn join<B: Future>(self, other: B) -> Join<Self, B> {
        Join(self, other, None, None)
    }

    fn then<G, B>(self, g: G) -> Then<Self, G, B>
    where
        G: FnOnce(Self::Output) -> B,
        B: Future,
    {
        Then::First(self, Some(g))
    }
}

impl<F: Future> FutureExt for F {}

#[inline(never)]
pub fn service(n: u64) -> impl Future<Output = u64> + Unpin {
    ready(n)
        .map(|n| n * 2)
        .join(ready(3u64).map(|x| x + 1))
        .map(|(a, b)| a + b)
        .join(ready(10u64).map(|x| x * x).join(ready(1u64)).map(|(a, b)| a - b))
        .map(|(a, b)| a + b)
        .join(ready("done").map(|s| s.len() as u64))
        .map(|(a, b)| a * b)
        .map(|x| x % 1_000_007)
}

/// `Map<Then<Join<Map<...>>>>`: a request handler built from `then`, `join` and `map`, never boxed.
#[inline(never)]
pub fn handler(id: u32, name: &'static str) -> impl Future<Output = (u32, usize)> + Unpin {
    yield_once(id)
        .map(|id| id.wrapping_mul(2654435761))
        .join(ready(name).map(|n| n.len()))
        .then(|(h, len)| yield_once(h ^ len as u32).map(move |x| (x, len)))
        .join(ready(7u8).then(|b| ready(b as usize * 3)).map(|b| b + 1))
        .map(|((x, len), b)| (x % 10_007, len + b))
        .then(|(x, n)| ready(x).join(yield_once(n)).map(|(x, n)| (x, n * 2)))
        .map(|(x, n)| (x + 1, n))
}

/// Async blocks around the combinator chains: `{async block@src/futs.rs:..}` types.
pub async fn session(rounds: u32) -> u64 {
    let mut total = 0u64;
    for i in 0..rounds {
        let (a, b) = async move { handler(i, "session").await }.await;
        let s = async { service(u64::from(a)).await }.await;
        total = total.wrapping_add(s).wrapping_add(b as u64);
    }
    total
}

#[cfg(feature = "broken")]
pub mod broken {
    use super::*;
    use std::rc::Rc;

    fn spawn<F: Future + Send + 'static>(f: F) -> F {
        f
    }

    /// Deliberately wrong: an `Rc` lives across an `.await` of the long `handler` chain, so the
    /// async block is not `Send`.
    pub fn not_send() -> impl Future<Output = u64> {
        spawn(async {
            let shared = Rc::new(5u32);
            let (x, n) = handler(*shared, "rc").join(service(3)).map(|(a, b)| (a.0 as u64 + b, a.1)).await;
            x + n as u64 + *shared as u64
        })
    }

    /// Deliberately wrong: `Copy` on the `handler` chain.
    pub fn twice() -> impl Future<Output = u32> {
        fn dup<F: Future + Copy>(f: F) -> (F, F) {
            (f, f)
        }
        dup(handler(1, "copy")).0.map(|(x, _)| x)
    }
}

struct NoopWake;

impl Wake for NoopWake {
    fn wake(self: Arc<Self>) {}
}

pub fn block_on<F: Future>(f: F) -> F::Output {
    let mut f = std::pin::pin!(f);
    let waker = Waker::from(Arc::new(NoopWake));
    let mut cx = Context::from_waker(&waker);
    loop {
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return v;
        }
    }
}
