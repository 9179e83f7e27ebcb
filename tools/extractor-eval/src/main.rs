//! Measures main-content extractors on the saved pages of `tests/pages`: word precision,
//! recall and F1 of the body against the text a reader wrote down, and how many metadata
//! fields (headline, date, authors, publisher) each gets right.
//!
//! ```sh
//! cd tools/extractor-eval && cargo run --release -- ../../tests/pages
//! ```

use newsgraph::html::pageset::{self, FoundMeta, Overlap};

type Extractor = fn(&str) -> (String, FoundMeta);

fn split_authors(s: &str) -> Vec<String> {
    s.split([';', ','])
        .flat_map(|a| a.split(" and "))
        .map(|a| a.trim().trim_start_matches("By ").trim_start_matches("by ").trim().to_string())
        .filter(|a| !a.is_empty())
        .collect()
}

fn newsgraph(html: &str) -> (String, FoundMeta) {
    let page = newsgraph::html::parse(html);
    let found = newsgraph_meta(&page);
    // The headline heads the text; the body is the rest.
    let body = match &found.headline {
        Some(h) if page.text.starts_with(h.as_str()) => page.text[h.len()..].trim_start().to_string(),
        _ => page.text.clone(),
    };
    (body, found)
}

fn dom_smoothie(html: &str) -> (String, FoundMeta) {
    let cfg = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let Ok(mut r) = dom_smoothie::Readability::new(html, None, Some(cfg)) else {
        return Default::default();
    };
    match r.parse() {
        Ok(a) => (
            a.text_content.to_string(),
            FoundMeta {
                headline: Some(a.title.clone()),
                published: a.published_time.clone(),
                authors: a.byline.as_deref().map(split_authors).unwrap_or_default(),
                publisher: a.site_name.clone(),
            },
        ),
        Err(_) => Default::default(),
    }
}

fn rs_trafilatura(html: &str) -> (String, FoundMeta) {
    match rs_trafilatura::extract(html) {
        Ok(r) => (
            r.content_text.clone(),
            FoundMeta {
                headline: r.metadata.title.clone(),
                published: r.metadata.date.map(|d| d.format("%Y-%m-%d").to_string()),
                authors: r.metadata.author.as_deref().map(split_authors).unwrap_or_default(),
                publisher: r.metadata.sitename.clone(),
            },
        ),
        Err(_) => Default::default(),
    }
}

fn trafilatura(html: &str) -> (String, FoundMeta) {
    match trafilatura::extract(html, &trafilatura::Options::default()) {
        Ok(r) => (
            r.content_text.clone(),
            FoundMeta {
                headline: Some(r.metadata.title.clone()).filter(|t| !t.is_empty()),
                published: r.metadata.date.map(|d| d.format("%Y-%m-%d").to_string()),
                authors: split_authors(&r.metadata.author),
                publisher: Some(r.metadata.sitename.clone()).filter(|t| !t.is_empty()),
            },
        ),
        Err(_) => Default::default(),
    }
}

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "../../tests/pages".to_string());
    let pages = pageset::load(std::path::Path::new(&dir)).unwrap_or_else(|e| {
        eprintln!("{dir}: {e}");
        std::process::exit(2)
    });
    let candidates: [(&str, Extractor); 4] = [
        ("newsgraph (src/html)", newsgraph),
        ("dom_smoothie 0.19", dom_smoothie),
        ("rs-trafilatura 0.2", rs_trafilatura),
        ("trafilatura 0.6", trafilatura),
    ];
    let verbose = std::env::var_os("VERBOSE").is_some();
    println!("| extractor | body P | body R | body F1 | F1 min | headline | date | authors | publisher | ms/page |");
    println!("|---|---|---|---|---|---|---|---|---|---|");
    for (name, extract) in candidates {
        let mut sum = Overlap::default();
        let mut min_f1 = 1.0f64;
        let mut hits = [0usize; 4];
        let started = std::time::Instant::now();
        for page in &pages {
            let (body, found) = extract(&page.html);
            let o = pageset::overlap(page.expected_body(), &body);
            if verbose {
                eprintln!("{name:22} {:16} P {:.2} R {:.2} F1 {:.2} {:?} {:?}", page.name, o.precision, o.recall, o.f1, pageset::metadata_hits(&page.expected, &found), found);
            }
            sum.precision += o.precision;
            sum.recall += o.recall;
            sum.f1 += o.f1;
            min_f1 = min_f1.min(o.f1);
            for (h, hit) in hits.iter_mut().zip(pageset::metadata_hits(&page.expected, &found)) {
                *h += hit as usize;
            }
        }
        let ms = started.elapsed().as_secs_f64() * 1000.0 / pages.len() as f64;
        let n = pages.len() as f64;
        let of = |h: usize| format!("{h}/{}", pages.len());
        println!(
            "| {name} | {:.3} | {:.3} | **{:.3}** | {:.2} | {} | {} | {} | {} | {ms:.0} |",
            sum.precision / n,
            sum.recall / n,
            sum.f1 / n,
            min_f1,
            of(hits[0]),
            of(hits[1]),
            of(hits[2]),
            of(hits[3])
        );
    }
}

/// newsgraph's own metadata, in the scorer's terms.
fn newsgraph_meta(page: &newsgraph::html::Page) -> FoundMeta {
    FoundMeta {
        headline: page.meta.headline.clone(),
        published: page.meta.published.clone(),
        authors: page.meta.authors.clone(),
        publisher: page.meta.publisher.clone(),
    }
}
