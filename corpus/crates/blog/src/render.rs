//! HTML and feed text (plain functions: nothing generic here).

use crate::store::{Comment, Config, Post};

pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

pub fn layout(cfg: &Config, title: &str, body: &str) -> String {
    format!(
        "<!doctype html><html><head><title>{} - {}</title><link rel=\"stylesheet\" href=\"/assets/site.css\"></head><body><h1><a href=\"/\">{}</a></h1>{}</body></html>",
        escape(title),
        escape(&cfg.title),
        escape(&cfg.title),
        body
    )
}

pub fn post_list(posts: &[Post]) -> String {
    let items: Vec<String> = posts
        .iter()
        .map(|p| {
            format!(
                "<li><a href=\"/post/{}\">{}</a> ({}-{:02})</li>",
                p.slug,
                escape(&p.title),
                p.year,
                p.month
            )
        })
        .collect();
    format!("<ul>{}</ul>", items.concat())
}

pub fn listing(cfg: &Config, title: &str, posts: &[Post]) -> String {
    layout(cfg, title, &post_list(posts))
}

pub fn post(cfg: &Config, post: &Post, comments: &[Comment]) -> String {
    let comments: Vec<String> = comments
        .iter()
        .map(|c| format!("<li><b>{}</b>: {}</li>", escape(&c.author), escape(&c.text)))
        .collect();
    let body = format!(
        "<article><h2>{}</h2><p>{}</p><p>tags: {}</p><p>{} likes</p></article><ul>{}</ul>",
        escape(&post.title),
        escape(&post.body).replace("\n\n", "</p><p>"),
        post.tags.join(", "),
        post.likes,
        comments.concat()
    );
    layout(cfg, &post.title, &body)
}

pub fn not_found(cfg: &Config, what: &str) -> String {
    layout(
        cfg,
        "Not found",
        &format!("<p>No {} here.</p>", escape(what)),
    )
}

pub fn rss(cfg: &Config, posts: &[Post]) -> String {
    let items: Vec<String> = posts
        .iter()
        .map(|p| {
            format!(
                "<item><title>{}</title><link>{}/post/{}</link></item>",
                escape(&p.title),
                cfg.base_url,
                p.slug
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>{}</title>{}</channel></rss>",
        escape(&cfg.title),
        items.concat()
    )
}

pub fn atom(cfg: &Config, posts: &[Post]) -> String {
    let entries: Vec<String> = posts
        .iter()
        .map(|p| format!("<entry><title>{}</title><id>{}/post/{}</id><updated>{}-{:02}-01T00:00:00Z</updated></entry>", escape(&p.title), cfg.base_url, p.slug, p.year, p.month))
        .collect();
    format!("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>{}</title>{}</feed>", escape(&cfg.title), entries.concat())
}

pub fn sitemap(cfg: &Config, posts: &[Post]) -> String {
    let urls: Vec<String> = posts
        .iter()
        .map(|p| format!("<url><loc>{}/post/{}</loc></url>", cfg.base_url, p.slug))
        .collect();
    format!("<?xml version=\"1.0\"?><urlset>{}</urlset>", urls.concat())
}
