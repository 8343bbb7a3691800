// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2) buffer(binding 5, length word 3) buffer(binding 6, length word 4) buffer(binding 7, length word 5) buffer(binding 8, length word 6)
// params words: 7
// site 1: tests/lang_tiles.rs:1964:24
// site 2: tests/lang_tiles.rs:1964:40
// site 3: tests/lang_tiles.rs:1964:56
// site 4: tests/lang_tiles.rs:1965:5
// site 5: tests/lang_tiles.rs:1967:5
// site 6: tests/lang_tiles.rs:1968:5
// site 7: tests/lang_tiles.rs:1969:19
// site 8: tests/lang_tiles.rs:1969:42
// site 9: tests/lang_tiles.rs:1970:5

// oxtile kernel `batched_dots`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<f32>>; // `a`: *f32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<f32>>; // `b`: *f32
@group(0) @binding(4) var<storage, read_write> b2: array<vec4<f32>>; // `c`: *f32
@group(0) @binding(5) var<storage, read_write> b3: array<vec4<i32>>; // `ia`: *i32
@group(0) @binding(6) var<storage, read_write> b4: array<vec4<i32>>; // `ib`: *i32
@group(0) @binding(7) var<storage, read_write> b5: array<vec4<f32>>; // `out`: *f32
@group(0) @binding(8) var<storage, read_write> b6: array<vec4<i32>>; // `iout`: *i32

var<workgroup> ox_scratch: array<u32, 1280>;
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
    var ox_fail = false;
    var ox_stop = false;
    let v0 = 0i;
    let v1 = 0i;
    let v2 = 0i;
    let v3 = 0i;
    let v4 = 0i;
    let v5 = 0i;
    let v6 = 0i;
    let v17: i32 = 32i;
    let v18: i32 = 16i;
    let v19: i32 = (v17 * v18);
    let v22: i32 = 16i;
    let v33: i32 = 16i;
    let v34: i32 = 8i;
    let v35: i32 = (v33 * v34);
    let v40: i32 = 8i;
    let v49: i32 = 32i;
    let v50: i32 = 8i;
    let v51: i32 = (v49 * v50);
    let v54: i32 = 8i;
    var v63: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v63[c] = v0; }
    var v64: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v64[c] = (v63[c] + (((i32((((((tid + c * 64u) / 512u) * 32u + (((tid + c * 64u) / 16u) % 32u)) / 32u))) * v19) + (i32((((((tid + c * 64u) / 512u) * 32u + (((tid + c * 64u) / 16u) % 32u)) % 32u))) * v22)) + i32((((tid + c * 64u) % 16u))))); }
    var v65: array<f32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 1024u) {
            if (true && v64[c] >= 0i && u32(v64[c]) < params[0]) { let o = u32(v64[c]); v65[c] = b0[o >> 2u][o & 3u]; } else { v65[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v64[c]), bitcast<u32>(v64[c] >> 31u), 0u, 1u, wid); } }
        }
    }
    var v66: array<i32, 4>;
    { let c = 0u; v66[c] = v1; } { let c = 1u; v66[c] = v1; } { let c = 2u; v66[c] = v1; } { let c = 3u; v66[c] = v1; }
    var v67: array<i32, 4>;
    { let c = 0u; v67[c] = (v66[c] + (((i32((((((tid + c * 64u) / 128u) * 16u + (((tid + c * 64u) / 8u) % 16u)) / 16u))) * v35) + (i32((((((tid + c * 64u) / 128u) * 16u + (((tid + c * 64u) / 8u) % 16u)) % 16u))) * v40)) + i32((((tid + c * 64u) % 8u))))); } { let c = 1u; v67[c] = (v66[c] + (((i32((((((tid + c * 64u) / 128u) * 16u + (((tid + c * 64u) / 8u) % 16u)) / 16u))) * v35) + (i32((((((tid + c * 64u) / 128u) * 16u + (((tid + c * 64u) / 8u) % 16u)) % 16u))) * v40)) + i32((((tid + c * 64u) % 8u))))); } { let c = 2u; v67[c] = (v66[c] + (((i32((((((tid + c * 64u) / 128u) * 16u + (((tid + c * 64u) / 8u) % 16u)) / 16u))) * v35) + (i32((((((tid + c * 64u) / 128u) * 16u + (((tid + c * 64u) / 8u) % 16u)) % 16u))) * v40)) + i32((((tid + c * 64u) % 8u))))); } { let c = 3u; v67[c] = (v66[c] + (((i32((((((tid + c * 64u) / 128u) * 16u + (((tid + c * 64u) / 8u) % 16u)) / 16u))) * v35) + (i32((((((tid + c * 64u) / 128u) * 16u + (((tid + c * 64u) / 8u) % 16u)) % 16u))) * v40)) + i32((((tid + c * 64u) % 8u))))); }
    var v68: array<f32, 4>;
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 256u) {
            if (true && v67[c] >= 0i && u32(v67[c]) < params[1]) { let o = u32(v67[c]); v68[c] = b1[o >> 2u][o & 3u]; } else { v68[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v67[c]), bitcast<u32>(v67[c] >> 31u), 0u, 2u, wid); } }
        }
    }
    var v69: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v69[c] = v2; }
    var v70: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v70[c] = (v69[c] + (((i32((((((tid + c * 64u) / 256u) * 32u + (((tid + c * 64u) / 8u) % 32u)) / 32u))) * v51) + (i32((((((tid + c * 64u) / 256u) * 32u + (((tid + c * 64u) / 8u) % 32u)) % 32u))) * v54)) + i32((((tid + c * 64u) % 8u))))); }
    var v71: array<f32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 512u) {
            if (true && v70[c] >= 0i && u32(v70[c]) < params[2]) { let o = u32(v70[c]); v71[c] = b2[o >> 2u][o & 3u]; } else { v71[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 2u, bitcast<u32>(v70[c]), bitcast<u32>(v70[c] >> 31u), 0u, 3u, wid); } }
        }
    }
    var v72: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v72[c] = v5; }
    var v73: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v73[c] = (v72[c] + (((i32((((((tid + c * 64u) / 256u) * 32u + (((tid + c * 64u) / 8u) % 32u)) / 32u))) * v51) + (i32((((((tid + c * 64u) / 256u) * 32u + (((tid + c * 64u) / 8u) % 32u)) % 32u))) * v54)) + i32((((tid + c * 64u) % 8u))))); }
    var v74: array<f32, 8>;
    for (var c = 0u; c < 16u; c = c + 1u) {
        let e = tid + c * 64u;
        let rr = (e / 16u);
        let cc = (e % 16u);
        ox_scratch[rr * 16u + cc] = bitcast<u32>(v65[c]);
    }
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        let rr = (e / 8u);
        let cc = (e % 8u);
        ox_scratch[1024u + rr * 8u + cc] = bitcast<u32>(v68[c]);
    }
    workgroupBarrier();
    for (var c = 0u; c < 8u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 512u) {
            let i = (e / 8u);
            let j = (e % 8u);
            let bk = (i / 32u) * 16u;
            var acc: f32 = v71[c];
            for (var kk = 0u; kk < 16u; kk = kk + 8u) {
                {
                    let kl = kk;
                    acc = fma(bitcast<f32>(ox_scratch[i * 16u + kl]), bitcast<f32>(ox_scratch[1024u + (bk + kl) * 8u + j]), acc);
                }
                {
                    let kl = kk + 1u;
                    acc = fma(bitcast<f32>(ox_scratch[i * 16u + kl]), bitcast<f32>(ox_scratch[1024u + (bk + kl) * 8u + j]), acc);
                }
                {
                    let kl = kk + 2u;
                    acc = fma(bitcast<f32>(ox_scratch[i * 16u + kl]), bitcast<f32>(ox_scratch[1024u + (bk + kl) * 8u + j]), acc);
                }
                {
                    let kl = kk + 3u;
                    acc = fma(bitcast<f32>(ox_scratch[i * 16u + kl]), bitcast<f32>(ox_scratch[1024u + (bk + kl) * 8u + j]), acc);
                }
                {
                    let kl = kk + 4u;
                    acc = fma(bitcast<f32>(ox_scratch[i * 16u + kl]), bitcast<f32>(ox_scratch[1024u + (bk + kl) * 8u + j]), acc);
                }
                {
                    let kl = kk + 5u;
                    acc = fma(bitcast<f32>(ox_scratch[i * 16u + kl]), bitcast<f32>(ox_scratch[1024u + (bk + kl) * 8u + j]), acc);
                }
                {
                    let kl = kk + 6u;
                    acc = fma(bitcast<f32>(ox_scratch[i * 16u + kl]), bitcast<f32>(ox_scratch[1024u + (bk + kl) * 8u + j]), acc);
                }
                {
                    let kl = kk + 7u;
                    acc = fma(bitcast<f32>(ox_scratch[i * 16u + kl]), bitcast<f32>(ox_scratch[1024u + (bk + kl) * 8u + j]), acc);
                }
            }
            v74[c] = acc;
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 8u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 512u && (v73[c] < 0i || u32(v73[c]) >= params[5])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 5u, bitcast<u32>(v73[lane / 64u]), bitcast<u32>(v73[lane / 64u] >> 31u), 1u, 4u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 8u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 512u && true) { let o = u32(v73[c]); b5[o >> 2u][o & 3u] = v74[c]; }
        }
    }
    var v75: array<f32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v75[c] = ox_decode(ox_encode(v65[c], 5u, 10u, false), 5u, 10u, false); }
    var v76: array<f32, 4>;
    { let c = 0u; v76[c] = ox_decode(ox_encode(v68[c], 5u, 10u, false), 5u, 10u, false); } { let c = 1u; v76[c] = ox_decode(ox_encode(v68[c], 5u, 10u, false), 5u, 10u, false); } { let c = 2u; v76[c] = ox_decode(ox_encode(v68[c], 5u, 10u, false), 5u, 10u, false); } { let c = 3u; v76[c] = ox_decode(ox_encode(v68[c], 5u, 10u, false), 5u, 10u, false); }
    let v77: i32 = 2i;
    let v78: i32 = 32i;
    let v79: i32 = (v77 * v78);
    let v80: i32 = 8i;
    let v81: i32 = (v79 * v80);
    let v82: i32 = (v5 + v81);
    var v83: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v83[c] = v82; }
    var v84: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v84[c] = (v83[c] + (((i32((((((tid + c * 64u) / 256u) * 32u + (((tid + c * 64u) / 8u) % 32u)) / 32u))) * v51) + (i32((((((tid + c * 64u) / 256u) * 32u + (((tid + c * 64u) / 8u) % 32u)) % 32u))) * v54)) + i32((((tid + c * 64u) % 8u))))); }
    let v85: f32 = 0.0f;
    var v86: array<f32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v86[c] = v85; }
    var v87: array<f32, 8>;
    for (var c = 0u; c < 16u; c = c + 1u) {
        let e = tid + c * 64u;
        let rr = (e / 16u);
        let cc = (e % 16u);
        if (((rr / 4u) % 2u) == 0u) { ox_scratch[((rr / 8u) * 4u + (rr % 4u)) * 16u + cc] = (ox_encode(v75[c], 5u, 10u, false) & 0xffffu) | ((ox_encode(v75[c + 1u], 5u, 10u, false) & 0xffffu) << 16u); }
    }
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        let rr = (e / 8u);
        let cc = (e % 8u);
        if (((rr / 8u) % 2u) == 0u) { ox_scratch[512u + ((rr / 16u) * 8u + (rr % 8u)) * 8u + cc] = (ox_encode(v76[c], 5u, 10u, false) & 0xffffu) | ((ox_encode(v76[c + 1u], 5u, 10u, false) & 0xffffu) << 16u); }
    }
    workgroupBarrier();
    for (var c = 0u; c < 8u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 512u) {
            let i = (e / 8u);
            let j = (e % 8u);
            let bk = (i / 32u) * 16u;
            var acc: f32 = v86[c];
            for (var kk = 0u; kk < 16u; kk = kk + 8u) {
                {
                    let kl = kk;
                    let xa_b = (ox_scratch[((i / 8u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 2u) * 16u)) & 0xffffu;
                    let xa_m = xa_b & 0x7fffu;
                    let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                    let xb_b = (ox_scratch[512u + (((bk + kl) / 16u) * 8u + ((bk + kl) % 8u)) * 8u + j] >> ((((bk + kl) / 8u) % 2u) * 16u)) & 0xffffu;
                    let xb_m = xb_b & 0x7fffu;
                    let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                    acc = fma(xa, xb, acc);
                }
                {
                    let kl = kk + 1u;
                    let xa_b = (ox_scratch[((i / 8u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 2u) * 16u)) & 0xffffu;
                    let xa_m = xa_b & 0x7fffu;
                    let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                    let xb_b = (ox_scratch[512u + (((bk + kl) / 16u) * 8u + ((bk + kl) % 8u)) * 8u + j] >> ((((bk + kl) / 8u) % 2u) * 16u)) & 0xffffu;
                    let xb_m = xb_b & 0x7fffu;
                    let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                    acc = fma(xa, xb, acc);
                }
                {
                    let kl = kk + 2u;
                    let xa_b = (ox_scratch[((i / 8u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 2u) * 16u)) & 0xffffu;
                    let xa_m = xa_b & 0x7fffu;
                    let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                    let xb_b = (ox_scratch[512u + (((bk + kl) / 16u) * 8u + ((bk + kl) % 8u)) * 8u + j] >> ((((bk + kl) / 8u) % 2u) * 16u)) & 0xffffu;
                    let xb_m = xb_b & 0x7fffu;
                    let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                    acc = fma(xa, xb, acc);
                }
                {
                    let kl = kk + 3u;
                    let xa_b = (ox_scratch[((i / 8u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 2u) * 16u)) & 0xffffu;
                    let xa_m = xa_b & 0x7fffu;
                    let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                    let xb_b = (ox_scratch[512u + (((bk + kl) / 16u) * 8u + ((bk + kl) % 8u)) * 8u + j] >> ((((bk + kl) / 8u) % 2u) * 16u)) & 0xffffu;
                    let xb_m = xb_b & 0x7fffu;
                    let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                    acc = fma(xa, xb, acc);
                }
                {
                    let kl = kk + 4u;
                    let xa_b = (ox_scratch[((i / 8u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 2u) * 16u)) & 0xffffu;
                    let xa_m = xa_b & 0x7fffu;
                    let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                    let xb_b = (ox_scratch[512u + (((bk + kl) / 16u) * 8u + ((bk + kl) % 8u)) * 8u + j] >> ((((bk + kl) / 8u) % 2u) * 16u)) & 0xffffu;
                    let xb_m = xb_b & 0x7fffu;
                    let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                    acc = fma(xa, xb, acc);
                }
                {
                    let kl = kk + 5u;
                    let xa_b = (ox_scratch[((i / 8u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 2u) * 16u)) & 0xffffu;
                    let xa_m = xa_b & 0x7fffu;
                    let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                    let xb_b = (ox_scratch[512u + (((bk + kl) / 16u) * 8u + ((bk + kl) % 8u)) * 8u + j] >> ((((bk + kl) / 8u) % 2u) * 16u)) & 0xffffu;
                    let xb_m = xb_b & 0x7fffu;
                    let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                    acc = fma(xa, xb, acc);
                }
                {
                    let kl = kk + 6u;
                    let xa_b = (ox_scratch[((i / 8u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 2u) * 16u)) & 0xffffu;
                    let xa_m = xa_b & 0x7fffu;
                    let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                    let xb_b = (ox_scratch[512u + (((bk + kl) / 16u) * 8u + ((bk + kl) % 8u)) * 8u + j] >> ((((bk + kl) / 8u) % 2u) * 16u)) & 0xffffu;
                    let xb_m = xb_b & 0x7fffu;
                    let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                    acc = fma(xa, xb, acc);
                }
                {
                    let kl = kk + 7u;
                    let xa_b = (ox_scratch[((i / 8u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 2u) * 16u)) & 0xffffu;
                    let xa_m = xa_b & 0x7fffu;
                    let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                    let xb_b = (ox_scratch[512u + (((bk + kl) / 16u) * 8u + ((bk + kl) % 8u)) * 8u + j] >> ((((bk + kl) / 8u) % 2u) * 16u)) & 0xffffu;
                    let xb_m = xb_b & 0x7fffu;
                    let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                    acc = fma(xa, xb, acc);
                }
            }
            v87[c] = acc;
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 8u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 512u && (v84[c] < 0i || u32(v84[c]) >= params[5])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 5u, bitcast<u32>(v84[lane / 64u]), bitcast<u32>(v84[lane / 64u] >> 31u), 1u, 5u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 8u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 512u && true) { let o = u32(v84[c]); b5[o >> 2u][o & 3u] = v87[c]; }
        }
    }
    let v88: i32 = 2i;
    let v89: i32 = 2i;
    let v90: i32 = (v88 * v89);
    let v91: i32 = 32i;
    let v92: i32 = (v90 * v91);
    let v93: i32 = 8i;
    let v94: i32 = (v92 * v93);
    let v95: i32 = (v5 + v94);
    var v96: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v96[c] = v95; }
    var v97: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v97[c] = (v96[c] + (((i32((((((tid + c * 64u) / 256u) * 32u + (((tid + c * 64u) / 8u) % 32u)) / 32u))) * v51) + (i32((((((tid + c * 64u) / 256u) * 32u + (((tid + c * 64u) / 8u) % 32u)) % 32u))) * v54)) + i32((((tid + c * 64u) % 8u))))); }
    var v98: array<f32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v98[c] = ox_decode(ox_encode(v71[c], 5u, 10u, false), 5u, 10u, false); }
    var v99: array<f32, 8>;
    for (var c = 0u; c < 16u; c = c + 1u) {
        let e = tid + c * 64u;
        let rr = (e / 16u);
        let cc = (e % 16u);
        if (((rr / 4u) % 2u) == 0u) { ox_scratch[((rr / 8u) * 4u + (rr % 4u)) * 16u + cc] = (ox_encode(v75[c], 5u, 10u, false) & 0xffffu) | ((ox_encode(v75[c + 1u], 5u, 10u, false) & 0xffffu) << 16u); }
    }
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        let rr = (e / 8u);
        let cc = (e % 8u);
        if (((rr / 8u) % 2u) == 0u) { ox_scratch[512u + ((rr / 16u) * 8u + (rr % 8u)) * 8u + cc] = (ox_encode(v76[c], 5u, 10u, false) & 0xffffu) | ((ox_encode(v76[c + 1u], 5u, 10u, false) & 0xffffu) << 16u); }
    }
    workgroupBarrier();
    for (var c = 0u; c < 8u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 512u) {
            let i = (e / 8u);
            let j = (e % 8u);
            let bk = (i / 32u) * 16u;
            var acc: f32 = v98[c];
            for (var kk = 0u; kk < 16u; kk = kk + 8u) {
                {
                    let kl = kk;
                    let xa_b = (ox_scratch[((i / 8u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 2u) * 16u)) & 0xffffu;
                    let xa_m = xa_b & 0x7fffu;
                    let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                    let xb_b = (ox_scratch[512u + (((bk + kl) / 16u) * 8u + ((bk + kl) % 8u)) * 8u + j] >> ((((bk + kl) / 8u) % 2u) * 16u)) & 0xffffu;
                    let xb_m = xb_b & 0x7fffu;
                    let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                    acc = ox_decode(ox_encode(fma(xa, xb, acc), 5u, 10u, false), 5u, 10u, false);
                }
                {
                    let kl = kk + 1u;
                    let xa_b = (ox_scratch[((i / 8u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 2u) * 16u)) & 0xffffu;
                    let xa_m = xa_b & 0x7fffu;
                    let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                    let xb_b = (ox_scratch[512u + (((bk + kl) / 16u) * 8u + ((bk + kl) % 8u)) * 8u + j] >> ((((bk + kl) / 8u) % 2u) * 16u)) & 0xffffu;
                    let xb_m = xb_b & 0x7fffu;
                    let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                    acc = ox_decode(ox_encode(fma(xa, xb, acc), 5u, 10u, false), 5u, 10u, false);
                }
                {
                    let kl = kk + 2u;
                    let xa_b = (ox_scratch[((i / 8u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 2u) * 16u)) & 0xffffu;
                    let xa_m = xa_b & 0x7fffu;
                    let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                    let xb_b = (ox_scratch[512u + (((bk + kl) / 16u) * 8u + ((bk + kl) % 8u)) * 8u + j] >> ((((bk + kl) / 8u) % 2u) * 16u)) & 0xffffu;
                    let xb_m = xb_b & 0x7fffu;
                    let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                    acc = ox_decode(ox_encode(fma(xa, xb, acc), 5u, 10u, false), 5u, 10u, false);
                }
                {
                    let kl = kk + 3u;
                    let xa_b = (ox_scratch[((i / 8u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 2u) * 16u)) & 0xffffu;
                    let xa_m = xa_b & 0x7fffu;
                    let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                    let xb_b = (ox_scratch[512u + (((bk + kl) / 16u) * 8u + ((bk + kl) % 8u)) * 8u + j] >> ((((bk + kl) / 8u) % 2u) * 16u)) & 0xffffu;
                    let xb_m = xb_b & 0x7fffu;
                    let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                    acc = ox_decode(ox_encode(fma(xa, xb, acc), 5u, 10u, false), 5u, 10u, false);
                }
                {
                    let kl = kk + 4u;
                    let xa_b = (ox_scratch[((i / 8u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 2u) * 16u)) & 0xffffu;
                    let xa_m = xa_b & 0x7fffu;
                    let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                    let xb_b = (ox_scratch[512u + (((bk + kl) / 16u) * 8u + ((bk + kl) % 8u)) * 8u + j] >> ((((bk + kl) / 8u) % 2u) * 16u)) & 0xffffu;
                    let xb_m = xb_b & 0x7fffu;
                    let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                    acc = ox_decode(ox_encode(fma(xa, xb, acc), 5u, 10u, false), 5u, 10u, false);
                }
                {
                    let kl = kk + 5u;
                    let xa_b = (ox_scratch[((i / 8u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 2u) * 16u)) & 0xffffu;
                    let xa_m = xa_b & 0x7fffu;
                    let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                    let xb_b = (ox_scratch[512u + (((bk + kl) / 16u) * 8u + ((bk + kl) % 8u)) * 8u + j] >> ((((bk + kl) / 8u) % 2u) * 16u)) & 0xffffu;
                    let xb_m = xb_b & 0x7fffu;
                    let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                    acc = ox_decode(ox_encode(fma(xa, xb, acc), 5u, 10u, false), 5u, 10u, false);
                }
                {
                    let kl = kk + 6u;
                    let xa_b = (ox_scratch[((i / 8u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 2u) * 16u)) & 0xffffu;
                    let xa_m = xa_b & 0x7fffu;
                    let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                    let xb_b = (ox_scratch[512u + (((bk + kl) / 16u) * 8u + ((bk + kl) % 8u)) * 8u + j] >> ((((bk + kl) / 8u) % 2u) * 16u)) & 0xffffu;
                    let xb_m = xb_b & 0x7fffu;
                    let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                    acc = ox_decode(ox_encode(fma(xa, xb, acc), 5u, 10u, false), 5u, 10u, false);
                }
                {
                    let kl = kk + 7u;
                    let xa_b = (ox_scratch[((i / 8u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 2u) * 16u)) & 0xffffu;
                    let xa_m = xa_b & 0x7fffu;
                    let xa = bitcast<f32>(((xa_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xa_m) * 5.9604645e-8f), (xa_m << 13u) + 0x38000000u, xa_m >= 0x400u), 0x7f800000u | ((xa_m & 0x3ffu) << 13u), xa_m >= 0x7c00u));
                    let xb_b = (ox_scratch[512u + (((bk + kl) / 16u) * 8u + ((bk + kl) % 8u)) * 8u + j] >> ((((bk + kl) / 8u) % 2u) * 16u)) & 0xffffu;
                    let xb_m = xb_b & 0x7fffu;
                    let xb = bitcast<f32>(((xb_b >> 15u) << 31u) | select(select(bitcast<u32>(f32(xb_m) * 5.9604645e-8f), (xb_m << 13u) + 0x38000000u, xb_m >= 0x400u), 0x7f800000u | ((xb_m & 0x3ffu) << 13u), xb_m >= 0x7c00u));
                    acc = ox_decode(ox_encode(fma(xa, xb, acc), 5u, 10u, false), 5u, 10u, false);
                }
            }
            v99[c] = acc;
        }
    }
    var v100: array<f32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v100[c] = v99[c]; }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 8u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 512u && (v97[c] < 0i || u32(v97[c]) >= params[5])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 5u, bitcast<u32>(v97[lane / 64u]), bitcast<u32>(v97[lane / 64u] >> 31u), 1u, 6u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 8u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 512u && true) { let o = u32(v97[c]); b5[o >> 2u][o & 3u] = v100[c]; }
        }
    }
    var v101: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v101[c] = v3; }
    var v102: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v102[c] = (v101[c] + (((i32((((((tid + c * 64u) / 512u) * 32u + (((tid + c * 64u) / 16u) % 32u)) / 32u))) * v19) + (i32((((((tid + c * 64u) / 512u) * 32u + (((tid + c * 64u) / 16u) % 32u)) % 32u))) * v22)) + i32((((tid + c * 64u) % 16u))))); }
    var v103: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 1024u) {
            if (true && v102[c] >= 0i && u32(v102[c]) < params[3]) { let o = u32(v102[c]); v103[c] = b3[o >> 2u][o & 3u]; } else { v103[c] = 0i; if (true) { ox_fail = true; ox_record(1u, 3u, bitcast<u32>(v102[c]), bitcast<u32>(v102[c] >> 31u), 0u, 7u, wid); } }
        }
    }
    var v104: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v104[c] = ((v103[c] << 24u) >> 24u); }
    var v105: array<i32, 4>;
    { let c = 0u; v105[c] = v4; } { let c = 1u; v105[c] = v4; } { let c = 2u; v105[c] = v4; } { let c = 3u; v105[c] = v4; }
    var v106: array<i32, 4>;
    { let c = 0u; v106[c] = (v105[c] + (((i32((((((tid + c * 64u) / 128u) * 16u + (((tid + c * 64u) / 8u) % 16u)) / 16u))) * v35) + (i32((((((tid + c * 64u) / 128u) * 16u + (((tid + c * 64u) / 8u) % 16u)) % 16u))) * v40)) + i32((((tid + c * 64u) % 8u))))); } { let c = 1u; v106[c] = (v105[c] + (((i32((((((tid + c * 64u) / 128u) * 16u + (((tid + c * 64u) / 8u) % 16u)) / 16u))) * v35) + (i32((((((tid + c * 64u) / 128u) * 16u + (((tid + c * 64u) / 8u) % 16u)) % 16u))) * v40)) + i32((((tid + c * 64u) % 8u))))); } { let c = 2u; v106[c] = (v105[c] + (((i32((((((tid + c * 64u) / 128u) * 16u + (((tid + c * 64u) / 8u) % 16u)) / 16u))) * v35) + (i32((((((tid + c * 64u) / 128u) * 16u + (((tid + c * 64u) / 8u) % 16u)) % 16u))) * v40)) + i32((((tid + c * 64u) % 8u))))); } { let c = 3u; v106[c] = (v105[c] + (((i32((((((tid + c * 64u) / 128u) * 16u + (((tid + c * 64u) / 8u) % 16u)) / 16u))) * v35) + (i32((((((tid + c * 64u) / 128u) * 16u + (((tid + c * 64u) / 8u) % 16u)) % 16u))) * v40)) + i32((((tid + c * 64u) % 8u))))); }
    var v107: array<i32, 4>;
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 256u) {
            if (true && v106[c] >= 0i && u32(v106[c]) < params[4]) { let o = u32(v106[c]); v107[c] = b4[o >> 2u][o & 3u]; } else { v107[c] = 0i; if (true) { ox_fail = true; ox_record(1u, 4u, bitcast<u32>(v106[c]), bitcast<u32>(v106[c] >> 31u), 0u, 8u, wid); } }
        }
    }
    var v108: array<i32, 4>;
    { let c = 0u; v108[c] = ((v107[c] << 24u) >> 24u); } { let c = 1u; v108[c] = ((v107[c] << 24u) >> 24u); } { let c = 2u; v108[c] = ((v107[c] << 24u) >> 24u); } { let c = 3u; v108[c] = ((v107[c] << 24u) >> 24u); }
    var v109: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v109[c] = v6; }
    var v110: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v110[c] = (v109[c] + (((i32((((((tid + c * 64u) / 256u) * 32u + (((tid + c * 64u) / 8u) % 32u)) / 32u))) * v51) + (i32((((((tid + c * 64u) / 256u) * 32u + (((tid + c * 64u) / 8u) % 32u)) % 32u))) * v54)) + i32((((tid + c * 64u) % 8u))))); }
    let v111: i32 = 0i;
    var v113: array<i32, 8>;
    for (var c = 0u; c < 16u; c = c + 1u) {
        let e = tid + c * 64u;
        let rr = (e / 16u);
        let cc = (e % 16u);
        if (((rr / 4u) % 4u) == 0u) { ox_scratch[((rr / 16u) * 4u + (rr % 4u)) * 16u + cc] = ((bitcast<u32>(v104[c]) & 0xffu) & 0xffu) | (((bitcast<u32>(v104[c + 1u]) & 0xffu) & 0xffu) << 8u) | (((bitcast<u32>(v104[c + 2u]) & 0xffu) & 0xffu) << 16u) | (((bitcast<u32>(v104[c + 3u]) & 0xffu) & 0xffu) << 24u); }
    }
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        let rr = (e / 8u);
        let cc = (e % 8u);
        if (((rr / 8u) % 4u) == 0u) { ox_scratch[256u + ((rr / 32u) * 8u + (rr % 8u)) * 8u + cc] = ((bitcast<u32>(v108[c]) & 0xffu) & 0xffu) | (((bitcast<u32>(v108[c + 1u]) & 0xffu) & 0xffu) << 8u) | (((bitcast<u32>(v108[c + 2u]) & 0xffu) & 0xffu) << 16u) | (((bitcast<u32>(v108[c + 3u]) & 0xffu) & 0xffu) << 24u); }
    }
    workgroupBarrier();
    for (var c = 0u; c < 8u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 512u) {
            let i = (e / 8u);
            let j = (e % 8u);
            let bk = (i / 32u) * 16u;
            var acc: i32 = v111;
            for (var kk = 0u; kk < 16u; kk = kk + 8u) {
                {
                    let kl = kk;
                    let xa_b = (ox_scratch[((i / 16u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 4u) * 8u)) & 0xffu;
                    let xa = ((bitcast<i32>(xa_b) << 24u) >> 24u);
                    let xb_b = (ox_scratch[256u + (((bk + kl) / 32u) * 8u + ((bk + kl) % 8u)) * 8u + j] >> ((((bk + kl) / 8u) % 4u) * 8u)) & 0xffu;
                    let xb = ((bitcast<i32>(xb_b) << 24u) >> 24u);
                    acc = acc + xa * xb;
                }
                {
                    let kl = kk + 1u;
                    let xa_b = (ox_scratch[((i / 16u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 4u) * 8u)) & 0xffu;
                    let xa = ((bitcast<i32>(xa_b) << 24u) >> 24u);
                    let xb_b = (ox_scratch[256u + (((bk + kl) / 32u) * 8u + ((bk + kl) % 8u)) * 8u + j] >> ((((bk + kl) / 8u) % 4u) * 8u)) & 0xffu;
                    let xb = ((bitcast<i32>(xb_b) << 24u) >> 24u);
                    acc = acc + xa * xb;
                }
                {
                    let kl = kk + 2u;
                    let xa_b = (ox_scratch[((i / 16u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 4u) * 8u)) & 0xffu;
                    let xa = ((bitcast<i32>(xa_b) << 24u) >> 24u);
                    let xb_b = (ox_scratch[256u + (((bk + kl) / 32u) * 8u + ((bk + kl) % 8u)) * 8u + j] >> ((((bk + kl) / 8u) % 4u) * 8u)) & 0xffu;
                    let xb = ((bitcast<i32>(xb_b) << 24u) >> 24u);
                    acc = acc + xa * xb;
                }
                {
                    let kl = kk + 3u;
                    let xa_b = (ox_scratch[((i / 16u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 4u) * 8u)) & 0xffu;
                    let xa = ((bitcast<i32>(xa_b) << 24u) >> 24u);
                    let xb_b = (ox_scratch[256u + (((bk + kl) / 32u) * 8u + ((bk + kl) % 8u)) * 8u + j] >> ((((bk + kl) / 8u) % 4u) * 8u)) & 0xffu;
                    let xb = ((bitcast<i32>(xb_b) << 24u) >> 24u);
                    acc = acc + xa * xb;
                }
                {
                    let kl = kk + 4u;
                    let xa_b = (ox_scratch[((i / 16u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 4u) * 8u)) & 0xffu;
                    let xa = ((bitcast<i32>(xa_b) << 24u) >> 24u);
                    let xb_b = (ox_scratch[256u + (((bk + kl) / 32u) * 8u + ((bk + kl) % 8u)) * 8u + j] >> ((((bk + kl) / 8u) % 4u) * 8u)) & 0xffu;
                    let xb = ((bitcast<i32>(xb_b) << 24u) >> 24u);
                    acc = acc + xa * xb;
                }
                {
                    let kl = kk + 5u;
                    let xa_b = (ox_scratch[((i / 16u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 4u) * 8u)) & 0xffu;
                    let xa = ((bitcast<i32>(xa_b) << 24u) >> 24u);
                    let xb_b = (ox_scratch[256u + (((bk + kl) / 32u) * 8u + ((bk + kl) % 8u)) * 8u + j] >> ((((bk + kl) / 8u) % 4u) * 8u)) & 0xffu;
                    let xb = ((bitcast<i32>(xb_b) << 24u) >> 24u);
                    acc = acc + xa * xb;
                }
                {
                    let kl = kk + 6u;
                    let xa_b = (ox_scratch[((i / 16u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 4u) * 8u)) & 0xffu;
                    let xa = ((bitcast<i32>(xa_b) << 24u) >> 24u);
                    let xb_b = (ox_scratch[256u + (((bk + kl) / 32u) * 8u + ((bk + kl) % 8u)) * 8u + j] >> ((((bk + kl) / 8u) % 4u) * 8u)) & 0xffu;
                    let xb = ((bitcast<i32>(xb_b) << 24u) >> 24u);
                    acc = acc + xa * xb;
                }
                {
                    let kl = kk + 7u;
                    let xa_b = (ox_scratch[((i / 16u) * 4u + (i % 4u)) * 16u + kl] >> (((i / 4u) % 4u) * 8u)) & 0xffu;
                    let xa = ((bitcast<i32>(xa_b) << 24u) >> 24u);
                    let xb_b = (ox_scratch[256u + (((bk + kl) / 32u) * 8u + ((bk + kl) % 8u)) * 8u + j] >> ((((bk + kl) / 8u) % 4u) * 8u)) & 0xffu;
                    let xb = ((bitcast<i32>(xb_b) << 24u) >> 24u);
                    acc = acc + xa * xb;
                }
            }
            v113[c] = acc;
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 8u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 512u && (v110[c] < 0i || u32(v110[c]) >= params[6])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v110[lane / 64u]), bitcast<u32>(v110[lane / 64u] >> 31u), 1u, 9u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 8u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 512u && true) { let o = u32(v110[c]); b6[o >> 2u][o & 3u] = v113[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
