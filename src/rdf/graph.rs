//! One article's named graph: the article, its persons, role facts and statements, each fact
//! with its evidence span (NIF) and the rule that produced it.

use super::mint::Minter;
use super::vocab::*;
use crate::document::Document;
use crate::extract::{Extraction, OrgRef, Speaker, Venue, VenueKind};
use crate::identity::{name_key, name_slug};
use crate::lang::{Lang, World};
use crate::outlets::Outlets;
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};

/// The version written on every article, so a store tells which extractor made its facts.
pub const EXTRACTOR_VERSION: &str = concat!("newsgraph ", env!("CARGO_PKG_VERSION"));

struct Writer<'a> {
    graph: GraphName,
    quads: Vec<Quad>,
    minter: &'a Minter,
    doc: &'a Document,
}

fn iri(ns: &str, local: &str) -> NamedNode {
    // (Joined by hand, not with `format!`: this runs for every quad, and the formatting
    // machinery cost a tenth of writing an article's graph.)
    let mut s = String::with_capacity(ns.len() + local.len());
    s.push_str(ns);
    s.push_str(local);
    NamedNode::new_unchecked(s)
}

impl Writer<'_> {
    fn add(&mut self, s: &NamedNode, p: NamedNode, o: impl Into<Term>) {
        self.quads
            .push(Quad::new(NamedOrBlankNode::from(s.clone()), p, o, self.graph.clone()));
    }
    fn a(&mut self, s: &NamedNode, ns: &str, class: &str) {
        self.add(s, iri(RDF, "type"), iri(ns, class));
    }
    fn text(&mut self, s: &NamedNode, p: NamedNode, value: &str, lang: Lang) {
        // The codes of `Lang` are well-formed lower-case BCP 47 tags: no need to parse them
        // for every label (a measurable part of writing an article's graph).
        let lit = Literal::new_language_tagged_literal_unchecked(value, lang.code());
        self.add(s, p, lit);
    }
    fn plain(&mut self, s: &NamedNode, p: NamedNode, value: &str) {
        self.add(s, p, Literal::new_simple_literal(value));
    }
    fn typed(&mut self, s: &NamedNode, p: NamedNode, value: &str, datatype: &str) {
        self.add(s, p, Literal::new_typed_literal(value, iri(XSD, datatype)));
    }

    /// A NIF span over bytes `a..b` of the text, linked from `fact` by ng:evidence.
    fn evidence(&mut self, fact: &NamedNode, (a, b): (usize, usize), rule: &str, caption: bool) {
        let (begin, end) = (self.doc.char_offset(a), self.doc.char_offset(b));
        let span = self.minter.span(&self.doc.source, begin, end);
        self.a(&span, NIF, "String");
        self.a(&span, NIF, "RFC5147String");
        self.typed(&span, iri(NIF, "beginIndex"), &begin.to_string(), "nonNegativeInteger");
        self.typed(&span, iri(NIF, "endIndex"), &end.to_string(), "nonNegativeInteger");
        let anchor = self.doc.text[a..b].to_string();
        self.plain(&span, iri(NIF, "anchorOf"), &anchor);
        let context = self.minter.article(&self.doc.source);
        self.add(&span, iri(NIF, "referenceContext"), context);
        if caption {
            self.typed(&span, iri(NG, "isCaption"), "true", "boolean");
        }
        self.add(fact, iri(NG, "evidence"), span);
        self.plain(fact, iri(NG, "rule"), rule);
        let article = self.minter.article(&self.doc.source);
        self.add(fact, iri(PROV, "wasDerivedFrom"), article);
    }

    /// Labels from reference data, in every language it has.
    fn labels(&mut self, node: &NamedNode, labels: &[(Lang, String)], wikidata: Option<&str>) {
        for (lang, label) in labels {
            self.text(node, iri(RDFS, "label"), label, *lang);
            self.text(node, iri(SKOS, "prefLabel"), label, *lang);
        }
        if let Some(q) = wikidata {
            self.add(node, iri(OWL, "sameAs"), iri(WIKIDATA, q));
        }
    }

    /// The label of `node` written in this graph in the article's language, else in English,
    /// else without a language.
    fn name_here(&self, node: &NamedNode) -> Option<String> {
        let label = iri(RDFS, "label");
        let subject = NamedOrBlankNode::from(node.clone());
        let labels: Vec<&Literal> = self
            .quads
            .iter()
            .filter(|q| q.subject == subject && q.predicate == label)
            .filter_map(|q| match &q.object {
                Term::Literal(l) => Some(l),
                _ => None,
            })
            .collect();
        [Some(self.doc.lang.code()), Some("en"), None]
            .iter()
            .find_map(|want| labels.iter().find(|l| l.language() == *want))
            .map(|l| l.value().to_string())
    }

    fn country(&mut self, code: &str) -> NamedNode {
        let node = self.minter.country(code);
        self.a(&node, SCHEMA, "Country");
        self.a(&node, ORG, "Organization");
        match World::get().countries.get(code) {
            Some(e) => self.labels(&node, &e.labels, e.wikidata.as_deref()),
            None => self.plain(&node, iri(RDFS, "label"), code),
        }
        node
    }

    /// A statement's venue: a known outlet under its one IRI with its labels in every language
    /// (`crate::outlets`), anything else (an event, a place, an unknown outlet) under an IRI of
    /// its words, labelled as the article writes it.
    fn venue(&mut self, v: &Venue) -> NamedNode {
        if let Some(outlet) = Outlets::get().lookup(&v.label, &v.kind, self.doc.lang) {
            let node = self.minter.outlet(&outlet.key);
            self.a(&node, NG, "Venue");
            let class = if outlet.is_platform() {
                "WebSite"
            } else {
                "NewsMediaOrganization"
            };
            self.a(&node, SCHEMA, class);
            self.labels(&node, &outlet.labels, outlet.wikidata.as_deref());
            return node;
        }
        let node = self.minter.venue(&v.label);
        self.a(&node, NG, "Venue");
        let class = match v.kind {
            VenueKind::Outlet => "NewsMediaOrganization",
            VenueKind::Event => "Event",
            VenueKind::Place => "Place",
            VenueKind::Medium => "WebSite",
            VenueKind::Audience => "Audience",
        };
        self.a(&node, SCHEMA, class);
        self.text(&node, iri(RDFS, "label"), &v.label, self.doc.lang);
        node
    }

    fn organisation(&mut self, org: &OrgRef) -> NamedNode {
        match org {
            OrgRef::Country(code) => self.country(code),
            OrgRef::Region(key) => {
                let node = self.minter.region(key);
                self.a(&node, ORG, "Organization");
                self.a(&node, SCHEMA, "AdministrativeArea");
                match World::get().regions.get(key).cloned() {
                    Some(e) => {
                        self.labels(&node, &e.labels, e.wikidata.as_deref());
                        if let Some(c) = e.country.as_deref() {
                            let country = self.country(c);
                            self.add(&node, iri(SCHEMA, "containedInPlace"), country);
                        }
                    }
                    None => self.plain(&node, iri(RDFS, "label"), key),
                }
                node
            }
            OrgRef::Named(name) => {
                let node = self.minter.organisation(&format!("named-{}", name_key(name)), None);
                self.a(&node, ORG, "Organization");
                self.text(&node, iri(RDFS, "label"), name, self.doc.lang);
                self.text(&node, iri(SKOS, "prefLabel"), name, self.doc.lang);
                node
            }
            OrgRef::Organisation { key, country } => {
                let node = self.minter.organisation(key, country.as_deref());
                self.a(&node, ORG, "Organization");
                let unknown;
                let entry = match World::get().organisations.get(key) {
                    Some(e) => e,
                    None => {
                        unknown = Default::default();
                        &unknown
                    }
                };
                let fixed_country = entry.country.as_deref().filter(|c| *c != "*");
                let country_entry = country
                    .as_deref()
                    .or(fixed_country)
                    .and_then(|c| World::get().countries.get(c));
                for (lang, label) in &entry.labels {
                    // The country in the label where the name does not say it.
                    let full =
                        crate::facts::organisation_label(label, &entry.kind, country_entry.map(|c| c.label(*lang)));
                    self.text(&node, iri(RDFS, "label"), &full, *lang);
                    self.text(&node, iri(SKOS, "prefLabel"), &full, *lang);
                }
                if entry.labels.is_empty() {
                    self.plain(&node, iri(RDFS, "label"), key);
                }
                if let Some(q) = &entry.wikidata {
                    self.add(&node, iri(OWL, "sameAs"), iri(WIKIDATA, q));
                }
                self.plain(&node, iri(NG, "organizationKind"), &entry.kind);
                if let Some(c) = country {
                    let c = self.country(c);
                    self.add(&node, iri(ORG, "subOrganizationOf"), c);
                }
                node
            }
        }
    }
}

/// All quads of one article, in its own named graph.
pub fn article_quads(doc: &Document, ex: &Extraction, minter: &Minter) -> Vec<Quad> {
    let graph = GraphName::NamedNode(minter.graph(&doc.source));
    let mut w = Writer {
        graph,
        quads: Vec::new(),
        minter,
        doc,
    };
    let lang = doc.lang;
    let article = minter.article(&doc.source);
    w.a(&article, SCHEMA, "NewsArticle");
    w.plain(&article, iri(DCTERMS, "identifier"), &doc.source);
    w.plain(&article, iri(SCHEMA, "inLanguage"), lang.code());
    w.plain(&article, iri(NG, "extractorVersion"), EXTRACTOR_VERSION);
    if let Some(d) = doc.published {
        let datatype = if d.year.is_some() { "date" } else { "gMonthDay" };
        w.typed(&article, iri(SCHEMA, "datePublished"), &d.lexical(), datatype);
    }
    if let Some(h) = &doc.headline {
        w.plain(&article, iri(SCHEMA, "headline"), h);
    }
    // The article is its own NIF context: its text, the largest literal of the graph, is
    // stored once, and every span's offsets count into it.
    let context = article.clone();
    w.a(&context, NIF, "Context");
    w.plain(&context, iri(NIF, "isString"), &doc.text);
    w.typed(&context, iri(NIF, "beginIndex"), "0", "nonNegativeInteger");
    w.typed(
        &context,
        iri(NIF, "endIndex"),
        &doc.char_len().to_string(),
        "nonNegativeInteger",
    );

    let person_nodes: Vec<NamedNode> = ex
        .persons
        .iter()
        .map(|p| {
            // Readable IRIs from the name as written; a single word stays the article's own.
            let slug = name_slug(&p.full_name());
            if slug.contains('-') {
                minter.person(&slug)
            } else {
                minter.person_of_article(&doc.source, &slug)
            }
        })
        .collect();
    for (p, node) in ex.persons.iter().zip(&person_nodes) {
        w.a(node, SCHEMA, "Person");
        w.text(node, iri(SCHEMA, "name"), &p.full_name(), lang);
        w.text(node, iri(RDFS, "label"), &p.full_name(), lang);
        for form in p.forms.iter().filter(|f| **f != p.full_name()) {
            w.text(node, iri(SKOS, "altLabel"), form, lang);
        }
        w.add(&article, iri(SCHEMA, "mentions"), node.clone());
    }
    authorship(&mut w, &article, ex, &person_nodes);
    for m in &ex.mentions {
        let span = ex.byte_span(m.para, m.start, m.end);
        let (b, e) = (doc.char_offset(span.0), doc.char_offset(span.1));
        let node = minter.span(&doc.source, b, e);
        w.a(&node, NIF, "String");
        w.a(&node, NIF, "RFC5147String");
        w.typed(&node, iri(NIF, "beginIndex"), &b.to_string(), "nonNegativeInteger");
        w.typed(&node, iri(NIF, "endIndex"), &e.to_string(), "nonNegativeInteger");
        w.plain(&node, iri(NIF, "anchorOf"), &doc.text[span.0..span.1]);
        w.add(&node, iri(NIF, "referenceContext"), context.clone());
        w.add(&node, iri(ITSRDF, "taIdentRef"), person_nodes[m.person].clone());
        w.plain(&node, iri(NG, "rule"), m.evidence.rule());
    }

    for f in &ex.roles {
        let person = &person_nodes[f.person];
        let unknown;
        let entry = match World::get().roles.get(&f.role) {
            Some(e) => e,
            None => {
                unknown = Default::default();
                &unknown
            }
        };
        let role_key = match &f.complement {
            Some(c) => format!("{}--{}", f.role, name_key(c)),
            None => f.role.clone(),
        };
        let role = minter.role(&role_key);
        w.a(&role, ORG, "Role");
        w.a(&role, SKOS, "Concept");
        for (l, label) in &entry.labels {
            let label = match &f.complement {
                Some(c) if *l == lang && crate::facts::complement_is_title(c, lang) => format!("{label} {c}"),
                _ => label.clone(),
            };
            w.text(&role, iri(SKOS, "prefLabel"), &label, *l);
            w.text(&role, iri(RDFS, "label"), &label, *l);
        }
        if entry.labels.is_empty() {
            w.text(&role, iri(SKOS, "prefLabel"), &f.role.replace('-', " "), lang);
        }
        if !entry.kind.is_empty() {
            w.plain(&role, iri(NG, "roleCategory"), &entry.kind);
        }
        let org_key = match &f.org {
            Some(OrgRef::Country(c)) => c.clone(),
            Some(OrgRef::Organisation { key, country }) => format!("{key}-{}", country.as_deref().unwrap_or("")),
            Some(OrgRef::Named(name)) => format!("named-{}", name_key(name)),
            Some(OrgRef::Region(key)) => format!("region-{key}"),
            None => "-".to_string(),
        };
        let qualified_key = if f.qualifiers.is_empty() {
            role_key.clone()
        } else {
            format!("{}~{role_key}", f.qualifiers.join("~"))
        };
        let membership = minter.membership(
            &doc.source,
            &name_slug(&ex.persons[f.person].full_name()),
            &qualified_key,
            &org_key,
        );
        w.a(&membership, ORG, "Membership");
        // The title as one label, qualifier included ("former Prime Minister", "бывший министр").
        w.text(
            &membership,
            iri(RDFS, "label"),
            &crate::facts::role_label(f, lang),
            lang,
        );
        w.add(&membership, iri(ORG, "member"), person.clone());
        w.add(&membership, iri(ORG, "role"), role);
        if let Some(org) = &f.org {
            let o = w.organisation(org);
            // The organisation's name as this article's language writes it, beside the fact:
            // what `person-roles.rq` shows, found without reading every label of every article.
            if let Some(name) = w.name_here(&o) {
                w.plain(&membership, iri(NG, "organizationName"), &name);
            }
            w.add(&membership, iri(ORG, "organization"), o);
        }
        for q in &f.qualifiers {
            w.plain(&membership, iri(NG, "qualifier"), q);
        }
        w.evidence(&membership, ex.byte_span(f.para, f.start, f.end), &f.rule, f.caption);
    }

    let mut minted: std::collections::HashSet<(usize, usize)> = std::collections::HashSet::new();
    for s in &ex.statements {
        let (b, e) = (doc.char_offset(s.text.0), doc.char_offset(s.text.1));
        let node = if minted.insert((b, e)) {
            minter.statement(&doc.source, b, e)
        } else {
            let speaker = match &s.speaker {
                Speaker::Person(p) => name_slug(&ex.persons[*p].full_name()),
                Speaker::Organisation(_) => "organisation".to_string(),
            };
            minter.statement_of(&doc.source, b, e, &speaker)
        };
        w.a(&node, NG, "Statement");
        w.a(
            &node,
            NG,
            if s.direct {
                "DirectQuotation"
            } else {
                "ReportedStatement"
            },
        );
        let speaker = match &s.speaker {
            Speaker::Person(p) => person_nodes[*p].clone(),
            Speaker::Organisation(o) => w.organisation(o),
        };
        w.add(&node, iri(SCHEMA, "creator"), speaker);
        w.plain(&node, iri(SCHEMA, "text"), &doc.text[s.text.0..s.text.1]);
        w.plain(&node, iri(NG, "speakerMention"), &s.speaker_words);
        if let Some(d) = s.date {
            let datatype = if d.year.is_some() { "date" } else { "gMonthDay" };
            w.typed(&node, iri(SCHEMA, "dateCreated"), &d.lexical(), datatype);
        }
        if let Some(v) = &s.venue {
            let venue = w.venue(v);
            w.add(&node, iri(NG, "venue"), venue);
            w.plain(&node, iri(NG, "venueMention"), &v.label);
        }
        w.evidence(&node, s.evidence, &s.rule, s.caption);
    }
    dedupe(w.quads)
}

/// The article's authors (`schema:author`, each a `schema:Person` with `schema:name`) and
/// publisher (`schema:publisher`, a `schema:Organization`), as the page or a byline names
/// them. An author is not a person of the story: the article does not `schema:mentions` them,
/// unless the story names them too, and then the author is that person.
fn authorship(w: &mut Writer, article: &NamedNode, ex: &Extraction, person_nodes: &[NamedNode]) {
    let doc = w.doc;
    for name in &doc.authors {
        let key = name_key(name);
        let in_story = ex.persons.iter().position(|p| name_key(&p.full_name()) == key);
        let node = match in_story {
            // The story's person already has their name as the story gives it.
            Some(i) => person_nodes[i].clone(),
            None => {
                // A readable IRI from the name as written, as the story's persons have.
                let node = w.minter.person(&name_slug(name));
                w.a(&node, SCHEMA, "Person");
                w.text(&node, iri(SCHEMA, "name"), name, doc.lang);
                node
            }
        };
        w.add(article, iri(SCHEMA, "author"), node);
    }
    if let Some(publisher) = &doc.publisher {
        let node = w.minter.organisation(&format!("named-{}", name_key(publisher)), None);
        w.a(&node, SCHEMA, "Organization");
        w.plain(&node, iri(SCHEMA, "name"), publisher);
        w.add(article, iri(SCHEMA, "publisher"), node);
    }
}

/// Reference data (a country's labels) is written once per use; a graph holds it once.
/// (Fx hashing: the quads are the program's own output, and this runs for every article.)
fn dedupe(quads: Vec<Quad>) -> Vec<Quad> {
    let mut seen = rustc_hash::FxHashSet::with_capacity_and_hasher(quads.len(), Default::default());
    let keep: Vec<bool> = quads.iter().map(|q| seen.insert(q)).collect();
    drop(seen);
    quads
        .into_iter()
        .zip(keep)
        .filter_map(|(q, k)| k.then_some(q))
        .collect()
}
