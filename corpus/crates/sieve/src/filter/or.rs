use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use super::{Filter, FilterBase, Internal};
use crate::generic::Either;
use crate::reject::CombineRejection;
use crate::route;

type Combined<E1, E2> = <E1 as CombineRejection<E2>>::Combined;

/// The first filter, or the second when the first rejects.
#[derive(Clone, Copy, Debug)]
pub struct Or<T, U> {
    pub(super) first: T,
    pub(super) second: U,
}

impl<T, U> FilterBase for Or<T, U>
where
    T: Filter,
    U: Filter + Clone + Send,
    U::Error: CombineRejection<T::Error>,
{
    type Extract = (Either<T::Extract, U::Extract>,);
    type Error = Combined<U::Error, T::Error>;
    type Future = OrFuture<T, U>;

    fn filter(&self, _: Internal) -> Self::Future {
        let index = route::with(|route| route.matched_index());
        OrFuture {
            state: OrState::First(self.first.filter(Internal), self.second.clone()),
            index,
        }
    }
}

pub struct OrFuture<T: Filter, U: Filter> {
    state: OrState<T, U>,
    /// Path segments matched before the `or`: the second filter starts from there again.
    index: usize,
}

enum OrState<T: Filter, U: Filter> {
    First(T::Future, U),
    Second(Option<T::Error>, U::Future),
    Done,
}

impl<T, U> Future for OrFuture<T, U>
where
    T: Filter,
    U: Filter,
    U::Error: CombineRejection<T::Error>,
{
    type Output = Result<(Either<T::Extract, U::Extract>,), Combined<U::Error, T::Error>>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // SAFETY: the futures in `state` are polled in place and only dropped in place (by assignment).
        let this = unsafe { self.get_unchecked_mut() };
        loop {
            match &mut this.state {
                OrState::First(first, second) => {
                    match unsafe { Pin::new_unchecked(first) }.poll(cx) {
                        Poll::Pending => return Poll::Pending,
                        Poll::Ready(Ok(extract)) => {
                            this.state = OrState::Done;
                            return Poll::Ready(Ok((Either::A(extract),)));
                        }
                        Poll::Ready(Err(e)) => {
                            let index = this.index;
                            route::with(|route| route.reset_matched_index(index));
                            let next = second.filter(Internal);
                            this.state = OrState::Second(Some(e), next);
                        }
                    }
                }
                OrState::Second(first_error, second) => {
                    let result = match unsafe { Pin::new_unchecked(second) }.poll(cx) {
                        Poll::Pending => return Poll::Pending,
                        Poll::Ready(Ok(extract)) => Ok((Either::B(extract),)),
                        Poll::Ready(Err(e)) => {
                            let index = this.index;
                            route::with(|route| route.reset_matched_index(index));
                            let first_error = first_error
                                .take()
                                .expect("first error kept until the second ends");
                            Err(e.combine(first_error))
                        }
                    };
                    this.state = OrState::Done;
                    return Poll::Ready(result);
                }
                OrState::Done => panic!("OrFuture polled after completion"),
            }
        }
    }
}
