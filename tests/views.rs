//! `newsgraph dot`: views of real stores (the seeds, one small article, a generated store),
//! written as JSON and DOT and drawn by the real Graphviz `dot`.

mod common;
mod generated;

use common::{bin, build_seeds, fails_with, ok, root, run};
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A view as JSON: node labels by id, and (source label, target label, kind, label) per edge.
struct View {
    nodes: HashMap<String, (String, String)>,
    edges: Vec<(String, String, String, String)>,
}

fn view(args: &[&str], store: &Path) -> View {
    let text = ok(bin()
        .arg("dot")
        .args(["--format", "json", "--store"])
        .arg(store)
        .args(args));
    let json: Value = serde_json::from_str(&text).expect("JSON");
    let nodes: HashMap<String, (String, String)> = json["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["id"].as_str().unwrap().to_string(),
                (
                    n["kind"].as_str().unwrap().to_string(),
                    n["label"].as_str().unwrap().to_string(),
                ),
            )
        })
        .collect();
    let label = |id: &Value| nodes[id.as_str().unwrap()].1.clone();
    let edges = json["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                label(&e["source"]),
                label(&e["target"]),
                e["kind"].as_str().unwrap().to_string(),
                e["label"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    View { nodes, edges }
}

impl View {
    fn labels_of(&self, kind: &str) -> Vec<String> {
        let mut v: Vec<String> = self
            .nodes
            .values()
            .filter(|(k, _)| k == kind)
            .map(|(_, l)| l.clone())
            .collect();
        v.sort();
        v
    }
    fn has_edge(&self, from: &str, to: &str, kind: &str) -> bool {
        self.edges.iter().any(|(a, b, k, _)| a == from && b == to && k == kind)
    }
}

#[test]
fn the_seeds_view_has_posts_statements_venues_and_dates() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let v = view(&[], &store);
    // Lavrov → Russia labelled with his post, once, although four articles give it.
    let lavrov_posts: Vec<_> = v
        .edges
        .iter()
        .filter(|(a, b, k, _)| a == "Sergey Lavrov" && b == "Russia" && k == "role")
        .collect();
    assert_eq!(lavrov_posts.len(), 1, "{lavrov_posts:?}");
    assert_eq!(lavrov_posts[0].3, "Foreign Minister");
    // Grushko's statements hang off him and link Sputnik and 5 January 2022.
    let grushko: Vec<&String> = v
        .edges
        .iter()
        .filter(|(a, _, k, _)| a == "Alexander Grushko" && k == "said")
        .map(|(_, s, _, _)| s)
        .collect();
    let statements = common::query_json(&store, "queries/statements.rq");
    let said_by = |name: &str| statements.iter().filter(|r| r["speaker"].contains(name)).count();
    assert_eq!(grushko.len(), said_by("Grushko"));
    assert!(grushko
        .iter()
        .any(|s| v.has_edge(s, "Sputnik", "at") && v.has_edge(s, "2022-01-05", "on")));
    // One node per outlet: the two articles' words for Solovyov LIVE are one venue.
    let venues = v.labels_of("venue");
    assert_eq!(
        venues.iter().filter(|l| l.contains("Solovyov")).count(),
        1,
        "{venues:?}"
    );
    let at_solovyov = v
        .edges
        .iter()
        .filter(|(_, b, k, _)| b == "Solovyov LIVE" && k == "at")
        .count();
    let written_there: std::collections::HashSet<&str> = statements
        .iter()
        .filter(|r| {
            r.get("venueEntity")
                .is_some_and(|v| v.ends_with("/outlet/solovyov-live"))
        })
        .map(|r| r["venue"].as_str())
        .collect();
    assert_eq!(
        written_there.len(),
        2,
        "two articles' words for one outlet: {written_there:?}"
    );
    assert_eq!(
        at_solovyov,
        statements
            .iter()
            .filter(|r| r
                .get("venueEntity")
                .is_some_and(|v| v.ends_with("/outlet/solovyov-live")))
            .count()
    );
    // One node per person: Blinken's misspelling and Putin's surname alone are merged.
    let persons = v.labels_of("person");
    assert_eq!(persons.len(), 8, "{persons:?}");
    for kind in ["person", "country", "organisation", "venue", "statement", "date"] {
        assert!(!v.labels_of(kind).is_empty(), "no {kind}");
    }
}

#[test]
fn labels_come_in_the_language_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let ru = view(&["--lang", "ru"], &store);
    assert!(ru.labels_of("person").contains(&"Сергей Лавров".to_string()));
    assert!(ru.labels_of("country").contains(&"Россия".to_string()));
    assert!(ru.labels_of("venue").contains(&"Спутник".to_string()));
    // German: no German article, so the English labels, and the countries' German names.
    let de = view(&["--lang", "de"], &store);
    assert!(de.labels_of("person").contains(&"Sergey Lavrov".to_string()));
    assert!(de.labels_of("country").contains(&"Russland".to_string()));
}

#[test]
fn a_person_view_by_any_name_to_the_depth_asked() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    for name in ["Lavrov", "Сергей Лавров", "sergei lavrov"] {
        let v = view(&["--person", name], &store);
        assert!(v.labels_of("person").contains(&"Sergey Lavrov".to_string()), "{name}");
        assert!(v.labels_of("venue").contains(&"Solovyov LIVE".to_string()), "{name}");
        assert!(!v.labels_of("person").contains(&"John Sullivan".to_string()), "{name}");
    }
    let near = view(&["--person", "Lavrov", "--depth", "1"], &store);
    assert!(near.labels_of("venue").is_empty(), "{:?}", near.labels_of("venue"));
    assert!(near.labels_of("country").contains(&"Russia".to_string()));
    let err = fails_with(
        bin().args(["dot", "--person", "Lavrof", "--store"]).arg(&store),
        "no person named \"Lavrof\"",
    );
    assert!(err.contains("did you mean"), "{err}");
}

#[test]
fn max_nodes_keeps_the_most_connected_and_says_what_it_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let out = run(bin()
        .args(["dot", "--format", "json", "--max-nodes", "12", "--store"])
        .arg(&store));
    assert!(out.status.success());
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["nodes"].as_array().unwrap().len(), 12);
    // The whole graph, drawn without a limit, says how many were left out.
    let all = run(bin()
        .args(["dot", "--format", "json", "--max-nodes", "100000", "--store"])
        .arg(&store));
    let total = serde_json::from_slice::<Value>(&all.stdout).unwrap()["nodes"]
        .as_array()
        .unwrap()
        .len();
    assert!(total > 12, "{total}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with(&format!("left out {} of {total} nodes (", total - 12)),
        "{err}"
    );
    assert!(err.contains(&format!("--max-nodes {total} draws them all")), "{err}");
    let labels: Vec<&str> = json["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["label"].as_str().unwrap())
        .collect();
    assert!(
        labels.contains(&"Russia") && labels.contains(&"Sergey Lavrov"),
        "{labels:?}"
    );
    // -q: nothing on standard error.
    let quiet = run(bin().args(["dot", "-q", "--max-nodes", "12", "--store"]).arg(&store));
    assert!(quiet.status.success() && quiet.stderr.is_empty());
}

#[test]
fn any_construct_is_drawn_with_labels_from_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let rq = dir.path().join("mentions.rq");
    std::fs::write(
        &rq,
        "CONSTRUCT { ?a schema:mentions ?p } WHERE { GRAPH ?g { ?a a schema:NewsArticle ; dcterms:identifier \"003_c1ddbacee037c545.txt\" ; schema:mentions ?p } }",
    )
    .unwrap();
    let v = view(&["--query", rq.to_str().unwrap()], &store);
    // The CONSTRUCT gives no types or names: they are read from the store.
    assert_eq!(v.labels_of("person"), ["Alexander Grushko"]);
    assert!(
        v.has_edge("003_c1ddbacee037c545.txt", "Alexander Grushko", "other"),
        "{:?}",
        v.edges
    );
    // The view shipped in queries/: every article of the seeds and the persons it mentions.
    let shipped = view(&["--query", "queries/mentions-view.rq"], &store);
    assert_eq!(
        shipped.labels_of("person").len(),
        8,
        "{:?}",
        shipped.labels_of("person")
    );
    assert_eq!(shipped.labels_of("other").len(), 5, "{:?}", shipped.labels_of("other"));
    let select = dir.path().join("select.rq");
    std::fs::write(&select, "SELECT * { ?s ?p ?o }").unwrap();
    fails_with(
        bin().args(["dot", "--query"]).arg(&select).arg("--store").arg(&store),
        "give a CONSTRUCT or DESCRIBE query",
    );
    let broken = dir.path().join("broken.rq");
    std::fs::write(&broken, "CONSTRUCT { ?s ?p }").unwrap();
    fails_with(
        bin().args(["dot", "--query"]).arg(&broken).arg("--store").arg(&store),
        "broken.rq: SPARQL syntax error",
    );
}

fn golden(name: &str) -> PathBuf {
    root().join("tests/golden").join(name)
}

/// One small article's DOT, byte for byte. After a deliberate change to the views (or to what
/// is extracted from the article), regenerate it with NEWSGRAPH_BLESS=1.
#[test]
fn one_small_article_gives_the_golden_dot() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ok(bin()
        .args(["build", "--published", "2022-01-05", "--store"])
        .arg(&store)
        .arg(golden("talks.txt")));
    let dot = ok(bin()
        .args(["dot", "--article"])
        .arg(golden("talks.txt"))
        .arg("--store")
        .arg(&store));
    if std::env::var_os("NEWSGRAPH_BLESS").is_some() {
        std::fs::write(golden("talks.dot"), &dot).unwrap();
    }
    let expected = std::fs::read_to_string(golden("talks.dot")).expect("tests/golden/talks.dot");
    assert_eq!(
        dot, expected,
        "the DOT differs from tests/golden/talks.dot (NEWSGRAPH_BLESS=1 regenerates it)"
    );
    fails_with(
        bin().args(["dot", "--article", "nosuch.txt", "--store"]).arg(&store),
        "nosuch.txt: no article of that name in the store",
    );
}

/// The picture as Graphviz draws it: SVG and PNG from the real `dot`, laid out in both
/// directions rather than as one long row.
#[test]
fn graphviz_draws_svg_and_png_that_are_not_one_long_row() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let svg_path = dir.path().join("seeds.svg");
    ok(bin().args(["dot", "-o"]).arg(&svg_path).arg("--store").arg(&store));
    let svg = std::fs::read_to_string(&svg_path).unwrap();
    assert!(svg.contains("<svg") && svg.contains("Legend") && svg.contains("Solovyov LIVE"));
    let size = |attr: &str| -> f64 {
        let at = svg.find(&format!("{attr}=\"")).unwrap() + attr.len() + 2;
        svg[at..]
            .split(|c: char| !c.is_ascii_digit() && c != '.')
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    let (width, height) = (size("width"), size("height"));
    // Before the views the seeds came out 2,550 × 175: fourteen times wider than high.
    assert!(width / height < 3.0 && height / width < 3.0, "{width} × {height}");
    let png = ok_bytes(
        bin()
            .args(["dot", "--format", "png", "--person", "Grushko", "--store"])
            .arg(&store),
    );
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
}

fn ok_bytes(cmd: &mut std::process::Command) -> Vec<u8> {
    let out = run(cmd);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

#[test]
fn without_graphviz_svg_says_how_to_install_it_and_dot_still_works() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let empty = dir.path().join("empty-path");
    std::fs::create_dir(&empty).unwrap();
    let err = fails_with(
        bin()
            .env("PATH", &empty)
            .args(["dot", "--format", "svg", "--store"])
            .arg(&store),
        "Graphviz's `dot` program is not installed",
    );
    assert!(
        err.contains("apt-get install graphviz") && err.contains("--format dot"),
        "{err}"
    );
    let dot = ok(bin().env("PATH", &empty).args(["dot", "--store"]).arg(&store));
    assert!(dot.starts_with("digraph"));
}

#[test]
fn a_generated_store_is_drawn_whole_and_cut() {
    let dir = tempfile::tempdir().unwrap();
    let store = generated::store(dir.path());
    let v = view(&["--max-nodes", "0"], &store);
    // 8 people of 8 countries, 5 outlets, and a statement per sentence of the 36 articles.
    assert_eq!(v.labels_of("person").len(), 8, "{:?}", v.labels_of("person"));
    assert_eq!(v.labels_of("venue").len(), 5, "{:?}", v.labels_of("venue"));
    let statements = common::query_text(
        &store,
        "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ng:Statement } }",
    );
    let statements: usize = statements[0]["n"].parse().unwrap();
    assert!(statements >= 60, "{statements}");
    assert_eq!(v.labels_of("statement").len(), statements);
    assert!(v.has_edge("Fumio Kishida", "Japan", "role"));
    let svg = ok(bin().args(["dot", "--format", "svg", "--store"]).arg(&store));
    assert!(svg.contains("</svg>"));
    // Force-directed (what views above 150 nodes get): no boxes, the legend one table.
    let dot = ok(bin().args(["dot", "--layout", "force", "--store"]).arg(&store));
    assert!(dot.contains("layout = sfdp") && !dot.contains("subgraph"), "{dot}");
    let svg = ok(bin()
        .args(["dot", "--layout", "force", "--format", "svg", "--store"])
        .arg(&store));
    assert!(svg.contains("</svg>") && svg.contains("Legend") && svg.contains("Fumio Kishida"));
    let out = run(bin()
        .args(["dot", "--format", "json", "--max-nodes", "30", "--store"])
        .arg(&store));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["nodes"].as_array().unwrap().len(), 30);
    assert!(String::from_utf8_lossy(&out.stderr).contains("statements"));
}
