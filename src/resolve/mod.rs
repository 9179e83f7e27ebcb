//! One IRI per real person across the store. After a build's articles are stored, the persons
//! they name are resolved against the persons they could merge with ([`blocks`]),
//! [`cluster::resolve`] decides which are one person, and the decisions are written to the
//! identity graph (`{base}identity`) in one transaction, replacing those about the same
//! persons. Article graphs are never changed by this, so a wrong decision is undone by the
//! next build with a corrected rule or gazetteer.
//!
//! The identity graph says, for each person: one `skos:prefLabel` per language and the other
//! names as `skos:altLabel`, `owl:sameAs` to Wikidata when the gazetteer knows them, and
//! `owl:sameAs` from each other IRI of the same person to the one chosen to stand for them.
//! Each merge is an `ng:IdentityDecision` with its rule, its reason and the articles it rests
//! on.
//!
//! How much is read depends on the store ([`Mode`]): a fresh store is resolved from the
//! articles still in memory, a store with a current [`index`] only around the persons of the
//! new articles, and any other (an older store, another gazetteer, a build killed before its
//! identity pass on a fresh store) in full. All three give the same identity graph.

pub mod blocks;
pub mod cluster;
pub mod gazetteer;
pub mod index;
pub mod mentions;
pub mod quads;

use crate::identity::surname_of_key;
use crate::rdf::mint::Minter;
use crate::rdf::vocab::{NG, ONTOLOGY, OWL, RDF, SCHEMA, WIKIDATA};
use crate::store::SHAPES_GRAPH;
use blocks::GazetteerSurnames;
use cluster::PersonNode;
use gazetteer::Gazetteer;
use index::Index;
use mentions::{mentions_in_quads, mentions_in_store, IriStats};
use oxigraph::model::{GraphName, GraphNameRef, NamedNode, NamedOrBlankNode, Quad, Term};
use oxigraph::store::Store;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};

/// What the identity graph holds, for the build summary.
#[derive(Debug, Clone, Copy, Default)]
pub struct IdentitySummary {
    /// Person IRIs in the article graphs.
    pub person_iris: usize,
    /// Real persons after merging.
    pub people: usize,
    /// Decisions joining a person IRI to another person IRI (links to the gazetteer alone not
    /// counted).
    pub merges: usize,
    pub linked_to_wikidata: usize,
}

/// How a build's identity pass reads the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The store held no article before this build: the persons come from the articles as
    /// they were written, nothing is read back.
    Fresh,
    /// The index is current: only the persons the build's articles could merge with are read.
    Incremental,
    /// Everything is read and resolved again.
    Full,
}

/// What an identity pass did, for tests and the benchmark (how many persons it read is the
/// measure of an incremental update's cost).
#[derive(Debug, Clone, Copy)]
pub struct PassStats {
    pub mode: Mode,
    /// Surnames whose persons were resolved.
    pub surnames: usize,
    /// Person IRIs whose sums were read back (their records, or, resolving the whole store
    /// again, their mentions).
    pub persons_read: usize,
    /// Article mentions read back from the article graphs (only when resolving everything
    /// again without records).
    pub mentions_read: usize,
    /// Person nodes resolved.
    pub nodes: usize,
}

/// The identity pass of one build: told about each article before it is written, then
/// brings the identity graph up to date.
pub struct IdentityPass<'a> {
    mode: Mode,
    index: Index,
    minter: &'a Minter,
    gazetteer: &'a Gazetteer,
    /// Fresh mode: what the articles of this build say of each person IRI.
    fresh: BTreeMap<String, IriStats>,
    graphs: HashSet<String>,
}

impl<'a> IdentityPass<'a> {
    /// Looks at the store to choose how to resolve: see [`Mode`].
    pub fn begin(store: &Store, minter: &'a Minter, gazetteer: &'a Gazetteer) -> anyhow::Result<IdentityPass<'a>> {
        let index = Index::new(minter);
        let mode = if index.is_current(store, gazetteer)? {
            Mode::Incremental
        } else if has_articles(store, minter)? {
            Mode::Full
        } else {
            Mode::Fresh
        };
        Ok(IdentityPass {
            mode,
            index,
            minter,
            gazetteer,
            fresh: BTreeMap::new(),
            graphs: HashSet::new(),
        })
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// Called before an article's graph is written or replaced, with its new quads; returns
    /// quads to write in the same transaction: the index's note that the article's persons
    /// (and those of the version it replaces) await resolution.
    pub fn article(&mut self, store: &Store, graph: &NamedNode, quads: &[Quad]) -> anyhow::Result<Vec<Quad>> {
        match self.mode {
            Mode::Full => Ok(Vec::new()),
            Mode::Fresh => {
                if !self.graphs.insert(graph.as_str().to_string()) {
                    // Two inputs of one name: the later replaces the earlier, which this
                    // build already counted. Rare: read the store back instead.
                    self.mode = Mode::Full;
                    self.fresh.clear();
                    return Ok(Vec::new());
                }
                for m in mentions_in_quads(quads, self.minter) {
                    self.fresh.entry(m.iri.clone()).or_default().add(&m);
                }
                Ok(Vec::new())
            }
            Mode::Incremental => {
                let mut change = index::Change::default();
                if store.contains_named_graph(graph)? {
                    let old: Vec<Quad> = store
                        .quads_for_pattern(None, None, None, Some(graph.as_ref().into()))
                        .collect::<Result<_, _>>()?;
                    change.before = mentions_in_quads(&old, self.minter);
                }
                change.after = mentions_in_quads(quads, self.minter);
                if change.before.is_empty() && change.after.is_empty() {
                    return Ok(Vec::new());
                }
                Ok(vec![self.index.change(&change)])
            }
        }
    }

    /// Brings the identity graph and its index up to date with the articles written.
    pub fn finish(self, store: &Store) -> anyhow::Result<PassStats> {
        let started = std::time::Instant::now();
        let stats = self.run(store)?;
        // Fresh and full passes write the identity graph anew; an incremental one only what
        // changed around the persons of the new articles.
        let what = match stats.mode {
            Mode::Incremental => "updated the identity graph",
            Mode::Fresh | Mode::Full => "recomputed the identity graph",
        };
        tracing::info!(
            mode = ?stats.mode,
            person_iris = stats.nodes,
            surnames = stats.surnames,
            persons_read = stats.persons_read,
            elapsed = ?started.elapsed(),
            "{what}"
        );
        Ok(stats)
    }

    fn run(self, store: &Store) -> anyhow::Result<PassStats> {
        match self.mode {
            Mode::Fresh => {
                let stats = PassStats {
                    mode: Mode::Fresh,
                    ..rewrite_all(store, &self.fresh, self.minter, self.gazetteer, &self.index)?
                };
                Ok(stats)
            }
            Mode::Full => {
                let (all, persons_read, mentions_read) = read_all(store, self.minter)?;
                let stats = rewrite_all(store, &all, self.minter, self.gazetteer, &self.index)?;
                Ok(PassStats {
                    mode: Mode::Full,
                    persons_read,
                    mentions_read,
                    ..stats
                })
            }
            Mode::Incremental => update(store, self.minter, self.gazetteer, &self.index),
        }
    }
}

fn count_surnames(nodes: &[PersonNode]) -> usize {
    nodes.iter().map(blocks::surname).collect::<HashSet<_>>().len()
}

/// True when the store holds any article graph (anything but the ontology's, the shapes' and
/// identity graphs).
fn has_articles(store: &Store, minter: &Minter) -> anyhow::Result<bool> {
    let identity = minter.identity_graph();
    let index = Index::new(minter).graph;
    for g in store.named_graphs() {
        let g = g?;
        let NamedOrBlankNode::NamedNode(g) = g else {
            return Ok(true);
        };
        if ![ONTOLOGY, SHAPES_GRAPH, identity.as_str(), index.as_str()].contains(&g.as_str()) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Reads every person of every article graph back from the store.
fn read_all(store: &Store, minter: &Minter) -> anyhow::Result<(BTreeMap<String, IriStats>, usize, usize)> {
    let person = NamedNode::new_unchecked(format!("{SCHEMA}Person"));
    let a = NamedNode::new_unchecked(format!("{RDF}type"));
    let identity = minter.identity_graph();
    let mut iris: BTreeSet<NamedNode> = BTreeSet::new();
    for q in store.quads_for_pattern(None, Some(a.as_ref()), Some(person.as_ref().into()), None) {
        let q = q?;
        if q.graph_name == GraphName::NamedNode(identity.clone()) {
            continue;
        }
        if let NamedOrBlankNode::NamedNode(p) = q.subject {
            iris.insert(p);
        }
    }
    let mut stats: BTreeMap<String, IriStats> = BTreeMap::new();
    let mut mentions_read = 0;
    let mut articles = mentions::ArticleOfGraph::new();
    for iri in &iris {
        for m in mentions_in_store(store, iri.as_ref(), minter, &mut articles)? {
            mentions_read += 1;
            stats.entry(m.iri.clone()).or_default().add(&m);
        }
    }
    Ok((stats, iris.len(), mentions_read))
}

/// The quads of the index for resolved nodes: each IRI's surname, and each surname's roles
/// (and, for `with_spellings`, its spellings with letters deleted). Records are written apart,
/// only for the IRIs whose sums changed.
fn index_quads(nodes: &[PersonNode], index: &Index, with_spellings: &BTreeSet<String>, out: &mut dyn FnMut(Quad)) {
    let mut roles: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for n in nodes {
        let surname = blocks::surname(n);
        out(index.person(&n.iri, surname));
        for (other, _) in &n.other_iris {
            out(index.person(other, surname));
        }
        roles
            .entry(surname)
            .or_default()
            .extend(n.posts.iter().map(|p| p.role.as_str()));
    }
    for (surname, roles) in roles {
        for role in roles {
            out(index.role(surname, role));
        }
    }
    for surname in with_spellings {
        for q in index.variants(surname) {
            out(q);
        }
    }
}

/// Resolves `nodes` block by block, each against the gazetteer people it could be joined to,
/// handing each block's identity quads to `out`.
fn resolve_blocks(nodes: &[PersonNode], gazetteer: &Gazetteer, minter: &Minter, out: &mut dyn FnMut(Quad)) {
    let surnames = GazetteerSurnames::new(gazetteer);
    for block in blocks::partition(nodes, &surnames) {
        let members: Vec<PersonNode> = block.persons.iter().map(|&i| nodes[i].clone()).collect();
        let known = gazetteer.subset(&block.known);
        let resolution = cluster::resolve(&members, &known);
        for d in &resolution.decisions {
            tracing::debug!(rule = d.rule, person = %members[d.person].iri, reason = %d.reason, "identity decision");
        }
        quads::identity_quads(&members, &resolution, &known, minter, out);
    }
}

/// Replaces the identity graph and the index with those of all persons (`stats`, the whole
/// store's): the graphs are cleared, then written with the bulk loader in one atomic load, the
/// index's stamp included, so a build killed between the two finds no stamp and starts again.
fn rewrite_all(
    store: &Store,
    stats: &BTreeMap<String, IriStats>,
    minter: &Minter,
    gazetteer: &Gazetteer,
    index: &Index,
) -> anyhow::Result<PassStats> {
    let nodes = mentions::nodes(stats);
    for g in [minter.identity_graph(), index.graph.clone()] {
        if store.contains_named_graph(&g)? {
            store.clear_graph(&g)?;
        }
    }
    let mut batch: Vec<Quad> = Vec::new();
    let mut loader = store.bulk_loader().with_max_memory_size_in_megabytes(256);
    let mut failure = None;
    {
        let mut sink = |q: Quad| {
            batch.push(q);
            if batch.len() >= 100_000 && failure.is_none() {
                if let Err(e) = loader.load_quads(std::mem::take(&mut batch)) {
                    failure = Some(e);
                }
            }
        };
        sink(quads::graph_type(minter));
        resolve_blocks(&nodes, gazetteer, minter, &mut sink);
        let surnames: BTreeSet<String> = nodes.iter().map(|n| blocks::surname(n).to_string()).collect();
        index_quads(&nodes, index, &surnames, &mut sink);
        for (iri, s) in stats.iter().filter(|(_, s)| !s.key.is_empty()) {
            sink(index.record(iri, s));
        }
        for q in index.stamp(gazetteer) {
            sink(q);
        }
    }
    if let Some(e) = failure {
        return Err(e.into());
    }
    loader.load_quads(batch)?;
    loader.commit()?;
    Ok(PassStats {
        mode: Mode::Full,
        surnames: count_surnames(&nodes),
        persons_read: 0,
        mentions_read: 0,
        nodes: nodes.len(),
    })
}

/// The incremental pass: applies the articles' changes to the records of the persons they
/// name, resolves again the blocks of those persons (reading the records of the others in the
/// blocks, one lookup each) and replaces what the identity graph and the index said of them, in
/// one transaction.
fn update(store: &Store, minter: &Minter, gazetteer: &Gazetteer, index: &Index) -> anyhow::Result<PassStats> {
    let changes = index.changes(store)?;
    let mut stats = PassStats {
        mode: Mode::Incremental,
        surnames: 0,
        persons_read: 0,
        mentions_read: 0,
        nodes: 0,
    };
    if changes.is_empty() {
        return Ok(stats);
    }
    // What changes for each person IRI, and the surnames it touches.
    let mut removed: BTreeMap<String, Vec<&mentions::Mention>> = BTreeMap::new();
    let mut added: BTreeMap<String, Vec<&mentions::Mention>> = BTreeMap::new();
    let mut seeds: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (_, change) in &changes {
        for (list, into) in [(&change.before, &mut removed), (&change.after, &mut added)] {
            for m in list {
                into.entry(m.iri.clone()).or_default().push(m);
                let surname = surname_of_key(&m.key()).to_string();
                if !surname.is_empty() {
                    seeds.entry(surname).or_default().insert(m.iri.clone());
                }
            }
        }
    }
    let gaz = GazetteerSurnames::new(gazetteer);
    // Close spellings among the seeds, which the index does not list yet.
    let mut seed_spellings: HashMap<String, BTreeSet<String>> = HashMap::new();
    for s in seeds.keys() {
        for v in cluster::deletion_variants(s) {
            seed_spellings.entry(v).or_default().insert(s.clone());
        }
    }
    let mut iri_stats: BTreeMap<String, IriStats> = BTreeMap::new();
    let mut old_records: Vec<Quad> = Vec::new();
    let mut changed: BTreeSet<String> = BTreeSet::new();
    let mut visited: BTreeSet<String> = BTreeSet::new();
    let mut queue: VecDeque<String> = seeds.keys().cloned().collect();
    while let Some(s) = queue.pop_front() {
        if !visited.insert(s.clone()) {
            continue;
        }
        let mut iris: BTreeSet<String> = index.persons(store, &s)?.into_iter().collect();
        iris.extend(seeds.get(&s).into_iter().flatten().cloned());
        let mut roles = index.roles(store, &s)?;
        roles.extend(gaz.roles(&s));
        for iri in &iris {
            if iri_stats.contains_key(iri) {
                continue;
            }
            stats.persons_read += 1;
            let mut sums = match index.read_record(store, iri)? {
                Some((q, sums)) => {
                    old_records.push(q);
                    sums
                }
                None => IriStats::default(),
            };
            for m in removed.get(iri).into_iter().flatten() {
                sums.remove(m);
                changed.insert(iri.clone());
            }
            for m in added.get(iri).into_iter().flatten() {
                sums.add(m);
                changed.insert(iri.clone());
            }
            roles.extend(sums.posts.keys().map(|p| p.role.clone()));
            iri_stats.insert(iri.clone(), sums);
        }
        let mut candidates = index.spelled_like(store, &s)?;
        candidates.extend(gaz.spelled_like(&s));
        for v in cluster::deletion_variants(&s) {
            candidates.extend(seed_spellings.get(&v).into_iter().flatten().cloned());
        }
        for t in candidates {
            if visited.contains(&t) || seeds.contains_key(&t) {
                continue; // seeds are all queued already
            }
            let mut roles_t = index.roles(store, &t)?;
            roles_t.extend(gaz.roles(&t));
            if blocks::linked(&s, &roles, &t, &roles_t) {
                queue.push_back(t);
            }
        }
        for t in gaz.linked(&s) {
            if !visited.contains(&t) {
                queue.push_back(t);
            }
        }
    }
    let nodes = mentions::nodes(&iri_stats);
    stats.surnames = visited.len();
    stats.nodes = nodes.len();

    // What the identity graph and the index said of these surnames' persons...
    let identity = minter.identity_graph();
    let identity_ref = GraphNameRef::NamedNode(identity.as_ref());
    let same_person = NamedNode::new_unchecked(format!("{NG}samePerson"));
    let mut before: HashSet<Quad> = HashSet::new();
    for s in &visited {
        for q in index.person_quads(store, s)? {
            if let NamedOrBlankNode::NamedNode(person) = &q.subject {
                for x in store.quads_for_pattern(Some(person.as_ref().into()), None, None, Some(identity_ref)) {
                    before.insert(x?);
                }
                for d in store.quads_for_pattern(
                    None,
                    Some(same_person.as_ref()),
                    Some(person.as_ref().into()),
                    Some(identity_ref),
                ) {
                    for x in store.quads_for_pattern(Some(d?.subject.as_ref()), None, None, Some(identity_ref)) {
                        before.insert(x?);
                    }
                }
            }
            before.insert(q);
        }
        before.extend(index.role_quads(store, s)?);
    }
    // ...and what they say now.
    let borne: BTreeSet<&str> = nodes.iter().map(blocks::surname).collect();
    let new_spellings: BTreeSet<String> = seeds.keys().filter(|s| borne.contains(s.as_str())).cloned().collect();
    let mut after: HashSet<Quad> = HashSet::new();
    {
        let mut sink = |q: Quad| {
            after.insert(q);
        };
        resolve_blocks(&nodes, gazetteer, minter, &mut sink);
        index_quads(&nodes, index, &new_spellings, &mut sink);
    }
    // One transaction writes the difference (most of what a block says stays as it was), the
    // changed records, and removes the changes applied.
    let mut tx = store.start_transaction()?;
    for q in before.difference(&after) {
        tx.remove(q);
    }
    for q in after.difference(&before) {
        tx.insert(q);
    }
    for (q, _) in &changes {
        tx.remove(q);
    }
    // A surname no person bears any more leaves the index.
    for s in visited.iter().filter(|s| !borne.contains(s.as_str())) {
        for q in index.variants(s) {
            tx.remove(&q);
        }
    }
    for q in old_records
        .iter()
        .filter(|q| matches!(&q.subject, NamedOrBlankNode::NamedNode(n) if changed.contains(n.as_str())))
    {
        tx.remove(q);
    }
    for iri in &changed {
        if let Some(sums) = iri_stats.get(iri).filter(|s| !s.is_empty()) {
            tx.insert(&index.record(iri, sums));
        }
    }
    tx.commit()?;
    Ok(stats)
}

/// Counts for the build summary, from the identity graph and the index.
pub fn summary(store: &Store, minter: &Minter) -> anyhow::Result<IdentitySummary> {
    let identity = minter.identity_graph();
    let g = Some(GraphNameRef::NamedNode(identity.as_ref()));
    let index = Index::new(minter);
    let count = |s: Option<&NamedNode>,
                 p: &str,
                 o: Option<Term>,
                 graph: Option<GraphNameRef<'_>>|
     -> anyhow::Result<(usize, usize)> {
        let p = NamedNode::new_unchecked(p);
        let mut all = 0;
        let mut wikidata = 0;
        for q in store.quads_for_pattern(
            s.map(|s| s.as_ref().into()),
            Some(p.as_ref()),
            o.as_ref().map(Term::as_ref),
            graph,
        ) {
            all += 1;
            if matches!(&q?.object, Term::NamedNode(n) if n.as_str().starts_with(WIKIDATA)) {
                wikidata += 1;
            }
        }
        Ok((all, wikidata))
    };
    let person = Term::NamedNode(NamedNode::new_unchecked(format!("{SCHEMA}Person")));
    let decision = Term::NamedNode(NamedNode::new_unchecked(format!("{NG}IdentityDecision")));
    let (people, _) = count(None, &format!("{RDF}type"), Some(person), g)?;
    let (decisions, _) = count(None, &format!("{RDF}type"), Some(decision), g)?;
    let (_, to_wikidata) = count(None, &format!("{NG}samePerson"), None, g)?;
    let (_, linked) = count(None, &format!("{OWL}sameAs"), None, g)?;
    let (person_iris, _) = count(
        None,
        &format!("{NG}surnameKey"),
        None,
        Some(GraphNameRef::NamedNode(index.graph.as_ref())),
    )?;
    Ok(IdentitySummary {
        person_iris,
        people,
        merges: decisions - to_wikidata,
        linked_to_wikidata: linked,
    })
}
