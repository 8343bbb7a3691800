// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2) buffer(binding 5, length word 3) buffer(binding 6, length word 4) buffer(binding 7, length word 5)
// params words: 6

// oxtile kernel `round_1024`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<f32>>; // `x`: *f32
@group(0) @binding(3) var<storage, read_write> b1: array<u32>; // `h`: *f16
@group(0) @binding(4) var<storage, read_write> b2: array<f64>; // `d`: *f64
@group(0) @binding(5) var<storage, read_write> b3: array<vec4<f32>>; // `out`: *f32
@group(0) @binding(6) var<storage, read_write> b4: array<atomic<u32>>; // `hout`: *f16
@group(0) @binding(7) var<storage, read_write> b5: array<f64>; // `dout`: *f64

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

// Round to the nearest integer, halfway cases to the even one, computed from `floor` rather
// than trusting the driver's f64 `round`: lavapipe's f64 `trunc` returns x itself from 2^24
// on (see ox_f64_to_i64), and its `round` is exact only as far as we have measured. x - f is
// exact; a zero result keeps x's sign, as `round_ties_even` does.
fn ox_round64(x: f64) -> f64 {
    let f = floor(x);
    let d = x - f;
    let odd = f - 2.0lf * floor(f * 0.5lf) == 1.0lf;
    let r = select(f, f + 1.0lf, d > 0.5lf || (d == 0.5lf && odd));
    return select(r, bitcast<f64>(bitcast<u64>(x) & 0x8000000000000000lu), r == 0.0lf);
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
    let v7 = i32(wid.x);
    let v8: i32 = 1024i;
    let v9: i32 = (v7 * v8);
    var v12: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v12[c] = v0; }
    var v13: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v13[c] = (v12[c] + (i32((tid + c * 64u)) + v9)); }
    var v14: array<f32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 1024u) {
            if (true && v13[c] >= 0i && u32(v13[c]) < params[0]) { let o = u32(v13[c]); v14[c] = b0[o >> 2u][o & 3u]; } else { v14[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v13[c]), bitcast<u32>(v13[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v15: array<f32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v15[c] = round(v14[c]); }
    var v16: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v16[c] = v3; }
    var v17: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v17[c] = (v16[c] + (i32((tid + c * 64u)) + v9)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 16u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 1024u && (v17[c] < 0i || u32(v17[c]) >= params[3])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 3u, bitcast<u32>(v17[lane / 64u]), bitcast<u32>(v17[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 16u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 1024u && true) { let o = u32(v17[c]); b3[o >> 2u][o & 3u] = v15[c]; }
        }
    }
    var v18: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v18[c] = v1; }
    var v19: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v19[c] = (v18[c] + (i32((tid + c * 64u)) + v9)); }
    var v20: array<f32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 1024u) {
            if (true && v19[c] >= 0i && u32(v19[c]) < params[1]) { let o = u32(v19[c]); v20[c] = ox_decode(((b1[(o >> 1u)] >> ((o & 1u) * 16u)) & 0xffffu), 5u, 10u, false); } else { v20[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v19[c]), bitcast<u32>(v19[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v21: array<f32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v21[c] = round(v20[c]); }
    var v22: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v22[c] = v4; }
    var v23: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v23[c] = (v22[c] + (i32((tid + c * 64u)) + v9)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 16u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 1024u && (v23[c] < 0i || u32(v23[c]) >= params[4])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 4u, bitcast<u32>(v23[lane / 64u]), bitcast<u32>(v23[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 16u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 1024u && true) { let o = u32(v23[c]); { let wi = (o >> 1u); let sh = ((o & 1u) * 16u); let nb = (ox_encode(v21[c], 5u, 10u, false)) << sh; let keep = ~(0xffffu << sh); loop { let old = atomicLoad(&b4[wi]); if (atomicCompareExchangeWeak(&b4[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v24: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v24[c] = v2; }
    var v25: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v25[c] = (v24[c] + (i32((tid + c * 64u)) + v9)); }
    var v26: array<f64, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 1024u) {
            if (true && v25[c] >= 0i && u32(v25[c]) < params[2]) { let o = u32(v25[c]); v26[c] = b2[o]; } else { v26[c] = 0.0lf; if (true) { ox_fail = true; ox_record(1u, 2u, bitcast<u32>(v25[c]), bitcast<u32>(v25[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v27: array<f64, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v27[c] = ox_round64(v26[c]); }
    var v28: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v28[c] = v5; }
    var v29: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v29[c] = (v28[c] + (i32((tid + c * 64u)) + v9)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 16u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 1024u && (v29[c] < 0i || u32(v29[c]) >= params[5])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 5u, bitcast<u32>(v29[lane / 64u]), bitcast<u32>(v29[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 16u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 1024u && true) { let o = u32(v29[c]); b5[o] = v27[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
