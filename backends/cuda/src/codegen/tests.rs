//! Unit tests: the IR of every example and conformance kernel (the filetests of
//! `kernel-core/filetests/`, dumped with `OXTILE_DUMP_IR=1`) lowers to CUDA C that NVRTC compiles for compute_80 and compute_90,
//! under several option sets. When libnvrtc cannot be loaded the NVRTC part is skipped with a
//! note, unless `OXTILE_REQUIRE_NVRTC=1` (CI) makes that a failure. When `OXTILE_PTXAS` names
//! a `ptxas` binary, the PTX is also assembled for sm_80 and sm_90.
//!
//! On a machine with a GPU, `gpu` runs every fixture on it and on the interpreter and compares
//! (skipped without a driver), and `bench` (`OXTILE_BENCH=1`) prints bandwidth and TFLOP/s
//! of a few kernels. `OXTILE_DUMP_DIR=<dir>` writes every fixture's CUDA C there.

use super::*;

/// (name, IR text) of the filetests this backend's sweeps run: the `kernel-core/filetests/`
/// files whose header says `// test: cuda` (see `kernel_core::filetests`).
fn fixtures() -> Vec<(&'static str, &'static str)> {
    kernel_core::filetests::for_backend("cuda")
        .map(|t| (t.name, t.text))
        .collect()
}

/// The filetest `name` (any of `kernel-core/filetests/`), parsed.
fn kernel(name: &str) -> Kernel {
    kernel_core::filetests::get(name).kernel()
}

/// Whether a generated kernel software-pipelines a loop (issues `cp.async` copies).
fn pipelined(src: &str) -> bool {
    // (From the chunk's own address, or from addresses hoisted out of the loop.)
    ["ox_cp_async16(ox_", "ox_cp_async16_zfill(ox_"]
        .iter()
        .any(|p| src.contains(p))
}

/// Whether NVRTC can be loaded; panics when it cannot and `OXTILE_REQUIRE_NVRTC=1`.
fn nvrtc_present() -> bool {
    // SAFETY: only tries to open the shared library.
    let present = unsafe { cudarc::nvrtc::sys::is_culib_present() };
    if !present {
        if std::env::var("OXTILE_REQUIRE_NVRTC").as_deref() == Ok("1") {
            panic!("OXTILE_REQUIRE_NVRTC=1 but libnvrtc cannot be loaded (set LD_LIBRARY_PATH)");
        }
        eprintln!("note: libnvrtc not found; skipping the NVRTC compilation checks");
    }
    present
}

/// Compiles with NVRTC for `arch` (`compute_80`...), then assembles with `$OXTILE_PTXAS` if
/// set. Returns the error text on failure.
fn compile(src: &str, arch: &'static str) -> Result<String, String> {
    // Hopper's architecture-specific instructions (`wgmma`) exist in `sm_90a` only, which is
    // what the runtime compiles for (`nvrtc::arch_suffix`).
    let arch = if arch == "compute_90" {
        "compute_90a"
    } else {
        arch
    };
    let opts = cudarc::nvrtc::CompileOptions {
        arch: Some(arch),
        ..Default::default()
    };
    let ptx = cudarc::nvrtc::compile_ptx_with_opts(src, opts).map_err(|e| match e {
        cudarc::nvrtc::CompileError::CompileError { log, .. } => log.to_string_lossy().into_owned(),
        other => format!("{other:?}"),
    })?;
    let text = ptx.to_src();
    if let Ok(ptxas) = std::env::var("OXTILE_PTXAS") {
        let sm = arch.replace("compute_", "sm_");
        let dir = std::env::temp_dir().join(format!("oxtile-ptxas-{}", std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let file = dir.join(format!("k{}.ptx", fastrand_name(&text)));
        std::fs::write(&file, &text).map_err(|e| e.to_string())?;
        let out = std::process::Command::new(ptxas)
            .arg(format!("-arch={sm}"))
            .arg(&file)
            .arg("-o")
            .arg(file.with_extension("cubin"))
            .output()
            .map_err(|e| format!("running ptxas: {e}"))?;
        let _ = std::fs::remove_file(&file);
        let _ = std::fs::remove_file(file.with_extension("cubin"));
        if !out.status.success() {
            return Err(format!("ptxas: {}", String::from_utf8_lossy(&out.stderr)));
        }
    }
    Ok(text)
}

/// A file name from the text's hash (tests run in parallel).
fn fastrand_name(text: &str) -> u64 {
    kernel_core::text::fnv1a_64(text.as_bytes())
}

/// The option sets every fixture is generated with.
fn option_sets(nparams: usize) -> Vec<Options> {
    vec![
        Options::default(),
        Options {
            arch: 90,
            num_warps: 8,
            checked: false,
            aligned16: vec![true; nparams],
            ones: vec![true; nparams],
            ..Options::default()
        },
        // Fast math too: its approximate instructions assemble wherever they are used.
        Options {
            arch: 80,
            num_warps: 1,
            checked: false,
            fast_math: true,
            ..Options::default()
        },
        Options {
            arch: 90,
            num_warps: 4,
            checked: true,
            aligned16: vec![true; nparams],
            ones: vec![true; nparams],
            ..Options::default()
        },
    ]
}

#[test]
fn every_fixture_generates_cuda_c() {
    let mut failures = Vec::new();
    for (name, _) in fixtures() {
        let k = kernel(name);
        for o in option_sets(k.params.len()) {
            match emit_cuda(&k, &o) {
                Ok(s) => {
                    assert_eq!(s.params.len(), k.params.len());
                    assert_eq!(s.threads, 32 * o.num_warps);
                    assert!(!s.source.contains("#include"));
                }
                Err(e) => failures.push(format!("{name} ({o:?}): {e}")),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_fixture_compiles_with_nvrtc() {
    if !nvrtc_present() {
        return;
    }
    let mut failures = Vec::new();
    for (name, _) in fixtures() {
        let k = kernel(name);
        for (i, o) in option_sets(k.params.len()).into_iter().enumerate() {
            let s = match emit_cuda(&k, &o) {
                Ok(s) => s,
                Err(e) => {
                    failures.push(format!("{name}: {e}"));
                    continue;
                }
            };
            let archs: &[&'static str] = if i == 0 {
                &["compute_80", "compute_90"]
            } else if o.arch >= 90 {
                &["compute_90"]
            } else {
                &["compute_80"]
            };
            for arch in archs {
                if let Err(e) = compile(&s.source, arch) {
                    failures.push(format!(
                        "{name} ({arch}, {o:?}):\n{e}\n{}",
                        numbered(&s.source)
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// `ptxas` and `cuobjdump` from `OXTILE_PTXAS`/`OXTILE_CUOBJDUMP`; `None` (a note) when
/// unset, a failure when `OXTILE_REQUIRE_NVRTC=1`.
fn sass_tools() -> Option<(String, String)> {
    match (
        std::env::var("OXTILE_PTXAS"),
        std::env::var("OXTILE_CUOBJDUMP"),
    ) {
        (Ok(ptxas), Ok(cuobjdump)) => Some((ptxas, cuobjdump)),
        _ => {
            assert!(
                std::env::var("OXTILE_REQUIRE_NVRTC").as_deref() != Ok("1"),
                "OXTILE_PTXAS and OXTILE_CUOBJDUMP must be set when OXTILE_REQUIRE_NVRTC=1"
            );
            eprintln!("note: OXTILE_PTXAS/OXTILE_CUOBJDUMP not set; skipping the SASS check");
            None
        }
    }
}

/// The distinct SASS words of `sass` that contain `pat` (instruction names with their
/// modifiers, e.g. `HMMA.16816.F32`), sorted.
fn sass_words<'a>(sass: &'a str, pat: &str) -> std::collections::BTreeSet<&'a str> {
    sass.split(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
        .filter(|w| w.contains(pat))
        .collect()
}

/// Compiles `k` under `o` (sm_90a) with NVRTC and `ptxas`: its PTX must contain `ptx_inst`
/// and its SASS `sass_inst` (`label` names the case in failures and the temporary files).
fn assert_hopper_instructions(
    tools: &(String, String),
    dir: &std::path::Path,
    k: &Kernel,
    o: &Options,
    label: &str,
    ptx_inst: &str,
    sass_inst: &str,
) {
    let s = emit_cuda(k, o).unwrap();
    let ptx = compile(&s.source, "compute_90").unwrap_or_else(|e| panic!("{label}: {e}"));
    assert!(ptx.contains(ptx_inst), "{label}: no {ptx_inst} in the PTX");
    let (_, sass) = assemble(tools, &ptx, 90, dir, label);
    assert!(
        sass.contains(sass_inst),
        "{label}: no {sass_inst} in the SASS: {:?}",
        sass_words(&sass, "MMA")
    );
}

/// Assembles `ptx` for `sm_<arch>` in `dir` (file stem `name`) and disassembles it: ptxas's
/// `-v` report and the SASS.
fn assemble(
    tools: &(String, String),
    ptx: &str,
    arch: u32,
    dir: &std::path::Path,
    name: &str,
) -> (String, String) {
    let pf = dir.join(format!("{name}.ptx"));
    let cf = pf.with_extension("cubin");
    std::fs::write(&pf, ptx).unwrap();
    let o = std::process::Command::new(&tools.0)
        .arg(format!("-arch=sm_{}", crate::nvrtc::arch_suffix(arch)))
        .arg("-v")
        .arg(&pf)
        .arg("-o")
        .arg(&cf)
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(o.status.success(), "{info}");
    let o = std::process::Command::new(&tools.1)
        .arg("-sass")
        .arg(&cf)
        .output()
        .unwrap();
    (info, String::from_utf8_lossy(&o.stdout).into_owned())
}

/// The matmul fixture re-blocked to 128x128x32 (as the bench runs it), unchecked: its loop
/// is software-pipelined, and the SASS copies with `LDGSTS` (cp.async) and multiplies with
/// `HMMA` (sm_80) or `HGMMA` (sm_90a), for 1 to 3 stages (0 stages: not pipelined, for
/// comparison).
/// Pipelined variants must not spill. Prints registers and spills; `OXTILE_SASS_DIR=<dir>`
/// keeps each variant's CUDA C and SASS.
#[test]
fn the_pipelined_matmul_assembles_to_ldgsts_and_hmma() {
    if !nvrtc_present() {
        return;
    }
    let Some(tools) = sass_tools() else { return };
    let k = kernel_core::text::parse_kernel(&matmul_128()).unwrap();
    // The unit strides specialized as the runtime does when they are 1 (`equal_to_1`).
    let unit = ["stride_ak", "stride_bn", "stride_cn"];
    let ones: Vec<bool> = k
        .params
        .iter()
        .map(|p| unit.contains(&p.name.as_str()))
        .collect();
    let dir = std::env::temp_dir().join(format!("oxtile-ldgsts-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (arch, carch) in [(80, "compute_80"), (90, "compute_90")] {
        for stages in [0, 1, 2, 3] {
            let o = Options {
                arch,
                num_warps: 4,
                num_stages: stages,
                checked: false,
                aligned16: vec![true; k.params.len()],
                ones: ones.clone(),
                ..Options::default()
            };
            let s = emit_cuda(&k, &o).unwrap();
            assert!(stages == 0 || pipelined(&s.source), "not pipelined");
            let ptx = compile(&s.source, carch).unwrap_or_else(|e| panic!("{e}"));
            let (info, sass) = assemble(&tools, &ptx, arch, &dir, &format!("m{arch}{stages}"));
            let regs = info
                .lines()
                .filter(|l| l.contains("registers") || l.contains("spill"))
                .map(str::trim)
                .collect::<Vec<_>>()
                .join("; ");
            if let Ok(d) = std::env::var("OXTILE_SASS_DIR") {
                std::fs::write(
                    format!("{d}/matmul128-sm{arch}-s{stages}.sass"),
                    sass.as_bytes(),
                )
                .unwrap();
                std::fs::write(
                    format!("{d}/matmul128-sm{arch}-s{stages}.cu"),
                    s.source.as_bytes(),
                )
                .unwrap();
            }
            // Hopper: warpgroup MMA (HGMMA) for this 128x128x32 block on 4 warps.
            let mma = if arch == 90 { "HGMMA" } else { "HMMA" };
            let (ldgsts, hmma) = (sass.matches("LDGSTS").count(), sass.matches(mma).count());
            eprintln!(
                "sm_{arch}, {stages} stages: {ldgsts} LDGSTS, {hmma} HMMA, {} B shared; {regs}",
                s.shared_bytes
            );
            // Pipelined, the 64x64 warp tiles fit in registers (see `pipeline`).
            assert!(
                stages == 0 || regs.contains(" 0 bytes spill stores"),
                "sm_{arch} {stages} stages spills: {regs}"
            );
            assert!(
                (stages == 0 || ldgsts > 0) && hmma > 0,
                "sm_{arch} {stages} stages: {ldgsts} LDGSTS, {hmma} HMMA"
            );
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A vectorized, masked f16 load of several runs per thread issues every run's 16-byte read before
/// the first conversion waits for one: in the SASS, each `LDG.E.128` comes before the first
/// `HADD2.F32` (f16 -> f32). Converting right after each read would keep one read in flight
/// per thread (the layer norm's loads were so). The f32 -> f16 store side packs pairs
/// (`F2FP.PACK_AB`, `F2FP.F16.F32.PACK_AB` on sm_90, with two sources).
#[test]
fn vector_loads_issue_every_run_before_converting() {
    if !nvrtc_present() {
        return;
    }
    let Some(tools) = sass_tools() else { return };
    let k = kernel_core::text::parse_kernel(
        "kernel @scale_f16(x: *f16 = %0, y: *f16 = %1, n: i32 = %2) {
  %3: i32[1024] = arange 1024
  %4: *f16[1024] = broadcast %0 to [1024]
  %5: *f16[1024] = ptr_add %4, %3
  %6: i32[1024] = broadcast %2 to [1024]
  %7: bool[1024] = cmp lt %3, %6
  %8: f16 = const f16 0.0
  %9: f16[1024] = broadcast %8 to [1024]
  %10: f16[1024] = load %5 mask %7 other %9
  %11: f32[1024] = cast %10 to f32
  %12: f32 = const f32 1.5
  %13: f32[1024] = broadcast %12 to [1024]
  %14: f32[1024] = mul %11, %13
  %15: f16[1024] = cast %14 to f16
  %16: *f16[1024] = broadcast %1 to [1024]
  %17: *f16[1024] = ptr_add %16, %3
  store %17, %15 mask %7
}",
    )
    .unwrap();
    let dir = std::env::temp_dir().join(format!("oxtile-vecload-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (arch, carch) in [(80, "compute_80"), (90, "compute_90")] {
        let o = Options {
            arch,
            num_warps: 1,
            num_stages: 1,
            checked: false,
            aligned16: vec![true; 3],
            ..Options::default()
        };
        let s = emit_cuda(&k, &o).unwrap();
        let ptx = compile(&s.source, carch).unwrap_or_else(|e| panic!("{e}"));
        let (_, sass) = assemble(&tools, &ptx, arch, &dir, &format!("v{arch}"));
        let lines: Vec<&str> = sass.lines().collect();
        let loads: Vec<usize> = (0..lines.len())
            .filter(|&i| lines[i].contains("LDG.E.128"))
            .collect();
        let first_cvt = lines.iter().position(|l| l.contains("HADD2.F32"));
        assert_eq!(loads.len(), 4, "sm_{arch}: 4 runs of 8 per thread:\n{sass}");
        assert!(
            first_cvt.is_some_and(|c| loads.iter().all(|&l| l < c)),
            "sm_{arch}: a conversion before the last vector read:\n{sass}"
        );
        let packs = lines
            .iter()
            .filter(|l| l.contains("F2FP") && l.contains("PACK_AB") && !l.contains(", RZ,"))
            .count();
        assert!(
            packs >= 16,
            "sm_{arch}: {packs} paired f16 conversions:\n{sass}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The TF32 `dot` of the tf32 matmul fixture compiles to `cvt.rna.tf32.f32` and
/// `mma.sync...m16n8k8...tf32` and assembles to TF32 tensor-core instructions
/// (`HMMA.1688.F32.TF32`) for sm_80 and sm_90. Prints what it finds.
#[test]
fn tf32_dots_assemble_to_tensor_core_instructions() {
    if !nvrtc_present() {
        return;
    }
    let Some(tools) = sass_tools() else { return };
    let dir = std::env::temp_dir().join(format!("oxtile-tf32-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let k = kernel("matmul_tf32_32_32_16_2");
    for (arch, carch) in [(80, "compute_80"), (90, "compute_90")] {
        let o = Options {
            arch,
            num_warps: 4,
            num_stages: 3,
            checked: false,
            aligned16: vec![true; k.params.len()],
            ..Options::default()
        };
        let s = emit_cuda(&k, &o).unwrap();
        let ptx = compile(&s.source, carch).unwrap_or_else(|e| panic!("tf32 {carch}: {e}"));
        assert!(
            ptx.contains("mma.sync.aligned.m16n8k8.row.col.f32.tf32.tf32.f32"),
            "tf32 {carch}: no m16n8k8 tf32 mma in the PTX"
        );
        assert!(
            ptx.contains("cvt.rna.tf32.f32"),
            "tf32 {carch}: no cvt.rna.tf32.f32 in the PTX"
        );
        let (_, sass) = assemble(&tools, &ptx, arch, &dir, &format!("tf32_{arch}"));
        let found = sass_words(&sass, "MMA");
        eprintln!("tf32 sm_{arch}: {found:?}");
        assert!(
            found.contains("HMMA.1688.F32.TF32"),
            "tf32 sm_{arch}: no HMMA.1688.F32.TF32 in the SASS: {found:?}"
        );
    }
    // 64x64 tiles on 4 warps of sm_90a: warpgroup MMA, k8.
    let k = tf32_64();
    let o = Options {
        arch: 90,
        num_warps: 4,
        checked: false,
        aligned16: vec![true; k.params.len()],
        ..Options::default()
    };
    assert_hopper_instructions(
        &tools,
        &dir,
        &k,
        &o,
        "tf32_wg",
        "wgmma.mma_async.sync.aligned.m64n64k8.f32.tf32.tf32",
        "HGMMA.64x64x8.F32.TF32",
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// The 8-bit tensor-core `dot`s compile and assemble for sm_80 (integers) and sm_90 (and
/// fp8): the SASS has integer (`IMMA`) or fp8 tensor-core instructions. Prints what it finds.
#[test]
fn eight_bit_dots_assemble_to_tensor_core_instructions() {
    if !nvrtc_present() {
        return;
    }
    let Some(tools) = sass_tools() else { return };
    let dir = std::env::temp_dir().join(format!("oxtile-mma8-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (operand, acc) in [
        ("i8", "i32"),
        ("u8", "i32"),
        ("f8e4m3", "f32"),
        ("f8e5m2", "f32"),
    ] {
        let k = emulated::matmul_8bit(operand, acc);
        let archs: &[(u32, &'static str)] = if operand.starts_with("f8") {
            &[(90, "compute_90")]
        } else {
            &[(80, "compute_80"), (90, "compute_90")]
        };
        for &(arch, carch) in archs {
            let o = Options {
                arch,
                num_warps: 4,
                num_stages: 3,
                checked: false,
                aligned16: vec![true; k.params.len()],
                ..Options::default()
            };
            let s = emit_cuda(&k, &o).unwrap();
            let ptx =
                compile(&s.source, carch).unwrap_or_else(|e| panic!("{operand} {carch}: {e}"));
            assert!(
                ptx.contains("mma.sync.aligned.m16n8k32"),
                "{operand}: no m16n8k32 in the PTX"
            );
            let (_, sass) = assemble(&tools, &ptx, arch, &dir, &format!("{operand}{arch}"));
            let found = sass_words(&sass, "MMA");
            eprintln!("{operand} sm_{arch}: {found:?}");
            assert!(
                !found.is_empty(),
                "{operand} sm_{arch}: no MMA instruction in the SASS"
            );
        }
        // Re-blocked to 64x64 tiles on 4 warps of sm_90a: warpgroup MMA, k32 (QGMMA for
        // fp8, IGMMA for integers).
        {
            let ty = if operand == "i8" {
                "s8"
            } else {
                operand.trim_start_matches("f8")
            };
            let k = emulated::matmul_8bit_blocked(operand, acc, 64);
            let o = hopper_w4(k.params.len(), false);
            let inst = format!("wgmma.mma_async.sync.aligned.m64n64k32.{acc}.{ty}.{ty}")
                .replace(".i32.", ".s32.");
            // Hopper's fp8 warpgroup MMA is QGMMA, the integer one IGMMA (HGMMA is their
            // 16-bit sibling).
            let hgmma = if acc == "i32" {
                format!("IGMMA.64x64x32.{}", ty.to_uppercase())
            } else {
                format!("QGMMA.64x64x32.F32.{}", ty.to_uppercase())
            };
            let label = format!("{operand}_wg");
            assert_hopper_instructions(&tools, &dir, &k, &o, &label, &inst, &hgmma);
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The `matmul_tf32_32_32_16_2` fixture re-blocked to 64x64 tiles (k steps of 16).
fn tf32_64() -> Kernel {
    let text = kernel_core::filetests::get("matmul_tf32_32_32_16_2")
        .text
        .replace(" 32", " 64")
        .replace("[32", "[64");
    kernel_core::text::parse_kernel(&text).unwrap()
}

/// The `matmul_32_32_16_2` fixture re-blocked to 128x128x32 (by rewriting its constants).
fn matmul_128() -> String {
    matmul_blocked(128)
}

/// The `matmul_32_32_16_2` fixture re-blocked to `bm` x `bm` x 32 (by rewriting its
/// constants).
fn matmul_blocked(bm: u32) -> String {
    kernel_core::filetests::get("matmul_32_32_16_2")
        .text
        .replace(" 32", " #")
        .replace("[32", "[#")
        .replace(" 16", " 32")
        .replace("[16", "[32")
        .replace('#', &bm.to_string())
}

/// The source with line numbers, for error messages.
fn numbered(src: &str) -> String {
    src.lines()
        .enumerate()
        .map(|(i, l)| format!("{:4} {l}", i + 1))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn assert_messages_are_collected() {
    let text = "kernel @a(x: *f32 = %0) {\n  %1: f32 = load %0\n  %2: f32 = const f32 0.0\n  \
                %3: bool = cmp ge %1, %2\n  assert %3, \"x must be >= 0\"\n}\n";
    let k = kernel_core::text::parse_kernel(text).unwrap();
    let s = emit_cuda(&k, &Options::default()).unwrap();
    assert_eq!(s.messages, vec!["x must be >= 0".to_string()]);
}

#[test]
fn too_much_shared_memory_is_an_error_naming_the_op() {
    // A 256x256 f32 transpose needs 256 KiB of shared memory: more than any architecture.
    let text = "kernel @big(x: *f32 = %0) {\n\
                file \"src/big.rs\"\n\
                %1: i32[65536] = arange 65536\n\
                %2: *f32[65536] = broadcast %0 to [65536]\n\
                %3: *f32[65536] = ptr_add %2, %1\n\
                %4: f32[65536] = load %3\n\
                %5: f32[256, 256] = reshape %4 to [256, 256]\n\
                %6: f32[256, 256] = permute %5 [1, 0] @12:17\n\
                %7: f32[65536] = reshape %6 to [65536]\n\
                store %3, %7\n}\n";
    let k = kernel_core::text::parse_kernel(text).unwrap();
    let e = emit_cuda(&k, &Options::default()).unwrap_err();
    let msg = e.to_string();
    assert!(matches!(e, CodegenError::TooLarge { .. }), "{msg}");
    assert!(
        msg.contains("`permute` at src/big.rs:12:17 on a tile"),
        "{msg}"
    );
}

/// Reductions, argmax and a scan of a ragged `[64, 200]` f32 tile (`x`), into `out` (sums
/// along axis 0 at 0, maxima along axis 1 at 200, the cumsum along axis 0 at 264) and `idx`
/// (argmax along axis 1). Its operand takes 51,200 bytes of shared memory at once: more
/// than an sm_75 block may have.
const CHUNKED: &str = "kernel @chunked(x: *f32 = %0, out: *f32 = %1, idx: *i32 = %2) {
  %3: i32[64] = arange 64
  %4: i32[200] = arange 200
  %5: i32[64, 1] = expand_dims %3 axis 1
  %6: i32 = const i32 200
  %7: i32[64, 1] = broadcast %6 to [64, 1]
  %8: i32[64, 1] = mul %5, %7
  %9: i32[1, 200] = expand_dims %4 axis 0
  %10: i32[64, 200] = broadcast %8 to [64, 200]
  %11: i32[64, 200] = broadcast %9 to [64, 200]
  %12: i32[64, 200] = add %10, %11
  %13: *f32[64, 200] = broadcast %0 to [64, 200]
  %14: *f32[64, 200] = ptr_add %13, %12
  %15: f32[64, 200] = load %14
  %16: f32[200] = reduce sum %15 axis 0
  %17: *f32[200] = broadcast %1 to [200]
  %18: *f32[200] = ptr_add %17, %4
  store %18, %16
  %19: f32[64] = reduce max %15 axis 1
  %20: i32[64] = broadcast %6 to [64]
  %21: i32[64] = add %3, %20
  %22: *f32[64] = broadcast %1 to [64]
  %23: *f32[64] = ptr_add %22, %21
  store %23, %19
  %24: i32[64] = argmax %15 axis 1
  %25: *i32[64] = broadcast %2 to [64]
  %26: *i32[64] = ptr_add %25, %3
  store %26, %24
  %27: f32[64, 200] = scan sum %15 axis 0
  %28: i32 = const i32 264
  %29: i32[64, 200] = broadcast %28 to [64, 200]
  %30: i32[64, 200] = add %12, %29
  %31: *f32[64, 200] = broadcast %1 to [64, 200]
  %32: *f32[64, 200] = ptr_add %31, %30
  store %32, %27
}
";

/// Reductions and scans whose operand does not fit in shared memory at once go through it
/// in chunks that do, on every architecture and on a device with less than its
/// architecture's maximum; other exchanges that do not fit are still refused (above).
#[test]
fn reductions_too_large_for_shared_memory_are_chunked() {
    let k = kernel_core::text::parse_kernel(CHUNKED).unwrap();
    for (arch, device, chunked) in [
        // 48 KiB before Turing; Turing's 64 KiB holds it at once.
        (70, None, true),
        (75, None, false),
        (80, None, false),
        (90, None, false),
        (90, Some(16 * 1024), true),
        (90, Some(512), true),
    ] {
        let o = Options {
            arch,
            max_shared_bytes: device,
            ..Options::default()
        };
        let s = emit_cuda(&k, &o).unwrap_or_else(|e| panic!("sm_{arch} {device:?}: {e}"));
        assert!(
            u64::from(s.shared_bytes) <= o.shared_limit(),
            "sm_{arch} {device:?}: {} bytes",
            s.shared_bytes
        );
        assert_eq!(
            s.source.contains(" chunk(s) of "),
            chunked,
            "sm_{arch} {device:?}"
        );
        // NVRTC (and ptxas, when given) take the chunked code; once, with segments (the
        // most code), as one compile takes several seconds.
        if device == Some(512) && nvrtc_present() {
            compile(&s.source, "compute_90")
                .unwrap_or_else(|e| panic!("sm_{arch} {device:?}: {e}"));
        }
    }
    // Staged at once on sm_80: the sum along axis 0 takes the most, 51,200 bytes of
    // operand and 800 of results.
    let s = emit_cuda(&k, &Options::default()).unwrap();
    assert_eq!(s.shared_bytes, 51_200 + 800);
}

/// Triton's `test_dot_mulbroadcasted` once its sum has become a `dot`
/// (`kernel_core::combine`), at M, N, K = 128, 64, 64: f16 factors loaded unmasked in a loop,
/// at offsets the facts prove contiguous and 16-byte aligned.
fn mulbroadcasted() -> &'static str {
    kernel_core::filetests::get("mulbroadcasted_f16_f32_128_64_64").text
}

/// The options under which [`mulbroadcasted`]'s loop is software-pipelined with every copy
/// proven: unchecked, aligned buffers.
fn proven_copies_options() -> Options {
    hopper_w4(3, false)
}

/// One warpgroup (4 warps) of an H100 (sm_90a: `wgmma`), 3 stages, every one of `nparams`
/// parameters a 16-byte aligned buffer or a multiple of 16.
fn hopper_w4(nparams: usize, checked: bool) -> Options {
    Options {
        arch: 90,
        num_warps: 4,
        num_stages: 3,
        checked,
        aligned16: vec![true; nparams],
        ..Options::default()
    }
}

/// The sets of copies issued before the pipelined loops, read from the generated code: one
/// per stage but the last, per loop.
fn prologue_copies(src: &str) -> usize {
    src.lines()
        .filter(|l| {
            l.trim()
                .strip_prefix("// pipeline: copies of iteration ")
                .is_some_and(|n| n.parse::<u32>().is_ok())
        })
        .count()
}

/// Fewer stages than requested are reported, with why, not used silently: attention at
/// 128x128x64 on sm_90 fits 6 of the 8 stages asked for in the pipeline's budget (227 KiB
/// less 1 KiB for wgmma's alignment, less what the launch keeps); on sm_80 with a 120,000-byte device limit, its 2 stages fit that budget but
/// not the kernel, which is generated again with 1.
#[test]
fn fewer_stages_than_requested_are_reported() {
    let k = kernel("attention_fwd_128_128_64");
    let opts = |arch, num_stages| Options {
        arch,
        num_warps: 4,
        num_stages,
        checked: false,
        aligned16: vec![true; k.params.len()],
        ..Options::default()
    };
    let s = emit_cuda(&k, &opts(90, 8)).unwrap();
    let budget = opts(90, 8).shared_limit() - 1024;
    assert_eq!(s.stages.requested, 8);
    assert_eq!(s.stages.chosen, 6, "{:?}", s.stages);
    assert_eq!(s.stages.loops, [6]);
    match s.stages.shortfall {
        Some(Shortfall::Pipeline {
            needed_bytes,
            budget_bytes,
        }) => assert!(needed_bytes > budget_bytes && budget_bytes == budget),
        other => panic!("no pipeline shortfall: {other:?}"),
    }
    assert_eq!(
        prologue_copies(&s.source),
        6 - 1,
        "the code has other stages"
    );

    // Asked for what fits: no shortfall.
    let s = emit_cuda(&k, &opts(90, 4)).unwrap();
    assert_eq!((s.stages.requested, s.stages.chosen), (4, 4));
    assert_eq!(s.stages.shortfall, None);

    // The whole kernel does not fit the device with 2 stages: generated again with 1.
    let o = Options {
        max_shared_bytes: Some(120_000),
        ..opts(80, 2)
    };
    let s = emit_cuda(&k, &o).unwrap();
    assert_eq!(
        (s.stages.requested, s.stages.chosen),
        (2, 1),
        "{:?}",
        s.stages
    );
    assert_eq!(prologue_copies(&s.source), 0);
    match s.stages.shortfall {
        Some(Shortfall::Kernel {
            needed_bytes,
            limit_bytes,
        }) => assert!(needed_bytes > limit_bytes && limit_bytes == o.shared_limit()),
        other => panic!("no kernel shortfall: {other:?}"),
    }

    // No loop to pipeline: none chosen, nothing to report.
    let s = emit_cuda(&kernel("vector_add_1024"), &opts(90, 3)).unwrap();
    assert_eq!((s.stages.requested, s.stages.chosen), (3, 0));
    assert!(s.stages.loops.is_empty() && s.stages.shortfall.is_none());
}

/// A pipelined copy with nothing to test at run time (no mask, contiguity and alignment
/// proven) is the 16-byte `cp.async` alone: it was emitted as `if () {`, which NVRTC rejects.
#[test]
fn pipelined_copies_with_nothing_to_test_compile() {
    let k = kernel_core::text::parse_kernel(mulbroadcasted()).unwrap();
    let s = emit_cuda(&k, &proven_copies_options()).unwrap();
    assert!(s.source.contains("ox_cp_async16("), "not pipelined");
    assert!(!s.source.contains("if ()"), "an empty condition");
    if nvrtc_present() {
        compile(&s.source, "compute_90").unwrap();
    }
}

#[test]
fn unspecialized_kernels_are_rejected() {
    let text = "kernel @k<B: u64>(x: *f32 = %0) {\n  %1: i32[B] = arange B\n}\n";
    let k = kernel_core::text::parse_kernel(text).unwrap();
    let e = emit_cuda(&k, &Options::default()).unwrap_err();
    assert!(matches!(e, CodegenError::NotSpecialized { .. }), "{e}");
}

#[test]
fn a_pointer_into_two_buffers_is_refused_naming_the_op() {
    let text = "kernel @k(x: *f32 = %0, y: *f32 = %1, c: bool = %2) {\n  %3: *f32 = select %2, %0, %1\n  %4: f32 = load %3\n}\n";
    let k = kernel_core::text::parse_kernel(text).unwrap();
    let e = emit_cuda(&k, &Options::default()).unwrap_err();
    assert!(
        matches!(e, CodegenError::Unsupported { op, .. } if op == "select"),
        "{e}"
    );
    assert!(e.to_string().contains("more than one buffer"), "{e}");
}

#[test]
fn bad_options_are_rejected() {
    let k = kernel("vector_add_1024");
    let o = Options {
        num_warps: 3,
        ..Options::default()
    };
    assert!(matches!(
        emit_cuda(&k, &o),
        Err(CodegenError::InvalidIr { .. })
    ));
}

#[test]
fn aligned_contiguous_accesses_are_vectorized() {
    let k = kernel("vector_add_1024");
    let o = Options {
        checked: false,
        aligned16: vec![true; k.params.len()],
        ..Options::default()
    };
    let s = emit_cuda(&k, &o).unwrap();
    assert!(s.source.contains("*(const uint4*)"), "{}", s.source);
    assert!(s.source.contains("*(uint4*)"), "{}", s.source);
    // Without alignment facts, no vectors.
    let s = emit_cuda(&k, &Options::default()).unwrap();
    assert!(!s.source.contains("uint4*"), "{}", s.source);
}

/// Integer arguments equal to 1 (Triton's `equal_to_1`) are compiled as the constant 1: the
/// matmul's unit strides need no run-time `== 1` test before its vector accesses and
/// `cp.async` copies, and are not read from the parameter.
#[test]
fn unit_strides_are_specialized_as_constants() {
    let k = kernel_core::text::parse_kernel(&matmul_128()).unwrap();
    let names: Vec<&str> = k.params.iter().map(|p| p.name.as_str()).collect();
    let unit = ["stride_ak", "stride_bn", "stride_cn"];
    let o = |ones: bool| Options {
        arch: 90,
        num_warps: 4,
        num_stages: 3,
        checked: false,
        aligned16: vec![true; k.params.len()],
        ones: names.iter().map(|n| ones && unit.contains(n)).collect(),
        ..Options::default()
    };
    let general = emit_cuda(&k, &o(false)).unwrap().source;
    let special = emit_cuda(&k, &o(true)).unwrap().source;
    // The loads' strides (the store's is tested inside the fragment store, not for a run).
    for n in ["stride_ak", "stride_bn"] {
        let p = k.params.iter().find(|p| p.name == n).unwrap();
        let test = format!("v{} == 1", p.value.0);
        assert!(general.contains(&test), "no `{test}`:\n{general}");
        assert!(!special.contains(&test), "`{test}`:\n{special}");
    }
    for n in unit {
        assert!(
            special.contains(&format!(
                "= 1; (void)s{}; // `{n}`, specialized: equal to 1",
                names.iter().position(|x| *x == n).unwrap()
            )),
            "{special}"
        );
    }
}

/// Flash attention's key loop (the bench's 128 x 64 block, pipelined) keeps its softmax in
/// registers and `q` in shared memory: `q` is staged once, before the loop, and the loop has
/// 2 barriers (the stage wait, releasing the stage) on 4 and 8 warps: on sm_90a (wgmma) a
/// warpgroup owns whole rows, so no row max or sum crosses warps (with `mma.sync` on 8
/// warps, a 4x2 warp grid, they took two barriers each), and `p` goes from the first `dot`'s
/// accumulators to the second's A registers (staging it took one more), where converting
/// the `dot` results to the blocked layout took 21 in all. (The epilogue after the loop
/// adds two: see `epilogue`.)
#[test]
fn attention_keeps_its_softmax_in_registers_and_q_in_shared_memory() {
    let k = kernel("attention_fwd_128_64_64");
    // On sm_90a both warp counts use wgmma, whose warpgroups own whole rows (see `wgmma`).
    for (warps, barriers) in [(8, 2), (4, 2)] {
        let o = Options {
            arch: 90,
            num_warps: warps,
            num_stages: 3,
            checked: false,
            aligned16: vec![true; k.params.len()],
            ..Options::default()
        };
        let src = emit_cuda(&k, &o).unwrap().source;
        let q = src.find("stays in shared memory for the loop");
        let lp = src.find("for (i32 it");
        assert!(
            q.is_some() && lp.is_some() && q < lp,
            "{warps} warps: q not staged before the loop:\n{src}"
        );
        // (The epilogue, which stores the result through shared memory, has two more.)
        let epilogue = src
            .find("fragments -> shared memory -> 16-byte stores")
            .unwrap_or_else(|| panic!("{warps} warps: no 16-byte epilogue:\n{src}"));
        assert_eq!(
            src[..epilogue].matches("__syncthreads()").count(),
            barriers,
            "{warps} warps:\n{src}"
        );
        assert!(
            !src.contains("fragment -> blocked layout"),
            "{warps} warps:\n{src}"
        );
        assert!(
            src.contains("ox_wgmma_ra_f16_n64_t1(&"),
            "{warps} warps: p not in registers"
        );
    }
}

/// Writes every fixture's source to `$OXTILE_DUMP_DIR` (a debugging aid, a no-op without it).
#[test]
fn dump_sources_when_asked() {
    let Ok(dir) = std::env::var("OXTILE_DUMP_DIR") else {
        return;
    };
    std::fs::create_dir_all(&dir).unwrap();
    for (name, _) in fixtures() {
        let k = kernel(name);
        let o = Options {
            aligned16: vec![true; k.params.len()],
            checked: false,
            ..Options::default()
        };
        if let Ok(s) = emit_cuda(&k, &o) {
            std::fs::write(format!("{dir}/{name}.cu"), s.source).unwrap();
        }
        if let Ok(s) = emit_cuda(&k, &Options::default()) {
            std::fs::write(format!("{dir}/{name}.checked.cu"), s.source).unwrap();
        }
    }
}

/// Differential tests on a real GPU (skipped when no CUDA driver can be loaded): every
/// fixture runs through NVRTC and the driver and through the interpreter on the same random
/// inputs; results must agree (bit for bit for integers, within 1e-5 for floats), and so must
/// errors. Each file is a test of its own, `gpu::filetest::<name>`.
mod gpu {
    use super::*;
    use cudarc::driver::{CudaContext, LaunchConfig, PushKernelArg};
    use kernel_core::DType;
    use kernel_core::ir::Elem;
    use kernel_core::runtime::{Device, LaunchError, ScalarValue};

    // The inputs, the interpreter's run and the comparison are every backend's
    // (`kernel_core::filetests::harness`).
    pub(super) use kernel_core::filetests::harness::{LEN, inputs};
    use kernel_core::filetests::harness::{compare_buffers, run_on, setup};

    /// The little-endian bits of a scalar, and whether an integer is a multiple of 16.
    pub(super) fn scalar_bits(s: ScalarValue) -> (u64, bool) {
        let int = |i: i128| (i as u64, i % 16 == 0);
        match s {
            ScalarValue::Bool(b) => (b as u64, false),
            ScalarValue::I8(x) => (x as u8 as u64, x % 16 == 0),
            ScalarValue::I16(x) => (x as u16 as u64, x % 16 == 0),
            ScalarValue::I32(x) => (x as u32 as u64, x % 16 == 0),
            ScalarValue::I64(x) => int(x as i128),
            ScalarValue::U8(x) => int(x as i128),
            ScalarValue::U16(x) => int(x as i128),
            ScalarValue::U32(x) => int(x as i128),
            ScalarValue::U64(x) => int(x as i128),
            ScalarValue::F16(x) => (x.to_bits() as u64, false),
            ScalarValue::BF16(x) => (x.to_bits() as u64, false),
            ScalarValue::F32(x) => (x.to_bits() as u64, false),
            ScalarValue::F64(x) => (x.to_bits(), false),
            ScalarValue::F8E4M3(x) => (x.0 as u64, false),
            ScalarValue::F8E5M2(x) => (x.0 as u64, false),
        }
    }

    /// The programs of a run of `k` (its family's, see `harness::setup`).
    pub(super) fn grid(k: &Kernel) -> (u32, u32, u32) {
        let g = setup(&k.name).grid;
        (g.x, g.y, g.z)
    }

    /// Runs `k` on the interpreter: the status code it maps to, and every buffer's bytes.
    pub(super) fn run_interp(
        k: &Kernel,
        ins: &[Result<Vec<u8>, ScalarValue>],
    ) -> (u32, Vec<Vec<u8>>) {
        let (res, out) = run_on(&Device::interpreter(), k, ins);
        let code = match res {
            Ok(()) => 0,
            Err(LaunchError::OutOfBounds { .. }) => status::OUT_OF_BOUNDS,
            Err(LaunchError::AssertionFailed { .. }) => status::ASSERT,
            Err(LaunchError::BadLoopStep { .. }) => status::BAD_LOOP_STEP,
            Err(e) => panic!("{}: interpreter: {e}", k.name),
        };
        (code, out)
    }

    /// Runs `k` on the GPU with options `o`.
    fn run_gpu(
        ctx: &std::sync::Arc<CudaContext>,
        k: &Kernel,
        o: &Options,
        ins: &[Result<Vec<u8>, ScalarValue>],
    ) -> Result<(Vec<u32>, Vec<Vec<u8>>), String> {
        let src = emit_cuda(k, o).map_err(|e| e.to_string())?;
        let ptx = cudarc::nvrtc::compile_ptx_with_opts(
            &src.source,
            cudarc::nvrtc::CompileOptions {
                arch: Some("compute_90"),
                ..Default::default()
            },
        )
        .map_err(|e| format!("nvrtc: {e:?}"))?;
        let module = ctx.load_module(ptx).map_err(|e| e.to_string())?;
        let f = module
            .load_function(&src.entry)
            .map_err(|e| e.to_string())?;
        if src.shared_bytes > 48 * 1024 {
            f.set_attribute(
                cudarc::driver::sys::CUfunction_attribute::CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES,
                src.shared_bytes as i32,
            )
            .map_err(|e| e.to_string())?;
        }
        let stream = ctx.default_stream();
        let mut bufs = Vec::new();
        let mut lens = Vec::new();
        let mut s8 = Vec::new();
        let mut s16 = Vec::new();
        let mut s32 = Vec::new();
        let mut s64 = Vec::new();
        for (p, i) in k.params.iter().zip(ins) {
            match (p.ty.elem, i) {
                (Elem::Ptr(_), Ok(bytes)) => {
                    bufs.push(stream.clone_htod(bytes).map_err(|e| e.to_string())?);
                    lens.push(LEN as u64);
                }
                (Elem::Scalar(d), Err(s)) => {
                    let (bits, _) = scalar_bits(*s);
                    match d.size_bytes() {
                        1 => s8.push(bits as u8),
                        2 => s16.push(bits as u16),
                        4 => s32.push(bits as u32),
                        _ => s64.push(bits),
                    }
                }
                _ => unreachable!(),
            }
        }
        let mut st = stream
            .alloc_zeros::<u32>(status::WORDS as usize)
            .map_err(|e| e.to_string())?;
        let mut lb = stream.launch_builder(&f);
        let (mut bi, mut i8_, mut i16_, mut i32_, mut i64_) = (0, 0, 0, 0, 0);
        for p in &k.params {
            match p.ty.elem {
                Elem::Ptr(_) => {
                    lb.arg(&bufs[bi]);
                    lb.arg(&lens[bi]);
                    bi += 1;
                }
                Elem::Scalar(d) => match d.size_bytes() {
                    1 => {
                        lb.arg(&s8[i8_]);
                        i8_ += 1;
                    }
                    2 => {
                        lb.arg(&s16[i16_]);
                        i16_ += 1;
                    }
                    4 => {
                        lb.arg(&s32[i32_]);
                        i32_ += 1;
                    }
                    _ => {
                        lb.arg(&s64[i64_]);
                        i64_ += 1;
                    }
                },
            }
        }
        lb.arg(&mut st);
        let cfg = LaunchConfig {
            grid_dim: grid(k),
            block_dim: (src.threads, 1, 1),
            shared_mem_bytes: src.shared_bytes,
        };
        // SAFETY: the arguments follow the kernel's ABI (see the module docs of codegen).
        unsafe { lb.launch(cfg) }.map_err(|e| e.to_string())?;
        stream.synchronize().map_err(|e| e.to_string())?;
        let status = stream.clone_dtoh(&st).map_err(|e| e.to_string())?;
        let out = bufs
            .iter()
            .map(|b| stream.clone_dtoh(b).map_err(|e| e.to_string()))
            .collect::<Result<Vec<_>, _>>()?;
        Ok((status, out))
    }

    /// What a backend run gives back: the status words and every buffer's bytes.
    pub(super) type Outcome = Result<(Vec<u32>, Vec<Vec<u8>>), String>;

    /// The inputs of one run: per parameter, a buffer's bytes or a scalar.
    pub(super) type Inputs = [Result<Vec<u8>, ScalarValue>];

    /// Runs `k` with options `o` on both the interpreter and `run` (a GPU or the emulator),
    /// on the same random inputs, and compares: the number of float elements that differ
    /// within tolerance, or what differs.
    pub(super) fn compare(
        run: &dyn Fn(&Kernel, &Options, &Inputs) -> Outcome,
        k: &Kernel,
        o: &Options,
    ) -> Result<usize, String> {
        compare_on(run, k, o, inputs(k, 7))
    }

    /// [`compare`] on given inputs.
    pub(super) fn compare_on(
        run: &dyn Fn(&Kernel, &Options, &Inputs) -> Outcome,
        k: &Kernel,
        o: &Options,
        ins: Vec<Result<Vec<u8>, ScalarValue>>,
    ) -> Result<usize, String> {
        let mut o = o.clone();
        if !o.aligned16.is_empty() {
            // The facts must hold: buffers are 256-byte aligned, integers as chosen.
            o.aligned16 = ins
                .iter()
                .map(|i| match i {
                    Ok(_) => true,
                    Err(s) => scalar_bits(*s).1,
                })
                .collect();
        }
        if !o.ones.is_empty() {
            // Likewise: integer scalars equal to 1 (the `equal_to_1` specialization).
            o.ones = ins
                .iter()
                .map(|i| matches!(i, Err(s) if crate::runtime::params::scalar_is_one(s)))
                .collect();
        }
        let (want_code, want) = run_interp(k, &ins);
        let (st, got) = run(k, &o, &ins)?;
        if st[0] != want_code {
            return Err(format!(
                "status {:?}, interpreter code {want_code}",
                &st[..8]
            ));
        }
        if want_code != 0 {
            return Ok(0);
        }
        // Math functions differ by ulps; a file's header may allow more (`// tolerance:`).
        let tol = setup(&k.name).tolerance("cuda");
        // A `dot` sums in its own order: its f32 result differs from the interpreter's by
        // ulps, which rounding to a 16-bit dtype can turn into one ulp of that dtype.
        let mut dot = false;
        kernel_core::analysis::walk(&k.body, &mut |i| {
            dot |= matches!(i.op, kernel_core::ir::Op::Dot { .. })
        });
        let tol_of = |d: DType| match d {
            DType::F16 if dot => tol.max(2e-3),
            DType::BF16 if dot => tol.max(1e-2),
            _ => tol,
        };
        compare_buffers(k, "cuda", &got, &want, &tol_of)
    }

    /// This machine's GPU, or `None` (with a note) when no CUDA driver or device is there.
    fn context() -> Option<std::sync::Arc<CudaContext>> {
        // SAFETY: only tries to open the shared library.
        let have = unsafe { cudarc::driver::sys::is_culib_present() };
        let ctx = if have { CudaContext::new(0).ok() } else { None };
        if ctx.is_none() {
            eprintln!("note: no CUDA device; skipping the GPU differential tests");
        }
        ctx
    }

    /// The filetest `name` under every option set, on this machine's GPU.
    fn on_gpu(name: &str) {
        let Some(ctx) = context() else { return };
        let k = kernel(name);
        let mut failures = Vec::new();
        for o in option_sets(k.params.len()) {
            match compare(&|k, o, ins| run_gpu(&ctx, k, o, ins), &k, &o) {
                Ok(n) => eprintln!(
                    "{name} ({} warps, checked {}): ok ({n} within tolerance)",
                    o.num_warps, o.checked
                ),
                Err(e) => failures.push(format!(
                    "{name} ({} warps, checked {}, arch {}): {e}",
                    o.num_warps, o.checked, o.arch
                )),
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// One test per filetest (`gpu::filetest::<name>`).
    mod filetest {
        kernel_core::filetest_cases!(cuda, super::on_gpu);
    }

    /// The cases the emulator tests beyond the filetests: the pipelined matmul on ragged and
    /// strided operands, and 8-bit tensor-core dots.
    #[test]
    fn ragged_and_eight_bit_dots_match_the_interpreter_on_this_machines_gpu() {
        let Some(ctx) = context() else { return };
        let mut failures = Vec::new();
        let run = |k: &Kernel, o: &Options, ins: &Inputs| run_gpu(&ctx, k, o, ins);
        for (label, k, o, ins) in super::emulated::ragged_pipelined_cases() {
            if let Err(e) = compare_on(&run, &k, &o, ins) {
                failures.push(format!("{label}: {e}"));
            }
        }
        failures.extend(super::emulated::check_eight_bit(
            &run,
            super::emulated::eight_bit_cases(),
        ));
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}

/// Differential tests on the CPU emulator (`crate::emu`, needs a C++ compiler): every
/// fixture, under every option set, runs through the emulated CUDA C and through the
/// interpreter on the same random inputs, compared as on a GPU. Kernels that use `cp.async`
/// run twice, with copies landing at the wait and at issue. Each file is a test of its own,
/// `emulated::filetest::<name>`; the C++ sources and programs stay in the emulator runtime's directory for this process
/// (`$TMPDIR/oxtile-cuda-emu-<pid>-...`) until the next process that emulates starts.
pub(super) mod emulated {
    use super::gpu::{LEN, Outcome, compare, compare_on, grid, inputs, scalar_bits};
    use super::*;
    use crate::emu::{CpAsync, EmuArg, EmuProgram};
    use kernel_core::ir::Elem;
    use kernel_core::runtime::ScalarValue;

    /// The emulator runtime's own directory for this process: tests run in parallel and
    /// share it, so none may remove it; it is removed by the first emulator user after the
    /// process has ended (see `runtime::emulated::build_dir`).
    fn dir() -> std::path::PathBuf {
        crate::runtime::emulated::build_dir()
            .expect("the emulator's directory")
            .clone()
    }

    pub(super) fn run_emu(
        k: &Kernel,
        o: &Options,
        ins: &[Result<Vec<u8>, ScalarValue>],
        cp: CpAsync,
    ) -> Outcome {
        let src = emit_cuda(k, o).map_err(|e| e.to_string())?;
        run_emu_source(k, &src, ins, cp)
    }

    /// [`run_emu`] of a given source (the kernel's, possibly altered).
    pub(super) fn run_emu_source(
        k: &Kernel,
        src: &crate::codegen::CudaSource,
        ins: &[Result<Vec<u8>, ScalarValue>],
        cp: CpAsync,
    ) -> Outcome {
        let prog = EmuProgram::build(src, &dir()).map_err(|e| e.to_string())?;
        let mut bufs: Vec<Vec<u8>> = ins
            .iter()
            .filter_map(|i| i.as_ref().ok().cloned())
            .collect();
        let mut it = bufs.iter_mut();
        let mut args = Vec::new();
        for (p, i) in k.params.iter().zip(ins) {
            match (p.ty.elem, i) {
                (Elem::Ptr(_), Ok(_)) => args.push(EmuArg::Buffer(it.next().expect("a buffer"))),
                (Elem::Scalar(_), Err(s)) => {
                    let (bits, _) = scalar_bits(*s);
                    args.push(EmuArg::Scalar(bits));
                }
                _ => return Err("inputs do not follow the parameters".into()),
            }
        }
        let mut status = vec![0u32; status::WORDS as usize];
        prog.run(grid(k), &mut args, &mut status, cp)
            .map_err(|e| e.to_string())?;
        assert!(bufs.iter().all(|b| b.len() >= LEN));
        Ok((status, bufs))
    }

    /// One differential case beyond the fixtures: a label, the kernel, its options, inputs.
    pub(super) type Case = (String, Kernel, Options, Vec<Result<Vec<u8>, ScalarValue>>);

    /// The software-pipelined matmul (`cp.async` over `num_stages`) on shapes whose last
    /// iteration is partial and whose rows are not 16-byte aligned or not contiguous, so
    /// that the element-by-element path of the copies runs too: sizes (m, n, k) and the
    /// strides of A (am, ak) and B (bk, bn); 1 to 3 stages, 1 and 4 warps.
    pub(super) fn ragged_pipelined_cases() -> Vec<Case> {
        let k = kernel("matmul_32_32_16_2");
        let shapes: &[[i32; 7]] = &[
            // m, n, k, am, ak, bk, bn
            [50, 40, 40, 40, 1, 40, 1],
            [64, 64, 36, 36, 1, 64, 1],
            [33, 30, 47, 1, 33, 30, 1],
            [64, 48, 64, 64, 1, 1, 64],
        ];
        let mut cases = Vec::new();
        for c in shapes {
            let [m, n, kk, am, ak, bk, bn] = *c;
            let mut ins = inputs(&k, 11);
            let scalars = [m, n, kk, am, ak, bk, bn, n, 1];
            let mut it = scalars.iter();
            for i in ins.iter_mut() {
                if let Err(s) = i {
                    *s = ScalarValue::I32(*it.next().expect("nine scalars"));
                }
            }
            for stages in [1, 2, 3] {
                for warps in [1, 4] {
                    let o = Options {
                        arch: 90,
                        num_warps: warps,
                        num_stages: stages,
                        checked: false,
                        aligned16: vec![true; k.params.len()],
                        ..Options::default()
                    };
                    let label = format!("matmul {c:?} stages {stages} warps {warps}");
                    cases.push((label, k.clone(), o, ins.clone()));
                }
            }
        }
        cases
    }

    /// The emulator models `wgmma`'s asynchrony: an accumulator reads NaN until the
    /// `wgmma.wait_group` that retires its group, and a thread that exits with results in
    /// flight fails the run. Flash attention on wgmma (4 warps, sm_90a) matches the
    /// interpreter as generated, and not with its waits weakened or removed.
    #[test]
    fn wgmma_results_read_before_their_wait_are_caught() {
        if !have_compiler() {
            return;
        }
        let k = kernel("attention_fwd_128_64_64");
        let n = k.params.len();
        let o = Options {
            arch: 90,
            num_warps: 4,
            checked: false,
            aligned16: vec![true; n],
            ..Options::default()
        };
        let src = emit_cuda(&k, &o).unwrap();
        assert!(src.source.contains("ox_wgmma_wait<0>();"), "not on wgmma");
        let run = |tamper: &dyn Fn(&str) -> String| {
            compare_on(
                &|k, o, ins| {
                    let mut src = emit_cuda(k, o).map_err(|e| e.to_string())?;
                    src.source = tamper(&src.source);
                    run_emu_source(k, &src, ins, CpAsync::AtWait)
                },
                &k,
                &o,
                inputs(&k, 5),
            )
        };
        let r = run(&|s| s.to_string());
        assert!(r.is_ok(), "as generated: {r:?}");
        let early = run(&|s| s.replace("ox_wgmma_wait<0>();", "ox_wgmma_wait<1>();"));
        assert!(early.is_err(), "a read before the wait went unnoticed");
        // Without the wait, the epilogue's staging (stmatrix) overwrites operands the
        // products still read, or the thread exits with them in flight.
        let e = run(&|s| s.replace("ox_wgmma_wait<0>();", "")).unwrap_err();
        assert!(
            e.contains("never waited") || e.contains("wgmma still in flight"),
            "{e}"
        );
    }

    #[test]
    fn pipelined_matmul_on_ragged_and_strided_operands() {
        if !have_compiler() {
            return;
        }
        let mut failures = Vec::new();
        for (label, k, o, ins) in ragged_pipelined_cases() {
            let src = emit_cuda(&k, &o).unwrap();
            assert!(pipelined(&src.source), "not pipelined: {label}");
            for cp in [CpAsync::AtWait, CpAsync::AtIssue] {
                let r = compare_on(&|k, o, ins| run_emu(k, o, ins, cp), &k, &o, ins.clone());
                if let Err(e) = r {
                    failures.push(format!("{label} {cp:?}: {e}"));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// The matmul fixture re-blocked to `bm` x `bm` x 32 with unit strides compiled as 1
    /// and Triton's divisibility facts for the other arguments (true of `scalars`: m, n, k,
    /// stride_am, _ak, _bk, _bn, _cm, _cn), unchecked on sm_90 with `warps` and `stages`,
    /// and its inputs (random buffers from `seed`).
    fn unit_stride_matmul(
        bm: u32,
        warps: u32,
        stages: u32,
        scalars: [i32; 9],
        seed: u64,
    ) -> (Kernel, Options, Vec<Result<Vec<u8>, ScalarValue>>) {
        let k = kernel_core::text::parse_kernel(&super::matmul_blocked(bm)).unwrap();
        let unit = ["stride_ak", "stride_bn", "stride_cn"];
        let is_unit = |i: usize| unit.contains(&k.params[i].name.as_str());
        let mut ins = inputs(&k, seed);
        let mut it = scalars.iter();
        for i in ins.iter_mut() {
            if let Err(s) = i {
                *s = ScalarValue::I32(*it.next().expect("nine scalars"));
            }
        }
        let o = Options {
            arch: 90,
            num_warps: warps,
            num_stages: stages,
            checked: false,
            aligned16: (0..k.params.len()).map(|i| !is_unit(i)).collect(),
            ones: (0..k.params.len()).map(is_unit).collect(),
            ..Options::default()
        };
        (k, o, ins)
    }

    /// A pipelined matmul on wgmma accumulates in place with its wait deferred by an
    /// iteration (`pipeline`, "Overlap"). The emulator checks the order that makes it safe:
    /// with the wait weakened to leave two groups in flight, the copies into the stage the
    /// previous products read land (at issue) while those are still in flight, a race it
    /// reports;
    /// without the wait after the loop a thread exits with results in flight.
    #[test]
    fn deferred_wgmma_waits_are_checked() {
        if !have_compiler() {
            return;
        }
        let (k, o, ins) = unit_stride_matmul(64, 4, 3, [64, 64, 160, 160, 1, 64, 1, 64, 1], 5);
        let run = |tamper: &dyn Fn(&str) -> String, cp: CpAsync| {
            compare_on(
                &|k, o, ins| {
                    let mut src = emit_cuda(k, o).map_err(|e| e.to_string())?;
                    src.source = tamper(&src.source);
                    run_emu_source(k, &src, ins, cp)
                },
                &k,
                &o,
                ins.clone(),
            )
        };
        for cp in [CpAsync::AtWait, CpAsync::AtIssue] {
            let r = run(&|s| s.to_string(), cp);
            assert!(r.is_ok(), "as generated ({cp:?}): {r:?}");
        }
        // Copies landing as soon as they are issued (the earliest the hardware may).
        let e = run(
            &|s| s.replace("ox_wgmma_wait<1>();", "ox_wgmma_wait<2>();"),
            CpAsync::AtIssue,
        )
        .unwrap_err();
        assert!(e.contains("still in flight"), "{e}");
        let e = run(
            &|s| {
                let at = s.rfind("ox_wgmma_wait<0>();").unwrap();
                format!("{}{}", &s[..at], &s[at + "ox_wgmma_wait<0>();".len()..])
            },
            CpAsync::AtWait,
        )
        .unwrap_err();
        assert!(e.contains("never waited"), "{e}");
    }

    /// [`unit_stride_matmul`] storing its result as `out` (f16 or bf16): the accumulator
    /// cast before the store.
    fn unit_stride_matmul_as(
        out: &str,
        bm: u32,
        warps: u32,
        scalars: [i32; 9],
        seed: u64,
    ) -> (Kernel, Options, Vec<Result<Vec<u8>, ScalarValue>>) {
        let (k, o, _) = unit_stride_matmul(bm, warps, 2, scalars, seed);
        let text = kernel_core::text::print_kernel(&k);
        let at = text.rfind("  store ").expect("the result's store");
        let (head, tail) = text.split_at(at);
        // `store %ptr, %acc mask %m`: cast %acc first.
        let acc = tail.split(", ").nth(1).unwrap().split(' ').next().unwrap();
        // The next value id (ids are dense).
        let next = text
            .split('%')
            .filter_map(|t| {
                t.split(|c: char| !c.is_ascii_digit())
                    .next()?
                    .parse::<u32>()
                    .ok()
            })
            .max()
            .unwrap()
            + 1;
        let text = format!(
            "{}  %{next}: {out}[{bm}, {bm}] = cast {acc} to {out}\n{}",
            head.replace("c: *f32", &format!("c: *{out}"))
                .replace("*f32[", &format!("*{out}[")),
            tail.replacen(&format!(", {acc}"), &format!(", %{next}"), 1)
        );
        let k = kernel_core::text::parse_kernel(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        let mut ins = inputs(&k, seed);
        let mut it = scalars.iter();
        for i in ins.iter_mut() {
            if let Err(s) = i {
                *s = ScalarValue::I32(*it.next().expect("nine scalars"));
            }
        }
        (k, o, ins)
    }

    /// A 16-bit `dot` result is stored 16 bytes a lane through a per-warp staging area
    /// (`epilogue`): by `stmatrix` on sm_90 (wgmma and mma.sync plans), by 32-bit shared
    /// stores on sm_80; it matches the interpreter with ragged M and N. Where the facts do
    /// not prove the mask the same across 8 columns (N not a known multiple of 16), the
    /// pairs are stored from the fragments as before.
    #[test]
    fn dot_results_are_stored_16_bytes_a_lane() {
        if !have_compiler() {
            return;
        }
        let mut failures = Vec::new();
        // m, n, k, stride_am, _ak, _bk, _bn, _cm, _cn
        let wide = [100, 80, 64, 64, 1, 80, 1, 80, 1];
        let narrow = [100, 72, 64, 64, 1, 72, 1, 72, 1];
        for (out, bm, warps, arch, scalars, staged) in [
            ("f16", 64, 4, 90, wide, true),
            ("bf16", 64, 4, 90, wide, true),
            ("f16", 128, 8, 90, wide, true),
            ("f16", 64, 2, 90, wide, true),
            ("bf16", 64, 4, 80, wide, true),
            ("f16", 64, 4, 90, narrow, false),
        ] {
            let (k, mut o, ins) = unit_stride_matmul_as(out, bm, warps, scalars, 3);
            o.arch = arch;
            // The divisibility facts as the runtime would give them (n = 72: none).
            for (f, i) in o.aligned16.iter_mut().zip(&ins) {
                if let Err(s) = i {
                    *f = scalar_bits(*s).1;
                }
            }
            let label = format!("{out} {bm}x{bm} w{warps} sm_{arch} n {}", scalars[1]);
            let src = emit_cuda(&k, &o).unwrap().source;
            let wide_stores = src.contains("*(uint4*)&p2[");
            let stsm = src.contains("ox_stsm_x4(ox_eb");
            if wide_stores != staged || stsm != (staged && arch >= 90) {
                failures.push(format!(
                    "{label}: uint4 stores {wide_stores}, stmatrix {stsm}"
                ));
            }
            if let Err(e) = compare_on(
                &|k, o, ins| run_emu(k, o, ins, CpAsync::AtIssue),
                &k,
                &o,
                ins,
            ) {
                failures.push(format!("{label}: {e}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// A masked store whose runs are all in or all out (`n` a multiple of 16, as the
    /// runtime's divisibility facts say): one predicated vector write per run and no
    /// per-lane fallback (`access::store`'s exact path), against the interpreter, for `n`
    /// ending a run, mid-block and past the first program's block.
    #[test]
    fn exact_vector_stores_match_the_interpreter() {
        if !have_compiler() {
            return;
        }
        let k = kernel("vector_add_1024");
        let mut failures = Vec::new();
        for n in [32, 48, 1040] {
            let mut ins = inputs(&k, 7);
            ins[3] = Err(ScalarValue::I32(n));
            let o = Options {
                arch: 90,
                num_warps: 4,
                checked: false,
                aligned16: vec![true; k.params.len()],
                ..Options::default()
            };
            let src = emit_cuda(&k, &o).unwrap().source;
            // Only vector writes to `out` (p2): no element-by-element fallback.
            assert_eq!(
                src.matches("p2[").count(),
                src.matches("&p2[").count(),
                "n = {n}: per-lane stores left"
            );
            if let Err(e) = compare_on(
                &|k, o, ins| run_emu(k, o, ins, CpAsync::AtWait),
                &k,
                &o,
                ins,
            ) {
                failures.push(format!("n = {n}: {e}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// Copies whose addresses are computed before the loop less what the loop index adds
    /// (`pipeline::hoist`): the matmul fixture re-blocked to 32x32x32 and 64x64x32, with
    /// Triton's divisibility facts true of its sizes (multiples of 16, unit strides), rows
    /// and the last K block ragged (48 x 80 x 80: the last block's upper half is zero-filled),
    /// on mma.sync and wgmma, against the interpreter with copies landing at the wait and
    /// at issue.
    #[test]
    fn hoisted_copy_addresses_match_the_interpreter() {
        if !have_compiler() {
            return;
        }
        let mut failures = Vec::new();
        for (bm, warps) in [(32, 1), (32, 2), (64, 4)] {
            for stages in [2, 3] {
                let scalars = [48, 80, 80, 80, 1, 80, 1, 80, 1];
                let (k, o, ins) = unit_stride_matmul(bm, warps, stages, scalars, 3);
                let label = format!("{bm}x{bm}x32 w{warps} s{stages}");
                let src = emit_cuda(&k, &o).unwrap();
                assert!(
                    src.source.contains("_base[ox_i] + (ox_k"),
                    "{label}: addresses not hoisted"
                );
                // Each chunk's base stays one register (see `pipeline::hoist`).
                assert!(
                    src.source.contains("_base[ox_i] = ox_opaque(p"),
                    "{label}: base pointers not opaque"
                );
                assert_eq!(src.source.contains("ox_wgmma_fence"), bm == 64, "{label}");
                // On wgmma the products accumulate in place, their wait deferred.
                assert_eq!(
                    src.source.contains("ox_wgmma_wait<1>();"),
                    bm == 64,
                    "{label}"
                );
                for cp in [CpAsync::AtWait, CpAsync::AtIssue] {
                    let r = compare_on(&|k, o, ins| run_emu(k, o, ins, cp), &k, &o, ins.clone());
                    if let Err(e) = r {
                        failures.push(format!("{label} {cp:?}: {e}"));
                    }
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// The chunked reductions and scan of [`CHUNKED`] (`chunks.rs`) against the interpreter,
    /// bit for bit (each line is folded by one thread in ascending order): chunks of whole
    /// lines (sm_75), and lines of 200 in segments carrying their running values (a device
    /// with 512 bytes), on 1 to 8 warps, checked or not.
    #[test]
    fn chunked_reductions_match_the_interpreter_exactly() {
        if !have_compiler() {
            return;
        }
        let k = kernel_core::text::parse_kernel(CHUNKED).unwrap();
        let mut failures = Vec::new();
        for (arch, device, warps, checked) in [
            (75, None, 4, true),
            (75, None, 1, false),
            (90, Some(512), 8, false),
            (90, Some(512), 2, true),
        ] {
            let o = Options {
                arch,
                max_shared_bytes: device,
                num_warps: warps,
                checked,
                ..Options::default()
            };
            let label = format!("sm_{arch} {device:?} w{warps} checked {checked}");
            match compare(&|k, o, ins| run_emu(k, o, ins, CpAsync::AtWait), &k, &o) {
                Ok(0) => {}
                Ok(n) => failures.push(format!("{label}: {n} elements differ in the last bits")),
                Err(e) => failures.push(format!("{label}: {e}")),
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// [`mulbroadcasted`] pipelined with unconditional copies, against the interpreter, with
    /// the copies landing at the wait and at issue. Each chunk's `dot` is added to the
    /// accumulator as it is, not rounded to f16 first: the tensor cores' order of additions
    /// then stays within the comparison's 1e-5, where the f16 rounding could flip an ulp.
    #[test]
    fn pipelined_copies_with_nothing_to_test_match_the_interpreter() {
        if !have_compiler() {
            return;
        }
        let text = mulbroadcasted().replace("add %63, %64", "add %61, %64");
        let k = kernel_core::text::parse_kernel(&text).unwrap();
        for cp in [CpAsync::AtWait, CpAsync::AtIssue] {
            let r = compare(
                &|k, o, ins| run_emu(k, o, ins, cp),
                &k,
                &proven_copies_options(),
            );
            assert!(r.is_ok(), "{cp:?}: {r:?}");
        }
    }

    /// The matmul fixture with 8-bit operands and k-tiles of 32, the shape of `mma.sync`
    /// m16n8k32: i8 and u8 into an i32 accumulator, fp8 into f32.
    pub(super) fn matmul_8bit(operand: &str, acc: &str) -> Kernel {
        matmul_8bit_blocked(operand, acc, 32)
    }

    /// [`matmul_8bit`] re-blocked to `bm` x `bm` x 32.
    pub(super) fn matmul_8bit_blocked(operand: &str, acc: &str, bm: u32) -> Kernel {
        let text = super::matmul_blocked(bm)
            .replace("f16", operand)
            .replace("f32", acc);
        let zero = if acc == "i32" { "0" } else { "0.0" };
        let text = text
            .replace(&format!("const {acc} 0.0"), &format!("const {acc} {zero}"))
            .replace(
                &format!("const {operand} 0.0"),
                &format!("const {operand} 0"),
            );
        kernel_core::text::parse_kernel(&text).unwrap_or_else(|e| panic!("{e}\n{text}"))
    }

    /// Matmuls with 8-bit operands (`mma.sync` m16n8k32; B staged transposed): i8, u8,
    /// e4m3, e5m2, on sm_80/89/90, checked and not, with inputs of moderate magnitude (so
    /// that fp8 sums do not cancel catastrophically). The label names the `ox_mma_*` call
    /// expected in the source (none for fp8 below sm_89: FMA).
    pub(super) fn eight_bit_cases() -> Vec<Case> {
        use rand::{Rng, SeedableRng};
        let mut cases = Vec::new();
        for (operand, acc, f) in [
            ("i8", "i32", "ox_mma_s8("),
            ("u8", "i32", "ox_mma_u8("),
            ("f8e4m3", "f32", "ox_mma_e4m3("),
            ("f8e5m2", "f32", "ox_mma_e5m2("),
        ] {
            let k = matmul_8bit(operand, acc);
            let mut ins = inputs(&k, 5);
            let mut rng = rand::rngs::StdRng::seed_from_u64(9);
            let k64 = matmul_8bit_blocked(operand, acc, 64);
            for (p, i) in k.params.iter().zip(ins.iter_mut()) {
                let Ok(bytes) = i else { continue };
                if p.name != "a" && p.name != "b" {
                    continue;
                }
                for x in bytes.iter_mut() {
                    let (sign, man) = (rng.random::<bool>() as u8, rng.random_range(0..8u8));
                    *x = match operand {
                        // Exponent fields around the bias: magnitudes in [1/4, 8).
                        "f8e4m3" => (sign << 7) | (rng.random_range(5..10u8) << 3) | man,
                        "f8e5m2" => (sign << 7) | (rng.random_range(13..18u8) << 2) | (man & 3),
                        "i8" => rng.random_range(-128..=127i32) as i8 as u8,
                        _ => rng.random(),
                    };
                }
            }
            for (arch, warps, checked, aligned) in [
                (90, 4, false, true),
                (90, 1, true, false),
                (89, 2, false, true),
                (80, 4, false, true),
            ] {
                let o = Options {
                    arch,
                    num_warps: warps,
                    num_stages: 3,
                    checked,
                    aligned16: vec![aligned; k.params.len()],
                    ..Options::default()
                };
                let want = if arch >= 89 || !operand.starts_with("f8") {
                    f
                } else {
                    "fma"
                };
                let label = format!("{operand} sm_{arch} w{warps} checked {checked} [{want}]");
                cases.push((label, k.clone(), o, ins.clone()));
            }
            // Re-blocked to 64x64x32 on 4 warps of sm_90a: on wgmma (m64n64k32, B staged
            // transposed; integers into s32 registers), checked and not.
            for checked in [false, true] {
                let o = super::hopper_w4(k64.params.len(), checked);
                let ty = if operand == "i8" {
                    "s8"
                } else {
                    operand.trim_start_matches("f8")
                };
                let want = format!("ox_wgmma_{ty}_n");
                let label = format!("{operand} 64x64 sm_90 w4 checked {checked} [{want}]");
                cases.push((label, k64.clone(), o, ins.clone()));
            }
        }
        cases
    }

    /// The `matmul_i8_12_10_20` fixture (one `dot` from a zero accumulator) at 64x64x64,
    /// with `operand` factors, on 4 warps of sm_90a: the first k-step of each accumulator
    /// block writes it without reading it (`_z`, scale-d 0, "=r" outputs), the rest
    /// accumulate; exact against the interpreter on the emulator, checked and not.
    #[test]
    fn integer_wgmma_from_a_zero_accumulator_matches_the_interpreter() {
        if !have_compiler() {
            return;
        }
        let text = kernel_core::filetests::get("matmul_i8_12_10_20").text;
        let dims = matmul_i8_at_64(text);
        let mut failures = Vec::new();
        for (operand, ty) in [("i8", "s8"), ("u8", "u8")] {
            let k = kernel_core::text::parse_kernel(&dims.replace("i8", operand)).unwrap();
            let ins = inputs(&k, 23);
            for checked in [false, true] {
                let o = Options {
                    arch: 90,
                    num_warps: 4,
                    checked,
                    aligned16: vec![true; k.params.len()],
                    ..Options::default()
                };
                let src = emit_cuda(&k, &o).unwrap().source;
                let zero = format!("ox_wgmma_{ty}_n64_t0_z(");
                if !src.contains(&zero) {
                    failures.push(format!("{operand} checked {checked}: no {zero}"));
                }
                match compare_on(
                    &|k, o, ins| run_emu(k, o, ins, CpAsync::AtWait),
                    &k,
                    &o,
                    ins.clone(),
                ) {
                    Err(e) => failures.push(format!("{operand} checked {checked}: {e}")),
                    Ok(n) if n > 0 => failures.push(format!(
                        "{operand} checked {checked}: {n} inexact integer elements"
                    )),
                    Ok(_) => {}
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// `matmul_i8_12_10_20`'s text with every extent (12 rows, 10 columns, 20 of K, and the
    /// row strides 20 and 10) made 64.
    fn matmul_i8_at_64(text: &str) -> String {
        text.lines()
            .map(|l| {
                let Some((lhs, rhs)) = l.split_once(" = ") else {
                    return l.to_string();
                };
                // Only the type and the operation's constants change, never a value id.
                let fix = |s: &str| {
                    s.replace("[12", "[64")
                        .replace("[10", "[64")
                        .replace("[20", "[64")
                        .replace(", 12]", ", 64]")
                        .replace(", 10]", ", 64]")
                        .replace(", 20]", ", 64]")
                        .replace("arange 12", "arange 64")
                        .replace("arange 10", "arange 64")
                        .replace("arange 20", "arange 64")
                        .replace("const i32 20", "const i32 64")
                        .replace("const i32 10", "const i32 64")
                };
                format!("{} = {}", fix(lhs), fix(rhs))
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Compares the 8-bit cases: integers must match exactly.
    pub(super) fn check_eight_bit(
        run: &dyn Fn(&Kernel, &Options, &super::gpu::Inputs) -> Outcome,
        cases: Vec<Case>,
    ) -> Vec<String> {
        let mut failures = Vec::new();
        for (label, k, o, ins) in cases {
            match compare_on(run, &k, &o, ins) {
                Err(e) => failures.push(format!("{label}: {e}")),
                Ok(n) if !label.starts_with("f8") && n > 0 => {
                    failures.push(format!("{label}: {n} inexact integer elements"))
                }
                Ok(_) => {}
            }
        }
        failures
    }

    #[test]
    fn eight_bit_tensor_core_dots_match_the_interpreter() {
        if !have_compiler() {
            return;
        }
        let cases = eight_bit_cases();
        let mut failures = Vec::new();
        for (label, k, o, _) in &cases {
            let src = emit_cuda(k, o).unwrap();
            let want = label.rsplit('[').next().unwrap_or("").trim_end_matches(']');
            let tensor = if want.starts_with("ox_wgmma_") {
                // The warpgroup instruction, and no `mma.sync` call on the factors (the
                // prelude defines both).
                src.source.contains(want)
                    && !["e4m3", "e5m2", "s8", "u8"]
                        .iter()
                        .any(|t| src.source.contains(&format!("ox_mma_{t}(v")))
            } else {
                src.source.contains("ox_mma_") && src.source.contains(&format!("{want}v"))
            };
            if tensor != (want != "fma") {
                failures.push(format!("{label}: tensor cores {tensor}"));
            }
        }
        failures.extend(check_eight_bit(
            &|k, o, ins| run_emu(k, o, ins, CpAsync::AtWait),
            cases,
        ));
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// The TF32 matmul fixture (`dot tf32` of f32 tiles 32x16 by 16x32 in a k loop, random
    /// factors in [-2, 2) whose low mantissa bits are set) under option sets that put it on
    /// tensor cores (`mma.sync` m16n8k8, sm_80 and sm_90, 1 to 8 warps, checked or not) and
    /// that do not (sm_75; 16 warps, more than its 8 mma tiles): the label says which.
    pub(super) fn tf32_cases() -> Vec<Case> {
        let k = kernel("matmul_tf32_32_32_16_2");
        let ins = inputs(&k, 13);
        let mut cases = Vec::new();
        // Re-blocked to 64x64 (k steps of 16): on 4 warps of sm_90a, wgmma (m64n64k8).
        let k64 = tf32_64();
        let o = super::hopper_w4(k64.params.len(), false);
        cases.push((
            "tf32 64x64 sm_90 w4 [wgmma]".to_string(),
            k64.clone(),
            o,
            inputs(&k64, 17),
        ));
        for (arch, warps, checked, want) in [
            (90, 4, false, "mma"),
            (90, 1, true, "mma"),
            (80, 8, false, "mma"),
            (80, 2, true, "mma"),
            (75, 4, false, "fma"),
            (90, 16, false, "fma"),
        ] {
            let o = Options {
                arch,
                num_warps: warps,
                num_stages: 3,
                checked,
                aligned16: vec![true; k.params.len()],
                ..Options::default()
            };
            let label = format!("tf32 sm_{arch} w{warps} checked {checked} [{want}]");
            cases.push((label, k.clone(), o, ins.clone()));
        }
        cases
    }

    #[test]
    fn tf32_dots_match_the_interpreter() {
        if !have_compiler() {
            return;
        }
        let mut failures = Vec::new();
        for (label, k, o, ins) in tf32_cases() {
            let src = emit_cuda(&k, &o).unwrap().source;
            let want_mma = label.ends_with("[mma]") || label.ends_with("[wgmma]");
            // Tensor cores on factors rounded as they are staged, or FMAs on factors rounded
            // as they are read (the prelude defines both functions; these are calls).
            let tc = if label.ends_with("[wgmma]") {
                "ox_wgmma_tf32_n"
            } else {
                "ox_mma_tf32("
            };
            let mma = src.contains(tc) && src.contains("= ox_tf32_bits(");
            let fma = src.contains("fmaf(x, ox_rnd_tf32(") && src.contains("x = ox_rnd_tf32(");
            if (mma, fma) != (want_mma, !want_mma) {
                failures.push(format!("{label}: tensor cores {mma}, rounded FMAs {fma}"));
            }
            // Not software-pipelined: a cp.async copy would not round the factors.
            if pipelined(&src) {
                failures.push(format!("{label}: pipelined"));
            }
            if let Err(e) = compare_on(
                &|k, o, ins| run_emu(k, o, ins, CpAsync::AtWait),
                &k,
                &o,
                ins,
            ) {
                failures.push(format!("{label}: {e}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// A NaN factor whose payload lies only in the 13 bits TF32 drops (0x7f800001) is still a
    /// NaN to a tf32 `dot`, as the interpreter keeps it: `cvt.rna.tf32.f32` alone would make
    /// it an infinity, and the row of products infinities instead of NaNs. On tensor cores
    /// and on the FMA path.
    #[test]
    fn tf32_dots_keep_a_nan_whose_payload_tf32_drops() {
        if !have_compiler() {
            return;
        }
        let mut failures = Vec::new();
        for (label, k, o, mut ins) in tf32_cases() {
            if o.num_warps != 4 {
                continue;
            }
            let Ok(a) = &mut ins[0] else {
                panic!("the first parameter is a buffer")
            };
            a[..4].copy_from_slice(&0x7f80_0001u32.to_le_bytes());
            let r = compare_on(
                &|k, o, ins| run_emu(k, o, ins, CpAsync::AtWait),
                &k,
                &o,
                ins.clone(),
            );
            if let Err(e) = r {
                failures.push(format!("{label}: {e}"));
            }
            // The NaN reaches the output: row 0 of the first program's C.
            let (_, out) = super::gpu::run_interp(&k, &ins);
            let c0 = f32::from_le_bytes(out[2][..4].try_into().unwrap());
            assert!(c0.is_nan(), "{label}: interpreter gives {c0}");
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// An unchecked kernel that stores past the end of its buffer: the emulator's red zones
    /// report the write (with checks off, nothing in the kernel would).
    #[test]
    fn unchecked_out_of_bounds_writes_are_caught_by_the_red_zones() {
        if !have_compiler() {
            return;
        }
        let text = "kernel @oob(x: *f32 = %0) {\n\
                    %1: i32[16] = arange 16\n\
                    %2: *f32[16] = broadcast %0 to [16]\n\
                    %3: *f32[16] = ptr_add %2, %1\n\
                    %4: f32 = const f32 1.0\n\
                    %5: f32[16] = broadcast %4 to [16]\n\
                    store %3, %5\n}\n";
        let k = kernel_core::text::parse_kernel(text).unwrap();
        let o = Options {
            checked: false,
            ..Options::default()
        };
        let src = emit_cuda(&k, &o).unwrap();
        let prog = EmuProgram::build(&src, &dir()).unwrap();
        let mut status = vec![0u32; status::WORDS as usize];
        // 16 elements fit: no report.
        let mut fits = vec![0u8; 16 * 4];
        prog.run(
            (1, 1, 1),
            &mut [EmuArg::Buffer(&mut fits)],
            &mut status,
            CpAsync::AtWait,
        )
        .unwrap();
        assert!(
            fits.chunks(4)
                .all(|c| f32::from_le_bytes(c.try_into().unwrap()) == 1.0)
        );
        // 8 elements: the other 8 land in the red zone after the buffer.
        let mut short = vec![0u8; 8 * 4];
        let e = prog
            .run(
                (1, 1, 1),
                &mut [EmuArg::Buffer(&mut short)],
                &mut status,
                CpAsync::AtWait,
            )
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("out of bounds") && e.contains("byte offset 32"),
            "{e}"
        );
        // Stores 300 and 100,000 elements before the buffer and 300 after it: past the
        // 256 bytes of red zone, the first went unnoticed (into the allocator's memory).
        for (at, byte) in [(-300, -1200), (-100_000, -400_000), (316, 1264)] {
            let text = format!(
                "kernel @oob_far(x: *f32 = %0) {{\n\
                 %1: i32[16] = arange 16\n\
                 %2: i32 = const i32 {at}\n\
                 %3: i32[16] = broadcast %2 to [16]\n\
                 %4: i32[16] = add %1, %3\n\
                 %5: *f32[16] = broadcast %0 to [16]\n\
                 %6: *f32[16] = ptr_add %5, %4\n\
                 %7: f32 = const f32 1.0\n\
                 %8: f32[16] = broadcast %7 to [16]\n\
                 store %6, %8\n}}\n"
            );
            let k = kernel_core::text::parse_kernel(&text).unwrap();
            let src = emit_cuda(&k, &o).unwrap();
            let prog = EmuProgram::build(&src, &dir()).unwrap();
            let mut x = vec![0u8; 16 * 4];
            let e = prog
                .run(
                    (1, 1, 1),
                    &mut [EmuArg::Buffer(&mut x)],
                    &mut status,
                    CpAsync::AtWait,
                )
                .unwrap_err()
                .to_string();
            assert!(
                e.contains("out of bounds") && e.contains(&format!("byte offset {byte} ")),
                "element offset {at}: {e}"
            );
        }
    }

    /// A compiled program deleted or corrupted on disk is written again before the next run:
    /// every later launch of its specialization failed, even on a new device.
    #[test]
    fn a_program_deleted_or_corrupted_on_disk_is_restored() {
        if !have_compiler() {
            return;
        }
        let text = "kernel @fill_restore(x: *f32 = %0) {\n\
                    %1: i32[16] = arange 16\n\
                    %2: *f32[16] = broadcast %0 to [16]\n\
                    %3: *f32[16] = ptr_add %2, %1\n\
                    %4: f32 = const f32 2.0\n\
                    %5: f32[16] = broadcast %4 to [16]\n\
                    store %3, %5\n}\n";
        let k = kernel_core::text::parse_kernel(text).unwrap();
        let src = emit_cuda(&k, &Options::default()).unwrap();
        let prog = EmuProgram::build(&src, &dir()).unwrap();
        let run = |prog: &EmuProgram| {
            let mut status = vec![0u32; status::WORDS as usize];
            let mut x = vec![0u8; 16 * 4];
            prog.run(
                (1, 1, 1),
                &mut [EmuArg::Buffer(&mut x)],
                &mut status,
                CpAsync::AtWait,
            )
            .map(|()| x)
        };
        let want: Vec<u8> = [2.0f32; 16].iter().flat_map(|v| v.to_le_bytes()).collect();
        assert_eq!(run(&prog).unwrap(), want);
        let path = prog.path().to_path_buf();
        let damages: [(&str, &dyn Fn()); 3] = [
            ("deleted", &|| std::fs::remove_file(&path).unwrap()),
            ("truncated", &|| std::fs::write(&path, b"").unwrap()),
            ("overwritten", &|| {
                let mut b = std::fs::read(&path).unwrap();
                let mid = b.len() / 2;
                b[mid..].fill(0xcc);
                std::fs::write(&path, b).unwrap();
            }),
        ];
        for (what, damage) in damages {
            damage();
            assert_eq!(run(&prog).unwrap(), want, "{what}");
            // A program built again (a new device) gets the compiled one too.
            damage();
            let again = EmuProgram::build(&src, &dir()).unwrap();
            assert_eq!(run(&again).unwrap(), want, "{what}, built again");
        }
    }

    /// Kernels built in one directory share a precompiled emulator header and the host
    /// side's object (three quarters of each build's time); those files damaged on disk
    /// cost speed, never a wrong program: the unit is built again whole.
    #[test]
    fn kernels_share_the_emulator_runtime_and_survive_its_damage() {
        if !have_compiler() {
            return;
        }
        let fill = |name: &str, value: f32| {
            let text = format!(
                "kernel @{name}(x: *f32 = %0) {{\n\
                 %1: i32[16] = arange 16\n\
                 %2: *f32[16] = broadcast %0 to [16]\n\
                 %3: *f32[16] = ptr_add %2, %1\n\
                 %4: f32 = const f32 {value:?}\n\
                 %5: f32[16] = broadcast %4 to [16]\n\
                 store %3, %5\n}}\n"
            );
            let k = kernel_core::text::parse_kernel(&text).unwrap();
            emit_cuda(&k, &Options::default()).unwrap()
        };
        let run = |prog: &EmuProgram| {
            let mut status = vec![0u32; status::WORDS as usize];
            let mut x = vec![0u8; 16 * 4];
            prog.run(
                (1, 1, 1),
                &mut [EmuArg::Buffer(&mut x)],
                &mut status,
                CpAsync::AtWait,
            )
            .unwrap();
            x.chunks(4)
                .map(|b| f32::from_le_bytes(b.try_into().unwrap()))
                .collect::<Vec<f32>>()
        };
        let dir = dir().join("shared-runtime");
        let _ = std::fs::remove_dir_all(&dir);
        let first = EmuProgram::build(&fill("rt_first", 1.5), &dir).unwrap();
        assert_eq!(run(&first), vec![1.5; 16]);
        let (header, object) = (dir.join("oxemu.h"), dir.join("oxemu_rt.o"));
        assert!(header.is_file() && object.is_file());
        let unit = std::fs::read_to_string(first.path().with_extension("cpp")).unwrap();
        assert!(unit.starts_with("#include \"oxemu.h\""), "{unit:.200}");
        // A damaged object: the next kernel still builds, whole.
        std::fs::write(&object, b"not an object").unwrap();
        let second = EmuProgram::build(&fill("rt_second", -2.25), &dir).unwrap();
        assert_eq!(run(&second), vec![-2.25; 16]);
        let unit = std::fs::read_to_string(second.path().with_extension("cpp")).unwrap();
        assert!(unit.starts_with("#define OX_EMU_RUNTIME"), "{unit:.200}");
        // Deleted files are made again, and used.
        let _ = std::fs::remove_file(&header);
        let third = EmuProgram::build(&fill("rt_third", 3.0), &dir).unwrap();
        assert_eq!(run(&third), vec![3.0; 16]);
        assert_eq!(
            std::fs::read_to_string(&header).unwrap(),
            crate::emu::HEADER
        );
        let unit = std::fs::read_to_string(third.path().with_extension("cpp")).unwrap();
        assert!(unit.starts_with("#include \"oxemu.h\""), "{unit:.200}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// Arguments that do not follow the kernel's ABI, and a source without the shared-memory
    /// declarations the emulator rebinds, are typed errors naming the kernel.
    #[test]
    fn bad_emulator_arguments_are_errors() {
        use crate::emu::EmuError;
        let k = kernel("vector_add_1024");
        let mut src = emit_cuda(&k, &Options::default()).unwrap();
        if have_compiler() {
            let prog = EmuProgram::build(&src, &dir()).unwrap();
            let mut status = vec![0u32; status::WORDS as usize];
            let mut x = vec![0u8; 16];
            // Too few arguments.
            let e = prog
                .run(
                    (1, 1, 1),
                    &mut [EmuArg::Buffer(&mut x)],
                    &mut status,
                    CpAsync::AtWait,
                )
                .unwrap_err();
            assert!(
                matches!(e, EmuError::BadArgs { ref entry, .. } if entry == "ox_vector_add"),
                "{e}"
            );
            assert!(
                e.to_string().contains("1 arguments for 4 parameters"),
                "{e}"
            );
            // A scalar where a buffer goes.
            let (mut y, mut z) = (vec![0u8; 16], vec![0u8; 16]);
            let e = prog
                .run(
                    (1, 1, 1),
                    &mut [
                        EmuArg::Scalar(1),
                        EmuArg::Buffer(&mut y),
                        EmuArg::Buffer(&mut z),
                        EmuArg::Scalar(4),
                    ],
                    &mut status,
                    CpAsync::AtWait,
                )
                .unwrap_err();
            assert!(e.to_string().contains("argument 0 is not a Buffer"), "{e}");
        }
        src.source = src.source.replace("__shared__ u64 ox_bcast;", "");
        let e = crate::emu::translation_unit(&src).unwrap_err();
        assert!(matches!(e, EmuError::BadArgs { .. }), "{e}");
        assert!(e.to_string().contains("shared-memory declarations"), "{e}");
    }

    /// Whether a C++ compiler runs; without one the test is skipped with a note, unless
    /// `OXTILE_REQUIRE_EMU=1` (CI) makes that a failure.
    fn have_compiler() -> bool {
        let ok = crate::emu::compiler_available();
        if !ok {
            assert!(
                std::env::var("OXTILE_REQUIRE_EMU").as_deref() != Ok("1"),
                "OXTILE_REQUIRE_EMU=1 but no C++ compiler runs (install g++ or set OXTILE_CXX)"
            );
            eprintln!("note: no C++ compiler; skipping the emulated CUDA tests");
        }
        ok
    }

    /// Vector loads and stores of f16 convert a whole run with the bare hardware conversion
    /// unless a NaN is in it (`ox_f16x2_nan`); runs with NaNs (at every position of a run,
    /// with payloads, both signs, quiet and signaling) must still give the interpreter's
    /// bits exactly, through an f16 -> f32 load and an f32 -> f16 store, masked and not.
    #[test]
    fn f16_nan_payloads_survive_vector_loads_and_stores() {
        if !have_compiler() {
            return;
        }
        let k = kernel_core::text::parse_kernel(
            "kernel @f16_nans(x: *f16 = %0, y: *f16 = %1, z: *f32 = %2, n: i32 = %3) {
  %4: i32[512] = arange 512
  %5: *f16[512] = broadcast %0 to [512]
  %6: *f16[512] = ptr_add %5, %4
  %7: f16[512] = load %6
  %8: *f16[512] = broadcast %1 to [512]
  %9: *f16[512] = ptr_add %8, %4
  %10: i32[512] = broadcast %3 to [512]
  %11: bool[512] = cmp lt %4, %10
  store %9, %7 mask %11
  %12: f32[512] = cast %7 to f32
  %13: *f32[512] = broadcast %2 to [512]
  %14: *f32[512] = ptr_add %13, %4
  store %14, %12
}",
        )
        .unwrap();
        let ins: Vec<Result<Vec<u8>, ScalarValue>> = vec![
            Ok(f16_with_nans()),
            Ok(vec![0x5a; LEN * 2]),
            Ok(vec![0x5a; LEN * 4]),
            Err(ScalarValue::I32(509)),
        ];
        let (code, want) = super::gpu::run_interp(&k, &ins);
        assert_eq!(code, 0);
        for num_warps in [1, 2] {
            let o = Options {
                arch: 90,
                num_warps,
                num_stages: 1,
                checked: false,
                // Buffers aligned; n = 509 is no multiple of 16 (a fact the runtime would
                // not give; claiming it would let whole runs past n be stored).
                aligned16: vec![true, true, true, false],
                ..Options::default()
            };
            let src = emit_cuda(&k, &o).unwrap().source;
            assert!(
                src.contains("ox_f16x2_nan("),
                "no vectorized f16 conversion:\n{src}"
            );
            let (st, got) = run_emu(&k, &o, &ins, CpAsync::AtWait).unwrap();
            assert_eq!(st[0], 0);
            for (b, name) in [(1, "y"), (2, "z")] {
                let s = if b == 1 { 2 } else { 4 };
                for i in 0..512 {
                    assert_eq!(
                        got[b][i * s..(i + 1) * s],
                        want[b][i * s..(i + 1) * s],
                        "`{name}`[{i}] differs ({num_warps} warps): x = {:#06x}",
                        u16::from_le_bytes([
                            ins[0].as_ref().unwrap()[2 * i],
                            ins[0].as_ref().unwrap()[2 * i + 1]
                        ])
                    );
                }
            }
        }
    }

    /// `LEN` f16 values: a NaN at position i % 8 of every third run of 8, ordinary values
    /// elsewhere.
    fn f16_with_nans() -> Vec<u8> {
        let mut x = Vec::new();
        for i in 0..LEN as u32 {
            let h: u16 = if (i / 8) % 3 == 0 && i % 8 == (i / 24) % 8 {
                // Quiet and signaling NaNs (a payload is never 0), both signs: the cast
                // to f32 keeps the payload and whether it signals, on both sides.
                let quiet = if i % 3 == 0 { 0x200 } else { 0 };
                0x7c00 | quiet | (1 + (i * 37) % 0x1ff) as u16 | if i % 2 == 0 { 0x8000 } else { 0 }
            } else {
                half::f16::from_f32((i % 97) as f32 * 0.37 - 11.0).to_bits()
            };
            x.extend_from_slice(&h.to_le_bytes());
        }
        x.resize(LEN * 2, 0);
        x
    }

    /// Where no NaN's bits can be observed (`kernel_core::analysis::exact_nans`: f16 loaded,
    /// only computed with, and the f16 stored comes from arithmetic, as in layer norm), the
    /// conversions are the bare hardware ones, with no NaN test, and the store converts the
    /// f32 before the cast itself (`access::stored_source`): NaNs in give NaNs out where the
    /// interpreter has them, every other value bit for bit, masked and not, the `select`'s
    /// mask tested once per run (`n` a multiple of 16, as the runtime's divisibility facts
    /// say) or per lane.
    #[test]
    fn unobserved_nans_take_the_bare_conversions() {
        if !have_compiler() {
            return;
        }
        let k = kernel_core::text::parse_kernel(
            "kernel @f16_math(x: *f16 = %0, y: *f16 = %1, n: i32 = %2) {
  %3: i32[512] = arange 512
  %4: *f16[512] = broadcast %0 to [512]
  %5: *f16[512] = ptr_add %4, %3
  %6: i32[512] = broadcast %2 to [512]
  %7: bool[512] = cmp lt %3, %6
  %8: f16[512] = load %5 mask %7
  %9: f32[512] = cast %8 to f32
  %10: f32 = const f32 0.75
  %11: f32[512] = broadcast %10 to [512]
  %12: f32[512] = mul %9, %11
  %13: f32[512] = add %12, %11
  %14: f32[512] = select %7, %13, %11
  %15: f16[512] = cast %14 to f16
  %16: *f16[512] = broadcast %1 to [512]
  %17: *f16[512] = ptr_add %16, %3
  store %17, %15 mask %7
}",
        )
        .unwrap();
        let mut failures = Vec::new();
        for (n, div16) in [(509, false), (496, true)] {
            let ins: Vec<Result<Vec<u8>, ScalarValue>> = vec![
                Ok(f16_with_nans()),
                Ok(vec![0x5a; LEN * 2]),
                Err(ScalarValue::I32(n)),
            ];
            let (code, want) = super::gpu::run_interp(&k, &ins);
            assert_eq!(code, 0);
            for num_warps in [1, 2] {
                let o = Options {
                    arch: 90,
                    num_warps,
                    num_stages: 1,
                    checked: false,
                    aligned16: vec![true, true, div16],
                    ..Options::default()
                };
                let src = emit_cuda(&k, &o).unwrap().source;
                let body = &src[src.find("__global__").unwrap()..];
                for helper in [
                    "ox_f16x2_nan(",
                    "ox_f16_val(",
                    "ox_f16_bits(",
                    "ox_rnd_f16(",
                ] {
                    assert!(!body.contains(helper), "{helper} in\n{body}");
                }
                assert_eq!(
                    body.contains("const int er = "),
                    div16,
                    "n = {n}: the select's mask per run"
                );
                let (st, got) = run_emu(&k, &o, &ins, CpAsync::AtWait).unwrap();
                assert_eq!(st[0], 0);
                for i in 0..512 {
                    let g = u16::from_le_bytes([got[1][2 * i], got[1][2 * i + 1]]);
                    let w = u16::from_le_bytes([want[1][2 * i], want[1][2 * i + 1]]);
                    let nan = |h: u16| h & 0x7fff > 0x7c00;
                    if g != w && !(nan(g) && nan(w)) {
                        failures.push(format!(
                            "n = {n}, {num_warps} warps: y[{i}] = {g:#06x}, want {w:#06x}"
                        ));
                    }
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// Offsets wrapped with `%` (Triton's `(pid * B + arange(0, B)) % N`) stay contiguous
    /// within aligned blocks when `N` is a multiple of 16: the loads vectorize, guarded at
    /// run time by `x >= 0 && n != 0`. Cases where the guard fails (negative `x`, whose
    /// remainders wrap at a multiple of `n`; `n == 0`, where every remainder is 0) and where
    /// the facts are weaker (an offset that is not a multiple of 16) must still match the
    /// interpreter, checked and not, on 1 and 4 warps.
    #[test]
    fn wrapped_offsets_vectorize_and_match_the_interpreter() {
        if !have_compiler() {
            return;
        }
        // `n` from the parameter, or the constant 12 (its blocks of 4 hold half a run of 8).
        let text = |modulus: &str| {
            format!(
                "kernel @wrap_gather(x: *f16 = %0, y: *f16 = %1, off: i32 = %2, n: i32 = %3) {{
  %4: i32 = program_id 0
  %5: i32 = const i32 256
  %6: i32 = mul %4, %5
  %7: i32 = add %6, %2
  %8: i32[256] = arange 256
  %9: i32[256] = broadcast %7 to [256]
  %10: i32[256] = add %9, %8
  %21: i32 = const i32 12
  %11: i32[256] = broadcast {modulus} to [256]
  %12: i32[256] = rem %10, %11
  %13: i32 = const i32 64
  %14: *f16 = ptr_add %0, %13
  %15: *f16[256] = broadcast %14 to [256]
  %16: *f16[256] = ptr_add %15, %12
  %17: f16[256] = load %16
  %18: *f16 = ptr_add %1, %6
  %19: *f16[256] = broadcast %18 to [256]
  %20: *f16[256] = ptr_add %19, %8
  store %20, %17
}}"
            )
        };
        let parse = |m: &str| kernel_core::text::parse_kernel(&text(m)).unwrap();
        let mut failures = Vec::new();
        for (off, n) in [
            (0, 48),
            (0, 16),
            (16, 32),
            (0, 4096),
            (-48, 48),
            (-40, 48),
            (-256, 16),
            (0, 0),
            (8, 48),
            (0, 12),
            (-32, 12),
        ] {
            // n = 12 stands for the constant modulus (the parameter is then unused).
            let k = parse(if n == 12 { "%21" } else { "%3" });
            let mut ins = inputs(&k, 3);
            ins[2] = Err(ScalarValue::I32(off));
            ins[3] = Err(ScalarValue::I32(n));
            for (checked, num_warps) in [(false, 1), (false, 4), (true, 4)] {
                let o = Options {
                    arch: 90,
                    num_warps,
                    num_stages: 1,
                    checked,
                    aligned16: vec![true; 4],
                    ..Options::default()
                };
                if off % 16 == 0 && n % 16 == 0 && num_warps == 1 {
                    // 8 elements per thread: one 16-byte read each.
                    let src = emit_cuda(&k, &o).unwrap().source;
                    assert!(
                        src.contains("*(const uint4*)&p0["),
                        "the wrapped load is not vectorized:\n{src}"
                    );
                }
                let r = compare_on(
                    &|k, o, ins| run_emu(k, o, ins, CpAsync::AtWait),
                    &k,
                    &o,
                    ins.clone(),
                );
                if let Err(e) = r {
                    failures.push(format!(
                        "off {off}, n {n}, checked {checked}, {num_warps} warps: {e}"
                    ));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// A run's mask `off + j < n` is tested at its first and last lanes only when the index
    /// does not wrap around between them (see `Emitter::all_lanes`): with `off` at
    /// `i32::MAX - 1`, lanes 0, 2 and 3 of the first run are active and lane 1 is not, and
    /// must read `other` there, as the interpreter does.
    #[test]
    fn run_masks_whose_index_wraps_are_tested_lane_by_lane() {
        if !have_compiler() {
            return;
        }
        let k = kernel_core::text::parse_kernel(
            "kernel @wrap_mask(x: *f32 = %0, y: *f32 = %1, off: i32 = %2, n: i32 = %3) {
  %4: i32[256] = arange 256
  %5: i32[256] = broadcast %2 to [256]
  %6: i32[256] = add %5, %4
  %7: i32[256] = broadcast %3 to [256]
  %8: bool[256] = cmp lt %6, %7
  %9: *f32[256] = broadcast %0 to [256]
  %10: *f32[256] = ptr_add %9, %4
  %11: f32 = const f32 -7.0
  %12: f32[256] = broadcast %11 to [256]
  %13: f32[256] = load %10 mask %8 other %12
  %14: *f32[256] = broadcast %1 to [256]
  %15: *f32[256] = ptr_add %14, %4
  store %15, %13
}",
        )
        .unwrap();
        let mut ins = inputs(&k, 5);
        ins[2] = Err(ScalarValue::I32(i32::MAX - 1));
        ins[3] = Err(ScalarValue::I32(i32::MAX));
        for checked in [false, true] {
            let o = Options {
                arch: 90,
                num_warps: 1,
                num_stages: 1,
                checked,
                aligned16: vec![true; 4],
                ..Options::default()
            };
            let src = emit_cuda(&k, &o).unwrap().source;
            assert!(
                src.contains("*(const uint4*)&p0["),
                "not vectorized:\n{src}"
            );
            let r = compare_on(
                &|k, o, ins| run_emu(k, o, ins, CpAsync::AtWait),
                &k,
                &o,
                ins.clone(),
            );
            assert!(r.is_ok(), "checked {checked}: {r:?}");
        }
    }

    /// The filetest `name` under every option set on the emulator; kernels that pipeline
    /// copies run with copies landing at the wait and at issue.
    fn on_emulator(name: &str) {
        if !have_compiler() {
            return;
        }
        let k = kernel(name);
        let mut failures = Vec::new();
        for o in option_sets(k.params.len()) {
            let uses_cp_async = emit_cuda(&k, &o)
                .map(|s| pipelined(&s.source))
                .unwrap_or(false);
            let modes: &[CpAsync] = if uses_cp_async {
                &[CpAsync::AtWait, CpAsync::AtIssue]
            } else {
                &[CpAsync::AtWait]
            };
            for &cp in modes {
                if let Err(e) = compare(&|k, o, ins| run_emu(k, o, ins, cp), &k, &o) {
                    failures.push(format!(
                        "{name} ({} warps, checked {}, arch {}, cp.async {cp:?}): {e}",
                        o.num_warps, o.checked, o.arch
                    ));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// One test per filetest (`emulated::filetest::<name>`).
    mod filetest {
        kernel_core::filetest_cases!(cuda, super::on_emulator);
    }
}

/// Bandwidth of a few memory-bound fixtures on this machine's GPU (`OXTILE_BENCH=1`; a
/// measurement aid, not a test of speed).
mod bench {
    use super::*;
    use cudarc::driver::{CudaContext, LaunchConfig, PushKernelArg};

    fn module(
        ctx: &std::sync::Arc<CudaContext>,
        k: &Kernel,
        o: &Options,
    ) -> (CudaSource, cudarc::driver::CudaFunction) {
        let src = emit_cuda(k, o).unwrap();
        let ptx = cudarc::nvrtc::compile_ptx_with_opts(
            &src.source,
            cudarc::nvrtc::CompileOptions {
                arch: Some("compute_90"),
                ..Default::default()
            },
        )
        .unwrap();
        let m = ctx.load_module(ptx).unwrap();
        let f = m.load_function(&src.entry).unwrap();
        (src, f)
    }

    #[test]
    fn memory_bound_fixtures() {
        if std::env::var("OXTILE_BENCH").as_deref() != Ok("1") {
            return;
        }
        let ctx = CudaContext::new(0).unwrap();
        let stream = ctx.default_stream();
        for checked in [false, true] {
            // vector_add: 3 x 4 bytes per element.
            let k = kernel("vector_add_1024");
            let o = Options {
                checked,
                aligned16: vec![true, true, true, true],
                ..Options::default()
            };
            let (src, f) = module(&ctx, &k, &o);
            let n: usize = 1 << 26;
            let x = stream.alloc_zeros::<f32>(n).unwrap();
            let y = stream.alloc_zeros::<f32>(n).unwrap();
            let out = stream.alloc_zeros::<f32>(n).unwrap();
            let st = stream.alloc_zeros::<u32>(16).unwrap();
            let (nl, ni) = (n as u64, n as u32);
            let cfg = LaunchConfig {
                grid_dim: ((n / 1024) as u32, 1, 1),
                block_dim: (src.threads, 1, 1),
                shared_mem_bytes: src.shared_bytes,
            };
            let run = || {
                let mut lb = stream.launch_builder(&f);
                lb.arg(&x)
                    .arg(&nl)
                    .arg(&y)
                    .arg(&nl)
                    .arg(&out)
                    .arg(&nl)
                    .arg(&ni)
                    .arg(&st);
                unsafe { lb.launch(cfg) }.unwrap();
            };
            for _ in 0..3 {
                run();
            }
            stream.synchronize().unwrap();
            let t = std::time::Instant::now();
            let iters = 20;
            for _ in 0..iters {
                run();
            }
            stream.synchronize().unwrap();
            let s = t.elapsed().as_secs_f64() / iters as f64;
            eprintln!(
                "vector_add (checked {checked}): {:.1} us, {:.0} GB/s",
                s * 1e6,
                12.0 * n as f64 / s / 1e9
            );

            // softmax over rows of 784 floats: 2 x 4 bytes per element.
            let k = kernel("softmax_784");
            let o = Options {
                checked,
                aligned16: vec![true, true, true, true, false, false],
                ..Options::default()
            };
            let (src, f) = module(&ctx, &k, &o);
            let (rows, cols) = (65536usize, 784usize);
            let inp = stream.alloc_zeros::<f32>(rows * cols).unwrap();
            let outp = stream.alloc_zeros::<f32>(rows * cols).unwrap();
            let nn = (rows * cols) as u64;
            let (stride, nr, nc) = (cols as u32, rows as u32, cols as u32);
            let cfg = LaunchConfig {
                grid_dim: (132 * 8, 1, 1),
                block_dim: (src.threads, 1, 1),
                shared_mem_bytes: src.shared_bytes,
            };
            let run = || {
                let mut lb = stream.launch_builder(&f);
                lb.arg(&outp).arg(&nn).arg(&inp).arg(&nn);
                lb.arg(&stride).arg(&stride).arg(&nr).arg(&nc).arg(&st);
                unsafe { lb.launch(cfg) }.unwrap();
            };
            for _ in 0..3 {
                run();
            }
            stream.synchronize().unwrap();
            let t = std::time::Instant::now();
            for _ in 0..iters {
                run();
            }
            stream.synchronize().unwrap();
            let s = t.elapsed().as_secs_f64() / iters as f64;
            eprintln!(
                "softmax 65536x784 (checked {checked}): {:.1} us, {:.0} GB/s",
                s * 1e6,
                8.0 * (rows * cols) as f64 / s / 1e9
            );
        }
    }

    /// The matmul fixture re-blocked to 128x128x32 (by rewriting its constants), f16 inputs,
    /// 4096^3: achieved TFLOP/s.
    #[test]
    fn matmul_f16() {
        if std::env::var("OXTILE_BENCH").as_deref() != Ok("1") {
            return;
        }
        let k = kernel_core::text::parse_kernel(&matmul_128()).unwrap();
        let ctx = CudaContext::new(0).unwrap();
        let stream = ctx.default_stream();
        for warps in [4, 8] {
            let o = Options {
                arch: 90,
                num_warps: warps,
                checked: false,
                aligned16: vec![
                    true, true, true, true, true, true, true, false, true, false, true, false,
                ],
                ..Options::default()
            };
            let (src, f) = module(&ctx, &k, &o);
            let n = 4096usize;
            let a = stream.alloc_zeros::<u16>(n * n).unwrap();
            let b = stream.alloc_zeros::<u16>(n * n).unwrap();
            let c = stream.alloc_zeros::<f32>(n * n).unwrap();
            let st = stream.alloc_zeros::<u32>(16).unwrap();
            let len = (n * n) as u64;
            let (sz, one) = (n as u32, 1u32);
            if src.shared_bytes > 48 * 1024 {
                f.set_attribute(
                    cudarc::driver::sys::CUfunction_attribute::CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES,
                    src.shared_bytes as i32,
                )
                .unwrap();
            }
            let cfg = LaunchConfig {
                grid_dim: (((n / 128) * (n / 128)) as u32, 1, 1),
                block_dim: (src.threads, 1, 1),
                shared_mem_bytes: src.shared_bytes,
            };
            let run = || {
                let mut lb = stream.launch_builder(&f);
                lb.arg(&a).arg(&len).arg(&b).arg(&len).arg(&c).arg(&len);
                lb.arg(&sz).arg(&sz).arg(&sz);
                lb.arg(&sz).arg(&one).arg(&sz).arg(&one).arg(&sz).arg(&one);
                lb.arg(&st);
                unsafe { lb.launch(cfg) }.unwrap();
            };
            run();
            stream.synchronize().unwrap();
            let t = std::time::Instant::now();
            let iters = 5;
            for _ in 0..iters {
                run();
            }
            stream.synchronize().unwrap();
            let s = t.elapsed().as_secs_f64() / iters as f64;
            eprintln!(
                "matmul f16 4096^3, 128x128x32, {warps} warps, {} B smem: {:.2} ms, {:.1} TFLOP/s",
                src.shared_bytes,
                s * 1e3,
                2.0 * (n as f64).powi(3) / s / 1e12
            );
        }
    }
}

/// `out = exp(exp2((a * b + c) / b))`: every op fast math changes, on f32.
const FAST_OPS: &str =
    "kernel @fast_ops(a: *f32 = %0, b: *f32 = %1, c: *f32 = %2, out: *f32 = %3) {
  %4: i32[128] = arange 128
  %5: *f32[128] = broadcast %0 to [128]
  %6: *f32[128] = ptr_add %5, %4
  %7: f32[128] = load %6
  %8: *f32[128] = broadcast %1 to [128]
  %9: *f32[128] = ptr_add %8, %4
  %10: f32[128] = load %9
  %11: *f32[128] = broadcast %2 to [128]
  %12: *f32[128] = ptr_add %11, %4
  %13: f32[128] = load %12
  %14: f32[128] = mul %7, %10
  %15: f32[128] = add %14, %13
  %16: f32[128] = div %15, %10
  %17: f32[128] = exp2 %16
  %18: f32[128] = exp %17
  %19: *f32[128] = broadcast %3 to [128]
  %20: *f32[128] = ptr_add %19, %4
  store %20, %18
}";

/// `out = a * b + c` on f32, and the same on f64 (which fast math leaves exact).
const FMA_ABLE: &str =
    "kernel @fma_able(a: *f32 = %0, b: *f32 = %1, c: *f32 = %2, out: *f32 = %3, d: *f64 = %4) {
  %5: i32[128] = arange 128
  %6: *f32[128] = broadcast %0 to [128]
  %7: *f32[128] = ptr_add %6, %5
  %8: f32[128] = load %7
  %9: *f32[128] = broadcast %1 to [128]
  %10: *f32[128] = ptr_add %9, %5
  %11: f32[128] = load %10
  %12: *f32[128] = broadcast %2 to [128]
  %13: *f32[128] = ptr_add %12, %5
  %14: f32[128] = load %13
  %15: f32[128] = mul %8, %11
  %16: f32[128] = add %15, %14
  %17: *f32[128] = broadcast %3 to [128]
  %18: *f32[128] = ptr_add %17, %5
  store %18, %16
  %19: *f64[128] = broadcast %4 to [128]
  %20: *f64[128] = ptr_add %19, %5
  %21: f64[128] = load %20
  %22: f64[128] = mul %21, %21
  %23: f64[128] = add %22, %21
  store %20, %23
}";

#[test]
fn fast_math_changes_the_emitted_code_only_when_asked() {
    let k = kernel_core::text::parse_kernel(FAST_OPS).unwrap();
    let fast_opts = Options {
        fast_math: true,
        ..Options::default()
    };
    let exact = emit_cuda(&k, &Options::default()).unwrap().source;
    let fast = emit_cuda(&k, &fast_opts).unwrap().source;
    let body = |src: &str| src[src.find("extern \"C\" __global__").unwrap()..].to_string();
    let exact_forms = ["__fmul_rn(", "__fadd_rn(", "__fdiv_rn(", "exp2f(", "expf("];
    for f in exact_forms {
        assert!(body(&exact).contains(f), "exact: no {f}:\n{exact}");
        assert!(!body(&fast).contains(f), "fast math: {f}:\n{fast}");
    }
    for f in ["ox_ex2_approx(", "ox_div_full(", "1.44269504f"] {
        assert!(body(&fast).contains(f), "fast math: no {f}:\n{fast}");
    }
    assert!(fast.contains("ex2.approx.ftz.f32") && fast.contains("div.full.f32"));
    assert!(!exact.contains("ex2.approx") && !exact.contains("div.full"));
    assert!(!exact.contains("fast math") && fast.contains("fast math"));
}

/// NVRTC contracts the plain `a * b + c` of fast math into an FMA, and cannot contract the
/// exact code's; f64 stays exact either way.
#[test]
fn fast_math_lets_nvrtc_contract_and_the_default_does_not() {
    if !nvrtc_present() {
        return;
    }
    let k = kernel_core::text::parse_kernel(FMA_ABLE).unwrap();
    let ptx = |fast_math: bool| {
        let o = Options {
            fast_math,
            ..Options::default()
        };
        let src = emit_cuda(&k, &o).unwrap().source;
        let target = crate::runtime::nvrtc::Target::Ptx(80);
        crate::runtime::nvrtc::compile(&src, "fma_able", target)
            .unwrap_or_else(|e| panic!("{e}\n{}", numbered(&src)))
            .ptx
    };
    let (exact, fast) = (ptx(false), ptx(true));
    assert!(
        exact.contains("mul.rn.f32") && exact.contains("add.rn.f32"),
        "{exact}"
    );
    assert!(
        !exact.contains("fma.rn.f32"),
        "exact code contracted:\n{exact}"
    );
    assert!(
        fast.contains("fma.rn.f32"),
        "fast math did not contract:\n{fast}"
    );
    assert!(
        !fast.contains("mul.rn.f32") && !fast.contains("mul.f32"),
        "{fast}"
    );
    for p in [&exact, &fast] {
        assert!(
            p.contains("mul.rn.f64") && p.contains("add.rn.f64") && !p.contains("fma.rn.f64"),
            "f64 must stay exact:\n{p}"
        );
    }
}

/// A loop's `.num_stages(n)` and `.unroll(n)` hints (`stages n`, `unroll n` in the text)
/// change its code and nothing else: the 128x128x32 matmul's loop pipelines with the
/// loop's depth rather than the launch's, `stages 0` turns its pipeline off, and `unroll 4`
/// puts `#pragma unroll 4` on it.
#[test]
fn loop_hints_choose_the_loops_stages_and_unrolling() {
    let text = matmul_128();
    let head = text
        .lines()
        .find(|l| l.trim_start().starts_with("for %"))
        .expect("the matmul has a loop")
        .to_string();
    let with = |hints: &str| {
        let t = text.replacen(&head, &head.replacen(" {", &format!(" {hints} {{"), 1), 1);
        let k = kernel_core::text::parse_kernel(&t).unwrap();
        let o = Options {
            arch: 80,
            num_warps: 4,
            num_stages: 2,
            checked: false,
            aligned16: vec![true; k.params.len()],
            ..Options::default()
        };
        emit_cuda(&k, &o).unwrap()
    };
    let default = with("");
    assert_eq!(default.stages.loops, vec![2]);
    let three = with("stages 3");
    assert_eq!(three.stages.loops, vec![3]);
    assert!(three.shared_bytes > default.shared_bytes);
    let none = with("stages 0");
    assert!(!pipelined(&none.source) && pipelined(&default.source));
    let unrolled = with("unroll 4 stages 3");
    assert_eq!(unrolled.stages.loops, vec![3]);
    assert!(unrolled.source.contains("#pragma unroll 4\n"));
    assert!(!three.source.contains("#pragma unroll 4\n"));
    // More stages than fit in shared memory: as few as fit, as for the launch's.
    let many = with("stages 64");
    assert!(many.stages.loops[0] < 64 && many.stages.loops[0] >= 2);
}

/// An atomic's order puts a fence of its scope before it (release), after it (acquire) or
/// both; `relaxed` puts none; `sys` calls CUDA's `_system` atomics (and the prelude's).
#[test]
fn atomic_orders_fence_with_their_scope() {
    // The kernel's body (the prelude's error recorder fences too), and the whole source.
    let emit = |text: &str| {
        let k = kernel_core::text::parse_kernel(text).unwrap();
        let s = emit_cuda(&k, &Options::default()).unwrap().source;
        let body = s.find("__global__").expect("an entry point");
        s[body..].to_string()
    };
    let orders = kernel_core::filetests::get("atomic_orders_8").text;
    let relaxed = orders
        .replace(" acq_rel", " relaxed")
        .replace(" seq_cst", " relaxed");
    assert!(!emit(&relaxed).contains("__threadfence"));
    let both = emit(orders);
    assert!(both.contains("__threadfence();") && !both.contains("_system"));
    // Acquire: after the atomic only; release: before it only.
    let acquire = emit(&relaxed.replacen(" relaxed", " acquire cta", 1));
    let (fence, atomic) = (
        acquire.find("__threadfence_block();").unwrap(),
        acquire.find("atomicAdd(").unwrap(),
    );
    assert!(atomic < fence, "acquire fences after:\n{acquire}");
    let release = emit(&relaxed.replacen(" relaxed", " release cta", 1));
    let (fence, atomic) = (
        release.find("__threadfence_block();").unwrap(),
        release.find("atomicAdd(").unwrap(),
    );
    assert!(fence < atomic, "release fences before:\n{release}");
    let k = kernel_core::text::parse_kernel(kernel_core::filetests::get("atomic_system_8").text)
        .unwrap();
    let sys = emit_cuda(&k, &Options::default()).unwrap().source;
    for want in [
        "atomicAdd_system(",
        "ox_atomic_max_f32_system(",
        "__threadfence_system();",
        "OX_INLINE f32 ox_atomic_max_f32_system",
    ] {
        assert!(sys.contains(want), "{want} missing:\n{sys}");
    }
}

/// Cache operators and eviction priorities reach the PTX: `ld.global.cg`, `.ca`, `.cs`,
/// `.lu`, `.cv`, `st.global.cs`, `.wb`, `.wt`, `.cg` and the `L1::evict_first` /
/// `L1::evict_last` qualifiers, which ptxas assembles; a kernel without hints has none.
#[test]
fn cache_hints_reach_the_ptx() {
    if !nvrtc_present() {
        return;
    }
    let text = kernel_core::filetests::get("cache_hints_64").text;
    let k = kernel_core::text::parse_kernel(text).unwrap();
    let s = emit_cuda(&k, &Options::default()).unwrap();
    let ptx = compile(&s.source, "compute_80").unwrap_or_else(|e| panic!("{e}"));
    for want in [
        "ld.global.cg.",
        "ld.global.ca.",
        "ld.global.cs.",
        "ld.global.lu.",
        "ld.global.cv.",
        "ld.global.L1::evict_last.",
        "st.global.cs.",
        "st.global.wb.",
        "st.global.wt.",
        "st.global.cg.",
        "st.global.L1::evict_first.",
    ] {
        assert!(ptx.contains(want), "{want} missing from the PTX");
    }
    let plain = kernel_core::text::parse_kernel(&strip_hints(text)).unwrap();
    let ptx = compile(
        &emit_cuda(&plain, &Options::default()).unwrap().source,
        "compute_80",
    )
    .unwrap();
    assert!(!ptx.contains("evict_") && !ptx.contains("ld.global.cg."));
    if let Some(tools) = sass_tools() {
        let dir = std::env::temp_dir().join(format!("oxtile-cache-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let ptx = compile(&s.source, "compute_80").unwrap();
        let (_, sass) = assemble(&tools, &ptx, 80, &dir, "cache");
        assert!(sass.contains("LDG"), "no loads in the SASS");
    }
}

/// `text` without its loads' and stores' cache hints.
fn strip_hints(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut l = line.to_string();
        if l.contains("= load ") || l.trim_start().starts_with("store ") {
            for h in [
                " evict_first",
                " evict_last",
                " cg",
                " ca",
                " cs",
                " lu",
                " cv",
                " wb",
                " wt",
            ] {
                l = l
                    .replace(&format!("{h} @"), " @")
                    .replace(&format!("{h} "), " ");
            }
        }
        out.push_str(&l);
        out.push('\n');
    }
    out
}

/// `multiple_of` and `max_contiguous` change the unchecked code and nothing else: with the
/// facts the copy's loads (two f32 per thread) are 8-byte vectors; stated as nothing
/// (`multiple_of 1 max_contiguous 1`) they are not. Unchecked, the checks of the
/// facts (`if checked`) are not emitted; checked, they are.
#[test]
fn hints_enable_aligned_vector_loads() {
    let text = kernel_core::filetests::get("hints_64").text;
    let emit = |t: &str, checked: bool| {
        let k = kernel_core::text::parse_kernel(t).unwrap();
        // One warp: two elements of the 64 per thread, a run a vector can read. The
        // buffers are 16-byte aligned; `off` is not known to be (the run time specializes
        // integer arguments divisible by 16 as `aligned16` too: not this one).
        let o = Options {
            checked,
            num_warps: 1,
            aligned16: k
                .params
                .iter()
                .map(|p| matches!(p.ty.elem, kernel_core::ir::Elem::Ptr(_)))
                .collect(),
            ..Options::default()
        };
        emit_cuda(&k, &o).unwrap().source
    };
    let none = text
        .replace(
            "multiple_of 4 max_contiguous 1",
            "multiple_of 1 max_contiguous 1",
        )
        .replace(
            "multiple_of 64 max_contiguous 1",
            "multiple_of 1 max_contiguous 1",
        )
        .replace(
            "multiple_of 1 max_contiguous 64",
            "multiple_of 1 max_contiguous 1",
        );
    assert_ne!(none, text);
    let with = emit(text, false);
    let without = emit(&none, false);
    let vectors = |s: &str| s.matches("*(const uint2*)").count();
    assert!(
        vectors(&with) > 0,
        "no vector loads with the facts:\n{with}"
    );
    assert_eq!(
        vectors(&without),
        0,
        "vector loads without the facts:\n{without}"
    );
    assert!(!with.contains("does not hold"));
    let checked = emit(text, true);
    assert!(checked.contains("const bool") && checked.contains("= true;"));
}
