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
    // No GPU backend is compiled in yet: the best device is the interpreter.
    assert_eq!(Device::default().unwrap().name(), "interpreter");

    unsafe { std::env::set_var("OXTILE_DEVICE", "cuda") };
    match Device::default() {
        Err(DeviceError::Unavailable {
            requested,
            available,
        }) => {
            assert_eq!(requested, "cuda");
            assert!(available.contains("interpreter"), "{available}");
        }
        other => panic!("expected Unavailable, got {other:?}"),
    }
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
