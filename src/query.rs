//! SPARQL over the store, with the project's prefixes predefined.

use crate::rdf::vocab::PREFIXES;
use oxigraph::model::{Literal, Term, Variable};
use oxigraph::sparql::{PreparedSparqlQuery, QueryResults, SparqlEvaluator};
use oxigraph::store::Store;

pub fn evaluator() -> SparqlEvaluator {
    let mut e = SparqlEvaluator::new();
    for (prefix, ns) in PREFIXES {
        e = e.with_prefix(*prefix, *ns).expect("static prefixes are valid");
    }
    e
}

#[derive(Debug, thiserror::Error)]
#[error("{origin}: SPARQL syntax error: {message}")]
pub struct QuerySyntaxError {
    origin: String,
    message: String,
}

/// Parses a query; `origin` names where it came from in the error (a file, or "-e").
pub fn parse(text: &str, origin: &str) -> Result<PreparedSparqlQuery, QuerySyntaxError> {
    evaluator().parse_query(text).map_err(|e| QuerySyntaxError {
        origin: origin.to_string(),
        // The parser's message may run over several lines; an error is one line.
        message: e.to_string().split_whitespace().collect::<Vec<_>>().join(" "),
    })
}

/// Makes the default graph the union of all graphs, as linked-data users expect of a store of
/// named graphs (Oxigraph's server `--union-default-graph`, Fuseki's `unionDefaultGraph`): every
/// fact of newsgraph lives in a named graph, so the store's own default graph is empty. A query
/// that names its dataset (FROM, FROM NAMED) keeps exactly the dataset it asks for.
pub fn use_union_default_graph(query: &mut PreparedSparqlQuery) {
    if query.dataset().is_default_dataset() {
        query.dataset_mut().set_default_graph_as_union();
    }
}

/// Binds `variable` to a plain string: values never become query text.
pub fn bind(query: PreparedSparqlQuery, variable: &str, value: &str) -> anyhow::Result<PreparedSparqlQuery> {
    let var = Variable::new(variable.trim_start_matches(['?', '$']))
        .map_err(|e| anyhow::anyhow!("--bind {variable}: {e}"))?;
    Ok(query.substitute_variable(var, Term::Literal(Literal::new_simple_literal(value))))
}

/// The single integer a `SELECT (COUNT(...) AS ?n)` query returns.
pub fn count(store: &Store, query: &str) -> anyhow::Result<u64> {
    if let QueryResults::Solutions(mut rows) = parse(query, "built-in query")?.on_store(store).execute()? {
        if let Some(row) = rows.next() {
            let row = row?;
            if let Some(Term::Literal(l)) = row.get("n") {
                return Ok(l.value().parse().unwrap_or(0));
            }
        }
    }
    Ok(0)
}

/// Rows of a SELECT query as strings (literal values, IRIs as they are), for summaries.
pub fn rows(store: &Store, query: &str) -> anyhow::Result<Vec<Vec<String>>> {
    let mut out = Vec::new();
    if let QueryResults::Solutions(solutions) = parse(query, "built-in query")?.on_store(store).execute()? {
        let vars = solutions.variables().to_vec();
        for s in solutions {
            let s = s?;
            out.push(
                vars.iter()
                    .map(|v| match s.get(v) {
                        Some(Term::Literal(l)) => l.value().to_string(),
                        Some(Term::NamedNode(n)) => n.as_str().to_string(),
                        Some(t) => t.to_string(),
                        None => String::new(),
                    })
                    .collect(),
            );
        }
    }
    Ok(out)
}
