//! What the article graphs say of each person IRI, gathered into the plain data cross-article
//! identity decides on ([`PersonNode`]). The same reading serves an article's quads still in
//! memory (a fresh build, which never reads back what it wrote) and the store (a build that
//! adds to one, which reads only the persons its new articles could merge with), so both give
//! the same nodes.

use super::cluster::{NameLabel, PersonNode, Post};
use crate::identity::{is_latin_script, name_key};
use crate::rdf::mint::Minter;
use crate::rdf::vocab::{ORG, RDF, SCHEMA, SKOS};
use oxigraph::model::{GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use oxigraph::store::Store;
use std::collections::{BTreeMap, BTreeSet};

/// What one article says of one person IRI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub iri: String,
    pub article: String,
    /// (language, text, main): the article's main name (`schema:name`) and its other forms.
    pub names: Vec<(String, String, bool)>,
    pub posts: Vec<Post>,
}

impl Mention {
    /// The identity key of the article's main name for the person.
    pub fn key(&self) -> String {
        self.names
            .iter()
            .filter(|n| n.2)
            .map(|n| name_key(&n.1))
            .max_by_key(|k| k.len())
            .unwrap_or_default()
    }
}

/// Everything the article graphs say of one person IRI, added up over articles.
#[derive(Debug, Clone, Default)]
pub struct IriStats {
    pub key: String,
    pub articles: BTreeSet<String>,
    /// (language, text) -> (articles using the form, whether any uses it as the main name).
    pub labels: BTreeMap<(String, String), (usize, bool)>,
    /// Each post and the first article (by IRI) that gives it.
    pub posts: BTreeMap<Post, String>,
    /// Articles whose main name for the person is written in Latin script.
    pub latin_articles: usize,
}

impl IriStats {
    pub fn add(&mut self, m: &Mention) {
        if !self.articles.insert(m.article.clone()) {
            return;
        }
        let key = m.key();
        if key.len() > self.key.len() {
            self.key = key;
        }
        let mut seen = BTreeSet::new();
        for (lang, text, main) in &m.names {
            if !seen.insert((lang, text)) {
                continue;
            }
            let e = self.labels.entry((lang.clone(), text.clone())).or_insert((0, false));
            e.0 += 1;
            e.1 |= main;
        }
        if m.names.iter().any(|(_, text, main)| *main && is_latin_script(text)) {
            self.latin_articles += 1;
        }
        for p in &m.posts {
            let first = self.posts.entry(p.clone()).or_insert_with(|| m.article.clone());
            if m.article < *first {
                *first = m.article.clone();
            }
        }
    }
}

/// The persons (one node per identity key for full names, one per IRI for a name of one word)
/// of a set of IRIs, sorted by the IRI that stands for each.
///
/// Several IRIs share a key when articles spell one name differently ("Sergey Lavrov", "Sergei
/// Lavrov", "Сергей Лавров"): they are one node, named by the IRI most articles write in Latin
/// script (then most articles, then the shortest, then the first).
pub fn nodes(stats: &BTreeMap<String, IriStats>) -> Vec<PersonNode> {
    let mut by_key: BTreeMap<String, Vec<(&String, &IriStats)>> = BTreeMap::new();
    let mut out = Vec::new();
    for (iri, s) in stats {
        if s.key.is_empty() {
            continue;
        }
        if s.key.contains('-') {
            by_key.entry(s.key.clone()).or_default().push((iri, s));
        } else {
            out.push(node_of(&s.key, &[(iri, s)]));
        }
    }
    for (key, iris) in &by_key {
        out.push(node_of(key, iris));
    }
    out.sort_by(|a, b| a.iri.cmp(&b.iri));
    out
}

fn node_of(key: &str, iris: &[(&String, &IriStats)]) -> PersonNode {
    let best = iris
        .iter()
        .max_by(|(ia, a), (ib, b)| {
            (a.latin_articles, a.articles.len())
                .cmp(&(b.latin_articles, b.articles.len()))
                .then_with(|| ib.len().cmp(&ia.len()))
                .then_with(|| ib.cmp(ia))
        })
        .expect("a node has an IRI");
    let first = |s: &IriStats| s.articles.iter().next().cloned().unwrap_or_default();
    let mut node = PersonNode {
        iri: best.0.clone(),
        first_article_of_iri: first(best.1),
        key: key.to_string(),
        ..PersonNode::default()
    };
    let mut labels: BTreeMap<(String, String), (usize, bool)> = BTreeMap::new();
    for (iri, s) in iris {
        if *iri != best.0 {
            node.other_iris.push(((*iri).clone(), first(s)));
        }
        node.articles.extend(s.articles.iter().cloned());
        for (k, (n, main)) in &s.labels {
            let e = labels.entry(k.clone()).or_insert((0, false));
            e.0 += n;
            e.1 |= main;
        }
        for (p, first) in &s.posts {
            let e = node.post_witness.entry(p.clone()).or_insert_with(|| first.clone());
            if first < e {
                *e = first.clone();
            }
        }
    }
    node.posts = node.post_witness.keys().cloned().collect();
    node.labels = labels
        .into_iter()
        .map(|((lang, text), (articles, main))| NameLabel {
            text,
            lang,
            articles,
            main,
        })
        .collect();
    node
}

/// Reads the posts of a membership from its role and organisation IRIs.
fn post(minter: &Minter, role: &str, org: Option<&str>) -> Option<Post> {
    let base = minter.base();
    let role = role.strip_prefix(base)?.strip_prefix("role/")?;
    let scope = org.and_then(|o| {
        let local = o.strip_prefix(base)?;
        local.strip_prefix("country/").or_else(|| local.strip_prefix("org/")).map(decode)
    });
    Some(Post {
        role: decode(role),
        scope,
    })
}

fn decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned()
}

fn iri(ns: &str, local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ns}{local}"))
}

/// The mentions of persons in one article's quads (as `rdf::graph::article_quads` made them).
pub fn mentions_in_quads(quads: &[Quad], minter: &Minter) -> Vec<Mention> {
    let a = iri(RDF, "type");
    let person = Term::from(iri(SCHEMA, "Person"));
    let article_class = Term::from(iri(SCHEMA, "NewsArticle"));
    let name = iri(SCHEMA, "name");
    let alt = iri(SKOS, "altLabel");
    let (member, role, organization) = (iri(ORG, "member"), iri(ORG, "role"), iri(ORG, "organization"));
    let Some(article) = quads
        .iter()
        .find(|q| q.predicate == a && q.object == article_class)
        .and_then(|q| subject_iri(q))
    else {
        return Vec::new();
    };
    let mut out: BTreeMap<String, Mention> = BTreeMap::new();
    for q in quads.iter().filter(|q| q.predicate == a && q.object == person) {
        if let Some(p) = subject_iri(q) {
            out.insert(
                p.clone(),
                Mention {
                    iri: p,
                    article: article.clone(),
                    names: Vec::new(),
                    posts: Vec::new(),
                },
            );
        }
    }
    let mut memberships: BTreeMap<String, (Option<String>, Option<String>, Option<String>)> = BTreeMap::new();
    for q in quads {
        let Some(key) = subject_iri(q) else { continue };
        if q.predicate == name || q.predicate == alt {
            if let (Some(m), Term::Literal(l)) = (out.get_mut(&key), &q.object) {
                m.names
                    .push((l.language().unwrap_or("").to_string(), l.value().to_string(), q.predicate == name));
            }
        } else if q.predicate == member || q.predicate == role || q.predicate == organization {
            let e = memberships.entry(key).or_default();
            let value = named(&q.object);
            if q.predicate == member {
                e.0 = value;
            } else if q.predicate == role {
                e.1 = value;
            } else {
                e.2 = value;
            }
        }
    }
    for (who, role, org) in memberships.into_values() {
        if let (Some(who), Some(role)) = (who, role) {
            if let (Some(m), Some(p)) = (out.get_mut(&who), post(minter, &role, org.as_deref())) {
                m.posts.push(p);
            }
        }
    }
    out.into_values().collect()
}

fn subject_iri(q: &Quad) -> Option<String> {
    match &q.subject {
        NamedOrBlankNode::NamedNode(n) => Some(n.as_str().to_string()),
        _ => None,
    }
}

fn named(t: &Term) -> Option<String> {
    match t {
        Term::NamedNode(n) => Some(n.as_str().to_string()),
        _ => None,
    }
}

/// Reads every article mention of one person IRI from the store, using only the indexes that
/// start with the person (its own quads, the memberships naming it) and each graph's article:
/// the cost follows how often the person is named, not the size of the store.
pub fn mentions_in_store(store: &Store, person: NamedNodeRef<'_>, minter: &Minter) -> anyhow::Result<Vec<Mention>> {
    let a = iri(RDF, "type");
    let person_class = iri(SCHEMA, "Person");
    let article_class = iri(SCHEMA, "NewsArticle");
    let name = iri(SCHEMA, "name");
    let alt = iri(SKOS, "altLabel");
    let (member, role, organization) = (iri(ORG, "member"), iri(ORG, "role"), iri(ORG, "organization"));
    let identity = minter.identity_graph();
    let mut by_graph: BTreeMap<NamedNode, Mention> = BTreeMap::new();
    for q in store.quads_for_pattern(Some(person.into()), Some(a.as_ref()), Some(person_class.as_ref().into()), None) {
        let q = q?;
        let oxigraph::model::GraphName::NamedNode(g) = q.graph_name else { continue };
        if g == identity || g.as_str().starts_with(&format!("{}/", identity.as_str())) {
            continue;
        }
        let Some(article) = store
            .quads_for_pattern(None, Some(a.as_ref()), Some(article_class.as_ref().into()), Some(g.as_ref().into()))
            .next()
            .transpose()?
            .as_ref()
            .and_then(subject_iri)
        else {
            continue;
        };
        by_graph.insert(
            g,
            Mention {
                iri: person.as_str().to_string(),
                article,
                names: Vec::new(),
                posts: Vec::new(),
            },
        );
    }
    for (g, m) in by_graph.iter_mut() {
        let graph = GraphNameRef::NamedNode(g.as_ref());
        for (p, main) in [(&name, true), (&alt, false)] {
            for q in store.quads_for_pattern(Some(person.into()), Some(p.as_ref()), None, Some(graph)) {
                if let Term::Literal(l) = q?.object {
                    m.names.push((l.language().unwrap_or("").to_string(), l.value().to_string(), main));
                }
            }
        }
        for q in store.quads_for_pattern(None, Some(member.as_ref()), Some(person.into()), Some(graph)) {
            let membership = q?.subject;
            let object = |p: &NamedNode| -> anyhow::Result<Option<String>> {
                Ok(store
                    .quads_for_pattern(Some(membership.as_ref()), Some(p.as_ref()), None, Some(graph))
                    .next()
                    .transpose()?
                    .and_then(|q| named(&q.object)))
            };
            if let Some(role) = object(&role)? {
                if let Some(p) = post(minter, &role, object(&organization)?.as_deref()) {
                    m.posts.push(p);
                }
            }
        }
    }
    Ok(by_graph.into_values().collect())
}
