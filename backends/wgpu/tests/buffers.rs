//! Buffers on the wgpu device round-trip through the GPU (lavapipe in CI): sizes that are not
//! multiples of 4 bytes, zero-filled allocations, overwrites, and the length check.

use kernel_core::runtime::RuntimeError;

#[test]
fn buffers_round_trip_at_any_size() {
    let dev = oxtile_wgpu::device().expect("a wgpu adapter (install mesa-vulkan-drivers)");
    let f: Vec<f32> = (0..1000).map(|i| i as f32 * 0.25 - 7.0).collect();
    assert_eq!(dev.upload(&f).unwrap().to_vec().unwrap(), f);
    // 3 bytes: the allocation is padded to a word, the user sees 3 elements.
    let bytes = dev.upload(&[1u8, 2, 3]).unwrap();
    assert_eq!(bytes.to_vec().unwrap(), vec![1, 2, 3]);
    bytes.write(&[9, 8, 7]).unwrap();
    assert_eq!(bytes.to_vec().unwrap(), vec![9, 8, 7]);
    assert!(matches!(
        bytes.write(&[1, 2]),
        Err(RuntimeError::LengthMismatch { .. })
    ));
    let zeros = dev.alloc::<half::f16>(5).unwrap();
    assert_eq!(zeros.to_vec().unwrap(), vec![half::f16::ZERO; 5]);
    let empty = dev.alloc::<i32>(0).unwrap();
    assert!(empty.to_vec().unwrap().is_empty());
}
