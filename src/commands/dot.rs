//! `newsgraph dot`: the graph as Graphviz DOT, or as SVG through Graphviz's `dot`.

use crate::cli::DotArgs;
use crate::store::GraphStore;
use anyhow::Context;
use std::io::Write;
use std::process::{Command, Stdio};

pub fn run(args: &DotArgs) -> anyhow::Result<()> {
    let store = GraphStore::open_existing(&args.store.store)?;
    let graph = crate::graphviz::build(&store.store, args.graph.as_deref())?;
    let dot = crate::graphviz::to_dot(&graph);
    let bytes = if args.svg {
        let mut child = Command::new("dot")
            .arg("-Tsvg")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .context("running Graphviz `dot` for --svg (install it: apt-get install graphviz)")?;
        child.stdin.take().expect("piped").write_all(dot.as_bytes())?;
        let out = child.wait_with_output()?;
        if !out.status.success() {
            anyhow::bail!("Graphviz `dot` failed: {}", String::from_utf8_lossy(&out.stderr).trim());
        }
        out.stdout
    } else {
        dot.into_bytes()
    };
    match &args.output {
        Some(path) => std::fs::write(path, bytes).with_context(|| format!("{}: cannot write", path.display()))?,
        None => std::io::stdout().lock().write_all(&bytes)?,
    }
    Ok(())
}
