use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use super::{Filter, FilterBase, Internal, TryFuture};
use crate::generic::{Func, One};
use crate::reject::CombineRejection;

/// The filter's extract passed to a function returning a fallible future (`async move { .. }`).
#[derive(Clone, Copy, Debug)]
pub struct AndThen<T, F> {
    pub(super) filter: T,
    pub(super) callback: F,
}

type ThenError<T, F> =
    <<<F as Func<<T as FilterBase>::Extract>>::Output as TryFuture>::Error as CombineRejection<
        <T as FilterBase>::Error,
    >>::One;

impl<T, F> FilterBase for AndThen<T, F>
where
    T: Filter,
    F: Func<T::Extract> + Clone + Send,
    F::Output: TryFuture + Send,
    <F::Output as TryFuture>::Error: CombineRejection<T::Error>,
{
    type Extract = One<<F::Output as TryFuture>::Ok>;
    type Error = ThenError<T, F>;
    type Future = AndThenFuture<T, F>;

    fn filter(&self, _: Internal) -> Self::Future {
        AndThenFuture {
            state: ThenState::First(self.filter.filter(Internal), self.callback.clone()),
        }
    }
}

pub struct AndThenFuture<T: Filter, F: Func<T::Extract>> {
    state: ThenState<T::Future, F, F::Output>,
}

enum ThenState<TF, F, FO> {
    First(TF, F),
    Second(FO),
    Done,
}

impl<T, F> Future for AndThenFuture<T, F>
where
    T: Filter,
    F: Func<T::Extract>,
    F::Output: TryFuture,
    <F::Output as TryFuture>::Error: CombineRejection<T::Error>,
{
    type Output = Result<One<<F::Output as TryFuture>::Ok>, ThenError<T, F>>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // SAFETY: the futures in `state` are polled in place and only dropped in place (by assignment).
        let this = unsafe { self.get_unchecked_mut() };
        loop {
            match &mut this.state {
                ThenState::First(first, callback) => {
                    let extract = match unsafe { Pin::new_unchecked(first) }.poll(cx) {
                        Poll::Pending => return Poll::Pending,
                        Poll::Ready(Err(e)) => {
                            this.state = ThenState::Done;
                            return Poll::Ready(Err(e.into()));
                        }
                        Poll::Ready(Ok(extract)) => extract,
                    };
                    let next = callback.call(extract);
                    this.state = ThenState::Second(next);
                }
                ThenState::Second(second) => {
                    let result = match unsafe { Pin::new_unchecked(second) }.poll(cx) {
                        Poll::Pending => return Poll::Pending,
                        Poll::Ready(Ok(ok)) => Ok((ok,)),
                        Poll::Ready(Err(e)) => Err(e.into()),
                    };
                    this.state = ThenState::Done;
                    return Poll::Ready(result);
                }
                ThenState::Done => panic!("AndThenFuture polled after completion"),
            }
        }
    }
}
