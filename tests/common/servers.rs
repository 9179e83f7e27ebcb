//! Real servers and clients for the tests of `serve` and `push`: free ports, processes that
//! are always stopped (even when a test fails), and the external tools CI installs.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The Python that has Debian's packages (rdflib, SPARQLWrapper, selenium), not a pyenv one.
pub const PYTHON: &str = "/usr/bin/python3";

/// A port nothing listens on now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Whether everything `needs` names is here (programs on PATH or absolute paths, and
/// `python3:MODULE` for Debian's Python modules). Outside CI a missing tool skips the test
/// with a message; in CI (`.ci/run` installs them all) it fails it.
pub fn have(needs: &[&str]) -> bool {
    let missing: Vec<&str> = needs
        .iter()
        .copied()
        .filter(|need| match need.strip_prefix("python3:") {
            Some(module) => !Command::new(PYTHON)
                .args(["-c", &format!("import {module}")])
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success()),
            None => which(need).is_none(),
        })
        .collect();
    if missing.is_empty() {
        return true;
    }
    if std::env::var_os("CI").is_some() {
        panic!("CI must install {missing:?} (scripts/install-deps.sh)");
    }
    eprintln!("skipped: {missing:?} not installed (scripts/install-deps.sh installs them)");
    false
}

pub fn which(program: &str) -> Option<PathBuf> {
    if program.contains('/') {
        return Path::new(program).exists().then(|| PathBuf::from(program));
    }
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|d| d.join(program))
        .find(|p| p.is_file())
}

/// A child process stopped when dropped: SIGTERM first (servers clean up), then SIGKILL.
pub struct Running {
    pub child: Child,
    pub name: String,
}

impl Running {
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Asks the process to stop (SIGTERM) and waits up to `patience` for it.
    pub fn terminate(&mut self, patience: Duration) -> bool {
        let _ = Command::new("kill").args(["-TERM", &self.pid().to_string()]).status();
        let start = Instant::now();
        while start.elapsed() < patience {
            if let Ok(Some(_)) = self.child.try_wait() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            if !self.terminate(Duration::from_secs(10)) {
                let _ = self.child.kill();
                let _ = self.child.wait();
            }
        }
    }
}

/// Waits until `ready` holds, polling; panics naming `what` after `limit`.
pub fn wait_for(what: &str, limit: Duration, mut ready: impl FnMut() -> bool) {
    let start = Instant::now();
    while !ready() {
        assert!(start.elapsed() < limit, "{what} not ready after {limit:?}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Starts `newsgraph serve` on the store (any free port) with `extra` arguments and
/// environment; returns the process and its root URL (`http://127.0.0.1:PORT`).
pub fn serve(store: &Path, extra: &[&str], env: &[(&str, &str)]) -> (Running, String) {
    let mut cmd = super::bin();
    cmd.args(["serve", "--bind", "127.0.0.1:0", "--store"])
        .arg(store)
        .args(extra)
        .env_remove("NEWSGRAPH_UPDATE_TOKEN")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("start newsgraph serve");
    let stdout = child.stdout.take().expect("stdout");
    let mut running = Running {
        child,
        name: "newsgraph serve".into(),
    };
    let mut lines = BufReader::new(stdout).lines();
    let first = match lines.next() {
        Some(Ok(line)) => line,
        _ => {
            let status = running.child.wait().expect("wait");
            panic!("newsgraph serve printed nothing and ended: {status}");
        }
    };
    // Keep reading what it prints, so it never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    let url = first
        .split_whitespace()
        .find(|w| w.starts_with("http://") && w.ends_with("/sparql"))
        .unwrap_or_else(|| panic!("no endpoint in {first:?}"))
        .trim_end_matches("/sparql")
        .to_string();
    (running, url)
}

/// One HTTP exchange with a real socket: status, headers (lower-case names) and body.
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

pub fn http(method: &str, url: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
    let mut request = oxhttp::model::Request::builder().method(method).uri(url);
    for (k, v) in headers {
        request = request.header(*k, *v);
    }
    let request = request.body(oxhttp::model::Body::from(body.to_vec())).expect("request");
    let response = oxhttp::Client::new()
        .with_global_timeout(Duration::from_secs(120))
        .request(request)
        .unwrap_or_else(|e| panic!("{method} {url}: {e}"));
    let status = response.status().as_u16();
    let headers = response
        .headers()
        .iter()
        .map(|(k, v)| (k.as_str().to_string(), v.to_str().unwrap_or("").to_string()))
        .collect();
    let body = response.into_body().to_string().expect("a UTF-8 body");
    Reply { status, headers, body }
}

/// GET with a query string built from `params`.
pub fn get(url: &str, params: &[(&str, &str)], headers: &[(&str, &str)]) -> Reply {
    let mut u = url::Url::parse(url).expect("URL");
    if !params.is_empty() {
        u.query_pairs_mut().extend_pairs(params);
    }
    http("GET", u.as_str(), headers, b"")
}

/// Runs a Python script of tests/clients with Debian's Python; returns its standard output.
pub fn python(script: &str, args: &[&str]) -> String {
    let out = Command::new(PYTHON)
        .arg(super::root().join("tests/clients").join(script))
        .args(args)
        .output()
        .expect("run python3");
    assert!(
        out.status.success(),
        "{script} failed: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}
