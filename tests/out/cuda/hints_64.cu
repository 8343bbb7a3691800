// entry: ox_hinted_copy
// params: buffer(4) buffer(4) scalar(4) scalar(4)
// threads: 128, shared bytes: 256
// stages: 2 requested, 0 chosen, loops []
// message 0: "n and off are positive"
// message 1: "`multiple_of(4)` does not hold"
// message 2: "`multiple_of(B)` does not hold"
// message 3: "`max_contiguous(B)` does not hold"
// site 1: tests/lang_memory.rs:830:18
// site 2: tests/lang_memory.rs:831:17
// site 3: tests/lang_memory.rs:832:31
// site 4: tests/lang_memory.rs:832:16
// site 5: tests/lang_memory.rs:834:23
// site 6: tests/lang_memory.rs:834:5

// oxtile kernel `hinted_copy`: one block of 128 threads per program, sm_90, bounds-checked.

typedef signed char i8;
typedef short i16;
typedef int i32;
typedef long long i64;
typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef float f32;
typedef double f64;
#define OX_INLINE static __device__ __forceinline__

extern "C" __device__ int vprintf(const char*, const char*);

// Records an error in the status words; the first error of the launch wins. `site` names
// the failing op's source location (0: unknown).
static __device__ __noinline__ void ox_record(u32* st, u32 code, u32 a, u64 b, u32 c, u32 site) {
    if (atomicCAS(&st[0], 0u, code) == 0u) {
        st[1] = a;
        st[2] = (u32)b;
        st[3] = (u32)(b >> 32);
        st[4] = c;
        st[5] = blockIdx.x;
        st[6] = blockIdx.y;
        st[7] = blockIdx.z;
        st[8] = site;
        __threadfence();
    }
}

// ---- PTX primitives: the only inline assembly of the prelude. A CPU emulation of the
// generated code (the tests' `OX_EMU`) defines these itself, with the same semantics ----
#ifndef OX_EMU
OX_INLINE f32 ox_cvt_f32_f16(u16 h) {
    f32 r;
    asm("cvt.f32.f16 %0, %1;" : "=f"(r) : "h"(h));
    return r;
}
OX_INLINE u16 ox_cvt_f16_f32(f32 x) {
    u16 h;
    asm("cvt.rn.f16.f32 %0, %1;" : "=h"(h) : "f"(x));
    return h;
}
// Two f32 to a packed pair of f16 (`lo` in the low half), one instruction from sm_80 on.
OX_INLINE u32 ox_cvt_f16x2_f32(f32 lo, f32 hi) {
#if __CUDA_ARCH__ >= 800
    u32 r;
    asm("cvt.rn.f16x2.f32 %0, %1, %2;" : "=r"(r) : "f"(hi), "f"(lo));
    return r;
#else
    return (u32)ox_cvt_f16_f32(lo) | ((u32)ox_cvt_f16_f32(hi) << 16);
#endif
}
OX_INLINE u16 ox_atomic_add_f16(u16* p, u16 v) {
    u16 old;
    asm volatile("atom.global.add.noftz.f16 %0, [%1], %2;" : "=h"(old) : "l"(p), "h"(v) : "memory");
    return old;
}
#endif

// ---- f16: hardware conversions, NaNs by hand (payload kept, as kernel_core::numeric) ----
OX_INLINE f32 ox_f16_val(u16 h) {
    if ((h & 0x7fffu) > 0x7c00u) {
        return __uint_as_float(((u32)(h & 0x8000u) << 16) | 0x7f800000u | ((u32)(h & 0x3ffu) << 13));
    }
    return ox_cvt_f32_f16(h);
}
OX_INLINE u16 ox_f16_bits(f32 x) {
    u32 b = __float_as_uint(x);
    if ((b & 0x7fffffffu) > 0x7f800000u) {
        u32 payload = (b >> 13) & 0x3ffu;
        return (u16)(((b >> 16) & 0x8000u) | 0x7c00u | (payload == 0u ? 0x200u : payload));
    }
    return ox_cvt_f16_f32(x);
}
// The f16 bits of a value already exact in f16 (a tile of dtype f16), for tensor-core
// operands: the hardware conversion alone (a NaN's payload does not matter to an mma).
OX_INLINE u16 ox_f16_raw(f32 x) { return ox_cvt_f16_f32(x); }
// Nonzero when either f16 of the packed pair `w` is a NaN: per half, (h & 0x7fff) > 0x7c00,
// tested for both at once (each half's sum stays below 0x10000). Vector loads and stores
// convert 8 values at once with the bare hardware conversion when no value of the vector is
// a NaN, and fall back to ox_f16_val / ox_f16_bits (payload kept) when one is.
OX_INLINE u32 ox_f16x2_nan(u32 w) { return ((w & 0x7fff7fffu) + 0x03ff03ffu) & 0x80008000u; }
// Rounds an f32 to f16 for a cast whose NaN bits may be observed (data movement). A NaN
// goes through ox_f16_bits so that its payload is the one the interpreter's f16 holds (cvt
// would make every NaN 0x7fff).
OX_INLINE f32 ox_rnd_f16(f32 x) {
    if (x != x) return ox_f16_val(ox_f16_bits(x));
    return ox_cvt_f32_f16(ox_cvt_f16_f32(x));
}
// Rounds an f32 result of arithmetic to f16 where no NaN test is needed: the IR leaves the
// bits of arithmetic's NaNs unspecified, and the hardware conversions keep a NaN a NaN.
OX_INLINE f32 ox_rnd_f16_arith(f32 x) { return ox_cvt_f32_f16(ox_cvt_f16_f32(x)); }

// ---- bf16: the high half of an f32 ----
OX_INLINE f32 ox_bf16_val(u16 h) { return __uint_as_float((u32)h << 16); }
OX_INLINE u16 ox_bf16_bits(f32 x) {
    u32 b = __float_as_uint(x);
    if ((b & 0x7fffffffu) > 0x7f800000u) {
        u32 hi = b >> 16;
        return (u16)((hi & 0x7fu) == 0u ? (hi | 0x40u) : hi);
    }
    return (u16)((b + 0x7fffu + ((b >> 16) & 1u)) >> 16);
}
OX_INLINE f32 ox_rnd_bf16(f32 x) { return ox_bf16_val(ox_bf16_bits(x)); }

// ---- TF32: an f32 rounded to 10 mantissa bits, to nearest with ties away from zero, as
// kernel_core::numeric::round_tf32 (infinities and NaNs kept): the factors of a tf32 `dot`
// on the FMA path (any architecture; the tensor-core path uses cvt.rna.tf32.f32) ----
OX_INLINE f32 ox_rnd_tf32(f32 x) {
    u32 b = __float_as_uint(x);
    if ((b & 0x7fffffffu) >= 0x7f800000u) return x;
    return __uint_as_float((b + 0x1000u) & 0xffffe000u);
}

// ---- generic narrow formats (fp8, and f64 -> f16/bf16): `eb` exponent bits, `mb` mantissa
// bits; `sat`: OCP "fn" (no infinities, one NaN, saturating overflow) as E4M3 ----
OX_INLINE u32 ox_enc_f32(f32 x, int eb, int mb, bool sat) {
    u32 bits = __float_as_uint(x);
    u32 sign = (bits >> 31) << (eb + mb);
    u32 emax = (1u << eb) - 1u;
    u32 mmask = (1u << mb) - 1u;
    int bias = (1 << (eb - 1)) - 1;
    u32 abits = bits & 0x7fffffffu;
    if (abits > 0x7f800000u) {
        if (sat) return sign | (emax << mb) | mmask;
        u32 payload = (abits >> (23 - mb)) & mmask;
        return sign | (emax << mb) | (payload == 0u ? (1u << (mb - 1)) : payload);
    }
    u32 maxfin = sat ? ((emax << mb) | (mmask - 1u)) : (((emax - 1u) << mb) | mmask);
    u32 big = sat ? maxfin : (emax << mb);
    if (abits == 0x7f800000u) return sign | big;
    if (abits == 0u) return sign;
    f32 a = __uint_as_float(abits);
    int emin = 1 - bias;
    int eq = max((int)(abits >> 23) - 127, emin);
    // Scaling by a power of two is exact; rintf ties to even: the only rounding step.
    u32 n = (u32)rintf(ldexpf(a, mb - eq));
    if (n == (1u << (mb + 1))) { n >>= 1; eq += 1; }
    u32 ef = 0u, man = n;
    if (n >= (1u << mb)) { ef = (u32)(eq + bias); man = n & mmask; }
    bool over = sat ? (ef > emax || (ef == emax && man == mmask)) : (ef >= emax);
    if (over) return sign | big;
    return sign | (ef << mb) | man;
}
OX_INLINE u32 ox_enc_f64(f64 x, int eb, int mb, bool sat) {
    u64 bits = (u64)__double_as_longlong(x);
    u32 sign = (u32)(bits >> 63) << (eb + mb);
    u32 emax = (1u << eb) - 1u;
    u32 mmask = (1u << mb) - 1u;
    int bias = (1 << (eb - 1)) - 1;
    u64 abits = bits & 0x7fffffffffffffffull;
    if (abits > 0x7ff0000000000000ull) {
        if (sat) return sign | (emax << mb) | mmask;
        u32 payload = (u32)(abits >> (52 - mb)) & mmask;
        return sign | (emax << mb) | (payload == 0u ? (1u << (mb - 1)) : payload);
    }
    u32 maxfin = sat ? ((emax << mb) | (mmask - 1u)) : (((emax - 1u) << mb) | mmask);
    u32 big = sat ? maxfin : (emax << mb);
    if (abits == 0x7ff0000000000000ull) return sign | big;
    if (abits == 0ull) return sign;
    f64 a = __longlong_as_double((i64)abits);
    int emin = 1 - bias;
    int eq = max((int)(abits >> 52) - 1023, emin);
    f64 s = rint(ldexp(a, mb - eq));
    if (s >= 4294967296.0) return sign | big;
    u32 n = (u32)s;
    if (n == (1u << (mb + 1))) { n >>= 1; eq += 1; }
    u32 ef = 0u, man = n;
    if (n >= (1u << mb)) {
        if (eq + bias >= (int)emax + 1) return sign | big;
        ef = (u32)(eq + bias);
        man = n & mmask;
    }
    bool over = sat ? (ef > emax || (ef == emax && man == mmask)) : (ef >= emax);
    if (over) return sign | big;
    return sign | (ef << mb) | man;
}
OX_INLINE f32 ox_dec(u32 b, int eb, int mb, bool sat) {
    u32 emax = (1u << eb) - 1u;
    u32 mmask = (1u << mb) - 1u;
    int bias = (1 << (eb - 1)) - 1;
    u32 neg = (b >> (eb + mb)) & 1u;
    u32 ef = (b >> mb) & emax;
    u32 man = b & mmask;
    u32 mag;
    if (ef == emax && (!sat || man == mmask)) {
        mag = 0x7f800000u | (man << (23 - mb));
    } else if (ef == 0u) {
        mag = __float_as_uint(ldexpf((f32)man, 1 - bias - mb));
    } else {
        mag = __float_as_uint(ldexpf((f32)((1u << mb) | man), (int)ef - bias - mb));
    }
    return __uint_as_float(mag | (neg << 31));
}
OX_INLINE f32 ox_e4m3_val(u8 b) { return ox_dec(b, 4, 3, true); }
OX_INLINE f32 ox_e5m2_val(u8 b) { return ox_dec(b, 5, 2, false); }
OX_INLINE u8 ox_e4m3_bits(f32 x) { return (u8)ox_enc_f32(x, 4, 3, true); }
OX_INLINE u8 ox_e5m2_bits(f32 x) { return (u8)ox_enc_f32(x, 5, 2, false); }
OX_INLINE f32 ox_rnd_e4m3(f32 x) { return ox_e4m3_val(ox_e4m3_bits(x)); }
OX_INLINE f32 ox_rnd_e5m2(f32 x) { return ox_e5m2_val(ox_e5m2_bits(x)); }
OX_INLINE f32 ox_d2f16(f64 x) { return ox_f16_val((u16)ox_enc_f64(x, 5, 10, false)); }
OX_INLINE f32 ox_d2bf16(f64 x) { return ox_bf16_val((u16)ox_enc_f64(x, 8, 7, false)); }
OX_INLINE f32 ox_d2e4m3(f64 x) { return ox_e4m3_val((u8)ox_enc_f64(x, 4, 3, true)); }
OX_INLINE f32 ox_d2e5m2(f64 x) { return ox_e5m2_val((u8)ox_enc_f64(x, 5, 2, false)); }

// ---- integer -> bf16 rounded once: to 8 significant bits first (exactly) ----
OX_INLINE f32 ox_u2bf16(u64 m) {
    int nbits = 64 - __clzll((i64)m);
    if (nbits > 8) {
        int shift = nbits - 8;
        u64 q = m >> shift;
        u64 rem = m & ((1ull << shift) - 1ull);
        u64 half = 1ull << (shift - 1);
        if (rem > half || (rem == half && (q & 1ull))) q += 1ull;
        return ldexpf((f32)q, shift);
    }
    return (f32)m;
}
OX_INLINE f32 ox_s2bf16(i64 v) {
    f32 r = ox_u2bf16(v < 0 ? 0ull - (u64)v : (u64)v);
    return v < 0 ? -r : r;
}

// ---- float -> integer as Rust's `as`: truncate, saturate, NaN -> 0 ----
OX_INLINE i64 ox_f2s(f64 x, i64 lo, i64 hi) {
    if (x != x) return 0;
    if (x <= (f64)lo) return lo;
    if (x >= (f64)hi) return hi;
    return (i64)x;
}
OX_INLINE u64 ox_f2u(f64 x, u64 hi) {
    if (!(x > 0.0)) return 0ull;
    if (x >= (f64)hi) return hi;
    return (u64)x;
}

// ---- Philox4x32-10, as kernel_core::numeric::philox4x32_10 and Triton's philox_impl ----
OX_INLINE uint4 ox_philox(u32 c0, u32 k0, u32 k1) {
    u32 c1 = 0u, c2 = 0u, c3 = 0u;
#pragma unroll
    for (int r = 0; r < 10; ++r) {
        u32 hi_a = __umulhi(0xD2511F53u, c0), lo_a = 0xD2511F53u * c0;
        u32 hi_b = __umulhi(0xCD9E8D57u, c2), lo_b = 0xCD9E8D57u * c2;
        u32 n0 = hi_b ^ c1 ^ k0, n2 = hi_a ^ c3 ^ k1;
        c0 = n0; c1 = lo_b; c2 = n2; c3 = lo_a;
        k0 += 0x9E3779B9u; k1 += 0xBB67AE85u;
    }
    return make_uint4(c0, c1, c2, c3);
}
// Triton's uint_to_uniform_float: a u32 word to [0, 1).
OX_INLINE f32 ox_u2uniform(u32 x) {
    i32 i = (i32)x;
    if (i < 0) i = ~i;
    return __fmul_rn((f32)i, __uint_as_float(0x2fffffffu));
}
// Triton's randn: Box-Muller on the first two Philox words.
OX_INLINE f32 ox_randn(u32 offset, u32 k0, u32 k1) {
    uint4 w = ox_philox(offset, k0, k1);
    f32 u1 = fmaxf(ox_u2uniform(w.x), 1.0e-7f);
    f32 u2 = ox_u2uniform(w.y);
    f32 th = __fmul_rn(__uint_as_float(0x40c90fdbu), u2);
    f32 r = __fsqrt_rn(__fmul_rn(-2.0f, logf(u1)));
    return __fmul_rn(r, cosf(th));
}

// ---- atomics CUDA lacks ----
OX_INLINE f32 ox_atomic_max_f32(f32* p, f32 v) {
    u32* a = (u32*)p;
    u32 old = *(volatile u32*)a, assumed;
    do {
        assumed = old;
        old = atomicCAS(a, assumed, __float_as_uint(fmaxf(__uint_as_float(assumed), v)));
    } while (old != assumed);
    return __uint_as_float(old);
}
OX_INLINE f32 ox_atomic_min_f32(f32* p, f32 v) {
    u32* a = (u32*)p;
    u32 old = *(volatile u32*)a, assumed;
    do {
        assumed = old;
        old = atomicCAS(a, assumed, __float_as_uint(fminf(__uint_as_float(assumed), v)));
    } while (old != assumed);
    return __uint_as_float(old);
}

extern "C" __global__ void __launch_bounds__(128) ox_hinted_copy(
    const f32* __restrict__ p0 /* `x`: *f32 */,
    u64 n0,
    f32* __restrict__ p1 /* `out`: *f32 */,
    u64 n1,
    u32 s2 /* `off`: i32 */,
    u32 s3 /* `n`: i32 */,
    u32* __restrict__ ox_status)
{
    extern __shared__ __align__(16) unsigned char ox_smem[];
    __shared__ u64 ox_bcast;
    const int tid = (int)threadIdx.x;
    bool ox_fail = false; // this thread found an out-of-bounds lane
    (void)ox_bcast; (void)tid;
    const i64 v0 = 0; // `x`: offset into p0
    const i64 v1 = 0; // `out`: offset into p1
    const i32 v2 = ((i32)(u32(s2))); // `off`
    const i32 v3 = ((i32)(u32(s3))); // `n`
    // %4: bool = checked
    const bool v4 = true;
    // if %4
    if (v4) {
        // %5: i32 = const
        const i32 v5 = 0;
        // %6: bool = cmp %3, %5
        const bool v6 = (v3 > v5);
        // %7: i32 = const
        const i32 v7 = 0;
        // %8: bool = cmp %2, %7
        const bool v8 = (v2 >= v7);
        // %9: bool = and %6, %8
        const bool v9 = (v6 && v8);
        // assert %9
        if (!v9) { if (tid == 0) ox_record(ox_status, 2u, 0u, 0ull, 0u, 1u); return; }
    }
    // %10: bool = checked
    const bool v10 = true;
    // if %10
    if (v10) {
        // %11: i32 = const
        const i32 v11 = 4;
        // %12: i32 = rem %2, %11
        const i32 v12 = ((v11 == 0 || v11 == (i32)-1) ? (i32)0 : (i32)(v2 % v11));
        // %13: i32 = const
        const i32 v13 = 0;
        // %14: bool = cmp %12, %13
        const bool v14 = (v12 == v13);
        // assert %14
        if (!v14) { if (tid == 0) ox_record(ox_status, 2u, 1u, 0ull, 0u, 2u); return; }
    }
    // %15: i32 = hint %2
    // %16: i32 = program_id
    const i32 v16 = (i32)blockIdx.x;
    // %17: i32 = const
    const i32 v17 = 64;
    // %18: i32 = mul %16, %17
    const i32 v18 = ((i32)((u32)(u32)v16 * (u32)(u32)v17));
    // %19: i32[64] = arange
    // %20: i32[64] = broadcast %18
    // %21: i32[64] = add %20, %19
    // %22: bool = checked
    const bool v22 = true;
    // if %22
    if (v22) {
        // %23: i32[64] = arange
        // %24: i32 = const
        const i32 v24 = 1;
        // %25: i32[64] = broadcast %24
        // %26: i32[64] = sub %23, %25
        // %27: i32 = const
        const i32 v27 = 0;
        // %28: i32[64] = broadcast %27
        // %29: i32[64] = max %26, %28
        // %30: i32[64] = gather %21, %29
        #pragma unroll
        for (int c = 0; c < 1; ++c) {
            const int e = (c * 128 + tid);
            if (e < 64) {
                const i32 l1 = ((i32)((u32)(u32)v18 + (u32)(u32)e));
                ((i32*)ox_smem)[e] = l1;
            }
        }
        if (__syncthreads_or(ox_fail)) return;
        i32 v30[1];
        #pragma unroll
        for (int c = 0; c < 1; ++c) {
            const int e = (c * 128 + tid);
            if (e < 64) {
                const i32 l2 = ((i32)((u32)(u32)e - (u32)(u32)v24));
                const i32 l3 = (l2 > v27 ? l2 : v27);
                const long long g4 = (long long)(l3) < 0 ? 0 : (long long)(l3) > 63 ? 63 : (long long)(l3);
                v30[c] = ((i32*)ox_smem)[((int)g4)];
            }
        }
        if (__syncthreads_or(ox_fail)) return;
        // %31: i32 = const
        const i32 v31 = 1;
        // %32: i32[64] = broadcast %31
        // %33: i32[64] = add %30, %32
        i32 v33[1];
        #pragma unroll
        for (int c = 0; c < 1; ++c) {
            const int e = (c * 128 + tid);
            {
                v33[c] = ((i32)((u32)(u32)v30[c] + (u32)(u32)v31));
            }
        }
        // %34: bool[64] = cmp %21, %33
        bool v34[1];
        #pragma unroll
        for (int c = 0; c < 1; ++c) {
            const int e = (c * 128 + tid);
            {
                const i32 l5 = ((i32)((u32)(u32)v18 + (u32)(u32)e));
                v34[c] = (l5 == v33[c]);
            }
        }
        // %35: i32 = const
        const i32 v35 = 0;
        // %36: i32[64] = broadcast %35
        // %37: bool[64] = cmp %23, %36
        // %38: bool[64] = and %37, %34
        bool v38[1];
        #pragma unroll
        for (int c = 0; c < 1; ++c) {
            const int e = (c * 128 + tid);
            {
                const bool l6 = (e != v35);
                v38[c] = (l6 && v34[c]);
            }
        }
        // %39: i32 = const
        const i32 v39 = 64;
        // %40: i32[64] = broadcast %39
        // %41: i32[64] = rem %21, %40
        // %42: i32 = const
        const i32 v42 = 0;
        // %43: i32[64] = broadcast %42
        // %44: bool[64] = cmp %41, %43
        // %45: bool[64] = or %38, %44
        bool v45[1];
        #pragma unroll
        for (int c = 0; c < 1; ++c) {
            const int e = (c * 128 + tid);
            {
                const i32 l7 = ((i32)((u32)(u32)v18 + (u32)(u32)e));
                const i32 l8 = ((v39 == 0 || v39 == (i32)-1) ? (i32)0 : (i32)(l7 % v39));
                const bool l9 = (l8 == v42);
                v45[c] = (v38[c] || l9);
            }
        }
        // assert %45
        bool bad10 = false;
        #pragma unroll
        for (int c = 0; c < 1; ++c) {
            const int e = (c * 128 + tid);
            if (e < 64) {
                if (!v45[c]) bad10 = true;
            }
        }
        if (__syncthreads_or(bad10)) { if (tid == 0) ox_record(ox_status, 2u, 2u, 0ull, 0u, 3u); return; }
    }
    // %46: i32[64] = hint %21
    // %47: bool = checked
    const bool v47 = true;
    // if %47
    if (v47) {
        // %48: i32[64] = arange
        // %49: i32 = const
        const i32 v49 = 1;
        // %50: i32[64] = broadcast %49
        // %51: i32[64] = sub %48, %50
        // %52: i32 = const
        const i32 v52 = 0;
        // %53: i32[64] = broadcast %52
        // %54: i32[64] = max %51, %53
        // %55: i32[64] = gather %46, %54
        #pragma unroll
        for (int c = 0; c < 1; ++c) {
            const int e = (c * 128 + tid);
            if (e < 64) {
                const i32 l11 = ((i32)((u32)(u32)v18 + (u32)(u32)e));
                ((i32*)ox_smem)[e] = l11;
            }
        }
        if (__syncthreads_or(ox_fail)) return;
        i32 v55[1];
        #pragma unroll
        for (int c = 0; c < 1; ++c) {
            const int e = (c * 128 + tid);
            if (e < 64) {
                const i32 l12 = ((i32)((u32)(u32)e - (u32)(u32)v49));
                const i32 l13 = (l12 > v52 ? l12 : v52);
                const long long g14 = (long long)(l13) < 0 ? 0 : (long long)(l13) > 63 ? 63 : (long long)(l13);
                v55[c] = ((i32*)ox_smem)[((int)g14)];
            }
        }
        if (__syncthreads_or(ox_fail)) return;
        // %56: i32 = const
        const i32 v56 = 1;
        // %57: i32[64] = broadcast %56
        // %58: i32[64] = add %55, %57
        i32 v58[1];
        #pragma unroll
        for (int c = 0; c < 1; ++c) {
            const int e = (c * 128 + tid);
            {
                v58[c] = ((i32)((u32)(u32)v55[c] + (u32)(u32)v56));
            }
        }
        // %59: bool[64] = cmp %46, %58
        bool v59[1];
        #pragma unroll
        for (int c = 0; c < 1; ++c) {
            const int e = (c * 128 + tid);
            {
                const i32 l15 = ((i32)((u32)(u32)v18 + (u32)(u32)e));
                v59[c] = (l15 == v58[c]);
            }
        }
        // %60: i32 = const
        const i32 v60 = 64;
        // %61: i32[64] = broadcast %60
        // %62: i32[64] = rem %48, %61
        // %63: i32 = const
        const i32 v63 = 0;
        // %64: i32[64] = broadcast %63
        // %65: bool[64] = cmp %62, %64
        // %66: bool[64] = or %65, %59
        bool v66[1];
        #pragma unroll
        for (int c = 0; c < 1; ++c) {
            const int e = (c * 128 + tid);
            {
                const i32 l16 = ((v60 == 0 || v60 == (i32)-1) ? (i32)0 : (i32)(e % v60));
                const bool l17 = (l16 == v63);
                v66[c] = (l17 || v59[c]);
            }
        }
        // assert %66
        bool bad18 = false;
        #pragma unroll
        for (int c = 0; c < 1; ++c) {
            const int e = (c * 128 + tid);
            if (e < 64) {
                if (!v66[c]) bad18 = true;
            }
        }
        if (__syncthreads_or(bad18)) { if (tid == 0) ox_record(ox_status, 2u, 3u, 0ull, 0u, 4u); return; }
    }
    // %67: i32[64] = hint %46
    // %68: i32[64] = broadcast %3
    // %69: bool[64] = cmp %67, %68
    // %70: *f32[64] = broadcast %1
    // %71: *f32[64] = ptr_add %70, %67
    // %72: *f32 = ptr_add %0, %15
    const i64 v72 = (v0 + (i64)v2);
    // %73: *f32[64] = broadcast %72
    // %74: *f32[64] = ptr_add %73, %67
    // %75: f32 = const
    const f32 v75 = 0.0f;
    // %76: f32[64] = broadcast %75
    // %77: f32[64] = load %74, %69, %76
    f32 v77[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i32 l19 = ((i32)((u32)(u32)v18 + (u32)(u32)e));
            const i64 l20 = (v72 + (i64)l19);
            const bool l21 = (l19 < v3);
            v77[c] = v75; if (l21) { if ((u64)l20 < n0) v77[c] = p0[l20]; else { ox_record(ox_status, 1u, 0u, (u64)l20, 0u, 5u); ox_fail = true; } }
        }
    }
    // store %71, %77, %69
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i32 l22 = ((i32)((u32)(u32)v18 + (u32)(u32)e));
            const i64 l23 = (v1 + (i64)l22);
            const bool l24 = (l22 < v3);
            if (!ox_fail && l24 && !((u64)l23 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l23, 1u, 6u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i32 l25 = ((i32)((u32)(u32)v18 + (u32)(u32)e));
            const i64 l26 = (v1 + (i64)l25);
            const bool l27 = (l25 < v3);
            if (!ox_fail && l27) { if ((u64)l26 < n1) p1[l26] = v77[c]; else { ox_record(ox_status, 1u, 1u, (u64)l26, 1u, 6u); ox_fail = true; } }
        }
    }
}
