// entry: ox_sorts
// params: buffer(4) buffer(4) buffer(8) buffer(8) buffer(1) buffer(1)
// threads: 128, shared bytes: 4096
// stages: 2 requested, 0 chosen, loops []
// site 1: tests/lang_tiles.rs:1781:13
// site 2: tests/lang_tiles.rs:1782:5
// site 3: tests/lang_tiles.rs:1783:5
// site 4: tests/lang_tiles.rs:1784:5
// site 5: tests/lang_tiles.rs:1785:5
// site 6: tests/lang_tiles.rs:1786:27
// site 7: tests/lang_tiles.rs:1786:5
// site 8: tests/lang_tiles.rs:1787:38
// site 9: tests/lang_tiles.rs:1787:5

// oxtile kernel `sorts`: one block of 128 threads per program, sm_90, bounds-checked.

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

extern "C" __global__ void __launch_bounds__(128) ox_sorts(
    const f32* __restrict__ p0 /* `x`: *f32 */,
    u64 n0,
    f32* __restrict__ p1 /* `out`: *f32 */,
    u64 n1,
    const i64* __restrict__ p2 /* `i`: *i64 */,
    u64 n2,
    i64* __restrict__ p3 /* `iout`: *i64 */,
    u64 n3,
    const u8* __restrict__ p4 /* `b`: *u8 */,
    u64 n4,
    u8* __restrict__ p5 /* `bout`: *u8 */,
    u64 n5,
    u32* __restrict__ ox_status)
{
    extern __shared__ __align__(16) unsigned char ox_smem[];
    __shared__ u64 ox_bcast;
    const int tid = (int)threadIdx.x;
    bool ox_fail = false; // this thread found an out-of-bounds lane
    (void)ox_bcast; (void)tid;
    const i64 v0 = 0; // `x`: offset into p0
    const i64 v1 = 0; // `out`: offset into p1
    const i64 v2 = 0; // `i`: offset into p2
    const i64 v3 = 0; // `iout`: offset into p3
    const i64 v4 = 0; // `b`: offset into p4
    const i64 v5 = 0; // `bout`: offset into p5
    // %6: i32[8] = arange
    // %7: i32[8, 1] = expand_dims %6
    // %8: i32 = const
    const i32 v8 = 32;
    // %9: i32[8, 1] = broadcast %8
    // %10: i32[8, 1] = mul %7, %9
    // %11: i32[32] = arange
    // %12: i32[1, 32] = expand_dims %11
    // %13: i32[8, 32] = broadcast %10
    // %14: i32[8, 32] = broadcast %12
    // %15: i32[8, 32] = add %13, %14
    // %16: *f32[8, 32] = broadcast %0
    // %17: *f32[8, 32] = ptr_add %16, %15
    // %18: f32[8, 32] = load %17
    f32 v18[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i32 l1 = ((i32)((u32)(u32)(e / 32) * (u32)(u32)v8));
            const i32 l2 = ((i32)((u32)(u32)l1 + (u32)(u32)(e % 32)));
            const i64 l3 = (v0 + (i64)l2);
            v18[c] = ((f32)(0)); if ((u64)l3 < n0) v18[c] = p0[l3]; else { ox_record(ox_status, 1u, 0u, (u64)l3, 0u, 1u); ox_fail = true; }
        }
    }
    // %19: *f32[8, 32] = broadcast %1
    // %20: *f32[8, 32] = ptr_add %19, %15
    // %21: f32[8, 32] = sort %18
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            ((f32*)ox_smem)[e] = v18[c];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const int oi = (e / 1) % 32; const int ob = e - oi * 1;
            const u32 kea = __float_as_uint(((f32*)ox_smem)[e]); const u32 keb = (kea << 1) > 0xff000000u ? kea << 1 >> 1 : kea; const u32 ke = (keb >> 31) ? ~keb : (keb | 0x80000000u);
            int rk = 0;
            for (int j = 0; j < 32; ++j) {
                const u32 kja = __float_as_uint(((f32*)ox_smem)[ob + j * 1]); const u32 kjb = (kja << 1) > 0xff000000u ? kja << 1 >> 1 : kja; const u32 kj = (kjb >> 31) ? ~kjb : (kjb | 0x80000000u);
                rk += (kj < ke || (kj == ke && j < oi)) ? 1 : 0;
            }
            ((f32*)(ox_smem + 1024))[ob + rk * 1] = ((f32*)ox_smem)[e];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    f32 v21[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v21[c] = ((f32*)(ox_smem + 1024))[e];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    // store %20, %21
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i32 l4 = ((i32)((u32)(u32)(e / 32) * (u32)(u32)v8));
            const i32 l5 = ((i32)((u32)(u32)l4 + (u32)(u32)(e % 32)));
            const i64 l6 = (v1 + (i64)l5);
            if (!ox_fail && true && !((u64)l6 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l6, 1u, 2u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i32 l7 = ((i32)((u32)(u32)(e / 32) * (u32)(u32)v8));
            const i32 l8 = ((i32)((u32)(u32)l7 + (u32)(u32)(e % 32)));
            const i64 l9 = (v1 + (i64)l8);
            if (!ox_fail && true) { if ((u64)l9 < n1) p1[l9] = v21[c]; else { ox_record(ox_status, 1u, 1u, (u64)l9, 1u, 2u); ox_fail = true; } }
        }
    }
    // %22: i32 = const
    const i32 v22 = 8;
    // %23: i32 = const
    const i32 v23 = 32;
    // %24: i32 = mul %22, %23
    const i32 v24 = ((i32)((u32)(u32)v22 * (u32)(u32)v23));
    // %25: *f32 = ptr_add %1, %24
    const i64 v25 = (v1 + (i64)v24);
    // %26: *f32[8, 32] = broadcast %25
    // %27: *f32[8, 32] = ptr_add %26, %15
    // %28: f32[8, 32] = sort %18
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            ((f32*)ox_smem)[e] = v18[c];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const int oi = (e / 1) % 32; const int ob = e - oi * 1;
            const u32 kea = __float_as_uint(((f32*)ox_smem)[e]); const u32 keb = (kea << 1) > 0xff000000u ? kea << 1 >> 1 : kea; const u32 ke = (keb >> 31) ? ~keb : (keb | 0x80000000u);
            int rk = 0;
            for (int j = 0; j < 32; ++j) {
                const u32 kja = __float_as_uint(((f32*)ox_smem)[ob + j * 1]); const u32 kjb = (kja << 1) > 0xff000000u ? kja << 1 >> 1 : kja; const u32 kj = (kjb >> 31) ? ~kjb : (kjb | 0x80000000u);
                rk += (kj > ke || (kj == ke && j < oi)) ? 1 : 0;
            }
            ((f32*)(ox_smem + 1024))[ob + rk * 1] = ((f32*)ox_smem)[e];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    f32 v28[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v28[c] = ((f32*)(ox_smem + 1024))[e];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    // store %27, %28
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i32 l10 = ((i32)((u32)(u32)(e / 32) * (u32)(u32)v8));
            const i32 l11 = ((i32)((u32)(u32)l10 + (u32)(u32)(e % 32)));
            const i64 l12 = (v25 + (i64)l11);
            if (!ox_fail && true && !((u64)l12 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l12, 1u, 3u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i32 l13 = ((i32)((u32)(u32)(e / 32) * (u32)(u32)v8));
            const i32 l14 = ((i32)((u32)(u32)l13 + (u32)(u32)(e % 32)));
            const i64 l15 = (v25 + (i64)l14);
            if (!ox_fail && true) { if ((u64)l15 < n1) p1[l15] = v28[c]; else { ox_record(ox_status, 1u, 1u, (u64)l15, 1u, 3u); ox_fail = true; } }
        }
    }
    // %29: i32 = const
    const i32 v29 = 2;
    // %30: i32 = const
    const i32 v30 = 8;
    // %31: i32 = mul %29, %30
    const i32 v31 = ((i32)((u32)(u32)v29 * (u32)(u32)v30));
    // %32: i32 = const
    const i32 v32 = 32;
    // %33: i32 = mul %31, %32
    const i32 v33 = ((i32)((u32)(u32)v31 * (u32)(u32)v32));
    // %34: *f32 = ptr_add %1, %33
    const i64 v34 = (v1 + (i64)v33);
    // %35: *f32[8, 32] = broadcast %34
    // %36: *f32[8, 32] = ptr_add %35, %15
    // %37: f32[8, 32] = sort %18
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            ((f32*)ox_smem)[e] = v18[c];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const int oi = (e / 32) % 8; const int ob = e - oi * 32;
            const u32 kea = __float_as_uint(((f32*)ox_smem)[e]); const u32 keb = (kea << 1) > 0xff000000u ? kea << 1 >> 1 : kea; const u32 ke = (keb >> 31) ? ~keb : (keb | 0x80000000u);
            int rk = 0;
            for (int j = 0; j < 8; ++j) {
                const u32 kja = __float_as_uint(((f32*)ox_smem)[ob + j * 32]); const u32 kjb = (kja << 1) > 0xff000000u ? kja << 1 >> 1 : kja; const u32 kj = (kjb >> 31) ? ~kjb : (kjb | 0x80000000u);
                rk += (kj < ke || (kj == ke && j < oi)) ? 1 : 0;
            }
            ((f32*)(ox_smem + 1024))[ob + rk * 32] = ((f32*)ox_smem)[e];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    f32 v37[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v37[c] = ((f32*)(ox_smem + 1024))[e];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    // store %36, %37
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i32 l16 = ((i32)((u32)(u32)(e / 32) * (u32)(u32)v8));
            const i32 l17 = ((i32)((u32)(u32)l16 + (u32)(u32)(e % 32)));
            const i64 l18 = (v34 + (i64)l17);
            if (!ox_fail && true && !((u64)l18 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l18, 1u, 4u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i32 l19 = ((i32)((u32)(u32)(e / 32) * (u32)(u32)v8));
            const i32 l20 = ((i32)((u32)(u32)l19 + (u32)(u32)(e % 32)));
            const i64 l21 = (v34 + (i64)l20);
            if (!ox_fail && true) { if ((u64)l21 < n1) p1[l21] = v37[c]; else { ox_record(ox_status, 1u, 1u, (u64)l21, 1u, 4u); ox_fail = true; } }
        }
    }
    // %38: i32 = const
    const i32 v38 = 3;
    // %39: i32 = const
    const i32 v39 = 8;
    // %40: i32 = mul %38, %39
    const i32 v40 = ((i32)((u32)(u32)v38 * (u32)(u32)v39));
    // %41: i32 = const
    const i32 v41 = 32;
    // %42: i32 = mul %40, %41
    const i32 v42 = ((i32)((u32)(u32)v40 * (u32)(u32)v41));
    // %43: *f32 = ptr_add %1, %42
    const i64 v43 = (v1 + (i64)v42);
    // %44: *f32[8, 32] = broadcast %43
    // %45: *f32[8, 32] = ptr_add %44, %15
    // %46: f32[8, 32] = sort %18
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            ((f32*)ox_smem)[e] = v18[c];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const int oi = (e / 32) % 8; const int ob = e - oi * 32;
            const u32 kea = __float_as_uint(((f32*)ox_smem)[e]); const u32 keb = (kea << 1) > 0xff000000u ? kea << 1 >> 1 : kea; const u32 ke = (keb >> 31) ? ~keb : (keb | 0x80000000u);
            int rk = 0;
            for (int j = 0; j < 8; ++j) {
                const u32 kja = __float_as_uint(((f32*)ox_smem)[ob + j * 32]); const u32 kjb = (kja << 1) > 0xff000000u ? kja << 1 >> 1 : kja; const u32 kj = (kjb >> 31) ? ~kjb : (kjb | 0x80000000u);
                rk += (kj > ke || (kj == ke && j < oi)) ? 1 : 0;
            }
            ((f32*)(ox_smem + 1024))[ob + rk * 32] = ((f32*)ox_smem)[e];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    f32 v46[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v46[c] = ((f32*)(ox_smem + 1024))[e];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    // store %45, %46
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i32 l22 = ((i32)((u32)(u32)(e / 32) * (u32)(u32)v8));
            const i32 l23 = ((i32)((u32)(u32)l22 + (u32)(u32)(e % 32)));
            const i64 l24 = (v43 + (i64)l23);
            if (!ox_fail && true && !((u64)l24 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l24, 1u, 5u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i32 l25 = ((i32)((u32)(u32)(e / 32) * (u32)(u32)v8));
            const i32 l26 = ((i32)((u32)(u32)l25 + (u32)(u32)(e % 32)));
            const i64 l27 = (v43 + (i64)l26);
            if (!ox_fail && true) { if ((u64)l27 < n1) p1[l27] = v46[c]; else { ox_record(ox_status, 1u, 1u, (u64)l27, 1u, 5u); ox_fail = true; } }
        }
    }
    // %47: *i64[8, 32] = broadcast %3
    // %48: *i64[8, 32] = ptr_add %47, %15
    // %49: *i64[8, 32] = broadcast %2
    // %50: *i64[8, 32] = ptr_add %49, %15
    // %51: i64[8, 32] = load %50
    i64 v51[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i32 l28 = ((i32)((u32)(u32)(e / 32) * (u32)(u32)v8));
            const i32 l29 = ((i32)((u32)(u32)l28 + (u32)(u32)(e % 32)));
            const i64 l30 = (v2 + (i64)l29);
            v51[c] = ((i64)(0)); if ((u64)l30 < n2) v51[c] = p2[l30]; else { ox_record(ox_status, 1u, 2u, (u64)l30, 0u, 6u); ox_fail = true; }
        }
    }
    // %52: i64[8, 32] = sort %51
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            ((i64*)ox_smem)[e] = v51[c];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const int oi = (e / 1) % 32; const int ob = e - oi * 1;
            const i64 ke = ((i64*)ox_smem)[e];
            int rk = 0;
            for (int j = 0; j < 32; ++j) {
                const i64 kj = ((i64*)ox_smem)[ob + j * 1];
                rk += (kj < ke || (kj == ke && j < oi)) ? 1 : 0;
            }
            ((i64*)(ox_smem + 2048))[ob + rk * 1] = ((i64*)ox_smem)[e];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    i64 v52[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v52[c] = ((i64*)(ox_smem + 2048))[e];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    // store %48, %52
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i32 l31 = ((i32)((u32)(u32)(e / 32) * (u32)(u32)v8));
            const i32 l32 = ((i32)((u32)(u32)l31 + (u32)(u32)(e % 32)));
            const i64 l33 = (v3 + (i64)l32);
            if (!ox_fail && true && !((u64)l33 < n3)) { ox_record(ox_status, 1u, 3u, (u64)l33, 1u, 7u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i32 l34 = ((i32)((u32)(u32)(e / 32) * (u32)(u32)v8));
            const i32 l35 = ((i32)((u32)(u32)l34 + (u32)(u32)(e % 32)));
            const i64 l36 = (v3 + (i64)l35);
            if (!ox_fail && true) { if ((u64)l36 < n3) p3[l36] = v52[c]; else { ox_record(ox_status, 1u, 3u, (u64)l36, 1u, 7u); ox_fail = true; } }
        }
    }
    // %53: *u8[8, 32] = broadcast %5
    // %54: *u8[8, 32] = ptr_add %53, %15
    // %55: *u8[8, 32] = broadcast %4
    // %56: *u8[8, 32] = ptr_add %55, %15
    // %57: u8[8, 32] = load %56
    u8 v57[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i32 l37 = ((i32)((u32)(u32)(e / 32) * (u32)(u32)v8));
            const i32 l38 = ((i32)((u32)(u32)l37 + (u32)(u32)(e % 32)));
            const i64 l39 = (v4 + (i64)l38);
            v57[c] = ((u8)(0)); if ((u64)l39 < n4) v57[c] = p4[l39]; else { ox_record(ox_status, 1u, 4u, (u64)l39, 0u, 8u); ox_fail = true; }
        }
    }
    // %58: u8[8, 32] = sort %57
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            ((u8*)ox_smem)[e] = v57[c];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const int oi = (e / 1) % 32; const int ob = e - oi * 1;
            const u8 ke = ((u8*)ox_smem)[e];
            int rk = 0;
            for (int j = 0; j < 32; ++j) {
                const u8 kj = ((u8*)ox_smem)[ob + j * 1];
                rk += (kj > ke || (kj == ke && j < oi)) ? 1 : 0;
            }
            ((u8*)(ox_smem + 256))[ob + rk * 1] = ((u8*)ox_smem)[e];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    u8 v58[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v58[c] = ((u8*)(ox_smem + 256))[e];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    // store %54, %58
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i32 l40 = ((i32)((u32)(u32)(e / 32) * (u32)(u32)v8));
            const i32 l41 = ((i32)((u32)(u32)l40 + (u32)(u32)(e % 32)));
            const i64 l42 = (v5 + (i64)l41);
            if (!ox_fail && true && !((u64)l42 < n5)) { ox_record(ox_status, 1u, 5u, (u64)l42, 1u, 9u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i32 l43 = ((i32)((u32)(u32)(e / 32) * (u32)(u32)v8));
            const i32 l44 = ((i32)((u32)(u32)l43 + (u32)(u32)(e % 32)));
            const i64 l45 = (v5 + (i64)l44);
            if (!ox_fail && true) { if ((u64)l45 < n5) p5[l45] = v58[c]; else { ox_record(ox_status, 1u, 5u, (u64)l45, 1u, 9u); ox_fail = true; } }
        }
    }
}
