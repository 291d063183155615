//! sieve: request filters in the shapes of warp 0.3, with std only.
//!
//! Routes are built by composing small filters (`get().and(path!("page" / u32)).map(..)`); `or`
//! joins routes into groups and groups into the application; `serve` runs the result. Each
//! combinator is a generic struct, so the application's type is the whole composition, and the
//! server below is instantiated over it. `boxed()` erases a composition behind a trait object.

pub mod filter;
pub mod filters;
pub mod generic;
pub mod reject;
pub mod reply;
pub mod route;
pub mod server;
pub mod wrap;

pub use crate::filter::{BoxedFilter, Filter, TryFuture};
pub use crate::filters::{
    any, body_string, delete, end, form, get, header, param, path, post, put, query_param,
    query_raw,
};
pub use crate::generic::Either;
pub use crate::reject::{Reject, Rejection};
pub use crate::reply::{html, json, with_header, with_status, Reply, Response, ToJson};
pub use crate::route::{Method, Request};
pub use crate::server::{block_on, serve};
pub use crate::wrap::log;

/// `path!("post" / String / "comments")`: literal segments and typed parameters, then the end of
/// the path. Extracts the parameters in order.
#[macro_export]
macro_rules! path {
    ($first:tt $(/ $rest:tt)*) => {{
        let filter = $crate::__path_segment!($first);
        $( let filter = $crate::Filter::and(filter, $crate::__path_segment!($rest)); )*
        $crate::Filter::and(filter, $crate::filters::end())
    }};
}

#[doc(hidden)]
#[macro_export]
macro_rules! __path_segment {
    ($segment:literal) => {
        $crate::filters::path($segment)
    };
    ($param:ty) => {
        $crate::filters::param::<$param>()
    };
}
