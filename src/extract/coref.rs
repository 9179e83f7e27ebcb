//! Who a speaker phrase refers to: a pronoun or a role noun ("he", "the minister") is the last
//! fitting person before it, a salient one (a subject, a speaker) first.

use super::attribution::SpeakerRef;
use super::context::Context;
use super::model::{OrgRef, PersonMention, Speaker};
use crate::lang::{Gender, World};

/// Persons in the order the article refers to them (position, then order of discovery), for
/// pronouns and role nouns: a pronoun is the last fitting person before it.
/// Each entry: the person, and whether the reference is salient (a speaker, or a name in the
/// subject's form rather than an object's: "…с Владимиром Путиным", "talks with X").
pub(super) type Focus = std::collections::BTreeMap<((usize, usize), usize), (usize, bool)>;

pub(super) fn resolve(cx: &Context, speaker: &SpeakerRef, at: (usize, usize), focus: &Focus) -> Option<Speaker> {
    // Walk back from `at` to the last person who fits: a salient reference in this paragraph
    // or the one before, else any.
    let recent = |ok: &dyn Fn(usize) -> bool| {
        let back = || focus.range(..=(at, usize::MAX)).rev();
        back()
            .take_while(|(((para, _), _), _)| para + 1 >= at.0)
            .find(|(_, (p, salient))| *salient && ok(*p))
            .or_else(|| back().find(|(_, (p, _))| ok(*p)))
            .map(|(_, (p, _))| *p)
    };
    match speaker {
        SpeakerRef::Person(p) => Some(Speaker::Person(*p)),
        SpeakerRef::Pronoun(g) => {
            recent(&|p| cx.persons[p].gender == *g || cx.persons[p].gender == Gender::Unknown).map(Speaker::Person)
        }
        SpeakerRef::Role { role, org, indefinite } => {
            if !indefinite {
                let holds = |p: usize| {
                    cx.roles
                        .iter()
                        .any(|f| f.person == p && role_fits(&f.role, role) && org_fits(f.org.as_ref(), org.as_ref()))
                };
                if let Some(p) = recent(&holds).or_else(|| (0..cx.persons.len()).find(|&p| holds(p))) {
                    return Some(Speaker::Person(p));
                }
            }
            org.clone().map(Speaker::Organisation)
        }
        SpeakerRef::RoleNoun(category) => {
            // "the diplomat": the last person whose role fits, else the last person with a role.
            let fits = |p: usize| {
                cx.roles.iter().any(|f| {
                    f.person == p
                        && (category == "*"
                            || World::get().roles.get(&f.role).is_some_and(|r| r.kind == *category)
                            || f.role.contains(category.as_str()))
                })
            };
            let any_role = |p: usize| cx.roles.iter().any(|f| f.person == p);
            recent(&fits).or_else(|| recent(&any_role)).map(Speaker::Person)
        }
        SpeakerRef::Organisation(o) => Some(Speaker::Organisation(o.clone())),
    }
}

/// A mention in the subject's form: where names decline, the nominative (its words are the
/// name's); never after a preposition ("met with X", "talks to X", "встретился с X").
pub(super) fn salient(cx: &Context, m: &PersonMention) -> bool {
    let para = &cx.paras[m.para];
    let before = m.start.checked_sub(1).map(|k| para.lower(k)).unwrap_or("");
    let rules = &cx.pack.rules;
    if rules.names_decline {
        let written = para.tokens[m.start..m.end]
            .iter()
            .map(|t| t.lower.as_str())
            .collect::<Vec<_>>();
        let name = cx.persons[m.person]
            .name
            .iter()
            .map(|w| w.to_lowercase())
            .collect::<Vec<_>>();
        let last = written.last().copied().unwrap_or("");
        return name.last().is_some_and(|n| n == last) && !rules.oblique_prepositions.contains(before);
    }
    !rules.oblique_prepositions.contains(before)
}

/// "the minister" fits "foreign-minister"; "the ambassador" fits "ambassador".
pub(super) fn role_fits(held: &str, referred: &str) -> bool {
    held == referred || held.ends_with(&format!("-{referred}"))
}

pub(super) fn org_fits(held: Option<&OrgRef>, referred: Option<&OrgRef>) -> bool {
    match (held, referred) {
        (_, None) => true,
        (None, Some(_)) => true,
        (Some(h), Some(r)) => h == r || h.country().is_some() && h.country() == r.country(),
    }
}
