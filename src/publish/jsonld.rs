//! The JSON-LD dump with an `@context` of short names.
//!
//! Oxigraph's JSON-LD serializer (`oxjsonld`) writes the `@context` it is given and streams
//! every quad in JSON-LD's expanded form, but keeps full IRIs as keys (it has no compaction). So
//! the dump is written in two steps, each through a library: `oxjsonld` writes the expanded
//! document, with a context that defines a term for every property the data uses and the
//! project's prefixes; then `json-event-parser` reads it event by event and writes it again with
//! each property key replaced by its term (`"name"` for `https://schema.org/name`) and each
//! datatype by a compact IRI (`"xsd:date"`). Both steps stream: the dump is never in memory.
//!
//! A term is a property's local name when no other property of the data shares it, else the
//! compact IRI (`schema:text`, `nif:...`); values stay explicit value objects (`@value`,
//! `@language`, `@type`) and node references (`@id`), so reading the dump back gives exactly
//! the quads written.

use crate::rdf::vocab::PREFIXES;
use anyhow::Context;
use json_event_parser::{JsonEvent, ReaderJsonParser, WriterJsonSerializer};
use oxjsonld::JsonLdSerializer;
use std::collections::{BTreeMap, HashMap};
use std::io::{BufReader, BufWriter, Write};
use std::path::Path;

/// The intermediate expanded document, removed once compacted.
pub const EXPANDED_FILE: &str = ".newsgraph.expanded.jsonld";

/// Article texts can be long: a JSON string of up to this many bytes is read whole.
const MAX_JSON_TOKEN: usize = 256 << 20;

/// The context of the dump: prefixes, and a short name per property.
#[derive(Debug, Clone, Default)]
pub struct JsonLdContext {
    prefixes: Vec<(String, String)>,
    /// Property IRI → term.
    terms: HashMap<String, String>,
}

impl JsonLdContext {
    /// A context for data whose properties are `properties` (full IRIs).
    pub fn for_properties<'a>(properties: impl IntoIterator<Item = &'a str>) -> JsonLdContext {
        let prefixes: Vec<(String, String)> = PREFIXES.iter().map(|(p, ns)| (p.to_string(), ns.to_string())).collect();
        let mut by_local: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for p in properties {
            by_local.entry(local_name(p)).or_default().push(p);
        }
        let mut terms = HashMap::new();
        for (local, iris) in by_local {
            let usable = iris.len() == 1 && is_term(local) && !prefixes.iter().any(|(p, _)| p == local);
            if usable {
                terms.insert(iris[0].to_string(), local.to_string());
            }
        }
        JsonLdContext { prefixes, terms }
    }

    /// The `oxjsonld` serializer that writes this context (Oxigraph's `RdfSerializer` facade
    /// does not pass prefixes on to it).
    pub fn serializer(&self) -> anyhow::Result<JsonLdSerializer> {
        let mut s = JsonLdSerializer::new();
        let prefixes = self.prefixes.iter().map(|(name, iri)| (name, iri));
        for (name, iri) in prefixes.chain(self.terms.iter().map(|(iri, name)| (name, iri))) {
            s = s
                .with_prefix(name.as_str(), iri.as_str())
                .with_context(|| format!("the JSON-LD context entry {name} = {iri}"))?;
        }
        Ok(s)
    }

    /// The short key for a property IRI: its term, else a compact IRI, else the IRI itself.
    fn key(&self, iri: &str) -> String {
        if let Some(term) = self.terms.get(iri) {
            return term.clone();
        }
        self.compact_iri(iri)
    }

    /// `prefix:local` for an IRI in a namespace of the context (a datatype, a property whose
    /// local name is shared).
    fn compact_iri(&self, iri: &str) -> String {
        for (prefix, ns) in &self.prefixes {
            if let Some(local) = iri.strip_prefix(ns.as_str()) {
                if !local.is_empty() && !local.starts_with("//") && local.chars().all(is_name_char) {
                    return format!("{prefix}:{local}");
                }
            }
        }
        iri.to_string()
    }

    /// Rewrites the expanded document `from` as `to` with short keys, then removes `from`.
    pub fn compact(&self, from: &Path, to: &Path) -> anyhow::Result<()> {
        let input = std::fs::File::open(from).with_context(|| format!("{}: cannot read it", from.display()))?;
        let mut reader =
            ReaderJsonParser::new(BufReader::with_capacity(1 << 16, input)).with_max_buffer_size(MAX_JSON_TOKEN);
        let output = std::fs::File::create(to).with_context(|| format!("{}: cannot create it", to.display()))?;
        let mut writer = WriterJsonSerializer::new(BufWriter::with_capacity(1 << 16, output));
        let fail = |e: &dyn std::fmt::Display| anyhow::anyhow!("{}: compacting the JSON-LD dump: {e}", to.display());
        let mut after_type_key = false;
        loop {
            let event = reader.parse_next().map_err(|e| fail(&e))?;
            let event = match event {
                JsonEvent::Eof => break,
                JsonEvent::ObjectKey(key) if !key.starts_with('@') && key.contains(':') => {
                    JsonEvent::ObjectKey(self.key(&key).into())
                }
                JsonEvent::String(datatype) if after_type_key => JsonEvent::String(self.compact_iri(&datatype).into()),
                other => other,
            };
            after_type_key = matches!(&event, JsonEvent::ObjectKey(k) if k == "@type");
            writer.serialize_event(event).map_err(|e| fail(&e))?;
        }
        let mut buffered = writer.finish().map_err(|e| fail(&e))?;
        buffered.flush()?;
        buffered.into_inner().map_err(|e| fail(&e.into_error()))?.sync_all()?;
        std::fs::remove_file(from).with_context(|| format!("{}: cannot remove it", from.display()))?;
        Ok(())
    }
}

/// The part of an IRI after its last '#' or '/'.
fn local_name(iri: &str) -> &str {
    iri.rfind(['#', '/']).map_or(iri, |i| &iri[i + 1..])
}

/// Whether a local name can serve as a JSON-LD term: a plain name, not a keyword, no colon.
fn is_term(name: &str) -> bool {
    !name.is_empty() && name.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && name.chars().all(is_name_char)
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn properties_get_their_local_name_unless_two_share_it() {
        let c = JsonLdContext::for_properties([
            "https://schema.org/name",
            "https://schema.org/text",
            "http://example.org/a#text",
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
        ]);
        assert_eq!(c.key("https://schema.org/name"), "name");
        assert_eq!(c.key("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), "type");
        assert_eq!(c.key("https://schema.org/text"), "schema:text");
        assert_eq!(c.key("http://example.org/a#text"), "http://example.org/a#text");
        assert_eq!(c.compact_iri("http://www.w3.org/2001/XMLSchema#date"), "xsd:date");
    }

    #[test]
    fn a_prefix_name_is_never_a_term() {
        let c = JsonLdContext::for_properties(["http://example.org/ns#org"]);
        assert_eq!(c.key("http://example.org/ns#org"), "http://example.org/ns#org");
    }
}
