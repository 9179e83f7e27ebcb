//! One IRI per real person across the store: after every build, the persons of all articles
//! are read back, [`cluster::resolve`] decides which are one person, and the decisions are
//! written to the store's identity graph (`{base}identity`), replacing the previous one in one
//! transaction. Article graphs are never changed by this, so a wrong decision is undone by
//! the next build with a corrected rule or gazetteer.
//!
//! The identity graph says, for each person: one `skos:prefLabel` per language and the other
//! names as `skos:altLabel`, `owl:sameAs` to Wikidata when the gazetteer knows them, and
//! `owl:sameAs` from each other IRI of the same person to the one chosen to stand for them.
//! Each merge is an `ng:IdentityDecision` with its rule, its reason and the articles it
//! rests on.

pub mod cluster;
pub mod gazetteer;

use crate::identity::name_key;
use crate::query::evaluator;
use crate::rdf::mint::{encode, Minter};
use crate::rdf::vocab::{NG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, WIKIDATA};
use crate::store::{GraphStore, StoreError};
use cluster::{NameLabel, PersonNode, Post, Resolution, Target};
use gazetteer::Gazetteer;
use oxigraph::model::{GraphName, Literal, NamedNode, Quad, Term};
use oxigraph::sparql::QueryResults;
use std::collections::{BTreeMap, BTreeSet};

/// What the identity pass found, for the build summary.
#[derive(Debug, Clone, Copy, Default)]
pub struct IdentitySummary {
    /// Person IRIs in the article graphs.
    pub person_iris: usize,
    /// Real persons after merging.
    pub people: usize,
    /// Person IRIs joined to another person IRI (links to the gazetteer alone not counted).
    pub merges: usize,
    pub linked_to_wikidata: usize,
}

const NAMES: &str = "SELECT ?p ?article ?name ?main WHERE { GRAPH ?g { \
    ?article a schema:NewsArticle ; schema:mentions ?p . ?p a schema:Person . \
    { ?p schema:name ?name BIND(true AS ?main) } UNION { ?p skos:altLabel ?name BIND(false AS ?main) } } }";
const POSTS: &str = "SELECT ?p ?role ?org WHERE { GRAPH ?g { \
    ?m a org:Membership ; org:member ?p ; org:role ?role . OPTIONAL { ?m org:organization ?org } } }";

/// Reads the persons of every article graph.
pub fn read_persons(store: &GraphStore, minter: &Minter) -> anyhow::Result<Vec<PersonNode>> {
    let mut nodes: BTreeMap<String, PersonNode> = BTreeMap::new();
    // (person, lang, text) -> (articles, main)
    let mut forms: BTreeMap<(String, String, String), (BTreeSet<String>, bool)> = BTreeMap::new();
    for row in solutions(store, NAMES)? {
        let [Some(Term::NamedNode(p)), Some(Term::NamedNode(article)), Some(Term::Literal(name)), main] =
            row.as_slice()
        else {
            continue;
        };
        let main = matches!(main, Some(Term::Literal(l)) if l.value() == "true");
        let node = nodes.entry(p.as_str().to_string()).or_insert_with(|| PersonNode {
            iri: p.as_str().to_string(),
            ..PersonNode::default()
        });
        node.articles.insert(article.as_str().to_string());
        if main && node.key.len() < name_key(name.value()).len() {
            node.key = name_key(name.value());
        }
        let lang = name.language().unwrap_or("").to_string();
        let e = forms
            .entry((p.as_str().to_string(), lang, name.value().to_string()))
            .or_insert((BTreeSet::new(), false));
        e.0.insert(article.as_str().to_string());
        e.1 |= main;
    }
    for ((p, lang, text), (articles, main)) in forms {
        if let Some(node) = nodes.get_mut(&p) {
            node.labels.push(NameLabel {
                text,
                lang,
                articles: articles.len(),
                main,
            });
        }
    }
    let role_prefix = format!("{}role/", minter.base());
    let country_prefix = format!("{}country/", minter.base());
    let org_prefix = format!("{}org/", minter.base());
    let region_prefix = format!("{}region/", minter.base());
    for row in solutions(store, POSTS)? {
        let [Some(Term::NamedNode(p)), Some(Term::NamedNode(role)), org] = row.as_slice() else {
            continue;
        };
        let Some(role) = role.as_str().strip_prefix(&role_prefix) else {
            continue;
        };
        let scope = match org {
            Some(Term::NamedNode(o)) => o
                .as_str()
                .strip_prefix(&country_prefix)
                .or_else(|| o.as_str().strip_prefix(&org_prefix))
                .or_else(|| o.as_str().strip_prefix(&region_prefix))
                .map(decode),
            _ => None,
        };
        if let Some(node) = nodes.get_mut(p.as_str()) {
            node.posts.insert(Post {
                role: decode(role),
                scope,
            });
        }
    }
    Ok(nodes.into_values().filter(|n| !n.key.is_empty()).collect())
}

fn decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned()
}

fn solutions(store: &GraphStore, query: &str) -> anyhow::Result<Vec<Vec<Option<Term>>>> {
    let mut out = Vec::new();
    if let QueryResults::Solutions(s) = evaluator().parse_query(query)?.on_store(&store.store).execute()? {
        let vars = s.variables().to_vec();
        for row in s {
            let row = row?;
            out.push(vars.iter().map(|v| row.get(v).cloned()).collect());
        }
    }
    Ok(out)
}

/// The identity graph's quads for a resolution.
pub fn identity_quads(
    nodes: &[PersonNode],
    resolution: &Resolution,
    gazetteer: &Gazetteer,
    minter: &Minter,
) -> Vec<Quad> {
    let graph = GraphName::NamedNode(minter.identity_graph());
    let mut quads = Vec::new();
    let mut add = |s: &NamedNode, p: String, o: Term| {
        quads.push(Quad::new(s.clone(), NamedNode::new_unchecked(p), o, graph.clone()));
    };
    let named = |iri: &str| Term::NamedNode(NamedNode::new_unchecked(iri));
    // The graph says what it is, so queries find it whatever the base IRI.
    let itself = minter.identity_graph();
    add(&itself, format!("{RDF}type"), named(&format!("{NG}IdentityGraph")));
    let text = |t: &str, lang: &str| {
        Term::Literal(Literal::new_language_tagged_literal(t, lang).unwrap_or_else(|_| Literal::new_simple_literal(t)))
    };
    for entity in &resolution.entities {
        let canonical = NamedNode::new_unchecked(&nodes[entity.canonical].iri);
        add(&canonical, format!("{RDF}type"), named(&format!("{SCHEMA}Person")));
        let (pref, alt) = cluster::labels(entity, nodes);
        for (lang, label) in &pref {
            add(&canonical, format!("{SKOS}prefLabel"), text(label, lang));
        }
        for (lang, label) in &alt {
            add(&canonical, format!("{SKOS}altLabel"), text(label, lang));
        }
        if let Some(k) = entity.known {
            let wikidata = &gazetteer.people[k].wikidata;
            add(
                &canonical,
                format!("{OWL}sameAs"),
                named(&format!("{WIKIDATA}{wikidata}")),
            );
        }
        for &m in entity.members.iter().filter(|&&m| m != entity.canonical) {
            let member = NamedNode::new_unchecked(&nodes[m].iri);
            add(&member, format!("{OWL}sameAs"), Term::NamedNode(canonical.clone()));
        }
    }
    for d in &resolution.decisions {
        let person = &nodes[d.person];
        let local = |iri: &str| encode(iri.strip_prefix(minter.base()).unwrap_or(iri));
        let target = match &d.target {
            Target::Person(t) => local(&nodes[*t].iri),
            Target::Known(k) => gazetteer.people[*k].wikidata.clone(),
        };
        // One decision per pair: a person may be joined to several others by one rule.
        let node = NamedNode::new_unchecked(format!(
            "{}identity/{}/{}/{target}",
            minter.base(),
            d.rule,
            local(&person.iri)
        ));
        add(&node, format!("{RDF}type"), named(&format!("{NG}IdentityDecision")));
        add(
            &node,
            format!("{NG}rule"),
            Term::Literal(Literal::new_simple_literal(d.rule)),
        );
        add(&node, format!("{RDFS}comment"), text(&d.reason, "en"));
        add(&node, format!("{NG}samePerson"), named(&person.iri));
        let mut articles: BTreeSet<&String> = person.articles.iter().collect();
        match &d.target {
            Target::Person(t) => {
                add(&node, format!("{NG}samePerson"), named(&nodes[*t].iri));
                articles.extend(nodes[*t].articles.iter());
            }
            Target::Known(k) => {
                let wikidata = &gazetteer.people[*k].wikidata;
                add(
                    &node,
                    format!("{NG}samePerson"),
                    named(&format!("{WIKIDATA}{wikidata}")),
                );
            }
        }
        for a in articles {
            add(&node, format!("{PROV}wasDerivedFrom"), named(a));
        }
    }
    quads
}

/// Decides who is who across the whole store and replaces the identity graph.
pub fn update(store: &GraphStore, minter: &Minter, gazetteer: &Gazetteer) -> anyhow::Result<IdentitySummary> {
    let started = std::time::Instant::now();
    let nodes = read_persons(store, minter)?;
    let resolution = cluster::resolve(&nodes, gazetteer);
    for d in &resolution.decisions {
        tracing::debug!(rule = d.rule, person = %nodes[d.person].iri, reason = %d.reason, "identity decision");
    }
    let quads = identity_quads(&nodes, &resolution, gazetteer, minter);
    store
        .replace_graph(&minter.identity_graph(), &quads)
        .map_err(|e: StoreError| anyhow::anyhow!(e))?;
    tracing::info!(
        person_iris = nodes.len(),
        people = resolution.entities.len(),
        decisions = resolution.decisions.len(),
        elapsed = ?started.elapsed(),
        "recomputed the identity graph"
    );
    Ok(IdentitySummary {
        person_iris: nodes.len(),
        people: resolution.entities.len(),
        merges: resolution
            .decisions
            .iter()
            .filter(|d| matches!(d.target, Target::Person(_)))
            .count(),
        linked_to_wikidata: resolution.entities.iter().filter(|e| e.known.is_some()).count(),
    })
}
