//! Queries see the union of all graphs as their default graph, as linked-data users expect of a
//! store of named graphs; `--strict-dataset` gives the store's own (empty) default graph, and a
//! query that names its dataset (FROM) gets exactly that dataset.

mod common;
use common::*;

#[test]
fn the_example_of_query_help_finds_the_persons() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    // The example `newsgraph query --help` prints, run as printed.
    let help = ok(bin().args(["query", "--help"]));
    let example = help
        .lines()
        .find(|l| l.contains("schema:Person ; schema:name ?name"))
        .expect("the example in --help");
    let sparql = example.split('\'').nth(1).expect("the query between quotes");
    let names: Vec<String> = query_text(&store, sparql)
        .into_iter()
        .map(|r| r["name"].clone())
        .collect();
    assert!(names.iter().any(|n| n == "Sergey Lavrov"), "{names:?}");
    assert!(names.iter().any(|n| n == "Сергей Лавров"), "{names:?}");
    let persons = query_text(
        &store,
        "SELECT (COUNT(DISTINCT ?name) AS ?n) { GRAPH ?g { ?p a schema:Person ; schema:name ?name } }",
    );
    assert_eq!(names.len().to_string(), persons[0]["n"], "DISTINCT names, one per name");
    assert!(
        help.contains("--strict-dataset") && help.contains("union of all graphs"),
        "{help}"
    );
}

#[test]
fn the_strict_dataset_and_from_keep_their_meaning() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let count = |args: &[&str], q: &str| -> u64 {
        let text = ok(bin()
            .args(["query", "--format", "json", "--store"])
            .arg(&store)
            .args(args)
            .args(["-e", q]));
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        json["results"]["bindings"][0]["n"]["value"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap()
    };
    let all = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
    let quads = count(&[], "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
    // The union holds every graph's triples (once per graph that states them).
    assert_eq!(count(&[], all), quads);
    assert_eq!(
        count(&["--strict-dataset"], all),
        0,
        "newsgraph writes nothing to the default graph"
    );
    // GRAPH still names graphs, under both.
    assert_eq!(
        count(
            &["--strict-dataset"],
            "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"
        ),
        quads
    );
    // FROM chooses the default graph itself: one article's graph only.
    let graph = "https://example.org/newsgraph/graph/003_c1ddbacee037c545.txt";
    let one = count(
        &[],
        &format!("SELECT (COUNT(*) AS ?n) {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"),
    );
    assert!(one > 0 && one < quads);
    assert_eq!(
        count(&[], &format!("SELECT (COUNT(*) AS ?n) FROM <{graph}> {{ ?s ?p ?o }}")),
        one
    );
    // ASK and CONSTRUCT see the union too.
    let ask = ok(bin()
        .args(["query", "--store"])
        .arg(&store)
        .args(["-e", "ASK { ?p a schema:Person ; owl:sameAs wd:Q7747 }"]));
    assert_eq!(ask.trim(), "true");
}
