//! Namespaces and terms of the standard vocabularies newsgraph writes, and its own (`ng:`).

pub const NG: &str = "https://w3id.org/newsgraph/ns#";
/// The ontology's own IRI, also the named graph it is loaded into.
pub const ONTOLOGY: &str = "https://w3id.org/newsgraph/ns";
pub const SCHEMA: &str = "https://schema.org/";
pub const ORG: &str = "http://www.w3.org/ns/org#";
pub const PROV: &str = "http://www.w3.org/ns/prov#";
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
pub const DCTERMS: &str = "http://purl.org/dc/terms/";
pub const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
/// ITS 2.0 in RDF: `itsrdf:taIdentRef` links a NIF span to the entity it names.
pub const ITSRDF: &str = "http://www.w3.org/2005/11/its/rdf#";
pub const WIKIDATA: &str = "http://www.wikidata.org/entity/";

/// Prefixes offered to every query and written in Turtle/TriG output.
pub const PREFIXES: &[(&str, &str)] = &[
    ("ng", NG),
    ("schema", SCHEMA),
    ("org", ORG),
    ("prov", PROV),
    ("skos", SKOS),
    ("dcterms", DCTERMS),
    ("nif", NIF),
    ("rdf", RDF),
    ("rdfs", RDFS),
    ("owl", OWL),
    ("xsd", XSD),
    ("itsrdf", ITSRDF),
    ("wd", WIKIDATA),
];

/// The default base IRI for minted resources; `--base-iri` or NEWSGRAPH_BASE_IRI changes it.
pub const DEFAULT_BASE_IRI: &str = "https://example.org/newsgraph/";
