//! The `Filter` trait and its combinators. Every combinator is a struct generic over the filters it
//! joins, with a future type of its own, so an application's routes compose into one nested type
//! (`Or<Or<Map<And<..>, F>, ..>, ..>`) that the server is instantiated over.

mod and;
mod and_then;
mod boxed;
mod map;
mod map_err;
mod or;
mod recover;

use std::future::Future;

use crate::generic::{Combine, Func, Tuple};
use crate::reject::{CombineRejection, IsReject, Rejection};
use crate::wrap::Wrap;

pub use self::and::{And, AndFuture};
pub use self::and_then::{AndThen, AndThenFuture};
pub use self::boxed::{BoxedFilter, BoxingFilter};
pub use self::map::{Map, MapFuture};
pub use self::map_err::{MapErr, MapErrFuture};
pub use self::or::{Or, OrFuture};
pub use self::recover::{Recover, RecoverFuture};

/// A future that ends in a `Result`, named by its parts (what `and_then` closures return).
pub trait TryFuture: Future<Output = Result<Self::Ok, Self::Error>> {
    type Ok;
    type Error;
}

impl<F, T, E> TryFuture for F
where
    F: Future<Output = Result<T, E>>,
{
    type Ok = T;
    type Error = E;
}

/// The part of a filter only this crate calls: its types and how it starts on a request.
pub trait FilterBase {
    type Extract: Tuple;
    type Error: IsReject;
    type Future: Future<Output = Result<Self::Extract, Self::Error>> + Send;

    fn filter(&self, internal: Internal) -> Self::Future;
}

/// Keeps applications from calling `FilterBase::filter` themselves.
#[derive(Debug)]
pub struct Internal;

/// A composable request filter.
pub trait Filter: FilterBase {
    /// Both filters must match; their extracts are joined (`(A,)` and `(B, C)` give `(A, B, C)`).
    fn and<F>(self, other: F) -> And<Self, F>
    where
        Self: Sized,
        <Self::Extract as Tuple>::HList: Combine<<F::Extract as Tuple>::HList>,
        F: Filter + Clone,
        F::Error: CombineRejection<Self::Error>,
    {
        And {
            first: self,
            second: other,
        }
    }

    /// The first filter, or else the second; extracts `Either` of theirs.
    fn or<F>(self, other: F) -> Or<Self, F>
    where
        Self: Filter<Error = Rejection> + Sized,
        F: Filter,
        F::Error: CombineRejection<Self::Error>,
    {
        Or {
            first: self,
            second: other,
        }
    }

    /// Maps the extract with a function taking its elements as arguments.
    fn map<F>(self, fun: F) -> Map<Self, F>
    where
        Self: Sized,
        F: Func<Self::Extract> + Clone,
    {
        Map {
            filter: self,
            callback: fun,
        }
    }

    /// Like `map`, with a function that returns a fallible future.
    fn and_then<F>(self, fun: F) -> AndThen<Self, F>
    where
        Self: Sized,
        F: Func<Self::Extract> + Clone,
        F::Output: TryFuture + Send,
        <F::Output as TryFuture>::Error: CombineRejection<Self::Error>,
    {
        AndThen {
            filter: self,
            callback: fun,
        }
    }

    /// Turns rejections into replies.
    fn recover<F>(self, fun: F) -> Recover<Self, F>
    where
        Self: Filter<Error = Rejection> + Sized,
        F: Func<Rejection>,
        F::Output: TryFuture + Send,
        <F::Output as TryFuture>::Error: IsReject,
    {
        Recover {
            filter: self,
            callback: fun,
        }
    }

    /// Maps the error.
    fn map_err<F, E>(self, fun: F) -> MapErr<Self, F>
    where
        Self: Sized,
        F: Fn(Self::Error) -> E + Clone,
        E: IsReject,
    {
        MapErr {
            filter: self,
            callback: fun,
        }
    }

    /// Wraps the filter (logging, for one).
    fn with<W>(self, wrapper: W) -> W::Wrapped
    where
        Self: Sized,
        W: Wrap<Self>,
    {
        wrapper.wrap(self)
    }

    /// Erases the filter's type behind a shared trait object; its error becomes a `Rejection`.
    fn boxed(self) -> BoxedFilter<Self::Extract>
    where
        Self: Sized + Send + Sync + 'static,
        Self::Extract: Send,
        Self::Error: Into<Rejection>,
    {
        BoxedFilter::new(self)
    }
}

impl<T: FilterBase> Filter for T {}

/// A filter made of a function of the request (how the built-in filters are written).
#[derive(Clone, Copy)]
pub struct FilterFn<F> {
    func: F,
}

pub(crate) fn filter_fn<F, U>(func: F) -> FilterFn<F>
where
    F: Fn(&mut crate::route::Route) -> U,
    U: TryFuture + Send,
    U::Ok: Tuple,
    U::Error: IsReject,
{
    FilterFn { func }
}

impl<F, U> FilterBase for FilterFn<F>
where
    F: Fn(&mut crate::route::Route) -> U,
    U: TryFuture + Send,
    U::Ok: Tuple,
    U::Error: IsReject,
{
    type Extract = U::Ok;
    type Error = U::Error;
    type Future = Guarded<U>;

    fn filter(&self, _: Internal) -> Self::Future {
        Guarded(crate::route::with(|route| (self.func)(route)))
    }
}

/// Carries a `TryFuture` as a `Future` whose output the bounds above can name.
pub struct Guarded<U>(U);

impl<U: TryFuture> Future for Guarded<U> {
    type Output = Result<U::Ok, U::Error>;

    fn poll(
        self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Self::Output> {
        // SAFETY: structural pinning of the only field; it is never moved out.
        unsafe { self.map_unchecked_mut(|g| &mut g.0) }.poll(cx)
    }
}
