// entry: ox_matmul
// params: buffer(2) buffer(2) buffer(4) scalar(4) scalar(4) scalar(4) scalar(4) scalar(4) scalar(4) scalar(4) scalar(4) scalar(4)
// threads: 128, shared bytes: 2816
// stages: 2 requested, 0 chosen, loops []

// oxtile kernel `matmul`: one block of 128 threads per program, sm_90, bounds-checked.

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

#ifndef OX_EMU
// The shared-state-space address of a pointer into shared memory.
OX_INLINE u32 ox_smem_u32(const void* p) { return (u32)__cvta_generic_to_shared(p); }
// `p`, through an empty asm the compiler cannot see into: a hoisted copy's base pointer
// stays one register, so each chunk's address is one IMAD.WIDE from it (the sign-extended
// offset times the element size) rather than a 64-bit sum NVVM re-associates per chunk.
template <typename T> OX_INLINE T* ox_opaque(T* p) { asm("" : "+l"(p)); return p; }
OX_INLINE void ox_ldsm_x4(u32 a, u32& r0, u32& r1, u32& r2, u32& r3) {
    asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0,%1,%2,%3}, [%4];"
                 : "=r"(r0), "=r"(r1), "=r"(r2), "=r"(r3) : "r"(a));
}
OX_INLINE void ox_ldsm_x4_t(u32 a, u32& r0, u32& r1, u32& r2, u32& r3) {
    asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0,%1,%2,%3}, [%4];"
                 : "=r"(r0), "=r"(r1), "=r"(r2), "=r"(r3) : "r"(a));
}
OX_INLINE void ox_ldsm_x2(u32 a, u32& r0, u32& r1) {
    asm volatile("ldmatrix.sync.aligned.m8n8.x2.shared.b16 {%0,%1}, [%2];"
                 : "=r"(r0), "=r"(r1) : "r"(a));
}
OX_INLINE void ox_ldsm_x2_t(u32 a, u32& r0, u32& r1) {
    asm volatile("ldmatrix.sync.aligned.m8n8.x2.trans.shared.b16 {%0,%1}, [%2];"
                 : "=r"(r0), "=r"(r1) : "r"(a));
}
// Four 8x8 matrices of 16-bit elements from registers (the mma fragment layout) to the
// shared-memory rows whose addresses lanes 8j..8j+7 give (sm_90+; the epilogue's staging).
OX_INLINE void ox_stsm_x4(u32 a, u32 r0, u32 r1, u32 r2, u32 r3) {
    asm volatile("stmatrix.sync.aligned.m8n8.x4.shared.b16 [%0], {%1,%2,%3,%4};"
                 :: "r"(a), "r"(r0), "r"(r1), "r"(r2), "r"(r3) : "memory");
}
// mma.sync of one m16n8 tile: `shape` is its k (m16n8k16 / k32 / k8), `types` the
// D.A.B.C types, `ct`/`cc` the accumulator's C type and asm constraint.
#define OX_MMA(name, shape, types, ct, cc)                                                    \
    OX_INLINE void name(ct& d0, ct& d1, ct& d2, ct& d3, u32 a0, u32 a1, u32 a2, u32 a3,         \
                        u32 b0, u32 b1) {                                                      \
        asm("mma.sync.aligned." shape ".row.col." types " {%0,%1,%2,%3}, {%4,%5,%6,%7}, "     \
            "{%8,%9}, {%0,%1,%2,%3};"                                                          \
            : "+" cc(d0), "+" cc(d1), "+" cc(d2), "+" cc(d3)                                   \
            : "r"(a0), "r"(a1), "r"(a2), "r"(a3), "r"(b0), "r"(b1));                           \
    }
// 16-bit operands, 16 of k per instruction, f32 sums.
OX_MMA(ox_mma_f16, "m16n8k16", "f32.f16.f16.f32", f32, "f")
OX_MMA(ox_mma_bf16, "m16n8k16", "f32.bf16.bf16.f32", f32, "f")
// 8-bit operands, 32 of k per instruction: integers wrap in i32; fp8 (sm_89+) sums in f32.
OX_MMA(ox_mma_s8, "m16n8k32", "s32.s8.s8.s32", i32, "r")
OX_MMA(ox_mma_u8, "m16n8k32", "s32.u8.u8.s32", i32, "r")
OX_MMA(ox_mma_e4m3, "m16n8k32", "f32.e4m3.e4m3.f32", f32, "f")
OX_MMA(ox_mma_e5m2, "m16n8k32", "f32.e5m2.e5m2.f32", f32, "f")
// f32 operands rounded to TF32 (the .b32 patterns cvt.rna.tf32.f32 gives), 8 of k per
// instruction, f32 sums.
OX_MMA(ox_mma_tf32, "m16n8k8", "f32.tf32.tf32.f32", f32, "f")
// f32 -> TF32, to nearest with ties away from zero (sm_80+). ptxas 13 lowers it to
// `bits + 0x1000` unless |x| >= inf or x is a NaN, then `& 0xffffe000` (no rounding mode of
// the mma itself: it would ignore the low 13 bits, i.e. truncate).
OX_INLINE u32 ox_cvt_tf32(f32 x) {
    u32 r;
    asm("cvt.rna.tf32.f32 %0, %1;" : "=r"(r) : "f"(x));
    return r;
}
// 16 bytes from global to shared memory, asynchronously (sm_80+), bypassing L1.
OX_INLINE void ox_cp_async16(u32 dst, const void* src) {
    asm volatile("cp.async.cg.shared.global [%0], [%1], 16;" :: "r"(dst), "l"(src) : "memory");
}
// The same, or 16 zero bytes without reading `src` when `full` is false (source size 0).
OX_INLINE void ox_cp_async16_zfill(u32 dst, const void* src, bool full) {
    asm volatile("cp.async.cg.shared.global [%0], [%1], 16, %2;"
                 :: "r"(dst), "l"(src), "r"(full ? 16u : 0u) : "memory");
}
// Closes the group of the copies issued so far by this thread.
OX_INLINE void ox_cp_async_commit() { asm volatile("cp.async.commit_group;" ::: "memory"); }
// Waits until at most N of this thread's committed groups are in flight.
template <int N> OX_INLINE void ox_cp_async_wait() {
    asm volatile("cp.async.wait_group %0;" :: "n"(N) : "memory");
}
#endif
// A TF32 tensor-core operand: cvt.rna.tf32.f32, whose rounding is the interpreter's, with a
// NaN kept a NaN (cvt clears its low 13 bits, which leaves an infinity when the payload was
// there; the quiet bit makes it a NaN again, as round_tf32 keeps it).
OX_INLINE u32 ox_tf32_bits(f32 x) {
    u32 r = ox_cvt_tf32(x);
    return x != x ? (r | 0x00400000u) : r;
}

extern "C" __global__ void __launch_bounds__(128) ox_matmul(
    const u16* __restrict__ p0 /* `a`: *f16 */,
    u64 n0,
    const u16* __restrict__ p1 /* `b`: *f16 */,
    u64 n1,
    f32* __restrict__ p2 /* `c`: *f32 */,
    u64 n2,
    u32 s3 /* `m`: i32 */,
    u32 s4 /* `n`: i32 */,
    u32 s5 /* `k`: i32 */,
    u32 s6 /* `stride_am`: i32 */,
    u32 s7 /* `stride_ak`: i32 */,
    u32 s8 /* `stride_bk`: i32 */,
    u32 s9 /* `stride_bn`: i32 */,
    u32 s10 /* `stride_cm`: i32 */,
    u32 s11 /* `stride_cn`: i32 */,
    u32* __restrict__ ox_status)
{
    extern __shared__ __align__(16) unsigned char ox_smem[];
    __shared__ u64 ox_bcast;
    const int tid = (int)threadIdx.x;
    bool ox_fail = false; // this thread found an out-of-bounds lane
    (void)ox_bcast; (void)tid;
    const i64 v0 = 0; // `a`: offset into p0
    const i64 v1 = 0; // `b`: offset into p1
    const i64 v2 = 0; // `c`: offset into p2
    const i32 v3 = ((i32)(u32(s3))); // `m`
    const i32 v4 = ((i32)(u32(s4))); // `n`
    const i32 v5 = ((i32)(u32(s5))); // `k`
    const i32 v6 = ((i32)(u32(s6))); // `stride_am`
    const i32 v7 = ((i32)(u32(s7))); // `stride_ak`
    const i32 v8 = ((i32)(u32(s8))); // `stride_bk`
    const i32 v9 = ((i32)(u32(s9))); // `stride_bn`
    const i32 v10 = ((i32)(u32(s10))); // `stride_cm`
    const i32 v11 = ((i32)(u32(s11))); // `stride_cn`
    f32 x0[8]; // variable $0: f32[32, 32], tensor-core accumulator fragment
    // %12: i32 = program_id
    const i32 v12 = (i32)blockIdx.x;
    // %13: i32 = const
    const i32 v13 = 32;
    // %14: i32 = add %3, %13
    const i32 v14 = ((i32)((u32)(u32)v3 + (u32)(u32)v13));
    // %15: i32 = const
    const i32 v15 = 1;
    // %16: i32 = sub %14, %15
    const i32 v16 = ((i32)((u32)(u32)v14 - (u32)(u32)v15));
    // %17: i32 = const
    const i32 v17 = 32;
    // %18: i32 = div %16, %17
    const i32 v18 = (v17 == 0 ? (i32)0 : v17 == (i32)-1 ? ((i32)((u32)(u32)0 - (u32)(u32)v16)) : (i32)(v16 / v17));
    // %19: i32 = const
    const i32 v19 = 32;
    // %20: i32 = add %4, %19
    const i32 v20 = ((i32)((u32)(u32)v4 + (u32)(u32)v19));
    // %21: i32 = const
    const i32 v21 = 1;
    // %22: i32 = sub %20, %21
    const i32 v22 = ((i32)((u32)(u32)v20 - (u32)(u32)v21));
    // %23: i32 = const
    const i32 v23 = 32;
    // %24: i32 = div %22, %23
    const i32 v24 = (v23 == 0 ? (i32)0 : v23 == (i32)-1 ? ((i32)((u32)(u32)0 - (u32)(u32)v22)) : (i32)(v22 / v23));
    // %25: i32 = const
    const i32 v25 = 2;
    // %26: i32 = mul %25, %24
    const i32 v26 = ((i32)((u32)(u32)v25 * (u32)(u32)v24));
    // %27: i32 = div %12, %26
    const i32 v27 = (v26 == 0 ? (i32)0 : v26 == (i32)-1 ? ((i32)((u32)(u32)0 - (u32)(u32)v12)) : (i32)(v12 / v26));
    // %28: i32 = const
    const i32 v28 = 2;
    // %29: i32 = mul %27, %28
    const i32 v29 = ((i32)((u32)(u32)v27 * (u32)(u32)v28));
    // %30: i32 = sub %18, %29
    const i32 v30 = ((i32)((u32)(u32)v18 - (u32)(u32)v29));
    // %31: i32 = const
    const i32 v31 = 2;
    // %32: i32 = min %30, %31
    const i32 v32 = (v30 < v31 ? v30 : v31);
    // %33: i32 = rem %12, %26
    const i32 v33 = ((v26 == 0 || v26 == (i32)-1) ? (i32)0 : (i32)(v12 % v26));
    // %34: i32 = rem %33, %32
    const i32 v34 = ((v32 == 0 || v32 == (i32)-1) ? (i32)0 : (i32)(v33 % v32));
    // %35: i32 = add %29, %34
    const i32 v35 = ((i32)((u32)(u32)v29 + (u32)(u32)v34));
    // %36: i32 = rem %12, %26
    const i32 v36 = ((v26 == 0 || v26 == (i32)-1) ? (i32)0 : (i32)(v12 % v26));
    // %37: i32 = div %36, %32
    const i32 v37 = (v32 == 0 ? (i32)0 : v32 == (i32)-1 ? ((i32)((u32)(u32)0 - (u32)(u32)v36)) : (i32)(v36 / v32));
    // %38: i32 = const
    const i32 v38 = 32;
    // %39: i32 = mul %35, %38
    const i32 v39 = ((i32)((u32)(u32)v35 * (u32)(u32)v38));
    // %40: i32[32] = arange
    // %41: i32[32] = broadcast %39
    // %42: i32[32] = add %41, %40
    // %43: i32 = const
    const i32 v43 = 32;
    // %44: i32 = mul %37, %43
    const i32 v44 = ((i32)((u32)(u32)v37 * (u32)(u32)v43));
    // %45: i32[32] = arange
    // %46: i32[32] = broadcast %44
    // %47: i32[32] = add %46, %45
    // %48: f32 = const
    const f32 v48 = 0.0f;
    // %49: f32[32, 32] = broadcast %48
    // var_init %49
    {
        x0[0] = v48;
    }
    {
        x0[1] = v48;
    }
    {
        x0[2] = v48;
    }
    {
        x0[3] = v48;
    }
    {
        x0[4] = v48;
    }
    {
        x0[5] = v48;
    }
    {
        x0[6] = v48;
    }
    {
        x0[7] = v48;
    }
    // %50: i32 = const
    const i32 v50 = 0;
    // %51: i32 = const
    const i32 v51 = 16;
    // for %50, %5, %51
    {
        if (v51 <= 0) { if (tid == 0) ox_record(ox_status, 3u, 0u, (u64)(i64)v51, 0u, 0u); return; }
        for (i32 it1 = v50; it1 < v5;) {
            const i32 v52 = it1;
            // %53: i32[16] = arange
            // %54: i32[16] = broadcast %52
            // %55: i32[16] = add %54, %53
            // %56: i32[32, 1] = expand_dims %42
            // %57: i32[32, 1] = broadcast %3
            // %58: bool[32, 1] = cmp %56, %57
            // %59: i32[1, 16] = expand_dims %55
            // %60: i32[1, 16] = broadcast %5
            // %61: bool[1, 16] = cmp %59, %60
            // %62: bool[32, 16] = broadcast %58
            // %63: bool[32, 16] = broadcast %61
            // %64: bool[32, 16] = and %62, %63
            // %65: i32[32, 1] = expand_dims %42
            // %66: i32[32, 1] = broadcast %6
            // %67: i32[32, 1] = mul %65, %66
            // %68: *f16[32, 1] = broadcast %0
            // %69: *f16[32, 1] = ptr_add %68, %67
            // %70: i32[1, 16] = expand_dims %55
            // %71: i32[1, 16] = broadcast %7
            // %72: i32[1, 16] = mul %70, %71
            // %73: *f16[32, 16] = broadcast %69
            // %74: i32[32, 16] = broadcast %72
            // %75: *f16[32, 16] = ptr_add %73, %74
            // %76: f16 = const
            const f32 v76 = 0.0f;
            // %77: f16[32, 16] = broadcast %76
            // %78: f16[32, 16] = load %75, %64, %77
            f32 v78[4];
            #pragma unroll
            for (int c = 0; c < 4; ++c) {
                const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
                {
                    const i32 l2 = ((i32)((u32)(u32)v39 + (u32)(u32)(e / 16)));
                    const i32 l3 = ((i32)((u32)(u32)l2 * (u32)(u32)v6));
                    const i64 l4 = (v0 + (i64)l3);
                    const i32 l5 = ((i32)((u32)(u32)v52 + (u32)(u32)(e % 16)));
                    const i32 l6 = ((i32)((u32)(u32)l5 * (u32)(u32)v7));
                    const i64 l7 = (l4 + (i64)l6);
                    const bool l8 = (l2 < v3);
                    const bool l9 = (l5 < v5);
                    const bool l10 = (l8 && l9);
                    u16 lr11 = 0; if (l10) { if ((u64)l7 < n0) lr11 = p0[l7]; else { ox_record(ox_status, 1u, 0u, (u64)l7, 0u, 0u); ox_fail = true; } } v78[c] = (l10) ? ox_cvt_f32_f16(lr11) : v76;
                }
            }
            // %79: i32[16, 1] = expand_dims %55
            // %80: i32[16, 1] = broadcast %5
            // %81: bool[16, 1] = cmp %79, %80
            // %82: i32[1, 32] = expand_dims %47
            // %83: i32[1, 32] = broadcast %4
            // %84: bool[1, 32] = cmp %82, %83
            // %85: bool[16, 32] = broadcast %81
            // %86: bool[16, 32] = broadcast %84
            // %87: bool[16, 32] = and %85, %86
            // %88: i32[16, 1] = expand_dims %55
            // %89: i32[16, 1] = broadcast %8
            // %90: i32[16, 1] = mul %88, %89
            // %91: *f16[16, 1] = broadcast %1
            // %92: *f16[16, 1] = ptr_add %91, %90
            // %93: i32[1, 32] = expand_dims %47
            // %94: i32[1, 32] = broadcast %9
            // %95: i32[1, 32] = mul %93, %94
            // %96: *f16[16, 32] = broadcast %92
            // %97: i32[16, 32] = broadcast %95
            // %98: *f16[16, 32] = ptr_add %96, %97
            // %99: f16 = const
            const f32 v99 = 0.0f;
            // %100: f16[16, 32] = broadcast %99
            // %101: f16[16, 32] = load %98, %87, %100
            f32 v101[4];
            #pragma unroll
            for (int c = 0; c < 4; ++c) {
                const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
                {
                    const i32 l12 = ((i32)((u32)(u32)v52 + (u32)(u32)(e / 32)));
                    const i32 l13 = ((i32)((u32)(u32)l12 * (u32)(u32)v8));
                    const i64 l14 = (v1 + (i64)l13);
                    const i32 l15 = ((i32)((u32)(u32)v44 + (u32)(u32)(e % 32)));
                    const i32 l16 = ((i32)((u32)(u32)l15 * (u32)(u32)v9));
                    const i64 l17 = (l14 + (i64)l16);
                    const bool l18 = (l12 < v5);
                    const bool l19 = (l15 < v4);
                    const bool l20 = (l18 && l19);
                    u16 lr21 = 0; if (l20) { if ((u64)l17 < n1) lr21 = p1[l17]; else { ox_record(ox_status, 1u, 1u, (u64)l17, 0u, 0u); ox_fail = true; } } v101[c] = (l20) ? ox_cvt_f32_f16(lr21) : v99;
                }
            }
            // %102: f32[32, 32] = var_load
            f32 v102[8];
            #pragma unroll
            for (int c = 0; c < 8; ++c) v102[c] = x0[c];
            // %103: f32[32, 32] = dot %78, %101, %102
            #pragma unroll
            for (int c = 0; c < 4; ++c) {
                const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
                {
                    ((u16*)ox_smem)[(e / 16) * 24 + (e % 16)] = ox_f16_bits(v78[c]);
                }
            }
            #pragma unroll
            for (int c = 0; c < 4; ++c) {
                const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
                {
                    ((u16*)(ox_smem + 1536))[(e / 32) * 40 + (e % 32)] = ox_f16_bits(v101[c]);
                }
            }
            f32 v103[8];
            #pragma unroll
            for (int c = 0; c < 8; ++c) v103[c] = v102[c];
            if (__syncthreads_or(ox_fail)) return;
            {
                {
                const unsigned ox_mma_lane = (unsigned)(tid) & 31u, ox_mma_warp = (unsigned)(tid) >> 5;
                const unsigned ox_mma_wr = ox_mma_warp % 2u, ox_mma_wc = ox_mma_warp / 2u;
                const unsigned ox_mma_a = ox_smem_u32(((const unsigned short*)ox_smem)) + (ox_mma_wr * 16u + (ox_mma_lane & 15u)) * 48u + (ox_mma_lane >> 4) * 16u;
                const unsigned ox_mma_b = ox_smem_u32(((const unsigned short*)(ox_smem + 1536))) + ((ox_mma_lane & 15u) * 40u + ox_mma_wc * 16u + (ox_mma_lane >> 4) * 8u) * 2u;
                #pragma unroll
                for (unsigned ox_mma_k = 0; ox_mma_k < 16u; ox_mma_k += 16u) {
                unsigned ox_mma_fa[1][4], ox_mma_fb[2][2];
                ox_ldsm_x4_t(ox_mma_b + 0u + ox_mma_k * 80u, ox_mma_fb[0][0], ox_mma_fb[0][1], ox_mma_fb[1][0], ox_mma_fb[1][1]);
                ox_ldsm_x4(ox_mma_a + 0u + ox_mma_k * 2u, ox_mma_fa[0][0], ox_mma_fa[0][1], ox_mma_fa[0][2], ox_mma_fa[0][3]);
                ox_mma_f16(v103[0], v103[1], v103[2], v103[3], ox_mma_fa[0][0], ox_mma_fa[0][1], ox_mma_fa[0][2], ox_mma_fa[0][3], ox_mma_fb[0][0], ox_mma_fb[0][1]);
                ox_mma_f16(v103[4], v103[5], v103[6], v103[7], ox_mma_fa[0][0], ox_mma_fa[0][1], ox_mma_fa[0][2], ox_mma_fa[0][3], ox_mma_fb[1][0], ox_mma_fb[1][1]);
                }
                }
            }
            if (__syncthreads_or(ox_fail)) return;
            // var_store %103
            #pragma unroll
            for (int c = 0; c < 8; ++c) x0[c] = v103[c];
            if ((u32)((u32)v5 - (u32)it1) <= (u32)v51) break;
            it1 = (i32)((u32)it1 + (u32)v51);
        }
    }
    // %104: i32[32, 1] = expand_dims %42
    // %105: i32[32, 1] = broadcast %3
    // %106: bool[32, 1] = cmp %104, %105
    // %107: i32[1, 32] = expand_dims %47
    // %108: i32[1, 32] = broadcast %4
    // %109: bool[1, 32] = cmp %107, %108
    // %110: bool[32, 32] = broadcast %106
    // %111: bool[32, 32] = broadcast %109
    // %112: bool[32, 32] = and %110, %111
    // %113: i32[32, 1] = expand_dims %42
    // %114: i32[32, 1] = broadcast %10
    // %115: i32[32, 1] = mul %113, %114
    // %116: *f32[32, 1] = broadcast %2
    // %117: *f32[32, 1] = ptr_add %116, %115
    // %118: i32[1, 32] = expand_dims %47
    // %119: i32[1, 32] = broadcast %11
    // %120: i32[1, 32] = mul %118, %119
    // %121: *f32[32, 32] = broadcast %117
    // %122: i32[32, 32] = broadcast %120
    // %123: *f32[32, 32] = ptr_add %121, %122
    // %124: f32[32, 32] = var_load
    f32 v124[8];
    #pragma unroll
    for (int c = 0; c < 8; ++c) v124[c] = x0[c];
    // store %123, %124, %112
    #pragma unroll
    for (int c = 0; c < 8; ++c) {
        const int e = (((c) / 8 * 128 + tid) * 8 + (c) % 8);
        {
            const i32 l22 = ((i32)((u32)(u32)v39 + (u32)(u32)(e / 32)));
            const i32 l23 = ((i32)((u32)(u32)l22 * (u32)(u32)v10));
            const i64 l24 = (v2 + (i64)l23);
            const i32 l25 = ((i32)((u32)(u32)v44 + (u32)(u32)(e % 32)));
            const i32 l26 = ((i32)((u32)(u32)l25 * (u32)(u32)v11));
            const i64 l27 = (l24 + (i64)l26);
            const bool l28 = (l22 < v3);
            const bool l29 = (l25 < v4);
            const bool l30 = (l28 && l29);
            if (!ox_fail && l30 && !((u64)l27 < n2)) { ox_record(ox_status, 1u, 2u, (u64)l27, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    {
        const i32 l31 = ((i32)((u32)(u32)v39 + (u32)(u32)(((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2))));
        const i32 l32 = ((i32)((u32)(u32)l31 * (u32)(u32)v10));
        const i64 l33 = (v2 + (i64)l32);
        const i32 l34 = ((i32)((u32)(u32)v44 + (u32)(u32)(((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2))));
        const i32 l35 = ((i32)((u32)(u32)l34 * (u32)(u32)v11));
        const i64 l36 = (l33 + (i64)l35);
        const bool l37 = (l31 < v3);
        const bool l38 = (l34 < v4);
        const bool l39 = (l37 && l38);
        const i32 l40 = ((i32)((u32)(u32)v44 + (u32)(u32)((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 1)));
        const bool l41 = (l40 < v4);
        const bool l42 = (l37 && l41);
        if (!ox_fail && l39) { if ((u64)l36 < n2) p2[l36] = v124[0]; else { ox_record(ox_status, 1u, 2u, (u64)l36, 1u, 0u); ox_fail = true; } }
        const i32 l43 = ((i32)((u32)(u32)l40 * (u32)(u32)v11));
        const i64 l44 = (l33 + (i64)l43);
        if (!ox_fail && l42) { if ((u64)l44 < n2) p2[l44] = v124[1]; else { ox_record(ox_status, 1u, 2u, (u64)l44, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l45 = ((i32)((u32)(u32)v39 + (u32)(u32)((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2)) + 8)));
        const i32 l46 = ((i32)((u32)(u32)l45 * (u32)(u32)v10));
        const i64 l47 = (v2 + (i64)l46);
        const i32 l48 = ((i32)((u32)(u32)v44 + (u32)(u32)(((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2))));
        const i32 l49 = ((i32)((u32)(u32)l48 * (u32)(u32)v11));
        const i64 l50 = (l47 + (i64)l49);
        const bool l51 = (l45 < v3);
        const bool l52 = (l48 < v4);
        const bool l53 = (l51 && l52);
        const i32 l54 = ((i32)((u32)(u32)v44 + (u32)(u32)((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 1)));
        const bool l55 = (l54 < v4);
        const bool l56 = (l51 && l55);
        if (!ox_fail && l53) { if ((u64)l50 < n2) p2[l50] = v124[2]; else { ox_record(ox_status, 1u, 2u, (u64)l50, 1u, 0u); ox_fail = true; } }
        const i32 l57 = ((i32)((u32)(u32)l54 * (u32)(u32)v11));
        const i64 l58 = (l47 + (i64)l57);
        if (!ox_fail && l56) { if ((u64)l58 < n2) p2[l58] = v124[3]; else { ox_record(ox_status, 1u, 2u, (u64)l58, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l59 = ((i32)((u32)(u32)v39 + (u32)(u32)(((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2))));
        const i32 l60 = ((i32)((u32)(u32)l59 * (u32)(u32)v10));
        const i64 l61 = (v2 + (i64)l60);
        const i32 l62 = ((i32)((u32)(u32)v44 + (u32)(u32)((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 8)));
        const i32 l63 = ((i32)((u32)(u32)l62 * (u32)(u32)v11));
        const i64 l64 = (l61 + (i64)l63);
        const bool l65 = (l59 < v3);
        const bool l66 = (l62 < v4);
        const bool l67 = (l65 && l66);
        const i32 l68 = ((i32)((u32)(u32)v44 + (u32)(u32)((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 9)));
        const bool l69 = (l68 < v4);
        const bool l70 = (l65 && l69);
        if (!ox_fail && l67) { if ((u64)l64 < n2) p2[l64] = v124[4]; else { ox_record(ox_status, 1u, 2u, (u64)l64, 1u, 0u); ox_fail = true; } }
        const i32 l71 = ((i32)((u32)(u32)l68 * (u32)(u32)v11));
        const i64 l72 = (l61 + (i64)l71);
        if (!ox_fail && l70) { if ((u64)l72 < n2) p2[l72] = v124[5]; else { ox_record(ox_status, 1u, 2u, (u64)l72, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l73 = ((i32)((u32)(u32)v39 + (u32)(u32)((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2)) + 8)));
        const i32 l74 = ((i32)((u32)(u32)l73 * (u32)(u32)v10));
        const i64 l75 = (v2 + (i64)l74);
        const i32 l76 = ((i32)((u32)(u32)v44 + (u32)(u32)((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 8)));
        const i32 l77 = ((i32)((u32)(u32)l76 * (u32)(u32)v11));
        const i64 l78 = (l75 + (i64)l77);
        const bool l79 = (l73 < v3);
        const bool l80 = (l76 < v4);
        const bool l81 = (l79 && l80);
        const i32 l82 = ((i32)((u32)(u32)v44 + (u32)(u32)((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 9)));
        const bool l83 = (l82 < v4);
        const bool l84 = (l79 && l83);
        if (!ox_fail && l81) { if ((u64)l78 < n2) p2[l78] = v124[6]; else { ox_record(ox_status, 1u, 2u, (u64)l78, 1u, 0u); ox_fail = true; } }
        const i32 l85 = ((i32)((u32)(u32)l82 * (u32)(u32)v11));
        const i64 l86 = (l75 + (i64)l85);
        if (!ox_fail && l84) { if ((u64)l86 < n2) p2[l86] = v124[7]; else { ox_record(ox_status, 1u, 2u, (u64)l86, 1u, 0u); ox_fail = true; } }
    }
}
