// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2) buffer(binding 5, length word 3) buffer(binding 6, length word 4) buffer(binding 7, length word 5) buffer(binding 8, length word 6) buffer(binding 9, length word 7) buffer(binding 10, length word 8) buffer(binding 11, length word 9) buffer(binding 12, length word 10)
// params words: 11

// oxtile kernel `casts`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<f32>>; // `x`: *f32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<i32>>; // `i`: *i32
@group(0) @binding(4) var<storage, read_write> b2: array<atomic<u32>>; // `to_i8`: *i8
@group(0) @binding(5) var<storage, read_write> b3: array<atomic<u32>>; // `to_u8`: *u8
@group(0) @binding(6) var<storage, read_write> b4: array<atomic<u32>>; // `to_h`: *f16
@group(0) @binding(7) var<storage, read_write> b5: array<atomic<u32>>; // `to_bh`: *bf16
@group(0) @binding(8) var<storage, read_write> b6: array<atomic<u32>>; // `to_e4`: *f8e4m3
@group(0) @binding(9) var<storage, read_write> b7: array<atomic<u32>>; // `to_e5`: *f8e5m2
@group(0) @binding(10) var<storage, read_write> b8: array<vec4<f32>>; // `back`: *f32
@group(0) @binding(11) var<storage, read_write> b9: array<vec4<u32>>; // `bits`: *u32
@group(0) @binding(12) var<storage, read_write> b10: array<vec4<f32>>; // `from_int`: *f32

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

fn ox_isnan(x: f32) -> bool {
    return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u;
}

// Float -> integer as Rust's `as`: truncate, saturate, NaN -> 0.
fn ox_f2i(x: f32) -> i32 {
    if (ox_isnan(x)) { return 0i; }
    if (x >= 2147483648.0f) { return 2147483647i; }
    if (x <= -2147483648.0f) { return bitcast<i32>(0x80000000u); }
    return i32(x);
}
fn ox_f2u(x: f32) -> u32 {
    if (ox_isnan(x) || x <= 0.0f) { return 0u; }
    if (x >= 4294967296.0f) { return 0xffffffffu; }
    return u32(x);
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

// Rounds the integer m to p significant bits (nearest even), exactly, and returns it as f32:
// integer -> float conversions round once, as the interpreter does.
fn ox_u2f_prec(m: u32, p: u32) -> f32 {
    let nbits = 32u - countLeadingZeros(m);
    if (nbits <= p) { return f32(m); }
    let shift = nbits - p;
    var q = m >> shift;
    let rem = m & ((1u << shift) - 1u);
    let half = 1u << (shift - 1u);
    if (rem > half || (rem == half && (q & 1u) == 1u)) { q = q + 1u; }
    return ldexp(f32(q), i32(shift));
}
fn ox_i2f_prec(v: i32, p: u32) -> f32 {
    let m = select(bitcast<u32>(v), 0u - bitcast<u32>(v), v < 0i);
    let r = ox_u2f_prec(m, p);
    return select(r, -r, v < 0i);
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
    _ = arrayLength(&b8);
    _ = arrayLength(&b9);
    _ = arrayLength(&b10);
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
    let v8 = 0i;
    let v9 = 0i;
    let v10 = 0i;
    var v12: array<i32, 2>;
    { let c = 0u; v12[c] = v0; } { let c = 1u; v12[c] = v0; }
    var v13: array<i32, 2>;
    { let c = 0u; v13[c] = (v12[c] + i32((tid + c * 64u))); } { let c = 1u; v13[c] = (v12[c] + i32((tid + c * 64u))); }
    var v14: array<f32, 2>;
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) {
            if (true && v13[c] >= 0i && u32(v13[c]) < params[0]) { let o = u32(v13[c]); v14[c] = b0[o >> 2u][o & 3u]; } else { v14[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v13[c]), bitcast<u32>(v13[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v15: array<i32, 2>;
    { let c = 0u; v15[c] = v2; } { let c = 1u; v15[c] = v2; }
    var v16: array<i32, 2>;
    { let c = 0u; v16[c] = (v15[c] + i32((tid + c * 64u))); } { let c = 1u; v16[c] = (v15[c] + i32((tid + c * 64u))); }
    var v17: array<i32, 2>;
    { let c = 0u; v17[c] = clamp(ox_f2i(v14[c]), -128i, 127i); } { let c = 1u; v17[c] = clamp(ox_f2i(v14[c]), -128i, 127i); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 128u && (v16[c] < 0i || u32(v16[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v16[lane / 64u]), bitcast<u32>(v16[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 128u && true) { let o = u32(v16[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = ((bitcast<u32>(v17[c]) & 0xffu)) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b2[wi]); if (atomicCompareExchangeWeak(&b2[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v18: array<i32, 2>;
    { let c = 0u; v18[c] = v3; } { let c = 1u; v18[c] = v3; }
    var v19: array<i32, 2>;
    { let c = 0u; v19[c] = (v18[c] + i32((tid + c * 64u))); } { let c = 1u; v19[c] = (v18[c] + i32((tid + c * 64u))); }
    var v20: array<u32, 2>;
    { let c = 0u; v20[c] = min(ox_f2u(v14[c]), 255u); } { let c = 1u; v20[c] = min(ox_f2u(v14[c]), 255u); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 128u && (v19[c] < 0i || u32(v19[c]) >= params[3])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 3u, bitcast<u32>(v19[lane / 64u]), bitcast<u32>(v19[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 128u && true) { let o = u32(v19[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (v20[c]) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b3[wi]); if (atomicCompareExchangeWeak(&b3[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v21: array<i32, 2>;
    { let c = 0u; v21[c] = v4; } { let c = 1u; v21[c] = v4; }
    var v22: array<i32, 2>;
    { let c = 0u; v22[c] = (v21[c] + i32((tid + c * 64u))); } { let c = 1u; v22[c] = (v21[c] + i32((tid + c * 64u))); }
    var v23: array<f32, 2>;
    { let c = 0u; v23[c] = ox_decode(ox_encode(v14[c], 5u, 10u, false), 5u, 10u, false); } { let c = 1u; v23[c] = ox_decode(ox_encode(v14[c], 5u, 10u, false), 5u, 10u, false); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 128u && (v22[c] < 0i || u32(v22[c]) >= params[4])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 4u, bitcast<u32>(v22[lane / 64u]), bitcast<u32>(v22[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 128u && true) { let o = u32(v22[c]); { let wi = (o >> 1u); let sh = ((o & 1u) * 16u); let nb = (ox_encode(v23[c], 5u, 10u, false)) << sh; let keep = ~(0xffffu << sh); loop { let old = atomicLoad(&b4[wi]); if (atomicCompareExchangeWeak(&b4[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v24: array<i32, 2>;
    { let c = 0u; v24[c] = v5; } { let c = 1u; v24[c] = v5; }
    var v25: array<i32, 2>;
    { let c = 0u; v25[c] = (v24[c] + i32((tid + c * 64u))); } { let c = 1u; v25[c] = (v24[c] + i32((tid + c * 64u))); }
    var v26: array<f32, 2>;
    { let c = 0u; v26[c] = bitcast<f32>(ox_enc_bf16(v14[c]) << 16u); } { let c = 1u; v26[c] = bitcast<f32>(ox_enc_bf16(v14[c]) << 16u); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 128u && (v25[c] < 0i || u32(v25[c]) >= params[5])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 5u, bitcast<u32>(v25[lane / 64u]), bitcast<u32>(v25[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 128u && true) { let o = u32(v25[c]); { let wi = (o >> 1u); let sh = ((o & 1u) * 16u); let nb = ((bitcast<u32>(v26[c]) >> 16u)) << sh; let keep = ~(0xffffu << sh); loop { let old = atomicLoad(&b5[wi]); if (atomicCompareExchangeWeak(&b5[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v27: array<f32, 2>;
    { let c = 0u; v27[c] = ox_decode(ox_encode(v14[c], 4u, 3u, true), 4u, 3u, true); } { let c = 1u; v27[c] = ox_decode(ox_encode(v14[c], 4u, 3u, true), 4u, 3u, true); }
    var v28: array<i32, 2>;
    { let c = 0u; v28[c] = v6; } { let c = 1u; v28[c] = v6; }
    var v29: array<i32, 2>;
    { let c = 0u; v29[c] = (v28[c] + i32((tid + c * 64u))); } { let c = 1u; v29[c] = (v28[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 128u && (v29[c] < 0i || u32(v29[c]) >= params[6])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v29[lane / 64u]), bitcast<u32>(v29[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 128u && true) { let o = u32(v29[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (ox_encode(v27[c], 4u, 3u, true)) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b6[wi]); if (atomicCompareExchangeWeak(&b6[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v30: array<i32, 2>;
    { let c = 0u; v30[c] = v7; } { let c = 1u; v30[c] = v7; }
    var v31: array<i32, 2>;
    { let c = 0u; v31[c] = (v30[c] + i32((tid + c * 64u))); } { let c = 1u; v31[c] = (v30[c] + i32((tid + c * 64u))); }
    var v32: array<f32, 2>;
    { let c = 0u; v32[c] = ox_decode(ox_encode(v14[c], 5u, 2u, false), 5u, 2u, false); } { let c = 1u; v32[c] = ox_decode(ox_encode(v14[c], 5u, 2u, false), 5u, 2u, false); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 128u && (v31[c] < 0i || u32(v31[c]) >= params[7])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 7u, bitcast<u32>(v31[lane / 64u]), bitcast<u32>(v31[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 128u && true) { let o = u32(v31[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (ox_encode(v32[c], 5u, 2u, false)) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b7[wi]); if (atomicCompareExchangeWeak(&b7[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v33: array<i32, 2>;
    { let c = 0u; v33[c] = v8; } { let c = 1u; v33[c] = v8; }
    var v34: array<i32, 2>;
    { let c = 0u; v34[c] = (v33[c] + i32((tid + c * 64u))); } { let c = 1u; v34[c] = (v33[c] + i32((tid + c * 64u))); }
    var v35: array<f32, 2>;
    { let c = 0u; v35[c] = v27[c]; } { let c = 1u; v35[c] = v27[c]; }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 128u && (v34[c] < 0i || u32(v34[c]) >= params[8])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 8u, bitcast<u32>(v34[lane / 64u]), bitcast<u32>(v34[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 128u && true) { let o = u32(v34[c]); b8[o >> 2u][o & 3u] = v35[c]; }
        }
    }
    var v36: array<i32, 2>;
    { let c = 0u; v36[c] = v9; } { let c = 1u; v36[c] = v9; }
    var v37: array<i32, 2>;
    { let c = 0u; v37[c] = (v36[c] + i32((tid + c * 64u))); } { let c = 1u; v37[c] = (v36[c] + i32((tid + c * 64u))); }
    var v38: array<u32, 2>;
    { let c = 0u; v38[c] = bitcast<u32>(v14[c]); } { let c = 1u; v38[c] = bitcast<u32>(v14[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 128u && (v37[c] < 0i || u32(v37[c]) >= params[9])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 9u, bitcast<u32>(v37[lane / 64u]), bitcast<u32>(v37[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 128u && true) { let o = u32(v37[c]); b9[o >> 2u][o & 3u] = v38[c]; }
        }
    }
    var v39: array<i32, 2>;
    { let c = 0u; v39[c] = v10; } { let c = 1u; v39[c] = v10; }
    var v40: array<i32, 2>;
    { let c = 0u; v40[c] = (v39[c] + i32((tid + c * 64u))); } { let c = 1u; v40[c] = (v39[c] + i32((tid + c * 64u))); }
    var v41: array<i32, 2>;
    { let c = 0u; v41[c] = v1; } { let c = 1u; v41[c] = v1; }
    var v42: array<i32, 2>;
    { let c = 0u; v42[c] = (v41[c] + i32((tid + c * 64u))); } { let c = 1u; v42[c] = (v41[c] + i32((tid + c * 64u))); }
    var v43: array<i32, 2>;
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) {
            if (true && v42[c] >= 0i && u32(v42[c]) < params[1]) { let o = u32(v42[c]); v43[c] = b1[o >> 2u][o & 3u]; } else { v43[c] = 0i; if (true) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v42[c]), bitcast<u32>(v42[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v44: array<f32, 2>;
    { let c = 0u; v44[c] = ox_i2f_prec(v43[c], 24u); } { let c = 1u; v44[c] = ox_i2f_prec(v43[c], 24u); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 128u && (v40[c] < 0i || u32(v40[c]) >= params[10])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 10u, bitcast<u32>(v40[lane / 64u]), bitcast<u32>(v40[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 128u && true) { let o = u32(v40[c]); b10[o >> 2u][o & 3u] = v44[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
