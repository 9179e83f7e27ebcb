//! Web pages through the real binary into a real store: the publication day from the page's
//! JSON-LD (so "on Tuesday" resolves to a day), the headline without the site's suffix and
//! not repeated, the byline an author (schema:author) and not a person of the story, the
//! publisher; a real saved page too; and a byline in a plain-text article.

mod common;
use common::*;

const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en"><head>
<title>Lavrov says talks with Washington will resume | The Daily Ledger</title>
<meta property="og:site_name" content="The Daily Ledger">
<meta property="og:title" content="Lavrov says talks with Washington will resume | The Daily Ledger">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Lavrov says talks with Washington will resume",
 "datePublished":"2024-03-07T09:30:00+01:00",
 "author":{"@type":"Person","name":"Jane Doe"},
 "publisher":{"@type":"Organization","name":"The Daily Ledger"}}</script>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>Lavrov says talks with Washington will resume</h1>
<p class="byline">By Jane Doe</p>
<figure><img src="lavrov.jpg"><figcaption>Sergey Lavrov in Moscow. Photo: Agency</figcaption></figure>
<p>Russian Foreign Minister Sergey Lavrov said on Tuesday that talks with the United States on
strategic stability would resume in Geneva next month, after a pause of almost a year.</p>
<p>"We expect concrete results from these talks, not declarations," Lavrov told reporters in
Moscow, adding that the Russian delegation would be led by his deputy.</p>
<p>The two countries last met in Geneva in the spring, when their delegations discussed arms
control and the future of the treaties that limit their nuclear arsenals.</p>
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">Another story entirely</a></li></ul></aside>
<footer><p>© The Daily Ledger. All rights reserved.</p></footer>
</body></html>"#;

fn one(store: &std::path::Path, query: &str) -> Vec<std::collections::HashMap<String, String>> {
    query_text(store, query)
}

#[test]
fn a_web_page_gives_its_date_headline_author_and_publisher() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("ledger.html");
    std::fs::write(&page, PAGE).unwrap();
    let store = dir.path().join("store");
    ok(bin().arg("build").arg("--store").arg(&store).arg(&page));

    let article = one(
        &store,
        "SELECT ?date ?headline ?text { GRAPH ?g { ?a a schema:NewsArticle ; schema:datePublished ?date ; \
         schema:headline ?headline ; nif:isString ?text } }",
    );
    assert_eq!(article.len(), 1, "{article:?}");
    assert_eq!(article[0]["date"], "2024-03-07", "the day from the JSON-LD");
    assert_eq!(article[0]["headline"], "Lavrov says talks with Washington will resume");
    let text = &article[0]["text"];
    assert!(
        text.starts_with("Lavrov says talks with Washington will resume\n\nRussian Foreign Minister"),
        "{text}"
    );
    assert_eq!(
        text.matches("Lavrov says talks with Washington").count(),
        1,
        "headline once: {text}"
    );
    assert!(
        !text.contains("By Jane Doe") && !text.contains("Most read") && !text.contains("Photo: Agency"),
        "{text}"
    );

    // "on Tuesday" before Thursday 7 March 2024 is 5 March.
    let statements = query_json(&store, "queries/statements.rq");
    assert!(
        statements
            .iter()
            .any(|s| s["speaker"] == "Sergey Lavrov" && s["date"] == "2024-03-05"),
        "{statements:?}"
    );

    // The byline's author is schema:author, a schema:Person, and not a person of the story.
    let authors = one(
        &store,
        "SELECT ?name ?mentioned { GRAPH ?g { ?a schema:author ?p . ?p a schema:Person ; schema:name ?name \
         BIND(EXISTS { ?a schema:mentions ?p } AS ?mentioned) } }",
    );
    assert_eq!(authors.len(), 1, "{authors:?}");
    assert_eq!(authors[0]["name"], "Jane Doe");
    assert_eq!(authors[0]["mentioned"], "false");
    let people: Vec<String> = query_json(&store, "queries/people.rq")
        .into_iter()
        .map(|r| r["person"].clone())
        .collect();
    assert!(people.contains(&"Sergey Lavrov".to_string()), "{people:?}");
    assert!(
        !people.iter().any(|p| p.contains("Jane")),
        "the author is no person of the story: {people:?}"
    );

    let publisher = one(
        &store,
        "SELECT ?name { GRAPH ?g { ?a schema:publisher ?o . ?o a schema:Organization ; schema:name ?name } }",
    );
    assert_eq!(publisher.len(), 1);
    assert_eq!(publisher[0]["name"], "The Daily Ledger");
}

#[test]
fn a_real_saved_page_and_a_plain_text_byline() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let text = dir.path().join("byline.txt");
    std::fs::write(
        &text,
        "Talks to resume in Geneva\n\nBy Jane Doe\n\nRussian Foreign Minister Sergey Lavrov said on Monday \
         that talks with the United States would resume next month.\n",
    )
    .unwrap();
    ok(bin()
        .arg("build")
        .arg("--store")
        .arg(&store)
        .arg(root().join("tests/pages/lemonde-1/source.html"))
        .arg(&text));

    let rows = one(
        &store,
        "SELECT ?source ?lang ?date ?author { GRAPH ?g { ?a a schema:NewsArticle ; dcterms:identifier ?source ; \
         schema:inLanguage ?lang ; schema:author/schema:name ?author OPTIONAL { ?a schema:datePublished ?date } } } \
         ORDER BY ?source",
    );
    // One row per author: the byline's one, and Le Monde's three.
    assert_eq!(rows.len(), 4, "{rows:?}");
    assert_eq!(rows[0]["source"], "byline.txt");
    assert_eq!(rows[0]["author"], "Jane Doe");
    let page: Vec<_> = rows.iter().filter(|r| r["source"] == "source.html").collect();
    assert!(
        page.iter().all(|r| r["lang"] == "fr" && r["date"] == "2015-05-04"),
        "{page:?}"
    );
    let mut authors: Vec<&str> = page.iter().map(|r| r["author"].as_str()).collect();
    authors.sort();
    assert_eq!(authors, ["Damien Leloup", "Martin Untersinger", "Morgane Tual"]);
    let people: Vec<String> = query_json(&store, "queries/people.rq")
        .into_iter()
        .map(|r| r["person"].clone())
        .collect();
    assert!(people.contains(&"Sergey Lavrov".to_string()), "{people:?}");
    assert!(
        !people
            .iter()
            .any(|p| p.contains("Jane") || p.contains("Leloup") || p.contains("Untersinger")),
        "authors are no people of the story: {people:?}"
    );
}
