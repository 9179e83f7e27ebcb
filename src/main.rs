//! The `newsgraph` binary: parse the command line, set up messages, run one command, report
//! errors in one line.

use clap::{CommandFactory, FromArgMatches};
use newsgraph::cli::{Cli, Command};
use newsgraph::{commands, logging};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // Usage errors and --help come from clap (exit code 2 for usage errors), in colour or not
    // as --color says.
    let colour = logging::color_from_args(&args);
    let matches = Cli::command()
        .color(logging::clap_color(colour))
        .get_matches_from(&args);
    let mut cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    logging::init(&cli.global);
    let quiet = cli.global.quiet;
    // Commands that had a -q of their own read it from the global one.
    match &mut cli.command {
        Command::Build(a) => a.quiet = quiet,
        Command::Publish(a) => a.quiet = quiet,
        Command::Push(a) => a.quiet = quiet,
        _ => {}
    }
    let result = logging::set_threads(cli.global.threads).and_then(|()| match &cli.command {
        Command::Build(a) => commands::build::run(a),
        Command::Extract(a) => commands::extract::run(a),
        Command::Query(a) => commands::query::run(a),
        Command::Export(a) => commands::export::run(a),
        Command::Stats(a) => commands::stats::run(a),
        Command::Explain(a) => commands::explain::run(a),
        Command::Dot(a) => commands::dot::run(a, quiet),
        Command::Rank(a) => commands::rank::run(a),
        Command::Entities(a) => commands::entities::run(a),
        Command::Completions(a) => commands::completions::run(a),
        Command::Man(a) => commands::man::run(a),
        Command::Publish(a) => commands::publish::run(a),
        Command::Validate(a) => commands::validate::run(a),
        Command::Serve(a) => commands::serve::run(a),
        Command::Push(a) => commands::push::run(a),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // `newsgraph query ... | head` closes the pipe early: that is not an error.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let prefix = if logging::colour_stderr(cli.global.color) {
                "\x1b[1;31mnewsgraph: error:\x1b[0m"
            } else {
                "newsgraph: error:"
            };
            eprintln!("{prefix} {}", chain(&e));
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
