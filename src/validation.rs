//! SHACL validation: triples in, a sorted list of results out, through the `shacl` crate of the
//! rudof project (SHACL Core, its native in-memory engine).
//!
//! The engine holds the data graph in memory, so callers feed it the triples they want checked
//! (the store's article and identity graphs, or a file) and get plain rows back: what the
//! command prints and what tests compare, sorted so that two runs read the same.

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedOrBlankNodeRef, TermRef, TripleRef};
use rudof_rdf::rdf_impl::OxigraphInMemory;
use shacl::ir::IRSchema;
use shacl::rdf::ShaclParser;
use shacl::validator::processor::{GraphValidation, ShaclProcessor};
use shacl::validator::store::Graph;
use shacl::validator::{ShaclConfig, ShaclValidationMode};
use std::path::Path;

/// One SHACL validation result, each term written as the engine shows it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    pub focus: String,
    pub path: String,
    pub constraint: String,
    pub value: String,
    pub severity: String,
    pub shape: String,
    pub message: String,
}

impl Finding {
    pub fn is_violation(&self) -> bool {
        self.severity == "Violation"
    }
}

/// Compiled shapes, ready to validate any number of data graphs.
pub struct Shapes {
    schema: IRSchema,
}

#[derive(Debug, thiserror::Error)]
pub enum ValidationError {
    #[error("{origin}: not valid {format}: {message}")]
    Syntax {
        origin: String,
        format: &'static str,
        message: String,
    },
    #[error("{origin}: not usable as SHACL shapes: {message}")]
    Shapes { origin: String, message: String },
    #[error("{origin}: cannot tell the RDF format from the file name (use .ttl, .nt, .nq, .trig, .jsonld or .rdf)")]
    UnknownFormat { origin: String },
    #[error("{origin}: {source}")]
    Read { origin: String, source: std::io::Error },
    #[error("SHACL validation failed: {0}")]
    Engine(String),
}

/// The data graph the engine validates: a set of triples in memory.
#[derive(Default)]
pub struct DataGraph {
    graph: OxigraphInMemory,
}

impl DataGraph {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a triple (a triple in several named graphs is one triple here: the graph is a set).
    pub fn insert(&mut self, triple: TripleRef<'_>) {
        let subject: NamedOrBlankNodeRef<'_> = triple.subject;
        let object: TermRef<'_> = triple.object;
        self.graph
            .add_triple_ref(subject, triple.predicate, object)
            .expect("adding a triple to an in-memory graph cannot fail");
    }

    pub fn len(&self) -> usize {
        self.graph.len()
    }

    pub fn is_empty(&self) -> bool {
        self.graph.is_empty()
    }

    /// Reads an RDF file (any format Oxigraph reads, chosen by its extension); the triples of
    /// every graph of a dataset format are taken together.
    pub fn from_file(path: &Path) -> Result<Self, ValidationError> {
        let mut graph = DataGraph::new();
        graph.read_file(path)?;
        Ok(graph)
    }

    fn read_file(&mut self, path: &Path) -> Result<(), ValidationError> {
        let origin = path.display().to_string();
        let format = path
            .extension()
            .and_then(|e| e.to_str())
            .and_then(RdfFormat::from_extension)
            .ok_or_else(|| ValidationError::UnknownFormat { origin: origin.clone() })?;
        let file = std::fs::File::open(path).map_err(|source| ValidationError::Read {
            origin: origin.clone(),
            source,
        })?;
        self.read(std::io::BufReader::new(file), format, &origin)
    }

    fn read(&mut self, input: impl std::io::Read, format: RdfFormat, origin: &str) -> Result<(), ValidationError> {
        for quad in RdfParser::from_format(format).for_reader(input) {
            let quad = quad.map_err(|e| ValidationError::Syntax {
                origin: origin.to_string(),
                format: format.name(),
                message: e.to_string(),
            })?;
            self.insert(quad.as_ref().into());
        }
        Ok(())
    }
}

impl Shapes {
    /// Compiles shapes given as Turtle text; `origin` names them in errors.
    pub fn from_turtle(text: &str, origin: &str) -> Result<Shapes, ValidationError> {
        let mut graph = DataGraph::new();
        graph.read(text.as_bytes(), RdfFormat::Turtle, origin)?;
        Self::compile(graph, origin)
    }

    /// Compiles the shapes of an RDF file (format by extension).
    pub fn from_file(path: &Path) -> Result<Shapes, ValidationError> {
        let graph = DataGraph::from_file(path)?;
        Self::compile(graph, &path.display().to_string())
    }

    fn compile(graph: DataGraph, origin: &str) -> Result<Shapes, ValidationError> {
        let shapes_error = |message: String| ValidationError::Shapes {
            origin: origin.to_string(),
            message,
        };
        let ast = ShaclParser::new(graph.graph)
            .parse()
            .map_err(|e| shapes_error(e.to_string()))?;
        let schema = IRSchema::compile(&ast).map_err(|e| shapes_error(e.to_string()))?;
        Ok(Shapes { schema })
    }

    /// Validates `data` and returns every result, sorted.
    pub fn validate(&self, data: DataGraph) -> Result<Vec<Finding>, ValidationError> {
        let mut processor = GraphValidation::new(Graph::from(data.graph));
        let report = processor
            .validate(&self.schema, &ShaclValidationMode::Native, &ShaclConfig::new())
            .map_err(|e| ValidationError::Engine(e.to_string()))?;
        let mut findings: Vec<Finding> = report
            .results()
            .iter()
            .map(|r| Finding {
                focus: r.focus_node().to_string(),
                path: r.path().map(|p| p.to_string()).unwrap_or_default(),
                constraint: r.constraint_component().to_string(),
                value: r.value().map(|v| v.to_string()).unwrap_or_default(),
                severity: r.severity().to_string(),
                // A shape written as a blank node has a label of this run only: not worth showing.
                shape: r
                    .source()
                    .map(|s| s.to_string())
                    .filter(|s| !s.starts_with("_:"))
                    .unwrap_or_default(),
                message: r.message().to_string(),
            })
            .collect();
        findings.sort();
        findings.dedup();
        Ok(findings)
    }
}
