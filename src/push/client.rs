//! A SPARQL 1.1 Graph Store HTTP Protocol client for one operation: PUT a graph
//! (https://www.w3.org/TR/sparql11-http-rdf-update/#http-put), answering the endpoint's Basic or
//! Digest challenge, retrying what may pass (network errors, 408, 429, 5xx) with growing waits.

use http_auth::{PasswordClient, PasswordParams};
use oxhttp::model::{Body, Method, Request, StatusCode};
use std::time::Duration;

/// Why a PUT did not succeed.
#[derive(Debug, thiserror::Error)]
pub enum PutError {
    /// Worth trying again later (the push can be resumed).
    #[error("{0}")]
    Transient(String),
    /// The endpoint refused this graph; others may pass.
    #[error("{0}")]
    Refused(String),
    /// No credentials, or wrong ones: no graph will pass.
    #[error("{0}")]
    Unauthorized(String),
}

pub struct GraphStoreClient {
    http: oxhttp::Client,
    endpoint: url::Url,
    credentials: Option<(String, String)>,
    /// The endpoint's last challenge, answered on every request (Digest counts its nonces).
    challenge: Option<PasswordClient>,
    attempts: u32,
    /// The first wait between attempts; doubled each time.
    first_wait: Duration,
}

impl GraphStoreClient {
    pub fn new(endpoint: url::Url, credentials: Option<(String, String)>, attempts: u32, timeout: Duration) -> Self {
        GraphStoreClient {
            http: oxhttp::Client::new()
                .with_global_timeout(timeout)
                .with_redirection_limit(0)
                .with_user_agent(concat!("newsgraph/", env!("CARGO_PKG_VERSION")))
                .expect("a static user agent is a valid header"),
            endpoint,
            credentials,
            challenge: None,
            attempts,
            first_wait: Duration::from_secs(1),
        }
    }

    /// Replaces `graph` at the endpoint with `turtle`; returns the attempts it took.
    pub fn put_graph(&mut self, graph: &str, turtle: &[u8]) -> Result<u32, PutError> {
        let mut url = self.endpoint.clone();
        url.query_pairs_mut().append_pair("graph", graph);
        let mut wait = self.first_wait;
        let mut attempt = 1;
        loop {
            match self.put_once(&url, turtle) {
                Ok(()) => return Ok(attempt),
                Err(PutError::Transient(why)) if attempt < self.attempts => {
                    eprintln!("{graph}: {why}; trying again in {} s", wait.as_secs_f32());
                    std::thread::sleep(wait);
                    wait *= 2;
                    attempt += 1;
                }
                Err(PutError::Transient(why)) => {
                    return Err(PutError::Transient(format!("{why} (after {attempt} attempts)")))
                }
                Err(refused) => return Err(refused),
            }
        }
    }

    /// One PUT, answering a challenge once if the endpoint sends one.
    fn put_once(&mut self, url: &url::Url, turtle: &[u8]) -> Result<(), PutError> {
        let mut answered_fresh_challenge = false;
        loop {
            let response = self.send(url, turtle)?;
            let status = response.status();
            if status == StatusCode::UNAUTHORIZED && !answered_fresh_challenge {
                let Some((user, _)) = &self.credentials else {
                    return Err(PutError::Unauthorized(
                        "the endpoint asks for credentials: give --user and --password (or NEWSGRAPH_PUSH_PASSWORD)"
                            .into(),
                    ));
                };
                let user = user.clone();
                let challenges: Vec<&str> = response
                    .headers()
                    .get_all("www-authenticate")
                    .iter()
                    .filter_map(|v| v.to_str().ok())
                    .collect();
                let mut builder = PasswordClient::builder();
                for c in &challenges {
                    builder = builder.challenges(c);
                }
                self.challenge = Some(builder.build().map_err(|e| {
                    PutError::Unauthorized(format!("the endpoint's challenge for {user} cannot be answered: {e}"))
                })?);
                answered_fresh_challenge = true;
                continue;
            }
            if status.is_success() {
                return Ok(());
            }
            let text = response.into_body().to_string().unwrap_or_default();
            let said = text
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .unwrap_or("")
                .to_string();
            let why = format!(
                "the endpoint answered {status}{}",
                if said.is_empty() {
                    String::new()
                } else {
                    format!(": {said}")
                }
            );
            return Err(match status {
                StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => PutError::Unauthorized(format!(
                    "{why} (are the user and password right, and may the user write?)"
                )),
                s if s.is_server_error() || s == StatusCode::REQUEST_TIMEOUT || s == StatusCode::TOO_MANY_REQUESTS => {
                    PutError::Transient(why)
                }
                _ => PutError::Refused(why),
            });
        }
    }

    fn send(&mut self, url: &url::Url, turtle: &[u8]) -> Result<oxhttp::model::Response<Body>, PutError> {
        let mut request = Request::builder()
            .method(Method::PUT)
            .uri(url.as_str())
            .header("Content-Type", "text/turtle; charset=utf-8");
        if let (Some(challenge), Some((user, password))) = (&mut self.challenge, &self.credentials) {
            let target = match url.query() {
                Some(q) => format!("{}?{q}", url.path()),
                None => url.path().to_string(),
            };
            let answer = challenge
                .respond(&PasswordParams {
                    username: user,
                    password,
                    uri: &target,
                    method: "PUT",
                    body: Some(turtle),
                })
                .map_err(|e| PutError::Refused(format!("answering the endpoint's challenge: {e}")))?;
            request = request.header("Authorization", answer);
        }
        let request = request
            .body(Body::from(turtle.to_vec()))
            .map_err(|e| PutError::Refused(format!("building the request: {e}")))?;
        self.http
            .request(request)
            .map_err(|e| PutError::Transient(format!("the endpoint cannot be reached: {e}")))
    }
}
