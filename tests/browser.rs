//! The query page of `newsgraph serve` in a real browser: headless Chromium driven through
//! ChromeDriver (Selenium, Debian's packages) types a query, presses the button and reads the
//! result table, which must hold what `newsgraph query` gives.

mod common;

use common::servers::{have, http, python, serve};
use common::{build_seeds, query_text};

const NAMES: &str = "SELECT ?source ?person WHERE {
  GRAPH ?g { ?a a schema:NewsArticle ; dcterms:identifier ?source . ?p a schema:Person ; schema:name ?n }
  BIND(STR(?n) AS ?person)
}
ORDER BY ?source ?person";

fn page_answer(url: &str, query: &str, dir: &std::path::Path, name: &str) -> serde_json::Value {
    let file = dir.join(format!("{name}.rq"));
    std::fs::write(&file, query).unwrap();
    let profile = dir.join(format!("chromium-{name}"));
    let out = python(
        "query_page.py",
        &[&format!("{url}/"), file.to_str().unwrap(), profile.to_str().unwrap()],
    );
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

#[test]
fn the_query_page_in_chromium_shows_the_rows_the_cli_gives_and_says_what_is_wrong() {
    if !have(&["/usr/bin/chromium", "/usr/bin/chromedriver", "python3:selenium"]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let expected: Vec<Vec<String>> = query_text(&store, NAMES)
        .into_iter()
        .map(|r| vec![r["source"].clone(), r["person"].clone()])
        .collect();
    assert!(expected.len() > 5);
    let (_server, url) = serve(&store, &[], &[]);

    let answer = page_answer(&url, NAMES, dir.path(), "names");
    assert_eq!(answer["header"], serde_json::json!(["source", "person"]));
    let rows: Vec<Vec<String>> = serde_json::from_value(answer["rows"].clone()).unwrap();
    assert_eq!(rows, expected);
    assert_eq!(answer["status"], format!("{} rows", expected.len()));

    let broken = page_answer(&url, "SELECT ?x WHERE { ?x", dir.path(), "broken");
    let status = broken["status"].as_str().unwrap();
    assert!(status.starts_with("400: SPARQL syntax error"), "{status}");
    assert_eq!(broken["rows"], serde_json::json!([]));
}

/// A name that would run script if any page put it in as markup.
const HOSTILE: &str = r#"<img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script>"#;

#[test]
fn text_from_the_store_stays_text_in_chromium_on_the_query_page_and_the_resource_page() {
    if !have(&["/usr/bin/chromium", "/usr/bin/chromedriver", "python3:selenium"]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let (_server, url) = serve(
        &store,
        &["--allow-update"],
        &[("NEWSGRAPH_UPDATE_TOKEN", "browser-test")],
    );
    let person = "https://example.org/newsgraph/person/hostile";
    let literal = HOSTILE.replace('\\', "\\\\").replace('"', "\\\"");
    let insert = format!(
        "INSERT DATA {{ GRAPH <https://example.org/newsgraph/graph/hostile.txt> {{ <{person}> a schema:Person ; schema:name \"{literal}\" }} }}"
    );
    let r = http(
        "POST",
        &format!("{url}/sparql"),
        &[
            ("Content-Type", "application/sparql-update"),
            ("Authorization", "Bearer browser-test"),
        ],
        insert.as_bytes(),
    );
    assert_eq!(r.status, 204, "{}", r.body);

    let answer = page_answer(
        &url,
        &format!("SELECT ?name {{ <{person}> schema:name ?name }}"),
        dir.path(),
        "hostile",
    );
    assert_eq!(answer["rows"], serde_json::json!([[HOSTILE]]));
    assert_eq!(answer["images"], 0);
    assert_eq!(answer["title"], "newsgraph SPARQL endpoint");

    let profile = dir.path().join("chromium-resource");
    let out = python(
        "query_page.py",
        &["--open", &format!("{url}/person/hostile"), profile.to_str().unwrap()],
    );
    let page: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(page["h1"], HOSTILE);
    assert_eq!(page["title"], HOSTILE);
    assert_eq!(page["images"], 0);
    assert!(page["cells"].as_array().unwrap().iter().any(|c| c == HOSTILE), "{page}");
}
