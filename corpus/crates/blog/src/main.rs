//! A blog server: 33 routes in six groups (pages, feeds, comments, api, admin, assets) composed with
//! `and`/`or`/`map`/`and_then` and served unboxed, the way warp servers are written.
//!
//! `blog` alone serves a fixed list of requests on a loopback port and prints the answers;
//! `blog --listen ADDR` serves until stopped.

mod check;
mod render;
mod store;

use std::convert::Infallible;
use std::sync::Arc;

use sieve::reject::{self, IsReject, Reject};
use sieve::{
    any, body_string, delete, end, form, get, header, html, json, log, path, post, query_param,
    serve, with_header, with_status, Filter, Rejection, Reply,
};

use crate::store::{Config, Session, Store};

type Ctx = Arc<Store>;
type Cfg = Arc<Config>;

#[derive(Debug)]
struct Unauthorized;
impl Reject for Unauthorized {}

#[derive(Debug)]
struct NoSuchPost;
impl Reject for NoSuchPost {}

fn with_ctx(ctx: Ctx) -> impl Filter<Extract = (Ctx,), Error = Infallible> + Clone {
    any().map(move || ctx.clone())
}

fn with_cfg(cfg: Cfg) -> impl Filter<Extract = (Cfg,), Error = Infallible> + Clone {
    any().map(move || cfg.clone())
}

fn admin_session(ctx: Ctx) -> impl Filter<Extract = (Session,), Error = Rejection> + Clone {
    header("authorization")
        .and(with_ctx(ctx))
        .and_then(|token: String, ctx: Ctx| async move {
            ctx.session(&token)
                .ok_or_else(|| reject::custom(Unauthorized))
        })
}

fn post_page(
    ctx: Ctx,
    cfg: Cfg,
) -> impl Filter<Extract = (impl Reply,), Error = Rejection> + Clone {
    get()
        .and(path!("post" / String))
        .and(with_ctx(ctx))
        .and(with_cfg(cfg))
        .map(|slug: String, ctx: Ctx, cfg: Cfg| match ctx.post(&slug) {
            Some(p) => with_status(html(render::post(&cfg, &p, &ctx.comments(&slug))), 200),
            None => with_status(html(render::not_found(&cfg, "post")), 404),
        })
}

fn comment_create(ctx: Ctx) -> impl Filter<Extract = (impl Reply,), Error = Rejection> + Clone {
    post()
        .and(path!("post" / String / "comments"))
        .and(form())
        .and(with_ctx(ctx))
        .and_then(
            |slug: String, fields: Vec<(String, String)>, ctx: Ctx| async move {
                let field = |name: &str| {
                    fields
                        .iter()
                        .find(|(k, _)| k == name)
                        .map(|(_, v)| v.clone())
                        .unwrap_or_default()
                };
                match ctx.add_comment(&slug, &field("author"), &field("text")) {
                    Some(c) => Ok(with_status(json(&c), 201)),
                    None => Err(reject::custom(NoSuchPost)),
                }
            },
        )
}

fn api_create(ctx: Ctx) -> impl Filter<Extract = (impl Reply,), Error = Rejection> + Clone {
    post()
        .and(path!("api" / "posts"))
        .and(admin_session(ctx.clone()))
        .and(body_string())
        .and(with_ctx(ctx))
        .and_then(|_session: Session, body: String, ctx: Ctx| async move {
            let (title, text) = body.split_once('\n').unwrap_or((body.as_str(), ""));
            let created = ctx.create_post(title.trim(), text.trim());
            Ok::<_, Rejection>(with_status(
                with_header(
                    json(&created),
                    "location",
                    format!("/api/posts/{}", created.id),
                ),
                201,
            ))
        })
}

fn asset(
    name: &'static str,
    content_type: &'static str,
    body: &'static str,
) -> impl Filter<Extract = (impl Reply,), Error = Rejection> + Clone {
    get()
        .and(path("assets"))
        .and(path(name))
        .and(end())
        .map(move || {
            with_header(
                with_header(body, "content-type", content_type),
                "cache-control",
                "max-age=86400",
            )
        })
}

/// Filters are `Clone`, not `Copy`: the `broken-copy` feature asks for `Copy` to get the full type printed.
#[cfg(feature = "broken-copy")]
fn require_copy<T: Copy>(_filter: &T) {}

async fn handle(err: Rejection) -> Result<impl Reply, Infallible> {
    let (status, text) = if err.find::<Unauthorized>().is_some() {
        (401, "sign in first")
    } else if err.find::<NoSuchPost>().is_some() {
        (404, "no such post")
    } else if err.is_not_found() {
        (404, "nothing here")
    } else if err.status() == 405 {
        (405, "method not allowed")
    } else {
        (err.status(), "bad request")
    };
    Ok(with_status(json(&text.to_string()), status))
}

fn main() {
    let ctx: Ctx = Arc::new(Store::seeded());
    let cfg: Cfg = Arc::new(Config::default());

    // pages
    let index = get()
        .and(end())
        .and(with_ctx(ctx.clone()))
        .and(with_cfg(cfg.clone()))
        .map(|ctx: Ctx, cfg: Cfg| {
            ctx.hit();
            html(render::listing(&cfg, "Latest", &ctx.page(1, cfg.page_size)))
        });
    let page = get()
        .and(path!("page" / u32))
        .and(with_ctx(ctx.clone()))
        .and(with_cfg(cfg.clone()))
        .map(|n: u32, ctx: Ctx, cfg: Cfg| {
            if n == 0 || n > ctx.pages(cfg.page_size) {
                with_status(html(render::not_found(&cfg, "page")), 404)
            } else {
                with_status(
                    html(render::listing(
                        &cfg,
                        &format!("Page {n}"),
                        &ctx.page(n, cfg.page_size),
                    )),
                    200,
                )
            }
        });
    let post_route = post_page(ctx.clone(), cfg.clone());
    let tag = get()
        .and(path!("tag" / String / u32))
        .and(with_ctx(ctx.clone()))
        .and(with_cfg(cfg.clone()))
        .map(|tag: String, n: u32, ctx: Ctx, cfg: Cfg| {
            let posts: Vec<_> = ctx
                .tagged(&tag)
                .into_iter()
                .skip((n.max(1) as usize - 1) * cfg.page_size)
                .take(cfg.page_size)
                .collect();
            html(render::listing(&cfg, &format!("Tagged {tag}"), &posts))
        });
    let archive = get()
        .and(path!("archive" / u32 / u32))
        .and(with_ctx(ctx.clone()))
        .and(with_cfg(cfg.clone()))
        .map(|year: u32, month: u32, ctx: Ctx, cfg: Cfg| {
            html(render::listing(
                &cfg,
                &format!("{year}-{month:02}"),
                &ctx.archive(year, month),
            ))
        });
    let about = get()
        .and(path!("about"))
        .and(with_cfg(cfg.clone()))
        .map(|cfg: Cfg| {
            html(render::layout(
                &cfg,
                "About",
                "<p>Notes on builds, bread and bicycles.</p>",
            ))
        });
    let search = get()
        .and(path!("search"))
        .and(query_param("q"))
        .and(with_ctx(ctx.clone()))
        .and(with_cfg(cfg.clone()))
        .map(|q: Option<String>, ctx: Ctx, cfg: Cfg| {
            let q = q.unwrap_or_default();
            html(render::listing(
                &cfg,
                &format!("Search: {q}"),
                &ctx.search(&q),
            ))
        });

    // feeds
    let rss = get()
        .and(path!("feeds" / "rss"))
        .and(with_ctx(ctx.clone()))
        .and(with_cfg(cfg.clone()))
        .map(|ctx: Ctx, cfg: Cfg| {
            with_header(
                render::rss(&cfg, &ctx.all_published()),
                "content-type",
                "application/rss+xml",
            )
        });
    let atom = get()
        .and(path!("feeds" / "atom"))
        .and(with_ctx(ctx.clone()))
        .and(with_cfg(cfg.clone()))
        .map(|ctx: Ctx, cfg: Cfg| {
            with_header(
                render::atom(&cfg, &ctx.all_published()),
                "content-type",
                "application/atom+xml",
            )
        });
    let json_feed = get()
        .and(path!("feeds" / "json"))
        .and(with_ctx(ctx.clone()))
        .map(|ctx: Ctx| json(&ctx.all_published()));
    let sitemap = get()
        .and(path!("sitemap.xml"))
        .and(with_ctx(ctx.clone()))
        .and(with_cfg(cfg.clone()))
        .map(|ctx: Ctx, cfg: Cfg| {
            with_header(
                render::sitemap(&cfg, &ctx.all_published()),
                "content-type",
                "application/xml",
            )
        });
    let tag_feed = get()
        .and(path!("feeds" / "tag" / String))
        .and(with_ctx(ctx.clone()))
        .and(with_cfg(cfg.clone()))
        .map(|tag: String, ctx: Ctx, cfg: Cfg| {
            with_header(
                render::rss(&cfg, &ctx.tagged(&tag)),
                "content-type",
                "application/rss+xml",
            )
        });

    // comments
    let list_comments = get()
        .and(path!("post" / String / "comments"))
        .and(with_ctx(ctx.clone()))
        .map(|slug: String, ctx: Ctx| json(&ctx.comments(&slug)));
    let create_comment = comment_create(ctx.clone());
    let delete_comment = delete()
        .and(path!("comments" / u64))
        .and(admin_session(ctx.clone()))
        .and(with_ctx(ctx.clone()))
        .and_then(|id: u64, session: Session, ctx: Ctx| async move {
            if ctx.delete_comment(id) {
                Ok(with_header(
                    with_status(String::new(), 204),
                    "x-deleted-by",
                    session.user,
                ))
            } else {
                Err(reject::not_found())
            }
        });
    let like = post()
        .and(path!("post" / String / "like"))
        .and(with_ctx(ctx.clone()))
        .map(|slug: String, ctx: Ctx| match ctx.like(&slug) {
            Some(likes) => with_status(json(&likes), 200),
            None => with_status(json(&"no such post".to_string()), 404),
        });
    let comment_count = get()
        .and(path!("post" / String / "comments" / "count"))
        .and(with_ctx(ctx.clone()))
        .map(|slug: String, ctx: Ctx| json(&(ctx.comments(&slug).len() as u64)));

    // api
    let api_posts = get()
        .and(path!("api" / "posts"))
        .and(query_param("page"))
        .and(with_ctx(ctx.clone()))
        .and(with_cfg(cfg.clone()))
        .map(|page: Option<String>, ctx: Ctx, cfg: Cfg| {
            let n = page.and_then(|p| p.parse().ok()).unwrap_or(1);
            json(&ctx.page(n, cfg.page_size))
        });
    let api_post = get()
        .and(path!("api" / "posts" / u32))
        .and(with_ctx(ctx.clone()))
        .and_then(|id: u32, ctx: Ctx| async move {
            ctx.post_by_id(id)
                .filter(|p| p.published)
                .map(|p| json(&p))
                .ok_or_else(|| reject::custom(NoSuchPost))
        });
    let api_create = api_create(ctx.clone());
    let api_stats = get()
        .and(path!("api" / "stats"))
        .and(with_ctx(ctx.clone()))
        .map(|ctx: Ctx| json(&ctx.stats()));
    let api_search = get()
        .and(path!("api" / "search"))
        .and(query_param("q"))
        .and(with_ctx(ctx.clone()))
        .map(|q: Option<String>, ctx: Ctx| json(&ctx.search(&q.unwrap_or_default())));
    let api_health = get().and(path!("api" / "health")).map(|| "ok");

    // admin
    let dashboard = get()
        .and(path!("admin"))
        .and(admin_session(ctx.clone()))
        .and(with_ctx(ctx.clone()))
        .and(with_cfg(cfg.clone()))
        .map(|session: Session, ctx: Ctx, cfg: Cfg| {
            let stats = ctx.stats();
            let body = format!(
                "<p>Hello {}: {} posts, {} comments, {} hits.</p>",
                session.user, stats.posts, stats.comments, stats.hits
            );
            html(render::layout(&cfg, "Dashboard", &body))
        });
    let drafts = get()
        .and(path!("admin" / "drafts"))
        .and(admin_session(ctx.clone()))
        .and(with_ctx(ctx.clone()))
        .and(with_cfg(cfg.clone()))
        .map(|_session: Session, ctx: Ctx, cfg: Cfg| {
            html(render::listing(&cfg, "Drafts", &ctx.drafts()))
        });
    let publish = post()
        .and(path!("admin" / "publish" / u32))
        .and(admin_session(ctx.clone()))
        .and(with_ctx(ctx.clone()))
        .and_then(|id: u32, _session: Session, ctx: Ctx| async move {
            ctx.publish(id)
                .map(|p| json(&p))
                .ok_or_else(|| reject::custom(NoSuchPost))
        });
    let remove = delete()
        .and(path!("admin" / "posts" / u32))
        .and(admin_session(ctx.clone()))
        .and(with_ctx(ctx.clone()))
        .map(|id: u32, _session: Session, ctx: Ctx| {
            with_status(String::new(), if ctx.delete_post(id) { 204 } else { 404 })
        });
    let settings = get()
        .and(path!("admin" / "settings"))
        .and(admin_session(ctx.clone()))
        .and(with_cfg(cfg.clone()))
        .map(|session: Session, cfg: Cfg| {
            let body = format!(
                "<p>{}: title {}, {} posts a page, at {}</p>",
                session.user, cfg.title, cfg.page_size, cfg.base_url
            );
            html(render::layout(&cfg, "Settings", &body))
        });

    // assets
    let css = asset(
        "site.css",
        "text/css",
        "body { font-family: serif; max-width: 40em; margin: auto; }",
    );
    let js = asset(
        "site.js",
        "text/javascript",
        "document.documentElement.classList.add('js');",
    );
    let favicon = get()
        .and(path!("favicon.ico"))
        .map(|| with_header(vec![0u8, 0, 1, 0], "content-type", "image/x-icon"));
    let robots = get()
        .and(path!("robots.txt"))
        .and(with_cfg(cfg.clone()))
        .map(|cfg: Cfg| format!("User-agent: *\nSitemap: {}/sitemap.xml\n", cfg.base_url));
    let image = get().and(path!("img" / String)).map(|name: String| {
        if name.ends_with(".svg") {
            with_status(
                with_header(
                    format!(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>{name}</title></svg>"
                    ),
                    "content-type",
                    "image/svg+xml",
                ),
                200,
            )
        } else {
            with_status(
                with_header(String::from("unknown image"), "content-type", "text/plain"),
                404,
            )
        }
    });

    // A route that keeps an `Rc` (neither `Send` nor `Sync`): the `broken` feature only.
    #[cfg(feature = "broken")]
    let about = {
        let hits = std::rc::Rc::new(std::cell::Cell::new(0u64));
        about.or(path!("hits").map(move || {
            hits.set(hits.get() + 1);
            hits.get().to_string()
        }))
    };

    let pages = index
        .or(page)
        .or(post_route)
        .or(tag)
        .or(archive)
        .or(about)
        .or(search);
    let feeds = rss.or(atom).or(json_feed).or(sitemap).or(tag_feed);
    let comments = list_comments
        .or(create_comment)
        .or(delete_comment)
        .or(like)
        .or(comment_count);
    let api = api_posts
        .or(api_post)
        .or(api_create)
        .or(api_stats)
        .or(api_search)
        .or(api_health);
    let admin = dashboard.or(drafts).or(publish).or(remove).or(settings);
    let assets = css.or(js).or(favicon).or(robots).or(image);

    let all = pages.or(feeds).or(comments).or(api).or(admin).or(assets);
    #[cfg(feature = "broken-copy")]
    require_copy(&all);
    let server = serve(all.recover(handle).with(log("blog")));

    let mut args = std::env::args().skip(1);
    let result = match (args.next().as_deref(), args.next()) {
        (Some("--listen"), Some(addr)) => server.run(addr),
        (None, None) => check::run(server),
        _ => {
            eprintln!("usage: blog [--listen ADDR]");
            std::process::exit(2);
        }
    };
    if let Err(e) = result {
        eprintln!("blog: {e}");
        std::process::exit(1);
    }
}
