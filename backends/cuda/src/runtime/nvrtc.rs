//! Compiling generated CUDA C with NVRTC: for the GPU at hand to a CUBIN (loaded without
//! the driver's PTX JIT, which is what makes a disk-cache hit cheap), or to PTX for a
//! virtual architecture (what the CI compile check assembles with `ptxas`).

use std::ffi::{CString, c_char};
use std::sync::OnceLock;

use cudarc::nvrtc::{result, sys};

use super::CudaError;

/// What this process's NVRTC is: its version (part of every disk-cache key) and the real
/// architectures it can compile for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NvrtcInfo {
    /// `(major, minor)`, e.g. `(13, 0)`.
    pub version: (i32, i32),
    /// Supported `sm_XX` numbers, ascending (NVRTC 13.0: 75 to 121).
    pub archs: Vec<u32>,
}

impl NvrtcInfo {
    /// The newest architecture NVRTC supports that a device of compute capability `cc`
    /// (`major * 10 + minor`) can run: the device's own when supported, else the closest
    /// older one of the same major version, else the closest older one.
    pub fn arch_for(&self, cc: u32) -> Option<u32> {
        let older = self.archs.iter().copied().filter(|&a| a <= cc);
        older
            .clone()
            .filter(|&a| a / 10 == cc / 10)
            .max()
            .or_else(|| older.max())
    }
}

/// Loads NVRTC (once per process) and queries it. `NoNvrtc` when the library is missing,
/// `IncompleteLibrary` when it lacks an entry point the backend calls, never a panic:
/// cudarc panics on the first call into a library or symbol it cannot load, so both are
/// checked first.
pub fn nvrtc_info() -> Result<&'static NvrtcInfo, CudaError> {
    static INFO: OnceLock<Result<NvrtcInfo, CudaError>> = OnceLock::new();
    match INFO.get_or_init(|| super::error::no_panic("loading NVRTC", load_nvrtc)) {
        Ok(info) => Ok(info),
        Err(e) => Err(e.clone()),
    }
}

/// The NVRTC entry points the backend calls, directly or through cudarc, checked when it is
/// loaded: cudarc resolves each at its first call and panics when it is missing.
#[cfg_attr(oxtile_cuda_linked, allow(dead_code))]
const NVRTC_SYMBOLS: &[&str] = &[
    "nvrtcVersion",
    "nvrtcGetNumSupportedArchs",
    "nvrtcGetSupportedArchs",
    "nvrtcCreateProgram",
    "nvrtcCompileProgram",
    "nvrtcGetProgramLogSize",
    "nvrtcGetProgramLog",
    "nvrtcGetPTXSize",
    "nvrtcGetPTX",
    "nvrtcGetCUBINSize",
    "nvrtcGetCUBIN",
    "nvrtcDestroyProgram",
];

fn load_nvrtc() -> Result<NvrtcInfo, CudaError> {
    // Linked at build time (`--cfg oxtile_cuda_linked`), the loader has resolved every
    // symbol already; loaded at run time, check before the first call panics in cudarc.
    #[cfg(not(oxtile_cuda_linked))]
    {
        // SAFETY: only tries to dlopen the library by its candidate names.
        if !unsafe { sys::is_culib_present() } {
            return Err(CudaError::NoNvrtc);
        }
        // SAFETY: a candidate loads, so `culib` opens the first one that does instead of
        // panicking.
        let lib = unsafe { sys::culib() };
        super::error::check_symbols("libnvrtc", NVRTC_SYMBOLS, |s| {
            // SAFETY: only looks the symbol up.
            unsafe { lib.get::<unsafe extern "C" fn()>(s.as_bytes()) }.is_ok()
        })?;
    }
    let (mut major, mut minor) = (0, 0);
    // SAFETY: the library is present; the out-pointers are valid.
    unsafe { sys::nvrtcVersion(&mut major, &mut minor) }
        .result()
        .map_err(|e| nvrtc_failure("nvrtcVersion", e))?;
    let mut n = 0;
    // SAFETY: as above; `archs` has room for the `n` entries NVRTC reports.
    unsafe { sys::nvrtcGetNumSupportedArchs(&mut n) }
        .result()
        .map_err(|e| nvrtc_failure("nvrtcGetNumSupportedArchs", e))?;
    let mut archs = vec![0i32; n.max(0) as usize];
    unsafe { sys::nvrtcGetSupportedArchs(archs.as_mut_ptr()) }
        .result()
        .map_err(|e| nvrtc_failure("nvrtcGetSupportedArchs", e))?;
    let mut archs: Vec<u32> = archs.into_iter().map(|a| a.max(0) as u32).collect();
    archs.sort_unstable();
    Ok(NvrtcInfo {
        version: (major, minor),
        archs,
    })
}

fn nvrtc_failure(call: &str, e: result::NvrtcError) -> CudaError {
    CudaError::Compile {
        kernel: "<none>".into(),
        log: format!("{call} failed: {e:?}"),
    }
}

/// The architecture suffix NVRTC and ptxas are given for `arch`: `"90a"` for Hopper, whose
/// architecture-specific instructions (`wgmma`, `setmaxnreg`) exist only in the `a`
/// variant; the plain number otherwise. Code is always compiled for the exact device it
/// runs on, so giving up forward compatibility costs nothing.
pub fn arch_suffix(arch: u32) -> String {
    match arch {
        90 => "90a".to_string(),
        other => other.to_string(),
    }
}

/// What to compile to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A CUBIN for `sm_<arch>` (its PTX is available too).
    Cubin(u32),
    /// PTX for `compute_<arch>`.
    Ptx(u32),
}

/// The result of a successful compile.
#[derive(Debug, Clone)]
pub struct Output {
    /// The CUBIN, for [`Target::Cubin`].
    pub cubin: Option<Vec<u8>>,
    /// The PTX text (without the trailing NUL).
    pub ptx: String,
    /// NVRTC's log (warnings), usually empty.
    pub log: String,
}

/// The NVRTC options for `target`. No `--use_fast_math`: it would change results (flush
/// denormals, approximate division and transcendentals) against the interpreter's
/// reference semantics; kernels opt into fast intrinsics explicitly instead. `--fmad=true`
/// (NVRTC's default, spelled out because fast math relies on it) lets the plain `+ - *` of
/// a fast-math kernel contract into FMAs; exact kernels write theirs with `__f*_rn`
/// intrinsics, which never contract.
pub fn options(target: Target) -> Vec<String> {
    let arch = match target {
        Target::Cubin(a) => format!("--gpu-architecture=sm_{}", arch_suffix(a)),
        Target::Ptx(a) => format!("--gpu-architecture=compute_{}", arch_suffix(a)),
    };
    let mut opts = vec![
        arch,
        "--std=c++17".to_string(),
        "-default-device".to_string(),
        "--fmad=true".to_string(),
    ];
    if std::env::var("OXTILE_LINEINFO").is_ok_and(|v| v == "1") {
        // Source lines in the binary, for Nsight Compute's source view.
        opts.push("-lineinfo".to_string());
    }
    opts
}

/// Compiles `source` (CUDA C of the kernel `kernel`, for error messages) for `target`.
pub fn compile(source: &str, kernel: &str, target: Target) -> Result<Output, CudaError> {
    nvrtc_info()?;
    let fail = |log: String| CudaError::Compile {
        kernel: kernel.to_string(),
        log,
    };
    let src = CString::new(source).map_err(|_| fail("the source contains a NUL byte".into()))?;
    let name = CString::new(format!("{kernel}.cu")).unwrap_or_default();
    let prog = result::create_program(&src, Some(&name))
        .map_err(|e| fail(format!("nvrtcCreateProgram failed: {e:?}")))?;
    let out = compile_program(prog, target, &fail);
    // SAFETY: `prog` was created above and is destroyed once.
    let _ = unsafe { result::destroy_program(prog) };
    out
}

fn compile_program(
    prog: sys::nvrtcProgram,
    target: Target,
    fail: &dyn Fn(String) -> CudaError,
) -> Result<Output, CudaError> {
    let opts = options(target);
    // SAFETY: `prog` is a live program (created by the caller, destroyed after this).
    let compiled = unsafe { result::compile_program(prog, &opts) };
    let log = unsafe { result::get_program_log(prog) }
        .map(|l| c_chars_to_string(&l))
        .unwrap_or_default();
    if let Err(e) = compiled {
        let mut log = if log.trim().is_empty() {
            format!("{e:?}")
        } else {
            log
        };
        if log.contains("libnvrtc-builtins") {
            log.push_str(
                "\nhint: libnvrtc-builtins.so must be on LD_LIBRARY_PATH next to libnvrtc.so \
                 (for pip's nvidia-cuda-nvrtc: site-packages/nvidia/cu13/lib)",
            );
        }
        return Err(fail(format!("{log}\n(options: {})", opts.join(" "))));
    }
    let ptx = unsafe { result::get_ptx(prog) }
        .map(|p| c_chars_to_string(&p))
        .map_err(|e| fail(format!("nvrtcGetPTX failed: {e:?}")))?;
    let cubin = match target {
        Target::Cubin(_) => Some(get_cubin(prog).map_err(fail)?),
        Target::Ptx(_) => None,
    };
    Ok(Output { cubin, ptx, log })
}

fn get_cubin(prog: sys::nvrtcProgram) -> Result<Vec<u8>, String> {
    let mut size = 0usize;
    // SAFETY: `prog` is live and compiled; `buf` has the size NVRTC reported.
    unsafe { sys::nvrtcGetCUBINSize(prog, &mut size) }
        .result()
        .map_err(|e| format!("nvrtcGetCUBINSize failed: {e:?}"))?;
    if size == 0 {
        return Err("NVRTC produced no CUBIN".into());
    }
    let mut buf = vec![0u8; size];
    unsafe { sys::nvrtcGetCUBIN(prog, buf.as_mut_ptr() as *mut c_char) }
        .result()
        .map_err(|e| format!("nvrtcGetCUBIN failed: {e:?}"))?;
    Ok(buf)
}

/// NVRTC's NUL-terminated `char` buffers as a `String`.
fn c_chars_to_string(chars: &[c_char]) -> String {
    let bytes: Vec<u8> = chars
        .iter()
        .take_while(|&&c| c != 0)
        .map(|&c| c as u8)
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arch_choice_caps_at_what_nvrtc_supports() {
        let info = NvrtcInfo {
            version: (13, 0),
            archs: vec![75, 80, 86, 87, 88, 89, 90, 100, 103, 110, 120, 121],
        };
        assert_eq!(info.arch_for(90), Some(90));
        assert_eq!(info.arch_for(80), Some(80));
        assert_eq!(info.arch_for(86), Some(86));
        // A newer minor than NVRTC knows: the newest of the same major.
        assert_eq!(info.arch_for(125), Some(121));
        // A newer major than NVRTC knows: the newest it has.
        assert_eq!(info.arch_for(150), Some(121));
        // Older than anything supported.
        assert_eq!(info.arch_for(70), None);
    }

    #[test]
    fn options_target_the_right_architecture_and_keep_exact_math() {
        let o = options(Target::Cubin(90));
        assert_eq!(o[0], "--gpu-architecture=sm_90a");
        assert!(o.contains(&"--std=c++17".to_string()));
        assert!(!o.iter().any(|x| x.contains("fast_math")));
        assert_eq!(options(Target::Ptx(80))[0], "--gpu-architecture=compute_80");
    }

    /// Runs only where NVRTC is installed (CI sets `OXTILE_REQUIRE_NVRTC=1` to make its
    /// absence a failure rather than a skip).
    #[test]
    fn compiles_a_trivial_kernel_when_nvrtc_is_present() {
        if nvrtc_info().is_err() {
            assert!(
                !std::env::var("OXTILE_REQUIRE_NVRTC").is_ok_and(|v| v == "1"),
                "OXTILE_REQUIRE_NVRTC=1 but NVRTC cannot be loaded"
            );
            return;
        }
        let src = r#"extern "C" __global__ void k(float* x) { x[threadIdx.x] += 1.0f; }"#;
        let out = compile(src, "k", Target::Cubin(80)).unwrap();
        assert!(out.cubin.is_some_and(|c| c.starts_with(b"\x7fELF")));
        assert!(out.ptx.contains(".target sm_80"));
        let out = compile(src, "k", Target::Ptx(90)).unwrap();
        assert!(out.cubin.is_none());
        assert!(out.ptx.contains(".entry k"), "{}", out.ptx);
        match compile("this is not C", "bad", Target::Ptx(80)) {
            Err(CudaError::Compile { kernel, log }) => {
                assert_eq!(kernel, "bad");
                assert!(log.contains("error"), "{log}");
            }
            other => panic!("{other:?}"),
        }
    }
}
