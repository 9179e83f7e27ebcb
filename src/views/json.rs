//! A view as JSON: its nodes (id, kind, label, a statement's full words) and its edges (the
//! ids they join, kind, label), for scripts and other drawing tools.

use super::model::{ViewEdge, ViewGraph, ViewNode};
use petgraph::visit::{EdgeRef, IntoEdgeReferences};
use serde::Serialize;

#[derive(Serialize)]
struct JsonView<'a> {
    nodes: Vec<&'a ViewNode>,
    edges: Vec<JsonEdge<'a>>,
}

#[derive(Serialize)]
struct JsonEdge<'a> {
    source: &'a str,
    target: &'a str,
    #[serde(flatten)]
    edge: &'a ViewEdge,
}

pub fn to_json(g: &ViewGraph) -> serde_json::Result<String> {
    let view = JsonView {
        nodes: g.node_weights().collect(),
        edges: g
            .edge_references()
            .map(|e| JsonEdge {
                source: &g[e.source()].id,
                target: &g[e.target()].id,
                edge: e.weight(),
            })
            .collect(),
    };
    serde_json::to_string_pretty(&view).map(|s| s + "\n")
}
