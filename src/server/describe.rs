//! Dereferencing: a GET of a path under the server's root is the IRI base + path, and answers
//! what the store says about it — HTML (a table, every value escaped) for browsers, RDF for
//! clients that ask for it. A named graph's IRI gives the graph itself.

use super::negotiate::choose;
use super::response::{negotiated, HttpError};
use super::sparql::{accept_for_format_name, at_most, not_acceptable, rdf_media_type, RDF_OFFERS, TRUNCATED_HEADER};
use crate::output::RdfOutput;
use crate::rdf::vocab::{NIF, PREFIXES, RDFS, SCHEMA, SKOS};
use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};
use oxhttp::model::{Body, HeaderValue, Request, Response, StatusCode};
use oxigraph::model::{GraphNameRef, NamedNode, NamedOrBlankNode, Quad, Term, TermRef, Triple};
use oxigraph::store::Store;
use std::fmt::Write;

#[derive(Clone, Copy, PartialEq, Debug)]
enum View {
    Html,
    Rdf(RdfOutput),
}

/// HTML first (a browser's `*/*` gets the page), then the RDF formats of query results.
fn offers() -> Vec<(&'static str, View)> {
    [("text/html", View::Html), ("application/xhtml+xml", View::Html)]
        .into_iter()
        .chain(
            RDF_OFFERS
                .iter()
                .map(|(media_type, format)| (*media_type, View::Rdf(*format))),
        )
        .collect()
}

/// What the store holds about one IRI.
struct Description {
    /// The graph's own content when the IRI names a graph, else the quads with it as subject.
    quads: Vec<Quad>,
    /// Quads with the IRI as object (shown in HTML only).
    incoming: Vec<Quad>,
    is_graph: bool,
    truncated: bool,
}

fn read(store: &Store, iri: &NamedNode, max: usize) -> Result<Description, HttpError> {
    let storage = |e: oxigraph::store::StorageError| {
        HttpError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("reading the store failed: {e}"),
        )
    };
    let is_graph = store.contains_named_graph(iri).map_err(storage)?;
    let outgoing = if is_graph {
        store.quads_for_pattern(None, None, None, Some(GraphNameRef::NamedNode(iri.as_ref())))
    } else {
        store.quads_for_pattern(Some(iri.as_ref().into()), None, None, None)
    };
    let (quads, cut_outgoing) = at_most(outgoing, max).map_err(storage)?;
    let incoming = store.quads_for_pattern(None, None, Some(iri.as_ref().into()), None);
    let (incoming, cut_incoming) = at_most(incoming, max).map_err(storage)?;
    let truncated = cut_outgoing || cut_incoming;
    Ok(Description {
        quads,
        incoming,
        is_graph,
        truncated,
    })
}

/// Answers a GET of `path` (with the request's query string, for `format=`).
pub fn dereference(
    store: &Store,
    base: &str,
    request: &Request<Body>,
    max: usize,
) -> Result<Response<Body>, HttpError> {
    let path = request.uri().path();
    let not_found = || {
        HttpError::new(
            StatusCode::NOT_FOUND,
            format!("the store says nothing about <{base}{}>", path.trim_start_matches('/')),
        )
    };
    let iri = NamedNode::new(format!("{base}{}", path.trim_start_matches('/'))).map_err(|_| not_found())?;
    let format = url::form_urlencoded::parse(request.uri().query().unwrap_or("").as_bytes())
        .find(|(k, _)| k == "format")
        .map(|(_, v)| accept_for_format_name(&v));
    let accept = format
        .as_deref()
        .or_else(|| request.headers().get("accept").and_then(|v| v.to_str().ok()));
    let offers = offers();
    let view = choose(accept, &offers).ok_or_else(|| not_acceptable(&offers))?;
    let description = read(store, &iri, max)?;
    if description.quads.is_empty() && description.incoming.is_empty() {
        return Err(not_found());
    }
    let mut response = match view {
        View::Html => negotiated("text/html; charset=utf-8", html(&iri, base, &description).into_bytes()),
        View::Rdf(format) => {
            let bytes = rdf(format, &description.quads)
                .map_err(|e| HttpError::new(StatusCode::INTERNAL_SERVER_ERROR, format!("writing RDF: {e}")))?;
            negotiated(rdf_media_type(format), bytes)
        }
    };
    if description.truncated {
        response.headers_mut().insert(TRUNCATED_HEADER, HeaderValue::from(max));
    }
    Ok(response)
}

/// Quads in a dataset format keep their graphs; a graph format gets each triple once.
fn rdf(format: RdfOutput, quads: &[Quad]) -> std::io::Result<Vec<u8>> {
    let mut serializer = format.serializer().for_writer(Vec::new());
    if format.format().supports_datasets() {
        for q in quads {
            serializer.serialize_quad(q)?;
        }
    } else {
        let mut seen = std::collections::HashSet::new();
        for q in quads {
            let t = Triple::from(q.clone());
            if seen.insert(t.clone()) {
                serializer.serialize_triple(&t)?;
            }
        }
    }
    serializer.finish()
}

/// The IRI as the server's own path when it lies under the base, so links stay on this server.
fn local_href(iri: &str, base: &str) -> Option<String> {
    iri.strip_prefix(base).map(|rest| format!("/{rest}"))
}

/// `schema:name` for IRIs in a known namespace, the IRI itself otherwise.
fn compact(iri: &str) -> String {
    PREFIXES
        .iter()
        .find_map(|(prefix, ns)| {
            iri.strip_prefix(ns)
                .filter(|l| !l.is_empty())
                .map(|l| format!("{prefix}:{l}"))
        })
        .unwrap_or_else(|| iri.to_string())
}

fn term_html(t: TermRef<'_>, base: &str) -> String {
    match t {
        TermRef::NamedNode(n) => {
            let iri = n.as_str();
            let shown = text(&compact(iri)).to_string();
            match local_href(iri, base) {
                Some(href) => format!(
                    "<a href=\"{}\">{}</a>",
                    attr(&href),
                    text(iri.strip_prefix(base).unwrap_or(iri))
                ),
                None if iri.starts_with("http://") || iri.starts_with("https://") => {
                    format!("<a href=\"{}\">{shown}</a>", attr(iri))
                }
                None => shown,
            }
        }
        TermRef::Literal(l) => {
            let mut s = text(l.value()).to_string();
            if let Some(lang) = l.language() {
                let _ = write!(s, " <small>@{}</small>", text(lang));
            } else if l.datatype().as_str() != "http://www.w3.org/2001/XMLSchema#string" {
                let _ = write!(s, " <small>{}</small>", text(&compact(l.datatype().as_str())));
            }
            s
        }
        other => text(&other.to_string()).to_string(),
    }
}

fn subject_html(s: &NamedOrBlankNode, base: &str) -> String {
    match s {
        NamedOrBlankNode::NamedNode(n) => term_html(TermRef::NamedNode(n.as_ref()), base),
        other => text(&other.to_string()).to_string(),
    }
}

fn graph_html(q: &Quad, base: &str) -> String {
    match &q.graph_name {
        oxigraph::model::GraphName::NamedNode(g) => term_html(TermRef::NamedNode(g.as_ref()), base),
        _ => "(default graph)".to_string(),
    }
}

/// A name to title the page with: the first name or label the quads give.
fn title(iri: &NamedNode, quads: &[Quad]) -> String {
    let names = [
        format!("{SCHEMA}name"),
        format!("{SKOS}prefLabel"),
        format!("{RDFS}label"),
        format!("{SCHEMA}headline"),
        format!("{NIF}anchorOf"),
    ];
    names
        .iter()
        .find_map(|p| {
            quads.iter().find_map(|q| match &q.object {
                Term::Literal(l) if q.predicate.as_str() == p && q.subject.to_string() == iri.to_string() => {
                    Some(l.value().to_string())
                }
                _ => None,
            })
        })
        .unwrap_or_else(|| iri.as_str().to_string())
}

fn html(iri: &NamedNode, base: &str, d: &Description) -> String {
    let mut page = String::new();
    let heading = title(iri, &d.quads);
    let _ = write!(
        page,
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{t}</title>\
         <meta name=\"viewport\" content=\"width=device-width\"><style>{STYLE}</style></head><body>\
         <h1>{t}</h1><p><code>{i}</code></p>\
         <p>As RDF: <a href=\"?format=turtle\">Turtle</a> · <a href=\"?format=jsonld\">JSON-LD</a> · \
         <a href=\"?format=ntriples\">N-Triples</a> · <a href=\"?format=trig\">TriG</a> — \
         <a href=\"/sparql\">query the store</a></p>",
        t = text(&heading),
        i = text(iri.as_str()),
    );
    if d.truncated {
        page.push_str("<p class=\"note\">Only the first rows are shown: the server's row limit was reached.</p>");
    }
    let predicate = |q: &Quad| term_html(TermRef::NamedNode(q.predicate.as_ref()), base);
    if d.is_graph {
        page.push_str("<h2>The graph</h2>");
        table(&mut page, ["subject", "property", "value"], &d.quads, |q| {
            [
                subject_html(&q.subject, base),
                predicate(q),
                term_html(q.object.as_ref(), base),
            ]
        });
    } else {
        table(&mut page, ["property", "value", "graph"], &d.quads, |q| {
            [predicate(q), term_html(q.object.as_ref(), base), graph_html(q, base)]
        });
    }
    if !d.incoming.is_empty() {
        page.push_str("<h2>Referred to by</h2>");
        table(&mut page, ["subject", "property", "graph"], &d.incoming, |q| {
            [subject_html(&q.subject, base), predicate(q), graph_html(q, base)]
        });
    }
    page.push_str("</body></html>\n");
    page
}

/// A table of three columns, one row per quad; `cells` gives each row's HTML (already escaped).
fn table(page: &mut String, header: [&str; 3], quads: &[Quad], cells: impl Fn(&Quad) -> [String; 3]) {
    let _ = write!(
        page,
        "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        header[0], header[1], header[2]
    );
    for q in quads {
        let [a, b, c] = cells(q);
        let _ = write!(page, "<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>");
    }
    page.push_str("</tbody></table>");
}

const STYLE: &str = "body{font-family:sans-serif;margin:2em;max-width:80em}table{border-collapse:collapse}\
    td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}th{background:#eee}\
    small{color:#666}.note{color:#a40}";

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{Literal, NamedNodeRef};

    #[test]
    fn text_from_the_store_is_escaped_in_html() {
        let base = "https://example.org/newsgraph/";
        let iri = NamedNode::new_unchecked(format!("{base}person/x"));
        let g = NamedNode::new_unchecked(format!("{base}graph/a.txt"));
        let name = Quad::new(
            iri.clone(),
            NamedNode::new_unchecked(format!("{SCHEMA}name")),
            Literal::new_simple_literal("<script>alert('x')</script> & co"),
            g,
        );
        let d = Description {
            quads: vec![name],
            incoming: vec![],
            is_graph: false,
            truncated: false,
        };
        let page = html(&iri, base, &d);
        assert!(!page.contains("<script>"), "{page}");
        assert!(
            page.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; co"),
            "{page}"
        );
        assert!(page.contains("<a href=\"/graph/a.txt\">graph/a.txt</a>"), "{page}");
        assert!(page.contains("schema:name"), "{page}");
    }

    #[test]
    fn iris_under_the_base_link_to_this_server() {
        let base = "https://example.org/newsgraph/";
        assert_eq!(
            local_href("https://example.org/newsgraph/person/x", base).as_deref(),
            Some("/person/x")
        );
        assert_eq!(local_href("http://www.wikidata.org/entity/Q1", base), None);
        let html = term_html(
            TermRef::NamedNode(NamedNodeRef::new_unchecked("javascript:alert(1)")),
            base,
        );
        assert!(!html.contains("href"), "{html}");
    }
}
