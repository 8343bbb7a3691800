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
    // Without GPU backends compiled in, the best device is the interpreter.
    if cfg!(not(any(feature = "cuda", feature = "wgpu"))) {
        assert_eq!(Device::default().unwrap().name(), "interpreter");
    }

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
}
