//! Each language's example corpus (src/lang/*/corpus.txt) as a test: the share of examples
//! whose every expectation holds must not fall below the floor measured when it was set.

use newsgraph::corpus::{check, corpus_text, parse};
use newsgraph::lang::Lang;

fn run(lang: Lang, floor: f64) {
    let examples = parse(corpus_text(lang)).expect("the corpus parses");
    assert!(!examples.is_empty());
    let mut failed = 0;
    let mut unmet = 0;
    let expectations: usize = examples.iter().map(|e| e.expectations.len()).sum();
    for ex in &examples {
        let problems = check(ex, lang);
        unmet += problems.len();
        if !problems.is_empty() {
            failed += 1;
            eprintln!("{} corpus line {}: {}", lang.code(), ex.line, problems.join("\n    "));
        }
    }
    let passed = examples.len() - failed;
    let share = passed as f64 / examples.len() as f64;
    eprintln!(
        "{} corpus: {passed}/{} examples pass ({:.1}%); {}/{expectations} expectations met",
        lang.code(),
        examples.len(),
        share * 100.0,
        expectations - unmet
    );
    assert!(
        share >= floor,
        "{} corpus: {:.3} below the floor {floor}",
        lang.code(),
        share
    );
}

#[test]
fn english_corpus() {
    run(Lang::En, 0.47);
}

#[test]
fn ukrainian_corpus() {
    run(Lang::Uk, 0.31);
}

#[test]
fn german_corpus() {
    run(Lang::De, 0.32);
}

#[test]
fn french_corpus() {
    run(Lang::Fr, 0.46);
}

#[test]
fn russian_corpus() {
    run(Lang::Ru, 0.32);
}
