//! Who matters in the store: the most connected and most quoted people and organisations,
//! where each is quoted most, and the connected groups, computed with petgraph over a view.
//!
//! The rankings are taken over the entity graph: persons, organisations, countries and venues,
//! with a statement folded into a link from its speaker to its venue (dates drop out), so a
//! person quoted fifty times is not fifty times as connected. Every link counts in both
//! directions: PageRank then measures how central an entity is, not who points at whom.

use crate::views::model::{EdgeKind, NodeKind, ViewGraph};
use petgraph::graph::{DiGraph, NodeIndex as GraphIndex};
use petgraph::stable_graph::NodeIndex;
use petgraph::unionfind::UnionFind;
use petgraph::visit::{EdgeRef, IntoEdgeReferences};
use petgraph::Direction;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// PageRank's damping factor (the usual one) and iterations (its ranks settle long before).
const DAMPING: f64 = 0.85;
const ITERATIONS: usize = 40;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityRank {
    pub entity: String,
    pub kind: NodeKind,
    pub iri: String,
    pub pagerank: f64,
    /// Distinct entities it is linked to.
    pub degree: usize,
    /// Statements it made.
    pub quoted: usize,
    /// The venue it made most statements at, and how many.
    pub top_venue: Option<String>,
    pub at_top_venue: usize,
    /// Its connected group (1 is the largest).
    pub group: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    pub group: usize,
    pub size: usize,
    /// The member with the highest PageRank: a person where the group has persons.
    pub central: String,
    pub central_kind: NodeKind,
    pub persons: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuotedWhere {
    pub speaker: String,
    pub venue: String,
    pub statements: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranking {
    pub entities: Vec<EntityRank>,
    pub groups: Vec<Group>,
    pub quoted_where: Vec<QuotedWhere>,
}

/// What to sort entities by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RankBy {
    Pagerank,
    Degree,
    Quoted,
}

/// How `newsgraph rank` prints its results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RankFormat {
    /// Columns for people: the entities, then the groups, then who is quoted where.
    Table,
    /// One row per entity, every measure a column (group numbers included).
    Csv,
    /// Everything: entities, groups and who is quoted where.
    Json,
}

/// PageRank to nine decimals: ranks equal up to the float noise of the iteration compare
/// equal, so the measures after it decide, not the order of summation.
fn settled(rank: f64) -> i64 {
    (rank * 1e9).round() as i64
}

fn is_entity(kind: NodeKind) -> bool {
    matches!(
        kind,
        NodeKind::Person | NodeKind::Organisation | NodeKind::Country | NodeKind::Venue | NodeKind::Other
    )
}

/// The entity graph of a view: entities, and a link wherever the view links two of them
/// directly or through a statement (speaker to venue).
fn entity_links(view: &ViewGraph) -> BTreeSet<(NodeIndex, NodeIndex)> {
    let mut links = BTreeSet::new();
    let mut link = |a: NodeIndex, b: NodeIndex| {
        if a != b {
            links.insert((a.min(b), a.max(b)));
        }
    };
    for e in view.edge_references() {
        let (a, b) = (e.source(), e.target());
        if is_entity(view[a].kind) && is_entity(view[b].kind) {
            link(a, b);
        }
        if e.weight().kind == EdgeKind::Said {
            for venue in view
                .edges_directed(b, Direction::Outgoing)
                .filter(|v| v.weight().kind == EdgeKind::At)
            {
                link(a, venue.target());
            }
        }
    }
    links
}

/// Ranks the entities of a view.
pub fn rank(view: &ViewGraph, by: RankBy) -> Ranking {
    let entities: Vec<NodeIndex> = view.node_indices().filter(|&n| is_entity(view[n].kind)).collect();
    let position: HashMap<NodeIndex, usize> = entities.iter().enumerate().map(|(k, &n)| (n, k)).collect();
    let links = entity_links(view);

    let mut graph: DiGraph<(), ()> = DiGraph::with_capacity(entities.len(), links.len() * 2);
    let nodes: Vec<GraphIndex> = entities.iter().map(|_| graph.add_node(())).collect();
    let mut groups = UnionFind::<usize>::new(entities.len());
    let mut degree = vec![0usize; entities.len()];
    for &(a, b) in &links {
        let (a, b) = (position[&a], position[&b]);
        graph.add_edge(nodes[a], nodes[b], ());
        graph.add_edge(nodes[b], nodes[a], ());
        groups.union(a, b);
        degree[a] += 1;
        degree[b] += 1;
    }
    let pagerank = petgraph::algo::page_rank(&graph, DAMPING, ITERATIONS);

    // Statements per speaker, and per speaker and venue.
    let mut quoted = vec![0usize; entities.len()];
    let mut venues: BTreeMap<(usize, NodeIndex), usize> = BTreeMap::new();
    for (k, &n) in entities.iter().enumerate() {
        for said in view
            .edges_directed(n, Direction::Outgoing)
            .filter(|e| e.weight().kind == EdgeKind::Said)
        {
            quoted[k] += 1;
            for at in view
                .edges_directed(said.target(), Direction::Outgoing)
                .filter(|e| e.weight().kind == EdgeKind::At)
            {
                *venues.entry((k, at.target())).or_default() += 1;
            }
        }
    }
    let mut quoted_where: Vec<QuotedWhere> = venues
        .iter()
        .map(|(&(k, v), &statements)| QuotedWhere {
            speaker: view[entities[k]].label.clone(),
            venue: view[v].label.clone(),
            statements,
        })
        .collect();
    quoted_where.sort_by(|a, b| {
        b.statements
            .cmp(&a.statements)
            .then_with(|| a.speaker.cmp(&b.speaker))
            .then_with(|| a.venue.cmp(&b.venue))
    });

    // Groups, largest first; each led by its member of highest PageRank (a person if any).
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for k in 0..entities.len() {
        members.entry(groups.find(k)).or_default().push(k);
    }
    let by_rank = |a: &usize, b: &usize| {
        settled(pagerank[*b])
            .cmp(&settled(pagerank[*a]))
            .then_with(|| degree[*b].cmp(&degree[*a]))
            .then_with(|| quoted[*b].cmp(&quoted[*a]))
            .then_with(|| view[entities[*a]].label.cmp(&view[entities[*b]].label))
    };
    let mut group_list: Vec<Vec<usize>> = members.into_values().collect();
    for m in &mut group_list {
        m.sort_by(by_rank);
    }
    group_list.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| by_rank(&a[0], &b[0])));
    let mut group_of = vec![0usize; entities.len()];
    let mut group_rows = Vec::new();
    for (g, m) in group_list.iter().enumerate() {
        for &k in m {
            group_of[k] = g + 1;
        }
        let persons: Vec<usize> = m
            .iter()
            .copied()
            .filter(|&k| view[entities[k]].kind == NodeKind::Person)
            .collect();
        let central = persons.first().copied().unwrap_or(m[0]);
        group_rows.push(Group {
            group: g + 1,
            size: m.len(),
            central: view[entities[central]].label.clone(),
            central_kind: view[entities[central]].kind,
            persons: persons.len(),
        });
    }

    let mut rows: Vec<EntityRank> = entities
        .iter()
        .enumerate()
        .map(|(k, &n)| {
            let top = venues
                .iter()
                .filter(|((s, _), _)| *s == k)
                .max_by(|a, b| a.1.cmp(b.1).then_with(|| view[b.0 .1].label.cmp(&view[a.0 .1].label)));
            EntityRank {
                entity: view[n].label.clone(),
                kind: view[n].kind,
                iri: view[n].id.clone(),
                pagerank: pagerank[k],
                degree: degree[k],
                quoted: quoted[k],
                top_venue: top.map(|((_, v), _)| view[*v].label.clone()),
                at_top_venue: top.map_or(0, |(_, c)| *c),
                group: group_of[k],
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        let pagerank = settled(b.pagerank).cmp(&settled(a.pagerank));
        let primary = match by {
            RankBy::Pagerank => pagerank,
            RankBy::Degree => b.degree.cmp(&a.degree),
            RankBy::Quoted => b.quoted.cmp(&a.quoted),
        };
        primary
            .then(pagerank)
            .then_with(|| b.degree.cmp(&a.degree))
            .then_with(|| b.quoted.cmp(&a.quoted))
            .then_with(|| a.entity.cmp(&b.entity))
            .then_with(|| a.iri.cmp(&b.iri))
    });
    Ranking {
        entities: rows,
        groups: group_rows,
        quoted_where,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::views::model::{ViewEdge, ViewNode};

    fn node(g: &mut ViewGraph, label: &str, kind: NodeKind) -> NodeIndex {
        g.add_node(ViewNode {
            id: format!("ex:{label}"),
            kind,
            label: label.to_string(),
            all_labels: Vec::new(),
            text: String::new(),
        })
    }
    fn edge(g: &mut ViewGraph, a: NodeIndex, b: NodeIndex, kind: EdgeKind) {
        g.add_edge(
            a,
            b,
            ViewEdge {
                kind,
                label: String::new(),
            },
        );
    }
    fn said(g: &mut ViewGraph, speaker: NodeIndex, venue: Option<NodeIndex>) {
        let s = node(g, "words", NodeKind::Statement);
        edge(g, speaker, s, EdgeKind::Said);
        if let Some(v) = venue {
            edge(g, s, v, EdgeKind::At);
        }
    }

    /// A hand-made store: a hub (Russia) with three people, one of them (Lavrov) also linked
    /// to NATO and to two venues; a second group of two people and an organisation.
    fn sample() -> ViewGraph {
        let mut g = ViewGraph::default();
        let russia = node(&mut g, "Russia", NodeKind::Country);
        let nato = node(&mut g, "NATO", NodeKind::Organisation);
        let lavrov = node(&mut g, "Lavrov", NodeKind::Person);
        let grushko = node(&mut g, "Grushko", NodeKind::Person);
        let putin = node(&mut g, "Putin", NodeKind::Person);
        let tass = node(&mut g, "TASS", NodeKind::Venue);
        let sputnik = node(&mut g, "Sputnik", NodeKind::Venue);
        for p in [lavrov, grushko, putin] {
            edge(&mut g, p, russia, EdgeKind::Role);
        }
        edge(&mut g, lavrov, nato, EdgeKind::Role);
        said(&mut g, lavrov, Some(tass));
        said(&mut g, lavrov, Some(tass));
        said(&mut g, lavrov, Some(sputnik));
        said(&mut g, grushko, Some(sputnik));
        said(&mut g, putin, None);
        let acme = node(&mut g, "Acme", NodeKind::Organisation);
        let smith = node(&mut g, "Smith", NodeKind::Person);
        let jones = node(&mut g, "Jones", NodeKind::Person);
        edge(&mut g, smith, acme, EdgeKind::Role);
        edge(&mut g, jones, acme, EdgeKind::Role);
        said(&mut g, jones, None);
        g
    }

    #[test]
    fn ranks_order_and_counts_on_a_hand_made_graph() {
        let r = rank(&sample(), RankBy::Pagerank);
        let names: Vec<&str> = r.entities.iter().map(|e| e.entity.as_str()).collect();
        let at = |name: &str| names.iter().position(|n| *n == name).unwrap();
        // Lavrov is linked to Russia, NATO, TASS and Sputnik; Russia to three people; Grushko
        // to Russia and Sputnik; Putin to Russia alone. The hub of the small group, Acme, is
        // above its two members.
        assert_eq!(names[0], "Lavrov");
        assert!(at("Russia") < at("Grushko") && at("Grushko") < at("Putin"), "{names:?}");
        assert!(at("Acme") < at("Smith") && at("Smith") > at("Jones"), "{names:?}");
        let lavrov = &r.entities[0];
        assert_eq!((lavrov.degree, lavrov.quoted), (4, 3));
        assert_eq!((lavrov.top_venue.as_deref(), lavrov.at_top_venue), (Some("TASS"), 2));
        let sum: f64 = r.entities.iter().map(|e| e.pagerank).sum();
        assert!((sum - 1.0).abs() < 1e-6, "{sum}");

        let by_quoted = rank(&sample(), RankBy::Quoted);
        let quoted: Vec<(&str, usize)> = by_quoted
            .entities
            .iter()
            .take(3)
            .map(|e| (e.entity.as_str(), e.quoted))
            .collect();
        assert_eq!(quoted, [("Lavrov", 3), ("Grushko", 1), ("Jones", 1)]);
        let by_degree = rank(&sample(), RankBy::Degree);
        assert_eq!(by_degree.entities[0].entity, "Lavrov");
        assert_eq!(by_degree.entities[1].entity, "Russia");

        assert_eq!(
            r.quoted_where[0],
            QuotedWhere {
                speaker: "Lavrov".into(),
                venue: "TASS".into(),
                statements: 2
            }
        );
    }

    #[test]
    fn connected_groups_with_size_and_central_member() {
        let r = rank(&sample(), RankBy::Pagerank);
        let groups: Vec<(usize, &str, usize)> = r
            .groups
            .iter()
            .map(|g| (g.size, g.central.as_str(), g.persons))
            .collect();
        assert_eq!(groups, [(7, "Lavrov", 3), (3, "Jones", 2)]);
        let jones = r.entities.iter().find(|e| e.entity == "Jones").unwrap();
        assert_eq!(jones.group, 2);
    }
}
