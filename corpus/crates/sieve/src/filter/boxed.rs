use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use super::{Filter, FilterBase, Internal};
use crate::generic::Tuple;
use crate::reject::Rejection;

type BoxFuture<T> = Pin<Box<dyn Future<Output = Result<T, Rejection>> + Send>>;

/// A filter behind a shared trait object: its type no longer says how it was composed.
pub struct BoxedFilter<T: Tuple> {
    filter: Arc<dyn Filter<Extract = T, Error = Rejection, Future = BoxFuture<T>> + Send + Sync>,
}

impl<T: Tuple + Send> BoxedFilter<T> {
    pub(super) fn new<F>(filter: F) -> BoxedFilter<T>
    where
        F: Filter<Extract = T> + Send + Sync + 'static,
        F::Error: Into<Rejection>,
    {
        BoxedFilter {
            filter: Arc::new(BoxingFilter { filter }),
        }
    }
}

impl<T: Tuple> Clone for BoxedFilter<T> {
    fn clone(&self) -> Self {
        BoxedFilter {
            filter: Arc::clone(&self.filter),
        }
    }
}

impl<T: Tuple> fmt::Debug for BoxedFilter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BoxedFilter")
    }
}

impl<T: Tuple + Send> FilterBase for BoxedFilter<T> {
    type Extract = T;
    type Error = Rejection;
    type Future = BoxFuture<T>;

    fn filter(&self, _: Internal) -> Self::Future {
        self.filter.filter(Internal)
    }
}

/// The filter inside a `BoxedFilter`: boxes its future and turns its error into a `Rejection`.
pub struct BoxingFilter<F> {
    filter: F,
}

impl<F> FilterBase for BoxingFilter<F>
where
    F: Filter,
    F::Future: 'static,
    F::Error: Into<Rejection>,
{
    type Extract = F::Extract;
    type Error = Rejection;
    type Future = BoxFuture<F::Extract>;

    fn filter(&self, _: Internal) -> Self::Future {
        Box::pin(IntoRejection {
            inner: self.filter.filter(Internal),
        })
    }
}

struct IntoRejection<Fut> {
    inner: Fut,
}

impl<Fut, T, E> Future for IntoRejection<Fut>
where
    Fut: Future<Output = Result<T, E>>,
    E: Into<Rejection>,
{
    type Output = Result<T, Rejection>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // SAFETY: structural pinning of the only field; it is never moved out.
        match unsafe { self.map_unchecked_mut(|s| &mut s.inner) }.poll(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(result) => Poll::Ready(result.map_err(Into::into)),
        }
    }
}
