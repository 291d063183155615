//! Wrappers around a whole filter (`filter.with(log("blog"))`).

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use crate::filter::{Filter, FilterBase, Internal};
use crate::reject::IsReject;
use crate::reply::{Reply, Response};
use crate::route::{self, Method};

/// Something that wraps a filter into another.
pub trait Wrap<F: Filter> {
    type Wrapped: Filter;
    fn wrap(self, filter: F) -> Self::Wrapped;
}

/// What a log line is made of.
#[derive(Debug)]
pub struct Info<'a> {
    pub method: Method,
    pub path: &'a str,
    pub status: u16,
    pub elapsed: Duration,
}

/// Logs every request with a function of its `Info`.
#[derive(Clone, Copy, Debug)]
pub struct Log<FN> {
    func: FN,
}

/// Logs `NAME METHOD PATH STATUS MICROS` to stderr.
pub fn log(name: &'static str) -> Log<impl Fn(Info<'_>) + Copy> {
    Log {
        func: move |info: Info<'_>| {
            eprintln!(
                "{name} {} {} {} {}us",
                info.method.as_str(),
                info.path,
                info.status,
                info.elapsed.as_micros()
            )
        },
    }
}

/// Logs with a custom function.
pub fn custom<FN: Fn(Info<'_>)>(func: FN) -> Log<FN> {
    Log { func }
}

impl<FN, F> Wrap<F> for Log<FN>
where
    FN: Fn(Info<'_>) + Clone + Send,
    F: Filter + Clone + Send,
    F::Extract: Reply,
    F::Error: IsReject,
{
    type Wrapped = WithLog<FN, F>;
    fn wrap(self, filter: F) -> WithLog<FN, F> {
        WithLog {
            log: self.func,
            filter,
        }
    }
}

/// A filter whose replies become responses and are logged.
#[derive(Clone, Copy, Debug)]
pub struct WithLog<FN, F> {
    log: FN,
    filter: F,
}

impl<FN, F> FilterBase for WithLog<FN, F>
where
    FN: Fn(Info<'_>) + Clone + Send,
    F: Filter + Clone + Send,
    F::Extract: Reply,
    F::Error: IsReject,
{
    type Extract = (Response,);
    type Error = F::Error;
    type Future = WithLogFuture<FN, F::Future>;

    fn filter(&self, _: Internal) -> Self::Future {
        WithLogFuture {
            log: self.log.clone(),
            inner: self.filter.filter(Internal),
            started: Instant::now(),
        }
    }
}

pub struct WithLogFuture<FN, Fut> {
    log: FN,
    inner: Fut,
    started: Instant,
}

impl<FN, Fut, T, E> Future for WithLogFuture<FN, Fut>
where
    FN: Fn(Info<'_>),
    Fut: Future<Output = Result<T, E>>,
    T: Reply,
    E: IsReject,
{
    type Output = Result<(Response,), E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // SAFETY: `inner` is structurally pinned and never moved; the other fields are not pinned.
        let this = unsafe { self.get_unchecked_mut() };
        let result = match unsafe { Pin::new_unchecked(&mut this.inner) }.poll(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(result) => result,
        };
        let status = match &result {
            Ok(_) => None,
            Err(e) => Some(e.status()),
        };
        let result = result.map(|reply| (reply.into_response(),));
        let status = status.unwrap_or_else(|| result.as_ref().map_or(500, |(r,)| r.status));
        let elapsed = this.started.elapsed();
        route::with(|route| {
            (this.log)(Info {
                method: route.method(),
                path: route.path(),
                status,
                elapsed,
            })
        });
        Poll::Ready(result)
    }
}
