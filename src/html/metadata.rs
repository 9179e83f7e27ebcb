//! What a news page says about its article, beside the text: headline, publication day,
//! authors and publisher. Pages say it in several places, read here from the most to the
//! least deliberate: schema.org JSON-LD (`NewsArticle`), then `<meta>` tags (OpenGraph
//! `article:*`, Dublin Core, Parse.ly, plain `author`/`date`), then microdata and `<time>`.
//! JSON-LD goes through `serde_json`, the page through a real HTML parser (`scraper`).

use super::collapse;
use super::{same_words, words_of};
use crate::byline::person_name;
use scraper::{Html, Selector};
use serde_json::Value;
use std::collections::HashMap;

/// The article's metadata as the page gives it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageMeta {
    /// Without the site's suffix (" | The Daily Ledger").
    pub headline: Option<String>,
    /// `YYYY-MM-DD`, the day as the publisher wrote it.
    pub published: Option<String>,
    /// Persons only: agencies, desks and the site itself are not authors.
    pub authors: Vec<String>,
    pub publisher: Option<String>,
    /// The page's language code ("en" from `<html lang="en-GB">`).
    pub lang: Option<String>,
}

/// schema.org types whose `headline`, `author` and `datePublished` describe the article.
const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
];

/// `<meta>` keys holding the publication time, most specific first.
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "article:published",
    "og:published_time",
    "datepublished",
    "parsely-pub-date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dc.date",
    "pubdate",
    "publishdate",
    "publish-date",
    "sailthru.date",
    "article:publicationdate",
    "pdate",
    "dcsext.articlefirstpublished",
    "date",
];
const AUTHOR_KEYS: &[&str] = &[
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "byl",
    "dc.creator",
];
const PUBLISHER_KEYS: &[&str] = &[
    "og:site_name",
    "publisher",
    "dc.publisher",
    "article:publisher",
    "application-name",
];
const HEADLINE_KEYS: &[&str] = &[
    "og:title",
    "twitter:title",
    "parsely-title",
    "fulltitle",
    "dc.title",
    "title",
];

pub fn read(doc: &Html) -> PageMeta {
    let metas = meta_tags(doc);
    let meta = |keys: &[&str]| keys.iter().find_map(|k| metas.get(*k).cloned());
    let articles = json_ld_articles(doc);
    let from_ld = |key: &str| {
        articles
            .iter()
            .find_map(|a| a.get(key).filter(|v| !v.is_null()).cloned())
    };

    let publisher = from_ld("publisher")
        .and_then(|v| names_in(&v).into_iter().next())
        .or_else(|| {
            PUBLISHER_KEYS
                .iter()
                .filter_map(|k| metas.get(*k))
                .find(|v| !is_url(v))
                .cloned()
        });
    let site_names: Vec<String> = PUBLISHER_KEYS
        .iter()
        .filter_map(|k| metas.get(*k).cloned())
        .chain(publisher.clone())
        .collect();

    // The first source that names a person wins; one that names only desks or the site
    // gives way to the next.
    let sources: [&dyn Fn() -> Option<Vec<String>>; 4] = [
        &|| from_ld("author").or_else(|| from_ld("creator")).map(|v| names_in(&v)),
        &|| {
            AUTHOR_KEYS
                .iter()
                .filter_map(|k| metas.get(*k))
                .find(|v| !is_url(v))
                .map(|v| split_names(v))
        },
        &|| microdata_authors(doc),
        &|| byline_element_authors(doc),
    ];
    let authors = sources
        .iter()
        .find_map(|source| Some(persons_only(source()?, &site_names)).filter(|a| !a.is_empty()))
        .unwrap_or_default();

    let ld_day = |key: &str| from_ld(key).and_then(|v| v.as_str().and_then(day_of));
    let address = meta(&["og:url"]).or_else(|| {
        select(doc, "link[rel='canonical']")
            .next()
            .and_then(|l| l.value().attr("href").map(str::to_string))
    });
    let published = ld_day("datePublished")
        .or_else(|| DATE_KEYS.iter().filter_map(|k| metas.get(*k)).find_map(|v| day_of(v)))
        .or_else(|| ld_day("dateCreated"))
        .or_else(|| time_element_day(doc))
        .or_else(|| address.as_deref().and_then(day_in_address));

    let h1s = texts(doc, "h1");
    let headline = from_ld("headline")
        .or_else(|| from_ld("name"))
        .and_then(|v| v.as_str().map(collapse))
        .or_else(|| meta(HEADLINE_KEYS))
        .or_else(|| h1s.first().cloned())
        .or_else(|| texts(doc, "title").into_iter().next())
        .map(|h| clean_headline(&h, &h1s, &site_names, &authors))
        .filter(|h| !h.is_empty());

    let lang = select(doc, "html")
        .next()
        .and_then(|h| h.value().attr("lang").map(str::to_string))
        .or_else(|| meta(&["og:locale", "dc.language", "content-language", "language"]))
        .map(|l| l.split(['-', '_']).next().unwrap_or(&l).to_lowercase())
        .filter(|l| !l.is_empty());

    // Without a stated publisher, the site's name is what its <title> adds to the headline
    // ("United States to Lift Sudan Sanctions - The New York Times").
    let publisher = publisher.or_else(|| {
        let title = texts(doc, "title").into_iter().next()?;
        site_in_title(&title, headline.as_deref()?)
    });

    PageMeta {
        headline,
        published,
        authors,
        publisher,
        lang,
    }
}

/// The elements matching a selector of this module (fixed strings, so parsing cannot fail).
fn select<'a>(doc: &'a Html, css: &str) -> std::vec::IntoIter<scraper::ElementRef<'a>> {
    let selector = Selector::parse(css).expect("static selector");
    doc.select(&selector).collect::<Vec<_>>().into_iter()
}

fn texts(doc: &Html, css: &str) -> Vec<String> {
    select(doc, css)
        .map(|e| collapse(&e.text().collect::<String>()))
        .filter(|t| !t.is_empty())
        .collect()
}

fn is_url(s: &str) -> bool {
    s.starts_with("http://") || s.starts_with("https://") || s.starts_with("//")
}

/// Every `<meta>` by its lower-cased `property`, `name` or `itemprop`, first occurrence kept.
fn meta_tags(doc: &Html) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for m in select(doc, "meta") {
        let v = m.value();
        let Some(content) = v.attr("content").map(collapse).filter(|c| !c.is_empty()) else {
            continue;
        };
        for key in ["property", "name", "itemprop"].iter().filter_map(|a| v.attr(a)) {
            // `property="og:title twitter:title"` names two keys.
            for k in key.split_whitespace() {
                out.entry(k.to_lowercase()).or_insert_with(|| content.clone());
            }
        }
    }
    out
}

/// The JSON-LD objects describing an article, wherever they sit (top level, arrays,
/// `@graph`).
fn json_ld_articles(doc: &Html) -> Vec<serde_json::Map<String, Value>> {
    let mut out = Vec::new();
    for script in select(doc, "script[type='application/ld+json']") {
        let raw: String = script.text().collect();
        let raw = raw.trim();
        let raw = raw
            .strip_prefix("<![CDATA[")
            .and_then(|r| r.strip_suffix("]]>"))
            .unwrap_or(raw)
            .trim();
        // A page's broken JSON-LD is skipped: the other sources still speak.
        if let Ok(v) = serde_json::from_str::<Value>(raw) {
            collect_articles(&v, &mut out);
        }
    }
    out
}

fn collect_articles(v: &Value, out: &mut Vec<serde_json::Map<String, Value>>) {
    match v {
        Value::Array(items) => items.iter().for_each(|i| collect_articles(i, out)),
        Value::Object(map) => {
            if let Some(graph) = map.get("@graph") {
                collect_articles(graph, out);
            }
            let types: Vec<&str> = match map.get("@type") {
                Some(Value::String(t)) => vec![t.as_str()],
                Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
                _ => vec![],
            };
            if types.iter().any(|t| ARTICLE_TYPES.contains(t)) {
                out.push(map.clone());
            }
        }
        _ => {}
    }
}

/// Names in a JSON-LD value: a string, an object with `name` (persons, not organisations,
/// when the value says which), or a list of them.
fn names_in(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) if !is_url(s) => split_names(s),
        Value::Array(items) => items.iter().flat_map(names_in).collect(),
        Value::Object(map) => map
            .get("name")
            .and_then(Value::as_str)
            .map(|n| vec![collapse(n)])
            .unwrap_or_default(),
        _ => vec![],
    }
}

/// "Jane Doe and John Roe", "A, B": one name each; a leading "By" is dropped.
fn split_names(s: &str) -> Vec<String> {
    let s = collapse(s);
    crate::byline::byline_names(&s)
        .or_else(|| crate::byline::name_list(&s))
        .unwrap_or_else(|| vec![s])
}

fn microdata_authors(doc: &Html) -> Option<Vec<String>> {
    let names: Vec<String> = select(doc, "[itemprop~='author']")
        .map(|e| {
            let inner = Selector::parse("[itemprop~='name']").expect("static selector");
            e.select(&inner)
                .next()
                .map(|n| {
                    n.value()
                        .attr("content")
                        .map(str::to_string)
                        .unwrap_or_else(|| n.text().collect())
                })
                .or_else(|| e.value().attr("content").map(str::to_string))
                .unwrap_or_else(|| e.text().collect())
        })
        .flat_map(|n| split_names(&n))
        .filter(|n| !n.is_empty())
        .collect();
    (!names.is_empty()).then_some(names)
}

/// A byline the page marks as one (`class="byline"`, "signature", `rel="author"`): "Le Monde |
/// 04.05.2015 | Par Martin Untersinger (avec Damien Leloup et Morgane Tual)".
fn byline_element_authors(doc: &Html) -> Option<Vec<String>> {
    select(doc, "[class*='byline'], [class*='signature'], [rel~='author']")
        .find_map(|e| crate::byline::byline_names(&collapse(&e.text().collect::<String>())))
}

/// The day in an address such as ".../2015/03/18/gunmen-storm-museum...".
fn day_in_address(address: &str) -> Option<String> {
    let parts: Vec<&str> = address.split('/').collect();
    parts.windows(3).find_map(|w| {
        let digits = |s: &str, n: usize| s.len() == n && s.chars().all(|c| c.is_ascii_digit());
        (digits(w[0], 4) && digits(w[1], 2) && digits(w[2], 2))
            .then(|| day_of(&format!("{}-{}-{}", w[0], w[1], w[2])))?
    })
}

/// The site's name when the `<title>` is the headline followed by it.
fn site_in_title(title: &str, headline: &str) -> Option<String> {
    let title = collapse(title);
    [" | ", " - ", " – ", " — "].iter().find_map(|sep| {
        let (head, tail) = title.rsplit_once(sep)?;
        let tail = tail.trim();
        (same_words(head, headline) && (1..=5).contains(&tail.split_whitespace().count())).then(|| tail.to_string())
    })
}

/// Keeps the names shaped like a person's, drops the site, desks and agencies, and repeats.
pub(super) fn persons_only(names: Vec<String>, site_names: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in names {
        let Some(name) = person_name(&name) else { continue };
        let lower = name.to_lowercase();
        let not_person = &crate::byline::BylineWords::get().not_person;
        let desk = lower.split_whitespace().any(|w| not_person.iter().any(|n| n == w));
        let site = site_names.iter().any(|s| same_words(s, &name));
        if !desk && !site && !out.iter().any(|o| same_words(o, &name)) {
            out.push(name);
        }
    }
    out
}

/// The day of a date as pages write it: ISO 8601 ("2015-07-24T05:36:09+01:00"), compact
/// ("20170113"), or with an English month name ("Fri Mar 13 21:30:09 EST 2015").
pub(super) fn day_of(value: &str) -> Option<String> {
    let v = value.trim();
    let iso = |d: &str| {
        crate::dates::PartialDate::parse_iso(d)
            .filter(|p| p.year.is_some())
            .map(|_| d.to_string())
    };
    if let Some(day) = v.get(..10).and_then(iso) {
        return Some(day);
    }
    if v.len() == 8 && v.chars().all(|c| c.is_ascii_digit()) {
        return iso(&format!("{}-{}-{}", &v[..4], &v[4..6], &v[6..]));
    }
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let words: Vec<String> = v
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .collect();
    let month = words
        .iter()
        .find_map(|w| MONTHS.iter().position(|m| w.len() >= 3 && w.starts_with(m)))?;
    let year = words
        .iter()
        .find(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))?;
    let day = words
        .iter()
        .find(|w| (1..=2).contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit()))?;
    iso(&format!("{year}-{:02}-{:02}", month + 1, day.parse::<u32>().ok()?))
}

/// The first `<time>` that states a day: the publication line comes before related stories.
fn time_element_day(doc: &Html) -> Option<String> {
    select(doc, "time[pubdate], [itemprop~='datePublished']")
        .chain(select(doc, "time[datetime]"))
        .find_map(|t| {
            let v = t.value();
            v.attr("datetime").or_else(|| v.attr("content")).and_then(day_of)
        })
}

/// The headline without what the site appends to it: " | The Guardian", " - BBC News",
/// ": Явления: Lenta.ru", an author's name. When the page's `<h1>` begins the headline, the
/// `<h1>` is the headline.
fn clean_headline(headline: &str, h1s: &[String], site_names: &[String], authors: &[String]) -> String {
    let hw = words_of(headline);
    if let Some(h1) = h1s.iter().find(|h1| {
        let w = words_of(h1);
        w.len() >= 3 && w.len() < hw.len() && hw.starts_with(&w)
    }) {
        return h1.clone();
    }
    let site_like = |tail: &str| {
        let tail = tail.trim();
        site_names.iter().chain(authors).any(|s| same_words(s, tail))
            || tail
                .split_whitespace()
                .any(|w| w.contains('.') && w.len() > 4 && !w.ends_with('.'))
    };
    let mut h = collapse(headline);
    loop {
        let cut = [" | ", " - ", " – ", " — ", ": "]
            .iter()
            .filter_map(|sep| h.rfind(sep).map(|i| (i, sep.len())))
            .max_by_key(|(i, _)| *i);
        match cut {
            Some((i, len)) if i > 0 && site_like(&h[i + len..]) => h.truncate(i),
            _ => break,
        }
    }
    h.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(html: &str) -> PageMeta {
        read(&Html::parse_document(html))
    }

    #[test]
    fn json_ld_first_then_meta_tags() {
        let m = page(
            r#"<html lang="de-AT"><head><title>Ein Titel | Der Standard</title>
            <meta property="og:site_name" content="Der Standard">
            <meta property="article:published_time" content="2020-01-02T10:00:00+01:00">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"x"},
              {"@type":["NewsArticle"],"headline":"Ein Titel","datePublished":"2021-03-04T05:06:07Z",
               "author":[{"@type":"Person","name":"Anna Müller"},{"@type":"Person","name":"APA"}],
               "publisher":{"@type":"Organization","name":"Der Standard"}}]}</script>
            </head><body><h1>Ein Titel</h1></body></html>"#,
        );
        assert_eq!(m.headline.as_deref(), Some("Ein Titel"));
        assert_eq!(m.published.as_deref(), Some("2021-03-04"));
        assert_eq!(m.authors, vec!["Anna Müller".to_string()]);
        assert_eq!(m.publisher.as_deref(), Some("Der Standard"));
        assert_eq!(m.lang.as_deref(), Some("de"));
    }

    #[test]
    fn titles_lose_the_site_and_dates_take_many_forms() {
        let m = page(
            r#"<html><head><title>Talks begin in Geneva | The Daily Ledger</title>
            <meta name="og:site_name" content="The Daily Ledger">
            <meta name="author" content="Our Foreign Staff">
            <meta name="article:publicationdate" content="Fri Mar 13 21:30:09 EST 2015">
            <script type="application/ld+json">{ broken </script></head><body></body></html>"#,
        );
        assert_eq!(m.headline.as_deref(), Some("Talks begin in Geneva"));
        assert_eq!(m.published.as_deref(), Some("2015-03-13"));
        assert!(m.authors.is_empty(), "a desk is no author: {:?}", m.authors);
        assert_eq!(day_of("20170113").as_deref(), Some("2017-01-13"));
        assert_eq!(day_of("March 18, 2015").as_deref(), Some("2015-03-18"));
        assert_eq!(day_of("soon"), None);
        assert_eq!(
            day_in_address("http://example.com/world/2015/03/18/story.html").as_deref(),
            Some("2015-03-18")
        );
        assert_eq!(day_in_address("http://example.com/world/story-2015.html"), None);
        assert_eq!(
            site_in_title("Talks begin - The Ledger", "Talks begin").as_deref(),
            Some("The Ledger")
        );
    }
}
