//! The wgpu device: buffers, the compiled-pipeline cache, dispatch, and the status buffer
//! through which kernels report out-of-bounds accesses and failed assertions.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use kernel_core::DType;
use kernel_core::ir::Kernel;
use kernel_core::runtime::{
    Access, Arg, Backend, BufferHandle, Grid, LaunchError, LaunchOptions, ProgramId, RuntimeError,
    ScalarValue,
};

use crate::codegen::{self, Caps, ParamBinding, Shader};

/// Invocations per workgroup: one workgroup runs one program. 64 is a multiple of every
/// subgroup size in use (8 on lavapipe, 32 on NVIDIA, 64 on AMD).
const WORKGROUP_SIZE: u32 = 64;

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
}

/// A compiled kernel: the pipeline and what the generated shader expects.
struct Compiled {
    pipeline: wgpu::ComputePipeline,
    shader: Shader,
}

/// A wgpu buffer and its size as the user sees it (the allocation is rounded up to 16
/// bytes, one `vec4` of the arrays the shaders bind).
#[derive(Debug)]
struct WgpuBuffer {
    buffer: wgpu::Buffer,
    bytes: usize,
}

/// oxtile's portable backend: kernels lowered to WGSL and run through wgpu.
pub struct WgpuBackend {
    name: String,
    is_cpu: bool,
    device: wgpu::Device,
    queue: wgpu::Queue,
    caps: Caps,
    max_workgroups: u32,
    /// Compiled pipelines by specialization key; failures are cached too, so a kernel the
    /// backend cannot run fails fast on every launch.
    cache: Mutex<HashMap<u64, Result<Arc<Compiled>, String>>>,
    /// Launches are serialized: each waits for its status buffer, like a synchronous stream.
    launch_lock: Mutex<()>,
}

impl std::fmt::Debug for WgpuBackend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WgpuBackend")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

impl WgpuBackend {
    /// Opens the default adapter (the `WGPU_*` environment variables of wgpu apply, e.g.
    /// `WGPU_BACKEND=vulkan`) with every limit it supports, and `SHADER_F16`, `SUBGROUP`,
    /// `SHADER_INT64` and `SHADER_F64` when available.
    pub fn new() -> Result<WgpuBackend, WgpuError> {
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
                | wgpu::Features::SHADER_F64);
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
        Ok(WgpuBackend {
            name: format!("wgpu ({}, {:?})", info.name, info.backend),
            is_cpu: info.device_type == wgpu::DeviceType::Cpu,
            device,
            queue,
            caps: Caps {
                shader_f16: features.contains(wgpu::Features::SHADER_F16),
                workgroup_size: WORKGROUP_SIZE,
                max_workgroup_storage_bytes: limits.max_compute_workgroup_storage_size,
                subgroups: features.contains(wgpu::Features::SUBGROUP)
                    && std::env::var("OXTILE_WGPU_SUBGROUPS").map_or(true, |v| v != "0"),
                runs: match std::env::var("OXTILE_WGPU_RUNS").as_deref() {
                    Ok("0") => false,
                    Ok("1") => true,
                    _ => info.device_type != wgpu::DeviceType::Cpu,
                },
                int64: features.contains(wgpu::Features::SHADER_INT64),
                float64: features.contains(wgpu::Features::SHADER_F64),
            },
            max_workgroups: limits.max_compute_workgroups_per_dimension,
            cache: Mutex::new(HashMap::new()),
            launch_lock: Mutex::new(()),
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

    fn buffer<'a>(&self, handle: &'a BufferHandle) -> Result<&'a WgpuBuffer, RuntimeError> {
        handle
            .downcast_ref::<WgpuBuffer>()
            .ok_or_else(|| RuntimeError::ForeignBuffer {
                device: self.name.clone(),
            })
    }

    fn wait(&self) -> Result<(), RuntimeError> {
        self.device
            .poll(wgpu::PollType::wait_indefinitely())
            .map(|_| ())
            .map_err(|e| RuntimeError::DeviceLost {
                device: self.name.clone(),
                message: e.to_string(),
            })
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
        self.wait()?;
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

    fn compile(&self, kernel: &Kernel) -> Result<Compiled, String> {
        let shader = codegen::emit_wgsl(kernel, &self.caps).map_err(|e| e.to_string())?;
        if std::env::var("OXTILE_DUMP_WGSL").is_ok_and(|v| v == "1") {
            eprintln!(
                "// oxtile: WGSL of kernel `{}`\n{}",
                kernel.name, shader.source
            );
        }
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
                layout: None,
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
        Ok(Compiled { pipeline, shader })
    }
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

    fn as_any(&self) -> Option<&dyn std::any::Any> {
        Some(self)
    }

    fn alloc(&self, bytes: usize) -> Result<BufferHandle, RuntimeError> {
        // wgpu zero-initializes new buffers, as `Backend::alloc` promises. Sizes are rounded
        // up to 16 bytes: 32-bit and f16 buffers are bound as arrays of 4-element vectors.
        let size = (bytes.max(16) as u64).next_multiple_of(16);
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
            });
        }
        // Copies must be whole 4-byte words: pad the tail with zeros.
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
            });
        }
        let data = self.read_back(&b.buffer, b.bytes as u64)?;
        out.copy_from_slice(&data);
        Ok(())
    }

    fn launch(
        &self,
        kernel: &Kernel,
        key: u64,
        grid: Grid,
        args: &[Arg<'_>],
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
        let _serial = self
            .launch_lock
            .lock()
            .unwrap_or_else(PoisonError::into_inner);

        // The params buffer: scalar arguments (two words for 64-bit ones) and buffer lengths.
        let mut words = vec![0u32; compiled.shader.params_words.max(1) as usize];
        let mut buffers = Vec::new();
        for (i, (arg, binding)) in args.iter().zip(&compiled.shader.params).enumerate() {
            let pname = kernel.params.get(i).map_or("?", |p| p.name.as_str());
            match (arg, binding) {
                (Arg::Scalar(s), ParamBinding::Scalar { word }) => {
                    let (w, n) = scalar_words(s);
                    let at = *word as usize;
                    let slot = words.get_mut(at..at + n).ok_or_else(|| {
                        backend_err(format!(
                            "argument `{pname}` does not match the compiled shader's parameter"
                        ))
                    })?;
                    slot.copy_from_slice(&w[..n]);
                }
                (Arg::Buffer(raw), ParamBinding::Buffer { binding, len_word }) => {
                    let len = u32::try_from(raw.len()).map_err(|_| {
                        backend_err(format!(
                            "argument `{pname}`: {} elements is more than WGSL can index",
                            raw.len()
                        ))
                    })?;
                    words[*len_word as usize] = len;
                    let b = self
                        .buffer(raw.handle())
                        .map_err(|e| backend_err(format!("argument `{pname}`: {e}")))?;
                    buffers.push((*binding, b));
                }
                _ => {
                    return Err(backend_err(format!(
                        "argument `{pname}` does not match the compiled shader's parameter"
                    )));
                }
            }
        }
        let word_bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
        let params = self.device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("oxtile params"),
            size: word_bytes.len() as u64,
            usage: wgpu::BufferUsages::STORAGE | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });
        self.queue.write_buffer(&params, 0, &word_bytes);
        let status = self.device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("oxtile status"),
            size: 16 * 4,
            usage: wgpu::BufferUsages::STORAGE | wgpu::BufferUsages::COPY_SRC,
            mapped_at_creation: false,
        });
        let mut entries = vec![
            wgpu::BindGroupEntry {
                binding: 0,
                resource: params.as_entire_binding(),
            },
            wgpu::BindGroupEntry {
                binding: 1,
                resource: status.as_entire_binding(),
            },
        ];
        for (binding, b) in &buffers {
            entries.push(wgpu::BindGroupEntry {
                binding: *binding,
                resource: b.buffer.as_entire_binding(),
            });
        }
        let scope = self.device.push_error_scope(wgpu::ErrorFilter::Validation);
        let bind_group = self.device.create_bind_group(&wgpu::BindGroupDescriptor {
            label: Some(&kernel.name),
            layout: &compiled.pipeline.get_bind_group_layout(0),
            entries: &entries,
        });
        let mut enc = self.device.create_command_encoder(&Default::default());
        {
            let mut pass = enc.begin_compute_pass(&Default::default());
            pass.set_pipeline(&compiled.pipeline);
            pass.set_bind_group(0, &bind_group, &[]);
            pass.dispatch_workgroups(grid.x, grid.y, grid.z);
        }
        self.queue.submit([enc.finish()]);
        if let Some(e) = pollster::block_on(scope.pop()) {
            return Err(backend_err(format!("dispatch rejected by wgpu: {e}")));
        }
        let raw = self
            .read_back(&status, 16 * 4)
            .map_err(|e| backend_err(e.to_string()))?;
        let st: Vec<u32> = raw
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        status_error(kernel, &compiled.shader, args, &st)
    }

    fn synchronize(&self) -> Result<(), RuntimeError> {
        self.wait()
    }
}

/// Turns the status words a kernel left behind into the launch's result (the protocol is
/// documented in [`crate::codegen`]).
fn status_error(
    kernel: &Kernel,
    shader: &Shader,
    args: &[Arg<'_>],
    st: &[u32],
) -> Result<(), LaunchError> {
    let program = ProgramId {
        x: st[5],
        y: st[6],
        z: st[7],
    };
    match st[0] {
        0 => Ok(()),
        1 => {
            let i = st[1] as usize;
            let len = match args.get(i) {
                Some(Arg::Buffer(b)) => b.len(),
                _ => 0,
            };
            Err(LaunchError::OutOfBounds {
                kernel: kernel.name.clone(),
                arg: kernel
                    .params
                    .get(i)
                    .map_or("?", |p| p.name.as_str())
                    .to_string(),
                access: match st[4] {
                    0 => Access::Load,
                    1 => Access::Store,
                    _ => Access::Atomic,
                },
                offset: st[2] as i32 as i64,
                len,
                program,
            })
        }
        2 => Err(LaunchError::AssertionFailed {
            kernel: kernel.name.clone(),
            message: shader
                .messages
                .get(st[1] as usize)
                .cloned()
                .unwrap_or_default(),
            program,
        }),
        3 => Err(LaunchError::BadLoopStep {
            kernel: kernel.name.clone(),
            step: st[2] as i32 as i128,
            program,
        }),
        code => Err(LaunchError::Backend {
            kernel: kernel.name.clone(),
            backend: "wgpu".into(),
            message: format!("the kernel reported an unknown status code {code}"),
        }),
    }
}
