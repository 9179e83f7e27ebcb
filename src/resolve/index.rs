//! The identity index: a graph of its own (`{base}identity/index`) that lets a build find, by
//! lookup, the persons its new articles could merge with. It holds
//! - for every person IRI the identity graph speaks of, its surname key (`ng:surnameKey`) and
//!   what all articles say of it added up (`ng:identityRecord`, JSON: the articles naming it,
//!   its names and posts), so resolving a person again needs one lookup, not one per article;
//! - for every article stored since the identity graph was last brought up to date, what it
//!   changed: the mentions of persons its old version had and its new one has
//!   (`ng:pendingChange`, JSON), written with the article itself (one transaction or atomic
//!   load), so a build killed before its identity pass leaves the work for the next;
//! - for every surname, its spellings with letters deleted (`ng:surnameVariant`, to find close
//!   surnames) and the roles its persons hold (`ng:heldRole`);
//! - the version of the rules and a digest of the gazetteer that made it (when either changes,
//!   the next build resolves the whole store again).
//!
//! It is derived data: deleting the graph makes the next build rebuild it from the articles.

use super::cluster::deletion_variants;
use super::gazetteer::Gazetteer;
use super::mentions::{IriStats, Mention};
use crate::rdf::mint::{encode, Minter};
use crate::rdf::vocab::{NG, RDF};
use oxigraph::model::{BlankNode, GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use oxigraph::store::{StorageError, Store};
use std::collections::BTreeSet;

/// Changes whenever the identity rules change what they decide: a store resolved by other
/// rules is resolved again in full.
pub const RULES_VERSION: &str = concat!("newsgraph ", env!("CARGO_PKG_VERSION"), " identity 6");

fn ng(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{NG}{local}"))
}

/// Names of the index's graph, terms and surname nodes under a base IRI.
#[derive(Debug, Clone)]
pub struct Index {
    pub graph: NamedNode,
    surname_base: String,
    surname_key: NamedNode,
    record: NamedNode,
    change: NamedNode,
    variant: NamedNode,
    held_role: NamedNode,
    json: NamedNode,
    article_base: String,
}

/// What one stored article changed for the identity pass: the person mentions of the version it
/// replaced (none for a new article) and of itself.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Change {
    pub before: Vec<Mention>,
    pub after: Vec<Mention>,
}

impl Index {
    pub fn new(minter: &Minter) -> Index {
        let graph = NamedNode::new_unchecked(format!("{}identity/index", minter.base()));
        Index {
            surname_base: format!("{}identity/surname/", minter.base()),
            graph,
            surname_key: ng("surnameKey"),
            record: ng("identityRecord"),
            change: ng("pendingChange"),
            variant: ng("surnameVariant"),
            held_role: ng("heldRole"),
            json: NamedNode::new_unchecked(format!("{RDF}JSON")),
            article_base: format!("{}article/", minter.base()),
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
        self.quad(
            NamedNode::new_unchecked(iri),
            &self.surname_key,
            Literal::new_simple_literal(surname),
        )
    }

    /// What the articles say of a person IRI, added up.
    pub fn record(&self, iri: &str, stats: &IriStats) -> Quad {
        let json = Literal::new_typed_literal(stats.to_json(&self.article_base), self.json.clone());
        self.quad(NamedNode::new_unchecked(iri), &self.record, json)
    }

    /// A change an article stored makes, awaiting the identity pass (a node of its own, so two
    /// changes of one article stay two).
    pub fn change(&self, change: &Change) -> Quad {
        let json = serde_json::to_string(change).expect("plain data serialises");
        self.quad(
            BlankNode::default(),
            &self.change,
            Literal::new_typed_literal(json, self.json.clone()),
        )
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
        self.quad(
            self.surname_node(surname),
            &self.held_role,
            Literal::new_simple_literal(role),
        )
    }

    /// The stamp saying the index is complete, and for which rules and gazetteer.
    pub fn stamp(&self, gazetteer: &Gazetteer) -> Vec<Quad> {
        vec![
            self.quad(
                self.graph.clone(),
                &NamedNode::new_unchecked(format!("{RDF}type")),
                ng("IdentityIndex"),
            ),
            self.quad(
                self.graph.clone(),
                &ng("rulesVersion"),
                Literal::new_simple_literal(RULES_VERSION),
            ),
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

    fn literals(
        &self,
        store: &Store,
        s: Option<NamedNodeRef<'_>>,
        p: &NamedNode,
        o: Option<&str>,
    ) -> Result<Vec<(NamedOrBlankNode, String)>, StorageError> {
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

    /// The changes awaiting the identity pass, with their quads (to remove once applied).
    pub fn changes(&self, store: &Store) -> anyhow::Result<Vec<(Quad, Change)>> {
        let mut out = Vec::new();
        for q in store.quads_for_pattern(None, Some(self.change.as_ref()), None, Some(self.graph.as_ref().into())) {
            let q = q?;
            if let Term::Literal(l) = &q.object {
                let change: Change = serde_json::from_str(l.value())?;
                out.push((q, change));
            }
        }
        Ok(out)
    }

    /// The record of a person IRI and its quad, if the index has one.
    pub fn read_record(&self, store: &Store, iri: &str) -> anyhow::Result<Option<(Quad, IriStats)>> {
        let node = NamedNode::new_unchecked(iri);
        let found = store
            .quads_for_pattern(
                Some(node.as_ref().into()),
                Some(self.record.as_ref()),
                None,
                Some(self.graph.as_ref().into()),
            )
            .next()
            .transpose()?;
        match found {
            Some(q) => {
                let Term::Literal(l) = &q.object else { return Ok(None) };
                let stats = IriStats::from_json(l.value(), &self.article_base)?;
                Ok(Some((q, stats)))
            }
            None => Ok(None),
        }
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
            .quads_for_pattern(
                Some(node.as_ref().into()),
                Some(self.held_role.as_ref()),
                None,
                Some(self.graph.as_ref().into()),
            )
            .collect()
    }

    /// Every quad of the index about person IRIs of a surname (resolved ones).
    pub fn person_quads(&self, store: &Store, surname: &str) -> Result<Vec<Quad>, StorageError> {
        let lit = Literal::new_simple_literal(surname);
        store
            .quads_for_pattern(
                None,
                Some(self.surname_key.as_ref()),
                Some(lit.as_ref().into()),
                Some(self.graph.as_ref().into()),
            )
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
