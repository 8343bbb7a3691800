// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2) buffer(binding 5, length word 3) buffer(binding 6, length word 4) buffer(binding 7, length word 5)
// params words: 6

// oxtile kernel `half_ops`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<u32>; // `a`: *f16
@group(0) @binding(3) var<storage, read_write> b1: array<u32>; // `b`: *f16
@group(0) @binding(4) var<storage, read_write> b2: array<atomic<u32>>; // `out`: *f16
@group(0) @binding(5) var<storage, read_write> b3: array<u32>; // `a2`: *bf16
@group(0) @binding(6) var<storage, read_write> b4: array<u32>; // `b2`: *bf16
@group(0) @binding(7) var<storage, read_write> b5: array<atomic<u32>>; // `out2`: *bf16

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

// f32 -> bf16 bits, round to nearest even (overflow carries into infinity); NaNs keep
// their top payload bits, else become the quiet NaN.
fn ox_enc_bf16(x: f32) -> u32 {
    let b = bitcast<u32>(x);
    if ((b & 0x7fffffffu) > 0x7f800000u) {
        let hi = b >> 16u;
        return select(hi, hi | 0x40u, (hi & 0x7fu) == 0u);
    }
    return (b + 0x7fffu + ((b >> 16u) & 1u)) >> 16u;
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
    var ox_fail = false;
    var ox_stop = false;
    let v0 = 0i;
    let v1 = 0i;
    let v2 = 0i;
    let v3 = 0i;
    let v4 = 0i;
    let v5 = 0i;
    var v7: array<i32, 1>;
    { let c = 0u; v7[c] = v0; }
    var v8: array<i32, 1>;
    { let c = 0u; v8[c] = (v7[c] + i32((tid + c * 64u))); }
    var v9: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v8[c] >= 0i && u32(v8[c]) < params[0]) { let o = u32(v8[c]); v9[c] = ox_decode(((b0[(o >> 1u)] >> ((o & 1u) * 16u)) & 0xffffu), 5u, 10u, false); } else { v9[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v8[c]), bitcast<u32>(v8[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v10: array<i32, 1>;
    { let c = 0u; v10[c] = v1; }
    var v11: array<i32, 1>;
    { let c = 0u; v11[c] = (v10[c] + i32((tid + c * 64u))); }
    var v12: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v11[c] >= 0i && u32(v11[c]) < params[1]) { let o = u32(v11[c]); v12[c] = ox_decode(((b1[(o >> 1u)] >> ((o & 1u) * 16u)) & 0xffffu), 5u, 10u, false); } else { v12[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v11[c]), bitcast<u32>(v11[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v13: array<i32, 1>;
    { let c = 0u; v13[c] = v2; }
    var v14: array<i32, 1>;
    { let c = 0u; v14[c] = (v13[c] + i32((tid + c * 64u))); }
    var v16: array<f32, 1>;
    { let c = 0u;
        let w15: f32 = ox_decode(ox_encode((v9[c] * v12[c]), 5u, 10u, false), 5u, 10u, false);
        v16[c] = ox_decode(ox_encode((w15 + v9[c]), 5u, 10u, false), 5u, 10u, false);
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v14[c] < 0i || u32(v14[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v14[lane / 64u]), bitcast<u32>(v14[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v14[c]); { let wi = (o >> 1u); let sh = ((o & 1u) * 16u); let nb = (ox_encode(v16[c], 5u, 10u, false)) << sh; let keep = ~(0xffffu << sh); loop { let old = atomicLoad(&b2[wi]); if (atomicCompareExchangeWeak(&b2[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    let v17: i32 = 64i;
    let v18: i32 = (v2 + v17);
    var v19: array<i32, 1>;
    { let c = 0u; v19[c] = v18; }
    var v20: array<i32, 1>;
    { let c = 0u; v20[c] = (v19[c] + i32((tid + c * 64u))); }
    var v21: array<f32, 1>;
    { let c = 0u; v21[c] = ox_decode(ox_encode((v9[c] / v12[c]), 5u, 10u, false), 5u, 10u, false); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v20[c] < 0i || u32(v20[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v20[lane / 64u]), bitcast<u32>(v20[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v20[c]); { let wi = (o >> 1u); let sh = ((o & 1u) * 16u); let nb = (ox_encode(v21[c], 5u, 10u, false)) << sh; let keep = ~(0xffffu << sh); loop { let old = atomicLoad(&b2[wi]); if (atomicCompareExchangeWeak(&b2[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v22: array<i32, 1>;
    { let c = 0u; v22[c] = v3; }
    var v23: array<i32, 1>;
    { let c = 0u; v23[c] = (v22[c] + i32((tid + c * 64u))); }
    var v24: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v23[c] >= 0i && u32(v23[c]) < params[3]) { let o = u32(v23[c]); v24[c] = bitcast<f32>(((b3[(o >> 1u)] >> ((o & 1u) * 16u)) & 0xffffu) << 16u); } else { v24[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 3u, bitcast<u32>(v23[c]), bitcast<u32>(v23[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v25: array<i32, 1>;
    { let c = 0u; v25[c] = v4; }
    var v26: array<i32, 1>;
    { let c = 0u; v26[c] = (v25[c] + i32((tid + c * 64u))); }
    var v27: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v26[c] >= 0i && u32(v26[c]) < params[4]) { let o = u32(v26[c]); v27[c] = bitcast<f32>(((b4[(o >> 1u)] >> ((o & 1u) * 16u)) & 0xffffu) << 16u); } else { v27[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 4u, bitcast<u32>(v26[c]), bitcast<u32>(v26[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v28: array<i32, 1>;
    { let c = 0u; v28[c] = v5; }
    var v29: array<i32, 1>;
    { let c = 0u; v29[c] = (v28[c] + i32((tid + c * 64u))); }
    var v31: array<f32, 1>;
    { let c = 0u;
        let w30: f32 = bitcast<f32>(ox_enc_bf16((v24[c] * v27[c])) << 16u);
        v31[c] = bitcast<f32>(ox_enc_bf16((w30 + v24[c])) << 16u);
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v29[c] < 0i || u32(v29[c]) >= params[5])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 5u, bitcast<u32>(v29[lane / 64u]), bitcast<u32>(v29[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v29[c]); { let wi = (o >> 1u); let sh = ((o & 1u) * 16u); let nb = ((bitcast<u32>(v31[c]) >> 16u)) << sh; let keep = ~(0xffffu << sh); loop { let old = atomicLoad(&b5[wi]); if (atomicCompareExchangeWeak(&b5[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    let v32: i32 = 64i;
    let v33: i32 = (v5 + v32);
    var v34: array<i32, 1>;
    { let c = 0u; v34[c] = v33; }
    var v35: array<i32, 1>;
    { let c = 0u; v35[c] = (v34[c] + i32((tid + c * 64u))); }
    var v36: array<f32, 1>;
    { let c = 0u; v36[c] = bitcast<f32>(ox_enc_bf16(exp(v24[c])) << 16u); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v35[c] < 0i || u32(v35[c]) >= params[5])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 5u, bitcast<u32>(v35[lane / 64u]), bitcast<u32>(v35[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v35[c]); { let wi = (o >> 1u); let sh = ((o & 1u) * 16u); let nb = ((bitcast<u32>(v36[c]) >> 16u)) << sh; let keep = ~(0xffffu << sh); loop { let old = atomicLoad(&b5[wi]); if (atomicCompareExchangeWeak(&b5[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
