//! What the article graphs say of each person IRI, gathered into the plain data cross-article
//! identity decides on ([`PersonNode`]). The same reading serves an article's quads still in
//! memory (a fresh build, which never reads back what it wrote) and the store (a build that
//! adds to one, which reads only the persons its new articles could merge with), so both give
//! the same nodes.

use super::cluster::{NameLabel, PersonNode, Post};
use crate::identity::{is_latin_script, name_key};
use crate::rdf::mint::Minter;
use crate::rdf::vocab::{ORG, RDF, SCHEMA, SKOS};
use oxigraph::model::{GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, QuadRef, Term};
use oxigraph::store::Store;
use std::collections::{BTreeMap, BTreeSet};

/// What one article says of one person IRI.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Mention {
    pub iri: String,
    pub article: String,
    /// (language, text, main): the article's main name (`schema:name`) and its other forms.
    pub names: Vec<(String, String, bool)>,
    pub posts: Vec<Post>,
}

impl Mention {
    /// The identity key of the article's main name for the person.
    pub fn key(&self) -> String {
        self.names
            .iter()
            .filter(|n| n.2)
            .map(|n| name_key(&n.1))
            .max_by_key(|k| k.len())
            .unwrap_or_default()
    }

    /// The forms of the name, each once (the main name first if a form is both).
    fn forms(&self) -> BTreeMap<(&str, &str), bool> {
        let mut forms: BTreeMap<(&str, &str), bool> = BTreeMap::new();
        for (lang, text, main) in &self.names {
            *forms.entry((lang, text)).or_insert(false) |= main;
        }
        forms
    }

    fn latin(&self) -> bool {
        self.names.iter().any(|(_, text, main)| *main && is_latin_script(text))
    }
}

/// Everything the article graphs say of one person IRI, added up over articles. Mentions can be
/// taken out again (an article replaced), so a store keeps each IRI's sums and a build changes
/// them by what its articles add and remove, without reading every mention back.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IriStats {
    pub key: String,
    pub articles: BTreeSet<String>,
    /// (language, text) -> (articles using the form, of which as the main name).
    pub labels: BTreeMap<(String, String), (usize, usize)>,
    /// Each post and the articles that give it.
    pub posts: BTreeMap<Post, BTreeSet<String>>,
    /// Articles whose main name for the person is written in Latin script.
    pub latin_articles: usize,
}

impl IriStats {
    pub fn add(&mut self, m: &Mention) {
        if !self.articles.insert(m.article.clone()) {
            return;
        }
        let key = m.key();
        if key.len() > self.key.len() {
            self.key = key;
        }
        for ((lang, text), main) in m.forms() {
            let e = self
                .labels
                .entry((lang.to_string(), text.to_string()))
                .or_insert((0, 0));
            e.0 += 1;
            e.1 += usize::from(main);
        }
        self.latin_articles += usize::from(m.latin());
        for p in &m.posts {
            self.posts.entry(p.clone()).or_default().insert(m.article.clone());
        }
    }

    /// Takes out what `m` added (an article replaced or removed).
    pub fn remove(&mut self, m: &Mention) {
        if !self.articles.remove(&m.article) {
            return;
        }
        for ((lang, text), main) in m.forms() {
            let key = (lang.to_string(), text.to_string());
            if let Some(e) = self.labels.get_mut(&key) {
                e.0 -= 1;
                e.1 -= usize::from(main);
                if e.0 == 0 {
                    self.labels.remove(&key);
                }
            }
        }
        self.latin_articles -= usize::from(m.latin());
        for p in &m.posts {
            if let Some(articles) = self.posts.get_mut(p) {
                articles.remove(&m.article);
                if articles.is_empty() {
                    self.posts.remove(p);
                }
            }
        }
        if self.articles.is_empty() {
            *self = IriStats::default();
        }
    }

    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    /// The sums as JSON, article IRIs without the common prefix `article_base`.
    pub fn to_json(&self, article_base: &str) -> String {
        let local = |a: &String| a.strip_prefix(article_base).unwrap_or(a).to_string();
        let record = Record {
            key: self.key.clone(),
            articles: self.articles.iter().map(local).collect(),
            labels: self
                .labels
                .iter()
                .map(|((lang, text), (n, main))| (lang.clone(), text.clone(), *n, *main))
                .collect(),
            posts: self
                .posts
                .iter()
                .map(|(p, articles)| (p.clone(), articles.iter().map(local).collect()))
                .collect(),
            latin_articles: self.latin_articles,
        };
        serde_json::to_string(&record).expect("plain data serialises")
    }

    pub fn from_json(json: &str, article_base: &str) -> Result<IriStats, serde_json::Error> {
        let r: Record = serde_json::from_str(json)?;
        let full = |a: String| format!("{article_base}{a}");
        Ok(IriStats {
            key: r.key,
            articles: r.articles.into_iter().map(full).collect(),
            labels: r
                .labels
                .into_iter()
                .map(|(lang, text, n, main)| ((lang, text), (n, main)))
                .collect(),
            posts: r
                .posts
                .into_iter()
                .map(|(p, articles)| (p, articles.into_iter().map(full).collect()))
                .collect(),
            latin_articles: r.latin_articles,
        })
    }
}

/// How an [`IriStats`] is kept in the identity index.
#[derive(serde::Serialize, serde::Deserialize)]
struct Record {
    key: String,
    articles: Vec<String>,
    labels: Vec<(String, String, usize, usize)>,
    posts: Vec<(Post, Vec<String>)>,
    latin_articles: usize,
}

/// The persons (one node per identity key for full names, one per IRI for a name of one word)
/// of a set of IRIs, sorted by the IRI that stands for each.
///
/// Several IRIs share a key when articles spell one name differently ("Sergey Lavrov", "Sergei
/// Lavrov", "Сергей Лавров"): they are one node, named by the IRI most articles write in Latin
/// script (then most articles, then the shortest, then the first).
pub fn nodes(stats: &BTreeMap<String, IriStats>) -> Vec<PersonNode> {
    let mut by_key: BTreeMap<String, Vec<(&String, &IriStats)>> = BTreeMap::new();
    let mut out = Vec::new();
    for (iri, s) in stats {
        if s.key.is_empty() {
            continue;
        }
        if s.key.contains('-') {
            by_key.entry(s.key.clone()).or_default().push((iri, s));
        } else {
            out.push(node_of(&s.key, &[(iri, s)]));
        }
    }
    for (key, iris) in &by_key {
        out.push(node_of(key, iris));
    }
    out.sort_by(|a, b| a.iri.cmp(&b.iri));
    out
}

fn node_of(key: &str, iris: &[(&String, &IriStats)]) -> PersonNode {
    let best = iris
        .iter()
        .max_by(|(ia, a), (ib, b)| {
            (a.latin_articles, a.articles.len())
                .cmp(&(b.latin_articles, b.articles.len()))
                .then_with(|| ib.len().cmp(&ia.len()))
                .then_with(|| ib.cmp(ia))
        })
        .expect("a node has an IRI");
    let first = |s: &IriStats| s.articles.iter().next().cloned().unwrap_or_default();
    let mut node = PersonNode {
        iri: best.0.clone(),
        first_article_of_iri: first(best.1),
        key: key.to_string(),
        ..PersonNode::default()
    };
    let mut labels: BTreeMap<(String, String), (usize, bool)> = BTreeMap::new();
    for (iri, s) in iris {
        if *iri != best.0 {
            node.other_iris.push(((*iri).clone(), first(s)));
        }
        node.articles.extend(s.articles.iter().cloned());
        for (k, (n, main)) in &s.labels {
            let e = labels.entry(k.clone()).or_insert((0, false));
            e.0 += n;
            e.1 |= *main > 0;
        }
        for (p, articles) in &s.posts {
            let Some(first) = articles.iter().next() else { continue };
            let e = node.post_witness.entry(p.clone()).or_insert_with(|| first.clone());
            if first < e {
                *e = first.clone();
            }
        }
    }
    node.posts = node.post_witness.keys().cloned().collect();
    node.labels = labels
        .into_iter()
        .map(|((lang, text), (articles, main))| NameLabel {
            text,
            lang,
            articles,
            main,
        })
        .collect();
    node
}

/// Reads the posts of a membership from its role and organisation IRIs.
fn post(minter: &Minter, role: &str, org: Option<&str>) -> Option<Post> {
    let base = minter.base();
    let role = role.strip_prefix(base)?.strip_prefix("role/")?;
    let scope = org.and_then(|o| {
        let local = o.strip_prefix(base)?;
        local
            .strip_prefix("country/")
            .or_else(|| local.strip_prefix("org/"))
            .or_else(|| local.strip_prefix("region/"))
            .map(decode)
    });
    Some(Post {
        role: decode(role),
        scope,
    })
}

fn decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned()
}

fn iri(ns: &str, local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ns}{local}"))
}

/// The mentions of persons in one article's quads (as `rdf::graph::article_quads` made them):
/// the persons the article `schema:mentions`, not its authors (unless the story names them).
pub fn mentions_in_quads(quads: &[Quad], minter: &Minter) -> Vec<Mention> {
    let a = iri(RDF, "type");
    let person = Term::from(iri(SCHEMA, "Person"));
    let article_class = Term::from(iri(SCHEMA, "NewsArticle"));
    let mentions = iri(SCHEMA, "mentions");
    let name = iri(SCHEMA, "name");
    let alt = iri(SKOS, "altLabel");
    let (member, role, organization) = (iri(ORG, "member"), iri(ORG, "role"), iri(ORG, "organization"));
    let Some(article) = quads
        .iter()
        .find(|q| q.predicate == a && q.object == article_class)
        .and_then(|q| subject_iri(q))
    else {
        return Vec::new();
    };
    let mentioned: std::collections::HashSet<&Term> = quads
        .iter()
        .filter(|q| q.predicate == mentions && subject_iri(q).as_deref() == Some(article.as_str()))
        .map(|q| &q.object)
        .collect();
    let mut out: BTreeMap<String, Mention> = BTreeMap::new();
    for q in quads.iter().filter(|q| q.predicate == a && q.object == person) {
        if !matches!(&q.subject, NamedOrBlankNode::NamedNode(n) if mentioned.contains(&Term::NamedNode(n.clone()))) {
            continue; // an author the story does not name
        }
        if let Some(p) = subject_iri(q) {
            out.insert(
                p.clone(),
                Mention {
                    iri: p,
                    article: article.clone(),
                    names: Vec::new(),
                    posts: Vec::new(),
                },
            );
        }
    }
    let mut memberships: BTreeMap<String, (Option<String>, Option<String>, Option<String>)> = BTreeMap::new();
    for q in quads {
        let Some(key) = subject_iri(q) else { continue };
        if q.predicate == name || q.predicate == alt {
            if let (Some(m), Term::Literal(l)) = (out.get_mut(&key), &q.object) {
                m.names.push((
                    l.language().unwrap_or("").to_string(),
                    l.value().to_string(),
                    q.predicate == name,
                ));
            }
        } else if q.predicate == member || q.predicate == role || q.predicate == organization {
            let e = memberships.entry(key).or_default();
            let value = named(&q.object);
            if q.predicate == member {
                e.0 = value;
            } else if q.predicate == role {
                e.1 = value;
            } else {
                e.2 = value;
            }
        }
    }
    for (who, role, org) in memberships.into_values() {
        if let (Some(who), Some(role)) = (who, role) {
            if let (Some(m), Some(p)) = (out.get_mut(&who), post(minter, &role, org.as_deref())) {
                m.posts.push(p);
            }
        }
    }
    out.into_values().collect()
}

fn subject_iri(q: &Quad) -> Option<String> {
    match &q.subject {
        NamedOrBlankNode::NamedNode(n) => Some(n.as_str().to_string()),
        _ => None,
    }
}

fn named(t: &Term) -> Option<String> {
    match t {
        Term::NamedNode(n) => Some(n.as_str().to_string()),
        _ => None,
    }
}

/// The article of each graph, looked up once per graph however many persons it names.
pub type ArticleOfGraph = std::collections::HashMap<NamedNode, Option<String>>;

/// Reads every article mention of one person IRI from the store, using only the indexes that
/// start with the person (its own quads, the memberships naming it) and each graph's article:
/// the cost follows how often the person is named, not the size of the store. A graph whose
/// article does not `schema:mentions` the person (it is only the article's author) is no
/// mention.
pub fn mentions_in_store(
    store: &Store,
    person: NamedNodeRef<'_>,
    minter: &Minter,
    articles: &mut ArticleOfGraph,
) -> anyhow::Result<Vec<Mention>> {
    let a = iri(RDF, "type");
    let person_class = iri(SCHEMA, "Person");
    let article_class = iri(SCHEMA, "NewsArticle");
    let mentions = iri(SCHEMA, "mentions");
    let name = iri(SCHEMA, "name");
    let alt = iri(SKOS, "altLabel");
    let (member, role, organization) = (iri(ORG, "member"), iri(ORG, "role"), iri(ORG, "organization"));
    let identity = minter.identity_graph();
    let mut out = Vec::new();
    for q in store.quads_for_pattern(
        Some(person.into()),
        Some(a.as_ref()),
        Some(person_class.as_ref().into()),
        None,
    ) {
        let q = q?;
        let oxigraph::model::GraphName::NamedNode(g) = q.graph_name else {
            continue;
        };
        if g == identity || g.as_str().starts_with(&format!("{}/", identity.as_str())) {
            continue;
        }
        let article = match articles.get(&g) {
            Some(a) => a.clone(),
            None => {
                let found = store
                    .quads_for_pattern(
                        None,
                        Some(a.as_ref()),
                        Some(article_class.as_ref().into()),
                        Some(g.as_ref().into()),
                    )
                    .next()
                    .transpose()?
                    .as_ref()
                    .and_then(subject_iri);
                articles.insert(g.clone(), found.clone());
                found
            }
        };
        let Some(article) = article else { continue };
        let graph = GraphNameRef::NamedNode(g.as_ref());
        let article_node = NamedNode::new_unchecked(article.as_str());
        if !store.contains(QuadRef::new(article_node.as_ref(), mentions.as_ref(), person, graph))? {
            continue;
        }
        let mut m = Mention {
            iri: person.as_str().to_string(),
            article,
            names: Vec::new(),
            posts: Vec::new(),
        };
        // (Lookups by predicate: decoding the few quads asked for costs less than decoding all
        // of a subject's.)
        for (p, main) in [(&name, true), (&alt, false)] {
            for q in store.quads_for_pattern(Some(person.into()), Some(p.as_ref()), None, Some(graph)) {
                if let Term::Literal(l) = q?.object {
                    m.names
                        .push((l.language().unwrap_or("").to_string(), l.value().to_string(), main));
                }
            }
        }
        for q in store.quads_for_pattern(None, Some(member.as_ref()), Some(person.into()), Some(graph)) {
            let membership = q?.subject;
            let object = |p: &NamedNode| -> anyhow::Result<Option<String>> {
                Ok(store
                    .quads_for_pattern(Some(membership.as_ref()), Some(p.as_ref()), None, Some(graph))
                    .next()
                    .transpose()?
                    .and_then(|q| named(&q.object)))
            };
            if let Some(role) = object(&role)? {
                if let Some(p) = post(minter, &role, object(&organization)?.as_deref()) {
                    m.posts.push(p);
                }
            }
        }
        out.push(m);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(article: &str, name: &str, alt: &[&str], posts: &[&str]) -> Mention {
        let mut names = vec![("en".to_string(), name.to_string(), true)];
        names.extend(alt.iter().map(|a| ("en".to_string(), a.to_string(), false)));
        Mention {
            iri: "https://example.org/newsgraph/person/sergey-lavrov".into(),
            article: format!("https://example.org/newsgraph/article/{article}"),
            names,
            posts: posts
                .iter()
                .map(|r| Post {
                    role: r.to_string(),
                    scope: Some("RU".into()),
                })
                .collect(),
        }
    }

    #[test]
    fn sums_take_mentions_out_again_and_keep_as_json() {
        let (a, b, c) = (
            mention("a.txt", "Sergey Lavrov", &["Lavrov"], &["foreign-minister"]),
            mention("b.txt", "Sergey Lavrov", &[], &[]),
            mention("c.txt", "Сергей Лавров", &["Лаврову"], &["foreign-minister"]),
        );
        let mut ab = IriStats::default();
        ab.add(&a);
        ab.add(&b);
        let mut abc = ab.clone();
        abc.add(&c);
        abc.add(&c); // an article counts once
        assert_eq!(abc.articles.len(), 3);
        assert_eq!(abc.labels[&("en".to_string(), "Sergey Lavrov".to_string())], (2, 2));
        assert_eq!(abc.latin_articles, 2);
        let base = "https://example.org/newsgraph/article/";
        let back = IriStats::from_json(&abc.to_json(base), base).unwrap();
        assert_eq!(back, abc);
        let mut taken = back;
        taken.remove(&c);
        assert_eq!(taken, ab, "removing what was added gives the sums before it");
        taken.remove(&a);
        taken.remove(&b);
        assert!(taken.is_empty());
        assert_eq!(taken, IriStats::default());
    }
}
