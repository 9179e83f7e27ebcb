//! Killing a real build (SIGKILL) at many moments never leaves a broken store: it opens, every
//! article's graph is wholly the old version or wholly the new one, and running the build again
//! finishes the job.

mod common;
use common::*;
use std::collections::HashMap;
use std::path::Path;
use std::time::Duration;

const ARTICLES: usize = 120;

/// Writes the corpus: every seed many times under its own name; version 2 adds a paragraph.
fn corpus(dir: &Path, version: u8) {
    std::fs::create_dir_all(dir).unwrap();
    let seeds = seeds();
    for i in 0..ARTICLES {
        let seed = &seeds[i % seeds.len()];
        let mut text = std::fs::read_to_string(seed).unwrap();
        if version == 2 {
            text.push_str(
                "\n\nRussian Deputy Foreign Minister Sergei Ryabkov said on Monday that the talks would go on.\n",
            );
        }
        std::fs::write(dir.join(format!("a{i:04}.txt")), text).unwrap();
    }
}

/// A fingerprint of each article graph: its quads, sorted and hashed.
fn graph_sizes(store: &Path) -> HashMap<String, u64> {
    all_graphs(store)
        .into_iter()
        .filter(|(g, _)| g.contains("/graph/"))
        .collect()
}

#[test]
fn killed_builds_leave_every_article_wholly_old_or_wholly_new() {
    let dir = tempfile::tempdir().unwrap();
    let (v1, v2) = (dir.path().join("v1"), dir.path().join("v2"));
    corpus(&v1, 1);
    corpus(&v2, 2);
    // What each version's graphs hold when a build runs to the end.
    let reference = |corpus: &Path| {
        let store = dir
            .path()
            .join(format!("ref-{}", corpus.file_name().unwrap().to_string_lossy()));
        ok(bin().args(["build", "-q", "--store"]).arg(&store).arg(corpus));
        graph_sizes(&store)
    };
    let (old, new) = (reference(&v1), reference(&v2));
    assert_eq!(old.len(), ARTICLES);
    assert!(
        old.iter().all(|(g, n)| new[g] != *n),
        "the versions differ in every article"
    );

    let store = dir.path().join("store");
    ok(bin().args(["build", "-q", "--store"]).arg(&store).arg(&v1));
    // A fixed pseudo-random sequence of moments, so a failure can be replayed.
    let mut seed: u64 = 0x5eed;
    let mut killed_midway = 0;
    for round in 0..12 {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let wait = Duration::from_millis(40 + (seed >> 33) % 1500);
        let corpus = if round % 2 == 0 { &v2 } else { &v1 };
        let mut child = bin()
            .args(["build", "-q", "--store"])
            .arg(&store)
            .arg(corpus)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(wait);
        if child.try_wait().unwrap().is_none() {
            killed_midway += 1;
        }
        child.kill().ok();
        child.wait().unwrap();
        // The store opens and every article is one version or the other, never a mix.
        let sizes = graph_sizes(&store);
        assert_eq!(sizes.len(), ARTICLES, "round {round}: articles lost");
        for (g, n) in &sizes {
            assert!(*n == old[g] || *n == new[g], "round {round}: {g} is neither version");
        }
    }
    assert!(
        killed_midway >= 6,
        "most kills should land during a build ({killed_midway} did)"
    );
    // Running the build again finishes the job, the identity graph and its index included.
    ok(bin().args(["build", "-q", "--store"]).arg(&store).arg(&v2));
    assert_eq!(graph_sizes(&store), new);
    let reference = dir.path().join("ref-v2");
    assert_eq!(all_graphs(&store), all_graphs(&reference));
}

/// A fingerprint of every graph of the store (identity graph and index included).
fn all_graphs(store: &Path) -> std::collections::BTreeMap<String, u64> {
    use std::hash::{Hash, Hasher};
    let nq = ok(bin().args(["export", "--format", "nquads", "--store"]).arg(store));
    let mut graphs: std::collections::BTreeMap<String, Vec<&str>> = std::collections::BTreeMap::new();
    for line in nq.lines() {
        let graph = line.trim_end_matches(" .").rsplit(' ').next().unwrap_or("");
        graphs.entry(graph.to_string()).or_default().push(line);
    }
    graphs
        .into_iter()
        .map(|(g, mut lines)| {
            lines.sort();
            let mut h = std::collections::hash_map::DefaultHasher::new();
            lines.hash(&mut h);
            (g, h.finish())
        })
        .collect()
}

/// A fresh store is written with the bulk loader, many articles per load: killed at any
/// moment, every article it holds is whole, and a rerun gives exactly what one uninterrupted
/// build gives (the identity graph and its index included).
#[test]
fn killed_fresh_builds_keep_whole_articles_and_a_rerun_gives_the_same_store() {
    let dir = tempfile::tempdir().unwrap();
    let corpus_dir = dir.path().join("corpus");
    // Enough articles for several bulk loads.
    let options = newsgraph::bench::gen::GenOptions {
        articles: 2500,
        langs: ["en", "ru", "uk", "de", "fr"].iter().map(|s| s.to_string()).collect(),
        seed: 11,
        people: None,
        html_share: 0.1,
        from: 0,
        to: 0,
    };
    newsgraph::bench::gen::generate(&options, &corpus_dir).unwrap();
    let reference = dir.path().join("reference");
    let start = std::time::Instant::now();
    ok(bin().args(["build", "-q", "--store"]).arg(&reference).arg(&corpus_dir));
    let took = start.elapsed();
    let whole = all_graphs(&reference);
    let mut seed: u64 = 0xfeed;
    let mut partial = 0;
    // Four rounds, and up to four more while no kill has landed between two loads yet (on a
    // busy machine the random moments can all fall before the first load or after the last).
    for round in 0..8 {
        if round >= 4 && partial > 0 {
            break;
        }
        let store = dir.path().join(format!("store{round}"));
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let mut child = bin()
            .args(["build", "-q", "--store"])
            .arg(&store)
            .arg(&corpus_dir)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        if round == 0 {
            // Killed just after the first bulk load lands (its sorted files appear in the
            // store at once), before the next.
            let tables = |p: &Path| {
                std::fs::read_dir(p)
                    .map(|d| {
                        d.filter(|e| {
                            e.as_ref()
                                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "sst"))
                        })
                        .count()
                    })
                    .unwrap_or(0)
            };
            let deadline = std::time::Instant::now() + took * 3;
            while tables(&store) < 6 && std::time::Instant::now() < deadline && child.try_wait().unwrap().is_none() {
                std::thread::sleep(Duration::from_millis(5));
            }
        } else if round < 4 {
            std::thread::sleep(took.mul_f64(0.3 + ((seed >> 33) % 650) as f64 / 1000.0));
        } else {
            std::thread::sleep(took.mul_f64([0.35, 0.5, 0.65, 0.8][round - 4]));
        }
        child.kill().ok();
        child.wait().unwrap();
        if !store.exists() {
            continue;
        }
        let found = all_graphs(&store);
        let articles = found.keys().filter(|g| g.contains("/graph/")).count();
        if articles > 0 && articles < options.articles {
            partial += 1;
        }
        for (g, fingerprint) in &found {
            if g.contains("/graph/") {
                assert_eq!(Some(fingerprint), whole.get(g), "round {round}: {g} is half-written");
            }
        }
        ok(bin().args(["build", "-q", "--store"]).arg(&store).arg(&corpus_dir));
        let after = all_graphs(&store);
        let differing: Vec<&String> = whole
            .keys()
            .chain(after.keys())
            .filter(|g| whole.get(*g) != after.get(*g))
            .collect();
        assert!(
            differing.is_empty(),
            "round {round}: the rerun differs in {differing:?}"
        );
    }
    assert!(partial >= 1, "the first kill should land between two bulk loads");
}

#[test]
fn a_second_writer_is_told_the_store_is_in_use() {
    let dir = tempfile::tempdir().unwrap();
    let corpus_dir = dir.path().join("c");
    corpus(&corpus_dir, 1);
    let store = dir.path().join("store");
    ok(bin().args(["build", "-q", "--store"]).arg(&store).arg(&seeds()[0]));
    let mut first = bin()
        .args(["build", "-q", "--store"])
        .arg(&store)
        .arg(&corpus_dir)
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let second = run(bin().args(["build", "--store"]).arg(&store).arg(&seeds()[1]));
    let reader = run(bin().args(["query", "-e", "ASK {}", "--store"]).arg(&store));
    first.wait().unwrap();
    for out in [second, reader] {
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success());
        assert!(err.contains("in use by another process"), "{err}");
    }
}

/// Mounts a small tmpfs; `None` where this process may not (not root, no mount).
fn small_disk(dir: &Path, size: &str) -> Option<std::path::PathBuf> {
    let mnt = dir.join("disk");
    std::fs::create_dir_all(&mnt).unwrap();
    let ok = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
        .arg(&mnt)
        .status()
        .is_ok_and(|s| s.success());
    ok.then_some(mnt)
}

#[test]
fn a_full_disk_fails_the_build_clearly_and_corrupts_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let Some(mnt) = small_disk(dir.path(), "6M") else {
        eprintln!("skipped: this test mounts a tmpfs, which needs root");
        return;
    };
    let unmount = || {
        std::process::Command::new("umount").arg(&mnt).status().ok();
    };
    let corpus_dir = dir.path().join("c");
    corpus(&corpus_dir, 1);
    let store = mnt.join("store");
    ok(bin().args(["build", "-q", "--store"]).arg(&store).arg(&seeds()[0]));
    let out = run(bin().args(["build", "-q", "--store"]).arg(&store).arg(&corpus_dir));
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    // Make room, then look at what the failed build left.
    std::process::Command::new("mount")
        .args(["-o", "remount,size=256M"])
        .arg(&mnt)
        .status()
        .unwrap();
    let sizes = graph_sizes(&store);
    let reference = dir.path().join("ref");
    ok(bin().args(["build", "-q", "--store"]).arg(&reference).arg(&corpus_dir));
    let full = graph_sizes(&reference);
    unmount();
    assert!(!out.status.success(), "the build should have run out of space");
    assert!(
        err.contains("No space left on device") && err.contains(&store.display().to_string()),
        "{err}"
    );
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    // Every article the failed build stored is whole.
    for (g, fingerprint) in &sizes {
        if let Some(expected) = full.get(g) {
            assert_eq!(fingerprint, expected, "{g} is half-written");
        }
    }
}

#[test]
fn permission_denied_is_reported_clearly() {
    // Root is never denied: run the binary as `nobody`, from a copy it may execute.
    let can_drop = std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"))
        && Path::new("/usr/bin/setpriv").exists();
    if !can_drop {
        eprintln!("skipped: dropping to another user needs root and setpriv");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let open = |p: &Path| {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o755)).unwrap();
    };
    open(dir.path());
    let exe = dir.path().join("newsgraph");
    std::fs::copy(env!("CARGO_BIN_EXE_newsgraph"), &exe).unwrap();
    open(&exe);
    let article = dir.path().join("a.txt");
    std::fs::copy(&seeds()[3], &article).unwrap();
    std::fs::set_permissions(&article, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    // A store nobody may write: built by root, then opened by `nobody`.
    let store = dir.path().join("store");
    ok(bin().args(["build", "-q", "--store"]).arg(&store).arg(&article));
    let before = graph_sizes(&store);
    let as_nobody = |args: &[&std::ffi::OsStr]| {
        std::process::Command::new("/usr/bin/setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(&exe)
            .args(args)
            .current_dir(dir.path())
            .output()
            .unwrap()
    };
    for args in [
        vec![
            "build".as_ref(),
            "--store".as_ref(),
            store.as_os_str(),
            article.as_os_str(),
        ],
        vec![
            "build".as_ref(),
            "--store".as_ref(),
            dir.path().join("new-store").as_os_str(),
            article.as_os_str(),
        ],
    ] {
        let out = as_nobody(&args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{err}");
        assert!(
            err.contains("ermission denied") && err.trim().lines().count() == 1,
            "{err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
    assert_eq!(graph_sizes(&store), before, "nothing changed");
}
