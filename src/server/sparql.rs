//! The SPARQL 1.1 Protocol (https://www.w3.org/TR/sparql11-protocol/): a query or update read
//! from a GET or POST request, evaluated under a time limit and a row limit, and its results
//! written in the format the client asks for (sparesults and oxigraph's serializers).

use super::negotiate::choose;
use super::response::{negotiated, read_body, HttpError};
use crate::output::RdfOutput;
use crate::query::evaluator;
use oxhttp::model::{Body, HeaderValue, Method, Request, Response, StatusCode};
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode, Triple, Variable};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{CancellationToken, QueryDataset, QueryEvaluationError, QueryResults, QuerySolution};
use oxigraph::store::Store;
use std::sync::mpsc;
use std::time::Duration;

/// Largest query or update text read from a request body: a query is text a person or a
/// program wrote, never megabytes.
const MAX_OPERATION_BYTES: u64 = 1024 * 1024;

/// The header saying a result was cut at the row limit (the name Virtuoso uses for the same).
pub const TRUNCATED_HEADER: &str = "X-SPARQL-MaxRows";

/// How queries are evaluated: the limits and the dataset they see.
#[derive(Debug, Clone)]
pub struct QuerySettings {
    /// Evaluation is cancelled after this long.
    pub timeout: Duration,
    /// Rows (or triples) past this are not sent; the response says so in [`TRUNCATED_HEADER`].
    pub max_rows: usize,
    /// The default graph is the union of all graphs, unless the query or the request names one.
    pub union_default_graph: bool,
}

/// A query or an update, as the protocol carries it.
#[derive(Debug, PartialEq)]
pub enum Operation {
    Query {
        text: String,
        default_graphs: Vec<String>,
        named_graphs: Vec<String>,
        /// `format=` or `output=` (some clients send both, or one twice): formats asked for by
        /// name or media type, in place of `Accept`.
        format: Vec<String>,
    },
    Update {
        text: String,
        using_graphs: Vec<String>,
        using_named_graphs: Vec<String>,
    },
}

/// Reads the operation of a request to the endpoint; `None` for a GET without a query (the
/// endpoint's page answers that).
pub fn read_operation(request: &mut Request<Body>) -> Result<Option<Operation>, HttpError> {
    let url_params = params(request.uri().query().unwrap_or("").as_bytes());
    if request.method() == Method::GET {
        return Ok(if url_params.iter().any(|(k, _)| k == "query") {
            Some(operation(url_params, None)?)
        } else {
            None
        });
    }
    if request.method() != Method::POST {
        return Err(
            HttpError::new(StatusCode::METHOD_NOT_ALLOWED, "the SPARQL endpoint takes GET and POST")
                .with_header("Allow", "GET, POST, OPTIONS"),
        );
    }
    let content_type = request
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let body = read_body(request, MAX_OPERATION_BYTES, "a query or update")?;
    match content_type.as_str() {
        "application/x-www-form-urlencoded" => {
            let mut all = params(&body);
            all.extend(url_params);
            operation(all, None).map(Some)
        }
        "application/sparql-query" => operation(url_params, Some(("query", utf8(body)?))).map(Some),
        "application/sparql-update" => operation(url_params, Some(("update", utf8(body)?))).map(Some),
        other => Err(HttpError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!("a POST to the endpoint is application/x-www-form-urlencoded, application/sparql-query or application/sparql-update, not {other:?}"),
        )),
    }
}

fn params(bytes: &[u8]) -> Vec<(String, String)> {
    url::form_urlencoded::parse(bytes).into_owned().collect()
}

fn utf8(body: Vec<u8>) -> Result<String, HttpError> {
    String::from_utf8(body).map_err(|_| HttpError::bad_request("the request body is not UTF-8"))
}

fn operation(params: Vec<(String, String)>, body: Option<(&str, String)>) -> Result<Operation, HttpError> {
    let all = |name: &str| -> Vec<String> {
        params
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    };
    let one = |name: &str| -> Result<Option<String>, HttpError> {
        let mut values = all(name);
        if values.len() > 1 {
            return Err(HttpError::bad_request(format!(
                "the request gives {name} {} times",
                values.len()
            )));
        }
        Ok(values.pop())
    };
    let (query, update) = match body {
        Some(("query", text)) => (Some(text), None),
        Some((_, text)) => (None, Some(text)),
        None => (one("query")?, one("update")?),
    };
    match (query, update) {
        (Some(text), None) => Ok(Operation::Query {
            text,
            default_graphs: all("default-graph-uri"),
            named_graphs: all("named-graph-uri"),
            format: all("format")
                .into_iter()
                .chain(all("output"))
                .filter(|f| !f.is_empty())
                .collect(),
        }),
        (None, Some(text)) => Ok(Operation::Update {
            text,
            using_graphs: all("using-graph-uri"),
            using_named_graphs: all("using-named-graph-uri"),
        }),
        (Some(_), Some(_)) => Err(HttpError::bad_request("a request holds a query or an update, not both")),
        (None, None) => Err(HttpError::bad_request("the request holds no query= or update=")),
    }
}

/// A query's results, read in full (up to the row limit) before anything is sent, so a
/// timeout or an error is a clean error response rather than a cut-off document.
enum Answer {
    Solutions {
        variables: Vec<Variable>,
        rows: Vec<QuerySolution>,
        truncated: bool,
    },
    Boolean(bool),
    Triples {
        triples: Vec<Triple>,
        truncated: bool,
    },
}

/// Cancels `token` once `timeout` has passed, unless the returned sender is dropped first
/// (when evaluation ends): a thread per query, asleep until one of the two.
fn watchdog(token: CancellationToken, timeout: Duration) -> mpsc::Sender<()> {
    let (done, wait) = mpsc::channel::<()>();
    std::thread::spawn(move || {
        if let Err(mpsc::RecvTimeoutError::Timeout) = wait.recv_timeout(timeout) {
            token.cancel();
        }
    });
    done
}

fn graph_names(iris: &[String], what: &str) -> Result<Vec<NamedNode>, HttpError> {
    iris.iter()
        .map(|i| NamedNode::new(i).map_err(|e| HttpError::bad_request(format!("{what} {i:?} is not an IRI: {e}"))))
        .collect()
}

/// The dataset a request names (`default-graph-uri`/`named-graph-uri` for a query,
/// `using-graph-uri`/`using-named-graph-uri` for an update), given as `(parameter, IRIs)`.
fn set_dataset(
    dataset: &mut QueryDataset,
    (default_param, defaults): (&str, &[String]),
    (named_param, named): (&str, &[String]),
) -> Result<(), HttpError> {
    let defaults = graph_names(defaults, default_param)?;
    let named = graph_names(named, named_param)?;
    dataset.set_default_graph(defaults.into_iter().map(GraphName::from).collect());
    dataset.set_available_named_graphs(named.into_iter().map(NamedOrBlankNode::from).collect());
    Ok(())
}

fn evaluation_error(e: QueryEvaluationError, settings: &QuerySettings) -> HttpError {
    match e {
        QueryEvaluationError::Cancelled => HttpError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            format!(
                "the query ran past the server's time limit of {} s and was cancelled (newsgraph serve --timeout)",
                settings.timeout.as_secs_f32()
            ),
        ),
        QueryEvaluationError::Dataset(e) | QueryEvaluationError::Unexpected(e) => HttpError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("reading the store failed: {e}"),
        ),
        other => HttpError::bad_request(format!("evaluating the query: {other}")),
    }
}

/// Evaluates on a thread of its own and waits at most a little past the time limit.
///
/// Oxigraph checks the cancellation token whenever evaluation reads the store, which is
/// almost always; a query that multiplies rows it already holds (a cross product of four
/// unconstrained patterns) can go a long while between reads. Its client still gets its 503
/// on time, and the thread ends at its next read.
fn evaluate(
    store: &Store,
    text: &str,
    default_graphs: &[String],
    named_graphs: &[String],
    settings: &QuerySettings,
) -> Result<Answer, HttpError> {
    let token = CancellationToken::new();
    let query = prepare(text, default_graphs, named_graphs, settings, &token)?;
    let (answer, wait) = mpsc::channel();
    let (store, limits) = (store.clone(), settings.clone());
    let _running = watchdog(token, settings.timeout);
    std::thread::spawn(move || {
        let _ = answer.send(collect(query, &store, &limits));
    });
    let grace = Duration::from_millis(500);
    match wait.recv_timeout(settings.timeout + grace) {
        Ok(result) => result,
        Err(_) => Err(evaluation_error(QueryEvaluationError::Cancelled, settings)),
    }
}

/// Parses the query and sets the dataset it sees.
fn prepare(
    text: &str,
    default_graphs: &[String],
    named_graphs: &[String],
    settings: &QuerySettings,
    token: &CancellationToken,
) -> Result<oxigraph::sparql::PreparedSparqlQuery, HttpError> {
    let mut query = evaluator()
        .with_cancellation_token(token.clone())
        .parse_query(text)
        .map_err(|e| HttpError::bad_request(format!("SPARQL syntax error: {e}")))?;
    // The protocol's dataset replaces the query's own (SPARQL 1.1 Protocol §2.1.4); a query
    // that names none sees the union of the graphs, unless the server is strict.
    if !default_graphs.is_empty() || !named_graphs.is_empty() {
        set_dataset(
            query.dataset_mut(),
            ("default-graph-uri", default_graphs),
            ("named-graph-uri", named_graphs),
        )?;
    } else if settings.union_default_graph && query.dataset().is_default_dataset() {
        query.dataset_mut().set_default_graph_as_union();
    }
    Ok(query)
}

/// Runs the query and reads its results up to the row limit.
fn collect(
    query: oxigraph::sparql::PreparedSparqlQuery,
    store: &Store,
    settings: &QuerySettings,
) -> Result<Answer, HttpError> {
    let fail = |e| evaluation_error(e, settings);
    Ok(match query.on_store(store).execute().map_err(fail)? {
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            let (rows, truncated) = at_most(solutions, settings.max_rows).map_err(fail)?;
            Answer::Solutions {
                variables,
                rows,
                truncated,
            }
        }
        QueryResults::Boolean(b) => Answer::Boolean(b),
        QueryResults::Graph(graph) => {
            let (triples, truncated) = at_most(graph, settings.max_rows).map_err(fail)?;
            Answer::Triples { triples, truncated }
        }
    })
}

/// The first `max` items, and whether there were more.
pub fn at_most<T, E>(items: impl Iterator<Item = Result<T, E>>, max: usize) -> Result<(Vec<T>, bool), E> {
    let mut kept = Vec::new();
    for item in items {
        if kept.len() == max {
            return Ok((kept, true));
        }
        kept.push(item?);
    }
    Ok((kept, false))
}

/// Result formats in the server's order of preference, by the media types that ask for them.
const RESULT_OFFERS: &[(&str, QueryResultsFormat)] = &[
    ("application/sparql-results+json", QueryResultsFormat::Json),
    ("application/json", QueryResultsFormat::Json),
    ("application/sparql-results+xml", QueryResultsFormat::Xml),
    ("application/xml", QueryResultsFormat::Xml),
    ("text/xml", QueryResultsFormat::Xml),
    ("text/csv", QueryResultsFormat::Csv),
    ("text/tab-separated-values", QueryResultsFormat::Tsv),
];

/// RDF formats for CONSTRUCT and DESCRIBE (and for dereferenced resources).
pub const RDF_OFFERS: &[(&str, RdfOutput)] = &[
    ("text/turtle", RdfOutput::Turtle),
    ("application/n-triples", RdfOutput::Ntriples),
    ("application/ld+json", RdfOutput::Jsonld),
    ("application/rdf+xml", RdfOutput::Rdfxml),
    ("application/n-quads", RdfOutput::Nquads),
    ("application/trig", RdfOutput::Trig),
];

/// The `Accept` a `format=` name stands for (`json`, `csv`, `turtle`...), or the value itself
/// when it is a media type.
pub fn accept_for_format_name(name: &str) -> String {
    match name.to_ascii_lowercase().as_str() {
        "json" => "application/sparql-results+json, application/ld+json".into(),
        "xml" => "application/sparql-results+xml, application/rdf+xml".into(),
        "csv" => "text/csv".into(),
        "tsv" => "text/tab-separated-values".into(),
        "turtle" | "ttl" => "text/turtle".into(),
        "ntriples" | "nt" => "application/n-triples".into(),
        "nquads" | "nq" => "application/n-quads".into(),
        "trig" => "application/trig".into(),
        "jsonld" | "json-ld" => "application/ld+json".into(),
        "rdfxml" | "rdf" => "application/rdf+xml".into(),
        other => other.to_string(),
    }
}

/// 406, naming the media types that would have been served.
pub fn not_acceptable<T>(offers: &[(&str, T)]) -> HttpError {
    let types: Vec<&str> = offers.iter().map(|(m, _)| *m).collect();
    HttpError::new(
        StatusCode::NOT_ACCEPTABLE,
        format!(
            "none of the formats asked for in Accept is offered here; ask for one of: {}",
            types.join(", ")
        ),
    )
}

fn io_error(e: std::io::Error) -> HttpError {
    HttpError::new(StatusCode::INTERNAL_SERVER_ERROR, format!("writing the results: {e}"))
}

/// Writes triples in an RDF format with the project's prefixes.
pub fn serialize_triples(format: RdfOutput, triples: &[Triple]) -> std::io::Result<Vec<u8>> {
    let mut serializer = format.serializer().for_writer(Vec::new());
    for t in triples {
        serializer.serialize_triple(t)?;
    }
    serializer.finish()
}

/// The media type a response in `format` is labelled with.
pub fn rdf_media_type(format: RdfOutput) -> &'static str {
    format.format().media_type()
}

/// Answers a query: evaluation, then the negotiated format.
pub fn answer_query(
    store: &Store,
    operation: &Operation,
    accept: Option<&str>,
    settings: &QuerySettings,
) -> Result<Response<Body>, HttpError> {
    let Operation::Query {
        text,
        default_graphs,
        named_graphs,
        format,
    } = operation
    else {
        return Err(HttpError::bad_request("not a query"));
    };
    let asked = (!format.is_empty()).then(|| {
        format
            .iter()
            .map(|f| accept_for_format_name(f))
            .collect::<Vec<_>>()
            .join(", ")
    });
    let accept = asked.as_deref().or(accept);
    let answer = evaluate(store, text, default_graphs, named_graphs, settings)?;
    let (mut response, truncated) = match answer {
        Answer::Solutions {
            variables,
            rows,
            truncated,
        } => {
            let f = choose(accept, RESULT_OFFERS).ok_or_else(|| not_acceptable(RESULT_OFFERS))?;
            let mut serializer = QueryResultsSerializer::from_format(f)
                .serialize_solutions_to_writer(Vec::new(), variables)
                .map_err(io_error)?;
            for row in &rows {
                serializer.serialize(row).map_err(io_error)?;
            }
            (
                negotiated(f.media_type(), serializer.finish().map_err(io_error)?),
                truncated,
            )
        }
        Answer::Boolean(value) => {
            let f = choose(accept, RESULT_OFFERS).ok_or_else(|| not_acceptable(RESULT_OFFERS))?;
            let bytes = QueryResultsSerializer::from_format(f)
                .serialize_boolean_to_writer(Vec::new(), value)
                .map_err(io_error)?;
            (negotiated(f.media_type(), bytes), false)
        }
        Answer::Triples { triples, truncated } => {
            let f = choose(accept, RDF_OFFERS).ok_or_else(|| not_acceptable(RDF_OFFERS))?;
            let bytes = serialize_triples(f, &triples).map_err(io_error)?;
            (negotiated(rdf_media_type(f), bytes), truncated)
        }
    };
    if truncated {
        response
            .headers_mut()
            .insert(TRUNCATED_HEADER, HeaderValue::from(settings.max_rows));
    }
    Ok(response)
}

/// Runs an update (the caller has checked that updates are allowed and the token is right).
pub fn run_update(store: &Store, operation: &Operation, settings: &QuerySettings) -> Result<Response<Body>, HttpError> {
    let Operation::Update {
        text,
        using_graphs,
        using_named_graphs,
    } = operation
    else {
        return Err(HttpError::bad_request("not an update"));
    };
    let token = CancellationToken::new();
    let mut update = evaluator()
        .with_cancellation_token(token.clone())
        .parse_update(text)
        .map_err(|e| HttpError::bad_request(format!("SPARQL syntax error: {e}")))?;
    if !using_graphs.is_empty() || !using_named_graphs.is_empty() {
        for dataset in update.using_datasets_mut() {
            set_dataset(
                dataset,
                ("using-graph-uri", using_graphs),
                ("using-named-graph-uri", using_named_graphs),
            )?;
        }
    }
    let _running = watchdog(token, settings.timeout);
    update
        .on_store(store)
        .execute()
        .map_err(|e| HttpError::bad_request(format!("the update failed and changed nothing: {e}")))?;
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::NO_CONTENT;
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(uri: &str) -> Request<Body> {
        Request::builder().uri(uri).body(Body::empty()).unwrap()
    }

    #[test]
    fn a_get_carries_the_query_and_its_dataset() {
        let op = read_operation(&mut get(
            "http://h/sparql?query=ASK%7B%7D&default-graph-uri=http%3A%2F%2Fa&named-graph-uri=http%3A%2F%2Fb&format=json",
        ))
        .unwrap();
        assert_eq!(
            op,
            Some(Operation::Query {
                text: "ASK{}".into(),
                default_graphs: vec!["http://a".into()],
                named_graphs: vec!["http://b".into()],
                format: vec!["json".into()],
            })
        );
        assert_eq!(read_operation(&mut get("http://h/sparql")).unwrap(), None);
    }

    #[test]
    fn a_post_carries_a_query_a_form_or_an_update() {
        let post = |content_type: &str, body: &str| {
            Request::builder()
                .method(Method::POST)
                .uri("http://h/sparql")
                .header("Content-Type", content_type)
                .body(Body::from(body.to_string()))
                .unwrap()
        };
        let op = read_operation(&mut post("application/sparql-query", "ASK {}"))
            .unwrap()
            .unwrap();
        assert!(matches!(op, Operation::Query { ref text, .. } if text == "ASK {}"));
        let op = read_operation(&mut post("application/x-www-form-urlencoded", "update=CLEAR+ALL"))
            .unwrap()
            .unwrap();
        assert!(matches!(op, Operation::Update { ref text, .. } if text == "CLEAR ALL"));
        let e = read_operation(&mut post("text/plain", "ASK {}")).unwrap_err();
        assert_eq!(e.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
        let e = read_operation(&mut post("application/x-www-form-urlencoded", "query=A&update=B")).unwrap_err();
        assert_eq!(e.status, StatusCode::BAD_REQUEST);
    }
}
