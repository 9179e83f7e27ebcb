//! From extracted facts to RDF: vocabulary, IRIs, and each article's named graph.

pub mod graph;
pub mod mint;
pub mod vocab;
