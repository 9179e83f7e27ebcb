//! The embedded Oxigraph store: opening it with clear errors, replacing one article's graph
//! atomically, loading the ontology.

use crate::rdf::vocab::ONTOLOGY;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{BlankNode, GraphName, GraphNameRef, NamedNode, NamedOrBlankNode, Quad, Term};
use oxigraph::store::{StorageError, Store};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Memory the bulk loader may use for one load: its sorted runs stay this small, so a build's
/// peak memory does not grow with the corpus.
const BULK_MEMORY_MB: usize = 200;

/// The graph that holds the SHACL shapes.
pub const SHAPES_GRAPH: &str = "https://w3id.org/newsgraph/shapes";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no store at {0}: build one first with `newsgraph build --store {0} ARTICLES...`")]
    Missing(String),
    #[error("the store at {0} is in use by another process (a build or server is running); wait for it to finish, or use another --store")]
    Locked(String),
    #[error("{0} is not a newsgraph store directory (it is a file)")]
    NotADirectory(String),
    #[error("cannot open the store at {path}: {source}")]
    Open { path: String, source: StorageError },
    #[error("writing to the store at {path} failed: {source}")]
    Write { path: String, source: StorageError },
}

fn classify(path: &Path, source: StorageError) -> StoreError {
    let msg = source.to_string();
    let shown = path.display().to_string();
    if msg.contains("LOCK") || msg.contains("Resource temporarily unavailable") || msg.contains("lock hold") {
        StoreError::Locked(shown)
    } else {
        StoreError::Open { path: shown, source }
    }
}

/// An open on-disk store and where it lives.
pub struct GraphStore {
    pub store: Store,
    pub path: PathBuf,
}

impl GraphStore {
    /// Opens the store for a build, creating it if needed.
    pub fn open_or_create(path: &Path) -> Result<GraphStore, StoreError> {
        if path.is_file() {
            return Err(StoreError::NotADirectory(path.display().to_string()));
        }
        let started = std::time::Instant::now();
        #[cfg(feature = "rocksdb")]
        let store = Store::open(path).map_err(|e| classify(path, e))?;
        // Built without RocksDB (the fuzz targets): a store in memory, for the library's tests.
        #[cfg(not(feature = "rocksdb"))]
        let store = Store::new().map_err(|e| classify(path, e))?;
        tracing::debug!(store = %path.display(), elapsed = ?started.elapsed(), "opened the store");
        Ok(GraphStore {
            store,
            path: path.to_path_buf(),
        })
    }

    /// Opens a store that must already exist (query, export, stats).
    pub fn open_existing(path: &Path) -> Result<GraphStore, StoreError> {
        if !path.exists() {
            return Err(StoreError::Missing(path.display().to_string()));
        }
        Self::open_or_create(path)
    }

    /// Replaces a named graph's content in one transaction: readers and a crash see either
    /// the old graph or the new one, never a mix.
    pub fn replace_graph(&self, graph: &NamedNode, quads: &[Quad]) -> Result<(), StoreError> {
        self.replace_graphs(&[(graph.clone(), quads)], &[])
    }

    /// Writes articles in one transaction: each graph replaced whole (cleared first when it
    /// exists, a graph new to the store is not), with the `extra` quads of other graphs (the
    /// identity index's notes) beside them. Readers and a crash see every article of the batch
    /// either wholly old or wholly new.
    pub fn replace_graphs(&self, articles: &[(NamedNode, &[Quad])], extra: &[Quad]) -> Result<(), StoreError> {
        let write = || -> Result<(), StorageError> {
            let mut tx = self.store.start_transaction()?;
            for (graph, quads) in articles {
                if tx.contains_named_graph(graph)? {
                    tx.clear_graph(graph)?;
                }
                tx.insert_named_graph(graph);
                for q in *quads {
                    tx.insert(q);
                }
            }
            for q in extra {
                tx.insert(q);
            }
            tx.commit()
        };
        write().map_err(|source| StoreError::Write {
            path: self.path.display().to_string(),
            source,
        })
    }

    /// Adds graphs the store does not hold yet with Oxigraph's bulk loader: sorted files
    /// ingested at once, several times faster than transactions, and atomic (all of them or
    /// none, after a crash too). Only for new graphs: the loader adds, it never removes.
    pub fn load_new_graphs(&self, quads: Vec<Quad>) -> Result<(), StoreError> {
        let fail = |source: StorageError| StoreError::Write {
            path: self.path.display().to_string(),
            source,
        };
        let mut loader = self
            .store
            .bulk_loader()
            .with_max_memory_size_in_megabytes(BULK_MEMORY_MB);
        loader.load_quads(quads).map_err(fail)?;
        loader.commit().map_err(fail)
    }

    /// Whether the store holds a graph.
    pub fn has_graph(&self, graph: &NamedNode) -> Result<bool, StoreError> {
        self.store
            .contains_named_graph(graph)
            .map_err(|source| StoreError::Write {
                path: self.path.display().to_string(),
                source,
            })
    }

    /// Loads the ontology and the shapes into their own graphs, replacing older versions.
    pub fn load_ontology(&self) -> Result<(), StoreError> {
        for (graph, text) in [(ONTOLOGY, ONTOLOGY_TTL), (SHAPES_GRAPH, SHAPES_TTL)] {
            let g = NamedNode::new_unchecked(graph);
            let quads = ontology_quads(text, &g);
            self.replace_graph(&g, &quads)?;
        }
        Ok(())
    }
}

/// Whether a graph holds data (an article's graph, the identity graph) rather than the ontology
/// or the shapes that every build loads beside the data: what `publish` releases and
/// `validate` checks.
pub fn is_data_graph(graph: GraphNameRef<'_>) -> bool {
    match graph {
        GraphNameRef::NamedNode(g) => g.as_str() != ONTOLOGY && g.as_str() != SHAPES_GRAPH,
        _ => true,
    }
}

/// Every quad of the data graphs, streamed from the store (graph by graph).
pub fn data_quads(store: &Store) -> impl Iterator<Item = Result<Quad, StorageError>> + '_ {
    store
        .iter()
        .filter(|q| q.as_ref().map_or(true, |q| is_data_graph(q.graph_name.as_ref())))
}

pub const ONTOLOGY_TTL: &str = include_str!("../ontology/newsgraph.ttl");
pub const SHAPES_TTL: &str = include_str!("../ontology/shapes.ttl");

/// The ontology's triples in graph `g`. The files are part of the binary and checked by tests,
/// so a parse error here is a bug, not a user error.
///
/// Blank nodes (SHACL property shapes, lists) are replaced by skolem IRIs numbered in parse
/// order (RDF 1.1 §3.5), so loading the ontology again writes exactly the same quads and every
/// RDF tool reads the same graph back.
pub fn ontology_quads(text: &str, g: &NamedNode) -> Vec<Quad> {
    let mut skolem: HashMap<String, NamedNode> = HashMap::new();
    let mut name = |b: &BlankNode| -> NamedNode {
        let n = skolem.len();
        skolem
            .entry(b.as_str().to_string())
            .or_insert_with(|| NamedNode::new_unchecked(format!("{}/.well-known/genid/{n}", g.as_str())))
            .clone()
    };
    RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(text.as_bytes())
        .map(|q| {
            let q = q.expect("the bundled ontology is valid Turtle");
            let subject = match q.subject {
                NamedOrBlankNode::BlankNode(b) => NamedOrBlankNode::NamedNode(name(&b)),
                other => other,
            };
            let object = match q.object {
                Term::BlankNode(b) => Term::NamedNode(name(&b)),
                other => other,
            };
            Quad::new(subject, q.predicate, object, GraphName::NamedNode(g.clone()))
        })
        .collect()
}
