//! Scoring against gold annotations, with the same matching rules as the project's reference
//! scorer (`score.py`): names and labels compared after Unicode folding and romanisation,
//! inflected words equal on their first five letters, a label matching when it holds every
//! word of one gold alternative and at most two more.

use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

#[derive(Debug, Clone, Deserialize)]
pub struct Gold {
    pub article: String,
    pub people: Vec<GoldPerson>,
    pub roles: Vec<GoldRole>,
    pub statements: Vec<GoldStatement>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldPerson {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldRole {
    pub person: String,
    pub role: Vec<String>,
    pub org: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldStatement {
    pub speaker: String,
    pub date: Option<String>,
    #[serde(default)]
    pub venue: Vec<String>,
    pub quote: String,
}

#[derive(Debug, Clone, Default)]
pub struct RoleRow {
    pub source: String,
    pub person: String,
    pub role: String,
    pub organization: String,
}

#[derive(Debug, Clone, Default)]
pub struct StatementRow {
    pub source: String,
    pub speaker: String,
    pub date: String,
    pub venue: String,
    pub text: String,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    pub roles_p: f64,
    pub roles_r: f64,
    pub roles_f1: f64,
    pub stmt_p: f64,
    pub stmt_r: f64,
    pub stmt_f1: f64,
    pub date_acc: f64,
    pub venue_acc: f64,
    pub complete_f1: f64,
    /// The share of predicted statements whose text holds a gold quote of their speaker: it
    /// catches wrong spans and invented statements where the gold lists every statement.
    pub stmt_p_text: f64,
}

const CYRILLIC: &[(char, &str)] = &[
    ('а', "a"),
    ('б', "b"),
    ('в', "v"),
    ('г', "g"),
    ('д', "d"),
    ('е', "e"),
    ('ё', "e"),
    ('ж', "zh"),
    ('з', "z"),
    ('и', "i"),
    ('й', "y"),
    ('к', "k"),
    ('л', "l"),
    ('м', "m"),
    ('н', "n"),
    ('о', "o"),
    ('п', "p"),
    ('р', "r"),
    ('с', "s"),
    ('т', "t"),
    ('у', "u"),
    ('ф', "f"),
    ('х', "kh"),
    ('ц', "ts"),
    ('ч', "ch"),
    ('ш', "sh"),
    ('щ', "shch"),
    ('ъ', ""),
    ('ы', "y"),
    ('ь', ""),
    ('э', "e"),
    ('ю', "yu"),
    ('я', "ya"),
    ('і', "i"),
    ('ї', "yi"),
    ('є', "ye"),
    ('ґ', "g"),
];

pub fn norm(s: &str) -> String {
    let folded: String = s.nfkc().collect::<String>().to_lowercase();
    let mut latin = String::new();
    for c in folded.chars() {
        match CYRILLIC.iter().find(|(k, _)| *k == c) {
            Some((_, v)) => latin.push_str(v),
            None => latin.push(c),
        }
    }
    let stripped: String = latin
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect();
    let spaced: String = stripped
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' || c.is_whitespace() {
                c
            } else {
                ' '
            }
        })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn toks(s: &str) -> Vec<String> {
    norm(s)
        .split(' ')
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

fn tok_eq(a: &str, b: &str) -> bool {
    let prefix = |s: &str| s.chars().take(5).collect::<String>();
    a == b || (a.chars().count() >= 5 && b.chars().count() >= 5 && prefix(a) == prefix(b))
}

pub fn label_match(pred: &str, alternatives: &[String], extra: usize) -> bool {
    let p = toks(pred);
    if p.is_empty() {
        return false;
    }
    alternatives.iter().any(|alt| {
        let a = toks(alt);
        !a.is_empty() && a.iter().all(|x| p.iter().any(|y| tok_eq(x, y))) && p.len() <= a.len() + extra
    })
}

/// A predicted name names `name` (same folded form, or every word of it and nothing more).
pub fn name_match(pred: &str, name: &str) -> bool {
    norm(pred) == norm(name) || label_match(pred, &[name.to_string()], 0)
}

fn person_match(pred: &str, person: &GoldPerson) -> bool {
    let names: Vec<String> = std::iter::once(person.name.clone())
        .chain(person.aliases.iter().cloned())
        .collect();
    let p = norm(pred);
    names.iter().any(|n| norm(n) == p) || label_match(pred, &names, 0)
}

pub fn date_match(pred: &str, gold: Option<&str>) -> bool {
    let (Some(gold), pred) = (gold, pred.trim()) else {
        return false;
    };
    if pred.is_empty() {
        return false;
    }
    let re = regex::Regex::new(r"(\d{4})?-?-?(\d{2})-(\d{2})").expect("static regex");
    let Some(c) = re.captures(pred) else { return false };
    let g: Vec<&str> = gold.split('-').collect();
    c.get(2).map(|m| m.as_str()) == g.get(1).copied()
        && c.get(3).map(|m| m.as_str()) == g.get(2).copied()
        && c.get(1).is_none_or(|y| Some(y.as_str()) == g.first().copied())
}

pub fn overlap(text: &str, quote: &str) -> f64 {
    let q = toks(quote);
    let t = toks(text);
    if q.is_empty() {
        return 0.0;
    }
    q.iter().filter(|x| t.iter().any(|y| tok_eq(x, y))).count() as f64 / q.len() as f64
}

/// The article stem a `source` value names (a file name, path or IRI ending with it).
pub fn stem_of(source: &str) -> String {
    let s = source.trim().trim_end_matches('/');
    let last = s.rsplit(['/', '#']).next().unwrap_or(s);
    let re = regex::Regex::new(r"\.(txt|html?|json)$").expect("static regex");
    re.replace(last, "").into_owned()
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Scores role and statement rows against gold annotations.
pub fn score(golds: &[Gold], roles: &[RoleRow], statements: &[StatementRow]) -> Summary {
    let (mut rp, mut rtp, mut rg, mut rgm) = (0usize, 0usize, 0usize, 0usize);
    let (mut sp, mut stp, mut sg, mut sgm, mut dg, mut dok, mut vg, mut vok, mut full) =
        (0usize, 0usize, 0usize, 0usize, 0usize, 0usize, 0usize, 0usize, 0usize);
    let mut stx = 0usize;
    for g in golds {
        let stem = g.article.trim_end_matches(".txt");
        let person = |name: &str| g.people.iter().find(|p| p.name == name);
        let mut preds: Vec<&RoleRow> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for r in roles.iter().filter(|r| stem_of(&r.source) == stem) {
            if seen.insert((norm(&r.person), norm(&r.role), norm(&r.organization))) {
                preds.push(r);
            }
        }
        let role_ok = |r: &RoleRow, gr: &GoldRole| {
            person(&gr.person).is_some_and(|p| person_match(&r.person, p))
                && label_match(&r.role, &gr.role, 2)
                && label_match(&r.organization, &gr.org, 2)
        };
        rp += preds.len();
        rtp += preds.iter().filter(|r| g.roles.iter().any(|gr| role_ok(r, gr))).count();
        rg += g.roles.len();
        rgm += g.roles.iter().filter(|gr| preds.iter().any(|r| role_ok(r, gr))).count();

        let sps: Vec<&StatementRow> = statements.iter().filter(|s| stem_of(&s.source) == stem).collect();
        let spk_ok =
            |r: &StatementRow, gs: &GoldStatement| person(&gs.speaker).is_some_and(|p| person_match(&r.speaker, p));
        let stmt_ok = |r: &StatementRow| {
            let cands: Vec<&GoldStatement> = g.statements.iter().filter(|gs| spk_ok(r, gs)).collect();
            if cands.is_empty() {
                return false;
            }
            if !r.date.trim().is_empty() {
                return cands
                    .iter()
                    .any(|gs| gs.date.is_none() || date_match(&r.date, gs.date.as_deref()));
            }
            true
        };
        sp += sps.len();
        stp += sps.iter().filter(|r| stmt_ok(r)).count();
        stx += sps
            .iter()
            .filter(|r| {
                g.statements
                    .iter()
                    .any(|gs| spk_ok(r, gs) && overlap(&r.text, &gs.quote) >= 0.6)
            })
            .count();
        sg += g.statements.len();
        for gs in &g.statements {
            let hits: Vec<&&StatementRow> = sps
                .iter()
                .filter(|r| spk_ok(r, gs) && overlap(&r.text, &gs.quote) >= 0.6)
                .collect();
            let d_ok = gs.date.is_none() || hits.iter().any(|r| date_match(&r.date, gs.date.as_deref()));
            let v_ok = gs.venue.is_empty() || hits.iter().any(|r| label_match(&r.venue, &gs.venue, 4));
            if gs.date.is_some() {
                dg += 1;
                dok += usize::from(!hits.is_empty() && d_ok);
            }
            if !gs.venue.is_empty() {
                vg += 1;
                vok += usize::from(!hits.is_empty() && v_ok);
            }
            if !hits.is_empty() {
                sgm += 1;
                full += usize::from(d_ok && v_ok);
            }
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (roles_p, roles_r) = (ratio(rtp, rp), ratio(rgm, rg));
    let (stmt_p, stmt_r) = (ratio(stp, sp), ratio(sgm, sg));
    Summary {
        roles_p,
        roles_r,
        roles_f1: f1(roles_p, roles_r),
        stmt_p,
        stmt_r,
        stmt_f1: f1(stmt_p, stmt_r),
        date_acc: ratio(dok, dg),
        venue_acc: ratio(vok, vg),
        complete_f1: f1(stmt_p, ratio(full, sg)),
        stmt_p_text: ratio(stx, sp),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_matches_the_reference_scorer() {
        assert_eq!(norm("Сергей Лавров"), "sergey lavrov");
        assert_eq!(norm("U.S. Ambassador"), "u s ambassador");
        assert!(label_match("Foreign Ministry (Russia)", &["Russia".into()], 2));
        assert!(!label_match(
            "Deputy Foreign Minister of the Russian Federation",
            &["Foreign Minister".into()],
            2
        ));
        assert!(date_match("--12-27", Some("2021-12-27")));
        assert!(!date_match("2020-12-27", Some("2021-12-27")));
        assert_eq!(stem_of("https://x.org/article/000_ab.txt"), "000_ab");
    }
}
