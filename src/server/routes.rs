//! Which handler answers which request, and the headers every response carries (CORS).

use super::describe::dereference;
use super::feed::feed;
use super::response::{body, HttpError};
use super::sparql::{answer_query, read_operation, run_update, Operation, TRUNCATED_HEADER};
use super::State;
use crate::handoff;
use oxhttp::model::{Body, HeaderValue, Method, Request, Response, StatusCode};

/// Answers one request; errors become plain-text responses with their status.
pub fn handle(state: &State, request: &mut Request<Body>) -> Response<Body> {
    let mut response = route(state, request).unwrap_or_else(HttpError::into_response);
    allow_browsers(&mut response);
    response
}

fn route(state: &State, request: &mut Request<Body>) -> Result<Response<Body>, HttpError> {
    if request.method() == Method::OPTIONS {
        return Ok(preflight());
    }
    let path = request.uri().path().to_string();
    match (request.method().clone(), path.as_str()) {
        (_, "/sparql") => sparql(state, request),
        (Method::GET, "/") => Ok(page(state)),
        (Method::POST, handoff::PATH) => feed(state, request),
        (Method::GET, _) => dereference(&state.store.store, &state.base, request, state.query.max_rows),
        _ => Err(
            HttpError::new(StatusCode::METHOD_NOT_ALLOWED, format!("{path} takes GET"))
                .with_header("Allow", "GET, OPTIONS"),
        ),
    }
}

fn sparql(state: &State, request: &mut Request<Body>) -> Result<Response<Body>, HttpError> {
    let accept = request
        .headers()
        .get("accept")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    match read_operation(request)? {
        None => Ok(page(state)),
        Some(query @ Operation::Query { .. }) => {
            answer_query(&state.store.store, &query, accept.as_deref(), &state.query)
        }
        Some(update @ Operation::Update { .. }) => {
            let token = state.update_token.as_ref().ok_or_else(|| {
                HttpError::new(
                    StatusCode::FORBIDDEN,
                    "this endpoint is read-only: start the server with --allow-update and a token to accept SPARQL Update",
                )
            })?;
            token.check(request, "SPARQL updates")?;
            let _writing = state.write_lock();
            run_update(&state.store.store, &update, &state.query)
        }
    }
}

/// The query page, saying which default graph queries see.
fn page(state: &State) -> Response<Body> {
    let note = if state.query.union_default_graph {
        "Queries see the union of all graphs as their default graph (each article's graph is still \
         there to name with <code>GRAPH</code>)."
    } else {
        "The default graph is the store's own, which newsgraph leaves empty: name graphs with \
         <code>GRAPH</code> or <code>FROM</code>."
    };
    let html = include_str!("page.html").replace("DEFAULT_GRAPH_NOTE", note);
    body(StatusCode::OK, "text/html; charset=utf-8", html)
}

/// Any web page may query the endpoint (the data is public; updates still need the token).
fn allow_browsers(response: &mut Response<Body>) {
    let headers = response.headers_mut();
    headers.insert("Access-Control-Allow-Origin", HeaderValue::from_static("*"));
    headers.insert(
        "Access-Control-Expose-Headers",
        HeaderValue::from_static(TRUNCATED_HEADER),
    );
}

/// The answer to a CORS preflight (`OPTIONS`) for a POST with a body or a token. GET and POST
/// need no `Access-Control-Allow-Methods` (they are CORS-safelisted methods), which is as well:
/// oxhttp does not send that header.
fn preflight() -> Response<Body> {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::NO_CONTENT;
    let headers = response.headers_mut();
    headers.insert(
        "Access-Control-Allow-Headers",
        HeaderValue::from_static("Accept, Content-Type, Authorization"),
    );
    headers.insert("Access-Control-Max-Age", HeaderValue::from_static("86400"));
    headers.insert("Allow", HeaderValue::from_static("GET, POST, OPTIONS"));
    response
}
