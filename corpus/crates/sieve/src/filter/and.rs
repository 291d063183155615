use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use super::{Filter, FilterBase, Internal};
use crate::generic::{Combine, CombinedTuples, Tuple};
use crate::reject::CombineRejection;

/// Both filters, one after the other.
#[derive(Clone, Copy, Debug)]
pub struct And<T, U> {
    pub(super) first: T,
    pub(super) second: U,
}

impl<T, U> FilterBase for And<T, U>
where
    T: Filter,
    T::Extract: Send,
    U: Filter + Clone + Send,
    <T::Extract as Tuple>::HList: Combine<<U::Extract as Tuple>::HList> + Send,
    CombinedTuples<T::Extract, U::Extract>: Send,
    U::Error: CombineRejection<T::Error>,
{
    type Extract = CombinedTuples<T::Extract, U::Extract>;
    type Error = <U::Error as CombineRejection<T::Error>>::One;
    type Future = AndFuture<T, U>;

    fn filter(&self, _: Internal) -> Self::Future {
        AndFuture {
            state: AndState::First(self.first.filter(Internal), self.second.clone()),
        }
    }
}

pub struct AndFuture<T: Filter, U: Filter> {
    state: AndState<T::Future, T::Extract, U>,
}

enum AndState<TF, TE, U: Filter> {
    First(TF, U),
    Second(Option<TE>, U::Future),
    Done,
}

impl<T, U> Future for AndFuture<T, U>
where
    T: Filter,
    U: Filter,
    <T::Extract as Tuple>::HList: Combine<<U::Extract as Tuple>::HList> + Send,
    U::Error: CombineRejection<T::Error>,
{
    type Output = Result<
        CombinedTuples<T::Extract, U::Extract>,
        <U::Error as CombineRejection<T::Error>>::One,
    >;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // SAFETY: the futures in `state` are polled in place and only dropped in place (by assignment).
        let this = unsafe { self.get_unchecked_mut() };
        loop {
            match &mut this.state {
                AndState::First(first, second) => {
                    let extract = match unsafe { Pin::new_unchecked(first) }.poll(cx) {
                        Poll::Pending => return Poll::Pending,
                        Poll::Ready(Err(e)) => {
                            this.state = AndState::Done;
                            return Poll::Ready(Err(e.into()));
                        }
                        Poll::Ready(Ok(extract)) => extract,
                    };
                    let next = second.filter(Internal);
                    this.state = AndState::Second(Some(extract), next);
                }
                AndState::Second(first, second) => {
                    let extract = match unsafe { Pin::new_unchecked(second) }.poll(cx) {
                        Poll::Pending => return Poll::Pending,
                        Poll::Ready(Err(e)) => {
                            this.state = AndState::Done;
                            return Poll::Ready(Err(e.into()));
                        }
                        Poll::Ready(Ok(extract)) => extract,
                    };
                    let first = first
                        .take()
                        .expect("first extract kept until the second is ready");
                    this.state = AndState::Done;
                    return Poll::Ready(Ok(first.combine(extract)));
                }
                AndState::Done => panic!("AndFuture polled after completion"),
            }
        }
    }
}
