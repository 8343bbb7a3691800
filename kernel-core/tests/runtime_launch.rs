//! The runtime API: argument, device and grid checks, kernel definitions and their
//! specialization cache, the backend interface, and robustness against malformed IR.

mod interp_util;

use std::sync::Arc;

use interp_util::*;
use kernel_core::dtype::DType;
use kernel_core::interp::{self, InterpArg};
use kernel_core::ir::{BinaryOp, Dim, Kernel, Op, Type};
use kernel_core::runtime::{
    self, Arg, Backend, Device, Grid, Interpreter, KernelDef, LaunchError, RuntimeError,
    ScalarValue,
};

/// `out[i] = x[i] * a` for `i < n`.
fn scale_kernel() -> Kernel {
    let mut b = KB::new("scale");
    let x = b.ptr_param("x", DType::F32);
    let out = b.ptr_param("out", DType::F32);
    let a = b.scalar_param("a", DType::F32);
    let n = b.scalar_param("n", DType::I32);
    let (offs, mask) = b.block_offsets(32, n);
    let px = b.ptrs(x, offs);
    let v = b.load(px, Some(mask), None);
    let a = b.splat(a, &[32]);
    let r = b.mul(v, a);
    let po = b.ptrs(out, offs);
    b.store(po, r, Some(mask));
    b.finish()
}

fn direct(dev: &Device, k: &Kernel, grid: Grid, args: &[Arg<'_>]) -> Result<(), LaunchError> {
    runtime::launch_kernel(dev, k, 0, grid, args)
}

#[test]
fn argument_count_kind_dtype_and_device_are_checked() {
    let k = scale_kernel();
    let dev = Device::interpreter();
    let x = dev.upload(&[1.0f32, 2.0, 3.0]).unwrap();
    let out = dev.alloc::<f32>(3).unwrap();
    direct(
        &dev,
        &k,
        Grid::x(1),
        &[(&x).into(), (&out).into(), 2.0f32.into(), 3i32.into()],
    )
    .unwrap();
    assert_eq!(out.to_vec().unwrap(), vec![2.0, 4.0, 6.0]);

    let err = direct(&dev, &k, Grid::x(1), &[(&x).into(), (&out).into()]).unwrap_err();
    assert_eq!(
        err,
        LaunchError::ArgCount {
            kernel: "scale".into(),
            expected: 4,
            found: 2
        }
    );

    // A scalar where a buffer is expected.
    let err = direct(
        &dev,
        &k,
        Grid::x(1),
        &[1i32.into(), (&out).into(), 2.0f32.into(), 3i32.into()],
    )
    .unwrap_err();
    assert_eq!(
        err,
        LaunchError::ArgType {
            kernel: "scale".into(),
            arg: "x".into(),
            expected: "a buffer of f32".into(),
            found: "a scalar i32".into(),
        }
    );
    // A buffer of the wrong dtype.
    let xi = dev.upload(&[1i32, 2, 3]).unwrap();
    let err = direct(
        &dev,
        &k,
        Grid::x(1),
        &[(&xi).into(), (&out).into(), 2.0f32.into(), 3i32.into()],
    )
    .unwrap_err();
    assert!(
        matches!(&err, LaunchError::ArgType { arg, found, .. } if arg == "x" && found == "a buffer of i32")
    );
    // A scalar of the wrong dtype.
    let err = direct(
        &dev,
        &k,
        Grid::x(1),
        &[(&x).into(), (&out).into(), 2.0f64.into(), 3i32.into()],
    )
    .unwrap_err();
    assert!(
        err.to_string()
            .contains("argument `a` must be a scalar f32, found a scalar f64"),
        "{err}"
    );
    // A buffer of another device.
    let other = Device::interpreter();
    let ox = other.upload(&[1.0f32, 2.0, 3.0]).unwrap();
    let err = direct(
        &dev,
        &k,
        Grid::x(1),
        &[(&ox).into(), (&out).into(), 2.0f32.into(), 3i32.into()],
    )
    .unwrap_err();
    assert!(
        matches!(&err, LaunchError::ForeignBuffer { kernel, arg, .. } if kernel == "scale" && arg == "x")
    );
    // Both devices are named "interpreter": the message must still make sense ("a buffer
    // of device interpreter, but the launch is on device interpreter" did not).
    let msg = err.to_string();
    assert!(
        msg.contains("another device") && msg.contains("has buffers of its own"),
        "{msg}"
    );
    // Raw copies count bytes and say so (they said "elements").
    let err = out.raw().write_bytes(&[0u8; 5]).unwrap_err();
    assert!(err.to_string().contains("holds 12 bytes"), "{err}");
    let err = out.write(&[0.0f32; 2]).unwrap_err();
    assert!(err.to_string().contains("holds 3 elements"), "{err}");
}

#[test]
fn grid_limits_are_checked() {
    let k = scale_kernel();
    let dev = Device::interpreter();
    let x = dev.upload(&[1.0f32]).unwrap();
    let out = dev.alloc::<f32>(1).unwrap();
    for (grid, axis, value, max) in [
        (Grid::x(0), 'x', 0, runtime::MAX_GRID_X),
        (Grid::xy(1, 65536), 'y', 65536, 65535),
        (Grid::xyz(1, 1, 0), 'z', 0, 65535),
        (Grid::x(1 << 31), 'x', 1 << 31, (1 << 31) - 1),
    ] {
        let err = direct(
            &dev,
            &k,
            grid,
            &[(&x).into(), (&out).into(), 1.0f32.into(), 1i32.into()],
        )
        .unwrap_err();
        assert_eq!(
            err,
            LaunchError::BadGrid {
                kernel: "scale".into(),
                axis,
                value,
                max
            }
        );
    }
}

#[test]
fn interpreter_runs_directly_on_host_memory() {
    let k = scale_kernel();
    let mut x: Vec<u8> = [1.5f32, -2.0, 4.0]
        .iter()
        .flat_map(|v| v.to_le_bytes())
        .collect();
    let mut out = vec![0u8; 12];
    let mut mem: Vec<&mut [u8]> = vec![&mut x, &mut out];
    interp::run(
        &k,
        Grid::x(1),
        &[
            InterpArg::Buffer(0),
            InterpArg::Buffer(1),
            InterpArg::Scalar(ScalarValue::F32(2.0)),
            InterpArg::Scalar(ScalarValue::I32(3)),
        ],
        &mut mem,
    )
    .unwrap();
    let got: Vec<f32> = out
        .chunks_exact(4)
        .map(|c| f32::from_le_bytes(c.try_into().unwrap()))
        .collect();
    assert_eq!(got, vec![3.0, -4.0, 8.0]);
}

#[test]
fn backend_rejects_foreign_handles() {
    let interp = Interpreter::new();
    let h: runtime::BufferHandle = Arc::new(5u32);
    assert!(matches!(
        interp.write(&h, &[0; 4]),
        Err(RuntimeError::ForeignBuffer { .. })
    ));
    let mut out = [0u8; 4];
    assert!(matches!(
        interp.read(&h, &mut out),
        Err(RuntimeError::ForeignBuffer { .. })
    ));
    let good = interp.upload(&[1, 2, 3]).unwrap();
    assert!(matches!(
        interp.read(&good, &mut out),
        Err(RuntimeError::LengthMismatch { .. })
    ));
}

#[test]
fn malformed_ir_is_an_error_not_a_panic() {
    let dev = Device::interpreter();
    let out = dev.alloc::<f32>(4).unwrap();
    // A value declared f32 but computed as i32.
    let mut b = KB::new("mistyped");
    let o = b.ptr_param("out", DType::F32);
    let c = b.c_i32(1);
    let k = {
        let mut k = b.finish();
        k.values[c.index()] = Type::scalar(DType::F32);
        k
    };
    let _ = o;
    let err = direct(&dev, &k, Grid::x(1), &[(&out).into()]).unwrap_err();
    assert!(
        matches!(&err, LaunchError::InvalidIr { kernel, .. } if kernel == "mistyped"),
        "{err}"
    );

    // A use before definition, and arithmetic on mismatched operands.
    let mut b = KB::new("bad_use");
    let o = b.ptr_param("out", DType::F32);
    let x = b.c_float(1.0, DType::F32);
    let y = b.c_i32(2);
    let z = b.emit(Op::Binary {
        op: BinaryOp::Add,
        lhs: x,
        rhs: y,
    });
    let _ = (o, z);
    let k = b.finish();
    let err = direct(&dev, &k, Grid::x(1), &[(&out).into()]).unwrap_err();
    assert!(matches!(err, LaunchError::InvalidIr { .. }), "{err}");
    let mut k2 = k.clone();
    k2.body.swap(0, 1);
    k2.body.remove(1); // remove the definition of the f32 constant
    assert!(matches!(
        direct(&dev, &k2, Grid::x(1), &[(&out).into()]),
        Err(LaunchError::InvalidIr { .. })
    ));

    // An unspecialized kernel (symbolic dims) handed to a backend directly.
    let mut b = KB::new("symbolic");
    let _ = b.ptr_param("out", DType::F32);
    b.const_generic("BLOCK", DType::I32);
    b.emit(Op::Arange {
        len: Dim::Sym("BLOCK".into()),
    });
    let k = b.finish();
    let err = direct(&dev, &k, Grid::x(1), &[(&out).into()]).unwrap_err();
    assert!(err.to_string().contains("not specialized"), "{err}");

    // fp8 arithmetic is rejected.
    let k = elementwise("fp8_add", &[DType::F8E4M3; 2], DType::F8E4M3, 4, |b, x| {
        b.add(x[0], x[1])
    });
    let a = dev.alloc::<kernel_core::F8E4M3>(4).unwrap();
    let err = direct(
        &dev,
        &k,
        Grid::x(1),
        &[(&a).into(), (&a).into(), (&a).into(), 4i32.into()],
    )
    .unwrap_err();
    assert!(err.to_string().contains("fp8"), "{err}");
}

#[test]
fn devices_are_shareable_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Device>();
    assert_send_sync::<runtime::Buffer<f32>>();
    assert_send_sync::<KernelDef>();
    let dev = Device::interpreter();
    let k = Arc::new(scale_kernel());
    let handles: Vec<_> = (0..4)
        .map(|t| {
            let dev = dev.clone();
            let k = k.clone();
            std::thread::spawn(move || {
                let xs: Vec<f32> = (0..100).map(|i| (i + t) as f32).collect();
                let x = dev.upload(&xs).unwrap();
                let out = dev.alloc::<f32>(100).unwrap();
                for _ in 0..5 {
                    direct(
                        &dev,
                        &k,
                        Grid::x(4),
                        &[(&x).into(), (&out).into(), 3.0f32.into(), 100i32.into()],
                    )
                    .unwrap();
                }
                assert_eq!(
                    out.to_vec().unwrap(),
                    xs.iter().map(|v| v * 3.0).collect::<Vec<_>>()
                );
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
}

// ---- tests that need the specializer, the verifier and the text form ----------------------

/// `out[i] = x[i] + 1` over `BLOCK`-sized blocks, with `BLOCK` a const generic.
fn generic_add_one() -> Kernel {
    let mut b = KB::new("add_one");
    b.const_generic("BLOCK", DType::I32);
    let x = b.ptr_param("x", DType::I32);
    let out = b.ptr_param("out", DType::I32);
    let n = b.scalar_param("n", DType::I32);
    let block = Dim::Sym("BLOCK".into());
    let pid = b.pid(0);
    let bs = b.emit(Op::ConstParam {
        name: "BLOCK".into(),
        dtype: DType::I32,
    });
    let start = b.mul(pid, bs);
    let start = b.emit(Op::Broadcast {
        value: start,
        shape: vec![block.clone()],
    });
    let ar = b.emit(Op::Arange { len: block.clone() });
    let offs = b.add(start, ar);
    let nb = b.emit(Op::Broadcast {
        value: n,
        shape: vec![block.clone()],
    });
    let mask = b.cmp(kernel_core::ir::CmpOp::Lt, offs, nb);
    let px = b.ptrs(x, offs);
    let v = b.load(px, Some(mask), None);
    let one = b.c_i32(1);
    let one = b.emit(Op::Broadcast {
        value: one,
        shape: vec![block],
    });
    let r = b.add(v, one);
    let po = b.ptrs(out, offs);
    b.store(po, r, Some(mask));
    b.finish()
}

#[test]
fn launch_specializes_once_per_constants() {
    let def = KernelDef::from_kernel(generic_add_one());
    assert_eq!(def.name(), "add_one");
    let dev = Device::interpreter();
    let xs: Vec<i32> = (0..100).collect();
    let x = dev.upload(&xs).unwrap();
    for block in [16i64, 64, 16] {
        let out = dev.alloc::<i32>(100).unwrap();
        runtime::launch(
            &dev,
            &def,
            &[block],
            Grid::x(100u32.div_ceil(block as u32)),
            &[(&x).into(), (&out).into(), 100i32.into()],
        )
        .unwrap();
        assert_eq!(out.to_vec().unwrap(), (1..101).collect::<Vec<i32>>());
    }
    let a = def.specialize(&[16]).unwrap();
    let b = def.specialize(&[16]).unwrap();
    assert!(Arc::ptr_eq(&a.kernel, &b.kernel), "cached");
    let c = def.specialize(&[64]).unwrap();
    assert_ne!(a.key, c.key, "keys differ per constants");
    // Wrong number of constants.
    let err = runtime::launch(
        &dev,
        &def,
        &[],
        Grid::x(1),
        &[(&x).into(), (&x).into(), 100i32.into()],
    )
    .unwrap_err();
    assert!(
        matches!(&err, LaunchError::Specialization { kernel, .. } if kernel == "add_one"),
        "{err}"
    );
}

static FROM_TEXT: KernelDef = KernelDef::new("add_one", "this is not IR");

#[test]
fn kernel_defs_parse_their_text_once() {
    let err = FROM_TEXT.kernel().unwrap_err();
    assert!(matches!(&err, LaunchError::InvalidIr { kernel, .. } if kernel == "add_one"));
    assert_eq!(FROM_TEXT.kernel().unwrap_err(), err, "the error is cached");
    let text: &'static str =
        Box::leak(kernel_core::text::print_kernel(&generic_add_one()).into_boxed_str());
    let def: &'static KernelDef = Box::leak(Box::new(KernelDef::new("add_one", text)));
    assert_eq!(def.kernel().unwrap(), &generic_add_one());
    let dev = Device::interpreter();
    let x = dev.upload(&[5i32, 6, 7]).unwrap();
    let out = dev.alloc::<i32>(3).unwrap();
    runtime::launch(
        &dev,
        def,
        &[4],
        Grid::x(1),
        &[(&x).into(), (&out).into(), 3i32.into()],
    )
    .unwrap();
    assert_eq!(out.to_vec().unwrap(), vec![6, 7, 8]);
}

#[test]
fn launch_verifies_new_specializations() {
    // fp8 arithmetic: rejected by the verifier before any backend sees it.
    let k = elementwise("fp8_add", &[DType::F8E4M3; 2], DType::F8E4M3, 4, |b, x| {
        b.add(x[0], x[1])
    });
    let def = KernelDef::from_kernel(k);
    let dev = Device::interpreter();
    let a = dev.alloc::<kernel_core::F8E4M3>(4).unwrap();
    let err = runtime::launch(
        &dev,
        &def,
        &[],
        Grid::x(1),
        &[(&a).into(), (&a).into(), (&a).into(), 4i32.into()],
    )
    .unwrap_err();
    // The specializer verifies its output; either way the error names the kernel and says
    // why.
    match &err {
        LaunchError::InvalidIr { kernel, message }
        | LaunchError::Specialization { kernel, message } => {
            assert_eq!(kernel, "fp8_add");
            assert!(
                message.contains("verify") && message.contains("fp8"),
                "{err}"
            );
        }
        other => panic!("unexpected error {other}"),
    }
}

/// A kernel whose one tile has `n` elements: `broadcast(1.0, [n])` (verifies for any `n`).
fn huge_broadcast(n: u64) -> Kernel {
    let mut b = KB::new("huge");
    let _ = b.ptr_param("out", DType::F32);
    let one = b.c_float(1.0, DType::F32);
    b.broadcast(one, &[n]);
    b.finish()
}

#[test]
fn launch_kernel_refuses_tiles_past_the_limit_before_any_backend_runs_them() {
    // The interpreter aborted the process allocating such tiles, and the code generators
    // took them (a broadcast to [2^64 - 1] ran as `Ok` on wgpu and the CUDA emulator).
    let dev = Device::interpreter();
    let out = dev.alloc::<f32>(1).unwrap();
    assert_eq!(dev.backend().max_tile_elements(), 1 << 20);
    for n in [(1 << 20) + 1, 1 << 30, u64::MAX] {
        let err = direct(&dev, &huge_broadcast(n), Grid::x(1), &[(&out).into()]).unwrap_err();
        match &err {
            LaunchError::Specialization { kernel, message } => {
                assert_eq!(kernel, "huge");
                assert!(
                    message.contains("1048576") && message.contains("smaller blocks"),
                    "{err}"
                );
            }
            other => panic!("expected a tile-size error, got {other}"),
        }
    }
    // At the limit it runs.
    direct(&dev, &huge_broadcast(1 << 20), Grid::x(1), &[(&out).into()]).unwrap();
}

#[test]
fn launch_kernel_verifies_and_refuses_unspecialized_kernels() {
    let dev = Device::interpreter();
    let out = dev.alloc::<f32>(1).unwrap();
    // A `const_param` left in the body: the specializer replaces these.
    let mut b = KB::new("const_left");
    let _ = b.ptr_param("out", DType::F32);
    b.const_generic("N", DType::I32);
    b.emit(Op::ConstParam {
        name: "N".into(),
        dtype: DType::I32,
    });
    let err = direct(&dev, &b.finish(), Grid::x(1), &[(&out).into()]).unwrap_err();
    assert!(
        matches!(&err, LaunchError::InvalidIr { message, .. } if message.contains("not specialized")),
        "{err}"
    );
}

/// `arange(0, B)` for a const generic `B`.
fn generic_arange() -> Kernel {
    let mut b = KB::new("arange_b");
    let _ = b.ptr_param("out", DType::F32);
    b.const_generic("B", DType::I64);
    b.emit(Op::Arange {
        len: Dim::Sym("B".into()),
    });
    b.finish()
}

#[test]
fn specialization_refuses_tiles_past_the_limit() {
    // `arange(0, B)` with B = 2^31 aborted the interpreter (allocation failure).
    let def = KernelDef::from_kernel(generic_arange());
    let dev = Device::interpreter();
    let out = dev.alloc::<f32>(1).unwrap();
    for b in [1i64 << 21, 1 << 30, 1 << 31] {
        let err = runtime::launch(&dev, &def, &[b], Grid::x(1), &[(&out).into()]).unwrap_err();
        assert!(
            matches!(&err, LaunchError::Specialization { message, .. }
                if message.contains(&b.to_string()) && message.contains("1048576")),
            "{err}"
        );
    }
    runtime::launch(&dev, &def, &[1 << 10], Grid::x(1), &[(&out).into()]).unwrap();
}

/// A backend that allows smaller tiles than the IR does: launches are refused before it
/// runs anything, naming the device.
#[test]
fn a_device_may_allow_smaller_tiles() {
    #[derive(Debug)]
    struct Small(Interpreter);
    impl Backend for Small {
        fn name(&self) -> &str {
            "small"
        }
        fn alloc(&self, bytes: usize) -> Result<runtime::BufferHandle, RuntimeError> {
            self.0.alloc(bytes)
        }
        fn write(&self, buffer: &runtime::BufferHandle, bytes: &[u8]) -> Result<(), RuntimeError> {
            self.0.write(buffer, bytes)
        }
        fn read(&self, buffer: &runtime::BufferHandle, out: &mut [u8]) -> Result<(), RuntimeError> {
            self.0.read(buffer, out)
        }
        fn launch(
            &self,
            kernel: &Kernel,
            key: u64,
            grid: Grid,
            args: &[Arg<'_>],
            options: &runtime::LaunchOptions,
        ) -> Result<(), LaunchError> {
            self.0.launch(kernel, key, grid, args, options)
        }
        fn max_tile_elements(&self) -> u64 {
            1 << 12
        }
    }
    let dev = Device::from_backend(Arc::new(Small(Interpreter::new())));
    let out = dev.alloc::<f32>(1).unwrap();
    let def = KernelDef::from_kernel(generic_arange());
    runtime::launch(&dev, &def, &[1 << 12], Grid::x(1), &[(&out).into()]).unwrap();
    let err = runtime::launch(&dev, &def, &[1 << 13], Grid::x(1), &[(&out).into()]).unwrap_err();
    assert!(err.to_string().contains("small"), "{err}");
    let err = direct(&dev, &huge_broadcast(1 << 13), Grid::x(1), &[(&out).into()]).unwrap_err();
    assert!(err.to_string().contains("8192"), "{err}");
}
