//! `Device::default()` and its environment knobs. One test in its own binary, because it
//! changes the process environment.

use oxtile::{Device, DeviceError};

#[test]
fn default_device_honours_the_environment() {
    // SAFETY: this binary runs this one test, on one thread, so nothing reads the
    // environment concurrently.
    unsafe {
        std::env::remove_var("OXTILE_INTERPRET");
        std::env::remove_var("OXTILE_DEVICE");
    }
    // Without GPU backends compiled in, the best device is the CPU device.
    if cfg!(not(any(feature = "cuda", feature = "wgpu"))) {
        assert_eq!(Device::default().unwrap().name(), "cpu");
    }
    // Without a GPU present either (this machine's case in CI): a software wgpu adapter is
    // never picked, so a device on the CPU is.
    let picked = Device::default().unwrap();
    if !picked.name().starts_with("cuda") && !picked.name().starts_with("wgpu") {
        assert_eq!(picked.name(), "cpu");
    }
    // `OXTILE_CPU_THREADS` is a number or an error naming it.
    unsafe { std::env::set_var("OXTILE_CPU_THREADS", "two") };
    match Device::cpu() {
        Err(DeviceError::Env(e)) => assert_eq!(e.variable, "OXTILE_CPU_THREADS"),
        other => panic!("expected an Env error, got {other:?}"),
    }
    unsafe { std::env::set_var("OXTILE_CPU_THREADS", "1") };
    assert_eq!(Device::by_name("cpu").unwrap().name(), "cpu");
    unsafe { std::env::remove_var("OXTILE_CPU_THREADS") };

    unsafe { std::env::set_var("OXTILE_DEVICE", "metal") };
    match Device::default() {
        Err(DeviceError::Unavailable {
            requested,
            available,
        }) => {
            assert_eq!(requested, "metal");
            assert!(available.contains("interpreter"), "{available}");
        }
        other => panic!("expected Unavailable, got {other:?}"),
    }
    // CUDA: unavailable without the feature; with it, a GPU machine opens it and any other
    // machine gets the reason, never a panic.
    unsafe { std::env::set_var("OXTILE_DEVICE", "cuda") };
    match Device::default() {
        #[cfg(not(feature = "cuda"))]
        Err(DeviceError::Unavailable { requested, .. }) => assert_eq!(requested, "cuda"),
        #[cfg(feature = "cuda")]
        Ok(dev) => assert!(dev.name().starts_with("cuda:"), "{}", dev.name()),
        #[cfg(feature = "cuda")]
        Err(DeviceError::Open { backend, message }) => {
            assert_eq!(backend, "cuda");
            assert!(!message.is_empty());
        }
        other => panic!("unexpected {other:?}"),
    }
    // The CUDA emulator: by name only, wherever the `cuda` feature is on.
    unsafe { std::env::set_var("OXTILE_DEVICE", "cuda-emu") };
    match Device::default() {
        #[cfg(not(feature = "cuda"))]
        Err(DeviceError::Unavailable { requested, .. }) => assert_eq!(requested, "cuda-emu"),
        #[cfg(feature = "cuda")]
        Ok(dev) => assert!(dev.name().starts_with("cuda-emu "), "{}", dev.name()),
        other => panic!("unexpected {other:?}"),
    }
    unsafe { std::env::remove_var("OXTILE_DEVICE") };
    assert!(!Device::default().unwrap().name().starts_with("cuda-emu"));
    // OXTILE_INTERPRET wins over OXTILE_DEVICE, as TRITON_INTERPRET does.
    unsafe { std::env::set_var("OXTILE_INTERPRET", "1") };
    assert_eq!(Device::default().unwrap().name(), "interpreter");
    unsafe {
        std::env::set_var("OXTILE_INTERPRET", "0");
        std::env::set_var("OXTILE_DEVICE", "interpreter");
    }
    assert_eq!(Device::default().unwrap().name(), "interpreter");
    assert!(Device::by_name("metal").is_err());

    // Every boolean knob takes 1/0, true/false, yes/no, on/off in any case; anything else is
    // an error naming the variable. `OXTILE_INTERPRET=false` once forced the interpreter
    // (any value but `0` did), and `OXTILE_CHECKED=true` once meant the build's default.
    unsafe {
        std::env::remove_var("OXTILE_DEVICE");
        std::env::set_var("OXTILE_INTERPRET", " TRUE ");
    }
    assert_eq!(Device::default().unwrap().name(), "interpreter");
    unsafe { std::env::set_var("OXTILE_DEVICE", "interpreter") };
    for off in ["false", "no", "OFF", "0"] {
        unsafe { std::env::set_var("OXTILE_INTERPRET", off) };
        // Not forced: OXTILE_DEVICE decides (and it names the interpreter here, since no
        // GPU is sure to be present).
        assert_eq!(Device::default().unwrap().name(), "interpreter", "{off}");
    }
    unsafe { std::env::set_var("OXTILE_INTERPRET", "ture") };
    match Device::default() {
        Err(DeviceError::Env(e)) => {
            assert_eq!(e.variable, "OXTILE_INTERPRET");
            assert_eq!(e.value, "ture");
            assert!(e.to_string().contains("OXTILE_INTERPRET"), "{e}");
        }
        other => panic!("expected an Env error, got {other:?}"),
    }
    unsafe {
        std::env::remove_var("OXTILE_INTERPRET");
        std::env::set_var("OXTILE_CHECKED", "maybe");
    }
    match Device::default() {
        Err(DeviceError::Env(e)) => assert_eq!(e.variable, "OXTILE_CHECKED"),
        other => panic!("expected an Env error, got {other:?}"),
    }
    assert!(oxtile::runtime::default_checked().is_err());
    // The emulator reads it too, and refuses to open rather than guess.
    #[cfg(feature = "cuda")]
    match Device::cuda_emu() {
        Err(DeviceError::Open { backend, message }) => {
            assert_eq!(backend, "cuda-emu");
            assert!(message.contains("OXTILE_CHECKED"), "{message}");
        }
        other => panic!("expected an error, got {other:?}"),
    }
    for (v, want) in [("true", true), ("Yes", true), ("on", true), ("off", false)] {
        unsafe { std::env::set_var("OXTILE_CHECKED", v) };
        assert_eq!(oxtile::runtime::default_checked(), Ok(want), "{v}");
        #[cfg(feature = "cuda")]
        {
            let dev = Device::cuda_emu().unwrap();
            let emu = oxtile::cuda::emu::EmuBackend::new().unwrap();
            assert_eq!(emu.checked(), want, "{v}");
            drop(dev);
        }
    }
    unsafe { std::env::remove_var("OXTILE_CHECKED") };
}
