//! The identity graph's quads for a resolution, handed one by one to a sink (a transaction or
//! the bulk loader), so a whole store's identity graph never sits in memory at once.

use super::cluster::{self, PersonNode, Resolution, Target};
use super::gazetteer::Gazetteer;
use crate::rdf::mint::{encode, Minter};
use crate::rdf::vocab::{NG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, WIKIDATA};
use oxigraph::model::{GraphName, Literal, NamedNode, Quad, Term};
use std::collections::BTreeSet;

/// The quad saying what the identity graph is, so queries find it whatever the base IRI.
pub fn graph_type(minter: &Minter) -> Quad {
    let itself = minter.identity_graph();
    Quad::new(
        itself.clone(),
        NamedNode::new_unchecked(format!("{RDF}type")),
        NamedNode::new_unchecked(format!("{NG}IdentityGraph")),
        GraphName::NamedNode(itself),
    )
}

/// Writes the identity graph's quads for `resolution` of `nodes` into `out`: per person one
/// `skos:prefLabel` per language and the other names as `skos:altLabel`, `owl:sameAs` to
/// Wikidata, `owl:sameAs` from every other IRI of the person to the one standing for them, and
/// an `ng:IdentityDecision` per merge.
pub fn identity_quads(
    nodes: &[PersonNode],
    resolution: &Resolution,
    gazetteer: &Gazetteer,
    minter: &Minter,
    out: &mut dyn FnMut(Quad),
) {
    let graph = GraphName::NamedNode(minter.identity_graph());
    let mut add = |s: &NamedNode, p: String, o: Term| {
        out(Quad::new(s.clone(), NamedNode::new_unchecked(p), o, graph.clone()));
    };
    let named = |iri: &str| Term::NamedNode(NamedNode::new_unchecked(iri));
    let text = |t: &str, lang: &str| {
        Term::Literal(Literal::new_language_tagged_literal(t, lang).unwrap_or_else(|_| Literal::new_simple_literal(t)))
    };
    let local = |iri: &str| encode(iri.strip_prefix(minter.base()).unwrap_or(iri));
    let decision = |add: &mut dyn FnMut(&NamedNode, String, Term),
                    rule: &str,
                    person: &str,
                    target: &str,
                    target_iri: &str,
                    reason: &str,
                    articles: BTreeSet<&str>| {
        // One decision per pair: a person may be joined to several others by one rule.
        let node = NamedNode::new_unchecked(format!("{}identity/{rule}/{}/{target}", minter.base(), local(person)));
        add(&node, format!("{RDF}type"), named(&format!("{NG}IdentityDecision")));
        add(
            &node,
            format!("{NG}rule"),
            Term::Literal(Literal::new_simple_literal(rule)),
        );
        add(&node, format!("{RDFS}comment"), text(reason, "en"));
        add(&node, format!("{NG}samePerson"), named(person));
        add(&node, format!("{NG}samePerson"), named(target_iri));
        for a in articles {
            add(&node, format!("{PROV}wasDerivedFrom"), named(a));
        }
    };
    for entity in &resolution.entities {
        let canonical = NamedNode::new_unchecked(&nodes[entity.canonical].iri);
        add(&canonical, format!("{RDF}type"), named(&format!("{SCHEMA}Person")));
        let (pref, alt) = cluster::labels(entity, nodes);
        for (lang, label) in &pref {
            add(&canonical, format!("{SKOS}prefLabel"), text(label, lang));
        }
        for (lang, label) in &alt {
            add(&canonical, format!("{SKOS}altLabel"), text(label, lang));
        }
        // Every name and every word of a name, as written, in lower case and capitalised, so
        // `said-by.rq` finds a person by one lookup whatever name or word of it the user gives.
        for word in name_words(pref.iter().chain(&alt).map(|(_, label)| label.as_str())) {
            add(
                &canonical,
                format!("{NG}nameWord"),
                Term::Literal(Literal::new_simple_literal(word)),
            );
        }
        if let Some(k) = entity.known {
            let wikidata = &gazetteer.people[k].wikidata;
            add(
                &canonical,
                format!("{OWL}sameAs"),
                named(&format!("{WIKIDATA}{wikidata}")),
            );
        }
        for &m in &entity.members {
            let node = &nodes[m];
            if m != entity.canonical {
                let member = NamedNode::new_unchecked(&node.iri);
                add(&member, format!("{OWL}sameAs"), Term::NamedNode(canonical.clone()));
            }
            // Other spellings of the same name: the same person by their identity key.
            for (other, first) in &node.other_iris {
                add(
                    &NamedNode::new_unchecked(other),
                    format!("{OWL}sameAs"),
                    Term::NamedNode(canonical.clone()),
                );
                let shown = |iri: &str| {
                    node.labels
                        .iter()
                        .filter(|l| l.main && crate::identity::name_slug(&l.text) == slug_of(iri))
                        .map(|l| l.text.as_str())
                        .next()
                        .unwrap_or(iri)
                        .to_string()
                };
                let reason = format!(
                    "“{}” and “{}”: one name in two spellings or scripts (the same identity key)",
                    shown(other),
                    shown(&node.iri)
                );
                decision(
                    &mut add,
                    "same-name",
                    other,
                    &local(&node.iri),
                    &node.iri,
                    &reason,
                    [first.as_str(), node.first_article_of_iri.as_str()]
                        .into_iter()
                        .collect(),
                );
            }
        }
    }
    for d in &resolution.decisions {
        let person = &nodes[d.person];
        let (target, target_iri) = match &d.target {
            Target::Person(t) => (local(&nodes[*t].iri), nodes[*t].iri.clone()),
            Target::Known(k) => {
                let wikidata = &gazetteer.people[*k].wikidata;
                (wikidata.clone(), format!("{WIKIDATA}{wikidata}"))
            }
        };
        let mut articles: BTreeSet<&str> = person.articles.iter().map(String::as_str).collect();
        articles.extend(d.witness.as_deref());
        decision(&mut add, d.rule, &person.iri, &target, &target_iri, &d.reason, articles);
    }
}

/// The names whole and word by word ("Jean-Yves Le Drian": "Jean-Yves Le Drian", "Jean-Yves",
/// "Jean", "Yves", "Le", "Drian"), each as written, in lower case and capitalised: the forms
/// people type, so that finding a person by a name is one exact lookup.
pub fn name_words<'a>(names: impl Iterator<Item = &'a str>) -> BTreeSet<String> {
    let mut words = BTreeSet::new();
    let mut forms = |w: &str| {
        let lower = w.to_lowercase();
        let mut chars = lower.chars();
        let capitalised: String = chars
            .next()
            .map(|f| f.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        words.insert(w.to_string());
        words.insert(capitalised);
        words.insert(lower);
    };
    for name in names {
        let whole = name.split_whitespace().collect::<Vec<_>>().join(" ");
        forms(&whole);
        for word in whole.split(' ') {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            if word.is_empty() {
                continue;
            }
            forms(word);
            if word.contains('-') {
                for part in word.split('-').filter(|p| !p.is_empty()) {
                    forms(part);
                }
            }
        }
    }
    words
}

/// The name part of a person IRI (`person/sergey-lavrov` -> `sergey-lavrov`).
fn slug_of(iri: &str) -> String {
    let last = iri.rsplit('/').next().unwrap_or(iri);
    percent_encoding::percent_decode_str(last)
        .decode_utf8_lossy()
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_found_whole_or_by_any_word_as_people_type_it() {
        let words = name_words(["Jean-Yves Le Drian", "Сергей Лавров", "V. Putin"].into_iter());
        for w in [
            "Jean-Yves Le Drian",
            "jean-yves le drian",
            "Jean-yves le drian",
            "Jean-Yves",
            "jean",
            "Yves",
            "drian",
            "Drian",
            "Сергей Лавров",
            "лавров",
            "Лавров",
            "V",
            "putin",
            "Putin",
            "V. Putin",
        ] {
            assert!(words.contains(w), "{w}: {words:?}");
        }
    }
}
