//! Building responses: bodies with their media type, and errors as one line of plain text.

use oxhttp::model::header::{CONTENT_TYPE, VARY};
use oxhttp::model::{Body, HeaderValue, Request, Response, StatusCode};
use std::io::Read;

/// An error a request ends in: its status and one line saying what was wrong.
#[derive(Debug)]
pub struct HttpError {
    pub status: StatusCode,
    pub message: String,
    /// Extra headers (a `WWW-Authenticate` challenge, an `Allow` list).
    pub headers: Vec<(&'static str, String)>,
}

impl HttpError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> HttpError {
        HttpError {
            status,
            message: message.into(),
            headers: Vec::new(),
        }
    }

    pub fn bad_request(message: impl Into<String>) -> HttpError {
        HttpError::new(StatusCode::BAD_REQUEST, message)
    }

    pub fn with_header(mut self, name: &'static str, value: impl Into<String>) -> HttpError {
        self.headers.push((name, value.into()));
        self
    }

    pub fn into_response(self) -> Response<Body> {
        let mut response = body(self.status, "text/plain; charset=utf-8", format!("{}\n", self.message));
        for (name, value) in self.headers {
            if let Ok(v) = HeaderValue::try_from(value) {
                response.headers_mut().insert(name, v);
            }
        }
        response
    }
}

/// A response of `status` with a body of `media_type`.
pub fn body(status: StatusCode, media_type: &str, content: impl Into<Body>) -> Response<Body> {
    let mut response = Response::new(content.into());
    *response.status_mut() = status;
    if let Ok(v) = HeaderValue::try_from(media_type) {
        response.headers_mut().insert(CONTENT_TYPE, v);
    }
    response
}

/// A 200 whose body was chosen by content negotiation: caches must key on `Accept` too.
pub fn negotiated(media_type: &str, content: Vec<u8>) -> Response<Body> {
    let mut response = body(StatusCode::OK, media_type, content);
    response.headers_mut().insert(VARY, HeaderValue::from_static("Accept"));
    response
}

/// The request's body, refused (413) past `max` bytes; `what` names it in errors.
pub fn read_body(request: &mut Request<Body>, max: u64, what: &str) -> Result<Vec<u8>, HttpError> {
    let mut body = Vec::new();
    request
        .body_mut()
        .take(max + 1)
        .read_to_end(&mut body)
        .map_err(|e| HttpError::bad_request(format!("reading {what}: {e}")))?;
    if body.len() as u64 > max {
        return Err(HttpError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("{what} is at most {max} bytes"),
        ));
    }
    Ok(body)
}
