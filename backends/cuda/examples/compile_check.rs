//! The CUDA compile check of CI, which needs no GPU: every kernel specialization in a
//! directory of `.ir` files (written by `OXTILE_DUMP_IR_DIR=<dir>` while the test suite and
//! the examples run on the interpreter) is lowered to CUDA C under several option sets
//! (four for `sm_90a`, two of them for `sm_80`), compiled by NVRTC to PTX for `compute_90a`
//! and `compute_80`, and assembled by `ptxas` for `sm_90a` and `sm_80`. Kernels named
//! `matmul*` with f16/bf16 inputs and `dot` tiles of at least 16 x 16 x 16 must use tensor
//! cores: their SASS must contain `HMMA` (or Hopper's `HGMMA`); any kernel whose loop is
//! software-pipelined under the option set (matmul, attention) must contain `LDGSTS`
//! (`cp.async`).
//!
//! ```text
//! cargo run -p oxtile-cuda --example compile_check -- <dir> [--jobs N]
//! ```
//!
//! Needs libnvrtc on `LD_LIBRARY_PATH`, `ptxas` and `nvdisasm` on `PATH` or named by
//! `OXTILE_PTXAS`/`OXTILE_NVDISASM` (without `OXTILE_NVDISASM`, the `nvdisasm` next to
//! `OXTILE_CUOBJDUMP` is used when there is one: pip installs them side by side). Prints one
//! line per kernel, then every failure; exits with status 1 if anything failed (a kernel the
//! code generator rejects counts: the test suite launches it, so the CUDA backend must run
//! it), 2 on a usage or setup error.
//!
//! How the work is split, for CI time on few cores: every (kernel, option set, architecture)
//! compile is one work item, the largest sources first, so no core idles while another
//! finishes a big kernel's six compiles. The SASS is read once per batch rather than once per
//! CUBIN: `nvdisasm` takes most of a second to start whatever it disassembles, so the code
//! sections of every CUBIN that needs a SASS check are concatenated per architecture (a
//! few batches, one per thread) and disassembled as raw instructions (`nvdisasm -b`), each
//! instruction attributed to its CUBIN by offset. Which instructions there are does not
//! depend on the batching: the batch is only what one process reads.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use kernel_core::DType;
use kernel_core::ir::{Elem, Kernel, Op};
use oxtile_cuda::codegen::{self, CodegenError, Options};
use oxtile_cuda::nvrtc::{self, Target};

/// The code generator's option sets every kernel is compiled under: both checked modes,
/// both warp counts, with and without alignment facts.
fn option_sets(params: usize) -> Vec<(&'static str, Options)> {
    let set = |checked: bool, num_warps: u32, aligned: bool| Options {
        arch: 0,
        num_warps,
        num_stages: 3,
        checked,
        aligned16: vec![aligned; params],
        ..Options::default()
    };
    vec![
        ("checked/w4", set(true, 4, false)),
        ("unchecked/w4/aligned", set(false, 4, true)),
        ("unchecked/w8/aligned", set(false, 8, true)),
        ("checked/w8/aligned", set(true, 8, true)),
    ]
}

const ARCHS: [u32; 2] = [80, 90];

/// Whether option set `set` (an index into [`option_sets`]) is compiled for `arch`: every
/// set for sm_90a (the H100/H200 CI stands for), and for sm_80 the checked set and the
/// fastest unchecked one. What differs between the architectures (the tensor-core and
/// copy instructions) does not depend on the other options, and the other two sets cost a
/// quarter of the check's time (a CI-time budget, not a blind spot: they still run on sm_90a).
fn compiled_for(set: usize, arch: u32) -> bool {
    arch != 80 || set == 0 || set == 2
}

/// How many compiles a kernel takes.
fn compiles_per_kernel() -> usize {
    let sets = option_sets(0).len();
    ARCHS
        .iter()
        .map(|&a| (0..sets).filter(|&s| compiled_for(s, a)).count())
        .sum()
}

/// One kernel file: what was parsed, and its compiles.
struct KernelFile {
    file: String,
    name: String,
    /// A parse failure, when there is no kernel.
    parse_error: Option<String>,
    tensor: bool,
}

/// One compile: a kernel under one option set for one architecture.
struct Unit {
    /// Index into the kernel files.
    kernel: usize,
    /// "<set> sm_<arch>".
    label: String,
    arch: u32,
    opts: Options,
    /// The generated CUDA C, or the code generator's error (message, unsupported).
    source: Result<codegen::CudaSource, (String, bool)>,
}

/// What compiling a unit gave.
#[derive(Default)]
struct Compiled {
    /// A failure as "<stage>: <message>"; `unsupported` when the code generator rejected it.
    failure: Option<String>,
    unsupported: bool,
    /// The CUBIN's code sections, when its SASS is checked.
    text: Option<Vec<u8>>,
    /// Whether the SASS must contain `LDGSTS` (a software-pipelined dot).
    pipelined: bool,
    seconds: f64,
}

struct Tools {
    ptxas: PathBuf,
    nvdisasm: PathBuf,
    scratch: PathBuf,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut dir = None;
    let mut jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--jobs" | "-j" => match it.next().and_then(|j| j.parse().ok()) {
                Some(j) if j > 0 => jobs = j,
                _ => return usage("--jobs needs a positive number"),
            },
            "-h" | "--help" => return usage(""),
            other if dir.is_none() => dir = Some(PathBuf::from(other)),
            other => return usage(&format!("unexpected argument `{other}`")),
        }
    }
    let Some(dir) = dir else {
        return usage("missing the directory of .ir files");
    };
    match nvrtc::nvrtc_info() {
        Ok(info) => println!(
            "NVRTC {}.{} (architectures {:?})",
            info.version.0, info.version.1, info.archs
        ),
        Err(e) => {
            eprintln!("compile_check: {e}");
            return ExitCode::from(2);
        }
    }
    let tools = match (tool("OXTILE_PTXAS", "ptxas"), nvdisasm_tool()) {
        (Ok(ptxas), Ok(nvdisasm)) => Tools {
            ptxas,
            nvdisasm,
            scratch: std::env::temp_dir()
                .join(format!("oxtile-compile-check-{}", std::process::id())),
        },
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("compile_check: {e}");
            return ExitCode::from(2);
        }
    };
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ir"))
            .collect(),
        Err(e) => {
            eprintln!("compile_check: cannot read {}: {e}", dir.display());
            return ExitCode::from(2);
        }
    };
    files.sort();
    if files.is_empty() {
        eprintln!("compile_check: no .ir files in {}", dir.display());
        return ExitCode::from(2);
    }
    if let Err(e) = std::fs::create_dir_all(&tools.scratch) {
        eprintln!(
            "compile_check: cannot create {}: {e}",
            tools.scratch.display()
        );
        return ExitCode::from(2);
    }
    println!(
        "checking {} kernels x {} compiles (4 option sets for sm_90a, 2 for sm_80) on {jobs} \
         threads",
        files.len(),
        compiles_per_kernel()
    );
    let start = Instant::now();

    // Parse and generate CUDA C (cheap), then compile, largest sources first.
    let prepared = parallel(files.len(), jobs, |i| prepare(i, &files[i]));
    let mut kernels = Vec::new();
    let mut units = Vec::new();
    for (k, u) in prepared {
        kernels.push(k);
        units.extend(u);
    }
    let mut order: Vec<usize> = (0..units.len()).collect();
    order.sort_by_key(|&i| {
        std::cmp::Reverse(units[i].source.as_ref().map_or(0, |s| s.source.len()))
    });
    let compiled_in_order = parallel(order.len(), jobs, |n| {
        let unit = &units[order[n]];
        let k = &kernels[unit.kernel];
        compile(unit, &k.name, k.tensor, &tools, n)
    });
    let mut compiled: Vec<Compiled> = (0..units.len()).map(|_| Compiled::default()).collect();
    for (n, c) in compiled_in_order.into_iter().enumerate() {
        compiled[order[n]] = c;
    }

    // The SASS checks: what each CUBIN's disassembly contains, batched per architecture.
    let sass = disassemble_all(&units, &compiled, &tools, jobs);
    let _ = std::fs::remove_dir_all(&tools.scratch);

    // One row per kernel.
    let mut failures: Vec<Vec<String>> = vec![Vec::new(); kernels.len()];
    let mut unsupported = vec![false; kernels.len()];
    let mut tensor_cores: Vec<Option<bool>> = vec![None; kernels.len()];
    let mut seconds = vec![0.0; kernels.len()];
    for (k, kf) in kernels.iter().enumerate() {
        if let Some(e) = &kf.parse_error {
            failures[k].push(format!("parse: {e}"));
        }
    }
    for (i, unit) in units.iter().enumerate() {
        let (k, c) = (unit.kernel, &compiled[i]);
        seconds[k] += c.seconds;
        unsupported[k] |= c.unsupported;
        if let Some(f) = &c.failure {
            failures[k].push(format!("{}: {f}", unit.label));
            continue;
        }
        if c.text.is_none() {
            continue;
        }
        let found = match &sass[i] {
            Ok(found) => found,
            Err(e) => {
                failures[k].push(format!("{}: nvdisasm: {e}", unit.label));
                continue;
            }
        };
        if c.pipelined && !found.ldgsts {
            failures[k].push(format!(
                "{}: sass: a pipelined dot whose SASS has no LDGSTS (cp.async)",
                unit.label
            ));
            continue;
        }
        if kernels[k].tensor {
            tensor_cores[k] = Some(tensor_cores[k].unwrap_or(true) && found.mma);
            if !found.mma {
                failures[k].push(format!(
                    "{}: a matmul with f16/bf16 inputs whose SASS has no HMMA/HGMMA (the dot \
                     does not use tensor cores)",
                    unit.label
                ));
            }
        }
    }
    for (k, kf) in kernels.iter().enumerate() {
        print_row(
            &kf.name,
            unsupported[k],
            &failures[k],
            tensor_cores[k],
            seconds[k],
        );
    }
    let failed: Vec<usize> = (0..kernels.len())
        .filter(|&k| !failures[k].is_empty())
        .collect();
    println!(
        "\n{} kernels, {} compiles in {:.1} s: {} failed ({} rejected as unsupported); {} \
         tensor-core checks",
        kernels.len(),
        kernels.len() * compiles_per_kernel(),
        start.elapsed().as_secs_f64(),
        failed.len(),
        unsupported.iter().filter(|&&u| u).count(),
        tensor_cores.iter().filter(|t| t.is_some()).count()
    );
    if failed.is_empty() {
        println!("compile check passed");
        return ExitCode::SUCCESS;
    }
    println!("\nFAILURES:");
    for k in failed {
        println!("--- {} ({})", kernels[k].name, kernels[k].file);
        for f in &failures[k] {
            println!("    {}", f.replace('\n', "\n    "));
        }
    }
    ExitCode::from(1)
}

/// `f(0..n)` on `jobs` threads, each taking the next index when it is free; the results in
/// index order.
fn parallel<T: Send>(n: usize, jobs: usize, f: impl Fn(usize) -> T + Sync) -> Vec<T> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<T>>> = Mutex::new((0..n).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..jobs.min(n.max(1)) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= n {
                        break;
                    }
                    let r = f(i);
                    results.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(r);
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .into_iter()
        .map(|r| r.expect("every index is done"))
        .collect()
}

fn usage(problem: &str) -> ExitCode {
    if !problem.is_empty() {
        eprintln!("compile_check: {problem}");
    }
    eprintln!("usage: compile_check <dir of .ir files> [--jobs N]");
    ExitCode::from(2)
}

/// The path of a tool: `$var` if set, else `name` if it runs from `PATH`.
fn tool(var: &str, name: &str) -> Result<PathBuf, String> {
    let path = std::env::var_os(var)
        .filter(|v| !v.is_empty())
        .map_or_else(|| PathBuf::from(name), PathBuf::from);
    match Command::new(&path).arg("--version").output() {
        Ok(o) if o.status.success() => Ok(path),
        _ => Err(format!(
            "cannot run `{}`: install it (pip install nvidia-cuda-nvcc / \
             nvidia-cuda-cuobjdump, with nvidia-cuda-nvdisasm) and put it on PATH or set {var}",
            path.display()
        )),
    }
}

/// The path of `nvdisasm`: `$OXTILE_NVDISASM` if set, else the one next to
/// `$OXTILE_CUOBJDUMP` if there is one (pip's nvidia-cuda-nvdisasm), else `nvdisasm` on `PATH`.
fn nvdisasm_tool() -> Result<PathBuf, String> {
    let explicit = std::env::var_os("OXTILE_NVDISASM").is_some_and(|v| !v.is_empty());
    if !explicit
        && let Some(beside) = std::env::var_os("OXTILE_CUOBJDUMP")
            .filter(|v| !v.is_empty())
            .and_then(|c| Some(Path::new(&c).parent()?.join("nvdisasm")))
            .filter(|p| p.is_file())
    {
        return Ok(beside);
    }
    tool("OXTILE_NVDISASM", "nvdisasm")
}

fn print_row(
    name: &str,
    unsupported: bool,
    failures: &[String],
    tensor_cores: Option<bool>,
    seconds: f64,
) {
    let status = if unsupported {
        "UNSUPPORTED"
    } else if failures.is_empty() {
        "ok"
    } else {
        "FAIL"
    };
    let tc = match tensor_cores {
        Some(true) => "  tensor cores: yes",
        Some(false) => "  tensor cores: NO",
        None => "",
    };
    println!("{status:>11}  {name:<40} {seconds:>6.2} s{tc}");
}

/// Whether a kernel must run its `dot`s on tensor cores: a `matmul*` kernel whose inputs
/// include f16 or bf16 buffers and whose every `dot` is at least 16 x 16 x 16 (smaller tiles
/// cannot fill an MMA instruction, and the code generator may rightly use FMAs for them).
fn needs_tensor_cores(k: &Kernel) -> bool {
    let mut dots = Vec::new();
    collect_dots(k, &k.body, &mut dots);
    k.name.starts_with("matmul")
        && k.params
            .iter()
            .any(|p| matches!(p.ty.elem, Elem::Ptr(DType::F16 | DType::BF16)))
        && !dots.is_empty()
        && dots
            .iter()
            .all(|&(m, n, kk)| m >= 16 && n >= 16 && kk >= 16)
}

/// The (M, N, K) of every `dot` in `block` and its nested blocks.
fn collect_dots(k: &Kernel, block: &[kernel_core::ir::Inst], out: &mut Vec<(u64, u64, u64)>) {
    let dims = |v: kernel_core::ir::ValueId| -> Vec<u64> {
        k.values
            .get(v.0 as usize)
            .map(|t| t.shape.iter().map(|d| d.as_const().unwrap_or(0)).collect())
            .unwrap_or_default()
    };
    for inst in block {
        if let Op::Dot { a, b, .. } = &inst.op {
            let (a, b) = (dims(*a), dims(*b));
            if let ([m, kk], [_, n]) = (a.as_slice(), b.as_slice()) {
                out.push((*m, *n, *kk));
            }
        }
        for nested in inst.op.blocks() {
            collect_dots(k, nested, out);
        }
    }
}

/// Parses a kernel file and generates its CUDA C for every option set and architecture.
fn prepare(index: usize, path: &Path) -> (KernelFile, Vec<Unit>) {
    let file = path
        .file_name()
        .map_or_else(String::new, |f| f.to_string_lossy().into_owned());
    let mut kf = KernelFile {
        name: file.trim_end_matches(".ir").to_string(),
        file,
        parse_error: None,
        tensor: false,
    };
    let kernel = match std::fs::read_to_string(path)
        .map_err(|e| e.to_string())
        .and_then(|t| kernel_core::text::parse_kernel(&t).map_err(|e| e.to_string()))
    {
        Ok(k) => k,
        Err(e) => {
            kf.parse_error = Some(e);
            return (kf, Vec::new());
        }
    };
    kf.name = kernel.name.clone();
    kf.tensor = needs_tensor_cores(&kernel);
    let mut units = Vec::new();
    for (i, (set, base)) in option_sets(kernel.params.len()).into_iter().enumerate() {
        for arch in ARCHS.into_iter().filter(|&a| compiled_for(i, a)) {
            let opts = Options {
                arch,
                ..base.clone()
            };
            let source = codegen::emit_cuda(&kernel, &opts).map_err(|e| {
                let unsupported = matches!(e, CodegenError::Unsupported { .. });
                (e.to_string(), unsupported)
            });
            units.push(Unit {
                kernel: index,
                label: format!("{set} sm_{}", nvrtc::arch_suffix(arch)),
                arch,
                opts,
                source,
            });
        }
    }
    (kf, units)
}

/// Compiles and assembles one unit (`n`: a name for its scratch files); keeps the CUBIN's
/// code sections when its SASS is to be checked.
fn compile(unit: &Unit, name: &str, tensor: bool, tools: &Tools, n: usize) -> Compiled {
    let start = Instant::now();
    let mut out = Compiled::default();
    match compile_one(unit, name, tensor, tools, n) {
        Ok((text, pipelined)) => {
            out.text = text;
            out.pipelined = pipelined;
        }
        Err((stage, message, unsupported)) => {
            out.failure = Some(format!("{stage}: {message}"));
            out.unsupported = unsupported;
        }
    }
    out.seconds = start.elapsed().as_secs_f64();
    out
}

type Failure = (&'static str, String, bool);

fn compile_one(
    unit: &Unit,
    name: &str,
    tensor: bool,
    tools: &Tools,
    n: usize,
) -> Result<(Option<Vec<u8>>, bool), Failure> {
    let source = unit
        .source
        .as_ref()
        .map_err(|(e, unsupported)| ("codegen", e.clone(), *unsupported))?;
    let opts = &unit.opts;
    let out = nvrtc::compile(&source.source, name, Target::Ptx(opts.arch))
        .map_err(|e| ("nvrtc", e.to_string(), false))?;
    let ptx = tools.scratch.join(format!("{n}.ptx"));
    let cubin = tools.scratch.join(format!("{n}.cubin"));
    std::fs::write(&ptx, &out.ptx).map_err(|e| ("write", e.to_string(), false))?;
    let arch = format!("-arch=sm_{}", nvrtc::arch_suffix(opts.arch));
    let assembled = Command::new(&tools.ptxas)
        .arg(&arch)
        .arg(&ptx)
        .arg("-o")
        .arg(&cubin)
        .output()
        .map_err(|e| ("ptxas", e.to_string(), false))?;
    if !assembled.status.success() {
        return Err((
            "ptxas",
            String::from_utf8_lossy(&assembled.stderr).into_owned(),
            false,
        ));
    }
    let _ = std::fs::remove_file(&ptx);
    // A software-pipelined dot (see codegen's `pipeline`) must copy with cp.async.
    let pipelined = source.source.contains("ox_cp_async16(ox_smem_u32(");
    let text = if tensor || pipelined {
        let elf = std::fs::read(&cubin).map_err(|e| ("read", e.to_string(), false))?;
        Some(code_sections(&elf).map_err(|e| ("cubin", e, false))?)
    } else {
        None
    };
    let _ = std::fs::remove_file(&cubin);
    Ok((text, pipelined))
}

/// The executable `.text.*` sections of an ELF64 CUBIN, concatenated: the raw instructions
/// `nvdisasm -b` reads (16 bytes each on sm_70 and newer).
fn code_sections(elf: &[u8]) -> Result<Vec<u8>, String> {
    let u16_at = |o: usize| -> Option<u64> {
        Some(u16::from_le_bytes(elf.get(o..o + 2)?.try_into().ok()?).into())
    };
    let u32_at = |o: usize| -> Option<u64> {
        Some(u32::from_le_bytes(elf.get(o..o + 4)?.try_into().ok()?).into())
    };
    let u64_at =
        |o: usize| -> Option<u64> { Some(u64::from_le_bytes(elf.get(o..o + 8)?.try_into().ok()?)) };
    if elf.get(..6) != Some(b"\x7fELF\x02\x01".as_slice()) {
        return Err("not a 64-bit little-endian ELF file".into());
    }
    let bad = || "truncated or malformed ELF section headers".to_string();
    let shoff = u64_at(0x28).ok_or_else(bad)? as usize;
    let shentsize = u16_at(0x3a).ok_or_else(bad)? as usize;
    let shnum = u16_at(0x3c).ok_or_else(bad)? as usize;
    let shstrndx = u16_at(0x3e).ok_or_else(bad)? as usize;
    let header = |i: usize| shoff + i * shentsize;
    let strtab = u64_at(header(shstrndx) + 24).ok_or_else(bad)? as usize;
    let mut text = Vec::new();
    for i in 0..shnum {
        let h = header(i);
        let name_at = strtab + u32_at(h).ok_or_else(bad)? as usize;
        let name = elf
            .get(name_at..)
            .and_then(|s| s.split(|&b| b == 0).next())
            .ok_or_else(bad)?;
        let (ty, flags) = (
            u32_at(h + 4).ok_or_else(bad)?,
            u64_at(h + 8).ok_or_else(bad)?,
        );
        // PROGBITS, SHF_EXECINSTR.
        if !name.starts_with(b".text.") || ty != 1 || flags & 0x4 == 0 {
            continue;
        }
        let (off, size) = (
            u64_at(h + 24).ok_or_else(bad)? as usize,
            u64_at(h + 32).ok_or_else(bad)? as usize,
        );
        if size % 16 != 0 {
            return Err(format!(
                "code section {} is {size} bytes, not whole 16-byte instructions",
                String::from_utf8_lossy(name)
            ));
        }
        text.extend_from_slice(elf.get(off..off + size).ok_or_else(bad)?);
    }
    if text.is_empty() {
        return Err("no code section".into());
    }
    Ok(text)
}

/// What a CUBIN's SASS contains.
#[derive(Clone, Copy, Default)]
struct Found {
    /// `HMMA` or `HGMMA`: tensor cores.
    mma: bool,
    /// `LDGSTS`: `cp.async`.
    ldgsts: bool,
}

/// Disassembles the code of every unit that kept it, in batches of one architecture (about
/// `jobs` of them, of similar size); per unit, what its SASS contains.
fn disassemble_all(
    units: &[Unit],
    compiled: &[Compiled],
    tools: &Tools,
    jobs: usize,
) -> Vec<Result<Found, String>> {
    let mut batches: Vec<(u32, Vec<usize>)> = Vec::new();
    for arch in ARCHS {
        let members: Vec<usize> = (0..units.len())
            .filter(|&i| units[i].arch == arch && compiled[i].text.is_some())
            .collect();
        let bytes: usize = members
            .iter()
            .map(|&i| compiled[i].text.as_ref().map_or(0, Vec::len))
            .sum();
        let per_batch = bytes.div_ceil(jobs.max(1)).max(1);
        let mut batch = Vec::new();
        let mut size = 0;
        for i in members {
            size += compiled[i].text.as_ref().map_or(0, Vec::len);
            batch.push(i);
            if size >= per_batch {
                batches.push((arch, std::mem::take(&mut batch)));
                size = 0;
            }
        }
        if !batch.is_empty() {
            batches.push((arch, batch));
        }
    }
    let results = parallel(batches.len(), jobs, |b| {
        let (arch, members) = &batches[b];
        let texts: Vec<&[u8]> = members
            .iter()
            .map(|&i| compiled[i].text.as_deref().unwrap_or_default())
            .collect();
        disassemble(*arch, &texts, tools, b)
    });
    let mut out: Vec<Result<Found, String>> = vec![Ok(Found::default()); units.len()];
    for ((_, members), result) in batches.iter().zip(results) {
        for (n, &i) in members.iter().enumerate() {
            out[i] = match &result {
                Ok(found) => Ok(found[n]),
                Err(e) => Err(e.clone()),
            };
        }
    }
    out
}

/// Disassembles `texts` (raw instructions for `sm_<arch>`) with one `nvdisasm` run: the
/// concatenation, each instruction attributed to the text it came from by its offset.
fn disassemble(
    arch: u32,
    texts: &[&[u8]],
    tools: &Tools,
    batch: usize,
) -> Result<Vec<Found>, String> {
    let raw = tools.scratch.join(format!("sass-{batch}.bin"));
    let mut starts = Vec::with_capacity(texts.len());
    let mut all = Vec::new();
    for t in texts {
        starts.push(all.len() as u64);
        all.extend_from_slice(t);
    }
    std::fs::write(&raw, &all).map_err(|e| e.to_string())?;
    let sm = format!("SM{}", nvrtc::arch_suffix(arch));
    // -ndf: no branch-target dataflow analysis, which only adds labels.
    let out = Command::new(&tools.nvdisasm)
        .args(["-ndf", "-b", &sm])
        .arg(&raw)
        .output()
        .map_err(|e| e.to_string())?;
    let _ = std::fs::remove_file(&raw);
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    let mut found = vec![Found::default(); texts.len()];
    let mut seen = vec![0usize; texts.len()];
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        // `        /*0a30*/                   HMMA.16816.F32.BF16 R4, R8, R12, R4 ;`
        let Some(rest) = line.trim_start().strip_prefix("/*") else {
            continue;
        };
        let Some((offset, inst)) = rest.split_once("*/") else {
            continue;
        };
        let Ok(offset) = u64::from_str_radix(offset, 16) else {
            continue;
        };
        let n = starts.partition_point(|&s| s <= offset) - 1;
        seen[n] += 1;
        found[n].mma |= inst.contains("HMMA") || inst.contains("HGMMA");
        found[n].ldgsts |= inst.contains("LDGSTS");
    }
    // Every CUBIN's instructions must have been read (a format change fails loudly).
    for (n, t) in texts.iter().enumerate() {
        if seen[n] != t.len() / 16 {
            return Err(format!(
                "read {} instructions of a CUBIN with {}: cannot parse nvdisasm's output",
                seen[n],
                t.len() / 16
            ));
        }
    }
    Ok(found)
}
