//! The host check's only network code: a [`Fetcher`] over `ureq` (blocking, rustls with the
//! webpki roots). It follows no redirect (each hop is recorded by `record::follow`), treats no
//! status as an error, decodes no body, and counts its requests. Nothing here judges.

use std::time::Duration;

use super::record::{Ask, Fetcher, Reply};

/// A body larger than this is cut off (the largest build file is well under it).
const MAX_BODY: u64 = 64 * 1024 * 1024;

/// The real network.
pub struct Network {
    agent: ureq::Agent,
    /// Requests sent so far.
    pub requests: usize,
}

impl Network {
    /// An agent that observes redirects instead of following them, with a time limit per
    /// request.
    #[must_use]
    pub fn new(timeout: Duration) -> Self {
        let config = ureq::Agent::config_builder()
            .max_redirects(0)
            .http_status_as_error(false)
            .timeout_global(Some(timeout))
            .user_agent(concat!(
                "bimtek-pack-check-host/",
                env!("CARGO_PKG_VERSION")
            ))
            .build();
        Self {
            agent: ureq::Agent::new_with_config(config),
            requests: 0,
        }
    }
}

impl Fetcher for Network {
    fn get(&mut self, ask: &Ask) -> Result<Reply, String> {
        self.requests += 1;
        let mut request = self.agent.get(ask.url.to_string());
        if ask.compressed {
            request = request.header("accept-encoding", "br, gzip");
        }
        let response = request.call().map_err(|e| e.to_string())?;
        let status = response.status().as_u16();
        let headers = response
            .headers()
            .iter()
            .map(|(name, value)| {
                (
                    name.as_str().to_owned(),
                    String::from_utf8_lossy(value.as_bytes()).into_owned(),
                )
            })
            .collect();
        let body = response
            .into_body()
            .with_config()
            .limit(MAX_BODY)
            .read_to_vec()
            .map_err(|e| e.to_string())?;
        Ok(Reply {
            status,
            headers,
            body,
        })
    }
}
