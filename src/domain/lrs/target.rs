//! Where statements go: the Tin Can launch parameters (`endpoint`, `auth`, `actor`,
//! `registration`, `activity_id`, as Moodle's `mod_tincanlaunch` appends them to the launch URL)
//! and a deployment's `lrs.json`, each checked as hostile input.
//!
//! Invariant: a value that is not exactly what the launch convention allows refuses the whole
//! launch with the reason (never a guess): an endpoint that is not a plain `http(s)` URL
//! ending in a path, credentials with control characters, an actor without exactly one
//! identifier, a registration that is not a UUID, an activity id that is not an absolute IRI.
//! Credentials live only in [`Auth`], whose `Debug` and `Display` never show them.
//!
//! Longer than our ~350-line guide on purpose: every launch value is hostile input, and each
//! parser sits next to its limits and its errors, so that one reading shows all that is refused.

use serde::Deserialize;

use crate::domain::embed::{parse_origin, Account, Actor, OriginError};
use crate::i18n::{t, tf, Key, Lang};
use crate::json::JsonDecoder;

/// Longest endpoint, activity id or IRI accepted, in bytes.
const MAX_IRI: usize = 2048;
/// Longest `auth` value accepted (a Basic header of a long key and secret is ~200).
const MAX_AUTH: usize = 4096;
/// Longest `actor` JSON accepted.
const MAX_ACTOR_JSON: usize = 4096;
/// Longest actor name or account name.
const MAX_NAME: usize = 256;

/// The launch parameters, in the order the Tin Can launch convention lists them.
pub const LAUNCH_KEYS: [&str; 5] = ["endpoint", "auth", "actor", "registration", "activity_id"];

/// Why a launch or an `lrs.json` is refused. The learner reads it in Settings; the trainer
/// fixes the launch link or the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LaunchError {
    /// Launch parameters without `endpoint`.
    MissingEndpoint,
    /// A launch parameter given twice (which one is meant?).
    Duplicate(&'static str),
    /// The endpoint is not a plain `http(s)://host/path/` URL.
    Endpoint(EndpointError),
    /// An `http:` endpoint for an `https:` page: the browser blocks it (mixed content).
    MixedContent,
    /// `auth` is empty, too long, or has characters a header cannot carry.
    Auth,
    /// `actor` is not one xAPI Agent with exactly one identifier.
    Actor(ActorError),
    /// `registration` is not a UUID.
    Registration,
    /// `activity_id` is not an absolute IRI.
    ActivityId,
    /// `lrs.json` is not JSON of the documented shape (the decoder's words).
    Config(String),
    /// `lrs.json` is another file, or a newer version than this app reads.
    ConfigVersion,
}

impl LaunchError {
    /// The message for the learner in `lang` (the Indonesian one is the `Display` text).
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::MissingEndpoint => t(lang, Key::LrsErrMissingEndpoint).to_owned(),
            Self::Duplicate(key) => tf(lang, Key::LrsErrDuplicate, &[key]),
            Self::Endpoint(e) => tf(lang, Key::LrsErrEndpoint, &[&e.message(lang)]),
            Self::MixedContent => t(lang, Key::LrsErrMixedContent).to_owned(),
            Self::Auth => t(lang, Key::LrsErrAuth).to_owned(),
            Self::Actor(e) => tf(lang, Key::LrsErrActor, &[&e.message(lang)]),
            Self::Registration => t(lang, Key::LrsErrRegistration).to_owned(),
            Self::ActivityId => t(lang, Key::LrsErrActivityId).to_owned(),
            Self::Config(why) => tf(lang, Key::LrsErrConfig, &[why]),
            Self::ConfigVersion => t(lang, Key::LrsErrConfigVersion).to_owned(),
        }
    }
}

crate::i18n::learner_error!(LaunchError);

/// What is wrong with an endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EndpointError {
    /// Empty, too long, whitespace or control characters inside, or no `scheme://`.
    Malformed,
    /// The scheme and host part (the origin) is refused, with the origin rule's reason.
    Origin(OriginError),
    /// A query (`?`) or fragment (`#`): statements are sent to `<endpoint>statements`.
    QueryOrFragment,
    /// Characters a URL path cannot carry, or `.`/`..` segments.
    Path,
}

impl EndpointError {
    /// The message in `lang`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::Malformed => t(lang, Key::LrsEndpointMalformed).to_owned(),
            Self::Origin(e) => e.message(lang).to_owned(),
            Self::QueryOrFragment => t(lang, Key::LrsEndpointQuery).to_owned(),
            Self::Path => t(lang, Key::LrsEndpointPath).to_owned(),
        }
    }
}

crate::i18n::learner_error!(EndpointError);

/// What is wrong with a launch actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActorError {
    /// Not JSON, not an object, or too long.
    NotJson,
    /// `objectType` other than `Agent` (a Group is not a learner).
    NotAnAgent,
    /// No identifier (`mbox`, `mbox_sha1sum`, `openid`, `account`), or more than one.
    Identifier,
    /// An identifier or the name in a form xAPI does not allow.
    BadValue,
}

impl ActorError {
    /// The message in `lang`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        t(
            lang,
            match self {
                Self::NotJson => Key::LrsActorNotJson,
                Self::NotAnAgent => Key::LrsActorNotAgent,
                Self::Identifier => Key::LrsActorIdentifier,
                Self::BadValue => Key::LrsActorBadValue,
            },
        )
        .to_owned()
    }
}

crate::i18n::learner_error!(ActorError);

/// An LRS endpoint: a normalised origin and a path ending in `/`, with no query or fragment.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Endpoint(String);

impl Endpoint {
    /// Checks and normalises an endpoint: `http(s)://host[:port]/path/` — the origin as the
    /// embed origin rule has it (no user info, a plain host), a path of URL characters
    /// without `.`/`..` segments, a `/` added at the end when missing (the xAPI resources are
    /// relative to it), no query or fragment.
    ///
    /// # Errors
    /// [`EndpointError`] naming the problem.
    pub fn parse(raw: &str) -> Result<Self, EndpointError> {
        let raw = raw.trim();
        if raw.is_empty()
            || raw.len() > MAX_IRI
            || raw.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            return Err(EndpointError::Malformed);
        }
        let Some(scheme_end) = raw.find("://") else {
            // `javascript:…`, `data:…` have a scheme but no site: the origin rule says so.
            return Err(match parse_origin(raw) {
                Err(e) if e != OriginError::Malformed => EndpointError::Origin(e),
                _ => EndpointError::Malformed,
            });
        };
        let after = &raw[scheme_end + 3..];
        let authority_end = after.find(['/', '?', '#', '\\']).unwrap_or(after.len());
        let origin =
            parse_origin(&raw[..scheme_end + 3 + authority_end]).map_err(EndpointError::Origin)?;
        let path = &after[authority_end..];
        if path.contains(['?', '#']) {
            return Err(EndpointError::QueryOrFragment);
        }
        let path_char = |c: char| c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@/%".contains(c);
        let dot_segment = path.split('/').any(|s| s == "." || s == "..");
        let bad_escape = path.match_indices('%').any(|(i, _)| {
            path.get(i + 1..i + 3)
                .is_none_or(|h| !h.bytes().all(|b| b.is_ascii_hexdigit()))
        });
        if !path.is_empty() && !path.starts_with('/')
            || !path.chars().all(path_char)
            || dot_segment
            || bad_escape
            || path.contains("//")
        {
            return Err(EndpointError::Path);
        }
        let mut path = if path.is_empty() { "/" } else { path }.to_owned();
        if !path.ends_with('/') {
            path.push('/');
        }
        Ok(Self(format!("{origin}{path}")))
    }

    /// The endpoint as text (ends with `/`).
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The scheme, host and port part.
    #[must_use]
    pub fn origin(&self) -> &str {
        let after = self.0.find("://").map_or(0, |i| i + 3);
        let end = self.0[after..]
            .find('/')
            .map_or(self.0.len(), |i| after + i);
        &self.0[..end]
    }

    /// Where one statement is `PUT`: `<endpoint>statements?statementId=<id>` (the id is a
    /// UUID the app made; anything else is percent-encoded).
    #[must_use]
    pub fn statement_url(&self, statement_id: &str) -> String {
        let id: String = statement_id
            .bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() || b == b'-' {
                    char::from(b).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect();
        format!("{}statements?statementId={id}", self.0)
    }
}

impl std::fmt::Display for Endpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The `Authorization` header value for an LRS (`Basic …`). Never shown: `Debug` and
/// `Display` print `Auth(…)`.
#[derive(Clone, PartialEq, Eq)]
pub struct Auth(String);

impl Auth {
    /// Checks a header value: visible ASCII and spaces only (no line breaks that could end
    /// a header), not empty, at most 4 KB.
    ///
    /// # Errors
    /// [`LaunchError::Auth`].
    pub fn parse(raw: &str) -> Result<Self, LaunchError> {
        let value = raw.trim();
        if value.is_empty()
            || value.len() > MAX_AUTH
            || !value.bytes().all(|b| (0x20..0x7f).contains(&b))
        {
            return Err(LaunchError::Auth);
        }
        Ok(Self(value.to_owned()))
    }

    /// The header value, for the one request that needs it.
    #[must_use]
    pub fn header_value(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Auth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Auth(…)")
    }
}

/// An LRS to send to: its endpoint and the credentials for it (none: the LRS takes
/// statements without them, e.g. behind the deployment's own proxy).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// Where.
    pub endpoint: Endpoint,
    /// With which credentials.
    pub auth: Option<Auth>,
}

impl Target {
    /// Refuses an `http:` endpoint when the app runs on `https:` (the browser would block
    /// every request as mixed content), unless the LRS is on this device (`localhost`,
    /// `127.0.0.1`, `[::1]`), which browsers allow.
    ///
    /// # Errors
    /// [`LaunchError::MixedContent`].
    pub fn check_reachable_from(self, page_origin: &str) -> Result<Self, LaunchError> {
        let origin = self.endpoint.origin();
        let loopback = ["http://localhost", "http://127.0.0.1", "http://[::1]"]
            .iter()
            .any(|l| origin == *l || origin.starts_with(&format!("{l}:")));
        if page_origin.starts_with("https://") && origin.starts_with("http://") && !loopback {
            return Err(LaunchError::MixedContent);
        }
        Ok(self)
    }
}

/// A Tin Can launch: the LRS, and who and what the statements are about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Launch {
    /// The LRS.
    pub target: Target,
    /// The learner as the LMS knows them (`None`: the app's pseudonymous account).
    pub actor: Option<Actor>,
    /// The LMS's attempt (a UUID), sent as `context.registration`.
    pub registration: Option<String>,
    /// The activity the LMS launched (an IRI).
    pub activity_id: Option<String>,
}

/// Reads the launch parameters from a URL's `key=value` pairs (already percent-decoded;
/// other keys are ignored).
///
/// Returns `Ok(None)` when none of them is there (not a launch).
///
/// # Errors
/// [`LaunchError`] for the first parameter that is refused; the whole launch is refused.
pub fn parse_launch(
    pairs: &[(String, String)],
    json: &impl JsonDecoder,
) -> Result<Option<Launch>, LaunchError> {
    let mut found: [Option<&str>; 5] = [None; 5];
    for (key, value) in pairs {
        if let Some(i) = LAUNCH_KEYS.iter().position(|k| k == key) {
            if found[i].is_some() {
                return Err(LaunchError::Duplicate(LAUNCH_KEYS[i]));
            }
            found[i] = Some(value.as_str());
        }
    }
    let [endpoint, auth, actor, registration, activity_id] = found;
    if found.iter().all(Option::is_none) {
        return Ok(None);
    }
    let endpoint = Endpoint::parse(endpoint.ok_or(LaunchError::MissingEndpoint)?)
        .map_err(LaunchError::Endpoint)?;
    let auth = auth.map(Auth::parse).transpose()?;
    let actor = actor
        .map(|a| parse_actor(a, json))
        .transpose()
        .map_err(LaunchError::Actor)?;
    let registration = registration
        .map(|r| parse_uuid(r).ok_or(LaunchError::Registration))
        .transpose()?;
    let activity_id = activity_id
        .map(|a| parse_iri(a).ok_or(LaunchError::ActivityId))
        .transpose()?;
    Ok(Some(Launch {
        target: Target { endpoint, auth },
        actor,
        registration,
        activity_id,
    }))
}

/// `lrs.json`, as the build ships it (`"endpoint": null`: no LRS) and a deployer edits it
/// next to `index.html` (docs/lrs.md).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    format: String,
    version: u32,
    endpoint: Option<String>,
    #[serde(default)]
    auth: Option<String>,
}

/// Reads a deployment's `lrs.json`: `{"format": "bimtek-lrs", "version": 1, "endpoint":
/// "https://…/xAPI/", "auth": "Basic …"}` (`auth` optional; no other keys). `"endpoint":
/// null`, as every build ships it, is `Ok(None)`: no LRS.
///
/// # Errors
/// [`LaunchError::Config`] for JSON of another shape, [`LaunchError::ConfigVersion`] for
/// another format or version, and the endpoint's or auth's own error.
pub fn parse_config(text: &str, json: &impl JsonDecoder) -> Result<Option<Target>, LaunchError> {
    let file: ConfigFile = json.decode(text).map_err(LaunchError::Config)?;
    if file.format != "bimtek-lrs" || file.version != 1 {
        return Err(LaunchError::ConfigVersion);
    }
    let Some(endpoint) = file.endpoint else {
        return Ok(None);
    };
    Ok(Some(Target {
        endpoint: Endpoint::parse(&endpoint).map_err(LaunchError::Endpoint)?,
        auth: file.auth.as_deref().map(Auth::parse).transpose()?,
    }))
}

/// One value, or a list of which the first counts (the Tin Can 0.9 launch convention
/// writes `"name": ["…"]`, `"mbox": ["mailto:…"]`). Read by hand rather than as an untagged
/// enum, which would buffer every value first (measured: less wasm).
#[derive(Debug)]
struct OneOrFirst<T>(Option<T>);

impl<T> OneOrFirst<T> {
    fn first(self) -> Option<T> {
        self.0
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for OneOrFirst<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::{self, IntoDeserializer};
        struct Visit<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> de::Visitor<'de> for Visit<T> {
            type Value = Option<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a value or a list")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                T::deserialize(v.into_deserializer()).map(Some)
            }
            fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map)).map(Some)
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let first = seq.next_element()?;
                while seq.next_element::<de::IgnoredAny>()?.is_some() {}
                Ok(first)
            }
        }
        d.deserialize_any(Visit(std::marker::PhantomData))
            .map(OneOrFirst)
    }
}

#[derive(Debug, Deserialize)]
struct ActorIn {
    #[serde(rename = "objectType")]
    object_type: Option<String>,
    name: Option<OneOrFirst<String>>,
    mbox: Option<OneOrFirst<String>>,
    mbox_sha1sum: Option<OneOrFirst<String>>,
    openid: Option<OneOrFirst<String>>,
    account: Option<OneOrFirst<AccountIn>>,
}

#[derive(Debug, Deserialize)]
struct AccountIn {
    #[serde(rename = "homePage", alias = "accountServiceHomePage")]
    home_page: Option<String>,
    #[serde(alias = "accountName")]
    name: Option<String>,
}

fn plain_text(s: &str, max: usize) -> Option<String> {
    let s = s.trim();
    (!s.is_empty() && s.len() <= max && !s.chars().any(char::is_control)).then(|| s.to_owned())
}

/// An actor's members as its JSON gives them, before they are checked ([`check_actor`]): each
/// the value given, or the first of a list (Tin Can 0.9), `None` when absent, `null` or an empty
/// list. Read with serde by [`actor_fields`]; in the main module, from `JSON.parse` by
/// `platform::lrs`, so that choosing a launched learner's store before the LRS engine is in
/// carries no serde deserializer for it (`domain::lrs::learner`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActorFields {
    /// `objectType`.
    pub object_type: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `mbox`.
    pub mbox: Option<String>,
    /// `mbox_sha1sum`.
    pub mbox_sha1sum: Option<String>,
    /// `openid`.
    pub openid: Option<String>,
    /// `account`: its `homePage` (or `accountServiceHomePage`) and `name` (or `accountName`).
    pub account: Option<(Option<String>, Option<String>)>,
}

/// An actor's JSON read into its members (see [`ActorFields`]).
///
/// # Errors
/// [`ActorError::NotJson`] when it is too long, not JSON, not an object, or a member has a type
/// an actor's member cannot have.
pub fn actor_fields(text: &str, json: &impl JsonDecoder) -> Result<ActorFields, ActorError> {
    if text.len() > MAX_ACTOR_JSON {
        return Err(ActorError::NotJson);
    }
    let actor: ActorIn = json.decode(text).map_err(|_| ActorError::NotJson)?;
    Ok(ActorFields {
        object_type: actor.object_type,
        name: actor.name.and_then(OneOrFirst::first),
        mbox: actor.mbox.and_then(OneOrFirst::first),
        mbox_sha1sum: actor.mbox_sha1sum.and_then(OneOrFirst::first),
        openid: actor.openid.and_then(OneOrFirst::first),
        account: actor
            .account
            .and_then(OneOrFirst::first)
            .map(|a| (a.home_page, a.name)),
    })
}

/// The launch's actor as one xAPI Agent: `objectType` `Agent` (or absent), an optional
/// name, and exactly one identifier, each checked; anything else in the object is dropped.
///
/// # Errors
/// [`ActorError`] naming what is wrong.
pub fn parse_actor(text: &str, json: &impl JsonDecoder) -> Result<Actor, ActorError> {
    check_actor(actor_fields(text, json)?)
}

/// An actor's members checked into one xAPI Agent (the rules of [`parse_actor`]).
///
/// # Errors
/// [`ActorError`] naming what is wrong.
pub fn check_actor(actor: ActorFields) -> Result<Actor, ActorError> {
    if actor.object_type.as_deref().is_some_and(|t| t != "Agent") {
        return Err(ActorError::NotAnAgent);
    }
    let name = match actor.name {
        Some(n) => Some(plain_text(&n, MAX_NAME).ok_or(ActorError::BadValue)?),
        None => None,
    };
    let (mbox, sha1, openid, account) =
        (actor.mbox, actor.mbox_sha1sum, actor.openid, actor.account);
    let count = [
        mbox.is_some(),
        sha1.is_some(),
        openid.is_some(),
        account.is_some(),
    ]
    .iter()
    .filter(|x| **x)
    .count();
    if count != 1 {
        return Err(ActorError::Identifier);
    }
    let mut out = Actor {
        object_type: "Agent",
        name,
        mbox: None,
        mbox_sha1sum: None,
        openid: None,
        account: None,
    };
    if let Some(m) = mbox {
        let ok = m.strip_prefix("mailto:").is_some_and(|addr| {
            addr.split_once('@')
                .is_some_and(|(u, h)| !u.is_empty() && !h.is_empty() && !h.contains('@'))
        }) && m.len() <= 320
            && !m.chars().any(|c| c.is_whitespace() || c.is_control());
        out.mbox = Some(m).filter(|_| ok);
        out.mbox.as_ref().ok_or(ActorError::BadValue)?;
    } else if let Some(s) = sha1 {
        let ok = s.len() == 40 && s.bytes().all(|b| b.is_ascii_hexdigit());
        out.mbox_sha1sum = Some(s.to_ascii_lowercase()).filter(|_| ok);
        out.mbox_sha1sum.as_ref().ok_or(ActorError::BadValue)?;
    } else if let Some(o) = openid {
        out.openid = Some(parse_iri(&o).ok_or(ActorError::BadValue)?);
    } else if let Some((home_page, account_name)) = account {
        let home = home_page
            .as_deref()
            .and_then(parse_iri)
            .ok_or(ActorError::BadValue)?;
        let name = account_name
            .as_deref()
            .and_then(|n| plain_text(n, MAX_NAME))
            .ok_or(ActorError::BadValue)?;
        out.account = Some(Account {
            home_page: home,
            name,
        });
    }
    Ok(out)
}

/// A UUID in its 8-4-4-4-12 hexadecimal form, in lower case.
#[must_use]
pub fn parse_uuid(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let groups: Vec<&str> = raw.split('-').collect();
    let ok = groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()));
    ok.then(|| raw.to_ascii_lowercase())
}

/// An absolute IRI: a scheme (`[a-z][a-z0-9+.-]*:`) and something after it, without
/// whitespace or control characters, at most 2 KB.
#[must_use]
pub fn parse_iri(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let (scheme, rest) = raw.split_once(':')?;
    let scheme_ok = scheme
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_alphabetic())
        && scheme
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+.-".contains(&b));
    let ok = scheme_ok
        && !rest.is_empty()
        && raw.len() <= MAX_IRI
        && !raw
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>\"{}|\\^`".contains(c));
    ok.then(|| raw.to_owned())
}
