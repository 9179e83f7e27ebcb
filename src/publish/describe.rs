//! A small RDF description built in memory and written as Turtle through Oxigraph's serializer:
//! a dataset description is a few hundred triples, whatever the size of the data.

use crate::rdf::vocab::{PREFIXES, RDF, XSD};
use anyhow::Context;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{BlankNode, Literal, NamedNode, NamedOrBlankNode, Term, Triple};
use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

pub const DCAT: &str = "http://www.w3.org/ns/dcat#";
pub const VOID: &str = "http://rdfs.org/ns/void#";
pub const FOAF: &str = "http://xmlns.com/foaf/0.1/";
pub const SPDX: &str = "http://spdx.org/rdf/terms#";
/// IANA's registry of media types, whose IRIs DCAT-AP asks for in `dcat:mediaType`.
pub const IANA_MEDIA_TYPES: &str = "https://www.iana.org/assignments/media-types/";

/// An IRI the code composes from valid parts (namespaces, a base IRI checked on input).
pub fn iri(value: impl Into<String>) -> NamedNode {
    NamedNode::new_unchecked(value)
}

pub fn term(ns: &str, local: &str) -> NamedNode {
    iri(format!("{ns}{local}"))
}

pub fn english(text: &str) -> Term {
    Literal::new_language_tagged_literal_unchecked(text, "en").into()
}

pub fn typed(value: impl Into<String>, datatype: &str) -> Term {
    Literal::new_typed_literal(value, term(XSD, datatype)).into()
}

pub fn count(n: u64) -> Term {
    Literal::from(n as i64).into()
}

/// Triples of a description, in the order they were added.
#[derive(Default)]
pub struct Description {
    triples: Vec<Triple>,
}

impl Description {
    pub fn add(&mut self, subject: impl Into<NamedOrBlankNode>, predicate: NamedNode, object: impl Into<Term>) {
        self.triples.push(Triple::new(subject, predicate, object));
    }

    /// `subject a ns:class`.
    pub fn a(&mut self, subject: impl Into<NamedOrBlankNode>, ns: &str, class: &str) {
        self.add(subject, term(RDF, "type"), term(ns, class));
    }

    /// A fresh blank node for a structure of the description (a checksum, a partition).
    pub fn blank(&self) -> BlankNode {
        BlankNode::default()
    }

    /// The triples with each subject's together (subjects in the order they first appear), so
    /// the Turtle reads one block per resource.
    fn grouped_by_subject(&self) -> Vec<&Triple> {
        let mut order: HashMap<&NamedOrBlankNode, usize> = HashMap::new();
        for t in &self.triples {
            let next = order.len();
            order.entry(&t.subject).or_insert(next);
        }
        let mut sorted: Vec<&Triple> = self.triples.iter().collect();
        sorted.sort_by_key(|t| order[&t.subject]);
        sorted
    }

    /// Writes the description as Turtle, synced to disk.
    pub fn write_turtle(&self, path: &Path) -> anyhow::Result<()> {
        let fail = || format!("{}: cannot write the description", path.display());
        let file = std::fs::File::create(path).with_context(fail)?;
        let mut serializer = RdfSerializer::from_format(RdfFormat::Turtle);
        for (prefix, ns) in
            PREFIXES
                .iter()
                .copied()
                .chain([("dcat", DCAT), ("void", VOID), ("foaf", FOAF), ("spdx", SPDX)])
        {
            serializer = serializer.with_prefix(prefix, ns).expect("static prefixes are valid");
        }
        let mut writer = serializer.for_writer(std::io::BufWriter::new(file));
        for t in self.grouped_by_subject() {
            writer.serialize_triple(t).with_context(fail)?;
        }
        let mut buffered = writer.finish().with_context(fail)?;
        buffered.flush().with_context(fail)?;
        buffered
            .into_inner()
            .map_err(|e| e.into_error())
            .and_then(|f| f.sync_all())
            .with_context(fail)?;
        Ok(())
    }
}
