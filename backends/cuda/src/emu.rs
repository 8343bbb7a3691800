//! A CPU emulator for the CUDA C this crate generates: how the code generator is tested on
//! machines without an NVIDIA GPU (CI), beyond "NVRTC compiles it".
//!
//! The generated source is compiled by the host's C++ compiler (`$OXTILE_CXX`, else `c++`,
//! then `g++`) together with `emu/oxemu.h`, which defines the CUDA built-ins the generator
//! uses and the PTX primitives of its prelude (`ldmatrix`, `mma.sync`, `cp.async`, the f16
//! conversions) with the semantics the PTX ISA gives them. Every thread of a block is a
//! fiber on one OS thread, scheduled round robin at barriers, warp-collective instructions
//! and atomics; blocks run in waves of up to 1,024 resident threads (the next starting when
//! one finishes), so memory does not grow with the grid: runs are deterministic, and a missing barrier gives a wrong result instead
//! of a rare one. Copies by `cp.async` land at the first barrier after `cp.async.wait_group`
//! retired their group ([`CpAsync::AtWait`]: the latest other threads may see them) or at once ([`CpAsync::AtIssue`]); running both ways catches reading
//! a stage before waiting for it and overwriting a stage still being read.
//!
//! Each buffer sits between red zones (at least 256 bytes of a fixed pattern, checked after
//! the run) and guard pages (max(1 MiB, the buffer's size) each side, no access): an access
//! out of its bounds that far, which checked mode would have stopped and an unchecked kernel
//! would make, fails the run with [`EmuError::Run`] naming the parameter and the byte offset.
//! One farther out may land in other memory unnoticed.
//!
//! It checks semantics, not speed: math functions are the host's (within ulps of CUDA's),
//! and a program that depends on a race the hardware would resolve differently may pass.
//!
//! [`EmuBackend`] is the whole CUDA backend on top of it, as an oxtile device
//! ([`crate::emu_device`], or `OXTILE_DEVICE=cuda-emu` through the facade): the launch path
//! of [`crate::CudaBackend`] with host memory, so that the conformance suite runs through
//! the CUDA code generator on a machine without a GPU.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use crate::codegen::{CudaSource, ParamAbi};

pub use crate::runtime::{DEFAULT_EMU_ARCH, EmuBackend, emu_arch_from_env, parse_emu_arch};

/// The emulator's header (C++17).
pub const HEADER: &str = include_str!("../emu/oxemu.h");

/// When the copies of `cp.async` land in shared memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CpAsync {
    /// At the first barrier after `cp.async.wait_group` retired the copy's group (the latest
    /// other threads may see it).
    AtWait,
    /// When the copy is issued (the earliest).
    AtIssue,
}

/// Why an emulated run failed.
#[derive(Debug, thiserror::Error)]
pub enum EmuError {
    /// No C++ compiler could be run.
    #[error("no C++ compiler for the CUDA emulator: set OXTILE_CXX or install g++ ({0})")]
    NoCompiler(String),
    /// The C++ compiler rejected the translation unit.
    #[error("the C++ compiler rejected kernel `{entry}`:\n{log}")]
    Compile {
        /// The kernel's entry name.
        entry: String,
        /// The compiler's output.
        log: String,
    },
    /// The emulated run failed (deadlock, time-out, a fault in the emulator's checks).
    #[error("emulated run of `{entry}` failed ({status}): {log}")]
    Run {
        /// The kernel's entry name.
        entry: String,
        /// How the process ended.
        status: String,
        /// Its standard error.
        log: String,
    },
    /// The arguments do not follow the kernel's ABI.
    #[error("kernel `{entry}`: {why}")]
    BadArgs {
        /// The kernel's entry name.
        entry: String,
        /// What is wrong.
        why: String,
    },
    /// An environment variable of the emulator has a value it cannot use.
    #[error("environment variable {variable}={value:?}: expected {expected}")]
    BadEnv {
        /// The variable.
        variable: &'static str,
        /// Its value.
        value: String,
        /// What it must be.
        expected: &'static str,
    },
    /// A file of the emulator could not be written or read.
    #[error("emulator file {path}: {err}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The error.
        err: std::io::Error,
    },
}

/// One argument of an emulated launch, per IR parameter (as [`CudaSource::params`]).
#[derive(Debug)]
pub enum EmuArg<'a> {
    /// A buffer's bytes, read back after the run; the kernel sees `len / elem_bytes`
    /// elements.
    Buffer(&'a mut Vec<u8>),
    /// A scalar's little-endian bits.
    Scalar(u64),
    /// The buffer of argument `index` (an earlier [`EmuArg::Buffer`]) again: the kernel
    /// sees the same memory through both parameters, as a GPU does when one buffer is
    /// passed twice (in-place kernels), with `len` elements of this parameter's type.
    Same {
        /// The argument holding the buffer.
        index: usize,
        /// Elements the kernel sees through this parameter.
        len: u64,
    },
}

/// The watchdog's limit when `OX_EMU_TIMEOUT` is unset: a run that takes longer (a
/// deadlock, an endless spin loop, a grid too large to emulate) fails with
/// [`EmuError::Run`] saying how many programs finished.
pub const DEFAULT_TIMEOUT_S: u32 = 60;

/// The watchdog's limit in seconds: `OX_EMU_TIMEOUT` (a whole number of seconds; `0`
/// turns the watchdog off), else [`DEFAULT_TIMEOUT_S`]. Anything else is an error naming
/// the variable: it used to turn the watchdog off silently.
pub fn timeout_from_env() -> Result<u32, EmuError> {
    match std::env::var("OX_EMU_TIMEOUT") {
        Err(_) => Ok(DEFAULT_TIMEOUT_S),
        Ok(v) => parse_timeout(&v),
    }
}

/// Parses a value of `OX_EMU_TIMEOUT` (see [`timeout_from_env`]).
pub fn parse_timeout(value: &str) -> Result<u32, EmuError> {
    let t = value.trim();
    // `u32::from_str` takes a leading `+`; a limit is digits only.
    t.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| t.parse::<u32>().ok())
        .flatten()
        .ok_or_else(|| EmuError::BadEnv {
            variable: "OX_EMU_TIMEOUT",
            value: value.to_string(),
            expected: "a whole number of seconds (0: no watchdog)",
        })
}

/// The programs compiled in this process, by file: a translation unit is compiled once,
/// and its file is never trusted to still hold it.
fn images() -> &'static Mutex<HashMap<PathBuf, Arc<[u8]>>> {
    static IMAGES: OnceLock<Mutex<HashMap<PathBuf, Arc<[u8]>>>> = OnceLock::new();
    IMAGES.get_or_init(Default::default)
}

/// Writes `bytes` to a new file at `path` that its owner may execute.
fn write_executable(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o700);
    std::io::Write::write_all(&mut options.open(path)?, bytes)
}

/// Runs `command` to its end. A program just written may be briefly busy (`ETXTBSY`: a
/// process forked by another thread meanwhile holds the file open until it execs): retried.
fn run_program(command: &mut Command) -> std::io::Result<std::process::Output> {
    const TEXT_BUSY: i32 = 26;
    let mut tries = 0;
    loop {
        match command.output() {
            Err(e) if e.raw_os_error() == Some(TEXT_BUSY) && tries < 20 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(5 * tries));
            }
            other => return other,
        }
    }
}

/// A kernel compiled for the emulator.
#[derive(Debug)]
pub struct EmuProgram {
    exe: PathBuf,
    /// The program's bytes as compiled: the file is checked against them before each run
    /// and rewritten when it was deleted or changed.
    image: Arc<[u8]>,
    entry: String,
    params: Vec<ParamAbi>,
    threads: u32,
    shared_bytes: u32,
}

/// What makes a translation unit a whole program: the header's host side (`main`'s body,
/// the scheduler, the guarded buffers) is compiled into it (see [`EmuProgram::build`]).
const STANDALONE: &str = "#define OX_EMU_RUNTIME 1\n";

/// The translation unit the host compiler gets: header (with its host side), the generated
/// source with its two shared-memory declarations bound to the emulated block's, and the
/// entry point. It compiles alone into the program.
pub fn translation_unit(src: &CudaSource) -> Result<String, EmuError> {
    const SMEM: &str = "extern __shared__ __align__(16) unsigned char ox_smem[];";
    const BCAST: &str = "__shared__ u64 ox_bcast;";
    if !src.source.contains(SMEM) || !src.source.contains(BCAST) {
        return Err(EmuError::BadArgs {
            entry: src.entry.clone(),
            why: "the source lacks the shared-memory declarations the emulator rebinds".into(),
        });
    }
    let body = src
        .source
        .replacen(
            SMEM,
            "unsigned char* const ox_smem = oxemu::block().smem;",
            1,
        )
        .replacen(BCAST, "u64& ox_bcast = oxemu::block().bcast;", 1);
    Ok(format!(
        "{STANDALONE}{HEADER}\n#line 1 \"{entry}.cu\"\n{body}\nOX_EMU_MAIN({entry})\n",
        entry = src.entry
    ))
}

/// Whether a C++ compiler the emulator can use runs on this machine (what
/// [`EmuProgram::build`] tries: `$OXTILE_CXX`, else `c++`, `g++`, `clang++`).
pub fn compiler_available() -> bool {
    compiler().iter().any(|c| {
        Command::new(c)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

fn compiler() -> Vec<String> {
    if let Ok(c) = std::env::var("OXTILE_CXX") {
        return vec![c];
    }
    vec!["c++".into(), "g++".into(), "clang++".into()]
}

/// The host compiler's flags for every emulator build (the precompiled header must be made
/// with the same ones, or GCC ignores it).
const CXX_FLAGS: [&str; 6] = [
    "-std=c++17",
    "-O1",
    "-w",
    // The generated code type-puns through pointers (vector accesses) and relies on
    // two's-complement wrapping like the GPU compilers do.
    "-fno-strict-aliasing",
    "-fwrapv",
    // `a * b + c` must not become an fma the kernel did not ask for.
    "-ffp-contract=off",
];

/// The name of the header file the translation units of a directory include when it holds
/// a precompiled header (see [`prepared_runtime`]).
const PCH_HEADER: &str = "oxemu.h";

/// Compiles the translation unit `cpp` into the program `exe` with the first of `compilers`
/// that runs; `entry` names the kernel in errors.
fn compile(compilers: &[String], cpp: &Path, exe: &Path, entry: &str) -> Result<(), EmuError> {
    compile_with(compilers, &[], cpp, &[], exe, entry)
}

/// [`compile`] with `extra` flags before the output (`-c`, `-x c++-header`...) and
/// `objects` to link after the unit.
fn compile_with(
    compilers: &[String],
    extra: &[&str],
    cpp: &Path,
    objects: &[&Path],
    exe: &Path,
    entry: &str,
) -> Result<(), EmuError> {
    let mut tried = Vec::new();
    for cxx in compilers {
        let out = Command::new(cxx)
            .args(CXX_FLAGS)
            .args(extra)
            .arg("-o")
            .arg(exe)
            .arg(cpp)
            .args(objects)
            .output();
        match out {
            Err(e) => tried.push(format!("{cxx}: {e}")),
            Ok(o) if o.status.success() && exe.is_file() => return Ok(()),
            Ok(o) => {
                return Err(EmuError::Compile {
                    entry: entry.to_string(),
                    log: compile_log(cxx, &o),
                });
            }
        }
    }
    Err(EmuError::NoCompiler(tried.join("; ")))
}

/// The file name of the host side's object in a directory (see [`prepared_runtime`]).
const RUNTIME_OBJECT: &str = "oxemu_rt.o";

/// The host side's object if `dir` holds it, [`HEADER`] as [`PCH_HEADER`] and its
/// precompiled form (`oxemu.h.gch`), made on the first call for a directory and remembered:
/// then a kernel's translation unit in `dir` may `#include` the header instead of carrying
/// its text (and its host side), and link with the object.
///
/// Why: each emulator build compiled the header's host side (the scheduler, `main`'s body,
/// the guarded buffers) and parsed the header with the C++ library headers it includes:
/// about three quarters of the compiler's time for a small kernel (1.5 s of CPU with GCC 12
/// as one unit; 0.4 s for the kernel's part alone), and CI builds about a thousand kernels.
/// Should anything here fail (a compiler that cannot make them), units are built whole,
/// as before; a compiler that does not pick up the precompiled header (clang through
/// `#include`) parses the text, slower but the same program.
fn prepared_runtime(compilers: &[String], dir: &Path) -> Option<PathBuf> {
    static MADE: OnceLock<Mutex<HashMap<PathBuf, bool>>> = OnceLock::new();
    let made = MADE.get_or_init(Default::default);
    let mut made = made.lock().unwrap_or_else(PoisonError::into_inner);
    let header = dir.join(PCH_HEADER);
    let gch = dir.join(format!("{PCH_HEADER}.gch"));
    let object = dir.join(RUNTIME_OBJECT);
    let all_there = || header.is_file() && gch.is_file() && object.is_file();
    match made.get(dir) {
        Some(false) => return None,
        // Made before and still there (a cleaner of the temporary directory may have
        // removed them: then they are made again).
        Some(true) if all_there() => return Some(object),
        _ => {}
    }
    let unique = std::process::id();
    let (tmp_gch, tmp_object) = (
        dir.join(format!("{PCH_HEADER}.gch.{unique}")),
        dir.join(format!("{RUNTIME_OBJECT}.{unique}")),
    );
    let name = "the emulator's host side";
    let ok = std::fs::write(&header, HEADER).is_ok()
        && compile_with(
            compilers,
            &["-x", "c++-header"],
            &header,
            &[],
            &tmp_gch,
            name,
        )
        .is_ok()
        && compile_with(
            compilers,
            &["-DOX_EMU_RUNTIME", "-x", "c++", "-c"],
            &header,
            &[],
            &tmp_object,
            name,
        )
        .is_ok()
        && std::fs::rename(&tmp_gch, &gch).is_ok()
        && std::fs::rename(&tmp_object, &object).is_ok();
    if !ok {
        let _ = std::fs::remove_file(&tmp_gch);
        let _ = std::fs::remove_file(&tmp_object);
    }
    made.insert(dir.to_path_buf(), ok);
    ok.then_some(object)
}

/// What a failed compiler run said, or what happened when it said nothing (`OXTILE_CXX=false`
/// gave an empty log).
fn compile_log(cxx: &str, out: &std::process::Output) -> String {
    let said = |bytes: &[u8]| String::from_utf8_lossy(bytes).trim().to_string();
    let (stderr, stdout) = (said(&out.stderr), said(&out.stdout));
    let log = [stderr, stdout]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    let what = if out.status.success() {
        format!("`{cxx}` (OXTILE_CXX, else c++/g++/clang++) succeeded but wrote no program")
    } else {
        format!(
            "`{cxx}` (OXTILE_CXX, else c++/g++/clang++) failed ({})",
            out.status
        )
    };
    if log.is_empty() {
        format!("{what} and printed nothing")
    } else {
        format!("{what}:\n{log}")
    }
}

impl EmuProgram {
    /// Compiles `src` with the host C++ compiler into `dir` (the file name is the hash of
    /// the translation unit, so an unchanged kernel is not compiled twice in a process).
    ///
    /// The compiled program is kept in memory too: a file deleted or corrupted on disk
    /// (by a cleaner of the temporary directory, another process, a full disk) is written
    /// again before the next run instead of failing every later launch.
    pub fn build(src: &CudaSource, dir: &Path) -> Result<EmuProgram, EmuError> {
        let tu = translation_unit(src)?;
        let hash = kernel_core::text::fnv1a_64(tu.as_bytes());
        let io = |path: &Path, err| EmuError::Io {
            path: path.to_path_buf(),
            err,
        };
        std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
        let exe = dir.join(format!("{}-{hash:016x}", src.entry));
        let known = images()
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&exe)
            .cloned();
        let image = match known {
            Some(image) => image,
            None => {
                let image: Arc<[u8]> = Self::compile_tu(src, &tu, &exe)?.into();
                images()
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .insert(exe.clone(), image.clone());
                image
            }
        };
        let program = EmuProgram {
            exe,
            image,
            entry: src.entry.clone(),
            params: src.params.clone(),
            threads: src.threads,
            shared_bytes: src.shared_bytes,
        };
        program.restore()?;
        Ok(program)
    }

    /// Compiles the translation unit `tu` of `src` into `exe`; returns the program's bytes.
    fn compile_tu(src: &CudaSource, tu: &str, exe: &Path) -> Result<Vec<u8>, EmuError> {
        let io = |path: &Path, err| EmuError::Io {
            path: path.to_path_buf(),
            err,
        };
        // Unique per process and build: tests build in parallel, and two
        // specializations may generate the same translation unit.
        static BUILDS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let unique = format!(
            "{}-{}",
            std::process::id(),
            BUILDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        );
        let tmp_cpp = exe.with_extension(format!("{unique}.cpp"));
        let tmp = exe.with_extension(format!("tmp{unique}"));
        let compilers = compiler();
        // With the directory's precompiled header and host-side object, the unit includes
        // the one and links the other rather than carry the header's text; should that
        // build fail (a file deleted or damaged meanwhile), the unit is built again whole,
        // so those files are never trusted.
        let body = tu
            .strip_prefix(STANDALONE)
            .and_then(|rest| rest.strip_prefix(HEADER));
        let dir = exe.parent().unwrap_or(Path::new("."));
        let mut built = Err(EmuError::NoCompiler(String::new()));
        if let Some(body) = body
            && let Some(object) = prepared_runtime(&compilers, dir)
        {
            let short = format!("#include \"{PCH_HEADER}\"\n{body}");
            std::fs::write(&tmp_cpp, short).map_err(|e| io(&tmp_cpp, e))?;
            built = compile_with(&compilers, &[], &tmp_cpp, &[&object], &tmp, &src.entry);
        }
        if built.is_err() {
            std::fs::write(&tmp_cpp, tu).map_err(|e| io(&tmp_cpp, e))?;
            built = compile(&compilers, &tmp_cpp, &tmp, &src.entry);
        }
        if let Err(e) = built {
            let _ = std::fs::remove_file(&tmp_cpp);
            return Err(e);
        }
        let cpp = exe.with_extension("cpp");
        std::fs::rename(&tmp_cpp, &cpp).map_err(|e| io(&cpp, e))?;
        let image = std::fs::read(&tmp).map_err(|e| io(&tmp, e))?;
        std::fs::rename(&tmp, exe).map_err(|e| io(exe, e))?;
        Ok(image)
    }

    /// The program's file (rewritten from memory before a run when it has changed).
    pub fn path(&self) -> &Path {
        &self.exe
    }

    /// Makes the program's file hold the compiled program again if it was deleted or
    /// changed: written to a new file, then renamed over the old one, so that a run of it
    /// in progress is not disturbed.
    fn restore(&self) -> Result<(), EmuError> {
        if std::fs::read(&self.exe).is_ok_and(|b| *b == *self.image) {
            return Ok(());
        }
        let io = |path: &Path, err| EmuError::Io {
            path: path.to_path_buf(),
            err,
        };
        if let Some(dir) = self.exe.parent() {
            std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
        }
        static RESTORES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let tmp = self.exe.with_extension(format!(
            "restore{}-{}",
            std::process::id(),
            RESTORES.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        ));
        let written =
            write_executable(&tmp, &self.image).and_then(|()| std::fs::rename(&tmp, &self.exe));
        if written.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        written.map_err(|e| io(&self.exe, e))
    }

    /// Runs a grid of `grid` blocks; `status` is the status record (its words are read
    /// back). Buffers are 256-byte aligned in the emulated memory. What the kernel prints
    /// (`device_print`) is dropped; see [`EmuProgram::run_with_output`].
    pub fn run(
        &self,
        grid: (u32, u32, u32),
        args: &mut [EmuArg<'_>],
        status: &mut [u32],
        cp_async: CpAsync,
    ) -> Result<(), EmuError> {
        self.run_with_output(grid, args, status, cp_async)
            .map(|_| ())
    }

    /// [`EmuProgram::run`], returning what the kernel printed (its `printf` output).
    pub fn run_with_output(
        &self,
        grid: (u32, u32, u32),
        args: &mut [EmuArg<'_>],
        status: &mut [u32],
        cp_async: CpAsync,
    ) -> Result<Vec<u8>, EmuError> {
        self.run_with_timeout(grid, args, status, cp_async, timeout_from_env()?)
    }

    /// [`EmuProgram::run_with_output`] with the watchdog's limit given (in seconds; 0: none)
    /// instead of read from `OX_EMU_TIMEOUT`.
    ///
    /// Grids are counted in 64 bits, up to what a GPU launch allows
    /// ((2^31 - 1) x 65535 x 65535 programs), and run in waves of resident blocks; a grid
    /// too large to finish in time fails with the number of programs that did.
    pub fn run_with_timeout(
        &self,
        grid: (u32, u32, u32),
        args: &mut [EmuArg<'_>],
        status: &mut [u32],
        cp_async: CpAsync,
        timeout_s: u32,
    ) -> Result<Vec<u8>, EmuError> {
        let bad = |why: String| EmuError::BadArgs {
            entry: self.entry.clone(),
            why,
        };
        if args.len() != self.params.len() {
            return Err(bad(format!(
                "{} arguments for {} parameters",
                args.len(),
                self.params.len()
            )));
        }
        let mut words: Vec<u8> = Vec::new();
        let put = |words: &mut Vec<u8>, w: u64| words.extend_from_slice(&w.to_le_bytes());
        put(&mut words, grid.0 as u64);
        put(&mut words, grid.1 as u64);
        put(&mut words, grid.2 as u64);
        put(&mut words, self.threads as u64);
        put(&mut words, self.shared_bytes as u64);
        let nwords = self
            .params
            .iter()
            .map(|p| match p {
                ParamAbi::Buffer { .. } => 2,
                ParamAbi::Scalar { .. } => 1,
            })
            .sum::<u64>()
            + 1;
        put(&mut words, nwords);
        // The parameter word of each argument (a buffer's pointer), for `Same`.
        let mut word_of = Vec::with_capacity(args.len());
        let mut word = 0u64;
        for (i, (p, a)) in self.params.iter().zip(args.iter()).enumerate() {
            word_of.push(word);
            word += match p {
                ParamAbi::Buffer { .. } => 2,
                ParamAbi::Scalar { .. } => 1,
            };
            match (p, a) {
                (ParamAbi::Buffer { elem_bytes }, EmuArg::Buffer(b)) => {
                    put(&mut words, 1);
                    put(&mut words, b.len() as u64);
                    words.extend_from_slice(b);
                    put(&mut words, 0);
                    put(&mut words, (b.len() / *elem_bytes as usize) as u64);
                }
                (ParamAbi::Buffer { .. }, EmuArg::Same { index, len }) => {
                    if *index >= i || !matches!(args[*index], EmuArg::Buffer(_)) {
                        return Err(bad(format!(
                            "argument {i} names argument {index}, not an earlier buffer"
                        )));
                    }
                    put(&mut words, 2);
                    put(&mut words, word_of[*index]);
                    put(&mut words, 0);
                    put(&mut words, *len);
                }
                (ParamAbi::Scalar { .. }, EmuArg::Scalar(bits)) => {
                    put(&mut words, 0);
                    put(&mut words, *bits);
                }
                _ => return Err(bad(format!("argument {i} is not a {p:?}"))),
            }
        }
        put(&mut words, 1);
        put(&mut words, status.len() as u64 * 4);
        for w in status.iter() {
            words.extend_from_slice(&w.to_le_bytes());
        }
        let io = |path: &Path, err| EmuError::Io {
            path: path.to_path_buf(),
            err,
        };
        let tag = format!("{}-{:?}", std::process::id(), std::thread::current().id())
            .replace(|c: char| !c.is_ascii_alphanumeric(), "");
        let launch = self.exe.with_extension(format!("in{tag}"));
        let result = self.exe.with_extension(format!("out{tag}"));
        std::fs::write(&launch, &words).map_err(|e| io(&launch, e))?;
        self.restore()?;
        let mut command = Command::new(&self.exe);
        command
            .arg(&launch)
            .arg(&result)
            .env("OX_EMU_TIMEOUT", timeout_s.to_string())
            .env(
                "OX_EMU_CP_ASYNC",
                match cp_async {
                    CpAsync::AtWait => "wait",
                    CpAsync::AtIssue => "issue",
                },
            );
        let out = run_program(&mut command);
        if out.is_err() {
            let _ = std::fs::remove_file(&launch);
        }
        let out = out.map_err(|e| io(&self.exe, e))?;
        let _ = std::fs::remove_file(&launch);
        if !out.status.success() {
            let _ = std::fs::remove_file(&result);
            return Err(EmuError::Run {
                entry: self.entry.clone(),
                status: out.status.to_string(),
                log: String::from_utf8_lossy(&out.stderr).into_owned(),
            });
        }
        let printed = out.stdout;
        let bytes = std::fs::read(&result).map_err(|e| io(&result, e))?;
        let _ = std::fs::remove_file(&result);
        let mut at = 0;
        for a in args.iter_mut() {
            if let EmuArg::Buffer(b) = a {
                let n = b.len();
                let Some(src) = bytes.get(at..at + n) else {
                    return Err(bad("the emulator wrote back fewer bytes than it got".into()));
                };
                b.copy_from_slice(src);
                at += n;
            }
        }
        for w in status.iter_mut() {
            let Some(src) = bytes.get(at..at + 4) else {
                return Err(bad("the emulator wrote back no status".into()));
            };
            *w = u32::from_le_bytes(src.try_into().expect("4 bytes"));
            at += 4;
        }
        Ok(printed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_timeout_is_whole_seconds_or_an_error_naming_the_variable() {
        assert_eq!(parse_timeout("90").unwrap(), 90);
        assert_eq!(parse_timeout(" 0 ").unwrap(), 0);
        // `abc` turned the watchdog off (atoi gave 0).
        for bad in ["abc", "", "-1", "+5", "1.5", "10s", "4294967296"] {
            let e = parse_timeout(bad).unwrap_err().to_string();
            assert!(
                e.contains("OX_EMU_TIMEOUT") && e.contains("seconds"),
                "{bad}: {e}"
            );
        }
    }

    #[test]
    fn a_compiler_that_fails_silently_is_named_in_the_error() {
        // `OXTILE_CXX=false` gave an empty log.
        let dir = std::env::temp_dir().join(format!("oxtile-emu-cxx-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let (cpp, exe) = (dir.join("k.cpp"), dir.join("k"));
        std::fs::write(&cpp, "int main() {}").unwrap();
        for (cxx, says) in [
            ("false", "failed (exit status: 1)"),
            ("true", "wrote no program"),
        ] {
            match compile(&[cxx.to_string()], &cpp, &exe, "ox_k") {
                Err(EmuError::Compile { entry, log }) => {
                    assert_eq!(entry, "ox_k");
                    assert!(
                        log.contains(&format!("`{cxx}`")) && log.contains(says),
                        "{log}"
                    );
                    assert!(log.contains("printed nothing"), "{log}");
                }
                other => panic!("{cxx}: {other:?}"),
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
