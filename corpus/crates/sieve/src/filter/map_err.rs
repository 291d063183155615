use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use super::{Filter, FilterBase, Internal};
use crate::reject::IsReject;

/// The filter with its error passed through a function.
#[derive(Clone, Copy, Debug)]
pub struct MapErr<T, F> {
    pub(super) filter: T,
    pub(super) callback: F,
}

impl<T, F, E> FilterBase for MapErr<T, F>
where
    T: Filter,
    F: Fn(T::Error) -> E + Clone + Send,
    E: IsReject,
{
    type Extract = T::Extract;
    type Error = E;
    type Future = MapErrFuture<T, F>;

    fn filter(&self, _: Internal) -> Self::Future {
        MapErrFuture {
            extract: self.filter.filter(Internal),
            callback: self.callback.clone(),
        }
    }
}

pub struct MapErrFuture<T: Filter, F> {
    extract: T::Future,
    callback: F,
}

impl<T, F, E> Future for MapErrFuture<T, F>
where
    T: Filter,
    F: Fn(T::Error) -> E,
{
    type Output = Result<T::Extract, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // SAFETY: `extract` is structurally pinned and never moved; `callback` is not pinned.
        let this = unsafe { self.get_unchecked_mut() };
        match unsafe { Pin::new_unchecked(&mut this.extract) }.poll(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(result) => Poll::Ready(result.map_err(|e| (this.callback)(e))),
        }
    }
}
