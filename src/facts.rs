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
    // English titles as the article writes them ("CEO", "External Affairs Minister", "defence
    // chief") where the wording is a form of the title; a byword for it ("premier", "boss",
    // "top diplomat") gives way to the title itself. Inflecting languages take the lexicon's
    // nominative form.
    let base = match (&f.written, lang) {
        (Some(w), Lang::En) if is_form_of(w, &canonical()) => w.clone(),
        // A Russian or Ukrainian title beside a name in the nominative is itself nominative:
        // "председатель Совета Федерации", "глава МИД", lower case as in running text.
        (Some(w), Lang::Ru | Lang::Uk) => lower_first(w),
        // German titles decline only in a few endings ("des Außenministers", "dem
        // Präsidenten"), which give way to the lexicon's form. (French titles keep the lexicon's
        // form: the demonym stands inside them, "ministre russe des Affaires étrangères".)
        (Some(w), Lang::De) if !german_oblique(w) => w.clone(),
        _ => canonical(),
    };
    let mut label = match &f.complement {
        Some(c) if complement_is_title(c) => format!("{base} {c}"),
        _ => base,
    };
    if let Some(q) = f.qualifiers.first() {
        label = format!("{} {label}", qualifier_label(q, lang));
    }
    label
}

/// A title as written stands as it is unless its head word (the last) is a byword for a title
/// ("premier", "boss", "top diplomat"): then the canonical title names the post ("Deputy
/// Premier" is shown as "Deputy Prime Minister"). Acronyms ("CEO") and inflected forms of the
/// canonical words ("spokesman" / "Spokesperson") always stand.
fn is_form_of(written: &str, canonical: &str) -> bool {
    let stem = |w: &str| w.to_lowercase().chars().take(5).collect::<String>();
    let acronym = written.len() >= 2 && written.chars().all(|c| c.is_ascii_uppercase());
    let words: Vec<String> = canonical.split([' ', '-']).filter(|w| w.len() >= 3).map(stem).collect();
    let head = written.split([' ', '-']).rfind(|w| w.len() >= 3);
    // Bywords stand for a title without being one; any other head is a title in its own right
    // ("Fed Chair", "Foreign Policy Chief").
    const BYWORDS: &[&str] = &[
        "premier",
        "boss",
        "diplomat",
        "supremo",
        "czar",
        "tsar",
        "strongman",
        "helmsman",
    ];
    acronym || head.is_some_and(|w| words.contains(&stem(w)) || !BYWORDS.contains(&w.to_lowercase().as_str()))
}

/// A German title in the genitive or dative ("Außenministers", "Präsidenten").
fn german_oblique(written: &str) -> bool {
    let last = written.rsplit([' ', '-']).next().unwrap_or("").to_lowercase();
    (last.ends_with('s') && !last.ends_with("ss") && !last.ends_with("us")) || last.ends_with("en")
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_lowercase().chain(chars).collect())
}

/// A qualifier's word in a language ("former" is "бывший" in Russian).
pub fn qualifier_label(q: &str, lang: Lang) -> &str {
    match (lang, q) {
        // "then-Secretary of State John Kerry" held the post then: formerly, seen from now.
        (Lang::En, "then") => "former",
        (Lang::Ru, "former") => "бывший",
        (Lang::Ru, "acting") => "исполняющий обязанности",
        (Lang::Ru, "outgoing") => "уходящий",
        (Lang::Ru, "designate") => "назначенный",
        (Lang::Uk, "former") => "колишній",
        (Lang::De, "former") => "früherer",
        (Lang::De, "acting") => "amtierender",
        (Lang::De, "outgoing") => "scheidender",
        (Lang::De, "designate") => "designierter",
        (Lang::Fr, "former") => "ancien",
        (Lang::Fr, "acting") => "par intérim",
        (Lang::Fr, "outgoing") => "sortant",
        (Lang::Fr, "designate") => "désigné",
        (Lang::Uk, "acting") => "виконуючий обов'язки",
        (Lang::Uk, "outgoing") => "що йде у відставку",
        (Lang::Uk, "designate") => "призначений",
        _ => q,
    }
}

/// A complement that is itself a title ("президента" in "пресс-секретарь президента") belongs
/// in the label; a topic ("on foreign policy issues") only in the role's own IRI and labels.
pub fn complement_is_title(complement: &str) -> bool {
    let first = complement.split(' ').next().unwrap_or("");
    !["on", "for", "по"].contains(&first)
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
/// companies, parties and media keep their own name ("Sberbank", not "Sberbank (Russia)").
pub fn organisation_label(label: &str, kind: &str, country: Option<&str>) -> String {
    let state_body = !matches!(kind, "company" | "party" | "media" | "international");
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
