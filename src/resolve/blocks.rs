//! Which persons the identity rules could ever compare, so that a build resolves only the
//! persons its new articles could merge with, and the result is exactly what resolving the
//! whole store gives.
//!
//! Every rule of [`cluster::resolve`](super::cluster::resolve) compares persons through their
//! surnames (the last word of the identity key): the same surname (compatible names, a surname
//! alone and a post), a surname a letter or two off *and* a post of the same role (misspelt
//! names), or a gazetteer person, whose names may carry several surnames ("Putin",
//! "Poutine"). Surnames linked so, directly or through others, form a block; persons of
//! different blocks are never compared, never joined, and no decision about one depends on
//! the other. Resolving each block alone therefore gives the same decisions as resolving all
//! persons at once (a test checks it), and a build need only re-resolve the blocks its
//! articles touch.

use super::cluster::{close_surnames, deletion_variants, PersonNode};
use super::gazetteer::Gazetteer;
use crate::identity::surname_of_key;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// What the gazetteer adds to the links between surnames: the surnames of each listed
/// person's names (linked together) and the role it gives them.
#[derive(Debug, Default)]
pub struct GazetteerSurnames {
    /// Surname -> the gazetteer people with a name of that surname.
    people: HashMap<String, Vec<usize>>,
    /// Per gazetteer person, the surnames of its names.
    surnames: Vec<BTreeSet<String>>,
    /// Surname -> roles the gazetteer gives people of that surname.
    roles: HashMap<String, BTreeSet<String>>,
    /// Deletion variant -> gazetteer surnames (to find those close to a surname).
    spellings: HashMap<String, BTreeSet<String>>,
}

impl GazetteerSurnames {
    pub fn new(gazetteer: &Gazetteer) -> GazetteerSurnames {
        let mut g = GazetteerSurnames {
            surnames: vec![BTreeSet::new(); gazetteer.people.len()],
            ..GazetteerSurnames::default()
        };
        for (key, person) in gazetteer.keys() {
            if !key.contains('-') {
                continue;
            }
            let surname = surname_of_key(key).to_string();
            g.people.entry(surname.clone()).or_default().push(person);
            g.surnames[person].insert(surname.clone());
            if let Some(role) = &gazetteer.people[person].role {
                g.roles.entry(surname.clone()).or_default().insert(role.clone());
            }
            for v in deletion_variants(&surname) {
                g.spellings.entry(v).or_default().insert(surname.clone());
            }
        }
        for list in g.people.values_mut() {
            list.sort_unstable();
            list.dedup();
        }
        g
    }

    /// Surnames linked to `surname` through a gazetteer person that bears it.
    pub fn linked(&self, surname: &str) -> BTreeSet<String> {
        self.people
            .get(surname)
            .into_iter()
            .flatten()
            .flat_map(|&p| self.surnames[p].iter().cloned())
            .collect()
    }

    /// Gazetteer surnames spelt close to `surname` (candidates: check `close_surnames`).
    pub fn spelled_like(&self, surname: &str) -> BTreeSet<String> {
        deletion_variants(surname)
            .iter()
            .filter_map(|v| self.spellings.get(v))
            .flatten()
            .cloned()
            .collect()
    }

    /// The gazetteer people with a name of this surname.
    pub fn people(&self, surname: &str) -> &[usize] {
        self.people.get(surname).map_or(&[], Vec::as_slice)
    }

    pub fn roles(&self, surname: &str) -> BTreeSet<String> {
        self.roles.get(surname).cloned().unwrap_or_default()
    }

    pub fn all_surnames(&self) -> impl Iterator<Item = &String> {
        self.people.keys()
    }
}

/// Whether persons of surnames `a` and `b` (holding roles `roles_a`, `roles_b`) could ever be
/// compared by a rule: the same surname, or close surnames and a role in common. (Links
/// through the gazetteer are added by the callers.)
pub fn linked(a: &str, roles_a: &BTreeSet<String>, b: &str, roles_b: &BTreeSet<String>) -> bool {
    a == b || (close_surnames(a, b) && !roles_a.is_disjoint(roles_b))
}

/// The surname of a person node.
pub fn surname(node: &PersonNode) -> &str {
    surname_of_key(&node.key)
}

/// The roles held by persons of each surname (the gazetteer's included).
pub fn roles_by_surname(nodes: &[PersonNode], gazetteer: &GazetteerSurnames) -> BTreeMap<String, BTreeSet<String>> {
    let mut roles: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for n in nodes {
        let e = roles.entry(surname(n).to_string()).or_default();
        e.extend(n.posts.iter().map(|p| p.role.clone()));
    }
    for s in gazetteer.all_surnames() {
        roles.entry(s.clone()).or_default().extend(gazetteer.roles(s));
    }
    roles
}

/// A block: persons (indexes into the nodes) and the gazetteer people they could be joined to.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Block {
    pub persons: Vec<usize>,
    pub known: Vec<usize>,
}

/// Splits nodes into blocks, for resolving a whole store one block at a time.
pub fn partition(nodes: &[PersonNode], gazetteer: &GazetteerSurnames) -> Vec<Block> {
    let roles = roles_by_surname(nodes, gazetteer);
    let names: Vec<&String> = roles.keys().collect();
    let id: HashMap<&str, usize> = names.iter().enumerate().map(|(i, s)| (s.as_str(), i)).collect();
    let mut parent: Vec<usize> = (0..names.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let union = |parent: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (root(parent, a), root(parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    };
    // Surnames filed under their spellings with letters deleted: close ones share a bucket.
    let mut buckets: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, s) in names.iter().enumerate() {
        for v in deletion_variants(s) {
            buckets.entry(v).or_default().push(i);
        }
        for other in gazetteer.linked(s) {
            if let Some(&j) = id.get(other.as_str()) {
                union(&mut parent, i, j);
            }
        }
    }
    for bucket in buckets.values() {
        for (k, &a) in bucket.iter().enumerate() {
            for &b in &bucket[k + 1..] {
                if linked(names[a], &roles[names[a]], names[b], &roles[names[b]]) {
                    union(&mut parent, a, b);
                }
            }
        }
    }
    let mut blocks: BTreeMap<usize, Block> = BTreeMap::new();
    for (i, n) in nodes.iter().enumerate() {
        let r = root(&mut parent, id[surname(n)]);
        blocks
            .entry(r)
            .or_insert_with(|| Block {
                persons: Vec::new(),
                known: Vec::new(),
            })
            .persons
            .push(i);
    }
    for (i, s) in names.iter().enumerate() {
        let r = root(&mut parent, i);
        if let Some(block) = blocks.get_mut(&r) {
            block.known.extend_from_slice(gazetteer.people(s));
        }
    }
    let mut blocks: Vec<Block> = blocks.into_values().collect();
    for b in &mut blocks {
        b.known.sort_unstable();
        b.known.dedup();
    }
    blocks.sort();
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resolve::cluster::Post;

    fn node(name: &str, role: Option<&str>) -> PersonNode {
        PersonNode {
            iri: format!("p/{}", crate::identity::name_slug(name)),
            key: crate::identity::name_key(name),
            posts: role
                .map(|r| Post {
                    role: r.to_string(),
                    scope: Some("GB".into()),
                })
                .into_iter()
                .collect(),
            ..PersonNode::default()
        }
    }

    #[test]
    fn close_surnames_meet_only_through_a_role_in_common() {
        let nodes = vec![
            node("Joe Smith", Some("minister")),
            node("Smyth", Some("minister")),
            node("Ann Smythe", Some("ambassador")),
            node("Karl Jones", Some("minister")),
            node("Jones", None),
        ];
        let blocks: Vec<Vec<usize>> = partition(&nodes, &GazetteerSurnames::default())
            .into_iter()
            .map(|b| b.persons)
            .collect();
        assert_eq!(blocks, vec![vec![0, 1], vec![2], vec![3, 4]]);
    }

    #[test]
    fn a_gazetteer_person_links_the_surnames_of_its_names() {
        let mut g = Gazetteer::default();
        g.add_rows("Q1\tVladimir Putin|Vladimir Poutine\tpresident\tRU\n", "test")
            .unwrap();
        let nodes = vec![node("Putin", None), node("Poutine", None), node("Putnam", None)];
        let blocks = partition(&nodes, &GazetteerSurnames::new(&g));
        assert_eq!(
            blocks,
            vec![
                Block {
                    persons: vec![0, 1],
                    known: vec![0]
                },
                Block {
                    persons: vec![2],
                    known: vec![]
                }
            ]
        );
    }
}
