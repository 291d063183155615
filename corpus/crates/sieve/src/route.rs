//! The request being filtered. Filters reach it through a thread-local that the server sets while it
//! creates and polls a request's filter future, so filters themselves take no arguments.

use std::cell::{Cell, RefCell};
use std::ptr;

/// An HTTP method.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Head,
    Post,
    Put,
    Delete,
    Other,
}

impl Method {
    pub fn parse(text: &str) -> Method {
        match text {
            "GET" => Method::Get,
            "HEAD" => Method::Head,
            "POST" => Method::Post,
            "PUT" => Method::Put,
            "DELETE" => Method::Delete,
            _ => Method::Other,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Head => "HEAD",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
            Method::Other => "OTHER",
        }
    }
}

/// A parsed HTTP/1.1 request.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: Method,
    pub path: String,
    pub query: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    pub fn new(method: Method, target: &str) -> Request {
        let (path, query) = match target.split_once('?') {
            Some((p, q)) => (p.to_string(), q.to_string()),
            None => (target.to_string(), String::new()),
        };
        Request {
            method,
            path,
            query,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A request with the number of path segments matched so far.
#[derive(Debug)]
pub struct Route {
    request: Request,
    segments: Vec<String>,
    matched: usize,
}

impl Route {
    pub fn new(request: Request) -> Route {
        let segments = request
            .path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(decode)
            .collect();
        Route {
            request,
            segments,
            matched: 0,
        }
    }

    pub fn method(&self) -> Method {
        self.request.method
    }

    pub fn path(&self) -> &str {
        &self.request.path
    }

    pub fn query(&self) -> &str {
        &self.request.query
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.request.header(name)
    }

    pub fn take_body(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.request.body)
    }

    /// The next unmatched path segment.
    pub fn peek_segment(&self) -> Option<&str> {
        self.segments.get(self.matched).map(String::as_str)
    }

    pub fn consume_segment(&mut self) {
        self.matched += 1;
    }

    pub fn is_fully_matched(&self) -> bool {
        self.matched >= self.segments.len()
    }

    pub(crate) fn matched_index(&self) -> usize {
        self.matched
    }

    /// Undoes what a failed alternative of an `or` consumed.
    pub(crate) fn reset_matched_index(&mut self, index: usize) {
        self.matched = index;
    }
}

/// Percent-decoding of one path segment (invalid escapes are kept as they are).
fn decode(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

thread_local! {
    static CURRENT: Cell<*const RefCell<Route>> = const { Cell::new(ptr::null()) };
}

/// Runs `f` with `route` as the current request of this thread.
pub(crate) fn set<R>(route: &RefCell<Route>, f: impl FnOnce() -> R) -> R {
    struct Restore(*const RefCell<Route>);
    impl Drop for Restore {
        fn drop(&mut self) {
            CURRENT.with(|current| current.set(self.0));
        }
    }
    let previous = CURRENT.with(|current| current.replace(route));
    let _restore = Restore(previous);
    f()
}

/// Gives `f` the current request; filters are only ever run inside `set`.
pub(crate) fn with<R>(f: impl FnOnce(&mut Route) -> R) -> R {
    let route = CURRENT.with(Cell::get);
    assert!(!route.is_null(), "a filter ran outside of a request");
    // SAFETY: `set` keeps the RefCell borrowed for the whole time the pointer is installed.
    let route = unsafe { &*route };
    f(&mut route.borrow_mut())
}
