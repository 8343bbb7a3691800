// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2) buffer(binding 5, length word 3)
// params words: 4
// site 1: tests/lang_memory.rs:775:13
// site 2: tests/lang_memory.rs:776:13
// site 3: tests/lang_memory.rs:777:13
// site 4: tests/lang_memory.rs:778:13
// site 5: tests/lang_memory.rs:779:13
// site 6: tests/lang_memory.rs:779:43
// site 7: tests/lang_memory.rs:780:5
// site 8: tests/lang_memory.rs:781:5
// site 9: tests/lang_memory.rs:782:5
// site 10: tests/lang_memory.rs:783:5
// site 11: tests/lang_memory.rs:784:5

// oxtile kernel `cached`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<f32>>; // `x`: *f32
@group(0) @binding(3) var<storage, read_write> b1: array<u32>; // `y`: *f16
@group(0) @binding(4) var<storage, read_write> b2: array<vec4<f32>>; // `out`: *f32
@group(0) @binding(5) var<storage, read_write> b3: array<atomic<u32>>; // `hout`: *f16

var<workgroup> ox_wg_bad: atomic<u32>;

// Records an error in the status buffer; the first error of the launch wins.
fn ox_record(code: u32, a: u32, b: u32, b_hi: u32, c: u32, site: u32, wid: vec3<u32>) {
    loop {
        let r = atomicCompareExchangeWeak(&status[0], 0u, code);
        if (r.exchanged) {
            atomicStore(&status[1], a);
            atomicStore(&status[2], b);
            atomicStore(&status[3], b_hi);
            atomicStore(&status[4], c);
            atomicStore(&status[5], wid.x);
            atomicStore(&status[6], wid.y);
            atomicStore(&status[7], wid.z);
            atomicStore(&status[8], site);
            return;
        }
        if (r.old_value != 0u) {
            return;
        }
    }
}

// True when the driver ended a loop early (see the backend's docs: llvmpipe's loop budget).
fn ox_loop_probe(wid: vec3<u32>) -> bool {
    // 2, but not a constant: grids are far below 2^31 programs along x.
    let want = 2u + (wid.x >> 31u);
    var turns = 0u;
    loop {
        turns = turns + 1u;
        if (turns >= want) { break; }
    }
    return turns < want;
}

// Workgroup vote: returns (uniformly) the largest `bad` of all threads, 0 if none. Callers
// pass `0xffffffff - lane` for a failing lane, so the result names the lowest failing lane.
// The flag is never reset: a nonzero result ends the program.
fn ox_any_bad(bad: u32) -> u32 {
    if (bad != 0u) {
        atomicMax(&ox_wg_bad, bad);
    }
    return workgroupUniformLoad(&ox_wg_bad);
}

// Rounds x to the binary format with `eb` exponent and `mb` mantissa bits (round to nearest
// even) and returns its bit pattern. `sat`: the OCP "fn" variant (no infinities, one NaN per
// sign, saturating overflow, as fp8 E4M3); otherwise IEEE (f16, fp8 E5M2). NaNs keep their
// sign and top payload bits (the quiet NaN when those are zero), as kernel_core::numeric.
fn ox_encode(x: f32, eb: u32, mb: u32, sat: bool) -> u32 {
    let bits = bitcast<u32>(x);
    let sign = (bits >> 31u) << (eb + mb);
    let emax = (1u << eb) - 1u;
    let mmask = (1u << mb) - 1u;
    let bias = i32((1u << (eb - 1u)) - 1u);
    let abits = bits & 0x7fffffffu;
    if (abits > 0x7f800000u) {
        if (sat) { return sign | (emax << mb) | mmask; }
        let payload = (abits >> (23u - mb)) & mmask;
        return sign | (emax << mb) | select(payload, 1u << (mb - 1u), payload == 0u);
    }
    let maxfin = select(((emax - 1u) << mb) | mmask, (emax << mb) | (mmask - 1u), sat);
    let big = select(emax << mb, maxfin, sat);
    if (abits == 0x7f800000u) { return sign | big; }
    if (abits == 0u) { return sign; }
    let a = bitcast<f32>(abits);
    let emin = 1 - bias;
    var eq = max(i32(abits >> 23u) - 127, emin);
    // Scaling by a power of two is exact; round() ties to even: the only rounding step.
    var n = u32(round(ldexp(a, i32(mb) - eq)));
    if (n == (1u << (mb + 1u))) {
        n = n >> 1u;
        eq = eq + 1;
    }
    var ef = 0u;
    var man = n;
    if (n >= (1u << mb)) {
        ef = u32(eq + bias);
        man = n & mmask;
    }
    let over = select(ef >= emax, ef > emax || (ef == emax && man == mmask), sat);
    if (over) { return sign | big; }
    return sign | (ef << mb) | man;
}
// The exact f32 value of a bit pattern of the format described at ox_encode.
fn ox_decode(b: u32, eb: u32, mb: u32, sat: bool) -> f32 {
    let emax = (1u << eb) - 1u;
    let mmask = (1u << mb) - 1u;
    let bias = i32((1u << (eb - 1u)) - 1u);
    let neg = (b >> (eb + mb)) & 1u;
    let ef = (b >> mb) & emax;
    let man = b & mmask;
    var mag: u32;
    if (ef == emax && (!sat || man == mmask)) {
        mag = 0x7f800000u | (man << (23u - mb));
    } else if (ef == 0u) {
        mag = bitcast<u32>(ldexp(f32(man), 1 - bias - i32(mb)));
    } else {
        mag = bitcast<u32>(ldexp(f32((1u << mb) | man), i32(ef) - bias - i32(mb)));
    }
    return bitcast<f32>(mag | (neg << 31u));
}

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>, @builtin(local_invocation_index) tid: u32) {
    // Every binding is statically used, so a derived pipeline layout has them all.
    _ = arrayLength(&params);
    _ = atomicLoad(&status[0]);
    _ = arrayLength(&b0);
    _ = arrayLength(&b1);
    _ = arrayLength(&b2);
    _ = arrayLength(&b3);
    var ox_fail = false;
    var ox_stop = false;
    let v0 = 0i;
    let v1 = 0i;
    let v2 = 0i;
    let v3 = 0i;
    var v5: array<i32, 1>;
    { let c = 0u; v5[c] = v0; }
    var v6: array<i32, 1>;
    { let c = 0u; v6[c] = (v5[c] + i32((tid + c * 64u))); }
    let v7: i32 = 64i;
    let v10: f32 = 0.0f;
    var v11: array<f32, 1>;
    { let c = 0u; v11[c] = v10; }
    var v12: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if ((i32((tid + c * 64u)) < v7) && v6[c] >= 0i && u32(v6[c]) < params[0]) { let o = u32(v6[c]); v12[c] = b0[o >> 2u][o & 3u]; } else { v12[c] = v11[c]; if ((i32((tid + c * 64u)) < v7)) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v6[c]), bitcast<u32>(v6[c] >> 31u), 0u, 1u, wid); } }
        }
    }
    let v13: i32 = 64i;
    let v14: i32 = (v0 + v13);
    let v15: i32 = 1i;
    let v16: i32 = (-v15);
    let v17: i32 = (v14 + v16);
    var v19: array<i32, 1>;
    { let c = 0u; v19[c] = v17; }
    var v20: array<i32, 1>;
    { let c = 0u; v20[c] = (v19[c] + (-i32((tid + c * 64u)))); }
    var v21: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v20[c] >= 0i && u32(v20[c]) < params[0]) { let o = u32(v20[c]); v21[c] = b0[o >> 2u][o & 3u]; } else { v21[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v20[c]), bitcast<u32>(v20[c] >> 31u), 0u, 2u, wid); } }
        }
    }
    var v22: array<i32, 1>;
    { let c = 0u; v22[c] = v1; }
    var v23: array<i32, 1>;
    { let c = 0u; v23[c] = (v22[c] + i32((tid + c * 64u))); }
    var v24: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v23[c] >= 0i && u32(v23[c]) < params[1]) { let o = u32(v23[c]); v24[c] = ox_decode(((b1[(o >> 1u)] >> ((o & 1u) * 16u)) & 0xffffu), 5u, 10u, false); } else { v24[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v23[c]), bitcast<u32>(v23[c] >> 31u), 0u, 3u, wid); } }
        }
    }
    var v25: array<i32, 1>;
    { let c = 0u; v25[c] = v0; }
    var v26: array<i32, 1>;
    { let c = 0u; v26[c] = (v25[c] + i32((tid + c * 64u))); }
    var v27: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v26[c] >= 0i && u32(v26[c]) < params[0]) { let o = u32(v26[c]); v27[c] = b0[o >> 2u][o & 3u]; } else { v27[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v26[c]), bitcast<u32>(v26[c] >> 31u), 0u, 4u, wid); } }
        }
    }
    var v28: array<i32, 1>;
    { let c = 0u; v28[c] = v0; }
    var v29: array<i32, 1>;
    { let c = 0u; v29[c] = (v28[c] + i32((tid + c * 64u))); }
    var v30: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v29[c] >= 0i && u32(v29[c]) < params[0]) { let o = u32(v29[c]); v30[c] = b0[o >> 2u][o & 3u]; } else { v30[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v29[c]), bitcast<u32>(v29[c] >> 31u), 0u, 5u, wid); } }
        }
    }
    var v31: array<i32, 1>;
    { let c = 0u; v31[c] = v0; }
    var v32: array<i32, 1>;
    { let c = 0u; v32[c] = (v31[c] + i32((tid + c * 64u))); }
    var v33: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v32[c] >= 0i && u32(v32[c]) < params[0]) { let o = u32(v32[c]); v33[c] = b0[o >> 2u][o & 3u]; } else { v33[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v32[c]), bitcast<u32>(v32[c] >> 31u), 0u, 6u, wid); } }
        }
    }
    var v34: array<f32, 1>;
    { let c = 0u; v34[c] = (v30[c] + v33[c]); }
    var v35: array<i32, 1>;
    { let c = 0u; v35[c] = v2; }
    var v36: array<i32, 1>;
    { let c = 0u; v36[c] = (v35[c] + i32((tid + c * 64u))); }
    var v37: array<f32, 1>;
    { let c = 0u; v37[c] = (v12[c] + v21[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v36[c] < 0i || u32(v36[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v36[lane / 64u]), bitcast<u32>(v36[lane / 64u] >> 31u), 1u, 7u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v36[c]); b2[o >> 2u][o & 3u] = v37[c]; }
        }
    }
    let v38: i32 = 64i;
    let v39: i32 = (v2 + v38);
    var v40: array<i32, 1>;
    { let c = 0u; v40[c] = v39; }
    var v41: array<i32, 1>;
    { let c = 0u; v41[c] = (v40[c] + i32((tid + c * 64u))); }
    let v42: f32 = 2.0f;
    var v43: array<f32, 1>;
    { let c = 0u; v43[c] = v42; }
    var v44: array<f32, 1>;
    { let c = 0u; v44[c] = (v27[c] * v43[c]); }
    let v45: i32 = 64i;
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (i32((tid + c * 64u)) < v45) && (v41[c] < 0i || u32(v41[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v41[lane / 64u]), bitcast<u32>(v41[lane / 64u] >> 31u), 1u, 8u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && (i32((tid + c * 64u)) < v45)) { let o = u32(v41[c]); b2[o >> 2u][o & 3u] = v44[c]; }
        }
    }
    let v48: i32 = 2i;
    let v49: i32 = 64i;
    let v50: i32 = (v48 * v49);
    let v51: i32 = (v2 + v50);
    var v52: array<i32, 1>;
    { let c = 0u; v52[c] = v51; }
    var v53: array<i32, 1>;
    { let c = 0u; v53[c] = (v52[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v53[c] < 0i || u32(v53[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v53[lane / 64u]), bitcast<u32>(v53[lane / 64u] >> 31u), 1u, 9u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v53[c]); b2[o >> 2u][o & 3u] = v34[c]; }
        }
    }
    let v54: i32 = 3i;
    let v55: i32 = 64i;
    let v56: i32 = (v54 * v55);
    let v57: i32 = (v2 + v56);
    var v58: array<i32, 1>;
    { let c = 0u; v58[c] = v57; }
    var v59: array<i32, 1>;
    { let c = 0u; v59[c] = (v58[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v59[c] < 0i || u32(v59[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v59[lane / 64u]), bitcast<u32>(v59[lane / 64u] >> 31u), 1u, 10u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v59[c]); b2[o >> 2u][o & 3u] = v12[c]; }
        }
    }
    var v60: array<i32, 1>;
    { let c = 0u; v60[c] = v3; }
    var v61: array<i32, 1>;
    { let c = 0u; v61[c] = (v60[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v61[c] < 0i || u32(v61[c]) >= params[3])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 3u, bitcast<u32>(v61[lane / 64u]), bitcast<u32>(v61[lane / 64u] >> 31u), 1u, 11u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v61[c]); { let wi = (o >> 1u); let sh = ((o & 1u) * 16u); let nb = (ox_encode(v24[c], 5u, 10u, false)) << sh; let keep = ~(0xffffu << sh); loop { let old = atomicLoad(&b3[wi]); if (atomicCompareExchangeWeak(&b3[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
