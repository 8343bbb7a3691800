//! A CUDA driver and an NVRTC that load but lack entry points (a stub library, an old or
//! broken driver): opening the CUDA backend must be an error naming the missing symbol,
//! never a panic inside cudarc ("Missing symbol cuInit"), and `Device::default()` must move
//! on to the next device.
//!
//! Which library is loaded is decided once per process, from `LD_LIBRARY_PATH` as it was
//! when the process started: the test builds the stubs with the C compiler, then runs
//! itself again as a child with their directory on `LD_LIBRARY_PATH` (its own binary, so
//! that no other test shares the child's libraries).
#![cfg(all(feature = "cuda", target_os = "linux"))]

use std::path::{Path, PathBuf};
use std::process::Command;

/// Set in the child: run the checks against the stubs.
const CHILD: &str = "OXTILE_STUB_CHILD";

/// Builds `lib<name>.so` in `dir` from C source `code`; false when no C compiler runs.
fn build_stub(dir: &Path, name: &str, code: &str) -> bool {
    let c = dir.join(format!("{name}.c"));
    std::fs::write(&c, code).unwrap();
    let so = dir.join(format!("lib{name}.so"));
    Command::new("cc")
        .args(["-shared", "-fPIC", "-o"])
        .arg(&so)
        .arg(&c)
        .status()
        .is_ok_and(|s| s.success())
}

/// The checks, in the child.
fn child() {
    let Err(err) = oxtile::Device::cuda() else {
        panic!("the stub driver opened");
    };
    let message = err.to_string();
    assert!(
        message.contains("libcuda") && message.contains("lacks `cuInit`"),
        "{message}"
    );
    let nvrtc = oxtile::cuda::nvrtc::nvrtc_info().unwrap_err();
    assert!(
        matches!(
            &nvrtc,
            oxtile::cuda::CudaError::IncompleteLibrary { library: "libnvrtc", symbol }
                if symbol == "nvrtcVersion"
        ),
        "{nvrtc}"
    );
    // Past CUDA (and a software wgpu adapter, which is never picked): the CPU device.
    let dev = oxtile::Device::default().expect("Device::default() fell through");
    assert_eq!(dev.name(), oxtile::Device::cpu().unwrap().name());
    println!("stub checks passed");
}

#[test]
fn a_cuda_library_without_the_symbols_is_an_error_not_a_panic() {
    if std::env::var_os(CHILD).is_some() {
        child();
        return;
    }
    let dir: PathBuf =
        std::env::temp_dir().join(format!("oxtile-cuda-stub-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // A driver with a version query but no cuInit; an NVRTC with one query but no version.
    let built = build_stub(
        &dir,
        "cuda",
        "int cuDriverGetVersion(int* v) { *v = 13000; return 0; }\n",
    ) && build_stub(
        &dir,
        "nvrtc",
        "int nvrtcGetNumSupportedArchs(int* n) { *n = 0; return 0; }\n",
    );
    if !built {
        eprintln!("skipped: no C compiler (cc) to build the stub libraries");
        return;
    }
    let out = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "a_cuda_library_without_the_symbols_is_an_error_not_a_panic",
            "--nocapture",
        ])
        .env(CHILD, "1")
        .env("LD_LIBRARY_PATH", &dir)
        .env_remove("OXTILE_DEVICE")
        .env_remove("OXTILE_INTERPRET")
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success() && log.contains("stub checks passed"),
        "{log}"
    );
    assert!(!log.contains("Missing symbol"), "cudarc panicked: {log}");
}
