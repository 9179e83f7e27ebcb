//! The figures a dataset description states, each computed from the store with a SPARQL
//! aggregate over the data graphs (every article graph and the identity graph; not the
//! ontology and shapes that every build loads beside them).
//!
//! Triples are counted as VoID counts them, in the dataset as one RDF graph: a triple stated
//! in several article graphs (a country's label, a person's type) counts once.

use crate::query::rows;
use crate::rdf::vocab::{ONTOLOGY, OWL, RDF};
use crate::store::SHAPES_GRAPH;
use oxigraph::model::NamedNode;
use oxigraph::store::Store;

/// Restricts `GRAPH ?g` to the data graphs.
fn data_graphs() -> String {
    format!("FILTER(?g NOT IN (<{ONTOLOGY}>, <{SHAPES_GRAPH}>))")
}

/// What VoID and DCAT say about the dataset, as computed from the store.
#[derive(Debug, Clone, Default)]
pub struct Figures {
    /// Distinct triples of the data graphs taken together (`void:triples`).
    pub triples: u64,
    /// Distinct IRIs under the base IRI that are the subject of a triple (`void:entities`).
    pub entities: u64,
    pub distinct_subjects: u64,
    pub distinct_objects: u64,
    /// Class IRI and the number of distinct instances (`void:classPartition`), by IRI.
    pub classes: Vec<(String, u64)>,
    /// Property IRI and the number of distinct triples using it (`void:propertyPartition`).
    pub properties: Vec<(String, u64)>,
    /// `owl:sameAs` links to IRIs outside the dataset, grouped by the namespace they point into.
    pub linksets: Vec<Linkset>,
    /// Languages of the articles (`schema:inLanguage`, BCP 47 codes), sorted.
    pub languages: Vec<String>,
    /// The earliest and latest full date (`xsd:date`) on which a statement was made.
    pub temporal: Option<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Linkset {
    /// The namespace the links point into, e.g. `http://www.wikidata.org/entity/`.
    pub target: String,
    pub links: u64,
}

impl Figures {
    pub fn instances_of(&self, class: &str) -> u64 {
        self.classes.iter().find(|(c, _)| c == class).map_or(0, |(_, n)| *n)
    }

    /// Namespaces of the classes and properties the data uses (`void:vocabulary`), sorted.
    pub fn vocabularies(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .classes
            .iter()
            .chain(&self.properties)
            .map(|(iri, _)| namespace(iri).to_string())
            .collect();
        v.sort();
        v.dedup();
        v
    }
}

/// The IRI up to and including its last '#' or '/'.
pub fn namespace(iri: &str) -> &str {
    match iri.rfind(['#', '/']) {
        Some(i) => &iri[..=i],
        None => iri,
    }
}

fn number(s: &str) -> u64 {
    s.parse().unwrap_or(0)
}

/// Computes every figure; `base` is the dataset's IRI space.
pub fn compute(store: &Store, base: &str) -> anyhow::Result<Figures> {
    let graphs = data_graphs();
    // The base IRI goes into the queries as an IRI term, written by Oxigraph (so it is
    // escaped as an IRI must be; `Minter` has checked it is one).
    let base = NamedNode::new(base)?;
    let properties: Vec<(String, u64)> = rows(
        store,
        &format!(
            "SELECT ?p (COUNT(*) AS ?n) {{ SELECT DISTINCT ?s ?p ?o {{ GRAPH ?g {{ ?s ?p ?o }} {graphs} }} }} \
             GROUP BY ?p ORDER BY ?p"
        ),
    )?
    .into_iter()
    .map(|r| (r[0].clone(), number(&r[1])))
    .collect();
    let classes: Vec<(String, u64)> = rows(
        store,
        &format!(
            "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) {{ GRAPH ?g {{ ?s <{RDF}type> ?c }} {graphs} }} \
             GROUP BY ?c ORDER BY ?c"
        ),
    )?
    .into_iter()
    .map(|r| (r[0].clone(), number(&r[1])))
    .collect();
    let count = |query: String| -> anyhow::Result<u64> {
        let rows = rows(store, &query)?;
        Ok(rows.first().map_or(0, |r| number(&r[0])))
    };
    let entities = count(format!(
        "SELECT (COUNT(DISTINCT ?s) AS ?n) {{ GRAPH ?g {{ ?s ?p ?o }} {graphs} \
             FILTER(isIRI(?s) && STRSTARTS(STR(?s), STR({base}))) }}"
    ))?;
    let distinct_subjects = count(format!(
        "SELECT (COUNT(DISTINCT ?s) AS ?n) {{ GRAPH ?g {{ ?s ?p ?o }} {graphs} }}"
    ))?;
    let distinct_objects = count(format!(
        "SELECT (COUNT(DISTINCT ?o) AS ?n) {{ GRAPH ?g {{ ?s ?p ?o }} {graphs} }}"
    ))?;
    let linksets = rows(
        store,
        &format!(
            "SELECT ?target (COUNT(*) AS ?n) {{ \
             {{ SELECT DISTINCT ?s ?o {{ GRAPH ?g {{ ?s <{OWL}sameAs> ?o }} {graphs} \
                FILTER(isIRI(?o) && !STRSTARTS(STR(?o), STR({base}))) }} }} \
             BIND(REPLACE(STR(?o), '[^/#]*$', '') AS ?target) }} GROUP BY ?target ORDER BY ?target"
        ),
    )?
    .into_iter()
    .map(|r| Linkset {
        target: r[0].clone(),
        links: number(&r[1]),
    })
    .collect();
    let languages = rows(
        store,
        &format!(
            "SELECT DISTINCT ?lang {{ GRAPH ?g {{ ?a a schema:NewsArticle ; schema:inLanguage ?lang }} {graphs} }} ORDER BY ?lang"
        )
    )?
    .into_iter()
    .map(|r| r[0].clone())
    .collect();
    let temporal = rows(
        store,
        &format!(
            "SELECT (MIN(?d) AS ?start) (MAX(?d) AS ?end) {{ GRAPH ?g {{ ?s a ng:Statement ; schema:dateCreated ?d }} {graphs} \
             FILTER(DATATYPE(?d) = xsd:date) }}"
        )
    )?
    .into_iter()
    .next()
    .filter(|r| !r[0].is_empty() && !r[1].is_empty())
    .map(|r| (r[0].clone(), r[1].clone()));
    Ok(Figures {
        triples: properties.iter().map(|(_, n)| n).sum(),
        entities,
        distinct_subjects,
        distinct_objects,
        classes,
        properties,
        linksets,
        languages,
        temporal,
    })
}

/// Whether the store holds at least one article whose IRI lies under `base`.
pub fn has_articles_under(store: &Store, base: &str) -> anyhow::Result<bool> {
    let base = NamedNode::new(base)?;
    let found = rows(
        store,
        &format!(
            "SELECT ?a {{ GRAPH ?g {{ ?a a schema:NewsArticle }} FILTER(STRSTARTS(STR(?a), STR({base}))) }} LIMIT 1"
        ),
    )?;
    Ok(!found.is_empty())
}
