//! Criterion benches of each stage of the pipeline on generated articles (`cargo bench`):
//! decoding bytes, reading HTML, segmenting a document, extraction per language, resolving
//! identities across articles, and writing an article's RDF. The whole CLI is timed by
//! `scripts/bench.sh`; these say which stage a change made faster or slower.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use newsgraph::bench::gen::{article, GenOptions, Roster};
use newsgraph::document::{Document, DocumentOptions};
use newsgraph::extract::extract;
use newsgraph::lang::Lang;
use newsgraph::rdf::graph::article_quads;
use newsgraph::rdf::mint::Minter;
use newsgraph::resolve::cluster::resolve;
use newsgraph::resolve::gazetteer::Gazetteer;
use newsgraph::resolve::mentions::{mentions_in_quads, nodes, IriStats};
use std::collections::BTreeMap;

/// Generated articles: (file name, text), the same on every run.
fn corpus(n: usize) -> Vec<(String, String)> {
    let options = GenOptions {
        articles: n,
        langs: ["en", "ru", "uk", "de", "fr"].iter().map(|s| s.to_string()).collect(),
        seed: 3,
        people: None,
        html_share: 0.1,
        from: 0,
        to: 0,
    };
    let roster = Roster::new(options.seed, 2000);
    (0..n)
        .map(|i| {
            let a = article(&roster, &options, i);
            (a.file_name, a.text)
        })
        .collect()
}

fn documents(corpus: &[(String, String)]) -> Vec<Document> {
    corpus
        .iter()
        .filter(|(name, _)| name.ends_with(".txt"))
        .map(|(name, text)| {
            Document::new(name, text.clone(), &DocumentOptions::default()).expect("a generated article reads")
        })
        .collect()
}

fn decode_and_html(c: &mut Criterion) {
    let corpus = corpus(200);
    let text: Vec<&(String, String)> = corpus.iter().filter(|(n, _)| n.ends_with(".txt")).collect();
    let bytes: usize = text.iter().map(|(_, t)| t.len()).sum();
    let mut group = c.benchmark_group("decode");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("utf-8 text", |b| {
        b.iter(|| {
            for (_, t) in &text {
                black_box(newsgraph::decode::decode(t.as_bytes()).expect("decodes"));
            }
        })
    });
    let russian: Vec<Vec<u8>> = text
        .iter()
        .filter(|(n, _)| n.contains("-ru."))
        .map(|(_, t)| encoding_rs::WINDOWS_1251.encode(t).0.into_owned())
        .collect();
    group.throughput(Throughput::Bytes(russian.iter().map(Vec::len).sum::<usize>() as u64));
    group.bench_function("windows-1251 text", |b| {
        b.iter(|| {
            for bytes in &russian {
                black_box(newsgraph::decode::decode(bytes).expect("decodes"));
            }
        })
    });
    group.finish();
    let pages: Vec<&String> = corpus
        .iter()
        .filter(|(n, _)| n.ends_with(".html"))
        .map(|(_, t)| t)
        .collect();
    let mut group = c.benchmark_group("html");
    group.throughput(Throughput::Bytes(pages.iter().map(|p| p.len()).sum::<usize>() as u64));
    group.bench_function("page to text", |b| {
        b.iter(|| {
            for p in &pages {
                black_box(newsgraph::html::parse(p));
            }
        })
    });
    group.finish();
}

fn segment(c: &mut Criterion) {
    let corpus = corpus(200);
    let text: Vec<&(String, String)> = corpus.iter().filter(|(n, _)| n.ends_with(".txt")).collect();
    let mut group = c.benchmark_group("segment");
    group.throughput(Throughput::Bytes(
        text.iter().map(|(_, t)| t.len()).sum::<usize>() as u64
    ));
    group.bench_function("document (language, dateline, paragraphs)", |b| {
        b.iter(|| {
            for (name, t) in &text {
                black_box(Document::new(name, t.to_string(), &DocumentOptions::default()).expect("reads"));
            }
        })
    });
    group.finish();
}

fn extraction(c: &mut Criterion) {
    let docs = documents(&corpus(400));
    let mut group = c.benchmark_group("extract");
    for lang in Lang::ALL {
        let of_lang: Vec<&Document> = docs.iter().filter(|d| d.lang == lang).collect();
        group.throughput(Throughput::Bytes(
            of_lang.iter().map(|d| d.text.len()).sum::<usize>() as u64
        ));
        group.bench_with_input(BenchmarkId::from_parameter(lang.code()), &of_lang, |b, docs| {
            b.iter(|| {
                for d in docs.iter() {
                    black_box(extract(d));
                }
            })
        });
    }
    group.finish();
}

fn rdf_write(c: &mut Criterion) {
    let docs = documents(&corpus(200));
    let extractions: Vec<_> = docs.iter().map(extract).collect();
    let minter = Minter::new("https://example.org/newsgraph/").expect("a valid base");
    let mut group = c.benchmark_group("rdf");
    group.throughput(Throughput::Elements(docs.len() as u64));
    group.bench_function("article quads", |b| {
        b.iter(|| {
            for (d, ex) in docs.iter().zip(&extractions) {
                black_box(article_quads(d, ex, &minter));
            }
        })
    });
    group.finish();
}

fn identity(c: &mut Criterion) {
    let minter = Minter::new("https://example.org/newsgraph/").expect("a valid base");
    let gazetteer = Gazetteer::bundled();
    let mut group = c.benchmark_group("resolve");
    for n in [250, 1000] {
        let docs = documents(&corpus(n));
        let mut stats: BTreeMap<String, IriStats> = BTreeMap::new();
        for d in &docs {
            for m in mentions_in_quads(&article_quads(d, &extract(d), &minter), &minter) {
                stats.entry(m.iri.clone()).or_default().add(&m);
            }
        }
        let persons = nodes(&stats);
        group.throughput(Throughput::Elements(persons.len() as u64));
        group.bench_with_input(BenchmarkId::new("persons of articles", n), &persons, |b, persons| {
            b.iter(|| black_box(resolve(persons, &gazetteer)))
        });
    }
    group.finish();
}

criterion_group! {
    name = stages;
    config = Criterion::default().sample_size(10);
    targets = decode_and_html, segment, extraction, rdf_write, identity
}
criterion_main!(stages);
