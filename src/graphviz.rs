//! The graph as a picture: persons, the organisations they hold roles in and the venues they
//! spoke at, as a petgraph graph written in Graphviz DOT.

use crate::query::rows;
use oxigraph::store::Store;
use petgraph::dot::{Config, Dot};
use petgraph::graph::{DiGraph, NodeIndex};
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    Person,
    Organisation,
    Venue,
}

#[derive(Debug, Clone)]
pub struct Node {
    pub label: String,
    pub kind: NodeKind,
}

/// Persons → organisations (labelled with the role), persons → venues (labelled with how many
/// statements), limited to `graph` when given.
pub fn build(store: &Store, graph: Option<&str>) -> anyhow::Result<DiGraph<Node, String>> {
    let scope = match graph {
        Some(g) => format!("VALUES ?g {{ <{}> }}", oxigraph::model::NamedNode::new(g)?.as_str()),
        None => String::new(),
    };
    // One node per person: IRIs the identity graph merged are drawn as the one standing for them.
    let canonical = "OPTIONAL { GRAPH ?i { ?i a ng:IdentityGraph . ?p owl:sameAs ?c . ?c a schema:Person } } BIND(COALESCE(?c, ?p) AS ?person)";
    let roles = rows(store, &format!(
        "SELECT DISTINCT ?person ?name ?o ?org ?role {{ {scope} GRAPH ?g {{ ?m a org:Membership ; org:member ?p ; org:role ?r ; org:organization ?o . \
         ?p schema:name ?name . ?r skos:prefLabel ?role FILTER(LANG(?role) = 'en') ?o rdfs:label ?org FILTER(LANG(?org) = 'en') }} {canonical} }} ORDER BY ?person DESC(LANG(?name) = 'en') DESC(STRLEN(?name)) ?name ?o"
    ))?;
    let said = rows(store, &format!(
        "SELECT ?person ?name ?v ?venue (COUNT(DISTINCT ?s) AS ?n) {{ {scope} GRAPH ?g {{ ?s a ng:Statement ; schema:creator ?p ; ng:venue ?v . \
         ?p a schema:Person ; schema:name ?name . ?v rdfs:label ?venue }} {canonical} }} GROUP BY ?person ?name ?v ?venue ORDER BY ?person DESC(LANG(?name) = 'en') DESC(STRLEN(?name)) ?name ?v"
    ))?;
    let mut g: DiGraph<Node, String> = DiGraph::new();
    let mut index: HashMap<String, NodeIndex> = HashMap::new();
    let mut node = |g: &mut DiGraph<Node, String>, iri: &str, label: &str, kind: NodeKind| -> NodeIndex {
        *index.entry(iri.to_string()).or_insert_with(|| {
            g.add_node(Node {
                label: label.to_string(),
                kind,
            })
        })
    };
    for r in &roles {
        let p = node(&mut g, &r[0], &r[1], NodeKind::Person);
        let o = node(&mut g, &r[2], &r[3], NodeKind::Organisation);
        if !g.edges_connecting(p, o).any(|e| *e.weight() == r[4]) {
            g.add_edge(p, o, r[4].clone());
        }
    }
    for r in &said {
        let p = node(&mut g, &r[0], &r[1], NodeKind::Person);
        let v = node(&mut g, &r[2], &r[3], NodeKind::Venue);
        let n: usize = r[4].parse().unwrap_or(1);
        g.add_edge(p, v, format!("said ({n})"));
    }
    Ok(g)
}

/// DOT text: persons as ellipses, organisations as boxes, venues as notes.
pub fn to_dot(g: &DiGraph<Node, String>) -> String {
    let quote = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
    let edge = |_, e: petgraph::graph::EdgeReference<String>| format!("label = {}", quote(e.weight()));
    let node = |_, (_, n): (NodeIndex, &Node)| {
        let shape = match n.kind {
            NodeKind::Person => "ellipse",
            NodeKind::Organisation => "box",
            NodeKind::Venue => "note",
        };
        format!("label = {} shape = {shape}", quote(&n.label))
    };
    let dot = Dot::with_attr_getters(g, &[Config::EdgeNoLabel, Config::NodeNoLabel], &edge, &node);
    format!("{dot:?}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_quoted_for_dot() {
        let mut g = DiGraph::new();
        let a = g.add_node(Node {
            label: "A \"quoted\" name".into(),
            kind: NodeKind::Person,
        });
        let b = g.add_node(Node {
            label: "Org".into(),
            kind: NodeKind::Organisation,
        });
        g.add_edge(a, b, "Chief \\ Executive".to_string());
        let dot = to_dot(&g);
        assert!(dot.contains(r#"label = "A \"quoted\" name" shape = ellipse"#), "{dot}");
        assert!(dot.contains(r#"label = "Chief \\ Executive""#), "{dot}");
    }
}
