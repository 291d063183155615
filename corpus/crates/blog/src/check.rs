//! Serves a fixed list of requests on a loopback port and prints status and body of each answer.

use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::thread;

use sieve::reject::IsReject;
use sieve::server::Server;
use sieve::{Filter, Reply};

const ADMIN: &str = "authorization: Bearer letmein\r\n";

/// (method, target, extra header lines, body)
const REQUESTS: &[(&str, &str, &str, &str)] = &[
    ("GET", "/", "", ""),
    ("GET", "/page/2", "", ""),
    ("GET", "/page/9", "", ""),
    ("GET", "/post/sourdough", "", ""),
    ("GET", "/post/nope", "", ""),
    ("GET", "/tag/rust/1", "", ""),
    ("GET", "/archive/2024/5", "", ""),
    ("GET", "/about", "", ""),
    ("GET", "/search?q=trait", "", ""),
    ("GET", "/feeds/rss", "", ""),
    ("GET", "/feeds/atom", "", ""),
    ("GET", "/feeds/json", "", ""),
    ("GET", "/sitemap.xml", "", ""),
    ("GET", "/feeds/tag/garden", "", ""),
    ("GET", "/post/compile-times/comments", "", ""),
    (
        "POST",
        "/post/sourdough/comments",
        "content-type: application/x-www-form-urlencoded\r\n",
        "author=dee&text=more+rye",
    ),
    ("DELETE", "/comments/2", ADMIN, ""),
    ("DELETE", "/comments/3", "", ""),
    ("POST", "/post/sourdough/like", "", ""),
    ("GET", "/post/sourdough/comments/count", "", ""),
    ("GET", "/api/posts?page=2", "", ""),
    ("GET", "/api/posts/4", "", ""),
    ("GET", "/api/posts/8", "", ""),
    (
        "POST",
        "/api/posts",
        ADMIN,
        "Shorter builds\nBox the groups.",
    ),
    ("GET", "/api/stats", "", ""),
    ("GET", "/api/search?q=boxing", "", ""),
    ("HEAD", "/api/health", "", ""),
    ("GET", "/admin", ADMIN, ""),
    ("GET", "/admin", "", ""),
    ("GET", "/admin/drafts", ADMIN, ""),
    ("POST", "/admin/publish/8", ADMIN, ""),
    ("DELETE", "/admin/posts/6", ADMIN, ""),
    ("GET", "/admin/settings", ADMIN, ""),
    ("GET", "/assets/site.css", "", ""),
    ("GET", "/assets/site.js", "", ""),
    ("GET", "/favicon.ico", "", ""),
    ("GET", "/robots.txt", "", ""),
    ("GET", "/img/logo.svg", "", ""),
    ("GET", "/img/logo.png", "", ""),
    ("GET", "/page/x", "", ""),
    ("PUT", "/about", "", ""),
    ("GET", "/no/such/route", "", ""),
];

fn send(
    addr: SocketAddr,
    (method, target, headers, body): (&str, &str, &str, &str),
) -> io::Result<String> {
    let mut stream = TcpStream::connect(addr)?;
    write!(stream, "{method} {target} HTTP/1.1\r\nhost: blog\r\nconnection: close\r\n{headers}content-length: {}\r\n\r\n{body}", body.len())?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer)?;
    Ok(answer)
}

/// Status line and body of a response, the body cut to 72 characters.
fn summary(answer: &str) -> String {
    let status = answer
        .lines()
        .next()
        .unwrap_or("")
        .trim_start_matches("HTTP/1.1 ")
        .to_string();
    let body = answer.split_once("\r\n\r\n").map_or("", |(_, b)| b);
    let body: String = body.chars().take(72).collect();
    format!("{status} | {body}")
}

pub fn run<F>(server: Server<F>) -> io::Result<()>
where
    F: Filter + Clone + Send + Sync + 'static,
    F::Extract: Reply,
    F::Error: IsReject,
{
    let bound = server.bind("127.0.0.1:0")?;
    let addr = bound.local_addr()?;
    let client = thread::spawn(move || REQUESTS.iter().map(|r| send(addr, *r)).collect::<Vec<_>>());
    bound.serve_connections(REQUESTS.len())?;
    let answers = client.join().expect("client thread");
    for ((method, target, _, _), answer) in REQUESTS.iter().zip(answers) {
        println!("{method} {target} -> {}", summary(&answer?));
    }
    Ok(())
}
