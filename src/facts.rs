//! An article's facts as rows, the same rows the contract queries return from the store:
//! for the example corpora, `explain`, and anything that wants facts without a store.

use crate::document::Document;
use crate::eval::{RoleRow, StatementRow};
use crate::extract::{Extraction, OrgRef, RoleFact, Speaker};
use crate::lang::{Lang, World};

/// "former Foreign Minister", "presidential adviser on foreign policy issues".
pub fn role_label(f: &RoleFact, lang: Lang) -> String {
    let world = World::get();
    let canonical = || {
        world
            .roles
            .get(&f.role)
            .map_or_else(|| f.role.replace('-', " "), |e| e.label(lang).to_string())
    };
    // The title as the article writes it, where the language's pack lets it stand (a Russian
    // title beside a name in the nominative; not a German one in the genitive; not an English
    // byword such as "premier").
    let base = f
        .written
        .as_deref()
        .and_then(|w| (lang.rules().title_as_written)(w, &canonical()))
        .unwrap_or_else(canonical);
    let mut label = match &f.complement {
        // Unless the title as written already runs through it ("глава офиса президента",
        // "заместитель губернатора Псковской области").
        Some(c) if complement_is_title(c, lang) && !base.to_lowercase().contains(&c.to_lowercase()) => {
            format!("{base} {c}")
        }
        _ => base,
    };
    if let Some(q) = f.qualifiers.first() {
        // (Agreeing with a woman's title: "frühere Managerin", not "früherer".)
        let rules = lang.rules();
        let head = label.split(' ').next().unwrap_or("").to_lowercase();
        let feminine = rules.feminine_title_endings.iter().any(|e| head.ends_with(e));
        let word = feminine
            .then(|| rules.feminine_qualifier_labels.get(q))
            .flatten()
            .map_or_else(|| qualifier_label(q, lang), String::as_str);
        label = format!("{word} {label}");
    }
    label
}

/// A qualifier's word in a language ("former" is "бывший" in Russian).
pub fn qualifier_label(q: &str, lang: Lang) -> &str {
    lang.rules().qualifier_labels.get(q).map_or(q, String::as_str)
}

/// A complement that is itself a title ("президента" in "пресс-секретарь президента") belongs
/// in the label; a topic ("on foreign policy issues") only in the role's own IRI and labels.
pub fn complement_is_title(complement: &str, lang: Lang) -> bool {
    let first = complement.split(' ').next().unwrap_or("");
    !lang.rules().topic_prepositions.contains(first)
}

/// "Russia"; "Foreign Ministry (Russia)" for a ministry named by its template.
pub fn org_label(o: &OrgRef, lang: Lang) -> String {
    let world = World::get();
    match o {
        OrgRef::Country(c) => world
            .countries
            .get(c)
            .map_or_else(|| c.clone(), |e| e.label(lang).to_string()),
        OrgRef::Named(name) => name.clone(),
        OrgRef::Region(key) => world
            .regions
            .get(key)
            .map_or_else(|| key.clone(), |e| e.label(lang).to_string()),
        OrgRef::Organisation { key, country } => {
            let entry = world.organisations.get(key);
            let label = entry.map_or_else(|| key.clone(), |e| e.label(lang).to_string());
            let country = country.as_deref().or(entry.and_then(|e| e.country.as_deref()));
            let kind = entry.map_or("", |e| e.kind.as_str());
            organisation_label(
                &label,
                kind,
                country
                    .filter(|c| *c != "*")
                    .and_then(|c| world.countries.get(c))
                    .map(|c| c.label(lang)),
            )
        }
    }
}

/// A state body's label with its country where the name does not say it: "Foreign Ministry
/// (Russia)", "State Duma (Russia)", "Kremlin (Russia)"; a long official name stands alone, and
/// companies, parties, media, sports clubs and unions keep their own name ("Sberbank", not
/// "Sberbank (Russia)").
pub fn organisation_label(label: &str, kind: &str, country: Option<&str>) -> String {
    let state_body = !matches!(
        kind,
        "company" | "party" | "media" | "international" | "sport" | "union"
    );
    let Some(country) = country.filter(|_| state_body) else {
        return label.to_string();
    };
    let stem: String = country.to_lowercase().chars().take(5).collect();
    let names_country = label.to_lowercase().split_whitespace().any(|w| w.starts_with(&stem));
    if names_country || label.split_whitespace().count() > 3 {
        label.to_string()
    } else {
        format!("{label} ({country})")
    }
}

/// Role facts with an organisation, and statements by persons, as contract rows.
pub fn rows(doc: &Document, ex: &Extraction) -> (Vec<RoleRow>, Vec<StatementRow>) {
    let roles = ex
        .roles
        .iter()
        .filter_map(|f| {
            Some(RoleRow {
                source: doc.source.clone(),
                person: ex.persons[f.person].full_name(),
                role: role_label(f, doc.lang),
                organization: org_label(f.org.as_ref()?, doc.lang),
            })
        })
        .collect();
    let statements = ex
        .statements
        .iter()
        .filter_map(|s| {
            let Speaker::Person(p) = s.speaker else { return None };
            Some(StatementRow {
                source: doc.source.clone(),
                speaker: ex.persons[p].full_name(),
                date: s.date.map(|d| d.lexical()).unwrap_or_default(),
                venue: s.venue.as_ref().map(|v| v.label.clone()).unwrap_or_default(),
                text: doc.text[s.text.0..s.text.1].to_string(),
            })
        })
        .collect();
    (roles, statements)
}
