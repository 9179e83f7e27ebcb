//! `newsgraph export`: the store, or one graph, in an RDF format.

use crate::cli::ExportArgs;
use crate::store::GraphStore;
use oxigraph::model::NamedNode;
use std::io::Write;

pub fn run(args: &ExportArgs) -> anyhow::Result<()> {
    let graph = args
        .graph
        .as_deref()
        .map(|g| NamedNode::new(g).map_err(|e| anyhow::anyhow!("--graph {g:?} is not an IRI: {e}")))
        .transpose()?;
    let format = args.format.format();
    if graph.is_none() && !format.supports_datasets() {
        anyhow::bail!(
            "{} holds a single graph and the store holds one per article: name one with --graph IRI, or export everything as trig, nquads or jsonld",
            format.name()
        );
    }
    let store = GraphStore::open_existing(&args.store.store)?;
    if let Some(g) = &graph {
        if !store.store.contains_named_graph(g)? {
            anyhow::bail!("the store has no graph <{}> (list them with: newsgraph query -e 'SELECT DISTINCT ?g {{ GRAPH ?g {{}} }}')", g.as_str());
        }
    }
    let stdout = std::io::stdout();
    let out = std::io::BufWriter::new(stdout.lock());
    let mut out = match &graph {
        Some(g) => store.store.dump_graph_to_writer(g, args.format.serializer(), out)?,
        None => store.store.dump_to_writer(args.format.serializer(), out)?,
    };
    out.flush()?;
    Ok(())
}
