//! Unit tests: the IR of every example and conformance kernel (the filetests of
//! `kernel-core/filetests/`, dumped with `OXTILE_DUMP_IR=1`) lowers to WGSL that naga parses, validates and translates to SPIR-V.

use super::*;

/// (name, IR text) of the filetests this backend's sweeps run: the `kernel-core/filetests/`
/// files whose header says `// test: wgpu` (see `kernel_core::filetests`).
fn fixtures() -> Vec<(&'static str, &'static str)> {
    kernel_core::filetests::for_backend("wgpu")
        .map(|t| (t.name, t.text))
        .collect()
}

/// Parses and validates WGSL with naga (all validation, f16 and 64-bit types allowed), and translates it to
/// SPIR-V as wgpu does on Vulkan. Returns the error text on failure.
fn validate(src: &str) -> Result<(), String> {
    use naga::valid::{
        Capabilities, ShaderStages, SubgroupOperationSet, ValidationFlags, Validator,
    };
    let module = naga::front::wgsl::parse_str(src).map_err(|e| e.emit_to_string(src))?;
    let info = Validator::new(
        ValidationFlags::all(),
        Capabilities::SHADER_FLOAT16
            | Capabilities::SUBGROUP
            | Capabilities::SHADER_INT64
            | Capabilities::SHADER_INT64_ATOMIC_ALL_OPS
            | Capabilities::FLOAT64,
    )
    .subgroup_stages(ShaderStages::COMPUTE)
    .subgroup_operations(SubgroupOperationSet::all())
    .validate(&module)
    .map_err(|e| e.emit_to_string(src))?;
    // Every global must be used by `main`, so a derived layout includes every binding.
    let ep = info.get_entry_point(0);
    for (handle, var) in module.global_variables.iter() {
        if var.binding.is_some() && ep[handle].is_empty() {
            return Err(format!("binding {:?} is not used by main", var.binding));
        }
    }
    naga::back::spv::write_vec(&module, &info, &naga::back::spv::Options::default(), None)
        .map_err(|e| format!("SPIR-V: {e}"))?;
    Ok(())
}

/// The filetest `name` (any of `kernel-core/filetests/`), parsed.
fn kernel(name: &str) -> Kernel {
    kernel_core::filetests::get(name).kernel()
}

/// Default caps with `SHADER_INT64`, `SHADER_F64` and `SHADER_INT64_ATOMIC_ALL_OPS`
/// (lavapipe has them).
fn caps(shader_f16: bool) -> Caps {
    Caps {
        shader_f16,
        int64: true,
        float64: true,
        int64_atomics: true,
        ..Caps::default()
    }
}

/// The word this backend's refusal of filetest `name` must contain, when its header says
/// `// refused: wgpu <word>`.
fn refused(name: &str) -> Option<&'static str> {
    kernel_core::filetests::get(name).refused_by("wgpu")
}

#[test]
fn sixty_four_bit_types_need_the_adapter_features() {
    let k = kernel("wide_types_64");
    let none = Caps::default();
    let e = emit_wgsl(&k, &none).unwrap_err().to_string();
    assert!(e.contains("i64") && e.contains("SHADER_INT64"), "{e}");
    let int_only = Caps {
        int64: true,
        ..Caps::default()
    };
    let e = emit_wgsl(&k, &int_only).unwrap_err().to_string();
    assert!(e.contains("f64") && e.contains("SHADER_F64"), "{e}");
    // f64 without SHADER_INT64 names that one.
    let text = "kernel @k(x: *f64 = %0) {\n  %1: f64 = load %0\n  store %0, %1\n}\n";
    let k = kernel_core::text::parse_kernel(text).unwrap();
    let f64_only = Caps {
        float64: true,
        ..Caps::default()
    };
    let e = emit_wgsl(&k, &f64_only).unwrap_err().to_string();
    assert!(e.contains("f64") && e.contains("SHADER_INT64"), "{e}");
    assert!(emit_wgsl(&k, &caps(false)).is_ok());
}

#[test]
fn sixty_four_bit_scalars_take_two_words() {
    let text = "kernel @k(a: i32 = %0, b: i64 = %1, x: *f64 = %2, c: f64 = %3, d: u8 = %4) {\n  \
                %5: f64 = cast %1 to f64\n  %6: f64 = add %5, %3\n  store %2, %6\n}\n";
    let k = kernel_core::text::parse_kernel(text).unwrap();
    let s = emit_wgsl(&k, &caps(false)).unwrap();
    assert_eq!(
        s.params,
        vec![
            ParamBinding::Scalar { word: 0 },
            ParamBinding::Scalar { word: 1 },
            ParamBinding::Buffer {
                binding: 2,
                len_word: 3
            },
            ParamBinding::Scalar { word: 4 },
            ParamBinding::Scalar { word: 6 },
        ]
    );
    assert_eq!(s.params_words, 7);
    validate(&s.source).unwrap();
}

/// f64 math that GLSL.std.450 has only in 32 bits (and `%`, `fma`) lowers to the backend's
/// own helpers, which naga validates; the `accuracy` tests run them.
#[test]
fn f64_math_lowers_to_valid_wgsl() {
    for body in [
        "%2: f64 = log %1",
        "%2: f64 = log2 %1",
        "%2: f64 = sin %1",
        "%2: f64 = cos %1",
        "%2: f64 = tanh %1",
        "%2: f64 = erf %1",
        "%2: f64 = rem %1, %1",
        "%2: f64 = pow %1, %1",
        "%2: f64 = fma %1, %1, %1",
    ] {
        let text = format!(
            "kernel @k(x: *f64 = %0) {{\n  %1: f64 = load %0\n  {body}\n  store %0, %2\n}}\n"
        );
        let k = kernel_core::text::parse_kernel(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        let s = emit_wgsl(&k, &caps(false)).unwrap_or_else(|e| panic!("{body}: {e}"));
        validate(&s.source).unwrap_or_else(|e| panic!("{body}: {e}"));
    }
}

/// f64 -> integer conversions hand their integer on through an OR with a zero no compiler can
/// know (`ox_zero_u32`): Mesa rewrites `f64(i32(x))` as `trunc(x)`, which lavapipe computes
/// wrongly from 2^24 on (see `math::FLOAT64`). Today the helpers' NaN and range tests already
/// stop that rewrite on lavapipe, so no conformance test can see the OR go; this one can.
#[test]
fn f64_to_integer_conversions_are_hidden_from_the_conversion_back() {
    for to in ["i64", "u64", "i32", "u32", "i16", "u8"] {
        let text = format!(
            "kernel @k(x: *f64 = %0) {{\n  %1: f64 = load %0\n  %2: {to} = cast %1 to {to}\n  \
             %3: f64 = cast %2 to f64\n  store %0, %3\n}}\n"
        );
        let k = kernel_core::text::parse_kernel(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        let s = emit_wgsl(&k, &caps(false)).unwrap_or_else(|e| panic!("{to}: {e}"));
        validate(&s.source).unwrap_or_else(|e| panic!("{to}: {e}"));
        let reg = match to {
            "i16" => "i32",
            "u8" => "u32",
            r => r,
        };
        let helper = format!("fn ox_f64_to_{reg}(x: f64)");
        let body = s
            .source
            .split(&helper)
            .nth(1)
            .unwrap_or_else(|| panic!("no {helper}"));
        let body = &body[..body.find("\n}").unwrap_or(body.len())];
        let conversion = format!("{reg}(x)");
        assert!(body.contains(&conversion), "{to}: {body}");
        for line in body.lines().filter(|l| l.contains(&conversion)) {
            assert!(
                line.contains("| ") && line.contains("ox_zero_u32()"),
                "{to}: {line}"
            );
        }
    }
}

#[test]
fn sixty_four_bit_refusals_name_the_op() {
    // (body, op mnemonic, a word of the reason)
    let cases = [(
        "%2: f64 = atomic add %0, %1",
        "atomic",
        "SHADER_INT64_ATOMIC_ALL_OPS",
    )];
    let no_atomics = Caps {
        int64_atomics: false,
        ..caps(false)
    };
    for (body, op, word) in cases {
        let text = format!("kernel @k(x: *f64 = %0) {{\n  %1: f64 = load %0\n  {body}\n}}\n");
        let k = kernel_core::text::parse_kernel(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        let e = emit_wgsl(&k, &no_atomics).unwrap_err();
        assert!(
            matches!(e, CodegenError::Unsupported { op: o, .. } if o == op),
            "{body}: {e}"
        );
        assert!(e.to_string().contains(word), "{body}: {e}");
    }
}

/// A refusal points at the instruction's line in the kernel's source when the IR has one.
#[test]
fn refusals_name_the_source_location() {
    let text = "kernel @k(x: *f32 = %0) {
  file \"src/kernels.rs\"
  %1: f32 = load %0 @3:13
  print \"x =\", %1 @4:5
}
";
    let k = kernel_core::text::parse_kernel(text).unwrap();
    let e = emit_wgsl(&k, &caps(false)).unwrap_err();
    assert_eq!(
        e.to_string(),
        "kernel `k`: `print` at src/kernels.rs:4:5 is not supported by the WGSL backend: \
         device_print has no host channel in the WGSL backend yet"
    );
}

/// 64-bit values move between threads as two `u32` words: in workgroup memory (a source of
/// `n` elements takes `2n` words) and as two subgroup shuffles.
#[test]
fn sixty_four_bit_values_cross_threads_in_two_words() {
    let ops = [
        "%3: f64 = reduce sum %2 axis 0",
        "%3: f64 = reduce max %2 axis 0",
        "%3: i32 = argmax %2 axis 0",
        "%3: f64[40] = scan sum %2 axis 0",
        "%3: f64[1, 40] = expand_dims %2 axis 0\n  %4: f64[3, 40] = broadcast %3 to [3, 40]",
    ];
    for body in ops {
        let text = format!(
            "kernel @k(x: *f64 = %0) {{\n  %1: f64 = load %0\n  \
             %2: f64[40] = broadcast %1 to [40]\n  {body}\n}}\n"
        );
        let k = kernel_core::text::parse_kernel(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        for subgroups in [false, true] {
            let c = Caps {
                subgroups,
                ..caps(false)
            };
            let s = emit_wgsl(&k, &c).unwrap_or_else(|e| panic!("{body}: {e}"));
            validate(&s.source).unwrap_or_else(|e| panic!("{body}: {e}\n{}", s.source));
            if subgroups && !body.contains("scan") && !body.contains("broadcast") {
                // One shuffle per word of the f64 value.
                let got = s
                    .source
                    .matches("subgroupShuffleXor(u32(bitcast<u64>(")
                    .count();
                assert_eq!(got, 2, "{body}\n{}", s.source);
            }
        }
    }
    // A permute of 40 f64 through workgroup memory: 80 words.
    let text = "kernel @k(x: *f64 = %0) {\n  %1: f64 = load %0\n  \
                %2: f64[5, 8] = broadcast %1 to [5, 8]\n  %3: f64[8, 5] = permute %2 [1, 0]\n}\n";
    let k = kernel_core::text::parse_kernel(text).unwrap();
    let s = emit_wgsl(&k, &caps(false)).unwrap();
    assert!(
        s.source.contains("ox_scratch: array<u32, 80>"),
        "{}",
        s.source
    );
    validate(&s.source).unwrap();
}

/// A gather whose source does not fit in workgroup memory goes through it in chunks, leaving
/// room for a whole-tile reduction after it; only where not even one element per thread
/// fits is it an error.
#[test]
fn large_gathers_go_in_chunks() {
    // 16K f32 (64 KiB) permuted in 32 KiB, then reduced.
    let text = "kernel @k(x: *f32 = %0) {\n  %1: f32 = load %0\n  \
                %2: f32[128, 128] = broadcast %1 to [128, 128]\n  \
                %3: f32[128, 128] = permute %2 [1, 0]\n  \
                %4: f32[16384] = reshape %3 to [16384]\n  %5: f32 = reduce sum %4 axis 0\n}\n";
    let k = kernel_core::text::parse_kernel(text).unwrap();
    let c = Caps {
        max_workgroup_storage_bytes: 32768,
        ..caps(false)
    };
    let s = emit_wgsl(&k, &c).unwrap();
    validate(&s.source).unwrap();
    assert!(
        s.source.contains("for (var s0 = 0u; s0 < 16384u;"),
        "{}",
        s.source
    );
    // Three chunks of 5462 elements (the last one shorter).
    assert!(s.source.contains("s0 = s0 + 5462u"), "{}", s.source);
    assert!(
        s.source.contains("ox_scratch: array<u32, 5462>"),
        "{}",
        s.source
    );
    // Too little memory for one element per thread: an error naming the op.
    let tiny = Caps {
        max_workgroup_storage_bytes: 2048,
        ..caps(false)
    };
    let e = emit_wgsl(&k, &tiny).unwrap_err();
    assert!(
        matches!(e, CodegenError::TooLarge { op, .. } if op == "permute"),
        "{e}"
    );
}

/// 64-bit atomics need `SHADER_INT64_ATOMIC_ALL_OPS`: with it, i64 buffers that atomics
/// target are `atomic<i64>` and u64 and f64 ones `atomic<u64>`; without it, the kernel is
/// refused naming the feature.
#[test]
fn sixty_four_bit_atomics_need_the_adapter_feature() {
    let k = kernel("wide_atomics_32");
    let s = emit_wgsl(&k, &caps(false)).unwrap();
    assert!(s.source.contains("array<atomic<i64>>"), "{}", s.source);
    assert!(s.source.contains("array<atomic<u64>>"), "{}", s.source);
    assert!(s.source.contains("atomicMax(&b3[o], v)"), "{}", s.source);
    validate(&s.source).unwrap();
    let without = Caps {
        int64_atomics: false,
        ..caps(false)
    };
    let e = emit_wgsl(&k, &without).unwrap_err();
    assert!(
        matches!(e, CodegenError::Unsupported { op, .. } if op == "atomic"),
        "{e}"
    );
    assert!(e.to_string().contains("SHADER_INT64_ATOMIC_ALL_OPS"), "{e}");
}

#[test]
fn every_fixture_lowers_to_valid_wgsl() {
    let mut failures = Vec::new();
    for (name, _) in fixtures() {
        let k = kernel(name);
        if let Err(e) = kernel_core::verify::verify(&k) {
            failures.push(format!("{name} does not verify: {e:?}"));
        }
        // The last: a CPU adapter's (lavapipe's) slot loops with opaque bounds.
        for (f16, subgroups, runs, cpu) in [
            (false, false, false, false),
            (true, false, true, false),
            (true, true, false, false),
            (false, true, true, false),
            (true, true, false, true),
        ] {
            for threads in [64, 32] {
                let c = Caps {
                    workgroup_size: threads,
                    subgroups,
                    runs,
                    cpu,
                    ..caps(f16)
                };
                match (emit_wgsl(&k, &c), refused(name)) {
                    (Ok(s), None) => {
                        if let Err(e) = validate(&s.source) {
                            failures.push(format!(
                                "{name} (f16 {f16}, subgroups {subgroups}, runs {runs}, cpu {cpu}, {threads} threads): {e}\n{}",
                                s.source
                            ));
                        }
                        // A CPU adapter's slot loops of 8 slots and more have opaque bounds;
                        // no other adapter's do.
                        let opaque = s.source.contains("u + ox_nc; c = c + 1u)");
                        if opaque && !cpu {
                            failures.push(format!("{name}: an opaque slot bound off the CPU"));
                        }
                    }
                    (Err(e), Some(word)) => {
                        assert!(e.to_string().contains(word), "{name}: {e}");
                    }
                    (Ok(_), Some(_)) => failures.push(format!("{name} should be rejected")),
                    (Err(e), None) => failures.push(format!("{name}: {e}")),
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Slot loops: one slot is a block, one-line loops of up to four slots are unrolled, and a
/// CPU adapter's loops have an opaque bound (so llvmpipe does not unroll them).
#[test]
fn slot_loops_are_shaped_for_the_adapter() {
    let k = kernel("many_stores");
    let gpu = emit_wgsl(&k, &caps(false)).unwrap().source;
    assert!(gpu.contains("{ let c = 0u;"), "{gpu}");
    assert!(!gpu.contains("for (var c = 0u; c < 1u;"), "{gpu}");
    assert!(!gpu.contains("ox_nc"), "{gpu}");
    // 1024 elements: 16 slots a thread.
    let big = kernel("round_1024");
    let cpu = Caps {
        cpu: true,
        ..caps(false)
    };
    let src = emit_wgsl(&big, &cpu).unwrap().source;
    assert!(src.contains("let ox_nc = wid.x >> 31u;"), "{src}");
    assert!(src.contains("c < 16u + ox_nc; c = c + 1u)"), "{src}");
    assert!(!src.contains("c < 16u; c = c + 1u)"), "{src}");
    validate(&src).unwrap();
}

#[test]
fn f16_buffers_use_the_feature_only_when_offered() {
    let k = kernel("half_ops_64");
    let with = emit_wgsl(&k, &caps(true)).unwrap();
    assert!(with.source.starts_with("enable f16;"));
    assert!(with.source.contains("array<vec4<f16>>"));
    let without = emit_wgsl(&k, &caps(false)).unwrap();
    assert!(!without.source.contains("f16>"));
}

#[test]
fn assert_messages_are_collected() {
    let text = "kernel @a(x: *f32 = %0) {\n  %1: f32 = load %0\n  %2: f32 = const f32 0.0\n  \
                %3: bool = cmp ge %1, %2\n  assert %3, \"x must be >= 0\"\n}\n";
    let k = kernel_core::text::parse_kernel(text).unwrap();
    let s = emit_wgsl(&k, &caps(false)).unwrap();
    assert_eq!(s.messages, vec!["x must be >= 0".to_string()]);
    validate(&s.source).unwrap();
}

#[test]
fn too_much_workgroup_memory_is_an_error_naming_the_op() {
    // The row reductions need one partial per thread in each of two halves: 2 × 64 × 2 words.
    let k = kernel("softmax_784");
    let small = Caps {
        max_workgroup_storage_bytes: 256,
        ..caps(false)
    };
    let e = emit_wgsl(&k, &small).unwrap_err();
    let msg = e.to_string();
    assert!(matches!(e, CodegenError::TooLarge { .. }), "{msg}");
    assert!(msg.contains("reduce") && msg.contains("784"), "{msg}");
}

/// `c = a @ b + c` for row-major `[m, k]` and `[k, n]` factors of dtype `d` (`f32` or `i32`
/// accumulator, after `d`), loaded as flat tiles and reshaped.
fn matmul_ir(d: &str, (m, n, k): (u64, u64, u64), precision: &str) -> Kernel {
    let acc = if d.starts_with('i') || d.starts_with('u') {
        "i32"
    } else {
        "f32"
    };
    let (mk, kn, mn) = (m * k, k * n, m * n);
    let text = format!(
        "kernel @mm(a: *{d} = %0, b: *{d} = %1, c: *{acc} = %2) {{
  %3: i32[{mk}] = arange {mk}
  %4: *{d}[{mk}] = broadcast %0 to [{mk}]
  %5: *{d}[{mk}] = ptr_add %4, %3
  %6: {d}[{mk}] = load %5
  %7: {d}[{m}, {k}] = reshape %6 to [{m}, {k}]
  %8: i32[{kn}] = arange {kn}
  %9: *{d}[{kn}] = broadcast %1 to [{kn}]
  %10: *{d}[{kn}] = ptr_add %9, %8
  %11: {d}[{kn}] = load %10
  %12: {d}[{k}, {n}] = reshape %11 to [{k}, {n}]
  %13: i32[{mn}] = arange {mn}
  %14: *{acc}[{mn}] = broadcast %2 to [{mn}]
  %15: *{acc}[{mn}] = ptr_add %14, %13
  %16: {acc}[{mn}] = load %15
  %17: {acc}[{m}, {n}] = reshape %16 to [{m}, {n}]
  %18: {acc}[{m}, {n}] = dot {precision}%7, %12, %17
  %19: {acc}[{mn}] = reshape %18 to [{mn}]
  store %15, %19
}}
"
    );
    let k = kernel_core::text::parse_kernel(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    kernel_core::verify::verify(&k).unwrap_or_else(|e| panic!("{e:?}\n{text}"));
    k
}

/// One kernel with a `dot` of `[m, k] x [k, n]` factors for each dtype of `dtypes`, read
/// from buffers `a<i>` and `b<i>`: float results (accumulator: buffer `c`) go to `of` one
/// after the other, integer ones (accumulator 3) to `oi`.
fn dots_ir(dtypes: &[&str], (m, n, k): (u64, u64, u64)) -> Kernel {
    /// The body so far and the next value number.
    struct Body(String, usize);
    impl Body {
        /// Defines the next value as `op` of type `ty`; returns its name.
        fn def(&mut self, ty: &str, op: String) -> String {
            self.0.push_str(&format!("  %{}: {ty} = {op}\n", self.1));
            self.1 += 1;
            format!("%{}", self.1 - 1)
        }

        /// A `[rows, cols]` tile of `d` from buffer parameter `ptr`; `ar`: `arange` of its
        /// length.
        fn load(&mut self, d: &str, ptr: usize, ar: &str, (rows, cols): (u64, u64)) -> String {
            let n = rows * cols;
            let pb = self.def(&format!("*{d}[{n}]"), format!("broadcast %{ptr} to [{n}]"));
            let pa = self.def(&format!("*{d}[{n}]"), format!("ptr_add {pb}, {ar}"));
            let x = self.def(&format!("{d}[{n}]"), format!("load {pa}"));
            self.def(
                &format!("{d}[{rows}, {cols}]"),
                format!("reshape {x} to [{rows}, {cols}]"),
            )
        }
    }
    let mut params = Vec::new();
    for (i, d) in dtypes.iter().enumerate() {
        params.push(format!("a{i}: *{d} = %{}", 2 * i));
        params.push(format!("b{i}: *{d} = %{}", 2 * i + 1));
    }
    let p = 2 * dtypes.len();
    params.push(format!("c: *f32 = %{p}"));
    params.push(format!("of: *f32 = %{}", p + 1));
    params.push(format!("oi: *i32 = %{}", p + 2));
    let mut b = Body(String::new(), p + 3);
    let (mk, kn, mn) = (m * k, k * n, m * n);
    let ar_mk = b.def(&format!("i32[{mk}]"), format!("arange {mk}"));
    let ar_kn = b.def(&format!("i32[{kn}]"), format!("arange {kn}"));
    let ar_mn = b.def(&format!("i32[{mn}]"), format!("arange {mn}"));
    let cacc = b.load("f32", p, &ar_mn, (m, n));
    let three = b.def("i32", "const i32 3".into());
    let iacc = b.def(
        &format!("i32[{m}, {n}]"),
        format!("broadcast {three} to [{m}, {n}]"),
    );
    let (mut fi, mut ii) = (0, 0);
    for (i, d) in dtypes.iter().enumerate() {
        let x = b.load(d, 2 * i, &ar_mk, (m, k));
        let y = b.load(d, 2 * i + 1, &ar_kn, (k, n));
        let int = d.starts_with('i') || d.starts_with('u');
        let (acc_t, acc, out, slot) = if int {
            ii += 1;
            ("i32", &iacc, p + 2, ii - 1)
        } else {
            fi += 1;
            ("f32", &cacc, p + 1, fi - 1)
        };
        let r = b.def(
            &format!("{acc_t}[{m}, {n}]"),
            format!("dot {x}, {y}, {acc}"),
        );
        let flat = b.def(&format!("{acc_t}[{mn}]"), format!("reshape {r} to [{mn}]"));
        let off = b.def("i32", format!("const i32 {}", slot * mn));
        let offs = b.def(&format!("i32[{mn}]"), format!("broadcast {off} to [{mn}]"));
        let at = b.def(&format!("i32[{mn}]"), format!("add {ar_mn}, {offs}"));
        let pb = b.def(
            &format!("*{acc_t}[{mn}]"),
            format!("broadcast %{out} to [{mn}]"),
        );
        let pa = b.def(&format!("*{acc_t}[{mn}]"), format!("ptr_add {pb}, {at}"));
        b.0.push_str(&format!("  store {pa}, {flat}\n"));
    }
    let text = format!("kernel @dots({}) {{\n{}}}\n", params.join(", "), b.0);
    let k = kernel_core::text::parse_kernel(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    kernel_core::verify::verify(&k).unwrap_or_else(|e| panic!("{e:?}\n{text}"));
    k
}

/// The words of `ox_scratch` a shader declares.
fn scratch_words(src: &str) -> u64 {
    let at = src.find("ox_scratch: array<u32, ").expect("no ox_scratch")
        + "ox_scratch: array<u32, ".len();
    src[at..].split('>').next().unwrap().parse().unwrap()
}

/// A `dot`'s 16- and 8-bit factors take two and four to a word of workgroup memory, so a
/// 64 x 64 x 64 f16 `dot` fits lavapipe's 32 KiB (one element per word it took 32 KiB and 8
/// bytes), and Triton tutorial 03's 128 x 128 x 64 f16 block (64 KiB one per word, 32 KiB
/// and 8 bytes packed) fits in two chunks of K. Both tile layouts, both workgroup sizes.
#[test]
fn dot_factors_are_packed_and_staged_in_chunks_of_k() {
    let kib32 = |runs: bool, threads: u32| Caps {
        max_workgroup_storage_bytes: 32768,
        workgroup_size: threads,
        runs,
        ..caps(false)
    };
    // (dtype, m, n, k, scratch words, chunk of K)
    let cases = [
        ("f16", 64, 64, 64, 4096, 64),
        ("bf16", 64, 64, 64, 4096, 64),
        ("f16", 128, 128, 64, 4096, 32),
        ("i8", 64, 64, 64, 2048, 64),
        ("u8", 64, 64, 64, 2048, 64),
        ("f8e4m3", 128, 128, 64, 4096, 64),
        ("f8e5m2", 64, 64, 64, 2048, 64),
        // f32 is not packed: chunks only.
        ("f32", 64, 64, 64, 4096, 32),
    ];
    for (d, m, n, k, words, kc) in cases {
        let kernel = matmul_ir(d, (m, n, k), "");
        for runs in [false, true] {
            for threads in [64, 32] {
                let what = format!("{d} {m}x{n}x{k}, runs {runs}, {threads} threads");
                let s = emit_wgsl(&kernel, &kib32(runs, threads))
                    .unwrap_or_else(|e| panic!("{what}: {e}"));
                assert_eq!(scratch_words(&s.source), words, "{what}");
                assert_eq!(
                    s.source.contains(&format!("k0 = k0 + {kc}u")),
                    kc < k,
                    "{what}: chunks of {kc}"
                );
                // Eight steps of K per loop turn, for lavapipe's loop budget.
                assert!(s.source.contains("kk = kk + 8u"), "{what}");
                validate(&s.source).unwrap_or_else(|e| panic!("{what}: {e}"));
            }
        }
    }
}

/// With less workgroup memory the chunks of K shrink, down to one step of K; a `dot` whose
/// single step does not fit is refused, naming the op and the bytes that step needs.
#[test]
fn dot_chunks_shrink_to_the_workgroup_memory() {
    let kernel = matmul_ir("f32", (64, 64, 64), "");
    let limited = |bytes: u32| Caps {
        max_workgroup_storage_bytes: bytes,
        ..caps(false)
    };
    // One step of K of each factor: 64 + 64 words.
    let s = emit_wgsl(&kernel, &limited(2048)).unwrap();
    assert_eq!(scratch_words(&s.source), 256);
    assert!(s.source.contains("k0 = k0 + 2u"), "{}", s.source);
    validate(&s.source).unwrap();
    let s = emit_wgsl(&kernel, &limited(128 * 4 + 8)).unwrap();
    assert_eq!(scratch_words(&s.source), 128);
    assert!(s.source.contains("k0 = k0 + 1u"), "{}", s.source);
    let e = emit_wgsl(&kernel, &limited(128 * 4 + 7)).unwrap_err();
    let msg = e.to_string();
    assert!(matches!(e, CodegenError::TooLarge { .. }), "{msg}");
    assert!(msg.contains("`dot`") && msg.contains("520 bytes"), "{msg}");
    // TF32 factors are f32: never packed.
    let tf32 = matmul_ir("f32", (32, 32, 16), "tf32 ");
    let s = emit_wgsl(&tf32, &limited(2048)).unwrap();
    assert!(s.source.contains("ox_tf32("));
    validate(&s.source).unwrap();
}

#[test]
fn unspecialized_kernels_are_rejected() {
    let text = "kernel @k<B: u64>(x: *f32 = %0) {\n  %1: i32[B] = arange B\n}\n";
    let k = kernel_core::text::parse_kernel(text).unwrap();
    let e = emit_wgsl(&k, &caps(false)).unwrap_err();
    assert!(matches!(e, CodegenError::NotSpecialized { .. }), "{e}");
}

#[test]
fn a_pointer_into_two_buffers_is_refused_naming_the_op() {
    let text = "kernel @k(x: *f32 = %0, y: *f32 = %1, c: bool = %2) {\n  %3: *f32 = select %2, %0, %1\n  %4: f32 = load %3\n}\n";
    let k = kernel_core::text::parse_kernel(text).unwrap();
    let e = emit_wgsl(&k, &caps(false)).unwrap_err();
    assert!(
        matches!(e, CodegenError::Unsupported { op, .. } if op == "select"),
        "{e}"
    );
    assert!(e.to_string().contains("more than one buffer"), "{e}");
}

/// Differential tests: every fixture runs on this machine's wgpu adapter (lavapipe in CI) and
/// on the interpreter with the same random inputs; results must agree (bit for bit for
/// integers, within the math functions' tolerance for floats), and so must errors.
mod differential {
    use super::*;
    use kernel_core::DType;
    use kernel_core::filetests::harness::{
        LEN, compare_buffers, element, inputs, run_on, run_on_grid, setup,
    };
    use kernel_core::runtime::{Device, Grid, LaunchError};
    use rand::{Rng, SeedableRng, rngs::StdRng};

    /// Runs `k` on `dev` on the harness's inputs from `seed`
    /// (`kernel_core::filetests::harness`): the launch result and every buffer's bytes.
    fn run(dev: &Device, k: &Kernel, seed: u64) -> (Result<(), LaunchError>, Vec<Vec<u8>>) {
        run_on(dev, k, &inputs(k, seed))
    }

    /// Compares one kernel; returns a description of the differences.
    fn compare(gpu: &Device, k: &Kernel) -> Result<usize, String> {
        let (got_res, got) = run(gpu, k, 7);
        let (want_res, want) = run(&Device::interpreter(), k, 7);
        match (&got_res, &want_res) {
            (Ok(()), Ok(())) => {}
            (Err(a), Err(b)) => {
                let kind = |e: &LaunchError| {
                    format!("{e:?}")
                        .split([' ', '{'])
                        .next()
                        .map(str::to_string)
                };
                return if kind(a) == kind(b) {
                    Ok(0)
                } else {
                    Err(format!("errors differ: wgpu `{a}`, interpreter `{b}`"))
                };
            }
            _ => {
                return Err(format!(
                    "results differ: wgpu {got_res:?}, interpreter {want_res:?}"
                ));
            }
        }
        let tol = setup(&k.name).tolerance("wgpu");
        compare_buffers(k, "wgpu", &got, &want, &|_| tol)
    }

    /// A random finite value of `d` (floats: any finite bit pattern of the 16- and 8-bit
    /// formats, subnormals and both zeros among them; bf16 and f32 in [-1, 1)), as bytes.
    fn finite(d: DType, r: &mut StdRng) -> Vec<u8> {
        loop {
            let bits: u16 = r.random();
            let x: f32 = r.random_range(-1.0..1.0);
            let v = match d {
                DType::F16 => bits.to_le_bytes().to_vec(),
                DType::BF16 => half::bf16::from_f32(x).to_le_bytes().to_vec(),
                DType::F32 => x.to_le_bytes().to_vec(),
                _ => vec![bits as u8],
            };
            if element(d, &v, 0).is_finite() {
                return v;
            }
        }
    }

    /// Every dtype `dot` packs, and f32, which it does not, with so little workgroup memory
    /// (1 KiB) that all of them are staged in chunks of K (8 steps of K for f32, 16 for the
    /// 16-bit factors, 32 for the 8-bit ones), on this machine's adapter in both tile
    /// layouts, against the interpreter: integer results exactly, float ones within the
    /// rounding of the adapter's `fma` (lavapipe's rounds twice, so each of the K steps may
    /// be an ulp of the running sum off). One kernel per dtype: lavapipe took 25 s of CPU to
    /// compile all seven `dot`s in one kernel, about 1.5 s each alone.
    #[test]
    fn packed_and_chunked_dots_match_the_interpreter() {
        let (m, n, k) = (8usize, 16usize, 64usize);
        let mut devices = Vec::new();
        for runs in [false, true] {
            match crate::WgpuBackend::new() {
                Ok(b) => {
                    let b = b.with_runs(runs).with_workgroup_memory(1024);
                    b.set_checked(true);
                    devices.push((runs, b.into_device()));
                }
                Err(e) => {
                    eprintln!("no wgpu adapter, skipped: {e}");
                    return;
                }
            }
        }
        let mut r = StdRng::seed_from_u64(26);
        for (name, d) in [
            ("f16", DType::F16),
            ("bf16", DType::BF16),
            ("f8e4m3", DType::F8E4M3),
            ("f8e5m2", DType::F8E5M2),
            ("f32", DType::F32),
            ("i8", DType::I8),
            ("u8", DType::U8),
        ] {
            let kernel = super::dots_ir(&[name], (m as u64, n as u64, k as u64));
            let mut random =
                |d: DType| -> Vec<u8> { (0..LEN).flat_map(|_| finite(d, &mut r)).collect() };
            let inputs = [
                (d, random(d)),
                (d, random(d)),
                (DType::F32, random(DType::F32)),
            ];
            // The result bytes.
            let launch = |dev: &Device| -> Vec<u8> {
                let mut ins: Vec<_> = inputs.iter().map(|(_, bytes)| Ok(bytes.clone())).collect();
                ins.push(Ok(vec![0u8; LEN * 4]));
                ins.push(Ok(vec![0u8; LEN * 4]));
                let grid = Grid { x: 1, y: 1, z: 1 };
                let t = std::time::Instant::now();
                let (res, mut bufs) = run_on_grid(dev, &kernel, &ins, grid);
                res.unwrap_or_else(|e| panic!("{name} on {}: {e}", dev.name()));
                let out = bufs.swap_remove(3 + d.is_int() as usize);
                eprintln!(
                    "{name} dot on {}: {:.2} s",
                    dev.name(),
                    t.elapsed().as_secs_f64()
                );
                out
            };
            let want = launch(&Device::interpreter());
            for (runs, gpu) in &devices {
                let got = launch(gpu);
                if d.is_int() {
                    assert_eq!(got[..m * n * 4], want[..m * n * 4], "{name}, runs {runs}");
                    continue;
                }
                let (a, b, c) = (&inputs[0].1, &inputs[1].1, &inputs[2].1);
                for e in 0..m * n {
                    let (row, col) = (e / n, e % n);
                    let products = (0..k)
                        .map(|p| (element(d, a, row * k + p) * element(d, b, p * n + col)).abs());
                    let mag = element(DType::F32, c, e).abs() + products.sum::<f64>();
                    let (g, w) = (element(DType::F32, &got, e), element(DType::F32, &want, e));
                    let tol = 2.0 * k as f64 * f32::EPSILON as f64 * mag;
                    assert!(
                        g == w || (g - w).abs() <= tol,
                        "{name}, runs {runs}, element {e}: wgpu {g}, interpreter {w} (tolerance {tol})"
                    );
                }
            }
        }
    }

    /// The devices every filetest runs on, opened once for all of them (`None` without an
    /// adapter). The adapter as opened runs the conformance suite, which holds these kernels
    /// (CI runs it there and with the other layout without subgroups); here the two
    /// combinations it does not: without subgroups (where the adapter has them: both ways of
    /// combining partial reductions), and the other tile layout (runs of 4 elements on GPUs,
    /// single elements on CPUs). Running the adapter as opened here too cost a third of the
    /// sweep's time (2-3 CPU minutes on lavapipe), so it runs only when no other does.
    fn devices() -> Option<&'static [(&'static str, Device)]> {
        static DEVICES: std::sync::OnceLock<Option<Vec<(&'static str, Device)>>> =
            std::sync::OnceLock::new();
        DEVICES
            .get_or_init(|| {
                let opened = || {
                    crate::WgpuBackend::new().inspect(|b| {
                        // Checked, whatever the build: errors are compared as each launch's
                        // own result.
                        b.set_checked(true);
                    })
                };
                let gpu = match opened() {
                    Ok(b) => b,
                    Err(e) => {
                        eprintln!("no wgpu adapter, skipped: {e}");
                        return None;
                    }
                };
                let mut devices = Vec::new();
                if gpu.uses_subgroups() {
                    let b = opened().ok()?.without_subgroups();
                    devices.push((
                        " (no subgroups)",
                        Device::from_backend(std::sync::Arc::new(b)),
                    ));
                } else {
                    eprintln!("the adapter has no subgroups: that path was not run");
                }
                let runs = !gpu.uses_runs();
                if devices.is_empty() {
                    devices.push(("", gpu.into_device()));
                }
                let how = if runs { " (runs)" } else { " (no runs)" };
                let b = opened().ok()?.with_runs(runs);
                devices.push((how, Device::from_backend(std::sync::Arc::new(b))));
                Some(devices)
            })
            .as_deref()
    }

    /// Runs `k` on every device of [`devices`] and compares each with the interpreter.
    fn on_adapter(k: &Kernel) {
        let Some(devices) = devices() else { return };
        let mut failures = Vec::new();
        for (how, gpu) in devices {
            match compare(gpu, k) {
                Ok(inexact) => eprintln!(
                    "{}{how}: ok ({inexact} float elements within tolerance)",
                    k.name
                ),
                Err(e) => failures.push(format!("{}{how}: {e}", k.name)),
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// The filetest `name` on this machine's adapter, unless the header says wgpu refuses it.
    fn filetest_on_adapter(name: &str) {
        if refused(name).is_none() {
            on_adapter(&kernel(name));
        }
    }

    /// The compile-time report: every fixture's pipeline built on this adapter (lavapipe in
    /// CI), in both tile layouts, slowest first, as a table. A report, not a timed test:
    /// `cargo test -p oxtile-wgpu --lib -- --ignored pipeline_compile_times --nocapture`
    /// (`OXTILE_FIXTURES=name,...` for some fixtures only).
    #[test]
    #[ignore = "a report: run it with --ignored --nocapture"]
    fn pipeline_compile_times() {
        let Ok(gpu) = crate::WgpuBackend::new() else {
            eprintln!("no wgpu adapter, skipped");
            return;
        };
        let runs = crate::WgpuBackend::new()
            .map(|b| b.with_runs(true))
            .expect("a second adapter");
        let mut rows = Vec::new();
        // `OXTILE_FIXTURES=a,b`: only the fixtures whose names start with one of these.
        let only: Vec<String> = std::env::var("OXTILE_FIXTURES")
            .map(|v| v.split(',').map(str::to_string).collect())
            .unwrap_or_default();
        for t in kernel_core::filetests::ALL {
            if !t.runs_on("wgpu") || t.refused_by("wgpu").is_some() {
                continue;
            }
            if !only.is_empty() && !only.iter().any(|p| t.name.starts_with(p.as_str())) {
                continue;
            }
            let k = t.kernel();
            let time = |b: &crate::WgpuBackend| {
                b.pipeline_compile_time(&k)
                    .map(|d| d.as_secs_f64())
                    .unwrap_or(f64::NAN)
            };
            rows.push((time(&gpu).max(time(&runs)), time(&gpu), time(&runs), t.name));
        }
        rows.sort_by(|a, b| b.0.total_cmp(&a.0));
        let total: f64 = rows.iter().map(|r| r.1 + r.2).sum();
        println!("| fixture | one element a slot (s) | runs (s) |\n|---|---|---|");
        for (_, a, b, name) in &rows {
            println!("| {name} | {a:.3} | {b:.3} |");
        }
        println!("{} fixtures, {total:.1} s in all", rows.len());
    }

    /// One test per filetest (`differential::filetest::<name>`).
    mod filetest {
        kernel_core::filetest_cases!(wgpu, super::filetest_on_adapter);
    }

    /// `OXTILE_FIXTURE_FILE=<path>`: a kernel from a text IR file, for chasing a difference
    /// without rebuilding (nothing to run without it).
    #[test]
    fn the_kernel_of_oxtile_fixture_file_matches_the_interpreter() {
        let Ok(path) = std::env::var("OXTILE_FIXTURE_FILE") else {
            return;
        };
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let k = kernel_core::text::parse_kernel(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        on_adapter(&k);
    }
}

/// Accuracy of the helpers that replace the device's math, measured on this machine's
/// adapter (skipped without one): `fma` exact, `pow` within 3 ulps, `log`, `log2`, `sin`,
/// `cos` within 2 ulps, `tanh` within 1.5; in f64 (skipped without `SHADER_F64`), `fma` and
/// `rem` exact, `log`, `log2`, `sin`, `cos`, `erf`, `pow` within an ulp of the host's C
/// library, `tanh` within 4 (3 measured), and `sin`, `cos` of huge arguments within an ulp of
/// the exact value. `OXTILE_ACCURACY_N64` sets the number of f64 arguments per function.
mod accuracy {
    use super::*;
    use kernel_core::runtime::{Arg, Device, Grid};
    use rand::{Rng, SeedableRng, rngs::StdRng};

    const N: usize = 1 << 18;

    /// A kernel applying `op` (`exp %12`, `fma %12, %13, %14`...) to its input buffers,
    /// element by element, over programs of 4096 elements.
    fn elementwise(inputs: usize, op: &str) -> Kernel {
        elementwise_of("f32", 4096, inputs, op)
    }

    /// [`elementwise`] on `ty` elements, over programs of `tile` elements.
    fn elementwise_of(ty: &str, tile: usize, inputs: usize, op: &str) -> Kernel {
        let mut t = String::from("kernel @probe(");
        for i in 0..=inputs {
            t.push_str(&format!("p{i}: *{ty} = %{i}, "));
        }
        t.truncate(t.len() - 2);
        t.push_str(") {\n");
        let b = inputs + 1;
        t.push_str(&format!(
            "  %{b}: i32[{tile}] = arange {tile}\n  %{}: i32 = program_id 0\n  \
             %{}: i32 = const i32 {tile}\n  %{}: i32 = mul %{}, %{}\n  \
             %{}: i32[{tile}] = broadcast %{} to [{tile}]\n  %{}: i32[{tile}] = add %{b}, %{}\n",
            b + 1,
            b + 2,
            b + 3,
            b + 1,
            b + 2,
            b + 4,
            b + 3,
            b + 5,
            b + 4
        ));
        let idx = b + 5;
        let mut next = b + 6;
        let mut loaded = Vec::new();
        for i in 0..=inputs {
            t.push_str(&format!(
                "  %{}: *{ty}[{tile}] = broadcast %{i} to [{tile}]\n  %{}: *{ty}[{tile}] = ptr_add %{}, %{idx}\n",
                next,
                next + 1,
                next
            ));
            loaded.push(next + 1);
            next += 2;
        }
        let mut args = Vec::new();
        for &p in &loaded[..inputs] {
            t.push_str(&format!("  %{next}: {ty}[{tile}] = load %{p}\n"));
            args.push(format!("%{next}"));
            next += 1;
        }
        let op = op.replace("$", &args.join(", "));
        t.push_str(&format!(
            "  %{next}: {ty}[{tile}] = {op}\n  store %{}, %{next}\n}}\n",
            loaded[inputs]
        ));
        kernel_core::text::parse_kernel(&t).unwrap_or_else(|e| panic!("{e}\n{t}"))
    }

    fn run(gpu: &Device, k: &Kernel, inputs: &[Vec<f32>]) -> Vec<f32> {
        let bufs: Vec<_> = inputs.iter().map(|v| gpu.upload(v).unwrap()).collect();
        let out = gpu.alloc::<f32>(N).unwrap();
        let mut args: Vec<Arg<'_>> = bufs.iter().map(|b| Arg::Buffer(b.raw())).collect();
        args.push(Arg::Buffer(out.raw()));
        let grid = Grid {
            x: (N / 4096) as u32,
            y: 1,
            z: 1,
        };
        let key = kernel_core::text::kernel_hash(k);
        kernel_core::runtime::launch_kernel(gpu, k, key, grid, &args).unwrap();
        out.to_vec().unwrap()
    }

    /// Error in units of the last place of the f32 nearest `want`.
    fn ulps(got: f32, want: f64) -> f64 {
        let w = (want as f32).abs().max(f32::MIN_POSITIVE);
        let ulp = (f32::from_bits(w.to_bits() + 1) - w) as f64;
        (got as f64 - want).abs() / ulp
    }

    #[test]
    fn fma_is_correctly_rounded() {
        let Ok(gpu) = crate::device() else { return };
        let mut r = StdRng::seed_from_u64(5);
        // All bit patterns, ordinary values, subnormals, and exact or near cancellations.
        let mut make = |i: usize| -> f32 {
            match i % 4 {
                0 => f32::from_bits(r.random()),
                1 => r.random_range(-4.0f32..4.0),
                2 => f32::from_bits(r.random_range(0..0x0100_0000) | (r.random::<u32>() << 31)),
                _ => f32::from_bits(
                    r.random_range(0x3000_0000u32..0x5000_0000) | (r.random::<u32>() << 31),
                ),
            }
        };
        let a: Vec<f32> = (0..N).map(&mut make).collect();
        let b: Vec<f32> = (0..N).map(&mut make).collect();
        let mut c: Vec<f32> = (0..N).map(&mut make).collect();
        for i in (0..N).step_by(7) {
            c[i] = -(a[i] * b[i]);
        }
        let got = run(
            &gpu,
            &elementwise(3, "fma $"),
            &[a.clone(), b.clone(), c.clone()],
        );
        for i in 0..N {
            let want = a[i].mul_add(b[i], c[i]);
            assert!(
                got[i].to_bits() == want.to_bits() || (got[i].is_nan() && want.is_nan()),
                "fma({:e}, {:e}, {:e}) = {:e}, want {want:e}",
                a[i],
                b[i],
                c[i],
                got[i]
            );
        }
    }

    #[test]
    fn pow_is_within_a_few_ulps() {
        let Ok(gpu) = crate::device() else { return };
        let mut r = StdRng::seed_from_u64(6);
        let x: Vec<f32> = (0..N)
            .map(|i| match i % 3 {
                0 => r.random_range(-4.0f32..4.0),
                1 => r.random_range(0.0f32..4.0),
                _ => f32::from_bits(r.random_range(1..0x7f7f_ffff)),
            })
            .collect();
        let y: Vec<f32> = (0..N)
            .map(|i| match i % 5 {
                0 => r.random_range(-20i32..20) as f32,
                1 => r.random_range(-2.0f32..2.0),
                _ => r.random_range(0.5f32..3.0),
            })
            .collect();
        let got = run(&gpu, &elementwise(2, "pow $"), &[x.clone(), y.clone()]);
        for i in 0..N {
            let want = (x[i] as f64).powf(y[i] as f64);
            let w = want as f32;
            if w.is_nan() {
                assert!(got[i].is_nan(), "pow({}, {}) = {}", x[i], y[i], got[i]);
            } else if w.is_infinite() || w == 0.0 || w.is_subnormal() {
                // Range limits: the right infinity or zero, or a subnormal within 1e-5.
                assert!(
                    got[i] == w || (got[i] as f64 - want).abs() <= want.abs() * 1e-5,
                    "pow({}, {}) = {}, want {w}",
                    x[i],
                    y[i],
                    got[i]
                );
            } else {
                let tol = 3.0;
                let e = ulps(got[i], want);
                assert!(
                    e <= tol,
                    "pow({}, {}) = {}, want {want}: {e} ulps",
                    x[i],
                    y[i],
                    got[i]
                );
            }
        }
    }

    #[test]
    fn tanh_is_within_one_and_a_half_ulps() {
        let Ok(gpu) = crate::device() else { return };
        let mut r = StdRng::seed_from_u64(8);
        // Every magnitude below 10 evenly by bit pattern (so near zero as densely as near 1,
        // where the device's quotient of exponentials cancels), uniform in [-10, 10], and
        // the edges: zeros, subnormals, ±10, beyond, infinities, NaN.
        let mut x: Vec<f32> = (0..N)
            .map(|i| match i % 2 {
                0 => f32::from_bits(r.random_range(0..=0x4120_0000) | (r.random::<u32>() << 31)),
                _ => r.random_range(-10.0f32..10.0),
            })
            .collect();
        let edges = [
            0.0,
            -0.0,
            f32::from_bits(1),
            -f32::from_bits(0x007f_ffff),
            f32::MIN_POSITIVE,
            10.0,
            -10.0,
            10.5,
            -44.5,
            1e30,
            f32::INFINITY,
            f32::NEG_INFINITY,
            f32::NAN,
        ];
        x[..edges.len()].copy_from_slice(&edges);
        let got = run(&gpu, &elementwise(1, "tanh $"), std::slice::from_ref(&x));
        let mut worst = (0.0, 0.0f32);
        for i in 0..N {
            let want = (x[i] as f64).tanh();
            if want.is_nan() {
                assert!(got[i].is_nan(), "tanh({}) = {}", x[i], got[i]);
                continue;
            }
            if want == 0.0 || (want as f32).is_subnormal() {
                // tanh(x) = x to well within an ulp here; a device may flush subnormals.
                let flushed = got[i] == 0.0 && x[i].is_subnormal();
                assert!(
                    got[i].to_bits() == x[i].to_bits() || flushed,
                    "tanh({:e}) = {:e}",
                    x[i],
                    got[i]
                );
                continue;
            }
            let e = ulps(got[i], want);
            if e > worst.0 {
                worst = (e, x[i]);
            }
        }
        eprintln!("tanh: at most {} ulps (tanh({:e}))", worst.0, worst.1);
        assert!(
            worst.0 <= 1.5,
            "tanh({:e}) is {} ulps off",
            worst.1,
            worst.0
        );
    }

    #[test]
    fn log_and_trigonometry_are_within_two_ulps() {
        let Ok(gpu) = crate::device() else { return };
        let mut r = StdRng::seed_from_u64(7);
        let x: Vec<f32> = (0..N)
            .map(|i| match i % 4 {
                0 => r.random_range(-7.0f32..7.0),
                1 => r.random_range(0.9f32..1.1),
                2 => r.random_range(-150.0f32..150.0),
                _ => f32::from_bits(r.random_range(1..0x7f7f_ffff)),
            })
            .collect();
        type Reference = fn(f64) -> f64;
        let fns: [(&str, Reference, bool); 4] = [
            ("log", f64::ln, false),
            ("log2", f64::log2, false),
            ("sin", f64::sin, true),
            ("cos", f64::cos, true),
        ];
        for (name, f, trig) in fns {
            let got = run(
                &gpu,
                &elementwise(1, &format!("{name} $")),
                std::slice::from_ref(&x),
            );
            for i in 0..N {
                let want = f(x[i] as f64);
                if want.is_nan() {
                    assert!(got[i].is_nan(), "{name}({}) = {}", x[i], got[i]);
                    continue;
                }
                if trig && x[i].abs() >= 200.0 {
                    continue;
                }
                let e = ulps(got[i], want);
                assert!(
                    e <= 2.0,
                    "{name}({}) = {}, want {want}: {e} ulps",
                    x[i],
                    got[i]
                );
            }
        }
    }

    /// Elements per program of the f64 probes: a workgroup (one element per thread, so
    /// lavapipe compiles each function once, not once per element a thread holds).
    const TILE64: usize = 64;

    fn run64(gpu: &Device, k: &Kernel, inputs: &[Vec<f64>]) -> Vec<f64> {
        let n = inputs[0].len();
        let bufs: Vec<_> = inputs.iter().map(|v| gpu.upload(v).unwrap()).collect();
        let out = gpu.alloc::<f64>(n).unwrap();
        let mut args: Vec<Arg<'_>> = bufs.iter().map(|b| Arg::Buffer(b.raw())).collect();
        args.push(Arg::Buffer(out.raw()));
        let grid = Grid {
            x: n.div_ceil(TILE64) as u32,
            y: 1,
            z: 1,
        };
        let key = kernel_core::text::kernel_hash(k);
        kernel_core::runtime::launch_kernel(gpu, k, key, grid, &args).unwrap();
        out.to_vec().unwrap()
    }

    /// Arguments per f64 function: `OXTILE_ACCURACY_N64`, by default 2^14 (enough to catch a
    /// wrong branch; the accuracies in the module docs were measured on 2^18).
    fn n64() -> usize {
        std::env::var("OXTILE_ACCURACY_N64")
            .ok()
            .and_then(|v| v.parse::<usize>().ok())
            .map_or(1 << 14, |n| n.next_multiple_of(TILE64))
    }

    /// How many f64 lie between `a` and `b` (0 if equal, or both NaN; ±0 count as equal).
    fn ulps64(a: f64, b: f64) -> u64 {
        if a.is_nan() || b.is_nan() {
            return if a.is_nan() && b.is_nan() {
                0
            } else {
                u64::MAX
            };
        }
        let ord = |x: f64| -> i128 {
            let b = x.to_bits() as i64;
            (if b < 0 { i64::MIN.wrapping_sub(b) } else { b }) as i128
        };
        (ord(a) - ord(b)).unsigned_abs() as u64
    }

    /// The special values every f64 probe starts with.
    const EDGES64: [f64; 14] = [
        0.0,
        -0.0,
        1.0,
        -1.0,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        f64::MIN_POSITIVE,
        -f64::MIN_POSITIVE,
        5e-324,
        -2.5e-320,
        f64::MAX,
        f64::MIN,
        0.5,
    ];

    /// A random f64 of any bit pattern: every sign and exponent, NaNs and subnormals included.
    fn any_bits(r: &mut StdRng) -> f64 {
        f64::from_bits(r.random())
    }

    /// A random f64 whose magnitude lies in [2^lo, 2^hi), uniformly by exponent.
    fn magnitude(r: &mut StdRng, lo: i32, hi: i32) -> f64 {
        let e = r.random_range(lo..hi);
        let m = r.random_range(1.0f64..2.0);
        let x = m * 2f64.powi(e);
        if r.random() { -x } else { x }
    }

    fn inputs64(n: usize, mut make: impl FnMut(usize) -> f64) -> Vec<f64> {
        let mut x: Vec<f64> = (0..n).map(&mut make).collect();
        x[..EDGES64.len()].copy_from_slice(&EDGES64);
        x
    }

    /// Checks `got` against `want` within `tol` ulps (zeros with their sign, NaN as NaN),
    /// returning the worst error and its index.
    fn worst64(name: &str, args: &[&[f64]], got: &[f64], want: &[f64], tol: u64) -> (u64, usize) {
        let mut worst = (0, 0);
        for i in 0..got.len() {
            let e = ulps64(got[i], want[i]);
            let zero_sign = want[i] == 0.0 && got[i].to_bits() != want[i].to_bits();
            assert!(
                e <= tol && !zero_sign,
                "{name}{:?}: got {:e} ({:#x}), want {:e} ({:#x}): {e} ulps",
                args.iter().map(|a| a[i]).collect::<Vec<_>>(),
                got[i],
                got[i].to_bits(),
                want[i],
                want[i].to_bits()
            );
            if e > worst.0 {
                worst = (e, i);
            }
        }
        worst
    }

    #[test]
    fn f64_fma_and_fmod_are_exact() {
        let Ok(gpu) = crate::device() else { return };
        if !crate::backend(&gpu)
            .map(|b| b.caps())
            .is_some_and(|c| c.float64 && c.int64)
        {
            return;
        }
        let n = n64();
        let mut r = StdRng::seed_from_u64(26);
        // Bit patterns, ordinary values, subnormals, huge and tiny, and exact or near
        // cancellations of the product.
        let mut make = |i: usize| -> f64 {
            match i % 5 {
                0 => any_bits(&mut r),
                1 => r.random_range(-4.0..4.0),
                2 => f64::from_bits(r.random_range(0..1u64 << 52) | (r.random::<u64>() << 63)),
                3 => magnitude(&mut r, -1074, 1024),
                _ => magnitude(&mut r, -600, -400),
            }
        };
        let a = inputs64(n, &mut make);
        let b = inputs64(n, &mut make);
        let mut c: Vec<f64> = (0..n).map(&mut make).collect();
        for i in (0..n).step_by(7) {
            c[i] = -(a[i] * b[i]);
        }
        let k = elementwise_of("f64", TILE64, 3, "fma $");
        let got = run64(&gpu, &k, &[a.clone(), b.clone(), c.clone()]);
        let want: Vec<f64> = (0..n).map(|i| a[i].mul_add(b[i], c[i])).collect();
        worst64("fma", &[&a, &b, &c], &got, &want, 0);
        // fmod: the same, plus quotients of every size up to 2^2098 (the longest division).
        let mut y = b.clone();
        for i in (0..n).step_by(3) {
            y[i] = magnitude(&mut r, -1074, 0);
        }
        let k = elementwise_of("f64", TILE64, 2, "rem $");
        let got = run64(&gpu, &k, &[a.clone(), y.clone()]);
        let want: Vec<f64> = (0..n).map(|i| a[i] % y[i]).collect();
        worst64("rem", &[&a, &y], &got, &want, 0);
    }

    /// sin and cos of huge arguments against their correctly rounded values (computed with
    /// 4000-bit arithmetic, mpmath): the argument reduction is exact, including at
    /// 6381956970095103 2^797, the double closest to a multiple of pi/2 (within 2^-60.9),
    /// where glibc's cos is 8 ulps off.
    #[test]
    fn f64_sin_and_cos_of_huge_arguments_are_within_an_ulp_of_exact() {
        let Ok(gpu) = crate::device() else { return };
        if !crate::backend(&gpu).is_some_and(|b| b.caps().float64 && b.caps().int64) {
            return;
        }
        // (x, sin x, cos x), the last two as bits.
        let cases: [(f64, u64, u64); 9] = [
            (
                6381956970095103.0 * 2f64.powi(797),
                0x3ff0000000000000,
                0xbc214ae72e6ba22f,
            ),
            (1e22, 0xbfeb453ab76bf397, 0x3fe0be2cef01c8f4),
            (1e300, 0xbfea2c16b010e385, 0xbfe2699022adc4c1),
            (-1e300, 0x3fea2c16b010e385, 0xbfe2699022adc4c1),
            (f64::MAX, 0x3f7452fc98b34e97, 0xbfefffe62ecfab75),
            (2f64.powi(1000), 0xbfc460b8ae1c886e, 0x3fef9785160c8815),
            (3294198.658330571, 0xbde1a62633145c07, 0x3ff0000000000000),
            (1048576.0, 0x3fd526ccb2fc8656, 0x3fee33ada92fe2ae),
            (
                3.4061215800865546e19,
                0x3feee493ecd63721,
                0x3fd0b05ba4398ad7,
            ),
        ];
        let mut x = vec![0.0; TILE64];
        for (i, c) in cases.iter().enumerate() {
            x[i] = c.0;
        }
        for (name, pick) in [("sin", 1), ("cos", 2)] {
            let k = elementwise_of("f64", TILE64, 1, &format!("{name} $"));
            let got = run64(&gpu, &k, std::slice::from_ref(&x));
            for (i, c) in cases.iter().enumerate() {
                let want = f64::from_bits(if pick == 1 { c.1 } else { c.2 });
                let e = ulps64(got[i], want);
                assert!(
                    e <= 1,
                    "{name}({:e}) = {:e}, exactly {want:e}: {e} ulps",
                    c.0,
                    got[i]
                );
            }
        }
    }

    #[test]
    fn f64_math_is_within_an_ulp() {
        let Ok(gpu) = crate::device() else { return };
        if !crate::backend(&gpu)
            .map(|b| b.caps())
            .is_some_and(|c| c.float64 && c.int64)
        {
            return;
        }
        let n = n64();
        let mut r = StdRng::seed_from_u64(27);
        let pi2 = std::f64::consts::FRAC_PI_2;
        type Reference = fn(f64) -> f64;
        let unary: [(&str, Reference, u64); 6] = [
            ("log", f64::ln, 1),
            ("log2", f64::log2, 1),
            ("sin", f64::sin, 1),
            ("cos", f64::cos, 1),
            ("tanh", f64::tanh, 4),
            ("erf", kernel_core::numeric::erf, 1),
        ];
        for (name, f, tol) in unary {
            let x = inputs64(n, |i| match (name, i % 6) {
                (_, 0) => any_bits(&mut r),
                ("log" | "log2", 1) => r.random_range(0.5..2.0),
                ("log" | "log2", 2) => 1.0 + r.random_range(-1e-6..1e-6),
                ("log" | "log2", 3) => f64::from_bits(r.random_range(1..1u64 << 52)),
                ("log" | "log2", _) => magnitude(&mut r, -1022, 1024).abs(),
                ("sin" | "cos", 1) => r.random_range(-10.0..10.0),
                ("sin" | "cos", 2) => r.random_range(-2e6..2e6),
                // Near multiples of pi/2, where the reduction cancels most.
                ("sin" | "cos", 3) => {
                    let k = r.random_range(-(1i64 << 40)..1 << 40) as f64;
                    f64::from_bits((k * pi2).to_bits().wrapping_add(r.random_range(0..4)))
                }
                ("sin" | "cos", 4) => magnitude(&mut r, 20, 1024),
                ("sin" | "cos", _) => magnitude(&mut r, -40, 20),
                (_, 1) => r.random_range(-6.0..6.0),
                (_, 2) => r.random_range(-1.0..1.0),
                (_, 3) => magnitude(&mut r, -1074, -20),
                (_, 4) => r.random_range(-30.0..30.0),
                (_, _) => magnitude(&mut r, -30, 6),
            });
            let k = elementwise_of("f64", TILE64, 1, &format!("{name} $"));
            let start = std::time::Instant::now();
            let got = run64(&gpu, &k, std::slice::from_ref(&x));
            let took = start.elapsed();
            let want: Vec<f64> = x.iter().map(|&v| f(v)).collect();
            let (e, i) = worst64(name, &[&x], &got, &want, tol);
            eprintln!(
                "{name}: at most {e} ulps ({name}({:e})) on {n} inputs, {took:?}",
                x[i]
            );
        }
        // pow: bases of every kind against integer, small, and any exponents.
        let x = inputs64(n, |i| match i % 4 {
            0 => r.random_range(0.0..4.0),
            1 => any_bits(&mut r),
            2 => r.random_range(-4.0..4.0),
            _ => 1.0 + r.random_range(-1e-3..1e-3),
        });
        let y: Vec<f64> = (0..n)
            .map(|i| match (i / 4) % 5 {
                0 => r.random_range(-40i32..40) as f64,
                1 => r.random_range(-2.0..2.0),
                2 => any_bits(&mut r),
                3 => r.random_range(-1100.0..1100.0),
                _ => magnitude(&mut r, -60, 70),
            })
            .collect();
        let k = elementwise_of("f64", TILE64, 2, "pow $");
        let start = std::time::Instant::now();
        let got = run64(&gpu, &k, &[x.clone(), y.clone()]);
        let took = start.elapsed();
        let want: Vec<f64> = (0..n).map(|i| x[i].powf(y[i])).collect();
        let (e, i) = worst64("pow", &[&x, &y], &got, &want, 1);
        eprintln!(
            "pow: at most {e} ulps (pow({:e}, {:e})) on {n} inputs, {took:?}",
            x[i], y[i]
        );
    }
}
