//! Person–role–organisation facts: a title before a name ("Russian Foreign Minister Sergey
//! Lavrov") or in apposition after it ("Yury Ushakov, Russia's presidential adviser, ...").
//! A fact whose title names no organisation takes it, in this order, from a definite reference
//! to the same title elsewhere in the article ("Russia's foreign minister"), from the person's
//! other facts (their country), or from the title itself ("Secretary of State" is American).

use super::marks::{MarkKind, Para};
use super::persons::PersonMention;
use super::titles::{parse_title, title_ending_at, OrgRef, Title};
use crate::lang::{LanguagePack, World};
use crate::text::ParagraphKind;
use std::collections::HashMap;

#[derive(Debug, Clone)]
pub struct RoleFact {
    pub person: usize,
    pub role: String,
    pub complement: Option<String>,
    pub org: Option<OrgRef>,
    pub qualifiers: Vec<String>,
    pub para: usize,
    /// Token range of the evidence: title and name.
    pub start: usize,
    pub end: usize,
    pub rule: String,
    pub caption: bool,
}

/// A title that names no one ("the US ambassador to Russia", "Russia's foreign minister").
#[derive(Debug, Clone)]
pub struct RoleReference {
    pub para: usize,
    pub title: Title,
}

pub fn find_roles(paras: &[Para], pack: &LanguagePack, mentions: &[PersonMention]) -> (Vec<RoleFact>, Vec<RoleReference>) {
    let lang = pack.lang.code();
    let mut facts = Vec::new();
    let mut named_titles: Vec<(usize, usize)> = Vec::new();
    for m in mentions {
        let para = &paras[m.para];
        let caption = para.kind == ParagraphKind::Caption;
        if let Some(t) = title_ending_at(para, pack, m.start) {
            named_titles.push((m.para, t.start));
            facts.push(fact(m, &t, t.start, m.end, format!("{lang}.title-before-name"), caption));
        }
        if para.lower(m.end) == "," {
            if let Some(t) = parse_title(para, pack, m.end + 1) {
                let closes = matches!(para.lower(t.end), "," | "." | ";" | ")" | "—" | "–" | "") || t.end == para.tokens.len()
                    || para.mark_starting(t.end).is_some_and(|k| matches!(k.kind, MarkKind::Speech(_)));
                if closes && !t.indefinite {
                    named_titles.push((m.para, t.start));
                    facts.push(fact(m, &t, m.start, t.end, format!("{lang}.apposition"), caption));
                }
            }
        }
    }
    let mut references = Vec::new();
    for para in paras.iter().filter(|p| p.kind != ParagraphKind::Boilerplate) {
        let mut i = 0;
        while i < para.tokens.len() {
            match parse_title(para, pack, i) {
                Some(t) if !named_titles.contains(&(para.index, t.start)) && !mentions.iter().any(|m| m.para == para.index && m.start == t.end) => {
                    i = t.end.max(i + 1);
                    references.push(RoleReference { para: para.index, title: t });
                }
                Some(t) => i = t.end.max(i + 1),
                None => i += 1,
            }
        }
    }
    complete_organisations(&mut facts, &references);
    (dedupe(facts), references)
}

fn fact(m: &PersonMention, t: &Title, start: usize, end: usize, rule: String, caption: bool) -> RoleFact {
    RoleFact {
        person: m.person,
        role: t.role.clone(),
        complement: t.complement.clone(),
        org: t.org.clone(),
        qualifiers: t.qualifiers.clone(),
        para: m.para,
        start,
        end,
        rule,
        caption,
    }
}

fn complete_organisations(facts: &mut [RoleFact], references: &[RoleReference]) {
    let world = World::get();
    // Holders of each role in this article.
    let mut holders: HashMap<&str, Vec<usize>> = HashMap::new();
    for f in facts.iter() {
        let v = holders.entry(f.role.as_str()).or_default();
        if !v.contains(&f.person) {
            v.push(f.person);
        }
    }
    let nationality: HashMap<usize, String> = facts
        .iter()
        .filter_map(|f| Some((f.person, f.org.as_ref()?.country()?.to_string())))
        .collect();
    let same_role_org: HashMap<(usize, String), OrgRef> = facts
        .iter()
        .filter_map(|f| Some(((f.person, f.role.clone()), f.org.clone()?)))
        .collect();
    let mut additions: Vec<(usize, OrgRef, &str)> = Vec::new();
    for (k, f) in facts.iter().enumerate() {
        if f.org.is_some() {
            // A ministry whose country the title does not give: the person's country.
            if let Some(OrgRef::Organisation { key, country: None }) = &f.org {
                if let Some(c) = nationality.get(&f.person) {
                    additions.push((k, OrgRef::Organisation { key: key.clone(), country: Some(c.clone()) }, "+nationality"));
                }
            }
            continue;
        }
        if let Some(org) = same_role_org.get(&(f.person, f.role.clone())) {
            additions.push((k, org.clone(), "+same-title"));
            continue;
        }
        let sole_holder = holders.get(f.role.as_str()).is_some_and(|h| h.len() == 1);
        if let Some(r) = references.iter().find(|r| r.title.role == f.role && r.title.definite && r.title.org.is_some()).filter(|_| sole_holder) {
            additions.push((k, r.title.org.clone().expect("filtered"), "+role-reference"));
            continue;
        }
        if let Some(c) = nationality.get(&f.person) {
            additions.push((k, OrgRef::Country(c.clone()), "+nationality"));
            continue;
        }
        if let Some(c) = world.roles.get(&f.role).and_then(|r| r.country.clone()) {
            additions.push((k, OrgRef::Country(c), "+title-default"));
        }
    }
    for (k, org, how) in additions {
        facts[k].org = Some(org);
        facts[k].rule.push_str(how);
    }
}

/// One fact per person, role and organisation: the first evidence is kept.
fn dedupe(facts: Vec<RoleFact>) -> Vec<RoleFact> {
    let mut out: Vec<RoleFact> = Vec::new();
    for f in facts {
        let same = |o: &RoleFact| o.person == f.person && o.role == f.role && o.complement == f.complement && o.qualifiers == f.qualifiers;
        if out.iter().any(|o| same(o) && (o.org == f.org || f.org.is_none())) {
            continue;
        }
        // A fact with an organisation replaces the same fact without one.
        if let Some(o) = out.iter_mut().find(|o| same(o) && o.org.is_none()) {
            *o = f;
            continue;
        }
        out.push(f);
    }
    out
}
