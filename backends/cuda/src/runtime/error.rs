//! Why the CUDA backend could not open, compile or run something.

/// A failure of the CUDA backend outside a launch: opening the device, or interop.
///
/// Opening returns a typed error rather than panicking on a machine without an NVIDIA
/// driver, GPU or NVRTC, so a library shipping oxtile kernels can fall back to another
/// device (`oxtile::Device::default()` does).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CudaError {
    /// `libcuda` (the NVIDIA driver's user-space library) could not be loaded.
    #[error(
        "no NVIDIA driver: libcuda could not be loaded (is an NVIDIA GPU with its driver \
         installed on this machine?)"
    )]
    NoDriver,
    /// The driver loaded but reports no CUDA device (or not the one asked for).
    #[error("no CUDA device {ordinal}: the driver reports {count} device(s)")]
    NoDevice {
        /// The device index asked for.
        ordinal: usize,
        /// How many devices the driver sees.
        count: usize,
    },
    /// The device is older than every architecture this NVRTC can compile for.
    #[error(
        "device `{device}` (compute capability {compute_capability}) is not supported by this \
         NVRTC, which compiles for sm_{supported:?}"
    )]
    UnsupportedDevice {
        /// The device's name.
        device: String,
        /// `major * 10 + minor`.
        compute_capability: u32,
        /// The architectures NVRTC supports.
        supported: Vec<u32>,
    },
    /// NVRTC (the runtime CUDA C compiler) could not be loaded.
    #[error(
        "NVRTC not found: libnvrtc could not be loaded. Install it (`pip install \
         nvidia-cuda-nvrtc`, or the CUDA toolkit) and put the directory holding \
         libnvrtc.so on LD_LIBRARY_PATH (for pip: site-packages/nvidia/cu13/lib)"
    )]
    NoNvrtc,
    /// `libcuda` or `libnvrtc` loaded but lacks an entry point oxtile calls: a stub library,
    /// or a driver or NVRTC older than the CUDA 13.0 API oxtile is built against. (cudarc
    /// panics on the first call to a missing symbol; the backend checks them at opening.)
    #[error(
        "{library} was loaded but lacks `{symbol}` (a stub library, or a driver or NVRTC too \
         old for oxtile, which needs the CUDA 13.0 API)"
    )]
    IncompleteLibrary {
        /// `libcuda` or `libnvrtc`.
        library: &'static str,
        /// The first missing entry point.
        symbol: String,
    },
    /// A CUDA driver call failed.
    #[error("CUDA driver error during {during}: {message}")]
    Driver {
        /// What the backend was doing.
        during: &'static str,
        /// What the driver said.
        message: String,
    },
    /// NVRTC rejected generated CUDA C (a bug of oxtile's code generator: please report it
    /// with the log and the source from `OXTILE_DUMP_CUDA=1`).
    #[error("NVRTC failed to compile kernel `{kernel}`:\n{log}")]
    Compile {
        /// The kernel's name.
        kernel: String,
        /// NVRTC's log.
        log: String,
    },
    /// An interop call was given a device, buffer or slice of another backend or context.
    #[error("{0}")]
    Interop(String),
    /// An `OXTILE_*` environment knob is set to a value it cannot take.
    #[error(transparent)]
    Env(#[from] kernel_core::runtime::env::EnvError),
}

impl CudaError {
    /// A driver error, with what the backend was doing.
    pub(crate) fn driver(during: &'static str, e: cudarc::driver::DriverError) -> CudaError {
        CudaError::Driver {
            during,
            message: driver_message(&e),
        }
    }
}

/// A driver error as one readable line: `CUDA_ERROR_OUT_OF_MEMORY (out of memory)`.
pub(crate) fn driver_message(e: &cudarc::driver::DriverError) -> String {
    match e.error_string() {
        Ok(s) => format!("{:?} ({})", e.0, s.to_string_lossy()),
        Err(_) => format!("{:?}", e.0),
    }
}

/// The first of `symbols` that a library lacks (`has` looks one up), as a
/// [`CudaError::IncompleteLibrary`] of `library`.
#[cfg_attr(oxtile_cuda_linked, allow(dead_code))]
pub(crate) fn check_symbols(
    library: &'static str,
    symbols: &[&str],
    has: impl Fn(&str) -> bool,
) -> Result<(), CudaError> {
    match symbols.iter().find(|s| !has(s)) {
        Some(symbol) => Err(CudaError::IncompleteLibrary {
            library,
            symbol: symbol.to_string(),
        }),
        None => Ok(()),
    }
}

/// Runs `f`, turning a panic inside it (cudarc's, on a symbol missing from a library it
/// loaded, beyond those checked at opening) into [`CudaError::Driver`] during `during`.
pub(crate) fn no_panic<T>(
    during: &'static str,
    f: impl FnOnce() -> Result<T, CudaError>,
) -> Result<T, CudaError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|panic| {
        let message = panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "a panic in the CUDA bindings".into());
        Err(CudaError::Driver { during, message })
    })
}
