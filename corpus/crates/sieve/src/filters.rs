//! The built-in filters routes start from.

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::str::FromStr;
use std::task::{Context, Poll};

use crate::filter::{filter_fn, Filter, FilterBase, Internal};
use crate::generic::One;
use crate::reject::{self, Rejection};
use crate::route::{self, Method, Route};

/// A future that is ready at once.
#[derive(Debug)]
pub struct Ready<T>(Option<T>);

pub fn ready<T>(value: T) -> Ready<T> {
    Ready(Some(value))
}

impl<T> Unpin for Ready<T> {}

impl<T> Future for Ready<T> {
    type Output = T;
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<T> {
        Poll::Ready(self.0.take().expect("Ready polled after completion"))
    }
}

/// Matches every request and extracts nothing; never fails.
#[derive(Clone, Copy, Debug)]
pub struct Any;

pub fn any() -> Any {
    Any
}

impl FilterBase for Any {
    type Extract = ();
    type Error = Infallible;
    type Future = Ready<Result<(), Infallible>>;

    fn filter(&self, _: Internal) -> Self::Future {
        ready(Ok(()))
    }
}

/// Matches one literal path segment.
#[derive(Clone, Copy, Debug)]
pub struct Exact<P>(P);

pub fn path(segment: &'static str) -> Exact<&'static str> {
    assert!(
        !segment.is_empty() && !segment.contains('/'),
        "path segments are non-empty and have no '/'"
    );
    Exact(segment)
}

impl<P: AsRef<str> + Send> FilterBase for Exact<P> {
    type Extract = ();
    type Error = Rejection;
    type Future = Ready<Result<(), Rejection>>;

    fn filter(&self, _: Internal) -> Self::Future {
        ready(route::with(|route| {
            if route.peek_segment() == Some(self.0.as_ref()) {
                route.consume_segment();
                Ok(())
            } else {
                Err(reject::not_found())
            }
        }))
    }
}

/// Extracts the next path segment parsed as `T`.
pub fn param<T>() -> impl Filter<Extract = One<T>, Error = Rejection> + Copy
where
    T: FromStr + Send + 'static,
{
    filter_fn(|route: &mut Route| {
        let parsed = match route.peek_segment() {
            None => Err(reject::not_found()),
            Some(segment) => segment
                .parse::<T>()
                .map_err(|_| reject::invalid_param(std::any::type_name::<T>())),
        };
        if parsed.is_ok() {
            route.consume_segment();
        }
        ready(parsed.map(|value| (value,)))
    })
}

/// Matches when the whole path has been matched.
pub fn end() -> impl Filter<Extract = (), Error = Rejection> + Copy {
    filter_fn(|route: &mut Route| {
        ready(if route.is_fully_matched() {
            Ok(())
        } else {
            Err(reject::not_found())
        })
    })
}

fn method_is(method: Method) -> impl Filter<Extract = (), Error = Rejection> + Copy {
    filter_fn(move |route: &mut Route| {
        let actual = route.method();
        ready(
            if actual == method || (method == Method::Get && actual == Method::Head) {
                Ok(())
            } else {
                Err(reject::method_not_allowed())
            },
        )
    })
}

pub fn get() -> impl Filter<Extract = (), Error = Rejection> + Copy {
    method_is(Method::Get)
}

pub fn post() -> impl Filter<Extract = (), Error = Rejection> + Copy {
    method_is(Method::Post)
}

pub fn put() -> impl Filter<Extract = (), Error = Rejection> + Copy {
    method_is(Method::Put)
}

pub fn delete() -> impl Filter<Extract = (), Error = Rejection> + Copy {
    method_is(Method::Delete)
}

/// Extracts a request header's value; rejects when it is missing.
pub fn header(name: &'static str) -> impl Filter<Extract = One<String>, Error = Rejection> + Copy {
    filter_fn(move |route: &mut Route| {
        ready(
            route
                .header(name)
                .map(|value| (value.to_string(),))
                .ok_or_else(|| reject::missing_header(name)),
        )
    })
}

/// Extracts the raw query string (empty when there is none).
pub fn query_raw() -> impl Filter<Extract = One<String>, Error = Infallible> + Copy {
    filter_fn(|route: &mut Route| ready(Ok::<_, Infallible>((route.query().to_string(),))))
}

/// Extracts the query parameter `name`, if present.
pub fn query_param(
    name: &'static str,
) -> impl Filter<Extract = One<Option<String>>, Error = Infallible> + Copy {
    filter_fn(move |route: &mut Route| {
        let value = route
            .query()
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.replace('+', " "));
        ready(Ok::<_, Infallible>((value,)))
    })
}

/// Extracts the body as UTF-8 text; rejects other bodies.
pub fn body_string() -> impl Filter<Extract = One<String>, Error = Rejection> + Copy {
    filter_fn(|route: &mut Route| {
        let body = route.take_body();
        ready(
            String::from_utf8(body)
                .map(|text| (text,))
                .map_err(|e| reject::bad_body(e.to_string())),
        )
    })
}

/// Extracts the `name=value&..` pairs of a form body.
pub fn form() -> impl Filter<Extract = One<Vec<(String, String)>>, Error = Rejection> + Copy {
    body_string().map(|text: String| {
        text.split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| {
                let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
                (key.replace('+', " "), value.replace('+', " "))
            })
            .collect::<Vec<_>>()
    })
}
