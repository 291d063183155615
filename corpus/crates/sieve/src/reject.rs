//! Why a filter did not match, and how the rejections of two filters combine.

use std::any::Any;
use std::convert::Infallible;
use std::fmt;

use crate::reply::Response;

/// A custom reason an application rejects a request with (`reject::custom`).
pub trait Reject: fmt::Debug + Send + Sync + Any {}

/// Why a request did not match. Without a cause it is a plain "not found".
#[derive(Debug, Default)]
pub struct Rejection {
    causes: Vec<Cause>,
}

#[derive(Debug)]
enum Cause {
    MethodNotAllowed,
    InvalidParam(&'static str),
    MissingHeader(&'static str),
    BadBody(String),
    Custom(Box<dyn Reject>),
}

/// The rejection that means "try the next route".
pub fn not_found() -> Rejection {
    Rejection::default()
}

/// Rejects with the application's own reason, found again with `Rejection::find`.
pub fn custom<T: Reject>(reason: T) -> Rejection {
    Rejection {
        causes: vec![Cause::Custom(Box::new(reason))],
    }
}

pub(crate) fn method_not_allowed() -> Rejection {
    Rejection {
        causes: vec![Cause::MethodNotAllowed],
    }
}

pub(crate) fn invalid_param(type_name: &'static str) -> Rejection {
    Rejection {
        causes: vec![Cause::InvalidParam(type_name)],
    }
}

pub(crate) fn missing_header(name: &'static str) -> Rejection {
    Rejection {
        causes: vec![Cause::MissingHeader(name)],
    }
}

pub(crate) fn bad_body(why: String) -> Rejection {
    Rejection {
        causes: vec![Cause::BadBody(why)],
    }
}

impl Rejection {
    pub fn is_not_found(&self) -> bool {
        self.causes.is_empty()
    }

    /// The first custom cause of type `T`.
    pub fn find<T: Reject>(&self) -> Option<&T> {
        self.causes.iter().find_map(|cause| match cause {
            Cause::Custom(reason) => (&**reason as &dyn Any).downcast_ref::<T>(),
            _ => None,
        })
    }

    /// A "not found" from one route says nothing next to a real cause from another.
    fn merge(mut self, other: Rejection) -> Rejection {
        self.causes.extend(other.causes);
        self
    }

    fn most_relevant(&self) -> Option<&Cause> {
        self.causes.iter().max_by_key(|cause| match cause {
            Cause::Custom(_) => 4,
            Cause::BadBody(_) => 3,
            Cause::MissingHeader(_) | Cause::InvalidParam(_) => 2,
            Cause::MethodNotAllowed => 1,
        })
    }
}

impl From<Infallible> for Rejection {
    fn from(never: Infallible) -> Rejection {
        match never {}
    }
}

/// An error a filter may end with: it has a status and a response.
pub trait IsReject: fmt::Debug + Send + Sync {
    fn status(&self) -> u16;
    fn into_response(&self) -> Response;
}

impl IsReject for Rejection {
    fn status(&self) -> u16 {
        match self.most_relevant() {
            None => 404,
            Some(Cause::MethodNotAllowed) => 405,
            Some(Cause::InvalidParam(_)) | Some(Cause::BadBody(_)) => 400,
            Some(Cause::MissingHeader(_)) => 400,
            Some(Cause::Custom(_)) => 500,
        }
    }

    fn into_response(&self) -> Response {
        let text = match self.most_relevant() {
            None => "not found".to_string(),
            Some(Cause::MethodNotAllowed) => "method not allowed".to_string(),
            Some(Cause::InvalidParam(t)) => format!("invalid path parameter, expected {t}"),
            Some(Cause::MissingHeader(h)) => format!("missing header {h}"),
            Some(Cause::BadBody(why)) => format!("bad body: {why}"),
            Some(Cause::Custom(reason)) => format!("unhandled rejection: {reason:?}"),
        };
        Response::new(
            self.status(),
            "text/plain; charset=utf-8",
            text.into_bytes(),
        )
    }
}

impl IsReject for Infallible {
    fn status(&self) -> u16 {
        match *self {}
    }
    fn into_response(&self) -> Response {
        match *self {}
    }
}

/// How the error types of two filters combine: `One` when only one of them can have failed (`and`),
/// `Combined` when both did (`or`). A filter that cannot fail (`Infallible`) adds nothing.
pub trait CombineRejection<E>: Send + Sized {
    type One: IsReject + From<Self> + From<E> + Into<Rejection>;
    type Combined: IsReject;
    fn combine(self, other: E) -> Self::Combined;
}

impl CombineRejection<Rejection> for Rejection {
    type One = Rejection;
    type Combined = Rejection;
    fn combine(self, other: Rejection) -> Rejection {
        other.merge(self)
    }
}

impl CombineRejection<Infallible> for Rejection {
    type One = Rejection;
    type Combined = Infallible;
    fn combine(self, other: Infallible) -> Infallible {
        match other {}
    }
}

impl CombineRejection<Rejection> for Infallible {
    type One = Rejection;
    type Combined = Infallible;
    fn combine(self, _: Rejection) -> Infallible {
        match self {}
    }
}

impl CombineRejection<Infallible> for Infallible {
    type One = Infallible;
    type Combined = Infallible;
    fn combine(self, _: Infallible) -> Infallible {
        match self {}
    }
}
