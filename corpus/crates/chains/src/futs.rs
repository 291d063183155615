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

struct NoopWake;

impl Wake for NoopWake {
    fn wake(self: Arc<Self>) {}
}

pub fn block_on<F: Future + Unpin>(mut f: F) -> F::Output {
    let waker = Waker::from(Arc::new(NoopWake));
    let mut cx = Context::from_waker(&waker);
    loop {
        if let Poll::Ready(v) = Pin::new(&mut f).poll(&mut cx) {
            return v;
        }
    }
}
