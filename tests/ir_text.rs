//! The IR that `#[kernel]` embeds: it parses back to the same kernel (printer and parser
//! round-trip), verifies, specializes, hashes stably, and matches the snapshots in
//! `tests/snapshots/` (naga-style: a change in lowering shows up as a reviewable diff).
//! Regenerate the snapshots after an intended change with `OXTILE_BLESS=1 cargo test`.

use oxtile::prelude::*;
use oxtile::text::{kernel_hash, parse_kernel, print_kernel};

#[kernel]
fn vector_add<const BLOCK: usize>(x: Ptr<f32>, y: Ptr<f32>, out: Ptr<f32>, n: i32) {
    let offsets = program_id(0) * BLOCK + arange(0, BLOCK);
    let mask = offsets < n;
    store(
        out + offsets,
        load(x + offsets, mask, 0.0) + load(y + offsets, mask, 0.0),
        mask,
    );
}

#[kernel]
fn softmax<const BLOCK: usize>(out: Ptr<f32>, x: Ptr<f32>, stride: i32, n: i32) {
    let row = program_id(0);
    let cols = arange(0, BLOCK);
    let mask = cols < n;
    let v = load(x + row * stride + cols, mask, f32::NEG_INFINITY);
    let e = exp(v - max(v, 0));
    store(out + row * stride + cols, e / sum(e, 0), mask);
}

#[kernel]
fn everything<const BM: usize, const BN: usize, const FLAG: bool>(
    a: Ptr<f16>,
    c: Ptr<f32>,
    locks: Ptr<i32>,
    seed: u32,
    n: i32,
    scale: f32,
) {
    let rm = arange(0, BM);
    let rn = arange(0, BN);
    let t = load(
        a + rm[(.., None)] * BN + rn[(None, ..)],
        rm[(.., None)] < n,
        0.0,
    );
    let mut acc = zeros::<f32>([BM, BM]);
    for k in static_range(0, 2) {
        acc = dot(t, trans(t), acc) * (k as f32 + scale);
    }
    let mut i = 0;
    while i < n {
        if FLAG {
            i += 2;
        } else {
            i += 1;
        }
    }
    while atomic_cas(locks, 0, 1) == 1 {}
    atomic_xchg(locks, 0);
    let r = rand(seed, rm) + randn(seed, rm) + (randint(seed, rm) >> 9) as f32;
    let s = cumsum(sum(acc, 1) + r, 0);
    device_assert(s == s, "no \"NaN\" here\n");
    device_print("s = ", s, argmax(s, 0));
    store(c + rm, select(s > 0.0, s, -s) as f16 as f32);
}

const KERNELS: &[(&str, &str)] = &[
    ("vector_add", vector_add::<1>::IR),
    ("softmax", softmax::<1>::IR),
    ("everything", everything::<1, 1, false>::IR),
];

#[test]
fn embedded_ir_round_trips_and_verifies() {
    for (name, text) in KERNELS {
        let k = parse_kernel(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(&k.name, name);
        assert_eq!(
            print_kernel(&k),
            *text,
            "{name}: print(parse(text)) == text"
        );
        oxtile::verify::verify(&k).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(kernel_hash(&k), kernel_hash(&parse_kernel(text).unwrap()));
    }
}

#[test]
fn specialization_substitutes_every_constant() {
    let k = parse_kernel(everything::<1, 1, false>::IR).unwrap();
    let s = oxtile::specialize::specialize(&k, &[32, 16, 1]).unwrap();
    let text = print_kernel(&s);
    assert!(!text.contains("[BM") && !text.contains("BN]"), "{text}");
    assert_ne!(kernel_hash(&s), kernel_hash(&k));
    let s2 = oxtile::specialize::specialize(&k, &[32, 16, 0]).unwrap();
    assert_ne!(
        kernel_hash(&s),
        kernel_hash(&s2),
        "a bool constant changes the hash"
    );
    assert!(
        oxtile::specialize::specialize(&k, &[32, 16]).is_err(),
        "wrong count"
    );
    assert!(
        oxtile::specialize::specialize(&k, &[0, 16, 0]).is_err(),
        "zero-sized tile"
    );
}

#[test]
fn snapshots() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let bless = std::env::var_os("OXTILE_BLESS").is_some();
    for (name, text) in KERNELS {
        let path = dir.join(format!("{name}.ir"));
        if bless {
            std::fs::write(&path, text).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e} (run with OXTILE_BLESS=1 to create it)",
                path.display()
            )
        });
        assert_eq!(
            *text, want,
            "IR of `{name}` changed; review and bless with OXTILE_BLESS=1"
        );
    }
}
