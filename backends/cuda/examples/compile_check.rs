//! The CUDA compile check of CI, which needs no GPU: every kernel specialization in a
//! directory of `.ir` files (written by `OXTILE_DUMP_IR_DIR=<dir>` while the test suite and
//! the examples run on the interpreter) is lowered to CUDA C under several option sets
//! (four for `sm_90a`, two of them for `sm_80`), compiled by NVRTC to PTX for `compute_90a`
//! and `compute_80`, and assembled by `ptxas` for `sm_90a` and `sm_80`. Kernels named `matmul*` with f16/bf16 inputs and `dot` tiles of at
//! least 16 x 16 x 16 must use tensor cores: their SASS (`cuobjdump -sass`) must contain
//! `HMMA` (or Hopper's `HGMMA`); any kernel whose loop is software-pipelined under the
//! option set (matmul, attention) must contain `LDGSTS` (`cp.async`).
//!
//! ```text
//! cargo run -p oxtile-cuda --example compile_check -- <dir> [--jobs N]
//! ```
//!
//! Needs libnvrtc on `LD_LIBRARY_PATH`, and `ptxas`/`cuobjdump` on `PATH` or named by
//! `OXTILE_PTXAS`/`OXTILE_CUOBJDUMP`. Prints one line per kernel, then every failure; exits
//! with status 1 if anything failed (a kernel the code generator rejects counts: the test
//! suite launches it, so the CUDA backend must run it), 2 on a usage or setup error.

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

/// One kernel's outcome.
struct Outcome {
    name: String,
    file: String,
    /// Failures, as "<set> sm_<arch>: <stage>: <message>".
    failures: Vec<String>,
    unsupported: bool,
    tensor_cores: Option<bool>,
    seconds: f64,
}

struct Tools {
    ptxas: PathBuf,
    cuobjdump: PathBuf,
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
    let tools = match (
        tool("OXTILE_PTXAS", "ptxas"),
        tool("OXTILE_CUOBJDUMP", "cuobjdump"),
    ) {
        (Ok(ptxas), Ok(cuobjdump)) => Tools {
            ptxas,
            cuobjdump,
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
    let next = AtomicUsize::new(0);
    let outcomes = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..jobs {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(file) = files.get(i) else { break };
                    let outcome = check_file(file, &tools);
                    print_row(&outcome);
                    outcomes
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .push(outcome);
                }
            });
        }
    });
    let _ = std::fs::remove_dir_all(&tools.scratch);
    let outcomes = outcomes.into_inner().unwrap_or_else(|e| e.into_inner());
    let failed: Vec<&Outcome> = outcomes.iter().filter(|o| !o.failures.is_empty()).collect();
    let unsupported = outcomes.iter().filter(|o| o.unsupported).count();
    let tc = outcomes.iter().filter(|o| o.tensor_cores.is_some()).count();
    println!(
        "\n{} kernels, {} compiles in {:.1} s: {} failed ({} rejected as unsupported); {} \
         tensor-core checks",
        outcomes.len(),
        outcomes.len() * compiles_per_kernel(),
        start.elapsed().as_secs_f64(),
        failed.len(),
        unsupported,
        tc
    );
    if failed.is_empty() {
        println!("compile check passed");
        return ExitCode::SUCCESS;
    }
    println!("\nFAILURES:");
    for o in &failed {
        println!("--- {} ({})", o.name, o.file);
        for f in &o.failures {
            println!("    {}", f.replace('\n', "\n    "));
        }
    }
    ExitCode::from(1)
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

/// `PATH` with the tool's own directory first: `cuobjdump -sass` runs `nvdisasm`, which pip
/// installs next to it (package nvidia-cuda-nvdisasm).
fn path_with_tool_dir(tool: &Path) -> std::ffi::OsString {
    let mut dirs: Vec<PathBuf> = tool.parent().into_iter().map(Path::to_path_buf).collect();
    if let Some(path) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(dirs).unwrap_or_default()
}

fn print_row(o: &Outcome) {
    let status = if o.unsupported {
        "UNSUPPORTED"
    } else if o.failures.is_empty() {
        "ok"
    } else {
        "FAIL"
    };
    let tc = match o.tensor_cores {
        Some(true) => "  tensor cores: yes",
        Some(false) => "  tensor cores: NO",
        None => "",
    };
    println!("{status:>11}  {:<40} {:>6.2} s{tc}", o.name, o.seconds);
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

fn check_file(path: &Path, tools: &Tools) -> Outcome {
    let start = Instant::now();
    let file = path
        .file_name()
        .map_or_else(String::new, |f| f.to_string_lossy().into_owned());
    let mut outcome = Outcome {
        name: file.trim_end_matches(".ir").to_string(),
        file: file.clone(),
        failures: Vec::new(),
        unsupported: false,
        tensor_cores: None,
        seconds: 0.0,
    };
    let kernel = match std::fs::read_to_string(path)
        .map_err(|e| e.to_string())
        .and_then(|t| kernel_core::text::parse_kernel(&t).map_err(|e| e.to_string()))
    {
        Ok(k) => k,
        Err(e) => {
            outcome.failures.push(format!("parse: {e}"));
            return outcome;
        }
    };
    outcome.name = kernel.name.clone();
    let tensor = needs_tensor_cores(&kernel);
    for (i, (set, base)) in option_sets(kernel.params.len()).into_iter().enumerate() {
        for arch in ARCHS.into_iter().filter(|&a| compiled_for(i, a)) {
            let opts = Options {
                arch,
                ..base.clone()
            };
            let label = format!("{set} sm_{}", nvrtc::arch_suffix(arch));
            match check_one(&kernel, &opts, tools, &file, tensor) {
                Ok(tc) => {
                    if let Some(tc) = tc {
                        outcome.tensor_cores = Some(outcome.tensor_cores.unwrap_or(true) && tc);
                        if !tc {
                            outcome.failures.push(format!(
                                "{label}: a matmul with f16/bf16 inputs whose SASS has no \
                                 HMMA/HGMMA (the dot does not use tensor cores)"
                            ));
                        }
                    }
                }
                Err((stage, message, unsupported)) => {
                    outcome.unsupported |= unsupported;
                    outcome
                        .failures
                        .push(format!("{label}: {stage}: {message}"));
                }
            }
        }
    }
    outcome.seconds = start.elapsed().as_secs_f64();
    outcome
}

/// Generates, compiles and assembles one kernel for one option set; for kernels that must
/// use tensor cores, returns whether the SASS does.
fn check_one(
    kernel: &Kernel,
    opts: &Options,
    tools: &Tools,
    file: &str,
    tensor: bool,
) -> Result<Option<bool>, (&'static str, String, bool)> {
    let source = codegen::emit_cuda(kernel, opts).map_err(|e| {
        let unsupported = matches!(e, CodegenError::Unsupported { .. });
        ("codegen", e.to_string(), unsupported)
    })?;
    let out = nvrtc::compile(&source.source, &kernel.name, Target::Ptx(opts.arch))
        .map_err(|e| ("nvrtc", e.to_string(), false))?;
    let stem = format!(
        "{}-{}-w{}-{}{}",
        file.trim_end_matches(".ir"),
        opts.arch,
        opts.num_warps,
        if opts.checked { "c" } else { "u" },
        if opts.aligned16.iter().any(|&a| a) {
            "a"
        } else {
            ""
        }
    );
    let ptx = tools.scratch.join(format!("{stem}.ptx"));
    let cubin = tools.scratch.join(format!("{stem}.cubin"));
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
    let result = if tensor || pipelined {
        let sass = Command::new(&tools.cuobjdump)
            .env("PATH", path_with_tool_dir(&tools.cuobjdump))
            .arg("-sass")
            .arg(&cubin)
            .output()
            .map_err(|e| ("cuobjdump", e.to_string(), false))?;
        if !sass.status.success() {
            return Err((
                "cuobjdump",
                String::from_utf8_lossy(&sass.stderr).into_owned(),
                false,
            ));
        }
        let text = String::from_utf8_lossy(&sass.stdout);
        if pipelined && !text.contains("LDGSTS") {
            return Err((
                "sass",
                "a pipelined dot whose SASS has no LDGSTS (cp.async)".to_string(),
                false,
            ));
        }
        tensor.then(|| text.contains("HMMA") || text.contains("HGMMA"))
    } else {
        None
    };
    let _ = std::fs::remove_file(&cubin);
    Ok(result)
}
