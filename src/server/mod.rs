//! `newsgraph serve`: the store over HTTP. A SPARQL 1.1 Protocol endpoint at `/sparql`
//! (read-only unless updates are allowed with a token), a page to type queries at `/`, every
//! resource under the base IRI dereferenceable at its path, and the hand-off through which a
//! build feeds the store while it is served. Synchronous: one thread per connection (oxhttp).

pub mod auth;
pub mod describe;
pub mod feed;
pub mod negotiate;
pub mod response;
pub mod routes;
pub mod sparql;

use crate::handoff::{self, ServerNote};
use crate::query::rows;
use crate::rdf::mint::Minter;
use crate::rdf::vocab::DEFAULT_BASE_IRI;
use crate::store::GraphStore;
use anyhow::Context;
use auth::Token;
use sparql::QuerySettings;
use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

/// How the server is to run, from the command line.
#[derive(Debug)]
pub struct ServeConfig {
    pub store: PathBuf,
    pub bind: SocketAddr,
    /// Served at the root; `None`: the store's own, as built.
    pub base_iri: Option<String>,
    pub query: QuerySettings,
    /// Updates are accepted only with this token; `None`: read-only.
    pub update_token: Option<Token>,
}

/// What every request handler shares.
pub struct State {
    pub store: GraphStore,
    pub base: String,
    pub query: QuerySettings,
    pub update_token: Option<Token>,
    pub handoff_token: Token,
    write: Mutex<()>,
}

impl State {
    /// The one writer's lock (updates and hand-offs). A handler that panicked while holding
    /// it leaves no half-written transaction behind, so the lock is taken over as it is.
    pub fn write_lock(&self) -> MutexGuard<'_, ()> {
        self.write.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Makes sure what was written is on disk (a store in memory, in a build without RocksDB,
/// has nothing to flush).
pub fn flush(store: &GraphStore) -> Result<(), oxigraph::store::StorageError> {
    #[cfg(feature = "rocksdb")]
    store.store.flush()?;
    #[cfg(not(feature = "rocksdb"))]
    let _ = store;
    Ok(())
}

/// Connections served at once; more wait for a free thread.
const MAX_CONNECTIONS: usize = 64;

/// A request whose client sends or reads nothing for this long is dropped.
const SOCKET_TIMEOUT: Duration = Duration::from_secs(300);

/// The base IRI the store was built with: the identity graph every build writes is
/// `{base}identity`.
fn built_base(store: &GraphStore) -> Option<String> {
    let found = rows(
        &store.store,
        "SELECT ?g WHERE { GRAPH ?g { ?g a ng:IdentityGraph } } LIMIT 1",
    )
    .ok()?;
    found.first()?.first()?.strip_suffix("identity").map(str::to_string)
}

/// Port 0 means any free port: one is picked here so the note and the message can say which.
fn concrete_address(bind: SocketAddr) -> std::io::Result<SocketAddr> {
    if bind.port() != 0 {
        return Ok(bind);
    }
    TcpListener::bind(bind)?.local_addr()
}

/// Runs the server until Ctrl-C or SIGTERM.
pub fn run(config: ServeConfig) -> anyhow::Result<()> {
    let store = GraphStore::open_existing(&config.store)?;
    let base = match config.base_iri {
        Some(b) => b,
        None => built_base(&store).unwrap_or_else(|| DEFAULT_BASE_IRI.to_string()),
    };
    Minter::new(&base)?;
    let address = concrete_address(config.bind).with_context(|| format!("cannot listen on {}", config.bind))?;
    let state = Arc::new(State {
        store,
        base,
        query: config.query,
        update_token: config.update_token,
        handoff_token: Token::random().context("no randomness for the hand-off secret")?,
        write: Mutex::new(()),
    });
    let handler_state = Arc::clone(&state);
    let server = oxhttp::Server::new(move |request| routes::handle(&handler_state, request))
        .bind(address)
        .with_global_timeout(SOCKET_TIMEOUT)
        .with_max_concurrent_connections(MAX_CONNECTIONS)
        .spawn()
        .with_context(|| format!("cannot listen on {address}"))?;
    // Builds on this machine reach the server on loopback even when it listens everywhere.
    let reachable = if address.ip().is_unspecified() {
        SocketAddr::new(std::net::Ipv4Addr::LOCALHOST.into(), address.port())
    } else {
        address
    };
    let store_dir = config.store.clone();
    handoff::write_note(
        &store_dir,
        &ServerNote {
            url: format!("http://{reachable}"),
            token: state.handoff_token.secret().to_string(),
            pid: std::process::id(),
        },
    )
    .with_context(|| format!("cannot write {}", handoff::note_path(&store_dir).display()))?;
    let stopping = Arc::clone(&state);
    ctrlc::set_handler(move || {
        // Let a hand-off or update in progress finish, so nothing is left half-written.
        let _writing = stopping.write_lock();
        handoff::remove_note(&store_dir);
        let _ = flush(&stopping.store);
        std::process::exit(0);
    })
    .context("cannot install the Ctrl-C handler")?;
    println!(
        "Serving {} at http://{address}/sparql (query page at http://{address}/; {} served at the root; {}; {}).",
        config.store.display(),
        state.base,
        if state.query.union_default_graph {
            "default graph: the union of all graphs"
        } else {
            "default graph: the store's own"
        },
        if state.update_token.is_some() {
            "updates with the bearer token"
        } else {
            "read-only"
        }
    );
    println!("Builds on this store now go through this server. Stop it with Ctrl-C.");
    server.join().context("the server stopped")?;
    Ok(())
}
