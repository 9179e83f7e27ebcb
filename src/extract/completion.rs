//! Where a post is held when its title does not say: the same title elsewhere in the article,
//! the person's other posts, the title's own country, the dateline, the gazetteer, the sentence
//! and the article around it. A guess the text does not support is worse than no organisation:
//! each step needs evidence, and a post with none keeps none.

use super::marks::{MarkKind, Para};
use super::model::{OrgRef, Person, RoleFact};
use super::titles::RoleReference;
use crate::lang::{LanguagePack, World};
use crate::text::ParagraphKind;
use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeMap;

/// Gives posts without an organisation the one the text supports, most direct evidence first.
/// `article_country`: the country of the dateline's city.
pub(super) fn complete(
    facts: &mut [RoleFact],
    references: &[RoleReference],
    paras: &[Para],
    pack: &LanguagePack,
    persons: &[Person],
    article_country: Option<&str>,
) {
    // "Wiegands Referentin Sabine Ernst", "Putin's spokesman": a person's name in the genitive
    // before a title names whose aide the person is, not an organisation.
    for f in facts.iter_mut() {
        if let Some(OrgRef::Named(name)) = &f.org {
            let bare = name
                .strip_suffix("'s")
                .or_else(|| name.strip_suffix("’s"))
                .or_else(|| name.strip_suffix('s'))
                .unwrap_or(name);
            if persons
                .iter()
                .any(|p| p.name.len() >= 2 && p.name.last().is_some_and(|s| s == bare))
            {
                f.org = None;
            }
        }
    }
    let context = ArticleContext::of(paras, pack, article_country);
    // Where the story happens: its dateline, the national institutions and the places it
    // names (countries named by name are as often the subject of a foreign-affairs story as
    // its setting: "Baerbock reiste in die Ukraine").
    let setting = context.setting();
    // A language's home country ("МИД" in Russian news is Russia's) where nothing says the
    // story is set elsewhere: Russian-language news from Kazakhstan names Kazakh places and
    // institutions.
    // (Where the language is a home to several countries, one place or institution of
    // another's, named even once, says the story may be set there: "Tirols Landeshauptmann".)
    // (Even where other countries named do not suspend it, one other country named again and
    // again in a story that never names the home country is the story's: "президент Румунії",
    // "уряду Румунії" in Ukrainian news about Bucharest.)
    let home = pack.rules.home_country.filter(|h| {
        let elsewhere = !context.named.contains_key(*h) && context.named.iter().any(|(c, n)| c != h && *n >= 3);
        setting.is_none()
            && !context.visited.iter().any(|v| v == h)
            && (pack.rules.home_despite_other_countries && !elsewhere
                || ((context.countries.is_empty() || context.countries.iter().any(|c| c == h))
                    && !context.setting.keys().any(|c| c != h)))
    });
    resolve_homonyms(facts, &context.countries, article_country);
    complete_from_named_noun(facts, paras, pack);
    complete_from_body_possessive(facts, paras, pack);
    regional_premiers(facts, paras, pack, &context.regions);
    complete_organisations(facts, references, article_country, setting.or(home));
    // A body named by its template alone ("le Chef du gouvernement") whose country nothing gave
    // is no organisation: "gouvernement" alone is not a fact. The steps below may place the post.
    for f in facts.iter_mut() {
        if matches!(&f.org, Some(OrgRef::Organisation { key, country: None }) if super::context::is_template(key)) {
            f.org = None;
        }
    }
    complete_from_gazetteer(facts, persons);
    complete_from_party(facts, paras);
    complete_from_scene_place(facts, paras, pack);
    regional_ministers(
        facts,
        &pack.rules.national_prefixes,
        only_premier_region(pack, &context.regions),
    );
    // Else the one country every other national post of the article is in ("Pakistan's
    // ex-premier Imran Khan …, as Prime Minister Shehbaz Sharif chaired").
    // (Not where the article names other countries too, but where someone travels: "Venezuelan
    // vice president Delcy Rodriguez" in a story from Trinidad that names the US, Venezuela and
    // Trinidad and Tobago marks the one foreign post; the unmarked ministers are not hers.)
    let posts = national_post_countries(facts);
    let agreed = (posts.len() == 1
        && context
            .named
            .keys()
            .all(|c| *c == posts[0] || context.visited.contains(c)))
    .then(|| posts[0].as_str());
    // (That country still holds its own posts: another holder of one of them is the other
    // country's, below.)
    let posts_country = (posts.len() == 1).then(|| posts[0].as_str());
    // Else the one country the article names, by name or adjective, at least twice (not as
    // where someone travels): "Singapore" four times and "Singaporeans" in a story with no
    // other country.
    let only_named = match context.named.iter().collect::<Vec<_>>().as_slice() {
        [(c, n)] if **n >= 2 && !context.visited.contains(c) => Some(c.as_str()),
        _ => None,
    };
    let country = setting.or(home).or(agreed).or(only_named).map(str::to_string);
    let body = match context.only(&context.companies).or(dominant(&context.bodies)) {
        Some(key) => Some(ArticleBody {
            org: super::titles::organisation(key, None),
            kind: world_kind(key),
        }),
        // (A club no lexicon knows, named far more than any other: the story is about it.)
        None => dominant(&context.clubs)
            .map(|name| ArticleBody {
                org: OrgRef::Named(name.to_string()),
                kind: "sport".to_string(),
            })
            .or_else(|| {
                headline_name(paras, pack, persons).map(|name| ArticleBody {
                    org: OrgRef::Named(name),
                    kind: "company".to_string(),
                })
            })
            .or_else(|| {
                // (Of a kind the text does not say: a company's or a club's posts go to it, a
                // presenter's or a spokesperson's do not.)
                named_in_titles(facts, paras).map(|name| ArticleBody {
                    org: OrgRef::Named(name),
                    kind: "titled".to_string(),
                })
            }),
    };
    complete_from_sentence_region(facts, paras, pack);
    complete_from_quoted_team(facts, paras, pack);
    complete_from_court(facts, paras, pack);
    // A town's post is held in the town the article names most, a region's in the region.
    let world = World::get();
    let (towns, regions): (BTreeMap<String, usize>, BTreeMap<String, usize>) = context
        .regions
        .iter()
        .map(|(k, n)| (k.clone(), *n))
        .partition(|(k, _)| world.regions.get(k).is_some_and(|e| e.kind == "city"));
    let places = Places {
        // (A region named once is enough where it is the only one: "die Südtiroler
        // Landesregierung" in a story datelined in its capital.)
        region: dominant_or_only(&regions),
        // (Likewise a town named once where it is the only one: "l'hôtel de ville de
        // Sherbrooke" in a story about its council.)
        town: dominant_or_only(&towns),
        named_town: dominant_or_only(&context.named_towns),
        council: dominant_or_only(&context.councils),
        any: dominant(&context.regions),
    };
    // ("Jean-François Collet, le président" in a story about a club, set in Swiss towns: a
    // bare "president" is the country's only where the text names the country or one of its
    // institutions.)
    let country_named = country
        .as_deref()
        .is_some_and(|c| context.named.contains_key(c) || context.state_countries.iter().any(|i| i == c));
    // Posts the article's own country, region or body do not hold: "la présidente de la
    // région", a post the text places in a region it does not name, is no national one. ("Der
    // Stellvertreter von Bonnemeier, Manfred Schmaus": nor is a post of a capitalised name no
    // lexicon took for a body, a person's deputy, the article's.)
    let not_the_articles: Vec<bool> = facts
        .iter()
        .map(|f| {
            let para = &paras[f.para];
            let rules = &pack.rules;
            (f.start..f.end)
                .filter(|&k| rules.of_links.contains(para.lower(k)))
                .any(|link| {
                    let mut k = link + 1;
                    if rules.definite_articles.contains(para.lower(k)) {
                        k += 1;
                    }
                    let someone = k == link + 1
                        && k < f.end
                        && para.tokens[k].is_cap()
                        && para.mark(k).is_none()
                        // (Not a genitive article inside a name: "Ursula von der Leyen".)
                        && !rules.definite_articles.contains(para.lower(link));
                    someone
                        || rules.region_nouns.get(para.lower(k)).is_some()
                            && !para.tokens.get(k + 1).is_some_and(|t| t.is_cap())
                })
                // («премьер-министр республики»: where the genitive needs no link, the region's
                // noun right after the title's words.)
                || (rules.of_links.is_empty()
                    && (f.start + 1..f.end).any(|k| {
                        // (Followed by no region's name: by the holder's given name, or nothing
                        // capitalised.)
                        let unnamed = para
                            .tokens
                            .get(k + 1)
                            .is_none_or(|t| !t.is_cap() || pack.given_name(t.text(&para.text)).is_some());
                        !para.tokens[k].is_cap()
                            && !para.tokens[k - 1].is_cap()
                            && rules.region_nouns.get(para.lower(k)).is_some()
                            && unnamed
                    }))
        })
        .collect();
    // ("Le Premier ministre malien … a affirmé à Rabat le Chef du gouvernement": where the
    // story's country has its holder of a post, another holder is the one other country's the
    // text names more than once.)
    let other_country = match context
        .named
        .iter()
        .filter(|(c, n)| **n >= 2 && country.as_deref().or(posts_country) != Some(c.as_str()))
        .collect::<Vec<_>>()
        .as_slice()
    {
        [(c, _)] => Some(c.as_str()),
        _ => None,
    };
    complete_from_article(
        facts,
        body,
        (country.as_deref(), posts_country, other_country),
        country_named,
        &not_the_articles,
        &places,
        &pack.rules.national_prefixes,
    );
    complete_from_coordinated(facts, paras, pack);
    complete_from_fellow_executives(facts, paras);
}

/// "The Chairman of the forum, Kpetu Ahmed" after "the Forum of Education Secretaries", "the
/// company's chief executive" after "Harlow Mutual Holdings": a post whose evidence names its
/// organisation by a definite noun alone is held in the organisation the article named last (in
/// its paragraph, before the post, or in the five paragraphs before) by a name of several
/// capitalised words holding that noun.
fn complete_from_named_noun(facts: &mut [RoleFact], paras: &[Para], pack: &LanguagePack) {
    let rules = &pack.rules;
    let same_noun = |a: &str, b: &str| a == b || (a.chars().count() >= 5 && a.chars().take(5).eq(b.chars().take(5)));
    // (Not a post whose title names its own body: "le conseiller fédéral" sits in the Federal
    // Council, whatever "Conseil" the article named before.)
    for f in facts
        .iter_mut()
        .filter(|f| f.org.is_none() && !super::titles::names_own_body(&f.role))
    {
        let Some(para) = paras.get(f.para) else { continue };
        // The organisation's noun in small letters after a definite article, in the evidence.
        let noun = (f.start..f.end.min(para.tokens.len())).find(|&k| {
            k > 0
                && rules.definite_articles.contains(para.lower(k - 1))
                && !para.tokens[k].is_cap()
                && (rules.org_heads.contains(para.lower(k)) || rules.state_nouns.contains(para.lower(k)))
        });
        let Some(noun) = noun.map(|k| para.lower(k).to_string()) else {
            continue;
        };
        let mut found: Option<String> = None;
        for p in (f.para.saturating_sub(5)..=f.para).rev() {
            let Some(q) = paras.get(p).filter(|q| q.kind != ParagraphKind::Boilerplate) else {
                continue;
            };
            let limit = if p == f.para { f.start } else { q.tokens.len() };
            // Capitalised runs (small inner words allowed) holding the noun; the last one wins.
            let mut k = 0;
            let mut last: Option<(usize, usize)> = None;
            while k < limit {
                if !q.tokens[k].is_cap() {
                    k += 1;
                    continue;
                }
                let start = k;
                let mut end = k + 1;
                while end < limit
                    && (q.tokens[end].is_cap()
                        || (rules.name_inner_words.contains(q.lower(end))
                            && q.tokens.get(end + 1).is_some_and(|t| t.is_cap())
                            && end + 1 < limit))
                {
                    end += 1;
                }
                let holds = (start..end).any(|t| q.tokens[t].is_cap() && same_noun(q.lower(t), &noun));
                // (Several words, not a person's name, not a title: "Forum of Education
                // Secretaries", not "Forum" opening a sentence.)
                let body_name = end - start >= 2
                    && !q
                        .mark(start)
                        .is_some_and(|m| matches!(m.kind, MarkKind::Role(_) | MarkKind::Roles(_)))
                    && !(start..end).any(|t| pack.given_name(&q.tokens[t].lower).is_some());
                if holds && body_name {
                    last = Some((start, end));
                }
                k = end;
            }
            if let Some((a, b)) = last {
                found = Some(q.text[q.tokens[a].start..q.tokens[b - 1].end].to_string());
                break;
            }
        }
        if let Some(name) = found {
            f.org = Some(OrgRef::Named(name));
            f.rule.push_str("+named-noun");
        }
    }
}

/// "represented by the Uganda Law Society, led by their President, Mr Bernard Oundo": a post
/// after a possessive that only a body takes ("its", "their", « leur ») is held in the body the
/// sentence names last before it: an organisation a lexicon knows, or a name of several
/// capitalised words ending in an organisation's noun.
fn complete_from_body_possessive(facts: &mut [RoleFact], paras: &[Para], pack: &LanguagePack) {
    let rules = &pack.rules;
    for f in facts.iter_mut().filter(|f| f.org.is_none()) {
        let Some(para) = paras.get(f.para) else { continue };
        if f.start >= para.tokens.len() || !rules.body_possessives.contains(para.lower(f.start)) {
            continue;
        }
        let mut k = f.start;
        let mut found = None;
        while k > 0 {
            k -= 1;
            if matches!(para.lower(k), "." | "!" | "?" | ";") {
                break;
            }
            if let Some(m) = para.mark(k) {
                if let MarkKind::Organisation(key) = &m.kind {
                    found = Some(super::titles::organisation(key, None));
                    break;
                }
                continue;
            }
            // The last word of a capitalised name holding an organisation's noun.
            if para.tokens[k].is_cap() && rules.org_heads.contains(para.lower(k)) {
                let mut start = k;
                while start > 0
                    && (para.tokens[start - 1].is_cap()
                        || (rules.name_inner_words.contains(para.lower(start - 1))
                            && start >= 2
                            && para.tokens[start - 2].is_cap()))
                    && para
                        .mark(start - 1)
                        .is_none_or(|m| !matches!(m.kind, MarkKind::Role(_) | MarkKind::Roles(_)))
                {
                    start -= 1;
                }
                // (Where names open with their noun, the words in small letters after it:
                // "la Fédération nationale des producteurs de lait".)
                let end = if start == k && !rules.name_complement_links.is_empty() {
                    super::titles::small_letter_complements_end(para, pack, k + 1).min(f.start)
                } else {
                    k + 1
                };
                if end - start >= 2 {
                    let end = (start..end)
                        .rev()
                        .find(|&t| para.tokens[t].is_word())
                        .map_or(end, |t| t + 1);
                    found = Some(OrgRef::Named(
                        para.text[para.tokens[start].start..para.tokens[end - 1].end].to_string(),
                    ));
                }
                break;
            }
        }
        if let Some(org) = found {
            f.org = Some(org);
            f.rule.push_str("+possessive-body");
        }
    }
}

/// A business post still without its company, in an article whose other business posts are
/// held in one company, or in one the text names far more often than the others ("Bank of
/// America named Brian Moynihan chief executive. … His main rival was chief risk officer Greg
/// Curl"): that company. A company's president or head is one of its executives too ("le
/// président de Renault").
fn complete_from_fellow_executives(facts: &mut [RoleFact], paras: &[Para]) {
    let world = World::get();
    let business = |f: &RoleFact| world.roles.get(&f.role).is_some_and(|r| r.kind == "business");
    let company = |o: &OrgRef| match o {
        OrgRef::Named(_) => true,
        OrgRef::Organisation { key, .. } => world.organisations.get(key).is_some_and(|e| e.kind == "company"),
        _ => false,
    };
    // (A post of another kind at a name no lexicon knows may be a club's or a ministry's.)
    let known_company = |o: &OrgRef| matches!(o, OrgRef::Organisation { .. }) && company(o);
    // (Not a post held before: "der ehemalige Siemens-Manager Sen" says nothing of where the
    // story's other executives work.)
    let mut held: Vec<&OrgRef> = facts
        .iter()
        .filter(|f| !f.qualifiers.iter().any(|q| q == "former"))
        .filter_map(|f| f.org.as_ref().filter(|o| business(f) || known_company(o)))
        .filter(|o| company(o))
        .collect();
    held.sort();
    held.dedup();
    let only = match held[..] {
        [] => return,
        [only] => only.clone(),
        _ => {
            // How often the text names each (a lexicon's company by its key's marks, another
            // by its words).
            let named = |o: &OrgRef| -> usize {
                paras
                    .iter()
                    .filter(|p| p.kind != ParagraphKind::Boilerplate)
                    .map(|p| match o {
                        OrgRef::Named(n) => p.text.matches(n.as_str()).count(),
                        OrgRef::Organisation { key, .. } => p
                            .marks
                            .iter()
                            .filter(|m| matches!(&m.kind, MarkKind::Organisation(k) if k == key))
                            .count(),
                        _ => 0,
                    })
                    .sum()
            };
            // (Named at least twice, and twice as often as any other: as `dominant` asks.)
            let mut counts: Vec<(usize, &OrgRef)> = held.iter().map(|o| (named(o), *o)).collect();
            counts.sort_by(|a, b| b.0.cmp(&a.0));
            match counts[..] {
                [(n, o), (m, _), ..] if n >= 2 && n >= 2 * m => o.clone(),
                _ => return,
            }
        }
    };
    for f in facts.iter_mut().filter(|f| f.org.is_none() && business(f)) {
        f.org = Some(only.clone());
        f.rule.push_str("+fellow-executives");
    }
}

/// "Premier Denis Napthine" in a story about Victoria: English calls the heads of Australian
/// states and Canadian provinces premiers, and some prime ministers too ("Premier Giorgia
/// Meloni"). A title the pack lists as such, given without its place, is the regional post when
/// the article names regions of a country whose regional heads bear it: the region named last
/// before it in its paragraph, else the one the article names most, else the only one.
/// `regions`: how often the article names each region (ArticleContext).
fn regional_premiers(facts: &mut [RoleFact], paras: &[Para], pack: &LanguagePack, regions: &BTreeMap<String, usize>) {
    let rules = &pack.rules;
    if rules.regional_premier_titles.is_empty() {
        return;
    }
    let world = World::get();
    // A state or province, not a city ("Brisbane").
    let holds_premiers = |key: &str| {
        world.regions.get(key).is_some_and(|e| {
            e.kind != "city"
                && e.country
                    .as_deref()
                    .is_some_and(|c| rules.regional_premier_countries.contains(&c.to_lowercase()))
        })
    };
    // Every region of such a country the article names, in order, with its paragraph and token.
    let named: Vec<(usize, usize, &str)> = paras
        .iter()
        .filter(|p| p.kind != ParagraphKind::Boilerplate)
        .flat_map(|p| {
            p.marks.iter().filter_map(move |m| match &m.kind {
                MarkKind::Region(key, _) => Some((p.index, m.start, key.as_str())),
                _ => None,
            })
        })
        .filter(|(_, _, key)| holds_premiers(key))
        .collect();
    if named.is_empty() {
        return;
    }
    let counts: BTreeMap<String, usize> = regions
        .iter()
        .filter(|(key, _)| holds_premiers(key))
        .map(|(key, n)| (key.clone(), *n))
        .collect();
    let only = (counts.len() == 1).then(|| named[0].2);
    let most = dominant(&counts);
    for f in facts.iter_mut() {
        // Without a place, or with a region of such a country ("Victoria's deputy premier").
        let placed = match &f.org {
            None => None,
            Some(OrgRef::Region(r)) if holds_premiers(r) => Some(r.clone()),
            Some(_) => continue,
        };
        let Some(written) = f.written.as_deref().map(str::to_lowercase) else {
            continue;
        };
        // The longest listed title the written one is or ends with ("deputy premier", not "premier").
        let regional = rules
            .regional_premier_titles
            .iter()
            .filter(|(t, _)| written == *t || written.ends_with(&format!(" {t}")))
            .max_by_key(|(t, _)| t.len())
            .map(|(_, role)| role.clone());
        let Some(role) = regional.filter(|r| *r != f.role) else {
            continue;
        };
        let before = named
            .iter()
            .rev()
            .find(|(para, token, _)| *para == paras[f.para].index && *token < f.start)
            .map(|(_, _, key)| *key);
        if let Some(region) = placed.as_deref().or(before).or(most).or(only) {
            f.role = role;
            f.org = Some(OrgRef::Region(region.to_string()));
            f.rule.push_str("+regional-premier");
        }
    }
}

/// "le premier ministre François Legault" (Quebec's) … "la ministre Chantal Rouleau": where the
/// article's one head of government is a province's or a state's, a minister it names without
/// a country sits in that government (not where the title says federal: "la ministre fédérale").
fn regional_ministers(facts: &mut [RoleFact], national_prefixes: &crate::lang::Words, only_region: Option<String>) {
    let world = World::get();
    let mut premiers = facts
        .iter()
        .filter(|f| f.rule.ends_with("+regional-premier") && f.role == "premier");
    // (Or, where no premier is named, the one province the article's places lie in: "le
    // ministre des Affaires municipales Pierre Moreau" in a story set in Longueuil and Laval.)
    let region = match premiers.next().map(|f| f.org.clone()) {
        Some(Some(OrgRef::Region(region))) => region,
        Some(_) => return,
        None => match only_region {
            Some(region) => region,
            None => return,
        },
    };
    if premiers.any(|f| f.org.as_ref() != Some(&OrgRef::Region(region.clone())))
        || facts.iter().any(|f| {
            world.roles.get(&f.role).is_some_and(|r| {
                r.kind == "head_of_government" && f.org.as_ref().is_some_and(|o| o.country().is_some())
            })
        })
    {
        return;
    }
    for f in facts.iter_mut().filter(|f| f.org.is_none()) {
        let minister = f.role == "minister" || (f.role.ends_with("-minister") && !f.role.contains("prime"));
        let federal = f.written.as_deref().is_some_and(|w| {
            let w = w.to_lowercase();
            w.split(' ')
                .any(|word| national_prefixes.iter().any(|p| word.starts_with(p)))
        });
        if minister && !federal && world.roles.get(&f.role).is_some_and(|r| r.kind == "government") {
            f.org = Some(OrgRef::Region(region.clone()));
            f.rule.push_str("+regional-government");
        }
    }
}

/// The one first-level region of a country with provincial premiers (`regional_premier_countries`)
/// that the article's places lie in (a city counts for its region), if there is exactly one.
fn only_premier_region(pack: &LanguagePack, regions: &BTreeMap<String, usize>) -> Option<String> {
    let world = World::get();
    let countries = &pack.rules.regional_premier_countries;
    let mut found: Vec<&str> = regions
        .keys()
        .filter_map(|k| {
            let e = world.regions.get(k)?;
            let region = if e.kind == "city" {
                world.city_regions.get(k).map(String::as_str)?
            } else {
                k.as_str()
            };
            let country = world.regions.get(region)?.country.as_deref()?;
            countries.contains(&country.to_lowercase()).then_some(region)
        })
        .collect();
    found.sort_unstable();
    found.dedup();
    match found.as_slice() {
        [only] => Some(only.to_string()),
        _ => None,
    }
}

/// A coach's or captain's post without its organisation, in a sentence that names one body in
/// quotes ("тренера команди Василя Сачка" after "Віце-президент "Ворскли""): that body, the
/// team (news in these languages quotes clubs' names).
fn complete_from_quoted_team(facts: &mut [RoleFact], paras: &[Para], pack: &LanguagePack) {
    let rules = &pack.rules;
    for f in facts
        .iter_mut()
        .filter(|f| f.org.is_none() && super::titles::TEAM_POSTS.contains(&f.role.as_str()))
    {
        let Some(para) = paras.get(f.para).filter(|p| p.kind != ParagraphKind::Boilerplate) else {
            continue;
        };
        let sentence = para.sentence_of(f.start);
        let mut names: Vec<String> = Vec::new();
        let mut k = sentence.start;
        while k < sentence.end {
            let closing = match para.lower(k) {
                "«" => "»",
                "„" => "“",
                "“" => "”",
                "\"" => "\"",
                _ => {
                    k += 1;
                    continue;
                }
            };
            let Some(close) = (k + 1..(k + 6).min(sentence.end)).find(|&c| para.lower(c) == closing) else {
                k += 1;
                continue;
            };
            // (A name, not a quotation: capitalised words only, no outlet's.)
            let name = (k + 1..close).all(|t| {
                para.tokens[t].is_cap() || (para.lower(t) == "-" && t > k + 1)
            }) && close > k + 1
                && (k + 1..close).all(|t| para.mark(t).is_none_or(|m| !matches!(m.kind, MarkKind::Outlet(_) | MarkKind::Role(_))))
                && !(f.start..f.end).contains(&(k + 1))
                // (Not a medium's: "передает корреспондент «СЭ Интернет»".)
                && !(k > 0
                    && (rules.correspondent_nouns.contains(para.lower(k - 1))
                        || rules.medium_nouns.contains(&para.lower(k - 1))));
            if name {
                // ("ФК «Карпати»": with the club's prefix, as the text writes it.)
                let text = if k > 0 && rules.club_prefixes.contains(para.lower(k - 1)) {
                    para.text[para.tokens[k - 1].start..para.tokens[close].end].to_string()
                } else {
                    para.text[para.tokens[k + 1].start..para.tokens[close - 1].end].to_string()
                };
                if !names.contains(&text) {
                    names.push(text);
                }
            }
            k = close + 1;
        }
        if let [name] = names.as_slice() {
            f.org = Some(OrgRef::Named(name.clone()));
            f.rule.push_str("+quoted-team");
        }
    }
}

/// A judge's posts (not a country's highest court's, which its title names).
const COURT_POSTS: &[&str] = &["judge", "court-president", "investigating-judge"];

/// A judge's post without its court, in an article that names one court by name ("Landgericht
/// Halle", "Cour du Québec", "Buganda Road Court", "Печерський районний суд Києва"): that court.
fn complete_from_court(facts: &mut [RoleFact], paras: &[Para], pack: &LanguagePack) {
    if !facts
        .iter()
        .any(|f| f.org.is_none() && COURT_POSTS.contains(&f.role.as_str()))
    {
        return;
    }
    let courts = court_names(paras, pack);
    let Some(court) = dominant_or_only(&courts) else {
        return;
    };
    for f in facts
        .iter_mut()
        .filter(|f| f.org.is_none() && COURT_POSTS.contains(&f.role.as_str()))
    {
        f.org = Some(OrgRef::Named(court.to_string()));
        f.rule.push_str("+article-court");
    }
}

/// Courts named in the article, and how often: the court's noun ("Court", "tribunal", "суд";
/// a compound ending in it where nouns are capitalised, "Landgericht") with the capitalised
/// words up to three tokens before it ("Buganda Road Court", "Печерський районний суд") and the
/// name after it ("du Québec", "de Namur"; "Halle", "Києва"). Only a court with a name: "the
/// court" alone names none.
fn court_names(paras: &[Para], pack: &LanguagePack) -> BTreeMap<String, usize> {
    let rules = &pack.rules;
    let mut courts = BTreeMap::new();
    if rules.court_nouns.is_empty() {
        return courts;
    }
    let is_court = |para: &Para, k: usize| {
        let w = para.lower(k);
        if rules.nouns_capitalised {
            para.tokens[k].is_cap() && rules.court_nouns.iter().any(|(n, _)| w.ends_with(n))
        } else {
            rules.court_nouns.get(w).is_some()
        }
    };
    // (Not a headline's, whose words all take capitals: "Tempers flare in Court".)
    for para in paras
        .iter()
        .filter(|p| matches!(p.kind, ParagraphKind::Body | ParagraphKind::Caption))
    {
        for k in 0..para.tokens.len() {
            if !is_court(para, k) {
                continue;
            }
            let sentence_start = para.sentence_of(k).start;
            // Capitalised words before it, small words among them ("Roseau Magistrates' Court",
            // "Печерський районний суд"), no article.
            let mut start = k;
            for b in (k.saturating_sub(3).max(sentence_start)..k).rev() {
                let t = &para.tokens[b];
                // (Small words only where they are the court's adjectives: "районний".)
                let small = !t.is_cap() && t.is_word() && !matches!(para.lower(b), "'" | "’");
                if !(t.is_word() || matches!(para.lower(b), "'" | "’"))
                    || rules.definite_articles.contains(para.lower(b))
                    || (small && !rules.names_decline)
                {
                    break;
                }
                if t.is_cap() && !rules.never_names.contains(para.lower(b)) {
                    start = b;
                }
            }
            // The name after it: "du Québec", "de Namur"; "Halle", "Києва".
            let mut end = k + 1;
            let mut j = end;
            if rules.of_links.contains(para.lower(j)) {
                j += 1;
                if rules.definite_articles.contains(para.lower(j)) || matches!(para.lower(j), "'" | "’") {
                    j += 1;
                }
            }
            let mut n = j;
            while n < para.tokens.len() && n < j + 3 && para.tokens[n].is_cap() && para.tokens[n].is_word() {
                n += 1;
            }
            if n > j {
                end = n;
            }
            if start < k || end > k + 1 {
                let name = if rules.names_decline {
                    court_nominative(para, rules, start, k, end)
                } else {
                    para.text[para.tokens[start].start..para.tokens[end - 1].end].to_string()
                };
                *courts.entry(name).or_default() += 1;
            }
        }
    }
    courts
}

/// A court's name (tokens `start..end`, its noun at `noun`) in the nominative where names
/// decline: the noun and the adjectives before it put back ("в Саратовском областном суде" is
/// «Саратовский областной суд»), the name after it left in its genitive («суд Москвы»).
fn court_nominative(para: &Para, rules: &crate::lang::LangRules, start: usize, noun: usize, end: usize) -> String {
    let mut name = String::new();
    for k in start..end {
        if k > start {
            name.push_str(&para.text[para.tokens[k - 1].end..para.tokens[k].start]);
        }
        let written = para.tokens[k].text(&para.text);
        let nominative = if k == noun {
            rules.court_nouns.get(para.lower(k)).map(|n| with_case_of(written, n))
        } else if k < noun && para.tokens[k].is_word() {
            rules
                .court_adjective_endings
                .iter()
                .filter(|(ending, _)| written.to_lowercase().ends_with(ending))
                .max_by_key(|(ending, _)| ending.len())
                .map(|(ending, nominative)| match &written[..written.len() - ending.len()] {
                    "" => with_case_of(written, nominative),
                    stem => format!("{stem}{nominative}"),
                })
        } else {
            None
        };
        name.push_str(nominative.as_deref().unwrap_or(written));
    }
    name
}

/// `word` in the capitals of `written` (its first letter's): "Суде" -> "Суд".
fn with_case_of(written: &str, word: &str) -> String {
    let mut letters = word.chars();
    match (written.chars().next(), letters.next()) {
        (Some(w), Some(first)) if w.is_uppercase() => first.to_uppercase().chain(letters).collect(),
        _ => word.to_string(),
    }
}

/// A post still without its organisation, joined by "and" or a comma to a post in a company or
/// club ("Präsident Bernhard Heusler und Sportchef Georg Heitz [FC Basel]"): the same one. Run
/// last, so a national post the article places (a president beside a chief executive) keeps
/// its country.
fn complete_from_coordinated(facts: &mut [RoleFact], paras: &[Para], pack: &LanguagePack) {
    let world = World::get();
    let in_company = |f: &RoleFact| match &f.org {
        Some(OrgRef::Organisation { key, .. }) => world
            .organisations
            .get(key)
            .is_some_and(|e| matches!(e.kind.as_str(), "company" | "sport" | "media")),
        _ => false,
    };
    for i in 0..facts.len() {
        if facts[i].org.is_some() || !super::titles::takes_named_org(&facts[i].role) {
            continue;
        }
        let (para, end) = (&paras[facts[i].para], facts[i].end);
        let joined =
            |k: usize| k == end + 1 && (pack.rules.coordinators.contains(para.lower(end)) || para.lower(end) == ",");
        let partner = facts
            .iter()
            .find(|o| o.para == facts[i].para && o.person != facts[i].person && joined(o.start) && in_company(o))
            .and_then(|o| o.org.clone());
        if let Some(org) = partner {
            facts[i].org = Some(org);
            facts[i].rule.push_str("+coordinated");
        }
    }
}

/// A national post held by someone whose party follows the name in brackets ("Innenminister
/// Karl Eder (ÖVP)", "Bundesinnenminister Alexander Dobrindt (CSU)"): the party's country.
fn complete_from_party(facts: &mut [RoleFact], paras: &[Para]) {
    let world = World::get();
    for f in facts.iter_mut().filter(|f| f.org.is_none()) {
        let national = world.roles.get(&f.role).is_some_and(|r| {
            matches!(
                r.kind.as_str(),
                "head_of_state" | "head_of_government" | "government" | "military" | "legislature"
            )
        });
        let para = &paras[f.para];
        if !national || para.lower(f.end) != "(" {
            continue;
        }
        let party_country = para
            .mark_starting(f.end + 1)
            .filter(|m| para.lower(m.end) == ")")
            .and_then(|m| match &m.kind {
                MarkKind::Organisation(k) => world.organisations.get(k),
                _ => None,
            })
            .filter(|e| e.kind == "party")
            .and_then(|e| e.country.clone())
            .filter(|c| c != "*");
        if let Some(c) = party_country {
            f.org = Some(OrgRef::Country(c));
            f.rule.push_str("+party");
        }
    }
}

/// A post held in a region or a town (its role's category is "regional" or "local").
fn is_regional(world: &World, role: &str) -> bool {
    world
        .roles
        .get(role)
        .is_some_and(|r| matches!(r.kind.as_str(), "regional" | "local"))
}

/// The regional posts still without their place, each with its paragraph and sentence.
fn unplaced_regional<'a>(
    facts: &'a mut [RoleFact],
    paras: &'a [Para],
) -> impl Iterator<Item = (&'a mut RoleFact, &'a Para, std::ops::Range<usize>)> + 'a {
    let world = World::get();
    facts
        .iter_mut()
        .filter(move |f| f.org.is_none() && is_regional(world, &f.role))
        .map(move |f| {
            let para = &paras[f.para];
            let sentence = para.sentence_of(f.start);
            (f, para, sentence)
        })
}

/// A regional post without its region, in a sentence that opens with the place it is about
/// ("À Contern, Marion Zovilé-Braquet sera bourgmestre", "In Betzdorf, …"), or after one in
/// its paragraph ("À Betzdorf, … . Jean-François Wirtz sera le bourgmestre."): that place.
fn complete_from_scene_place(facts: &mut [RoleFact], paras: &[Para], pack: &LanguagePack) {
    // (The end of the place's name, where the sentence opens with one and a comma.)
    let opening_place = |para: &Para, s: &std::ops::Range<usize>| {
        if !pack.rules.place_prepositions.contains(para.lower(s.start))
            && !pack.rules.building_prepositions.contains(para.lower(s.start))
        {
            return None;
        }
        let mut end = s.start + 1;
        while end < s.end && end < s.start + 4 && para.tokens[end].is_cap() {
            end += 1;
        }
        (end > s.start + 1 && para.lower(end) == ",").then_some(end)
    };
    for (f, para, here) in unplaced_regional(facts, paras) {
        let Some((s, end)) = para
            .sentences
            .iter()
            .filter(|r| r.start <= here.start)
            .rev()
            .find_map(|r| Some((r.clone(), opening_place(para, r)?)))
        else {
            continue;
        };
        f.org = Some(match para.mark_starting(s.start + 1).map(|m| (m.end, &m.kind)) {
            Some((e, MarkKind::Region(key, _))) if e == end => OrgRef::Region(key.clone()),
            _ => OrgRef::Named(para.text[para.tokens[s.start + 1].start..para.tokens[end - 1].end].to_string()),
        });
        f.rule.push_str("+scene-place");
    }
}

/// The countries of the national posts that have one, sorted, without repeats.
fn national_post_countries(facts: &[RoleFact]) -> Vec<String> {
    let world = World::get();
    let mut countries: Vec<String> = facts
        .iter()
        // (A counterpart's country is by its word another than the story's: "его российский
        // коллега".)
        .filter(|f| !f.rule.ends_with(".counterpart"))
        .filter(|f| {
            world.roles.get(&f.role).is_some_and(|r| {
                matches!(
                    r.kind.as_str(),
                    "head_of_state" | "head_of_government" | "government" | "military"
                )
            })
        })
        .filter_map(|f| match &f.org {
            Some(OrgRef::Country(c)) => Some(c.clone()),
            _ => None,
        })
        .collect();
    countries.sort();
    countries.dedup();
    countries
}

/// The country a mark places the story in: a region's or a city's ("in Accra", "NSW"), a
/// national institution's (the Bundestag, the Kremlin). Companies and clubs are named far from
/// home as often as at home.
fn setting_country(kind: &MarkKind) -> Option<String> {
    let world = World::get();
    match kind {
        MarkKind::Region(k, _) => world.regions.get(k).and_then(|e| e.country.clone()),
        // A body whose name means another in another country's news ("Bundesrat") says nothing.
        MarkKind::Organisation(k) if HOMONYMS.iter().any(|(h, _, _)| h == k) => None,
        MarkKind::Organisation(k) => world
            .organisations
            .get(k)
            .filter(|e| !matches!(e.kind.as_str(), "international" | "company" | "sport" | "media"))
            .and_then(|e| e.country.clone())
            .filter(|c| c != "*"),
        _ => None,
    }
}

/// `template_country`: the country of a ministry named without one ("the Foreign Ministry"):
/// the dateline's, else the language's home country.
pub(super) fn complete_organisations(
    facts: &mut [RoleFact],
    references: &[RoleReference],
    article_country: Option<&str>,
    template_country: Option<&str>,
) {
    let world = World::get();
    // Holders of each role in this article.
    let mut holders: HashMap<&str, Vec<usize>> = HashMap::default();
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
    // The first definite reference to each title that names its organisation.
    let mut referenced: HashMap<&str, &OrgRef> = HashMap::default();
    for r in references.iter().filter(|r| r.title.definite) {
        if let Some(org) = &r.title.org {
            referenced.entry(r.title.role.as_str()).or_insert(org);
        }
    }
    for (k, f) in facts.iter().enumerate() {
        if f.org.is_some() {
            // A ministry whose country the title does not give: the person's country.
            if let Some(OrgRef::Organisation { key, country: None }) = &f.org {
                let template = world
                    .organisations
                    .get(key)
                    .is_some_and(|e| e.country.as_deref() == Some("*"));
                if let Some(c) = nationality.get(&f.person) {
                    additions.push((
                        k,
                        OrgRef::Organisation {
                            key: key.clone(),
                            country: Some(c.clone()),
                        },
                        "+nationality",
                    ));
                } else if let (true, Some(c)) = (template, template_country) {
                    additions.push((
                        k,
                        OrgRef::Organisation {
                            key: key.clone(),
                            country: Some(c.to_string()),
                        },
                        "+dateline",
                    ));
                }
            }
            continue;
        }
        if let Some(org) = same_role_org.get(&(f.person, f.role.clone())) {
            additions.push((k, org.clone(), "+same-title"));
            continue;
        }
        let sole_holder = holders.get(f.role.as_str()).is_some_and(|h| h.len() == 1);
        if let Some(org) = referenced.get(f.role.as_str()).filter(|_| sole_holder) {
            additions.push((k, (*org).clone(), "+role-reference"));
            continue;
        }
        if let Some(c) = nationality.get(&f.person) {
            additions.push((k, OrgRef::Country(c.clone()), "+nationality"));
            continue;
        }
        if let Some(default) = world.roles.get(&f.role).and_then(|r| r.country.clone()) {
            let org = if world.organisations.contains_key(&default) {
                super::titles::organisation(&default, None)
            } else {
                OrgRef::Country(default)
            };
            additions.push((k, org, "+title-default"));
            continue;
        }
        // A national post ("President", "Finance Minister") under a dateline from the
        // country's capital; not diplomats, who are posted abroad.
        let national = world.roles.get(&f.role).is_some_and(|r| {
            matches!(
                r.kind.as_str(),
                "head_of_state" | "head_of_government" | "government" | "military" | "legislature"
            )
        });
        if let (true, Some(c)) = (national, article_country) {
            additions.push((k, OrgRef::Country(c.to_string()), "+dateline"));
        }
    }
    for (k, org, how) in additions {
        facts[k].org = Some(org);
        facts[k].rule.push_str(how);
    }
}

/// What an article names beyond its facts, from the marks of its paragraphs (furniture left
/// out): the countries, the companies ("A spokesperson for Shell …, and Chief Executive Officer
/// Wael Sawan" is at Shell), and the countries of its national institutions (the Pentagon, the
/// Kremlin, the Bundestag). Each list sorted, without repeats.
pub(super) struct ArticleContext {
    /// How often each country is the setting: its national institutions and places named, its
    /// dateline.
    setting: BTreeMap<String, usize>,
    countries: Vec<String>,
    companies: Vec<String>,
    institution_countries: Vec<String>,
    /// How often each company, club or other body that is not a state's is named.
    bodies: BTreeMap<String, usize>,
    /// How often each club no lexicon knows is named ("FC St. Gallen", "ФК «Полісся»"): by its
    /// full name, as its prefix introduces it once, and by its name alone ("St. Gallen hat acht
    /// der letzten zehn Spiele verloren").
    clubs: BTreeMap<String, usize>,
    /// How often each region or city is named.
    regions: BTreeMap<String, usize>,
    /// How often each town no gazetteer knows is named by its noun ("la ville de Sherbrooke").
    named_towns: BTreeMap<String, usize>,
    /// How often each town's body is named with its town ("Leeds City Council").
    councils: BTreeMap<String, usize>,
    /// How often each country is named, by name or adjective.
    named: BTreeMap<String, usize>,
    /// The countries of the state institutions named (not of clubs or media: "FC Zurich").
    state_countries: Vec<String>,
    /// The countries someone travels to ("визит в Москву"): not where the story is set, and a
    /// language's home country among them says its people are visitors.
    visited: Vec<String>,
}

impl ArticleContext {
    fn of(paras: &[Para], pack: &LanguagePack, dateline_country: Option<&str>) -> ArticleContext {
        let world = World::get();
        let mut context = ArticleContext {
            setting: BTreeMap::new(),
            countries: Vec::new(),
            companies: Vec::new(),
            institution_countries: Vec::new(),
            bodies: BTreeMap::new(),
            clubs: club_mentions(paras, pack),
            regions: BTreeMap::new(),
            named_towns: BTreeMap::new(),
            councils: BTreeMap::new(),
            named: BTreeMap::new(),
            visited: Vec::new(),
            state_countries: Vec::new(),
        };
        (context.named_towns, context.councils) = named_towns(paras, pack);
        if let Some(c) = dateline_country {
            // A dateline places the whole story: it counts as two mentions.
            *context.setting.entry(c.to_string()).or_default() += 2;
        }
        // The countries of bodies whose name means another in another country's news, counted
        // once the whole text is read (below).
        let mut homonym_countries: Vec<&str> = Vec::new();
        // Words of one country's usage ("heuer" is Austrian) place the story as its places do.
        // A country's spelling ("grossen", "Strasse": Swiss, without ß) says where the outlet
        // writes, not where the story is: once an article, enough to read the country's own
        // bodies ("Bundesrat") as its, never to outweigh a place.
        let rules = &pack.rules;
        if !rules.setting_words.is_empty() || !rules.setting_spellings.is_empty() {
            let mut spelled: Option<&String> = None;
            for para in paras.iter().filter(|p| p.kind != ParagraphKind::Boilerplate) {
                for k in 0..para.tokens.len() {
                    if let Some(c) = rules.setting_words.get(para.lower(k)) {
                        *context.setting.entry(c.clone()).or_default() += 1;
                    }
                    if spelled.is_none() {
                        spelled = rules.setting_spellings.get(para.lower(k));
                    }
                }
            }
            if let Some(c) = spelled {
                *context.setting.entry(c.clone()).or_default() += 1;
            }
        }
        for (para, m) in paras
            .iter()
            .filter(|p| p.kind != ParagraphKind::Boilerplate)
            .flat_map(|p| p.marks.iter().map(move |m| (p, m)))
        {
            // ("визит в Москву", "on a visit to Berlin": where someone went, not where the story
            // is set.)
            // (The four words before it, back to a sentence's end at most: no sentence search
            // per mark.)
            let visited = (m.start.saturating_sub(4)..m.start)
                .rev()
                .take_while(|&k| !matches!(para.lower(k), "." | "!" | "?"))
                .any(|k| pack.rules.visit_words.contains(para.lower(k)));
            // ("l'Institut Pasteur de Dakar", "the British Council in Kyiv": a body's branch
            // named by its place is where that place is, not where the body is from.)
            let branch = matches!(m.kind, MarkKind::Organisation(_)) && {
                let link = m.end;
                let place = link + 1 + usize::from(pack.rules.definite_articles.contains(para.lower(link + 1)));
                (pack.rules.of_links.contains(para.lower(link))
                    || pack.rules.place_prepositions.contains(para.lower(link)))
                    && para
                        .mark_starting(place)
                        .is_some_and(|p| matches!(p.kind, MarkKind::Region(..) | MarkKind::Country(..)))
            };
            if let Some(c) = setting_country(&m.kind).filter(|_| !branch) {
                if visited {
                    context.visited.push(c);
                } else {
                    *context.setting.entry(c).or_default() += 1;
                }
            }
            if let (true, MarkKind::Country(c, _)) = (visited, &m.kind) {
                context.visited.push(c.clone());
            }
            if let MarkKind::Organisation(k) = &m.kind {
                if let Some((_, c, _)) = HOMONYMS.iter().find(|(h, _, _)| h == k) {
                    homonym_countries.push(c);
                }
            }
            match &m.kind {
                MarkKind::Region(r, _) => *context.regions.entry(r.clone()).or_default() += 1,
                MarkKind::Organisation(k)
                    if world
                        .organisations
                        .get(k)
                        .is_some_and(|e| matches!(e.kind.as_str(), "company" | "sport" | "media" | "other")) =>
                {
                    *context.bodies.entry(k.clone()).or_default() += 1
                }
                _ => {}
            }
            match &m.kind {
                MarkKind::Country(c, _) => {
                    context.countries.push(c.clone());
                    *context.named.entry(c.clone()).or_default() += 1;
                }
                MarkKind::Organisation(k) => match world.organisations.get(k) {
                    Some(e) if e.kind == "company" => context.companies.push(k.clone()),
                    Some(e) if e.kind != "international" => {
                        if let Some(c) = e.country.clone().filter(|c| c != "*") {
                            if !matches!(e.kind.as_str(), "sport" | "media" | "other") {
                                context.state_countries.push(c.clone());
                            }
                            context.institution_countries.push(c);
                        }
                    }
                    _ => {}
                },
                _ => {}
            }
        }
        // "Bundesrat" in a story that names the Schweiz or Bern is the Swiss Federal Council: a
        // body whose name means another in another country's news places the story there once
        // the text names that country or a place in it.
        for country in homonym_countries {
            if context.named.contains_key(country) || context.setting.contains_key(country) {
                *context.setting.entry(country.to_string()).or_default() += 1;
            }
        }
        for list in [
            &mut context.countries,
            &mut context.companies,
            &mut context.institution_countries,
        ] {
            list.sort();
            list.dedup();
        }
        context
    }

    /// The country the story is set in: named as setting at least twice, and twice as often
    /// as any other (one place named once may be where a visitor spoke, "in Straßburg").
    /// Unless another country is named more often than everything that places the story in
    /// that one ("le Louvre à Paris" twice in a story that names the Maroc five times).
    fn setting(&self) -> Option<&str> {
        let s = dominant(&self.setting)?;
        let evidence = self.setting.get(s).copied().unwrap_or(0) + self.named.get(s).copied().unwrap_or(0);
        let outnamed = self.named.iter().any(|(c, n)| c != s && *n > evidence);
        (!outnamed).then_some(s)
    }

    /// The one item of a list, if it has exactly one.
    fn only<'a>(&self, list: &'a [String]) -> Option<&'a str> {
        (list.len() == 1).then(|| list[0].as_str())
    }
}

/// The clubs an article introduces by a prefix in capitals ("der FC St. Gallen", "ФК
/// «Полісся»") or a suffix ("Burnley Football Club") that no lexicon marks, each with how often
/// its name appears, with its prefix or suffix or without.
fn club_mentions(paras: &[Para], pack: &LanguagePack) -> BTreeMap<String, usize> {
    let body = || paras.iter().filter(|p| p.kind != ParagraphKind::Boilerplate);
    // Full name -> name without the prefix.
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    for para in body() {
        for k in 0..para.tokens.len().saturating_sub(1) {
            let prefix = para.tokens[k].text(&para.text);
            // (In capitals: "as", "us" are words too.)
            // (A club may take a town's name: "der FC Luzern", "FC Basel".)
            if !pack.rules.club_prefixes.contains(para.lower(k))
                || !prefix.chars().all(|c| c.is_uppercase())
                || para
                    .mark(k + 1)
                    .is_some_and(|m| !matches!(m.kind, MarkKind::Region(..)))
            {
                continue;
            }
            let end = super::titles::organisation_name_end(para, pack, k + 1);
            if end <= k + 1 || end > k + 5 {
                continue;
            }
            let name = super::titles::name_text(para, k + 1, end);
            let name = name.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
            if name.chars().count() < 3 {
                continue;
            }
            let full = &para.text[para.tokens[k].start..para.tokens[end - 1].end];
            names.insert(full.to_string(), name);
        }
        // ("Burnley Football Club", "Chennaiyin FC": a suffix after the town's or club's name.)
        for k in 1..para.tokens.len() {
            let Some(n) = super::context::longest_phrase_len_at(para, k, &pack.rules.club_suffixes) else {
                continue;
            };
            if !para.tokens[k].is_cap() {
                continue;
            }
            let name_word = |t: usize| {
                let token = &para.tokens[t];
                token.is_cap()
                    && token.is_word()
                    && !pack.rules.never_names.contains(para.lower(t))
                    && para.mark(t).is_none_or(|m| matches!(m.kind, MarkKind::Region(..)))
            };
            let mut start = k;
            while start > 0 && start + 3 > k && name_word(start - 1) {
                start -= 1;
            }
            if start == k {
                continue;
            }
            let name = para.text[para.tokens[start].start..para.tokens[k - 1].end].to_string();
            if name.chars().count() < 3 {
                continue;
            }
            let full = &para.text[para.tokens[start].start..para.tokens[k + n - 1].end];
            names.insert(full.to_string(), name);
        }
    }
    names
        .into_iter()
        .map(|(full, name)| {
            let count = body()
                .filter_map(|p| Some(&p.text[p.tokens.first()?.start..p.tokens.last()?.end]))
                .map(|t| t.matches(name.as_str()).count())
                .sum();
            (full, count)
        })
        .collect()
}

/// "Centre Ouest Céréales renouvelle sa direction" over "… la direction générale de Centre
/// Ouest Céréales, a annoncé la coopérative": a name no lexicon knows (no person's, place's or
/// title's), of several capitalised words, that the headline gives and the body repeats, far
/// more than any other such name: what the story is about.
fn headline_name(paras: &[Para], pack: &LanguagePack, persons: &[Person]) -> Option<String> {
    let headline = paras.iter().find(|p| p.kind == ParagraphKind::Headline)?;
    let headline_text = &headline.text[headline.tokens.first()?.start..headline.tokens.last()?.end];
    let person_words: Vec<&str> = persons.iter().flat_map(|p| p.name.iter().map(String::as_str)).collect();
    let body_paras = || {
        paras
            .iter()
            .filter(|p| !matches!(p.kind, ParagraphKind::Boilerplate | ParagraphKind::Headline))
    };
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut single_words: BTreeMap<String, usize> = BTreeMap::new();
    for para in body_paras() {
        // (Not where every noun takes a capital; see below for the body's other uses.)
        let single_word = |k: usize| {
            let w = para.lower(k);
            !pack.rules.nouns_capitalised
                && w.chars().count() >= 3
                && para.tokens[k].is_word()
                && !pack.rules.org_heads.contains(w)
                && para.mark(k).is_none()
        };
        let mut k = 0;
        while k < para.tokens.len() {
            if !para.tokens[k].is_cap() {
                k += 1;
                continue;
            }
            let end = super::titles::organisation_name_end(para, pack, k).max(k + 1);
            // (A place's name may open it, "Centre Ouest Céréales", not make all of it; no
            // title, verb or known body is in it.)
            // (Nor a count: "100 Millionen Euro", where nouns take capitals.)
            let counted = k > 0
                && para.tokens[k - 1]
                    .text(&para.text)
                    .starts_with(|c: char| c.is_ascii_digit());
            let plain = !counted
                && (k..end).all(|t| {
                    para.mark(t).is_none_or(|m| {
                        matches!(m.kind, MarkKind::Country(..) | MarkKind::Region(..)) && m.end - m.start < end - k
                    }) && !person_words.contains(&para.tokens[t].text(&para.text))
                });
            let counts = if end >= k + 2 {
                Some(&mut counts)
            } else if end == k + 1 && single_word(k) {
                Some(&mut single_words)
            } else {
                None
            };
            if let Some(counts) = counts.filter(|_| plain) {
                let name = &para.text[para.tokens[k].start..para.tokens[end - 1].end];
                // (The headline's own mention counts too.)
                if headline_text.contains(name) {
                    *counts.entry(name.to_string()).or_insert(1) += 1;
                }
            }
            k = end;
        }
    }
    // (A name of several words first; a single word only where the headline repeats none.)
    // "Legrand scinde la fonction de PDG" over "… l'introduction en Bourse de Legrand": a single
    // word is a name only where the body writes it in capitals after a small word, never in
    // small letters. (The body's words are gathered only when such a word is left to check.)
    if counts.is_empty() && !single_words.is_empty() {
        let lower_words: std::collections::HashSet<&str> = body_paras()
            .flat_map(|p| {
                p.tokens
                    .iter()
                    .filter(|t| t.is_word() && !t.is_cap())
                    .map(|t| t.lower.as_str())
            })
            .collect();
        let mid_sentence: std::collections::HashSet<&str> = body_paras()
            .flat_map(|p| {
                (1..p.tokens.len())
                    .filter(|&k| p.tokens[k].is_cap() && p.tokens[k - 1].is_word() && !p.tokens[k - 1].is_cap())
                    .map(|k| p.tokens[k].lower.as_str())
            })
            .collect();
        counts = single_words
            .into_iter()
            .filter(|(name, _)| {
                let w = name.to_lowercase();
                mid_sentence.contains(w.as_str()) && !lower_words.contains(w.as_str())
            })
            .collect();
    }
    dominant(&counts).map(str::to_string)
}

/// "Oberbank-Ehrenpräsident Hermann Bell" in a story that names the Oberbank three times more:
/// a body no lexicon knows, which a title names and the text repeats far more than any other
/// such body, is what the story is about.
fn named_in_titles(facts: &[RoleFact], paras: &[Para]) -> Option<String> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for f in facts {
        let Some(OrgRef::Named(name)) = &f.org else { continue };
        if counts.contains_key(name) || name.chars().count() < 3 {
            continue;
        }
        // (An outlet's reporter names the outlet, not what the story is about.)
        let outlet = paras.iter().any(|p| {
            p.marks.iter().any(|m| {
                matches!(m.kind, MarkKind::Outlet(_))
                    && p.text[p.tokens[m.start].start..p.tokens[m.end - 1].end] == **name
            })
        });
        if outlet {
            continue;
        }
        let count = paras
            .iter()
            .filter(|p| p.kind != ParagraphKind::Boilerplate)
            .flat_map(|p| p.tokens.iter().map(move |t| t.text(&p.text)))
            .filter(|w| w == name || w.strip_prefix(name.as_str()).is_some_and(|rest| rest.starts_with('-')))
            .count();
        counts.insert(name.clone(), count);
    }
    dominant(&counts).map(str::to_string)
}

/// The dominant key, else the only one, even named once.
fn dominant_or_only(counts: &BTreeMap<String, usize>) -> Option<&str> {
    dominant(counts).or_else(|| {
        (counts.len() == 1)
            .then(|| counts.keys().next().map(String::as_str))
            .flatten()
    })
}

/// Towns no gazetteer knows, named by their noun, and how often: "la ville de Sherbrooke", "the
/// city of Leeds" (the noun in small letters, then "of"), "Gemeinde Arnoldstein" (where nouns
/// are capitalised, the name right after it). The name: capitalised words, hyphens inside them.
/// Also the town bodies named with their town ("Leeds City Council"), and how often.
fn named_towns(paras: &[Para], pack: &LanguagePack) -> (BTreeMap<String, usize>, BTreeMap<String, usize>) {
    let rules = &pack.rules;
    let mut towns = BTreeMap::new();
    let mut councils = BTreeMap::new();
    if rules.town_nouns.is_empty() && rules.town_bodies.is_empty() {
        return (towns, councils);
    }
    for para in paras.iter().filter(|p| p.kind != ParagraphKind::Boilerplate) {
        for k in 0..para.tokens.len() {
            // "St Mary Municipal Corporation": the town's name, then its body in capitals; the
            // body's name holds the town's and names where its posts are held.
            if para.tokens[k].is_cap() {
                let body = rules
                    .town_bodies
                    .iter()
                    .filter_map(|b| super::context::phrase_len_at(para, k, b))
                    .max()
                    .filter(|&n| (k..k + n).all(|t| para.tokens[t].is_cap()));
                if let Some(n) = body {
                    let mut start = k;
                    while start > 0
                        && start + 4 > k
                        && para.tokens[start - 1].is_cap()
                        && para.tokens[start - 1].is_word()
                        && !rules.definite_articles.contains(para.lower(start - 1))
                        && !rules.never_names.contains(para.lower(start - 1))
                    {
                        start -= 1;
                    }
                    if start < k {
                        let name = &para.text[para.tokens[start].start..para.tokens[k + n - 1].end];
                        *towns.entry(name.to_string()).or_default() += 1;
                        *councils.entry(name.to_string()).or_default() += 1;
                    }
                }
            }
            if !rules.town_nouns.contains(para.lower(k)) {
                continue;
            }
            let mut j = k + 1;
            if !rules.nouns_capitalised {
                if para.tokens[k].is_cap() || !rules.of_links.contains(para.lower(j)) {
                    continue;
                }
                j += 1;
            }
            // (Not a place a gazetteer knows, nor a title or a body: "Gemeinde Bürgermeister".)
            let name_start = j;
            while j < para.tokens.len()
                && j < name_start + 4
                && para.tokens[j].is_cap()
                && para.tokens[j].is_word()
                && para.mark(j).is_none()
            {
                j += 1;
                if para.inner_hyphen(j) && para.tokens.get(j + 1).is_some_and(|t| t.is_cap()) {
                    j += 1;
                }
            }
            if j > name_start && para.lower(j - 1) != "-" {
                let name = &para.text[para.tokens[name_start].start..para.tokens[j - 1].end];
                *towns.entry(name.to_string()).or_default() += 1;
            }
        }
    }
    (towns, councils)
}

/// The key named at least twice, and twice as often as any other.
fn dominant(counts: &BTreeMap<String, usize>) -> Option<&str> {
    let mut counts: Vec<(&String, &usize)> = counts.iter().collect();
    counts.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    match counts.as_slice() {
        [] => None,
        [(c, n)] => (**n >= 2).then_some(c.as_str()),
        [(c, n), (_, m), ..] => (**n >= 2 && **n >= 2 * **m).then_some(c.as_str()),
    }
}

/// Organisation names that mean another body in another country's news: "Congress" in an
/// article about India that never names the United States is the Indian National Congress.
pub(super) const HOMONYMS: &[(&str, &str, &str)] = &[
    ("us-congress", "IN", "inc"),
    ("bundesrat", "CH", "swiss-federal-council"),
];

pub(super) fn resolve_homonyms(facts: &mut [RoleFact], named_countries: &[String], article_country: Option<&str>) {
    for (key, country, other) in HOMONYMS {
        let about = article_country == Some(*country) || named_countries.iter().any(|c| c == country);
        let home_of_key = World::get()
            .organisations
            .get(*key)
            .and_then(|e| e.country.clone())
            .is_some_and(|c| named_countries.contains(&c) || article_country == Some(c.as_str()));
        if !about || home_of_key {
            continue;
        }
        for f in facts.iter_mut() {
            if matches!(&f.org, Some(OrgRef::Organisation { key: k, .. }) if k == key) {
                f.org = Some(super::titles::organisation(other, None));
                f.rule.push_str("+homonym");
            }
        }
    }
}

/// A national post without a country, held by someone the gazetteer knows as a national of
/// one ("Präsident Emmanuel Macron" -> France): that country.
pub(super) fn complete_from_gazetteer(facts: &mut [RoleFact], persons: &[Person]) {
    let world = World::get();
    let gazetteer = crate::resolve::gazetteer::Gazetteer::shared();
    for f in facts.iter_mut().filter(|f| f.org.is_none()) {
        let national = world.roles.get(&f.role).is_some_and(|r| {
            matches!(
                r.kind.as_str(),
                "head_of_state" | "head_of_government" | "government" | "military"
            )
        });
        let Some(person) = persons.get(f.person).filter(|_| national) else {
            continue;
        };
        let key = crate::identity::name_key(&person.full_name());
        // ("президента Зеленського": a surname alone is the one listed person of that surname
        // who holds this very post.)
        let by_surname = || {
            if key.contains('-') {
                return None;
            }
            let mut holders = gazetteer
                .keys()
                .filter(|(k, _)| k.rsplit('-').next() == Some(key.as_str()))
                .map(|(_, p)| p)
                .filter(|&p| gazetteer.people[p].role.as_deref() == Some(f.role.as_str()))
                .collect::<Vec<_>>();
            holders.sort_unstable();
            holders.dedup();
            match holders.as_slice() {
                [p] => Some(*p),
                _ => None,
            }
        };
        let known = gazetteer
            .by_key(&key)
            .or_else(by_surname)
            .and_then(|k| gazetteer.people[k].organisation.clone())
            .filter(|o| world.countries.contains_key(o));
        if let Some(country) = known {
            f.org = Some(OrgRef::Country(country));
            f.rule.push_str("+gazetteer");
        }
    }
}

/// A regional post without its place, in a sentence that names one region or city ("Landesrätin
/// Maria Hutter sagte, das Land Tirol investiere"): that place, before the one the article names
/// most.
fn complete_from_sentence_region(facts: &mut [RoleFact], paras: &[Para], pack: &LanguagePack) {
    // The place inside another post's title is that post's ("Landesrat Christian Bianchi und der
    // Bozner Vizebürgermeister Stephan Konder": Bozen is Konder's).
    // (Each paragraph's titles apart, so a long article costs no more per post than a short one.)
    let mut titles: HashMap<usize, Vec<(usize, usize)>> = HashMap::default();
    for f in facts.iter() {
        titles.entry(f.para).or_default().push((f.start, f.end));
    }
    let world = World::get();
    for (f, para, sentence) in unplaced_regional(facts, paras) {
        // (A region's post is not held in a town: "Vinschgau/Bozen - … kommen LH Arno
        // Kompatscher" is South Tyrol's governor, not Bolzano's.)
        let regional = world.roles.get(&f.role).is_some_and(|r| r.kind == "regional");
        let own = (f.start, f.end);
        let others = titles.get(&f.para).map_or(&[][..], Vec::as_slice);
        let mut regions = para
            .marks
            .iter()
            .filter(|m| sentence.start <= m.start && m.end <= sentence.end)
            .filter(|m| !others.iter().any(|&(s, e)| (s, e) != own && s <= m.start && m.end <= e))
            // Not a surname that is also a place ("Anwältin Eleonora Maines").
            .filter(|m| {
                m.start == 0
                    || !para.tokens[m.start - 1].is_cap()
                    || pack.given_name(para.tokens[m.start - 1].text(&para.text)).is_none()
            })
            .filter_map(|m| match &m.kind {
                MarkKind::Region(key, _) => Some(key.as_str()),
                _ => None,
            })
            .filter(|key| !regional || world.regions.get(*key).is_none_or(|e| e.kind != "city"));
        let Some(first) = regions.next() else { continue };
        if regions.all(|r| r == first) {
            f.org = Some(OrgRef::Region(first.to_string()));
            f.rule.push_str("+sentence-region");
        }
    }
}

/// Posts of the kind "other" (src/lang/roles.tsv) that a company may have: the generic ones,
/// not those of a force, club, church, school or hospital.
const COMPANY_POSTS: &[&str] = &[
    "head",
    "deputy-head",
    "director",
    "deputy-director",
    "official",
    "adviser",
    "aide",
    "secretary",
    "deputy",
    "representative",
    "manager",
    "chief-scientist",
    "department-director",
    "chief-architect",
    "regional-director",
    "research-director",
];

/// The posts that are seats in a town's council, not offices of the town ("Councillor").
const COUNCIL_SEATS: &[&str] = &["councillor", "alderman", "council-secretary"];

/// The regions and towns an article names far more than any other of their kind.
pub(super) struct Places<'a> {
    pub region: Option<&'a str>,
    pub town: Option<&'a str>,
    /// A town no gazetteer knows, named by its noun.
    pub named_town: Option<&'a str>,
    /// A town's body named with its town ("Leeds City Council"), where its councillors sit.
    pub council: Option<&'a str>,
    /// Among regions and towns together.
    pub any: Option<&'a str>,
}

/// The company, club or other body a story is about, and its kind in the gazetteer.
pub(super) struct ArticleBody {
    org: OrgRef,
    kind: String,
}

fn world_kind(key: &str) -> String {
    World::get()
        .organisations
        .get(key)
        .map_or(String::new(), |e| e.kind.clone())
}

/// What the article as a whole says, for posts still without an organisation: a national post
/// is in the article's own country, when `complete` found one (another holder of a post that
/// country's posts already hold, the one other country's the text names); a regional post in the region
/// (a town's post in the town, else the place) the article names far more than any other, or
/// the only one it names; a business, club or institution post at the
/// one company it names, else the company or club it names far more than any other (a story
/// about FC Basel names its coach "Trainer").
pub(super) fn complete_from_article(
    facts: &mut [RoleFact],
    body: Option<ArticleBody>,
    (country, posts_country, other_country): (Option<&str>, Option<&str>, Option<&str>),
    country_named: bool,
    not_the_articles: &[bool],
    places: &Places,
    national_prefixes: &crate::lang::Words,
) {
    let world = World::get();
    let kind = |f: &RoleFact| world.roles.get(&f.role).map_or("", |r| r.kind.as_str()).to_string();
    let national = |k: &str| matches!(k, "head_of_state" | "head_of_government" | "government" | "military");
    // A post one person holds in a country at a time ("Deutschlands Außenminister Steinmeier"):
    // another holder of it in the article is not that country's ("Außenminister Sebastian
    // Kurz" visiting him is Austria's).
    let single_holder = |f: &RoleFact| {
        let k = kind(f);
        let deputy = ["deputy-", "first-deputy-", "vice-", "junior-", "shadow-", "regional-"]
            .iter()
            .any(|p| f.role.starts_with(p));
        !deputy
            && !f.qualifiers.iter().any(|q| q == "former")
            && (matches!(k.as_str(), "head_of_state" | "head_of_government")
                || (k == "government" && f.role.ends_with("-minister")))
    };
    let held: Vec<(String, String, usize)> = facts
        .iter()
        .filter(|f| single_holder(f))
        .filter_map(|f| Some((f.role.clone(), f.org.as_ref()?.country()?.to_string(), f.person)))
        .collect();
    for (f, _) in facts
        .iter_mut()
        .zip(not_the_articles)
        .filter(|(f, regional)| f.org.is_none() && !**regional)
    {
        let k = kind(f);
        // (One head of government a country: "le Chef du gouvernement" beside Mali's "Premier
        // ministre" is another country's.)
        let same_post = |r: &str| {
            r == f.role || {
                let head = |role: &str| {
                    world
                        .roles
                        .get(role)
                        .map(|e| e.kind.as_str())
                        .filter(|k| matches!(*k, "head_of_state" | "head_of_government"))
                };
                head(r).is_some() && head(r) == head(&f.role)
            }
        };
        let taken =
            |c: &str| single_holder(f) && held.iter().any(|(r, hc, p)| same_post(r) && hc == c && *p != f.person);
        // ("Bundespräsident Heinz Fischer" is the country's by its own words.)
        let national_words = f.written.as_deref().is_some_and(|w| {
            let w = w.to_lowercase();
            national_prefixes.iter().any(|p| w.starts_with(p))
        });
        let bare_president = f.role == "president" && !country_named && !national_words;
        let body_kind = body.as_ref().map_or("", |b| b.kind.as_str());
        let country = match country.or(posts_country) {
            Some(c) if taken(c) => other_country.filter(|o| !taken(o)),
            _ => country,
        };
        if let (true, Some(c)) = (national(&k) && !bare_president, country) {
            f.org = Some(OrgRef::Country(c.to_string()));
            f.rule.push_str("+article-country");
        } else if let Some(council) = places.council.filter(|_| COUNCIL_SEATS.contains(&f.role.as_str())) {
            // ("Liberal Democrat councillor Colin Campbell" in a story that names "Leeds City
            // Council": a seat in that council, not in the town at large.)
            f.org = Some(OrgRef::Named(council.to_string()));
            f.rule.push_str("+article-council");
        } else if let Some(r) = match k.as_str() {
            // (A region's post is never a town's: "Landeshauptmann Thomas Stelzer" in a story
            // set in Linz is Upper Austria's, the region the town lies in (city-regions.tsv),
            // which the text need not name.)
            "regional" => places
                .region
                .or_else(|| places.town.and_then(|t| world.city_regions.get(t).map(String::as_str))),
            // (A town's own body the text names, "Leigh-on-Sea Town Council", before the place
            // named most, which may be a county: the named town below.)
            "local" => places.town.or(places.any.filter(|_| places.named_town.is_none())),
            _ => None,
        } {
            f.org = Some(OrgRef::Region(r.to_string()));
            f.rule.push_str("+article-region");
        } else if let Some(town) = places.named_town.filter(|_| k == "local") {
            // ("le maire Bernard Sévigny" in a story that names "l'hôtel de ville de
            // Sherbrooke", a town no gazetteer holds.)
            f.org = Some(OrgRef::Named(town.to_string()));
            f.rule.push_str("+article-town");
        } else if bare_president && body_kind == "sport" {
            // ("Präsident Dölf Früh" in a story about FC St. Gallen that names no country.)
            if let Some(b) = &body {
                f.org = Some(b.org.clone());
                f.rule.push_str("+article-body");
            }
        } else if matches!(k.as_str(), "business" | "other" | "media" | "international") {
            // (A police spokesman in a story about Siemens is not at Siemens: a post of no
            // business is held at a company only where its own title says so.)
            let fits = match k.as_str() {
                "business" => true,
                "media" => matches!(body_kind, "media" | "company"),
                // ("le directeur général" of a cooperative: a company's director-general.)
                "international" => matches!(body_kind, "company" | "titled"),
                // (A head or director may be a company's; a police post or a club's president
                // never is.)
                _ => {
                    matches!(body_kind, "sport" | "other" | "titled")
                        || (body_kind == "company" && COMPANY_POSTS.contains(&f.role.as_str()))
                }
            };
            if let Some(b) = body.as_ref().filter(|_| fits) {
                f.org = Some(b.org.clone());
                f.rule.push_str("+article-body");
            }
        }
    }
}
