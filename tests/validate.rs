//! `newsgraph validate` on real stores and files: the seeds conform to newsgraph's shapes, every
//! class the seeds use has a shape, defects are reported with focus node, path and constraint
//! (the same ones pySHACL, a second engine, finds), and bad input is one clear line.

mod common;
use common::*;
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{NamedNode, Quad, Term};
use std::collections::BTreeSet;
use std::path::Path;

const SH_TARGET_CLASS: &str = "http://www.w3.org/ns/shacl#targetClass";

#[test]
fn the_seed_store_conforms_to_newsgraphs_shapes() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let report = ok(bin().args(["validate", "--store"]).arg(&store));
    assert!(report.contains(": 0 violations, 0 other results"), "{report}");
    // The data checked is the article graphs and the identity graph, as one graph.
    let triples = count_distinct_data_triples(&store);
    assert!(report.contains(&format!("{triples} triples checked")), "{report}");
}

fn count_distinct_data_triples(store: &Path) -> usize {
    let rows = query_text(
        store,
        "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } \
         FILTER(?g NOT IN (<https://w3id.org/newsgraph/ns>, <https://w3id.org/newsgraph/shapes>)) } }",
    );
    rows[0]["n"].parse().unwrap()
}

#[test]
fn every_class_the_seeds_use_has_a_shape() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let used: BTreeSet<String> = query_text(
        &store,
        "SELECT DISTINCT ?c { GRAPH ?g { ?s a ?c } \
         FILTER(?g NOT IN (<https://w3id.org/newsgraph/ns>, <https://w3id.org/newsgraph/shapes>)) }",
    )
    .into_iter()
    .map(|r| r["c"].clone())
    .collect();
    assert!(used.len() >= 15, "{used:?}");
    let shapes = std::fs::read(root().join("ontology/shapes.ttl")).unwrap();
    let targets: BTreeSet<String> = RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(&shapes)
        .map(|q| q.unwrap())
        .filter(|q| q.predicate.as_str() == SH_TARGET_CLASS)
        .filter_map(|q| match q.object {
            Term::NamedNode(n) => Some(n.into_string()),
            _ => None,
        })
        .collect();
    let missing: Vec<&String> = used.difference(&targets).collect();
    assert!(
        missing.is_empty(),
        "classes without a shape in ontology/shapes.ttl: {missing:?}"
    );
}

/// The seed store's data with defects: a membership without its member, a statement with a
/// second speaker, a span whose end comes before its beginning, a venue that is no outlet,
/// event, place or medium.
fn defective_data(store: &Path, path: &Path) -> Vec<String> {
    let nquads = ok(bin().args(["export", "--format", "nquads", "--store"]).arg(store));
    let quads: Vec<Quad> = RdfParser::from_format(RdfFormat::NQuads)
        .for_slice(nquads.as_bytes())
        .map(|q| q.unwrap())
        .filter(|q| !q.graph_name.to_string().starts_with("<https://w3id.org/newsgraph/"))
        .collect();
    let iri = |s: &str| NamedNode::new(s).unwrap();
    let member = iri("http://www.w3.org/ns/org#member");
    let membership = quads.iter().find(|q| q.predicate == member).unwrap().subject.clone();
    let creator = iri("https://schema.org/creator");
    let statement = quads.iter().find(|q| q.predicate == creator).unwrap();
    let end = iri("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex");
    let span = quads
        .iter()
        .find(|q| q.predicate == end && q.subject.to_string().contains("#char="))
        .unwrap()
        .subject
        .clone();
    let venue_class = iri("https://w3id.org/newsgraph/ns#Venue");
    let venue = quads
        .iter()
        .find(|q| q.object == Term::NamedNode(venue_class.clone()))
        .unwrap()
        .subject
        .clone();
    let kinds = ["NewsMediaOrganization", "Event", "Place", "WebSite"]
        .map(|k| Term::NamedNode(iri(&format!("https://schema.org/{k}"))));
    let mut changed: Vec<Quad> = quads
        .iter()
        .filter(|q| !(q.subject == membership && q.predicate == member))
        .filter(|q| !(q.subject == span && q.predicate == end))
        .filter(|q| !(q.subject == venue && kinds.contains(&q.object)))
        .cloned()
        .collect();
    changed.push(Quad::new(
        statement.subject.clone(),
        creator.clone(),
        iri("https://example.org/newsgraph/person/someone-else"),
        statement.graph_name.clone(),
    ));
    changed.push(Quad::new(
        span.clone(),
        end,
        oxigraph::model::Literal::from(0),
        statement.graph_name.clone(),
    ));
    let mut writer = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(Vec::new());
    for q in &changed {
        writer.serialize_quad(q).unwrap();
    }
    std::fs::write(path, writer.finish().unwrap()).unwrap();
    let bare = |n: &oxigraph::model::NamedOrBlankNode| n.to_string().trim_matches(['<', '>']).to_string();
    vec![bare(&membership), bare(&statement.subject), bare(&span), bare(&venue)]
}

#[test]
fn defects_are_reported_with_node_path_and_constraint_and_pyshacl_agrees() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let bad = dir.path().join("bad.nq");
    let nodes = defective_data(&store, &bad);
    let out = run(bin().args(["validate", "--data"]).arg(&bad));
    assert_eq!(out.status.code(), Some(1));
    let report = String::from_utf8_lossy(&out.stdout).into_owned();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("bad.nq does not conform to ontology/shapes.ttl"), "{err}");
    for node in &nodes {
        assert!(
            report.contains(&format!("Violation: {node}")),
            "{node} not reported: {report}"
        );
    }
    assert!(
        report.contains("http://www.w3.org/ns/org#member") && report.contains("MinCountConstraintComponent"),
        "{report}"
    );
    assert!(report.contains("MaxCountConstraintComponent"), "two speakers: {report}");
    assert!(
        report.contains("LessThanOrEqualsConstraintComponent"),
        "end before beginning: {report}"
    );
    assert!(
        report.contains("https://w3id.org/newsgraph/shapes#VenueShape"),
        "a venue of no kind: {report}"
    );
    // The results are sorted: a second run prints the same report.
    let again = run(bin().args(["validate", "--data"]).arg(&bad));
    assert_eq!(String::from_utf8_lossy(&again.stdout), report);

    // pySHACL, on the same data and shapes, finds violations at the same nodes.
    let script = "import sys, rdflib, pyshacl\n\
        SH = rdflib.Namespace('http://www.w3.org/ns/shacl#')\n\
        data = rdflib.Dataset(); data.parse(sys.argv[1], format='nquads')\n\
        union = rdflib.Graph()\n\
        for s, p, o, g in data.quads((None, None, None, None)): union.add((s, p, o))\n\
        conforms, report, _ = pyshacl.validate(union, shacl_graph=rdflib.Graph().parse(sys.argv[2]))\n\
        print('CONFORMS' if conforms else 'VIOLATES')\n\
        for r in report.subjects(SH.resultSeverity, SH.Violation): print(report.value(r, SH.focusNode))\n";
    let py = std::process::Command::new(venv_python())
        .arg("-c")
        .arg(script)
        .arg(&bad)
        .arg(root().join("ontology/shapes.ttl"))
        .output()
        .unwrap();
    assert!(py.status.success(), "{}", String::from_utf8_lossy(&py.stderr));
    let text = String::from_utf8_lossy(&py.stdout);
    assert!(text.starts_with("VIOLATES"), "{text}");
    let theirs: BTreeSet<&str> = text.lines().skip(1).collect();
    let ours: BTreeSet<&str> = report.lines().filter_map(|l| l.strip_prefix("Violation: ")).collect();
    assert_eq!(ours, theirs);
}

#[test]
fn pyshacl_finds_the_seed_store_conforming_too() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let release = dir.path().join("release");
    ok(bin()
        .args(["publish", "-q", "--store"])
        .arg(&store)
        .arg("--out")
        .arg(&release));
    let script = "import sys, gzip, rdflib, pyshacl\n\
        data = rdflib.Graph(); data.parse(data=gzip.open(sys.argv[1]).read().decode(), format='nt')\n\
        conforms, _, text = pyshacl.validate(data, shacl_graph=rdflib.Graph().parse(sys.argv[2]))\n\
        print(len(data), conforms); print(text)\n";
    let py = std::process::Command::new(venv_python())
        .arg("-c")
        .arg(script)
        .arg(release.join("newsgraph.nt.gz"))
        .arg(root().join("ontology/shapes.ttl"))
        .output()
        .unwrap();
    assert!(py.status.success(), "{}", String::from_utf8_lossy(&py.stderr));
    let text = String::from_utf8_lossy(&py.stdout);
    let first: Vec<&str> = text.lines().next().unwrap().split(' ').collect();
    assert_eq!(
        first,
        [count_distinct_data_triples(&store).to_string().as_str(), "True"],
        "{text}"
    );
}

#[test]
fn bad_input_is_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.ttl");
    std::fs::write(&broken, "<a> <b> .").unwrap();
    let odd = dir.path().join("data.xyz");
    std::fs::write(&odd, "").unwrap();
    let good = root().join("ontology/newsgraph.ttl");
    let line = fails_with(
        bin().args(["validate", "--data"]).arg(&broken),
        "broken.ttl: not valid Turtle",
    );
    assert!(line.contains("line 1") || line.contains("1:"), "{line}");
    fails_with(
        bin()
            .args(["validate", "--data"])
            .arg(&good)
            .arg("--shapes")
            .arg(&broken),
        "broken.ttl: not valid Turtle",
    );
    fails_with(
        bin().args(["validate", "--data"]).arg(&odd),
        "cannot tell the RDF format from the file name",
    );
    fails_with(
        bin().args(["validate", "--data"]).arg(dir.path().join("missing.ttl")),
        "missing.ttl",
    );
    fails_with(
        bin().args(["validate", "--store"]).arg(dir.path().join("no-store")),
        "no store at",
    );
}
