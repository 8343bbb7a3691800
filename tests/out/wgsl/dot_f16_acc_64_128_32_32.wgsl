// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2)
// params words: 3
// site 1: tests/lang_tiles.rs:2073:5
// site 2: tests/lang_tiles.rs:2074:17
// site 3: tests/lang_tiles.rs:2075:17
// site 4: tests/lang_tiles.rs:2078:5

// oxtile kernel `f16_accumulation`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<f32>>; // `a`: *f32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<f32>>; // `b`: *f32
@group(0) @binding(4) var<storage, read_write> b2: array<vec4<f32>>; // `out`: *f32

var<workgroup> ox_scratch: array<u32, 1536>;
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
    var ox_fail = false;
    var ox_stop = false;
    let v0 = 0i;
    let v1 = 0i;
    let v2 = 0i;
    var x0: array<f32, 32>;
    let v8: f32 = 0.0f;
    var v9: array<f32, 32>;
    for (var c = 0u; c < 32u; c = c + 1u) { v9[c] = v8; }
    x0 = v9;
    let v10: i32 = 0i;
    let v11: i32 = 128i;
    let v12: i32 = 32i;
    {
        if (v12 <= 0i) { if (tid == 0u) { ox_record(3u, 0u, bitcast<u32>(v12), select(0u, 0xffffffffu, v12 < 0i), 0u, 1u, wid); } return; }
        var i1 = v10;
        loop {
            if (!(i1 < v11)) { break; }
            let v13 = i1;
            let v14: i32 = 128i;
            var v17: array<i32, 1>;
            { let c = 0u; v17[c] = v0; }
            var v18: array<i32, 1>;
            { let c = 0u; v18[c] = (v17[c] + (i32((tid + c * 64u)) * v14)); }
            { let c = 0u;
                let e = tid + c * 64u;
                if (e < 64u) { ox_scratch[e] = bitcast<u32>(v18[c]); }
            }
            workgroupBarrier();
            var v22: array<i32, 32>;
            for (var c = 0u; c < 32u; c = c + 1u) {
                let e = tid + c * 64u;
                if (e < 2048u) {
                    v22[c] = bitcast<i32>(ox_scratch[(e / 32u)]);
                }
            }
            var v24: array<i32, 32>;
            for (var c = 0u; c < 32u; c = c + 1u) { v24[c] = (v22[c] + (v13 + i32((((tid + c * 64u) % 32u))))); }
            var v25: array<f32, 32>;
            for (var c = 0u; c < 32u; c = c + 1u) {
                let e = tid + c * 64u;
                if (e < 2048u) {
                    if (true && v24[c] >= 0i && u32(v24[c]) < params[0]) { let o = u32(v24[c]); v25[c] = b0[o >> 2u][o & 3u]; } else { v25[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v24[c]), bitcast<u32>(v24[c] >> 31u), 0u, 2u, wid); } }
                }
            }
            var v26: array<f32, 32>;
            for (var c = 0u; c < 32u; c = c + 1u) { v26[c] = ox_decode(ox_encode(v25[c], 5u, 10u, false), 5u, 10u, false); }
            let v30: i32 = 32i;
            var v33: array<i32, 1>;
            { let c = 0u; v33[c] = v1; }
            var v34: array<i32, 1>;
            { let c = 0u; v34[c] = (v33[c] + ((v13 + i32((tid + c * 64u))) * v30)); }
            workgroupBarrier();
            { let c = 0u;
                let e = tid + c * 64u;
                if (e < 32u) { ox_scratch[e] = bitcast<u32>(v34[c]); }
            }
            workgroupBarrier();
            var v35: array<i32, 16>;
            for (var c = 0u; c < 16u; c = c + 1u) {
                let e = tid + c * 64u;
                if (e < 1024u) {
                    v35[c] = bitcast<i32>(ox_scratch[(e / 32u)]);
                }
            }
            var v37: array<i32, 16>;
            for (var c = 0u; c < 16u; c = c + 1u) { v37[c] = (v35[c] + i32((((tid + c * 64u) % 32u)))); }
            var v38: array<f32, 16>;
            for (var c = 0u; c < 16u; c = c + 1u) {
                let e = tid + c * 64u;
                if (e < 1024u) {
                    if (true && v37[c] >= 0i && u32(v37[c]) < params[1]) { let o = u32(v37[c]); v38[c] = b1[o >> 2u][o & 3u]; } else { v38[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v37[c]), bitcast<u32>(v37[c] >> 31u), 0u, 3u, wid); } }
                }
            }
            var v39: array<f32, 16>;
            for (var c = 0u; c < 16u; c = c + 1u) { v39[c] = ox_decode(ox_encode(v38[c], 5u, 10u, false), 5u, 10u, false); }
            var v40 = x0;
            var v41: array<f32, 32>;
            workgroupBarrier();
            for (var c = 0u; c < 32u; c = c + 1u) {
                let e = tid + c * 64u;
                let rr = (e / 32u);
                let cc = (e % 32u);
                if (((rr / 2u) % 2u) == 0u) { ox_scratch[((rr / 4u) * 2u + (rr % 2u)) * 32u + cc] = (ox_encode(v26[c], 5u, 10u, false) & 0xffffu) | ((ox_encode(v26[c + 1u], 5u, 10u, false) & 0xffffu) << 16u); }
            }
            for (var c = 0u; c < 16u; c = c + 1u) {
                let e = tid + c * 64u;
                let rr = (e / 32u);
                let cc = (e % 32u);
                if (((rr / 2u) % 2u) == 0u) { ox_scratch[1024u + ((rr / 4u) * 2u + (rr % 2u)) * 32u + cc] = (ox_encode(v39[c], 5u, 10u, false) & 0xffffu) | ((ox_encode(v39[c + 1u], 5u, 10u, false) & 0xffffu) << 16u); }
            }
            workgroupBarrier();
            for (var c = 0u; c < 32u; c = c + 1u) {
                let e = tid + c * 64u;
                if (e < 2048u) {
                    let i = (e / 32u);
                    let j = (e % 32u);
                    var acc: f32 = v40[c];
                    for (var kk = 0u; kk < 32u; kk = kk + 8u) {
                        {
                            let kl = kk;
                            let xa_b = (ox_scratch[((i / 4u) * 2u + (i % 2u)) * 32u + kl] >> (((i / 2u) % 2u) * 16u)) & 0xffffu;
                            let xa_m = xa_b & 0x7fffu;
                            let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                            let xb_b = (ox_scratch[1024u + ((kl / 4u) * 2u + (kl % 2u)) * 32u + j] >> (((kl / 2u) % 2u) * 16u)) & 0xffffu;
                            let xb_m = xb_b & 0x7fffu;
                            let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                            acc = ox_decode(ox_encode(fma(xa, xb, acc), 5u, 10u, false), 5u, 10u, false);
                        }
                        {
                            let kl = kk + 1u;
                            let xa_b = (ox_scratch[((i / 4u) * 2u + (i % 2u)) * 32u + kl] >> (((i / 2u) % 2u) * 16u)) & 0xffffu;
                            let xa_m = xa_b & 0x7fffu;
                            let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                            let xb_b = (ox_scratch[1024u + ((kl / 4u) * 2u + (kl % 2u)) * 32u + j] >> (((kl / 2u) % 2u) * 16u)) & 0xffffu;
                            let xb_m = xb_b & 0x7fffu;
                            let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                            acc = ox_decode(ox_encode(fma(xa, xb, acc), 5u, 10u, false), 5u, 10u, false);
                        }
                        {
                            let kl = kk + 2u;
                            let xa_b = (ox_scratch[((i / 4u) * 2u + (i % 2u)) * 32u + kl] >> (((i / 2u) % 2u) * 16u)) & 0xffffu;
                            let xa_m = xa_b & 0x7fffu;
                            let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                            let xb_b = (ox_scratch[1024u + ((kl / 4u) * 2u + (kl % 2u)) * 32u + j] >> (((kl / 2u) % 2u) * 16u)) & 0xffffu;
                            let xb_m = xb_b & 0x7fffu;
                            let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                            acc = ox_decode(ox_encode(fma(xa, xb, acc), 5u, 10u, false), 5u, 10u, false);
                        }
                        {
                            let kl = kk + 3u;
                            let xa_b = (ox_scratch[((i / 4u) * 2u + (i % 2u)) * 32u + kl] >> (((i / 2u) % 2u) * 16u)) & 0xffffu;
                            let xa_m = xa_b & 0x7fffu;
                            let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                            let xb_b = (ox_scratch[1024u + ((kl / 4u) * 2u + (kl % 2u)) * 32u + j] >> (((kl / 2u) % 2u) * 16u)) & 0xffffu;
                            let xb_m = xb_b & 0x7fffu;
                            let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                            acc = ox_decode(ox_encode(fma(xa, xb, acc), 5u, 10u, false), 5u, 10u, false);
                        }
                        {
                            let kl = kk + 4u;
                            let xa_b = (ox_scratch[((i / 4u) * 2u + (i % 2u)) * 32u + kl] >> (((i / 2u) % 2u) * 16u)) & 0xffffu;
                            let xa_m = xa_b & 0x7fffu;
                            let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                            let xb_b = (ox_scratch[1024u + ((kl / 4u) * 2u + (kl % 2u)) * 32u + j] >> (((kl / 2u) % 2u) * 16u)) & 0xffffu;
                            let xb_m = xb_b & 0x7fffu;
                            let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                            acc = ox_decode(ox_encode(fma(xa, xb, acc), 5u, 10u, false), 5u, 10u, false);
                        }
                        {
                            let kl = kk + 5u;
                            let xa_b = (ox_scratch[((i / 4u) * 2u + (i % 2u)) * 32u + kl] >> (((i / 2u) % 2u) * 16u)) & 0xffffu;
                            let xa_m = xa_b & 0x7fffu;
                            let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                            let xb_b = (ox_scratch[1024u + ((kl / 4u) * 2u + (kl % 2u)) * 32u + j] >> (((kl / 2u) % 2u) * 16u)) & 0xffffu;
                            let xb_m = xb_b & 0x7fffu;
                            let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                            acc = ox_decode(ox_encode(fma(xa, xb, acc), 5u, 10u, false), 5u, 10u, false);
                        }
                        {
                            let kl = kk + 6u;
                            let xa_b = (ox_scratch[((i / 4u) * 2u + (i % 2u)) * 32u + kl] >> (((i / 2u) % 2u) * 16u)) & 0xffffu;
                            let xa_m = xa_b & 0x7fffu;
                            let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                            let xb_b = (ox_scratch[1024u + ((kl / 4u) * 2u + (kl % 2u)) * 32u + j] >> (((kl / 2u) % 2u) * 16u)) & 0xffffu;
                            let xb_m = xb_b & 0x7fffu;
                            let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                            acc = ox_decode(ox_encode(fma(xa, xb, acc), 5u, 10u, false), 5u, 10u, false);
                        }
                        {
                            let kl = kk + 7u;
                            let xa_b = (ox_scratch[((i / 4u) * 2u + (i % 2u)) * 32u + kl] >> (((i / 2u) % 2u) * 16u)) & 0xffffu;
                            let xa_m = xa_b & 0x7fffu;
                            let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                            let xb_b = (ox_scratch[1024u + ((kl / 4u) * 2u + (kl % 2u)) * 32u + j] >> (((kl / 2u) % 2u) * 16u)) & 0xffffu;
                            let xb_m = xb_b & 0x7fffu;
                            let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                            acc = ox_decode(ox_encode(fma(xa, xb, acc), 5u, 10u, false), 5u, 10u, false);
                        }
                    }
                    v41[c] = acc;
                }
            }
            x0 = v41;
            workgroupBarrier();
            continuing {
                let left = bitcast<u32>(v11) - bitcast<u32>(i1);
                i1 = i1 + v12;
                break if left <= bitcast<u32>(v12);
            }
        }
    }
    let v42: i32 = 32i;
    var v45: array<i32, 1>;
    { let c = 0u; v45[c] = v2; }
    var v46: array<i32, 1>;
    { let c = 0u; v46[c] = (v45[c] + (i32((tid + c * 64u)) * v42)); }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) { ox_scratch[e] = bitcast<u32>(v46[c]); }
    }
    workgroupBarrier();
    var v47: array<i32, 32>;
    for (var c = 0u; c < 32u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 2048u) {
            v47[c] = bitcast<i32>(ox_scratch[(e / 32u)]);
        }
    }
    var v49: array<i32, 32>;
    for (var c = 0u; c < 32u; c = c + 1u) { v49[c] = (v47[c] + i32((((tid + c * 64u) % 32u)))); }
    var v50 = x0;
    var v51: array<f32, 32>;
    for (var c = 0u; c < 32u; c = c + 1u) { v51[c] = v50[c]; }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 32u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 2048u && (v49[c] < 0i || u32(v49[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v49[lane / 64u]), bitcast<u32>(v49[lane / 64u] >> 31u), 1u, 4u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 32u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 2048u && true) { let o = u32(v49[c]); b2[o >> 2u][o & 3u] = v51[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
