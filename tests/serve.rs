//! `newsgraph serve` on a real store with real clients: our own HTTP calls, and Python's
//! SPARQLWrapper and rdflib (Debian's packages) as other programs would use the endpoint.

mod common;

use common::servers::{get, have, http, python, serve, wait_for};
use common::{bin, bindings, build_seeds, fails_with, ok, query_json, query_text, root, seeds};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

type Row = BTreeMap<String, String>;

/// The rows of SPARQL JSON results, values only, sorted (row order is not the protocol's).
fn json_rows(text: &str) -> Vec<Row> {
    sorted(bindings(text))
}

/// Every binding in full (type, value, language, datatype), one canonical string each, sorted.
fn full_bindings(text: &str) -> Vec<String> {
    let json: serde_json::Value = serde_json::from_str(text).expect("SPARQL JSON results");
    let mut all: Vec<String> = json["results"]["bindings"]
        .as_array()
        .expect("bindings")
        .iter()
        .map(|b| b.to_string())
        .collect();
    all.sort();
    all
}

fn sorted(mut rows: Vec<std::collections::HashMap<String, String>>) -> Vec<Row> {
    let mut out: Vec<Row> = rows
        .drain(..)
        .map(|r| r.into_iter().filter(|(_, v)| !v.is_empty()).collect())
        .collect();
    out.sort();
    out
}

fn query_file(name: &str) -> String {
    std::fs::read_to_string(root().join("queries").join(name)).unwrap()
}

const JSON: &str = "application/sparql-results+json";

#[test]
fn the_endpoint_gives_the_rows_the_cli_gives_in_every_results_format() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let expected = sorted(query_json(&store, "queries/person-roles.rq"));
    assert!(!expected.is_empty());
    let (_server, url) = serve(&store, &[], &[]);
    let endpoint = format!("{url}/sparql");
    let query = query_file("person-roles.rq");

    let by_get = get(&endpoint, &[("query", &query)], &[("Accept", JSON)]);
    assert_eq!(by_get.status, 200, "{}", by_get.body);
    assert_eq!(by_get.header("content-type"), Some(JSON));
    assert_eq!(json_rows(&by_get.body), expected);

    let by_post = http(
        "POST",
        &endpoint,
        &[("Content-Type", "application/sparql-query"), ("Accept", JSON)],
        query.as_bytes(),
    );
    assert_eq!(by_post.body, by_get.body);
    let form = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("query", &query)
        .finish();
    let by_form = http(
        "POST",
        &endpoint,
        &[("Content-Type", "application/x-www-form-urlencoded"), ("Accept", JSON)],
        form.as_bytes(),
    );
    assert_eq!(by_form.body, by_get.body);

    let csv = get(&endpoint, &[("query", &query)], &[("Accept", "text/csv")]);
    assert!(csv.header("content-type").unwrap().starts_with("text/csv"));
    assert!(csv.body.starts_with("source,person,role,organization"), "{}", csv.body);
    assert_eq!(csv.body.lines().count(), expected.len() + 1);
    let tsv = get(
        &endpoint,
        &[("query", &query)],
        &[("Accept", "text/tab-separated-values")],
    );
    assert!(
        tsv.body.starts_with("?source\t?person\t?role\t?organization"),
        "{}",
        tsv.body
    );
    let xml = get(
        &endpoint,
        &[("query", &query)],
        &[("Accept", "application/sparql-results+xml")],
    );
    assert_eq!(xml.header("content-type"), Some("application/sparql-results+xml"));
    assert_eq!(xml.body.matches("<result>").count(), expected.len());
    // A format asked for by name, as some clients do.
    let named = get(&endpoint, &[("query", &query), ("format", "csv")], &[]);
    assert_eq!(named.body, csv.body);
    assert_eq!(by_get.header("vary"), Some("Accept"));
}

#[test]
fn sparqlwrapper_and_rdflib_read_the_endpoint_as_the_cli_reads_the_store() {
    if !have(&["python3:SPARQLWrapper", "python3:rdflib"]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    // What the command line reads from the store, before the server holds it.
    let expected = sorted(query_json(&store, "queries/person-roles.rq"));
    let expected_people = sorted(query_json(&store, "queries/people.rq"));
    let memberships = query_text(
        &store,
        "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?p ?o { GRAPH ?g { ?m org:member ?p ; org:organization ?o } } }",
    )[0]["n"]
        .clone();
    let person = query_text(
        &store,
        "SELECT ?p { GRAPH ?g { ?p a schema:Person } } ORDER BY ?p LIMIT 1",
    )[0]["p"]
        .clone();
    let about_person = query_text(
        &store,
        &format!("SELECT (COUNT(*) AS ?n) {{ SELECT DISTINCT ?p ?o {{ GRAPH ?g {{ <{person}> ?p ?o }} }} }}"),
    )[0]["n"]
        .clone();
    let (_server, url) = serve(&store, &[], &[]);
    let endpoint = format!("{url}/sparql");
    let roles = root().join("queries/person-roles.rq");
    for (method, format) in [("GET", "json"), ("POST", "json"), ("GET", "xml"), ("POST", "csv")] {
        let out = python(
            "sparql_client.py",
            &["select", &endpoint, roles.to_str().unwrap(), method, format],
        );
        let rows: Vec<std::collections::HashMap<String, String>> = serde_json::from_str(&out).unwrap();
        assert_eq!(sorted(rows), expected, "SPARQLWrapper {method} {format}");
    }
    let people = root().join("queries/people.rq");
    let out = python(
        "sparql_client.py",
        &["select", &endpoint, people.to_str().unwrap(), "GET", "tsv"],
    );
    let rows: Vec<std::collections::HashMap<String, String>> = serde_json::from_str(&out).unwrap();
    assert_eq!(sorted(rows), expected_people, "SPARQLWrapper TSV");

    let ask = dir.path().join("ask.rq");
    std::fs::write(&ask, "PREFIX schema: <https://schema.org/> ASK { ?p a schema:Person }").unwrap();
    assert_eq!(
        python("sparql_client.py", &["ask", &endpoint, ask.to_str().unwrap()]).trim(),
        "true"
    );

    let construct = dir.path().join("construct.rq");
    let text = "PREFIX org: <http://www.w3.org/ns/org#> CONSTRUCT { ?p org:memberOf ?o } WHERE { ?m org:member ?p ; org:organization ?o }";
    std::fs::write(&construct, text).unwrap();
    let triples: usize = python(
        "sparql_client.py",
        &["construct", &endpoint, construct.to_str().unwrap()],
    )
    .trim()
    .parse()
    .unwrap();
    assert_eq!(triples.to_string(), memberships);
    assert!(triples > 0);

    // rdflib dereferences a person as linked data, by content negotiation.
    let path = person.strip_prefix("https://example.org/newsgraph/").unwrap();
    let out = python("sparql_client.py", &["deref", &format!("{url}/{path}")]);
    let described: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(described["subjects"], serde_json::json!([person]));
    assert_eq!(described["triples"].to_string(), about_person);
}

#[test]
fn queries_see_the_union_of_the_graphs_unless_the_dataset_is_strict() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let persons = "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a schema:Person }";
    let in_graphs = "SELECT (COUNT(DISTINCT ?p) AS ?n) { GRAPH ?g { ?p a schema:Person } }";
    let count = |url: &str, q: &str, extra: &[(&str, &str)]| -> usize {
        let mut params = vec![("query", q)];
        params.extend_from_slice(extra);
        let r = get(&format!("{url}/sparql"), &params, &[("Accept", JSON)]);
        assert_eq!(r.status, 200, "{}", r.body);
        json_rows(&r.body)[0]["n"].parse().unwrap()
    };
    let expected: usize = query_text(&store, in_graphs)[0]["n"].parse().unwrap();
    assert!(expected > 0);
    let graph = "https://example.org/newsgraph/graph/000_b9d7ce6c74f9adfa.txt";
    let one: usize = query_text(
        &store,
        &format!("SELECT (COUNT(DISTINCT ?p) AS ?n) {{ GRAPH <{graph}> {{ ?p a schema:Person }} }}"),
    )[0]["n"]
        .parse()
        .unwrap();
    {
        let (_server, url) = serve(&store, &[], &[]);
        assert_eq!(count(&url, persons, &[]), expected);
        assert_eq!(count(&url, in_graphs, &[]), expected);
        // The protocol's dataset wins over the union: one article's graph alone.
        assert_eq!(count(&url, persons, &[("default-graph-uri", graph)]), one);
        assert!(one < expected);
    }
    let (_server, url) = serve(&store, &["--strict-dataset"], &[]);
    assert_eq!(count(&url, persons, &[]), 0, "the store's own default graph is empty");
    assert_eq!(count(&url, in_graphs, &[]), expected);
}

#[test]
fn a_long_query_is_cancelled_a_large_result_is_cut_and_bad_requests_get_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let (_server, url) = serve(&store, &["--timeout", "1", "--max-rows", "3"], &[]);
    let endpoint = format!("{url}/sparql");
    // Tens of billions of combinations: only the time limit ends them. Four unconstrained
    // patterns would go a long while between reads of the store, where Oxigraph checks for
    // cancellation: the client gets its 503 on time all the same.
    for endless in [
        "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
    ] {
        let r = get(&endpoint, &[("query", endless)], &[("Accept", JSON)]);
        assert_eq!(r.status, 503, "{}", r.body);
        assert!(r.body.contains("time limit of 1 s"), "{}", r.body);
    }
    // The server is still there for the next query.
    let cut = get(
        &endpoint,
        &[("query", "SELECT * { GRAPH ?g { ?s ?p ?o } }")],
        &[("Accept", JSON)],
    );
    assert_eq!(cut.status, 200);
    assert_eq!(json_rows(&cut.body).len(), 3);
    assert_eq!(cut.header("x-sparql-maxrows"), Some("3"));
    let whole = get(
        &endpoint,
        &[("query", "SELECT * { GRAPH ?g { ?s a schema:NewsArticle } }")],
        &[("Accept", JSON)],
    );
    assert_eq!(json_rows(&whole.body).len(), 3);
    let small = get(
        &endpoint,
        &[("query", "SELECT * { GRAPH ?g { ?s a ng:IdentityGraph } }")],
        &[("Accept", JSON)],
    );
    assert_eq!(
        small.header("x-sparql-maxrows"),
        None,
        "a result within the limit is not marked"
    );

    let syntax = get(&endpoint, &[("query", "SELEC * {")], &[]);
    assert_eq!(syntax.status, 400);
    assert!(syntax.body.starts_with("SPARQL syntax error"), "{}", syntax.body);
    assert_eq!(syntax.body.trim().lines().count(), 1);
    let unacceptable = get(&endpoint, &[("query", "ASK {}")], &[("Accept", "image/png")]);
    assert_eq!(unacceptable.status, 406);
    assert!(unacceptable.body.contains("application/sparql-results+json"));
    let wrong_type = http("POST", &endpoint, &[("Content-Type", "text/plain")], b"ASK {}");
    assert_eq!(wrong_type.status, 415);
    let delete = http("DELETE", &format!("{url}/person/x"), &[], b"");
    assert_eq!(delete.status, 405);
}

#[test]
fn updates_need_the_flag_and_the_bearer_token() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let insert =
        "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> \"o\" } }";
    let ask = "ASK { GRAPH <https://example.org/g> { ?s ?p \"o\" } }";
    let update = |url: &str, auth: Option<&str>| {
        let mut headers = vec![("Content-Type", "application/sparql-update")];
        if let Some(a) = auth {
            headers.push(("Authorization", a));
        }
        http("POST", &format!("{url}/sparql"), &headers, insert.as_bytes())
    };
    let asked = |url: &str| {
        get(&format!("{url}/sparql"), &[("query", ask)], &[("Accept", JSON)])
            .body
            .contains("true")
    };
    {
        let (_server, url) = serve(&store, &[], &[]);
        let r = update(&url, Some("Bearer anything"));
        assert_eq!(r.status, 403);
        assert!(r.body.contains("--allow-update"), "{}", r.body);
        assert!(!asked(&url));
    }
    // No token anywhere: a usage error before anything starts.
    let out = bin()
        .args(["serve", "--allow-update", "--bind", "127.0.0.1:0", "--store"])
        .arg(&store)
        .env_remove("NEWSGRAPH_UPDATE_TOKEN")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--allow-update needs a bearer token"));

    let (_server, url) = serve(
        &store,
        &["--allow-update"],
        &[("NEWSGRAPH_UPDATE_TOKEN", "s3cret-token")],
    );
    let none = update(&url, None);
    assert_eq!(none.status, 401);
    assert!(none.header("www-authenticate").unwrap().starts_with("Bearer"));
    assert_eq!(update(&url, Some("Bearer s3cret-toke")).status, 401);
    assert!(!asked(&url));
    assert_eq!(update(&url, Some("Bearer s3cret-token")).status, 204);
    assert!(asked(&url));

    // The token may come from a file too.
    drop(_server);
    let token_file = dir.path().join("token");
    std::fs::write(&token_file, "from-a-file\n").unwrap();
    let (_server, url) = serve(
        &store,
        &["--allow-update", "--update-token-file", token_file.to_str().unwrap()],
        &[],
    );
    assert_eq!(update(&url, Some("Bearer from-a-file")).status, 204);
}

#[test]
fn browsers_may_call_the_endpoint_and_get_a_page_to_type_queries() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let (_server, url) = serve(&store, &[], &[]);
    let preflight = http(
        "OPTIONS",
        &format!("{url}/sparql"),
        &[
            ("Origin", "https://elsewhere.example"),
            ("Access-Control-Request-Method", "POST"),
            ("Access-Control-Request-Headers", "content-type, authorization"),
        ],
        b"",
    );
    assert_eq!(preflight.status, 204);
    assert_eq!(preflight.header("access-control-allow-origin"), Some("*"));
    assert!(preflight
        .header("access-control-allow-headers")
        .unwrap()
        .contains("Authorization"));
    let answer = get(
        &format!("{url}/sparql"),
        &[("query", "ASK {}")],
        &[("Origin", "https://elsewhere.example")],
    );
    assert_eq!(answer.header("access-control-allow-origin"), Some("*"));
    for page in [format!("{url}/"), format!("{url}/sparql")] {
        let r = get(&page, &[], &[("Accept", "text/html")]);
        assert_eq!(r.status, 200);
        assert!(r.header("content-type").unwrap().starts_with("text/html"));
        assert!(r.body.contains("<textarea id=\"query\""));
        assert!(r.body.contains("union of all graphs"));
    }
}

#[test]
fn resources_under_the_base_iri_dereference_as_html_or_rdf() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let base = "https://example.org/newsgraph/";
    let person = query_text(
        &store,
        "SELECT ?p { GRAPH ?g { ?p a schema:Person } } ORDER BY ?p LIMIT 1",
    )[0]["p"]
        .clone();
    let name = query_text(
        &store,
        &format!("SELECT ?n {{ GRAPH ?g {{ <{person}> schema:name ?n }} }} LIMIT 1"),
    )[0]["n"]
        .clone();
    let graph = format!("{base}graph/000_b9d7ce6c74f9adfa.txt");
    let in_graph = query_text(
        &store,
        &format!("SELECT (COUNT(*) AS ?n) {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"),
    )[0]["n"]
        .clone();
    let (_server, url) = serve(&store, &[], &[]);
    let at = format!("{url}/{}", person.strip_prefix(base).unwrap());

    let browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    let html = get(&at, &[], &[("Accept", browser)]);
    assert_eq!(html.status, 200, "{}", html.body);
    assert!(html.header("content-type").unwrap().starts_with("text/html"));
    assert!(html.body.contains(&format!("<h1>{name}</h1>")), "{}", html.body);
    assert!(html.body.contains("<a href=\"/graph/"), "graphs link to this server");

    let turtle = get(&at, &[], &[("Accept", "text/turtle")]);
    assert_eq!(turtle.header("content-type"), Some("text/turtle"));
    let triples: Vec<oxigraph::model::Triple> = oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::Turtle)
        .for_slice(turtle.body.as_bytes())
        .map(|q| q.map(Into::into))
        .collect::<Result<_, _>>()
        .expect("valid Turtle");
    assert!(!triples.is_empty());
    assert!(triples.iter().all(|t| t.subject.to_string() == format!("<{person}>")));
    let jsonld = get(&at, &[("format", "jsonld")], &[]);
    assert_eq!(jsonld.header("content-type"), Some("application/ld+json"));
    serde_json::from_str::<serde_json::Value>(&jsonld.body).expect("JSON-LD is JSON");

    // A graph's IRI gives the graph: as many triples as the store holds in it.
    let nt = get(
        &format!("{url}/graph/000_b9d7ce6c74f9adfa.txt"),
        &[],
        &[("Accept", "application/n-triples")],
    );
    assert_eq!(nt.status, 200);
    assert_eq!(nt.body.lines().count().to_string(), in_graph);

    let missing = get(
        &format!("{url}/person/nobody-at-all"),
        &[],
        &[("Accept", "text/turtle")],
    );
    assert_eq!(missing.status, 404);
    assert!(missing.body.contains("person/nobody-at-all"));
}

/// Runs `SELECT ?g ?s ?p ?o` over every graph and returns every binding in full.
fn all_quads_served(url: &str) -> Vec<String> {
    let r = get(
        &format!("{url}/sparql"),
        &[("query", "SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } }")],
        &[("Accept", JSON)],
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.header("x-sparql-maxrows"), None);
    full_bindings(&r.body)
}

fn all_quads_local(store: &Path) -> Vec<String> {
    full_bindings(&ok(bin()
        .args(["query", "--format", "json", "--store"])
        .arg(store)
        .args(["-e", "SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } }"])))
}

/// `n` articles made from the seeds, each with its own name and closing line (as
/// scripts/bench.sh makes them), so each is a graph of its own.
fn corpus(dir: &Path, n: usize) -> Vec<std::path::PathBuf> {
    std::fs::create_dir_all(dir).unwrap();
    let seeds = seeds();
    (0..n)
        .map(|i| {
            let seed = &seeds[i % seeds.len()];
            let text = std::fs::read_to_string(seed).unwrap();
            let file = dir.join(format!("a{i:04}_{}", seed.file_name().unwrap().to_string_lossy()));
            std::fs::write(&file, format!("{text}\n\nCorrespondent report number {i}.\n")).unwrap();
            file
        })
        .collect()
}

#[test]
fn a_build_on_a_served_store_goes_through_the_server_while_queries_answer() {
    let dir = tempfile::tempdir().unwrap();
    // More articles than one hand-off batch (64), so the build sends several.
    let articles = corpus(&dir.path().join("corpus"), 150);
    // What a build of them all into a store of its own gives.
    let reference = dir.path().join("reference");
    ok(bin().arg("build").arg("--store").arg(&reference).args(&articles));
    let live = dir.path().join("live");
    ok(bin().arg("build").arg("--store").arg(&live).args(&articles[..10]));
    let (mut server, url) = serve(&live, &["--max-rows", "1000000"], &[]);
    let note = live.join("newsgraph-serve.json");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&note).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "the note with the hand-off secret is the user's alone");
    }

    // Queries all along the build.
    let stop = Arc::new(AtomicBool::new(false));
    let asking = {
        let (stop, url) = (Arc::clone(&stop), url.clone());
        std::thread::spawn(move || {
            let mut seen: Vec<(u16, usize)> = Vec::new();
            while !stop.load(Ordering::SeqCst) || seen.len() < 3 {
                let r = get(
                    &format!("{url}/sparql"),
                    &[("query", "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a schema:NewsArticle }")],
                    &[("Accept", JSON)],
                );
                let n = if r.status == 200 {
                    json_rows(&r.body)[0]["n"].parse().unwrap()
                } else {
                    0
                };
                seen.push((r.status, n));
                std::thread::sleep(Duration::from_millis(20));
            }
            seen
        })
    };
    let out = ok(bin().arg("build").arg("--store").arg(&live).args(&articles));
    stop.store(true, Ordering::SeqCst);
    let seen = asking.join().unwrap();
    assert!(out.contains("through the server"), "{out}");
    assert!(out.contains("Built 150 article(s)"), "{out}");
    assert!(seen.iter().all(|(status, _)| *status == 200), "{seen:?}");
    assert!(
        seen.windows(2).all(|w| w[0].1 <= w[1].1),
        "articles only come, never half: {seen:?}"
    );
    assert_eq!(seen.first().unwrap().1, 10);
    assert_eq!(seen.last().unwrap().1, 150);

    // The served store now holds exactly what a build of its own would: article graphs,
    // ontology and identity graph, quad for quad.
    assert_eq!(all_quads_served(&url), all_quads_local(&reference));

    // A stop leaves the store free, and takes the note away.
    assert!(server.terminate(Duration::from_secs(20)), "the server stops on SIGTERM");
    assert!(!note.exists());
    assert!(ok(bin().arg("stats").arg("--store").arg(&live)).contains("articles"));
}

#[test]
fn the_hand_off_takes_only_the_servers_secret_and_a_dead_servers_note_is_harmless() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let before = all_quads_local(&store);
    let (mut server, url) = serve(&store, &[], &[]);
    let quad = "<https://example.org/s> <https://example.org/p> \"o\" <https://example.org/newsgraph/graph/x.txt> .\n";
    let base = "https://example.org/newsgraph/";
    for auth in [None, Some("Bearer not-the-secret")] {
        let mut headers = vec![("Content-Type", "application/n-quads")];
        if let Some(a) = auth {
            headers.push(("Authorization", a));
        }
        let r = http("POST", &format!("{url}/handoff?base={base}"), &headers, quad.as_bytes());
        assert_eq!(r.status, 401, "{}", r.body);
    }
    // With the secret (the server's user may read it), a batch that is not whole is refused
    // before anything is written.
    let note: serde_json::Value =
        serde_json::from_slice(&std::fs::read(store.join("newsgraph-serve.json")).unwrap()).unwrap();
    let bearer = format!("Bearer {}", note["token"].as_str().unwrap());
    let headers = [
        ("Content-Type", "application/n-quads"),
        ("Authorization", bearer.as_str()),
    ];
    let broken = format!("{quad}<https://example.org/s> <https://example.org/p> \"unterminated <g> .\n");
    let r = http(
        "POST",
        &format!("{url}/handoff?base={base}"),
        &headers,
        broken.as_bytes(),
    );
    assert_eq!(r.status, 400, "{}", r.body);
    assert!(r.body.contains("not valid N-Quads"), "{}", r.body);
    let outside = "<https://example.org/s> <https://example.org/p> \"o\" .\n";
    let r = http(
        "POST",
        &format!("{url}/handoff?base={base}"),
        &headers,
        outside.as_bytes(),
    );
    assert_eq!(r.status, 400, "{}", r.body);
    let r = http(
        "POST",
        &format!("{url}/handoff?base=not-an-iri"),
        &headers,
        quad.as_bytes(),
    );
    assert_eq!(r.status, 400, "{}", r.body);
    assert_eq!(all_quads_served(&url), before);

    // Killed without a chance to clean up: the note stays, and a build opens the store itself.
    server.child.kill().unwrap();
    server.child.wait().unwrap();
    assert!(store.join("newsgraph-serve.json").exists());
    wait_for("the store's lock to be released", Duration::from_secs(10), || {
        bin()
            .arg("stats")
            .arg("--store")
            .arg(&store)
            .output()
            .unwrap()
            .status
            .success()
    });
    let out = ok(bin().arg("build").arg("--store").arg(&store).args(seeds()));
    assert!(!out.contains("through the server"), "{out}");
    assert_eq!(all_quads_local(&store), before);
}

#[test]
fn what_cannot_be_served_is_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let (_server, url) = serve(&store, &[], &[]);
    // The store is the running server's: a second server, and a push, are told so.
    fails_with(
        bin().args(["serve", "--bind", "127.0.0.1:0", "--store"]).arg(&store),
        "in use by another process",
    );
    fails_with(
        bin()
            .args(["push", "--endpoint", "http://127.0.0.1:9/store", "--store"])
            .arg(&store),
        "in use by another process",
    );
    // Another store on the port the server listens on.
    let other = dir.path().join("other");
    ok(bin().arg("build").arg("--store").arg(&other).arg(&seeds()[0]));
    let address = url.trim_start_matches("http://");
    fails_with(
        bin().args(["serve", "--bind", address, "--store"]).arg(&other),
        "cannot listen on",
    );
    fails_with(
        bin()
            .args(["serve", "--bind", "127.0.0.1:0", "--store"])
            .arg(dir.path().join("nothing-here")),
        "no store at",
    );
}

#[test]
fn the_root_serves_the_base_iri_the_store_was_built_with() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let base = "https://news.example.com/kg/";
    ok(bin()
        .args(["build", "--base-iri", base, "--store"])
        .arg(&store)
        .args(seeds()));
    let graph = format!("{base}graph/000_b9d7ce6c74f9adfa.txt");
    let in_graph = query_text(
        &store,
        &format!("SELECT (COUNT(*) AS ?n) {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"),
    )[0]["n"]
        .clone();
    let (_server, url) = serve(&store, &[], &[]);
    let nt = get(
        &format!("{url}/graph/000_b9d7ce6c74f9adfa.txt"),
        &[],
        &[("Accept", "application/n-triples")],
    );
    assert_eq!(nt.status, 200, "{}", nt.body);
    assert_eq!(nt.body.lines().count().to_string(), in_graph);
    drop(_server);
    // --base-iri says otherwise: the default base's paths name nothing in this store.
    let (_server, url) = serve(&store, &["--base-iri", "https://example.org/newsgraph/"], &[]);
    let none = get(
        &format!("{url}/graph/000_b9d7ce6c74f9adfa.txt"),
        &[],
        &[("Accept", "text/turtle")],
    );
    assert_eq!(none.status, 404);
}
