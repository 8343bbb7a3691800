//! The CUDA device: context and stream, buffers, the compiled-kernel caches (memory and
//! disk), launch, and the status ring through which kernels report failures.
//!
//! ```text
//! launch ─▶ SpecKey (IR key, warps, stages, checked, fast math, alignment) ─▶ in-memory cache ─hit─▶ pack params ─▶ cuLaunchKernel
//!                                                                              │ miss
//!                                                                              ▼
//!                                  emit_cuda ─▶ disk cache (CUBIN) ─miss─▶ NVRTC ─▶ cuModuleLoadData
//! ```

mod buffer;
mod disk_cache;
pub(crate) mod emulated;
mod error;
mod info;
pub mod nvrtc;
pub(crate) mod params;
mod spec;
mod status;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock};

use cudarc::driver::{CudaContext, CudaFunction, CudaSlice, CudaStream, result, sys};
use kernel_core::DType;
use kernel_core::ir::Kernel;
use kernel_core::runtime::{
    Arg, Backend, BufferHandle, Grid, LaunchError, LaunchOptions, RuntimeError,
};

use crate::codegen::{self, CudaSource, ParamAbi};

pub(crate) use buffer::{CudaBuffer, Owner};
pub use disk_cache::cache_dir;
pub use emulated::{DEFAULT_EMU_ARCH, EmuBackend, emu_arch_from_env, parse_emu_arch};
pub use error::CudaError;
use error::driver_message;
use info::LastLaunches;
pub use info::{LaunchInfo, last_launch};
use params::ArgBits;
use spec::{BufferFact, SpecKey};
use status::{KernelMeta, LaunchRecord};

/// Status slots in the ring: each launch gets its own 16 words, so a failure found later
/// is attributed to the launch that wrote it (exactly, while at most this many launches
/// happen between two checks).
const RING: usize = 64;
/// Launch records kept per slot between checks (see [`Pending`]).
const RECORDS_PER_SLOT: usize = 4;
/// Bytes of one status slot.
const SLOT_BYTES: usize = WORDS * 4;
/// Status words per launch.
const WORDS: usize = codegen::status::WORDS as usize;
/// Dynamic shared memory a kernel may use without opting in.
const DEFAULT_MAX_DYNAMIC_SHARED: u32 = 48 * 1024;

/// A loaded kernel and what a launch needs to know about it.
struct Compiled {
    function: CudaFunction,
    params: Vec<ParamAbi>,
    threads: u32,
    shared_bytes: u32,
    words: usize,
    meta: Arc<KernelMeta>,
    info: Arc<LaunchInfo>,
}

/// Launches since the last status check, per ring slot.
///
/// A slot normally holds the record of the one launch that used it; past [`RING`] launches
/// between checks, a slot is reused, and its records list every distinct kernel that used it
/// (up to [`RECORDS_PER_SLOT`], oldest dropped), so that a failure can still be narrowed to
/// the kernels that could have written it. Checks happen at every checked launch,
/// `synchronize` and read.
struct Pending {
    /// Sequence number of the next launch; its slot is `next % RING`.
    next: u64,
    /// Launches since the last check.
    since_check: u64,
    slots: Vec<Vec<LaunchRecord>>,
    /// What the latest launch of each kernel ran with.
    last: LastLaunches,
}

impl Pending {
    fn record(&mut self, slot: usize, meta: &Arc<KernelMeta>, lens: impl Iterator<Item = usize>) {
        let records = &mut self.slots[slot];
        match records.last_mut() {
            Some(last) if Arc::ptr_eq(&last.meta, meta) => {
                last.lens.clear();
                last.lens.extend(lens);
            }
            _ => {
                if records.len() >= RECORDS_PER_SLOT {
                    records.remove(0);
                }
                records.push(LaunchRecord {
                    meta: meta.clone(),
                    lens: lens.collect(),
                });
            }
        }
    }
}

/// Why a status check failed.
enum CheckError {
    /// A kernel reported a failure.
    Kernel(LaunchError),
    /// The driver failed (a crashed kernel, a lost device).
    Driver(String),
}

/// oxtile's NVIDIA backend: specialized tile IR lowered to CUDA C ([`crate::codegen`]),
/// compiled by NVRTC for the device's architecture, cached in memory and on disk, and
/// launched through the CUDA driver API on one stream.
///
/// Launches are asynchronous unless checked mode is on ([`CudaBackend::set_checked`]); a
/// failure reported by a kernel in between surfaces from the next `synchronize` or read
/// as [`RuntimeError::KernelFailed`].
pub struct CudaBackend {
    name: String,
    ctx: Arc<CudaContext>,
    stream: Arc<CudaStream>,
    /// The architecture code is generated and compiled for (`sm_<arch>`).
    arch: u32,
    /// The largest dynamic shared memory a block may opt into.
    max_dynamic_shared: u32,
    nvrtc: &'static nvrtc::NvrtcInfo,
    checked: AtomicBool,
    disk: Option<PathBuf>,
    /// Compiled kernels; failures are cached too, so a kernel the backend cannot compile
    /// fails fast on every launch.
    kernels: RwLock<HashMap<SpecKey, Result<Arc<Compiled>, String>>>,
    /// Serializes compiles, so that threads launching one new kernel compile it once.
    compile_lock: Mutex<()>,
    /// Serializes launches and status checks (the ring and its records).
    pending: Mutex<Pending>,
    /// [`RING`] slots of status words, zero between failures (kept for its memory, used
    /// through `status_ptr`).
    _status: CudaSlice<u32>,
    status_ptr: sys::CUdeviceptr,
    /// [`FLUSH_BYTES`] the cache flush of timed runs zeroes, allocated on first use.
    flush: Mutex<Option<CudaSlice<u8>>>,
}

/// Bytes zeroed between timed runs to evict the L2 (Triton's 256 MiB: five times an H100's
/// 50 MiB, four times a B200's).
const FLUSH_BYTES: usize = 256 << 20;

impl std::fmt::Debug for CudaBackend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CudaBackend")
            .field("name", &self.name)
            .field("arch", &self.arch)
            .field("checked", &self.checked())
            .finish_non_exhaustive()
    }
}

/// Checked mode's default, shared by the GPU backends: on in debug builds, off in release;
/// `OXTILE_CHECKED=1`/`0` overrides.
pub use kernel_core::runtime::default_checked;

/// A debugging knob (`OXTILE_DUMP_CUDA`, `OXTILE_DUMP_PTX`): on when set to any spelling of
/// true. A value that is not a boolean is reported on stderr once and taken as off, since a
/// dump switch cannot change results and is read deep inside a compile.
fn env_flag(name: &str) -> bool {
    match kernel_core::runtime::env::flag(name) {
        Ok(v) => v == Some(true),
        Err(e) => {
            static WARNED: std::sync::Once = std::sync::Once::new();
            WARNED.call_once(|| eprintln!("oxtile: {e}"));
            false
        }
    }
}

impl CudaBackend {
    /// Opens device 0 with its primary context and a new stream.
    pub fn new() -> Result<CudaBackend, CudaError> {
        CudaBackend::with_ordinal(0)
    }

    /// Opens device `ordinal` with its primary context (shared with any other cudarc or
    /// CUDA runtime user in the process) and a new non-blocking stream.
    ///
    /// Checks that the driver and NVRTC can be loaded before calling into either: on a
    /// machine without them this returns [`CudaError::NoDriver`], [`CudaError::NoDevice`]
    /// or [`CudaError::NoNvrtc`], never panics.
    pub fn with_ordinal(ordinal: usize) -> Result<CudaBackend, CudaError> {
        error::no_panic("opening the device", || CudaBackend::open_ordinal(ordinal))
    }

    fn open_ordinal(ordinal: usize) -> Result<CudaBackend, CudaError> {
        driver_present()?;
        result::init().map_err(|e| match e.0 {
            sys::CUresult::CUDA_ERROR_NO_DEVICE => CudaError::NoDevice { ordinal, count: 0 },
            _ => CudaError::driver("cuInit", e),
        })?;
        let count = CudaContext::device_count()
            .map_err(|e| CudaError::driver("cuDeviceGetCount", e))?
            .max(0) as usize;
        if ordinal >= count {
            return Err(CudaError::NoDevice { ordinal, count });
        }
        // After the device checks, so that a machine without a GPU reports that rather than
        // a missing compiler it does not need.
        nvrtc::nvrtc_info()?;
        let ctx =
            CudaContext::new(ordinal).map_err(|e| CudaError::driver("creating a context", e))?;
        let stream = ctx
            .new_stream()
            .map_err(|e| CudaError::driver("creating a stream", e))?;
        CudaBackend::open(stream)
    }

    /// A backend on a stream of the caller's (and so on its context): oxtile's launches and
    /// copies are ordered with the caller's own work on that stream, which is how a crate
    /// already on cudarc adopts oxtile kernels one at a time.
    pub fn from_stream(stream: Arc<CudaStream>) -> Result<CudaBackend, CudaError> {
        nvrtc::nvrtc_info()?;
        CudaBackend::open(stream)
    }

    fn open(stream: Arc<CudaStream>) -> Result<CudaBackend, CudaError> {
        let checked = default_checked()?;
        let nvrtc = nvrtc::nvrtc_info()?;
        let ctx = stream.context().clone();
        ctx.bind_to_thread()
            .map_err(|e| CudaError::driver("binding the context", e))?;
        let device_name = ctx
            .name()
            .map_err(|e| CudaError::driver("cuDeviceGetName", e))?;
        let (major, minor) = ctx
            .compute_capability()
            .map_err(|e| CudaError::driver("querying the compute capability", e))?;
        let cc = (major.max(0) * 10 + minor.max(0)) as u32;
        let arch = nvrtc
            .arch_for(cc)
            .ok_or_else(|| CudaError::UnsupportedDevice {
                device: device_name.clone(),
                compute_capability: cc,
                supported: nvrtc.archs.clone(),
            })?;
        let max_dynamic_shared = ctx
            .attribute(
                sys::CUdevice_attribute::CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK_OPTIN,
            )
            .map(|v| v.max(0) as u32)
            .unwrap_or(DEFAULT_MAX_DYNAMIC_SHARED);
        let status = stream
            .alloc_zeros::<u32>(RING * WORDS)
            .map_err(|e| CudaError::driver("allocating the status buffer", e))?;
        let status_ptr = slice_ptr(&status, &stream);
        Ok(CudaBackend {
            name: format!("cuda:{} ({device_name})", ctx.ordinal()),
            ctx,
            stream,
            arch,
            max_dynamic_shared,
            nvrtc,
            checked: AtomicBool::new(checked),
            disk: disk_cache::cache_dir(),
            kernels: RwLock::new(HashMap::new()),
            compile_lock: Mutex::new(()),
            pending: Mutex::new(Pending {
                next: 0,
                since_check: 0,
                slots: (0..RING).map(|_| Vec::new()).collect(),
                last: LastLaunches::default(),
            }),
            _status: status,
            status_ptr,
            flush: Mutex::new(None),
        })
    }

    /// The stream every launch and copy of this backend goes to.
    pub fn stream(&self) -> &Arc<CudaStream> {
        &self.stream
    }

    /// The context the backend runs in.
    pub fn context(&self) -> &Arc<CudaContext> {
        &self.ctx
    }

    /// The architecture kernels are compiled for, e.g. `90` on an H100 (`sm_90a`).
    pub fn arch(&self) -> u32 {
        self.arch
    }

    /// Whether launches run in checked mode.
    pub fn checked(&self) -> bool {
        self.checked.load(Ordering::Relaxed)
    }

    /// Turns checked mode on or off (the default: [`default_checked`]).
    ///
    /// Checked: every unmasked access is bounds-checked on the device, and each launch
    /// waits for the kernel and returns its failure (out-of-bounds, assertion, bad loop
    /// step) as the launch's error. Unchecked: no bounds checks, launches return at once,
    /// and assertion or loop-step failures surface from the next `synchronize` or read.
    pub fn set_checked(&self, checked: bool) {
        self.checked.store(checked, Ordering::Relaxed);
    }

    /// The backend as an oxtile device.
    pub fn into_device(self) -> kernel_core::runtime::Device {
        kernel_core::runtime::Device::from_backend(Arc::new(self))
    }

    /// What the latest launch of the kernel named `kernel` on this backend compiled and ran
    /// with (warps, shared memory, pipeline stages requested and used), or `None` when it
    /// has not launched here. See [`last_launch`] for any CUDA device.
    pub fn last_launch(&self, kernel: &str) -> Option<LaunchInfo> {
        self.lock_pending().last.get(kernel)
    }

    fn buffer<'a>(&self, handle: &'a BufferHandle) -> Result<&'a CudaBuffer, RuntimeError> {
        handle
            .downcast_ref::<CudaBuffer>()
            .ok_or_else(|| RuntimeError::ForeignBuffer {
                device: self.name.clone(),
            })
    }

    fn lost(&self, during: &str, e: cudarc::driver::DriverError) -> RuntimeError {
        RuntimeError::DeviceLost {
            device: self.name.clone(),
            message: format!("{during}: {}", driver_message(&e)),
        }
    }

    fn lock_pending(&self) -> MutexGuard<'_, Pending> {
        self.pending.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Waits for the stream, then reads and clears the status slots of the launches since
    /// the last check. Called with the launch lock held, so no launch interleaves.
    fn check(&self, pending: &mut Pending) -> Result<(), CheckError> {
        let driver = |during: &str, e: cudarc::driver::DriverError| {
            CheckError::Driver(format!(
                "{during}: {} (a kernel may have crashed; the CUDA context is unusable after \
                 such errors)",
                driver_message(&e)
            ))
        };
        self.ctx
            .bind_to_thread()
            .map_err(|e| driver("binding the context", e))?;
        if pending.since_check == 0 {
            // SAFETY: the stream belongs to the bound context.
            return unsafe { result::stream::synchronize(self.stream.cu_stream()) }
                .map_err(|e| driver("synchronizing", e));
        }
        let mut words = [0u32; RING * WORDS];
        // SAFETY: `status_ptr` is the status allocation of exactly `words`' size, alive as
        // long as `self`; the copy completes before `words` is read (synchronize).
        unsafe {
            result::memcpy_dtoh_async(&mut words[..], self.status_ptr, self.stream.cu_stream())
                .map_err(|e| driver("reading the kernel status", e))?;
            result::stream::synchronize(self.stream.cu_stream())
                .map_err(|e| driver("synchronizing", e))?;
        }
        // Oldest launch first: the first failure in launch order is the one reported.
        let live = pending.since_check.min(RING as u64);
        let mut first = None;
        let mut any = false;
        for seq in pending.next - live..pending.next {
            let slot = (seq % RING as u64) as usize;
            let st = &words[slot * WORDS..][..WORDS];
            if st[0] != 0 {
                any = true;
                if first.is_none() {
                    first = status::decode(st, &pending.slots[slot]).err();
                }
            }
        }
        for records in &mut pending.slots {
            records.clear();
        }
        pending.since_check = 0;
        if any {
            // SAFETY: as above; zeroes the whole ring before any later launch runs.
            unsafe {
                result::memset_d8_async(
                    self.status_ptr,
                    0,
                    RING * SLOT_BYTES,
                    self.stream.cu_stream(),
                )
            }
            .map_err(|e| driver("clearing the kernel status", e))?;
        }
        match first {
            Some(e) => Err(CheckError::Kernel(e)),
            None => Ok(()),
        }
    }

    /// [`CudaBackend::check`] for the non-launch entry points (synchronize, read).
    fn check_runtime(&self) -> Result<(), RuntimeError> {
        let mut pending = self.lock_pending();
        self.check(&mut pending).map_err(|e| match e {
            CheckError::Kernel(e) => RuntimeError::KernelFailed(Box::new(e)),
            CheckError::Driver(message) => RuntimeError::DeviceLost {
                device: self.name.clone(),
                message,
            },
        })
    }

    /// The compiled kernel for `spec`, compiled on first use.
    fn compiled(&self, kernel: &Kernel, spec: SpecKey) -> Result<Arc<Compiled>, LaunchError> {
        let found = self
            .kernels
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&spec)
            .cloned();
        let entry = match found {
            Some(entry) => entry,
            None => {
                let _one_compile = self
                    .compile_lock
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner);
                let again = self
                    .kernels
                    .read()
                    .unwrap_or_else(PoisonError::into_inner)
                    .get(&spec)
                    .cloned();
                match again {
                    Some(entry) => entry,
                    None => {
                        let entry = self.compile(kernel, &spec).map(Arc::new);
                        self.kernels
                            .write()
                            .unwrap_or_else(PoisonError::into_inner)
                            .insert(spec, entry.clone());
                        entry
                    }
                }
            }
        };
        entry.map_err(|message| LaunchError::Backend {
            kernel: kernel.name.clone(),
            backend: self.name.clone(),
            message,
        })
    }

    /// Generates (see [`SpecKey::generate`]), compiles (or finds on disk) and loads a
    /// kernel.
    fn compile(&self, kernel: &Kernel, spec: &SpecKey) -> Result<Compiled, String> {
        let (source, info) = spec.generate(kernel, self.arch, self.max_dynamic_shared)?;
        self.build(kernel, &source, info)
    }

    /// Compiles `source` for this device (or loads it from the disk cache) and loads it.
    fn build(
        &self,
        kernel: &Kernel,
        source: &CudaSource,
        info: LaunchInfo,
    ) -> Result<Compiled, String> {
        if env_flag("OXTILE_DUMP_CUDA") {
            eprintln!(
                "// oxtile: CUDA C of kernel `{}` (sm_{})\n{}",
                kernel.name,
                nvrtc::arch_suffix(self.arch),
                source.source
            );
        }
        let target = nvrtc::Target::Cubin(self.arch);
        let dump_ptx = env_flag("OXTILE_DUMP_PTX");
        let path = self.disk.as_ref().map(|dir| {
            let key = disk_cache::StableHasher::default()
                .str("oxtile-cuda")
                .str(env!("CARGO_PKG_VERSION"))
                .str(&format!("{:?}", self.nvrtc.version))
                .str(&nvrtc::options(target).join(" "))
                .str(&source.entry)
                .str(&source.source)
                .finish();
            dir.join(disk_cache::entry_name(&kernel.name, key))
        });
        // A hit skips NVRTC; with OXTILE_DUMP_PTX the PTX is wanted, so compile anyway.
        if !dump_ptx
            && let Some(path) = &path
            && let Some(cubin) = disk_cache::read(path)
            && let Ok(compiled) = self.load(kernel, source, cubin, info.clone())
        {
            return Ok(compiled);
        }
        let out = nvrtc::compile(&source.source, &kernel.name, target)
            .map_err(|e| format!("{e}\n(set OXTILE_DUMP_CUDA=1 to see the generated source)"))?;
        if dump_ptx {
            eprintln!("// oxtile: PTX of kernel `{}`\n{}", kernel.name, out.ptx);
        }
        let cubin = out
            .cubin
            .ok_or_else(|| "NVRTC produced no CUBIN".to_string())?;
        if let Some(path) = &path {
            // The cache is an optimization: a read-only or full disk is not an error.
            let _ = disk_cache::write(path, &cubin);
        }
        self.load(kernel, source, cubin, info)
    }

    fn load(
        &self,
        kernel: &Kernel,
        source: &CudaSource,
        cubin: Vec<u8>,
        info: LaunchInfo,
    ) -> Result<Compiled, String> {
        let module = self
            .ctx
            .load_module(cudarc::nvrtc::Ptx::from_binary(cubin))
            .map_err(|e| format!("loading the compiled kernel failed: {}", driver_message(&e)))?;
        let function = module.load_function(&source.entry).map_err(|e| {
            format!(
                "the compiled module has no function `{}`: {}",
                source.entry,
                driver_message(&e)
            )
        })?;
        if source.shared_bytes > DEFAULT_MAX_DYNAMIC_SHARED {
            function
                .set_attribute(
                    sys::CUfunction_attribute::CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES,
                    source.shared_bytes as i32,
                )
                .map_err(|e| {
                    format!(
                        "cannot allow {} bytes of dynamic shared memory: {}",
                        source.shared_bytes,
                        driver_message(&e)
                    )
                })?;
        }
        Ok(Compiled {
            function,
            params: source.params.clone(),
            threads: source.threads,
            shared_bytes: source.shared_bytes,
            words: params::word_count(&source.params),
            meta: status::kernel_meta(kernel, source, &self.name),
            info: Arc::new(info),
        })
    }

    /// An argument as the kernel receives it.
    fn arg_bits(&self, arg: &Arg<'_>) -> Result<ArgBits, RuntimeError> {
        Ok(match arg {
            Arg::Buffer(raw) => ArgBits::Buffer {
                ptr: self.buffer(raw.handle())?.ptr,
                len: raw.len() as u64,
            },
            Arg::Scalar(s) => {
                let (bits, bytes) = params::scalar_bits(s);
                ArgBits::Scalar { bits, bytes }
            }
        })
    }
}

/// `NoDriver` unless libcuda can be loaded (cudarc panics on the first call into a library
/// it cannot load, so presence is checked first).
/// The driver entry points the backend calls, directly or through cudarc, checked when it
/// opens: cudarc resolves each at its first call and panics when it is missing.
#[cfg_attr(oxtile_cuda_linked, allow(dead_code))]
const DRIVER_SYMBOLS: &[&str] = &[
    "cuInit",
    "cuDriverGetVersion",
    "cuDeviceGetCount",
    "cuDeviceGet",
    "cuDeviceGetName",
    "cuDeviceGetAttribute",
    "cuDevicePrimaryCtxRetain",
    "cuDevicePrimaryCtxRelease_v2",
    "cuCtxSetCurrent",
    "cuCtxGetCurrent",
    "cuCtxSynchronize",
    "cuStreamCreate",
    "cuStreamSynchronize",
    "cuStreamDestroy_v2",
    "cuStreamWaitEvent",
    "cuMemAlloc_v2",
    "cuMemAllocAsync",
    "cuMemFree_v2",
    "cuMemFreeAsync",
    "cuMemsetD8Async",
    "cuMemcpyHtoDAsync_v2",
    "cuMemcpyDtoHAsync_v2",
    "cuMemcpyDtoDAsync_v2",
    "cuModuleLoadData",
    "cuModuleUnload",
    "cuModuleGetFunction",
    "cuFuncSetAttribute",
    "cuLaunchKernel",
    "cuGetErrorString",
    "cuGetErrorName",
    "cuEventCreate",
    "cuEventRecord",
    "cuEventSynchronize",
    "cuEventDestroy_v2",
    "cuPointerGetAttribute",
];

/// Whether the driver library loads and has every entry point the backend calls: a stub or
/// an old driver is [`CudaError::IncompleteLibrary`], not a panic inside cudarc.
fn driver_present() -> Result<(), CudaError> {
    // Probed once per process: `Device::default()` opens a backend per call, and each probe
    // tries a dozen library names.
    static PRESENT: std::sync::OnceLock<Result<(), CudaError>> = std::sync::OnceLock::new();
    PRESENT
        .get_or_init(|| {
            // Linked at build time (`--cfg oxtile_cuda_linked`, as candle links cudarc): the
            // loader resolved every symbol before `main`.
            #[cfg(oxtile_cuda_linked)]
            return Ok(());
            // SAFETY: only tries to dlopen the library by its candidate names.
            #[cfg(not(oxtile_cuda_linked))]
            {
                if !unsafe { sys::is_culib_present() } {
                    return Err(CudaError::NoDriver);
                }
                // SAFETY: a candidate loads, so `culib` opens the first one that does (the
                // same list, in the same order) instead of panicking.
                let lib = unsafe { sys::culib() };
                error::check_symbols("libcuda", DRIVER_SYMBOLS, |s| {
                    // SAFETY: only looks the symbol up.
                    unsafe { lib.get::<unsafe extern "C" fn()>(s.as_bytes()) }.is_ok()
                })
            }
        })
        .clone()
}

/// The device address of a slice of this backend. (cudarc's accessor also records the use
/// on an event for its cross-stream tracking; oxtile uses one stream, so it needs none.)
fn slice_ptr<T>(slice: &CudaSlice<T>, stream: &CudaStream) -> sys::CUdeviceptr {
    let (ptr, _record) = cudarc::driver::DevicePtr::device_ptr(slice, stream);
    ptr
}

/// Parameters of one launch, on the stack for kernels of up to this many words.
const INLINE_WORDS: usize = 48;

impl Backend for CudaBackend {
    fn name(&self) -> &str {
        &self.name
    }

    fn max_tile_elements(&self) -> u64 {
        crate::codegen::MAX_TILE_ELEMENTS
    }

    /// The device's: the dynamic shared memory a block may opt into (within what the code
    /// generator's architecture table allows), 1,024 threads (`num_warps = 32`).
    fn limits(&self) -> kernel_core::runtime::DeviceLimits {
        let mut l = kernel_core::runtime::DeviceLimits::unbounded(self.max_tile_elements());
        let arch = crate::codegen::max_shared_bytes(self.arch);
        l.max_shared_bytes = Some(u64::from(self.max_dynamic_shared.min(arch)));
        l.max_threads_per_program = 32 * 32;
        l
    }

    fn alloc(&self, bytes: usize) -> Result<BufferHandle, RuntimeError> {
        // Never zero bytes: every buffer gets a distinct, valid address.
        let slice =
            self.stream
                .alloc_zeros::<u8>(bytes.max(1))
                .map_err(|e| RuntimeError::Alloc {
                    device: self.name.clone(),
                    len: bytes,
                    dtype: DType::U8,
                    message: driver_message(&e),
                })?;
        let ptr = slice_ptr(&slice, &self.stream);
        Ok(Arc::new(CudaBuffer {
            ptr,
            bytes,
            owner: Owner::Own(slice),
        }))
    }

    fn upload(&self, bytes: &[u8]) -> Result<BufferHandle, RuntimeError> {
        // SAFETY: every byte is overwritten by the copy below before any use.
        let slice = unsafe { self.stream.alloc::<u8>(bytes.len().max(1)) }.map_err(|e| {
            RuntimeError::Alloc {
                device: self.name.clone(),
                len: bytes.len(),
                dtype: DType::U8,
                message: driver_message(&e),
            }
        })?;
        let ptr = slice_ptr(&slice, &self.stream);
        let handle: BufferHandle = Arc::new(CudaBuffer {
            ptr,
            bytes: bytes.len(),
            owner: Owner::Own(slice),
        });
        self.write(&handle, bytes)?;
        Ok(handle)
    }

    fn write(&self, buffer: &BufferHandle, bytes: &[u8]) -> Result<(), RuntimeError> {
        let b = self.buffer(buffer)?;
        if b.bytes != bytes.len() {
            return Err(RuntimeError::LengthMismatch {
                expected: b.bytes,
                found: bytes.len(),
                unit: "bytes",
            });
        }
        if bytes.is_empty() {
            return Ok(());
        }
        self.ctx
            .bind_to_thread()
            .map_err(|e| self.lost("binding the context", e))?;
        // SAFETY: `b.ptr` holds at least `bytes.len()` bytes. A copy from pageable host
        // memory returns once the data is staged, so `bytes` may be reused at once, as
        // `Backend::write` promises; it is ordered after earlier launches on the stream.
        unsafe { result::memcpy_htod_async(b.ptr, bytes, self.stream.cu_stream()) }
            .map_err(|e| self.lost("copying to the device", e))
    }

    fn read(&self, buffer: &BufferHandle, out: &mut [u8]) -> Result<(), RuntimeError> {
        let b = self.buffer(buffer)?;
        if b.bytes != out.len() {
            return Err(RuntimeError::LengthMismatch {
                expected: b.bytes,
                found: out.len(),
                unit: "bytes",
            });
        }
        if !out.is_empty() {
            self.ctx
                .bind_to_thread()
                .map_err(|e| self.lost("binding the context", e))?;
            // SAFETY: `b.ptr` holds `out.len()` bytes; the copy is complete after the
            // stream synchronization below, before `out` is used.
            unsafe {
                result::memcpy_dtoh_async(out, b.ptr, self.stream.cu_stream())
                    .map_err(|e| self.lost("copying from the device", e))?;
                result::stream::synchronize(self.stream.cu_stream())
                    .map_err(|e| self.lost("synchronizing", e))?;
            }
        }
        // Reading is a synchronization point: report failures of earlier launches here.
        self.check_runtime()
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
        let spec = SpecKey::of_launch(kernel, key, args, options, checked, &self.name, |raw| {
            raw.handle()
                .downcast_ref::<CudaBuffer>()
                .map(|b| BufferFact {
                    aligned16: b.ptr % 16 == 0,
                    span: (b.ptr, b.ptr + b.bytes.max(1) as u64),
                })
        })?;
        let compiled = self.compiled(kernel, spec)?;

        let mut inline = [0u64; INLINE_WORDS];
        let mut heap = Vec::new();
        let words: &mut [u64] = if compiled.words <= INLINE_WORDS {
            &mut inline[..compiled.words]
        } else {
            heap.resize(compiled.words, 0);
            &mut heap
        };
        let mut bits_err = None;
        let bits = args.iter().map(|a| {
            self.arg_bits(a).unwrap_or_else(|e| {
                bits_err = Some(e);
                ArgBits::Scalar { bits: 0, bytes: 0 }
            })
        });

        let mut pending = self.lock_pending();
        let slot = (pending.next % RING as u64) as usize;
        let status_ptr = self.status_ptr + (slot * SLOT_BYTES) as u64;
        let packed = params::pack(&compiled.params, bits, status_ptr, words);
        if let Some(e) = bits_err {
            return Err(backend_err(e.to_string()));
        }
        packed.map_err(|m| backend_err(format!("internal error: {m}")))?;
        let mut ptrs = [std::ptr::null_mut::<std::ffi::c_void>(); INLINE_WORDS];
        let mut heap_ptrs = Vec::new();
        let ptrs: &mut [*mut std::ffi::c_void] = if words.len() <= INLINE_WORDS {
            &mut ptrs[..words.len()]
        } else {
            heap_ptrs.resize(words.len(), std::ptr::null_mut());
            &mut heap_ptrs
        };
        for (p, w) in ptrs.iter_mut().zip(words.iter_mut()) {
            *p = w as *mut u64 as *mut std::ffi::c_void;
        }
        self.ctx
            .bind_to_thread()
            .map_err(|e| backend_err(format!("binding the context: {}", driver_message(&e))))?;
        // SAFETY: the parameters follow the generated kernel's ABI (`pack` checked each
        // against `compiled.params`); every buffer pointer is a live allocation of this
        // context at least as long as the length passed with it (the runtime checked the
        // arguments against the IR, and `Buffer` lengths against their allocations); the
        // status slot is ours. Buffers are freed on this stream, so after this launch.
        unsafe {
            result::launch_kernel(
                compiled.function.cu_function(),
                (grid.x, grid.y, grid.z),
                (compiled.threads, 1, 1),
                compiled.shared_bytes,
                self.stream.cu_stream(),
                ptrs,
            )
        }
        .map_err(|e| {
            backend_err(format!(
                "cuLaunchKernel failed: {} ({} threads, {} bytes of shared memory)",
                driver_message(&e),
                compiled.threads,
                compiled.shared_bytes
            ))
        })?;
        pending.next += 1;
        pending.since_check += 1;
        pending.last.record(&compiled.info);
        pending.record(
            slot,
            &compiled.meta,
            args.iter().map(|a| match a {
                Arg::Buffer(raw) => raw.len(),
                Arg::Scalar(_) => 0,
            }),
        );
        if checked {
            self.check(&mut pending).map_err(|e| match e {
                CheckError::Kernel(e) => e,
                CheckError::Driver(message) => backend_err(message),
            })?;
        }
        Ok(())
    }

    fn synchronize(&self) -> Result<(), RuntimeError> {
        self.check_runtime()
    }

    /// CUDA events recorded on the launch stream around `f`: device time, without the
    /// host's launch overhead or a synchronization's latency.
    fn time(&self, f: &mut dyn FnMut() -> Result<(), LaunchError>) -> Result<f64, LaunchError> {
        let err = |e: cudarc::driver::DriverError| LaunchError::Backend {
            kernel: "(timing)".into(),
            backend: self.name.clone(),
            message: driver_message(&e),
        };
        let flags = Some(sys::CUevent_flags::CU_EVENT_DEFAULT);
        let start = self.ctx.new_event(flags).map_err(err)?;
        let end = self.ctx.new_event(flags).map_err(err)?;
        start.record(&self.stream).map_err(err)?;
        f()?;
        end.record(&self.stream).map_err(err)?;
        let ms = start.elapsed_ms(&end).map_err(err)?;
        Ok(f64::from(ms) / 1e3)
    }

    fn timer(&self) -> &'static str {
        "CUDA events"
    }

    /// Zeroes 256 MiB on the launch stream, as Triton's `do_bench` does.
    fn flush_caches(&self) -> Result<(), RuntimeError> {
        let err = |e: cudarc::driver::DriverError| RuntimeError::Backend {
            device: self.name.clone(),
            message: format!("flushing the L2: {}", driver_message(&e)),
        };
        let mut flush = self.flush.lock().unwrap_or_else(|p| p.into_inner());
        if flush.is_none() {
            *flush = Some(self.stream.alloc_zeros::<u8>(FLUSH_BYTES).map_err(err)?);
        }
        let buf = flush.as_mut().expect("allocated above");
        self.stream.memset_zeros(buf).map_err(err)
    }

    /// The device, the architecture code is generated for, and the NVRTC that compiles it.
    fn provenance(&self) -> String {
        let (major, minor) = self.nvrtc.version;
        format!("{} sm_{} nvrtc {major}.{minor}", self.name, self.arch)
    }

    fn as_any(&self) -> Option<&dyn std::any::Any> {
        Some(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_without_a_driver_is_an_error_not_a_panic() {
        // On a machine with a GPU this opens it; without one it must fail cleanly.
        match CudaBackend::new() {
            Ok(b) => assert!(b.name().starts_with("cuda:0 ("), "{}", b.name()),
            Err(e) => {
                let msg = e.to_string();
                assert!(!msg.is_empty());
            }
        }
    }

    #[test]
    fn pending_records_keep_one_entry_per_kernel_run() {
        let meta = |k: &str| {
            Arc::new(KernelMeta {
                kernel: k.into(),
                params: vec![],
                is_buffer: vec![],
                messages: vec![],
                sites: vec![],
                device: "cuda:0 (test)".into(),
            })
        };
        let (a, b) = (meta("a"), meta("b"));
        let mut p = Pending {
            next: 0,
            since_check: 0,
            slots: vec![Vec::new()],
            last: LastLaunches::default(),
        };
        p.record(0, &a, [1usize].into_iter());
        p.record(0, &a, [2usize].into_iter());
        assert_eq!(p.slots[0].len(), 1);
        assert_eq!(p.slots[0][0].lens, vec![2]);
        p.record(0, &b, [].into_iter());
        for _ in 0..10 {
            p.record(0, &a, [].into_iter());
            p.record(0, &b, [].into_iter());
        }
        assert_eq!(p.slots[0].len(), RECORDS_PER_SLOT);
    }
}
