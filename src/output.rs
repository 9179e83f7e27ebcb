//! Output formats: SPARQL results (through sparesults) and RDF (through oxigraph's
//! serializers), plus a plain-text table for people at a terminal.

use crate::rdf::vocab::PREFIXES;
use clap::ValueEnum;
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QuerySolutionIter, QueryTripleIter};
use std::io::Write;

/// RDF serialisations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RdfOutput {
    Turtle,
    Ntriples,
    Nquads,
    Trig,
    Jsonld,
    Rdfxml,
}

impl RdfOutput {
    pub fn format(self) -> RdfFormat {
        match self {
            RdfOutput::Turtle => RdfFormat::Turtle,
            RdfOutput::Ntriples => RdfFormat::NTriples,
            RdfOutput::Nquads => RdfFormat::NQuads,
            RdfOutput::Trig => RdfFormat::TriG,
            RdfOutput::Jsonld => RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            },
            RdfOutput::Rdfxml => RdfFormat::RdfXml,
        }
    }

    /// A serializer with the project's prefixes (where the format has prefixes).
    pub fn serializer(self) -> RdfSerializer {
        let mut s = RdfSerializer::from_format(self.format());
        if matches!(self, RdfOutput::Turtle | RdfOutput::Trig | RdfOutput::Rdfxml) {
            for (prefix, ns) in PREFIXES {
                s = s.with_prefix(*prefix, *ns).expect("static prefixes are valid");
            }
        }
        s
    }
}

/// Every format `query` can print: SPARQL results or, for CONSTRUCT/DESCRIBE, RDF.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QueryOutput {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
    Turtle,
    Ntriples,
    Nquads,
    Trig,
    Jsonld,
    Rdfxml,
}

impl QueryOutput {
    fn results_format(self) -> Option<QueryResultsFormat> {
        match self {
            QueryOutput::Csv => Some(QueryResultsFormat::Csv),
            QueryOutput::Tsv => Some(QueryResultsFormat::Tsv),
            QueryOutput::Json => Some(QueryResultsFormat::Json),
            QueryOutput::Xml => Some(QueryResultsFormat::Xml),
            _ => None,
        }
    }

    fn rdf(self) -> Option<RdfOutput> {
        match self {
            QueryOutput::Turtle => Some(RdfOutput::Turtle),
            QueryOutput::Ntriples => Some(RdfOutput::Ntriples),
            QueryOutput::Nquads => Some(RdfOutput::Nquads),
            QueryOutput::Trig => Some(RdfOutput::Trig),
            QueryOutput::Jsonld => Some(RdfOutput::Jsonld),
            QueryOutput::Rdfxml => Some(RdfOutput::Rdfxml),
            _ => None,
        }
    }
}

pub fn write_solutions(format: QueryOutput, solutions: QuerySolutionIter, out: &mut impl Write) -> anyhow::Result<()> {
    let variables = solutions.variables().to_vec();
    if let Some(f) = format.results_format() {
        let mut ser = QueryResultsSerializer::from_format(f).serialize_solutions_to_writer(out, variables)?;
        for s in solutions {
            ser.serialize(&s?)?;
        }
        ser.finish()?;
        return Ok(());
    }
    if format != QueryOutput::Table {
        anyhow::bail!("a SELECT query gives a table of results: use --format table, csv, tsv, json or xml");
    }
    let mut rows: Vec<Vec<String>> = Vec::new();
    for s in solutions {
        let s = s?;
        rows.push(
            variables
                .iter()
                .map(|v| s.get(v).map(show_term).unwrap_or_default())
                .collect(),
        );
    }
    let header: Vec<String> = variables.iter().map(|v| v.as_str().to_string()).collect();
    write_table(&header, &rows, out)?;
    Ok(())
}

pub fn write_boolean(format: QueryOutput, value: bool, out: &mut impl Write) -> anyhow::Result<()> {
    match format.results_format() {
        Some(f) => {
            QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(out, value)?;
        }
        None => writeln!(out, "{value}")?,
    }
    Ok(())
}

pub fn write_triples(format: QueryOutput, triples: QueryTripleIter, out: &mut impl Write) -> anyhow::Result<()> {
    let rdf = match format {
        QueryOutput::Table => RdfOutput::Turtle,
        f => f.rdf().ok_or_else(|| anyhow::anyhow!("a CONSTRUCT or DESCRIBE query gives RDF: use --format turtle, ntriples, nquads, trig, jsonld or rdfxml"))?,
    };
    let mut ser = rdf.serializer().for_writer(out);
    for t in triples {
        ser.serialize_triple(&t?)?;
    }
    ser.finish()?;
    Ok(())
}

/// How a term reads in a table: literals as their text, IRIs in angle brackets.
fn show_term(t: &Term) -> String {
    match t {
        Term::Literal(l) => l.value().to_string(),
        Term::NamedNode(n) => format!("<{}>", n.as_str()),
        other => other.to_string(),
    }
}

/// Columns padded to their widest cell (cells past 60 characters are cut with "…").
pub fn write_table(header: &[String], rows: &[Vec<String>], out: &mut impl Write) -> std::io::Result<()> {
    const MAX: usize = 60;
    let cut = |s: &str| -> String {
        let one_line = s.replace(['\n', '\r', '\t'], " ");
        if one_line.chars().count() > MAX {
            format!("{}…", one_line.chars().take(MAX - 1).collect::<String>())
        } else {
            one_line
        }
    };
    let header: Vec<String> = header.iter().map(|h| cut(h)).collect();
    let rows: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(|c| cut(c)).collect()).collect();
    let widths: Vec<usize> = (0..header.len())
        .map(|i| {
            rows.iter()
                .map(|r| r[i].chars().count())
                .chain([header[i].chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: &[String]| -> String {
        cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    writeln!(out, "{}", line(&header))?;
    writeln!(
        out,
        "{}",
        widths.iter().map(|w| "-".repeat(*w)).collect::<Vec<_>>().join("  ")
    )?;
    for r in &rows {
        writeln!(out, "{}", line(r))?;
    }
    writeln!(out, "({} row{})", rows.len(), if rows.len() == 1 { "" } else { "s" })?;
    Ok(())
}
