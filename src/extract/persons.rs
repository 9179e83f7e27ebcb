//! Person names: capitalised runs accepted on evidence (a known given name, a title before,
//! an apposition after, a speech verb beside), then grouped into the article's persons:
//! "Lavrov" and "Sergei Lavrov" are one person; two people sharing a surname stay two.

use super::marks::{MarkKind, Para};
use super::model::{NameEvidence, Person, PersonMention};
use super::titles::title_ending_at;
use crate::identity::name_key;
use crate::lang::{Gender, Lang, LanguagePack};
use crate::text::{is_letter, ParagraphKind};
use std::collections::HashMap;

/// Capitalised runs that could be names: not lexicon phrases, not function words.
fn candidate_runs(para: &Para, pack: &LanguagePack) -> Vec<(usize, usize)> {
    let particles = &pack.rules.name_particles;
    let never = &pack.rules.never_names;
    let calendar = |w: &str| {
        pack.rules
            .weekdays
            .iter()
            .any(|(d, _)| w.starts_with(d) && w.len() <= d.len() + 4)
            || pack
                .rules
                .months
                .iter()
                // (A month's stem with a case ending, «марта», «березня»; not "Мартин",
                // "Августин".)
                .any(|(m, _)| {
                    w == *m
                        || (!m.is_ascii()
                            && m.chars().count() >= 4
                            && w.strip_prefix(m)
                                .is_some_and(|rest| rest == "ь" || pack.rules.case_endings.contains(rest)))
                })
    };
    // "al-Burhan", "el-Sisi", "d'Estaing": a lower-case particle joined to a capitalised name.
    let joined_particle = |w: &str| {
        pack.rules.joined_particles.iter().any(|p| {
            w.strip_prefix(p)
                .is_some_and(|rest| rest.chars().next().is_some_and(char::is_alphabetic))
        })
    };
    // "J P Nadda", "C V Ananda Bose": initials written without dots, two or more in a row.
    let single_capital = |k: usize| {
        para.tokens
            .get(k)
            .is_some_and(|t| t.is_cap() && t.lower.chars().count() == 1 && t.lower.chars().all(is_letter))
    };
    let initials = |i: usize| single_capital(i) && (single_capital(i + 1) || (i > 0 && single_capital(i - 1)));
    // `never` lists words that never *begin* a name; one may follow a given name ("John Major").
    let name_word_in = |i: usize, first: bool| {
        let t = &para.tokens[i];
        let text_starts_upper = || {
            let raw = t.text(&para.text);
            joined_particle(&t.lower)
                && raw
                    .split(['-', '\''])
                    .nth(1)
                    .is_some_and(|r| r.starts_with(char::is_uppercase))
        };
        // ("Sofia Karakostas", "Florence Parly": a given name that is also a city's, right
        // before a capitalised word no lexicon marks.)
        let given_name_of_a_place = || {
            first
                && para
                    .mark(i)
                    .is_some_and(|m| m.start == i && m.end == i + 1 && matches!(m.kind, MarkKind::Region(..)))
                && pack.given_name(&t.lower).is_some()
                && para
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| n.is_cap() && n.is_word() && para.mark(i + 1).is_none())
        };
        // ("Джон Торі", "John Tory": a body's one-word name right after a given name, in the
        // same run, is a surname.)
        let surname_of_a_body = || {
            !first
                && i > 0
                && para
                    .mark(i)
                    .is_some_and(|m| m.start == i && m.end == i + 1 && matches!(m.kind, MarkKind::Organisation(_)))
                && para.mark(i - 1).is_none()
                && para.tokens[i - 1].is_cap()
                && pack.given_name(&para.tokens[i - 1].lower).is_some()
        };
        (t.is_cap() || text_starts_upper())
            && (para.mark(i).is_none() || given_name_of_a_place() || surname_of_a_body())
            // (Nor a compound whose last part is such a word: "Grünen-Politikerin".)
            && (!first
                || !(never.contains(&t.lower.as_str())
                    || t.lower.rsplit_once('-').is_some_and(|(_, tail)| never.contains(tail))))
            && !calendar(&t.lower)
            && t.lower
                .chars()
                .all(|c| is_letter(c) || c == '-' || c == '\'' || c == '.')
            && (t.lower.chars().filter(|&c| is_letter(c)).count() >= 2 || initials(i))
            && !acronym_like(t.text(&para.text))
            // (Where names decline, initials take their dots: two capitals alone are an
            // abbreviation, "Министр промышленности РТ Шерали Кабир".)
            && !(pack.rules.names_decline
                && t.text(&para.text).chars().count() == 2
                && t.text(&para.text).chars().all(char::is_uppercase))
            // (Nor an abbreviation with its dot before a name: "St. Gallen", "Sen. Warren".)
            && !(pack.rules.abbreviations.contains(t.lower.as_str())
                && para.lower(i + 1) == "."
                && para.tokens.get(i + 2).is_some_and(|n| n.is_cap()))
    };
    let name_word = |i: usize| name_word_in(i, true);
    // A leading initial, with or without its dot: "S Jaishankar", "N. Chandrasekaran".
    let initial_then_name = |i: usize| -> Option<usize> {
        let t = &para.tokens[i];
        let single = t.lower.chars().count() == 1 && t.is_cap() && !never.contains(&t.lower.as_str());
        if !single || para.mark(i).is_some() {
            return None;
        }
        let next = if para.lower(i + 1) == "." { i + 2 } else { i + 1 };
        (next < para.tokens.len() && name_word(next) && para.tokens[next].start > para.tokens[next - 1].end)
            .then_some(next + 1)
    };
    let mut runs = Vec::new();
    let mut i = 0;
    while i < para.tokens.len() {
        let first_end = if name_word(i) {
            i + 1
        } else if let Some(end) = initial_then_name(i) {
            end
        } else {
            i += 1;
            continue;
        };
        let mut j = first_end;
        // "Dong Jun", "Kim May": a month's name inside a name, when no day number follows it.
        let month_in_name = |j: usize| {
            let t = &para.tokens[j];
            t.is_cap()
                && para.mark(j).is_none()
                && calendar(&t.lower)
                && !para
                    .tokens
                    .get(j + 1)
                    .is_some_and(|n| n.lower.starts_with(|c: char| c.is_ascii_digit()))
                && t.lower.chars().all(is_letter)
        };
        // "Ван И", "Ли Ци": a one-letter syllable closing an East Asian name (not an initial:
        // no dot follows).
        let one_letter_syllable = |j: usize| {
            let t = &para.tokens[j];
            t.lower.chars().count() == 1
                && t.lower.chars().all(is_letter)
                && t.is_cap()
                && para.mark(j).is_none()
                && para.lower(j + 1) != "."
        };
        // "Rep. Jim Jordan said": a place's name as the surname after a known given name, ending
        // the name.
        let place_as_surname = |j: usize| {
            para.tokens[j].is_cap()
                && para.mark_starting(j).is_some_and(|m| {
                    m.end == j + 1
                        && matches!(
                            m.kind,
                            MarkKind::Country(_, crate::lang::CountryForm::Name)
                                | MarkKind::Region(_, crate::lang::CountryForm::Name)
                        )
                })
                && !para
                    .tokens
                    .get(j + 1)
                    .is_some_and(|n| n.is_cap() || matches!(n.lower.as_str(), "'s" | "’s"))
        };
        // ("глава Wizz Air Йожеф Варади": a name is written in one script; a run that changes
        // from Latin to Cyrillic letters is a body's name, then the person's.)
        let cyrillic = |k: usize| {
            para.tokens[k]
                .lower
                .chars()
                .next()
                .is_some_and(crate::text::is_cyrillic)
        };
        loop {
            if j < para.tokens.len()
                && cyrillic(j) == cyrillic(j - 1)
                && (name_word(j)
                    || (name_word_in(j, false)
                        && j == i + 1
                        && pack.given_name(&para.tokens[i].lower).is_some()
                        && !para.tokens.get(j + 1).is_some_and(|n| n.is_cap()))
                    || month_in_name(j)
                    || (j == first_end && j > i && one_letter_syllable(j))
                    || (j == i + 1 && place_as_surname(j) && pack.given_name(&para.tokens[i].lower).is_some()))
                && para.tokens[j].start == para.tokens[j - 1].end + 1
            {
                j += 1;
            } else if j + 2 < para.tokens.len()
                && para.lower(j + 1) == "."
                && para.tokens[j].is_cap()
                && para.tokens[j].lower.chars().count() == 1
                && name_word(j + 2)
            {
                // A middle initial: "Charles E. Schumer".
                j += 3;
            } else if particles.contains(para.lower(j))
                // (A particle that is the language's article, in small letters and alone, is
                // the article: "gratulierte Bundespräsident Heinz Fischer den Bregenzer
                // Festspielen"; "van den", "von der" and "Le Maire" stay names.)
                && !(!para.tokens[j].is_cap() && pack.rules.definite_articles.contains(para.lower(j)))
                // (After a given name and a surname, a particle the language also uses as a
                // preposition is one: "wurde Adrian Hasler von Erbprinz Alois vereidigt"; not
                // after a given name, "Johann Wolfgang von Goethe"; French "Christel Rendu de
                // Lint" keeps hers.)
                && !(j >= i + 2
                    && pack.rules.preposition_particles.contains(para.lower(j))
                    && pack.given_name(para.tokens[j - 1].text(&para.text)).is_none())
            {
                // "von der Leyen", "bin Salman": particles, then a name word.
                let mut k = j;
                while k < para.tokens.len() && particles.contains(para.lower(k)) && k < j + 3 {
                    k += 1;
                }
                // ("Bruno Le Maire": after a capitalised particle, a title's word is the name's.)
                let title_word = |k: usize| {
                    para.tokens[j].is_cap()
                        && para.tokens[k].is_cap()
                        && para.tokens[k].lower.chars().all(is_letter)
                        && para
                            .mark_starting(k)
                            .is_some_and(|m| m.end == k + 1 && matches!(m.kind, MarkKind::Role(_)))
                };
                // ("Thomas Keller von der Landespolizeidirektion": a body's name after "von der".)
                let body = |k: usize| pack.rules.org_head_endings.iter().any(|e| para.lower(k).ends_with(e));
                if k < para.tokens.len() && k > j && (name_word(k) || title_word(k)) && !body(k) {
                    j = k + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        // A run that ends in an organisation's noun is its name ("Football Federation"); one
        // followed by such a noun in lower case names a thing too ("Центристская партия",
        // "Nottinghamshire police authority", "Херсонська область").
        // (Not after a given name and more: "повідомила Катерина Рожкова агентству" is a person,
        // then the agency she told.)
        let person_like = j > i + 1 && pack.given_name(para.tokens[i].text(&para.text)).is_some();
        let noun_after = !person_like
            && para.tokens.get(j).is_some_and(|t| {
                !t.is_cap()
                    && (pack.rules.org_heads.contains(&t.lower) || pack.rules.region_nouns.get(&t.lower).is_some())
            });
        if j > i && (pack.rules.org_heads.contains(para.lower(j - 1)) || noun_after) {
            i = j;
            continue;
        }
        // Longer runs are names of things ("Dialogue on Strategic Stability Working Group"),
        // unless particles make them Arabic names ("Abdullah bin Zayed Al Nahyan").
        let particles = (i..j).filter(|&k| particles.contains(para.lower(k))).count();
        // "з Прем'єр-міністром Юлією Свириденко Максим Козицький": two names of two words side
        // by side, the second opening with a given name the first's second word is not.
        let given = |k: usize| pack.given_name(para.tokens[k].text(&para.text)).is_some();
        if j - i == 4 && particles == 0 && given(i + 2) && !given(i + 1) {
            runs.push((i, i + 2));
            runs.push((i + 2, j));
        } else if j - i <= 4 + particles.min(3) {
            runs.push((i, j));
        }
        i = j;
    }
    runs
}

/// An acronym or a brand, not a name: three letters or more with two capitals in a row
/// ("ОАО", "NEWS", "МХАТа", "АвтоВАЗа"); initials ("KP") and "McDonald" are names.
fn acronym_like(word: &str) -> bool {
    // (Two capitals side by side, not across an apostrophe: "O'Leary" is a name.)
    let chars: Vec<char> = word.chars().collect();
    chars.iter().filter(|c| c.is_alphabetic()).count() >= 3
        && chars.windows(2).any(|w| w[0].is_uppercase() && w[1].is_uppercase())
}

/// A word alone after a title ("President Biden", «голови Укроборонпрому», "le chef de groupe
/// MR") names a new person only when it could be a surname: not an abbreviation in capitals,
/// and where names decline, a nominative with a surname's ending ("Лукашенко", "Шойгу" aside).
/// A lone word that is some named person's surname is found before this is asked.
fn lone_word_may_name(written: &str, nominative: &str, pack: &LanguagePack) -> bool {
    let letters = written.chars().filter(|c| c.is_alphabetic()).count();
    let all_caps = written.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    if all_caps && letters <= 4 {
        return false;
    }
    if !pack.rules.names_decline {
        return true;
    }
    let lower = nominative.to_lowercase();
    pack.rules.surname_endings.iter().any(|e| lower.ends_with(e))
}

/// "Foreign Ministers Sergey Lavrov and Wang Yi": a name in a list that follows a title in the
/// plural. Walks back over up to four earlier names of the list.
fn in_list_after_plural_title(para: &Para, pack: &LanguagePack, start: usize) -> bool {
    let plural_ends_at = |k: usize| {
        para.mark_ending(k)
            .is_some_and(|m| matches!(m.kind, MarkKind::Roles(_)))
    };
    let mut at = start;
    for _ in 0..5 {
        if plural_ends_at(at) || (at > 0 && para.lower(at - 1) == "," && plural_ends_at(at - 1)) {
            return true;
        }
        if at == 0 || !(para.lower(at - 1) == "," || pack.rules.coordinators.contains(para.lower(at - 1))) {
            return false;
        }
        // The name before the separator: capitalised words, or initials with their dots.
        let mut k = at - 1;
        if k > 0 && pack.rules.coordinators.contains(para.lower(k)) && para.lower(k - 1) == "," {
            k -= 1;
        }
        // ("les députées Catherine Blouin (Bonaventure) et Marilyne Picard": a bracket after a
        // name.)
        if k > 0 && para.lower(k - 1) == ")" {
            if let Some(open) = (k.saturating_sub(6)..k - 1).rev().find(|&j| para.lower(j) == "(") {
                k = open;
            }
        }
        let end = k;
        while k > 0 && (para.tokens[k - 1].is_cap() || para.lower(k - 1) == ".") && para.mark(k - 1).is_none() {
            k -= 1;
        }
        // (Not a body's name: "the Nigerian Governors Forum (NGF) and Progressive …".)
        if k == end || end - k > 5 || (k..end).any(|j| pack.rules.org_heads.contains(para.lower(j))) {
            return false;
        }
        at = k;
    }
    false
}

/// A person's name used as the name of a thing: a street, a square, a monument, a station
/// ("вулицею Лесі Українки", "проспект Сахарова"), or a ship or company in quotes ("крейсер
/// «Юрий Долгорукий»").
fn names_a_thing(para: &Para, pack: &LanguagePack, (start, end): (usize, usize)) -> bool {
    let before = if start > 0 { para.lower(start - 1) } else { "" };
    let quoted = matches!(before, "«" | "„") && matches!(para.lower(end), "»" | "“");
    quoted || pack.rules.thing_nouns.iter().any(|p| before.starts_with(p))
}

/// Why a run is a name, if it is one without knowing the article's other names.
fn strong_evidence(para: &Para, pack: &LanguagePack, (start, end): (usize, usize)) -> Option<NameEvidence> {
    // ("Leiter Kommunikation": a common noun after a title, where nouns take capitals.)
    if end == start + 1 && super::context::common_noun(pack, para.lower(start)) {
        return None;
    }
    // ("English Premier League Bolton Wanderers": a run that opens with an organisation's noun
    // names a body, whatever stands before it.)
    // (Not a given name a body's noun begins: "Союзбек Салиев" is no "союз".)
    if pack.rules.org_heads.contains(para.lower(start))
        && pack.given_name(para.tokens[start].text(&para.text)).is_none()
    {
        return None;
    }
    // "his Kuwaiti counterpart Sheikh Ahmad …": the counterpart word names a person next.
    let counterpart_before = (start.saturating_sub(2)..start).any(|k| {
        (pack.rules.counterpart_words.contains(&para.lower(k)) || pack.rules.predecessor_words.contains(&para.lower(k)))
            && (k + 1 == start
                || pack.rules.ranks.contains(para.lower(k + 1))
                || pack.rules.personal_honorifics.contains(para.lower(k + 1)))
    });
    // ("chief medical officer of Leeds Teaching Hospitals NHS Trust": words running on into an
    // organisation's name are part of that name, not a person after the title.)
    // (Not a weekday or a month: "President Joe Biden Monday said".)
    let runs_into_organisation = para.tokens.get(end).is_some_and(|t| t.is_cap())
        && !pack
            .rules
            .weekdays
            .iter()
            .any(|(d, _)| para.lower(end).starts_with(d.as_str()))
        && !pack.rules.months.iter().any(|(m, _)| para.lower(end) == m.as_str())
        && para
            .mark_starting(end)
            .is_none_or(|m| matches!(m.kind, MarkKind::Organisation(_)));
    let separator = |k: usize| para.lower(k) == "," || pack.rules.coordinators.contains(para.lower(k));
    // ("Rudolf Mark (Eigentümer Mark Metallwaren)": a title in brackets right after a name is
    // that name's; the words after it name where it is held. After a comma they may be the next
    // person of a list: "Mohammad Habib, Assistant Coach Essa Khan".)
    let title_before = title_ending_at(para, pack, start);
    if title_before.as_ref().is_some_and(|t| {
        t.start >= 2
            && para.lower(t.start - 1) == "("
            && para.tokens[t.start - 2].is_cap()
            && para.mark(t.start - 2).is_none()
    }) {
        return None;
    }
    if (title_before.is_some() && !runs_into_organisation)
        // (A single word after the title must be one of a list: "Leaders Summit" names an
        // event.)
        || (in_list_after_plural_title(para, pack, start)
            && (end > start + 1 || separator(end) || (start > 0 && separator(start - 1))))
        || counterpart_before
    {
        return Some(NameEvidence::Title);
    }
    let words = end - start;
    // "The company spokesman, Oyelaran Adewale, said": a title, a comma, then the name set off.
    if words >= 2
        && start >= 2
        && para.lower(start - 1) == ","
        && para.lower(end) == ","
        && title_ending_at(para, pack, start - 1).is_some()
    {
        return Some(NameEvidence::Title);
    }
    // "appointed KP Sharma Oli as Prime Minister": the one appointed to a title is a person.
    // ("named veteran senior executive Izham Ismail as its new CEO": words in small letters
    // may describe the appointee; "the appointment of Sashidhar Jagdishan as managing
    // director": the appointment's noun and "of".)
    let appointed_before = || {
        let rules = &pack.rules;
        let trigger = (start.saturating_sub(4)..start)
            .rev()
            .take_while(|&k| {
                k + 1 == start
                    || (para.tokens[k + 1].kind == crate::text::TokenKind::Word && !para.tokens[k + 1].is_cap())
            })
            .find(|&k| rules.appointment_verbs.contains(para.lower(k)) || rules.of_links.contains(para.lower(k)));
        trigger.is_some_and(|k| {
            rules.appointment_verbs.contains(para.lower(k))
                || (k + 1 == start && k > 0 && rules.appointment_nouns.contains(para.lower(k - 1)))
        })
    };
    if start > 0 && words >= 2 && pack.rules.role_markers.contains(para.lower(end)) && appointed_before() {
        let mut k = end + 1;
        while pack.rules.appointment_fillers.contains(para.lower(k)) {
            k += 1;
        }
        if super::titles::parse_title(para, pack, k).is_some() {
            return Some(NameEvidence::Title);
        }
    }
    // "Айбек Джунушалиев стал мэром Бишкека", "Lena Varga became chief executive": the subject
    // of a copula whose complement is a post is a person.
    if words >= 2 && (start..end).all(|k| para.mark(k).is_none()) {
        let copula = pack
            .rules
            .copulas
            .iter()
            .filter_map(|c| super::context::phrase_len_at(para, end, c))
            .max();
        if let Some(n) = copula {
            let mut k = end + n;
            while pack.rules.appointment_fillers.contains(para.lower(k)) {
                k += 1;
            }
            if super::titles::parse_title(para, pack, k).is_some_and(|t| !t.indefinite && t.start == k) {
                return Some(NameEvidence::Appointed);
            }
        }
    }
    // "Kasper Rorsted (60)", "Jean Dupont (54 ans)": a person's age in brackets after the name.
    if words >= 2 && para.lower(end) == "(" && super::context::is_age(para.lower(end + 1)) {
        let close = (end + 2..(end + 4).min(para.tokens.len())).find(|&k| para.lower(k) == ")");
        if close.is_some_and(|c| (end + 2..c).all(|k| para.tokens[k].is_word() && !para.tokens[k].is_cap())) {
            return Some(NameEvidence::Age);
        }
    }
    // "Mr. Strøm", "Frau Baerbock", "Mme Colonna": an honorific names the word after it.
    let honorific_at = |k: usize| pack.rules.personal_honorifics.contains(&para.lower(k));
    if start >= 1
        && (honorific_at(start - 1) || (start >= 2 && para.lower(start - 1) == "." && honorific_at(start - 2)))
    {
        return Some(NameEvidence::Honorific);
    }
    if words >= 2 && pack.given_name(&para.tokens[start].lower).is_some() {
        return Some(NameEvidence::GivenName);
    }
    // "Olayemi Cardoso, who heads …": "who" follows persons.
    if words >= 2 && para.lower(end) == "," && pack.rules.relative_pronouns.contains(para.lower(end + 1)) {
        return Some(NameEvidence::Apposition);
    }
    // "Yury Ushakov, Russia's presidential adviser, ..."
    if para.lower(end) == "," {
        let t = (end + 1..(end + 6).min(para.tokens.len()))
            .find_map(|s| super::titles::parse_title(para, pack, s).filter(|_| true));
        // ", Russia's top Defense chief Sergei Shoigu" is a title before the next name, not an
        // apposition to this one.
        let name_follows = |t: &super::titles::Title| para.tokens.get(t.end).is_some_and(|n| n.is_cap());
        // A single capitalised word before a comma is as often a place or a thing.
        let name_like = words >= 2 || pack.given_name(&para.tokens[start].lower).is_some();
        if name_like
            && t.as_ref().is_some_and(|t| {
                (t.start == end + 1
                    || (t.start == end + 2
                        && !para.tokens[end + 1].is_cap()
                        // (", as its new chief executive": the post another names the
                        // person to, not this run's.)
                        && !pack.rules.role_markers.contains(para.lower(end + 1))))
                    && !name_follows(t)
            })
        {
            return Some(NameEvidence::Apposition);
        }
    }
    // "Enos Karani was appointed the fitness coach", «Иван Петров назначен министром»: the
    // subject of a passive appointment to a post (not "Veltrane appointed …", whose subject
    // appoints).
    // «Министром финансов назначен Мадияр Такиев»: the post before the participle, the one
    // appointed after it.
    if words >= 2
        && start >= 2
        && pack.rules.appointment_verbs.contains(para.lower(start - 1))
        && !pack.rules.appointing_verbs.contains(para.lower(start - 1))
        && title_ending_at(para, pack, start - 1).is_some()
    {
        return Some(NameEvidence::Appointed);
    }
    if words >= 2 {
        let r = &pack.rules;
        let mut k = end;
        let mut auxiliaries = 0;
        while auxiliaries < 2 && r.auxiliaries.contains(para.lower(k)) {
            k += 1;
            auxiliaries += 1;
        }
        let passive = r.appointment_verbs.contains(para.lower(k))
            && !r.appointing_verbs.contains(para.lower(k))
            && (auxiliaries > 0 || r.names_decline);
        if passive {
            let mut from = k + 1;
            while r.appointment_fillers.contains(para.lower(from)) || r.definite_articles.contains(para.lower(from)) {
                from += 1;
            }
            if super::titles::parse_title(para, pack, from).is_some_and(|t| !t.indefinite) {
                return Some(NameEvidence::Appointed);
            }
        }
    }
    let speech = |m: Option<&super::marks::Mark>| m.is_some_and(|m| matches!(m.kind, MarkKind::Speech(_)));
    // (Not the subject of the clause said: "said Asian Games were the first assignment".)
    let clause_subject = pack.rules.auxiliaries.contains(para.lower(end));
    // (Nor a name inside a phrase before the verb: "In der Villa Borsig sagte Maria Huber",
    // "am Tegeler See sagte Kurz": an article or a preposition in small letters before it.)
    let in_phrase = start >= 1 && !para.tokens[start - 1].is_cap() && {
        let w = para.lower(start - 1);
        let r = &pack.rules;
        r.definite_articles.contains(w)
            || r.indefinite_articles.contains(w)
            || r.place_prepositions.contains(w)
            || r.event_prepositions.contains(w)
            || r.date_prepositions.contains(w)
            || r.frame_prepositions.contains(w)
            || r.building_prepositions.contains(w)
    };
    let before_verb = speech(para.mark_starting(end)) && !in_phrase;
    if words >= 2 && (before_verb || (speech(para.mark_ending(start)) && !clause_subject)) {
        return Some(NameEvidence::SpeechVerb);
    }
    // "— рассказал Лавров", "«Мы, — подчеркнул Песков, — …»": in Russian and Ukrainian a word
    // shaped like a surname right after a speech verb is the speaker.
    // (Or any word closing the clause: "« … », – зазначив Туск.")
    if words == 1 && speech(para.mark_ending(start)) {
        let w = para.tokens[start].lower.as_str();
        if (pack.rules.surname_endings.iter().any(|e| w.ends_with(e)) && w.chars().count() >= 5)
            || (clause_closes_at(para, end)
                && pack.rules.names_decline
                && w.chars().count() >= 3
                && w.chars().all(is_letter)
                && !pack.rules.carried_verbs.contains(para.lower(start - 1)))
        {
            return Some(NameEvidence::SpeechVerb);
        }
    }
    None
}

/// Whether the clause ends at token `end`: a full stop, comma or semicolon, or the paragraph's
/// end ("– зазначив Туск.").
fn clause_closes_at(para: &Para, end: usize) -> bool {
    para.tokens
        .get(end)
        .is_none_or(|t| matches!(t.lower.as_str(), "." | "," | ";"))
}

/// Finds the persons of an article and every mention of them.
pub fn find_persons(paras: &[Para], text: &str, pack: &LanguagePack) -> (Vec<Person>, Vec<PersonMention>) {
    let lang = pack.lang;
    // Whether a token lies inside a quote, each paragraph's quotes found once, when a surname
    // several persons bear first asks.
    let quotes: std::cell::RefCell<HashMap<usize, Vec<(usize, usize)>>> = Default::default();
    let in_quote = |(p, s): (usize, usize)| {
        let para = &paras[p];
        let Some(token) = para.tokens.get(s) else { return false };
        let mut quotes = quotes.borrow_mut();
        let spans = quotes.entry(p).or_insert_with(|| {
            let (Some(first), Some(last)) = (para.tokens.first(), para.tokens.last()) else {
                return Vec::new();
            };
            super::quotes::find_quotes(&para.text, first.start, last.end)
                .into_iter()
                .map(|q| q.content)
                .collect()
        });
        spans.iter().any(|&(a, b)| a <= token.start && token.start < b)
    };
    let mut mentions: Vec<PersonMention> = Vec::new();
    let mut weak: Vec<(usize, usize, usize)> = Vec::new();
    let mut strong: Vec<(usize, usize, usize, NameEvidence)> = Vec::new();
    // "Governor Bello Sacks 15 Commissioners": a headline in title case capitalises its verbs
    // and nouns too. There a name's later words must be written with a capital in the body as
    // well (the words of the body's names, in small letters).
    // (Only a headline is asked, and the body's capitals are gathered only when one is in title
    // case: nothing is added to an article without such a headline.)
    let title_case = |para: &Para| {
        if para.kind != ParagraphKind::Headline {
            return false;
        }
        let long = |t: &&crate::text::Token| t.is_word() && t.lower.chars().count() >= 4;
        let words = para.tokens.iter().filter(long).count();
        let capitalised = para.tokens.iter().filter(long).filter(|t| t.is_cap()).count();
        words >= 4 && capitalised * 10 >= words * 8
    };
    let body_capitals: std::collections::HashSet<&str> = if paras.iter().any(|p| title_case(p)) {
        paras
            .iter()
            .filter(|p| p.kind == ParagraphKind::Body)
            .flat_map(|p| p.tokens.iter().filter(|t| t.is_cap()).map(|t| t.lower.as_str()))
            .collect()
    } else {
        Default::default()
    };
    for para in paras.iter().filter(|p| p.kind != ParagraphKind::Boilerplate) {
        let in_title_case = title_case(para);
        for mut run in candidate_runs(para, pack) {
            if in_title_case {
                if let Some(k) = (run.0 + 1..run.1).find(|&k| !body_capitals.contains(para.lower(k))) {
                    run.1 = k;
                }
                if run.1 - run.0 < 2 && !body_capitals.contains(para.lower(run.0)) {
                    continue;
                }
            }
            // "Татарстана Ренат Гарипов", "Tinkoff Bank Stanislav Bliznyuk": an organisation's
            // name before a given name is not part of the person's name.
            // (Russian and Ukrainian put the genitive there; English names start with titles.)
            // (So do German nouns, all capitalised: "Sport-Boss Jörg Schmadtke".)
            let inflecting = pack.rules.names_decline || pack.rules.nouns_capitalised;
            // ("Minister for Road Transport Nitin Gadkari": a title's field in capitals after
            // "for"/"of", then the holder's name.)
            let after_title_link = run.0 >= 2
                && pack.rules.role_links.contains(&para.lower(run.0 - 1))
                && para
                    .mark_ending(run.0 - 1)
                    .is_some_and(|m| matches!(m.kind, MarkKind::Role(_)));
            if let Some(k) = (run.0 + 1..run.1.saturating_sub(1))
                .filter(|_| inflecting || after_title_link)
                .find(|&k| pack.given_name(&para.tokens[k].lower).is_some())
            {
                if pack.given_name(&para.tokens[run.0].lower).is_none() {
                    run.0 = k;
                }
            } else if after_title_link {
                // ("Commissioner for Health Akin Abayomi": the field's own words, then the name,
                // whatever its given name.)
                let portfolio = |k: usize| pack.rules.portfolio_words.contains(para.lower(k));
                if let Some(k) = (run.0..run.1)
                    .find(|&k| !portfolio(k))
                    .filter(|&k| k > run.0 && run.1 - k >= 2)
                {
                    run.0 = k;
                }
            }
            if names_a_thing(para, pack, run) {
                continue;
            }
            match strong_evidence(para, pack, run) {
                Some(ev) => strong.push((para.index, run.0, run.1, ev)),
                None => weak.push((para.index, run.0, run.1)),
            }
        }
    }
    // "Арнис Вецвагарс возглавил сборную Латвии" … "— сказал Вецвагарс после своего
    // назначения": two capitalised words no other evidence supports name a person where their
    // last word stands alone beside a verb of saying elsewhere; that word alone then joins them.
    let beside_speech = |p: usize, s: usize, e: usize| {
        let para = &paras[p];
        let speech = |m: Option<&super::marks::Mark>| m.is_some_and(|m| matches!(m.kind, MarkKind::Speech(_)));
        speech(para.mark_ending(s)) || speech(para.mark_starting(e))
    };
    let said_alone: std::collections::HashSet<&str> = strong
        .iter()
        .map(|&(p, s, e, _)| (p, s, e))
        .chain(weak.iter().copied())
        .filter(|&(p, s, e)| e == s + 1 && beside_speech(p, s, e))
        .map(|(p, s, _)| paras[p].lower(s))
        .collect();
    // (Not a title or an abbreviation before the surname: "MP Paasch", "Kollegen Steinmeier".)
    let plain_first = |p: usize, s: usize| {
        let para = &paras[p];
        let word = para.tokens[s].text(&para.text);
        let in_capitals = word.chars().count() >= 2 && word.chars().all(char::is_uppercase);
        // (Nor the end of a compound: "ÖFB-Boss Windtner".)
        let compound = s > 0 && para.lower(s - 1) == "-";
        para.mark(s).is_none() && !in_capitals && !compound && !pack.rules.counterpart_words.contains(para.lower(s))
    };
    // (Not a surname a full name with evidence already has: "Leo Windtner".)
    let full_surnames: std::collections::HashSet<&str> = strong
        .iter()
        .filter(|(_, s, e, _)| *e >= s + 2)
        .map(|&(p, _, e, _)| paras[p].lower(e - 1))
        .collect();
    // "Исламхан Есенбаев", "Бауржана Абдишева": where names decline, two capitalised words the
    // second of which has a surname's ending (in its nominative) name a person, unless the
    // first is a body's noun ("Театру Вахтангова").
    let surname_shaped = |p: usize, s: usize, e: usize| {
        let para = &paras[p];
        if !pack.rules.names_decline
            || e != s + 2
            || para.tokens[s].lower.chars().count() < 3
            || pack.rules.org_heads.contains(para.lower(s))
        {
            return false;
        }
        let written: Vec<&str> = (s..e).map(|k| para.tokens[k].text(&para.text)).collect();
        let nom = (pack.rules.nominative)(&written, Gender::Unknown);
        nom.len() == 2 && lone_word_may_name(written[1], &nom[1], pack)
    };
    weak.retain(|&(p, s, e)| {
        let speaks = e == s + 2
            && said_alone.contains(paras[p].lower(s + 1))
            && !full_surnames.contains(paras[p].lower(s + 1))
            && plain_first(p, s);
        let evidence = if speaks {
            Some(NameEvidence::SurnameSpeaks)
        } else if plain_first(p, s) && surname_shaped(p, s, e) {
            Some(NameEvidence::SurnameShape)
        } else {
            None
        };
        if let Some(ev) = evidence {
            strong.push((p, s, e, ev));
        }
        evidence.is_none()
    });
    let para_of = |i: usize| &paras[i];
    let words_of = |p: usize, s: usize, e: usize| -> Vec<String> {
        let para = para_of(p);
        let mut words: Vec<String> = Vec::new();
        for k in s..e {
            let w = para.tokens[k].text(text).replace('’', "'");
            // "Charles E. Schumer": an initial keeps its dot.
            if w == "." {
                if let Some(last) = words.last_mut() {
                    last.push('.');
                }
            } else if w != "-" {
                words.push(w);
            }
        }
        words
    };
    // Where verbs agree with their subject, "Валентина Матвиенко заявила" is a woman, whatever
    // the shape of her name says.
    let verb_gender = |p: usize, e: usize| -> Option<Gender> {
        if !pack.rules.names_decline {
            return None;
        }
        let next = paras[p].tokens.get(e)?;
        let w = next.lower.as_str();
        let lower_word = w.chars().count() >= 5 && w.chars().all(|c| c.is_lowercase() || c == '\'');
        let ends = |class: &crate::lang::Words| class.iter().any(|e| w.ends_with(e));
        if !lower_word {
            None
        } else if ends(&pack.rules.past_female_endings) {
            Some(Gender::Female)
        } else if ends(&pack.rules.past_male_endings) {
            Some(Gender::Male)
        } else {
            None
        }
    };
    // "Mme Yannick Lintz", "Frau Baerbock": the honorific says the gender.
    let honorific_gender = |p: usize, s: usize| -> Option<Gender> {
        let para = &paras[p];
        let k = s.checked_sub(1)?;
        let k = if para.lower(k) == "." { k.checked_sub(1)? } else { k };
        match pack.rules.honorific_genders.get(para.lower(k)).map(String::as_str) {
            Some("f") => Some(Gender::Female),
            Some("m") => Some(Gender::Male),
            _ => None,
        }
    };
    let nominative = |words: &[String], agreed: Option<Gender>| -> (Vec<String>, Gender) {
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        let gender = agreed
            .or_else(|| words.first().and_then(|w| pack.given_name(w)))
            .unwrap_or(Gender::Unknown);
        ((pack.rules.nominative)(&refs, agreed.unwrap_or(gender)), gender)
    };
    // Full names first, so surnames alone can join them.
    let mut index = PersonIndex::new(lang);
    let mut order: Vec<usize> = (0..strong.len()).collect();
    order.sort_by_key(|&k| (strong[k].2 - strong[k].1 == 1, strong[k].0, strong[k].1));
    for k in order {
        let (p, s, e, ev) = strong[k];
        let written = words_of(p, s, e);
        let titled = honorific_gender(p, s);
        // (The verb agrees with the name only where the name is its subject, in the
        // nominative: in "Заява Андрія Петренка стала …" it agrees with "Заява".)
        let agreed = titled.or_else(|| {
            verb_gender(p, e)
                .filter(|g| written.len() < 2 || nominative(&written, Some(*g)).0.first() == written.first())
        });
        let (mut nom, mut gender) = nominative(&written, agreed);
        // "от Александра Субботина": after a preposition no name is in the nominative, so a
        // form that reads as a woman's nominative is a man's oblique case.
        let after_preposition = s > 0 && pack.rules.oblique_prepositions.contains(paras[p].lower(s - 1));
        // (Nor after a title in an oblique case: "поручения главы государства Александра
        // Лукашенко".)
        // (Its complement in small letters may come between: "главы государства".)
        let after_oblique_title = || {
            (s.saturating_sub(7)..s)
                .rev()
                .take_while(|&k| {
                    let t = &paras[p].tokens[k];
                    t.is_word() && !t.is_cap() || paras[p].mark(k).is_some()
                })
                // (The title's head is its first word: "заместитель министра" is in the nominative.)
                .filter_map(|k| match paras[p].mark_starting(k).map(|m| &m.kind) {
                    Some(MarkKind::Role(key)) => Some((k, key)),
                    _ => None,
                })
                .last()
                .is_some_and(|(k, key)| {
                    // ("экс-посла": without its qualifier.)
                    let head = paras[p].lower(k);
                    let head = head
                        .split_once('-')
                        .filter(|(q, _)| pack.rules.qualifiers.get(q).is_some())
                        .map_or(head, |(_, h)| h);
                    super::titles::head_in_oblique_case(pack, key, head)
                })
        };
        if pack.rules.names_decline
            && agreed.is_none()
            && nom == written
            && (after_preposition || after_oblique_title())
        {
            let (male, g) = nominative(&written, Some(Gender::Male));
            // (After a title, only where the man's reading is a given name the lexicon knows:
            // "сенатора Таммі Дакворт" is a woman whose name does not decline.)
            let known_man = || male.first().is_some_and(|f| pack.given_name(f) == Some(Gender::Male));
            if male != written && (after_preposition || known_man()) {
                (nom, gender) = (male, g);
            }
        }
        let known = if nom.len() >= 2 {
            index.full_name(&nom).or_else(|| {
                // "назначил посла Александра Рогожника" after "Александр Рогожник": a declined
                // name read as the other gender's nominative ("Александра") is the person named
                // before in the nominative.
                [Gender::Male, Gender::Female]
                    .into_iter()
                    .filter(|g| *g != gender)
                    .find_map(|g| index.full_name(&nominative(&written, Some(g)).0))
            })
        } else {
            index.surname_owner(&written[0], (p, s), &in_quote)
        };
        // ("…", – зазначив Туск.): a word alone right after a verb of saying, closing the
        // clause, is its speaker's name whatever its ending.
        let speaker_after_verb = ev == NameEvidence::SpeechVerb
            && e == s + 1
            && paras[p]
                .mark_ending(s)
                .is_some_and(|m| matches!(m.kind, MarkKind::Speech(_)))
            && clause_closes_at(&paras[p], e);
        if known.is_none() && nom.len() == 1 && !speaker_after_verb && !lone_word_may_name(&written[0], &nom[0], pack) {
            continue;
        }
        // ("директором Європейського регіонального бюро": a word alone that agrees in its ending
        // with the small word after it is an adjective of a body's name, not a surname.)
        let agrees_with_next = pack.rules.names_decline
            && e == s + 1
            && paras[p].tokens.get(e).is_some_and(|t| {
                let ending = |w: &str| w.chars().rev().take(3).collect::<String>();
                t.is_word()
                    && !t.is_cap()
                    && t.lower.chars().count() >= 6
                    && paras[p].lower(s).chars().count() >= 6
                    && ending(&t.lower) == ending(paras[p].lower(s))
            });
        if known.is_none() && nom.len() == 1 && agrees_with_next {
            continue;
        }
        let person = known.unwrap_or_else(|| {
            index.add(Person {
                name: nom,
                gender,
                forms: Vec::new(),
            })
        });
        if let Some(g) = titled {
            index.persons[person].gender = g;
        }
        index.mentioned(person, (p, s));
        mentions.push(PersonMention {
            para: p,
            start: s,
            end: e,
            person,
            evidence: ev,
        });
    }
    // Surnames alone, once every full name is known; a run may also end with a known surname
    // after an unknown capitalised word that starts the sentence ("Meanwhile Lavrov").
    // ("Dmytro said in a tweet …": a given name alone, once its bearer was named in full, and
    // only where one person of the article bears it; by first name, where each was first named.)
    let mut first_named: Vec<Option<(usize, usize)>> = vec![None; index.persons.len()];
    for m in &mentions {
        let slot = &mut first_named[m.person];
        *slot = Some(slot.map_or((m.para, m.start), |f| f.min((m.para, m.start))));
    }
    let mut by_given_name: HashMap<String, Vec<usize>> = HashMap::default();
    for (k, person) in index.persons.iter().enumerate() {
        if person.name.len() >= 2 {
            by_given_name.entry(person.name[0].clone()).or_default().push(k);
        }
    }
    let mut lone: Vec<PersonMention> = Vec::new();
    for (p, s, e) in weak {
        let written = words_of(p, s, e);
        if written.len() != 1 {
            continue;
        }
        // ("По словам Петрова": where names decline, the surname's nominative too.)
        let nominative_form = || {
            let (nom, _) = nominative(&written, verb_gender(p, e));
            (nom.len() == 1 && nom[0] != written[0])
                .then(|| index.surname_owner(&nom[0], (p, s), &in_quote))
                .flatten()
        };
        let found = index
            .surname_owner(&written[0], (p, s), &in_quote)
            .or_else(nominative_form)
            .map(|k| (k, NameEvidence::KnownSurname))
            .or_else(|| {
                pack.given_name(&written[0])?;
                let named_before = |k: &usize| first_named[*k].is_some_and(|f| f < (p, s));
                match by_given_name
                    .get(&written[0])?
                    .iter()
                    .filter(|k| named_before(k))
                    .collect::<Vec<_>>()[..]
                {
                    [k] => Some((*k, NameEvidence::KnownGivenName)),
                    _ => None,
                }
            });
        if let Some((person, evidence)) = found {
            index.mentioned(person, (p, s));
            lone.push(PersonMention {
                para: p,
                start: s,
                end: e,
                person,
                evidence,
            });
        }
    }
    mentions.extend(lone);
    let mut persons = index.persons;
    mentions.sort_by_key(|m| (m.para, m.start));
    for m in &mentions {
        let form = words_of(m.para, m.start, m.end).join(" ");
        let forms = &mut persons[m.person].forms;
        if !forms.contains(&form) {
            forms.push(form);
        }
    }
    (persons, mentions)
}

/// The article's persons found so far, indexed by full-name key and by surname, with where
/// each was mentioned: every lookup of a name is a hash lookup, so an article with thousands of
/// people costs in proportion to its length, not its square.
struct PersonIndex {
    lang: Lang,
    persons: Vec<Person>,
    by_full_name: HashMap<String, usize>,
    /// Surname key (stem or nominative) and the surname's identity key, to the persons with it.
    by_surname: HashMap<String, Vec<usize>>,
    /// Where each person was mentioned so far (paragraph, token).
    seen_at: Vec<Vec<(usize, usize)>>,
}

impl PersonIndex {
    fn new(lang: Lang) -> PersonIndex {
        PersonIndex {
            lang,
            persons: Vec::new(),
            by_full_name: HashMap::new(),
            by_surname: HashMap::new(),
            seen_at: Vec::new(),
        }
    }

    fn add(&mut self, person: Person) -> usize {
        let k = self.persons.len();
        if person.name.len() >= 2 {
            self.by_full_name.entry(name_key(&person.full_name())).or_insert(k);
        }
        if let Some(last) = person.name.last() {
            for key in [(self.lang.rules().surname_key)(last), surname_identity(last)] {
                let owners = self.by_surname.entry(key).or_default();
                if owners.last() != Some(&k) {
                    owners.push(k);
                }
            }
        }
        self.persons.push(person);
        self.seen_at.push(Vec::new());
        k
    }

    fn full_name(&self, nominative: &[String]) -> Option<usize> {
        self.by_full_name.get(&name_key(&nominative.join(" "))).copied()
    }

    fn mentioned(&mut self, person: usize, at: (usize, usize)) {
        self.seen_at[person].push(at);
    }

    /// The person a surname alone refers to: the one with that surname mentioned last before
    /// it, else the first with it; `None` when no person has that surname.
    /// (Outside quotes, a name inside one is what someone said, not who speaks: "« … la volonté
    /// du président Macky Sall », a dit Dr Sall" after "Dr Amadou Alpha Sall" is the doctor.)
    fn surname_owner(
        &self,
        word: &str,
        at: (usize, usize),
        in_quote: &dyn Fn((usize, usize)) -> bool,
    ) -> Option<usize> {
        let mut owners: Vec<usize> = [(self.lang.rules().surname_key)(word), surname_identity(word)]
            .iter()
            .filter_map(|k| self.by_surname.get(k))
            .flatten()
            .copied()
            .collect();
        owners.sort_unstable();
        owners.dedup();
        match owners.as_slice() {
            [] => None,
            [one] => Some(*one),
            _ => {
                let last_before = |outside_quotes: bool| {
                    owners
                        .iter()
                        .filter_map(|&o| {
                            self.seen_at[o]
                                .iter()
                                .filter(|&&p| p < at && !(outside_quotes && in_quote(p)))
                                .max()
                                .map(|p| (*p, o))
                        })
                        .max()
                        .map(|(_, o)| o)
                };
                (if in_quote(at) { None } else { last_before(true) })
                    .or_else(|| last_before(false))
                    .or(Some(owners[0]))
            }
        }
    }
}

/// A surname's identity key, under its own namespace so it never meets a stem in the index.
fn surname_identity(word: &str) -> String {
    format!("=\u{1}{}", name_key(word))
}

#[cfg(test)]
mod tests {
    use crate::document::{Document, DocumentOptions};

    fn names(text: &str) -> Vec<String> {
        let doc = Document::new("a.txt", text.to_string(), &DocumentOptions::default()).unwrap();
        crate::extract::extract(&doc)
            .persons
            .iter()
            .map(|p| p.full_name())
            .collect()
    }

    #[test]
    fn a_title_case_headline_capitalises_no_verb_into_a_name() {
        let text = "Governor Bello Sacks 15 Commissioners After Cabinet Review\nPublished: 2017-10-12\n\n\
                    The governor of Niger State, Abubakar Sani Bello, dissolved his cabinet on Wednesday, \
                    his spokesman said.";
        let found = names(text);
        assert!(found.iter().any(|n| n == "Abubakar Sani Bello"), "{found:?}");
        assert!(!found.iter().any(|n| n.contains("Sacks")), "{found:?}");
    }
}
