//! Adding articles to a store brings its identity graph to exactly what resolving the whole
//! store at once gives, whatever the order the articles come in, and reads back only the
//! persons the new articles could be merged with: real builds of a generated corpus through
//! the binary, on real stores on disk.

mod common;
use common::*;
use newsgraph::bench::gen::{generate, GenOptions};
use std::path::{Path, PathBuf};

fn corpus(dir: &Path, articles: usize, from: usize, to: usize) -> PathBuf {
    let out = dir.join(format!("corpus-{from}-{to}"));
    let options = GenOptions {
        articles,
        langs: ["en", "ru", "uk", "de", "fr"].iter().map(|s| s.to_string()).collect(),
        seed: 5,
        people: Some(1500),
        html_share: 0.1,
        from,
        to,
    };
    generate(&options, &out).unwrap();
    out
}

fn build(store: &Path, inputs: &[PathBuf]) -> String {
    let out = run(bin().args(["build", "--timings", "--store"]).arg(store).args(inputs));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The identity graph and its index, sorted.
fn identity(store: &Path) -> Vec<String> {
    let nq = ok(bin().args(["export", "--format", "nquads", "--store"]).arg(store));
    let mut lines: Vec<String> = nq
        .lines()
        .filter(|l| l.ends_with("/identity> .") || l.ends_with("/identity/index> ."))
        .map(String::from)
        .collect();
    lines.sort();
    lines
}

/// The articles of `dir` in `parts` groups by their number modulo `parts`, as paths.
fn parts(dir: &Path, parts: usize) -> Vec<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut out = vec![Vec::new(); parts];
    for (i, f) in files.into_iter().enumerate() {
        out[i % parts].push(f);
    }
    out
}

#[test]
fn adding_articles_in_any_order_gives_what_resolving_everything_at_once_gives() {
    let dir = tempfile::tempdir().unwrap();
    let all = corpus(dir.path(), 240, 0, 0);
    let groups = parts(&all, 4);

    let at_once = dir.path().join("at-once");
    let log = build(&at_once, &[all.clone()]);
    assert!(log.contains("Fresh"), "{log}");
    let expected = identity(&at_once);
    assert!(
        expected.iter().any(|l| l.contains("IdentityDecision")),
        "the corpus has merges"
    );

    // Four builds, in two different orders, one part built twice.
    for (name, order) in [("forward", [2, 0, 3, 1, 2]), ("backward", [3, 2, 1, 0, 3])] {
        let store = dir.path().join(name);
        for (k, &part) in order.iter().enumerate() {
            let log = build(&store, &groups[part]);
            if k > 0 {
                assert!(log.contains("Incremental"), "{name} build {k}: {log}");
            }
        }
        assert_eq!(identity(&store), expected, "{name}");
    }

    // A full recomputation: the index removed, the next build reads the whole store back.
    let full = dir.path().join("full");
    build(&full, &[all.clone()]);
    {
        let store = newsgraph::store::GraphStore::open_existing(&full).unwrap();
        let index = oxigraph::model::NamedNode::new("https://example.org/newsgraph/identity/index").unwrap();
        store.store.remove_named_graph(&index).unwrap();
    }
    let log = build(&full, &groups[0][..1]);
    assert!(log.contains("Full"), "{log}");
    assert_eq!(identity(&full), expected);
}

/// `persons read` from a build's `--timings` line.
fn persons_read(log: &str) -> usize {
    let line = log.lines().find(|l| l.starts_with("timings:")).expect("a timings line");
    let before = line.split(" person IRIs read back").next().unwrap();
    before.rsplit(' ').next().unwrap().parse().unwrap()
}

#[test]
fn adding_a_few_articles_reads_back_only_the_persons_they_could_be_merged_with() {
    let dir = tempfile::tempdir().unwrap();
    for base in [300, 1200] {
        let archive = corpus(dir.path(), base + 5, 0, base);
        let next = corpus(dir.path(), base + 5, base, base + 5);
        let store = dir.path().join(format!("store-{base}"));
        build(&store, &[archive]);
        let log = build(&store, &[next]);
        assert!(log.contains("Incremental"), "{log}");
        let person_iris: usize = query_text(
            &store,
            "SELECT (COUNT(DISTINCT ?p) AS ?n) { GRAPH ?g { ?p a schema:Person ; schema:name ?name } }",
        )[0]["n"]
            .parse()
            .unwrap();
        let read = persons_read(&log);
        assert!(read > 0, "{log}");
        // Five articles name a few dozen people; the persons sharing (or nearly sharing) their
        // surnames are all that is read back, a small part of the store at either size.
        assert!(
            read * 10 < person_iris,
            "{read} of {person_iris} person IRIs read back: {log}"
        );
    }
}
