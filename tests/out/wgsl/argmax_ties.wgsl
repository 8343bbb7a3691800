// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1)
// params words: 2

// oxtile kernel `argmax_ties`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<i32>>; // `x`: *i32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<i32>>; // `out`: *i32

var<workgroup> ox_part0: array<u32, 192>;
var<workgroup> ox_part1: array<u32, 192>;
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
    var v3: array<i32, 1>;
    { let c = 0u; v3[c] = v0; }
    var v4: array<i32, 1>;
    { let c = 0u; v4[c] = (v3[c] + i32((tid + c * 64u))); }
    var v5: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 8u) {
            if (true && v4[c] >= 0i && u32(v4[c]) < params[0]) { let o = u32(v4[c]); v5[c] = b0[o >> 2u][o & 3u]; } else { v5[c] = 0i; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v4[c]), bitcast<u32>(v4[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v6: i32;
    {
        var best: i32;
        var bi: u32;
        var has = false;
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 8u) {
                let best_o = v5[c];
                let bi_o = e;
                if (has) { if (best_o > best || (best_o == best && bi_o < bi)) { best = best_o; bi = bi_o; } } else { best = best_o; bi = bi_o; } has = true;
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
            let best_o = bitcast<i32>(ox_part0[at + 0u]);
            let bi_o = ox_part0[at + 1u];
            if (ox_part0[at + 2u] != 0u) { if (has) { if (best_o > best || (best_o == best && bi_o < bi)) { best = best_o; bi = bi_o; } } else { best = best_o; bi = bi_o; } has = true; }
        }
        v6 = i32(bi);
    }
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v1 < 0i || u32(v1) >= params[1]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 1u, bitcast<u32>(v1), bitcast<u32>(v1 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v1); b1[o >> 2u][o & 3u] = v6; }
    }
    let v7: i32 = 1i;
    let v8: i32 = (v1 + v7);
    var v9: i32;
    {
        var best: i32;
        var bi: u32;
        var has = false;
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 8u) {
                let best_o = v5[c];
                let bi_o = e;
                if (has) { if (best_o < best || (best_o == best && bi_o < bi)) { best = best_o; bi = bi_o; } } else { best = best_o; bi = bi_o; } has = true;
            }
        }
        if (true) {
            let at = tid * 3u;
            ox_part1[at + 0u] = bitcast<u32>(best);
            ox_part1[at + 1u] = bi;
            ox_part1[at + 2u] = select(0u, 1u, has);
        }
        workgroupBarrier();
        has = false;
        for (var s = 0u; s < 64u; s = s + 1u) {
            let at = s * 3u;
            let best_o = bitcast<i32>(ox_part1[at + 0u]);
            let bi_o = ox_part1[at + 1u];
            if (ox_part1[at + 2u] != 0u) { if (has) { if (best_o < best || (best_o == best && bi_o < bi)) { best = best_o; bi = bi_o; } } else { best = best_o; bi = bi_o; } has = true; }
        }
        v9 = i32(bi);
    }
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v8 < 0i || u32(v8) >= params[1]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 1u, bitcast<u32>(v8), bitcast<u32>(v8 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v8); b1[o >> 2u][o & 3u] = v9; }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
