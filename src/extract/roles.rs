//! Person–role–organisation facts: a title before a name ("Russian Foreign Minister Sergey
//! Lavrov") or in apposition after it ("Yury Ushakov, Russia's presidential adviser, ...").
//! A fact whose title names no organisation takes it, in this order, from a definite reference
//! to the same title elsewhere in the article ("Russia's foreign minister"), from the person's
//! other facts (their country), or from the title itself ("Secretary of State" is American).

use super::marks::{MarkKind, Para};
use super::model::{OrgRef, Person, PersonMention, RoleFact};
use super::titles::{parse_title, title_ending_at, RoleReference, Title};
use crate::lang::{LanguagePack, World};
use crate::text::ParagraphKind;
use std::collections::HashMap;

/// `article_country`: the country of the dateline's city, the last resort for a national
/// post whose country nothing else gives ("KATHMANDU — President Ram Chandra Paudel").
pub fn find_roles(
    paras: &[Para],
    pack: &LanguagePack,
    persons: &[Person],
    mentions: &[PersonMention],
    article_country: Option<&str>,
) -> (Vec<RoleFact>, Vec<RoleReference>) {
    let lang = pack.lang.code();
    let mut facts = Vec::new();
    let mut named_titles: std::collections::HashSet<(usize, usize)> = std::collections::HashSet::new();
    let mention_starts: std::collections::HashSet<(usize, usize)> =
        mentions.iter().map(|m| (m.para, m.start)).collect();
    // Where each mention ends, by where it starts (names coordinated before "als").
    let mention_end_at: HashMap<(usize, usize), usize> = mentions.iter().map(|m| ((m.para, m.start), m.end)).collect();
    for m in mentions {
        let para = &paras[m.para];
        let caption = para.kind == ParagraphKind::Caption;
        // Where names decline, a title agrees in case with the name it stands beside: it is in
        // the nominative, and can be shown as written, only when the name is.
        // (Apostrophes as the person's name spells them: "В’ячеслав" is "В'ячеслав".)
        let name_written = &para.text[para.tokens[m.start].start..para.tokens[m.end - 1].end];
        let folded;
        let name_written = if name_written.contains(['’', 'ʼ']) {
            folded = name_written.replace(['’', 'ʼ'], "'");
            folded.as_str()
        } else {
            name_written
        };
        let rules = &pack.rules;
        let nominative_name = !rules.names_decline
            || persons.get(m.person).is_some_and(|p| {
                let full = p.full_name();
                name_written == full
                    || full.ends_with(&format!(" {name_written}"))
                    || p.name.first().is_some_and(|f| f == name_written)
            });

        // "советник главы офиса президента Михаил Подоляк": a title in the genitive before a
        // name in the nominative belongs to a longer title, not to the person.
        // The name is the subject (nominative) when a verb in the past tense or a speech verb
        // follows it: "… Михаил Подоляк заявил".
        let subject = para
            .mark_starting(m.end)
            .is_some_and(|k| matches!(k.kind, MarkKind::Speech(_)))
            || para.tokens.get(m.end).is_some_and(|t| {
                t.lower.chars().count() >= 4
                    && rules.past_tense_endings.iter().any(|e| t.lower.ends_with(e))
                    && t.lower.chars().all(|c| c.is_lowercase() || c == '\'')
            });
        // The title's head in a case other than the nominative ("премьера" of "премьер").
        let head_oblique = |t: &Title| {
            t.qualifiers.is_empty()
                && super::titles::head_in_oblique_case(
                    pack,
                    &t.role,
                    &t.written.split(' ').next().unwrap_or("").to_lowercase(),
                )
        };
        let oblique = |t: &Title| {
            nominative_name
                && (subject
                    || para
                        .tokens
                        .get(m.end)
                        .is_some_and(|t| rules.appointment_verbs.contains(&t.lower)))
                && head_oblique(t)
        };
        // «приняла премьера Госсовета Ли Цяна»: a title in an oblique case is labelled by the
        // lexicon's nominative, as is any title beside a name that is not in the nominative.
        let fact = |m: &PersonMention, t: &Title, start: usize, end: usize, rule: String, caption: bool| {
            let mut f = fact(m, t, start, end, rule, caption);
            if !nominative_name || head_oblique(t) {
                f.written = nominative_title(para, pack, t);
            }
            f
        };
        // «спікер Зеленського», «пресс-секретарь Путина»: a title in the nominative before a
        // name in another case is the title of the name's holder's aide, not the name's.
        let possessor = |t: &Title| {
            !nominative_name
                && rules.names_decline
                && World::get().roles.get(&t.role).is_some_and(|e| {
                    let canonical = e.label(pack.lang).split(' ').next().unwrap_or("").to_lowercase();
                    t.written.split(' ').next().unwrap_or("").to_lowercase() == canonical
                })
        };
        // ("Avant la décision du juge, Me Mylène Brown, procureure …,": a title set off before a
        // name that has its own title set off after it is another's.)
        // (Not in a list, where the title after the name is the next name's: "du ministre de
        // l'Industrie, Ryad Mezzour, le CEO du groupe Erum, Blanca Erum".)
        let own_title_after = para.lower(m.end) == ","
            && super::titles::parse_title(para, pack, m.end + 1).is_some_and(|t| {
                !t.indefinite
                    && !super::titles::comma_after_title(para, t.end, para.tokens.len())
                        .is_some_and(|c| mention_starts.contains(&(m.para, c + 1)))
            });
        let set_off_before = |t: &Title| (t.end..m.start).any(|k| para.lower(k) == ",");
        if let Some(mut t) = title_ending_at(para, pack, m.start)
            .filter(|t| !(oblique(t) || possessor(t) || (own_title_after && set_off_before(t))))
        {
            named_titles.insert((m.para, t.start));
            let mut end = m.end;
            // "Prime Minister Sheikh Hasina of Bangladesh", "Sportchef Marco Brun vom FC Basel"
            let link = pack.rules.role_links.first() == Some(&para.lower(m.end))
                || pack.rules.of_links.contains(para.lower(m.end));
            if t.org.is_none() && link {
                let mut j = m.end + 1;
                if rules.definite_articles.contains(para.lower(j)) {
                    j += 1;
                }
                match para.mark_starting(j).map(|k| (k.end, &k.kind)) {
                    Some((e, MarkKind::Country(code, crate::lang::CountryForm::Name))) if j == m.end + 1 => {
                        t.org = Some(OrgRef::Country(code.clone()));
                        end = e;
                    }
                    Some((e, MarkKind::Organisation(key))) if super::titles::takes_named_org(&t.role) => {
                        t.org = Some(super::titles::organisation(key, None));
                        end = e;
                    }
                    // "Klinikchef Markus Meier vom Universitätsspital Zürich": a name no lexicon
                    // knows, for posts held in bodies, when no one is named there.
                    None if super::titles::takes_named_org(&t.role)
                        && para.tokens.get(j).is_some_and(|w| w.is_cap())
                        && !mention_starts.contains(&(m.para, j)) =>
                    {
                        let e = super::titles::organisation_name_end(para, pack, j);
                        if e > j && e <= j + 4 {
                            t.org = Some(OrgRef::Named(super::titles::name_text(para, j, e)));
                            end = e;
                        }
                    }
                    _ => {}
                }
            }
            // (A first title set off before it is the holder's too: "Le ministre de la Culture,
            // porte-parole du gouvernement, M. X".)
            let first = (t.start > 1 && para.lower(t.start - 1) == ",")
                .then(|| title_ending_at(para, pack, t.start))
                .flatten()
                .filter(|f| f.end + 1 == t.start && !(oblique(f) || possessor(f)))
                // (Only a title that opens its phrase: not "des hôtes du chef de l'Etat, la
                // ministre de la Culture du Mali, X".)
                .filter(|f| super::titles::opens_phrase(para, rules, f.start));
            facts.extend(with_joined(
                fact(m, &t, t.start, end, format!("{lang}.title-before-name"), caption),
                &t,
            ));
            if let Some(f) = first {
                named_titles.insert((m.para, f.start));
                facts.extend(with_joined(
                    fact(m, &f, f.start, end, format!("{lang}.title-before-name"), caption),
                    &f,
                ));
            }
        }
        // "X, who heads the Central Bank of Nigeria,": the verb gives the role.
        if let Some((role, org, end)) = heads(para, pack, m) {
            facts.push(RoleFact {
                person: m.person,
                role: role.to_string(),
                complement: None,
                org: Some(org),
                qualifiers: Vec::new(),
                written: None,
                para: m.para,
                start: m.start,
                end,
                rule: format!("{lang}.who-heads"),
                caption,
            });
        }
        // "Mia Holm, who serves as finance director of Orvex,", «X, который является главой …»
        if para.lower(m.end) == "," && rules.relative_pronouns.contains(para.lower(m.end + 1)) {
            let verb = rules
                .relative_role_verbs
                .iter()
                .filter_map(|v| super::context::phrase_len_at(para, m.end + 2, v))
                .max();
            if let Some(n) = verb {
                if let Some(t) = parse_title(para, pack, m.end + 2 + n)
                    .or_else(|| owned_title(para, pack, m.end + 2 + n))
                    .filter(|t| !t.indefinite && title_closes(para, pack, t, t.end))
                {
                    named_titles.insert((m.para, t.start));
                    let mut f = fact(m, &t, m.start, t.end, format!("{lang}.who-is"), caption);
                    if rules.names_decline {
                        f.written = nominative_title(para, pack, &t);
                    }
                    facts.push(f);
                }
            }
        }
        // "Alexander Frei, der daneben Verwaltungsrat und Nachwuchstrainer ist,": where the verb
        // ends the relative clause, the posts come before it (a few small words may open it).
        if para.lower(m.end) == "," && rules.verb_final_relatives.contains(para.lower(m.end + 1)) {
            let small = |k: usize| {
                let t = &para.tokens[k];
                t.is_word() && !t.is_cap() && super::context::is_speech(para, k).is_none()
            };
            let first = (m.end + 2..(m.end + 6).min(para.tokens.len()))
                .take_while(|&k| k == m.end + 2 || small(k - 1))
                .find_map(|k| parse_title(para, pack, k).filter(|t| t.start == k));
            if let Some(t) = first {
                let second = joined_title(para, pack, &t);
                let last_end = second.as_ref().map_or(t.end, |t2| t2.end);
                if rules.relative_role_verbs.contains(para.lower(last_end)) {
                    named_titles.insert((m.para, t.start));
                    facts.push(fact(m, &t, m.start, t.end, format!("{lang}.who-is"), caption));
                    if let Some(t2) = second {
                        named_titles.insert((m.para, t2.start));
                        facts.push(fact(m, &t2, m.start, t2.end, format!("{lang}.who-is"), caption));
                    }
                }
            }
        }
        // "X was appointed/elected/named TITLE", "appointed X as TITLE"
        if let Some((t, end)) = appointment(para, pack, m) {
            named_titles.insert((m.para, t.start));
            let mut f = fact(
                m,
                &t,
                m.start.min(t.start),
                end.max(m.end),
                format!("{lang}.appointment"),
                caption,
            );
            // «стал министром», «був головою»: where titles decline, the post after the verb is
            // in the instrumental; its label is the lexicon's nominative.
            if rules.names_decline {
                f.written = nominative_title(para, pack, &t);
            }
            facts.push(f);
        }
        // "held talks with his Kuwaiti counterpart Sheikh Ahmad", "с российским коллегой Сергеем
        // Лавровым": the same post as the person before, in the demonym's country.
        let earlier = Earlier {
            facts: &facts,
            mentions,
        };
        if let Some(f) = counterpart(
            para,
            &pack.rules,
            &pack.rules.counterpart_words,
            m,
            &earlier,
            caption,
            lang,
        ) {
            facts.push(f);
        }
        let earlier = Earlier {
            facts: &facts,
            mentions,
        };
        if let Some(f) = predecessor(
            para,
            &pack.rules,
            &pack.rules.predecessor_words,
            m,
            &earlier,
            caption,
            lang,
        ) {
            facts.push(f);
        }
        // "Bernhard Burgener als Präsident", "Alexander Frei as interim coach": the post someone
        // holds in the clause.
        // ("Anna Weber arbeitet seit 2019 als Sprecherin der Stadtwerke", "Peter Müller war
        // zehn Jahre lang als Präsident des FC Thun tätig": a few small words of the clause may
        // come between, where no other name does; then a word in small letters may follow the
        // title, "als Trainer des FCL den Hut nehmen".)
        // ("Felix Hollenstein und Reto von Arx werden ihm als Assistenztrainer zur Seite
        // stehen": names joined by "and" before it share the post.)
        let mut from = m.end;
        while pack.rules.coordinators.contains(para.lower(from)) || para.lower(from) == "," {
            match mention_end_at.get(&(m.para, from + 1)) {
                Some(&end) => from = end,
                None => break,
            }
        }
        let marker = if pack.rules.role_markers.contains(para.lower(from)) {
            Some((from, from > m.end))
        } else {
            // (Up to the next name: a lookup per word, not a scan of the article's mentions.)
            (from..(from + 7).min(para.tokens.len()))
                .take_while(|&k| {
                    let t = &para.tokens[k];
                    !mention_starts.contains(&(m.para, k))
                        && t.is_word()
                        && (k == from || !t.is_cap() || pack.rules.nouns_capitalised)
                        && super::context::is_speech(para, k).is_none()
                })
                .find(|&k| k > from && pack.rules.role_markers.contains(para.lower(k)))
                .filter(|&k| !pack.rules.role_markers.contains(para.lower(k - 1)))
                .map(|k| (k, true))
        };
        if let Some((at, in_clause)) = marker {
            if let Some(t) = parse_title(para, pack, at + 1).filter(|t| {
                // "… with X as chief executive and Y as chairman": a list of such pairs.
                let next_pair = pack.rules.coordinators.contains(para.lower(t.end));
                // "zum neuen Vorstandschef ernannt": the participle closes the clause.
                let appointed = pack.rules.appointment_verbs.contains(para.lower(t.end));
                let small_word_after = para.tokens.get(t.end).is_some_and(|w| w.is_word() && !w.is_cap());
                // (Words between the name and "als" make a clause whose object may be the body:
                // "in den 25 Jahren als Präsidentin die Salzburger Festspiele geprägt"; a head of
                // state's or government's post there needs its organisation in the title.)
                let placeless_state_post = in_clause
                    && t.org.is_none()
                    && World::get()
                        .roles
                        .get(&t.role)
                        .is_some_and(|r| matches!(r.kind.as_str(), "head_of_state" | "government"));
                !t.indefinite
                    && !placeless_state_post
                    && (title_closes(para, pack, t, t.end) || next_pair || appointed || small_word_after)
            }) {
                named_titles.insert((m.para, t.start));
                // "Jon Dale succeeds Mark Lee as head coach": the post is the subject's, and the
                // one replaced held it before.
                let verb = (1..=3).filter(|&n| m.start >= n).find(|&n| {
                    pack.rules
                        .succession_verbs
                        .iter()
                        .any(|v| super::context::phrase_len_at(para, m.start - n, v) == Some(n))
                });
                let subject = verb.and_then(|n| {
                    let sentence = para.sentence_of(m.start);
                    mentions
                        .iter()
                        .filter(|o| {
                            o.para == m.para
                                && o.start >= sentence.start
                                && o.end <= m.start - n
                                && o.person != m.person
                        })
                        .last()
                });
                match subject {
                    Some(s) => {
                        let mut former = fact(m, &t, m.start, t.end, format!("{lang}.succeeded-as"), caption);
                        former.qualifiers.push("former".to_string());
                        facts.push(former);
                        facts.push(fact(s, &t, s.start, t.end, format!("{lang}.succeeds-as"), caption));
                    }
                    None => facts.push(fact(m, &t, m.start, t.end, format!("{lang}.as-title"), caption)),
                }
            }
        }
        // ("Jeff Wharton – then minister of economic development –": a dash sets it off too.)
        let dash = |k: usize| {
            matches!(para.lower(k), "–" | "—")
                || (para.lower(k) == "-" && k > 0 && para.tokens[k].start > para.tokens[k - 1].end)
        };
        // ("Jean-Christophe Bourquin (PS), 47 ans, professeur …": the party in brackets first.)
        let set_off = if para.lower(m.end) == "(" {
            (m.end + 2..(m.end + 5).min(para.tokens.len()))
                .find(|&k| para.lower(k) == ")")
                .map_or(m.end, |close| close + 1)
        } else {
            m.end
        };
        let set_off = if para.lower(set_off) == "," { set_off } else { m.end };
        // ("Rudolf Mark (Eigentümer Mark Metallwaren, Spital/Pyhrn)": a title in brackets too.)
        if para.lower(set_off) == "," || dash(set_off) || para.lower(set_off) == "(" {
            // "Marcel Koller, zuletzt Nationaltrainer Österreichs,": one adverb may come first.
            let adverb_then_title = || {
                let w = para.tokens.get(set_off + 1)?;
                pack.rules
                    .apposition_adverbs
                    .contains(&w.lower)
                    .then(|| parse_title(para, pack, set_off + 2))
                    .flatten()
            };
            // "Maria Lopez, 45, a spokeswoman for …,": the age set off first ("Jean Dupont, 47
            // ans, directeur …": with its word of years).
            let age_then_title = || {
                if !super::context::is_age(para.lower(set_off + 1)) {
                    return None;
                }
                let comma = if para.lower(set_off + 2) == "," {
                    set_off + 2
                } else if para.lower(set_off + 3) == ","
                    && para.tokens.get(set_off + 2).is_some_and(|t| t.is_word() && !t.is_cap())
                {
                    set_off + 3
                } else {
                    return None;
                };
                parse_title(para, pack, comma + 1)
            };
            let owner_then_title = || owned_title(para, pack, set_off + 1);
            // "Jane Smith, elected mayor of Leeds in 2020,", "Jean Martin, nommé directeur
            // général de Renault en 2019,": the participle of an appointment, then the post.
            let appointed_then_title = || {
                pack.rules
                    .appointment_verbs
                    .contains(para.lower(set_off + 1))
                    .then(|| parse_title(para, pack, set_off + 2))
                    .flatten()
            };
            // (The participle first: "élu maire" is elected mayor, not the mayor-elect.)
            if let Some(t) = appointed_then_title()
                .or_else(|| parse_title(para, pack, set_off + 1))
                .or_else(adverb_then_title)
                .or_else(age_then_title)
                .or_else(owner_then_title)
            {
                // ("Rudolf Mark (Eigentümer Mark Metallwaren, …)": a bare title, then a capitalised
                // name that is no one's and closes the apposition, is held there. After a comma
                // such a name is mostly the next person of a list, which persons.rs reads.)
                let mut t = t;
                if t.org.is_none()
                    && !t.definite
                    && !t.indefinite
                    && super::titles::takes_named_org(&t.role)
                    && para.tokens.get(t.end).is_some_and(|w| w.is_cap() && w.is_word())
                    && para.mark_starting(t.end).is_none()
                    && !mention_starts.contains(&(m.para, t.end))
                {
                    let e = super::titles::organisation_name_end(para, pack, t.end);
                    if e > t.end && e <= t.end + 4 && matches!(para.lower(e), "," | ")" | "." | ";" | "") {
                        t.org = Some(OrgRef::Named(super::titles::name_text(para, t.end, e)));
                        t.end = e;
                    }
                }
                // ("Sabine Bernasconi, vice-présidente du conseil départemental des Bouches-du-Rhône
                // chargée de la culture, …": its words may run on to the mark that closes it.)
                if !title_closes(para, pack, &t, t.end) {
                    let stop = (t.end..(t.end + 11).min(para.tokens.len() + 1))
                        .find(|&k| k == para.tokens.len() || matches!(para.lower(k), "," | ")" | "(" | ";" | "."));
                    // (Up to a mark, never past a name: "Яцек Сутрик, новопризначений генконсул
                    // України у Вроцлаві Юрій Токар" is Токар's.)
                    let stop = stop.filter(|&s| !(t.end..s).any(|k| mention_starts.contains(&(m.para, k))));
                    if let Some(mut stretched) = stop.and_then(|s| super::titles::run_on(para, pack, &t, s)) {
                        // ("… à l'Université de Lausanne (UNIL), …": the body's acronym in
                        // brackets closes it.)
                        if para.lower(stretched.end) == "(" && para.lower(stretched.end + 2) == ")" {
                            stretched.end += 3;
                        }
                        t = stretched;
                    }
                }
                let closes = |end: usize| title_closes(para, pack, &t, end) || dash(end);
                // "X, the WTO's director-general and a former finance minister of Nigeria, said":
                // two titles joined by "and" (an indefinite second one is still X's).
                let second = joined_title(para, pack, &t).filter(|t2| closes(t2.end));
                // "A, le président de la Commission de la CEDEAO, B, …": in a list, a title set
                // off by commas before a name is that name's.
                // (The title may run on past its parse: "Ryad Mezzour, le CEO du groupe Erum en
                // Europe et en Afrique, Blanca Erum, …".)
                // (Where the language has articles, only a title with one: a bare title after a
                // name is that name's, "A, président du conseil régional, B, vice-présidente …".)
                let next_named = (t.definite || pack.rules.definite_articles.is_empty())
                    && super::titles::comma_after_title(para, t.end, para.tokens.len())
                        .is_some_and(|c| mention_starts.contains(&(m.para, c + 1)));
                // "Sarah Jones, a spokeswoman for Tesco,": an indefinite title is hers when it
                // names where it is held (not "Peter Brown, a former minister,").
                let held = !t.indefinite || t.org.is_some();
                // "Face à Jérémy Seydoux, le Conseiller fédéral est détendu": where no comma
                // closes the title, it is the clause's subject, not the title of a name inside a
                // phrase before it.
                // (Its parse may stop before the end of its words: "le porte-parole de la police
                // de Bruxelles-Ixelles, qui …" closes a few words on.)
                let sentence_end = para.sentence_of(t.end.saturating_sub(1)).end;
                let unclosed = para.tokens.get(t.end).is_some_and(|w| w.is_word())
                    && !pack.rules.place_prepositions.contains(para.lower(t.end))
                    && para
                        .mark_starting(t.end)
                        .is_none_or(|k| !matches!(k.kind, MarkKind::Speech(_)))
                    && !(t.end..(t.end + 6).min(sentence_end))
                        .any(|k| matches!(para.lower(k), "," | ";" | "—" | "–" | ")" | ":"));
                let in_phrase = m.start > 0 && {
                    let w = para.lower(m.start - 1);
                    let rules = &pack.rules;
                    rules.role_links.contains(&w)
                        || rules.place_prepositions.contains(w)
                        || rules.agent_prepositions.contains(w)
                        || rules.told_prepositions.contains(w)
                };
                // ("au micro de Simon Durivage, l'ex-députée péquiste avait déclaré": a title
                // followed by its verb of saying is that verb's subject too.)
                let says = para
                    .mark_starting(t.end)
                    .is_some_and(|k| matches!(k.kind, MarkKind::Speech(_)))
                    || (pack.rules.auxiliaries.contains(para.lower(t.end))
                        && para
                            .mark_starting(t.end + 1)
                            .is_some_and(|k| matches!(k.kind, MarkKind::Speech(_))));
                if (closes(t.end) || second.is_some()) && held && !next_named && !((unclosed || says) && in_phrase) {
                    named_titles.insert((m.para, t.start));
                    facts.extend(with_joined(
                        fact(m, &t, m.start, t.end, format!("{lang}.apposition"), caption),
                        &t,
                    ));
                    if let Some(t2) = second {
                        named_titles.insert((m.para, t2.start));
                        facts.push(fact(m, &t2, m.start, t2.end, format!("{lang}.apposition-and"), caption));
                    }
                    // ("Ranjit Fernando, Chairman of SriLankan Catering who is also the Chairman
                    // of SriLankan Airlines,": a relative clause after the title gives another.)
                    let mut k = t.end + usize::from(para.lower(t.end) == ",");
                    if pack.rules.relative_pronouns.contains(para.lower(k)) {
                        k += 1;
                        let verb = super::context::longest_phrase_len_at(para, k, &pack.rules.relative_role_verbs);
                        if let Some(t3) = verb
                            .and_then(|n| parse_title(para, pack, k + n))
                            .filter(|t3| !t3.indefinite && title_closes(para, pack, t3, t3.end))
                        {
                            named_titles.insert((m.para, t3.start));
                            facts.push(fact(
                                m,
                                &t3,
                                m.start,
                                t3.end,
                                format!("{lang}.apposition-who-is"),
                                caption,
                            ));
                        }
                    }
                }
            }
        }
    }
    for para in paras.iter().filter(|p| p.kind != ParagraphKind::Boilerplate) {
        let in_para: Vec<&PersonMention> = mentions.iter().filter(|m| m.para == para.index).collect();
        let caption = para.kind == ParagraphKind::Caption;
        for f in super::lists::list_roles(para, pack, &in_para, caption) {
            named_titles.insert((para.index, f.start));
            facts.push(f);
        }
    }
    let mut references = Vec::new();
    for para in paras.iter().filter(|p| p.kind != ParagraphKind::Boilerplate) {
        // (A title holds a role's mark at or after its start: none begins after the last one.)
        let Some(last_role) = (0..para.tokens.len()).rev().find(|&k| {
            para.mark_starting(k)
                .is_some_and(|m| matches!(m.kind, MarkKind::Role(_)))
        }) else {
            continue;
        };
        let mut i = 0;
        while i <= last_role {
            match parse_title(para, pack, i) {
                Some(t)
                    if !named_titles.contains(&(para.index, t.start))
                        && !mention_starts.contains(&(para.index, t.end)) =>
                {
                    i = t.end.max(i + 1);
                    references.push(RoleReference {
                        para: para.index,
                        title: t,
                    });
                }
                Some(t) => i = t.end.max(i + 1),
                None => i += 1,
            }
        }
    }
    // "Mantashe's spokesperson X": a name before a title that is a person's names the one the
    // post serves, not an organisation.
    for f in facts.iter_mut() {
        if let Some(OrgRef::Named(n)) = &f.org {
            let is_person = persons
                .iter()
                .any(|p| p.full_name() == *n || p.name.last() == Some(n) || p.forms.iter().any(|form| form == n));
            if is_person {
                f.org = None;
            }
        }
    }
    super::completion::complete(&mut facts, &references, paras, pack, persons, article_country);
    (dedupe(facts), references)
}

/// Whether a title after a name ends its phrase at token `end`: at punctuation, at a speech verb,
/// or, for a definite title whose closing comma was left out, at the verb ("Dmytro Kuleba, the
/// Ukrainian Foreign Affairs Minister arrived in Accra").
/// A second title joined to `t` by "and" ("Verwaltungsrat und Nachwuchstrainer", "the WTO's
/// director-general and a former finance minister").
fn joined_title(para: &Para, pack: &LanguagePack, t: &Title) -> Option<Title> {
    pack.rules
        .coordinators
        .contains(para.lower(t.end))
        .then(|| parse_title(para, pack, t.end + 1))
        .flatten()
}

/// "Veltrane's chairman" from `at`: the owner's name no lexicon knows, then the title, which
/// reaches back to that name ("Tomas Berg, Veltrane's chairman,", "X, who is Veltrane's
/// chairman,").
fn owned_title(para: &Para, pack: &LanguagePack, at: usize) -> Option<Title> {
    let possessive = (at + 1..(at + 5).min(para.tokens.len()))
        .find(|&k| matches!(para.lower(k), "'s" | "'"))
        .filter(|&k| (at..k).all(|t| para.tokens[t].is_cap()))?;
    parse_title(para, pack, possessive + 1).filter(|t| t.start == at)
}

fn title_closes(para: &Para, pack: &LanguagePack, t: &Title, end: usize) -> bool {
    let closing_mark = |k: usize| matches!(para.lower(k), "," | "." | ";" | ":" | ")" | "—" | "–" | "");
    // "почесний консул України в Катовицях,": where the post is held, one place name.
    let place_then_close = pack.rules.place_prepositions.contains(para.lower(end))
        && para.tokens.get(end + 1).is_some_and(|w| w.is_cap())
        && para.mark_starting(end + 1).is_none_or(|k| k.end == end + 2)
        && closing_mark(end + 2);
    // A colon closes it too: "Кумар Аксакалов, аким Северо-Казахстанской области:" opens his words.
    // ("Ranjit Fernando, Chairman of SriLankan Catering who is also …": a relative clause
    // about the holder, its comma left out.)
    // "mayor of Leeds since 2020,", "maire de Lyon depuis 2020,": when the post began, then the
    // close.
    let time_then_close = {
        let rules = &pack.rules;
        let year_or_month = |k: usize| {
            let w = para.lower(k);
            (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit())) || rules.months.iter().any(|(m, _)| m == w)
        };
        // (A year after any preposition is when: "en 2020", "in 2019".)
        let year = |k: usize| {
            let w = para.lower(k);
            w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) && w.chars().all(|c| c.is_ascii_digit())
        };
        let small_word = para.tokens.get(end).is_some_and(|t| t.is_word() && !t.is_cap())
            && !rules.coordinators.contains(para.lower(end))
            && !rules.relative_pronouns.contains(para.lower(end));
        (rules.since_prepositions.contains(para.lower(end))
            || rules.date_prepositions.contains(para.lower(end))
            || (small_word && year(end + 1)))
            && year_or_month(end + 1)
            && (closing_mark(end + 2)
                // ("January 2019", «с 2020 года»: a year after the month, or the year's word.)
                || ((year_or_month(end + 2) || para.tokens.get(end + 2).is_some_and(|t| t.is_word() && !t.is_cap()))
                    && closing_mark(end + 3)))
    };
    place_then_close
        || time_then_close
        || closing_mark(end)
        || pack.rules.relative_pronouns.contains(para.lower(end))
        || end == para.tokens.len()
        || para
            .mark_starting(end)
            .is_some_and(|k| matches!(k.kind, MarkKind::Speech(_)))
        || (t.definite
            && para
                .tokens
                .get(end)
                .is_some_and(|w| w.kind == crate::text::TokenKind::Word)
            && !pack.rules.coordinators.contains(para.lower(end)))
}

/// The word (of `words`) right before a name, or before an honorific and the name ("counterpart
/// Sheikh Ahmad"), with nothing but words between; a comma may set the name off ("his Ukrainian
/// counterpart, Volodymyr Zelensky").
fn word_before(para: &Para, m: &PersonMention, words: &crate::lang::Words) -> Option<usize> {
    let name_start = if m.start > 0 && para.lower(m.start - 1) == "," {
        m.start - 1
    } else {
        m.start
    };
    let word = (name_start.saturating_sub(2)..name_start)
        .rev()
        .find(|&k| words.contains(&para.lower(k)))?;
    let plain = (word + 1..name_start).all(|k| para.tokens[k].kind != crate::text::TokenKind::Punct);
    plain.then_some(word)
}

/// What the article has said before the mention at hand: its facts so far and every mention.
struct Earlier<'a> {
    facts: &'a [RoleFact],
    mentions: &'a [PersonMention],
}

/// The post of the person the sentence is about, named before `word` in it: a post given in the
/// sentence, else the last post given earlier to the person last named before `word` ("the
/// President … Akufo-Addo and his Ukrainian counterpart").
fn post_before<'f>(
    para: &Para,
    rules: &crate::lang::LangRules,
    m: &PersonMention,
    earlier: &Earlier<'f>,
    word: usize,
) -> Option<&'f RoleFact> {
    let sentence = para.sentence_of(word);
    let in_sentence = earlier.facts.iter().rev().find(|f| {
        f.para == para.index
            && f.person != m.person
            && f.start >= sentence.start
            && f.end <= word
            && f.qualifiers.is_empty()
    });
    in_sentence.or_else(|| {
        let named = earlier
            .mentions
            .iter()
            .rev()
            .find(|o| o.para == para.index && o.person != m.person && o.start >= sentence.start && o.end <= word)
            .or_else(|| {
                // ("Попеску находится в Москве. Он встретился со своим российским коллегой
                // Сергеем Лавровым": a sentence opening with a subject pronoun is about the
                // person named last before it, in its paragraph or the one before.)
                let first = (sentence.start..word).find(|&k| para.tokens[k].is_word())?;
                let w = para.lower(first);
                if !(rules.male_pronouns.contains(&w) || rules.female_pronouns.contains(&w)) {
                    return None;
                }
                earlier.mentions.iter().rev().find(|o| {
                    o.person != m.person
                        && ((o.para == para.index && o.end <= sentence.start) || o.para + 1 == para.index)
                })
            })?;
        earlier
            .facts
            .iter()
            .rev()
            .find(|f| f.person == named.person && f.para <= para.index && f.qualifiers.is_empty())
    })
}

/// The same post as `other`, for the person of `m`, in `org`.
fn same_post(
    m: &PersonMention,
    other: &RoleFact,
    org: Option<OrgRef>,
    qualifiers: Vec<String>,
    word: usize,
    rule: String,
    caption: bool,
) -> RoleFact {
    RoleFact {
        person: m.person,
        role: other.role.clone(),
        complement: other.complement.clone(),
        org,
        qualifiers,
        written: None,
        para: m.para,
        start: word.saturating_sub(1).min(m.start),
        end: m.end,
        rule,
        caption,
    }
}

/// "his Kuwaiti counterpart Sheikh Ahmad", "с российским коллегой Сергеем Лавровым": the post of
/// the person before, in the demonym's country.
fn counterpart(
    para: &Para,
    rules: &crate::lang::LangRules,
    words: &crate::lang::Words,
    m: &PersonMention,
    earlier: &Earlier,
    caption: bool,
    lang: &str,
) -> Option<RoleFact> {
    let word = word_before(para, m, words)?;
    // The demonym before the word ("Kuwaiti counterpart"), or after it ("homologue russe").
    let country = para
        .mark_ending(word)
        .or_else(|| para.mark_starting(word + 1))
        .and_then(|k| match &k.kind {
            MarkKind::Country(c, _) => Some(c.clone()),
            _ => None,
        })?;
    let other = post_before(para, rules, m, earlier, word)?;
    if other.org.as_ref().and_then(|o| o.country()) == Some(country.as_str()) {
        return None;
    }
    // (The counterpart of the head of a country's body heads the same body of the other
    // country: "глава латвийского МИДа … с российским коллегой" heads Russia's.)
    let org = match &other.org {
        Some(OrgRef::Organisation { key, country: Some(_) }) => OrgRef::Organisation {
            key: key.clone(),
            country: Some(country),
        },
        _ => OrgRef::Country(country),
    };
    Some(same_post(
        m,
        other,
        Some(org),
        Vec::new(),
        word,
        format!("{lang}.counterpart"),
        caption,
    ))
}

/// "Spanish Prime Minister Pedro Sánchez … his predecessor Mariano Rajoy": the former holder of
/// the post of the person named before in the sentence.
fn predecessor(
    para: &Para,
    rules: &crate::lang::LangRules,
    words: &crate::lang::Words,
    m: &PersonMention,
    earlier: &Earlier,
    caption: bool,
    lang: &str,
) -> Option<RoleFact> {
    // ("Bellew's predecessor, German turnaround specialist Christoph Mueller": words that
    // describe the person may stand between the comma and the name, in small letters but for
    // one.)
    let described = || {
        let mut k = m.start;
        let mut capitals = 0;
        while k > 0 && k + 5 > m.start && para.tokens[k - 1].is_word() {
            capitals += usize::from(para.tokens[k - 1].is_cap());
            k -= 1;
        }
        (k < m.start && capitals <= 1 && k >= 2 && para.lower(k - 1) == "," && words.contains(para.lower(k - 2)))
            .then_some(k - 2)
    };
    let word = word_before(para, m, words).or_else(described)?;
    let other = post_before(para, rules, m, earlier, word)?;
    Some(same_post(
        m,
        other,
        other.org.clone(),
        vec!["former".to_string()],
        word,
        format!("{lang}.predecessor"),
        caption,
    ))
}

/// A title written in an oblique case, in the nominative: the lexicon's label for its head and
/// the words after the head as written, which are in the genitive whatever the head's case
/// («головою Херсонської ОДА» is «голова Херсонської ОДА», «с главой ирландской компании» is
/// «глава ирландской компании»). None where the head is the whole title: the label is then the
/// lexicon's.
fn nominative_title(para: &Para, pack: &LanguagePack, t: &Title) -> Option<String> {
    // «исполняющим обязанности главного тренера»: after "acting" the title is in the genitive
    // whatever the verb, as its label wants it.
    if t.qualifiers.iter().any(|q| q == "acting") {
        return Some(t.written.clone());
    }
    let head = (t.start..t.end).find_map(|k| {
        para.mark_starting(k)
            .filter(|m| matches!(&m.kind, MarkKind::Role(r) if *r == t.role))
    })?;
    let head_text = &para.text[para.tokens[head.start].start..para.tokens[head.end - 1].end];
    let tail = t.written.strip_prefix(head_text).filter(|tail| tail.starts_with(' '))?;
    let canonical = World::get().roles.get(&t.role)?.label(pack.lang);
    Some(format!("{canonical}{tail}"))
}

/// "X, who heads Y": the role the verb gives, the organisation, and where it ends.
fn heads<'r>(para: &Para, pack: &'r LanguagePack, m: &PersonMention) -> Option<(&'r str, OrgRef, usize)> {
    let rules = &pack.rules;
    // ("Сергій Ребров очолює збірну", "Jane Smith heads Orvex": the verb right after the name,
    // its subject, gives it too.)
    let verb_at = if para.lower(m.end) == "," && rules.relative_pronouns.contains(para.lower(m.end + 1)) {
        m.end + 2
    } else if rules.heads_verbs.get(para.lower(m.end)).is_some() {
        m.end
    } else {
        return None;
    };
    // ("who has led Orvex since 2019": a participle after an auxiliary heads it now.)
    let perfect = rules
        .auxiliaries
        .contains(para.lower(verb_at))
        .then(|| rules.heads_participles.get(para.lower(verb_at + 1)))
        .flatten();
    let (role, mut k) = match perfect {
        Some(role) => (role.as_str(), verb_at + 2),
        None => (rules.heads_verbs.get(para.lower(verb_at))?.as_str(), verb_at + 1),
    };
    if rules.definite_articles.contains(para.lower(k)) {
        k += 1;
    }
    // («який очолює «Нафтогаз»»: the body's name in quote marks.)
    let quoted = super::context::is_quote_mark(para.lower(k)) && para.mark_starting(k + 1).is_some();
    if quoted {
        k += 1;
    }
    if let Some(mark) = para.mark_starting(k) {
        // "the Central Bank of Nigeria": the country after the organisation.
        let country = match para
            .mark_starting(mark.end + 1)
            .filter(|_| rules.of_links.contains(para.lower(mark.end)))
            .map(|c| &c.kind)
        {
            Some(MarkKind::Country(code, crate::lang::CountryForm::Name)) => Some(code.clone()),
            _ => None,
        };
        let end = if country.is_some() { mark.end + 2 } else { mark.end };
        let end = end + usize::from(quoted && super::context::is_quote_mark(para.lower(end)));
        let org = match &mark.kind {
            MarkKind::Organisation(key) => super::titles::organisation(key, country.as_deref()),
            MarkKind::Country(code, crate::lang::CountryForm::Name) => OrgRef::Country(code.clone()),
            _ => return None,
        };
        return Some((role, org, end));
    }
    // A name no lexicon knows: the capitalised words (with "of") up to the next punctuation
    // (after a body's noun in small letters: «очолює концерн Укроборонпром»).
    let noun = usize::from(
        rules.org_heads.contains(para.lower(k))
            && !para.tokens[k.min(para.tokens.len() - 1)].is_cap()
            && para.tokens.get(k + 1).is_some_and(|t| t.is_cap()),
    );
    let mut end = k + noun;
    while end < para.tokens.len()
        && end < k + 8
        && (para.tokens[end].is_cap() || (rules.of_links.contains(para.lower(end)) && end > k))
    {
        end += 1;
    }
    while end > k && rules.of_links.contains(para.lower(end - 1)) {
        end -= 1;
    }
    // ("la Fédération française de rugby": where a name takes words in small letters.)
    if end > k + noun {
        end = end.max(super::titles::organisation_name_end(para, pack, k + noun));
    }
    (end > k).then(|| {
        (
            role,
            OrgRef::Named(para.text[para.tokens[k].start..para.tokens[end - 1].end].to_string()),
            end,
        )
    })
}

/// "X was elected president of the European Council", "appointed X as Prime Minister of
/// Nepal", "sworn in as acting president": the title after the verb, and where it ends.
fn appointment(para: &Para, pack: &LanguagePack, m: &PersonMention) -> Option<(Title, usize)> {
    let rules = &pack.rules;
    // ("réélu tacitement syndic", "was unanimously elected chairman": an adverb too.)
    let skip = |mut k: usize| {
        while rules.appointment_fillers.contains(para.lower(k)) || rules.is_adverb(para.lower(k)) {
            k += 1;
        }
        k
    };
    // "Jean-François Wirtz (LSAP) sera le bourgmestre": a party in brackets after the name.
    let mut k = m.end;
    if para.lower(k) == "(" {
        if let Some(close) = (k + 2..(k + 6).min(para.tokens.len())).find(|&t| para.lower(t) == ")") {
            k = close + 1;
        }
    }
    // "Jane Doe, 52, previously served as …": an age set off by commas, then adverbs.
    // ("M. Dupont, 52 ans, était …": the number may take its word of years.)
    if para.lower(k) == "," && para.lower(k + 1).chars().all(|c| c.is_ascii_digit()) && !para.lower(k + 1).is_empty() {
        if para.lower(k + 2) == "," {
            k += 3;
        } else if para.lower(k + 3) == "," && para.tokens.get(k + 2).is_some_and(|t| t.is_word() && !t.is_cap()) {
            k += 4;
        }
    }
    // ("previously served as", "formerly was": the post is a former one.)
    let mut former = false;
    let verb_at = |k: usize| {
        rules.auxiliaries.contains(para.lower(k))
            || rules.appointment_verbs.contains(para.lower(k))
            || rules
                .copulas
                .iter()
                .any(|c| super::context::phrase_len_at(para, k, c).is_some())
    };
    // ("в январе был назначен", "on Monday was named": a day or month between.)
    // (Month stems as the packs write them, "январ"; not "mar" of "market", "may" of "mayor".)
    let form_of = |w: &str, stem: &str| w == stem || (stem.chars().count() >= 4 && w.starts_with(stem));
    let date_word = |w: &str| {
        rules.months.iter().any(|(m, _)| form_of(w, m))
            || rules.weekdays.iter().any(|(d, _)| form_of(w, d))
            || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
    };
    while k < m.end + 8 && !verb_at(k) && {
        let w = para.lower(k);
        rules.is_adverb(w)
            || rules.apposition_adverbs.contains(w)
            || rules.qualifiers.get(w).is_some_and(|q| q == "former")
            || date_word(w)
            || (rules.date_prepositions.contains(w) && date_word(para.lower(k + 1)))
    } {
        former |= rules.qualifiers.get(para.lower(k)).is_some_and(|q| q == "former");
        k += 1;
    }
    let done = |mut t: Title| {
        if former && !t.qualifiers.iter().any(|q| q == "former") {
            t.qualifiers.push("former".to_string());
        }
        let end = t.end;
        Some((t, end))
    };
    // "X resigned as treasurer", "stepped down as chief executive": the post is a former one.
    if let Some(n) = super::context::longest_phrase_len_at(para, k, &rules.leaving_phrases) {
        if let Some(mut t) = parse_title(para, pack, skip(k + n)).filter(|t| !t.indefinite) {
            if !t.qualifiers.iter().any(|q| q == "former") {
                t.qualifiers.push("former".to_string());
            }
            return done(t);
        }
    }
    // "X is the new chief executive", «X является главой», "Kilian wird neuer Personalvorstand"
    if let Some(n) = super::context::longest_phrase_len_at(para, k, &rules.copulas) {
        let mut from = skip(k + n);
        // ("ist seit dem vergangenen Jahr stellvertretende CEO", "est depuis 2014 maire": a
        // time phrase between copula and post, ended by its year or its word of time.)
        // (The copula may hold it: "ist seit".)
        let since = [from, from - 1]
            .into_iter()
            .find(|&t| rules.since_prepositions.contains(para.lower(t)));
        if let Some(since) = since {
            let ends = |t: usize| {
                let w = para.lower(t);
                rules.period_nouns.contains(w) || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            };
            if let Some(e) = (since + 1..(since + 5).min(para.tokens.len()))
                .take_while(|&t| para.tokens[t].is_word())
                .find(|&t| ends(t))
            {
                from = skip(e + 1);
            }
        }
        // «был назначен министром», «была избрана»: the copula as the participle's auxiliary.
        if rules.appointment_verbs.contains(para.lower(from)) {
            from = skip(from + 1);
        }
        if let Some(t) = parse_title(para, pack, from).filter(|t| !t.indefinite) {
            return done(t);
        }
    }
    // «X назначен TITLE»: where the participle agrees with its subject, no auxiliary stands.
    // (Not «X назначил посла …»: an active verb's subject appoints someone else.)
    if rules.appointment_verbs.contains(para.lower(k)) && !rules.appointing_verbs.contains(para.lower(k)) {
        if let Some(t) = parse_title(para, pack, skip(k + 1)).filter(|t| !t.indefinite) {
            return done(t);
        }
    }
    // "X was (sworn in as|appointed|elected) TITLE"
    if rules.auxiliaries.contains(para.lower(k)) {
        k += 1;
        if rules.auxiliaries.contains(para.lower(k)) {
            k += 1;
        }
        let sworn = rules
            .swearing_in
            .iter()
            .find_map(|p| super::context::phrase_len_at(para, k, p));
        if sworn.is_some() || rules.appointment_verbs.contains(para.lower(k)) {
            let from = skip(k + sworn.unwrap_or(1));
            if let Some(t) = parse_title(para, pack, from).filter(|t| !t.indefinite) {
                return done(t);
            }
        }
    }
    // "appointed X (as) TITLE"; "a nommé mardi Jean Dupont au poste de …": a day between.
    let day_word = |k: usize| {
        let w = para.lower(k);
        rules.weekdays.iter().any(|(d, _)| d == w) || rules.relative_days.iter().any(|(d, _)| d == w)
    };
    // ("named veteran senior executive Izham Ismail as its new CEO": a title describing the
    // person, and a word before it, between verb and name.)
    // ("appointed former Burnley and Bolton Wanderers manager Owen Coyle as …": words of the
    // description before the title, no punctuation among them.)
    let described = title_ending_at(para, pack, m.start).map(|t| t.start).and_then(|s| {
        let verb = |k: usize| pack.rules.appointment_verbs.contains(para.lower(k));
        (1..=6)
            .take_while(|&n| s >= n)
            .take_while(|&n| n == 1 || para.tokens[s - n + 1].is_word())
            .find(|&n| verb(s - n))
            .map(|n| s - n + 1)
    });
    // (Or words in small letters, when "as" and the post follow the name: "named veteran senior
    // executive Izham Ismail as its new CEO".)
    let described = described.or_else(|| {
        (2..=4)
            .filter(|&n| m.start > n)
            .find(|&n| {
                pack.rules.appointment_verbs.contains(para.lower(m.start - n))
                    && (m.start - n + 1..m.start).all(|k| para.tokens[k].is_word() && !para.tokens[k].is_cap())
            })
            .filter(|_| pack.rules.role_markers.contains(para.lower(m.end)))
            .map(|n| m.start - n + 1)
    });
    let verb_before = if m.start > 1 && day_word(m.start - 1) {
        m.start - 1
    } else {
        described.unwrap_or(m.start)
    };
    // "the appointment of X as …", "la nomination de X comme …", «назначение X министром» (where
    // names decline, the person in the genitive right after the noun).
    let noun_before = (verb_before >= 2
        && (rules.of_links.contains(para.lower(verb_before - 1))
            || rules.role_links.contains(&para.lower(verb_before - 1)))
        && rules.appointment_nouns.contains(para.lower(verb_before - 2)))
        || (rules.names_decline && verb_before >= 1 && rules.appointment_nouns.contains(para.lower(verb_before - 1)));
    if verb_before > 0 && (pack.rules.appointment_verbs.contains(para.lower(verb_before - 1)) || noun_before) {
        let from = skip(m.end);
        if let Some(mut t) = parse_title(para, pack, from).filter(|t| !t.indefinite) {
            // ("Infosys named Nandan Nilekani chairman": the capitalised words before the title
            // are the person appointed, not the body the post is in.)
            if t.start < from {
                t.start = from;
                t.org = None;
            }
            // (A parliament that appoints a prime minister is not the government he heads.)
            let national = World::get().roles.get(&t.role).is_some_and(|r| {
                matches!(
                    r.kind.as_str(),
                    "head_of_state" | "head_of_government" | "government" | "military" | "legislature"
                )
            });
            if t.org.is_none() && !national && super::titles::takes_named_org(&t.role) {
                t.org = appointing_body(para, pack, verb_before - 1);
            }
            return Some((t.clone(), t.end));
        }
        // «Новым руководителем МХАТа назначен Эдуард Бояков», «Заместителем министра назначен
        // X»: where names decline, the post (in the instrumental) opens the clause before the
        // participle, and the person follows it.
        if rules.names_decline && pack.rules.appointment_verbs.contains(para.lower(verb_before - 1)) {
            let verb = verb_before - 1;
            let sentence = para.sentence_of(verb);
            let from = verb.saturating_sub(10).max(sentence.start);
            let title =
                (from..verb).find_map(|s| parse_title(para, pack, skip(s)).filter(|t| t.end == verb && !t.indefinite));
            if let Some(t) = title {
                return Some((t, m.end));
            }
        }
    }
    // «Новым главным тренером „Спартака“ стал Деян Станкович»: the same with a copula.
    if rules.names_decline && verb_before > 0 && rules.copulas.contains(para.lower(verb_before - 1)) {
        let verb = verb_before - 1;
        let sentence = para.sentence_of(verb);
        let from = verb.saturating_sub(10).max(sentence.start);
        let title =
            (from..verb).find_map(|s| parse_title(para, pack, skip(s)).filter(|t| t.end == verb && !t.indefinite));
        if let Some(t) = title {
            return Some((t, m.end));
        }
    }
    None
}

/// "Orvex has appointed Lena Varga as …", "Siemens hat X zum Finanzchef ernannt": the body
/// that opens the sentence and appoints is the one the post is in. Its name is an organisation
/// a lexicon knows, or capitalised words no lexicon knows (not a person, a country or a title).
fn appointing_body(para: &Para, pack: &LanguagePack, verb: usize) -> Option<OrgRef> {
    let rules = &pack.rules;
    let mut end = verb;
    while end > 0 && rules.auxiliaries.contains(para.lower(end - 1)) {
        end -= 1;
    }
    let sentence = para.sentence_of(verb);
    let start = sentence.start;
    // ("Malaysia Airlines on Friday named …": the day between body and verb.)
    if let Some(d) = crate::dates::find_dates(&para.tokens, start..end, rules)
        .into_iter()
        .find(|d| d.end_token == end)
    {
        let mut at = d.first_token;
        if at > start && rules.date_prepositions.contains(para.lower(at - 1)) {
            at -= 1;
        }
        end = at;
    }
    // (A name of up to five words; eight with the noun that describes it before.)
    if end <= start || end > start + 8 {
        return None;
    }
    if let Some(mark) = para.mark_starting(start).filter(|k| k.end == end) {
        return match &mark.kind {
            MarkKind::Organisation(key) => Some(super::titles::organisation(key, None)),
            _ => None,
        };
    }
    // (Small words may stand inside the name, not at its ends, and a place after them: "Bank
    // of America".)
    let place_after_inner = |k: usize| {
        k > start + 1
            && rules.name_inner_words.contains(para.lower(k - 1))
            && para
                .mark(k)
                .is_some_and(|m| matches!(m.kind, MarkKind::Country(..) | MarkKind::Region(..)))
    };
    // ("Malaysia Airlines", "Air Mauritius": a country's name inside a longer capitalised one.)
    let unmarked_words = (start..end)
        .filter(|&k| para.tokens[k].is_cap() && para.mark(k).is_none())
        .count();
    let place_inside = |k: usize| {
        unmarked_words >= 1
            && end > start + 1
            && para.mark(k).is_some_and(|m| {
                matches!(m.kind, MarkKind::Country(_, crate::lang::CountryForm::Name))
                    && m.start >= start
                    && m.end <= end
            })
    };
    let plain_name = end <= start + 5
        && (start..end).all(|k| {
            (para.tokens[k].is_cap() && (para.mark(k).is_none() || place_after_inner(k) || place_inside(k)))
                || (k > start && k + 1 < end && rules.name_inner_words.contains(para.lower(k)))
        })
        && (!rules.never_names.contains(para.lower(start)) || rules.org_heads.contains(para.lower(start)));
    if plain_name {
        return Some(OrgRef::Named(
            para.text[para.tokens[start].start..para.tokens[end - 1].end].to_string(),
        ));
    }
    // "Indian Super League team Chennaiyin FC on Wednesday appointed …": a noun describing the
    // body, in small letters, before its name.
    let named_from = |s: usize| {
        (s..end).all(|k| {
            (para.tokens[k].is_cap() && (para.mark(k).is_none() || place_inside(k)))
                || (k > s && k + 1 < end && rules.name_inner_words.contains(para.lower(k)))
        })
    };
    (start + 1..end)
        .find(|&s| {
            let w = para.lower(s - 1);
            !para.tokens[s - 1].is_cap()
                && (rules.org_heads.contains(w) || rules.body_descriptors.contains(w))
                && named_from(s)
        })
        .map(|s| OrgRef::Named(para.text[para.tokens[s].start..para.tokens[end - 1].end].to_string()))
}

/// The facts of a title: its role (`first`), and the title joined to it ("Managing
/// Director/CEO").
fn with_joined(first: RoleFact, t: &Title) -> Vec<RoleFact> {
    let second = t.also.as_ref().map(|(role, written, qualifier)| {
        let mut qualifiers = first.qualifiers.clone();
        if let Some(q) = qualifier.as_ref().filter(|q| !qualifiers.contains(q)) {
            qualifiers.push(q.clone());
        }
        RoleFact {
            role: role.clone(),
            written: Some(written.clone()),
            qualifiers,
            ..first.clone()
        }
    });
    std::iter::once(first).chain(second).collect()
}

fn fact(m: &PersonMention, t: &Title, start: usize, end: usize, rule: String, caption: bool) -> RoleFact {
    RoleFact {
        person: m.person,
        role: t.role.clone(),
        complement: t.complement.clone(),
        org: t.org.clone(),
        qualifiers: t.qualifiers.clone(),
        written: Some(t.written.clone()),
        para: m.para,
        start,
        end,
        rule,
        caption,
    }
}

/// One fact per person, role and organisation: the first evidence is kept.
/// A title written with a name joined to it ("Siemens-Chef", "Volkswagen-Chef").
fn compound_with_name(written: Option<&str>) -> bool {
    written.and_then(|w| w.split_once('-')).is_some_and(|(name, rest)| {
        name.chars().count() >= 2 && name.starts_with(char::is_uppercase) && !rest.is_empty()
    })
}

fn dedupe(facts: Vec<RoleFact>) -> Vec<RoleFact> {
    type Key = (usize, String, Option<String>, Vec<String>);
    let mut out: Vec<RoleFact> = Vec::new();
    // Per person and title: the facts kept, by index in `out`.
    let mut kept: HashMap<Key, Vec<usize>> = HashMap::new();
    for f in facts {
        let key = (f.person, f.role.clone(), f.complement.clone(), f.qualifiers.clone());
        let same = kept.entry(key).or_default();
        if let Some(&i) = same.iter().find(|&&i| out[i].org == f.org) {
            // "Volkswagen-Chef" and "Vorstandschef" of Volkswagen: the title that does not
            // carry the organisation's name, which the membership gives beside it.
            if compound_with_name(out[i].written.as_deref())
                && f.written.as_deref().is_some_and(|w| !compound_with_name(Some(w)))
            {
                out[i].written = f.written;
            }
            continue;
        }
        if f.org.is_none() && !same.is_empty() {
            continue;
        }
        // A fact with an organisation replaces the same fact without one.
        if let Some(&i) = same.iter().find(|&&i| out[i].org.is_none()) {
            out[i] = f;
            continue;
        }
        same.push(out.len());
        out.push(f);
    }
    out
}
