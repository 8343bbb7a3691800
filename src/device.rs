//! Choosing a device.
//!
//! [`Device`] is the runtime's device ([`runtime::Device`]) plus the choice of the best
//! available backend, which only the facade can make: it is the one crate that knows which
//! backends were compiled in (cargo features `cuda`, `wgpu`). Launchers take
//! `&runtime::Device`; a `&Device` converts to it by deref.

use std::ops::Deref;

use kernel_core::runtime;

/// Why no device could be opened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeviceError {
    /// `OXTILE_DEVICE` names a backend this build does not have.
    #[error("OXTILE_DEVICE={requested:?}: no such backend in this build (available: {available})")]
    Unavailable {
        /// What was asked for.
        requested: String,
        /// The backends compiled in.
        available: String,
    },
    /// An `OXTILE_*` environment knob is set to a value it cannot take.
    #[error(transparent)]
    Env(#[from] runtime::env::EnvError),
    /// The backend is compiled in but could not open a device (no driver, no adapter...).
    #[error("cannot open the {backend} backend: {message}")]
    Open {
        /// The backend's name.
        backend: &'static str,
        /// Why.
        message: String,
    },
}

/// A device to run kernels on: a GPU through a backend, the CPU, or the reference CPU
/// interpreter.
#[derive(Clone, Debug)]
pub struct Device(runtime::Device);

/// The backends compiled into this build, best first.
const BACKENDS: &[&str] = &[
    #[cfg(feature = "cuda")]
    "cuda",
    #[cfg(feature = "cuda")]
    "cuda-emu",
    #[cfg(feature = "wgpu")]
    "wgpu",
    "cpu",
    "interpreter",
];

impl Device {
    /// The best available device: CUDA, then wgpu on a real GPU, then the CPU device
    /// ([`Device::cpu`]: the interpreter's semantics on every core; GPU backends are tried
    /// only when compiled in). Environment knobs, in Triton's spirit:
    /// `OXTILE_INTERPRET=1` forces the interpreter; `OXTILE_DEVICE=<name>` picks a backend by
    /// name (see [`Device::by_name`]) and fails if it is not available. The CUDA emulator
    /// ([`Device::cuda_emu`]) is never picked unless named.
    // Not `impl Default`: opening a device can fail, and that failure is the caller's to
    // handle, so this returns a `Result`.
    #[allow(clippy::should_implement_trait)]
    pub fn default() -> Result<Device, DeviceError> {
        // Every knob is read before any device is tried: a misspelled one is an error here,
        // not a backend that silently falls through to the next (or runs unchecked).
        if runtime::env::flag("OXTILE_INTERPRET")? == Some(true) {
            return Ok(Device::interpreter());
        }
        runtime::default_checked()?;
        if let Ok(name) = std::env::var("OXTILE_DEVICE")
            && !name.is_empty()
        {
            return Device::by_name(&name);
        }
        // An NVIDIA GPU through CUDA when the driver reports one. A machine without a
        // driver or a GPU falls through silently; one with a GPU whose backend cannot open
        // (NVRTC missing) says why on stderr once, since it would otherwise run far slower
        // than its owner expects.
        #[cfg(feature = "cuda")]
        match oxtile_cuda::CudaBackend::new() {
            Ok(backend) => return Ok(Device(backend.into_device())),
            Err(oxtile_cuda::CudaError::NoDriver | oxtile_cuda::CudaError::NoDevice { .. }) => {}
            Err(e) => warn_once(&format!(
                "oxtile: an NVIDIA GPU is present but the CUDA backend cannot open: {e}; \
                 falling back to another device"
            )),
        }
        // A GPU through wgpu when there is one. A software adapter (Mesa's lavapipe) is
        // skipped: it emulates a GPU on the CPU, where the CPU device runs the same kernels
        // faster and exactly; ask for it by name (`OXTILE_DEVICE=wgpu`) to test the WGSL path
        // without a GPU.
        #[cfg(feature = "wgpu")]
        if let Ok(backend) = oxtile_wgpu::WgpuBackend::new()
            && !backend.is_cpu()
        {
            return Ok(Device(runtime::Device::from_backend(std::sync::Arc::new(
                backend,
            ))));
        }
        Device::cpu()
    }

    /// Opens the backend called `name` (`"cpu"`, `"interpreter"`, and `"cuda"`, `"cuda-emu"`
    /// or `"wgpu"` with those features).
    pub fn by_name(name: &str) -> Result<Device, DeviceError> {
        match name {
            "cpu" => Device::cpu(),
            "interpreter" | "interp" => Ok(Device::interpreter()),
            #[cfg(feature = "cuda")]
            "cuda" => Device::cuda(),
            #[cfg(feature = "cuda")]
            "cuda-emu" => Device::cuda_emu(),
            #[cfg(feature = "wgpu")]
            "wgpu" => Device::wgpu(),
            other => Err(DeviceError::Unavailable {
                requested: other.to_string(),
                available: BACKENDS.join(", "),
            }),
        }
    }

    /// The reference CPU interpreter: exact, checks every access, runs anywhere, one program
    /// after another, so every run computes the same bits (races and atomics included).
    pub fn interpreter() -> Device {
        Device(runtime::Device::interpreter())
    }

    /// The CPU device, what [`Device::default`] picks without a GPU: the interpreter's
    /// semantics and checks (every result of a program bit for bit the interpreter's), with
    /// each launch's programs spread over `OXTILE_CPU_THREADS` threads (default: one per
    /// core). Stores racing between programs and the order of atomics (so the rounding of a
    /// float `atomic_add`) may differ from run to run, as on a GPU; `OXTILE_CPU_THREADS=1`
    /// runs programs in order, deterministically.
    ///
    /// # Errors
    /// [`DeviceError::Env`] when `OXTILE_CPU_THREADS` is not a number.
    pub fn cpu() -> Result<Device, DeviceError> {
        Ok(Device(runtime::Device::cpu()?))
    }

    /// The default wgpu adapter (any Vulkan, Metal or DX12 device, software ones included),
    /// running kernels lowered to WGSL.
    #[cfg(feature = "wgpu")]
    pub fn wgpu() -> Result<Device, DeviceError> {
        oxtile_wgpu::device()
            .map(Device)
            .map_err(|e| DeviceError::Open {
                backend: "wgpu",
                message: e.to_string(),
            })
    }

    /// CUDA device 0 (an NVIDIA GPU), running kernels lowered to CUDA C and compiled by
    /// NVRTC. Fails with the reason (no driver, no GPU, NVRTC not found) on machines that
    /// cannot run it.
    #[cfg(feature = "cuda")]
    pub fn cuda() -> Result<Device, DeviceError> {
        oxtile_cuda::device()
            .map(Device)
            .map_err(|e| DeviceError::Open {
                backend: "cuda",
                message: e.to_string(),
            })
    }

    /// The CUDA backend emulated on the CPU (`OXTILE_DEVICE=cuda-emu`): kernels are
    /// specialized and lowered to CUDA C exactly as for a GPU (sm_90), then compiled with the
    /// host's C++ compiler against oxtile's CUDA emulator and run with every GPU thread a
    /// fiber, reporting failures as the CUDA backend does. It needs a C++ compiler (`g++`,
    /// or `$OXTILE_CXX`), not a GPU, and is for testing the CUDA code generator: it checks
    /// results, not speed (each specialization is a C++ compile, and a launch runs on one
    /// CPU thread), and a race the hardware would resolve differently may go unnoticed. See
    /// [`crate::cuda::emu`].
    #[cfg(feature = "cuda")]
    pub fn cuda_emu() -> Result<Device, DeviceError> {
        oxtile_cuda::emu_device()
            .map(Device)
            .map_err(|e| DeviceError::Open {
                backend: "cuda-emu",
                message: e.to_string(),
            })
    }

    /// The runtime device underneath.
    pub fn runtime(&self) -> &runtime::Device {
        &self.0
    }
}

/// Prints `message` to stderr the first time only.
#[cfg(feature = "cuda")]
fn warn_once(message: &str) {
    static WARNED: std::sync::Once = std::sync::Once::new();
    WARNED.call_once(|| eprintln!("{message}"));
}

impl Deref for Device {
    type Target = runtime::Device;
    fn deref(&self) -> &runtime::Device {
        &self.0
    }
}

impl From<runtime::Device> for Device {
    fn from(d: runtime::Device) -> Device {
        Device(d)
    }
}
