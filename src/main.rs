//! The `newsgraph` binary: parse the command line, run one command, report errors in one line.

use clap::Parser;
use newsgraph::cli::{Cli, Command};
use newsgraph::commands;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Build(a) => commands::build::run(a),
        Command::Extract(a) => commands::extract::run(a),
        Command::Query(a) => commands::query::run(a),
        Command::Export(a) => commands::export::run(a),
        Command::Stats(a) => commands::stats::run(a),
        Command::Explain(a) => commands::explain::run(a),
        Command::Dot(a) => commands::dot::run(a),
        Command::Entities(a) => commands::entities::run(a),
        Command::Publish(a) => commands::publish::run(a),
        Command::Validate(a) => commands::validate::run(a),
        Command::Serve(a) => commands::serve::run(a),
        Command::Push(a) => commands::push::run(a),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // `newsgraph query ... | head` closes the pipe early: that is not an error.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsgraph: error: {}", chain(&e));
            ExitCode::FAILURE
        }
    }
}

/// The error and its causes in one line; a cause its parent already quotes is not repeated.
fn chain(e: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if !line.contains(&text) {
            if !line.is_empty() {
                line.push_str(": ");
            }
            line.push_str(&text);
        }
    }
    line
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.to_string().contains("Broken pipe")
    })
}
