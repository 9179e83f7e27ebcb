//! Narrowing a view: one person's neighbourhood, and the most connected nodes when a
//! picture would hold too many to read.

use super::model::{degree, neighbours, NodeKind, ViewGraph};
use crate::identity::name_key;
use petgraph::stable_graph::NodeIndex;
use std::collections::{BTreeMap, HashSet, VecDeque};

#[derive(Debug, thiserror::Error)]
pub enum FocusError {
    #[error("no person named {name:?} in the store{}", suggestion(.close))]
    NoSuchPerson { name: String, close: Vec<String> },
}

fn suggestion(close: &[String]) -> String {
    if close.is_empty() {
        " (`newsgraph entities` lists everyone)".to_string()
    } else {
        format!(
            "; did you mean {}?",
            close.iter().map(|c| format!("{c:?}")).collect::<Vec<_>>().join(" or ")
        )
    }
}

/// The persons a name means, by any of their names in any script: "Lavrov", "Сергей Лавров"
/// and "Sergei Lavrov" all find Sergey Lavrov. A whole name is matched first; a single word
/// then matches the surname of every person who has it.
pub fn find_persons(g: &ViewGraph, name: &str) -> Result<Vec<NodeIndex>, FocusError> {
    let wanted = name_key(name);
    let persons: Vec<NodeIndex> = g.node_indices().filter(|&n| g[n].kind == NodeKind::Person).collect();
    let keys = |n: NodeIndex| {
        g[n].all_labels
            .iter()
            .chain([&g[n].label])
            .map(|l| name_key(l))
            .collect::<Vec<_>>()
    };
    let whole: Vec<NodeIndex> = persons.iter().copied().filter(|&n| keys(n).contains(&wanted)).collect();
    if !whole.is_empty() || wanted.is_empty() {
        return if whole.is_empty() {
            Err(FocusError::NoSuchPerson {
                name: name.to_string(),
                close: Vec::new(),
            })
        } else {
            Ok(whole)
        };
    }
    let surname: Vec<NodeIndex> = persons
        .iter()
        .copied()
        .filter(|&n| keys(n).iter().any(|k| k.rsplit('-').next() == Some(wanted.as_str())))
        .collect();
    if !surname.is_empty() {
        return Ok(surname);
    }
    let mut close: Vec<(f64, String)> = persons
        .iter()
        .map(|&n| {
            let best = keys(n)
                .iter()
                .map(|k| strsim::jaro_winkler(k, &wanted))
                .fold(0.0, f64::max);
            (best, g[n].label.clone())
        })
        .filter(|(score, _)| *score > 0.85)
        .collect();
    close.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    close.dedup_by(|a, b| a.1 == b.1);
    Err(FocusError::NoSuchPerson {
        name: name.to_string(),
        close: close.into_iter().take(3).map(|(_, l)| l).collect(),
    })
}

/// Keeps the nodes at most `depth` links from `from` (in either direction) and the links
/// between them.
pub fn neighbourhood(g: &mut ViewGraph, from: &[NodeIndex], depth: usize) {
    let mut seen: HashSet<NodeIndex> = from.iter().copied().collect();
    let mut queue: VecDeque<(NodeIndex, usize)> = from.iter().map(|&n| (n, 0)).collect();
    while let Some((n, d)) = queue.pop_front() {
        if d == depth {
            continue;
        }
        for m in neighbours(g, n) {
            if seen.insert(m) {
                queue.push_back((m, d + 1));
            }
        }
    }
    g.retain_nodes(|_, n| seen.contains(&n));
}

/// What `keep_most_connected` left out, to say on standard error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    pub total: usize,
    pub by_kind: BTreeMap<NodeKind, usize>,
}

impl LeftOut {
    pub fn describe(&self, kept: usize) -> String {
        let kinds: Vec<String> = self
            .by_kind
            .iter()
            .map(|(k, n)| format!("{n} {}", plural(k.name(), *n)))
            .collect();
        format!(
            "left out {} of {} nodes ({}): the {kept} most connected are drawn; --max-nodes {} draws them all",
            self.total - kept,
            self.total,
            kinds.join(", "),
            self.total
        )
    }
}

fn plural(word: &str, n: usize) -> String {
    if n == 1 {
        word.to_string()
    } else {
        format!("{word}s")
    }
}

/// Keeps the `max` most connected nodes (`pinned` ones always): by number of neighbours,
/// then persons and organisations before venues, dates and statements, then by label, so the
/// same store always gives the same picture. `None` when nothing had to go.
pub fn keep_most_connected(g: &mut ViewGraph, max: usize, pinned: &[NodeIndex]) -> Option<LeftOut> {
    let total = g.node_count();
    if max == 0 || total <= max {
        return None;
    }
    let mut order: Vec<NodeIndex> = g.node_indices().collect();
    order.sort_by(|&a, &b| {
        let key = |n: NodeIndex| {
            (
                !pinned.contains(&n),
                std::cmp::Reverse(degree(g, n)),
                g[n].kind.keep_priority(),
                g[n].label.clone(),
                g[n].id.clone(),
            )
        };
        key(a).cmp(&key(b))
    });
    let keep: HashSet<NodeIndex> = order.iter().take(max.max(pinned.len())).copied().collect();
    let mut by_kind: BTreeMap<NodeKind, usize> = BTreeMap::new();
    for n in g.node_indices().filter(|n| !keep.contains(n)) {
        *by_kind.entry(g[n].kind).or_default() += 1;
    }
    g.retain_nodes(|_, n| keep.contains(&n));
    Some(LeftOut { total, by_kind })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::views::model::{EdgeKind, ViewEdge, ViewNode};

    fn node(g: &mut ViewGraph, label: &str, kind: NodeKind, names: &[&str]) -> NodeIndex {
        g.add_node(ViewNode {
            id: label.to_string(),
            kind,
            label: label.to_string(),
            all_labels: names.iter().map(|s| s.to_string()).collect(),
            text: String::new(),
        })
    }
    fn edge(g: &mut ViewGraph, a: NodeIndex, b: NodeIndex) {
        g.add_edge(
            a,
            b,
            ViewEdge {
                kind: EdgeKind::Said,
                label: String::new(),
            },
        );
    }

    fn sample() -> (ViewGraph, [NodeIndex; 5]) {
        let mut g = ViewGraph::default();
        let lavrov = node(&mut g, "Sergey Lavrov", NodeKind::Person, &["Сергей Лавров", "Lavrov"]);
        let putin = node(&mut g, "Vladimir Putin", NodeKind::Person, &[]);
        let russia = node(&mut g, "Russia", NodeKind::Country, &[]);
        let said = node(&mut g, "Talks in January", NodeKind::Statement, &[]);
        let tass = node(&mut g, "TASS", NodeKind::Venue, &[]);
        edge(&mut g, lavrov, russia);
        edge(&mut g, putin, russia);
        edge(&mut g, lavrov, said);
        edge(&mut g, said, tass);
        (g, [lavrov, putin, russia, said, tass])
    }

    #[test]
    fn a_person_is_found_by_any_name_in_any_script() {
        let (g, [lavrov, ..]) = sample();
        for name in ["Сергей Лавров", "Sergei Lavrov", "lavrov", "Лавров"] {
            assert_eq!(find_persons(&g, name).unwrap(), vec![lavrov], "{name}");
        }
        let err = find_persons(&g, "Lavrow Sergey").unwrap_err().to_string();
        assert!(err.contains("no person named"), "{err}");
        let err = find_persons(&g, "Sergey Lavrof").unwrap_err().to_string();
        assert!(err.contains("did you mean \"Sergey Lavrov\""), "{err}");
    }

    #[test]
    fn the_neighbourhood_follows_links_both_ways_to_the_depth_asked() {
        let (g0, [lavrov, putin, russia, said, tass]) = sample();
        let mut g = g0.clone();
        neighbourhood(&mut g, &[lavrov], 1);
        assert!(g.contains_node(russia) && g.contains_node(said));
        assert!(!g.contains_node(putin) && !g.contains_node(tass));
        let mut g = g0.clone();
        neighbourhood(&mut g, &[lavrov], 2);
        assert_eq!(g.node_count(), 5);
    }

    #[test]
    fn the_most_connected_stay() {
        let (mut g, [lavrov, _, russia, said, _]) = sample();
        let left = keep_most_connected(&mut g, 3, &[]).unwrap();
        let kept: HashSet<NodeIndex> = g.node_indices().collect();
        assert_eq!(kept, HashSet::from([lavrov, russia, said]));
        assert_eq!(left.by_kind.values().sum::<usize>(), 2);
        assert!(
            left.describe(3)
                .starts_with("left out 2 of 5 nodes (1 person, 1 venue)"),
            "{}",
            left.describe(3)
        );
        assert!(keep_most_connected(&mut g, 0, &[]).is_none());
    }
}
