//! Who a speaker phrase refers to: a pronoun or a role noun ("he", "the minister") is the last
//! fitting person before it, a salient one (a subject, a speaker) first.

use super::attribution::SpeakerRef;
use super::context::Context;
use super::marks::{MarkKind, Para};
use super::model::{OrgRef, PersonMention, Speaker};
use crate::lang::{Gender, World};

/// Persons in the order the article refers to them (position, then order of discovery), for
/// pronouns and role nouns: a pronoun is the last fitting person before it.
/// Each entry: the person, and whether the reference is salient (a speaker, or a name in the
/// subject's form rather than an object's: "…с Владимиром Путиным", "talks with X").
pub(super) type Focus = std::collections::BTreeMap<((usize, usize), usize), (usize, bool)>;

/// The article's focus before any statement is found: every mention. A name is salient in the
/// subject's form (see `salient`); where names do not decline, only as the first reference of
/// its sentence ("He refused to comment on reports that Trillanes was trying to prevent
/// President Donald Trump …": neither name is the sentence's subject).
pub(super) fn initial_focus(cx: &Context) -> Focus {
    let rules = &cx.pack.rules;
    let mut by_para: Vec<Vec<usize>> = vec![Vec::new(); cx.paras.len()];
    for (n, m) in cx.mentions.iter().enumerate() {
        if let Some(list) = by_para.get_mut(m.para) {
            list.push(n);
        }
    }
    let mut focus = Focus::new();
    for para in cx.paras.iter() {
        let mentions = &by_para[para.index];
        let mut next = 0;
        for sentence in &para.sentences {
            let mut first_in_sentence = sentence_pronoun(cx, para, sentence).is_none();
            while next < mentions.len() && cx.mentions[mentions[next]].start < sentence.end {
                let n = mentions[next];
                let m = &cx.mentions[n];
                let subject = rules.names_decline || first_in_sentence;
                focus.insert(((m.para, m.start), n), (m.person, salient(cx, m) && subject));
                first_in_sentence = false;
                next += 1;
            }
        }
        for &n in &mentions[next..] {
            let m = &cx.mentions[n];
            focus.insert(((m.para, m.start), n), (m.person, salient(cx, m)));
        }
    }
    focus
}

/// The gender of the subject pronoun a sentence opens with ("He refused to comment …").
fn sentence_pronoun(cx: &Context, para: &Para, sentence: &std::ops::Range<usize>) -> Option<Gender> {
    let rules = &cx.pack.rules;
    let first_word = (sentence.start..sentence.end).find(|&t| para.tokens[t].is_word())?;
    let w = para.lower(first_word);
    if rules.male_pronouns.contains(&w) {
        Some(Gender::Male)
    } else if rules.female_pronouns.contains(&w) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// Each sentence of `para` that opens with a subject pronoun refers to the person it stands
/// for, as the focus has it when the paragraph is reached (its speakers included): that
/// reference goes into the focus, so a chain of pronouns over several sentences holds.
pub(super) fn resolve_sentence_pronouns(cx: &Context, para: &Para, focus: &mut Focus, seq: &mut usize) {
    for sentence in &para.sentences {
        let Some(g) = sentence_pronoun(cx, para, sentence) else {
            continue;
        };
        let at = (para.index, sentence.start);
        if let Some(Speaker::Person(p)) = resolve(cx, &SpeakerRef::Pronoun(g), at, focus) {
            *seq += 1;
            focus.insert((at, *seq), (p, true));
        }
    }
}

pub(super) fn resolve(cx: &Context, speaker: &SpeakerRef, at: (usize, usize), focus: &Focus) -> Option<Speaker> {
    // Walk back from `at` to the last person who fits: a salient reference in this paragraph
    // or the one before, else any.
    let recent = |ok: &dyn Fn(usize) -> bool| {
        let back = || focus.range(..=(at, usize::MAX)).rev();
        // (Then the last salient one anywhere before, then any: in "… a warm welcome by
        // President Akufo-Addo. … he tweeted" he is the visitor, the last subject spoken of.)
        back()
            .take_while(|(((para, _), _), _)| para + 1 >= at.0)
            .find(|(_, (p, salient))| *salient && ok(*p))
            .or_else(|| back().find(|(_, (p, salient))| *salient && ok(*p)))
            .or_else(|| back().find(|(_, (p, _))| ok(*p)))
            .map(|(_, (p, _))| *p)
    };
    match speaker {
        SpeakerRef::Person(p) => Some(Speaker::Person(*p)),
        SpeakerRef::Pronoun(g) => {
            recent(&|p| cx.persons[p].gender == *g || cx.persons[p].gender == Gender::Unknown).map(Speaker::Person)
        }
        SpeakerRef::Role {
            role,
            org,
            indefinite,
            former,
        } => {
            if !indefinite {
                // (A former holder is not "the prime minister": "ancien Premier ministre"; the
                // former one is "l'ex-députée".)
                let holds = |p: usize| {
                    cx.roles.iter().any(|f| {
                        f.person == p
                            && role_fits(&f.role, role)
                            && org_fits(f.org.as_ref(), org.as_ref())
                            && f.qualifiers.iter().any(|q| q == "former") == *former
                    })
                };
                if let Some(p) = recent(&holds).or_else(|| (0..cx.persons.len()).find(|&p| holds(p))) {
                    return Some(Speaker::Person(p));
                }
                // "Keller-Sutter wird gefragt, … Die Bundesrätin antwortet, …": no one is known to
                // hold the post, so it describes the person just spoken of, if the text gives
                // them no post at all (one with another post is not this one).
                if org.as_ref().is_none_or(|o| o.country().is_some()) {
                    let postless = |p: usize| !cx.roles.iter().any(|f| f.person == p);
                    let last = focus
                        .range(..=(at, usize::MAX))
                        .rev()
                        .take_while(|(((para, _), _), _)| para + 1 >= at.0)
                        .find(|(_, (_, salient))| *salient)
                        .map(|(_, (p, _))| *p);
                    if let Some(p) = last.filter(|&p| postless(p)) {
                        return Some(Speaker::Person(p));
                    }
                }
            }
            // (A former holder no longer speaks for the body.)
            // (Nor does a definite post no one is known to hold, unless it speaks for the body
            // by its nature: "added the Labour MP" is a person the text does not name, not the
            // party.)
            let speaks_for_body = role.contains("spokesperson") || role.contains("press-secretary");
            if !indefinite && !speaks_for_body {
                return None;
            }
            org.clone().filter(|_| !former).map(Speaker::Organisation)
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
            // Else the last person with any post, for nouns that cross categories ("the
            // diplomat" of a deputy foreign minister, "the official"), not for those that name
            // one ("the minister" is not the governor spoken of last).
            let any_role = |p: usize| cx.roles.iter().any(|f| f.person == p);
            let names_category = World::get().roles.values().any(|r| r.kind == *category)
                && !matches!(category.as_str(), "diplomacy" | "other");
            recent(&fits)
                .or_else(|| (!names_category).then(|| recent(&any_role)).flatten())
                .map(Speaker::Person)
        }
        SpeakerRef::Described => recent(&|_| true).map(Speaker::Person),
        // The last named, whatever the salience: "A et B …, explique cette dernière" is B.
        SpeakerRef::Latter(g) => focus
            .range(..=(at, usize::MAX))
            .rev()
            .find(|(_, (p, _))| *g == Gender::Unknown || cx.persons[*p].gender == *g)
            .map(|(_, (p, _))| Speaker::Person(*p)),
        SpeakerRef::Organisation(o) => Some(Speaker::Organisation(o.clone())),
    }
}

/// A mention in the subject's form: where names decline, the nominative (its words are the
/// name's); never after a preposition ("met with X", "talks to X", "встретился с X").
pub(super) fn salient(cx: &Context, m: &PersonMention) -> bool {
    let para = &cx.paras[m.para];
    // The word before the name, or before the title in front of it ("a warm welcome by
    // President Nana Akufo-Addo").
    let mut start = m.start;
    if let Some(title) = para.mark_ending(start).filter(|k| matches!(k.kind, MarkKind::Role(_))) {
        start = title.start;
        // ("by Ghanaian President …", "with US Secretary of State …": its place before it.)
        while let Some(mark) = para.mark_ending(start).filter(|k| {
            matches!(
                k.kind,
                MarkKind::Country(..) | MarkKind::Organisation(_) | MarkKind::Region(..)
            )
        }) {
            start = mark.start;
        }
    }
    let before = start.checked_sub(1).map(|k| para.lower(k)).unwrap_or("");
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
    // "глава держави", "the head of government": a title that is its category's own name
    // ("head-of-state" of "head_of_state") fits every post of the category (a president).
    let roles = &World::get().roles;
    let category_title = roles
        .get(referred)
        .is_some_and(|r| r.kind.replace('_', "-") == referred)
        .then(|| referred.replace('-', "_"));
    // ("Белорусский лидер", "the Belarusian leader": a country's leader is its head of state
    // or of government.)
    let national_leader = referred == "leader"
        && roles
            .get(held)
            .is_some_and(|r| matches!(r.kind.as_str(), "head_of_state" | "head_of_government"));
    held == referred
        || held.ends_with(&format!("-{referred}"))
        || national_leader
        || category_title.is_some_and(|c| roles.get(held).is_some_and(|r| r.kind == c))
}

pub(super) fn org_fits(held: Option<&OrgRef>, referred: Option<&OrgRef>) -> bool {
    match (held, referred) {
        (_, None) => true,
        (None, Some(_)) => true,
        (Some(h), Some(r)) => {
            h == r || h.country().is_some() && h.country() == r.country() || one_name_holds_the_other(h, r)
        }
    }
}

/// "la Ville de Bruxelles" and Bruxelles: a body no lexicon knows whose name holds a known
/// place's or organisation's name (in any language), or the other way round.
fn one_name_holds_the_other(a: &OrgRef, b: &OrgRef) -> bool {
    let names = |o: &OrgRef| -> Vec<String> {
        let world = World::get();
        let entry = match o {
            OrgRef::Named(n) => return vec![n.to_lowercase()],
            OrgRef::Country(c) => world.countries.get(c),
            OrgRef::Region(k) => world.regions.get(k),
            OrgRef::Organisation { key, .. } => world.organisations.get(key),
        };
        entry.map_or_else(Vec::new, |e| e.labels.iter().map(|(_, l)| l.to_lowercase()).collect())
    };
    let (a, b) = (names(a), names(b));
    let holds = |outer: &str, inner: &str| {
        inner.chars().count() >= 4
            && outer.match_indices(inner).any(|(i, _)| {
                outer[..i].chars().last().is_none_or(|c| !c.is_alphanumeric())
                    && outer[i + inner.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric())
            })
    };
    a.iter().any(|x| b.iter().any(|y| holds(x, y) || holds(y, x)))
}
