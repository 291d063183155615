use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use super::{Filter, FilterBase, Internal};
use crate::generic::{Func, One};

/// The filter's extract passed through a function.
#[derive(Clone, Copy, Debug)]
pub struct Map<T, F> {
    pub(super) filter: T,
    pub(super) callback: F,
}

impl<T, F> FilterBase for Map<T, F>
where
    T: Filter,
    F: Func<T::Extract> + Clone + Send,
{
    type Extract = One<F::Output>;
    type Error = T::Error;
    type Future = MapFuture<T, F>;

    fn filter(&self, _: Internal) -> Self::Future {
        MapFuture {
            extract: self.filter.filter(Internal),
            callback: self.callback.clone(),
        }
    }
}

pub struct MapFuture<T: Filter, F> {
    extract: T::Future,
    callback: F,
}

impl<T, F> Future for MapFuture<T, F>
where
    T: Filter,
    F: Func<T::Extract>,
{
    type Output = Result<One<F::Output>, T::Error>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // SAFETY: `extract` is structurally pinned and never moved; `callback` is not pinned.
        let this = unsafe { self.get_unchecked_mut() };
        match unsafe { Pin::new_unchecked(&mut this.extract) }.poll(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(Ok(extract)) => {
                Poll::Ready(Ok(crate::generic::one(this.callback.call(extract))))
            }
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
        }
    }
}
