use clap::{Parser, ValueEnum};
use eyre::Result;
use std::path::Path;

use wasm_split_cli_support as this;

#[derive(Debug, ValueEnum, Clone, Copy, PartialEq, Eq, Default)]
enum Target {
    #[default]
    Web,
    Bundler,
}

#[derive(Debug, Parser)]
#[command(name = "wasm-split")]
struct Cli {
    /// Input .wasm file.
    input: Box<Path>,

    /// Output directory.
    output: Box<Path>,

    /// Output target
    #[arg(long)]
    target: Option<Target>,

    /// Output module name
    #[arg(long)]
    out_name: Option<String>,

    /// Print verbose split information.
    #[arg(short, long)]
    verbose: bool,

    /// Storefront patch: split modules whose shared code gets one chunk, as NAME=a,b,c
    /// (repeatable; a module is in one group at most).
    #[arg(long = "group", value_name = "NAME=MODULES")]
    groups: Vec<String>,

    /// Storefront patch: code under this many bytes gets no file of its own but goes up to
    /// its group's chunk, the chunk shared by all, or main (0: upstream's chunking).
    #[arg(long, default_value_t = 0)]
    min_chunk_bytes: u64,

    /// Storefront patch: write what went where (and `.edges`, the dependencies) to this file.
    #[arg(long)]
    report: Option<std::path::PathBuf>,
}

fn main() -> Result<()> {
    tracing_subscriber::fmt::init();

    let args = Cli::parse();
    let input_wasm = std::fs::read(args.input)?;
    let stem = match args.out_name.as_ref() {
        Some(name) => name,
        None => "main",
    };
    let main_module;
    let main_out_path = args.output.join(&format!("{stem}.wasm"));
    let _ = this::transform({
        let mut opts = this::Options::new(&input_wasm);
        opts.verbose = args.verbose;
        opts.chunk_policy.min_chunk_bytes = args.min_chunk_bytes;
        opts.chunk_policy.report = args.report.clone();
        for group in &args.groups {
            let (name, members) = group.split_once('=').unwrap_or(("", group));
            opts.chunk_policy.groups.push((
                name.to_string(),
                members
                    .split(',')
                    .map(str::trim)
                    .filter(|m| !m.is_empty())
                    .map(String::from)
                    .collect(),
            ));
        }
        opts.output_dir = &args.output;
        opts.main_out_path = &main_out_path;
        if let Some(name) = args.out_name.as_ref() {
            main_module = match args.target {
                None | Some(Target::Web) => format!("./{name}.js"),
                Some(Target::Bundler) => format!("./{name}_bg.wasm"),
            };
            opts.main_module = &main_module;
        }
        match args.target {
            Some(Target::Web) => {
                opts.target.web();
            }
            Some(Target::Bundler) => {
                opts.target.bundler();
            }
            None => {}
        }
        opts
    })?;
    Ok(())
}
