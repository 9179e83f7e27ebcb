//! Which person IRIs of a store name one person, decided from plain data, each decision with
//! its rule and its reason.
//!
//! Mentions with the same identity key already share an IRI (a full name in any script or
//! spelling). What is left to decide across articles, most certain first:
//! 1. `gazetteer-name`: the full name is listed in the gazetteer for a Wikidata identifier.
//! 2. `compatible-name`: same surname, the first name the same or its initial, middle names
//!    that agree ("V. Putin", "Vladimir Vladimirovich Putin" → "Vladimir Putin"), and only one
//!    such person known.
//! 3. `surname-and-post`: a surname alone, in an article that gives it a post (role and
//!    organisation) held by exactly one known person of that surname.
//! 4. `spelling-and-post`: a surname one letter off ("Blinkin"), a compatible first name or
//!    none, and the same post as exactly one known person ("Secretary of State" of the US).
//!
//! Never merged: two persons named in one article (the extractor kept them apart), two persons
//! the gazetteer knows as different people, a surname alone without a matching post, and any
//! name that fits more than one known person.

use super::gazetteer::Gazetteer;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A post a person holds in an article: a role key and, when known, the organisation's scope
/// (a country code such as "RU", or an organisation key such as "nato" or "foreign-ministry-RU").
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub struct Post {
    pub role: String,
    pub scope: Option<String>,
}

impl Post {
    /// The same post: the same role, and the same organisation or a country and one of its
    /// national bodies ("RU" and "foreign-ministry-RU"). An unknown organisation matches nothing.
    pub fn matches(&self, other: &Post) -> bool {
        if self.role != other.role {
            return false;
        }
        match (&self.scope, &other.scope) {
            (Some(a), Some(b)) => a == b || country_of(a) == Some(b.as_str()) || country_of(b) == Some(a.as_str()),
            _ => false,
        }
    }

    pub fn describe(&self) -> String {
        match &self.scope {
            Some(s) => format!("{} of {s}", self.role),
            None => self.role.clone(),
        }
    }
}

/// The country of a national body's scope: "foreign-ministry-RU" -> "RU".
fn country_of(scope: &str) -> Option<&str> {
    let (_, code) = scope.rsplit_once('-')?;
    (code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase())).then_some(code)
}

/// One name form of a person and how many articles use it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameLabel {
    pub text: String,
    pub lang: String,
    pub articles: usize,
    /// The article's main name for the person (`schema:name`), not a variant.
    pub main: bool,
}

/// One person of the store as the articles name them: a full name's identity key (all its
/// spellings' IRIs), or the IRI of a name of one word, with what the articles say of it.
#[derive(Debug, Clone, Default)]
pub struct PersonNode {
    /// The IRI standing for the node (see `mentions::nodes`).
    pub iri: String,
    /// IRIs of other spellings of the same name ("sergei-lavrov" beside "sergey-lavrov"), each
    /// with the first article (by IRI) using it.
    pub other_iris: Vec<(String, String)>,
    /// The first article (by IRI) using `iri` itself.
    pub first_article_of_iri: String,
    /// Identity key of the fullest name ("sergei-lavrov", or "lavrov" for a surname alone).
    pub key: String,
    pub labels: Vec<NameLabel>,
    pub articles: BTreeSet<String>,
    pub posts: BTreeSet<Post>,
    /// The first article (by IRI) giving each post: the evidence a decision cites.
    pub post_witness: BTreeMap<Post, String>,
}

impl PersonNode {
    fn tokens(&self) -> Vec<&str> {
        self.key.split('-').filter(|t| !t.is_empty()).collect()
    }
    /// The name most articles use, for reasons a reader can follow.
    pub fn shown_name(&self) -> &str {
        self.labels
            .iter()
            .filter(|l| l.main)
            .max_by(|a, b| a.articles.cmp(&b.articles).then_with(|| b.text.cmp(&a.text)))
            .map_or(self.key.as_str(), |l| l.text.as_str())
    }
}

/// What a person was merged with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Person(usize),
    Known(usize),
}

#[derive(Debug, Clone)]
pub struct Decision {
    pub person: usize,
    pub target: Target,
    pub rule: &'static str,
    pub reason: String,
    /// The article of the target the decision rests on (a person's first article, or the first
    /// giving the post the rule matched); the person's own articles are cited beside it. One
    /// article, not all of them, so a person named in thousands of articles does not make
    /// every decision about them thousands of quads long.
    pub witness: Option<String>,
}

/// One real person: the person IRIs that name them and the one chosen to stand for them all.
#[derive(Debug, Clone)]
pub struct Entity {
    pub canonical: usize,
    pub members: Vec<usize>,
    /// Index of the gazetteer's person, if linked.
    pub known: Option<usize>,
}

#[derive(Debug, Clone)]
pub struct Resolution {
    pub entities: Vec<Entity>,
    pub decisions: Vec<Decision>,
    /// Pairs of persons the rules compared: the work done, which tests check grows with the
    /// number of persons, not with its square.
    pub compared: usize,
}

/// Union-find over persons (0..n) and gazetteer people (n..n+k), keeping per group the
/// articles, posts, full names and gazetteer person, so that merges can be refused.
struct Groups {
    parent: Vec<usize>,
    articles: Vec<BTreeSet<String>>,
    posts: Vec<BTreeSet<Post>>,
    /// Per group, each post and the first person (by index) of the group holding it.
    holders: Vec<BTreeMap<Post, usize>>,
    /// The full names (two words or more) of the group, as identity-key tokens.
    names: Vec<Vec<Vec<String>>>,
    known: Vec<Option<usize>>,
}

/// Moves `from` into `into`, copying the smaller of the two: joining a person named once to
/// one named in thousands of articles costs one insertion, not thousands.
fn absorb<T: Ord>(into: &mut BTreeSet<T>, mut from: BTreeSet<T>) {
    if from.len() > into.len() {
        std::mem::swap(into, &mut from);
    }
    into.extend(from);
}

impl Groups {
    fn root(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Joins two groups unless they share an article (two persons of one article are two
    /// people), are two different people of the gazetteer, or hold full names that cannot be
    /// one person's (the same or a close surname with other first names: "Ann Smith" and "Joe
    /// Smith" never meet through a "Smyth" between them).
    fn join(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra == rb {
            return false;
        }
        if !self.articles[ra].is_disjoint(&self.articles[rb]) {
            return false;
        }
        if let (Some(x), Some(y)) = (self.known[ra], self.known[rb]) {
            if x != y {
                return false;
            }
        }
        // (A gazetteer person's names are one person's by definition, in any script.)
        let vouched = self.known[ra].is_some() || self.known[rb].is_some();
        let clash = !vouched
            && self.names[ra].iter().any(|x| {
                self.names[rb].iter().any(|y| {
                    let (sx, sy) = (&x[x.len() - 1], &y[y.len() - 1]);
                    (sx == sy || close_surnames(sx, sy)) && !close_given(&x[0], &y[0])
                })
            });
        if clash {
            return false;
        }
        let (keep, gone) = if ra < rb { (ra, rb) } else { (rb, ra) };
        self.parent[gone] = keep;
        let articles = std::mem::take(&mut self.articles[gone]);
        absorb(&mut self.articles[keep], articles);
        let posts = std::mem::take(&mut self.posts[gone]);
        absorb(&mut self.posts[keep], posts);
        let mut holders = std::mem::take(&mut self.holders[gone]);
        if holders.len() > self.holders[keep].len() {
            std::mem::swap(&mut holders, &mut self.holders[keep]);
        }
        for (post, m) in holders {
            let e = self.holders[keep].entry(post).or_insert(m);
            *e = (*e).min(m);
        }
        let mut names = std::mem::take(&mut self.names[gone]);
        if names.len() > self.names[keep].len() {
            std::mem::swap(&mut names, &mut self.names[keep]);
        }
        self.names[keep].extend(names);
        self.known[keep] = self.known[keep].or(self.known[gone]);
        true
    }
}

/// A full name to compare: a person of the store or a name of the gazetteer.
struct FullName<'a> {
    element: usize,
    tokens: Vec<&'a str>,
}

fn is_initial(t: &str) -> bool {
    t.chars().count() == 1
}

/// The same first name, or one is the other's initial.
fn same_given(a: &str, b: &str) -> bool {
    a == b || (is_initial(a) && b.starts_with(a)) || (is_initial(b) && a.starts_with(b))
}

/// As [`same_given`], or one letter apart in names of four letters or more (Antony/Anthony).
fn close_given(a: &str, b: &str) -> bool {
    same_given(a, b) || (a.len() >= 4 && b.len() >= 4 && strsim::levenshtein(a, b) <= 1)
}

/// Middle names agree when one side has none, or both have as many and each pair agrees.
fn middles_agree(a: &[&str], b: &[&str]) -> bool {
    a.is_empty() || b.is_empty() || (a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same_given(x, y)))
}

/// Surnames one letter apart (two in long names): a misspelling rather than another name.
pub fn close_surnames(a: &str, b: &str) -> bool {
    let allowed = misspellings_allowed(a).min(misspellings_allowed(b));
    // (Lengths further apart than allowed cannot be close: no need to compare letters.)
    a.chars().count().abs_diff(b.chars().count()) <= allowed && strsim::levenshtein(a, b) <= allowed
}

/// The surname and every spelling of it with up to `misspellings_allowed` letters deleted:
/// two surnames within the allowed distance of each other always share one (the deletion
/// neighbourhood of symmetric-delete spelling correction), so close surnames are found by
/// lookup instead of by comparing every pair.
pub fn deletion_variants(surname: &str) -> Vec<String> {
    let mut out: BTreeSet<String> = BTreeSet::from([surname.to_string()]);
    let mut frontier = vec![surname.to_string()];
    for _ in 0..misspellings_allowed(surname) {
        let mut next = Vec::new();
        for word in &frontier {
            let chars: Vec<char> = word.chars().collect();
            for skip in 0..chars.len() {
                let shorter: String = chars
                    .iter()
                    .enumerate()
                    .filter(|(k, _)| *k != skip)
                    .map(|(_, c)| c)
                    .collect();
                if out.insert(shorter.clone()) {
                    next.push(shorter);
                }
            }
        }
        frontier = next;
    }
    out.into_iter().collect()
}

/// How many letters a surname may be off and still be taken for a misspelling of another: none
/// in short names, one from five letters, two from nine (lengths in bytes of the key).
pub fn misspellings_allowed(surname: &str) -> usize {
    match surname.len() {
        n if n >= 9 => 2,
        n if n >= 5 => 1,
        _ => 0,
    }
}

/// How much a name says: a full word counts two, an initial one.
fn specificity(tokens: &[&str]) -> usize {
    tokens.iter().map(|t| if is_initial(t) { 1 } else { 2 }).sum()
}

fn compatible_full(a: &[&str], b: &[&str]) -> bool {
    a.len() >= 2
        && b.len() >= 2
        && a.last() == b.last()
        && same_given(a[0], b[0])
        && middles_agree(&a[1..a.len() - 1], &b[1..b.len() - 1])
}

pub fn resolve(nodes: &[PersonNode], gazetteer: &Gazetteer) -> Resolution {
    let n = nodes.len();
    let k = gazetteer.people.len();
    let node_tokens: Vec<Vec<&str>> = nodes.iter().map(|p| p.tokens()).collect();
    let owned = |t: &[&str]| t.iter().map(|s| s.to_string()).collect::<Vec<String>>();
    let mut groups = Groups {
        parent: (0..n + k).collect(),
        articles: nodes
            .iter()
            .map(|p| p.articles.clone())
            .chain((0..k).map(|_| BTreeSet::new()))
            .collect(),
        posts: nodes
            .iter()
            .map(|p| p.posts.clone())
            .chain(gazetteer.people.iter().map(|p| {
                p.role
                    .iter()
                    .map(|r| Post {
                        role: r.clone(),
                        scope: p.organisation.clone(),
                    })
                    .collect()
            }))
            .collect(),
        holders: nodes
            .iter()
            .enumerate()
            .map(|(i, p)| p.posts.iter().map(|post| (post.clone(), i)).collect())
            .chain((0..k).map(|_| BTreeMap::new()))
            .collect(),
        names: node_tokens
            .iter()
            .map(|t| if t.len() >= 2 { vec![owned(t)] } else { Vec::new() })
            .chain(gazetteer.people.iter().map(|p| {
                p.names
                    .iter()
                    .map(|name| {
                        crate::identity::name_key(name)
                            .split('-')
                            .map(String::from)
                            .collect::<Vec<_>>()
                    })
                    .filter(|t| t.len() >= 2)
                    .collect()
            }))
            .collect(),
        known: (0..n).map(|_| None).chain((0..k).map(Some)).collect(),
    };
    let mut decisions = Vec::new();
    let mut compared = 0usize;
    let target = |element: usize| {
        if element < n {
            Target::Person(element)
        } else {
            Target::Known(element - n)
        }
    };
    // The target's article a decision cites: its first, or the first giving a matching post.
    let first_article =
        |element: usize| -> Option<String> { nodes.get(element).and_then(|p| p.articles.iter().next().cloned()) };
    let witness_of_post = |element: usize, posts: &BTreeSet<Post>| -> Option<String> {
        let node = nodes.get(element)?;
        node.post_witness
            .iter()
            .filter(|(p, _)| posts.iter().any(|q| q.matches(p)))
            .map(|(_, article)| article)
            .min()
            .cloned()
            .or_else(|| first_article(element))
    };
    let target_name = |element: usize| -> String {
        if element < n {
            format!("“{}”", nodes[element].shown_name())
        } else {
            let p = &gazetteer.people[element - n];
            format!("{} ({})", p.names.first().map_or("", String::as_str), p.wikidata)
        }
    };
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| nodes[a].iri.cmp(&nodes[b].iri));

    // Full names to compare against: the store's and the gazetteer's.
    let mut gazetteer_keys: Vec<(&str, usize)> = gazetteer.keys().collect();
    gazetteer_keys.sort();
    let full_names: Vec<FullName> = order
        .iter()
        .map(|&i| FullName {
            element: i,
            tokens: node_tokens[i].clone(),
        })
        .chain(gazetteer_keys.iter().map(|(key, g)| FullName {
            element: n + g,
            tokens: key.split('-').collect(),
        }))
        .filter(|f| f.tokens.len() >= 2)
        .collect();
    let mut by_surname: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, f) in full_names.iter().enumerate() {
        by_surname.entry(f.tokens[f.tokens.len() - 1]).or_default().push(i);
    }
    // Persons named by a surname alone, by that surname.
    let mut alone: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for &i in &order {
        if node_tokens[i].len() == 1 {
            alone.entry(node_tokens[i][0]).or_default().push(i);
        }
    }

    // 1. Names the gazetteer lists.
    for &i in &order {
        if let Some(g) = gazetteer.by_key(&nodes[i].key).filter(|_| node_tokens[i].len() >= 2) {
            if groups.join(i, n + g) {
                decisions.push(Decision {
                    witness: None,
                    person: i,
                    target: Target::Known(g),
                    rule: "gazetteer-name",
                    reason: format!(
                        "“{}” is a name the gazetteer lists for {}",
                        nodes[i].shown_name(),
                        gazetteer.people[g].wikidata
                    ),
                });
            }
        }
    }

    // 2. Compatible full names: only towards names that say as much or more, and only when one
    //    person fits ("George Bush" beside "George W. Bush" and "George H. W. Bush" stays apart).
    for &i in &order {
        let tokens = &node_tokens[i];
        if tokens.len() < 2 {
            continue;
        }
        let own = groups.root(i);
        let mut fits: BTreeMap<usize, usize> = BTreeMap::new();
        for &f in by_surname.get(tokens[tokens.len() - 1]).into_iter().flatten() {
            compared += 1;
            let other = &full_names[f];
            if other.element == i
                || specificity(&other.tokens) < specificity(tokens)
                || !compatible_full(tokens, &other.tokens)
            {
                continue;
            }
            let r = groups.root(other.element);
            if r != own {
                fits.entry(r).or_insert(other.element);
            }
        }
        if fits.len() == 1 {
            let (_, element) = fits.into_iter().next().expect("one fit");
            if groups.join(i, element) {
                decisions.push(Decision {
                    witness: first_article(element),
                    person: i,
                    target: target(element),
                    rule: "compatible-name",
                    reason: format!(
                        "“{}” and {}: the same surname and a compatible first name, and no other person fits",
                        nodes[i].shown_name(),
                        target_name(element)
                    ),
                });
            }
        }
    }

    // 3. A surname alone, with a post in its article that one known person of that surname
    //    holds. Other mentions of the surname alone with the same post are that one candidate
    //    too, so more evidence never splits what less evidence joined.
    for &i in &order {
        let tokens = &node_tokens[i];
        if tokens.len() != 1 || nodes[i].posts.is_empty() {
            continue;
        }
        let surname = tokens[0];
        let own = groups.root(i);
        let holds_post = |groups: &mut Groups, element: usize| {
            let r = groups.root(element);
            let held = groups.posts[r]
                .iter()
                .any(|p| nodes[i].posts.iter().any(|q| q.matches(p)));
            (r, held)
        };
        let mut fits: BTreeMap<usize, usize> = BTreeMap::new();
        for &f in by_surname.get(surname).into_iter().flatten() {
            compared += 1;
            let (r, held) = holds_post(&mut groups, full_names[f].element);
            if held && r != own {
                fits.entry(r).or_insert(full_names[f].element);
            }
        }
        let post = nodes[i].posts.iter().next().map(Post::describe).unwrap_or_default();
        if fits.is_empty() {
            // No full name: every other mention of the surname alone in the same post.
            for &j in alone.get(surname).into_iter().flatten() {
                compared += 1;
                if j == i {
                    continue;
                }
                let (r, held) = holds_post(&mut groups, j);
                if held && r != groups.root(i) && groups.join(i, j) {
                    decisions.push(Decision {
                        witness: witness_of_post(j, &nodes[i].posts),
                        person: i,
                        target: Target::Person(j),
                        rule: "surname-and-post",
                        reason: format!(
                            "“{}” in two articles, both times by surname alone as {post}",
                            nodes[i].shown_name()
                        ),
                    });
                }
            }
            continue;
        }
        if fits.len() == 1 {
            let (root, element) = fits.into_iter().next().expect("one fit");
            // Cite the member that holds the post, not just any member of the group: the first
            // (by index) of the group's holders of a post matching one of this person's.
            let holder = groups.holders[root]
                .iter()
                .filter(|(p, _)| nodes[i].posts.iter().any(|q| q.matches(p)))
                .map(|(_, &m)| m)
                .min()
                .unwrap_or(element);
            if groups.join(i, element) {
                decisions.push(Decision {
                    witness: witness_of_post(holder, &nodes[i].posts),
                    person: i,
                    target: target(holder),
                    rule: "surname-and-post",
                    reason: format!(
                        "“{}”, named by surname alone as {post}, and {}: the only person of that surname known to hold that post",
                        nodes[i].shown_name(),
                        target_name(element)
                    ),
                });
            }
        }
    }

    // 4. Misspelt names: close surname, compatible first name or none, and the same post. The
    //    candidates of every person are found before any merge of this step, and a merge needs
    //    the fit to be unique from both sides.
    let mut by_role: BTreeMap<&str, Vec<(usize, &Post)>> = BTreeMap::new();
    for &i in &order {
        for p in &nodes[i].posts {
            by_role.entry(p.role.as_str()).or_default().push((i, p));
        }
    }
    // Who could be a misspelling of whom is looked up, not searched: each holder of a role is
    // filed under the role and every spelling of its surname with its allowed letters deleted
    // (two surnames within the allowed distance share one), so a person meets only the holders
    // of its roles with a surname close to its own, whatever the number of holders.
    let mut holders_by_spelling: HashMap<(&str, String), Vec<usize>> = HashMap::new();
    for (role, holders) in &by_role {
        for (position, (j, _)) in holders.iter().enumerate() {
            let surname = node_tokens[*j][node_tokens[*j].len() - 1];
            for v in deletion_variants(surname) {
                holders_by_spelling.entry((*role, v)).or_default().push(position);
            }
        }
    }
    let gazetteer_tokens: Vec<Vec<String>> = gazetteer_keys
        .iter()
        .map(|(key, _)| key.split('-').map(String::from).collect())
        .collect();
    let mut gazetteer_by_spelling: HashMap<(&str, String), Vec<usize>> = HashMap::new();
    for (position, (t, (_, g))) in gazetteer_tokens.iter().zip(&gazetteer_keys).enumerate() {
        if let (Some(role), Some(surname)) = (&gazetteer.people[*g].role, t.last()) {
            for v in deletion_variants(surname) {
                gazetteer_by_spelling
                    .entry((role.as_str(), v))
                    .or_default()
                    .push(position);
            }
        }
    }
    let close = |a: &[&str], b: &[&str]| -> bool {
        let (sa, sb) = (a[a.len() - 1], b[b.len() - 1]);
        if sa.len().abs_diff(sb.len()) > 2 || !close_surnames(sa, sb) {
            return false;
        }
        match (a.len(), b.len()) {
            (1, 1) => false, // two surnames alone: step 3's business
            (1, _) | (_, 1) => sa != sb,
            _ => {
                (sa != sb || a[0] != b[0])
                    && close_given(a[0], b[0])
                    && middles_agree(&a[1..a.len() - 1], &b[1..b.len() - 1])
            }
        }
    };
    // Positions filed under the spellings of `surname`, in their original order.
    let positions = |index: &HashMap<(&str, String), Vec<usize>>, role: &str, surname: &str| -> Vec<usize> {
        let mut found: Vec<usize> = deletion_variants(surname)
            .into_iter()
            .filter_map(|v| index.get(&(role, v)))
            .flatten()
            .copied()
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    };
    let mut candidates: Vec<BTreeMap<usize, (usize, String)>> = vec![BTreeMap::new(); n];
    for &i in &order {
        let own = groups.root(i);
        let surname = node_tokens[i][node_tokens[i].len() - 1];
        for post in &nodes[i].posts {
            let holders = by_role.get(post.role.as_str()).map_or(&[][..], Vec::as_slice);
            for position in positions(&holders_by_spelling, &post.role, surname) {
                let (j, p) = holders[position];
                compared += 1;
                if j != i && post.matches(p) && close(&node_tokens[i], &node_tokens[j]) {
                    let r = groups.root(j);
                    if r != own {
                        candidates[i].entry(r).or_insert((j, post.describe()));
                    }
                }
            }
            for position in positions(&gazetteer_by_spelling, &post.role, surname) {
                let (t, (_, g)) = (&gazetteer_tokens[position], &gazetteer_keys[position]);
                compared += 1;
                let known = &gazetteer.people[*g];
                let Some(role) = &known.role else { continue };
                let p = Post {
                    role: role.clone(),
                    scope: known.organisation.clone(),
                };
                let other: Vec<&str> = t.iter().map(String::as_str).collect();
                if post.matches(&p) && close(&node_tokens[i], &other) {
                    let r = groups.root(n + g);
                    if r != own {
                        candidates[i].entry(r).or_insert((n + g, post.describe()));
                    }
                }
            }
        }
    }
    for &i in &order {
        if candidates[i].len() != 1 {
            continue;
        }
        let (_, (element, post)) = candidates[i].iter().next().map(|(r, v)| (*r, v.clone())).expect("one");
        // From the other side: the person found must not fit anyone else either.
        let own_before = i;
        let mutual = element >= n
            || candidates[element].len() <= 1
                && candidates[element]
                    .values()
                    .all(|(j, _)| groups.root(*j) == groups.root(own_before));
        if mutual && groups.join(i, element) {
            decisions.push(Decision {
                witness: witness_of_post(element, &nodes[i].posts),
                person: i,
                target: target(element),
                rule: "spelling-and-post",
                reason: format!(
                    "“{}” and {}: names a letter or two apart, both {post}, and no other person fits",
                    nodes[i].shown_name(),
                    target_name(element)
                ),
            });
        }
    }

    // Entities: one per group with at least one person; the person standing for it is the most
    // complete name (no initials), then the one most articles use (ties: the shorter key, then
    // the first IRI).
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &i in &order {
        let r = groups.root(i);
        members.entry(r).or_default().push(i);
    }
    let entities = members
        .into_iter()
        .map(|(root, members)| {
            let rank = |m: usize| {
                let t = &node_tokens[m];
                (t.len() >= 2, !t.iter().any(|w| is_initial(w)), nodes[m].articles.len())
            };
            let canonical = *members
                .iter()
                .min_by(|&&a, &&b| {
                    rank(b)
                        .cmp(&rank(a))
                        .then(nodes[a].key.len().cmp(&nodes[b].key.len()))
                        .then(nodes[a].iri.cmp(&nodes[b].iri))
                })
                .expect("a group has members");
            Entity {
                canonical,
                members,
                known: groups.known[root],
            }
        })
        .collect();
    Resolution {
        entities,
        decisions,
        compared,
    }
}

/// A label and its language tag: (language, text).
pub type LangLabel = (String, String);

/// The preferred label in each language: the main name most articles use, full names before a
/// surname alone (ties: the shorter, then alphabetical). Every other form is an alternative.
pub fn labels(entity: &Entity, nodes: &[PersonNode]) -> (Vec<LangLabel>, Vec<LangLabel>) {
    let mut forms: BTreeMap<(String, String), (bool, usize, bool)> = BTreeMap::new();
    for &m in &entity.members {
        for l in &nodes[m].labels {
            let e = forms
                .entry((l.lang.clone(), l.text.clone()))
                .or_insert((false, 0, false));
            e.0 |= l.main;
            e.1 += l.articles;
            e.2 |= l.text.split_whitespace().count() >= 2
                && !l
                    .text
                    .split_whitespace()
                    .any(|w| w.trim_end_matches('.').chars().count() == 1);
        }
    }
    let mut preferred: BTreeMap<String, (String, (bool, bool, usize))> = BTreeMap::new();
    for ((lang, text), (main, articles, full)) in &forms {
        let score = (*full, *main, *articles);
        let better = match preferred.get(lang) {
            None => true,
            Some((t, s)) => score > *s || (score == *s && (text.chars().count(), text) < (t.chars().count(), t)),
        };
        if better {
            preferred.insert(lang.clone(), (text.clone(), score));
        }
    }
    let pref: Vec<(String, String)> = preferred.into_iter().map(|(l, (t, _))| (l, t)).collect();
    let alt = forms
        .into_keys()
        .filter(|(l, t)| !pref.iter().any(|(pl, pt)| pl == l && pt == t))
        .collect();
    (pref, alt)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(iri: &str, name: &str, article: &str, posts: &[(&str, &str)]) -> PersonNode {
        PersonNode {
            iri: iri.to_string(),
            key: crate::identity::name_key(name),
            labels: vec![NameLabel {
                text: name.to_string(),
                lang: "en".into(),
                articles: 1,
                main: true,
            }],
            articles: [article.to_string()].into(),
            post_witness: posts
                .iter()
                .map(|(r, s)| {
                    (
                        Post {
                            role: r.to_string(),
                            scope: Some(s.to_string()),
                        },
                        article.to_string(),
                    )
                })
                .collect(),
            posts: posts
                .iter()
                .map(|(r, s)| Post {
                    role: r.to_string(),
                    scope: Some(s.to_string()),
                })
                .collect(),
            ..PersonNode::default()
        }
    }

    fn entity_of(r: &Resolution, i: usize) -> usize {
        r.entities.iter().position(|e| e.members.contains(&i)).unwrap()
    }

    fn gazetteer(rows: &str) -> Gazetteer {
        let mut g = Gazetteer::default();
        g.add_rows(rows, "test").unwrap();
        g
    }

    #[test]
    fn a_surname_alone_joins_the_person_holding_its_post() {
        let nodes = vec![
            node("p/a", "Vladimir Putin", "A", &[("president", "RU")]),
            node("p/b", "Putin", "B", &[("president", "RU")]),
            node("p/c", "Putin", "C", &[]),
        ];
        let r = resolve(&nodes, &Gazetteer::default());
        assert_eq!(entity_of(&r, 0), entity_of(&r, 1));
        assert_ne!(entity_of(&r, 0), entity_of(&r, 2), "no post: no merge");
        assert_eq!(r.decisions[0].rule, "surname-and-post");
        assert_eq!(r.entities[entity_of(&r, 0)].canonical, 0);
    }

    #[test]
    fn a_surname_alone_stays_apart_when_two_people_could_hold_it() {
        let nodes = vec![
            node("p/a", "Joe Smith", "A", &[("minister", "GB")]),
            node("p/b", "Ann Smith", "B", &[("minister", "GB")]),
            node("p/c", "Smith", "C", &[("minister", "GB")]),
        ];
        let r = resolve(&nodes, &Gazetteer::default());
        assert_eq!(r.entities.len(), 3);
    }

    #[test]
    fn a_misspelling_merges_only_with_the_same_post_and_says_why() {
        let nodes = vec![
            node("p/a", "Antony Blinken", "A", &[("secretary-of-state", "US")]),
            node("p/b", "Blinkin", "B", &[("secretary-of-state", "US")]),
            node("p/c", "Blinkin", "C", &[("ambassador", "US")]),
        ];
        let r = resolve(&nodes, &Gazetteer::default());
        assert_eq!(entity_of(&r, 0), entity_of(&r, 1));
        assert_ne!(entity_of(&r, 0), entity_of(&r, 2));
        let d = &r.decisions[0];
        assert_eq!(d.rule, "spelling-and-post");
        assert!(
            d.reason.contains("Blinkin") && d.reason.contains("secretary-of-state of US"),
            "{}",
            d.reason
        );
    }

    #[test]
    fn different_first_names_or_one_article_never_merge() {
        let nodes = vec![
            node("p/a", "Joe Biden", "A", &[("president", "US")]),
            node("p/b", "Hunter Biden", "A", &[]),
            node("p/c", "Jill Biden", "B", &[]),
            node("p/d", "Biden", "A", &[("president", "US")]),
        ];
        let r = resolve(&nodes, &Gazetteer::default());
        assert_eq!(r.entities.len(), 4, "{:?}", r.decisions);
    }

    #[test]
    fn initials_and_middle_names_join_only_one_fitting_person() {
        let nodes = vec![
            node("p/a", "George W. Bush", "A", &[]),
            node("p/b", "George H. W. Bush", "B", &[]),
            node("p/c", "George Bush", "C", &[]),
            node("p/d", "Vladimir Putin", "D", &[]),
            node("p/e", "V. Putin", "E", &[]),
            node("p/f", "Vladimir Vladimirovich Putin", "F", &[]),
        ];
        let r = resolve(&nodes, &Gazetteer::default());
        let e = |i| entity_of(&r, i);
        assert!(e(0) != e(1) && e(1) != e(2) && e(0) != e(2), "{:?}", r.decisions);
        assert!(e(3) == e(4) && e(4) == e(5), "{:?}", r.decisions);
    }

    #[test]
    fn the_gazetteer_links_names_and_keeps_its_people_apart() {
        let g = gazetteer("Q1\tJohn Smith\tpresident\tUS\nQ2\tJane Smith\tprime-minister\tGB\n");
        let nodes = vec![
            node("p/a", "John Smith", "A", &[]),
            node("p/b", "Smith", "B", &[("prime-minister", "GB")]),
            node("p/c", "J. Smith", "C", &[]),
        ];
        let r = resolve(&nodes, &g);
        assert_eq!(r.entities[entity_of(&r, 0)].known, Some(0));
        assert_eq!(r.entities[entity_of(&r, 1)].known, Some(1));
        assert_ne!(entity_of(&r, 0), entity_of(&r, 1));
        // "J." fits both John and Jane: stays alone.
        assert_eq!(r.entities[entity_of(&r, 2)].members, vec![2]);
    }

    #[test]
    fn a_misspelt_surname_never_chains_two_people_together() {
        let nodes = vec![
            node("p/a", "Joe Smith", "A", &[("minister", "GB")]),
            node("p/b", "Smyth", "B", &[("minister", "GB")]),
            node("p/c", "Ann Smith", "C", &[("minister", "GB")]),
        ];
        let r = resolve(&nodes, &Gazetteer::default());
        assert_ne!(entity_of(&r, 0), entity_of(&r, 2), "{:?}", r.decisions);
        // "Smyth" fits both: it joins neither.
        assert_eq!(r.entities[entity_of(&r, 1)].members, vec![1], "{:?}", r.decisions);
    }

    #[test]
    fn more_mentions_of_a_surname_in_one_post_never_split_it() {
        for count in [2, 3, 4] {
            let nodes: Vec<PersonNode> = (0..count)
                .map(|k| {
                    node(
                        &format!("p/{k}"),
                        "Strøm",
                        &format!("A{k}"),
                        &[("finance-minister", "NO")],
                    )
                })
                .collect();
            let r = resolve(&nodes, &Gazetteer::default());
            assert_eq!(r.entities.len(), 1, "{count} mentions: {:?}", r.decisions);
        }
    }

    #[test]
    fn the_person_standing_for_an_entity_has_the_fullest_name() {
        let nodes = vec![
            node("p/a", "V. Putin", "A", &[]),
            node("p/b", "Vladimir Putin", "B", &[]),
        ];
        let r = resolve(&nodes, &Gazetteer::default());
        assert_eq!(r.entities.len(), 1);
        assert_eq!(r.entities[0].canonical, 1);
        let (pref, _) = labels(&r.entities[0], &nodes);
        assert_eq!(pref, vec![("en".to_string(), "Vladimir Putin".to_string())]);
    }

    #[test]
    fn one_preferred_label_per_language() {
        let mut a = node("p/a", "Sergey Lavrov", "A", &[]);
        a.labels.push(NameLabel {
            text: "Сергей Лавров".into(),
            lang: "ru".into(),
            articles: 2,
            main: true,
        });
        a.labels.push(NameLabel {
            text: "Sergei Lavrov".into(),
            lang: "en".into(),
            articles: 3,
            main: true,
        });
        let b = node("p/b", "Lavrov", "B", &[]);
        let e = Entity {
            canonical: 0,
            members: vec![0, 1],
            known: None,
        };
        let (pref, alt) = labels(&e, &[a, b]);
        assert_eq!(
            pref,
            vec![
                ("en".into(), "Sergei Lavrov".into()),
                ("ru".into(), "Сергей Лавров".into())
            ]
        );
        assert_eq!(alt.len(), 2);
    }

    /// Persons of `n` distinct surnames, all holding one post, a fifth named by surname alone
    /// in an article of their own.
    fn many(n: usize) -> Vec<PersonNode> {
        let mut rng = crate::bench::rng::Rng::new(n as u64);
        let (consonants, vowels): (Vec<char>, Vec<char>) =
            ("bcdfghklmnprstvz".chars().collect(), "aeiou".chars().collect());
        let mut surnames = std::collections::BTreeSet::new();
        while surnames.len() < n {
            let s: String = (0..8)
                .map(|k| *rng.pick(if k % 2 == 1 { &vowels } else { &consonants }))
                .collect();
            surnames.insert(s);
        }
        surnames
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let name = if i % 5 == 0 { s.clone() } else { format!("Anna {s}") };
                node(&format!("p/{i:06}"), &name, &format!("A{i}"), &[("minister", "GB")])
            })
            .collect()
    }

    #[test]
    fn the_rules_compare_in_proportion_to_the_persons_not_their_square() {
        let small = resolve(&many(500), &Gazetteer::default()).compared;
        let large = resolve(&many(4000), &Gazetteer::default()).compared;
        // Eight times the persons, all holding the same post: at most nine times the work.
        assert!(
            large <= 9 * small.max(1),
            "{small} comparisons for 500, {large} for 4000"
        );
    }

    #[test]
    fn resolving_block_by_block_decides_what_resolving_all_at_once_does() {
        let g = gazetteer("Q1\tJohn Smith\tpresident\tUS\n");
        let mut nodes = many(300);
        nodes.extend([
            node("q/a", "Antony Blinken", "B1", &[("secretary-of-state", "US")]),
            node("q/b", "Blinkin", "B2", &[("secretary-of-state", "US")]),
            node("q/c", "Smith", "B3", &[("president", "US")]),
            node("q/d", "John Smyth", "B4", &[("president", "US")]),
        ]);
        nodes.sort_by(|a, b| a.iri.cmp(&b.iri));
        let described = |nodes: &[PersonNode], r: &Resolution| -> std::collections::BTreeSet<String> {
            let mut out: std::collections::BTreeSet<String> = r
                .decisions
                .iter()
                .map(|d| {
                    format!(
                        "{} {} {:?} {:?}",
                        d.rule,
                        nodes[d.person].iri,
                        d.witness,
                        match d.target {
                            Target::Person(t) => nodes[t].iri.clone(),
                            Target::Known(k) => format!("known {k}"),
                        }
                    )
                })
                .collect();
            out.extend(r.entities.iter().map(|e| {
                let members: Vec<&str> = e.members.iter().map(|&m| nodes[m].iri.as_str()).collect();
                format!("{} {:?} {members:?}", nodes[e.canonical].iri, e.known)
            }));
            out
        };
        let whole = described(&nodes, &resolve(&nodes, &g));
        let mut by_block = std::collections::BTreeSet::new();
        let surnames = super::super::blocks::GazetteerSurnames::new(&g);
        let blocks = super::super::blocks::partition(&nodes, &surnames);
        assert!(blocks.len() > 100, "{} blocks", blocks.len());
        for block in blocks {
            let part: Vec<PersonNode> = block.persons.iter().map(|&i| nodes[i].clone()).collect();
            // Against only the gazetteer people of the block (the one gazetteer person is the
            // first of every subset it is in, so "known 0" reads the same).
            let known = g.subset(&block.known);
            by_block.extend(described(&part, &resolve(&part, &known)));
        }
        assert_eq!(whole, by_block);
        for rule in ["spelling-and-post", "surname-and-post", "gazetteer-name"] {
            assert!(whole.iter().any(|d| d.starts_with(rule)), "no {rule} decision");
        }
    }
}
