//! The identity index: a graph of its own (`{base}identity/index`) that lets a build find, by
//! lookup, the persons its new articles could merge with. It holds
//! - for every person IRI the identity graph speaks of, its surname key (`ng:surnameKey`);
//! - for person IRIs of articles stored since the identity graph was last brought up to date,
//!   the same under `ng:pendingSurnameKey`: written with the articles themselves (one
//!   transaction), so a build killed before its identity pass leaves the work for the next;
//! - for every surname, its spellings with letters deleted (`ng:surnameVariant`, to find close
//!   surnames) and the roles its persons hold (`ng:heldRole`);
//! - the version of the rules and a digest of the gazetteer that made it (when either changes,
//!   the next build resolves the whole store again).
//!
//! It is derived data: deleting the graph makes the next build rebuild it from the articles.

use super::cluster::deletion_variants;
use super::gazetteer::Gazetteer;
use crate::rdf::mint::{encode, Minter};
use crate::rdf::vocab::{NG, RDF};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use oxigraph::store::{StorageError, Store};
use std::collections::BTreeSet;

/// Changes whenever the identity rules change what they decide: a store resolved by other
/// rules is resolved again in full.
pub const RULES_VERSION: &str = concat!("newsgraph ", env!("CARGO_PKG_VERSION"), " identity 2");

fn ng(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{NG}{local}"))
}

/// Names of the index's graph, terms and surname nodes under a base IRI.
#[derive(Debug, Clone)]
pub struct Index {
    pub graph: NamedNode,
    surname_base: String,
    surname_key: NamedNode,
    pending_key: NamedNode,
    variant: NamedNode,
    held_role: NamedNode,
}

impl Index {
    pub fn new(minter: &Minter) -> Index {
        let graph = NamedNode::new_unchecked(format!("{}identity/index", minter.base()));
        Index {
            surname_base: format!("{}identity/surname/", minter.base()),
            graph,
            surname_key: ng("surnameKey"),
            pending_key: ng("pendingSurnameKey"),
            variant: ng("surnameVariant"),
            held_role: ng("heldRole"),
        }
    }

    fn quad(&self, s: impl Into<NamedOrBlankNode>, p: &NamedNode, o: impl Into<Term>) -> Quad {
        Quad::new(s, p.clone(), o, GraphName::NamedNode(self.graph.clone()))
    }

    fn surname_node(&self, surname: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}{}", self.surname_base, encode(surname)))
    }

    fn surname_of_node(&self, node: &str) -> Option<String> {
        node.strip_prefix(&self.surname_base)
            .map(|s| percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned())
    }

    /// A person IRI of the article graphs and its surname, resolved.
    pub fn person(&self, iri: &str, surname: &str) -> Quad {
        self.quad(NamedNode::new_unchecked(iri), &self.surname_key, Literal::new_simple_literal(surname))
    }

    /// A person IRI written to an article graph and not yet resolved.
    pub fn pending(&self, iri: &str, surname: &str) -> Quad {
        self.quad(NamedNode::new_unchecked(iri), &self.pending_key, Literal::new_simple_literal(surname))
    }

    /// A surname's spellings with letters deleted.
    pub fn variants(&self, surname: &str) -> Vec<Quad> {
        let node = self.surname_node(surname);
        deletion_variants(surname)
            .into_iter()
            .map(|v| self.quad(node.clone(), &self.variant, Literal::new_simple_literal(v)))
            .collect()
    }

    pub fn role(&self, surname: &str, role: &str) -> Quad {
        self.quad(self.surname_node(surname), &self.held_role, Literal::new_simple_literal(role))
    }

    /// The stamp saying the index is complete, and for which rules and gazetteer.
    pub fn stamp(&self, gazetteer: &Gazetteer) -> Vec<Quad> {
        vec![
            self.quad(
                self.graph.clone(),
                &NamedNode::new_unchecked(format!("{RDF}type")),
                ng("IdentityIndex"),
            ),
            self.quad(self.graph.clone(), &ng("rulesVersion"), Literal::new_simple_literal(RULES_VERSION)),
            self.quad(
                self.graph.clone(),
                &ng("gazetteerDigest"),
                Literal::new_simple_literal(digest(gazetteer)),
            ),
        ]
    }

    /// True when the index is complete and was made by these rules with this gazetteer.
    pub fn is_current(&self, store: &Store, gazetteer: &Gazetteer) -> Result<bool, StorageError> {
        let stamp = self.stamp(gazetteer);
        for q in &stamp {
            if !store.contains(q)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn literals(&self, store: &Store, s: Option<NamedNodeRef<'_>>, p: &NamedNode, o: Option<&str>) -> Result<Vec<(NamedOrBlankNode, String)>, StorageError> {
        let lit = o.map(Literal::new_simple_literal);
        let mut out = Vec::new();
        for q in store.quads_for_pattern(
            s.map(Into::into),
            Some(p.as_ref()),
            lit.as_ref().map(|l| l.as_ref().into()),
            Some(self.graph.as_ref().into()),
        ) {
            let q = q?;
            if let Term::Literal(l) = q.object {
                out.push((q.subject, l.value().to_string()));
            }
        }
        Ok(out)
    }

    /// Person IRIs written but not yet resolved, with their surnames.
    pub fn pending_persons(&self, store: &Store) -> Result<Vec<(String, String)>, StorageError> {
        Ok(self
            .literals(store, None, &self.pending_key, None)?
            .into_iter()
            .filter_map(|(s, surname)| match s {
                NamedOrBlankNode::NamedNode(n) => Some((n.into_string(), surname)),
                _ => None,
            })
            .collect())
    }

    /// The resolved person IRIs of a surname.
    pub fn persons(&self, store: &Store, surname: &str) -> Result<Vec<String>, StorageError> {
        Ok(self
            .literals(store, None, &self.surname_key, Some(surname))?
            .into_iter()
            .filter_map(|(s, _)| match s {
                NamedOrBlankNode::NamedNode(n) => Some(n.into_string()),
                _ => None,
            })
            .collect())
    }

    /// The roles persons of a surname held when the index was last brought up to date.
    pub fn roles(&self, store: &Store, surname: &str) -> Result<BTreeSet<String>, StorageError> {
        let node = self.surname_node(surname);
        Ok(self
            .literals(store, Some(node.as_ref()), &self.held_role, None)?
            .into_iter()
            .map(|(_, r)| r)
            .collect())
    }

    /// Stored surnames that share a spelling-with-letters-deleted with `surname`: the
    /// candidates for a close surname (confirm with `close_surnames`).
    pub fn spelled_like(&self, store: &Store, surname: &str) -> Result<BTreeSet<String>, StorageError> {
        let mut out = BTreeSet::new();
        for v in deletion_variants(surname) {
            for (s, _) in self.literals(store, None, &self.variant, Some(&v))? {
                if let NamedOrBlankNode::NamedNode(n) = s {
                    out.extend(self.surname_of_node(n.as_str()));
                }
            }
        }
        Ok(out)
    }

    /// The quads of the index about a surname's roles (to replace them).
    pub fn role_quads(&self, store: &Store, surname: &str) -> Result<Vec<Quad>, StorageError> {
        let node = self.surname_node(surname);
        store
            .quads_for_pattern(Some(node.as_ref().into()), Some(self.held_role.as_ref()), None, Some(self.graph.as_ref().into()))
            .collect()
    }

    /// Every quad of the index about person IRIs of a surname (resolved ones).
    pub fn person_quads(&self, store: &Store, surname: &str) -> Result<Vec<Quad>, StorageError> {
        let lit = Literal::new_simple_literal(surname);
        store
            .quads_for_pattern(None, Some(self.surname_key.as_ref()), Some(lit.as_ref().into()), Some(self.graph.as_ref().into()))
            .collect()
    }

    /// Every pending quad.
    pub fn pending_quads(&self, store: &Store) -> Result<Vec<Quad>, StorageError> {
        store
            .quads_for_pattern(None, Some(self.pending_key.as_ref()), None, Some(self.graph.as_ref().into()))
            .collect()
    }
}

/// A digest of the gazetteer's people (FNV-1a over its rows): a changed gazetteer may change
/// any decision, so the next build resolves everything again.
pub fn digest(gazetteer: &Gazetteer) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |s: &str| {
        for b in s.bytes().chain([0u8]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for p in &gazetteer.people {
        feed(&p.wikidata);
        for n in &p.names {
            feed(n);
        }
        feed(p.role.as_deref().unwrap_or(""));
        feed(p.organisation.as_deref().unwrap_or(""));
    }
    format!("{h:016x}")
}
