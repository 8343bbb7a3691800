// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2) scalar(word 3) scalar(word 4) scalar(word 5) scalar(word 6) scalar(word 7) scalar(word 8) scalar(word 9) scalar(word 10) scalar(word 11)
// params words: 12

// oxtile kernel `matmul`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<f32>>; // `a`: *f32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<f32>>; // `b`: *f32
@group(0) @binding(4) var<storage, read_write> b2: array<vec4<f32>>; // `c`: *f32

var<workgroup> ox_scratch: array<u32, 1024>;
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

// f32 bits -> the value rounded to TF32 (10 mantissa bits), to nearest with ties away
// from zero, as kernel_core::numeric::round_tf32 and PTX cvt.rna.tf32.f32: the factors of a
// tf32 `dot`. Infinities and NaNs are returned as they are. Taking the bits, not an f32,
// keeps a NaN from passing through float operations.
fn ox_tf32(b: u32) -> f32 {
    if ((b & 0x7fffffffu) >= 0x7f800000u) {
        return bitcast<f32>(b);
    }
    return bitcast<f32>((b + 0x1000u) & 0xffffe000u);
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
    let v3 = bitcast<i32>(params[3]);
    let v4 = bitcast<i32>(params[4]);
    let v5 = bitcast<i32>(params[5]);
    let v6 = bitcast<i32>(params[6]);
    let v7 = bitcast<i32>(params[7]);
    let v8 = bitcast<i32>(params[8]);
    let v9 = bitcast<i32>(params[9]);
    let v10 = bitcast<i32>(params[10]);
    let v11 = bitcast<i32>(params[11]);
    var x0: array<f32, 16>;
    let v12 = i32(wid.x);
    let v13: i32 = 32i;
    let v14: i32 = (v3 + v13);
    let v15: i32 = 1i;
    let v16: i32 = (v14 - v15);
    let v17: i32 = 32i;
    let v18: i32 = select(v16 / v17, 0i, v17 == 0i);
    let v19: i32 = 32i;
    let v20: i32 = (v4 + v19);
    let v21: i32 = 1i;
    let v22: i32 = (v20 - v21);
    let v23: i32 = 32i;
    let v24: i32 = select(v22 / v23, 0i, v23 == 0i);
    let v25: i32 = 2i;
    let v26: i32 = (v25 * v24);
    let v27: i32 = select(v12 / v26, 0i, v26 == 0i);
    let v28: i32 = 2i;
    let v29: i32 = (v27 * v28);
    let v30: i32 = (v18 - v29);
    let v31: i32 = 2i;
    let v32: i32 = min(v30, v31);
    let v33: i32 = select(v12 % v26, 0i, v26 == 0i);
    let v34: i32 = select(v33 % v32, 0i, v32 == 0i);
    let v35: i32 = (v29 + v34);
    let v36: i32 = select(v12 % v26, 0i, v26 == 0i);
    let v37: i32 = select(v36 / v32, 0i, v32 == 0i);
    let v38: i32 = 32i;
    let v39: i32 = (v35 * v38);
    let v43: i32 = 32i;
    let v44: i32 = (v37 * v43);
    let v48: f32 = 0.0f;
    var v49: array<f32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v49[c] = v48; }
    x0 = v49;
    let v50: i32 = 0i;
    let v51: i32 = 16i;
    {
        let u1 = bitcast<i32>(ox_uniform(bitcast<u32>(v5), tid));
        if (v51 <= 0i) { if (tid == 0u) { ox_record(3u, 0u, bitcast<u32>(v51), select(0u, 0xffffffffu, v51 < 0i), 0u, 0u, wid); } return; }
        var i2 = v50;
        loop {
            if (!(i2 < u1)) { break; }
            let v52 = i2;
            var v68: array<i32, 1>;
            { let c = 0u; v68[c] = v0; }
            var v69: array<i32, 1>;
            { let c = 0u; v69[c] = (v68[c] + ((v39 + i32((tid + c * 64u))) * v6)); }
            { let c = 0u;
                let e = tid + c * 64u;
                if (e < 32u) { ox_scratch[e] = bitcast<u32>(v69[c]); }
            }
            workgroupBarrier();
            var v73: array<i32, 8>;
            for (var c = 0u; c < 8u; c = c + 1u) {
                let e = tid + c * 64u;
                if (e < 512u) {
                    v73[c] = bitcast<i32>(ox_scratch[(e / 16u)]);
                }
            }
            var v75: array<i32, 8>;
            for (var c = 0u; c < 8u; c = c + 1u) { v75[c] = (v73[c] + ((v52 + i32((((tid + c * 64u) % 16u)))) * v7)); }
            let v76: f32 = 0.0f;
            var v77: array<f32, 8>;
            for (var c = 0u; c < 8u; c = c + 1u) { v77[c] = v76; }
            var v78: array<f32, 8>;
            for (var c = 0u; c < 8u; c = c + 1u) {
                let e = tid + c * 64u;
                if (e < 512u) {
                    if ((((v39 + i32((((tid + c * 64u) / 16u)))) < v3) && ((v52 + i32((((tid + c * 64u) % 16u)))) < v5)) && v75[c] >= 0i && u32(v75[c]) < params[0]) { let o = u32(v75[c]); v78[c] = b0[o >> 2u][o & 3u]; } else { v78[c] = v77[c]; if ((((v39 + i32((((tid + c * 64u) / 16u)))) < v3) && ((v52 + i32((((tid + c * 64u) % 16u)))) < v5))) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v75[c]), bitcast<u32>(v75[c] >> 31u), 0u, 0u, wid); } }
                }
            }
            var v91: array<i32, 1>;
            { let c = 0u; v91[c] = v1; }
            var v92: array<i32, 1>;
            { let c = 0u; v92[c] = (v91[c] + ((v52 + i32((tid + c * 64u))) * v8)); }
            workgroupBarrier();
            { let c = 0u;
                let e = tid + c * 64u;
                if (e < 16u) { ox_scratch[e] = bitcast<u32>(v92[c]); }
            }
            workgroupBarrier();
            var v96: array<i32, 8>;
            for (var c = 0u; c < 8u; c = c + 1u) {
                let e = tid + c * 64u;
                if (e < 512u) {
                    v96[c] = bitcast<i32>(ox_scratch[(e / 32u)]);
                }
            }
            var v98: array<i32, 8>;
            for (var c = 0u; c < 8u; c = c + 1u) { v98[c] = (v96[c] + ((v44 + i32((((tid + c * 64u) % 32u)))) * v9)); }
            let v99: f32 = 0.0f;
            var v100: array<f32, 8>;
            for (var c = 0u; c < 8u; c = c + 1u) { v100[c] = v99; }
            var v101: array<f32, 8>;
            for (var c = 0u; c < 8u; c = c + 1u) {
                let e = tid + c * 64u;
                if (e < 512u) {
                    if ((((v52 + i32((((tid + c * 64u) / 32u)))) < v5) && ((v44 + i32((((tid + c * 64u) % 32u)))) < v4)) && v98[c] >= 0i && u32(v98[c]) < params[1]) { let o = u32(v98[c]); v101[c] = b1[o >> 2u][o & 3u]; } else { v101[c] = v100[c]; if ((((v52 + i32((((tid + c * 64u) / 32u)))) < v5) && ((v44 + i32((((tid + c * 64u) % 32u)))) < v4))) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v98[c]), bitcast<u32>(v98[c] >> 31u), 0u, 0u, wid); } }
                }
            }
            var v102 = x0;
            var v103: array<f32, 16>;
            workgroupBarrier();
            for (var c = 0u; c < 8u; c = c + 1u) {
                let e = tid + c * 64u;
                let rr = (e / 16u);
                let cc = (e % 16u);
                ox_scratch[rr * 16u + cc] = bitcast<u32>(v78[c]);
            }
            for (var c = 0u; c < 8u; c = c + 1u) {
                let e = tid + c * 64u;
                let rr = (e / 32u);
                let cc = (e % 32u);
                ox_scratch[512u + rr * 32u + cc] = bitcast<u32>(v101[c]);
            }
            workgroupBarrier();
            for (var c = 0u; c < 16u; c = c + 1u) {
                let e = tid + c * 64u;
                if (e < 1024u) {
                    let i = (e / 32u);
                    let j = (e % 32u);
                    var acc: f32 = v102[c];
                    for (var kk = 0u; kk < 16u; kk = kk + 8u) {
                        {
                            let kl = kk;
                            acc = fma(ox_tf32(ox_scratch[i * 16u + kl]), ox_tf32(ox_scratch[512u + kl * 32u + j]), acc);
                        }
                        {
                            let kl = kk + 1u;
                            acc = fma(ox_tf32(ox_scratch[i * 16u + kl]), ox_tf32(ox_scratch[512u + kl * 32u + j]), acc);
                        }
                        {
                            let kl = kk + 2u;
                            acc = fma(ox_tf32(ox_scratch[i * 16u + kl]), ox_tf32(ox_scratch[512u + kl * 32u + j]), acc);
                        }
                        {
                            let kl = kk + 3u;
                            acc = fma(ox_tf32(ox_scratch[i * 16u + kl]), ox_tf32(ox_scratch[512u + kl * 32u + j]), acc);
                        }
                        {
                            let kl = kk + 4u;
                            acc = fma(ox_tf32(ox_scratch[i * 16u + kl]), ox_tf32(ox_scratch[512u + kl * 32u + j]), acc);
                        }
                        {
                            let kl = kk + 5u;
                            acc = fma(ox_tf32(ox_scratch[i * 16u + kl]), ox_tf32(ox_scratch[512u + kl * 32u + j]), acc);
                        }
                        {
                            let kl = kk + 6u;
                            acc = fma(ox_tf32(ox_scratch[i * 16u + kl]), ox_tf32(ox_scratch[512u + kl * 32u + j]), acc);
                        }
                        {
                            let kl = kk + 7u;
                            acc = fma(ox_tf32(ox_scratch[i * 16u + kl]), ox_tf32(ox_scratch[512u + kl * 32u + j]), acc);
                        }
                    }
                    v103[c] = acc;
                }
            }
            x0 = v103;
            workgroupBarrier();
            continuing {
                let left = bitcast<u32>(u1) - bitcast<u32>(i2);
                i2 = i2 + v51;
                break if left <= bitcast<u32>(v51);
            }
        }
    }
    var v116: array<i32, 1>;
    { let c = 0u; v116[c] = v2; }
    var v117: array<i32, 1>;
    { let c = 0u; v117[c] = (v116[c] + ((v39 + i32((tid + c * 64u))) * v10)); }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 32u) { ox_scratch[e] = bitcast<u32>(v117[c]); }
    }
    workgroupBarrier();
    var v121: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 1024u) {
            v121[c] = bitcast<i32>(ox_scratch[(e / 32u)]);
        }
    }
    var v123: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v123[c] = (v121[c] + ((v44 + i32((((tid + c * 64u) % 32u)))) * v11)); }
    var v124 = x0;
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 16u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 1024u && (((v39 + i32((((tid + c * 64u) / 32u)))) < v3) && ((v44 + i32((((tid + c * 64u) % 32u)))) < v4)) && (v123[c] < 0i || u32(v123[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v123[lane / 64u]), bitcast<u32>(v123[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 16u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 1024u && (((v39 + i32((((tid + c * 64u) / 32u)))) < v3) && ((v44 + i32((((tid + c * 64u) % 32u)))) < v4))) { let o = u32(v123[c]); b2[o >> 2u][o & 3u] = v124[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
