// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2) buffer(binding 5, length word 3) scalar(word 4) scalar(word 5)
// params words: 6

// oxtile kernel `attention_fwd`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<u32>; // `q`: *f16
@group(0) @binding(3) var<storage, read_write> b1: array<u32>; // `k`: *f16
@group(0) @binding(4) var<storage, read_write> b2: array<u32>; // `v`: *f16
@group(0) @binding(5) var<storage, read_write> b3: array<vec4<f32>>; // `o`: *f32

var<workgroup> ox_scratch: array<u32, 768>;
var<workgroup> ox_wg_bad: atomic<u32>;
var<workgroup> ox_wg_u: u32;

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

// Thread 0's `x`, as a value the uniformity analysis knows is uniform. workgroupUniformLoad
// is a barrier, a load and a barrier, so the next call may overwrite the word safely.
fn ox_uniform(x: u32, tid: u32) -> u32 {
    if (tid == 0u) {
        ox_wg_u = x;
    }
    return workgroupUniformLoad(&ox_wg_u);
}

fn ox_isnan(x: f32) -> bool {
    return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u;
}

// IEEE minNum/maxNum: a single NaN operand is ignored.
fn ox_fmin(a: f32, b: f32) -> f32 {
    if (ox_isnan(a)) { return b; }
    if (ox_isnan(b)) { return a; }
    return select(b, a, a < b);
}
fn ox_fmax(a: f32, b: f32) -> f32 {
    if (ox_isnan(a)) { return b; }
    if (ox_isnan(b)) { return a; }
    return select(b, a, a > b);
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
    let v4 = bitcast<i32>(params[4]);
    let v5 = bitcast<f32>(params[5]);
    var x0: array<f32, 1>;
    var x1: array<f32, 1>;
    var x2: array<f32, 16>;
    var x3: i32;
    let v6 = i32(wid.x);
    let v7 = i32(wid.y);
    let v8: i32 = (v7 * v4);
    let v9: i32 = 32i;
    let v10: i32 = (v8 * v9);
    let v11: i32 = 32i;
    let v12: i32 = (v6 * v11);
    let v20: i32 = (v0 + v10);
    let v22: i32 = 32i;
    var v25: array<i32, 1>;
    { let c = 0u; v25[c] = v20; }
    var v26: array<i32, 1>;
    { let c = 0u; v26[c] = (v25[c] + ((v12 + i32((tid + c * 64u))) * v22)); }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 32u) { ox_scratch[e] = bitcast<u32>(v26[c]); }
    }
    workgroupBarrier();
    var v28: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 1024u) {
            v28[c] = bitcast<i32>(ox_scratch[(e / 32u)]);
        }
    }
    var v30: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v30[c] = (v28[c] + i32((((tid + c * 64u) % 32u)))); }
    let v32: f32 = 0.0f;
    var v33: array<f32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v33[c] = v32; }
    var v34: array<f32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 1024u) {
            if (((v12 + i32((((tid + c * 64u) / 32u)))) < v4) && v30[c] >= 0i && u32(v30[c]) < params[0]) { let o = u32(v30[c]); v34[c] = ox_decode(((b0[(o >> 1u)] >> ((o & 1u) * 16u)) & 0xffffu), 5u, 10u, false); } else { v34[c] = v33[c]; if (((v12 + i32((((tid + c * 64u) / 32u)))) < v4)) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v30[c]), bitcast<u32>(v30[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    let v35: f32 = bitcast<f32>(0xff800000u);
    var v36: array<f32, 1>;
    { let c = 0u; v36[c] = v35; }
    x0 = v36;
    let v37: f32 = 0.0f;
    var v38: array<f32, 1>;
    { let c = 0u; v38[c] = v37; }
    x1 = v38;
    let v39: f32 = 0.0f;
    var v40: array<f32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v40[c] = v39; }
    x2 = v40;
    let v41: f32 = 1.442695f;
    let v42: f32 = (v5 * v41);
    let v43: bool = true;
    if (v43) {
        let v44: i32 = 1i;
        let v45: i32 = (v6 + v44);
        let v46: i32 = 32i;
        let v47: i32 = (v45 * v46);
        let v48: i32 = min(v47, v4);
        x3 = v48;
    } else {
        x3 = v4;
    }
    var v49 = x3;
    let v50: i32 = 0i;
    let v51: i32 = 16i;
    {
        let u1 = bitcast<i32>(ox_uniform(bitcast<u32>(v49), tid));
        if (v51 <= 0i) { if (tid == 0u) { ox_record(3u, 0u, bitcast<u32>(v51), select(0u, 0xffffffffu, v51 < 0i), 0u, 0u, wid); } return; }
        var i2 = v50;
        loop {
            if (!(i2 < u1)) { break; }
            let v52 = i2;
            let v59: i32 = (v1 + v10);
            let v61: i32 = 32i;
            var v64: array<i32, 1>;
            { let c = 0u; v64[c] = v59; }
            var v65: array<i32, 1>;
            { let c = 0u; v65[c] = (v64[c] + ((v52 + i32((tid + c * 64u))) * v61)); }
            { let c = 0u;
                let e = tid + c * 64u;
                if (e < 16u) { ox_scratch[e] = bitcast<u32>(v65[c]); }
            }
            workgroupBarrier();
            var v67: array<i32, 8>;
            for (var c = 0u; c < 8u; c = c + 1u) {
                let e = tid + c * 64u;
                if (e < 512u) {
                    v67[c] = bitcast<i32>(ox_scratch[(e / 32u)]);
                }
            }
            var v69: array<i32, 8>;
            for (var c = 0u; c < 8u; c = c + 1u) { v69[c] = (v67[c] + i32((((tid + c * 64u) % 32u)))); }
            let v71: f32 = 0.0f;
            var v72: array<f32, 8>;
            for (var c = 0u; c < 8u; c = c + 1u) { v72[c] = v71; }
            var v73: array<f32, 8>;
            for (var c = 0u; c < 8u; c = c + 1u) {
                let e = tid + c * 64u;
                if (e < 512u) {
                    if (((v52 + i32((((tid + c * 64u) / 32u)))) < v4) && v69[c] >= 0i && u32(v69[c]) < params[1]) { let o = u32(v69[c]); v73[c] = ox_decode(((b1[(o >> 1u)] >> ((o & 1u) * 16u)) & 0xffffu), 5u, 10u, false); } else { v73[c] = v72[c]; if (((v52 + i32((((tid + c * 64u) / 32u)))) < v4)) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v69[c]), bitcast<u32>(v69[c] >> 31u), 0u, 0u, wid); } }
                }
            }
            let v74: i32 = (v2 + v10);
            let v76: i32 = 32i;
            var v79: array<i32, 1>;
            { let c = 0u; v79[c] = v74; }
            var v80: array<i32, 1>;
            { let c = 0u; v80[c] = (v79[c] + ((v52 + i32((tid + c * 64u))) * v76)); }
            workgroupBarrier();
            { let c = 0u;
                let e = tid + c * 64u;
                if (e < 16u) { ox_scratch[e] = bitcast<u32>(v80[c]); }
            }
            workgroupBarrier();
            var v82: array<i32, 8>;
            for (var c = 0u; c < 8u; c = c + 1u) {
                let e = tid + c * 64u;
                if (e < 512u) {
                    v82[c] = bitcast<i32>(ox_scratch[(e / 32u)]);
                }
            }
            var v84: array<i32, 8>;
            for (var c = 0u; c < 8u; c = c + 1u) { v84[c] = (v82[c] + i32((((tid + c * 64u) % 32u)))); }
            let v86: f32 = 0.0f;
            var v87: array<f32, 8>;
            for (var c = 0u; c < 8u; c = c + 1u) { v87[c] = v86; }
            var v88: array<f32, 8>;
            for (var c = 0u; c < 8u; c = c + 1u) {
                let e = tid + c * 64u;
                if (e < 512u) {
                    if (((v52 + i32((((tid + c * 64u) / 32u)))) < v4) && v84[c] >= 0i && u32(v84[c]) < params[2]) { let o = u32(v84[c]); v88[c] = ox_decode(((b2[(o >> 1u)] >> ((o & 1u) * 16u)) & 0xffffu), 5u, 10u, false); } else { v88[c] = v87[c]; if (((v52 + i32((((tid + c * 64u) / 32u)))) < v4)) { ox_fail = true; ox_record(1u, 2u, bitcast<u32>(v84[c]), bitcast<u32>(v84[c] >> 31u), 0u, 0u, wid); } }
                }
            }
            let v97: bool = true;
            let v98: bool = (!v97);
            workgroupBarrier();
            for (var c = 0u; c < 8u; c = c + 1u) {
                let e = tid + c * 64u;
                if (e < 512u) { ox_scratch[e] = bitcast<u32>(v73[c]); }
            }
            workgroupBarrier();
            var v103: array<f32, 8>;
            for (var c = 0u; c < 8u; c = c + 1u) {
                let e = tid + c * 64u;
                if (e < 512u) {
                    v103[c] = bitcast<f32>(ox_scratch[(e / 16u) + (e % 16u) * 32u]);
                }
            }
            let v104: f32 = 0.0f;
            var v105: array<f32, 8>;
            for (var c = 0u; c < 8u; c = c + 1u) { v105[c] = v104; }
            var v106: array<f32, 8>;
            workgroupBarrier();
            for (var c = 0u; c < 16u; c = c + 1u) {
                let e = tid + c * 64u;
                let rr = (e / 32u);
                let cc = (e % 32u);
                if (((rr / 2u) % 2u) == 0u) { ox_scratch[((rr / 4u) * 2u + (rr % 2u)) * 32u + cc] = (ox_encode(v34[c], 5u, 10u, false) & 0xffffu) | ((ox_encode(v34[c + 1u], 5u, 10u, false) & 0xffffu) << 16u); }
            }
            for (var c = 0u; c < 8u; c = c + 1u) {
                let e = tid + c * 64u;
                let rr = (e / 16u);
                let cc = (e % 16u);
                if (((rr / 4u) % 2u) == 0u) { ox_scratch[512u + ((rr / 8u) * 4u + (rr % 4u)) * 16u + cc] = (ox_encode(v103[c], 5u, 10u, false) & 0xffffu) | ((ox_encode(v103[c + 1u], 5u, 10u, false) & 0xffffu) << 16u); }
            }
            workgroupBarrier();
            for (var c = 0u; c < 8u; c = c + 1u) {
                let e = tid + c * 64u;
                if (e < 512u) {
                    let i = (e / 16u);
                    let j = (e % 16u);
                    var acc: f32 = v105[c];
                    for (var kk = 0u; kk < 32u; kk = kk + 8u) {
                        {
                            let kl = kk;
                            let xa_b = (ox_scratch[((i / 4u) * 2u + (i % 2u)) * 32u + kl] >> (((i / 2u) % 2u) * 16u)) & 0xffffu;
                            let xa_m = xa_b & 0x7fffu;
                            let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                            let xb_b = (ox_scratch[512u + ((kl / 8u) * 4u + (kl % 4u)) * 16u + j] >> (((kl / 4u) % 2u) * 16u)) & 0xffffu;
                            let xb_m = xb_b & 0x7fffu;
                            let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                            acc = fma(xa, xb, acc);
                        }
                        {
                            let kl = kk + 1u;
                            let xa_b = (ox_scratch[((i / 4u) * 2u + (i % 2u)) * 32u + kl] >> (((i / 2u) % 2u) * 16u)) & 0xffffu;
                            let xa_m = xa_b & 0x7fffu;
                            let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                            let xb_b = (ox_scratch[512u + ((kl / 8u) * 4u + (kl % 4u)) * 16u + j] >> (((kl / 4u) % 2u) * 16u)) & 0xffffu;
                            let xb_m = xb_b & 0x7fffu;
                            let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                            acc = fma(xa, xb, acc);
                        }
                        {
                            let kl = kk + 2u;
                            let xa_b = (ox_scratch[((i / 4u) * 2u + (i % 2u)) * 32u + kl] >> (((i / 2u) % 2u) * 16u)) & 0xffffu;
                            let xa_m = xa_b & 0x7fffu;
                            let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                            let xb_b = (ox_scratch[512u + ((kl / 8u) * 4u + (kl % 4u)) * 16u + j] >> (((kl / 4u) % 2u) * 16u)) & 0xffffu;
                            let xb_m = xb_b & 0x7fffu;
                            let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                            acc = fma(xa, xb, acc);
                        }
                        {
                            let kl = kk + 3u;
                            let xa_b = (ox_scratch[((i / 4u) * 2u + (i % 2u)) * 32u + kl] >> (((i / 2u) % 2u) * 16u)) & 0xffffu;
                            let xa_m = xa_b & 0x7fffu;
                            let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                            let xb_b = (ox_scratch[512u + ((kl / 8u) * 4u + (kl % 4u)) * 16u + j] >> (((kl / 4u) % 2u) * 16u)) & 0xffffu;
                            let xb_m = xb_b & 0x7fffu;
                            let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                            acc = fma(xa, xb, acc);
                        }
                        {
                            let kl = kk + 4u;
                            let xa_b = (ox_scratch[((i / 4u) * 2u + (i % 2u)) * 32u + kl] >> (((i / 2u) % 2u) * 16u)) & 0xffffu;
                            let xa_m = xa_b & 0x7fffu;
                            let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                            let xb_b = (ox_scratch[512u + ((kl / 8u) * 4u + (kl % 4u)) * 16u + j] >> (((kl / 4u) % 2u) * 16u)) & 0xffffu;
                            let xb_m = xb_b & 0x7fffu;
                            let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                            acc = fma(xa, xb, acc);
                        }
                        {
                            let kl = kk + 5u;
                            let xa_b = (ox_scratch[((i / 4u) * 2u + (i % 2u)) * 32u + kl] >> (((i / 2u) % 2u) * 16u)) & 0xffffu;
                            let xa_m = xa_b & 0x7fffu;
                            let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                            let xb_b = (ox_scratch[512u + ((kl / 8u) * 4u + (kl % 4u)) * 16u + j] >> (((kl / 4u) % 2u) * 16u)) & 0xffffu;
                            let xb_m = xb_b & 0x7fffu;
                            let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                            acc = fma(xa, xb, acc);
                        }
                        {
                            let kl = kk + 6u;
                            let xa_b = (ox_scratch[((i / 4u) * 2u + (i % 2u)) * 32u + kl] >> (((i / 2u) % 2u) * 16u)) & 0xffffu;
                            let xa_m = xa_b & 0x7fffu;
                            let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                            let xb_b = (ox_scratch[512u + ((kl / 8u) * 4u + (kl % 4u)) * 16u + j] >> (((kl / 4u) % 2u) * 16u)) & 0xffffu;
                            let xb_m = xb_b & 0x7fffu;
                            let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                            acc = fma(xa, xb, acc);
                        }
                        {
                            let kl = kk + 7u;
                            let xa_b = (ox_scratch[((i / 4u) * 2u + (i % 2u)) * 32u + kl] >> (((i / 2u) % 2u) * 16u)) & 0xffffu;
                            let xa_m = xa_b & 0x7fffu;
                            let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                            let xb_b = (ox_scratch[512u + ((kl / 8u) * 4u + (kl % 4u)) * 16u + j] >> (((kl / 4u) % 2u) * 16u)) & 0xffffu;
                            let xb_m = xb_b & 0x7fffu;
                            let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                            acc = fma(xa, xb, acc);
                        }
                    }
                    v106[c] = acc;
                }
            }
            var v107: array<f32, 8>;
            for (var c = 0u; c < 8u; c = c + 1u) { v107[c] = v42; }
            let v109: f32 = bitcast<f32>(0xff800000u);
            var v110: array<f32, 8>;
            for (var c = 0u; c < 8u; c = c + 1u) { v110[c] = v109; }
            var v111: array<f32, 8>;
            for (var c = 0u; c < 8u; c = c + 1u) {
                let w108: f32 = (v106[c] * v107[c]);
                v111[c] = select(v110[c], w108, (((v52 + i32((((tid + c * 64u) % 16u)))) < v4) && (((v12 + i32((((tid + c * 64u) / 16u)))) >= (v52 + i32((((tid + c * 64u) % 16u))))) || v98)));
            }
            var v112 = x0;
            workgroupBarrier();
            for (var c = 0u; c < 8u; c = c + 1u) {
                let e = tid + c * 64u;
                if (e < 512u) { ox_scratch[e] = bitcast<u32>(v111[c]); }
            }
            workgroupBarrier();
            if (tid < 64u) {
                let q = tid % 2u;
                let base = (tid / 2u) * 16u + ((tid / 2u) % 1u);
                var k = q;
                let x0 = bitcast<f32>(ox_scratch[base + k * 1u]);
                var acc: f32 = x0;
                for (k = k + 2u; k < 16u; k = k + 2u) { let x = bitcast<f32>(ox_scratch[base + k * 1u]); let acc_o = x; acc = ox_fmax(acc, acc_o); }
                ox_scratch[512u + tid * 1u + 0u] = bitcast<u32>(acc);
            }
            workgroupBarrier();
            var v113: array<f32, 1>;
            { let c = 0u;
                let e = tid + c * 64u;
                if (e < 32u) {
                    let first = 512u + e * 2;
                    var acc: f32 = bitcast<f32>(ox_scratch[first + 0u]);
                    for (var j = 1u; j < 2u; j = j + 1u) {
                        let acc_o = bitcast<f32>(ox_scratch[first + j * 1u + 0u]);
                        acc = ox_fmax(acc, acc_o);
                    }
                    v113[c] = acc;
                }
            }
            var v114: array<f32, 1>;
            { let c = 0u; v114[c] = ox_fmax(v112[c], v113[c]); }
            workgroupBarrier();
            { let c = 0u;
                let e = tid + c * 64u;
                if (e < 32u) { ox_scratch[e] = bitcast<u32>(v114[c]); }
            }
            workgroupBarrier();
            var v116: array<f32, 8>;
            for (var c = 0u; c < 8u; c = c + 1u) {
                let e = tid + c * 64u;
                if (e < 512u) {
                    v116[c] = bitcast<f32>(ox_scratch[(e / 16u)]);
                }
            }
            var v118: array<f32, 8>;
            for (var c = 0u; c < 8u; c = c + 1u) {
                let w117: f32 = (v111[c] - v116[c]);
                v118[c] = exp2(w117);
            }
            var v119 = x0;
            var v121: array<f32, 1>;
            { let c = 0u;
                let w120: f32 = (v119[c] - v114[c]);
                v121[c] = exp2(w120);
            }
            var v122 = x1;
            workgroupBarrier();
            for (var c = 0u; c < 8u; c = c + 1u) {
                let e = tid + c * 64u;
                if (e < 512u) { ox_scratch[e] = bitcast<u32>(v118[c]); }
            }
            workgroupBarrier();
            var v124: array<f32, 1>;
            { let c = 0u;
                let e = tid + c * 64u;
                if (e < 32u) {
                    let base = e * 16u + (e % 1u);
                    var k = 0u;
                    let x0 = bitcast<f32>(ox_scratch[base + k * 1u]);
                    var acc: f32 = x0;
                    for (k = k + 1u; k < 16u; k = k + 1u) { let x = bitcast<f32>(ox_scratch[base + k * 1u]); let acc_o = x; acc = (acc + acc_o); }
                    v124[c] = acc;
                }
            }
            var v125: array<f32, 1>;
            { let c = 0u;
                let w123: f32 = (v122[c] * v121[c]);
                v125[c] = (w123 + v124[c]);
            }
            x1 = v125;
            var v126 = x2;
            workgroupBarrier();
            { let c = 0u;
                let e = tid + c * 64u;
                if (e < 32u) { ox_scratch[e] = bitcast<u32>(v121[c]); }
            }
            workgroupBarrier();
            var v128: array<f32, 16>;
            for (var c = 0u; c < 16u; c = c + 1u) {
                let e = tid + c * 64u;
                if (e < 1024u) {
                    v128[c] = bitcast<f32>(ox_scratch[(e / 32u)]);
                }
            }
            var v130: array<f32, 8>;
            for (var c = 0u; c < 8u; c = c + 1u) { v130[c] = ox_decode(ox_encode(v118[c], 5u, 10u, false), 5u, 10u, false); }
            let v131: f32 = 0.0f;
            var v132: array<f32, 16>;
            for (var c = 0u; c < 16u; c = c + 1u) { v132[c] = v131; }
            var v133: array<f32, 16>;
            workgroupBarrier();
            for (var c = 0u; c < 8u; c = c + 1u) {
                let e = tid + c * 64u;
                let rr = (e / 16u);
                let cc = (e % 16u);
                if (((rr / 4u) % 2u) == 0u) { ox_scratch[((rr / 8u) * 4u + (rr % 4u)) * 16u + cc] = (ox_encode(v130[c], 5u, 10u, false) & 0xffffu) | ((ox_encode(v130[c + 1u], 5u, 10u, false) & 0xffffu) << 16u); }
            }
            for (var c = 0u; c < 8u; c = c + 1u) {
                let e = tid + c * 64u;
                let rr = (e / 32u);
                let cc = (e % 32u);
                if (((rr / 2u) % 2u) == 0u) { ox_scratch[256u + ((rr / 4u) * 2u + (rr % 2u)) * 32u + cc] = (ox_encode(v88[c], 5u, 10u, false) & 0xffffu) | ((ox_encode(v88[c + 1u], 5u, 10u, false) & 0xffffu) << 16u); }
            }
            workgroupBarrier();
            for (var c = 0u; c < 16u; c = c + 1u) {
                let e = tid + c * 64u;
                if (e < 1024u) {
                    let i = (e / 32u);
                    let j = (e % 32u);
                    var acc: f32 = v132[c];
                    for (var kk = 0u; kk < 16u; kk = kk + 8u) {
                        {
                            let kl = kk;
                            let xa_b = (ox_scratch[((i / 8u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 2u) * 16u)) & 0xffffu;
                            let xa_m = xa_b & 0x7fffu;
                            let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                            let xb_b = (ox_scratch[256u + ((kl / 4u) * 2u + (kl % 2u)) * 32u + j] >> (((kl / 2u) % 2u) * 16u)) & 0xffffu;
                            let xb_m = xb_b & 0x7fffu;
                            let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                            acc = fma(xa, xb, acc);
                        }
                        {
                            let kl = kk + 1u;
                            let xa_b = (ox_scratch[((i / 8u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 2u) * 16u)) & 0xffffu;
                            let xa_m = xa_b & 0x7fffu;
                            let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                            let xb_b = (ox_scratch[256u + ((kl / 4u) * 2u + (kl % 2u)) * 32u + j] >> (((kl / 2u) % 2u) * 16u)) & 0xffffu;
                            let xb_m = xb_b & 0x7fffu;
                            let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                            acc = fma(xa, xb, acc);
                        }
                        {
                            let kl = kk + 2u;
                            let xa_b = (ox_scratch[((i / 8u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 2u) * 16u)) & 0xffffu;
                            let xa_m = xa_b & 0x7fffu;
                            let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                            let xb_b = (ox_scratch[256u + ((kl / 4u) * 2u + (kl % 2u)) * 32u + j] >> (((kl / 2u) % 2u) * 16u)) & 0xffffu;
                            let xb_m = xb_b & 0x7fffu;
                            let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                            acc = fma(xa, xb, acc);
                        }
                        {
                            let kl = kk + 3u;
                            let xa_b = (ox_scratch[((i / 8u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 2u) * 16u)) & 0xffffu;
                            let xa_m = xa_b & 0x7fffu;
                            let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                            let xb_b = (ox_scratch[256u + ((kl / 4u) * 2u + (kl % 2u)) * 32u + j] >> (((kl / 2u) % 2u) * 16u)) & 0xffffu;
                            let xb_m = xb_b & 0x7fffu;
                            let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                            acc = fma(xa, xb, acc);
                        }
                        {
                            let kl = kk + 4u;
                            let xa_b = (ox_scratch[((i / 8u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 2u) * 16u)) & 0xffffu;
                            let xa_m = xa_b & 0x7fffu;
                            let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                            let xb_b = (ox_scratch[256u + ((kl / 4u) * 2u + (kl % 2u)) * 32u + j] >> (((kl / 2u) % 2u) * 16u)) & 0xffffu;
                            let xb_m = xb_b & 0x7fffu;
                            let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                            acc = fma(xa, xb, acc);
                        }
                        {
                            let kl = kk + 5u;
                            let xa_b = (ox_scratch[((i / 8u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 2u) * 16u)) & 0xffffu;
                            let xa_m = xa_b & 0x7fffu;
                            let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                            let xb_b = (ox_scratch[256u + ((kl / 4u) * 2u + (kl % 2u)) * 32u + j] >> (((kl / 2u) % 2u) * 16u)) & 0xffffu;
                            let xb_m = xb_b & 0x7fffu;
                            let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                            acc = fma(xa, xb, acc);
                        }
                        {
                            let kl = kk + 6u;
                            let xa_b = (ox_scratch[((i / 8u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 2u) * 16u)) & 0xffffu;
                            let xa_m = xa_b & 0x7fffu;
                            let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                            let xb_b = (ox_scratch[256u + ((kl / 4u) * 2u + (kl % 2u)) * 32u + j] >> (((kl / 2u) % 2u) * 16u)) & 0xffffu;
                            let xb_m = xb_b & 0x7fffu;
                            let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                            acc = fma(xa, xb, acc);
                        }
                        {
                            let kl = kk + 7u;
                            let xa_b = (ox_scratch[((i / 8u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 2u) * 16u)) & 0xffffu;
                            let xa_m = xa_b & 0x7fffu;
                            let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                            let xb_b = (ox_scratch[256u + ((kl / 4u) * 2u + (kl % 2u)) * 32u + j] >> (((kl / 2u) % 2u) * 16u)) & 0xffffu;
                            let xb_m = xb_b & 0x7fffu;
                            let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                            acc = fma(xa, xb, acc);
                        }
                    }
                    v133[c] = acc;
                }
            }
            var v134: array<f32, 16>;
            for (var c = 0u; c < 16u; c = c + 1u) {
                let w129: f32 = (v126[c] * v128[c]);
                v134[c] = (w129 + v133[c]);
            }
            x2 = v134;
            x0 = v114;
            workgroupBarrier();
            continuing {
                let left = bitcast<u32>(u1) - bitcast<u32>(i2);
                i2 = i2 + v51;
                break if left <= bitcast<u32>(v51);
            }
        }
    }
    let v135: i32 = (v3 + v10);
    let v137: i32 = 32i;
    var v140: array<i32, 1>;
    { let c = 0u; v140[c] = v135; }
    var v141: array<i32, 1>;
    { let c = 0u; v141[c] = (v140[c] + ((v12 + i32((tid + c * 64u))) * v137)); }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 32u) { ox_scratch[e] = bitcast<u32>(v141[c]); }
    }
    workgroupBarrier();
    var v143: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 1024u) {
            v143[c] = bitcast<i32>(ox_scratch[(e / 32u)]);
        }
    }
    var v145: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v145[c] = (v143[c] + i32((((tid + c * 64u) % 32u)))); }
    var v146 = x2;
    var v147 = x1;
    workgroupBarrier();
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 32u) { ox_scratch[e] = bitcast<u32>(v147[c]); }
    }
    workgroupBarrier();
    var v149: array<f32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 1024u) {
            v149[c] = bitcast<f32>(ox_scratch[(e / 32u)]);
        }
    }
    var v150: array<f32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v150[c] = (v146[c] / v149[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 16u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 1024u && ((v12 + i32((((tid + c * 64u) / 32u)))) < v4) && (v145[c] < 0i || u32(v145[c]) >= params[3])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 3u, bitcast<u32>(v145[lane / 64u]), bitcast<u32>(v145[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 16u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 1024u && ((v12 + i32((((tid + c * 64u) / 32u)))) < v4)) { let o = u32(v145[c]); b3[o >> 2u][o & 3u] = v150[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
