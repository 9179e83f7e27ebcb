//! Several people under one title: "the foreign ministers of France and Germany, Catherine
//! Colonna and Annalena Baerbock", "Russian and Chinese Foreign Ministers Sergey Lavrov and
//! Wang Yi", "EU envoys A and B". Countries pair with names in order; one country serves all.

use super::marks::{MarkKind, Para};
use super::model::{OrgRef, PersonMention, RoleFact, Speaker, Statement};
use super::titles::organisation;
use crate::lang::{LangRules, LanguagePack, World};

/// Role facts for the lists of one paragraph. `mentions`: the paragraph's person mentions.
pub fn list_roles(para: &Para, pack: &LanguagePack, mentions: &[&PersonMention], caption: bool) -> Vec<RoleFact> {
    let mut facts = Vec::new();
    let rules = &pack.rules;
    let mut k = 0;
    while k < para.tokens.len() {
        // A title in the plural; or any title (where one stem covers both numbers, «членів
        // наглядової ради») that a dash or colon sets before the names, below.
        let Some((title_end, role, plural)) = para.mark_starting(k).and_then(|m| match &m.kind {
            MarkKind::Roles(key) => Some((m.end, key.clone(), true)),
            MarkKind::Role(key) => Some((m.end, key.clone(), false)),
            _ => None,
        }) else {
            k += 1;
            continue;
        };
        // ("die Minister A und B", «министры A и B»: one entry serves both numbers, the article
        // or the ending says which.)
        let plural = plural || plural_by_form(para, rules, k);
        if !plural {
            if let Some(f) = dash_list(para, pack, mentions, k, title_end, &role, caption) {
                k = f.last().map_or(title_end, |f| f.end.max(title_end));
                facts.extend(f);
            } else {
                k = title_end;
            }
            continue;
        }
        // Countries or organisations before the title: "Russian and Chinese", "the US and EU".
        let (mut orgs, mut start) = coordinated_before(para, rules, k);
        // "the former foreign ministers", "Former prime ministers": a qualifier before the
        // title (or before its countries), an article before that.
        let qualifier_at = |q: usize| rules.qualifiers.get(para.lower(q)).is_some();
        if start > 0 && qualifier_at(start - 1) {
            start -= 1;
        }
        if start > 0 && rules.definite_articles.contains(&para.lower(start - 1)) {
            start -= 1;
        }
        let qualifiers: Vec<String> = (start..k)
            .filter_map(|q| rules.qualifiers.get(para.lower(q)).cloned())
            .collect();
        let mut p = title_end;
        // ... "of France and Germany"
        if orgs.is_empty() && rules.of_links.contains(&para.lower(p)) {
            let (after, next) = coordinated_after(para, pack, p + 1);
            if !after.is_empty() {
                orgs = after;
                p = next;
            }
        }
        if para.lower(p) == "," {
            p += 1;
        }
        // "The three commissioners who retained their jobs are A, B and C": a copula of the
        // plural (after a short relative clause) before the list.
        let copula_at = |k: usize| super::context::longest_phrase_len_at(para, k, &rules.plural_copulas).map(|n| k + n);
        if let Some(after) = copula_at(p) {
            p = after;
        } else if rules.relative_pronouns.contains(para.lower(p)) {
            let clause = (p + 1..(p + 9).min(para.tokens.len()))
                .take_while(|&t| para.tokens[t].is_word() && !mentions.iter().any(|m| m.start == t))
                .find_map(copula_at);
            if let Some(after) = clause {
                p = after;
            }
        }
        let mut names = coordinated_names(para, rules, mentions, p);
        // "C'est la sortie de quatre conseillers municipaux indépendants qui a mis le feu aux
        // poudres. Jean-François Rouleau, Annie Godbout, Pierre Tardif et Hélène Dauphinais y
        // déploraient …": where no list follows the title, a number before it counts the names
        // the next sentence opens with, one word at most before them; as many names, each
        // holds the post.
        // (Their title is shown as the sentence before writes it, in the plural: the lexicon's
        // label may be a broader post's, "ministre régional" for "conseillers d'État".)
        let mut written = None;
        if names.len() < 2 {
            if let Some(counted) = counted_names(para, rules, mentions, start, k) {
                names = counted;
                written = Some(para.text[para.tokens[k].start..para.tokens[title_end - 1].end].to_string());
            }
        }
        let end = names.last().map(|m| m.end);
        let pairs_in_order = orgs.len() == names.len();
        if names.len() >= 2 && (pairs_in_order || orgs.len() <= 1) {
            for (n, m) in names.iter().enumerate() {
                let org = if pairs_in_order {
                    Some(orgs[n].clone())
                } else {
                    orgs.first().cloned()
                };
                // "EU foreign ministers" are ministers of the member states, not of the EU.
                let org = org.filter(|o| !(is_international(o) && is_national_post(&role)));
                facts.push(RoleFact {
                    person: m.person,
                    role: role.clone(),
                    complement: None,
                    org,
                    qualifiers: qualifiers.clone(),
                    written: written.clone(),
                    para: para.index,
                    start: start.min(m.start),
                    end: end.unwrap_or(m.end),
                    rule: format!("{}.title-list", pack.lang.code()),
                    caption,
                });
            }
        }
        k = title_end;
    }
    facts
}

/// The names of the sentence after a counted plural title ("quatre conseillers d'État
/// s'exprimeront. Outre Philippe Leuba, Nuria Gorrite, Rebecca Ruiz et Pascal Broulis …"): a
/// number word within two words before the title (`title_start`), and a list of exactly that
/// many names opening the next sentence of the paragraph (after one word at most).
fn counted_names<'a>(
    para: &Para,
    rules: &LangRules,
    mentions: &[&'a PersonMention],
    phrase_start: usize,
    title_start: usize,
) -> Option<Vec<&'a PersonMention>> {
    let count: usize = (phrase_start.min(title_start).saturating_sub(2)..title_start)
        .rev()
        .find_map(|t| rules.number_words.get(para.lower(t)))
        .and_then(|n| n.parse().ok())?;
    let sentence = para.sentence_of(title_start);
    let next = para.sentences.iter().find(|s| s.start >= sentence.end)?;
    let first = (next.start..(next.start + 2).min(next.end)).find(|&t| mentions.iter().any(|m| m.start == t))?;
    let names = coordinated_names(para, rules, mentions, first);
    (names.len() == count && count >= 2).then_some(names)
}

/// A title whose lexicon entry serves both numbers, in the plural by its article or its first
/// word's ending (`plural_title_signs`): "die Minister", «министры», not "die Ministerin".
fn plural_by_form(para: &Para, rules: &LangRules, k: usize) -> bool {
    let signs = &rules.plural_title_signs;
    if signs.is_empty() {
        return false;
    }
    let word = para.lower(k);
    let mut articles = signs.iter().filter_map(|s| s.strip_prefix("article:")).peekable();
    // ("die neuen österreichischen Minister": fillers and a demonym may stand between.)
    let mut a = k;
    while a > 0
        && a + 3 > k
        && (rules.title_fillers.contains(para.lower(a - 1))
            || para
                .mark_starting(a - 1)
                .is_some_and(|m| m.end == a && matches!(m.kind, MarkKind::Country(..) | MarkKind::Region(..))))
    {
        a -= 1;
    }
    let article_ok = articles.peek().is_none() || (a > 0 && articles.any(|art| art == para.lower(a - 1)));
    let mut endings = signs.iter().filter_map(|s| s.strip_prefix("ending:")).peekable();
    let ending_ok = endings.peek().is_none() || endings.any(|e| word.ends_with(e));
    let not_ending = signs
        .iter()
        .filter_map(|s| s.strip_prefix("not-ending:"))
        .any(|e| word.ends_with(e));
    article_ok && ending_ok && !not_ending
}

/// «троє незалежних членів наглядової ради «Нафтогазу» — Клер Споттісвуд, Бруно Лескуа і
/// Людо Ван дер Хейден», «заместители министра: A и B»: a title, the organisation after it
/// (a known one, or a name in quotes), then a dash or colon and a list of at least two names
/// closed by "and": each holds the post.
fn dash_list(
    para: &Para,
    pack: &LanguagePack,
    mentions: &[&PersonMention],
    start: usize,
    title_end: usize,
    role: &str,
    caption: bool,
) -> Option<Vec<RoleFact>> {
    let mut p = title_end;
    let mut org = None;
    if let Some(m) = para.mark_starting(p) {
        org = org_of(&m.kind);
        if org.is_some() {
            p = m.end;
        }
    } else if matches!(para.lower(p), "«" | "„" | "“" | "\"") {
        // A name in quotes, read as a title's is («председатель правления «Газпрома»»).
        let end = super::titles::organisation_name_end(para, pack, p);
        if end == p {
            return None;
        }
        org = Some(
            super::titles::organisation_marked(para, p + 1, end - 1)
                .unwrap_or_else(|| OrgRef::Named(super::titles::name_text(para, p, end))),
        );
        p = end;
    }
    if !matches!(para.lower(p), "—" | "–" | ":") {
        return None;
    }
    let names = coordinated_names(para, &pack.rules, mentions, p + 1);
    if names.len() < 2 {
        return None;
    }
    let end = names.last().map_or(p, |m| m.end);
    // (The label is the title as written, in whatever case and number the list puts it: the
    // lexicon's label may name another body, "член ради директорів" for "членів наглядової ради".)
    let written = para.text[para.tokens[start].start..para.tokens[title_end - 1].end].to_string();
    Some(
        names
            .iter()
            .map(|m| RoleFact {
                person: m.person,
                role: role.to_string(),
                complement: None,
                org: org.clone(),
                qualifiers: Vec::new(),
                written: Some(written.clone()),
                para: para.index,
                start,
                end,
                rule: format!("{}.title-dash-list", pack.lang.code()),
                caption,
            })
            .collect(),
    )
}

fn is_international(o: &OrgRef) -> bool {
    matches!(o, OrgRef::Organisation { key, .. }
        if World::get().organisations.get(key).is_some_and(|e| e.kind == "international"))
}

fn is_national_post(role: &str) -> bool {
    World::get().roles.get(role).is_some_and(|r| {
        matches!(
            r.kind.as_str(),
            "head_of_state" | "head_of_government" | "government" | "military"
        )
    })
}

fn org_of(kind: &MarkKind) -> Option<OrgRef> {
    match kind {
        MarkKind::Country(code, _) => Some(OrgRef::Country(code.clone())),
        MarkKind::Organisation(key) => Some(organisation(key, None)),
        _ => None,
    }
}

/// "Russian and Chinese" ending right before token `end`: the organisations in text order and
/// where the phrase starts. Nothing unless every item is a country or organisation.
fn coordinated_before(para: &Para, rules: &LangRules, end: usize) -> (Vec<OrgRef>, usize) {
    let mut orgs = Vec::new();
    let mut at = end;
    loop {
        let Some(m) = para.mark_ending(at) else { break };
        let Some(org) = org_of(&m.kind) else { break };
        orgs.push(org);
        at = m.start;
        let sep = if at > 0 { para.lower(at - 1) } else { "" };
        if sep == "," || rules.coordinators.contains(sep) {
            let before = at - 1;
            if para.mark_ending(before).and_then(|m| org_of(&m.kind)).is_some() {
                at = before;
                continue;
            }
        }
        break;
    }
    orgs.reverse();
    (orgs, at)
}

/// "France and Germany", "the US, Britain and France" from token `start`: the organisations
/// and the token after them.
fn coordinated_after(para: &Para, pack: &LanguagePack, start: usize) -> (Vec<OrgRef>, usize) {
    let mut orgs = Vec::new();
    let mut at = start;
    loop {
        if pack.rules.definite_articles.contains(&para.lower(at)) {
            at += 1;
        }
        let Some(m) = para.mark_starting(at) else { break };
        let Some(org) = org_of(&m.kind) else { break };
        orgs.push(org);
        at = m.end;
        let and = |w: &str| pack.rules.coordinators.contains(w);
        match para.lower(at) {
            w if and(w) => at += 1,
            "," if and(para.lower(at + 1)) => at += 2,
            // "of France and Germany, A and B": a comma then a name ends the list.
            "," if para.mark_starting(at + 1).and_then(|m| org_of(&m.kind)).is_some() => at += 1,
            _ => break,
        }
    }
    (orgs, at)
}

/// Person mentions coordinated from token `start`: "A and B", "A, B and C", "A, B, and C".
fn coordinated_names<'a>(
    para: &Para,
    rules: &LangRules,
    mentions: &[&'a PersonMention],
    start: usize,
) -> Vec<&'a PersonMention> {
    let mut names = Vec::new();
    let mut at = start;
    let mut closed = false;
    while let Some(m) = mentions.iter().find(|m| m.start == at) {
        names.push(*m);
        if closed {
            break;
        }
        at = m.end;
        // ("Muhammed Mudi (Solid Mineral) and Haruna Shehu (Livestock)": a bracket after a name.)
        if para.lower(at) == "(" {
            if let Some(close) = (at + 1..(at + 8).min(para.tokens.len())).find(|&t| para.lower(t) == ")") {
                at = close + 1;
            }
        }
        let and = |w: &str| rules.coordinators.contains(w);
        match para.lower(at) {
            w if and(w) => {
                at += 1;
                closed = true;
            }
            "," if and(para.lower(at + 1)) => {
                at += 2;
                closed = true;
            }
            "," => at += 1,
            _ => break,
        }
    }
    // A list ends with "and" before its last name: "A, B said" lists nobody.
    if !closed {
        names.truncate(1);
    }
    names
}

/// "Catherine Colonna and Annalena Baerbock said …", "said Lavrov and Wang": a statement whose
/// speaker is one of several coordinated names right before or after the speech verb is made
/// by each of them. Each copy keeps the evidence and notes the rule.
pub fn share_coordinated_statements(
    paras: &[Para],
    rules: &LangRules,
    mentions: &[PersonMention],
    statements: Vec<Statement>,
) -> Vec<Statement> {
    let mut out = Vec::with_capacity(statements.len());
    // Each paragraph's mentions in text order, gathered once rather than per statement.
    let mut by_para: Vec<Vec<&PersonMention>> = vec![Vec::new(); paras.len()];
    for m in mentions {
        if let Some(list) = by_para.get_mut(m.para) {
            list.push(m);
        }
    }
    for list in &mut by_para {
        list.sort_by_key(|m| m.start);
    }
    for s in statements {
        let others = match s.speaker {
            Speaker::Person(p) => co_speakers(paras, rules, &by_para, &s, p),
            Speaker::Organisation(_) => Vec::new(),
        };
        for q in others {
            let mut copy = s.clone();
            copy.speaker = Speaker::Person(q);
            copy.rule.push_str("+coordinated");
            out.push(copy);
        }
        out.push(s);
    }
    out
}

fn co_speakers(
    paras: &[Para],
    rules: &LangRules,
    by_para: &[Vec<&PersonMention>],
    s: &Statement,
    speaker: usize,
) -> Vec<usize> {
    let Some(para) =
        super::marks::para_at(paras, s.evidence.0).filter(|p| p.tokens.last().is_some_and(|t| t.end >= s.evidence.1))
    else {
        return Vec::new();
    };
    let in_para = by_para.get(para.index).map_or(&[][..], Vec::as_slice);
    let inside =
        |m: &PersonMention| para.tokens[m.start].start >= s.evidence.0 && para.tokens[m.end - 1].end <= s.evidence.1;
    let is_speech = |k: usize| {
        para.mark_starting(k)
            .is_some_and(|m| matches!(m.kind, MarkKind::Speech(_)))
    };
    // Groups of mentions joined by "and", "," or ", and".
    let mut groups: Vec<Vec<&PersonMention>> = Vec::new();
    for m in in_para.iter().filter(|m| inside(m)) {
        let joined = groups.last().and_then(|g| g.last()).is_some_and(|prev| {
            let between: Vec<&str> = (prev.end..m.start).map(|k| para.lower(k)).collect();
            match between.as_slice() {
                [","] => true,
                [w] | [",", w] => rules.coordinators.contains(*w),
                _ => false,
            }
        });
        if joined {
            groups.last_mut().expect("a group").push(m);
        } else {
            groups.push(vec![m]);
        }
    }
    // A group is a list only when "and" joins its last name: "Asked about Biden, Putin said"
    // is no list.
    let ends_with_and = |g: &[&PersonMention]| {
        let (prev, last) = (g[g.len() - 2], g[g.len() - 1]);
        (prev.end..last.start).any(|k| rules.coordinators.contains(para.lower(k)))
    };
    for g in groups
        .iter()
        .filter(|g| g.len() >= 2 && ends_with_and(g) && g.iter().any(|m| m.person == speaker))
    {
        let (first, last) = (g[0], g[g.len() - 1]);
        let mut after = last.end + usize::from(para.lower(last.end) == ",");
        // (Past adverbs and object pronouns: "X and Y also said", « X et Y y déploraient ».)
        while !is_speech(after)
            && after < para.tokens.len()
            && after < last.end + 4
            && rules.is_adverb(para.lower(after))
        {
            after += 1;
        }
        let verb_after = is_speech(after);
        let verb_before = first.start > 0
            && para
                .mark_ending(first.start)
                .is_some_and(|m| matches!(m.kind, MarkKind::Speech(_)));
        if verb_after || verb_before {
            let mut others: Vec<usize> = g.iter().map(|m| m.person).filter(|&p| p != speaker).collect();
            others.sort_unstable();
            others.dedup();
            return others;
        }
    }
    Vec::new()
}
