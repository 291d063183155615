//! The blog's data: posts, comments and admin sessions, in memory.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use sieve::ToJson;

#[derive(Debug, Clone)]
pub struct Post {
    pub id: u32,
    pub slug: String,
    pub title: String,
    pub body: String,
    pub tags: Vec<String>,
    pub year: u32,
    pub month: u32,
    pub published: bool,
    pub likes: u64,
}

#[derive(Debug, Clone)]
pub struct Comment {
    pub id: u64,
    pub post: String,
    pub author: String,
    pub text: String,
}

/// Who is signed in to the admin pages.
#[derive(Debug, Clone)]
pub struct Session {
    pub user: String,
}

#[derive(Debug)]
pub struct Config {
    pub title: String,
    pub base_url: String,
    pub page_size: usize,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            title: "Field notes".to_string(),
            base_url: "http://localhost:3030".to_string(),
            page_size: 3,
        }
    }
}

#[derive(Debug)]
pub struct Store {
    posts: Mutex<Vec<Post>>,
    comments: Mutex<Vec<Comment>>,
    next_comment: AtomicU64,
    pub hits: AtomicU64,
    tokens: Vec<(String, String)>,
}

impl Store {
    pub fn seeded() -> Store {
        let topics = [
            (
                "compile-times",
                "Why my build takes a minute",
                &["rust", "build"][..],
                2024,
                3,
            ),
            (
                "boxing-filters",
                "Boxing filters where they compose",
                &["rust", "warp"][..],
                2024,
                5,
            ),
            (
                "sourdough",
                "Sourdough, week three",
                &["bread"][..],
                2024,
                6,
            ),
            (
                "trait-solver",
                "A walk through the trait solver",
                &["rust", "compiler"][..],
                2024,
                9,
            ),
            (
                "bike-trip",
                "Four days on the Danube",
                &["travel"][..],
                2025,
                1,
            ),
            (
                "allotment",
                "The allotment in March",
                &["garden"][..],
                2025,
                3,
            ),
            (
                "type-sizes",
                "Reading -Z print-type-sizes",
                &["rust", "compiler"][..],
                2025,
                4,
            ),
            (
                "draft-notes",
                "Notes for a later post",
                &["rust"][..],
                2025,
                5,
            ),
        ];
        let posts = topics
            .iter()
            .enumerate()
            .map(|(i, (slug, title, tags, year, month))| Post {
                id: i as u32 + 1,
                slug: slug.to_string(),
                title: title.to_string(),
                body: format!(
                    "{title}.\n\nThis is post number {} of the seed data.",
                    i + 1
                ),
                tags: tags.iter().map(|t| t.to_string()).collect(),
                year: *year,
                month: *month,
                published: !slug.starts_with("draft"),
                likes: (i as u64 * 7) % 5,
            })
            .collect();
        let comments = vec![
            Comment {
                id: 1,
                post: "compile-times".into(),
                author: "ana".into(),
                text: "Same here.".into(),
            },
            Comment {
                id: 2,
                post: "compile-times".into(),
                author: "bo".into(),
                text: "Try boxing.".into(),
            },
            Comment {
                id: 3,
                post: "sourdough".into(),
                author: "cy".into(),
                text: "Looks great".into(),
            },
        ];
        Store {
            posts: Mutex::new(posts),
            comments: Mutex::new(comments),
            next_comment: AtomicU64::new(4),
            hits: AtomicU64::new(0),
            tokens: vec![("Bearer letmein".to_string(), "editor".to_string())],
        }
    }

    pub fn hit(&self) -> u64 {
        self.hits.fetch_add(1, Ordering::Relaxed) + 1
    }

    pub fn session(&self, authorization: &str) -> Option<Session> {
        self.tokens
            .iter()
            .find(|(token, _)| token == authorization)
            .map(|(_, user)| Session { user: user.clone() })
    }

    fn published(&self) -> Vec<Post> {
        let mut posts: Vec<Post> = self
            .posts
            .lock()
            .unwrap()
            .iter()
            .filter(|p| p.published)
            .cloned()
            .collect();
        posts.sort_by(|a, b| (b.year, b.month, b.id).cmp(&(a.year, a.month, a.id)));
        posts
    }

    /// Page `n` (from 1) of the published posts, newest first.
    pub fn page(&self, n: u32, size: usize) -> Vec<Post> {
        self.published()
            .into_iter()
            .skip((n.max(1) as usize - 1) * size)
            .take(size)
            .collect()
    }

    pub fn pages(&self, size: usize) -> u32 {
        self.published().len().div_ceil(size.max(1)) as u32
    }

    pub fn post(&self, slug: &str) -> Option<Post> {
        self.posts
            .lock()
            .unwrap()
            .iter()
            .find(|p| p.slug == slug && p.published)
            .cloned()
    }

    pub fn post_by_id(&self, id: u32) -> Option<Post> {
        self.posts
            .lock()
            .unwrap()
            .iter()
            .find(|p| p.id == id)
            .cloned()
    }

    pub fn tagged(&self, tag: &str) -> Vec<Post> {
        self.published()
            .into_iter()
            .filter(|p| p.tags.iter().any(|t| t == tag))
            .collect()
    }

    pub fn archive(&self, year: u32, month: u32) -> Vec<Post> {
        self.published()
            .into_iter()
            .filter(|p| p.year == year && p.month == month)
            .collect()
    }

    pub fn search(&self, query: &str) -> Vec<Post> {
        let query = query.to_lowercase();
        self.published()
            .into_iter()
            .filter(|p| {
                p.title.to_lowercase().contains(&query) || p.body.to_lowercase().contains(&query)
            })
            .collect()
    }

    pub fn drafts(&self) -> Vec<Post> {
        self.posts
            .lock()
            .unwrap()
            .iter()
            .filter(|p| !p.published)
            .cloned()
            .collect()
    }

    pub fn all_published(&self) -> Vec<Post> {
        self.published()
    }

    pub fn comments(&self, slug: &str) -> Vec<Comment> {
        self.comments
            .lock()
            .unwrap()
            .iter()
            .filter(|c| c.post == slug)
            .cloned()
            .collect()
    }

    pub fn add_comment(&self, slug: &str, author: &str, text: &str) -> Option<Comment> {
        self.post(slug)?;
        let comment = Comment {
            id: self.next_comment.fetch_add(1, Ordering::Relaxed),
            post: slug.to_string(),
            author: author.to_string(),
            text: text.to_string(),
        };
        self.comments.lock().unwrap().push(comment.clone());
        Some(comment)
    }

    pub fn delete_comment(&self, id: u64) -> bool {
        let mut comments = self.comments.lock().unwrap();
        let before = comments.len();
        comments.retain(|c| c.id != id);
        comments.len() != before
    }

    pub fn like(&self, slug: &str) -> Option<u64> {
        let mut posts = self.posts.lock().unwrap();
        let post = posts.iter_mut().find(|p| p.slug == slug && p.published)?;
        post.likes += 1;
        Some(post.likes)
    }

    pub fn publish(&self, id: u32) -> Option<Post> {
        let mut posts = self.posts.lock().unwrap();
        let post = posts.iter_mut().find(|p| p.id == id)?;
        post.published = true;
        Some(post.clone())
    }

    pub fn delete_post(&self, id: u32) -> bool {
        let mut posts = self.posts.lock().unwrap();
        let before = posts.len();
        posts.retain(|p| p.id != id);
        posts.len() != before
    }

    pub fn create_post(&self, title: &str, body: &str) -> Post {
        let mut posts = self.posts.lock().unwrap();
        let id = posts.iter().map(|p| p.id).max().unwrap_or(0) + 1;
        let slug: String = title
            .to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join("-");
        let post = Post {
            id,
            slug,
            title: title.to_string(),
            body: body.to_string(),
            tags: Vec::new(),
            year: 2025,
            month: 6,
            published: false,
            likes: 0,
        };
        posts.push(post.clone());
        post
    }

    pub fn stats(&self) -> Stats {
        let posts = self.posts.lock().unwrap();
        Stats {
            posts: posts.len() as u64,
            published: posts.iter().filter(|p| p.published).count() as u64,
            comments: self.comments.lock().unwrap().len() as u64,
            likes: posts.iter().map(|p| p.likes).sum(),
            hits: self.hits.load(Ordering::Relaxed),
        }
    }
}

pub struct Stats {
    pub posts: u64,
    pub published: u64,
    pub comments: u64,
    pub likes: u64,
    pub hits: u64,
}

impl ToJson for Post {
    fn to_json(&self) -> String {
        format!(
            "{{\"id\":{},\"slug\":{},\"title\":{},\"tags\":{},\"year\":{},\"month\":{},\"published\":{},\"likes\":{}}}",
            self.id,
            self.slug.to_json(),
            self.title.to_json(),
            self.tags.to_json(),
            self.year,
            self.month,
            self.published,
            self.likes
        )
    }
}

impl ToJson for Comment {
    fn to_json(&self) -> String {
        format!(
            "{{\"id\":{},\"post\":{},\"author\":{},\"text\":{}}}",
            self.id,
            self.post.to_json(),
            self.author.to_json(),
            self.text.to_json()
        )
    }
}

impl ToJson for Stats {
    fn to_json(&self) -> String {
        format!(
            "{{\"posts\":{},\"published\":{},\"comments\":{},\"likes\":{},\"hits\":{}}}",
            self.posts, self.published, self.comments, self.likes, self.hits
        )
    }
}
