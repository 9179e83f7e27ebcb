//! `newsgraph push`: every named graph of the store to another store, one Graph Store
//! Protocol PUT per graph. A PUT replaces the graph, so pushing twice leaves the same data;
//! the journal remembers what was sent, so a push cut short is resumed by running it again.

pub mod client;
pub mod journal;

use crate::output::RdfOutput;
use crate::store::GraphStore;
use anyhow::Context;
use client::{GraphStoreClient, PutError};
use journal::Journal;
use oxigraph::model::{GraphNameRef, NamedNode, NamedOrBlankNode, Triple};
use std::time::Duration;

pub struct PushOptions {
    pub endpoint: url::Url,
    pub credentials: Option<(String, String)>,
    /// Only these graphs; empty: all.
    pub graphs: Vec<NamedNode>,
    /// Send even what the journal says the endpoint holds.
    pub all: bool,
    pub attempts: u32,
    pub timeout: Duration,
}

/// What became of one graph.
#[derive(Debug)]
pub enum Outcome {
    Sent { triples: usize, attempts: u32 },
    Unchanged { triples: usize },
    Failed(String),
}

#[derive(Debug, Default)]
pub struct PushReport {
    pub sent: usize,
    pub unchanged: usize,
    pub failed: usize,
    pub triples_sent: usize,
    pub journal: std::path::PathBuf,
}

/// The graphs to push, in IRI order.
fn graphs(store: &GraphStore, only: &[NamedNode]) -> anyhow::Result<Vec<NamedNode>> {
    if !only.is_empty() {
        for g in only {
            if !store.store.contains_named_graph(g)? {
                anyhow::bail!("the store has no graph <{}>", g.as_str());
            }
        }
        return Ok(only.to_vec());
    }
    let mut all: Vec<NamedNode> = store
        .store
        .named_graphs()
        .filter_map(|g| match g {
            Ok(NamedOrBlankNode::NamedNode(n)) => Some(Ok(n)),
            Ok(_) => None,
            Err(e) => Some(Err(e)),
        })
        .collect::<Result<_, _>>()?;
    all.sort();
    Ok(all)
}

/// A graph as Turtle, its triples sorted so the same graph always gives the same bytes (and
/// the same digest in the journal).
fn turtle(store: &GraphStore, graph: &NamedNode) -> anyhow::Result<(Vec<u8>, usize)> {
    let mut triples: Vec<Triple> = store
        .store
        .quads_for_pattern(None, None, None, Some(GraphNameRef::NamedNode(graph.as_ref())))
        .map(|q| q.map(Triple::from))
        .collect::<Result<_, _>>()?;
    triples.sort_by_cached_key(|t| t.to_string());
    let mut serializer = RdfOutput::Turtle.serializer().for_writer(Vec::new());
    for t in &triples {
        serializer.serialize_triple(t)?;
    }
    Ok((serializer.finish()?, triples.len()))
}

/// Pushes the graphs, telling `report` about each as it goes.
pub fn push(
    store: &GraphStore,
    options: &PushOptions,
    mut report: impl FnMut(&NamedNode, &Outcome),
) -> anyhow::Result<PushReport> {
    let mut journal = Journal::open(&store.path, options.endpoint.as_str())
        .with_context(|| format!("cannot open the push journal in {}", store.path.display()))?;
    let mut client = GraphStoreClient::new(
        options.endpoint.clone(),
        options.credentials.clone(),
        options.attempts,
        options.timeout,
    );
    let mut summary = PushReport {
        journal: journal.path().to_path_buf(),
        ..PushReport::default()
    };
    for graph in graphs(store, &options.graphs)? {
        let (content, triples) = turtle(store, &graph)?;
        let digest = journal::digest(&content);
        let outcome = if !options.all && journal.holds(graph.as_str(), &digest) {
            summary.unchanged += 1;
            Outcome::Unchanged { triples }
        } else {
            match client.put_graph(graph.as_str(), &content) {
                Ok(attempts) => {
                    journal
                        .record(graph.as_str(), &digest, triples)
                        .with_context(|| format!("cannot write the push journal {}", journal.path().display()))?;
                    summary.sent += 1;
                    summary.triples_sent += triples;
                    Outcome::Sent { triples, attempts }
                }
                Err(e) => {
                    summary.failed += 1;
                    let unauthorized = matches!(e, PutError::Unauthorized(_));
                    let outcome = Outcome::Failed(e.to_string());
                    report(&graph, &outcome);
                    // Credentials the endpoint refuses for one graph it refuses for all.
                    if unauthorized {
                        anyhow::bail!("{}: {e}", options.endpoint);
                    }
                    continue;
                }
            }
        };
        report(&graph, &outcome);
    }
    Ok(summary)
}
