//! newsgraph: news articles in, a linked-data knowledge graph out.
//!
//! The pipeline runs one way over plain data:
//! [`input`] → [`decode`]/[`html`] → [`document::Document`] → [`extract::extract`]
//! → [`rdf::graph::article_quads`] → [`ingest`] into [`store::GraphStore`] → [`resolve`] (who is
//! who across articles) → [`query`] / [`output`] / [`views`] (pictures) / [`analytics`]
//! (rankings).

pub mod analytics;
pub mod bench;
pub mod byline;
pub mod cli;
pub mod commands;
pub mod corpus;
pub mod dates;
pub mod decode;
pub mod document;
pub mod eval;
pub mod extract;
pub mod facts;
pub mod handoff;
pub mod html;
pub mod identity;
pub mod ingest;
pub mod input;
pub mod invariants;
pub mod lang;
pub mod lexicon;
pub mod logging;
pub mod outlets;
pub mod output;
pub mod pipeline;
pub mod progress;
pub mod publish;
pub mod push;
pub mod query;
pub mod rdf;
pub mod resolve;
pub mod server;
pub mod store;
pub mod text;
pub mod validation;
pub mod views;
