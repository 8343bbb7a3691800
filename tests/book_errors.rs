//! The run-time errors the book's "Errors" chapter shows, made here and compared with the
//! text the chapter includes (`book/src/errors/*.txt`), so the chapter cannot drift from
//! what oxtile prints. `OXTILE_BLESS=1` rewrites the files after a deliberate change.

use oxtile::prelude::*;

/// Compares `got` with `book/src/errors/<name>.txt` (or writes it, blessing).
fn snapshot(name: &str, got: &str) {
    let path = format!("{}/book/src/errors/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    let got = format!("{got}\n");
    if std::env::var("OXTILE_BLESS").is_ok_and(|v| v == "1") {
        std::fs::create_dir_all(std::path::Path::new(&path).parent().unwrap()).unwrap();
        std::fs::write(&path, &got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e} (OXTILE_BLESS=1 writes it)"));
    assert_eq!(got, want, "{path} differs (OXTILE_BLESS=1 rewrites it)");
}

// ANCHOR: unmasked
#[kernel]
fn add_unmasked<const BLOCK: usize>(x: Ptr<f32>, y: Ptr<f32>, out: Ptr<f32>) {
    let offs = program_id(0) * BLOCK + arange(0, BLOCK);
    // No mask: the last program reads past the end when n is not a multiple of BLOCK.
    store(out + offs, load(x + offs) + load(y + offs));
}
// ANCHOR_END: unmasked

#[test]
fn an_unmasked_load_past_the_end() {
    // The interpreter: its programs run in order, so the first bad access is always the same
    // one (on the `cpu` device, any program that runs first may report).
    let dev = Device::interpreter();
    // ANCHOR: unmasked_launch
    let n = 1000;
    let x = dev.upload(&vec![1.0f32; n]).unwrap();
    let y = dev.upload(&vec![2.0f32; n]).unwrap();
    let out = dev.alloc::<f32>(n).unwrap();
    let grid = Grid::x(n.div_ceil(256) as u32);
    let err = add_unmasked::<256>::launch(&dev, grid, &x, &y, &out).unwrap_err();
    // ANCHOR_END: unmasked_launch
    snapshot("out_of_bounds", &err.to_string());
}

#[kernel]
fn copy<const BLOCK: usize>(x: Ptr<f32>, out: Ptr<f32>, n: i32) {
    let offs = program_id(0) * BLOCK + arange(0, BLOCK);
    let m = offs < n;
    store(out + offs, load(x + offs, m, 0.0), m);
}

#[test]
fn a_buffer_of_another_device() {
    // ANCHOR: foreign
    let dev = Device::interpreter();
    let other = Device::interpreter();
    let x = other.upload(&[1.0f32; 16]).unwrap();
    let out = dev.alloc::<f32>(16).unwrap();
    let err = copy::<16>::launch(&dev, Grid::x(1), &x, &out, 16).unwrap_err();
    // ANCHOR_END: foreign
    snapshot("foreign_buffer", &err.to_string());
}

#[test]
fn a_tile_too_large_for_the_device() {
    let dev = Device::interpreter();
    let x = dev.upload(&[1.0f32; 16]).unwrap();
    let out = dev.alloc::<f32>(16).unwrap();
    // ANCHOR: too_large
    let err = copy::<{ 1 << 26 }>::launch(&dev, Grid::x(1), &x, &out, 16).unwrap_err();
    // ANCHOR_END: too_large
    snapshot("tile_too_large", &err.to_string());
}

#[test]
fn a_write_of_the_wrong_length() {
    let dev = Device::interpreter();
    // ANCHOR: write
    let buf = dev.alloc::<f32>(4).unwrap();
    let err = buf.write(&[1.0, 2.0, 3.0]).unwrap_err();
    // ANCHOR_END: write
    snapshot("write_length", &err.to_string());
}

#[test]
fn a_device_this_build_lacks() {
    // ANCHOR: by_name
    let err = Device::by_name("gpu").unwrap_err();
    // ANCHOR_END: by_name
    // The list of backends depends on the build's features: show the default build's.
    if cfg!(not(any(feature = "cuda", feature = "wgpu"))) {
        snapshot("unknown_device", &err.to_string());
    } else {
        assert!(err.to_string().contains("OXTILE_DEVICE=\"gpu\""), "{err}");
    }
}
