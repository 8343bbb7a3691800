//! The CUDA backend emulated on the CPU ([`EmuBackend`]): the launch path of
//! [`super::CudaBackend`] (same specialization, same code generator, same status protocol
//! and error decoding) with host memory for buffers and [`crate::emu`] instead of NVRTC and
//! the driver.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, PoisonError};

use kernel_core::ir::Kernel;
use kernel_core::runtime::{
    Arg, Backend, BufferHandle, Grid, HostBytes, LaunchError, LaunchOptions, RuntimeError,
};

use super::info::{LastLaunches, LaunchInfo};
use super::params;
use super::spec::{BufferFact, SpecKey};
use super::status::{self, KernelMeta, LaunchRecord};
use super::{CudaError, WORDS, default_checked, env_flag};
use crate::emu::{CpAsync, EmuArg, EmuProgram};

/// The architecture an [`EmuBackend`] generates code for unless told otherwise (an H100's).
pub const DEFAULT_EMU_ARCH: u32 = 90;

/// The real CUDA architectures (`10 * major + minor`): what `OXTILE_EMU_ARCH` may name.
const KNOWN_ARCHS: &[u32] = &[
    50, 52, 53, 60, 61, 62, 70, 72, 75, 80, 86, 87, 88, 89, 90, 100, 101, 103, 110, 120, 121,
];

/// An emulator knob's error as the backend's: [`CudaError::Env`].
fn env_error(e: crate::emu::EmuError) -> CudaError {
    match e {
        crate::emu::EmuError::BadEnv {
            variable,
            value,
            expected,
        } => CudaError::Env(kernel_core::runtime::env::EnvError {
            variable: variable.to_string(),
            value,
            expected: expected.to_string(),
        }),
        other => CudaError::Interop(other.to_string()),
    }
}

/// The architecture `OXTILE_EMU_ARCH` names (see [`parse_emu_arch`]), or
/// [`DEFAULT_EMU_ARCH`] when it is unset.
pub fn emu_arch_from_env() -> Result<u32, crate::emu::EmuError> {
    match std::env::var("OXTILE_EMU_ARCH") {
        Err(_) => Ok(DEFAULT_EMU_ARCH),
        Ok(v) => parse_emu_arch(&v),
    }
}

/// Parses a value of `OXTILE_EMU_ARCH`: a real architecture, as `80` or `sm_80`. Anything
/// else (`sm_0`, `sm_4294967295`, `ampere`) is an error naming the variable: code generated
/// for an architecture no GPU has tests nothing (and such values used to be taken, or
/// silently replaced by the default).
pub fn parse_emu_arch(value: &str) -> Result<u32, crate::emu::EmuError> {
    let t = value.trim();
    let digits = t.strip_prefix("sm_").unwrap_or(t);
    digits
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| digits.parse::<u32>().ok())
        .flatten()
        .filter(|a| KNOWN_ARCHS.contains(a))
        .ok_or_else(|| crate::emu::EmuError::BadEnv {
            variable: "OXTILE_EMU_ARCH",
            value: value.to_string(),
            expected: "a CUDA architecture, e.g. 80 or sm_90 (50 to 121)",
        })
}

/// The most dynamic shared memory a block may opt into on `arch`, as the hardware allows
/// (so that the emulator refuses, or shrinks the pipeline of, the same kernels the GPU
/// would): the code generator's table.
fn max_dynamic_shared(arch: u32) -> u32 {
    crate::codegen::max_shared_bytes(arch)
}

/// The CUDA backend emulated on the CPU: kernels are specialized exactly as
/// [`super::CudaBackend`] specializes them (architecture, `num_warps`/`num_stages`, checked
/// mode, 16-byte alignment and divisibility facts), lowered to the same CUDA C, compiled
/// with the host's C++ compiler against the emulator header ([`crate::emu`]) and run there,
/// every CUDA thread a fiber. Failures reported through the status words (out-of-bounds
/// accesses in checked mode, `device_assert`, a bad loop step) come back as the same
/// [`LaunchError`]s as on the GPU, and outside checked mode they are deferred to the next
/// `synchronize` or read as [`RuntimeError::KernelFailed`], as on the GPU.
///
/// What it is for: running the conformance suite through the CUDA code generator on a
/// machine without an NVIDIA GPU (`OXTILE_DEVICE=cuda-emu`). It checks semantics, not
/// speed: every specialization costs a C++ compile (once per process), and each launch runs
/// the whole grid on one CPU thread. Math functions are the host's (within ulps of CUDA's),
/// and a kernel that depends on a race the hardware resolves differently may pass here.
///
/// Buffers are host memory; a launch copies its buffers into the emulator and back.
/// Launches are synchronous and serialized (like one CUDA stream).
pub struct EmuBackend {
    name: String,
    arch: u32,
    checked: AtomicBool,
    cp_async: CpAsync,
    /// The watchdog's limit in seconds, or [`TIMEOUT_FROM_ENV`].
    timeout_s: AtomicU64,
    /// Serializes launches (one stream) and holds the first failure of an unchecked launch
    /// not reported yet.
    launches: Mutex<Option<LaunchError>>,
    /// What the latest launch of each kernel ran with.
    last: Mutex<LastLaunches>,
}

impl std::fmt::Debug for EmuBackend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EmuBackend")
            .field("name", &self.name)
            .field("arch", &self.arch)
            .field("checked", &self.checked())
            .field("cp_async", &self.cp_async)
            .finish_non_exhaustive()
    }
}

/// [`EmuBackend::timeout_s`] when `OX_EMU_TIMEOUT` decides.
const TIMEOUT_FROM_ENV: u64 = u64::MAX;

/// A buffer of the emulated device: little-endian bytes in host memory.
#[derive(Debug)]
struct EmuBuffer(HostBytes);

/// A kernel compiled for the emulator.
struct EmuCompiled {
    program: EmuProgram,
    meta: Arc<KernelMeta>,
    info: Arc<LaunchInfo>,
}

type Cell = Arc<OnceLock<Result<Arc<EmuCompiled>, String>>>;

/// Compiled programs of the process, by architecture and specialization: each compiles
/// once per process, whichever backend instance launches it first (tests open a device
/// per test). Distinct specializations compile in parallel; a second launch of one being
/// compiled waits for it.
fn programs() -> &'static Mutex<HashMap<(u32, SpecKey), Cell>> {
    static PROGRAMS: OnceLock<Mutex<HashMap<(u32, SpecKey), Cell>>> = OnceLock::new();
    PROGRAMS.get_or_init(|| Mutex::new(HashMap::new()))
}

/// Names of the emulator's program directories under the system's temporary directory.
const DIR_PREFIX: &str = "oxtile-cuda-emu-";
/// The file in each that its owner holds locked while it lives.
const OWNER_LOCK: &str = "owner.lock";

/// The directory of this process's emulator programs, made on first use under the system's
/// temporary directory (see [`make_owned_dir`]); directories of processes that have ended
/// are removed then (see [`remove_abandoned`]).
pub(crate) fn build_dir() -> Result<&'static PathBuf, String> {
    static DIR: OnceLock<Result<(PathBuf, std::fs::File), String>> = OnceLock::new();
    DIR.get_or_init(|| {
        let tmp = std::env::temp_dir();
        remove_abandoned(&tmp);
        make_owned_dir(&tmp).map_err(|e| {
            format!(
                "cannot make the emulator's directory under {}: {e}",
                tmp.display()
            )
        })
    })
    .as_ref()
    .map(|(dir, _lock)| dir)
    .map_err(Clone::clone)
}

/// Makes a directory only this process uses, under `tmp`, and locks its owner file (held
/// for as long as the returned file is open: the process's life). The name is unique (pid,
/// time, counter; made with `create_dir`, which fails rather than share one); the lock, not
/// the pid, says whether its owner lives, so that processes in different PID namespaces
/// sharing `TMPDIR` no longer take each other's directories for abandoned ones. It is made
/// under a temporary name and renamed once locked, so that no one sees it unlocked.
fn make_owned_dir(tmp: &std::path::Path) -> std::io::Result<(PathBuf, std::fs::File)> {
    static MADE: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    loop {
        let name = format!(
            "{}-{nanos:x}-{}",
            std::process::id(),
            MADE.fetch_add(1, Ordering::Relaxed)
        );
        let staging = tmp.join(format!(".{DIR_PREFIX}{name}"));
        match std::fs::create_dir(&staging) {
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
            Ok(()) => {}
        }
        let lock = std::fs::File::create(staging.join(OWNER_LOCK))?;
        lock.lock()?;
        let dir = tmp.join(format!("{DIR_PREFIX}{name}"));
        std::fs::rename(&staging, &dir)?;
        return Ok((dir, lock));
    }
}

/// Removes the emulator directories under `tmp` whose owner has ended: those whose owner
/// file can be locked. A directory without one (being made, or of an older version) is
/// left alone.
fn remove_abandoned(tmp: &std::path::Path) {
    let Ok(entries) = std::fs::read_dir(tmp) else {
        return;
    };
    for entry in entries.flatten() {
        let owned = entry
            .file_name()
            .to_str()
            .is_some_and(|n| n.starts_with(DIR_PREFIX));
        let Ok(lock) = std::fs::File::open(entry.path().join(OWNER_LOCK)) else {
            continue;
        };
        if owned && lock.try_lock().is_ok() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

impl EmuBackend {
    /// An emulated sm_90 device (an H100's architecture: code generation takes the same
    /// paths as on one), or of the architecture `OXTILE_EMU_ARCH` names (e.g. `80`, or `75`
    /// for the paths without tensor cores). Opening needs nothing; a missing C++ compiler is
    /// reported by the first launch. Fails when `OXTILE_EMU_ARCH`, `OX_EMU_TIMEOUT` or
    /// `OXTILE_CHECKED` is set to a value it cannot take.
    pub fn new() -> Result<EmuBackend, CudaError> {
        let arch = emu_arch_from_env().map_err(env_error)?;
        crate::emu::timeout_from_env().map_err(env_error)?;
        let backend = EmuBackend::with_arch(arch);
        backend.set_checked(default_checked()?);
        Ok(backend)
    }

    /// An emulated device of architecture `arch` (`10 * major + minor`, e.g. 80 for an
    /// A100): the code generator's choices and the shared-memory limit follow it.
    ///
    /// Copies of `cp.async` land when `cp.async.wait_group` retires them; with
    /// `OXTILE_EMU_CP_ASYNC=issue` in the environment they land at once instead (see
    /// [`CpAsync`]).
    pub fn with_arch(arch: u32) -> EmuBackend {
        let cp_async = match std::env::var("OXTILE_EMU_CP_ASYNC").as_deref() {
            Ok("issue") => CpAsync::AtIssue,
            _ => CpAsync::AtWait,
        };
        EmuBackend {
            name: format!("cuda-emu (sm_{arch} emulated on the CPU)"),
            arch,
            // Overridden from `OXTILE_CHECKED` by `new`; a backend made for one architecture
            // (tests) takes the build's default.
            checked: AtomicBool::new(cfg!(debug_assertions)),
            cp_async,
            timeout_s: AtomicU64::new(TIMEOUT_FROM_ENV),
            launches: Mutex::new(None),
            last: Mutex::new(LastLaunches::default()),
        }
    }

    /// The architecture code is generated for.
    pub fn arch(&self) -> u32 {
        self.arch
    }

    /// Whether launches run in checked mode.
    pub fn checked(&self) -> bool {
        self.checked.load(Ordering::Relaxed)
    }

    /// Turns checked mode on or off (the default: [`default_checked`]), as
    /// [`super::CudaBackend::set_checked`] does: checked launches bounds-check every
    /// unmasked access and return the kernel's failure; unchecked ones report assertion and
    /// loop-step failures from the next `synchronize` or read.
    pub fn set_checked(&self, checked: bool) {
        self.checked.store(checked, Ordering::Relaxed);
    }

    /// Sets the watchdog's limit: a launch that runs longer than `seconds` fails with an
    /// error naming the kernel and how many of its programs finished (`Some(0)`: no limit;
    /// `None`, the default: `OX_EMU_TIMEOUT`, else [`crate::emu::DEFAULT_TIMEOUT_S`]).
    pub fn set_timeout(&self, seconds: Option<u32>) {
        let t = seconds.map_or(TIMEOUT_FROM_ENV, u64::from);
        self.timeout_s.store(t, Ordering::Relaxed);
    }

    /// The watchdog's limit of the next launch, in seconds (see [`EmuBackend::set_timeout`]).
    fn timeout(&self) -> Result<u32, String> {
        match self.timeout_s.load(Ordering::Relaxed) {
            TIMEOUT_FROM_ENV => crate::emu::timeout_from_env().map_err(|e| e.to_string()),
            t => Ok(t.min(u32::MAX as u64) as u32),
        }
    }

    /// The backend as an oxtile device.
    pub fn into_device(self) -> kernel_core::runtime::Device {
        kernel_core::runtime::Device::from_backend(Arc::new(self))
    }

    /// What the latest launch of the kernel named `kernel` on this backend compiled and ran
    /// with, as [`super::CudaBackend::last_launch`] says; `None` when it has not launched
    /// here.
    pub fn last_launch(&self, kernel: &str) -> Option<LaunchInfo> {
        self.last
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(kernel)
    }

    fn buffer<'a>(&self, handle: &'a BufferHandle) -> Result<&'a EmuBuffer, RuntimeError> {
        handle
            .downcast_ref::<EmuBuffer>()
            .ok_or_else(|| RuntimeError::ForeignBuffer {
                device: self.name.clone(),
            })
    }

    fn lock_launches(&self) -> MutexGuard<'_, Option<LaunchError>> {
        self.launches.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The compiled program for `spec`, compiled on first use in the process.
    fn compiled(&self, kernel: &Kernel, spec: SpecKey) -> Result<Arc<EmuCompiled>, String> {
        let cell = programs()
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .entry((self.arch, spec))
            .or_default()
            .clone();
        cell.get_or_init(|| {
            let (source, info) = spec.generate(kernel, self.arch, max_dynamic_shared(self.arch))?;
            if env_flag("OXTILE_DUMP_CUDA") {
                eprintln!(
                    "// oxtile: CUDA C of kernel `{}` (sm_{}, emulated)\n{}",
                    kernel.name, self.arch, source.source
                );
            }
            let program = EmuProgram::build(&source, build_dir()?).map_err(|e| e.to_string())?;
            Ok(Arc::new(EmuCompiled {
                program,
                meta: status::kernel_meta(kernel, &source, self.name()),
                info: Arc::new(info),
            }))
        })
        .clone()
    }
}

impl Backend for EmuBackend {
    fn name(&self) -> &str {
        &self.name
    }

    /// The CUDA backend's: the emulator runs the code generated for it.
    fn max_tile_elements(&self) -> u64 {
        crate::codegen::MAX_TILE_ELEMENTS
    }

    /// The emulated GPU's, as [`super::CudaBackend`] reports them: its architecture's
    /// shared memory, 1,024 threads.
    fn limits(&self) -> kernel_core::runtime::DeviceLimits {
        let mut l = kernel_core::runtime::DeviceLimits::unbounded(self.max_tile_elements());
        l.max_shared_bytes = Some(u64::from(max_dynamic_shared(self.arch)));
        l.max_threads_per_program = 32 * 32;
        l
    }

    fn alloc(&self, bytes: usize) -> Result<BufferHandle, RuntimeError> {
        Ok(Arc::new(EmuBuffer(HostBytes::zeroed(&self.name, bytes)?)))
    }

    fn write(&self, buffer: &BufferHandle, bytes: &[u8]) -> Result<(), RuntimeError> {
        self.buffer(buffer)?.0.write(bytes)
    }

    fn read(&self, buffer: &BufferHandle, out: &mut [u8]) -> Result<(), RuntimeError> {
        self.buffer(buffer)?.0.read(out)?;
        // Reading is a synchronization point: report failures of earlier launches here.
        self.synchronize()
    }

    fn launch(
        &self,
        kernel: &Kernel,
        key: u64,
        grid: Grid,
        args: &[Arg<'_>],
        options: &LaunchOptions,
    ) -> Result<(), LaunchError> {
        let backend_err = |message: String| LaunchError::Backend {
            kernel: kernel.name.clone(),
            backend: self.name.clone(),
            message,
        };
        let checked = self.checked();
        // Emulated buffers are 256-byte aligned, as the driver's allocations are; they are
        // distinct allocations, so two alias exactly when they are the same buffer.
        let spec = SpecKey::of_launch(kernel, key, args, options, checked, &self.name, |raw| {
            raw.handle()
                .downcast_ref::<EmuBuffer>()
                .map(|b| BufferFact {
                    aligned16: true,
                    span: (
                        b as *const EmuBuffer as u64,
                        b as *const EmuBuffer as u64 + 1,
                    ),
                })
        })?;
        let timeout = self.timeout().map_err(backend_err)?;
        let compiled = self.compiled(kernel, spec).map_err(backend_err)?;

        let mut deferred = self.lock_launches();
        self.last
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .record(&compiled.info);
        // One buffer may be passed to several parameters (in-place kernels): lock each
        // distinct buffer once, and pass the later parameters as the same memory.
        let mut distinct: Vec<(&EmuBuffer, usize)> = Vec::new();
        let mut first_use = Vec::with_capacity(args.len());
        for (i, arg) in args.iter().enumerate() {
            if let Arg::Buffer(raw) = arg {
                let b = self.buffer(raw.handle()).map_err(|e| {
                    backend_err(format!(
                        "argument `{}`: {e}",
                        kernel.params.get(i).map_or("?", |p| p.name.as_str())
                    ))
                })?;
                match distinct.iter().find(|(d, _)| std::ptr::eq(*d, b)) {
                    Some(&(_, at)) => first_use.push(Some(at)),
                    None => {
                        distinct.push((b, i));
                        first_use.push(None);
                    }
                }
            } else {
                first_use.push(None);
            }
        }
        let mut guards: Vec<MutexGuard<'_, Vec<u8>>> =
            distinct.iter().map(|(b, _)| b.0.lock()).collect();
        let mut guards = guards.iter_mut();
        let mut emu_args = Vec::with_capacity(args.len());
        for (i, arg) in args.iter().enumerate() {
            match arg {
                Arg::Buffer(raw) => match first_use[i] {
                    Some(index) => emu_args.push(EmuArg::Same {
                        index,
                        len: raw.len() as u64,
                    }),
                    None => {
                        let Some(bytes) = guards.next() else {
                            return Err(backend_err(
                                "internal error: a buffer went missing".into(),
                            ));
                        };
                        if bytes.len() != raw.byte_len() {
                            return Err(backend_err(format!(
                                "internal error: argument #{i} is {} bytes, its buffer {}",
                                raw.byte_len(),
                                bytes.len()
                            )));
                        }
                        emu_args.push(EmuArg::Buffer(bytes));
                    }
                },
                Arg::Scalar(s) => emu_args.push(EmuArg::Scalar(params::scalar_bits(s).0)),
            }
        }
        let mut words = [0u32; WORDS];
        let printed = compiled
            .program
            .run_with_timeout(
                (grid.x, grid.y, grid.z),
                &mut emu_args,
                &mut words,
                self.cp_async,
                timeout,
            )
            .map_err(|e| backend_err(e.to_string()))?;
        if !printed.is_empty() {
            // A GPU's `printf` output reaches the process's standard output.
            print!("{}", String::from_utf8_lossy(&printed));
        }
        let record = LaunchRecord {
            meta: compiled.meta.clone(),
            lens: args
                .iter()
                .map(|a| match a {
                    Arg::Buffer(raw) => raw.len(),
                    Arg::Scalar(_) => 0,
                })
                .collect(),
        };
        let failed = status::decode(&words, std::slice::from_ref(&record)).err();
        if checked {
            // As on the GPU: a checked launch reports the first failure since the last
            // check, in launch order, and clears it.
            match deferred.take().or(failed) {
                Some(e) => Err(e),
                None => Ok(()),
            }
        } else {
            if deferred.is_none() {
                *deferred = failed;
            }
            Ok(())
        }
    }

    fn synchronize(&self) -> Result<(), RuntimeError> {
        match self.lock_launches().take() {
            Some(e) => Err(RuntimeError::KernelFailed(Box::new(e))),
            None => Ok(()),
        }
    }

    fn as_any(&self) -> Option<&dyn std::any::Any> {
        Some(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shared_memory_limit_follows_the_architecture() {
        assert_eq!(max_dynamic_shared(90), 232_448);
        assert_eq!(max_dynamic_shared(80), 166_912);
        assert_eq!(max_dynamic_shared(70), 49_152);
        // Turing's opt-in maximum (the runtime's table once said 48 KiB here, the
        // emulator's 64).
        assert_eq!(max_dynamic_shared(75), 65_536);
        assert_eq!(max_dynamic_shared(120), 101_376);
        let b = EmuBackend::with_arch(DEFAULT_EMU_ARCH);
        assert_eq!(b.arch(), 90);
        assert!(b.name().starts_with("cuda-emu "), "{}", b.name());
    }

    #[test]
    fn program_directories_are_owned_by_a_lock_not_a_pid() {
        // A directory was taken for abandoned when no process of its pid was visible: one
        // of a process in another PID namespace sharing TMPDIR was deleted under it.
        let tmp = std::env::temp_dir().join(format!("oxtile-emu-dirs-{}", std::process::id()));
        std::fs::create_dir_all(&tmp).unwrap();
        let (live, lock) = make_owned_dir(&tmp).unwrap();
        let (ended, ended_lock) = make_owned_dir(&tmp).unwrap();
        assert_ne!(live, ended);
        drop(ended_lock);
        // Named with a pid no process has, as the old scheme named them.
        let foreign = tmp.join(format!("{DIR_PREFIX}4194303"));
        std::fs::create_dir_all(&foreign).unwrap();
        remove_abandoned(&tmp);
        assert!(live.is_dir(), "a live owner's directory was removed");
        assert!(
            foreign.is_dir(),
            "a directory without an owner file was removed"
        );
        assert!(!ended.exists(), "an ended owner's directory was kept");
        drop(lock);
        remove_abandoned(&tmp);
        assert!(!live.exists());
        let _ = std::fs::remove_dir_all(&tmp);
    }

    #[test]
    fn the_architecture_must_be_a_real_one() {
        assert_eq!(parse_emu_arch("80").unwrap(), 80);
        assert_eq!(parse_emu_arch(" sm_90 ").unwrap(), 90);
        assert_eq!(parse_emu_arch("75").unwrap(), 75);
        for bad in [
            "sm_0",
            "0",
            "sm_4294967295",
            "4294967296",
            "91",
            "ampere",
            "",
            "+80",
        ] {
            let e = parse_emu_arch(bad).unwrap_err().to_string();
            assert!(
                e.contains("OXTILE_EMU_ARCH") && e.contains("architecture"),
                "{bad}: {e}"
            );
        }
    }
}
