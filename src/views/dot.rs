//! A view as Graphviz DOT: petgraph's `Dot` writes the nodes and edges (with one shape and
//! colour per kind), and the text around it adds what `Dot` cannot: the layout, a cluster per
//! country holding its people and institutions, and a legend.
//!
//! Left to itself, `dot` puts every person in one rank and everything they link to in the
//! next, which makes a long flat row. Drawn left to right instead, with one person's
//! statements spread over three columns (as Graphviz's `unflatten -l 3` spreads leaves), and
//! each country's people boxed together, the picture grows in both directions. That holds to
//! a hundred nodes or so; past it a ranked layout runs into one tall column (500 nodes of a
//! generated store came out 773 × 23,770 points, in 3.9 s), because every edge from a speaker
//! to a statement columns away leaves a placeholder in each column it crosses. Large views are
//! therefore laid out by force (`sfdp`, overlaps removed): 3,634 × 2,037 points in 0.5 s.

use super::labels::wrap;
use super::model::{EdgeKind, NodeKind, ViewEdge, ViewGraph, ViewNode};
use petgraph::dot::{Config, Dot};
use petgraph::stable_graph::{EdgeReference, NodeIndex};
use petgraph::visit::{EdgeRef, IntoNodeReferences, NodeIndexable};
use petgraph::Direction;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

/// Columns a person's statements are spread over.
const STAGGER: usize = 3;

/// The most nodes a view is laid out in ranks for by `Layout::Auto`.
pub const RANKED_UP_TO: usize = 150;

/// How Graphviz places the nodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Layout {
    /// Ranked up to 150 nodes, force-directed beyond.
    Auto,
    /// Left to right in ranks (`dot`), each country's people boxed together.
    Ranked,
    /// Force-directed (`sfdp`), overlaps removed: compact at any size, no boxes.
    Force,
}

impl Layout {
    fn resolve(self, nodes: usize) -> Layout {
        match self {
            Layout::Auto if nodes <= RANKED_UP_TO => Layout::Ranked,
            Layout::Auto => Layout::Force,
            chosen => chosen,
        }
    }
}

/// A DOT string literal: quotes and backslashes escaped, line breaks as `\n`.
pub fn quote(s: &str) -> String {
    format!(
        "\"{}\"",
        s.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
    )
}

/// Shape and colours of a kind: (shape, style, fill, outline).
fn look(kind: NodeKind) -> (&'static str, &'static str, &'static str, &'static str) {
    match kind {
        NodeKind::Person => ("ellipse", "filled", "#cfe2ff", "#3d6bb3"),
        NodeKind::Country => ("hexagon", "filled", "#d1e7dd", "#2f7a4f"),
        NodeKind::Organisation => ("box", "rounded,filled", "#fff3cd", "#b08900"),
        NodeKind::Venue => ("note", "filled", "#f8d7da", "#b02a37"),
        NodeKind::Statement => ("box", "filled", "#f4f4f4", "#9a9a9a"),
        NodeKind::Date => ("cds", "filled", "#e2d9f3", "#6f42c1"),
        NodeKind::Other => ("ellipse", "dashed", "#ffffff", "#777777"),
    }
}

fn node_attributes(n: &ViewNode) -> String {
    let (shape, style, fill, outline) = look(n.kind);
    let label = match n.kind {
        NodeKind::Statement => wrap(&format!("“{}”", n.label), 28),
        _ => wrap(&n.label, 24),
    };
    let size = if n.kind == NodeKind::Statement {
        " fontsize = 9"
    } else {
        ""
    };
    format!(
        "label = {} shape = {shape} style = {} fillcolor = {} color = {}{size} ",
        quote(&label),
        quote(style),
        quote(fill),
        quote(outline)
    )
}

fn edge_attributes(e: &ViewEdge, minlen: usize) -> String {
    let spread = if minlen > 1 {
        format!(" minlen = {minlen}")
    } else {
        String::new()
    };
    let attrs = match e.kind {
        EdgeKind::Role => format!(
            "label = {} color = \"#3d6bb3\" fontcolor = \"#3d6bb3\" penwidth = 1.4",
            quote(&wrap(&e.label, 22))
        ),
        EdgeKind::Said => "color = \"#8a8a8a\" arrowsize = 0.6".to_string(),
        EdgeKind::At => "color = \"#b02a37\" style = dashed arrowsize = 0.6".to_string(),
        EdgeKind::On => "color = \"#6f42c1\" style = dotted arrowsize = 0.6".to_string(),
        EdgeKind::PartOf => "color = \"#2f7a4f\" style = dashed arrowhead = empty".to_string(),
        EdgeKind::Other => format!("label = {} color = \"#555555\"", quote(&e.label)),
    };
    attrs + &spread + " "
}

/// How far right each edge pushes its target: a speaker's statements go round-robin into
/// `STAGGER` columns, everything else one column on.
fn spreads(g: &ViewGraph) -> HashMap<petgraph::stable_graph::EdgeIndex, usize> {
    let mut out = HashMap::new();
    for n in g.node_indices() {
        let mut said: Vec<_> = g
            .edges_directed(n, Direction::Outgoing)
            .filter(|e| e.weight().kind == EdgeKind::Said)
            .collect();
        said.sort_by_key(|e| e.target());
        for (k, e) in said.iter().enumerate() {
            out.insert(e.id(), 1 + k % STAGGER);
        }
    }
    out
}

/// The country each person and national body belongs to, for the clusters: a body's country
/// is the one it is part of; a person's the country (or a body of it) they hold most posts in.
fn countries(g: &ViewGraph) -> BTreeMap<NodeIndex, Vec<NodeIndex>> {
    let country_of = |n: NodeIndex| -> Option<NodeIndex> {
        match g[n].kind {
            NodeKind::Country => Some(n),
            NodeKind::Organisation => g
                .edges_directed(n, Direction::Outgoing)
                .filter(|e| e.weight().kind == EdgeKind::PartOf)
                .map(|e| e.target())
                .find(|&c| g[c].kind == NodeKind::Country),
            _ => None,
        }
    };
    let mut members: BTreeMap<NodeIndex, Vec<NodeIndex>> = BTreeMap::new();
    for n in g.node_indices() {
        let home = match g[n].kind {
            NodeKind::Country | NodeKind::Organisation => country_of(n),
            NodeKind::Person => {
                let mut posts: BTreeMap<NodeIndex, usize> = BTreeMap::new();
                for e in g.edges_directed(n, Direction::Outgoing) {
                    if e.weight().kind == EdgeKind::Role {
                        if let Some(c) = country_of(e.target()) {
                            *posts.entry(c).or_default() += 1;
                        }
                    }
                }
                // Most posts, then the lowest index: the same country every time.
                posts
                    .into_iter()
                    .max_by_key(|&(c, k)| (k, std::cmp::Reverse(c)))
                    .map(|(c, _)| c)
            }
            _ => None,
        };
        if let Some(c) = home {
            members.entry(c).or_default().push(n);
        }
    }
    members.retain(|_, m| m.len() > 1);
    members
}

/// The whole DOT text of a view; `title` goes above the picture.
pub fn to_dot(g: &ViewGraph, title: &str, layout: Layout) -> String {
    let layout = layout.resolve(g.node_count());
    let spread = if layout == Layout::Ranked {
        spreads(g)
    } else {
        HashMap::new()
    };
    let edge = |_, e: EdgeReference<ViewEdge>| edge_attributes(e.weight(), spread.get(&e.id()).copied().unwrap_or(1));
    let node = |_, (_, n): (NodeIndex, &ViewNode)| node_attributes(n);
    let body = Dot::with_attr_getters(
        g,
        &[Config::EdgeNoLabel, Config::NodeNoLabel, Config::GraphContentOnly],
        &edge,
        &node,
    );
    let mut out = String::new();
    let _ = writeln!(out, "digraph newsgraph {{");
    let placement = match layout {
        Layout::Force => "layout = sfdp overlap = prism sep = \"+4\" splines = false outputorder = edgesfirst",
        _ => "rankdir = LR newrank = true ranksep = 0.5 nodesep = 0.2",
    };
    let _ = writeln!(
        out,
        "    graph [ {placement} fontname = \"Helvetica\" fontsize = 12 labelloc = t label = {} ]",
        quote(title)
    );
    let _ = writeln!(
        out,
        "    node [ fontname = \"Helvetica\" fontsize = 10 margin = \"0.08,0.04\" ]"
    );
    let _ = writeln!(out, "    edge [ fontname = \"Helvetica\" fontsize = 9 ]");
    let _ = write!(out, "{body:?}");
    if layout == Layout::Force {
        // Force-directed layouts have no clusters: the legend is one table.
        legend_table(g, &mut out);
        let _ = writeln!(out, "}}");
        return out;
    }
    for (country, members) in countries(g) {
        let ids: Vec<String> = members.iter().map(|&m| g.to_index(m).to_string()).collect();
        let _ = writeln!(
            out,
            "    subgraph cluster_{} {{ label = {} style = \"rounded,dashed\" color = \"#2f7a4f\" fontcolor = \"#2f7a4f\" {} }}",
            g.to_index(country),
            quote(&g[country].label),
            ids.join(" ")
        );
    }
    legend(g, &mut out);
    let _ = writeln!(out, "}}");
    out
}

/// The kinds a view holds, in legend order.
fn kinds_present(g: &ViewGraph) -> Vec<NodeKind> {
    NodeKind::ALL
        .into_iter()
        .filter(|k| g.node_references().any(|(_, n)| n.kind == *k))
        .collect()
}

/// What the unlabelled arrows mean.
fn arrow_key(present: &[NodeKind]) -> Vec<&'static str> {
    let mut arrows = vec!["blue arrow: post held"];
    if present.contains(&NodeKind::Statement) {
        arrows.extend(["grey: said", "dashed red: where", "dotted violet: when"]);
    }
    arrows
}

/// The legend as one node (an HTML-like table: a row per kind in its colours, then the
/// arrows), for layouts without clusters.
fn legend_table(g: &ViewGraph, out: &mut String) {
    let present = kinds_present(g);
    if present.is_empty() {
        return;
    }
    let mut rows = String::from("<TR><TD><B>Legend</B></TD></TR>");
    for k in &present {
        let (shape, _, fill, outline) = look(*k);
        let _ = write!(
            rows,
            "<TR><TD BGCOLOR=\"{fill}\" COLOR=\"{outline}\">{} ({shape})</TD></TR>",
            k.name()
        );
    }
    for line in arrow_key(&present) {
        let _ = write!(rows, "<TR><TD>{line}</TD></TR>");
    }
    let _ = writeln!(
        out,
        "    legend [ shape = plaintext fontsize = 10 label = <<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"2\">{rows}</TABLE>> ]"
    );
}

/// One sample node per kind in the view, and a line on what the unlabelled arrows mean.
fn legend(g: &ViewGraph, out: &mut String) {
    let present = kinds_present(g);
    if present.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "    subgraph cluster_legend {{ label = \"Legend\" style = \"rounded\" color = \"#bbbbbb\" fontcolor = \"#555555\""
    );
    for k in &present {
        let (shape, style, fill, outline) = look(*k);
        let _ = writeln!(
            out,
            "        legend_{} [ label = {} shape = {shape} style = {} fillcolor = {} color = {} ]",
            k.name(),
            quote(k.name()),
            quote(style),
            quote(fill),
            quote(outline)
        );
    }
    let _ = writeln!(
        out,
        "        legend_arrows [ label = {} shape = plaintext fontsize = 9 ]",
        quote(&arrow_key(&present).join("\n"))
    );
    let _ = writeln!(out, "    }}");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(g: &mut ViewGraph, label: &str, kind: NodeKind) -> NodeIndex {
        g.add_node(ViewNode {
            id: label.to_string(),
            kind,
            label: label.to_string(),
            all_labels: Vec::new(),
            text: String::new(),
        })
    }

    #[test]
    fn labels_are_quoted_and_kinds_look_different() {
        let mut g = ViewGraph::default();
        let a = node(&mut g, "A \"quoted\" name", NodeKind::Person);
        let b = node(&mut g, "Org", NodeKind::Organisation);
        g.add_edge(
            a,
            b,
            ViewEdge {
                kind: EdgeKind::Role,
                label: "Chief \\ Executive".into(),
            },
        );
        let dot = to_dot(&g, "test", Layout::Auto);
        assert!(dot.contains(r#"label = "A \"quoted\" name" shape = ellipse"#), "{dot}");
        assert!(dot.contains(r#"label = "Chief \\ Executive""#), "{dot}");
        assert!(dot.contains("shape = box style = \"rounded,filled\""), "{dot}");
        assert!(dot.contains("subgraph cluster_legend"), "{dot}");
        assert!(dot.contains("rankdir = LR"), "{dot}");
        let force = to_dot(&g, "test", Layout::Force);
        assert!(force.contains("layout = sfdp") && force.contains("<TABLE"), "{force}");
        assert!(!force.contains("subgraph"), "{force}");
    }

    #[test]
    fn a_country_cluster_holds_its_people_and_bodies() {
        let mut g = ViewGraph::default();
        let lavrov = node(&mut g, "Sergey Lavrov", NodeKind::Person);
        let mfa = node(&mut g, "Foreign Ministry", NodeKind::Organisation);
        let russia = node(&mut g, "Russia", NodeKind::Country);
        let nato = node(&mut g, "NATO", NodeKind::Organisation);
        let role = |label: &str| ViewEdge {
            kind: EdgeKind::Role,
            label: label.into(),
        };
        g.add_edge(lavrov, mfa, role("Minister"));
        g.add_edge(lavrov, nato, role("Envoy"));
        g.add_edge(
            mfa,
            russia,
            ViewEdge {
                kind: EdgeKind::PartOf,
                label: String::new(),
            },
        );
        let clusters = countries(&g);
        assert_eq!(clusters.len(), 1);
        assert_eq!(clusters[&russia], vec![lavrov, mfa, russia]);
    }
}
