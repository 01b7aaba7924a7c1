//! What the host answered: every request the check makes, in order, with each redirect hop kept
//! as the host sent it (a redirect is observed, never silently followed).
//!
//! Owns the list of requests ([`gather`]) and the recorded answers ([`Site`]). The network is
//! behind [`Fetcher`]: tests hand in recorded answers, the binary a real HTTP client
//! (`hostcheck::http`). Nothing here judges an answer; `rules` does.

use super::url::Url;

/// Redirect hops followed by hand before the check gives up on a chain.
pub const MAX_HOPS: usize = 5;

/// One HTTP answer as the host sent it: no redirect followed, no body decoded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reply {
    /// The status code.
    pub status: u16,
    /// Every header as sent (names as the host wrote them; compare case-insensitively).
    pub headers: Vec<(String, String)>,
    /// The body's bytes as they came over the wire.
    pub body: Vec<u8>,
}

impl Reply {
    /// The first value of header `name` (case-insensitive).
    #[must_use]
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Every value of header `name` (case-insensitive), in order.
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.headers
            .iter()
            .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The media type without parameters, lower-cased (`application/wasm`); empty when absent.
    #[must_use]
    pub fn media_type(&self) -> String {
        self.header("content-type")
            .and_then(|t| t.split(';').next())
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase()
    }

    /// A `Location` header on a 3xx answer.
    #[must_use]
    pub fn redirect_target(&self) -> Option<&str> {
        matches!(self.status, 301 | 302 | 303 | 307 | 308)
            .then(|| self.header("location"))
            .flatten()
    }
}

/// One request the check makes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ask {
    /// Where.
    pub url: Url,
    /// Whether it says `Accept-Encoding: br, gzip` (a browser does); otherwise none is sent,
    /// and the body comes as stored, to be hashed.
    pub compressed: bool,
}

/// The network as the check sees it: one request, one answer, redirects not followed.
pub trait Fetcher {
    /// Sends `ask` once.
    ///
    /// # Errors
    /// A sentence saying why no answer came (refused, timed out, TLS failed).
    fn get(&mut self, ask: &Ask) -> Result<Reply, String>;
}

/// One resource, with each hop the host answered on the way to it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fetched {
    /// Each address asked and what came back, the redirects first.
    pub hops: Vec<(Url, Result<Reply, String>)>,
}

impl Fetched {
    /// The last answer and its address, when one came.
    #[must_use]
    pub fn last(&self) -> Option<(&Url, &Reply)> {
        match self.hops.last() {
            Some((url, Ok(reply))) => Some((url, reply)),
            _ => None,
        }
    }

    /// The last answer when it is a 200.
    #[must_use]
    pub fn ok(&self) -> Option<&Reply> {
        self.last().map(|(_, r)| r).filter(|r| r.status == 200)
    }

    /// Why no answer came, when none did.
    #[must_use]
    pub fn failure(&self) -> Option<&str> {
        match self.hops.last() {
            Some((_, Err(e))) => Some(e.as_str()),
            _ => None,
        }
    }

    /// The redirects on the way: (from, status, to).
    #[must_use]
    pub fn redirects(&self) -> Vec<(&Url, u16, Url)> {
        self.hops
            .iter()
            .filter_map(|(url, r)| {
                let reply = r.as_ref().ok()?;
                Some((url, reply.status, url.resolve(reply.redirect_target()?)))
            })
            .collect()
    }

    /// A short account for a finding: `index.html?lang=en → 308 /kursus/?lang=en → 200`.
    #[must_use]
    pub fn trail(&self) -> String {
        let mut parts = Vec::new();
        for (url, reply) in &self.hops {
            if parts.is_empty() {
                parts.push(url.path_and_query());
            }
            parts.push(match reply {
                Ok(r) => match r.redirect_target() {
                    Some(to) => {
                        let to = url.resolve(to);
                        let shown = if to.origin() == url.origin() {
                            to.path_and_query()
                        } else {
                            to.to_string()
                        };
                        format!("{} {shown}", r.status)
                    }
                    None => r.status.to_string(),
                },
                Err(e) => e.clone(),
            });
        }
        parts.join(" → ")
    }
}

/// Fetches `url`, following up to [`MAX_HOPS`] redirects by hand and keeping every hop.
pub fn follow(fetcher: &mut dyn Fetcher, url: Url, compressed: bool) -> Fetched {
    let mut chain = Fetched::default();
    let mut next = Some(url);
    while let Some(url) = next.take() {
        let reply = fetcher.get(&Ask {
            url: url.clone(),
            compressed,
        });
        if let Ok(r) = &reply {
            if chain.hops.len() < MAX_HOPS {
                next = r.redirect_target().map(|to| url.resolve(to));
            }
        }
        chain.hops.push((url, reply));
    }
    chain
}

/// One file of the service worker's precache list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrecacheEntry {
    /// Relative to the app's folder.
    pub path: String,
    /// `sha256-<base64>`, as in subresource integrity.
    pub integrity: String,
}

/// Everything the check asked the host and what it answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    /// The address the deployer typed.
    pub typed: Url,
    /// The app's folder (`…/kursus/`).
    pub folder: Url,
    /// `index.html?lang=en` (a query, to see whether a redirect keeps it).
    pub index: Fetched,
    /// The folder itself, as a shared link or the installed app opens it.
    pub page: Fetched,
    /// The folder without its slash (`…/kursus`), a learner's bookmark; `None` at a site's root.
    pub slashless: Option<Fetched>,
    /// `sw.js`.
    pub sw: Fetched,
    /// `packs.json`.
    pub packs_list: Fetched,
    /// Each pack `packs.json` lists, by its path there.
    pub packs: Vec<(String, Fetched)>,
    /// Each file of the precache list, asked without compression.
    pub precache: Vec<(PrecacheEntry, Fetched)>,
    /// The largest wasm and JavaScript files, asked as a browser asks (`br, gzip`).
    pub compressed: Vec<(String, Fetched)>,
}

/// Asks the host everything the check needs, in order: the app's page (as `index.html`, as
/// the folder, as the folder without its slash), `sw.js` and each file of its precache list,
/// `packs.json` and each pack, then the largest wasm and JavaScript files compressed.
pub fn gather(typed: &Url, net: &mut dyn Fetcher) -> Site {
    let folder = typed.app_folder();
    let index = follow(net, folder.join("index.html?lang=en"), false);
    let page = follow(net, folder.clone(), false);
    let slashless = (folder.path.len() > 1).then(|| {
        let mut bare = folder.clone();
        bare.path.pop();
        follow(net, bare, false)
    });
    let sw = follow(net, folder.join("sw.js"), false);
    let list = sw
        .ok()
        .and_then(|r| super::rules::precache_list(&r.body).ok())
        .unwrap_or_default();
    let precache: Vec<(PrecacheEntry, Fetched)> = list
        .into_iter()
        .map(|entry| {
            let fetched = follow(net, folder.join(&entry.path), false);
            (entry, fetched)
        })
        .collect();
    let packs_list = follow(net, folder.join("packs.json"), false);
    let pack_paths = packs_list
        .ok()
        .and_then(|r| super::rules::pack_paths(&r.body).ok())
        .unwrap_or_default();
    let packs = pack_paths
        .into_iter()
        .map(|path| {
            let fetched = follow(net, folder.join(&path), false);
            (path, fetched)
        })
        .collect();
    let mut compressed = Vec::new();
    for ext in [".wasm", ".js"] {
        let largest = precache
            .iter()
            .filter(|(e, _)| e.path.ends_with(ext))
            .filter_map(|(e, f)| f.ok().map(|r| (r.body.len(), e.path.clone())))
            .max();
        if let Some((_, path)) = largest {
            let fetched = follow(net, folder.join(&path), true);
            compressed.push((path, fetched));
        }
    }
    Site {
        typed: typed.clone(),
        folder,
        index,
        page,
        slashless,
        sw,
        packs_list,
        packs,
        precache,
        compressed,
    }
}
