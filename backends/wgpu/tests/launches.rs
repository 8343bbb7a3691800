//! Launches on the wgpu device (lavapipe in CI) that the `#[kernel]` tests of the facade do
//! not reach: a kernel with more parameter words than a parameter slot first holds, launched
//! asynchronously between launches of a small kernel, so that the parameter ring grows while
//! launches are pending.

use kernel_core::runtime::{Arg, Grid, ScalarValue};
use oxtile_wgpu::WgpuBackend;

/// `@sum(out: *i32, s0..s{n-1}: i32)`: stores the wrapping sum of the scalars at `out[0]`.
fn sum_kernel(n: usize) -> kernel_core::ir::Kernel {
    let mut params = vec!["out: *i32 = %0".to_string()];
    params.extend((0..n).map(|i| format!("s{i}: i32 = %{}", i + 1)));
    let mut body = String::new();
    let mut acc = 1;
    for i in 1..n {
        let next = n + i;
        body.push_str(&format!("  %{next}: i32 = add %{acc}, %{}\n", i + 1));
        acc = next;
    }
    body.push_str(&format!("  store %0, %{acc}\n"));
    let text = format!("kernel @sum({}) {{\n{body}}}\n", params.join(", "));
    kernel_core::text::parse_kernel(&text).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn launch_sum(
    dev: &kernel_core::runtime::Device,
    n: usize,
    out: &kernel_core::runtime::Buffer<i32>,
    base: i32,
) -> i32 {
    let k = sum_kernel(n);
    let key = kernel_core::text::kernel_hash(&k);
    let mut args = vec![Arg::Buffer(out.raw())];
    let values: Vec<i32> = (0..n as i32)
        .map(|i| base.wrapping_mul(31).wrapping_add(i * 7 + 1))
        .collect();
    args.extend(values.iter().map(|&v| Arg::Scalar(ScalarValue::I32(v))));
    kernel_core::runtime::launch_kernel(dev, &k, key, Grid { x: 1, y: 1, z: 1 }, &args).unwrap();
    values.iter().fold(0i32, |a, &v| a.wrapping_add(v))
}

#[test]
fn kernels_with_many_parameters_grow_the_parameter_ring() {
    let backend = WgpuBackend::new().expect("a wgpu adapter (install mesa-vulkan-drivers)");
    backend.set_checked(false);
    let dev = backend.into_device();
    let outs: Vec<_> = (0..6).map(|_| dev.alloc::<i32>(1).unwrap()).collect();
    let mut want = Vec::new();
    // Small, large (100 words: more than a slot's first 64), small again, all pending.
    for (i, out) in outs.iter().enumerate() {
        let n = if i % 3 == 1 { 99 } else { 3 };
        want.push(launch_sum(&dev, n, out, i as i32 + 5));
    }
    dev.synchronize().unwrap();
    let got: Vec<i32> = outs.iter().map(|o| o.to_vec().unwrap()[0]).collect();
    assert_eq!(got, want);
}

/// `Backend::time` on the queue's timestamps (lavapipe has them):
/// more launches take longer, and the device time of a run is positive and within the wall
/// clock around it (plus slack for the clocks' granularity).
#[test]
fn timing_uses_the_queues_timestamps() {
    let backend = WgpuBackend::new().expect("a wgpu adapter (install mesa-vulkan-drivers)");
    let timer = kernel_core::runtime::Backend::timer(&backend);
    let dev = backend.into_device();
    let out = dev.alloc::<i32>(1).unwrap();
    let time = |launches: usize| {
        let t = std::time::Instant::now();
        let device = dev
            .backend()
            .time(&mut || {
                for i in 0..launches {
                    launch_sum(&dev, 99, &out, i as i32);
                }
                Ok(())
            })
            .unwrap();
        (device, t.elapsed().as_secs_f64())
    };
    // Warm the pipeline cache, then compare.
    time(1);
    let (one, wall_one) = time(1);
    let (many, wall_many) = time(40);
    eprintln!(
        "timer {timer}: 1 launch {one:.2e} s (wall {wall_one:.2e}), 40 launches {many:.2e} s (wall {wall_many:.2e})"
    );
    assert!(one > 0.0 && many > one, "{one} {many}");
    assert!(many <= wall_many * 1.05 + 1e-3, "{many} > wall {wall_many}");
    // Lavapipe and the Vulkan drivers of desktop GPUs have them.
    assert_eq!(timer, "wgpu timestamp queries");
}
