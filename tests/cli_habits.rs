//! The command line's habits, tried as a user would with the real shells, `man` and the real
//! binary: completions, manual pages, -v/-vv/RUST_LOG, -q, --color, --threads, and languages
//! newsgraph does not read.

mod common;

use common::{bin, build_seeds, fails_with, ok, query_text, run};
use std::path::Path;
use std::process::Command;

fn shell(program: &str) -> Command {
    assert!(
        Command::new("sh")
            .arg("-c")
            .arg(format!("command -v {program}"))
            .output()
            .unwrap()
            .status
            .success(),
        "{program} is not installed: scripts/install-deps.sh installs it"
    );
    Command::new(program)
}

fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Bash completes subcommands, options and option values through the generated function.
#[test]
fn bash_completes_commands_options_and_values() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("newsgraph.bash");
    std::fs::write(&script, ok(bin().args(["completions", "bash"]))).unwrap();
    let complete = |words: &str, current: usize| -> String {
        stdout_of(shell("bash").arg("-c").arg(format!(
            "source {}; COMP_WORDS=({words}); COMP_CWORD={current}; _newsgraph newsgraph \"${{COMP_WORDS[$COMP_CWORD]}}\" \"${{COMP_WORDS[$COMP_CWORD-1]}}\"; echo \"${{COMPREPLY[@]}}\"",
            script.display()
        )))
    };
    assert_eq!(complete("newsgraph ra", 1).trim(), "rank");
    assert_eq!(complete("newsgraph dot --per", 2).trim(), "--person");
    assert_eq!(complete("newsgraph dot --format ''", 3).trim(), "dot svg png json");
    let shells = complete("newsgraph completions ''", 2);
    assert!(
        ["bash", "zsh", "fish"]
            .iter()
            .all(|s| shells.split(' ').any(|w| w.trim() == *s)),
        "{shells}"
    );
}

#[test]
fn fish_completes_and_zsh_loads_the_completion_function() {
    let dir = tempfile::tempdir().unwrap();
    let fish = dir.path().join("newsgraph.fish");
    std::fs::write(&fish, ok(bin().args(["completions", "fish"]))).unwrap();
    let out = stdout_of(shell("fish").arg("-c").arg(format!(
        "source {}; complete -C 'newsgraph ra'; complete -C 'newsgraph rank --by '",
        fish.display()
    )));
    assert!(out.lines().any(|l| l.starts_with("rank\t")), "{out}");
    for value in ["pagerank", "degree", "quoted"] {
        assert!(
            out.lines().any(|l| l == value || l.starts_with(&format!("{value}\t"))),
            "{out}"
        );
    }
    let functions = dir.path().join("zsh");
    std::fs::create_dir(&functions).unwrap();
    let zsh = functions.join("_newsgraph");
    std::fs::write(&zsh, ok(bin().args(["completions", "zsh"]))).unwrap();
    assert!(shell("zsh").arg("-n").arg(&zsh).status().unwrap().success());
    let registered = stdout_of(shell("zsh").arg("-f").arg("-c").arg(format!(
        "fpath=({} $fpath); autoload -U compinit; compinit -u -D; print -r -- $_comps[newsgraph]",
        functions.display()
    )));
    assert_eq!(registered.trim(), "_newsgraph");
}

fn man_text(page: &Path) -> String {
    stdout_of(shell("man").env("MANWIDTH", "100").args(["-P", "cat", "-l"]).arg(page))
}

#[test]
fn the_manual_pages_render_with_man() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("newsgraph.1");
    std::fs::write(&page, ok(bin().arg("man"))).unwrap();
    let text = man_text(&page);
    for needle in [
        "NAME",
        "SYNOPSIS",
        "SUBCOMMANDS",
        "newsgraph-dot(1)",
        "newsgraph-rank(1)",
        "-v, --verbose",
        "--threads",
    ] {
        assert!(text.contains(needle), "{needle}: {text}");
    }
    let pages = dir.path().join("man1");
    ok(bin().args(["man", "--output"]).arg(&pages));
    let dot = man_text(&pages.join("newsgraph-dot.1"));
    assert!(
        dot.contains("--person") && dot.contains("newsgraph dot --person Lavrov"),
        "{dot}"
    );
    for command in ["build", "query", "rank", "completions", "man"] {
        assert!(pages.join(format!("newsgraph-{command}.1")).exists(), "{command}");
    }
}

#[test]
fn verbose_levels_and_rust_log_say_what_was_read_merged_and_how_long() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let out = run(bin().args(["build", "-v", "--store"]).arg(&store).arg("seeds/"));
    let err = String::from_utf8_lossy(&out.stderr);
    for needle in [
        "found the inputs inputs=5",
        "read and extracted the articles articles=5",
        "wrote the article graphs",
        "recomputed the identity graph",
        "elapsed=",
    ] {
        assert!(err.contains(needle), "{needle}: {err}");
    }
    assert!(!err.contains("DEBUG"), "{err}");
    let out = run(bin().args(["-vv", "build", "--store"]).arg(&store).arg("seeds/"));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("lang=\"ru\"") && err.contains("identity decision rule=\"spelling-and-post\""),
        "{err}"
    );
    let out = run(bin()
        .env("RUST_LOG", "newsgraph=debug")
        .args(["dot", "--store"])
        .arg(&store));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("read types and labels of the resources in view"), "{err}");
    // Without -v, a build says only its summary on standard output.
    let out = run(bin().args(["build", "--store"]).arg(&store).arg("seeds/"));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn quiet_is_taken_by_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let out = run(bin().args(["build", "-q", "--store"]).arg(&store).arg("seeds/"));
    assert!(out.status.success() && out.stdout.is_empty() && out.stderr.is_empty());
    for args in [
        vec!["stats"],
        vec!["entities"],
        vec!["rank"],
        vec!["dot", "--max-nodes", "5"],
        vec!["query", "queries/people.rq"],
        vec!["export"],
    ] {
        let out = run(bin().arg("-q").args(&args).arg("--store").arg(&store));
        assert!(out.status.success(), "{args:?}");
        assert!(
            out.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!out.stdout.is_empty(), "{args:?}: results still come");
    }
    for args in [vec!["extract"], vec!["explain"]] {
        let out = run(bin().args(&args).arg("-q").arg("seeds/003_c1ddbacee037c545.txt"));
        assert!(out.status.success() && out.stderr.is_empty(), "{args:?}");
    }
    let out = run(bin().args(["-q", "-v", "stats"]));
    assert_eq!(out.status.code(), Some(2), "-q and -v together are a usage error");
}

#[test]
fn color_is_on_only_when_asked_or_at_a_terminal() {
    let missing = std::env::temp_dir().join("newsgraph-no-such-store");
    let out = run(bin().args(["--color", "always", "stats", "--store"]).arg(&missing));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("\x1b[1;31mnewsgraph: error:\x1b[0m no store at"),
        "{err:?}"
    );
    let help = ok(bin().args(["--color=always", "dot", "--help"]));
    assert!(help.contains('\x1b'), "{help:?}");
    // Not a terminal: no colour unless asked.
    let out = run(bin().args(["stats", "--store"]).arg(&missing));
    assert!(!String::from_utf8_lossy(&out.stderr).contains('\x1b'));
    let help = ok(bin().args(["--color", "never", "dot", "--help"]));
    assert!(!help.contains('\x1b'));
    let out = run(bin().args(["--color", "sometimes", "stats"]));
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn threads_size_the_worker_pool_and_change_no_result() {
    let dir = tempfile::tempdir().unwrap();
    let reference = build_seeds(dir.path());
    let one = dir.path().join("one");
    let out = run(bin()
        .args(["--threads", "1", "-v", "build", "--store"])
        .arg(&one)
        .arg("seeds/"));
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("worker threads threads=1"));
    let dump = |store: &Path| ok(bin().args(["export", "--format", "nquads", "--store"]).arg(store));
    let (mut a, mut b): (Vec<String>, Vec<String>) = (
        dump(&reference).lines().map(String::from).collect(),
        dump(&one).lines().map(String::from).collect(),
    );
    a.sort();
    b.sort();
    assert_eq!(a, b);
    let out = run(bin().args(["--threads", "0", "stats"]));
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--threads"), "{err}");
}

/// A Spanish article is skipped with a line naming the language, never read as English;
/// short articles in the languages newsgraph reads are tagged right; --lang forces.
#[test]
fn languages_newsgraph_does_not_read_are_named_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).unwrap();
    let write = |name: &str, text: &str| std::fs::write(articles.join(name), text).unwrap();
    write("es.txt", "El ministro de Asuntos Exteriores, José Manuel Albares, dijo el lunes que las conversaciones continuarán la próxima semana.");
    write(
        "it.txt",
        "Il ministro degli Esteri Antonio Tajani ha detto lunedì che i colloqui continueranno la prossima settimana.",
    );
    write("pt.txt", "O ministro dos Negócios Estrangeiros disse na segunda-feira que as negociações vão continuar na próxima semana.");
    write("en.txt", "The minister said on Monday that the talks would go on.");
    write(
        "de.txt",
        "Der Minister sagte am Montag, die Gespräche würden fortgesetzt.",
    );
    write(
        "fr.txt",
        "Le ministre a déclaré lundi que les négociations continueraient.",
    );
    let store = dir.path().join("store");
    let out = run(bin().args(["build", "--store"]).arg(&store).arg(&articles));
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    for (file, language) in [("es.txt", "Spanish"), ("it.txt", "Italian"), ("pt.txt", "Portuguese")] {
        let line = err
            .lines()
            .find(|l| l.contains(file))
            .unwrap_or_else(|| panic!("{file}: {err}"));
        assert!(
            line.contains(&format!("this looks like {language}, which newsgraph does not read"))
                && line.contains("--lang"),
            "{line}"
        );
    }
    let tags = query_text(
        &store,
        "SELECT ?source ?lang { GRAPH ?g { ?a dcterms:identifier ?source ; schema:inLanguage ?lang } } ORDER BY ?source",
    );
    let tags: Vec<(String, String)> = tags.iter().map(|r| (r["source"].clone(), r["lang"].clone())).collect();
    assert_eq!(
        tags,
        [("de.txt", "de"), ("en.txt", "en"), ("fr.txt", "fr")].map(|(a, b)| (a.to_string(), b.to_string()))
    );
    // No literal in the store is tagged with a language the text is not in.
    let spanish = query_text(
        &store,
        "SELECT ?o { GRAPH ?g { ?s ?p ?o FILTER(CONTAINS(STR(?o), 'ministro')) } }",
    );
    assert!(spanish.is_empty(), "{spanish:?}");
    fails_with(
        bin()
            .args(["build", "-q", "--strict", "--store"])
            .arg(&store)
            .arg(articles.join("es.txt")),
        "skipped and --strict is set",
    );
    ok(bin()
        .args(["build", "-q", "--lang", "en", "--store"])
        .arg(&store)
        .arg(articles.join("es.txt")));
    let forced = query_text(
        &store,
        "SELECT ?lang { GRAPH ?g { ?a dcterms:identifier 'es.txt' ; schema:inLanguage ?lang } }",
    );
    assert_eq!(forced[0]["lang"], "en");
}
