//! The reference the build is measured against: Oxigraph's own bulk loader on an N-Quads file,
//! called as the `oxigraph load` command calls it.

use anyhow::Context;
use oxigraph::io::RdfFormat;
use oxigraph::store::Store;
use std::path::Path;

/// Loads `file` (N-Quads) into a store at `store_dir` with `Store::bulk_loader`.
pub fn bulk_load(store_dir: &Path, file: &Path, max_memory_mb: Option<usize>) -> anyhow::Result<()> {
    let reader =
        std::io::BufReader::new(std::fs::File::open(file).with_context(|| format!("cannot open {}", file.display()))?);
    let store = Store::open(store_dir).with_context(|| format!("cannot open the store at {}", store_dir.display()))?;
    let mut loader = store.bulk_loader();
    if let Some(mb) = max_memory_mb {
        loader = loader.with_max_memory_size_in_megabytes(mb);
    }
    loader
        .load_from_reader(RdfFormat::NQuads, reader)
        .with_context(|| format!("loading {}", file.display()))?;
    loader.commit().context("committing the bulk load")?;
    store.flush()?;
    Ok(())
}
