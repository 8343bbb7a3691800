//! The wgpu device: buffers, the compiled-pipeline cache, dispatch, and the status ring
//! through which kernels report out-of-bounds accesses and failed assertions.
//!
//! # Launches
//!
//! A launch packs the kernel's parameter words (scalars, buffer lengths: see
//! [`ParamBinding`]) into its slot of a ring of [`RING`] parameter slots
//! (`Queue::write_buffer`), picks its slot of a ring of as many 16-word status slots, and
//! submits one compute pass. Both rings are single buffers bound with dynamic offsets, so
//! one bind group serves every launch on the same buffers: bind groups are cached by the
//! identity of the buffers they bind. A warm launch creates no wgpu buffer and, for buffers
//! already seen, no bind group: it is one small write, one command buffer and one submit.
//! (A cached bind group keeps its buffers' memory alive, so a dropped buffer is `destroy`ed
//! explicitly: wgpu frees it once the launches using it are done.)
//!
//! A status slot is zero when its launch starts; the shader writes the first failure of the
//! launch there (the protocol is [`codegen::status`]). Status slots are read back, decoded
//! into a [`LaunchError`] and zeroed again (`clear_buffer`, after the copy, in the same
//! submission) at the points below.
//!
//! **Checked mode** ([`WgpuBackend::set_checked`]; the default in debug builds,
//! `OXTILE_CHECKED=1`/`0` overrides): the read-back of the launch's status slot goes in the
//! launch's own submission, and the launch waits for it and returns the kernel's failure (out
//! of bounds, failed `device_assert`, bad loop step) as its own error.
//!
//! **Unchecked mode** (the default in release builds): a launch returns right after
//! `Queue::submit`. Its status slot is read back later: by `synchronize`, by a read, and,
//! when all [`RING`] slots are used, by the next launch, which starts a read-back of the full
//! ring without waiting for it (at most [`MAX_IN_FLIGHT`] such read-backs are outstanding;
//! past that a launch waits for the oldest). The first failure, in launch order, surfaces from
//! the next `synchronize` or read as [`RuntimeError::KernelFailed`], naming the kernel, the
//! argument and the offset.
//!
//! Unlike the CUDA backend's, the WGSL shaders bound-check every access in both modes (the
//! check is part of the generated code, and WGSL is memory-safe anyway): an out-of-bounds
//! access never touches memory. Unchecked only means asynchronous, with errors deferred.

use std::any::Any;
use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, PoisonError, Weak};

use kernel_core::DType;
use kernel_core::ir::Kernel;
use kernel_core::runtime::{
    Arg, Backend, BufferHandle, Grid, LaunchError, LaunchOptions, RuntimeError, ScalarValue,
    default_checked, env,
};

use crate::codegen::{self, Caps, ParamBinding, Shader};

/// Invocations per workgroup: one workgroup runs one program. 64 is a multiple of every
/// subgroup size in use (8 on lavapipe, 32 on NVIDIA, 64 on AMD).
const WORKGROUP_SIZE: u32 = 64;
/// Slots in the status and parameter rings: the launches between two read-backs of the
/// status words. Each launch has its own slot, so a failure is attributed to its launch.
const RING: usize = 64;
/// Words of one status slot.
const STATUS_WORDS: usize = codegen::status::WORDS as usize;
/// Parameter words a slot holds at first; the ring grows for kernels with more parameters.
const MIN_PARAM_WORDS: usize = 64;
/// Read-backs of full rings an unchecked launch leaves in flight before it waits for the
/// oldest: this bounds how far the host runs ahead of the device.
const MAX_IN_FLIGHT: usize = 4;
/// Bind groups kept; past this, those of freed buffers are dropped (all of them if that is
/// not enough).
const BIND_GROUP_CACHE: usize = 256;

/// Why the wgpu device could not be opened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WgpuError {
    /// No adapter matched (no Vulkan/Metal/DX12 driver, or none usable).
    #[error("no wgpu adapter available: {0}")]
    NoAdapter(String),
    /// The adapter refused to create a device.
    #[error("wgpu adapter `{adapter}` refused to open a device: {message}")]
    RequestDevice {
        /// The adapter's name.
        adapter: String,
        /// What wgpu said.
        message: String,
    },
    /// An `OXTILE_*` environment knob is set to a value it cannot take.
    #[error(transparent)]
    Env(#[from] kernel_core::runtime::env::EnvError),
}

// What the status decoder needs of a kernel, and of each launch (the protocol and its
// decoder are every GPU backend's: `kernel_core::runtime::status`).
use kernel_core::runtime::status::{KernelMeta, LaunchRecord};

/// A compiled kernel: the pipeline and what the generated shader expects.
struct Compiled {
    pipeline: wgpu::ComputePipeline,
    shader: Shader,
    /// The layout of group 0 (shared by every kernel with as many buffers).
    layout: wgpu::BindGroupLayout,
    meta: Arc<KernelMeta>,
}

/// A wgpu buffer and its size as the user sees it (the allocation is rounded up to 16
/// bytes, one `vec4` of the arrays the shaders bind).
#[derive(Debug)]
struct WgpuBuffer {
    buffer: wgpu::Buffer,
    bytes: usize,
}

impl Drop for WgpuBuffer {
    /// Frees the memory once the launches using it are done, although cached bind groups
    /// still refer to it (they are never used again: see [`Ring::bind_groups`]).
    fn drop(&mut self) {
        self.buffer.destroy();
    }
}

/// A cached bind group and the buffers it binds.
struct BoundBuffers {
    /// Keep the buffers' allocations (not their memory) alive, so that no other buffer can
    /// take their address, which is the cache key, while the entry exists.
    buffers: Vec<Weak<dyn Any + Send + Sync>>,
    bind_group: wgpu::BindGroup,
}

/// Status slots copied to a mappable buffer, waiting for the map to complete.
struct Readback {
    staging: wgpu::Buffer,
    /// Bytes copied: one status stride per record.
    bytes: u64,
    /// The launches of slots 0, 1, ..., in launch order.
    records: Vec<LaunchRecord>,
    submission: wgpu::SubmissionIndex,
    /// Set by the map callback.
    mapped: Arc<OnceLock<Result<(), String>>>,
}

/// The launch state, behind [`WgpuBackend::ring`]: launches and status checks are serialized.
struct Ring {
    /// [`RING`] parameter slots of `params_stride` bytes.
    params: wgpu::Buffer,
    params_stride: u64,
    /// Launches since the last read-back started; launch `i` uses slot `i` of both rings.
    pending: Vec<LaunchRecord>,
    /// Read-backs started and not yet decoded, oldest first.
    in_flight: VecDeque<Readback>,
    /// Staging buffers of decoded read-backs, for reuse.
    spare: Vec<wgpu::Buffer>,
    /// The first failure found and not yet reported.
    failure: Option<LaunchError>,
    /// Bind groups by the addresses of the bound buffers' handles, in binding order (the
    /// number of buffers picks the layout). An entry keeps those allocations from being
    /// reused, so a live handle at a key's address is the buffer the entry binds.
    bind_groups: HashMap<Vec<usize>, BoundBuffers>,
    /// Scratch for the key of a launch.
    key: Vec<usize>,
}

/// oxtile's portable backend: kernels lowered to WGSL and run through wgpu.
///
/// Launches are asynchronous unless checked mode is on ([`WgpuBackend::set_checked`]): an
/// unchecked launch returns once its work is submitted, and a failure a kernel reports
/// (out-of-bounds access, failed `device_assert`, bad loop step) surfaces from the next
/// `synchronize` or read as [`RuntimeError::KernelFailed`], naming the kernel and, for an
/// out-of-bounds access, the argument and the offset. A warm launch allocates no wgpu buffer:
/// its parameters and status words go to slots of two rings, bound with dynamic offsets
/// through a bind group cached per set of buffers.
pub struct WgpuBackend {
    name: String,
    /// The adapter and its driver (name, version), for results persisted across processes.
    provenance: String,
    is_cpu: bool,
    device: wgpu::Device,
    queue: wgpu::Queue,
    caps: Caps,
    max_workgroups: u32,
    /// The adapter's `max_storage_buffer_binding_size`: every buffer is bound whole.
    max_binding: u64,
    /// The device's `min_storage_buffer_offset_alignment`: slots start at multiples of it.
    align: u64,
    /// [`RING`] status slots of `status_stride` bytes, zero except after a failure that has
    /// not been read back.
    status: wgpu::Buffer,
    status_stride: u64,
    checked: AtomicBool,
    /// Compiled pipelines by specialization key; failures are cached too, so a kernel the
    /// backend cannot run fails fast on every launch.
    cache: Mutex<HashMap<u64, Result<Arc<Compiled>, String>>>,
    /// Bind group layouts by number of buffer bindings.
    layouts: Mutex<HashMap<usize, (wgpu::BindGroupLayout, wgpu::PipelineLayout)>>,
    /// The rings and the launches pending on them; serializes launches.
    ring: Mutex<Ring>,
    /// Timestamp queries for [`Backend::time`], where the adapter has them.
    timestamps: Option<Mutex<Timestamps>>,
}

/// Two timestamps written on the queue around the timed work, and where they resolve to.
struct Timestamps {
    set: wgpu::QuerySet,
    resolve: wgpu::Buffer,
    /// Nanoseconds per tick.
    period: f64,
}

impl std::fmt::Debug for WgpuBackend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WgpuBackend")
            .field("name", &self.name)
            .field("checked", &self.checked())
            .finish_non_exhaustive()
    }
}

impl WgpuBackend {
    /// Opens the default adapter (the `WGPU_*` environment variables of wgpu apply, e.g.
    /// `WGPU_BACKEND=vulkan`) with every limit it supports, and `SHADER_F16`, `SUBGROUP`,
    /// `SHADER_INT64`, `SHADER_F64` and `SHADER_INT64_ATOMIC_ALL_OPS` when available.
    pub fn new() -> Result<WgpuBackend, WgpuError> {
        // The knobs first: a misspelled one is an error before any adapter is opened.
        let checked = default_checked()?;
        let subgroups_knob = env::flag("OXTILE_WGPU_SUBGROUPS")?;
        let runs_knob = env::flag("OXTILE_WGPU_RUNS")?;
        // Vulkan, Metal and DX12 only: the GL backend cannot run compute shaders anyway, and
        // probing it without a display prints noise. `WGPU_BACKEND` still overrides.
        let mut desc = wgpu::InstanceDescriptor::new_without_display_handle();
        desc.backends = wgpu::Backends::PRIMARY;
        let instance = wgpu::Instance::new(desc.with_env());
        let adapter =
            pollster::block_on(instance.request_adapter(&wgpu::RequestAdapterOptions::default()))
                .map_err(|e| WgpuError::NoAdapter(e.to_string()))?;
        let info = adapter.get_info();
        let features = adapter.features()
            & (wgpu::Features::SHADER_F16
                | wgpu::Features::SUBGROUP
                | wgpu::Features::SHADER_INT64
                | wgpu::Features::SHADER_F64
                | wgpu::Features::SHADER_INT64_ATOMIC_ALL_OPS
                | wgpu::Features::TIMESTAMP_QUERY
                | wgpu::Features::TIMESTAMP_QUERY_INSIDE_ENCODERS);
        // The adapter's own limits, not WebGPU's defaults: kernels routinely take more than
        // the default 8 storage buffers (layer norm's backward takes 9 plus 2 of ours).
        let limits = adapter.limits();
        let (device, queue) = pollster::block_on(adapter.request_device(&wgpu::DeviceDescriptor {
            label: Some("oxtile"),
            required_features: features,
            required_limits: limits.clone(),
            ..Default::default()
        }))
        .map_err(|e| WgpuError::RequestDevice {
            adapter: info.name.clone(),
            message: e.to_string(),
        })?;
        let align = u64::from(limits.min_storage_buffer_offset_alignment.max(4));
        let status_stride = (STATUS_WORDS as u64 * 4).next_multiple_of(align);
        // Zero-initialized by wgpu, as every slot must be before its launch.
        let status = device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("oxtile status ring"),
            size: RING as u64 * status_stride,
            usage: wgpu::BufferUsages::STORAGE
                | wgpu::BufferUsages::COPY_SRC
                | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });
        let params_stride = (MIN_PARAM_WORDS as u64 * 4).next_multiple_of(align);
        let params = params_ring(&device, params_stride);
        let ts = wgpu::Features::TIMESTAMP_QUERY | wgpu::Features::TIMESTAMP_QUERY_INSIDE_ENCODERS;
        let period = f64::from(queue.get_timestamp_period());
        let timestamps = (features.contains(ts) && period > 0.0).then(|| {
            Mutex::new(Timestamps {
                set: device.create_query_set(&wgpu::QuerySetDescriptor {
                    label: Some("oxtile timing"),
                    ty: wgpu::QueryType::Timestamp,
                    count: 2,
                }),
                resolve: device.create_buffer(&wgpu::BufferDescriptor {
                    label: Some("oxtile timing resolve"),
                    size: 16,
                    usage: wgpu::BufferUsages::QUERY_RESOLVE | wgpu::BufferUsages::COPY_SRC,
                    mapped_at_creation: false,
                }),
                period,
            })
        });
        Ok(WgpuBackend {
            name: format!("wgpu ({}, {:?})", info.name, info.backend),
            provenance: format!(
                "wgpu {} ({:?}) driver {} {}",
                info.name, info.backend, info.driver, info.driver_info
            ),
            is_cpu: info.device_type == wgpu::DeviceType::Cpu,
            device,
            queue,
            caps: Caps {
                shader_f16: features.contains(wgpu::Features::SHADER_F16),
                workgroup_size: WORKGROUP_SIZE,
                max_workgroup_storage_bytes: limits.max_compute_workgroup_storage_size,
                subgroups: features.contains(wgpu::Features::SUBGROUP)
                    && subgroups_knob != Some(false),
                runs: runs_knob.unwrap_or(info.device_type != wgpu::DeviceType::Cpu),
                cpu: info.device_type == wgpu::DeviceType::Cpu,
                int64: features.contains(wgpu::Features::SHADER_INT64),
                float64: features.contains(wgpu::Features::SHADER_F64),
                // Only with the 64-bit types themselves (which a shader's `atomic<i64>` needs).
                int64_atomics: features.contains(
                    wgpu::Features::SHADER_INT64 | wgpu::Features::SHADER_INT64_ATOMIC_ALL_OPS,
                ),
            },
            max_workgroups: limits.max_compute_workgroups_per_dimension,
            max_binding: limits.max_storage_buffer_binding_size,
            align,
            status,
            status_stride,
            checked: AtomicBool::new(checked),
            cache: Mutex::new(HashMap::new()),
            layouts: Mutex::new(HashMap::new()),
            ring: Mutex::new(Ring {
                params,
                params_stride,
                pending: Vec::with_capacity(RING),
                in_flight: VecDeque::new(),
                spare: Vec::new(),
                failure: None,
                bind_groups: HashMap::new(),
                key: Vec::new(),
            }),
            timestamps,
        })
    }

    /// Stops using the adapter's subgroup operations: reductions then combine partial
    /// results through workgroup memory only. For drivers whose subgroup operations are
    /// suspect, and for testing that path; `OXTILE_WGPU_SUBGROUPS=0` does the same for
    /// [`WgpuBackend::new`]. Call it before the first launch (compiled pipelines are kept).
    pub fn without_subgroups(mut self) -> WgpuBackend {
        self.caps.subgroups = false;
        self
    }

    /// Chooses whether large tiles are held in runs of 4 contiguous elements per thread,
    /// read and written as 16-byte vectors where the pointers allow. The default is on for
    /// GPUs and off for CPU adapters (lavapipe vectorizes across threads and runs slower
    /// with runs); `OXTILE_WGPU_RUNS=0|1` overrides it for [`WgpuBackend::new`]. Call it
    /// before the first launch (compiled pipelines are kept).
    pub fn with_runs(mut self, runs: bool) -> WgpuBackend {
        self.caps.runs = runs;
        self
    }

    /// Lowers the workgroup memory shaders may use to `bytes` (never above the adapter's):
    /// tests run the paths of tiles too large for the adapter's memory (`dot`'s chunks of
    /// K) on small, quickly compiled tiles.
    #[cfg(test)]
    pub(crate) fn with_workgroup_memory(mut self, bytes: u32) -> WgpuBackend {
        self.caps.max_workgroup_storage_bytes = self.caps.max_workgroup_storage_bytes.min(bytes);
        self
    }

    /// The largest buffer, in bytes, that kernels can use: the adapter's
    /// `max_storage_buffer_binding_size` (128 MiB on lavapipe). Larger allocations fail.
    pub fn max_buffer_bytes(&self) -> u64 {
        self.max_binding
    }

    /// Whether large tiles are held in runs (see [`WgpuBackend::with_runs`]).
    pub fn uses_runs(&self) -> bool {
        self.caps.runs
    }

    /// Whether reductions use the adapter's subgroup operations.
    pub fn uses_subgroups(&self) -> bool {
        self.caps.subgroups
    }

    /// What the shaders may use on this adapter (64-bit types among them).
    pub fn caps(&self) -> &Caps {
        &self.caps
    }

    /// True when the adapter is a software rasterizer on the CPU (Mesa's lavapipe): correct
    /// but slower than the interpreter's host memory, so `Device::default()` skips it.
    pub fn is_cpu(&self) -> bool {
        self.is_cpu
    }

    /// Whether launches run in checked mode.
    pub fn checked(&self) -> bool {
        self.checked.load(Ordering::Relaxed)
    }

    /// Turns checked mode on or off (the default: on in debug builds, off in release;
    /// `OXTILE_CHECKED=1`/`0` overrides).
    ///
    /// Checked: each launch waits for its kernel and returns its failure (out-of-bounds
    /// access, failed `device_assert`, bad loop step) as the launch's error. Unchecked:
    /// launches return once submitted, and a failure surfaces from the next `synchronize`
    /// or read as [`RuntimeError::KernelFailed`]. Accesses are bounds-checked in both modes
    /// (an out-of-bounds access never reaches memory); only when the error is reported
    /// differs.
    pub fn set_checked(&self, checked: bool) {
        self.checked.store(checked, Ordering::Relaxed);
    }

    /// The backend as an oxtile device.
    pub fn into_device(self) -> kernel_core::runtime::Device {
        kernel_core::runtime::Device::from_backend(Arc::new(self))
    }

    fn buffer<'a>(&self, handle: &'a BufferHandle) -> Result<&'a WgpuBuffer, RuntimeError> {
        handle
            .downcast_ref::<WgpuBuffer>()
            .ok_or_else(|| RuntimeError::ForeignBuffer {
                device: self.name.clone(),
            })
    }

    fn lock_ring(&self) -> MutexGuard<'_, Ring> {
        self.ring.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn lost(&self, message: String) -> RuntimeError {
        RuntimeError::DeviceLost {
            device: self.name.clone(),
            message,
        }
    }

    fn wait(&self) -> Result<(), String> {
        self.device
            .poll(wgpu::PollType::wait_indefinitely())
            .map(|_| ())
            .map_err(|e| e.to_string())
    }

    /// Copies `bytes` bytes of `src` back to the host.
    fn read_back(&self, src: &wgpu::Buffer, bytes: u64) -> Result<Vec<u8>, RuntimeError> {
        let size = bytes.max(4).next_multiple_of(4);
        let staging = self.device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("oxtile readback"),
            size,
            usage: wgpu::BufferUsages::MAP_READ | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });
        let mut enc = self.device.create_command_encoder(&Default::default());
        enc.copy_buffer_to_buffer(src, 0, &staging, 0, Some(size));
        self.queue.submit([enc.finish()]);
        let slice = staging.slice(..);
        let (tx, rx) = std::sync::mpsc::channel();
        slice.map_async(wgpu::MapMode::Read, move |r| {
            let _ = tx.send(r);
        });
        self.wait().map_err(|m| self.lost(m))?;
        let mapped = rx
            .recv()
            .map_err(|e| e.to_string())
            .and_then(|r| r.map_err(|e| e.to_string()));
        mapped.map_err(|message| RuntimeError::Backend {
            device: self.name.clone(),
            message: format!("mapping a buffer for reading failed: {message}"),
        })?;
        let data = slice
            .get_mapped_range()
            .map_err(|e| RuntimeError::Backend {
                device: self.name.clone(),
                message: format!("reading a mapped buffer failed: {e}"),
            })?;
        let out = data[..bytes as usize].to_vec();
        drop(data);
        staging.unmap();
        Ok(out)
    }

    /// The layout of group 0 for a kernel with `buffers` buffer parameters, and a pipeline
    /// layout of that one group: params (binding 0) and status (binding 1) with dynamic
    /// offsets, then the buffers (bindings 2 and up), as [`codegen`] declares them.
    fn layout(&self, buffers: usize) -> (wgpu::BindGroupLayout, wgpu::PipelineLayout) {
        let mut layouts = self.layouts.lock().unwrap_or_else(PoisonError::into_inner);
        layouts
            .entry(buffers)
            .or_insert_with(|| {
                let storage = |binding: u32, read_only: bool, dynamic: bool, min: u64| {
                    wgpu::BindGroupLayoutEntry {
                        binding,
                        visibility: wgpu::ShaderStages::COMPUTE,
                        ty: wgpu::BindingType::Buffer {
                            ty: wgpu::BufferBindingType::Storage { read_only },
                            has_dynamic_offset: dynamic,
                            min_binding_size: wgpu::BufferSize::new(min),
                        },
                        count: None,
                    }
                };
                let mut entries = vec![
                    storage(0, true, true, 4),
                    storage(1, false, true, STATUS_WORDS as u64 * 4),
                ];
                entries.extend((0..buffers as u32).map(|i| storage(2 + i, false, false, 0)));
                let bgl = self
                    .device
                    .create_bind_group_layout(&wgpu::BindGroupLayoutDescriptor {
                        label: Some("oxtile group 0"),
                        entries: &entries,
                    });
                let pipeline_layout =
                    self.device
                        .create_pipeline_layout(&wgpu::PipelineLayoutDescriptor {
                            label: Some("oxtile"),
                            bind_group_layouts: &[Some(&bgl)],
                            immediate_size: 0,
                        });
                (bgl, pipeline_layout)
            })
            .clone()
    }

    /// The pipeline for a specialized kernel, compiled on first use.
    fn compiled(&self, kernel: &Kernel, key: u64) -> Result<Arc<Compiled>, LaunchError> {
        let mut cache = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
        let entry = cache
            .entry(key)
            .or_insert_with(|| self.compile(kernel).map(Arc::new));
        entry.clone().map_err(|message| LaunchError::Backend {
            kernel: kernel.name.clone(),
            backend: self.name.clone(),
            message,
        })
    }

    /// How long this adapter's driver takes to build the pipeline of a specialized kernel
    /// (WGSL generation excluded: the shader module and the compute pipeline), compiled
    /// afresh, outside the pipeline cache: what a kernel's first launch pays for its shader.
    /// The measure behind `oxtile-wgpu`'s compile-time report (see the book's GPU chapter).
    ///
    /// # Errors
    /// The kernel's code generation or validation error.
    pub fn pipeline_compile_time(&self, kernel: &Kernel) -> Result<std::time::Duration, String> {
        let shader = codegen::emit_wgsl(kernel, &self.caps).map_err(|e| e.to_string())?;
        let buffers = shader
            .params
            .iter()
            .filter(|p| matches!(p, ParamBinding::Buffer { .. }))
            .count();
        let (_, pipeline_layout) = self.layout(buffers);
        let start = std::time::Instant::now();
        let scope = self.device.push_error_scope(wgpu::ErrorFilter::Validation);
        let module = self
            .device
            .create_shader_module(wgpu::ShaderModuleDescriptor {
                label: Some(&kernel.name),
                source: wgpu::ShaderSource::Wgsl(shader.source.as_str().into()),
            });
        let _pipeline = self
            .device
            .create_compute_pipeline(&wgpu::ComputePipelineDescriptor {
                label: Some(&kernel.name),
                layout: Some(&pipeline_layout),
                module: &module,
                entry_point: Some("main"),
                compilation_options: Default::default(),
                cache: None,
            });
        if let Some(e) = pollster::block_on(scope.pop()) {
            return Err(format!("the generated WGSL was rejected: {e}"));
        }
        Ok(start.elapsed())
    }

    fn compile(&self, kernel: &Kernel) -> Result<Compiled, String> {
        let shader = codegen::emit_wgsl(kernel, &self.caps).map_err(|e| e.to_string())?;
        if env::flag("OXTILE_DUMP_WGSL").map_err(|e| e.to_string())? == Some(true) {
            eprintln!(
                "// oxtile: WGSL of kernel `{}`\n{}",
                kernel.name, shader.source
            );
        }
        let buffers = shader
            .params
            .iter()
            .filter(|p| matches!(p, ParamBinding::Buffer { .. }))
            .count();
        let (layout, pipeline_layout) = self.layout(buffers);
        let scope = self.device.push_error_scope(wgpu::ErrorFilter::Validation);
        let module = self
            .device
            .create_shader_module(wgpu::ShaderModuleDescriptor {
                label: Some(&kernel.name),
                source: wgpu::ShaderSource::Wgsl(shader.source.as_str().into()),
            });
        let pipeline = self
            .device
            .create_compute_pipeline(&wgpu::ComputePipelineDescriptor {
                label: Some(&kernel.name),
                layout: Some(&pipeline_layout),
                module: &module,
                entry_point: Some("main"),
                compilation_options: Default::default(),
                cache: None,
            });
        if let Some(e) = pollster::block_on(scope.pop()) {
            return Err(format!(
                "the generated WGSL was rejected (set OXTILE_DUMP_WGSL=1 to see it): {e}"
            ));
        }
        let meta = Arc::new(KernelMeta {
            kernel: kernel.name.clone(),
            params: kernel.params.iter().map(|p| p.name.clone()).collect(),
            is_buffer: kernel
                .params
                .iter()
                .map(|p| matches!(p.ty.elem, kernel_core::ir::Elem::Ptr(_)))
                .collect(),
            messages: shader.messages.clone(),
            sites: shader.sites.clone(),
            device: self.name.clone(),
        });
        Ok(Compiled {
            pipeline,
            shader,
            layout,
            meta,
        })
    }

    /// Replaces the parameter ring by one whose slots hold `bytes` bytes. Launches in flight
    /// keep the old buffer alive; cached bind groups bind the old one, so they go.
    fn grow_params(&self, ring: &mut Ring, bytes: usize) {
        ring.params_stride = (bytes as u64).next_multiple_of(self.align);
        ring.params = params_ring(&self.device, ring.params_stride);
        ring.bind_groups.clear();
    }

    /// The bind group of `compiled`'s layout binding the rings and the buffers of `args`
    /// (whose handle addresses, in binding order, are `key`): cached, or created.
    fn bind_group(
        &self,
        ring: &mut Ring,
        compiled: &Compiled,
        key: &[usize],
        args: &[Arg<'_>],
    ) -> Result<wgpu::BindGroup, String> {
        if let Some(bound) = ring.bind_groups.get(key) {
            return Ok(bound.bind_group.clone());
        }
        if ring.bind_groups.len() >= BIND_GROUP_CACHE {
            ring.bind_groups
                .retain(|_, b| b.buffers.iter().all(|w| w.strong_count() > 0));
            if ring.bind_groups.len() >= BIND_GROUP_CACHE {
                ring.bind_groups.clear();
            }
        }
        let mut entries = vec![
            wgpu::BindGroupEntry {
                binding: 0,
                resource: wgpu::BindingResource::Buffer(wgpu::BufferBinding {
                    buffer: &ring.params,
                    offset: 0,
                    size: wgpu::BufferSize::new(ring.params_stride),
                }),
            },
            wgpu::BindGroupEntry {
                binding: 1,
                resource: wgpu::BindingResource::Buffer(wgpu::BufferBinding {
                    buffer: &self.status,
                    offset: 0,
                    size: wgpu::BufferSize::new(STATUS_WORDS as u64 * 4),
                }),
            },
        ];
        let mut handles = Vec::with_capacity(key.len());
        for (arg, binding) in args.iter().zip(&compiled.shader.params) {
            if let (Arg::Buffer(raw), ParamBinding::Buffer { binding, .. }) = (arg, binding) {
                let b = self.buffer(raw.handle()).map_err(|e| e.to_string())?;
                entries.push(wgpu::BindGroupEntry {
                    binding: *binding,
                    resource: b.buffer.as_entire_binding(),
                });
                handles.push(Arc::downgrade(raw.handle()));
            }
        }
        let scope = self.device.push_error_scope(wgpu::ErrorFilter::Validation);
        let bind_group = self.device.create_bind_group(&wgpu::BindGroupDescriptor {
            label: Some(&compiled.meta.kernel),
            layout: &compiled.layout,
            entries: &entries,
        });
        if let Some(e) = pollster::block_on(scope.pop()) {
            return Err(format!("binding the arguments failed: {e}"));
        }
        ring.bind_groups.insert(
            key.to_vec(),
            BoundBuffers {
                buffers: handles,
                bind_group: bind_group.clone(),
            },
        );
        Ok(bind_group)
    }

    /// Appends to `enc` the read-back of the first `slots` status slots: a copy to a
    /// mappable buffer, then zeroes, so that the next launch may use slot 0. Returns the
    /// buffer and the bytes copied, for [`WgpuBackend::track_readback`] once submitted.
    fn encode_readback(
        &self,
        ring: &mut Ring,
        enc: &mut wgpu::CommandEncoder,
        slots: usize,
    ) -> (wgpu::Buffer, u64) {
        let bytes = slots as u64 * self.status_stride;
        let staging = ring.spare.pop().unwrap_or_else(|| {
            self.device.create_buffer(&wgpu::BufferDescriptor {
                label: Some("oxtile status readback"),
                size: RING as u64 * self.status_stride,
                usage: wgpu::BufferUsages::MAP_READ | wgpu::BufferUsages::COPY_DST,
                mapped_at_creation: false,
            })
        });
        enc.copy_buffer_to_buffer(&self.status, 0, &staging, 0, Some(bytes));
        enc.clear_buffer(&self.status, 0, Some(bytes));
        (staging, bytes)
    }

    /// After `submission` (which holds an [`WgpuBackend::encode_readback`] of every pending
    /// slot): maps the buffer and queues it, with the pending launches, for decoding.
    fn track_readback(
        &self,
        ring: &mut Ring,
        (staging, bytes): (wgpu::Buffer, u64),
        submission: wgpu::SubmissionIndex,
    ) {
        let mapped = Arc::new(OnceLock::new());
        let done = mapped.clone();
        staging.map_async(wgpu::MapMode::Read, ..bytes, move |r| {
            let _ = done.set(r.map_err(|e| e.to_string()));
        });
        let records = std::mem::replace(&mut ring.pending, Vec::with_capacity(RING));
        ring.in_flight.push_back(Readback {
            staging,
            bytes,
            records,
            submission,
            mapped,
        });
    }

    /// Starts reading back the status slots of the pending launches, in a submission of its
    /// own. Does not wait for it, except for the oldest read-back when more than
    /// [`MAX_IN_FLIGHT`] are outstanding; decodes those that completed.
    fn start_readback(&self, ring: &mut Ring) -> Result<(), String> {
        if ring.pending.is_empty() {
            return Ok(());
        }
        let mut enc = self.device.create_command_encoder(&Default::default());
        let readback = self.encode_readback(ring, &mut enc, ring.pending.len());
        let submission = self.queue.submit([enc.finish()]);
        self.track_readback(ring, readback, submission);
        let poll = if ring.in_flight.len() > MAX_IN_FLIGHT {
            wgpu::PollType::Wait {
                submission_index: Some(ring.in_flight[0].submission.clone()),
                timeout: None,
            }
        } else {
            wgpu::PollType::Poll
        };
        self.device.poll(poll).map_err(|e| e.to_string())?;
        self.collect(ring);
        Ok(())
    }

    /// Decodes the read-backs whose maps completed, oldest first, keeping the first failure.
    fn collect(&self, ring: &mut Ring) {
        while let Some(rb) = ring.in_flight.front() {
            let Some(result) = rb.mapped.get().cloned() else {
                break;
            };
            let Some(rb) = ring.in_flight.pop_front() else {
                break;
            };
            let found = result.and_then(|()| {
                let data = rb
                    .staging
                    .get_mapped_range(..rb.bytes)
                    .map_err(|e| e.to_string())?;
                let stride = self.status_stride as usize;
                let mut first = None;
                for (slot, record) in rb.records.iter().enumerate() {
                    let mut words = [0u32; STATUS_WORDS];
                    let raw = &data[slot * stride..][..STATUS_WORDS * 4];
                    for (w, c) in words.iter_mut().zip(raw.chunks_exact(4)) {
                        *w = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
                    }
                    if let Err(e) = decode(&words, record) {
                        first = Some(e);
                        break;
                    }
                }
                drop(data);
                rb.staging.unmap();
                Ok(first)
            });
            match found {
                Ok(first) => {
                    ring.spare.push(rb.staging);
                    if ring.failure.is_none() {
                        ring.failure = first;
                    }
                }
                Err(message) => {
                    if ring.failure.is_none() {
                        ring.failure = Some(LaunchError::Backend {
                            kernel: names(&rb.records),
                            backend: self.name.clone(),
                            message: format!("reading the kernels' status back failed: {message}"),
                        });
                    }
                }
            }
        }
    }

    /// Reads back every pending status slot and waits for the device; the first failure
    /// found since the last report is taken from `ring.failure` by the caller.
    fn check(&self, ring: &mut Ring) -> Result<(), String> {
        self.start_readback(ring)?;
        self.finish(ring)
    }

    /// Waits for the device and decodes every read-back.
    fn finish(&self, ring: &mut Ring) -> Result<(), String> {
        self.wait()?;
        self.collect(ring);
        if let Some(rb) = ring.in_flight.front() {
            return Err(format!(
                "the status read-back of `{}` did not complete",
                names(&rb.records)
            ));
        }
        Ok(())
    }

    /// [`WgpuBackend::check`] for `synchronize` and reads: a failure is `KernelFailed`.
    fn check_runtime(&self, ring: &mut Ring) -> Result<(), RuntimeError> {
        self.check(ring).map_err(|m| self.lost(m))?;
        match ring.failure.take() {
            Some(e) => Err(RuntimeError::KernelFailed(Box::new(e))),
            None => Ok(()),
        }
    }
}

/// A ring of [`RING`] parameter slots of `stride` bytes.
fn params_ring(device: &wgpu::Device, stride: u64) -> wgpu::Buffer {
    device.create_buffer(&wgpu::BufferDescriptor {
        label: Some("oxtile params ring"),
        size: RING as u64 * stride,
        usage: wgpu::BufferUsages::STORAGE | wgpu::BufferUsages::COPY_DST,
        mapped_at_creation: false,
    })
}

/// The distinct kernel names of `records`: `"a"`, `"a or b"`.
fn names(records: &[LaunchRecord]) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for r in records {
        if !seen.contains(&r.meta.kernel.as_str()) {
            seen.push(&r.meta.kernel);
        }
    }
    seen.join(" or ")
}

/// The `u32` words a scalar argument is passed as (see [`ParamBinding::Scalar`]): one, or
/// two (low, high) for a 64-bit scalar.
fn scalar_words(s: &ScalarValue) -> ([u32; 2], usize) {
    let split = |b: u64| ([b as u32, (b >> 32) as u32], 2);
    let one = match *s {
        ScalarValue::Bool(b) => b as u32,
        ScalarValue::I8(v) => v as i32 as u32,
        ScalarValue::I16(v) => v as i32 as u32,
        ScalarValue::I32(v) => v as u32,
        ScalarValue::U8(v) => v as u32,
        ScalarValue::U16(v) => v as u32,
        ScalarValue::U32(v) => v,
        ScalarValue::F16(v) => v.to_bits() as u32,
        ScalarValue::BF16(v) => v.to_bits() as u32,
        ScalarValue::F32(v) => v.to_bits(),
        ScalarValue::F8E4M3(v) => v.0 as u32,
        ScalarValue::F8E5M2(v) => v.0 as u32,
        ScalarValue::I64(v) => return split(v as u64),
        ScalarValue::U64(v) => return split(v),
        ScalarValue::F64(v) => return split(v.to_bits()),
    };
    ([one, 0], 1)
}

impl Backend for WgpuBackend {
    fn name(&self) -> &str {
        &self.name
    }

    /// 2^16 elements, as on CUDA (past that a tile is over 1,024 values per thread of a
    /// 64-thread workgroup); 2^14 on CPU adapters, whose compiler (llvmpipe's LLVM) unrolls
    /// the per-slot loops: a copy kernel's pipeline took 6 s to build at 2^10 elements and
    /// 26 s at 2^12 on a loaded 2-core machine, and 376 s at 2^16.
    fn max_tile_elements(&self) -> u64 {
        if self.is_cpu { 1 << 14 } else { 1 << 16 }
    }

    /// The adapter and its driver's name and version.
    fn provenance(&self) -> String {
        self.provenance.clone()
    }

    /// The adapter's: workgroups per dimension (within CUDA's grid limits, which every
    /// launch is held to), workgroup storage, the workgroup size, the 64-bit features.
    fn limits(&self) -> kernel_core::runtime::DeviceLimits {
        let mut l = kernel_core::runtime::DeviceLimits::unbounded(self.max_tile_elements());
        l.max_grid = Grid {
            x: l.max_grid.x.min(self.max_workgroups),
            y: l.max_grid.y.min(self.max_workgroups),
            z: l.max_grid.z.min(self.max_workgroups),
        };
        l.max_shared_bytes = Some(u64::from(self.caps.max_workgroup_storage_bytes));
        l.max_threads_per_program = self.caps.workgroup_size;
        l.int64 = self.caps.int64;
        l.float64 = self.caps.float64;
        l
    }

    fn alloc(&self, bytes: usize) -> Result<BufferHandle, RuntimeError> {
        // wgpu zero-initializes new buffers, as `Backend::alloc` promises. Sizes are rounded
        // up to 16 bytes: 32-bit and f16 buffers are bound as arrays of 4-element vectors.
        // Checked: near `usize::MAX` the rounding overflowed (a panic in debug builds, and
        // in release a wrapped size of 0 and an `Ok` buffer backed by nothing).
        let size = u64::try_from(bytes.max(16))
            .ok()
            .and_then(|b| b.checked_next_multiple_of(16))
            .unwrap_or(u64::MAX);
        if size > self.max_binding {
            // wgpu would allocate it, then refuse every launch that binds it.
            return Err(RuntimeError::Alloc {
                device: self.name.clone(),
                len: bytes,
                dtype: DType::U8,
                message: format!(
                    "{size} bytes is more than the adapter's largest storage buffer binding \
                     ({} bytes), so no kernel could use it",
                    self.max_binding
                ),
            });
        }
        let scope = self.device.push_error_scope(wgpu::ErrorFilter::OutOfMemory);
        let buffer = self.device.create_buffer(&wgpu::BufferDescriptor {
            label: None,
            size,
            usage: wgpu::BufferUsages::STORAGE
                | wgpu::BufferUsages::COPY_SRC
                | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });
        if let Some(e) = pollster::block_on(scope.pop()) {
            return Err(RuntimeError::Alloc {
                device: self.name.clone(),
                len: bytes,
                dtype: DType::U8,
                message: e.to_string(),
            });
        }
        Ok(Arc::new(WgpuBuffer { buffer, bytes }))
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
        // Copies must be whole 4-byte words: pad the tail with zeros. Queue-ordered: after
        // the launches submitted so far, before those to come.
        let mut padded = bytes.to_vec();
        padded.resize(bytes.len().max(4).next_multiple_of(4), 0);
        self.queue.write_buffer(&b.buffer, 0, &padded);
        Ok(())
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
        let mut ring = self.lock_ring();
        // Reading is a synchronization point: the status of earlier launches is read back
        // with the data, and their first failure reported.
        self.start_readback(&mut ring).map_err(|m| self.lost(m))?;
        let data = self.read_back(&b.buffer, b.bytes as u64)?;
        out.copy_from_slice(&data);
        self.check_runtime(&mut ring)
    }

    fn launch(
        &self,
        kernel: &Kernel,
        key: u64,
        grid: Grid,
        args: &[Arg<'_>],
        // `num_warps`/`num_stages` are CUDA's; `fast_math` too: WGSL has no switch for
        // contraction or approximate division/exp2, and its float ops already have the
        // accuracy the WGSL spec allows (the driver may contract, `/` and `exp2` are within
        // a few ulps), so a launch runs the same shader either way.
        _options: &LaunchOptions,
    ) -> Result<(), LaunchError> {
        let backend_err = |message: String| LaunchError::Backend {
            kernel: kernel.name.clone(),
            backend: self.name.clone(),
            message,
        };
        for (axis, value) in [('x', grid.x), ('y', grid.y), ('z', grid.z)] {
            if value > self.max_workgroups {
                return Err(LaunchError::BadGrid {
                    kernel: kernel.name.clone(),
                    axis,
                    value,
                    max: self.max_workgroups,
                });
            }
        }
        let compiled = self.compiled(kernel, key)?;

        // The parameter words: scalar arguments (two words for 64-bit ones) and buffer lengths.
        let words = compiled.shader.params_words.max(1) as usize;
        let mut inline = [0u8; MIN_PARAM_WORDS * 4];
        let mut heap = Vec::new();
        let params: &mut [u8] = if words <= MIN_PARAM_WORDS {
            &mut inline[..words * 4]
        } else {
            heap.resize(words * 4, 0);
            &mut heap
        };
        let mut lens = Vec::with_capacity(args.len());
        let mut ring = self.lock_ring();
        let mut key = std::mem::take(&mut ring.key);
        key.clear();
        for (i, (arg, binding)) in args.iter().zip(&compiled.shader.params).enumerate() {
            let pname = kernel.params.get(i).map_or("?", |p| p.name.as_str());
            let mut put = |at: u32, w: &[u32]| {
                let bytes = params.get_mut(at as usize * 4..(at as usize + w.len()) * 4);
                let bytes = bytes.ok_or_else(|| {
                    backend_err(format!(
                        "argument `{pname}` does not match the compiled shader's parameter"
                    ))
                })?;
                for (chunk, w) in bytes.chunks_exact_mut(4).zip(w) {
                    chunk.copy_from_slice(&w.to_le_bytes());
                }
                Ok::<(), LaunchError>(())
            };
            match (arg, binding) {
                (Arg::Scalar(s), ParamBinding::Scalar { word }) => {
                    lens.push(0);
                    let (w, n) = scalar_words(s);
                    put(*word, &w[..n])?;
                }
                (Arg::Buffer(raw), ParamBinding::Buffer { len_word, .. }) => {
                    let len = u32::try_from(raw.len()).map_err(|_| {
                        backend_err(format!(
                            "argument `{pname}`: {} elements is more than WGSL can index",
                            raw.len()
                        ))
                    })?;
                    self.buffer(raw.handle())
                        .map_err(|e| backend_err(format!("argument `{pname}`: {e}")))?;
                    lens.push(raw.len());
                    key.push(Arc::as_ptr(raw.handle()) as *const () as usize);
                    put(*len_word, &[len])?;
                }
                _ => {
                    return Err(backend_err(format!(
                        "argument `{pname}` does not match the compiled shader's parameter"
                    )));
                }
            }
        }
        if params.len() as u64 > ring.params_stride {
            self.grow_params(&mut ring, params.len());
        }
        // A full ring: read it back (without waiting) so that this launch can use slot 0.
        if ring.pending.len() == RING {
            self.start_readback(&mut ring).map_err(&backend_err)?;
        }
        let bound = self.bind_group(&mut ring, &compiled, &key, args);
        ring.key = key;
        let bind_group = bound.map_err(&backend_err)?;
        let slot = ring.pending.len() as u64;
        let offsets = [
            u32::try_from(slot * ring.params_stride),
            u32::try_from(slot * self.status_stride),
        ];
        let [Ok(params_offset), Ok(status_offset)] = offsets else {
            return Err(backend_err("the parameter ring outgrew 4 GiB".into()));
        };

        let scope = self.device.push_error_scope(wgpu::ErrorFilter::Validation);
        self.queue
            .write_buffer(&ring.params, u64::from(params_offset), params);
        let mut enc = self.device.create_command_encoder(&Default::default());
        {
            let mut pass = enc.begin_compute_pass(&Default::default());
            pass.set_pipeline(&compiled.pipeline);
            pass.set_bind_group(0, &bind_group, &[params_offset, status_offset]);
            pass.dispatch_workgroups(grid.x, grid.y, grid.z);
        }
        // Checked: the status read-back (this launch's slot and any pending before it) goes
        // in the same submission.
        let checked = self.checked();
        let readback =
            checked.then(|| self.encode_readback(&mut ring, &mut enc, slot as usize + 1));
        let submission = self.queue.submit([enc.finish()]);
        if let Some(e) = pollster::block_on(scope.pop()) {
            // Nothing of the submission ran: the earlier launches stay pending.
            if let Some((staging, _)) = readback {
                ring.spare.push(staging);
            }
            return Err(backend_err(format!("dispatch rejected by wgpu: {e}")));
        }
        ring.pending.push(LaunchRecord {
            meta: compiled.meta.clone(),
            lens,
        });
        if let Some(readback) = readback {
            self.track_readback(&mut ring, readback, submission);
            self.finish(&mut ring).map_err(&backend_err)?;
            if let Some(e) = ring.failure.take() {
                return Err(e);
            }
        }
        Ok(())
    }

    fn synchronize(&self) -> Result<(), RuntimeError> {
        let mut ring = self.lock_ring();
        self.check_runtime(&mut ring)
    }

    /// Timestamp queries written on the queue before the first and after the last launch
    /// of `f` where the adapter has them (`TIMESTAMP_QUERY_INSIDE_ENCODERS`): device time,
    /// without the host's launch overhead or a synchronization's latency. Else the wall
    /// clock, as every backend.
    fn time(&self, f: &mut dyn FnMut() -> Result<(), LaunchError>) -> Result<f64, LaunchError> {
        let Some(ts) = &self.timestamps else {
            return kernel_core::runtime::time_by_wall_clock(self, f);
        };
        let err = |e: RuntimeError| LaunchError::Backend {
            kernel: "(timing)".into(),
            backend: self.name.clone(),
            message: e.to_string(),
        };
        let ts = ts.lock().unwrap_or_else(|p| p.into_inner());
        let mut enc = self.device.create_command_encoder(&Default::default());
        enc.write_timestamp(&ts.set, 0);
        self.queue.submit([enc.finish()]);
        f()?;
        let mut enc = self.device.create_command_encoder(&Default::default());
        enc.write_timestamp(&ts.set, 1);
        enc.resolve_query_set(&ts.set, 0..2, &ts.resolve, 0);
        self.queue.submit([enc.finish()]);
        let bytes = self.read_back(&ts.resolve, 16).map_err(err)?;
        // Failures of the timed launches surface here, as after any synchronization.
        self.synchronize().map_err(err)?;
        let tick = |i: usize| {
            let mut w = [0u8; 8];
            w.copy_from_slice(&bytes[8 * i..8 * i + 8]);
            u64::from_le_bytes(w)
        };
        Ok(tick(1).saturating_sub(tick(0)) as f64 * ts.period * 1e-9)
    }

    fn timer(&self) -> &'static str {
        if self.timestamps.is_some() {
            "wgpu timestamp queries"
        } else {
            "wall clock"
        }
    }

    fn as_any(&self) -> Option<&dyn Any> {
        Some(self)
    }
}

/// Turns the status words a launch left behind into its result (the protocol and its
/// tests are [`kernel_core::runtime::status`]'s).
fn decode(st: &[u32; STATUS_WORDS], record: &LaunchRecord) -> Result<(), LaunchError> {
    kernel_core::runtime::status::decode(st, std::slice::from_ref(record), "wgpu")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> LaunchRecord {
        LaunchRecord {
            meta: Arc::new(KernelMeta {
                kernel: "k".into(),
                params: vec!["x".into(), "n".into(), "out".into()],
                is_buffer: vec![true, false, true],
                messages: vec!["first".into(), "x must be positive".into()],
                sites: vec![],
                device: "wgpu (test)".into(),
            }),
            lens: vec![10, 0, 12],
        }
    }

    #[test]
    fn kernel_names_are_listed_once() {
        let a = record();
        let mut b = record();
        b.meta = Arc::new(KernelMeta {
            kernel: "other".into(),
            ..(*a.meta).clone()
        });
        assert_eq!(names(&[a.clone(), b, a]), "k or other");
    }
}
