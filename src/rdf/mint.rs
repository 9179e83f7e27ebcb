//! Deterministic IRIs for everything newsgraph describes. The same input always mints the
//! same IRIs, so rebuilding an article replaces its facts rather than adding new ones. Any
//! text from the input is percent-encoded before it becomes part of an IRI.

use oxigraph::model::NamedNode;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Everything but the IRI "unreserved" characters is encoded.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

pub fn encode(segment: &str) -> String {
    utf8_percent_encode(segment, SEGMENT).collect()
}

#[derive(Debug, Clone)]
pub struct Minter {
    base: String,
}

#[derive(Debug, thiserror::Error)]
#[error("invalid base IRI {iri:?}: {reason} (it must be an absolute IRI ending in '/' or '#', e.g. https://example.org/news/)")]
pub struct BaseIriError {
    iri: String,
    reason: String,
}

impl Minter {
    pub fn new(base: &str) -> Result<Minter, BaseIriError> {
        let err = |reason: &str| BaseIriError {
            iri: base.to_string(),
            reason: reason.to_string(),
        };
        if !(base.ends_with('/') || base.ends_with('#')) {
            return Err(err("it does not end in '/' or '#'"));
        }
        NamedNode::new(format!("{base}x")).map_err(|e| err(&e.to_string()))?;
        Ok(Minter { base: base.to_string() })
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    fn node(&self, kind: &str, parts: &[&str]) -> NamedNode {
        // (Joined by hand: `format!` is a measurable part of writing an article's graph.)
        let mut iri = String::with_capacity(self.base.len() + kind.len() + 64);
        iri.push_str(&self.base);
        iri.push_str(kind);
        for part in parts {
            iri.push('/');
            iri.extend(utf8_percent_encode(part, SEGMENT));
        }
        if parts.is_empty() {
            iri.push('/');
        }
        NamedNode::new_unchecked(iri)
    }

    pub fn article(&self, source: &str) -> NamedNode {
        self.node("article", &[source])
    }
    pub fn graph(&self, source: &str) -> NamedNode {
        self.node("graph", &[source])
    }
    /// A person named in full, from the name as the article writes it (`identity::name_slug`:
    /// "Joe Biden" -> `person/joe-biden`, "Сергей Лавров" -> `person/sergey-lavrov`): readable,
    /// and the same for every article that writes the name so. Other spellings of the name
    /// ("Sergei Lavrov") get IRIs of their own, which the identity graph joins to the one
    /// standing for the person.
    pub fn person(&self, slug: &str) -> NamedNode {
        self.node("person", &[slug])
    }
    /// A person one article names by a single word ("Putin"): that alone does not say who it
    /// is across articles, so the IRI is the article's own until the identity graph links it.
    pub fn person_of_article(&self, source: &str, slug: &str) -> NamedNode {
        self.node("person", &[source, slug])
    }
    /// The graph of cross-article identity decisions (see `resolve`); outside `graph/`, so no
    /// article's name can collide with it.
    pub fn identity_graph(&self) -> NamedNode {
        NamedNode::new_unchecked(format!("{}identity", self.base))
    }
    pub fn region(&self, key: &str) -> NamedNode {
        self.node("region", &[key])
    }
    pub fn country(&self, code: &str) -> NamedNode {
        self.node("country", &[code])
    }
    pub fn organisation(&self, key: &str, country: Option<&str>) -> NamedNode {
        match country {
            Some(c) => self.node("org", &[&format!("{key}-{c}")]),
            None => self.node("org", &[key]),
        }
    }
    pub fn role(&self, key: &str) -> NamedNode {
        self.node("role", &[key])
    }
    pub fn venue(&self, label: &str) -> NamedNode {
        self.node("venue", &[&crate::identity::name_key(label)])
    }
    /// A known news outlet or platform (`src/lang/outlets.tsv`): one IRI per outlet, whatever
    /// words an article names it with.
    pub fn outlet(&self, key: &str) -> NamedNode {
        self.node("outlet", &[key])
    }
    pub fn membership(&self, source: &str, person: &str, role: &str, org: &str) -> NamedNode {
        self.node("membership", &[source, person, role, org])
    }
    pub fn statement(&self, source: &str, begin: usize, end: usize) -> NamedNode {
        self.node("statement", &[source, &format!("{begin}-{end}")])
    }
    /// The same words said by a second speaker ("A and B said"): one statement each.
    pub fn statement_of(&self, source: &str, begin: usize, end: usize, speaker: &str) -> NamedNode {
        self.node("statement", &[source, &format!("{begin}-{end}"), speaker])
    }
    /// A span of an article's text (RFC 5147 fragment, as NIF writes it). The spans' context
    /// is the article itself (its IRI is also its `nif:Context`), so the text is stored once.
    pub fn span(&self, source: &str, begin: usize, end: usize) -> NamedNode {
        NamedNode::new_unchecked(format!("{}#char={begin},{end}", self.article(source).as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_is_encoded() {
        let m = Minter::new("https://example.org/kg/").unwrap();
        let iri = m.article("a b>\"}{<script>.txt");
        assert_eq!(
            iri.as_str(),
            "https://example.org/kg/article/a%20b%3E%22%7D%7B%3Cscript%3E.txt"
        );
        assert!(NamedNode::new(iri.as_str()).is_ok());
        assert!(Minter::new("not an iri/").is_err());
        assert!(Minter::new("https://example.org/kg").is_err());
    }
}
