//! newsgraph's reader of web pages on real saved news pages (`tests/pages/`, 17 pages from
//! 17 sites in English, German, French, Russian and Czech): the body text against the text a
//! reader wrote down from each page, and the metadata (headline, publication day, authors,
//! publisher) against what the page shows. Floors, not timings; the figures are in the
//! README ("Real web pages"), measured by `tools/extractor-eval` with the same scorer.

use newsgraph::html::pageset::{self, FoundMeta};

#[test]
fn saved_pages_give_clean_complete_text_and_their_metadata() {
    let pages = pageset::load(&common::root().join("tests/pages")).expect("tests/pages");
    assert!(pages.len() >= 15, "{} pages", pages.len());
    let sites: std::collections::HashSet<_> = pages
        .iter()
        .map(|p| {
            p.expected
                .address
                .split('/')
                .nth(2)
                .unwrap_or("")
                .trim_start_matches("www.")
                .to_string()
        })
        .collect();
    assert!(sites.len() >= 10, "{sites:?}");
    let (mut f1_sum, mut fields, mut hits) = (0.0, 0, 0);
    let mut report = Vec::new();
    for page in &pages {
        let parsed = newsgraph::html::parse(&page.html);
        let meta = &parsed.meta;
        // The text is the headline, then the body: the headline is scored as metadata.
        let body = match &meta.headline {
            Some(h) => parsed.text.strip_prefix(h.as_str()).unwrap_or(&parsed.text),
            None => &parsed.text,
        };
        let o = pageset::overlap(page.expected_body(), body);
        let found = FoundMeta {
            headline: meta.headline.clone(),
            published: meta.published.clone(),
            authors: meta.authors.clone(),
            publisher: meta.publisher.clone(),
        };
        let page_hits = pageset::metadata_hits(&page.expected, &found);
        report.push(format!(
            "{:16} P {:.3} R {:.3} F1 {:.3}  metadata {:?}",
            page.name, o.precision, o.recall, o.f1, page_hits
        ));
        assert!(
            o.f1 >= 0.85,
            "{}: body F1 {:.3} (P {:.3}, R {:.3})",
            page.name,
            o.f1,
            o.precision,
            o.recall
        );
        // The headline is never repeated as the body's first paragraph.
        if let Some(h) = &meta.headline {
            let first = body.trim_start().split("\n\n").next().unwrap_or("");
            assert!(
                !newsgraph::html::same_words(h, first),
                "{}: headline repeated",
                page.name
            );
        }
        f1_sum += o.f1;
        fields += page_hits.len();
        hits += page_hits.iter().filter(|h| **h).count();
    }
    let mean_f1 = f1_sum / pages.len() as f64;
    let accuracy = hits as f64 / fields as f64;
    println!(
        "{}\nmean body F1 {mean_f1:.3}, metadata {hits}/{fields}",
        report.join("\n")
    );
    assert!(mean_f1 >= 0.96, "mean body F1 {mean_f1:.3}\n{}", report.join("\n"));
    assert!(accuracy >= 0.9, "metadata {hits}/{fields}\n{}", report.join("\n"));
}

mod common;
