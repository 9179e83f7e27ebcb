//! `newsgraph validate`: the store's data graphs (or an RDF file) against SHACL shapes; a report
//! of every result, and a failing exit code when any is a violation.

use crate::cli::ValidateArgs;
use crate::store::{data_quads, GraphStore, SHAPES_TTL};
use crate::validation::{DataGraph, Finding, Shapes};
use std::io::Write;

pub fn run(args: &ValidateArgs) -> anyhow::Result<()> {
    let (shapes, shapes_origin) = match &args.shapes {
        Some(path) => (Shapes::from_file(path)?, path.display().to_string()),
        None => (
            Shapes::from_turtle(SHAPES_TTL, "ontology/shapes.ttl")?,
            "ontology/shapes.ttl".to_string(),
        ),
    };
    let (data, data_origin) = match &args.data {
        Some(path) => (DataGraph::from_file(path)?, path.display().to_string()),
        None => {
            let store = GraphStore::open_existing(&args.store.store)?;
            let mut data = DataGraph::new();
            for quad in data_quads(&store.store) {
                data.insert(quad?.as_ref().into());
            }
            (data, format!("the store at {}", store.path.display()))
        }
    };
    let triples = data.len();
    let findings = shapes.validate(data)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for f in &findings {
        write_finding(f, &mut out)?;
    }
    let violations = findings.iter().filter(|f| f.is_violation()).count();
    writeln!(
        out,
        "{data_origin}: {triples} triples checked against {shapes_origin}: {violations} violation{}, {} other result{}",
        plural(violations),
        findings.len() - violations,
        plural(findings.len() - violations),
    )?;
    out.flush()?;
    if violations > 0 {
        anyhow::bail!(
            "{data_origin} does not conform to {shapes_origin}: {violations} violation{} (listed above)",
            plural(violations)
        );
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// One result as a block a person can read: the node, then what about it failed.
fn write_finding(f: &Finding, out: &mut impl Write) -> std::io::Result<()> {
    writeln!(out, "{}: {}", f.severity, f.focus)?;
    for (label, value) in [
        ("path", &f.path),
        ("constraint", &f.constraint),
        ("value", &f.value),
        ("shape", &f.shape),
        ("message", &f.message),
    ] {
        if !value.is_empty() {
            writeln!(out, "  {label:<11} {value}")?;
        }
    }
    Ok(())
}
