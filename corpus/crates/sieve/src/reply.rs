//! What a route answers with.

use crate::generic::Either;

/// An HTTP response, written by the server as HTTP/1.1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn new(status: u16, content_type: &str, body: Vec<u8>) -> Response {
        Response {
            status,
            headers: vec![("content-type".to_string(), content_type.to_string())],
            body,
        }
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Anything a route may return. `Send` because replies cross the server's worker threads.
pub trait Reply: BoxedReply + Send {
    fn into_response(self) -> Response;
}

/// Lets `Box<dyn Reply>` be a reply: a boxed value cannot be moved out through `dyn Reply`.
pub trait BoxedReply {
    fn boxed_into_response(self: Box<Self>) -> Response;
}

impl<T: Reply> BoxedReply for T {
    fn boxed_into_response(self: Box<Self>) -> Response {
        (*self).into_response()
    }
}

impl Reply for Box<dyn Reply> {
    fn into_response(self) -> Response {
        self.boxed_into_response()
    }
}

impl Reply for Response {
    fn into_response(self) -> Response {
        self
    }
}

impl Reply for String {
    fn into_response(self) -> Response {
        Response::new(200, "text/plain; charset=utf-8", self.into_bytes())
    }
}

impl Reply for &'static str {
    fn into_response(self) -> Response {
        Response::new(200, "text/plain; charset=utf-8", self.as_bytes().to_vec())
    }
}

impl Reply for Vec<u8> {
    fn into_response(self) -> Response {
        Response::new(200, "application/octet-stream", self)
    }
}

impl<T: Reply> Reply for (T,) {
    fn into_response(self) -> Response {
        self.0.into_response()
    }
}

impl<A: Reply, B: Reply> Reply for Either<A, B> {
    fn into_response(self) -> Response {
        match self {
            Either::A(a) => a.into_response(),
            Either::B(b) => b.into_response(),
        }
    }
}

impl<T: Reply, E: Reply> Reply for Result<T, E> {
    fn into_response(self) -> Response {
        match self {
            Ok(t) => t.into_response(),
            Err(e) => e.into_response(),
        }
    }
}

/// An HTML page.
#[derive(Debug)]
pub struct Html<T>(T);

pub fn html<T: Into<String> + Send>(body: T) -> Html<T> {
    Html(body)
}

impl<T: Into<String> + Send> Reply for Html<T> {
    fn into_response(self) -> Response {
        Response::new(200, "text/html; charset=utf-8", self.0.into().into_bytes())
    }
}

/// Serializes itself as JSON (the blog's models implement it by hand: std only).
pub trait ToJson {
    fn to_json(&self) -> String;
}

impl ToJson for String {
    fn to_json(&self) -> String {
        let mut out = String::with_capacity(self.len() + 2);
        out.push('"');
        for c in self.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push(c),
            }
        }
        out.push('"');
        out
    }
}

impl ToJson for u64 {
    fn to_json(&self) -> String {
        self.to_string()
    }
}

impl ToJson for u32 {
    fn to_json(&self) -> String {
        self.to_string()
    }
}

impl ToJson for bool {
    fn to_json(&self) -> String {
        self.to_string()
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> String {
        let items: Vec<String> = self.iter().map(ToJson::to_json).collect();
        format!("[{}]", items.join(","))
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self) -> String {
        self.as_ref()
            .map_or_else(|| "null".to_string(), ToJson::to_json)
    }
}

/// A JSON body, serialized when the reply is made.
#[derive(Debug)]
pub struct Json {
    text: String,
}

pub fn json<T: ToJson + ?Sized>(value: &T) -> Json {
    Json {
        text: value.to_json(),
    }
}

impl Reply for Json {
    fn into_response(self) -> Response {
        Response::new(200, "application/json", self.text.into_bytes())
    }
}

/// A reply with another status.
#[derive(Debug)]
pub struct WithStatus<T> {
    reply: T,
    status: u16,
}

pub fn with_status<T: Reply>(reply: T, status: u16) -> WithStatus<T> {
    WithStatus { reply, status }
}

impl<T: Reply> Reply for WithStatus<T> {
    fn into_response(self) -> Response {
        let mut response = self.reply.into_response();
        response.status = self.status;
        response
    }
}

/// A reply with one more header.
#[derive(Debug)]
pub struct WithHeader<T> {
    reply: T,
    name: &'static str,
    value: String,
}

pub fn with_header<T: Reply>(
    reply: T,
    name: &'static str,
    value: impl Into<String>,
) -> WithHeader<T> {
    WithHeader {
        reply,
        name,
        value: value.into(),
    }
}

impl<T: Reply> Reply for WithHeader<T> {
    fn into_response(self) -> Response {
        let mut response = self.reply.into_response();
        response
            .headers
            .retain(|(n, _)| !n.eq_ignore_ascii_case(self.name));
        response.headers.push((self.name.to_string(), self.value));
        response
    }
}
