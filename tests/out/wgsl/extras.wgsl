// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2) buffer(binding 5, length word 3) buffer(binding 6, length word 4) buffer(binding 7, length word 5) buffer(binding 8, length word 6)
// params words: 7

// oxtile kernel `extras`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<atomic<i32>>; // `a`: *i32
@group(0) @binding(3) var<storage, read_write> b1: array<atomic<u32>>; // `f`: *f32
@group(0) @binding(4) var<storage, read_write> b2: array<atomic<u32>>; // `flags`: *bool
@group(0) @binding(5) var<storage, read_write> b3: array<atomic<u32>>; // `h`: *u16
@group(0) @binding(6) var<storage, read_write> b4: array<vec4<f32>>; // `out`: *f32
@group(0) @binding(7) var<storage, read_write> b5: array<u32>; // `bytes`: *u8
@group(0) @binding(8) var<storage, read_write> b6: array<atomic<i32>>; // `io`: *i32

var<workgroup> ox_scratch: array<u32, 256>;
var<workgroup> ox_part0: array<u32, 192>;
var<workgroup> ox_part1: array<u32, 192>;
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
    var ox_fail = false;
    var ox_stop = false;
    let v0 = 0i;
    let v1 = 0i;
    let v2 = 0i;
    let v3 = 0i;
    let v4 = 0i;
    let v5 = 0i;
    let v6 = 0i;
    var x0: u32;
    var v8: array<i32, 1>;
    { let c = 0u; v8[c] = v0; }
    var v9: array<i32, 1>;
    { let c = 0u; v9[c] = (v8[c] + i32((tid + c * 64u))); }
    var v10: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 16u) {
            if (true && v9[c] >= 0i && u32(v9[c]) < params[0]) { let o = u32(v9[c]); v10[c] = atomicLoad(&b0[o]); } else { v10[c] = 0i; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v9[c]), bitcast<u32>(v9[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    let v11: i32 = 3i;
    var v13: array<i32, 1>;
    { let c = 0u; v13[c] = select(v10[c] % v11, 0i, v11 == 0i); }
    var v14: array<i32, 1>;
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 16u && (v9[c] < 0i || u32(v9[c]) >= params[0])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 0u, bitcast<u32>(v9[lane / 64u]), bitcast<u32>(v9[lane / 64u] >> 31u), 2u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            let act = e < 16u && true;
            let s = tid * 4u;
            ox_scratch[s] = select(0u, 1u, act);
            ox_scratch[s + 1u] = bitcast<u32>(v9[c]);
            ox_scratch[s + 2u] = bitcast<u32>(i32((tid + c * 64u)));
            ox_scratch[s + 3u] = bitcast<u32>(v13[c]);
            workgroupBarrier();
            if (tid == 0u) {
                for (var t = 0u; t < 64u; t = t + 1u) {
                    let st = t * 4u;
                    if (ox_scratch[st] != 0u) {
                        let o = ox_scratch[st + 1u];
                        let v = bitcast<i32>(ox_scratch[st + 2u]);
                        let cv = bitcast<i32>(ox_scratch[st + 3u]);
                        var old: i32;
                        { let cw = cv; let nw = v; loop { let r = atomicCompareExchangeWeak(&b0[o], cw, nw); if (r.exchanged || r.old_value != cw) { old = r.old_value; break; } } }
                        ox_scratch[st + 2u] = bitcast<u32>(old);
                    }
                }
            }
            workgroupBarrier();
            v14[c] = select(0i, bitcast<i32>(ox_scratch[s + 2u]), act);
            workgroupBarrier();
        }
        storageBarrier();
    }
    var v15: array<f32, 1>;
    { let c = 0u; v15[c] = ox_i2f_prec(v14[c], 24u); }
    var v16: array<i32, 1>;
    { let c = 0u; v16[c] = v4; }
    var v17: array<i32, 1>;
    { let c = 0u; v17[c] = (v16[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 16u && (v17[c] < 0i || u32(v17[c]) >= params[4])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 4u, bitcast<u32>(v17[lane / 64u]), bitcast<u32>(v17[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 16u && true) { let o = u32(v17[c]); b4[o >> 2u][o & 3u] = v15[c]; }
        }
    }
    var v18: array<i32, 1>;
    { let c = 0u; v18[c] = v1; }
    var v19: array<i32, 1>;
    { let c = 0u; v19[c] = (v18[c] + i32((tid + c * 64u))); }
    var v20: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 16u) {
            if (true && v19[c] >= 0i && u32(v19[c]) < params[1]) { let o = u32(v19[c]); v20[c] = bitcast<f32>(atomicLoad(&b1[o])); } else { v20[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v19[c]), bitcast<u32>(v19[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v21: array<f32, 1>;
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 16u && (v19[c] < 0i || u32(v19[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v19[lane / 64u]), bitcast<u32>(v19[lane / 64u] >> 31u), 2u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            let act = e < 16u && true;
            let s = tid * 4u;
            ox_scratch[s] = select(0u, 1u, act);
            ox_scratch[s + 1u] = bitcast<u32>(v19[c]);
            ox_scratch[s + 2u] = bitcast<u32>(v15[c]);
            ox_scratch[s + 3u] = bitcast<u32>(v20[c]);
            workgroupBarrier();
            if (tid == 0u) {
                for (var t = 0u; t < 64u; t = t + 1u) {
                    let st = t * 4u;
                    if (ox_scratch[st] != 0u) {
                        let o = ox_scratch[st + 1u];
                        let v = bitcast<f32>(ox_scratch[st + 2u]);
                        let cv = bitcast<f32>(ox_scratch[st + 3u]);
                        var old: f32;
                        { let cw = bitcast<u32>(cv); let nw = bitcast<u32>(v); loop { let r = atomicCompareExchangeWeak(&b1[o], cw, nw); if (r.exchanged || r.old_value != cw) { old = bitcast<f32>(r.old_value); break; } } }
                        ox_scratch[st + 2u] = bitcast<u32>(old);
                    }
                }
            }
            workgroupBarrier();
            v21[c] = select(0.0f, bitcast<f32>(ox_scratch[s + 2u]), act);
            workgroupBarrier();
        }
        storageBarrier();
    }
    var v22: array<i32, 1>;
    { let c = 0u; v22[c] = v2; }
    var v23: array<i32, 1>;
    { let c = 0u; v23[c] = (v22[c] + i32((tid + c * 64u))); }
    var v24: array<bool, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 16u) {
            if (true && v23[c] >= 0i && u32(v23[c]) < params[2]) { let o = u32(v23[c]); v24[c] = (((atomicLoad(&b2[(o >> 2u)]) >> ((o & 3u) * 8u)) & 0xffu) != 0u); } else { v24[c] = false; if (true) { ox_fail = true; ox_record(1u, 2u, bitcast<u32>(v23[c]), bitcast<u32>(v23[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v25: array<bool, 1>;
    { let c = 0u; v25[c] = (!v24[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 16u && (v23[c] < 0i || u32(v23[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v23[lane / 64u]), bitcast<u32>(v23[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 16u && true) { let o = u32(v23[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (select(0u, 1u, v25[c])) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b2[wi]); if (atomicCompareExchangeWeak(&b2[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
        storageBarrier();
    }
    var v26: array<i32, 1>;
    { let c = 0u; v26[c] = v3; }
    var v27: array<i32, 1>;
    { let c = 0u; v27[c] = (v26[c] + i32((tid + c * 64u))); }
    var v28: array<u32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 16u) {
            if (true && v27[c] >= 0i && u32(v27[c]) < params[3]) { let o = u32(v27[c]); v28[c] = ((atomicLoad(&b3[(o >> 1u)]) >> ((o & 1u) * 16u)) & 0xffffu); } else { v28[c] = 0u; if (true) { ox_fail = true; ox_record(1u, 3u, bitcast<u32>(v27[c]), bitcast<u32>(v27[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    let v29: u32 = 65535u;
    var v31: array<u32, 1>;
    { let c = 0u; v31[c] = ((v28[c] * v29) & 0xffffu); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 16u && (v27[c] < 0i || u32(v27[c]) >= params[3])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 3u, bitcast<u32>(v27[lane / 64u]), bitcast<u32>(v27[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 16u && true) { let o = u32(v27[c]); { let wi = (o >> 1u); let sh = ((o & 1u) * 16u); let nb = (v31[c]) << sh; let keep = ~(0xffffu << sh); loop { let old = atomicLoad(&b3[wi]); if (atomicCompareExchangeWeak(&b3[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
        storageBarrier();
    }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 1u) { ox_scratch[e] = bitcast<u32>(i32((tid + c * 64u))); }
    }
    workgroupBarrier();
    var v33: i32;
    {
        v33 = bitcast<i32>(ox_scratch[0u]);
    }
    let v34: u32 = 0u;
    x0 = v34;
    let v35: u32 = 10u;
    let v36: u32 = 3u;
    {
        if (v36 == 0u) { if (tid == 0u) { ox_record(3u, 0u, v36, 0u, 0u, 0u, wid); } return; }
        var i1 = v34;
        loop {
            if (!(i1 < v35)) { break; }
            let v37 = i1;
            var v38 = x0;
            let v39: u32 = (v38 + v37);
            x0 = v39;
            workgroupBarrier();
            continuing {
                let left = v35 - i1;
                i1 = i1 + v36;
                break if left <= v36;
            }
        }
    }
    var v40 = x0;
    let v41: f32 = ox_u2f_prec(v40, 24u);
    let v42: i32 = 16i;
    let v43: i32 = (v42 + v33);
    let v44: i32 = (v4 + v43);
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v44 < 0i || u32(v44) >= params[4]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 4u, bitcast<u32>(v44), bitcast<u32>(v44 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v44); b4[o >> 2u][o & 3u] = v41; }
    }
    var v45: array<f32, 1>;
    { let c = 0u; v45[c] = ox_decode(ox_encode(v20[c], 5u, 10u, false), 5u, 10u, false); }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 16u) { ox_scratch[e] = bitcast<u32>(v45[c]); }
    }
    workgroupBarrier();
    for (var line = tid; line < 1u; line = line + 64u) {
        let base = line * 16u + (line % 1u);
        var acc: f32 = bitcast<f32>(ox_scratch[base]);
        for (var j = 1u; j < 16u; j = j + 1u) {
            let at = base + j * 1u;
            let x = bitcast<f32>(ox_scratch[at]);
            acc = ox_fmax(acc, x);
            ox_scratch[at] = bitcast<u32>(acc);
        }
    }
    workgroupBarrier();
    var v46: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 16u) {
            v46[c] = bitcast<f32>(ox_scratch[e]);
        }
    }
    var v47: i32;
    {
        var best: f32;
        var bi: u32;
        var has = false;
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 16u) {
                let best_o = v45[c];
                let bi_o = e;
                if (has) { if (!ox_isnan(best) && (ox_isnan(best_o) || best_o < best) || ((best_o == best || (ox_isnan(best_o) && ox_isnan(best))) && bi_o < bi)) { best = best_o; bi = bi_o; } } else { best = best_o; bi = bi_o; } has = true;
            }
        }
        if (true) {
            let at = tid * 3u;
            ox_part0[at + 0u] = bitcast<u32>(best);
            ox_part0[at + 1u] = bi;
            ox_part0[at + 2u] = select(0u, 1u, has);
        }
        workgroupBarrier();
        has = false;
        for (var s = 0u; s < 64u; s = s + 1u) {
            let at = s * 3u;
            let best_o = bitcast<f32>(ox_part0[at + 0u]);
            let bi_o = ox_part0[at + 1u];
            if (ox_part0[at + 2u] != 0u) { if (has) { if (!ox_isnan(best) && (ox_isnan(best_o) || best_o < best) || ((best_o == best || (ox_isnan(best_o) && ox_isnan(best))) && bi_o < bi)) { best = best_o; bi = bi_o; } } else { best = best_o; bi = bi_o; } has = true; }
        }
        v47 = i32(bi);
    }
    var v48: array<f32, 1>;
    { let c = 0u; v48[c] = v46[c]; }
    let v49: i32 = 32i;
    var v52: array<i32, 1>;
    { let c = 0u; v52[c] = v4; }
    var v53: array<i32, 1>;
    { let c = 0u; v53[c] = (v52[c] + (i32((tid + c * 64u)) + v49)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 16u && (v53[c] < 0i || u32(v53[c]) >= params[4])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 4u, bitcast<u32>(v53[lane / 64u]), bitcast<u32>(v53[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 16u && true) { let o = u32(v53[c]); b4[o >> 2u][o & 3u] = v48[c]; }
        }
    }
    let v54: f32 = ox_i2f_prec(v47, 24u);
    let v55: i32 = 17i;
    let v56: i32 = (v4 + v55);
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v56 < 0i || u32(v56) >= params[4]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 4u, bitcast<u32>(v56), bitcast<u32>(v56 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v56); b4[o >> 2u][o & 3u] = v54; }
    }
    let v60: i32 = 8i;
    var v67: array<i32, 1>;
    { let c = 0u; v67[c] = v5; }
    var v68: array<i32, 1>;
    { let c = 0u; v68[c] = (v67[c] + ((i32((((tid + c * 64u) / 8u))) * v60) + i32((((tid + c * 64u) % 8u))))); }
    var v69: array<u32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 32u) {
            if (true && v68[c] >= 0i && u32(v68[c]) < params[5]) { let o = u32(v68[c]); v69[c] = ((b5[(o >> 2u)] >> ((o & 3u) * 8u)) & 0xffu); } else { v69[c] = 0u; if (true) { ox_fail = true; ox_record(1u, 5u, bitcast<u32>(v68[c]), bitcast<u32>(v68[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 32u) { ox_scratch[e] = v69[c]; }
    }
    workgroupBarrier();
    var v70: array<u32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 32u) {
            v70[c] = ox_scratch[(e / 4u) + (e % 4u) * 8u];
        }
    }
    let v71: i32 = 0i;
    var v73: array<i32, 1>;
    workgroupBarrier();
    { let c = 0u;
        let e = tid + c * 64u;
        let rr = (e / 8u);
        let cc = (e % 8u);
        if (e < 32u) { ox_scratch[rr * 8u + cc] = v69[c]; }
    }
    { let c = 0u;
        let e = tid + c * 64u;
        let rr = (e / 4u);
        let cc = (e % 4u);
        if (e < 32u) { ox_scratch[32u + rr * 4u + cc] = v70[c]; }
    }
    workgroupBarrier();
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 16u) {
            let i = (e / 4u);
            let j = (e % 4u);
            var acc: i32 = v71;
            for (var kk = 0u; kk < 8u; kk = kk + 8u) {
                {
                    let kl = kk;
                    acc = acc + bitcast<i32>(ox_scratch[i * 8u + kl]) * bitcast<i32>(ox_scratch[32u + kl * 4u + j]);
                }
                {
                    let kl = kk + 1u;
                    acc = acc + bitcast<i32>(ox_scratch[i * 8u + kl]) * bitcast<i32>(ox_scratch[32u + kl * 4u + j]);
                }
                {
                    let kl = kk + 2u;
                    acc = acc + bitcast<i32>(ox_scratch[i * 8u + kl]) * bitcast<i32>(ox_scratch[32u + kl * 4u + j]);
                }
                {
                    let kl = kk + 3u;
                    acc = acc + bitcast<i32>(ox_scratch[i * 8u + kl]) * bitcast<i32>(ox_scratch[32u + kl * 4u + j]);
                }
                {
                    let kl = kk + 4u;
                    acc = acc + bitcast<i32>(ox_scratch[i * 8u + kl]) * bitcast<i32>(ox_scratch[32u + kl * 4u + j]);
                }
                {
                    let kl = kk + 5u;
                    acc = acc + bitcast<i32>(ox_scratch[i * 8u + kl]) * bitcast<i32>(ox_scratch[32u + kl * 4u + j]);
                }
                {
                    let kl = kk + 6u;
                    acc = acc + bitcast<i32>(ox_scratch[i * 8u + kl]) * bitcast<i32>(ox_scratch[32u + kl * 4u + j]);
                }
                {
                    let kl = kk + 7u;
                    acc = acc + bitcast<i32>(ox_scratch[i * 8u + kl]) * bitcast<i32>(ox_scratch[32u + kl * 4u + j]);
                }
            }
            v73[c] = acc;
        }
    }
    var v76: array<i32, 1>;
    { let c = 0u; v76[c] = v6; }
    var v77: array<i32, 1>;
    { let c = 0u; v77[c] = (v76[c] + i32((tid + c * 64u))); }
    var v78: array<i32, 1>;
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 16u && (v77[c] < 0i || u32(v77[c]) >= params[6])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v77[lane / 64u]), bitcast<u32>(v77[lane / 64u] >> 31u), 2u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            let act = e < 16u && true;
            let s = tid * 3u;
            ox_scratch[s] = select(0u, 1u, act);
            ox_scratch[s + 1u] = bitcast<u32>(v77[c]);
            ox_scratch[s + 2u] = bitcast<u32>(v73[c]);
            workgroupBarrier();
            if (tid == 0u) {
                for (var t = 0u; t < 64u; t = t + 1u) {
                    let st = t * 3u;
                    if (ox_scratch[st] != 0u) {
                        let o = ox_scratch[st + 1u];
                        let v = bitcast<i32>(ox_scratch[st + 2u]);
                        var old: i32;
                        old = atomicExchange(&b6[o], v);
                        ox_scratch[st + 2u] = bitcast<u32>(old);
                    }
                }
            }
            workgroupBarrier();
            v78[c] = select(0i, bitcast<i32>(ox_scratch[s + 2u]), act);
            workgroupBarrier();
        }
        storageBarrier();
    }
    var v79: array<i32, 1>;
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 16u && (v77[c] < 0i || u32(v77[c]) >= params[6])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v77[lane / 64u]), bitcast<u32>(v77[lane / 64u] >> 31u), 2u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            let act = e < 16u && true;
            let s = tid * 3u;
            ox_scratch[s] = select(0u, 1u, act);
            ox_scratch[s + 1u] = bitcast<u32>(v77[c]);
            ox_scratch[s + 2u] = bitcast<u32>(v78[c]);
            workgroupBarrier();
            if (tid == 0u) {
                for (var t = 0u; t < 64u; t = t + 1u) {
                    let st = t * 3u;
                    if (ox_scratch[st] != 0u) {
                        let o = ox_scratch[st + 1u];
                        let v = bitcast<i32>(ox_scratch[st + 2u]);
                        var old: i32;
                        old = atomicMax(&b6[o], v);
                        ox_scratch[st + 2u] = bitcast<u32>(old);
                    }
                }
            }
            workgroupBarrier();
            v79[c] = select(0i, bitcast<i32>(ox_scratch[s + 2u]), act);
            workgroupBarrier();
        }
        storageBarrier();
    }
    var v80: array<i32, 1>;
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 16u && (v77[c] < 0i || u32(v77[c]) >= params[6])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v77[lane / 64u]), bitcast<u32>(v77[lane / 64u] >> 31u), 2u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            let act = e < 16u && true;
            let s = tid * 3u;
            ox_scratch[s] = select(0u, 1u, act);
            ox_scratch[s + 1u] = bitcast<u32>(v77[c]);
            ox_scratch[s + 2u] = bitcast<u32>(v79[c]);
            workgroupBarrier();
            if (tid == 0u) {
                for (var t = 0u; t < 64u; t = t + 1u) {
                    let st = t * 3u;
                    if (ox_scratch[st] != 0u) {
                        let o = ox_scratch[st + 1u];
                        let v = bitcast<i32>(ox_scratch[st + 2u]);
                        var old: i32;
                        old = atomicAdd(&b6[o], v);
                        ox_scratch[st + 2u] = bitcast<u32>(old);
                    }
                }
            }
            workgroupBarrier();
            v80[c] = select(0i, bitcast<i32>(ox_scratch[s + 2u]), act);
            workgroupBarrier();
        }
        storageBarrier();
    }
    var v81: array<f32, 1>;
    { let c = 0u; v81[c] = ox_i2f_prec(v80[c], 24u); }
    var v82: array<f32, 1>;
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 16u && (v19[c] < 0i || u32(v19[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v19[lane / 64u]), bitcast<u32>(v19[lane / 64u] >> 31u), 2u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            let act = e < 16u && true;
            let s = tid * 3u;
            ox_scratch[s] = select(0u, 1u, act);
            ox_scratch[s + 1u] = bitcast<u32>(v19[c]);
            ox_scratch[s + 2u] = bitcast<u32>(v81[c]);
            workgroupBarrier();
            if (tid == 0u) {
                for (var t = 0u; t < 64u; t = t + 1u) {
                    let st = t * 3u;
                    if (ox_scratch[st] != 0u) {
                        let o = ox_scratch[st + 1u];
                        let v = bitcast<f32>(ox_scratch[st + 2u]);
                        var old: f32;
                        loop { let w = atomicLoad(&b1[o]); let cur = bitcast<f32>(w); if (atomicCompareExchangeWeak(&b1[o], w, bitcast<u32>((cur + v))).exchanged) { old = cur; break; } }
                        ox_scratch[st + 2u] = bitcast<u32>(old);
                    }
                }
            }
            workgroupBarrier();
            v82[c] = select(0.0f, bitcast<f32>(ox_scratch[s + 2u]), act);
            workgroupBarrier();
        }
        storageBarrier();
    }
    var v83: array<f32, 1>;
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 16u && (v19[c] < 0i || u32(v19[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v19[lane / 64u]), bitcast<u32>(v19[lane / 64u] >> 31u), 2u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            let act = e < 16u && true;
            let s = tid * 3u;
            ox_scratch[s] = select(0u, 1u, act);
            ox_scratch[s + 1u] = bitcast<u32>(v19[c]);
            ox_scratch[s + 2u] = bitcast<u32>(v82[c]);
            workgroupBarrier();
            if (tid == 0u) {
                for (var t = 0u; t < 64u; t = t + 1u) {
                    let st = t * 3u;
                    if (ox_scratch[st] != 0u) {
                        let o = ox_scratch[st + 1u];
                        let v = bitcast<f32>(ox_scratch[st + 2u]);
                        var old: f32;
                        loop { let w = atomicLoad(&b1[o]); let cur = bitcast<f32>(w); if (atomicCompareExchangeWeak(&b1[o], w, bitcast<u32>(ox_fmax(cur, v))).exchanged) { old = cur; break; } }
                        ox_scratch[st + 2u] = bitcast<u32>(old);
                    }
                }
            }
            workgroupBarrier();
            v83[c] = select(0.0f, bitcast<f32>(ox_scratch[s + 2u]), act);
            workgroupBarrier();
        }
        storageBarrier();
    }
    let v84: i32 = 48i;
    var v87: array<i32, 1>;
    { let c = 0u; v87[c] = (v52[c] + (i32((tid + c * 64u)) + v84)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 16u && (v87[c] < 0i || u32(v87[c]) >= params[4])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 4u, bitcast<u32>(v87[lane / 64u]), bitcast<u32>(v87[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 16u && true) { let o = u32(v87[c]); b4[o >> 2u][o & 3u] = v83[c]; }
        }
    }
    let v88: bool = true;
    let v89: i32 = (v6 + v42);
    var v90: i32;
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, v88 && (v89 < 0i || u32(v89) >= params[6]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 6u, bitcast<u32>(v89), bitcast<u32>(v89 >> 31u), 2u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        {
            var old: i32 = 0i;
            if (tid == 0u && v88) {
                let o = u32(v89); let v = v42;
                old = atomicAdd(&b6[o], v);
            }
            let u2 = bitcast<i32>(ox_uniform(bitcast<u32>(old), tid));
            v90 = u2;
        }
        storageBarrier();
    }
    var v91: i32;
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v89 < 0i || u32(v89) >= params[6]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 6u, bitcast<u32>(v89), bitcast<u32>(v89 >> 31u), 2u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        {
            var old: i32 = 0i;
            if (tid == 0u && true) {
                let o = u32(v89); let v = v11;
                let cv = v90;
                { let cw = cv; let nw = v; loop { let r = atomicCompareExchangeWeak(&b6[o], cw, nw); if (r.exchanged || r.old_value != cw) { old = r.old_value; break; } } }
            }
            let u3 = bitcast<i32>(ox_uniform(bitcast<u32>(old), tid));
            v91 = u3;
        }
        storageBarrier();
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
