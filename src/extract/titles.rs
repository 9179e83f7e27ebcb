//! Title phrases: "Russian Deputy Foreign Minister", "US Ambassador to Russia",
//! "Russia's top Defense chief", "министр иностранных дел России", "the former chief executive
//! of Airbus". A title names a role, and often the organisation or country it is held in.

use super::marks::{MarkKind, Para};
use super::model::OrgRef;
use crate::lang::{CountryForm, LangRules, LanguagePack, World};

#[derive(Debug, Clone)]
pub struct Title {
    /// Token range of the whole phrase, article included.
    pub start: usize,
    pub end: usize,
    pub role: String,
    /// Words after the title that narrow it ("on foreign policy issues").
    pub complement: Option<String>,
    pub org: Option<OrgRef>,
    pub qualifiers: Vec<String>,
    /// The words of the role itself as the text writes them ("Deputy Foreign Minister", "CEO"),
    /// without article, qualifier, country or organisation.
    pub written: String,
    /// "the ambassador", "Russia's foreign minister": refers to someone already known.
    pub definite: bool,
    /// "a spokesperson": someone unnamed.
    pub indefinite: bool,
    /// A second title joined to this one and sharing its organisation ("Managing Director/CEO
    /// of NGX Group", "chairman and chief executive of Orvex"): its role.
    /// (key, words as written).
    /// A second title joined to it ("chairman and CEO"): its role, as written, and its own
    /// qualifier ("co-founder and former CEO").
    pub also: Option<(String, String, Option<String>)>,
}

/// A title that names no one ("the US ambassador to Russia", "Russia's foreign minister").
#[derive(Debug, Clone)]
pub struct RoleReference {
    pub para: usize,
    pub title: Title,
}

/// Organisation reference for an organisation mark: templates like "Foreign Ministry" take
/// their country from the text, when it gives one.
pub fn organisation(key: &str, country: Option<&str>) -> OrgRef {
    let fixed = World::get()
        .organisations
        .get(key)
        .and_then(|e| e.country.clone())
        .filter(|c| c != "*");
    OrgRef::Organisation {
        key: key.to_string(),
        country: fixed.or(country.map(str::to_string)),
    }
}

/// Parses a title phrase starting at token `start`.
pub fn parse_title(para: &Para, pack: &LanguagePack, start: usize) -> Option<Title> {
    let rules = &pack.rules;
    let mut i = start;
    let mut definite = false;
    let mut indefinite = false;
    // (A lexicon phrase may hold its elided article: "l'ambassadeur" is one title.)
    let article_in_title = rules.definite_articles.contains(&para.lower(i))
        && para
            .mark_starting(i)
            .is_some_and(|m| matches!(m.kind, MarkKind::Role(_)) && m.end > i + 1);
    if rules.definite_articles.contains(&para.lower(i)) {
        definite = true;
        if !article_in_title {
            i += 1;
        }
    } else if rules.possessives.contains(para.lower(i))
        && (i + 1..i + 3)
            .take_while(|&k| k == i + 1 || rules.title_fillers.contains(para.lower(k - 1)))
            .any(|k| {
                para.mark_starting(k)
                    .is_some_and(|m| matches!(m.kind, MarkKind::Role(_)))
            })
    {
        // "Its co-founder, Sunil Rao,": a possessive makes the title definite.
        definite = true;
        i += 1;
    } else if rules.indefinite_articles.contains(&para.lower(i)) {
        indefinite = true;
        i += 1;
    }
    let mut qualifiers = Vec::new();
    // The holder's party named before the title ("Republican Gov.").
    let mut party: Option<String> = None;
    let mut country: Option<String> = None;
    let mut org: Option<String> = None;
    // A region or city the post is held in ("NSW Premier", "Tirols Wirtschaftsminister",
    // "Governor of Texas", «аким Алматы»).
    let mut region: Option<String> = None;
    // "FCB-Präsident", "ÖFB-Teamchef": an acronym no lexicon knows, joined to the title by a
    // hyphen, names the body the post is held in.
    let mut acronym_org: Option<String> = None;
    // Where a country's name opened the phrase ("Malaysia Airlines chief operating officer").
    let mut country_start: Option<usize> = None;
    let acronym = |k: usize| {
        let w = para.tokens[k].text(&para.text);
        w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()) && para.mark(k).is_none()
    };
    for _ in 0..6 {
        if i + 2 < para.tokens.len()
            && acronym(i)
            // ("VR-Präsident": a board's abbreviation names no body of its own.)
            && !rules.org_heads.contains(para.lower(i))
            && para.inner_hyphen(i + 1)
            && para
                .mark_starting(i + 2)
                .is_some_and(|m| matches!(m.kind, MarkKind::Role(_)))
        {
            acronym_org = Some(para.tokens[i].text(&para.text).to_string());
            i += 2;
            break;
        }
        // "GAA president Liam Ryan", "GAA operations manager": written apart where only names
        // take capitals, the acronym opens the title (a field of small words may follow it).
        if !rules.nouns_capitalised && i < para.tokens.len() && acronym(i) && para.tokens[i].is_word() {
            let role_at = |k: usize| {
                para.mark_starting(k)
                    .is_some_and(|m| matches!(m.kind, MarkKind::Role(_)))
            };
            let small = |k: usize| {
                para.tokens.get(k).is_some_and(|t| t.is_word() && !t.is_cap())
                    && para.mark(k).is_none()
                    && !rules.coordinators.contains(para.lower(k))
                    && !rules.role_links.contains(&para.lower(k))
            };
            if role_at(i + 1) || (small(i + 1) && (role_at(i + 2) || (small(i + 2) && role_at(i + 3)))) {
                acronym_org = Some(para.tokens[i].text(&para.text).to_string());
                i += 1;
                break;
            }
        }
        // A title phrase may itself begin with a filler word ("top diplomat").
        if para
            .mark_starting(i)
            .is_some_and(|m| matches!(m.kind, MarkKind::Role(_)))
        {
            break;
        }
        // "Republican Gov. Greg Abbott", "Independent town councillor": the holder's party,
        // capitalised before the title.
        if para.tokens.get(i).is_some_and(|t| t.is_cap()) && para.mark(i).is_none() {
            if let Some(key) = rules.party_adjectives.get(para.lower(i)) {
                // ("Liberal Democratic MP", "Social Democratic leader": a capitalised word before
                // it makes another party's name; a qualifier does not: "Former Democratic Sen.")
                let compound = i > para.sentence_of(i).start
                    && para.tokens[i - 1].is_cap()
                    && rules.qualifiers.get(para.lower(i - 1)).is_none()
                    && !rules.title_fillers.contains(para.lower(i - 1));
                party = (key != "-" && !compound).then(|| key.clone());
                i += 1;
                continue;
            }
        }
        // "Social Democrats leader": a known name inside a longer one no lexicon knows is not
        // that body (where only names are capitalised).
        if i == start
            && !rules.nouns_capitalised
            && i > para.sentence_of(i).start
            && para.tokens[i - 1].is_cap()
            && para.tokens[i - 1].is_word()
            && para.mark(i - 1).is_none()
            && para
                .mark_starting(i)
                .is_some_and(|m| matches!(m.kind, MarkKind::Organisation(_)))
        {
            return None;
        }
        // «исполняющий обязанности», «временно исполняющий»: a qualifier of several words.
        if let Some((n, q)) = rules
            .qualifiers
            .iter()
            .filter(|(phrase, _)| phrase.contains(' '))
            .find_map(|(phrase, q)| super::context::phrase_len_at(para, i, phrase).map(|n| (n, q.clone())))
        {
            qualifiers.push(q);
            i += n;
            continue;
        }
        let word = para.lower(i);
        if let Some(q) = rules.qualifiers.get(word).cloned() {
            // ("Then Quebec City Mayor X stepped up": narration, not "then-Mayor".)
            let narration = rules.narrative_qualifiers.contains(word)
                && para.lower(i + 1) != "-"
                && (i == 0 || para.sentences.iter().any(|s| s.start == i));
            if narration {
                i += 1;
                continue;
            }
            qualifiers.push(q);
            i += 1;
            // "ex-" written apart, "then-" with its hyphen
            if para.lower(i) == "-" {
                i += 1;
            }
            continue;
        }
        // "the company's chairman", "the club's president": the organisation the article is
        // about, named by its noun; completion gives it.
        // ("the state's health commissioner", "the city's mayor": a place's noun alike.)
        if definite
            && i == start + 1
            && !para.tokens[i].is_cap()
            && (rules.org_heads.contains(word)
                || rules.region_nouns.get(word).is_some()
                || rules.state_nouns.contains(word))
            && matches!(para.lower(i + 1), "'s" | "’s")
        {
            i += 2;
            continue;
        }
        // "Canada's 24th prime minister": an ordinal counts holders, it is not the title.
        let ordinal = word.len() >= 3
            && word.starts_with(|c: char| c.is_ascii_digit())
            && rules.ordinal_suffixes.iter().any(|s| word.ends_with(s))
            && word
                .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                .chars()
                .all(|c| c.is_ascii_digit());
        if ordinal || rules.title_fillers.contains(word) {
            i += 1;
            continue;
        }
        // "US-Außenminister", "EU-Kommissar": a hyphen joins the place or body and the title;
        // "Russia's", "General Motors'": a possessive makes the title definite.
        let joined = |mut i: usize, definite: &mut bool| {
            if para.lower(i) == "-" {
                i += 1;
            }
            let possessive = matches!(para.lower(i), "'s" | "’s" | "'" | "’");
            if possessive {
                *definite = true;
                i += 1;
            }
            (i, possessive)
        };
        match para.mark_starting(i).map(|m| (m.end, m.kind.clone())) {
            Some((end, MarkKind::Country(code, form))) => {
                country_start = Some(i);
                country = Some(code);
                let possessive;
                (i, possessive) = joined(end, &mut definite);
                if !possessive && form == CountryForm::Name && pack.rules.names_decline {
                    // Where titles take their country after them in the genitive, none starts
                    // with a country's name.
                    return None;
                }
            }
            Some((end, MarkKind::Region(key, form))) => {
                if form == CountryForm::Name && pack.rules.names_decline {
                    return None;
                }
                region = Some(key);
                country_start.get_or_insert(i);
                (i, _) = joined(end, &mut definite);
            }
            Some((end, MarkKind::Organisation(key))) => {
                org = Some(key);
                // "The African Development Bank (AfDB) President": the acronym in brackets.
                let after = if para.lower(end) == "(" && para.lower(end + 2) == ")" {
                    end + 3
                } else {
                    end
                };
                (i, _) = joined(after, &mut definite);
            }
            _ => break,
        }
    }
    // "Malaysia Airlines chief operating officer", "Singapore Airlines CEO": a country's name
    // that opens a longer capitalised name, which is the organisation's (where only names take
    // capitals); a region's alike ("Derbyshire Constabulary spokesman").
    let mut named_with_country: Option<(usize, usize)> = None;
    if let (Some(cs), None, false) = (country_start, &org, rules.nouns_capitalised) {
        let mut k = i;
        while k < i + 3 && para.tokens.get(k).is_some_and(|t| t.is_cap() && t.is_word()) && para.mark(k).is_none() {
            k += 1;
        }
        // (After a region, only a body's name, which ends in its noun: "Derbyshire Constabulary",
        // not "Gauteng Health MEC".)
        let body_name = region.is_none() || rules.org_heads.contains(para.lower(k.saturating_sub(1)));
        if k > i
            && body_name
            && para
                .mark_starting(k)
                .is_some_and(|m| matches!(m.kind, MarkKind::Role(_)))
        {
            named_with_country = Some((cs, k));
            country = None;
            region = None;
            i = k;
        }
    }
    // "EU trade commissioner", "US climate envoy": after the place or body, a field in one or
    // two small words no lexicon knows, then the title; the field narrows it.
    let mut field: Option<String> = None;
    // (Where titles decline, the field follows the title in the genitive instead; field and
    // title are written in the same case: not "the US, alongside Defense Secretary".)
    let placed = org.is_some() || country.is_some() || region.is_some() || acronym_org.is_some();
    if placed && !rules.names_decline && para.mark_starting(i).is_none() {
        let capital = |k: usize| para.tokens.get(k).is_some_and(|t| t.is_cap());
        let plain = |k: usize| {
            para.tokens.get(k).is_some_and(|t| t.is_word())
                && para.mark(k).is_none()
                && !rules.definite_articles.contains(para.lower(k))
                && !rules.coordinators.contains(para.lower(k))
                && !rules.role_links.contains(&para.lower(k))
                // "Emirates Airline President": an organisation's noun ends its name.
                && !rules.org_heads.contains(para.lower(k))
        };
        let title_at = (i + 1..=i + 2)
            .take_while(|&k| plain(k - 1))
            .find(|&k| {
                para.mark_starting(k)
                    .is_some_and(|m| matches!(m.kind, MarkKind::Role(_)))
            })
            .filter(|&k| (i..k).all(|f| capital(f) == capital(k)));
        if let Some(k) = title_at {
            field = Some(para.text[para.tokens[i].start..para.tokens[k - 1].end].to_string());
            i = k;
        }
    }
    // "the Nottinghamshire chief constable", "the Harlow Bank chairman": after the article, a
    // name no lexicon knows, then the title (the name is the organisation's, below).
    if definite && !rules.nouns_capitalised && para.mark_starting(i).is_none() {
        let title_at = (i + 1..(i + 4).min(para.tokens.len()))
            .take_while(|&k| {
                let t = &para.tokens[k - 1];
                t.is_cap() && t.is_word() && para.mark(k - 1).is_none()
            })
            .find(|&k| {
                para.mark_starting(k)
                    .is_some_and(|m| matches!(m.kind, MarkKind::Role(_)))
            });
        if let Some(k) = title_at {
            i = k;
        }
    }
    let (role_end, role) = match para.mark_starting(i).map(|m| (m.end, m.kind.clone())) {
        Some((end, MarkKind::Role(key))) => (end, key),
        _ => return None,
    };
    let written_start = if article_in_title && i == start { i + 1 } else { i };
    let mut written = para.text[para.tokens[written_start].start..para.tokens[role_end - 1].end].to_string();
    if let Some(f) = &field {
        written = format!("{f} {written}");
    } else if written_start == i
        && rules
            .abbreviations
            .contains(written.trim_end_matches('.').to_lowercase().as_str())
    {
        // "Cllr Jane Smith", "Gov. Jane Smith": an abbreviation's post is labelled in full.
        if let Some(label) = World::get().roles.get(&role).map(|r| r.label(pack.lang)) {
            written = label.to_string();
        }
    }
    let role_start = i;
    // "Siemens-Chef", "Tesla-Chef": a company's name joined to the title in one word.
    let compound_org = acronym_org.or_else(|| {
        (role_end == i + 1)
            .then(|| written.split_once('-'))
            .flatten()
            .filter(|(prefix, rest)| {
                // (Two letters only as an acronym: "EU-Kommissar", not "Co-Trainer".)
                (prefix.chars().count() >= 3 || (prefix.chars().count() == 2 && prefix.chars().all(char::is_uppercase)))
                && prefix.starts_with(char::is_uppercase)
                && prefix.chars().all(char::is_alphanumeric)
                && !rest.is_empty()
                // ("Partei-Vorsitzender", "Vereins-Präsident": a body's common noun names none.)
                && !rules.org_heads.contains(&prefix.to_lowercase())
                && !rules.org_heads.contains(prefix.to_lowercase().trim_end_matches('s'))
                // ("Interims-Chef", "Team-Manager": a word that narrows the title.)
                && !rules.compound_title_modifiers.contains(&prefix.to_lowercase())
                // ("Grünen-Abgeordnete": a party the lexicon knows, whatever the post.)
                && (takes_named_org(&role) || known_organisation(pack, prefix).is_some())
            })
            .map(|(prefix, _)| prefix.to_string())
    });
    // A title that names its organisation inside itself ("Fed chair", "UN envoy").
    // (Where the organisation's name runs on past the title's words, the title ends with it:
    // "porte-parole de la police cantonale".)
    let mut inner_org_end = role_end;
    let mut inner_org_start = role_end;
    if org.is_none() && country.is_none() && region.is_none() {
        for k in i..role_end {
            if let Some((org_end, key)) = pack.organisations.longest_at(&para.tokens, k, para_text(para)) {
                org = Some(key);
                inner_org_end = inner_org_end.max(org_end);
                inner_org_start = k;
                break;
            }
            if let Some((_, (code, _))) = pack.countries.longest_at(&para.tokens, k, para_text(para)) {
                country = Some(code);
                break;
            }
            // "Bayerns Ministerpräsident", "NSW Premier" written as one title.
            if let Some((_, (key, _))) = pack.regions.longest_at(&para.tokens, k, para_text(para)) {
                region = Some(key);
                break;
            }
        }
    }
    i = inner_org_end;
    // ("la police cantonale vaudoise": a body every region has, then the region's adjective,
    // is that region's, named as written.)
    let mut org_of_region: Option<String> = None;
    let mut retitled: Option<String> = None;
    if inner_org_end > role_end && !rules.names_decline {
        if let Some(m) = para
            .mark_starting(i)
            .filter(|m| matches!(m.kind, MarkKind::Region(_, CountryForm::Demonym)))
        {
            let org_start = inner_org_start;
            org_of_region = Some(name_text(para, org_start, m.end));
            org = None;
            i = m.end;
            // (The title is then the words before the body's: "porte-parole".)
            let mut words_end = org_start;
            while words_end > role_start + 1
                && (rules.of_links.contains(para.lower(words_end - 1))
                    || rules.definite_articles.contains(para.lower(words_end - 1))
                    || matches!(para.lower(words_end - 1), "'" | "’"))
            {
                words_end -= 1;
            }
            let shorter = pack
                .roles
                .longest_at(&para.tokens[..words_end], role_start, para_text(para))
                .filter(|(end, _)| *end == words_end);
            if let Some((_, key)) = shorter.filter(|_| words_end < org_start) {
                written = text_between(para, role_start, words_end).to_string();
                retitled = Some(key);
            }
        }
    }
    let mut role = role;
    if let Some(key) = retitled {
        role = key;
    }
    // "Managing Director/CEO of NGX Group", "chairman and chief executive of Orvex": a second
    // title joined to the first shares its organisation (with "and", only when one follows).
    // (With "and", also when the holder's name follows: "co-founder and former CEO, Ravi Das",
    // "chairman and chief executive Tim Cook"; the second may have its own qualifier.)
    let mut also = None;
    if matches!(para.lower(i), "/" | "&") || rules.coordinators.contains(para.lower(i)) {
        let qualifier2 = rules.qualifiers.get(para.lower(i + 1)).cloned();
        let at2 = i + 1 + usize::from(qualifier2.is_some());
        if let Some((end2, MarkKind::Role(key2))) = para.mark_starting(at2).map(|m| (m.end, m.kind.clone())) {
            let name_follows = |k: usize| {
                let k = if para.lower(k) == "," { k + 1 } else { k };
                para.tokens.get(k).is_some_and(|t| t.is_cap() && t.is_word())
                    && para
                        .mark(k)
                        .is_none_or(|m| !matches!(m.kind, MarkKind::Role(_) | MarkKind::Roles(_)))
            };
            // (Before a name, only two posts of one kind: "co-founder and former CEO", not
            // "State Councilor and Foreign Minister Wang Yi", whose first is another's.)
            let same_kind = || {
                let kind = |k: &str| World::get().roles.get(k).map(|r| r.kind.clone());
                kind(&role).is_some() && kind(&role) == kind(&key2)
            };
            if matches!(para.lower(i), "/" | "&")
                || rules.of_links.contains(para.lower(end2))
                || (name_follows(end2) && same_kind())
            {
                let written2 = para.text[para.tokens[at2].start..para.tokens[end2 - 1].end].to_string();
                also = Some((key2, written2, qualifier2)).filter(|(k, _, _)| *k != role);
                i = end2;
            }
        }
    }
    // "Minister of Information and Culture", "Commissioner for Works and Housing": a portfolio
    // of two fields, written with capitals, is one title (where only names take capitals; the
    // words after "and" are no name and are followed by no other).
    if also.is_none()
        && !rules.nouns_capitalised
        && rules.coordinators.contains(para.lower(i))
        && role_end > role_start + 2
        && para.tokens[role_end - 1].is_cap()
        && (role_start + 1..role_end - 1).any(|k| rules.role_links.contains(&para.lower(k)))
    {
        let field_word =
            |k: usize| para.tokens.get(k).is_some_and(|t| t.is_cap() && t.is_word()) && para.mark(k).is_none();
        let mut k = i + 1;
        while k < i + 4 && field_word(k) {
            k += 1;
        }
        let closes = !field_word(k) && para.tokens.get(k).is_none_or(|t| !t.is_word() || !t.is_cap());
        if k > i + 1 && closes && pack.given_name(para.tokens[i + 1].text(&para.text)).is_none() {
            written.push_str(&para.text[para.tokens[role_end - 1].end..para.tokens[k - 1].end]);
            i = k;
        }
    }
    // "Ghana's special assistant to the president, Kofi Boateng,": an aide's title names the
    // principal it serves by a title with its article, closed by a comma; that title is the
    // aide's complement. (Not "a spokesman for Premier Daniel Andrews", "chef de cabinet du
    // président Zelensky": a title before a name, without an article of its own, is the name's.)
    let aide = matches!(
        role.as_str(),
        "adviser" | "aide" | "press-secretary" | "spokesperson" | "chief-of-staff"
    );
    if aide
        && also.is_none()
        && !rules.names_decline
        && rules.role_links.contains(&para.lower(i))
        && rules.definite_articles.contains(&para.lower(i + 1))
    {
        if let Some(end) = para
            .mark_starting(i + 2)
            .filter(|m| matches!(m.kind, MarkKind::Role(_)) && para.lower(m.end) == ",")
            .map(|m| m.end)
        {
            written.push_str(&para.text[para.tokens[role_end - 1].end..para.tokens[end - 1].end]);
            i = end;
        }
    }
    // "главный тренер сборной Украины": a national team, named by its noun in the nominative and
    // its country as written.
    // (The noun may close the title itself: "головний тренер збірної" України.)
    let mut team: Option<String> = None;
    let noun_at = if rules.team_nouns.get(para.lower(i)).is_some() {
        Some(i)
    } else {
        (role_end > role_start + 1 && rules.team_nouns.get(para.lower(role_end - 1)).is_some()).then(|| role_end - 1)
    };
    if let Some(k) = noun_at.filter(|_| org.is_none() && country.is_none()) {
        let noun = rules.team_nouns.get(para.lower(k)).cloned().unwrap_or_default();
        if let Some(m) = para
            .mark_starting(k + 1)
            .filter(|m| matches!(m.kind, MarkKind::Country(..)))
        {
            team = Some(format!(
                "{noun} {}",
                &para.text[para.tokens[k + 1].start..para.tokens[m.end - 1].end]
            ));
            i = m.end;
        }
    }
    // «Президент Федерації футболу України»: a title whose last word is a body's noun, written
    // with a capital, is held in that body, named by it, its field and its country.
    if rules.names_decline
        && team.is_none()
        && role_end > role_start + 1
        && para.tokens[role_end - 1].is_cap()
        && rules.org_heads.contains(para.lower(role_end - 1))
    {
        let mut end = role_end;
        while end < role_end + 4 && !para.tokens.get(end).is_some_and(|t| t.is_cap()) && genitive_word(para, rules, end)
        {
            end += 1;
        }
        if let Some(m) = para
            .mark_starting(end)
            .filter(|m| matches!(m.kind, MarkKind::Country(..) | MarkKind::Region(..)))
        {
            end = m.end;
        }
        if end > role_end {
            team = Some(name_text(para, role_end - 1, end));
            i = end;
        }
    }
    // «министр экономического развития и торговли», «директор департамента информации и
    // печати»: the field of the post in the genitive, in lower case, is part of the title.
    if rules.names_decline && team.is_none() {
        // A title that already names a field ("министр экономического развития") may go on
        // with "и" and another.
        // (Three words or more are a title and its field, whatever the last one's ending:
        // «министр иностранных дел и европейской интеграции».)
        let names_field =
            role_end > role_start + 1 && (genitive_word(para, rules, role_end - 1) || role_end > role_start + 2);
        i = field_in_genitive_end(para, rules, i, names_field);
    }
    // "le ministre russe des Affaires étrangères": the demonym inside the title.
    if pack.rules.demonym_inside_title && country.is_none() {
        if let Some(m) = para
            .mark_starting(i)
            .filter(|m| matches!(m.kind, MarkKind::Country(_, CountryForm::Demonym)))
        {
            let MarkKind::Country(code, _) = &m.kind else {
                unreachable!()
            };
            let head_start = (start..role_end)
                .find(|&k| para.mark_starting(k).is_some_and(|r| r.end == role_end))
                .unwrap_or(start);
            // The title's words without the demonym, matched again.
            let mut joined: Vec<crate::text::Token> = para.tokens[head_start..role_end].to_vec();
            joined.extend(para.tokens[m.end..(m.end + 6).min(para.tokens.len())].iter().cloned());
            let head_len = role_end - head_start;
            match pack.roles.longest_at(&joined, 0, &para.text) {
                Some((len, key)) if len > head_len => {
                    role = key;
                    i = m.end + (len - head_len);
                }
                _ => i = m.end,
            }
            country = Some(code.clone());
        }
        // "le conseiller d'État vaudois": a region's adjective after the title.
        if country.is_none() && region.is_none() {
            if let Some((end, MarkKind::Region(key, CountryForm::Demonym))) =
                para.mark_starting(i).map(|m| (m.end, m.kind.clone()))
            {
                region = Some(key);
                i = end;
            }
        }
    }
    if rules.country_genitive_after_title && country.is_none() {
        if let Some(m) = para.mark_starting(i).filter(|m| {
            matches!(m.kind, MarkKind::Country(_, CountryForm::Name)) && para.lower(m.end - 1).ends_with('s')
        }) {
            if let MarkKind::Country(code, _) = &m.kind {
                country = Some(code.clone());
                i = m.end;
            }
        }
    }
    let mut complement = None;
    // "Leiter Kommunikation bei der Kantonspolizei": a field's noun right after the title,
    // without article or link, narrows it.
    if para.tokens.get(i).is_some_and(|t| t.is_cap()) && rules.bare_fields.contains(para.lower(i)) {
        complement = Some(para.tokens[i].text(&para.text).to_string());
        i += 1;
    }
    // A region no gazetteer knows that the title is held in ("губернатор Свердловской
    // области"), in the nominative.
    let mut region_name: Option<String> = None;
    // Where names decline, the country or organisation follows the title, in the genitive.
    if pack.rules.names_decline {
        // «президент Московской федерации футбола», «президент Федерации футбола Украины»,
        // «глава Национальной академии наук Беларуси»: a body no lexicon knows, named by its
        // noun (capitalised, or after a capitalised adjective) with its field in the genitive in
        // small letters, and its country or city.
        let capital_at =
            |k: usize| para.tokens.get(k).is_some_and(|t| t.is_cap() && t.is_word()) && para.mark(k).is_none();
        let heads = |k: usize| pack.rules.org_heads.contains(para.lower(k));
        let noun_at = if capital_at(i) && heads(i) {
            Some(i)
        } else if para.tokens.get(i).is_some_and(|t| t.is_cap() && t.is_word())
            // (The adjective may be a place's: «Московской», «Київської».)
            && para.mark(i).is_none_or(|m| matches!(m.kind, MarkKind::Region(..) | MarkKind::Country(..)) && m.end == i + 1)
            && !heads(i)
            && heads(i + 1)
            && !para.tokens.get(i + 1).is_some_and(|t| t.is_cap())
        {
            Some(i + 1)
        } else {
            None
        };
        if let Some(noun) =
            noun_at.filter(|_| takes_named_org(&role) && org.is_none() && country.is_none() && region.is_none())
        {
            let mut end = noun + 1;
            while end < noun + 5
                && !para.tokens[end.min(para.tokens.len() - 1)].is_cap()
                && genitive_word(para, rules, end)
            {
                end += 1;
            }
            let field = end > noun + 1;
            if let Some(m) = para
                .mark_starting(end)
                .filter(|m| matches!(m.kind, MarkKind::Country(..) | MarkKind::Region(..)))
            {
                end = m.end;
            } else if field
                && para.mark(end).is_none()
                && para.tokens.get(end).is_some_and(|t| {
                    let w = t.text(&para.text);
                    super::context::in_capitals(w)
                })
            {
                // («председатель Союза художников КБР»: the place by its acronym.)
                end += 1;
            }
            if field || noun > i {
                return Some(Title {
                    start,
                    end,
                    role,
                    complement: None,
                    org: Some(OrgRef::Named(name_text(para, i, end))),
                    qualifiers,
                    written,
                    definite,
                    indefinite,
                    also: None,
                });
            }
        }
        // "директор театра Вахтангова", "гендиректор корпорации «Ростех»": an organisation's noun
        // in the genitive, then its name.
        // The noun may close the title itself ("директор театра" Вахтангова).
        let head = if pack.rules.org_heads.contains(para.lower(i)) {
            Some(i)
        } else {
            (i > role_start
                && pack.rules.org_heads.contains(para.lower(i - 1))
                && para.tokens.get(i).is_some_and(|t| t.is_cap()))
            .then(|| i - 1)
        };
        if let Some(h) = head.filter(|_| {
            takes_named_org(&role)
                && org.is_none()
                && country.is_none()
                && region.is_none()
                && para.mark_starting(i).is_none()
        }) {
            let mut end = organisation_name_end(para, pack, h + 1);
            // "директор театра Вахтангова Кирилл Крок": the name of the holder is not the
            // organisation's.
            if para.lower(h + 1) != "«" {
                end = (h + 1..end)
                    .find(|&k| pack.given_name(para.tokens[k].text(&para.text)).is_some())
                    .unwrap_or(end);
            }
            // "директор завода Пётр Сидоров": the holder's name right after the noun; the
            // noun closes the title, whose organisation the text does not name.
            if end == h + 1 && h == i && para.tokens.get(h + 1).is_some_and(|t| t.is_cap()) {
                let written = para.text[para.tokens[role_start].start..para.tokens[h].end].to_string();
                return Some(Title {
                    start,
                    end: h + 1,
                    role,
                    complement: None,
                    org: None,
                    qualifiers,
                    written,
                    definite,
                    indefinite,
                    also: None,
                });
            }
            if end > h + 1 {
                let name = format!("{} {}", para.tokens[h].text(&para.text), name_text(para, h + 1, end));
                // "корпорации «Ростех»": the quoted name may be one the lexicon knows.
                let inner = if para.lower(h + 1) == "«" { h + 2 } else { h + 1 };
                let inner_end = if para.lower(end - 1) == "»" { end - 1 } else { end };
                let known = organisation_marked(para, inner, inner_end);
                return Some(Title {
                    start,
                    end: past_brackets(para, end),
                    role,
                    complement: None,
                    org: Some(known.unwrap_or(OrgRef::Named(name))),
                    qualifiers,
                    written,
                    definite,
                    indefinite,
                    also: None,
                });
            }
        }
        // "глава АвтоВАЗа", "худрук МХАТа": a company by its acronym, in the genitive (the
        // case ending, in small letters after the capitals, is dropped).
        let word = para.tokens[i.min(para.tokens.len().saturating_sub(1))].text(&para.text);
        // (A spokesperson's too: «речниця ГУНП», «пресс-секретарь ФФУ».)
        let speaks_for_acronym = role.contains("spokesperson") || role == "press-secretary";
        // («министр культуры КБР Мухадин Кумахов»: any post, where an acronym in capitals
        // closes the title before the holder's name.)
        let acronym_before_name = super::context::in_capitals(word)
            && para.tokens.get(i + 1).is_some_and(|t| t.is_cap() && t.is_word())
            && para.mark(i + 1).is_none();
        let unplaced = i < para.tokens.len()
            && org.is_none()
            && country.is_none()
            && region.is_none()
            && para.mark_starting(i).is_none()
            && pack.given_name(word).is_none();
        let acronym_name = ((takes_named_org(&role) || speaks_for_acronym || acronym_before_name)
            && word.chars().skip(1).filter(|c| c.is_uppercase()).count() >= 2)
            .then(|| {
                let stem = word.trim_end_matches(|c: char| c.is_lowercase());
                let ending = word.chars().count() - stem.chars().count();
                if ending <= 2 && stem.chars().count() >= 3 {
                    stem
                } else {
                    word
                }
            });
        // «Головний тренер Колосу Ярослав Вишняк»: a team's coach or captain, then a capitalised
        // word no lexicon knows (the team, in the genitive), then a given name.
        let team_name = (TEAM_POSTS.contains(&role.as_str())
            && para.tokens.get(i).is_some_and(|t| t.is_cap() && t.is_word())
            && word.chars().skip(1).all(|c| c.is_lowercase())
            && word.chars().count() >= 4
            && para
                .tokens
                .get(i + 1)
                .is_some_and(|t| pack.given_name(t.text(&para.text)).is_some()))
        .then_some(word);
        if let Some(name) = acronym_name.or(team_name).filter(|_| unplaced) {
            return Some(Title {
                start,
                end: i + 1,
                role,
                complement: None,
                org: Some(OrgRef::Named(name.to_string())),
                qualifiers,
                written,
                definite,
                indefinite,
                also: None,
            });
        }
        // «глава Wizz Air Йожеф Варади», «руководитель airBaltic Мартин Гаусс»: where names
        // are written in Cyrillic, a body's name in Latin letters between title and name.
        if rules.names_decline && takes_named_org(&role) && org.is_none() && country.is_none() && region.is_none() {
            let latin = |k: usize| {
                para.tokens.get(k).is_some_and(|t| {
                    let w = t.text(&para.text);
                    w.chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '&' | '.'))
                        && w.chars().any(|c| c.is_ascii_uppercase())
                })
            };
            let mut k = i;
            while k < i + 4 && latin(k) {
                k += 1;
            }
            let name_after = para
                .tokens
                .get(k)
                .is_some_and(|t| t.is_cap() && t.lower.chars().next().is_some_and(crate::text::is_cyrillic));
            if k > i && name_after {
                return Some(Title {
                    start,
                    end: k,
                    role,
                    complement: None,
                    org: Some(OrgRef::Named(name_text(para, i, k))),
                    qualifiers,
                    written,
                    definite,
                    indefinite,
                    also: None,
                });
            }
        }
        // "председатель правления «Газпрома»": a company by its quoted name.
        // (In any quotes: «…», „…“, "…".)
        let closing = match para.lower(i) {
            "«" => Some("»"),
            "„" => Some("“"),
            "\"" => Some("\""),
            "“" => Some("”"),
            _ => None,
        };
        if let (Some(closing), true) = (
            closing,
            takes_named_org(&role) && org.is_none() && country.is_none() && region.is_none(),
        ) {
            if let Some(close) = (i + 1..(i + 6).min(para.tokens.len())).find(|&k| para.lower(k) == closing) {
                if close > i + 1 {
                    let name = para.text[para.tokens[i + 1].start..para.tokens[close - 1].end].to_string();
                    // A name the lexicon knows, in any case ("«Газпрома»" is Gazprom).
                    let known = organisation_marked(para, i + 1, close);
                    // (Another one-word name in its nominative: «генеральный директор «Уфы»».)
                    let name = if close == i + 2 {
                        quoted_name_nominative(rules, &name)
                    } else {
                        name
                    };
                    return Some(Title {
                        start,
                        end: past_brackets(para, close + 1),
                        role,
                        complement: None,
                        org: Some(known.unwrap_or(OrgRef::Named(name))),
                        qualifiers,
                        written,
                        definite,
                        indefinite,
                        also: None,
                    });
                }
            }
        }
        // "пресс-секретарь президента", "помощник президента": a title in the genitive
        // narrows the one before it.
        let genitive = |t: usize| rules.genitive_endings.iter().any(|e| para.lower(t).ends_with(e));
        if let Some(m) = para
            .mark_starting(i)
            .filter(|m| matches!(m.kind, MarkKind::Role(_)) && genitive(m.start))
        {
            let words: Vec<&str> = para.tokens[m.start..m.end].iter().map(|t| t.lower.as_str()).collect();
            complement = Some(words.join(" "));
            i = m.end;
        }
        // The title as written runs through the words in the genitive that belong to it
        // ("председатель Совета Федерации", "глава МИД", "губернатор Свердловской области",
        // "министр иностранных дел России"): readers name the post with its place.
        let mut written_end = i;
        match para.mark_starting(i).map(|m| (m.end, m.kind.clone())) {
            Some((end, MarkKind::Country(code, CountryForm::Name))) if country.is_none() => {
                country = Some(code);
                i = end;
                written_end = end;
            }
            Some((end, MarkKind::Region(key, CountryForm::Name))) if region.is_none() && org.is_none() => {
                region = Some(key);
                i = end;
                written_end = end;
            }
            // «начальник поліції Полтавщини»: a title that ends in the noun of a body its post
            // is held in everywhere (the police) is held in the region's, named as written.
            Some((end, MarkKind::Region(_, CountryForm::Name)))
                if region.is_none()
                    && org.as_deref().is_some_and(super::context::is_template)
                    && role_end >= role_start + 2
                    && org
                        .as_deref()
                        .and_then(|k| World::get().organisations.get(k))
                        .is_some_and(|e| {
                            // (The title's last word is the body's noun, in any case.)
                            let noun: String = e.label(pack.lang).to_lowercase().chars().take(5).collect();
                            noun.chars().count() == 5 && para.lower(role_end - 1).starts_with(&noun)
                        }) =>
            {
                region_name = Some(name_text(para, role_end - 1, end));
                org = None;
                i = end;
                written_end = end;
            }
            // «глава латвийского МИДа», «голова українського МЗС»: the country's adjective
            // between the head and its body.
            Some((end, MarkKind::Country(code, CountryForm::Demonym)))
                if country.is_none()
                    && org.is_none()
                    && para
                        .mark_starting(end)
                        .is_some_and(|m| matches!(m.kind, MarkKind::Organisation(_))) =>
            {
                let body = para.mark_starting(end).expect("checked above");
                if let MarkKind::Organisation(key) = &body.kind {
                    org = Some(key.clone());
                }
                country = Some(code);
                i = body.end;
                written_end = body.end;
            }
            Some((end, MarkKind::Organisation(key))) if org.is_none() => {
                org = Some(key);
                i = end;
                written_end = end;
                // («речник Повітряних сил ЗСУ»: the body it belongs to after it, in the genitive;
                // the post stays in the first.)
                if let Some(outer) = para
                    .mark_starting(i)
                    .filter(|m| matches!(m.kind, MarkKind::Organisation(_)))
                {
                    i = outer.end;
                    written_end = outer.end;
                }
                if let Some(MarkKind::Country(code, CountryForm::Name)) = para.mark_starting(i).map(|m| m.kind.clone())
                {
                    country.get_or_insert(code);
                    i = para.mark_starting(i).map_or(i, |m| m.end);
                }
            }
            // (Likewise after a body the title's own words name: «речник Повітряних сил ЗСУ».)
            Some((end, MarkKind::Organisation(_)))
                if org.is_some() && inner_org_end == i && inner_org_end > role_start =>
            {
                i = end;
                written_end = end;
            }
            _ => {}
        }
        if org.is_none() && country.is_none() && region.is_none() {
            if let Some((name, end)) = region_genitive(para, rules, i) {
                region_name = Some(name);
                i = end;
                written_end = i;
            } else if let Some((n, nominative)) = rules
                .region_bodies
                .iter()
                .filter_map(|(phrase, nominative)| {
                    super::context::phrase_len_at(para, i, phrase).map(|n| (n, nominative))
                })
                .max_by_key(|(n, _)| *n)
            {
                // ("заступник голови облдержадміністрації Ігор Салко": a region's body with no
                // region named is part of the title, and where the post is held, by its noun.)
                region_name = Some(nominative.clone());
                i += n;
                written_end = i;
            }
        }
        written = para.text[para.tokens[role_start].start..para.tokens[written_end - 1].end].to_string();
        // "постоянный представитель России при ООН": the body a post is accredited to.
        if complement.is_none() && rules.accreditation_prepositions.contains(para.lower(i)) {
            if let Some(m) = para
                .mark_starting(i + 1)
                .filter(|m| matches!(m.kind, MarkKind::Organisation(_)))
            {
                if rules.accreditation_prepositions.first() == Some(para.lower(i)) || role.contains("representative") {
                    complement = Some(para.text[para.tokens[i].start..para.tokens[m.end - 1].end].to_string());
                    i = m.end;
                }
            }
        }
    }
    // "Democratic Sen. Chris Murphy": a legislator's or party post is held in the party
    // named before it, where nothing else names where.
    if org.is_none() && country.is_none() && region.is_none() {
        let partisan = World::get()
            .roles
            .get(&role)
            .is_some_and(|r| matches!(r.kind.as_str(), "legislature" | "party"));
        if let Some(p) = party.filter(|_| partisan) {
            org = Some(p);
        }
    }
    // "la députée écologiste Sandrine Rousseau": an adjective that names the party. (Not the
    // party of a post its title places in a body of its own: "le conseiller fédéral socialiste
    // Alain Berset" sits in the Federal Council; the adjective is passed over.)
    if org.is_none() && country.is_none() {
        if let Some(key) = rules.party_adjectives.get(para.lower(i)).filter(|k| *k != "-") {
            if !names_own_body(&role) {
                org = Some(key.clone());
            }
            i += 1;
        }
    }
    // "la députée LFI Mathilde Panot", "le sénateur LR X": a party right after the title.
    if !rules.names_decline && org.is_none() {
        if let Some((end, key)) = para.mark_starting(i).and_then(|m| match &m.kind {
            MarkKind::Organisation(k) if World::get().organisations.get(k).is_some_and(|e| e.kind == "party") => {
                Some((m.end, k.clone()))
            }
            _ => None,
        }) {
            org = Some(key);
            i = end;
        }
    }
    // "a spokeswoman for Tesco", "Sprecherin des Konzerns": a spokesperson speaks for the body
    // the agent preposition names, which is where the post is held.
    let speaks_for = rules.spokesperson_words.contains(&written.to_lowercase());
    let of_link = |link: &str| rules.of_links.contains(link) || (speaks_for && rules.agent_prepositions.contains(link));
    // A name after the link that is no lexicon body: an outlet ("editor of The Guardian"), a
    // body's branch named by its town ("l'Institut Pasteur de Dakar").
    let mut linked_name: Option<String> = None;
    // ("ministre de la Culture et des Arts du Mali": a second field joined to the one the
    // title names, in capitals, before where the post is held; the post keeps its first.)
    // (Not where every noun takes a capital: "Generalsekretär und Vertraute von …".)
    // ("ministre de la Culture, des Arts et de la Communication": fields listed with commas,
    // each with its link, the last after "and".)
    let listed_field = |i: usize| {
        para.lower(i) == ","
            && (rules.of_links.contains(para.lower(i + 1))
                || (rules.portfolio_words.contains(para.lower(i + 1))
                    && para.tokens.get(i + 1).is_some_and(|t| t.is_cap())))
    };
    let mut listing = i == role_end;
    while listing
        && i > role_start
        && !rules.nouns_capitalised
        && para.tokens[i - 1].is_cap()
        && (rules.coordinators.contains(para.lower(i)) || listed_field(i))
    {
        listing = false;
        let comma = para.lower(i) == ",";
        let mut j = i + 1;
        if rules.of_links.contains(para.lower(j)) {
            j += 1;
        }
        if rules.definite_articles.contains(para.lower(j)) {
            j += 1;
        }
        // ("et de l'Énergie": the elided article's apostrophe.)
        if matches!(para.lower(j), "'" | "’") {
            j += 1;
        }
        // (A field's word, not the holder's given name.)
        let field_word = |k: usize| {
            para.tokens.get(k).is_some_and(|t| t.is_cap() && t.is_word())
                && para.mark(k).is_none()
                && (k == j || pack.given_name(para.tokens[k].text(&para.text)).is_none())
        };
        let mut k = j;
        while k < j + 3 && field_word(k) {
            k += 1;
        }
        // (Then where the post is held, a mark, or the holder's name: "ministre de l'Économie
        // et de l'Énergie Pierre Fitzgibbon".)
        if k > j
            && (rules.of_links.contains(para.lower(k))
                || matches!(para.lower(k), "," | ")")
                || para.tokens.get(k).is_some_and(|t| t.is_cap() && t.is_word())
                || (comma && rules.coordinators.contains(para.lower(k))))
        {
            i = k;
            listing = true;
        }
    }
    // "président du conseil régional Provence-Alpes-Côte d'Azur": a body every region has (or
    // none), then the region's name, is held in that region (not where the name goes on:
    // "Mayor London Breed").
    if !rules.names_decline
        && region.is_none()
        && country.is_none()
        && org.as_deref().is_none_or(super::context::is_template)
    {
        if let Some(m) = para.mark_starting(i).filter(|m| {
            matches!(m.kind, MarkKind::Region(_, CountryForm::Name))
                && para.tokens.get(m.end).is_none_or(|t| !t.is_cap() || !t.is_word())
        }) {
            if let MarkKind::Region(key, _) = &m.kind {
                region = Some(key.clone());
                org = None;
                i = m.end;
            }
        }
    }
    // "of Russia", "of the United Nations" (where it is held); "to Russia" (a posting).
    if rules.role_links.contains(&para.lower(i)) {
        let link = para.lower(i).to_string();
        let mut j = i + 1;
        if rules.definite_articles.contains(&para.lower(j)) {
            j += 1;
        }
        // "de la région Occitanie": the region's noun in small letters before its name.
        if rules.region_nouns.get(para.lower(j)).is_some()
            && !para.tokens.get(j).is_some_and(|t| t.is_cap())
            && para
                .mark_starting(j + 1)
                .is_some_and(|m| matches!(m.kind, MarkKind::Region(..)))
        {
            j += 1;
        }
        // "of the Russian Foreign Ministry", "des russischen Außenministeriums": a demonym first.
        let mut demonym: Option<String> = None;
        if let Some(MarkKind::Country(code, CountryForm::Demonym)) = para.mark_starting(j).map(|m| &m.kind) {
            if para
                .mark_starting(para.mark_starting(j).map_or(j, |m| m.end))
                .is_some_and(|m| matches!(m.kind, MarkKind::Organisation(_)))
            {
                demonym = Some(code.clone());
                j = para.mark_starting(j).map_or(j, |m| m.end);
            }
        }
        if demonym.is_some() && country.is_none() {
            country = demonym;
        }
        // "of the Nigeria Football Federation", "of Leeds Teaching Hospitals NHS Trust": a
        // country's or a place's name that begins an organisation's.
        // ("of the Lagos Chamber of Commerce": the organisation's noun may come before its
        // complement.)
        let country_org = para
            .mark_starting(j)
            .filter(|m| {
                matches!(
                    m.kind,
                    MarkKind::Country(_, CountryForm::Name) | MarkKind::Region(_, CountryForm::Name)
                )
            })
            .map(|m| (m.end, organisation_name_end(para, pack, m.end)))
            .filter(|&(from, e)| {
                e > j + 1 && (from..e).any(|k| rules.org_heads.contains(para.lower(k))) && of_link(&link)
            })
            .map(|(_, e)| e);
        // ("chairman of the Nottinghamshire police authority": the place's name, then the
        // body's words in small letters, ending in its noun.)
        let country_org = country_org.or_else(|| {
            let m = para.mark_starting(j).filter(|m| {
                matches!(m.kind, MarkKind::Region(_, CountryForm::Name)) && of_link(&link) && !rules.nouns_capitalised
            })?;
            let small =
                |k: usize| para.tokens.get(k).is_some_and(|t| t.is_word() && !t.is_cap()) && para.mark(k).is_none();
            let mut e = m.end;
            while e < m.end + 3 && small(e) {
                e += 1;
            }
            (e > m.end && rules.org_heads.contains(para.lower(e - 1))).then_some(e)
        });
        if let (Some(e), None, None) = (country_org, &org, &country) {
            if para.mark_starting(j).is_some_and(|m| m.end < e) {
                return Some(Title {
                    start,
                    end: e,
                    role,
                    complement,
                    org: Some(OrgRef::Named(name_text(para, j, e))),
                    qualifiers,
                    written,
                    definite,
                    indefinite,
                    also: None,
                });
            }
        }
        if let Some(m) = para.mark_starting(j) {
            let end = m.end;
            match &m.kind {
                MarkKind::Country(code, CountryForm::Name) => {
                    if of_link(&link) && country.is_none() && org.is_none() {
                        country = Some(code.clone());
                    }
                    i = end;
                }
                MarkKind::Organisation(key) if of_link(&link) || rules.at_links.contains(&link) => {
                    if org.is_none() {
                        org = Some(key.clone());
                    }
                    i = end;
                    // ("der Siemens AG": the legal form after the name.)
                    if para.tokens.get(end).is_some_and(|t| t.is_cap()) && rules.legal_forms.contains(para.lower(end)) {
                        i = end + 1;
                    }
                    // ("du conseil régional Provence-Alpes-Côte d'Azur": a body every region has,
                    // then the region's name, is held in that region.)
                    if let Some(MarkKind::Region(place, CountryForm::Name)) = para.mark_starting(end).map(|m| &m.kind) {
                        if org.as_deref().is_some_and(super::context::is_template) && region.is_none() {
                            region = Some(place.clone());
                            org = None;
                            i = para.mark_starting(end).map_or(end, |m| m.end);
                        }
                    }
                    // ("der Kantonspolizei Zürich": a body each region of its country has, then
                    // the region's name, is that region's body, named as written.)
                    if !rules.names_decline && org.as_deref() == Some(key.as_str()) && !super::context::is_template(key)
                    {
                        let world = World::get();
                        let body = world
                            .organisations
                            .get(key)
                            .filter(|e| !matches!(e.kind.as_str(), "international" | "company" | "sport"));
                        if let Some(place) = para.mark_starting(end).filter(|p| {
                            para.tokens.get(p.end).is_none_or(|t| !t.is_cap() || !t.is_word())
                                && match &p.kind {
                                    MarkKind::Region(r, CountryForm::Name) => world.regions.get(r).is_some_and(|e| {
                                        e.country.is_some() && e.country == body.and_then(|b| b.country.clone())
                                    }),
                                    _ => false,
                                }
                        }) {
                            linked_name = Some(name_text(para, m.start, place.end));
                            org = None;
                            i = place.end;
                        }
                    }
                    // ("de l'Institut Pasteur de Dakar": a body's branch named by its town is
                    // that branch, named as written.)
                    let place_at = end + 1 + usize::from(rules.definite_articles.contains(para.lower(end + 1)));
                    if org.as_deref() == Some(key.as_str())
                        && !super::context::is_template(key)
                        && rules.of_links.contains(para.lower(end))
                        && para.tokens.get(end + 1).is_some_and(|t| t.is_word())
                    {
                        if let Some(place) = para
                            .mark_starting(place_at)
                            .filter(|p| matches!(p.kind, MarkKind::Region(_, CountryForm::Name)))
                        {
                            linked_name = Some(name_text(para, m.start, place.end));
                            org = None;
                            i = place.end;
                        }
                    }
                    // ("de la Fédération camerounaise de football (Fecafoot)": its acronym in
                    // brackets.)
                    if para.lower(i) == "("
                        && para.lower(i + 2) == ")"
                        && para.tokens.get(i + 1).is_some_and(|t| t.is_cap())
                    {
                        i += 3;
                    }
                }
                MarkKind::Region(key, CountryForm::Name) if of_link(&link) => {
                    // ("président du conseil régional d'Occitanie": a body every region has is
                    // held in the region named after it.)
                    if org.as_deref().is_none_or(super::context::is_template) && region.is_none() {
                        region = Some(key.clone());
                        org = None;
                    }
                    i = end;
                }
                // "host of ABC's The Science Show", "editor of The Guardian": a post at an
                // outlet (its programme after a possessive is part of the title's words).
                MarkKind::Outlet(_) if of_link(&link) && org.is_none() && country.is_none() => {
                    linked_name = Some(name_text(para, m.start, end));
                    i = end;
                    if matches!(para.lower(i), "'s" | "’s") && para.tokens.get(i + 1).is_some_and(|t| t.is_cap()) {
                        i = capitalised_run(para, i + 1);
                    }
                }
                _ => {}
            }
        }
    }
    // "Minister-designate", "President-elect": a qualifier after the title.
    if let Some(q) = rules
        .post_qualifiers
        .get(para.lower(i + 1))
        .filter(|_| para.lower(i) == "-")
    {
        qualifiers.push(q.clone());
        i += 2;
    }
    // "chief executive of Lumenra Systems", "the former head of Rockwell Collins": a name no
    // lexicon knows, after "of", for posts in organisations (not in countries).
    let mut named: Option<String> = team
        .or(org_of_region)
        .or(linked_name)
        .or(named_with_country.map(|(a, b)| name_text(para, a, b)))
        .or(region_name)
        .or(compound_org.filter(|_| org.is_none() && country.is_none() && region.is_none()));
    // "medical director at Barnsley Hospital": after "at", a name no lexicon knows that ends in
    // an organisation's noun (where only names take capitals).
    if named.is_none()
        && org.is_none()
        && country.is_none()
        && region.is_none()
        && !rules.nouns_capitalised
        && !of_link(para.lower(i))
        && rules.role_links.contains(&para.lower(i))
        && takes_named_org(&role)
    {
        let j = i + 1 + usize::from(rules.definite_articles.contains(&para.lower(i + 1)));
        let run = organisation_name_end(para, pack, j);
        if run > j + 1 && para.tokens[j].is_cap() && rules.org_heads.contains(para.lower(run - 1)) {
            named = Some(name_text(para, j, run));
            i = run;
        }
    }
    if org.is_none()
        && country.is_none()
        && region.is_none()
        && of_link(para.lower(i))
        && (takes_named_org(&role) || speaks_for)
    {
        let link = i;
        let mut j = i + 1;
        if rules.definite_articles.contains(&para.lower(j)) {
            j += 1;
        }
        let mut run = organisation_name_end(para, pack, j);
        // "des Autobauers Volkswagen": a noun describing the organisation before its name.
        if run > j + 1 && para.tokens[j].is_cap() && {
            let w = para.lower(j);
            rules.organisation_descriptor_endings.iter().any(|e| w.ends_with(e))
        } {
            j += 1;
        }
        // "President of PFF Syed Faisal Saleh Hayat", "de la Ville de Bruxelles Philippe Close":
        // the holder's name after the organisation's is not part of it.
        // (An acronym alone names it where a name no lexicon knows follows: "of PFF Syed …".)
        // (Not a club's prefix: "des FC St. Gallen".)
        let acronym_only = run > j + 2 && !rules.club_prefixes.contains(para.lower(j)) && {
            let w = para.tokens[j].text(&para.text);
            super::context::in_capitals(w) && para.tokens[j + 1].is_cap()
        };
        // (The acronym first: "of PFF Syed Faisal Saleh Hayat" names its holder from "Syed", whose
        // given name no list may hold.)
        let mut holder_named = acronym_only
            .then_some(j + 1)
            .or_else(|| given_name_within(para, pack, j + 1, run));
        run = holder_named.unwrap_or(run);
        // "de la région Casablanca-Settat": an organisation's or a region's noun in small
        // letters, then the name.
        if run == j
            && (rules.org_heads.contains(para.lower(j)) || rules.region_nouns.get(para.lower(j)).is_some())
            && para.tokens.get(j + 1).is_some_and(|t| t.is_cap())
            && para.mark(j + 1).is_none()
        {
            run = organisation_name_end(para, pack, j + 1).max(j + 2);
            holder_named = given_name_within(para, pack, j + 2, run);
            run = holder_named.unwrap_or(run);
        }
        // "de l'Office chérifien des phosphates (OCP)": a name with small words, closed by its
        // acronym in brackets (the token of the opening bracket).
        // (Not over the holder's name: "de la Ville de Bruxelles Philippe Close (PS)".)
        let bracketed = (run > j && holder_named.is_none())
            .then(|| (run..(run + 5).min(para.tokens.len())).find(|&t| para.lower(t) == "("))
            .flatten()
            .filter(|&open| {
                // (An acronym, or a short name written as a word: "(Fecafoot)".)
                let acronym = para.tokens.get(open + 1).is_some_and(|t| {
                    let w = t.text(&para.text);
                    super::context::in_capitals(w) || (w.chars().count() >= 2 && t.is_cap() && run > j + 1)
                });
                let words = (run..open).all(|t| para.tokens[t].is_word() && para.mark(t).is_none());
                acronym && words && para.lower(open + 2) == ")"
            });
        if let Some(open) = bracketed {
            named = Some(name_text(para, j, open));
            i = open + 3;
        } else if run == j + 1 && rules.state_nouns.contains(para.lower(j)) {
            // The state itself: its country is the one the article is about.
            i = run;
        } else if run == j
            && !para.tokens[j].is_cap()
            && (rules.org_heads.contains(para.lower(j)) || rules.region_nouns.get(para.lower(j)).is_some())
            && rules.of_links.contains(para.lower(j + 1))
            && para.tokens.get(j + 2).is_some_and(|t| t.is_cap())
            && para.mark_starting(j + 2).is_none_or(|m| {
                matches!(
                    m.kind,
                    MarkKind::Region(_, CountryForm::Name) | MarkKind::Country(_, CountryForm::Name)
                )
            })
        {
            // "porte-parole de la mairie de Lyon", "directeur de la préfecture du Rhône": a body
            // by its noun in small letters and the place it is of.
            let end = para
                .mark_starting(j + 2)
                .map_or_else(|| organisation_name_end(para, pack, j + 2), |m| m.end);
            if end > j + 2 {
                named = Some(name_text(para, j, end));
                i = end;
            }
        } else if (run == j || run == j + 1)
            && (j == link + 2 || rules.definite_articles.contains(para.lower(link)))
            && (rules.org_heads.contains(para.lower(j)) || rules.town_nouns.contains(para.lower(j)))
            && !para.tokens.get(j + 1).is_some_and(|t| t.is_cap())
            && !rules.of_links.contains(para.lower(j + 1))
        {
            // "executive chairman of the company", "Generalsekretär des Konzerns": the
            // organisation the article is about, named by its noun; completion gives it.
            // ("Kulturschöffe der Stadt": likewise the town.)
            // ("président de la fédération camerounaise de football": where a body's name is
            // written in small letters, its adjectives and complements after the noun name it.)
            let end = if rules.name_complement_links.is_empty() || para.tokens[j].is_cap() {
                j + 1
            } else {
                small_letter_complements_end(para, pack, j + 1)
            };
            if end > j + 1 {
                named = Some(name_text(para, j, end));
            }
            i = end;
        } else if run > j {
            named = Some(name_text(para, j, run));
            i = run;
            // "président de la Commission de la CEDEAO", "chair of the Board of Orvex": a body
            // named by its head noun alone belongs to the organisation after it; the post is
            // the body's ("président de la Commission"), held in that organisation.
            if run == j + 1 && rules.org_heads.contains(para.lower(j)) && rules.of_links.contains(para.lower(run)) {
                let mut k = run + 1;
                if rules.definite_articles.contains(para.lower(k)) {
                    k += 1;
                }
                let outer = match para.mark_starting(k).map(|m| (m.end, m.kind.clone())) {
                    Some((end, MarkKind::Organisation(key))) => Some((end, None, Some(key))),
                    _ => {
                        let end = organisation_name_end(para, pack, k);
                        (end > k && para.mark_starting(k).is_none()).then(|| (end, Some(name_text(para, k, end)), None))
                    }
                };
                if let Some((end, outer_name, outer_key)) = outer {
                    complement = Some(para.text[para.tokens[link].start..para.tokens[run - 1].end].to_string());
                    named = outer_name;
                    org = outer_key;
                    // (Its acronym in brackets after it: "… Ouest-Africaine (UEMOA)".)
                    i = if para.lower(end) == "(" && para.lower(end + 2) == ")" {
                        end + 3
                    } else {
                        end
                    };
                }
            }
        }
    }
    // "Commissioner for Health", "Minister of Works and Housing": the post's field in capitals,
    // in words of a portfolio, after "for" or "of", is part of the title.
    // ("ministre des Affaires municipales", "ministre de la Santé et des Services sociaux":
    // where the language puts an article after the link and its adjectives after the noun,
    // the article, the field's small-letter adjectives and the link after "and" too.)
    let article_at = |k: usize| {
        if rules.definite_articles.contains(para.lower(k)) && !rules.role_links.contains(&para.lower(k)) {
            k + 1 + usize::from(matches!(para.lower(k + 1), "'" | "’"))
        } else {
            k
        }
    };
    if complement.is_none()
        && org.is_none()
        && named.is_none()
        && rules.role_links.contains(&para.lower(i))
        && para.tokens.get(article_at(i + 1)).is_some_and(|t| t.is_cap())
    {
        let portfolio =
            |k: usize| para.tokens.get(k).is_some_and(|t| t.is_cap()) && rules.portfolio_words.contains(para.lower(k));
        // A small-letter adjective after a portfolio's word ("municipales", "sociaux").
        let adjective = |k: usize| {
            !rules.nouns_capitalised
                && para
                    .tokens
                    .get(k)
                    .is_some_and(|t| t.kind == crate::text::TokenKind::Word)
                && para.mark(k).is_none()
                && !rules.role_links.contains(&para.lower(k))
                && !rules.definite_articles.contains(para.lower(k))
                && !rules.coordinators.contains(para.lower(k))
                && !rules.auxiliaries.contains(para.lower(k))
                && !rules.relative_pronouns.contains(para.lower(k))
        };
        // The next field after "and": its link and article, if any, then its word.
        let next_field = |k: usize| {
            let mut f = k;
            if rules.role_links.contains(&para.lower(f)) {
                f = article_at(f + 1);
            }
            portfolio(f).then_some(f)
        };
        let mut j = article_at(i + 1);
        let first = j;
        while j < i + 10 {
            if portfolio(j) || (j > first && adjective(j) && (portfolio(j - 1) || adjective(j - 1))) {
                j += 1;
            } else if let Some(f) = (j > first && rules.coordinators.contains(para.lower(j)))
                .then(|| next_field(j + 1))
                .flatten()
            {
                j = f;
            } else if let Some(f) = (j > first && para.lower(j) == "," && rules.role_links.contains(&para.lower(j + 1)))
                .then(|| next_field(j + 1))
                .flatten()
            {
                // ("ministre de la Culture, des Arts et de la Communication": a list of fields,
                // a comma before each but the last, each with its link.)
                j = f;
            } else {
                break;
            }
        }
        // (An adjective is the field's only after one of its words: "ministre des Affaires
        // municipales", not "ministre de l'Intérieur démissionne".)
        while j > first && !portfolio(j - 1) && !(j - 1 > first && adjective(j - 1) && portfolio(j - 2)) {
            j -= 1;
        }
        if j > first && !rules.coordinators.contains(para.lower(j - 1)) {
            complement = Some(para.text[para.tokens[i].start..para.tokens[j - 1].end].to_string());
            i = j;
        }
    }
    // "le ministre togolais en charge de la Communication, Guy Madjé Lorenzo", "la ministre
    // chargée de la Santé Rebecca Ruiz": the field a post is in charge of narrows it, up to a
    // comma or the name after it (a capitalised word after the field's capitalised word).
    if complement.is_none() {
        if let Some(n) = super::context::longest_phrase_len_at(para, i, &rules.charge_links) {
            if let Some(end) = charge_field_end(para, i + n) {
                complement = Some(para.text[para.tokens[i].start..para.tokens[end - 1].end].to_string());
                i = end;
            }
        }
    }
    // "Adviser on foreign policy issues": a lower-case complement narrows advisory titles.
    let narrows = ["advis", "aide", "envoy", "representative", "commissioner"]
        .iter()
        .any(|k| role.contains(k));
    if narrows && complement.is_none() && rules.topic_prepositions.contains(para.lower(i)) {
        let mut j = i + 1;
        while j < para.tokens.len()
            && j < i + 6
            && para.tokens[j].kind == crate::text::TokenKind::Word
            && para.mark(j).is_none()
        {
            j += 1;
        }
        if j > i + 1 {
            let text: Vec<&str> = para.tokens[i..j].iter().map(|t| t.lower.as_str()).collect();
            complement = Some(text.join(" "));
            i = j;
        }
    }
    // "président de la FSF (Fédération sénégalaise de football)": the name spelled out in
    // brackets after its short one is part of the title's span.
    if (org.is_some() || named.is_some()) && para.lower(i) == "(" && para.tokens.get(i + 1).is_some_and(|t| t.is_cap())
    {
        let close = (i + 2..(i + 10).min(para.tokens.len())).find(|&k| para.lower(k) == ")");
        if let Some(close) = close.filter(|&c| (i + 1..c).all(|k| para.tokens[k].is_word())) {
            i = close + 1;
        }
    }
    // A minister is a member of the government of a country, not of its ministry: "Foreign
    // Minister" with "Foreign Ministry" in the title is Russia's, when the country is known.
    let template = org.as_deref().is_some_and(|k| {
        World::get()
            .organisations
            .get(k)
            .is_some_and(|e| e.country.as_deref() == Some("*"))
    });
    if template && country.is_some() && role.ends_with("minister") {
        org = None;
    }
    // "Infosys CEO", "Ryanair boss", "Tata Sons Chairman": a business title after a name no
    // lexicon knows.
    // Not for "president" unless an organisation's noun ends the name ("Nigeria Football
    // Federation President"): "On Tuesday President Biden" has no organisation before the title.
    let role_start = (start..i)
        .find(|&k| {
            para.mark_starting(k)
                .is_some_and(|m| matches!(m.kind, MarkKind::Role(_)))
        })
        .unwrap_or(start);
    let org_noun_before =
        role_start > 0 && para.tokens[role_start - 1].is_cap() && rules.org_heads.contains(para.lower(role_start - 1));
    if named.is_none()
        && org.is_none()
        && country.is_none()
        && region.is_none()
        && takes_named_org(&role)
        && (!role.contains("president") || org_noun_before)
        && !pack.rules.names_decline
    {
        // "Acme Corp's chief executive": the name may take a possessive, which makes the title
        // definite.
        // ("Super Eagles' technical adviser": a plural's apostrophe alone.)
        let plural_possessive = role_start >= 2
            && matches!(para.lower(role_start - 1), "'" | "’")
            && para.tokens[role_start - 1].start == para.tokens[role_start - 2].end
            && para.lower(role_start - 2).ends_with('s');
        let possessive = role_start >= 2 && (matches!(para.lower(role_start - 1), "'s" | "’s") || plural_possessive);
        let name_end = if possessive { role_start - 1 } else { role_start };
        let mut k = name_end;
        while k > 0 && k > name_end.saturating_sub(5) {
            let prev = &para.tokens[k - 1];
            let lead_word = rules.qualifiers.get(para.lower(k - 1)).is_some()
                || rules.title_fillers.contains(para.lower(k - 1))
                || rules.party_adjectives.get(para.lower(k - 1)).is_some();
            // ("Harlow Bank's chairman": an organisation's noun is no person's name but is a
            // company's.)
            if prev.is_cap()
                && para.mark(k - 1).is_none()
                && (!rules.never_names.contains(&para.lower(k - 1)) || rules.org_heads.contains(para.lower(k - 1)))
                && !lead_word
            {
                k -= 1;
            } else if let Some(m) = para.mark_ending(k).filter(|m| {
                // ("Social Democrats leader": a known name, "Democrats", inside a longer one no
                // lexicon knows is part of that one.)
                matches!(m.kind, MarkKind::Organisation(_))
                    && m.start > 0
                    && m.start + 1 == k
                    && para.tokens[m.start].is_cap()
                    && para.tokens[m.start - 1].is_cap()
                    && para.tokens[m.start - 1].is_word()
                    && para.mark(m.start - 1).is_none()
                    && !rules.definite_articles.contains(&para.lower(m.start - 1))
                    && !rules.never_names.contains(&para.lower(m.start - 1))
            }) {
                k = m.start;
            } else if let Some(m) = para.mark_ending(k).filter(|m| {
                matches!(m.kind, MarkKind::Country(_, CountryForm::Name)) && k < name_end && org_noun_before
            }) {
                // "Nigeria Football Federation": a country's name inside the organisation's.
                k = m.start;
            } else {
                break;
            }
        }
        // ("Company chairman": an organisation's noun alone names no organisation.)
        if k + 1 == name_end && rules.org_heads.contains(para.lower(k)) {
            k = name_end;
        }
        if k < name_end {
            named = Some(para.text[para.tokens[k].start..para.tokens[name_end - 1].end].to_string());
            // "former Kestrel Rovers manager": a qualifier before the organisation's name is the
            // title's.
            // (Also before another name joined to it: "former Burnley and Bolton Wanderers
            // manager".)
            let mut before = k;
            if k >= 2 && rules.coordinators.contains(para.lower(k - 1)) && para.tokens[k - 2].is_cap() {
                let mut b = k - 2;
                while b > 0 && b + 4 > k && para.tokens[b - 1].is_cap() && para.mark(b - 1).is_none() {
                    b -= 1;
                }
                if b > 0 && rules.qualifiers.get(para.lower(b - 1)).is_some() {
                    before = b;
                }
            }
            let mut start = before;
            if let Some(q) = (before > 0)
                .then(|| rules.qualifiers.get(para.lower(before - 1)))
                .flatten()
            {
                if !qualifiers.contains(q) {
                    qualifiers.push(q.clone());
                }
                start = before - 1;
            }
            return Some(Title {
                start,
                end: i,
                role,
                complement: None,
                org: named.map(OrgRef::Named),
                qualifiers,
                written,
                definite: definite || possessive,
                indefinite,
                also: None,
            });
        }
    }
    // A diplomat named by a capital ("Moscow's ambassador") is the country's; any other post
    // named by a region or city is the region's, not the country's.
    let diplomatic = World::get().roles.get(&role).is_some_and(|r| r.kind == "diplomacy");
    let region_country = |r: &str| World::get().regions.get(r).and_then(|e| e.country.clone());
    // A prime minister of a region is its premier ("Premier of Victoria", "NSW Premier").
    if region.is_some() && role == "prime-minister" {
        role = "premier".to_string();
    }
    // A national legislator named by a town or a region without a legislature of its own
    // ("le député de Thiès", "Kisumu Senator") sits for it: the post is the country's (a
    // state's, province's or Land's legislators stay theirs: "NSW MP").
    let constituency = World::get().roles.get(&role).is_some_and(|r| {
        matches!(
            r.key.as_str(),
            "member-of-parliament" | "senator" | "lawmaker" | "congressman"
        )
    }) && region
        .as_deref()
        .and_then(|r| World::get().regions.get(r))
        .is_some_and(|e| matches!(e.kind.as_str(), "city" | "district" | "region"));
    let org = match (org, region, country, named) {
        (Some(key), _, c, _) => Some(organisation(&key, c.as_deref())),
        (None, Some(r), c, _) if diplomatic || constituency => c.or_else(|| region_country(&r)).map(OrgRef::Country),
        (None, Some(r), _, _) => Some(OrgRef::Region(r)),
        (None, None, Some(c), _) => Some(OrgRef::Country(c)),
        (None, None, None, Some(n)) => Some(match known_organisation(pack, &n) {
            Some(key) => organisation(&key, None),
            None => OrgRef::Named(n),
        }),
        (None, None, None, None) => None,
    };
    Some(Title {
        start,
        end: i,
        role,
        complement,
        org,
        qualifiers,
        written,
        definite,
        indefinite,
        also,
    })
}

/// "Свердловской области", "Краснодарского края", "Миколаївської області" at token `i`: the
/// region in the nominative ("Свердловская область"), or one of its bodies ("Харківської
/// обласної державної адміністрації": "Харківська обласна державна адміністрація"), and the
/// token after it.
fn region_genitive(para: &Para, rules: &LangRules, i: usize) -> Option<(String, usize)> {
    // (Or a region's adjective in small letters, as the gazetteer knows it: "голова
    // закарпатської ОДА".)
    let adjective = para.tokens.get(i).filter(|t| {
        t.is_cap()
            || para
                .mark_starting(i)
                .is_some_and(|m| m.end == i + 1 && matches!(m.kind, MarkKind::Region(..)))
    })?;
    // The longest body, else a region's noun.
    let body = rules
        .region_bodies
        .iter()
        .filter_map(|(phrase, nominative)| super::context::phrase_len_at(para, i + 1, phrase).map(|n| (n, nominative)))
        .max_by_key(|(n, _)| *n)
        .map(|(n, nominative)| (nominative.clone(), i + 1 + n));
    let (noun, end) = match body {
        Some((nominative, end)) => (nominative, end),
        None => (rules.region_nouns.get(para.lower(i + 1))?.clone(), i + 2),
    };
    let word = adjective.text(&para.text);
    let nominative = rules
        .region_adjective_endings
        .iter()
        .find_map(|(g, n)| word.strip_suffix(g).map(|stem| format!("{stem}{n}")))?;
    let mut letters = nominative.chars();
    let nominative: String = letters
        .next()
        .into_iter()
        .flat_map(char::to_uppercase)
        .chain(letters)
        .collect();
    Some((format!("{nominative} {noun}"), end))
}

/// The organisation the lexicon knows by exactly the tokens `start..end`, in whatever case they
/// are written («Газпрома»).
pub(super) fn organisation_marked(para: &Para, start: usize, end: usize) -> Option<OrgRef> {
    para.mark_starting(start)
        .filter(|m| m.end == end)
        .and_then(|m| match &m.kind {
            MarkKind::Organisation(key) => Some(organisation(key, None)),
            _ => None,
        })
}

/// The organisation a name found in a title is, when the lexicon knows the whole name
/// ("Siemens" of "Siemens-Chef").
fn known_organisation(pack: &LanguagePack, name: &str) -> Option<String> {
    let tokens = crate::text::tokenize(name, 0..name.len());
    pack.organisations
        .longest_at(&tokens, 0, name)
        .filter(|(end, _)| *end == tokens.len())
        .map(|(_, key)| key)
}

/// A team's posts: where no lexicon places them, a team's name beside them can.
pub(super) const TEAM_POSTS: &[&str] = &["coach", "head-coach", "assistant-coach", "captain"];

/// Posts held in companies and institutions, whose organisation may be any name.
pub(super) fn takes_named_org(role: &str) -> bool {
    let category = World::get().roles.get(role).map(|r| r.kind.as_str()).unwrap_or("");
    matches!(
        category,
        "business" | "international" | "other" | "media" | "regional" | "local" | "judiciary"
    ) || [
        "chief",
        "chair",
        "director",
        "head",
        "founder",
        "president",
        "officer",
        "manager",
        "governor",
        "leader",
        "secretary-general",
        // ("Veltrane spokesman", "Arsenal spokeswoman": a government's spokesperson is named by
        // a lexicon's body, "Kremlin spokesman".)
        "spokesperson",
    ]
    .iter()
    .any(|w| role.contains(w))
}

/// Where a run of capitalised words (not lexicon phrases) starting at `j` ends.
fn capitalised_run(para: &Para, j: usize) -> usize {
    let mut k = j;
    while k < para.tokens.len() && k < j + 5 && para.tokens[k].is_cap() {
        k += 1;
    }
    k
}

/// The end of an organisation's name starting at `j`: a name in quotes («Ростех», „Welt am
/// Sonntag“), or capitalised words with the small words between them ("Bank of England") and
/// the organisation nouns after them ("Nottinghamshire police authority").
pub(super) fn organisation_name_end(para: &Para, pack: &LanguagePack, j: usize) -> usize {
    if matches!(para.lower(j), "«" | "„" | "“" | "\"") {
        return (j + 1..(j + 8).min(para.tokens.len()))
            .find(|&k| matches!(para.lower(k), "»" | "“" | "”" | "\""))
            .filter(|&close| close > j + 1)
            .map_or(j, |close| close + 1);
    }
    let rules = &pack.rules;
    let mut k = capitalised_run(para, j);
    // "FC St. Gallen": an abbreviation's dot inside the name.
    while k > j
        && para.lower(k) == "."
        && rules.abbreviations.contains(para.lower(k - 1))
        && para.tokens.get(k + 1).is_some_and(|t| t.is_cap())
    {
        k = capitalised_run(para, k + 1);
    }
    // "Bank of England", "CIUSSS de l'Estrie": a small word (and its article) between
    // capitalised words.
    loop {
        if !(k > j && rules.name_inner_words.contains(para.lower(k))) {
            break;
        }
        let article = usize::from(rules.name_complement_articles.contains(para.lower(k + 1)));
        // ("la Commission de la CEDEAO": a body of the organisation named next, see
        // parse_title.)
        if article == 1 && k == j + 1 && rules.org_heads.contains(para.lower(j)) {
            break;
        }
        if !para.tokens.get(k + 1 + article).is_some_and(|t| t.is_cap()) {
            break;
        }
        k = capitalised_run(para, k + 1 + article);
    }
    // "l'Association des spécialistes en médecine d'urgence du Québec", "la Fédération
    // québécoise de football": a capitalised head noun whose complements are in small letters.
    if k == j + 1 && rules.org_heads.contains(para.lower(j)) && !rules.name_complement_links.is_empty() {
        k = small_letter_complements_end(para, pack, k);
    }
    let mut heads = 0;
    while k > j
        && heads < 3
        && para.tokens.get(k).is_some_and(|t| !t.is_cap())
        && rules.org_heads.contains(para.lower(k))
    {
        k += 1;
        heads += 1;
    }
    k
}

/// The end of an organisation's name written in small letters after its head noun (at `from`):
/// an adjective at most after each noun ("québécoise"), and complements each opened by a link
/// and an article ("des spécialistes", "en médecine", "d'urgence", "du Québec"), ten words at
/// most. A word that is a preposition, an auxiliary, an adverb or a conjunction ends it.
pub(super) fn small_letter_complements_end(para: &Para, pack: &LanguagePack, from: usize) -> usize {
    let rules = &pack.rules;
    let plain = |t: usize| {
        let Some(token) = para.tokens.get(t) else { return false };
        let w = para.lower(t);
        token.is_word()
            && !token.is_cap()
            && w.chars().count() >= 3
            && !w.chars().any(|c| c.is_ascii_digit())
            && !rules.name_complement_links.contains(w)
            && !rules.name_complement_articles.contains(w)
            && !rules.auxiliaries.contains(w)
            && !rules.copulas.contains(w)
            && !rules.complementizers.contains(w)
            && !rules.relative_pronouns.contains(w)
            && !rules.coordinators.contains(w)
            && !rules.date_prepositions.contains(w)
            && !rules.place_prepositions.contains(w)
            && !rules.topic_prepositions.contains(w)
            && !rules.event_prepositions.contains(w)
            && !rules.is_adverb(w)
            && !rules.months.iter().any(|(m, _)| m == w)
            && !rules.weekdays.iter().any(|(d, _)| w.starts_with(d.as_str()))
            && !para
                .mark(t)
                .is_some_and(|m| matches!(m.kind, MarkKind::Speech(_) | MarkKind::Role(_)))
    };
    let limit = (from + 10).min(para.tokens.len());
    // ("la Commission de la CEDEAO": a body of the organisation named next, see parse_title.)
    let article_after_link = usize::from(rules.name_complement_articles.contains(para.lower(from + 1)));
    if rules.name_complement_links.contains(para.lower(from))
        && para
            .tokens
            .get(from + 1 + article_after_link)
            .is_some_and(|t| t.is_cap())
    {
        return from;
    }
    let mut end = from;
    // One adjective right after the head, before a link or the end of the phrase.
    if plain(from)
        && (para.tokens.get(from + 1).is_none_or(|t| !t.is_word())
            || rules.name_complement_links.contains(para.lower(from + 1)))
    {
        end = from + 1;
    }
    let mut t = end;
    while t < limit && rules.name_complement_links.contains(para.lower(t)) {
        let mut u = t + 1;
        if rules.name_complement_articles.contains(para.lower(u)) {
            u += 1;
        }
        if para.tokens.get(u).is_some_and(|x| x.is_cap()) {
            // "du Québec", "de l'Estrie": a place's name closes the complement.
            while u < limit
                && para.tokens[u].is_cap()
                && para.mark(u).is_none_or(|m| !matches!(m.kind, MarkKind::Role(_)))
            {
                u += 1;
            }
        } else if plain(u) {
            u += 1;
            if plain(u)
                && (para.tokens.get(u + 1).is_none_or(|x| !x.is_word())
                    || rules.name_complement_links.contains(para.lower(u + 1)))
            {
                u += 1;
            }
        } else {
            break;
        }
        if u > limit {
            break;
        }
        end = u;
        t = u;
    }
    // "… économique et monétaire Ouest-Africaine (UEMOA)": a capitalised last word before the
    // name's acronym in brackets.
    if end > from
        && para.tokens.get(end).is_some_and(|x| x.is_cap() && x.is_word())
        && para.lower(end + 1) == "("
        && para.lower(end + 3) == ")"
    {
        end += 1;
    }
    end
}

/// The first token of `from..end` that is a known given name followed by another capitalised
/// word (a name begins there), if any.
/// Not after a title ("Berater von Kremlchef Wladimir Putin": the post is held with a person).
fn given_name_within(para: &Para, pack: &LanguagePack, from: usize, end: usize) -> Option<usize> {
    let name = (from..end).find(|&k| {
        para.tokens[k].is_cap()
            && para.tokens.get(k + 1).is_some_and(|t| t.is_cap())
            && pack.given_name(para.tokens[k].text(&para.text)).is_some()
    })?;
    let titled = (from.saturating_sub(1)..name).any(|t| {
        para.mark(t)
            .is_some_and(|m| matches!(m.kind, MarkKind::Role(_) | MarkKind::Roles(_)))
    });
    (!titled).then_some(name)
}

/// The comma that closes a title running on past its parse in plain words (no speech verb),
/// a few words at most: "le CEO du groupe Erum en Europe et en Afrique, Blanca Erum",
/// "présidente de l'association des riverains, « … »".
pub(super) fn comma_after_title(para: &Para, title_end: usize, limit: usize) -> Option<usize> {
    (title_end..(title_end + 8).min(limit).min(para.tokens.len()))
        .take_while(|&k| {
            para.lower(k) == "," || (para.tokens[k].is_word() && super::context::is_speech(para, k).is_none())
        })
        .find(|&k| para.lower(k) == ",")
}

/// "«Банка развития Казахстана» (БРК)": the token after a short name or spelled-out one in
/// brackets right after an organisation's name ending at `end`, else `end`.
fn past_brackets(para: &Para, end: usize) -> usize {
    if para.lower(end) != "(" || !para.tokens.get(end + 1).is_some_and(|t| t.is_cap()) {
        return end;
    }
    (end + 2..(end + 8).min(para.tokens.len()))
        .find(|&k| para.lower(k) == ")")
        .filter(|&c| (end + 1..c).all(|k| para.tokens[k].is_word()))
        .map_or(end, |c| c + 1)
}

/// An organisation's name as written, without the quote marks around it.
pub(super) fn name_text(para: &Para, j: usize, end: usize) -> String {
    let text = &para.text[para.tokens[j].start..para.tokens[end - 1].end];
    text.trim_matches(|c: char| matches!(c, '«' | '»' | '„' | '“' | '”' | '"'))
        .to_string()
}

/// The title that ends right before token `end` (a name follows it), longest first. An
/// honorific may stand between them, and a definite title may stand in apposition before the
/// name ("The EU's foreign policy chief, Josep Borrell, said").
pub fn title_ending_at(para: &Para, pack: &LanguagePack, end: usize) -> Option<Title> {
    // Without the ranks first: "General" ends "Secretary General" as often as it is one.
    let ranks = &pack.rules.ranks;
    let mut stripped = end;
    while stripped > 0
        && (ranks.contains(para.lower(stripped - 1))
            || (para.lower(stripped - 1) == "." && stripped > 1 && ranks.contains(para.lower(stripped - 2))))
    {
        stripped -= 1;
    }
    let whole = title_ending_exactly(para, pack, end)
        .or_else(|| posting_before(para, pack, end).and_then(|at| title_ending_exactly(para, pack, at)))
        .or_else(|| honorific_before(para, pack, end).and_then(|at| title_ending_exactly(para, pack, at)))
        .or_else(|| {
            acronym_before(para, end)
                .and_then(|at| title_ending_exactly(para, pack, at))
                .filter(|t| acronym_of(para, t.start..end - 3, end - 2))
        });
    if stripped == end {
        return whole;
    }
    // A rank alone ("General") gives way to the title before it: "India's Chief of Defence
    // Staff, General Anil Chauhan", "Pakistan's Chief of Army Staff General Syed Asim Munir".
    if whole.as_ref().is_none_or(|t| t.start >= stripped) {
        if let Some(t) = title_ending_exactly(para, pack, stripped) {
            return Some(t);
        }
    }
    whole
}

/// A one-word name in quotes after a title, which stands in the genitive where names decline,
/// in its nominative by the pack's endings (`quoted_name_genitives`, longest first): «Уфы» is
/// Уфа, «Спартака» Спартак; a name no ending fits stays as written.
fn quoted_name_nominative(rules: &crate::lang::LangRules, name: &str) -> String {
    let lower = name.to_lowercase();
    let best = rules
        .quoted_name_genitives
        .iter()
        .filter(|(ending, _)| lower.ends_with(*ending) && lower.chars().count() >= ending.chars().count() + 2)
        .max_by_key(|(ending, _)| ending.chars().count());
    match best {
        Some((ending, nominative)) if name.len() == lower.len() => {
            format!("{}{nominative}", &name[..name.len() - ending.len()])
        }
        _ => name.to_string(),
    }
}

/// Whether a title's first word as written (`head`, in small letters) is its lexicon
/// nominative in another case ("премьера" of "премьер"), where names decline.
pub(super) fn head_in_oblique_case(pack: &LanguagePack, role: &str, head: &str) -> bool {
    let rules = &pack.rules;
    rules.names_decline
        && World::get().roles.get(role).is_some_and(|e| {
            let canonical = e.label(pack.lang).split(' ').next().unwrap_or("").to_lowercase();
            let mut stem = canonical.as_str();
            while let Some(cut) = rules.title_stem_endings.iter().find_map(|e| stem.strip_suffix(e)) {
                stem = cut;
            }
            // Case endings only: "посолка", "президентка" are feminine titles.
            let ending = head.strip_prefix(stem).unwrap_or("");
            stem.chars().count() >= 4 && head != canonical && rules.case_endings.contains(ending)
        })
}

/// Whether a post's title names the one body it is held in ("conseiller fédéral": the Federal
/// Council; "Secretary of State": the US), whatever else the text names beside it.
pub(super) fn names_own_body(role: &str) -> bool {
    World::get().roles.get(role).is_some_and(|r| r.country.is_some())
}

/// "Chief Justice of Pakistan (CJP) Iftikhar Muhammad Chaudhry": the title's acronym in
/// brackets between title and name. Where it ends right before `end`, the bracket's token.
fn acronym_before(para: &Para, end: usize) -> Option<usize> {
    let open = end.checked_sub(3)?;
    let acronym = para.tokens[open + 1].text(&para.text);
    (para.lower(open) == "("
        && para.lower(end - 1) == ")"
        && (2..=6).contains(&acronym.chars().count())
        && acronym.chars().all(char::is_uppercase))
    .then_some(open)
}

/// Whether the word at `acronym` is made of the initials of the capitalised words of `words`
/// ("Attorney General of Pakistan (AGP)"; not a body's, "Конференції міністрів … (IMK)").
fn acronym_of(para: &Para, words: std::ops::Range<usize>, acronym: usize) -> bool {
    let initials: String = words
        .filter(|&k| para.tokens[k].is_cap())
        .filter_map(|k| para.tokens[k].text(&para.text).chars().next())
        .collect();
    initials == para.tokens[acronym].text(&para.text)
}

/// "le directeur de la santé publique, le Dr Alain Poirier,": an honorific, with its article,
/// after the comma that sets the name off. Where it ends right before `end`, the token after
/// the comma.
fn honorific_before(para: &Para, pack: &LanguagePack, end: usize) -> Option<usize> {
    let rules = &pack.rules;
    let honorific = |k: usize| rules.personal_honorifics.contains(para.lower(k));
    // (Several, each with or without its dot: "Rt. Hon. Abbas Tajudeen"; a rank may open them.)
    let any = |k: usize| honorific(k) || rules.ranks.contains(para.lower(k));
    let mut h = end;
    while h + 6 > end {
        if h >= 2 && para.lower(h - 1) == "." && (if h == end { honorific(h - 2) } else { any(h - 2) }) {
            h -= 2;
        } else if h >= 1 && (if h == end { honorific(h - 1) } else { any(h - 1) }) {
            h -= 1;
        } else {
            break;
        }
    }
    if h == end {
        return None;
    }
    if h >= 1 && rules.definite_articles.contains(para.lower(h - 1)) {
        h -= 1;
    }
    (h >= 1 && para.lower(h - 1) == ",").then_some(h)
}

/// "посол України в Лондоні Вадим Пристайко", "the ambassador in Washington": a place the post is
/// held in, between title and name. Where that place phrase (a preposition and one or two
/// capitalised words) ends right before `end`, the token it starts at.
pub fn posting_before(para: &Para, pack: &LanguagePack, end: usize) -> Option<usize> {
    (1..=2).find_map(|n| {
        let prep = end.checked_sub(n + 1)?;
        let place = (prep + 1..end).all(|k| para.tokens[k].is_cap());
        (place && pack.rules.place_prepositions.contains(para.lower(prep))).then_some(prep)
    })
}

/// Where the name after a title may start: right after it, after a comma, or after the place
/// the post is held in ("посол України в Лондоні Вадим Пристайко").
pub fn name_starts_after(para: &Para, pack: &LanguagePack, title_end: usize) -> Vec<usize> {
    let mut at = vec![title_end];
    if para.lower(title_end) == "," {
        at.push(title_end + 1);
        // "The Commissioner for Works, Engr. Musa Bello", "The Speaker, Rt. Hon. Abbas
        // Tajudeen": honorifics and ranks, each with or without its dot, before the name.
        let rules = &pack.rules;
        let honorific =
            |k: usize| rules.personal_honorifics.contains(para.lower(k)) || rules.ranks.contains(para.lower(k));
        let mut k = title_end + 1;
        while k < title_end + 7 && honorific(k) {
            k += 1;
            if para.lower(k) == "." {
                k += 1;
            }
        }
        if k > title_end + 1 {
            at.push(k);
        }
    }
    if pack.rules.place_prepositions.contains(para.lower(title_end)) {
        for n in 1..=2 {
            if (title_end + 1..title_end + 1 + n).all(|k| para.tokens.get(k).is_some_and(|t| t.is_cap())) {
                at.push(title_end + 1 + n);
            }
        }
    }
    at
}

fn title_ending_exactly(para: &Para, pack: &LanguagePack, end: usize) -> Option<Title> {
    let sentence = para.sentence_of(end.saturating_sub(1));
    let from = end.saturating_sub(16).max(sentence.start);
    // (A title holds a role's mark at or after its start: none begins after the last one.)
    let last_role = (from..end).rev().find(|&k| {
        para.mark_starting(k)
            .is_some_and(|m| matches!(m.kind, MarkKind::Role(_)))
    })?;
    if let Some(t) = (from..=last_role).find_map(|s| parse_title(para, pack, s).filter(|t| t.end == end)) {
        return Some(t);
    }
    // "The EU's foreign policy chief, Josep Borrell", "President of the Nigeria Football
    // Federation, Mr. Amaju Melvin Pinnick": a definite title, or one that opens the sentence,
    // in apposition before the name.
    if end > from + 1 && para.lower(end - 1) == "," {
        let before = end - 1;
        let opening = |t: &Title| t.definite || t.start == sentence.start;
        // ("Le ministre de la Culture, porte-parole du gouvernement, M. X": a second title set
        // off after an opening one is apposed too; the first is the holder's as well.)
        let after_opening = |t: &Title| {
            t.start > from + 1
                && para.lower(t.start - 1) == ","
                && (from..t.start - 1)
                    .any(|s| parse_title(para, pack, s).is_some_and(|p| p.end == t.start - 1 && opening(&p)))
        };
        let apposed = |before: usize| {
            (from..before.min(last_role + 1)).find_map(|s| {
                parse_title(para, pack, s).filter(|t| t.end == before && (opening(t) || after_opening(t)))
            })
        };
        // ("der Direktor des British Museums in London, Neil MacGregor": the place the post is
        // held in may close it.)
        // ("le président de la communauté d'agglomération Arles-Crau, Claude Vulpian": its words
        // may run on past its parse.)
        // (Only a title that opens its phrase, not one inside a phrase before a clause's
        // subject: "Évoquant sa décoration par le Souverain du Wissam Al Alaoui, Mme Lintz a
        // souligné".)
        let opens_phrase = |t: &Title| opens_phrase(para, &pack.rules, t.start);
        let running_on = || {
            (from..before.min(last_role + 1)).find_map(|s| {
                parse_title(para, pack, s)
                    .filter(|t| t.end < before && (t.definite || t.start == sentence.start) && opens_phrase(t))
                    .and_then(|t| run_on(para, pack, &t, before))
            })
        };
        return apposed(before)
            .or_else(|| posting_before(para, pack, before).and_then(apposed))
            .or_else(running_on);
    }
    None
}

/// Whether a title starting at `start` opens its phrase: the sentence's start, or after a
/// comma, colon, semicolon, bracket or "and" (not inside a phrase: "des hôtes du chef de l'Etat").
pub(super) fn opens_phrase(para: &Para, rules: &LangRules, start: usize) -> bool {
    start == para.sentence_of(start).start
        || matches!(para.lower(start - 1), "," | ":" | ";" | "(")
        || rules.coordinators.contains(para.lower(start - 1))
}

/// The text of tokens `from..to` as written.
fn text_between(para: &Para, from: usize, to: usize) -> &str {
    &para.text[para.tokens[from].start..para.tokens[to - 1].end]
}

/// "le président de la communauté d'agglomération Arles-Crau-Camargue-Montagnette, Claude
/// Vulpian", "Sabine Bernasconi, vice-présidente du conseil départemental des Bouches-du-Rhône,",
/// "John Smith, director of research at the University of Oxford, said": a title's words may run
/// on past what its parse knows, up to the mark that closes the apposition (`stop`). The title
/// stretched to `stop`, where the run is one of these phrases and nothing else:
/// - an "of" phrase: a capitalised name ("du Directeur des poursuites"), a body's noun and its
///   name ("de la santé publique de l'Estrie", "of the town of Springfield"), or a field in small
///   letters ("de la performance des opérations", "of research");
/// - then places or bodies, each a preposition and a capitalised name ("en Europe et en Afrique",
///   "au Maroc", "at Harvard University"), the first of which not a place's ("at", "au") names
///   the body where nothing before did;
/// - one adjective may come first, right after the title's word ("leader parlementaire").
///
/// The field's words narrow the post (its complement, shown in its label). A clause, a number,
/// a date, another title, a name no preposition leads to: not such a run, no title. Languages
/// that capitalise their nouns give no sign of where a name begins, and those that make "of" a
/// case have their own rules for it: none for them.
pub(super) fn run_on(para: &Para, pack: &LanguagePack, t: &Title, stop: usize) -> Option<Title> {
    let rules = &pack.rules;
    if rules.nouns_capitalised || rules.of_links.is_empty() || stop <= t.end || stop > t.end + 12 {
        return None;
    }
    let of_link = |k: usize| rules.of_links.contains(para.lower(k));
    let linking = |k: usize| {
        let w = para.lower(k);
        rules.of_links.contains(w) || rules.place_prepositions.contains(w) || rules.role_links.contains(&w)
    };
    let apostrophe = |k: usize| matches!(para.lower(k), "'" | "’");
    // (Not one that is a preposition too: "au".)
    let article = |k: usize| {
        (rules.definite_articles.contains(para.lower(k)) && !rules.role_links.contains(&para.lower(k))) || apostrophe(k)
    };
    let cap = |k: usize| {
        k < stop && para.tokens[k].is_cap() && para.mark(k).is_none_or(|m| !matches!(m.kind, MarkKind::Role(_)))
    };
    // A word in small letters that is no function word, no verb this pack knows, no number.
    let small_word = |k: usize| {
        let tok = &para.tokens[k];
        let w = tok.lower.as_str();
        k < stop
            && tok.kind == crate::text::TokenKind::Word
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !linking(k)
            && !article(k)
            && !rules.coordinators.contains(w)
            && !rules.relative_pronouns.contains(w)
            && !rules.verb_final_relatives.contains(w)
            && !rules.auxiliaries.contains(w)
            && para.mark_starting(k).is_none()
    };
    // A capitalised name from `c`, with the small words and hyphens inside it ("Musée du Louvre",
    // "Arles-Crau-Camargue-Montagnette").
    let name_end = |c: usize| {
        let mut k = c;
        while k < stop {
            if cap(k) {
                k += 1;
            } else if (para.inner_hyphen(k) || rules.name_inner_words.contains(para.lower(k))) && cap(k + 1) {
                k += 2;
            } else {
                break;
            }
        }
        k
    };
    let skip_articles = |mut k: usize| {
        while k < stop && article(k) {
            k += 1;
        }
        k
    };

    let mut k = t.end;
    let adjective =
        small_word(k) && t.written.to_lowercase().ends_with(para.lower(k.saturating_sub(1))) && linking(k + 1);
    if adjective {
        k += 1;
    }
    if !linking(k) {
        return None;
    }
    let first_link = k;
    // The "of" phrase: (name start, name end) of the body it names, and where its field ends.
    let mut body: Option<(usize, usize)> = None;
    let mut field_end = k;
    if of_link(k) {
        let j = skip_articles(k + 1);
        if cap(j) {
            let e = name_end(j);
            body = Some((j, e));
            k = e;
            // ("du Directeur des poursuites criminelles et pénales": a name capitalised first,
            // then small words of its own.)
            if of_link(k) {
                let mut f = skip_articles(k + 1);
                while small_word(f) || (rules.coordinators.contains(para.lower(f)) && small_word(f + 1)) {
                    f += 1;
                }
                if f == stop && f > k + 1 {
                    body = Some((j, stop));
                    k = stop;
                }
            }
        } else {
            // Small words, "of"s and articles between them: a field, or a body's noun that a
            // name closes.
            let mut f = j;
            let mut words = 0;
            while f < stop && words <= 5 {
                if small_word(f) {
                    words += 1;
                    f += 1;
                } else if ((of_link(f) || article(f))
                    && f + 1 < stop
                    && (small_word(f + 1) || article(f + 1) || cap(f + 1)))
                    || (rules.coordinators.contains(para.lower(f)) && small_word(f + 1))
                {
                    // (A link or an article before the next word; "and" before a small one.)
                    f += 1;
                } else {
                    break;
                }
            }
            if words == 0 {
                return None;
            }
            // ("d'agglomération Arles-Crau": a name right after the body's noun is the body's;
            // after an "of" it is the body, the words before it a field: "de la stratégie
            // numérique d'Orvalis", "de la santé publique de l'Estrie".)
            if cap(f) && (small_word(f - 1) || of_link(f - 1) || article(f - 1)) {
                let e = name_end(f);
                // ("of the town of Brackley", "de la commune de Laxenburg": a body's noun alone
                // before the "of" is the body's.)
                let nouns: Vec<usize> = (j..f).filter(|&w| small_word(w)).collect();
                let body_noun = matches!(nouns.as_slice(), [n] if rules.org_heads.contains(para.lower(*n))
                    || rules.region_nouns.get(para.lower(*n)).is_some()
                    || rules.town_nouns.contains(para.lower(*n)));
                body = Some((if small_word(f - 1) || body_noun { j } else { f }, e));
                field_end = if body_noun { first_link } else { f };
                k = e;
            } else {
                field_end = f;
                k = f;
            }
        }
    }
    // Then places or bodies, each a preposition and a name, "and" between them.
    let mut held_at: Option<(usize, usize)> = None;
    while k < stop {
        if rules.coordinators.contains(para.lower(k)) && linking(k + 1) {
            k += 1;
        }
        if !linking(k) {
            return None;
        }
        let j = skip_articles(k + 1);
        if !cap(j) {
            return None;
        }
        let e = name_end(j);
        // ("à l'Université de Lausanne": a place's preposition before a body's name, its noun
        // among the name's words, is where the post is held too.)
        let body_name = (j..e).any(|w| rules.org_heads.contains(para.lower(w)));
        if held_at.is_none() && (!rules.place_prepositions.contains(para.lower(k)) || body_name) && !of_link(k) {
            held_at = Some((j, e));
        }
        k = e;
    }
    if k != stop || (k == first_link) {
        return None;
    }
    let mut stretched = t.clone();
    stretched.end = stop;
    match (&t.org, body) {
        // ("procureure du Directeur des poursuites criminelles et pénales": the name the parse
        // took runs on.)
        (Some(OrgRef::Named(name)), None) if !adjective && of_link(first_link) && field_end > first_link => {
            stretched.org = Some(OrgRef::Named(format!(
                "{name} {}",
                text_between(para, t.end, field_end)
            )));
            field_end = t.end;
        }
        (None, Some((from, to))) => {
            // "de la communauté d'agglomération Arles-Crau-Camargue-Montagnette": the body's
            // noun and its name; "du Directeur des poursuites": the name.
            stretched.org = Some(OrgRef::Named(name_text(para, from, to)));
        }
        (None, None) => {
            if let Some((from, to)) = held_at {
                stretched.org = Some(OrgRef::Named(name_text(para, from, to)));
            }
        }
        _ => {}
    }
    // (Without the small words that led to the name: "de la santé publique de l'".)
    while field_end > t.end && (linking(field_end - 1) || article(field_end - 1)) {
        field_end -= 1;
    }
    let complement_end = if field_end > t.end {
        field_end
    } else if adjective {
        t.end + 1
    } else {
        t.end
    };
    if complement_end > t.end && t.complement.is_none() {
        stretched.complement = Some(text_between(para, t.end, complement_end).to_string());
    }
    Some(stretched)
}

/// Where the field after "en charge de" / "in charge of" ends: at a comma or other mark, at the
/// paragraph's end, or before a capitalised word right after the field's capitalised word (the
/// name after the title). At most six words; none where nothing ends it by then (a clause, not
/// a field).
fn charge_field_end(para: &Para, from: usize) -> Option<usize> {
    let mut k = from;
    let mut capitalised_before = false;
    while k < para.tokens.len() && k < from + 7 {
        let t = &para.tokens[k];
        let apostrophe = matches!(t.lower.as_str(), "'" | "’");
        if !t.is_word() && !apostrophe {
            break;
        }
        if t.is_cap() && capitalised_before {
            break;
        }
        capitalised_before = t.is_cap();
        k += 1;
    }
    let ended = k == para.tokens.len() || k < from + 7;
    (k > from && ended).then_some(k)
}

/// Where a run of lower-case words in the genitive after a title ends (`from` when there is
/// none): at most six words, "и" joining two fields; no word a lexicon knows, no organisation's
/// noun (that names the body: «директор театра Вахтангова»). (A verb after a title is a speech
/// verb, which the lexicon knows, or in the past tense, where "-ла"/"-ли" look like a genitive
/// ("торговли"): the name after the title is what makes it one.)
fn field_in_genitive_end(para: &Para, rules: &crate::lang::LangRules, from: usize, after_field: bool) -> usize {
    let field_word = |k: usize| para.mark(k).is_none() && genitive_word(para, rules, k);
    let mut end = from;
    let mut k = from;
    while k < from + 6 {
        if field_word(k) {
            k += 1;
            end = k;
        } else if (end > from || after_field) && rules.coordinators.contains(para.lower(k)) && field_word(k + 1) {
            k += 1;
        } else {
            break;
        }
    }
    end
}

/// A lower-case word with a genitive ending, not an organisation's noun or a conjunction.
fn genitive_word(para: &Para, rules: &crate::lang::LangRules, k: usize) -> bool {
    let Some(t) = para.tokens.get(k) else { return false };
    let w = t.lower.as_str();
    t.kind == crate::text::TokenKind::Word
        && w.chars().all(char::is_alphabetic)
        && rules.genitive_endings.iter().any(|e| w.ends_with(e))
        && !rules.org_heads.contains(w)
        && !rules.coordinators.contains(w)
        // (Not a preposition that happens to end like one: «у Києві».)
        && w.chars().count() >= 3
        && !rules.place_prepositions.contains(w)
}

fn para_text(para: &Para) -> &str {
    &para.text
}
