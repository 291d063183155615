//! Serving a filter over HTTP/1.1 with std only: a listener, one task per connection, and a small
//! thread-pool executor. Everything here is generic over the application's filter, so the compiler
//! instantiates the server, its futures and their `Send`/`Sync` proofs over the composed type.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::convert::Infallible;
use std::future::Future;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream, ToSocketAddrs};
use std::pin::Pin;
use std::sync::{Arc, Condvar, Mutex};
use std::task::{Context, Poll, Wake, Waker};
use std::thread;
use std::time::Duration;

use crate::filter::{Filter, Internal};
use crate::reject::IsReject;
use crate::reply::{Reply, Response};
use crate::route::{self, Method, Request, Route};

/// Largest request head (request line and headers) accepted.
const MAX_HEAD: usize = 64 * 1024;
/// Largest body accepted.
const MAX_BODY: usize = 1024 * 1024;

/// Serves `filter`: every request runs through it, its reply (or rejection) is the response.
pub fn serve<F>(filter: F) -> Server<F>
where
    F: Filter + Clone + Send + Sync + 'static,
    F::Extract: Reply,
    F::Error: IsReject,
{
    Server { filter, workers: 2 }
}

pub struct Server<F> {
    filter: F,
    workers: usize,
}

impl<F> Server<F>
where
    F: Filter + Clone + Send + Sync + 'static,
    F::Extract: Reply,
    F::Error: IsReject,
{
    /// Worker threads polling connections (default 2).
    pub fn workers(mut self, workers: usize) -> Self {
        self.workers = workers.max(1);
        self
    }

    pub fn bind(self, addr: impl ToSocketAddrs) -> io::Result<Bound<F>> {
        let listener = TcpListener::bind(addr)?;
        Ok(Bound {
            listener,
            service: FilteredService {
                filter: self.filter,
            },
            workers: self.workers,
        })
    }

    /// Serves forever.
    pub fn run(self, addr: impl ToSocketAddrs) -> io::Result<()> {
        self.bind(addr)?.run()
    }
}

/// A server with its listening socket.
pub struct Bound<F> {
    listener: TcpListener,
    service: FilteredService<F>,
    workers: usize,
}

impl<F> Bound<F>
where
    F: Filter + Clone + Send + Sync + 'static,
    F::Extract: Reply,
    F::Error: IsReject,
{
    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    pub fn run(self) -> io::Result<()> {
        self.serve(None)
    }

    /// Serves this many connections, waits for them to finish, and returns.
    pub fn serve_connections(self, count: usize) -> io::Result<()> {
        self.serve(Some(count))
    }

    fn serve(self, limit: Option<usize>) -> io::Result<()> {
        let executor = Executor::start(self.workers);
        let mut accepted = 0;
        while limit.is_none_or(|limit| accepted < limit) {
            let (stream, _) = self.listener.accept()?;
            stream.set_read_timeout(Some(Duration::from_secs(5)))?;
            executor.spawn(Connection::new(stream, self.service.clone()));
            accepted += 1;
        }
        executor.finish();
        Ok(())
    }
}

/// Something that answers requests asynchronously.
pub trait Service<Req> {
    type Response;
    type Error;
    type Future: Future<Output = Result<Self::Response, Self::Error>>;
    fn call(&mut self, request: Req) -> Self::Future;
}

/// A filter as a service: rejections become error responses, so it never fails.
#[derive(Clone, Debug)]
pub struct FilteredService<F> {
    filter: F,
}

impl<F> Service<Request> for FilteredService<F>
where
    F: Filter,
    F::Extract: Reply,
    F::Error: IsReject,
{
    type Response = Response;
    type Error = Infallible;
    type Future = FilteredFuture<F::Future>;

    fn call(&mut self, request: Request) -> Self::Future {
        let route = RefCell::new(Route::new(request));
        let future = route::set(&route, || self.filter.filter(Internal));
        FilteredFuture { future, route }
    }
}

/// A request's filter future with the request it runs on.
pub struct FilteredFuture<Fut> {
    future: Fut,
    route: RefCell<Route>,
}

impl<Fut, T, E> Future for FilteredFuture<Fut>
where
    Fut: Future<Output = Result<T, E>>,
    T: Reply,
    E: IsReject,
{
    type Output = Result<Response, Infallible>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // SAFETY: `future` is structurally pinned and never moved; `route` is not pinned.
        let this = unsafe { self.get_unchecked_mut() };
        let future = unsafe { Pin::new_unchecked(&mut this.future) };
        match route::set(&this.route, || future.poll(cx)) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(Ok(reply)) => Poll::Ready(Ok(reply.into_response())),
            Poll::Ready(Err(rejection)) => Poll::Ready(Ok(rejection.into_response())),
        }
    }
}

/// One client connection: read a request, answer it, again while the client keeps it alive.
pub struct Connection<S: Service<Request>> {
    reader: BufReader<TcpStream>,
    service: S,
    state: ConnState<S::Future>,
}

enum ConnState<Fut> {
    Reading,
    Answering {
        future: Fut,
        method: Method,
        keep_alive: bool,
    },
    Closed,
}

impl<S: Service<Request>> Connection<S> {
    pub fn new(stream: TcpStream, service: S) -> Connection<S> {
        Connection {
            reader: BufReader::new(stream),
            service,
            state: ConnState::Reading,
        }
    }
}

impl<S> Future for Connection<S>
where
    S: Service<Request, Response = Response, Error = Infallible>,
{
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        // SAFETY: the future in `state` is polled in place and only dropped in place (by assignment).
        let this = unsafe { self.get_unchecked_mut() };
        loop {
            match &mut this.state {
                // Reads block the worker (std has no readiness API); the socket has a read timeout.
                ConnState::Reading => match read_request(&mut this.reader) {
                    Ok(Some(request)) => {
                        let keep_alive = !request
                            .header("connection")
                            .is_some_and(|c| c.eq_ignore_ascii_case("close"));
                        let method = request.method;
                        let future = this.service.call(request);
                        this.state = ConnState::Answering {
                            future,
                            method,
                            keep_alive,
                        };
                    }
                    Ok(None) => this.state = ConnState::Closed,
                    Err(e) => {
                        let status = if e.kind() == io::ErrorKind::InvalidData {
                            400
                        } else {
                            0
                        };
                        if status != 0 {
                            let response =
                                Response::new(status, "text/plain", e.to_string().into_bytes());
                            let _ = write_response(
                                this.reader.get_mut(),
                                &response,
                                Method::Get,
                                false,
                            );
                        }
                        this.state = ConnState::Closed;
                    }
                },
                ConnState::Answering {
                    future,
                    method,
                    keep_alive,
                } => {
                    let response = match unsafe { Pin::new_unchecked(future) }.poll(cx) {
                        Poll::Pending => return Poll::Pending,
                        Poll::Ready(Ok(response)) => response,
                        Poll::Ready(Err(never)) => match never {},
                    };
                    let (method, keep_alive) = (*method, *keep_alive);
                    let written =
                        write_response(this.reader.get_mut(), &response, method, keep_alive);
                    this.state = if written.is_ok() && keep_alive {
                        ConnState::Reading
                    } else {
                        ConnState::Closed
                    };
                }
                ConnState::Closed => return Poll::Ready(()),
            }
        }
    }
}

fn invalid(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, what.to_string())
}

/// The next request on the connection, or `None` when the client closed it.
fn read_request(reader: &mut BufReader<TcpStream>) -> io::Result<Option<Request>> {
    let mut line = String::new();
    let mut head = 0;
    if reader.read_line(&mut line)? == 0 {
        return Ok(None);
    }
    head += line.len();
    let mut parts = line.split_whitespace();
    let (method, target, version) = match (parts.next(), parts.next(), parts.next()) {
        (Some(m), Some(t), Some(v)) => (m, t, v),
        _ => return Err(invalid("malformed request line")),
    };
    if !version.starts_with("HTTP/1.") || !target.starts_with('/') {
        return Err(invalid("unsupported request target or version"));
    }
    let mut request = Request::new(Method::parse(method), target);
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 {
            return Err(invalid("connection closed inside the request head"));
        }
        head += header.len();
        if head > MAX_HEAD {
            return Err(invalid("request head too large"));
        }
        let header = header.trim_end_matches(['\r', '\n']);
        if header.is_empty() {
            break;
        }
        let (name, value) = header
            .split_once(':')
            .ok_or_else(|| invalid("malformed header"))?;
        request
            .headers
            .push((name.trim().to_string(), value.trim().to_string()));
    }
    let length = match request.header("content-length") {
        None => 0,
        Some(text) => text
            .parse::<usize>()
            .map_err(|_| invalid("bad content-length"))?,
    };
    if length > MAX_BODY {
        return Err(invalid("body too large"));
    }
    request.body = vec![0; length];
    reader.read_exact(&mut request.body)?;
    Ok(Some(request))
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        301 => "Moved Permanently",
        303 => "See Other",
        304 => "Not Modified",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        _ if status >= 500 => "Internal Server Error",
        _ => "Unknown",
    }
}

fn write_response(
    stream: &mut TcpStream,
    response: &Response,
    method: Method,
    keep_alive: bool,
) -> io::Result<()> {
    let mut out = format!(
        "HTTP/1.1 {} {}\r\n",
        response.status,
        reason(response.status)
    )
    .into_bytes();
    for (name, value) in &response.headers {
        out.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
    }
    let connection = if keep_alive { "keep-alive" } else { "close" };
    out.extend_from_slice(
        format!(
            "content-length: {}\r\nconnection: {connection}\r\n\r\n",
            response.body.len()
        )
        .as_bytes(),
    );
    if method != Method::Head {
        out.extend_from_slice(&response.body);
    }
    stream.write_all(&out)?;
    stream.flush()
}

type BoxTask = Pin<Box<dyn Future<Output = ()> + Send>>;

/// A fixed pool of worker threads polling spawned tasks; a woken task is queued again.
pub struct Executor {
    shared: Arc<Shared>,
    workers: Vec<thread::JoinHandle<()>>,
}

struct Shared {
    state: Mutex<Queue>,
    changed: Condvar,
}

struct Queue {
    ready: VecDeque<Arc<Task>>,
    live: usize,
    stopping: bool,
}

struct Task {
    future: Mutex<Option<BoxTask>>,
    shared: Arc<Shared>,
}

impl Wake for Task {
    fn wake(self: Arc<Self>) {
        let shared = Arc::clone(&self.shared);
        shared.state.lock().unwrap().ready.push_back(self);
        shared.changed.notify_one();
    }
}

impl Executor {
    pub fn start(workers: usize) -> Executor {
        let shared = Arc::new(Shared {
            state: Mutex::new(Queue {
                ready: VecDeque::new(),
                live: 0,
                stopping: false,
            }),
            changed: Condvar::new(),
        });
        let workers = (0..workers)
            .map(|i| {
                let shared = Arc::clone(&shared);
                thread::Builder::new()
                    .name(format!("sieve-worker-{i}"))
                    .spawn(move || work(&shared))
                    .expect("spawn worker")
            })
            .collect();
        Executor { shared, workers }
    }

    pub fn spawn<Fut>(&self, future: Fut)
    where
        Fut: Future<Output = ()> + Send + 'static,
    {
        let task = Arc::new(Task {
            future: Mutex::new(Some(Box::pin(future))),
            shared: Arc::clone(&self.shared),
        });
        let mut state = self.shared.state.lock().unwrap();
        state.live += 1;
        state.ready.push_back(task);
        self.shared.changed.notify_one();
    }

    /// Waits until every spawned task has finished, then stops the workers.
    pub fn finish(self) {
        let mut state = self.shared.state.lock().unwrap();
        while state.live > 0 {
            state = self.shared.changed.wait(state).unwrap();
        }
        state.stopping = true;
        drop(state);
        self.shared.changed.notify_all();
        for worker in self.workers {
            let _ = worker.join();
        }
    }
}

fn work(shared: &Arc<Shared>) {
    loop {
        let task = {
            let mut state = shared.state.lock().unwrap();
            loop {
                if let Some(task) = state.ready.pop_front() {
                    break task;
                }
                if state.stopping {
                    return;
                }
                state = shared.changed.wait(state).unwrap();
            }
        };
        let mut slot = task.future.lock().unwrap();
        let Some(future) = slot.as_mut() else {
            continue;
        };
        let waker = Waker::from(Arc::clone(&task));
        if future
            .as_mut()
            .poll(&mut Context::from_waker(&waker))
            .is_ready()
        {
            *slot = None;
            drop(slot);
            let mut state = shared.state.lock().unwrap();
            state.live -= 1;
            drop(state);
            shared.changed.notify_all();
        }
    }
}

/// Runs a future to completion on this thread.
pub fn block_on<Fut: Future>(future: Fut) -> Fut::Output {
    struct Unpark(thread::Thread);
    impl Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Waker::from(Arc::new(Unpark(thread::current())));
    let mut cx = Context::from_waker(&waker);
    let mut future = std::pin::pin!(future);
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return output;
        }
        thread::park();
    }
}
