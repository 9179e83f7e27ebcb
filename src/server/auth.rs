//! Bearer tokens (RFC 6750): the update token an operator gives the server, and the per-run
//! secret a build on the same machine reads from the store directory to hand articles over.

use super::response::HttpError;
use oxhttp::model::{Body, Request, StatusCode};
use subtle::ConstantTimeEq;

/// A secret compared in constant time, so response times say nothing about how much of a
/// guess was right.
#[derive(Clone)]
pub struct Token(String);

impl Token {
    pub fn new(secret: String) -> Token {
        Token(secret)
    }

    /// 32 random bytes from the operating system, in hex.
    pub fn random() -> std::io::Result<Token> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|e| std::io::Error::other(e.to_string()))?;
        Ok(Token(hex::encode(bytes)))
    }

    pub fn secret(&self) -> &str {
        &self.0
    }

    fn matches(&self, offered: &str) -> bool {
        self.0.as_bytes().ct_eq(offered.as_bytes()).into()
    }

    /// Checks the request's `Authorization: Bearer ...`; `realm` names what it guards in the
    /// challenge of a 401.
    pub fn check(&self, request: &Request<Body>, realm: &str) -> Result<(), HttpError> {
        let offered = request
            .headers()
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split_once(' '))
            .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
            .map(|(_, token)| token.trim());
        match offered {
            Some(t) if self.matches(t) => Ok(()),
            Some(_) => Err(HttpError::new(
                StatusCode::UNAUTHORIZED,
                format!("the bearer token for {realm} is wrong"),
            )
            .with_header(
                "WWW-Authenticate",
                format!("Bearer realm=\"{realm}\", error=\"invalid_token\""),
            )),
            None => Err(HttpError::new(
                StatusCode::UNAUTHORIZED,
                format!("{realm} needs a bearer token (Authorization: Bearer TOKEN)"),
            )
            .with_header("WWW-Authenticate", format!("Bearer realm=\"{realm}\""))),
        }
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_auth(value: Option<&str>) -> Request<Body> {
        let mut b = Request::builder().uri("http://h/sparql");
        if let Some(v) = value {
            b = b.header("Authorization", v);
        }
        b.body(Body::empty()).unwrap()
    }

    #[test]
    fn only_the_right_bearer_token_passes() {
        let token = Token::new("s3cret".into());
        assert!(token.check(&with_auth(Some("Bearer s3cret")), "updates").is_ok());
        assert!(token.check(&with_auth(Some("bearer s3cret")), "updates").is_ok());
        for wrong in [None, Some("Bearer s3cre"), Some("Bearer s3cret2"), Some("Basic s3cret")] {
            let e = token.check(&with_auth(wrong), "updates").unwrap_err();
            assert_eq!(e.status, StatusCode::UNAUTHORIZED);
            assert!(e
                .headers
                .iter()
                .any(|(n, v)| *n == "WWW-Authenticate" && v.starts_with("Bearer")));
        }
    }

    #[test]
    fn random_tokens_differ() {
        let (a, b) = (Token::random().unwrap(), Token::random().unwrap());
        assert_eq!(a.secret().len(), 64);
        assert_ne!(a.secret(), b.secret());
    }
}
