// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2) buffer(binding 5, length word 3) buffer(binding 6, length word 4) buffer(binding 7, length word 5) buffer(binding 8, length word 6) buffer(binding 9, length word 7) scalar(word 8)
// params words: 9

// oxtile kernel `runs_packed`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<u32>; // `x`: *bf16
@group(0) @binding(3) var<storage, read_write> b1: array<u32>; // `y`: *f16
@group(0) @binding(4) var<storage, read_write> b2: array<u32>; // `z`: *i8
@group(0) @binding(5) var<storage, read_write> b3: array<atomic<u32>>; // `w`: *u16
@group(0) @binding(6) var<storage, read_write> b4: array<atomic<u32>>; // `out_b`: *bf16
@group(0) @binding(7) var<storage, read_write> b5: array<atomic<u32>>; // `out_h`: *f16
@group(0) @binding(8) var<storage, read_write> b6: array<atomic<u32>>; // `out_i`: *i8
@group(0) @binding(9) var<storage, read_write> b7: array<vec4<f32>>; // `out_f`: *f32

var<workgroup> ox_part0: array<u32, 128>;
var<workgroup> ox_part1: array<u32, 128>;
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
    _ = arrayLength(&b4);
    _ = arrayLength(&b5);
    _ = arrayLength(&b6);
    _ = arrayLength(&b7);
    var ox_fail = false;
    var ox_stop = false;
    let v0 = 0i;
    let v1 = 0i;
    let v2 = 0i;
    let v3 = 0i;
    let v4 = 0i;
    let v5 = 0i;
    let v6 = 0i;
    let v7 = 0i;
    let v8 = bitcast<i32>(params[8]);
    let v12: i32 = 509i;
    let v13: i32 = (v8 + v12);
    var v16: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v16[c] = v0; }
    var v17: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v17[c] = (v16[c] + (i32((tid + c * 64u)) + v8)); }
    let v18: f32 = 1.5f;
    var v19: array<f32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v19[c] = v18; }
    var v20: array<f32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 512u) {
            if (((i32((tid + c * 64u)) + v8) < v13) && v17[c] >= 0i && u32(v17[c]) < params[0]) { let o = u32(v17[c]); v20[c] = bitcast<f32>(((b0[(o >> 1u)] >> ((o & 1u) * 16u)) & 0xffffu) << 16u); } else { v20[c] = v19[c]; if (((i32((tid + c * 64u)) + v8) < v13)) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v17[c]), bitcast<u32>(v17[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v21: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v21[c] = v4; }
    var v22: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v22[c] = (v21[c] + (i32((tid + c * 64u)) + v8)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 8u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 512u && ((i32((tid + c * 64u)) + v8) < v13) && (v22[c] < 0i || u32(v22[c]) >= params[4])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 4u, bitcast<u32>(v22[lane / 64u]), bitcast<u32>(v22[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 8u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 512u && ((i32((tid + c * 64u)) + v8) < v13)) { let o = u32(v22[c]); { let wi = (o >> 1u); let sh = ((o & 1u) * 16u); let nb = ((bitcast<u32>(v20[c]) >> 16u)) << sh; let keep = ~(0xffffu << sh); loop { let old = atomicLoad(&b4[wi]); if (atomicCompareExchangeWeak(&b4[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v23: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v23[c] = v1; }
    var v24: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v24[c] = (v23[c] + (i32((tid + c * 64u)) + v8)); }
    var v25: array<f32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 512u) {
            if (true && v24[c] >= 0i && u32(v24[c]) < params[1]) { let o = u32(v24[c]); v25[c] = ox_decode(((b1[(o >> 1u)] >> ((o & 1u) * 16u)) & 0xffffu), 5u, 10u, false); } else { v25[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v24[c]), bitcast<u32>(v24[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v26: array<f32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v26[c] = v25[c]; }
    var v27: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v27[c] = v7; }
    var v28: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v28[c] = (v27[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 8u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 512u && (v28[c] < 0i || u32(v28[c]) >= params[7])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 7u, bitcast<u32>(v28[lane / 64u]), bitcast<u32>(v28[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 8u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 512u && true) { let o = u32(v28[c]); b7[o >> 2u][o & 3u] = v26[c]; }
        }
    }
    var v29: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v29[c] = v5; }
    var v30: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v30[c] = (v29[c] + i32((tid + c * 64u))); }
    var v31: array<f32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v31[c] = ox_decode(ox_encode((v25[c] * v25[c]), 5u, 10u, false), 5u, 10u, false); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 8u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 512u && ((i32((tid + c * 64u)) + v8) < v13) && (v30[c] < 0i || u32(v30[c]) >= params[5])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 5u, bitcast<u32>(v30[lane / 64u]), bitcast<u32>(v30[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 8u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 512u && ((i32((tid + c * 64u)) + v8) < v13)) { let o = u32(v30[c]); { let wi = (o >> 1u); let sh = ((o & 1u) * 16u); let nb = (ox_encode(v31[c], 5u, 10u, false)) << sh; let keep = ~(0xffffu << sh); loop { let old = atomicLoad(&b5[wi]); if (atomicCompareExchangeWeak(&b5[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v32: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v32[c] = v2; }
    var v33: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v33[c] = (v32[c] + i32((tid + c * 64u))); }
    var v34: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 512u) {
            if (true && v33[c] >= 0i && u32(v33[c]) < params[2]) { let o = u32(v33[c]); v34[c] = ((bitcast<i32>(((b2[(o >> 2u)] >> ((o & 3u) * 8u)) & 0xffu)) << 24u) >> 24u); } else { v34[c] = 0i; if (true) { ox_fail = true; ox_record(1u, 2u, bitcast<u32>(v33[c]), bitcast<u32>(v33[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    let v35: i32 = 1i;
    var v38: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v38[c] = v6; }
    var v39: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v39[c] = (v38[c] + ((i32((tid + c * 64u)) + v8) + v35)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 8u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 512u && (v39[c] < 0i || u32(v39[c]) >= params[6])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v39[lane / 64u]), bitcast<u32>(v39[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 8u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 512u && true) { let o = u32(v39[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = ((bitcast<u32>(v34[c]) & 0xffu)) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b6[wi]); if (atomicCompareExchangeWeak(&b6[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v40: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v40[c] = (v38[c] + i32((tid + c * 64u))); }
    var v41: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v41[c] = (((v34[c] + v34[c]) << 24u) >> 24u); }
    let v42: i32 = 1024i;
    let v43: i32 = (v6 + v42);
    var v44: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v44[c] = v43; }
    var v45: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v45[c] = (v44[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 8u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 512u && ((i32((tid + c * 64u)) + v8) < v13) && (v45[c] < 0i || u32(v45[c]) >= params[6])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v45[lane / 64u]), bitcast<u32>(v45[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 8u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 512u && ((i32((tid + c * 64u)) + v8) < v13)) { let o = u32(v45[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = ((bitcast<u32>(v41[c]) & 0xffu)) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b6[wi]); if (atomicCompareExchangeWeak(&b6[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v46: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v46[c] = v3; }
    var v47: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v47[c] = (v46[c] + (i32((tid + c * 64u)) + v8)); }
    var v48: array<u32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 512u) {
            if (((i32((tid + c * 64u)) + v8) < v13) && v47[c] >= 0i && u32(v47[c]) < params[3]) { let o = u32(v47[c]); v48[c] = ((atomicLoad(&b3[(o >> 1u)]) >> ((o & 1u) * 16u)) & 0xffffu); } else { v48[c] = 0u; if (((i32((tid + c * 64u)) + v8) < v13)) { ox_fail = true; ox_record(1u, 3u, bitcast<u32>(v47[c]), bitcast<u32>(v47[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v49: u32;
    {
        var acc: u32;
        var has = true;
        {
            let e = tid + 0u * 64u;
            let acc_o = v48[0u];
            acc = acc_o;
        }
        for (var c = 1u; c < 8u; c = c + 1u) {
            let e = tid + c * 64u;
            let acc_o = v48[c];
            acc = (max(acc, acc_o) & 0xffffu);
        }
        if (true) {
            let at = tid * 2u;
            ox_part0[at + 0u] = acc;
            ox_part0[at + 1u] = select(0u, 1u, has);
        }
        workgroupBarrier();
        has = false;
        for (var s = 0u; s < 64u; s = s + 1u) {
            let at = s * 2u;
            let acc_o = ox_part0[at + 0u];
            if (ox_part0[at + 1u] != 0u) { if (has) { acc = (max(acc, acc_o) & 0xffffu); } else { acc = acc_o; } has = true; }
        }
        v49 = acc;
    }
    let v50: i32 = (v3 + v42);
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v50 < 0i || u32(v50) >= params[3]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 3u, bitcast<u32>(v50), bitcast<u32>(v50 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v50); { let wi = (o >> 1u); let sh = ((o & 1u) * 16u); let nb = (v49) << sh; let keep = ~(0xffffu << sh); loop { let old = atomicLoad(&b3[wi]); if (atomicCompareExchangeWeak(&b3[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        storageBarrier();
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
