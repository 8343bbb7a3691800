// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) scalar(word 2) scalar(word 3) scalar(word 4) scalar(word 5)
// params words: 6

// oxtile kernel `softmax`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<f32>>; // `out`: *f32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<f32>>; // `input`: *f32

var<workgroup> ox_part0: array<u32, 128>;
var<workgroup> ox_part1: array<u32, 128>;
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

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>, @builtin(local_invocation_index) tid: u32) {
    // Every binding is statically used, so a derived pipeline layout has them all.
    _ = arrayLength(&params);
    _ = atomicLoad(&status[0]);
    _ = arrayLength(&b0);
    _ = arrayLength(&b1);
    var ox_fail = false;
    var ox_stop = false;
    let v0 = 0i;
    let v1 = 0i;
    let v2 = bitcast<i32>(params[2]);
    let v3 = bitcast<i32>(params[3]);
    let v4 = bitcast<i32>(params[4]);
    let v5 = bitcast<i32>(params[5]);
    let v6 = i32(wid.x);
    let v7 = i32(nwg.x);
    {
        let u1 = bitcast<i32>(ox_uniform(bitcast<u32>(v4), tid));
        if (v7 <= 0i) { if (tid == 0u) { ox_record(3u, 0u, bitcast<u32>(v7), select(0u, 0xffffffffu, v7 < 0i), 0u, 0u, wid); } return; }
        var i2 = v6;
        loop {
            if (!(i2 < u1)) { break; }
            let v8 = i2;
            let v12: i32 = (v8 * v2);
            let v13: i32 = (v1 + v12);
            var v14: array<i32, 13>;
            for (var c = 0u; c < 13u; c = c + 1u) { v14[c] = v13; }
            var v15: array<i32, 13>;
            for (var c = 0u; c < 13u; c = c + 1u) { v15[c] = (v14[c] + i32((tid + c * 64u))); }
            let v16: f32 = bitcast<f32>(0xff800000u);
            var v17: array<f32, 13>;
            for (var c = 0u; c < 13u; c = c + 1u) { v17[c] = v16; }
            var v18: array<f32, 13>;
            for (var c = 0u; c < 13u; c = c + 1u) {
                let e = tid + c * 64u;
                if (e < 784u) {
                    if ((i32((tid + c * 64u)) < v5) && v15[c] >= 0i && u32(v15[c]) < params[1]) { let o = u32(v15[c]); v18[c] = b1[o >> 2u][o & 3u]; } else { v18[c] = v17[c]; if ((i32((tid + c * 64u)) < v5)) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v15[c]), bitcast<u32>(v15[c] >> 31u), 0u, 0u, wid); } }
                }
            }
            var v19: f32;
            {
                var acc: f32;
                var has = false;
                for (var c = 0u; c < 13u; c = c + 1u) {
                    let e = tid + c * 64u;
                    if (e < 784u) {
                        let acc_o = v18[c];
                        if (has) { acc = ox_fmax(acc, acc_o); } else { acc = acc_o; } has = true;
                    }
                }
                if (true) {
                    let at = tid * 2u;
                    ox_part0[at + 0u] = bitcast<u32>(acc);
                    ox_part0[at + 1u] = select(0u, 1u, has);
                }
                workgroupBarrier();
                has = false;
                for (var s = 0u; s < 64u; s = s + 1u) {
                    let at = s * 2u;
                    let acc_o = bitcast<f32>(ox_part0[at + 0u]);
                    if (ox_part0[at + 1u] != 0u) { if (has) { acc = ox_fmax(acc, acc_o); } else { acc = acc_o; } has = true; }
                }
                v19 = acc;
            }
            var v20: array<f32, 13>;
            for (var c = 0u; c < 13u; c = c + 1u) { v20[c] = v19; }
            var v22: array<f32, 13>;
            for (var c = 0u; c < 13u; c = c + 1u) {
                let w21: f32 = (v18[c] - v20[c]);
                v22[c] = exp(w21);
            }
            var v23: f32;
            {
                var acc: f32;
                var has = false;
                for (var c = 0u; c < 13u; c = c + 1u) {
                    let e = tid + c * 64u;
                    if (e < 784u) {
                        let acc_o = v22[c];
                        if (has) { acc = (acc + acc_o); } else { acc = acc_o; } has = true;
                    }
                }
                if (true) {
                    let at = tid * 2u;
                    ox_part1[at + 0u] = bitcast<u32>(acc);
                    ox_part1[at + 1u] = select(0u, 1u, has);
                }
                workgroupBarrier();
                has = false;
                for (var s = 0u; s < 64u; s = s + 1u) {
                    let at = s * 2u;
                    let acc_o = bitcast<f32>(ox_part1[at + 0u]);
                    if (ox_part1[at + 1u] != 0u) { if (has) { acc = (acc + acc_o); } else { acc = acc_o; } has = true; }
                }
                v23 = acc;
            }
            let v24: i32 = (v8 * v3);
            let v25: i32 = (v0 + v24);
            var v26: array<i32, 13>;
            for (var c = 0u; c < 13u; c = c + 1u) { v26[c] = v25; }
            var v27: array<i32, 13>;
            for (var c = 0u; c < 13u; c = c + 1u) { v27[c] = (v26[c] + i32((tid + c * 64u))); }
            var v28: array<f32, 13>;
            for (var c = 0u; c < 13u; c = c + 1u) { v28[c] = v23; }
            var v29: array<f32, 13>;
            for (var c = 0u; c < 13u; c = c + 1u) { v29[c] = (v22[c] / v28[c]); }
            {
                var bad = select(0u, 1u, ox_fail || ox_stop);
                for (var c = 0u; c < 13u; c = c + 1u) {
                    let e = tid + c * 64u;
                    if (bad <= 1u && e < 784u && (i32((tid + c * 64u)) < v5) && (v27[c] < 0i || u32(v27[c]) >= params[0])) { bad = 0xffffffffu - e; }
                }
                let worst = ox_any_bad(bad);
                if (worst != 0u) {
                    let lane = 0xffffffffu - worst;
                    if (worst != 1u && lane % 64u == tid) { ox_record(1u, 0u, bitcast<u32>(v27[lane / 64u]), bitcast<u32>(v27[lane / 64u] >> 31u), 1u, 0u, wid); }
                    ox_stop = true;
                }
            }
            if (!ox_stop) {
                for (var c = 0u; c < 13u; c = c + 1u) {
                    let e = tid + c * 64u;
                    if (e < 784u && (i32((tid + c * 64u)) < v5)) { let o = u32(v27[c]); b0[o >> 2u][o & 3u] = v29[c]; }
                }
            }
            continuing {
                let left = bitcast<u32>(u1) - bitcast<u32>(i2);
                i2 = i2 + v7;
                break if left <= bitcast<u32>(v7);
            }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
