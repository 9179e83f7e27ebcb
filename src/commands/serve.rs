//! `newsgraph serve`: the command line's settings to the server, and the update token from
//! where it may come (an environment variable or a file, never the command line).

use crate::cli::{Cli, ServeArgs};
use crate::server::auth::Token;
use crate::server::sparql::QuerySettings;
use crate::server::{run as serve, ServeConfig};
use anyhow::Context;
use clap::CommandFactory;
use std::time::Duration;

/// The environment variable an update token may come from.
pub const TOKEN_VARIABLE: &str = "NEWSGRAPH_UPDATE_TOKEN";

pub fn run(args: &ServeArgs) -> anyhow::Result<()> {
    let update_token = if args.allow_update {
        Some(update_token(args)?)
    } else {
        None
    };
    serve(ServeConfig {
        store: args.store.store.clone(),
        bind: args.bind,
        base_iri: args.base_iri.clone(),
        query: QuerySettings {
            timeout: Duration::from_secs(args.timeout),
            max_rows: usize::try_from(args.max_rows).unwrap_or(usize::MAX),
            union_default_graph: !args.strict_dataset,
        },
        update_token,
    })
}

fn update_token(args: &ServeArgs) -> anyhow::Result<Token> {
    let secret = match &args.update_token_file {
        Some(file) => std::fs::read_to_string(file)
            .with_context(|| format!("{}: cannot read the update token", file.display()))?,
        None => std::env::var(TOKEN_VARIABLE).unwrap_or_default(),
    };
    let secret = secret.trim();
    if secret.is_empty() {
        // A usage error, as clap reports its own (exit code 2).
        let origin = match &args.update_token_file {
            Some(f) => format!("{} is empty", f.display()),
            None => format!("neither {TOKEN_VARIABLE} nor --update-token-file gives one"),
        };
        Cli::command()
            .find_subcommand_mut("serve")
            .expect("serve is a subcommand")
            .error(
                clap::error::ErrorKind::MissingRequiredArgument,
                format!("--allow-update needs a bearer token, and {origin}"),
            )
            .exit();
    }
    Ok(Token::new(secret.to_string()))
}
