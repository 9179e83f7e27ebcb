//! Storing a build's articles: graphs new to the store go in through Oxigraph's bulk loader,
//! many articles per load; graphs the store already holds are replaced in transactions. Both
//! are atomic, so after a crash every article is wholly its old or wholly its new version, and
//! running the build again finishes the job. The identity pass hears of every article first
//! and its notes (the persons awaiting resolution) are written with the article.
//!
//! Why the bulk loader: it writes sorted files and ingests them at once, where a transaction
//! writes each quad into six indexes one by one (figures in the README's "Performance").

use crate::resolve::{IdentityPass, PassStats};
use crate::store::{GraphStore, StoreError};
use oxigraph::model::{NamedNode, Quad};
use std::collections::HashSet;

/// Quads gathered before one bulk load: enough that each load writes files of a useful size,
/// few enough that they hold little memory (about 100 MB).
const BULK_QUADS: usize = 400_000;

pub struct Ingest<'a> {
    store: &'a GraphStore,
    identity: IdentityPass<'a>,
    buffer: Vec<Quad>,
    /// Graphs in `buffer`, not yet in the store.
    buffered: HashSet<NamedNode>,
    stored: usize,
}

impl<'a> Ingest<'a> {
    pub fn new(store: &'a GraphStore, identity: IdentityPass<'a>) -> Ingest<'a> {
        Ingest {
            store,
            identity,
            buffer: Vec::new(),
            buffered: HashSet::new(),
            stored: 0,
        }
    }

    /// Stores a batch of articles (graph, quads); a later article of the same graph replaces
    /// an earlier one.
    pub fn add(&mut self, articles: Vec<(NamedNode, Vec<Quad>)>) -> anyhow::Result<()> {
        let mut replaced: Vec<(NamedNode, Vec<Quad>)> = Vec::new();
        let mut extra: Vec<Quad> = Vec::new();
        for (graph, quads) in articles {
            if self.buffered.contains(&graph) || replaced.iter().any(|(g, _)| *g == graph) {
                // The same name twice: store what is gathered, so the later one replaces it.
                self.write_replacements(&mut replaced, &mut extra)?;
                self.flush()?;
            }
            let notes = self.identity.article(&self.store.store, &graph, &quads)?;
            if self.store.has_graph(&graph)? {
                extra.extend(notes);
                replaced.push((graph, quads));
            } else {
                self.buffer.extend(notes);
                self.buffer.extend(quads);
                self.buffered.insert(graph);
            }
            self.stored += 1;
        }
        self.write_replacements(&mut replaced, &mut extra)?;
        if self.buffer.len() >= BULK_QUADS {
            self.flush()?;
        }
        Ok(())
    }

    fn write_replacements(
        &mut self,
        replaced: &mut Vec<(NamedNode, Vec<Quad>)>,
        extra: &mut Vec<Quad>,
    ) -> Result<(), StoreError> {
        if replaced.is_empty() {
            return Ok(());
        }
        let articles: Vec<(NamedNode, &[Quad])> = replaced.iter().map(|(g, q)| (g.clone(), q.as_slice())).collect();
        self.store.replace_graphs(&articles, extra)?;
        replaced.clear();
        extra.clear();
        Ok(())
    }

    /// Loads what is gathered.
    pub fn flush(&mut self) -> Result<(), StoreError> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        self.store.load_new_graphs(std::mem::take(&mut self.buffer))?;
        self.buffered.clear();
        Ok(())
    }

    /// Articles stored so far (gathered ones included).
    pub fn stored(&self) -> usize {
        self.stored
    }

    /// Stores what is left, then brings the identity graph up to date.
    pub fn finish(mut self) -> anyhow::Result<PassStats> {
        self.flush()?;
        self.identity.finish(&self.store.store)
    }
}
