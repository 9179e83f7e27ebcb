//! The server's side of the build hand-off (see [`crate::handoff`]): N-Quads in, each
//! article's graph replaced in its own transaction with the identity index's note of what it
//! changed, and after a build's last batch the identity graph brought up to date, as a build
//! does. Everything is read and checked before the first write.

use super::response::{body, read_body, HttpError};
use super::State;
use crate::handoff::{self, FeedReport};
use crate::rdf::mint::Minter;
use crate::resolve::{self, gazetteer::Gazetteer, IdentityPass};
use oxhttp::model::{Body, Request, Response, StatusCode};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, NamedNode, Quad};
use std::collections::BTreeMap;
use std::path::Path;

/// Largest hand-off read: a batch of 64 articles is a few megabytes.
const MAX_FEED_BYTES: u64 = 1024 * 1024 * 1024;

pub fn feed(state: &State, request: &mut Request<Body>) -> Result<Response<Body>, HttpError> {
    state.handoff_token.check(request, "the build hand-off")?;
    let params: Vec<(String, String)> = url::form_urlencoded::parse(request.uri().query().unwrap_or("").as_bytes())
        .into_owned()
        .collect();
    let base = params
        .iter()
        .find(|(k, _)| k == "base")
        .map(|(_, v)| v.as_str())
        .ok_or_else(|| HttpError::bad_request("the hand-off names no base= IRI"))?;
    let minter = Minter::new(base).map_err(|e| HttpError::bad_request(e.to_string()))?;
    let mut gazetteer = Gazetteer::bundled();
    for (_, file) in params.iter().filter(|(k, _)| k == "gazetteer") {
        gazetteer
            .add_file(Path::new(file))
            .map_err(|e| HttpError::bad_request(e.to_string()))?;
    }
    let last = params.iter().any(|(k, v)| k == handoff::LAST && v == "true");
    let graphs = read_graphs(request)?;
    let quads = graphs.values().map(Vec::len).sum();

    // One writer at a time (hand-offs and updates), and a shutdown waits for it.
    let _writing = state.write_lock();
    let store = &state.store;
    let failed = |e: &dyn std::fmt::Display| HttpError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string());
    store.load_ontology().map_err(|e| failed(&e))?;
    // Each batch is a request of its own: a pass per batch notes what each article changes (a
    // store whose index is current), and the last batch's pass brings the identity graph up to
    // date from the notes of all of them, or from the whole store when there are none to go by.
    let mut pass = IdentityPass::begin(&store.store, &minter, &gazetteer).map_err(|e| failed(&e))?;
    for (graph, quads) in &graphs {
        let notes = pass.article(&store.store, graph, quads).map_err(|e| failed(&e))?;
        store
            .replace_graphs(&[(graph.clone(), quads.as_slice())], &notes)
            .map_err(|e| failed(&e))?;
    }
    // Who is who across the whole store: one place calls it, once per build.
    let identity = if last {
        pass.finish(&store.store).map_err(|e| failed(&e))?;
        Some(resolve::summary(&store.store, &minter).map_err(|e| failed(&e))?)
    } else {
        None
    };
    super::flush(store).map_err(|e| failed(&e))?;
    let identity_updated = identity.is_some();
    let identity = identity.unwrap_or_default();
    let report = FeedReport {
        graphs: graphs.len(),
        quads,
        identity_updated,
        person_iris: identity.person_iris,
        people: identity.people,
        merges: identity.merges,
        linked_to_wikidata: identity.linked_to_wikidata,
        triples: store.store.len().map_err(|e| failed(&e))?,
    };
    let json = serde_json::to_vec(&report).map_err(|e| failed(&e))?;
    Ok(body(StatusCode::OK, "application/json", json))
}

/// The request's N-Quads grouped by graph; a quad outside a named graph is refused.
fn read_graphs(request: &mut Request<Body>) -> Result<BTreeMap<NamedNode, Vec<Quad>>, HttpError> {
    let text = read_body(request, MAX_FEED_BYTES, "a hand-off")?;
    let mut graphs: BTreeMap<NamedNode, Vec<Quad>> = BTreeMap::new();
    for quad in RdfParser::from_format(RdfFormat::NQuads).for_slice(&text) {
        let quad = quad.map_err(|e| HttpError::bad_request(format!("the hand-off is not valid N-Quads: {e}")))?;
        let GraphName::NamedNode(g) = &quad.graph_name else {
            return Err(HttpError::bad_request(
                "the hand-off holds a quad outside an article's named graph",
            ));
        };
        graphs.entry(g.clone()).or_default().push(quad);
    }
    Ok(graphs)
}
