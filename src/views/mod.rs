//! Views of the store: pictures and analytics built with petgraph.
//!
//! A view runs one way: [`source`] reads the triples of its scope from the store (the whole
//! store, one article, or a user's CONSTRUCT) with the types and labels of what they name;
//! [`assemble`] turns them into a [`model::ViewGraph`]; [`focus`] narrows it to a person's
//! neighbourhood or its most connected nodes; [`dot`], [`json`] and [`render`] draw it, and
//! `crate::analytics` ranks what is in it.

pub mod assemble;
pub mod dot;
pub mod focus;
pub mod json;
pub mod labels;
pub mod model;
pub mod render;
pub mod source;

use crate::lang::Lang;
use model::ViewGraph;
use oxigraph::store::Store;
pub use source::Scope;

/// How a view is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ViewFormat {
    /// Graphviz DOT text (needs no Graphviz).
    Dot,
    /// SVG drawn by Graphviz's `dot`.
    Svg,
    /// PNG drawn by Graphviz's `dot`.
    Png,
    /// Nodes and edges with their kinds and labels.
    Json,
}

impl ViewFormat {
    /// The format a file name's extension asks for.
    pub fn from_path(path: &std::path::Path) -> Option<ViewFormat> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "dot" | "gv" => Some(ViewFormat::Dot),
            "svg" => Some(ViewFormat::Svg),
            "png" => Some(ViewFormat::Png),
            "json" => Some(ViewFormat::Json),
            _ => None,
        }
    }
}

/// What to draw.
#[derive(Debug, Clone)]
pub struct ViewRequest {
    pub scope: Scope,
    /// Only this person's neighbourhood (any name the store knows).
    pub person: Option<String>,
    /// How many links from the person.
    pub depth: usize,
    /// At most this many nodes, the most connected (0: all).
    pub max_nodes: usize,
    /// The language of the labels, where the store has them in it.
    pub lang: Lang,
}

/// A view ready to draw, with what was left out of it.
pub struct View {
    pub graph: ViewGraph,
    pub left_out: Option<focus::LeftOut>,
    /// The persons a `--person` name was taken for.
    pub persons: Vec<String>,
}

/// Reads, assembles and narrows a view.
pub fn build(store: &Store, request: &ViewRequest) -> anyhow::Result<View> {
    let started = std::time::Instant::now();
    let triples = source::read(store, &request.scope)?;
    let mut graph = assemble::assemble(&triples, request.lang);
    tracing::info!(
        nodes = graph.node_count(),
        edges = graph.edge_count(),
        elapsed = ?started.elapsed(),
        "assembled the view"
    );
    let mut pinned = Vec::new();
    let mut persons = Vec::new();
    if let Some(name) = &request.person {
        pinned = focus::find_persons(&graph, name)?;
        persons = pinned.iter().map(|&n| graph[n].label.clone()).collect();
        focus::neighbourhood(&mut graph, &pinned, request.depth);
        tracing::info!(name, persons = ?persons, nodes = graph.node_count(), "narrowed the view to a neighbourhood");
    }
    let left_out = focus::keep_most_connected(&mut graph, request.max_nodes, &pinned);
    Ok(View {
        graph,
        left_out,
        persons,
    })
}
