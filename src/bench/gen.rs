//! The benchmark corpus: N articles in five languages written from the templates and the
//! lexicon, about a roster of thousands of people who recur across articles and languages (a
//! few often, most rarely), with titles, quotes in each language's marks, dates, venues,
//! datelines, page furniture and some HTML pages. The same seed gives the same corpus.

use super::lexicon::{self, Country, Style, CITIES, COMPANIES, COUNTRIES, OUTLETS};
use super::names;
use super::rng::Rng;
use super::templates::{self, PostKind, Templates};
use rayon::prelude::*;
use std::path::Path;

/// What to generate.
#[derive(Debug, Clone)]
pub struct GenOptions {
    pub articles: usize,
    /// Language codes: en, ru, uk, de, fr.
    pub langs: Vec<String>,
    pub seed: u64,
    /// People in the roster (default: 2,000 plus one per 20 articles).
    pub people: Option<usize>,
    /// The share of articles written as HTML pages.
    pub html_share: f64,
    /// Write only articles `from..to` of the corpus (`to` 0: to the end): a corpus in parts,
    /// such as all but its last day's news and that day's, the same files as in one go.
    pub from: usize,
    pub to: usize,
}

impl GenOptions {
    fn range(&self) -> std::ops::Range<usize> {
        let to = if self.to == 0 {
            self.articles
        } else {
            self.to.min(self.articles)
        };
        self.from.min(to)..to
    }
}

/// A post: what it is and, for some, where or of what.
#[derive(Debug, Clone, Copy)]
pub struct Post {
    pub kind: PostKind,
    /// The ambassador's host country, the company, or the international body.
    pub detail: usize,
}

/// One person of the roster, named in their own script.
#[derive(Debug, Clone)]
pub struct Person {
    pub country: usize,
    pub female: bool,
    pub given: &'static str,
    pub surname: String,
    pub post: Post,
}

/// Everyone the corpus writes about, most prominent first.
pub struct Roster {
    pub people: Vec<Person>,
}

/// One generated file: its name and contents.
pub struct Article {
    pub file_name: String,
    pub text: String,
}

const NATIONAL_POSTS: &[PostKind] = &[
    PostKind::President,
    PostKind::ForeignMinister,
    PostKind::PrimeMinister,
    PostKind::DefenceMinister,
    PostKind::FinanceMinister,
    PostKind::Spokesperson,
    PostKind::EconomyMinister,
    PostKind::EnergyMinister,
    PostKind::CentralBank,
    PostKind::Opposition,
];

impl Roster {
    /// The roster for a seed: every country's national posts, heads of international bodies,
    /// company heads, ambassadors, deputy ministers, then lawmakers and experts up to `size`.
    pub fn new(seed: u64, size: usize) -> Roster {
        let mut rng = Rng::new(seed).fork(u64::MAX);
        let mut people: Vec<Person> = Vec::new();
        let mut taken = std::collections::HashSet::new();
        let mut add = |people: &mut Vec<Person>, rng: &mut Rng, country: usize, post: Post| {
            let c = &COUNTRIES[country];
            let list = lexicon::names(c.style);
            for _ in 0..50 {
                let female = rng.chance(0.3);
                let given = *rng.pick(if female { list.female } else { list.male });
                let mut surname = rng.pick(list.surnames).to_string();
                if female && matches!(c.style, Style::Russian | Style::Ukrainian) {
                    surname = names::feminine_surname(&surname);
                }
                if taken.insert(format!("{given} {surname}")) {
                    people.push(Person {
                        country,
                        female,
                        given,
                        surname,
                        post,
                    });
                    return;
                }
            }
        };
        // The countries news is most about come first in every tier.
        for &kind in NATIONAL_POSTS {
            for country in 0..COUNTRIES.len() {
                add(&mut people, &mut rng, country, Post { kind, detail: 0 });
            }
        }
        for body in 0..5 {
            let country = [4, 3, 9, 5, 13][body];
            add(
                &mut people,
                &mut rng,
                country,
                Post {
                    kind: PostKind::BodyHead,
                    detail: body,
                },
            );
        }
        for (company, (_, code)) in COMPANIES.iter().enumerate() {
            let country = COUNTRIES.iter().position(|c| c.code == *code).unwrap_or(0);
            add(
                &mut people,
                &mut rng,
                country,
                Post {
                    kind: PostKind::Ceo,
                    detail: company,
                },
            );
        }
        for country in 0..COUNTRIES.len() {
            for host in (0..10).filter(|&h| h != country) {
                add(
                    &mut people,
                    &mut rng,
                    country,
                    Post {
                        kind: PostKind::Ambassador,
                        detail: host,
                    },
                );
            }
        }
        for country in 0..COUNTRIES.len() {
            for _ in 0..3 {
                add(
                    &mut people,
                    &mut rng,
                    country,
                    Post {
                        kind: PostKind::DeputyForeignMinister,
                        detail: 0,
                    },
                );
            }
        }
        let mut attempts = 0;
        while people.len() < size && attempts < size * 4 {
            attempts += 1;
            let country = rng.zipf(COUNTRIES.len());
            let kind = if rng.chance(0.6) {
                PostKind::Lawmaker
            } else {
                PostKind::Expert
            };
            add(&mut people, &mut rng, country, Post { kind, detail: 0 });
        }
        Roster { people }
    }
}

/// How one article writes names: its language and, for English, its romanisation style.
struct Voice {
    lang: &'static str,
    tpl: &'static Templates,
    soft_i: bool,
}

impl Voice {
    fn lang_index(&self) -> usize {
        ["en", "ru", "uk", "de", "fr"]
            .iter()
            .position(|l| *l == self.lang)
            .unwrap_or(0)
    }

    /// One word of a person's name as this article writes it.
    fn word(&self, word: &str, style: Style) -> String {
        let cyrillic = matches!(style, Style::Russian | Style::Ukrainian);
        match (self.lang, cyrillic) {
            ("ru", true) if style == Style::Ukrainian => names::ukrainian_to_russian(word),
            ("uk", true) if style == Style::Russian => names::russian_to_ukrainian(word),
            ("ru" | "uk", true) => word.to_string(),
            ("ru", false) => names::latin_to_cyrillic(word, false),
            ("uk", false) => names::latin_to_cyrillic(word, true),
            ("de", true) => names::cyrillic_to_german(word),
            ("fr", true) => names::cyrillic_to_french(word),
            (_, true) => names::cyrillic_to_english(word, self.soft_i),
            (_, false) => word.to_string(),
        }
    }

    fn full_name(&self, p: &Person) -> String {
        let style = COUNTRIES[p.country].style;
        format!("{} {}", self.word(p.given, style), self.word(&p.surname, style))
    }

    fn surname(&self, p: &Person) -> String {
        self.word(&p.surname, COUNTRIES[p.country].style)
    }

    /// The full name in the genitive (Russian and Ukrainian; other languages as is).
    fn genitive(&self, p: &Person) -> String {
        let style = COUNTRIES[p.country].style;
        let uk = self.lang == "uk";
        if self.lang != "ru" && !uk {
            return self.full_name(p);
        }
        let given = names::genitive(&self.word(p.given, style), p.female, uk);
        let surname = names::genitive(&self.word(&p.surname, style), p.female, uk);
        format!("{given} {surname}")
    }

    /// The title of a person's post, as written before their name.
    fn title(&self, p: &Person, rng: &mut Rng) -> String {
        let c = &COUNTRIES[p.country];
        let pattern: &str = match p.post.kind {
            PostKind::Expert => return String::new(),
            PostKind::BodyHead => self.tpl.body_titles[p.post.detail % 5],
            kind => self
                .tpl
                .titles
                .iter()
                .find(|(k, _)| *k == kind)
                .map(|(_, patterns)| *rng.pick(patterns))
                .unwrap_or(""),
        };
        let mut pattern = pattern.to_string();
        // German genitives before the title only work for names without an article.
        if self.lang == "de" && c.de[0].starts_with("die ") {
            if let Some(rest) = pattern.strip_prefix("{gen} ") {
                pattern = format!("{{der}} {rest} {{gen}}");
            }
        }
        let host = &COUNTRIES[p.post.detail % COUNTRIES.len()];
        let company = COMPANIES[p.post.detail % COMPANIES.len()].0;
        let f = p.female;
        let pick = |m: &'static str, fem: &'static str| if f { fem } else { m };
        let mut out = pattern;
        let fill: Vec<(&str, String)> = match self.lang {
            "ru" => vec![("{gen}", c.ru[1].into()), ("{to}", host.ru[2].into())],
            "uk" => vec![("{gen}", c.uk[1].into()), ("{to}", host.uk[2].into())],
            "de" => vec![
                ("{gen}", c.de[1].into()),
                ("{adj}", c.de[2].into()),
                ("{to}", host.de[3].into()),
                ("{der}", pick("der", "die").into()),
                ("{in}", pick("", "in").into()),
            ],
            "fr" => vec![
                ("{adjf}", c.fr[3].into()),
                ("{adj}", pick(c.fr[2], c.fr[3]).into()),
                ("{to}", host.fr[4].into()),
                ("{le}", pick("le", "la").into()),
                ("{e}", pick("", "e").into()),
                ("{chef}", pick("chef", "cheffe").into()),
                ("{premier}", pick("Premier", "Première").into()),
                ("{ambassadeur}", pick("l'ambassadeur", "l'ambassadrice").into()),
                ("{directeur}", pick("directeur", "directrice").into()),
            ],
            _ => vec![
                ("{dem}", c.en[1].into()),
                ("{country}", c.en[0].into()),
                ("{to}", host.en[0].trim_start_matches("the ").into()),
                ("{spokes}", pick("spokesman", "spokeswoman").into()),
            ],
        };
        for (k, v) in fill {
            out = out.replace(k, &v);
        }
        out.replace("{company}", company)
    }

    fn country(&self, c: &Country) -> &'static str {
        match self.lang {
            "ru" => c.ru[0],
            "uk" => c.uk[0],
            "de" => c.de[0],
            "fr" => c.fr[0],
            _ => c.en[0],
        }
    }

    fn city(&self, rng: &mut Rng) -> &'static str {
        let i = self.lang_index();
        if rng.chance(0.5) {
            CITIES[rng.below(CITIES.len())][i]
        } else {
            COUNTRIES[rng.below(COUNTRIES.len())].capital[i]
        }
    }
}

/// Fills a template's placeholders for persons `a` and `b`.
struct Filler<'a> {
    voice: &'a Voice,
    roster: &'a Roster,
    a: usize,
    b: usize,
    /// (day of month, month 0-11) of publication.
    day: (u32, usize),
}

impl Filler<'_> {
    fn fill(&self, template: &str, rng: &mut Rng) -> String {
        let tpl = self.voice.tpl;
        let mut out = String::new();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let Some(close) = rest[open..].find('}') else { break };
            let key = &rest[open + 1..open + close];
            rest = &rest[open + close + 1..];
            let value = self.value(key, rng, tpl);
            out.push_str(&value);
        }
        out.push_str(rest);
        out
    }

    fn value(&self, key: &str, rng: &mut Rng, tpl: &Templates) -> String {
        let v = self.voice;
        let person = |who: &str| &self.roster.people[if who == "A" { self.a } else { self.b }];
        if let Some((who, what)) = key.split_once('.') {
            let p = person(who);
            return match what {
                "s" => v.surname(p),
                "t" => v.title(p, rng),
                "g" => v.genitive(p),
                "said" => {
                    let (m, f) = *rng.pick(tpl.said);
                    (if p.female { f } else { m }).to_string()
                }
                "he" => (if p.female { tpl.pronoun.1 } else { tpl.pronoun.0 }).to_string(),
                "he_cap" => capitalise(if p.female { tpl.pronoun.1 } else { tpl.pronoun.0 }),
                "a" => (if p.female { "а" } else { "" }).to_string(),
                _ => String::new(),
            };
        }
        match key {
            "A" | "B" => v.full_name(person(key)),
            "Q" => rng.pick(tpl.quotes).to_string(),
            "C" => {
                let c = rng.pick(tpl.clauses);
                self.fill(c, rng)
            }
            "C_CAP" => {
                let c = rng.pick(tpl.clauses);
                capitalise(&self.fill(c, rng))
            }
            "DAY" | "DAY_ON" | "DAY_CAP" => {
                let day = if rng.chance(0.6) {
                    rng.pick(tpl.weekdays).to_string()
                } else {
                    let (d, m) = self.day;
                    tpl.date
                        .replace("{d}", &d.to_string())
                        .replace("{month}", tpl.months[m])
                };
                match key {
                    "DAY_ON" => format!("on {day}"),
                    "DAY_CAP" => capitalise(&day),
                    _ => day,
                }
            }
            "WEEKDAY" => rng.pick(tpl.weekdays).to_string(),
            "CITY" => v.city(rng).to_string(),
            "OUTLET" => rng.pick(OUTLETS[v.lang_index()]).to_string(),
            "TOPIC" => rng.pick(tpl.topics).to_string(),
            "TOPIC_CAP" => capitalise(tpl.topics[rng.below(tpl.topics.len())]),
            "EXPERT" => rng.pick(tpl.experts).to_string(),
            "X" | "Y" => v.country(&COUNTRIES[rng.zipf(COUNTRIES.len())]).to_string(),
            "N" => (2 + rng.below(38)).to_string(),
            "REPORTER" | "EDITOR" => {
                let n = lexicon::names(Style::Anglo);
                format!("{} {}", rng.pick(n.male), rng.pick(n.surnames))
            }
            _ => String::new(),
        }
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(f) => f.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Sentence-level tidying each language's typography asks for after the templates are filled.
fn tidy(sentence: &str, lang: &str) -> String {
    let mut s = capitalise(sentence.trim());
    if lang == "fr" {
        for (from, to) in [
            (" de les ", " des "),
            (" de le ", " du "),
            (" à le ", " au "),
            (" à les ", " aux "),
        ] {
            s = s.replace(from, to);
        }
        for v in ['a', 'e', 'i', 'o', 'u', 'é', 'è', 'A', 'E', 'I', 'O', 'U', 'É'] {
            s = s.replace(&format!(" que {v}"), &format!(" qu'{v}"));
            s = s.replace(&format!(" de {v}"), &format!(" d'{v}"));
        }
    }
    s.replace("  ", " ").replace(" ,", ",")
}

/// The roster size for a corpus of `articles` unless told.
pub fn default_people(articles: usize) -> usize {
    2000 + articles / 20
}

/// Writes article `n` of the corpus.
pub fn article(roster: &Roster, options: &GenOptions, n: usize) -> Article {
    let mut rng = Rng::new(options.seed).fork(n as u64);
    let lang: &'static str = match options.langs[rng.below(options.langs.len())].as_str() {
        "ru" => "ru",
        "uk" => "uk",
        "de" => "de",
        "fr" => "fr",
        _ => "en",
    };
    let voice = Voice {
        lang,
        tpl: templates::for_lang(lang),
        soft_i: rng.chance(0.4),
    };
    let tpl = voice.tpl;
    // Publication day: the corpus spans one year, in file order, as a wire archive does.
    let day_of_year = (n * 365 / options.articles.max(1)) as u32;
    let (month, day) = month_day(day_of_year);
    let people = &roster.people;
    let pick_person = |rng: &mut Rng| rng.zipf(people.len());
    let main = loop {
        let i = pick_person(&mut rng);
        if people[i].post.kind != PostKind::Expert {
            break i;
        }
    };
    let roundup = rng.chance(0.015);
    let others: usize = if roundup { 20 + rng.below(41) } else { rng.below(5) };
    let mut cast = vec![main];
    let mut guard = 0;
    while cast.len() < others + 1 && guard < 1000 {
        guard += 1;
        let i = if roundup {
            rng.below(people.len())
        } else {
            pick_person(&mut rng)
        };
        // Two people of one article never share a surname here: the extractor keeps them
        // apart, but the benchmark is about speed, not that rule.
        if !cast.contains(&i) && !cast.iter().any(|&c| people[c].surname == people[i].surname) {
            cast.push(i);
        }
    }
    let second = cast.get(1).copied().unwrap_or(main);
    let filler = |a: usize, b: usize| Filler {
        voice: &voice,
        roster,
        a,
        b,
        day: (day, month),
    };
    let f = filler(main, second);
    let mut paragraphs: Vec<String> = Vec::new();
    let headline = tidy(&f.fill(*rng.pick(tpl.headlines), &mut rng), lang);
    if rng.chance(0.3) {
        paragraphs.push(tidy(&f.fill(*rng.pick(tpl.furniture), &mut rng), lang));
    }
    let dateline = if rng.chance(0.7) {
        let capital = COUNTRIES[people[main].country].capital[voice.lang_index()];
        let capital = if lang == "uk" {
            capital.to_string()
        } else {
            capital.to_uppercase()
        };
        format!(
            "{} ",
            rng.pick(tpl.datelines)
                .replace("{CAPITAL}", &capital)
                .replace("{d}", &day.to_string())
                .replace("{month}", tpl.months[month])
        )
    } else {
        String::new()
    };
    let mut lead = format!("{dateline}{}", tidy(&f.fill(*rng.pick(tpl.lead), &mut rng), lang));
    if rng.chance(0.6) {
        lead.push(' ');
        lead.push_str(&tidy(&f.fill(*rng.pick(tpl.quote), &mut rng), lang));
    }
    paragraphs.push(lead);
    paragraphs.push(tidy(&f.fill(*rng.pick(tpl.quote), &mut rng), lang));
    if rng.chance(0.7) {
        paragraphs.push(tidy(&f.fill(*rng.pick(tpl.reported), &mut rng), lang));
    }
    for &other in &cast[1..] {
        let g = filler(main, other);
        let p = &people[other];
        let mut para = Vec::new();
        if p.post.kind == PostKind::Expert {
            let e = filler(other, main);
            para.push(tidy(&e.fill(*rng.pick(tpl.expert), &mut rng), lang));
        } else if roundup {
            let e = filler(other, main);
            para.push(tidy(&e.fill(*rng.pick(tpl.roundup), &mut rng), lang));
        } else {
            para.push(tidy(&g.fill(*rng.pick(tpl.meeting), &mut rng), lang));
            if rng.chance(0.6) {
                let e = filler(other, main);
                para.push(tidy(&e.fill(*rng.pick(tpl.quote), &mut rng), lang));
            }
        }
        paragraphs.push(para.join(" "));
        if rng.chance(0.4) {
            paragraphs.push(tidy(&f.fill(*rng.pick(tpl.filler), &mut rng), lang));
        }
    }
    // Background without people: most of a real article's text.
    for _ in 0..3 + rng.below(6) {
        let mut para = Vec::new();
        for _ in 1..3 + rng.below(3) {
            para.push(tidy(&f.fill(*rng.pick(tpl.filler), &mut rng), lang));
        }
        paragraphs.push(para.join(" "));
    }
    let closing: Vec<String> = (0..1 + rng.below(3))
        .map(|_| tidy(&f.fill(*rng.pick(tpl.furniture), &mut rng), lang))
        .collect();
    let date_iso = format!("2024-{:02}-{day:02}", month + 1);
    let html = rng.chance(options.html_share);
    let text = if html {
        html_page(lang, &headline, &paragraphs, &closing, &date_iso)
    } else {
        let mut text = String::new();
        text.push_str(&headline);
        text.push_str("\n\n");
        if rng.chance(0.5) {
            text.push_str(&format!(
                "{day:02}.{:02}.2024 {:02}:{:02}\n\n",
                month + 1,
                rng.below(24),
                rng.below(60)
            ));
        }
        text.push_str(&paragraphs.join("\n\n"));
        text.push_str("\n\n");
        text.push_str(&closing.join("\n"));
        text.push('\n');
        text
    };
    Article {
        file_name: format!("{n:06}-{lang}.{}", if html { "html" } else { "txt" }),
        text,
    }
}

fn month_day(day_of_year: u32) -> (usize, u32) {
    const DAYS: [u32; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let mut d = day_of_year.min(365);
    for (m, &len) in DAYS.iter().enumerate() {
        if d < len {
            return (m, d + 1);
        }
        d -= len;
    }
    (11, 31)
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// An article as a news site's page: navigation, the article, a caption, an aside, a footer
/// and a script, which the HTML reader must leave out.
fn html_page(lang: &str, headline: &str, paragraphs: &[String], closing: &[String], date: &str) -> String {
    let mut page = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{} | World News</title>\n\
         <meta property=\"article:published_time\" content=\"{date}T09:30:00Z\">\n\
         <link rel=\"stylesheet\" href=\"/static/site.css\">\n</head>\n<body>\n\
         <header><nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a> | <a href=\"/business\">Business</a> | <a href=\"/opinion\">Opinion</a></nav></header>\n\
         <main>\n<article>\n<h1>{}</h1>\n",
        escape(headline),
        escape(headline)
    );
    for (i, p) in paragraphs.iter().enumerate() {
        page.push_str(&format!("<p>{}</p>\n", escape(p)));
        if i == 1 {
            page.push_str("<figure><img src=\"/img/photo.jpg\" alt=\"\"><figcaption>");
            page.push_str(&escape(closing.first().map_or("", String::as_str)));
            page.push_str("</figcaption></figure>\n");
        }
    }
    page.push_str("</article>\n<aside><h2>Most read</h2><ul><li><a href=\"/a\">Markets close higher</a></li><li><a href=\"/b\">Weather warning issued</a></li></ul></aside>\n</main>\n");
    page.push_str(&format!(
        "<footer><p>{}</p><p>Terms of use | Privacy policy | Contact</p></footer>\n",
        escape(&closing.join(" "))
    ));
    page.push_str("<script>window.dataLayer = window.dataLayer || []; dataLayer.push({page: 'article'});</script>\n</body>\n</html>\n");
    page
}

/// What `generate` wrote.
#[derive(Debug, Clone, Copy)]
pub struct GenSummary {
    pub articles: usize,
    pub bytes: u64,
    pub people: usize,
}

/// Writes the corpus into `dir` (created if needed), articles in parallel.
pub fn generate(options: &GenOptions, dir: &Path) -> std::io::Result<GenSummary> {
    std::fs::create_dir_all(dir)?;
    let size = options.people.unwrap_or_else(|| default_people(options.articles));
    let roster = Roster::new(options.seed, size);
    let bytes = options
        .range()
        .into_par_iter()
        .map(|n| {
            let a = article(&roster, options, n);
            std::fs::write(dir.join(&a.file_name), a.text.as_bytes())?;
            Ok(a.text.len() as u64)
        })
        .collect::<std::io::Result<Vec<u64>>>()?
        .into_iter()
        .sum();
    Ok(GenSummary {
        articles: options.range().len(),
        bytes,
        people: roster.people.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(n: usize) -> GenOptions {
        GenOptions {
            articles: n,
            langs: ["en", "ru", "uk", "de", "fr"].iter().map(|s| s.to_string()).collect(),
            seed: 42,
            people: None,
            html_share: 0.1,
            from: 0,
            to: 0,
        }
    }

    #[test]
    fn a_seed_gives_the_same_articles() {
        let o = options(50);
        let roster = Roster::new(o.seed, 2000);
        for n in [0, 7, 49] {
            let (a, b) = (article(&roster, &o, n), article(&roster, &o, n));
            assert_eq!(a.text, b.text);
            assert_eq!(a.file_name, b.file_name);
        }
        let other = GenOptions { seed: 43, ..o.clone() };
        assert_ne!(
            article(&roster, &o, 3).text,
            article(&Roster::new(43, 2000), &other, 3).text
        );
    }

    #[test]
    fn the_roster_holds_thousands_of_distinct_people() {
        let roster = Roster::new(1, 3000);
        assert!(roster.people.len() >= 2900, "{}", roster.people.len());
        let names: std::collections::HashSet<String> = roster
            .people
            .iter()
            .map(|p| format!("{} {}", p.given, p.surname))
            .collect();
        assert_eq!(names.len(), roster.people.len());
    }

    #[test]
    fn people_recur_across_articles_and_languages() {
        let o = options(400);
        let roster = Roster::new(o.seed, default_people(o.articles));
        let articles: Vec<Article> = (0..o.articles).map(|n| article(&roster, &o, n)).collect();
        // The most prominent person (a president) appears in several languages' articles.
        let top = &roster.people[0];
        let voices = ["en", "ru", "de"];
        for lang in voices {
            let v = Voice {
                lang,
                tpl: templates::for_lang(lang),
                soft_i: false,
            };
            let surname = v.surname(top);
            assert!(
                articles
                    .iter()
                    .filter(|a| a.file_name.contains(lang) && a.text.contains(&surname))
                    .count()
                    >= 2,
                "{surname} in {lang}"
            );
        }
        let langs: std::collections::HashSet<&str> = articles.iter().map(|a| &a.file_name[7..9]).collect();
        assert_eq!(langs.len(), 5);
        assert!(articles.iter().any(|a| a.file_name.ends_with(".html")));
        let quotes = ["“", "«", "„", "« "];
        for q in quotes {
            assert!(articles.iter().any(|a| a.text.contains(q)), "{q}");
        }
    }
}
