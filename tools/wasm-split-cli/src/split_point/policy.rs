//! Storefront patch: a size-aware chunking policy (see PATCHES.md).
//!
//! Upstream gives every distinct set of split modules that reach some code its own chunk, with
//! no size floor: hundreds of chunks of a few hundred bytes, and a split module's load fetches
//! dozens of them. Here a set `S` of split modules is instead mapped to the smallest *live*
//! member of a laminar family that contains it:
//!
//!   {x} (the split module x itself)  ⊂  a configured group G ∋ x  ⊂  TOP (all split modules)  ⊂  main
//!
//! In a laminar family the members containing `S` form a chain, so this map is monotone
//! (S ⊆ T ⇒ f(S) ⊆ f(T)) and extensive (S ⊆ f(S)): when code `a` depends on `b`, every split
//! module that loads `a` also loads `b` (or `b` is in main), as before. A split module's load
//! fetches at most three files: its own module, its group's chunk and the TOP chunk.
//!
//! Members whose code would be under `min_chunk_bytes` are dropped from the family, smallest
//! first (ties by name), which moves their code one level up (TOP's goes into main). All of
//! this depends only on the input, never on hash-map order: the same input gives the same
//! output.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::Path;

use super::SplitModuleIdentifier;
use crate::dep_graph::{DepGraph, DepNode};
use crate::read::InputModule;

/// How split modules are grouped into shared chunks.
#[derive(Debug, Clone, Default)]
pub struct ChunkPolicy {
    /// Named groups of split modules whose shared code gets a chunk of its own; a module may be
    /// in one group at most. Modules in no group share only through the TOP chunk.
    pub groups: Vec<(String, BTreeSet<String>)>,
    /// Code of less than this many bytes (function bodies and data, before wasm-opt) does not
    /// get a file of its own. 0 keeps upstream's behaviour.
    pub min_chunk_bytes: u64,
    /// Where to write a report (one line per symbol: size, colours, name), if anywhere.
    pub report: Option<std::path::PathBuf>,
}

impl ChunkPolicy {
    /// Upstream's policy: every set of split modules is its own chunk.
    pub fn is_upstream(&self) -> bool {
        self.groups.is_empty() && self.min_chunk_bytes == 0
    }
}

type Set = BTreeSet<String>;

/// The laminar family, with the members still alive.
struct Family {
    top: Set,
    /// split module -> its group (only groups of 2+ modules that are not TOP)
    group_of: BTreeMap<String, Set>,
    dead: BTreeSet<Set>,
}

impl Family {
    /// The smallest live member containing `set`; `None` is main.
    fn closure(&self, set: &Set) -> Option<Set> {
        if set.len() == 1 && !self.dead.contains(set) {
            return Some(set.clone());
        }
        let first = set.iter().next()?;
        if let Some(group) = self.group_of.get(first) {
            if set.is_subset(group) && !self.dead.contains(group) {
                return Some(group.clone());
            }
        }
        (set.is_subset(&self.top) && !self.dead.contains(&self.top)).then(|| self.top.clone())
    }
}

fn set_of(id: &SplitModuleIdentifier) -> Option<Set> {
    match id {
        SplitModuleIdentifier::Main => None,
        SplitModuleIdentifier::Split(name) => Some(BTreeSet::from([name.clone()])),
        SplitModuleIdentifier::Chunk(set) => Some(set.clone()),
    }
}

fn identifier(set: Option<Set>) -> SplitModuleIdentifier {
    match set {
        None => SplitModuleIdentifier::Main,
        Some(mut set) if set.len() == 1 => {
            SplitModuleIdentifier::Split(set.pop_first().unwrap_or_default())
        }
        Some(set) => SplitModuleIdentifier::Chunk(set),
    }
}

/// Bytes a symbol adds to the module it lands in (function body or data symbol size).
pub(crate) fn node_size(module: &InputModule, node: &DepNode) -> u64 {
    match *node {
        DepNode::Function(id) => id
            .checked_sub(module.imported_funcs.len())
            .and_then(|defined| module.defined_funcs.get(defined))
            .map(|f| {
                let range = f.body.range();
                (range.end - range.start) as u64
            })
            .unwrap_or_default(),
        DepNode::DataSymbol(index) => match module.reloc_info.symbols.get(index) {
            Some(wasmparser::SymbolInfo::Data {
                symbol: Some(symbol),
                ..
            }) => symbol.size.into(),
            _ => 0,
        },
        _ => 0,
    }
}

/// Re-colours `painted` (symbol, colour from upstream's painting) by the policy. `split_modules`
/// names every split module of the program.
pub(crate) fn apply(
    policy: &ChunkPolicy,
    module: &InputModule,
    dep_graph: &DepGraph,
    split_modules: &BTreeSet<String>,
    painted: Vec<(DepNode, SplitModuleIdentifier)>,
) -> Vec<(DepNode, SplitModuleIdentifier)> {
    let recoloured = if policy.is_upstream() {
        painted.iter().map(|(_, c)| c.clone()).collect::<Vec<_>>()
    } else {
        let mut group_of = BTreeMap::new();
        for (_, members) in &policy.groups {
            let members: Set = members.intersection(split_modules).cloned().collect();
            if members.len() < 2 || &members == split_modules {
                continue;
            }
            for member in &members {
                group_of
                    .entry(member.clone())
                    .or_insert_with(|| members.clone());
            }
        }
        let mut family = Family {
            top: split_modules.clone(),
            group_of,
            dead: BTreeSet::new(),
        };
        // Bytes per distinct set, then drop members under the floor, smallest first.
        let mut by_set = BTreeMap::<Set, u64>::new();
        for (node, colour) in &painted {
            if let Some(set) = set_of(colour) {
                *by_set.entry(set).or_default() += node_size(module, node);
            }
        }
        loop {
            let mut by_member = BTreeMap::<Set, u64>::new();
            for (set, bytes) in &by_set {
                if let Some(member) = family.closure(set) {
                    *by_member.entry(member).or_default() += bytes;
                }
            }
            let smallest = by_member
                .into_iter()
                .filter(|(_, bytes)| *bytes > 0 && *bytes < policy.min_chunk_bytes)
                .min_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
            match smallest {
                Some((member, _)) => {
                    family.dead.insert(member);
                }
                None => break,
            }
        }
        painted
            .iter()
            .map(|(_, colour)| identifier(set_of(colour).and_then(|s| family.closure(&s))))
            .collect()
    };
    if let Some(path) = &policy.report {
        if let Err(err) = write_report(path, module, dep_graph, &painted, &recoloured) {
            tracing::warn!("could not write the split report {}: {err}", path.display());
        }
    }
    painted
        .into_iter()
        .zip(recoloured)
        .map(|((node, _), colour)| (node, colour))
        .collect()
}

/// `<report>.roots`: the main module's roots, one a line (for size analysis).
pub(crate) fn write_roots(policy: &ChunkPolicy, roots: &std::collections::HashSet<DepNode>) {
    let Some(path) = &policy.report else { return };
    let mut lines: Vec<String> = roots.iter().map(node_key).collect();
    lines.sort();
    if let Err(err) = std::fs::write(path.with_extension("roots"), lines.join("\n") + "\n") {
        tracing::warn!("could not write the split report's roots: {err}");
    }
}

fn node_key(node: &DepNode) -> String {
    match *node {
        DepNode::Function(i) => format!("f{i}"),
        DepNode::DataSymbol(i) => format!("d{i}"),
        DepNode::Global(i) => format!("g{i}"),
        DepNode::Table(i) => format!("t{i}"),
        DepNode::Tag(i) => format!("x{i}"),
        DepNode::Memory(i) => format!("m{i}"),
    }
}

fn colour_name(colour: &SplitModuleIdentifier) -> String {
    match colour {
        SplitModuleIdentifier::Main => "main".into(),
        SplitModuleIdentifier::Split(name) => name.clone(),
        SplitModuleIdentifier::Chunk(set) => set.iter().cloned().collect::<Vec<_>>().join("+"),
    }
}

/// `<report>`: kind, index, bytes, upstream colour, final colour, symbol name (tab-separated);
/// `<report>.edges`: "from to" per dependency between listed symbols (for size analysis).
fn write_report(
    path: &Path,
    module: &InputModule,
    dep_graph: &DepGraph,
    painted: &[(DepNode, SplitModuleIdentifier)],
    recoloured: &[SplitModuleIdentifier],
) -> std::io::Result<()> {
    let mut func_names = BTreeMap::new();
    for symbol in &module.reloc_info.symbols {
        if let wasmparser::SymbolInfo::Func {
            index,
            name: Some(name),
            ..
        } = symbol
        {
            func_names.entry(*index as usize).or_insert(*name);
        }
    }
    let key = node_key;
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    let mut lines: Vec<String> = painted
        .iter()
        .zip(recoloured)
        .map(|((node, before), after)| {
            let name = match *node {
                DepNode::Function(i) => func_names.get(&i).copied().unwrap_or(""),
                DepNode::DataSymbol(i) => match module.reloc_info.symbols.get(i) {
                    Some(wasmparser::SymbolInfo::Data { name, .. }) => name,
                    _ => "",
                },
                _ => "",
            };
            format!(
                "{}\t{}\t{}\t{}\t{}",
                key(node),
                node_size(module, node),
                colour_name(before),
                colour_name(after),
                name
            )
        })
        .collect();
    lines.sort();
    for line in lines {
        writeln!(out, "{line}")?;
    }
    let mut edges = std::io::BufWriter::new(std::fs::File::create(path.with_extension("edges"))?);
    let mut pairs: Vec<String> = Vec::new();
    for (from, tos) in dep_graph {
        for to in tos {
            pairs.push(format!("{} {}", key(from), key(to)));
        }
    }
    pairs.sort();
    for pair in pairs {
        writeln!(edges, "{pair}")?;
    }
    Ok(())
}
