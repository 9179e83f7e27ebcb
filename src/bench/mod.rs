//! The benchmark's own parts, used by `newsgraph-bench`, `scripts/bench.sh` and the criterion
//! benches in `benches/`: a generator of realistic news corpora (templates and lexicons of its
//! own, five languages, deterministic for a seed), Oxigraph's own bulk load as the reference a
//! build is measured against, and the plot of the figures.

// The reference load and the query plans need the on-disk store (so does `newsgraph-bench`).
#[cfg(feature = "rocksdb")]
pub mod explain;
pub mod gen;
pub mod lexicon;
pub mod names;
pub mod plot;
#[cfg(feature = "rocksdb")]
pub mod reference;
pub mod rng;
pub mod templates;
