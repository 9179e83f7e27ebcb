#!/usr/bin/python3
"""Real SPARQL and linked-data clients against `newsgraph serve`, for tests/serve.rs.

  sparql_client.py select ENDPOINT QUERY_FILE (GET|POST) (json|xml|csv|tsv)
      SPARQLWrapper runs the query; prints the rows it parsed as JSON [{var: value}].
  sparql_client.py ask ENDPOINT QUERY_FILE
      SPARQLWrapper runs an ASK query; prints true or false.
  sparql_client.py construct ENDPOINT QUERY_FILE
      SPARQLWrapper runs a CONSTRUCT (RDF/XML into an rdflib Graph); prints its triple count.
  sparql_client.py deref URL
      rdflib dereferences a resource by content negotiation; prints {"triples": n, "subjects": [...]}.
"""
import csv
import io
import json
import sys

import rdflib
from SPARQLWrapper import CSV, JSON, POST, GET, TSV, XML, SPARQLWrapper


def select(endpoint, query, method, fmt):
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setMethod(POST if method == "POST" else GET)
    client.setReturnFormat({"json": JSON, "xml": XML, "csv": CSV, "tsv": TSV}[fmt])
    result = client.query().convert()
    rows = []
    if fmt == "json":
        for binding in result["results"]["bindings"]:
            rows.append({k: v["value"] for k, v in binding.items()})
    elif fmt == "xml":
        for r in result.getElementsByTagName("result"):
            row = {}
            for b in r.getElementsByTagName("binding"):
                value = b.firstChild
                row[b.getAttribute("name")] = "".join(
                    n.data for n in value.childNodes if n.nodeType == n.TEXT_NODE
                )
            rows.append(row)
    else:
        text = result.decode("utf-8") if isinstance(result, bytes) else result
        reader = csv.DictReader(io.StringIO(text), delimiter="," if fmt == "csv" else "\t")
        for r in reader:
            row = {}
            for k, v in r.items():
                if v == "":
                    continue
                k = k.lstrip("?")
                if fmt == "tsv":
                    # TSV writes terms as in Turtle: <iri>, "literal"@lang, "literal"
                    if v.startswith("<") and v.endswith(">"):
                        v = v[1:-1]
                    elif v.startswith('"'):
                        v = v[1 : v.rindex('"')].replace('\\"', '"').replace("\\\\", "\\")
                row[k] = v
            rows.append(row)
    print(json.dumps(rows, ensure_ascii=False))


def ask(endpoint, query):
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(JSON)
    print("true" if client.query().convert()["boolean"] else "false")


def construct(endpoint, query):
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(XML)
    graph = client.query().convert()
    assert isinstance(graph, rdflib.Graph), type(graph)
    print(len(graph))


def deref(url):
    graph = rdflib.Graph()
    graph.parse(url)
    subjects = sorted({str(s) for s in graph.subjects()})
    print(json.dumps({"triples": len(graph), "subjects": subjects}))


def main():
    mode = sys.argv[1]
    if mode == "deref":
        deref(sys.argv[2])
        return
    endpoint = sys.argv[2]
    with open(sys.argv[3], encoding="utf-8") as f:
        query = f.read()
    if mode == "select":
        select(endpoint, query, sys.argv[4], sys.argv[5])
    elif mode == "ask":
        ask(endpoint, query)
    elif mode == "construct":
        construct(endpoint, query)
    else:
        sys.exit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
