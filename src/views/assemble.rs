//! Triples to a view graph. The vocabulary decides the shape: persons, countries,
//! organisations, venues, statements and dates become nodes; a role fact (`org:Membership`)
//! becomes an edge from the person to the organisation labelled with the post; a statement
//! links its speaker, its venue and its date. Any other link between two resources (a user's
//! CONSTRUCT may give any) is an edge labelled with the property's name.

use super::labels::{pick, shorten, Label, LabelWeight};
use super::model::{EdgeKind, NodeKind, ViewEdge, ViewGraph, ViewNode};
use crate::lang::Lang;
use crate::rdf::vocab::{NG, ORG, OWL, RDF, RDFS, SCHEMA, SKOS, WIKIDATA, XSD};
use oxigraph::model::{NamedOrBlankNode, Term, Triple};
use petgraph::stable_graph::NodeIndex;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// How many characters of a statement's words a node shows.
pub const QUOTE_CHARS: usize = 60;

/// What the triples say about one resource.
#[derive(Default)]
struct Resource {
    types: BTreeSet<String>,
    labels: Vec<Label>,
    /// (property, object), in the order read.
    links: Vec<(String, Term)>,
}

impl Resource {
    fn first(&self, property: &str) -> Option<&Term> {
        self.links.iter().find(|(p, _)| p == property).map(|(_, o)| o)
    }
    fn all<'a>(&'a self, property: &'a str) -> impl Iterator<Item = &'a Term> + 'a {
        self.links.iter().filter(move |(p, _)| p == property).map(|(_, o)| o)
    }
}

fn id_of_subject(s: &NamedOrBlankNode) -> String {
    match s {
        NamedOrBlankNode::NamedNode(n) => n.as_str().to_string(),
        NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
    }
}

fn id_of_term(t: &Term) -> Option<String> {
    match t {
        Term::NamedNode(n) => Some(n.as_str().to_string()),
        Term::BlankNode(b) => Some(format!("_:{}", b.as_str())),
        _ => None,
    }
}

fn weight(property: &str) -> Option<LabelWeight> {
    if property == format!("{SKOS}prefLabel") {
        Some(LabelWeight::Preferred)
    } else if property == format!("{SCHEMA}name") {
        Some(LabelWeight::Name)
    } else if property == format!("{RDFS}label") {
        Some(LabelWeight::Label)
    } else if property == format!("{SKOS}altLabel") {
        Some(LabelWeight::Alternative)
    } else {
        None
    }
}

/// The kind a resource's types give it; `None` for role facts and role concepts, which are
/// drawn as edges.
fn kind_of(types: &BTreeSet<String>) -> Option<NodeKind> {
    let is = |ns: &str, local: &str| types.contains(&format!("{ns}{local}"));
    if is(ORG, "Membership") || is(ORG, "Role") {
        None
    } else if is(SCHEMA, "Person") {
        Some(NodeKind::Person)
    } else if is(NG, "Statement") {
        Some(NodeKind::Statement)
    } else if is(SCHEMA, "Country") {
        Some(NodeKind::Country)
    } else if is(NG, "Venue") || is(SCHEMA, "NewsMediaOrganization") || is(SCHEMA, "Event") || is(SCHEMA, "WebSite") {
        Some(NodeKind::Venue)
    } else if is(ORG, "Organization") || is(SCHEMA, "Organization") {
        Some(NodeKind::Organisation)
    } else {
        Some(NodeKind::Other)
    }
}

/// The last segment of an IRI, decoded: a name for a resource no triple labels.
fn local_name(iri: &str) -> String {
    let tail = iri.rsplit(['/', '#']).find(|s| !s.is_empty()).unwrap_or(iri);
    percent_encoding::percent_decode_str(tail)
        .decode_utf8_lossy()
        .into_owned()
}

/// Properties the rules below read; they never become generic edges.
fn consumed(property: &str) -> bool {
    [
        format!("{RDF}type"),
        format!("{OWL}sameAs"),
        format!("{ORG}member"),
        format!("{ORG}role"),
        format!("{ORG}organization"),
        format!("{ORG}subOrganizationOf"),
        format!("{SCHEMA}creator"),
        format!("{SCHEMA}text"),
        format!("{SCHEMA}dateCreated"),
        format!("{NG}venue"),
    ]
    .iter()
    .any(|p| p == property)
        || weight(property).is_some()
}

struct Builder {
    graph: ViewGraph,
    index: HashMap<String, NodeIndex>,
    edges: BTreeSet<(NodeIndex, NodeIndex, EdgeKind, String)>,
}

impl Builder {
    fn node(&mut self, id: &str, make: impl FnOnce() -> ViewNode) -> NodeIndex {
        if let Some(&n) = self.index.get(id) {
            return n;
        }
        let n = self.graph.add_node(make());
        self.index.insert(id.to_string(), n);
        n
    }
    fn edge(&mut self, a: NodeIndex, b: NodeIndex, kind: EdgeKind, label: &str) {
        // One edge per pair, kind and label, compared without case ("Foreign Minister" from
        // three articles is one edge).
        if a != b && self.edges.insert((a, b, kind, label.to_lowercase())) {
            self.graph.add_edge(
                a,
                b,
                ViewEdge {
                    kind,
                    label: label.to_string(),
                },
            );
        }
    }
}

/// The view graph of `triples`, labels in `lang` where the store has them.
pub fn assemble(triples: &[Triple], lang: Lang) -> ViewGraph {
    let mut resources: BTreeMap<String, Resource> = BTreeMap::new();
    for t in triples {
        let r = resources.entry(id_of_subject(&t.subject)).or_default();
        let p = t.predicate.as_str();
        match (&t.object, weight(p)) {
            (Term::NamedNode(c), _) if p == format!("{RDF}type") => {
                r.types.insert(c.as_str().to_string());
            }
            (Term::Literal(l), Some(weight)) => {
                let label = Label {
                    text: l.value().to_string(),
                    lang: l.language().unwrap_or("").to_string(),
                    weight,
                };
                if !r.labels.contains(&label) {
                    r.labels.push(label);
                }
            }
            _ => {}
        }
        if !r.links.iter().any(|(q, o)| q == p && *o == t.object) {
            r.links.push((p.to_string(), t.object.clone()));
        }
    }

    // Merged person IRIs are drawn as the one the identity graph says stands for them, with
    // the labels of all of them.
    let canonical: HashMap<String, String> = resources
        .iter()
        .filter_map(|(id, r)| {
            let target = r
                .all(&format!("{OWL}sameAs"))
                .filter_map(id_of_term)
                .find(|o| !o.starts_with(WIKIDATA) && o != id && resources.contains_key(o))?;
            Some((id.clone(), target))
        })
        .collect();
    let stand_for = |id: &str| -> String {
        let mut at = id.to_string();
        for _ in 0..4 {
            match canonical.get(&at) {
                Some(next) if next != id => at = next.clone(),
                _ => break,
            }
        }
        at
    };
    let mut merged_labels: HashMap<String, Vec<Label>> = HashMap::new();
    let mut merged_types: HashMap<String, BTreeSet<String>> = HashMap::new();
    for (id, r) in &resources {
        let to = stand_for(id);
        let labels = merged_labels.entry(to.clone()).or_default();
        for l in &r.labels {
            if !labels.contains(l) {
                labels.push(l.clone());
            }
        }
        merged_types.entry(to).or_default().extend(r.types.iter().cloned());
    }

    let mut b = Builder {
        graph: ViewGraph::default(),
        index: HashMap::new(),
        edges: BTreeSet::new(),
    };
    let no_labels: Vec<Label> = Vec::new();
    let no_types = BTreeSet::new();
    // The node of a resource, created the first time it is named.
    let node_of = |b: &mut Builder, id: &str| -> Option<NodeIndex> {
        let id = stand_for(id);
        let types = merged_types.get(&id).unwrap_or(&no_types);
        let kind = kind_of(types)?;
        let labels = merged_labels.get(&id).unwrap_or(&no_labels);
        let text = match resources.get(&id).and_then(|r| r.first(&format!("{SCHEMA}text"))) {
            Some(Term::Literal(l)) if kind == NodeKind::Statement => l.value().to_string(),
            _ => String::new(),
        };
        let label = if kind == NodeKind::Statement && !text.is_empty() {
            shorten(&text, QUOTE_CHARS)
        } else {
            pick(labels, lang).map_or_else(|| local_name(&id), |l| l.text.clone())
        };
        let mut all_labels: Vec<String> = labels.iter().map(|l| l.text.clone()).collect();
        all_labels.sort();
        all_labels.dedup();
        Some(b.node(&id, || ViewNode {
            id: id.clone(),
            kind,
            label,
            all_labels,
            text,
        }))
    };

    for (id, r) in &resources {
        let types = merged_types.get(&stand_for(id)).unwrap_or(&r.types);
        let is_membership = types.contains(&format!("{ORG}Membership"));
        if is_membership {
            let (Some(p), Some(o)) = (
                r.first(&format!("{ORG}member")).and_then(id_of_term),
                r.first(&format!("{ORG}organization")).and_then(id_of_term),
            ) else {
                continue;
            };
            // The fact's own title in the language asked for (qualifier and wording as the
            // article gave them), else the role's label in that language, else the title.
            let mut candidates: Vec<Label> = r
                .labels
                .iter()
                .map(|l| Label {
                    weight: LabelWeight::Preferred,
                    ..l.clone()
                })
                .collect();
            if let Some(role) = r.first(&format!("{ORG}role")).and_then(id_of_term) {
                if let Some(role) = resources.get(&role) {
                    candidates.extend(role.labels.iter().map(|l| Label {
                        weight: LabelWeight::Label,
                        ..l.clone()
                    }));
                }
            }
            let label = pick(&candidates, lang).map(|l| l.text.clone()).unwrap_or_else(|| {
                r.first(&format!("{ORG}role"))
                    .and_then(id_of_term)
                    .map(|i| local_name(&i).replace('-', " "))
                    .unwrap_or_default()
            });
            if let (Some(pn), Some(on)) = (node_of(&mut b, &p), node_of(&mut b, &o)) {
                b.edge(pn, on, EdgeKind::Role, &label);
            }
            continue;
        }
        let Some(this) = node_of(&mut b, id) else { continue };
        for (p, o) in &r.links {
            if *p == format!("{SCHEMA}creator") {
                if let Some(speaker) = id_of_term(o).and_then(|s| node_of(&mut b, &s)) {
                    b.edge(speaker, this, EdgeKind::Said, "said");
                }
            } else if *p == format!("{NG}venue") {
                if let Some(venue) = id_of_term(o).and_then(|v| node_of(&mut b, &v)) {
                    b.edge(this, venue, EdgeKind::At, "at");
                }
            } else if *p == format!("{SCHEMA}dateCreated") {
                if let Term::Literal(d) = o {
                    let date = d.value().to_string();
                    let dn = b.node(&format!("date:{date}"), || ViewNode {
                        id: format!("date:{date}"),
                        kind: NodeKind::Date,
                        label: show_date(&date, d.datatype().as_str()),
                        all_labels: vec![date.clone()],
                        text: String::new(),
                    });
                    b.edge(this, dn, EdgeKind::On, "on");
                }
            } else if *p == format!("{ORG}subOrganizationOf") {
                if let Some(parent) = id_of_term(o).and_then(|v| node_of(&mut b, &v)) {
                    b.edge(this, parent, EdgeKind::PartOf, "part of");
                }
            } else if !consumed(p) {
                if let Some(other) = id_of_term(o).and_then(|v| node_of(&mut b, &v)) {
                    b.edge(this, other, EdgeKind::Other, &local_name(p));
                }
            }
        }
    }
    b.graph
}

/// "2022-01-05"; a date without its year as "--12-27 (year unknown)".
fn show_date(lexical: &str, datatype: &str) -> String {
    if datatype == format!("{XSD}gMonthDay") {
        format!("{lexical} (year unknown)")
    } else {
        lexical.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{Literal, NamedNode};

    fn iri(s: &str) -> NamedNode {
        match s.strip_prefix("ex:") {
            Some(local) => NamedNode::new_unchecked(format!("http://example.org/{local}")),
            None => NamedNode::new_unchecked(s),
        }
    }
    fn t(s: &str, p: &str, o: impl Into<Term>) -> Triple {
        Triple::new(iri(s), iri(p), o)
    }
    fn en(s: &str) -> Literal {
        Literal::new_language_tagged_literal_unchecked(s, "en")
    }

    #[test]
    fn a_role_fact_is_an_edge_and_a_statement_links_speaker_venue_and_date() {
        let ty = format!("{RDF}type");
        let label = format!("{RDFS}label");
        let triples = vec![
            t("ex:m", &ty, iri(&format!("{ORG}Membership"))),
            t("ex:m", &format!("{ORG}member"), iri("ex:lavrov")),
            t("ex:m", &format!("{ORG}organization"), iri("ex:ru")),
            t("ex:m", &format!("{ORG}role"), iri("ex:fm")),
            t("ex:m", &label, en("Foreign Minister")),
            t("ex:lavrov", &ty, iri(&format!("{SCHEMA}Person"))),
            t("ex:lavrov", &format!("{SCHEMA}name"), en("Sergey Lavrov")),
            t("ex:ru", &ty, iri(&format!("{SCHEMA}Country"))),
            t("ex:ru", &ty, iri(&format!("{ORG}Organization"))),
            t("ex:ru", &label, en("Russia")),
            t("ex:s", &ty, iri(&format!("{NG}Statement"))),
            t("ex:s", &format!("{SCHEMA}creator"), iri("ex:lavrov")),
            t(
                "ex:s",
                &format!("{SCHEMA}text"),
                Literal::new_simple_literal("Talks will begin in January"),
            ),
            t("ex:s", &format!("{NG}venue"), iri("ex:tass")),
            t(
                "ex:s",
                &format!("{SCHEMA}dateCreated"),
                Literal::new_typed_literal("2022-01-05", iri(&format!("{XSD}date"))),
            ),
            t("ex:tass", &ty, iri(&format!("{NG}Venue"))),
            t("ex:tass", &label, en("TASS")),
        ];
        let g = assemble(&triples, Lang::En);
        let find = |label: &str| g.node_indices().find(|&n| g[n].label == label).expect(label);
        let (lavrov, russia, tass, date) = (find("Sergey Lavrov"), find("Russia"), find("TASS"), find("2022-01-05"));
        let statement = find("Talks will begin in January");
        assert_eq!(g.node_count(), 5);
        assert_eq!(g[russia].kind, NodeKind::Country);
        let edge = |a, b| g.edges_connecting(a, b).map(|e| e.weight().clone()).collect::<Vec<_>>();
        assert_eq!(edge(lavrov, russia)[0].label, "Foreign Minister");
        assert_eq!(edge(lavrov, statement)[0].kind, EdgeKind::Said);
        assert_eq!(edge(statement, tass)[0].kind, EdgeKind::At);
        assert_eq!(edge(statement, date)[0].kind, EdgeKind::On);
    }

    #[test]
    fn merged_persons_are_one_node_and_other_links_are_named_edges() {
        let ty = format!("{RDF}type");
        let person = iri(&format!("{SCHEMA}Person"));
        let triples = vec![
            t("ex:putin-a", &ty, person.clone()),
            t("ex:putin-a", &format!("{SCHEMA}name"), en("Putin")),
            t("ex:vladimir-putin", &ty, person.clone()),
            t("ex:vladimir-putin", &format!("{SKOS}prefLabel"), en("Vladimir Putin")),
            t("ex:putin-a", &format!("{OWL}sameAs"), iri("ex:vladimir-putin")),
            t(
                "ex:vladimir-putin",
                &format!("{OWL}sameAs"),
                iri(&format!("{WIKIDATA}Q7747")),
            ),
            t("ex:article", &format!("{SCHEMA}mentions"), iri("ex:putin-a")),
        ];
        let g = assemble(&triples, Lang::En);
        let labels: BTreeSet<String> = g.node_weights().map(|n| n.label.clone()).collect();
        assert_eq!(
            labels,
            BTreeSet::from(["Vladimir Putin".to_string(), "article".to_string()])
        );
        let e = g.edge_weights().next().unwrap();
        assert_eq!((e.kind, e.label.as_str()), (EdgeKind::Other, "mentions"));
    }
}
