use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use super::{Filter, FilterBase, Internal, TryFuture};
use crate::generic::{Either, Func, One};
use crate::reject::{IsReject, Rejection};
use crate::route;

/// The filter, with its rejections turned into replies by a handler.
#[derive(Clone, Copy, Debug)]
pub struct Recover<T, F> {
    pub(super) filter: T,
    pub(super) callback: F,
}

type Recovered<F> = <<F as Func<Rejection>>::Output as TryFuture>::Ok;
type HandlerError<F> = <<F as Func<Rejection>>::Output as TryFuture>::Error;

impl<T, F> FilterBase for Recover<T, F>
where
    T: Filter<Error = Rejection>,
    F: Func<Rejection> + Clone + Send,
    F::Output: TryFuture + Send,
    HandlerError<F>: IsReject,
{
    type Extract = (Either<T::Extract, One<Recovered<F>>>,);
    type Error = HandlerError<F>;
    type Future = RecoverFuture<T, F>;

    fn filter(&self, _: Internal) -> Self::Future {
        let index = route::with(|route| route.matched_index());
        RecoverFuture {
            state: RecoverState::First(self.filter.filter(Internal), self.callback.clone()),
            index,
        }
    }
}

pub struct RecoverFuture<T: Filter, F: Func<Rejection>> {
    state: RecoverState<T::Future, F, F::Output>,
    index: usize,
}

enum RecoverState<TF, F, FO> {
    First(TF, F),
    Second(FO),
    Done,
}

impl<T, F> Future for RecoverFuture<T, F>
where
    T: Filter<Error = Rejection>,
    F: Func<Rejection>,
    F::Output: TryFuture,
    HandlerError<F>: IsReject,
{
    type Output = Result<(Either<T::Extract, One<Recovered<F>>>,), HandlerError<F>>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // SAFETY: the futures in `state` are polled in place and only dropped in place (by assignment).
        let this = unsafe { self.get_unchecked_mut() };
        loop {
            match &mut this.state {
                RecoverState::First(first, callback) => {
                    match unsafe { Pin::new_unchecked(first) }.poll(cx) {
                        Poll::Pending => return Poll::Pending,
                        Poll::Ready(Ok(extract)) => {
                            this.state = RecoverState::Done;
                            return Poll::Ready(Ok((Either::A(extract),)));
                        }
                        Poll::Ready(Err(rejection)) => {
                            let index = this.index;
                            route::with(|route| route.reset_matched_index(index));
                            let handling = callback.call(rejection);
                            this.state = RecoverState::Second(handling);
                        }
                    }
                }
                RecoverState::Second(handling) => {
                    let result = match unsafe { Pin::new_unchecked(handling) }.poll(cx) {
                        Poll::Pending => return Poll::Pending,
                        Poll::Ready(Ok(reply)) => Ok((Either::B((reply,)),)),
                        Poll::Ready(Err(e)) => Err(e),
                    };
                    this.state = RecoverState::Done;
                    return Poll::Ready(result);
                }
                RecoverState::Done => panic!("RecoverFuture polled after completion"),
            }
        }
    }
}
