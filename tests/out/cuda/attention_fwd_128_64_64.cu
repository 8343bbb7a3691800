// entry: ox_attention_fwd
// params: buffer(2) buffer(2) buffer(2) buffer(2) scalar(4) scalar(4)
// threads: 128, shared bytes: 25600
// stages: 2 requested, 0 chosen, loops []

// oxtile kernel `attention_fwd`: one block of 128 threads per program, sm_90, bounds-checked.

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

// wgmma's swizzled staging layouts (SmemLayout::Swizzled): the element index of (r, c) in an
// area of R rows whose bytes are cut in slabs W bytes wide, 16-byte chunks XOR-permuted.
template <u32 ES, u32 W, u32 R> OX_INLINE u32 ox_swz(u32 r, u32 c) {
    const u32 b = c * ES;
    return ((b / W) * (R * W) + r * W +
            ((((b % W) >> 4) ^ ((r / (128u / W)) & (W / 16u - 1u))) << 4) + (b & 15u)) / ES;
}
// A matrix descriptor: the constant fields `hi` and the start address / 16.
OX_INLINE u64 ox_wg_desc(u32 addr, u64 hi) { return hi | (u64)((addr >> 4) & 0x3fffu); }
#ifndef OX_EMU
// The thread's warpgroup, read from lane 0 so that ptxas knows it is the same across the
// warp and keeps the descriptors built from it in uniform registers (as Triton does).
OX_INLINE u32 ox_wg_index(u32 tid) { return __shfl_sync(0xffffffffu, tid >> 7, 0); }
OX_INLINE void ox_wgmma_fence() { asm volatile("wgmma.fence.sync.aligned;" ::: "memory"); }
OX_INLINE void ox_wgmma_commit() { asm volatile("wgmma.commit_group.sync.aligned;" ::: "memory"); }
template <int N> OX_INLINE void ox_wgmma_wait() {
    asm volatile("wgmma.wait_group.sync.aligned %0;" :: "n"(N) : "memory");
}
// Ordinary shared-memory stores made visible to the tensor cores (the async proxy).
OX_INLINE void ox_fence_proxy_async() { asm volatile("fence.proxy.async.shared::cta;" ::: "memory"); }
// Keeps the compiler from moving a read of an accumulator register above the wait.
OX_INLINE void ox_wgmma_hold(f32& x) { asm volatile("" : "+f"(x) :: "memory"); }
OX_INLINE void ox_wgmma_hold(i32& x) { asm volatile("" : "+r"(x) :: "memory"); }
#else
OX_INLINE u32 ox_wg_index(u32 tid) { return tid >> 7; }
#endif
#ifndef OX_EMU
OX_INLINE void ox_wgmma_f16_n64_t0(f32* d, u64 a, u64 b) {
    asm volatile("{\n.reg .pred p;\nsetp.ne.b32 p, %34, 0;\n"
        "wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23, %24, %25, %26, %27, %28, %29, %30, %31}, %32, %33, p, 1, 1, 0, 0;\n}\n"
        : "+f"(d[0]), "+f"(d[1]), "+f"(d[2]), "+f"(d[3]), "+f"(d[4]), "+f"(d[5]), "+f"(d[6]), "+f"(d[7]), "+f"(d[8]), "+f"(d[9]), "+f"(d[10]), "+f"(d[11]), "+f"(d[12]), "+f"(d[13]), "+f"(d[14]), "+f"(d[15]), "+f"(d[16]), "+f"(d[17]), "+f"(d[18]), "+f"(d[19]), "+f"(d[20]), "+f"(d[21]), "+f"(d[22]), "+f"(d[23]), "+f"(d[24]), "+f"(d[25]), "+f"(d[26]), "+f"(d[27]), "+f"(d[28]), "+f"(d[29]), "+f"(d[30]), "+f"(d[31])
        : "l"(a), "l"(b), "r"(1));
}
#else
OX_INLINE void ox_wgmma_f16_n64_t0(f32* d, u64 a, u64 b) { oxemu::wgmma(d, 64u, a, b, oxemu::F16, false, false); }
#endif
#ifndef OX_EMU
OX_INLINE void ox_wgmma_f16_n64_t0_z(f32* d, u64 a, u64 b) {
    asm volatile("{\n.reg .pred p;\nsetp.ne.b32 p, %34, 0;\n"
        "wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23, %24, %25, %26, %27, %28, %29, %30, %31}, %32, %33, p, 1, 1, 0, 0;\n}\n"
        : "=f"(d[0]), "=f"(d[1]), "=f"(d[2]), "=f"(d[3]), "=f"(d[4]), "=f"(d[5]), "=f"(d[6]), "=f"(d[7]), "=f"(d[8]), "=f"(d[9]), "=f"(d[10]), "=f"(d[11]), "=f"(d[12]), "=f"(d[13]), "=f"(d[14]), "=f"(d[15]), "=f"(d[16]), "=f"(d[17]), "=f"(d[18]), "=f"(d[19]), "=f"(d[20]), "=f"(d[21]), "=f"(d[22]), "=f"(d[23]), "=f"(d[24]), "=f"(d[25]), "=f"(d[26]), "=f"(d[27]), "=f"(d[28]), "=f"(d[29]), "=f"(d[30]), "=f"(d[31])
        : "l"(a), "l"(b), "r"(0));
}
#else
OX_INLINE void ox_wgmma_f16_n64_t0_z(f32* d, u64 a, u64 b) { oxemu::wgmma(d, 64u, a, b, oxemu::F16, false, false, true); }
#endif
#ifndef OX_EMU
OX_INLINE void ox_wgmma_ra_f16_n64_t1(f32* d, u32 a0, u32 a1, u32 a2, u32 a3, u64 b) {
    asm volatile("{\n.reg .pred p;\nsetp.ne.b32 p, %37, 0;\n"
        "wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23, %24, %25, %26, %27, %28, %29, %30, %31}, {%32, %33, %34, %35}, %36, p, 1, 1, 1;\n}\n"
        : "+f"(d[0]), "+f"(d[1]), "+f"(d[2]), "+f"(d[3]), "+f"(d[4]), "+f"(d[5]), "+f"(d[6]), "+f"(d[7]), "+f"(d[8]), "+f"(d[9]), "+f"(d[10]), "+f"(d[11]), "+f"(d[12]), "+f"(d[13]), "+f"(d[14]), "+f"(d[15]), "+f"(d[16]), "+f"(d[17]), "+f"(d[18]), "+f"(d[19]), "+f"(d[20]), "+f"(d[21]), "+f"(d[22]), "+f"(d[23]), "+f"(d[24]), "+f"(d[25]), "+f"(d[26]), "+f"(d[27]), "+f"(d[28]), "+f"(d[29]), "+f"(d[30]), "+f"(d[31])
        : "r"(a0), "r"(a1), "r"(a2), "r"(a3), "l"(b), "r"(1));
}
#else
OX_INLINE void ox_wgmma_ra_f16_n64_t1(f32* d, u32 a0, u32 a1, u32 a2, u32 a3, u64 b) {
    const u32 a[4] = {a0, a1, a2, a3};
    oxemu::wgmma_ra(d, 64u, a, b, oxemu::F16, true);
}
#endif
#ifndef OX_EMU
OX_INLINE void ox_wgmma_ra_f16_n64_t1_z(f32* d, u32 a0, u32 a1, u32 a2, u32 a3, u64 b) {
    asm volatile("{\n.reg .pred p;\nsetp.ne.b32 p, %37, 0;\n"
        "wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23, %24, %25, %26, %27, %28, %29, %30, %31}, {%32, %33, %34, %35}, %36, p, 1, 1, 1;\n}\n"
        : "=f"(d[0]), "=f"(d[1]), "=f"(d[2]), "=f"(d[3]), "=f"(d[4]), "=f"(d[5]), "=f"(d[6]), "=f"(d[7]), "=f"(d[8]), "=f"(d[9]), "=f"(d[10]), "=f"(d[11]), "=f"(d[12]), "=f"(d[13]), "=f"(d[14]), "=f"(d[15]), "=f"(d[16]), "=f"(d[17]), "=f"(d[18]), "=f"(d[19]), "=f"(d[20]), "=f"(d[21]), "=f"(d[22]), "=f"(d[23]), "=f"(d[24]), "=f"(d[25]), "=f"(d[26]), "=f"(d[27]), "=f"(d[28]), "=f"(d[29]), "=f"(d[30]), "=f"(d[31])
        : "r"(a0), "r"(a1), "r"(a2), "r"(a3), "l"(b), "r"(0));
}
#else
OX_INLINE void ox_wgmma_ra_f16_n64_t1_z(f32* d, u32 a0, u32 a1, u32 a2, u32 a3, u64 b) {
    const u32 a[4] = {a0, a1, a2, a3};
    oxemu::wgmma_ra(d, 64u, a, b, oxemu::F16, true, true);
}
#endif

extern "C" __global__ void __launch_bounds__(128) ox_attention_fwd(
    const u16* __restrict__ p0 /* `q`: *f16 */,
    u64 n0,
    const u16* __restrict__ p1 /* `k`: *f16 */,
    u64 n1,
    const u16* __restrict__ p2 /* `v`: *f16 */,
    u64 n2,
    u16* __restrict__ p3 /* `o`: *f16 */,
    u64 n3,
    u32 s4 /* `seq`: i32 */,
    u32 s5 /* `sm_scale`: f32 */,
    u32* __restrict__ ox_status)
{
    extern __shared__ __align__(16) unsigned char ox_smem[];
    __shared__ u64 ox_bcast;
    const int tid = (int)threadIdx.x;
    bool ox_fail = false; // this thread found an out-of-bounds lane
    (void)ox_bcast; (void)tid;
    unsigned char* const ox_smem_al = ox_smem + ((0u - ox_smem_u32(ox_smem)) & 1023u);
    {
    unsigned char* const ox_smem = ox_smem_al;
    const i64 v0 = 0; // `q`: offset into p0
    const i64 v1 = 0; // `k`: offset into p1
    const i64 v2 = 0; // `v`: offset into p2
    const i64 v3 = 0; // `o`: offset into p3
    const i32 v4 = ((i32)(u32(s4))); // `seq`
    const f32 v5 = __uint_as_float((u32)(s5)); // `sm_scale`
    f32 x0[4]; // variable $0: f32[128], row vector of fragments
    f32 x1[4]; // variable $1: f32[128], row vector of fragments
    f32 x2[64]; // variable $2: f32[128, 64], tensor-core accumulator fragment
    // %6: i32 = program_id
    const i32 v6 = (i32)blockIdx.x;
    // %7: i32 = program_id
    const i32 v7 = (i32)blockIdx.y;
    // %8: i32 = mul %7, %4
    const i32 v8 = ((i32)((u32)(u32)v7 * (u32)(u32)v4));
    // %9: i32 = const
    const i32 v9 = 64;
    // %10: i32 = mul %8, %9
    const i32 v10 = ((i32)((u32)(u32)v8 * (u32)(u32)v9));
    // %11: i32 = const
    const i32 v11 = 128;
    // %12: i32 = mul %6, %11
    const i32 v12 = ((i32)((u32)(u32)v6 * (u32)(u32)v11));
    // %13: i32[128] = arange
    // %14: i32[128] = broadcast %12
    // %15: i32[128] = add %14, %13
    // %16: i32[64] = arange
    // %17: i32[128, 1] = expand_dims %15
    // %18: i32[128, 1] = broadcast %4
    // %19: bool[128, 1] = cmp %17, %18
    // %20: bool = const
    const bool v20 = true;
    // %21: bool[128, 1] = broadcast %20
    // %22: bool[128, 1] = or %19, %21
    // %23: *f16 = ptr_add %0, %10
    const i64 v23 = (v0 + (i64)v10);
    // %24: i32[128, 1] = expand_dims %15
    // %25: i32 = const
    const i32 v25 = 64;
    // %26: i32[128, 1] = broadcast %25
    // %27: i32[128, 1] = mul %24, %26
    // %28: *f16[128, 1] = broadcast %23
    // %29: *f16[128, 1] = ptr_add %28, %27
    // %30: i32[1, 64] = expand_dims %16
    // %31: *f16[128, 64] = broadcast %29
    // %32: i32[128, 64] = broadcast %30
    // %33: *f16[128, 64] = ptr_add %31, %32
    // %34: bool[128, 64] = broadcast %22
    // %35: f16 = const
    const f32 v35 = 0.0f;
    // %36: f16[128, 64] = broadcast %35
    // %37: f16[128, 64] = load %33, %34, %36
    f32 v37[64];
    #pragma unroll
    for (int c = 0; c < 64; ++c) {
        const int e = (((c) / 8 * 128 + tid) * 8 + (c) % 8);
        {
            const i32 l1 = ((i32)((u32)(u32)v12 + (u32)(u32)(e / 64)));
            const i32 l2 = ((i32)((u32)(u32)l1 * (u32)(u32)v25));
            const i64 l3 = (v23 + (i64)l2);
            const i64 l4 = (l3 + (i64)(e % 64));
            const bool l5 = (l1 < v4);
            const bool l6 = (l5 || v20);
            u16 lr7 = 0; if (l6) { if ((u64)l4 < n0) lr7 = p0[l4]; else { ox_record(ox_status, 1u, 0u, (u64)l4, 0u, 0u); ox_fail = true; } } v37[c] = (l6) ? ox_cvt_f32_f16(lr7) : v35;
        }
    }
    // %38: f32 = const
    const f32 v38 = __uint_as_float(0xff800000u);
    // %39: f32[128] = broadcast %38
    // var_init %39
    {
        x0[0] = v38;
    }
    {
        x0[1] = v38;
    }
    {
        x0[2] = v38;
    }
    {
        x0[3] = v38;
    }
    // %40: f32 = const
    const f32 v40 = 0.0f;
    // %41: f32[128] = broadcast %40
    // var_init %41
    {
        x1[0] = v40;
    }
    {
        x1[1] = v40;
    }
    {
        x1[2] = v40;
    }
    {
        x1[3] = v40;
    }
    // %42: f32 = const
    const f32 v42 = 0.0f;
    // %43: f32[128, 64] = broadcast %42
    // var_init %43
    {
        x2[0] = v42;
    }
    {
        x2[1] = v42;
    }
    {
        x2[2] = v42;
    }
    {
        x2[3] = v42;
    }
    {
        x2[4] = v42;
    }
    {
        x2[5] = v42;
    }
    {
        x2[6] = v42;
    }
    {
        x2[7] = v42;
    }
    {
        x2[8] = v42;
    }
    {
        x2[9] = v42;
    }
    {
        x2[10] = v42;
    }
    {
        x2[11] = v42;
    }
    {
        x2[12] = v42;
    }
    {
        x2[13] = v42;
    }
    {
        x2[14] = v42;
    }
    {
        x2[15] = v42;
    }
    {
        x2[16] = v42;
    }
    {
        x2[17] = v42;
    }
    {
        x2[18] = v42;
    }
    {
        x2[19] = v42;
    }
    {
        x2[20] = v42;
    }
    {
        x2[21] = v42;
    }
    {
        x2[22] = v42;
    }
    {
        x2[23] = v42;
    }
    {
        x2[24] = v42;
    }
    {
        x2[25] = v42;
    }
    {
        x2[26] = v42;
    }
    {
        x2[27] = v42;
    }
    {
        x2[28] = v42;
    }
    {
        x2[29] = v42;
    }
    {
        x2[30] = v42;
    }
    {
        x2[31] = v42;
    }
    {
        x2[32] = v42;
    }
    {
        x2[33] = v42;
    }
    {
        x2[34] = v42;
    }
    {
        x2[35] = v42;
    }
    {
        x2[36] = v42;
    }
    {
        x2[37] = v42;
    }
    {
        x2[38] = v42;
    }
    {
        x2[39] = v42;
    }
    {
        x2[40] = v42;
    }
    {
        x2[41] = v42;
    }
    {
        x2[42] = v42;
    }
    {
        x2[43] = v42;
    }
    {
        x2[44] = v42;
    }
    {
        x2[45] = v42;
    }
    {
        x2[46] = v42;
    }
    {
        x2[47] = v42;
    }
    {
        x2[48] = v42;
    }
    {
        x2[49] = v42;
    }
    {
        x2[50] = v42;
    }
    {
        x2[51] = v42;
    }
    {
        x2[52] = v42;
    }
    {
        x2[53] = v42;
    }
    {
        x2[54] = v42;
    }
    {
        x2[55] = v42;
    }
    {
        x2[56] = v42;
    }
    {
        x2[57] = v42;
    }
    {
        x2[58] = v42;
    }
    {
        x2[59] = v42;
    }
    {
        x2[60] = v42;
    }
    {
        x2[61] = v42;
    }
    {
        x2[62] = v42;
    }
    {
        x2[63] = v42;
    }
    // %44: f32 = const
    const f32 v44 = 1.442695f;
    // %45: f32 = mul %5, %44
    const f32 v45 = __fmul_rn(v5, v44);
    // %46: i32 = const
    const i32 v46 = 0;
    // %47: i32 = const
    const i32 v47 = 64;
    // for %46, %4, %47
    {
        if (v47 <= 0) { if (tid == 0) ox_record(ox_status, 3u, 0u, (u64)(i64)v47, 0u, 0u); return; }
        for (i32 it8 = v46; it8 < v4;) {
            const i32 v48 = it8;
            // %49: i32[64] = arange
            // %50: i32[64] = broadcast %48
            // %51: i32[64] = add %50, %49
            // %52: i32[64, 1] = expand_dims %51
            // %53: i32[64, 1] = broadcast %4
            // %54: bool[64, 1] = cmp %52, %53
            // %55: bool = const
            const bool v55 = true;
            // %56: bool[64, 1] = broadcast %55
            // %57: bool[64, 1] = or %54, %56
            // %58: *f16 = ptr_add %1, %10
            const i64 v58 = (v1 + (i64)v10);
            // %59: i32[64, 1] = expand_dims %51
            // %60: i32 = const
            const i32 v60 = 64;
            // %61: i32[64, 1] = broadcast %60
            // %62: i32[64, 1] = mul %59, %61
            // %63: *f16[64, 1] = broadcast %58
            // %64: *f16[64, 1] = ptr_add %63, %62
            // %65: i32[1, 64] = expand_dims %16
            // %66: *f16[64, 64] = broadcast %64
            // %67: i32[64, 64] = broadcast %65
            // %68: *f16[64, 64] = ptr_add %66, %67
            // %69: bool[64, 64] = broadcast %57
            // %70: f16 = const
            const f32 v70 = 0.0f;
            // %71: f16[64, 64] = broadcast %70
            // %72: f16[64, 64] = load %68, %69, %71
            f32 v72[32];
            #pragma unroll
            for (int c = 0; c < 32; ++c) {
                const int e = (((c) / 8 * 128 + tid) * 8 + (c) % 8);
                {
                    const i32 l9 = ((i32)((u32)(u32)v48 + (u32)(u32)(e / 64)));
                    const i32 l10 = ((i32)((u32)(u32)l9 * (u32)(u32)v60));
                    const i64 l11 = (v58 + (i64)l10);
                    const i64 l12 = (l11 + (i64)(e % 64));
                    const bool l13 = (l9 < v4);
                    const bool l14 = (l13 || v55);
                    u16 lr15 = 0; if (l14) { if ((u64)l12 < n1) lr15 = p1[l12]; else { ox_record(ox_status, 1u, 1u, (u64)l12, 0u, 0u); ox_fail = true; } } v72[c] = (l14) ? ox_cvt_f32_f16(lr15) : v70;
                }
            }
            // %73: *f16 = ptr_add %2, %10
            const i64 v73 = (v2 + (i64)v10);
            // %74: i32[64, 1] = expand_dims %51
            // %75: i32 = const
            const i32 v75 = 64;
            // %76: i32[64, 1] = broadcast %75
            // %77: i32[64, 1] = mul %74, %76
            // %78: *f16[64, 1] = broadcast %73
            // %79: *f16[64, 1] = ptr_add %78, %77
            // %80: i32[1, 64] = expand_dims %16
            // %81: *f16[64, 64] = broadcast %79
            // %82: i32[64, 64] = broadcast %80
            // %83: *f16[64, 64] = ptr_add %81, %82
            // %84: bool[64, 64] = broadcast %57
            // %85: f16 = const
            const f32 v85 = 0.0f;
            // %86: f16[64, 64] = broadcast %85
            // %87: f16[64, 64] = load %83, %84, %86
            f32 v87[32];
            #pragma unroll
            for (int c = 0; c < 32; ++c) {
                const int e = (((c) / 8 * 128 + tid) * 8 + (c) % 8);
                {
                    const i32 l16 = ((i32)((u32)(u32)v48 + (u32)(u32)(e / 64)));
                    const i32 l17 = ((i32)((u32)(u32)l16 * (u32)(u32)v75));
                    const i64 l18 = (v73 + (i64)l17);
                    const i64 l19 = (l18 + (i64)(e % 64));
                    const bool l20 = (l16 < v4);
                    const bool l21 = (l20 || v55);
                    u16 lr22 = 0; if (l21) { if ((u64)l19 < n2) lr22 = p2[l19]; else { ox_record(ox_status, 1u, 2u, (u64)l19, 0u, 0u); ox_fail = true; } } v87[c] = (l21) ? ox_cvt_f32_f16(lr22) : v85;
                }
            }
            // %88: i32[1, 64] = expand_dims %51
            // %89: i32[1, 64] = broadcast %4
            // %90: bool[1, 64] = cmp %88, %89
            // %91: bool = const
            const bool v91 = true;
            // %92: bool[1, 64] = broadcast %91
            // %93: bool[1, 64] = or %90, %92
            // %94: f16[64, 64] = permute %72
            // %95: f32 = const
            const f32 v95 = 0.0f;
            // %96: f32[128, 64] = broadcast %95
            // %97: f32[128, 64] = dot %37, %94, %96
            #pragma unroll
            for (int run = 0; run < 8; ++run) {
                const int e0 = (run * 128 + tid) * 8;
                *(uint4*)&((u16*)ox_smem)[ox_swz<2u, 128u, 128u>((e0 + 0) / 64, (e0 + 0) % 64)] = make_uint4(((u32)ox_f16_raw(v37[run * 8 + 0]) | ((u32)ox_f16_raw(v37[run * 8 + 1]) << 16)), ((u32)ox_f16_raw(v37[run * 8 + 2]) | ((u32)ox_f16_raw(v37[run * 8 + 3]) << 16)), ((u32)ox_f16_raw(v37[run * 8 + 4]) | ((u32)ox_f16_raw(v37[run * 8 + 5]) << 16)), ((u32)ox_f16_raw(v37[run * 8 + 6]) | ((u32)ox_f16_raw(v37[run * 8 + 7]) << 16)));
            }
            #pragma unroll
            for (int run = 0; run < 4; ++run) {
                const int e0 = (run * 128 + tid) * 8;
                *(uint4*)&((u16*)(ox_smem + 16384))[ox_swz<2u, 128u, 64u>((e0 + 0) / 64, (e0 + 0) % 64)] = make_uint4(((u32)ox_f16_raw(v72[run * 8 + 0]) | ((u32)ox_f16_raw(v72[run * 8 + 1]) << 16)), ((u32)ox_f16_raw(v72[run * 8 + 2]) | ((u32)ox_f16_raw(v72[run * 8 + 3]) << 16)), ((u32)ox_f16_raw(v72[run * 8 + 4]) | ((u32)ox_f16_raw(v72[run * 8 + 5]) << 16)), ((u32)ox_f16_raw(v72[run * 8 + 6]) | ((u32)ox_f16_raw(v72[run * 8 + 7]) << 16)));
            }
            ox_fence_proxy_async();
            f32 v97[64];
            if (__syncthreads_or(ox_fail)) return;
            {
                {
                const u64 ox_wg_da = ox_wg_desc(ox_smem_u32(((const unsigned short*)ox_smem)) + ox_wg_index((u32)(tid)) * 16384u, 4611686293305294848ull);
                const u64 ox_wg_db = ox_wg_desc(ox_smem_u32(((const unsigned short*)(ox_smem + 16384))), 4611686293305294848ull);
                ox_wgmma_fence();
                ox_wgmma_f16_n64_t0_z(&v97[0], ox_wg_da + 0ull, ox_wg_db + 0ull);
                ox_wgmma_f16_n64_t0(&v97[0], ox_wg_da + 2ull, ox_wg_db + 2ull);
                ox_wgmma_f16_n64_t0(&v97[0], ox_wg_da + 4ull, ox_wg_db + 4ull);
                ox_wgmma_f16_n64_t0(&v97[0], ox_wg_da + 6ull, ox_wg_db + 6ull);
                ox_wgmma_f16_n64_t0_z(&v97[32], ox_wg_da + 512ull, ox_wg_db + 0ull);
                ox_wgmma_f16_n64_t0(&v97[32], ox_wg_da + 514ull, ox_wg_db + 2ull);
                ox_wgmma_f16_n64_t0(&v97[32], ox_wg_da + 516ull, ox_wg_db + 4ull);
                ox_wgmma_f16_n64_t0(&v97[32], ox_wg_da + 518ull, ox_wg_db + 6ull);
                ox_wgmma_commit();
                ox_wgmma_wait<0>();
                #pragma unroll
                for (int ox_r = 0; ox_r < 64; ++ox_r) ox_wgmma_hold(v97[ox_r]);
                }
            }
            if (__syncthreads_or(ox_fail)) return;
            // %98: f32[128, 64] = broadcast %45
            // %99: f32[128, 64] = mul %97, %98
            f32 v99[64];
            {
                v99[0] = __fmul_rn(v97[0], v45);
            }
            {
                v99[1] = __fmul_rn(v97[1], v45);
            }
            {
                v99[2] = __fmul_rn(v97[2], v45);
            }
            {
                v99[3] = __fmul_rn(v97[3], v45);
            }
            {
                v99[4] = __fmul_rn(v97[4], v45);
            }
            {
                v99[5] = __fmul_rn(v97[5], v45);
            }
            {
                v99[6] = __fmul_rn(v97[6], v45);
            }
            {
                v99[7] = __fmul_rn(v97[7], v45);
            }
            {
                v99[8] = __fmul_rn(v97[8], v45);
            }
            {
                v99[9] = __fmul_rn(v97[9], v45);
            }
            {
                v99[10] = __fmul_rn(v97[10], v45);
            }
            {
                v99[11] = __fmul_rn(v97[11], v45);
            }
            {
                v99[12] = __fmul_rn(v97[12], v45);
            }
            {
                v99[13] = __fmul_rn(v97[13], v45);
            }
            {
                v99[14] = __fmul_rn(v97[14], v45);
            }
            {
                v99[15] = __fmul_rn(v97[15], v45);
            }
            {
                v99[16] = __fmul_rn(v97[16], v45);
            }
            {
                v99[17] = __fmul_rn(v97[17], v45);
            }
            {
                v99[18] = __fmul_rn(v97[18], v45);
            }
            {
                v99[19] = __fmul_rn(v97[19], v45);
            }
            {
                v99[20] = __fmul_rn(v97[20], v45);
            }
            {
                v99[21] = __fmul_rn(v97[21], v45);
            }
            {
                v99[22] = __fmul_rn(v97[22], v45);
            }
            {
                v99[23] = __fmul_rn(v97[23], v45);
            }
            {
                v99[24] = __fmul_rn(v97[24], v45);
            }
            {
                v99[25] = __fmul_rn(v97[25], v45);
            }
            {
                v99[26] = __fmul_rn(v97[26], v45);
            }
            {
                v99[27] = __fmul_rn(v97[27], v45);
            }
            {
                v99[28] = __fmul_rn(v97[28], v45);
            }
            {
                v99[29] = __fmul_rn(v97[29], v45);
            }
            {
                v99[30] = __fmul_rn(v97[30], v45);
            }
            {
                v99[31] = __fmul_rn(v97[31], v45);
            }
            {
                v99[32] = __fmul_rn(v97[32], v45);
            }
            {
                v99[33] = __fmul_rn(v97[33], v45);
            }
            {
                v99[34] = __fmul_rn(v97[34], v45);
            }
            {
                v99[35] = __fmul_rn(v97[35], v45);
            }
            {
                v99[36] = __fmul_rn(v97[36], v45);
            }
            {
                v99[37] = __fmul_rn(v97[37], v45);
            }
            {
                v99[38] = __fmul_rn(v97[38], v45);
            }
            {
                v99[39] = __fmul_rn(v97[39], v45);
            }
            {
                v99[40] = __fmul_rn(v97[40], v45);
            }
            {
                v99[41] = __fmul_rn(v97[41], v45);
            }
            {
                v99[42] = __fmul_rn(v97[42], v45);
            }
            {
                v99[43] = __fmul_rn(v97[43], v45);
            }
            {
                v99[44] = __fmul_rn(v97[44], v45);
            }
            {
                v99[45] = __fmul_rn(v97[45], v45);
            }
            {
                v99[46] = __fmul_rn(v97[46], v45);
            }
            {
                v99[47] = __fmul_rn(v97[47], v45);
            }
            {
                v99[48] = __fmul_rn(v97[48], v45);
            }
            {
                v99[49] = __fmul_rn(v97[49], v45);
            }
            {
                v99[50] = __fmul_rn(v97[50], v45);
            }
            {
                v99[51] = __fmul_rn(v97[51], v45);
            }
            {
                v99[52] = __fmul_rn(v97[52], v45);
            }
            {
                v99[53] = __fmul_rn(v97[53], v45);
            }
            {
                v99[54] = __fmul_rn(v97[54], v45);
            }
            {
                v99[55] = __fmul_rn(v97[55], v45);
            }
            {
                v99[56] = __fmul_rn(v97[56], v45);
            }
            {
                v99[57] = __fmul_rn(v97[57], v45);
            }
            {
                v99[58] = __fmul_rn(v97[58], v45);
            }
            {
                v99[59] = __fmul_rn(v97[59], v45);
            }
            {
                v99[60] = __fmul_rn(v97[60], v45);
            }
            {
                v99[61] = __fmul_rn(v97[61], v45);
            }
            {
                v99[62] = __fmul_rn(v97[62], v45);
            }
            {
                v99[63] = __fmul_rn(v97[63], v45);
            }
            // %100: f32 = const
            const f32 v100 = __uint_as_float(0xff800000u);
            // %101: f32[128, 64] = broadcast %100
            // %102: bool[128, 64] = broadcast %93
            // %103: f32[128, 64] = select %102, %99, %101
            f32 v103[64];
            {
                const i32 l23 = ((i32)((u32)(u32)v48 + (u32)(u32)((0 * 64) + (((tid) & 3) * 2))));
                const bool l24 = (l23 < v4);
                const bool l25 = (l24 || v91);
                v103[0] = (l25 ? v99[0] : v100);
            }
            {
                const i32 l26 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 1)));
                const bool l27 = (l26 < v4);
                const bool l28 = (l27 || v91);
                v103[1] = (l28 ? v99[1] : v100);
            }
            {
                const i32 l29 = ((i32)((u32)(u32)v48 + (u32)(u32)((0 * 64) + (((tid) & 3) * 2))));
                const bool l30 = (l29 < v4);
                const bool l31 = (l30 || v91);
                v103[2] = (l31 ? v99[2] : v100);
            }
            {
                const i32 l32 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 1)));
                const bool l33 = (l32 < v4);
                const bool l34 = (l33 || v91);
                v103[3] = (l34 ? v99[3] : v100);
            }
            {
                const i32 l35 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 8)));
                const bool l36 = (l35 < v4);
                const bool l37 = (l36 || v91);
                v103[4] = (l37 ? v99[4] : v100);
            }
            {
                const i32 l38 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 9)));
                const bool l39 = (l38 < v4);
                const bool l40 = (l39 || v91);
                v103[5] = (l40 ? v99[5] : v100);
            }
            {
                const i32 l41 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 8)));
                const bool l42 = (l41 < v4);
                const bool l43 = (l42 || v91);
                v103[6] = (l43 ? v99[6] : v100);
            }
            {
                const i32 l44 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 9)));
                const bool l45 = (l44 < v4);
                const bool l46 = (l45 || v91);
                v103[7] = (l46 ? v99[7] : v100);
            }
            {
                const i32 l47 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 16)));
                const bool l48 = (l47 < v4);
                const bool l49 = (l48 || v91);
                v103[8] = (l49 ? v99[8] : v100);
            }
            {
                const i32 l50 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 17)));
                const bool l51 = (l50 < v4);
                const bool l52 = (l51 || v91);
                v103[9] = (l52 ? v99[9] : v100);
            }
            {
                const i32 l53 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 16)));
                const bool l54 = (l53 < v4);
                const bool l55 = (l54 || v91);
                v103[10] = (l55 ? v99[10] : v100);
            }
            {
                const i32 l56 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 17)));
                const bool l57 = (l56 < v4);
                const bool l58 = (l57 || v91);
                v103[11] = (l58 ? v99[11] : v100);
            }
            {
                const i32 l59 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 24)));
                const bool l60 = (l59 < v4);
                const bool l61 = (l60 || v91);
                v103[12] = (l61 ? v99[12] : v100);
            }
            {
                const i32 l62 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 25)));
                const bool l63 = (l62 < v4);
                const bool l64 = (l63 || v91);
                v103[13] = (l64 ? v99[13] : v100);
            }
            {
                const i32 l65 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 24)));
                const bool l66 = (l65 < v4);
                const bool l67 = (l66 || v91);
                v103[14] = (l67 ? v99[14] : v100);
            }
            {
                const i32 l68 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 25)));
                const bool l69 = (l68 < v4);
                const bool l70 = (l69 || v91);
                v103[15] = (l70 ? v99[15] : v100);
            }
            {
                const i32 l71 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 32)));
                const bool l72 = (l71 < v4);
                const bool l73 = (l72 || v91);
                v103[16] = (l73 ? v99[16] : v100);
            }
            {
                const i32 l74 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 33)));
                const bool l75 = (l74 < v4);
                const bool l76 = (l75 || v91);
                v103[17] = (l76 ? v99[17] : v100);
            }
            {
                const i32 l77 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 32)));
                const bool l78 = (l77 < v4);
                const bool l79 = (l78 || v91);
                v103[18] = (l79 ? v99[18] : v100);
            }
            {
                const i32 l80 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 33)));
                const bool l81 = (l80 < v4);
                const bool l82 = (l81 || v91);
                v103[19] = (l82 ? v99[19] : v100);
            }
            {
                const i32 l83 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 40)));
                const bool l84 = (l83 < v4);
                const bool l85 = (l84 || v91);
                v103[20] = (l85 ? v99[20] : v100);
            }
            {
                const i32 l86 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 41)));
                const bool l87 = (l86 < v4);
                const bool l88 = (l87 || v91);
                v103[21] = (l88 ? v99[21] : v100);
            }
            {
                const i32 l89 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 40)));
                const bool l90 = (l89 < v4);
                const bool l91 = (l90 || v91);
                v103[22] = (l91 ? v99[22] : v100);
            }
            {
                const i32 l92 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 41)));
                const bool l93 = (l92 < v4);
                const bool l94 = (l93 || v91);
                v103[23] = (l94 ? v99[23] : v100);
            }
            {
                const i32 l95 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 48)));
                const bool l96 = (l95 < v4);
                const bool l97 = (l96 || v91);
                v103[24] = (l97 ? v99[24] : v100);
            }
            {
                const i32 l98 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 49)));
                const bool l99 = (l98 < v4);
                const bool l100 = (l99 || v91);
                v103[25] = (l100 ? v99[25] : v100);
            }
            {
                const i32 l101 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 48)));
                const bool l102 = (l101 < v4);
                const bool l103 = (l102 || v91);
                v103[26] = (l103 ? v99[26] : v100);
            }
            {
                const i32 l104 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 49)));
                const bool l105 = (l104 < v4);
                const bool l106 = (l105 || v91);
                v103[27] = (l106 ? v99[27] : v100);
            }
            {
                const i32 l107 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 56)));
                const bool l108 = (l107 < v4);
                const bool l109 = (l108 || v91);
                v103[28] = (l109 ? v99[28] : v100);
            }
            {
                const i32 l110 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 57)));
                const bool l111 = (l110 < v4);
                const bool l112 = (l111 || v91);
                v103[29] = (l112 ? v99[29] : v100);
            }
            {
                const i32 l113 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 56)));
                const bool l114 = (l113 < v4);
                const bool l115 = (l114 || v91);
                v103[30] = (l115 ? v99[30] : v100);
            }
            {
                const i32 l116 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 57)));
                const bool l117 = (l116 < v4);
                const bool l118 = (l117 || v91);
                v103[31] = (l118 ? v99[31] : v100);
            }
            {
                const i32 l119 = ((i32)((u32)(u32)v48 + (u32)(u32)((0 * 64) + (((tid) & 3) * 2))));
                const bool l120 = (l119 < v4);
                const bool l121 = (l120 || v91);
                v103[32] = (l121 ? v99[32] : v100);
            }
            {
                const i32 l122 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 1)));
                const bool l123 = (l122 < v4);
                const bool l124 = (l123 || v91);
                v103[33] = (l124 ? v99[33] : v100);
            }
            {
                const i32 l125 = ((i32)((u32)(u32)v48 + (u32)(u32)((0 * 64) + (((tid) & 3) * 2))));
                const bool l126 = (l125 < v4);
                const bool l127 = (l126 || v91);
                v103[34] = (l127 ? v99[34] : v100);
            }
            {
                const i32 l128 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 1)));
                const bool l129 = (l128 < v4);
                const bool l130 = (l129 || v91);
                v103[35] = (l130 ? v99[35] : v100);
            }
            {
                const i32 l131 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 8)));
                const bool l132 = (l131 < v4);
                const bool l133 = (l132 || v91);
                v103[36] = (l133 ? v99[36] : v100);
            }
            {
                const i32 l134 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 9)));
                const bool l135 = (l134 < v4);
                const bool l136 = (l135 || v91);
                v103[37] = (l136 ? v99[37] : v100);
            }
            {
                const i32 l137 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 8)));
                const bool l138 = (l137 < v4);
                const bool l139 = (l138 || v91);
                v103[38] = (l139 ? v99[38] : v100);
            }
            {
                const i32 l140 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 9)));
                const bool l141 = (l140 < v4);
                const bool l142 = (l141 || v91);
                v103[39] = (l142 ? v99[39] : v100);
            }
            {
                const i32 l143 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 16)));
                const bool l144 = (l143 < v4);
                const bool l145 = (l144 || v91);
                v103[40] = (l145 ? v99[40] : v100);
            }
            {
                const i32 l146 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 17)));
                const bool l147 = (l146 < v4);
                const bool l148 = (l147 || v91);
                v103[41] = (l148 ? v99[41] : v100);
            }
            {
                const i32 l149 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 16)));
                const bool l150 = (l149 < v4);
                const bool l151 = (l150 || v91);
                v103[42] = (l151 ? v99[42] : v100);
            }
            {
                const i32 l152 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 17)));
                const bool l153 = (l152 < v4);
                const bool l154 = (l153 || v91);
                v103[43] = (l154 ? v99[43] : v100);
            }
            {
                const i32 l155 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 24)));
                const bool l156 = (l155 < v4);
                const bool l157 = (l156 || v91);
                v103[44] = (l157 ? v99[44] : v100);
            }
            {
                const i32 l158 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 25)));
                const bool l159 = (l158 < v4);
                const bool l160 = (l159 || v91);
                v103[45] = (l160 ? v99[45] : v100);
            }
            {
                const i32 l161 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 24)));
                const bool l162 = (l161 < v4);
                const bool l163 = (l162 || v91);
                v103[46] = (l163 ? v99[46] : v100);
            }
            {
                const i32 l164 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 25)));
                const bool l165 = (l164 < v4);
                const bool l166 = (l165 || v91);
                v103[47] = (l166 ? v99[47] : v100);
            }
            {
                const i32 l167 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 32)));
                const bool l168 = (l167 < v4);
                const bool l169 = (l168 || v91);
                v103[48] = (l169 ? v99[48] : v100);
            }
            {
                const i32 l170 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 33)));
                const bool l171 = (l170 < v4);
                const bool l172 = (l171 || v91);
                v103[49] = (l172 ? v99[49] : v100);
            }
            {
                const i32 l173 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 32)));
                const bool l174 = (l173 < v4);
                const bool l175 = (l174 || v91);
                v103[50] = (l175 ? v99[50] : v100);
            }
            {
                const i32 l176 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 33)));
                const bool l177 = (l176 < v4);
                const bool l178 = (l177 || v91);
                v103[51] = (l178 ? v99[51] : v100);
            }
            {
                const i32 l179 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 40)));
                const bool l180 = (l179 < v4);
                const bool l181 = (l180 || v91);
                v103[52] = (l181 ? v99[52] : v100);
            }
            {
                const i32 l182 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 41)));
                const bool l183 = (l182 < v4);
                const bool l184 = (l183 || v91);
                v103[53] = (l184 ? v99[53] : v100);
            }
            {
                const i32 l185 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 40)));
                const bool l186 = (l185 < v4);
                const bool l187 = (l186 || v91);
                v103[54] = (l187 ? v99[54] : v100);
            }
            {
                const i32 l188 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 41)));
                const bool l189 = (l188 < v4);
                const bool l190 = (l189 || v91);
                v103[55] = (l190 ? v99[55] : v100);
            }
            {
                const i32 l191 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 48)));
                const bool l192 = (l191 < v4);
                const bool l193 = (l192 || v91);
                v103[56] = (l193 ? v99[56] : v100);
            }
            {
                const i32 l194 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 49)));
                const bool l195 = (l194 < v4);
                const bool l196 = (l195 || v91);
                v103[57] = (l196 ? v99[57] : v100);
            }
            {
                const i32 l197 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 48)));
                const bool l198 = (l197 < v4);
                const bool l199 = (l198 || v91);
                v103[58] = (l199 ? v99[58] : v100);
            }
            {
                const i32 l200 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 49)));
                const bool l201 = (l200 < v4);
                const bool l202 = (l201 || v91);
                v103[59] = (l202 ? v99[59] : v100);
            }
            {
                const i32 l203 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 56)));
                const bool l204 = (l203 < v4);
                const bool l205 = (l204 || v91);
                v103[60] = (l205 ? v99[60] : v100);
            }
            {
                const i32 l206 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 57)));
                const bool l207 = (l206 < v4);
                const bool l208 = (l207 || v91);
                v103[61] = (l208 ? v99[61] : v100);
            }
            {
                const i32 l209 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 56)));
                const bool l210 = (l209 < v4);
                const bool l211 = (l210 || v91);
                v103[62] = (l211 ? v99[62] : v100);
            }
            {
                const i32 l212 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 64) + (((tid) & 3) * 2)) + 57)));
                const bool l213 = (l212 < v4);
                const bool l214 = (l213 || v91);
                v103[63] = (l214 ? v99[63] : v100);
            }
            // %104: f32[128] = var_load
            f32 v104[4];
            #pragma unroll
            for (int c = 0; c < 4; ++c) v104[c] = x0[c];
            // %105: f32[128] = reduce %103
            f32 v105[4];
            // row Max of fragments %103
            v105[0] = fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(v103[0], v103[1]), v103[4]), v103[5]), v103[8]), v103[9]), v103[12]), v103[13]), v103[16]), v103[17]), v103[20]), v103[21]), v103[24]), v103[25]), v103[28]), v103[29]);
            v105[1] = fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(v103[2], v103[3]), v103[6]), v103[7]), v103[10]), v103[11]), v103[14]), v103[15]), v103[18]), v103[19]), v103[22]), v103[23]), v103[26]), v103[27]), v103[30]), v103[31]);
            v105[2] = fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(v103[32], v103[33]), v103[36]), v103[37]), v103[40]), v103[41]), v103[44]), v103[45]), v103[48]), v103[49]), v103[52]), v103[53]), v103[56]), v103[57]), v103[60]), v103[61]);
            v105[3] = fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(v103[34], v103[35]), v103[38]), v103[39]), v103[42]), v103[43]), v103[46]), v103[47]), v103[50]), v103[51]), v103[54]), v103[55]), v103[58]), v103[59]), v103[62]), v103[63]);
            {
                const f32 o0 = __shfl_xor_sync(0xffffffffu, v105[0], 1);
                const f32 o1 = __shfl_xor_sync(0xffffffffu, v105[1], 1);
                const f32 o2 = __shfl_xor_sync(0xffffffffu, v105[2], 1);
                const f32 o3 = __shfl_xor_sync(0xffffffffu, v105[3], 1);
                v105[0] = fmaxf(v105[0], o0);
                v105[1] = fmaxf(v105[1], o1);
                v105[2] = fmaxf(v105[2], o2);
                v105[3] = fmaxf(v105[3], o3);
            }
            {
                const f32 o0 = __shfl_xor_sync(0xffffffffu, v105[0], 2);
                const f32 o1 = __shfl_xor_sync(0xffffffffu, v105[1], 2);
                const f32 o2 = __shfl_xor_sync(0xffffffffu, v105[2], 2);
                const f32 o3 = __shfl_xor_sync(0xffffffffu, v105[3], 2);
                v105[0] = fmaxf(v105[0], o0);
                v105[1] = fmaxf(v105[1], o1);
                v105[2] = fmaxf(v105[2], o2);
                v105[3] = fmaxf(v105[3], o3);
            }
            // %106: f32[128] = max %104, %105
            f32 v106[4];
            {
                v106[0] = fmaxf(v104[0], v105[0]);
            }
            {
                v106[1] = fmaxf(v104[1], v105[1]);
            }
            {
                v106[2] = fmaxf(v104[2], v105[2]);
            }
            {
                v106[3] = fmaxf(v104[3], v105[3]);
            }
            // %107: f32[128, 1] = expand_dims %106
            // %108: f32[128, 64] = broadcast %107
            // %109: f32[128, 64] = sub %103, %108
            f32 v109[64];
            {
                v109[0] = __fsub_rn(v103[0], v106[0]);
            }
            {
                v109[1] = __fsub_rn(v103[1], v106[0]);
            }
            {
                v109[2] = __fsub_rn(v103[2], v106[1]);
            }
            {
                v109[3] = __fsub_rn(v103[3], v106[1]);
            }
            {
                v109[4] = __fsub_rn(v103[4], v106[0]);
            }
            {
                v109[5] = __fsub_rn(v103[5], v106[0]);
            }
            {
                v109[6] = __fsub_rn(v103[6], v106[1]);
            }
            {
                v109[7] = __fsub_rn(v103[7], v106[1]);
            }
            {
                v109[8] = __fsub_rn(v103[8], v106[0]);
            }
            {
                v109[9] = __fsub_rn(v103[9], v106[0]);
            }
            {
                v109[10] = __fsub_rn(v103[10], v106[1]);
            }
            {
                v109[11] = __fsub_rn(v103[11], v106[1]);
            }
            {
                v109[12] = __fsub_rn(v103[12], v106[0]);
            }
            {
                v109[13] = __fsub_rn(v103[13], v106[0]);
            }
            {
                v109[14] = __fsub_rn(v103[14], v106[1]);
            }
            {
                v109[15] = __fsub_rn(v103[15], v106[1]);
            }
            {
                v109[16] = __fsub_rn(v103[16], v106[0]);
            }
            {
                v109[17] = __fsub_rn(v103[17], v106[0]);
            }
            {
                v109[18] = __fsub_rn(v103[18], v106[1]);
            }
            {
                v109[19] = __fsub_rn(v103[19], v106[1]);
            }
            {
                v109[20] = __fsub_rn(v103[20], v106[0]);
            }
            {
                v109[21] = __fsub_rn(v103[21], v106[0]);
            }
            {
                v109[22] = __fsub_rn(v103[22], v106[1]);
            }
            {
                v109[23] = __fsub_rn(v103[23], v106[1]);
            }
            {
                v109[24] = __fsub_rn(v103[24], v106[0]);
            }
            {
                v109[25] = __fsub_rn(v103[25], v106[0]);
            }
            {
                v109[26] = __fsub_rn(v103[26], v106[1]);
            }
            {
                v109[27] = __fsub_rn(v103[27], v106[1]);
            }
            {
                v109[28] = __fsub_rn(v103[28], v106[0]);
            }
            {
                v109[29] = __fsub_rn(v103[29], v106[0]);
            }
            {
                v109[30] = __fsub_rn(v103[30], v106[1]);
            }
            {
                v109[31] = __fsub_rn(v103[31], v106[1]);
            }
            {
                v109[32] = __fsub_rn(v103[32], v106[2]);
            }
            {
                v109[33] = __fsub_rn(v103[33], v106[2]);
            }
            {
                v109[34] = __fsub_rn(v103[34], v106[3]);
            }
            {
                v109[35] = __fsub_rn(v103[35], v106[3]);
            }
            {
                v109[36] = __fsub_rn(v103[36], v106[2]);
            }
            {
                v109[37] = __fsub_rn(v103[37], v106[2]);
            }
            {
                v109[38] = __fsub_rn(v103[38], v106[3]);
            }
            {
                v109[39] = __fsub_rn(v103[39], v106[3]);
            }
            {
                v109[40] = __fsub_rn(v103[40], v106[2]);
            }
            {
                v109[41] = __fsub_rn(v103[41], v106[2]);
            }
            {
                v109[42] = __fsub_rn(v103[42], v106[3]);
            }
            {
                v109[43] = __fsub_rn(v103[43], v106[3]);
            }
            {
                v109[44] = __fsub_rn(v103[44], v106[2]);
            }
            {
                v109[45] = __fsub_rn(v103[45], v106[2]);
            }
            {
                v109[46] = __fsub_rn(v103[46], v106[3]);
            }
            {
                v109[47] = __fsub_rn(v103[47], v106[3]);
            }
            {
                v109[48] = __fsub_rn(v103[48], v106[2]);
            }
            {
                v109[49] = __fsub_rn(v103[49], v106[2]);
            }
            {
                v109[50] = __fsub_rn(v103[50], v106[3]);
            }
            {
                v109[51] = __fsub_rn(v103[51], v106[3]);
            }
            {
                v109[52] = __fsub_rn(v103[52], v106[2]);
            }
            {
                v109[53] = __fsub_rn(v103[53], v106[2]);
            }
            {
                v109[54] = __fsub_rn(v103[54], v106[3]);
            }
            {
                v109[55] = __fsub_rn(v103[55], v106[3]);
            }
            {
                v109[56] = __fsub_rn(v103[56], v106[2]);
            }
            {
                v109[57] = __fsub_rn(v103[57], v106[2]);
            }
            {
                v109[58] = __fsub_rn(v103[58], v106[3]);
            }
            {
                v109[59] = __fsub_rn(v103[59], v106[3]);
            }
            {
                v109[60] = __fsub_rn(v103[60], v106[2]);
            }
            {
                v109[61] = __fsub_rn(v103[61], v106[2]);
            }
            {
                v109[62] = __fsub_rn(v103[62], v106[3]);
            }
            {
                v109[63] = __fsub_rn(v103[63], v106[3]);
            }
            // %110: f32[128, 64] = exp2 %109
            f32 v110[64];
            {
                v110[0] = exp2f(v109[0]);
            }
            {
                v110[1] = exp2f(v109[1]);
            }
            {
                v110[2] = exp2f(v109[2]);
            }
            {
                v110[3] = exp2f(v109[3]);
            }
            {
                v110[4] = exp2f(v109[4]);
            }
            {
                v110[5] = exp2f(v109[5]);
            }
            {
                v110[6] = exp2f(v109[6]);
            }
            {
                v110[7] = exp2f(v109[7]);
            }
            {
                v110[8] = exp2f(v109[8]);
            }
            {
                v110[9] = exp2f(v109[9]);
            }
            {
                v110[10] = exp2f(v109[10]);
            }
            {
                v110[11] = exp2f(v109[11]);
            }
            {
                v110[12] = exp2f(v109[12]);
            }
            {
                v110[13] = exp2f(v109[13]);
            }
            {
                v110[14] = exp2f(v109[14]);
            }
            {
                v110[15] = exp2f(v109[15]);
            }
            {
                v110[16] = exp2f(v109[16]);
            }
            {
                v110[17] = exp2f(v109[17]);
            }
            {
                v110[18] = exp2f(v109[18]);
            }
            {
                v110[19] = exp2f(v109[19]);
            }
            {
                v110[20] = exp2f(v109[20]);
            }
            {
                v110[21] = exp2f(v109[21]);
            }
            {
                v110[22] = exp2f(v109[22]);
            }
            {
                v110[23] = exp2f(v109[23]);
            }
            {
                v110[24] = exp2f(v109[24]);
            }
            {
                v110[25] = exp2f(v109[25]);
            }
            {
                v110[26] = exp2f(v109[26]);
            }
            {
                v110[27] = exp2f(v109[27]);
            }
            {
                v110[28] = exp2f(v109[28]);
            }
            {
                v110[29] = exp2f(v109[29]);
            }
            {
                v110[30] = exp2f(v109[30]);
            }
            {
                v110[31] = exp2f(v109[31]);
            }
            {
                v110[32] = exp2f(v109[32]);
            }
            {
                v110[33] = exp2f(v109[33]);
            }
            {
                v110[34] = exp2f(v109[34]);
            }
            {
                v110[35] = exp2f(v109[35]);
            }
            {
                v110[36] = exp2f(v109[36]);
            }
            {
                v110[37] = exp2f(v109[37]);
            }
            {
                v110[38] = exp2f(v109[38]);
            }
            {
                v110[39] = exp2f(v109[39]);
            }
            {
                v110[40] = exp2f(v109[40]);
            }
            {
                v110[41] = exp2f(v109[41]);
            }
            {
                v110[42] = exp2f(v109[42]);
            }
            {
                v110[43] = exp2f(v109[43]);
            }
            {
                v110[44] = exp2f(v109[44]);
            }
            {
                v110[45] = exp2f(v109[45]);
            }
            {
                v110[46] = exp2f(v109[46]);
            }
            {
                v110[47] = exp2f(v109[47]);
            }
            {
                v110[48] = exp2f(v109[48]);
            }
            {
                v110[49] = exp2f(v109[49]);
            }
            {
                v110[50] = exp2f(v109[50]);
            }
            {
                v110[51] = exp2f(v109[51]);
            }
            {
                v110[52] = exp2f(v109[52]);
            }
            {
                v110[53] = exp2f(v109[53]);
            }
            {
                v110[54] = exp2f(v109[54]);
            }
            {
                v110[55] = exp2f(v109[55]);
            }
            {
                v110[56] = exp2f(v109[56]);
            }
            {
                v110[57] = exp2f(v109[57]);
            }
            {
                v110[58] = exp2f(v109[58]);
            }
            {
                v110[59] = exp2f(v109[59]);
            }
            {
                v110[60] = exp2f(v109[60]);
            }
            {
                v110[61] = exp2f(v109[61]);
            }
            {
                v110[62] = exp2f(v109[62]);
            }
            {
                v110[63] = exp2f(v109[63]);
            }
            // %111: f32[128] = var_load
            f32 v111[4];
            #pragma unroll
            for (int c = 0; c < 4; ++c) v111[c] = x0[c];
            // %112: f32[128] = sub %111, %106
            f32 v112[4];
            {
                v112[0] = __fsub_rn(v111[0], v106[0]);
            }
            {
                v112[1] = __fsub_rn(v111[1], v106[1]);
            }
            {
                v112[2] = __fsub_rn(v111[2], v106[2]);
            }
            {
                v112[3] = __fsub_rn(v111[3], v106[3]);
            }
            // %113: f32[128] = exp2 %112
            f32 v113[4];
            {
                v113[0] = exp2f(v112[0]);
            }
            {
                v113[1] = exp2f(v112[1]);
            }
            {
                v113[2] = exp2f(v112[2]);
            }
            {
                v113[3] = exp2f(v112[3]);
            }
            // %114: f32[128] = var_load
            f32 v114[4];
            #pragma unroll
            for (int c = 0; c < 4; ++c) v114[c] = x1[c];
            // %115: f32[128] = mul %114, %113
            f32 v115[4];
            {
                v115[0] = __fmul_rn(v114[0], v113[0]);
            }
            {
                v115[1] = __fmul_rn(v114[1], v113[1]);
            }
            {
                v115[2] = __fmul_rn(v114[2], v113[2]);
            }
            {
                v115[3] = __fmul_rn(v114[3], v113[3]);
            }
            // %116: f32[128] = reduce %110
            f32 v116[4];
            // row Sum of fragments %110
            v116[0] = __fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(v110[0], v110[1]), v110[4]), v110[5]), v110[8]), v110[9]), v110[12]), v110[13]), v110[16]), v110[17]), v110[20]), v110[21]), v110[24]), v110[25]), v110[28]), v110[29]);
            v116[1] = __fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(v110[2], v110[3]), v110[6]), v110[7]), v110[10]), v110[11]), v110[14]), v110[15]), v110[18]), v110[19]), v110[22]), v110[23]), v110[26]), v110[27]), v110[30]), v110[31]);
            v116[2] = __fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(v110[32], v110[33]), v110[36]), v110[37]), v110[40]), v110[41]), v110[44]), v110[45]), v110[48]), v110[49]), v110[52]), v110[53]), v110[56]), v110[57]), v110[60]), v110[61]);
            v116[3] = __fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(v110[34], v110[35]), v110[38]), v110[39]), v110[42]), v110[43]), v110[46]), v110[47]), v110[50]), v110[51]), v110[54]), v110[55]), v110[58]), v110[59]), v110[62]), v110[63]);
            {
                const f32 o0 = __shfl_xor_sync(0xffffffffu, v116[0], 1);
                const f32 o1 = __shfl_xor_sync(0xffffffffu, v116[1], 1);
                const f32 o2 = __shfl_xor_sync(0xffffffffu, v116[2], 1);
                const f32 o3 = __shfl_xor_sync(0xffffffffu, v116[3], 1);
                v116[0] = __fadd_rn(v116[0], o0);
                v116[1] = __fadd_rn(v116[1], o1);
                v116[2] = __fadd_rn(v116[2], o2);
                v116[3] = __fadd_rn(v116[3], o3);
            }
            {
                const f32 o0 = __shfl_xor_sync(0xffffffffu, v116[0], 2);
                const f32 o1 = __shfl_xor_sync(0xffffffffu, v116[1], 2);
                const f32 o2 = __shfl_xor_sync(0xffffffffu, v116[2], 2);
                const f32 o3 = __shfl_xor_sync(0xffffffffu, v116[3], 2);
                v116[0] = __fadd_rn(v116[0], o0);
                v116[1] = __fadd_rn(v116[1], o1);
                v116[2] = __fadd_rn(v116[2], o2);
                v116[3] = __fadd_rn(v116[3], o3);
            }
            // %117: f32[128] = add %115, %116
            f32 v117[4];
            {
                v117[0] = __fadd_rn(v115[0], v116[0]);
            }
            {
                v117[1] = __fadd_rn(v115[1], v116[1]);
            }
            {
                v117[2] = __fadd_rn(v115[2], v116[2]);
            }
            {
                v117[3] = __fadd_rn(v115[3], v116[3]);
            }
            // var_store %117
            #pragma unroll
            for (int c = 0; c < 4; ++c) x1[c] = v117[c];
            // %118: f32[128, 64] = var_load
            f32 v118[64];
            #pragma unroll
            for (int c = 0; c < 64; ++c) v118[c] = x2[c];
            // %119: f32[128, 1] = expand_dims %113
            // %120: f32[128, 64] = broadcast %119
            // %121: f32[128, 64] = mul %118, %120
            f32 v121[64];
            {
                v121[0] = __fmul_rn(v118[0], v113[0]);
            }
            {
                v121[1] = __fmul_rn(v118[1], v113[0]);
            }
            {
                v121[2] = __fmul_rn(v118[2], v113[1]);
            }
            {
                v121[3] = __fmul_rn(v118[3], v113[1]);
            }
            {
                v121[4] = __fmul_rn(v118[4], v113[0]);
            }
            {
                v121[5] = __fmul_rn(v118[5], v113[0]);
            }
            {
                v121[6] = __fmul_rn(v118[6], v113[1]);
            }
            {
                v121[7] = __fmul_rn(v118[7], v113[1]);
            }
            {
                v121[8] = __fmul_rn(v118[8], v113[0]);
            }
            {
                v121[9] = __fmul_rn(v118[9], v113[0]);
            }
            {
                v121[10] = __fmul_rn(v118[10], v113[1]);
            }
            {
                v121[11] = __fmul_rn(v118[11], v113[1]);
            }
            {
                v121[12] = __fmul_rn(v118[12], v113[0]);
            }
            {
                v121[13] = __fmul_rn(v118[13], v113[0]);
            }
            {
                v121[14] = __fmul_rn(v118[14], v113[1]);
            }
            {
                v121[15] = __fmul_rn(v118[15], v113[1]);
            }
            {
                v121[16] = __fmul_rn(v118[16], v113[0]);
            }
            {
                v121[17] = __fmul_rn(v118[17], v113[0]);
            }
            {
                v121[18] = __fmul_rn(v118[18], v113[1]);
            }
            {
                v121[19] = __fmul_rn(v118[19], v113[1]);
            }
            {
                v121[20] = __fmul_rn(v118[20], v113[0]);
            }
            {
                v121[21] = __fmul_rn(v118[21], v113[0]);
            }
            {
                v121[22] = __fmul_rn(v118[22], v113[1]);
            }
            {
                v121[23] = __fmul_rn(v118[23], v113[1]);
            }
            {
                v121[24] = __fmul_rn(v118[24], v113[0]);
            }
            {
                v121[25] = __fmul_rn(v118[25], v113[0]);
            }
            {
                v121[26] = __fmul_rn(v118[26], v113[1]);
            }
            {
                v121[27] = __fmul_rn(v118[27], v113[1]);
            }
            {
                v121[28] = __fmul_rn(v118[28], v113[0]);
            }
            {
                v121[29] = __fmul_rn(v118[29], v113[0]);
            }
            {
                v121[30] = __fmul_rn(v118[30], v113[1]);
            }
            {
                v121[31] = __fmul_rn(v118[31], v113[1]);
            }
            {
                v121[32] = __fmul_rn(v118[32], v113[2]);
            }
            {
                v121[33] = __fmul_rn(v118[33], v113[2]);
            }
            {
                v121[34] = __fmul_rn(v118[34], v113[3]);
            }
            {
                v121[35] = __fmul_rn(v118[35], v113[3]);
            }
            {
                v121[36] = __fmul_rn(v118[36], v113[2]);
            }
            {
                v121[37] = __fmul_rn(v118[37], v113[2]);
            }
            {
                v121[38] = __fmul_rn(v118[38], v113[3]);
            }
            {
                v121[39] = __fmul_rn(v118[39], v113[3]);
            }
            {
                v121[40] = __fmul_rn(v118[40], v113[2]);
            }
            {
                v121[41] = __fmul_rn(v118[41], v113[2]);
            }
            {
                v121[42] = __fmul_rn(v118[42], v113[3]);
            }
            {
                v121[43] = __fmul_rn(v118[43], v113[3]);
            }
            {
                v121[44] = __fmul_rn(v118[44], v113[2]);
            }
            {
                v121[45] = __fmul_rn(v118[45], v113[2]);
            }
            {
                v121[46] = __fmul_rn(v118[46], v113[3]);
            }
            {
                v121[47] = __fmul_rn(v118[47], v113[3]);
            }
            {
                v121[48] = __fmul_rn(v118[48], v113[2]);
            }
            {
                v121[49] = __fmul_rn(v118[49], v113[2]);
            }
            {
                v121[50] = __fmul_rn(v118[50], v113[3]);
            }
            {
                v121[51] = __fmul_rn(v118[51], v113[3]);
            }
            {
                v121[52] = __fmul_rn(v118[52], v113[2]);
            }
            {
                v121[53] = __fmul_rn(v118[53], v113[2]);
            }
            {
                v121[54] = __fmul_rn(v118[54], v113[3]);
            }
            {
                v121[55] = __fmul_rn(v118[55], v113[3]);
            }
            {
                v121[56] = __fmul_rn(v118[56], v113[2]);
            }
            {
                v121[57] = __fmul_rn(v118[57], v113[2]);
            }
            {
                v121[58] = __fmul_rn(v118[58], v113[3]);
            }
            {
                v121[59] = __fmul_rn(v118[59], v113[3]);
            }
            {
                v121[60] = __fmul_rn(v118[60], v113[2]);
            }
            {
                v121[61] = __fmul_rn(v118[61], v113[2]);
            }
            {
                v121[62] = __fmul_rn(v118[62], v113[3]);
            }
            {
                v121[63] = __fmul_rn(v118[63], v113[3]);
            }
            // %122: f16[128, 64] = cast %110
            f32 v122[64];
            u32 h215[32];
            h215[0] = ox_cvt_f16x2_f32(v110[0], v110[1]);
            h215[1] = ox_cvt_f16x2_f32(v110[2], v110[3]);
            h215[2] = ox_cvt_f16x2_f32(v110[4], v110[5]);
            h215[3] = ox_cvt_f16x2_f32(v110[6], v110[7]);
            h215[4] = ox_cvt_f16x2_f32(v110[8], v110[9]);
            h215[5] = ox_cvt_f16x2_f32(v110[10], v110[11]);
            h215[6] = ox_cvt_f16x2_f32(v110[12], v110[13]);
            h215[7] = ox_cvt_f16x2_f32(v110[14], v110[15]);
            h215[8] = ox_cvt_f16x2_f32(v110[16], v110[17]);
            h215[9] = ox_cvt_f16x2_f32(v110[18], v110[19]);
            h215[10] = ox_cvt_f16x2_f32(v110[20], v110[21]);
            h215[11] = ox_cvt_f16x2_f32(v110[22], v110[23]);
            h215[12] = ox_cvt_f16x2_f32(v110[24], v110[25]);
            h215[13] = ox_cvt_f16x2_f32(v110[26], v110[27]);
            h215[14] = ox_cvt_f16x2_f32(v110[28], v110[29]);
            h215[15] = ox_cvt_f16x2_f32(v110[30], v110[31]);
            h215[16] = ox_cvt_f16x2_f32(v110[32], v110[33]);
            h215[17] = ox_cvt_f16x2_f32(v110[34], v110[35]);
            h215[18] = ox_cvt_f16x2_f32(v110[36], v110[37]);
            h215[19] = ox_cvt_f16x2_f32(v110[38], v110[39]);
            h215[20] = ox_cvt_f16x2_f32(v110[40], v110[41]);
            h215[21] = ox_cvt_f16x2_f32(v110[42], v110[43]);
            h215[22] = ox_cvt_f16x2_f32(v110[44], v110[45]);
            h215[23] = ox_cvt_f16x2_f32(v110[46], v110[47]);
            h215[24] = ox_cvt_f16x2_f32(v110[48], v110[49]);
            h215[25] = ox_cvt_f16x2_f32(v110[50], v110[51]);
            h215[26] = ox_cvt_f16x2_f32(v110[52], v110[53]);
            h215[27] = ox_cvt_f16x2_f32(v110[54], v110[55]);
            h215[28] = ox_cvt_f16x2_f32(v110[56], v110[57]);
            h215[29] = ox_cvt_f16x2_f32(v110[58], v110[59]);
            h215[30] = ox_cvt_f16x2_f32(v110[60], v110[61]);
            h215[31] = ox_cvt_f16x2_f32(v110[62], v110[63]);
            v122[0] = ox_cvt_f32_f16((u16)h215[0]); v122[1] = ox_cvt_f32_f16((u16)(h215[0] >> 16));
            v122[2] = ox_cvt_f32_f16((u16)h215[1]); v122[3] = ox_cvt_f32_f16((u16)(h215[1] >> 16));
            v122[4] = ox_cvt_f32_f16((u16)h215[2]); v122[5] = ox_cvt_f32_f16((u16)(h215[2] >> 16));
            v122[6] = ox_cvt_f32_f16((u16)h215[3]); v122[7] = ox_cvt_f32_f16((u16)(h215[3] >> 16));
            v122[8] = ox_cvt_f32_f16((u16)h215[4]); v122[9] = ox_cvt_f32_f16((u16)(h215[4] >> 16));
            v122[10] = ox_cvt_f32_f16((u16)h215[5]); v122[11] = ox_cvt_f32_f16((u16)(h215[5] >> 16));
            v122[12] = ox_cvt_f32_f16((u16)h215[6]); v122[13] = ox_cvt_f32_f16((u16)(h215[6] >> 16));
            v122[14] = ox_cvt_f32_f16((u16)h215[7]); v122[15] = ox_cvt_f32_f16((u16)(h215[7] >> 16));
            v122[16] = ox_cvt_f32_f16((u16)h215[8]); v122[17] = ox_cvt_f32_f16((u16)(h215[8] >> 16));
            v122[18] = ox_cvt_f32_f16((u16)h215[9]); v122[19] = ox_cvt_f32_f16((u16)(h215[9] >> 16));
            v122[20] = ox_cvt_f32_f16((u16)h215[10]); v122[21] = ox_cvt_f32_f16((u16)(h215[10] >> 16));
            v122[22] = ox_cvt_f32_f16((u16)h215[11]); v122[23] = ox_cvt_f32_f16((u16)(h215[11] >> 16));
            v122[24] = ox_cvt_f32_f16((u16)h215[12]); v122[25] = ox_cvt_f32_f16((u16)(h215[12] >> 16));
            v122[26] = ox_cvt_f32_f16((u16)h215[13]); v122[27] = ox_cvt_f32_f16((u16)(h215[13] >> 16));
            v122[28] = ox_cvt_f32_f16((u16)h215[14]); v122[29] = ox_cvt_f32_f16((u16)(h215[14] >> 16));
            v122[30] = ox_cvt_f32_f16((u16)h215[15]); v122[31] = ox_cvt_f32_f16((u16)(h215[15] >> 16));
            v122[32] = ox_cvt_f32_f16((u16)h215[16]); v122[33] = ox_cvt_f32_f16((u16)(h215[16] >> 16));
            v122[34] = ox_cvt_f32_f16((u16)h215[17]); v122[35] = ox_cvt_f32_f16((u16)(h215[17] >> 16));
            v122[36] = ox_cvt_f32_f16((u16)h215[18]); v122[37] = ox_cvt_f32_f16((u16)(h215[18] >> 16));
            v122[38] = ox_cvt_f32_f16((u16)h215[19]); v122[39] = ox_cvt_f32_f16((u16)(h215[19] >> 16));
            v122[40] = ox_cvt_f32_f16((u16)h215[20]); v122[41] = ox_cvt_f32_f16((u16)(h215[20] >> 16));
            v122[42] = ox_cvt_f32_f16((u16)h215[21]); v122[43] = ox_cvt_f32_f16((u16)(h215[21] >> 16));
            v122[44] = ox_cvt_f32_f16((u16)h215[22]); v122[45] = ox_cvt_f32_f16((u16)(h215[22] >> 16));
            v122[46] = ox_cvt_f32_f16((u16)h215[23]); v122[47] = ox_cvt_f32_f16((u16)(h215[23] >> 16));
            v122[48] = ox_cvt_f32_f16((u16)h215[24]); v122[49] = ox_cvt_f32_f16((u16)(h215[24] >> 16));
            v122[50] = ox_cvt_f32_f16((u16)h215[25]); v122[51] = ox_cvt_f32_f16((u16)(h215[25] >> 16));
            v122[52] = ox_cvt_f32_f16((u16)h215[26]); v122[53] = ox_cvt_f32_f16((u16)(h215[26] >> 16));
            v122[54] = ox_cvt_f32_f16((u16)h215[27]); v122[55] = ox_cvt_f32_f16((u16)(h215[27] >> 16));
            v122[56] = ox_cvt_f32_f16((u16)h215[28]); v122[57] = ox_cvt_f32_f16((u16)(h215[28] >> 16));
            v122[58] = ox_cvt_f32_f16((u16)h215[29]); v122[59] = ox_cvt_f32_f16((u16)(h215[29] >> 16));
            v122[60] = ox_cvt_f32_f16((u16)h215[30]); v122[61] = ox_cvt_f32_f16((u16)(h215[30] >> 16));
            v122[62] = ox_cvt_f32_f16((u16)h215[31]); v122[63] = ox_cvt_f32_f16((u16)(h215[31] >> 16));
            // %123: f32 = const
            const f32 v123 = 0.0f;
            // %124: f32[128, 64] = broadcast %123
            // %125: f32[128, 64] = dot %122, %87, %124
            #pragma unroll
            for (int run = 0; run < 4; ++run) {
                const int e0 = (run * 128 + tid) * 8;
                *(uint4*)&((u16*)(ox_smem + 16384))[ox_swz<2u, 128u, 64u>((e0 + 0) / 64, (e0 + 0) % 64)] = make_uint4(((u32)ox_f16_raw(v87[run * 8 + 0]) | ((u32)ox_f16_raw(v87[run * 8 + 1]) << 16)), ((u32)ox_f16_raw(v87[run * 8 + 2]) | ((u32)ox_f16_raw(v87[run * 8 + 3]) << 16)), ((u32)ox_f16_raw(v87[run * 8 + 4]) | ((u32)ox_f16_raw(v87[run * 8 + 5]) << 16)), ((u32)ox_f16_raw(v87[run * 8 + 6]) | ((u32)ox_f16_raw(v87[run * 8 + 7]) << 16)));
            }
            ox_fence_proxy_async();
            f32 v125[64];
            if (__syncthreads_or(ox_fail)) return;
            {
                {
                const u64 ox_wg_db = ox_wg_desc(ox_smem_u32(((const unsigned short*)(ox_smem + 16384))), 4611686293338849280ull);
                const u32 ox_wg_ra[32] = {h215[0], h215[1], h215[2], h215[3], h215[4], h215[5], h215[6], h215[7], h215[8], h215[9], h215[10], h215[11], h215[12], h215[13], h215[14], h215[15], h215[16], h215[17], h215[18], h215[19], h215[20], h215[21], h215[22], h215[23], h215[24], h215[25], h215[26], h215[27], h215[28], h215[29], h215[30], h215[31]};
                ox_wgmma_fence();
                ox_wgmma_ra_f16_n64_t1_z(&v125[0], ox_wg_ra[0], ox_wg_ra[1], ox_wg_ra[2], ox_wg_ra[3], ox_wg_db + 0ull);
                ox_wgmma_ra_f16_n64_t1(&v125[0], ox_wg_ra[4], ox_wg_ra[5], ox_wg_ra[6], ox_wg_ra[7], ox_wg_db + 128ull);
                ox_wgmma_ra_f16_n64_t1(&v125[0], ox_wg_ra[8], ox_wg_ra[9], ox_wg_ra[10], ox_wg_ra[11], ox_wg_db + 256ull);
                ox_wgmma_ra_f16_n64_t1(&v125[0], ox_wg_ra[12], ox_wg_ra[13], ox_wg_ra[14], ox_wg_ra[15], ox_wg_db + 384ull);
                ox_wgmma_ra_f16_n64_t1_z(&v125[32], ox_wg_ra[16], ox_wg_ra[17], ox_wg_ra[18], ox_wg_ra[19], ox_wg_db + 0ull);
                ox_wgmma_ra_f16_n64_t1(&v125[32], ox_wg_ra[20], ox_wg_ra[21], ox_wg_ra[22], ox_wg_ra[23], ox_wg_db + 128ull);
                ox_wgmma_ra_f16_n64_t1(&v125[32], ox_wg_ra[24], ox_wg_ra[25], ox_wg_ra[26], ox_wg_ra[27], ox_wg_db + 256ull);
                ox_wgmma_ra_f16_n64_t1(&v125[32], ox_wg_ra[28], ox_wg_ra[29], ox_wg_ra[30], ox_wg_ra[31], ox_wg_db + 384ull);
                ox_wgmma_commit();
                ox_wgmma_wait<0>();
                #pragma unroll
                for (int ox_r = 0; ox_r < 64; ++ox_r) ox_wgmma_hold(v125[ox_r]);
                }
            }
            if (__syncthreads_or(ox_fail)) return;
            // %126: f32[128, 64] = add %121, %125
            f32 v126[64];
            {
                v126[0] = __fadd_rn(v121[0], v125[0]);
            }
            {
                v126[1] = __fadd_rn(v121[1], v125[1]);
            }
            {
                v126[2] = __fadd_rn(v121[2], v125[2]);
            }
            {
                v126[3] = __fadd_rn(v121[3], v125[3]);
            }
            {
                v126[4] = __fadd_rn(v121[4], v125[4]);
            }
            {
                v126[5] = __fadd_rn(v121[5], v125[5]);
            }
            {
                v126[6] = __fadd_rn(v121[6], v125[6]);
            }
            {
                v126[7] = __fadd_rn(v121[7], v125[7]);
            }
            {
                v126[8] = __fadd_rn(v121[8], v125[8]);
            }
            {
                v126[9] = __fadd_rn(v121[9], v125[9]);
            }
            {
                v126[10] = __fadd_rn(v121[10], v125[10]);
            }
            {
                v126[11] = __fadd_rn(v121[11], v125[11]);
            }
            {
                v126[12] = __fadd_rn(v121[12], v125[12]);
            }
            {
                v126[13] = __fadd_rn(v121[13], v125[13]);
            }
            {
                v126[14] = __fadd_rn(v121[14], v125[14]);
            }
            {
                v126[15] = __fadd_rn(v121[15], v125[15]);
            }
            {
                v126[16] = __fadd_rn(v121[16], v125[16]);
            }
            {
                v126[17] = __fadd_rn(v121[17], v125[17]);
            }
            {
                v126[18] = __fadd_rn(v121[18], v125[18]);
            }
            {
                v126[19] = __fadd_rn(v121[19], v125[19]);
            }
            {
                v126[20] = __fadd_rn(v121[20], v125[20]);
            }
            {
                v126[21] = __fadd_rn(v121[21], v125[21]);
            }
            {
                v126[22] = __fadd_rn(v121[22], v125[22]);
            }
            {
                v126[23] = __fadd_rn(v121[23], v125[23]);
            }
            {
                v126[24] = __fadd_rn(v121[24], v125[24]);
            }
            {
                v126[25] = __fadd_rn(v121[25], v125[25]);
            }
            {
                v126[26] = __fadd_rn(v121[26], v125[26]);
            }
            {
                v126[27] = __fadd_rn(v121[27], v125[27]);
            }
            {
                v126[28] = __fadd_rn(v121[28], v125[28]);
            }
            {
                v126[29] = __fadd_rn(v121[29], v125[29]);
            }
            {
                v126[30] = __fadd_rn(v121[30], v125[30]);
            }
            {
                v126[31] = __fadd_rn(v121[31], v125[31]);
            }
            {
                v126[32] = __fadd_rn(v121[32], v125[32]);
            }
            {
                v126[33] = __fadd_rn(v121[33], v125[33]);
            }
            {
                v126[34] = __fadd_rn(v121[34], v125[34]);
            }
            {
                v126[35] = __fadd_rn(v121[35], v125[35]);
            }
            {
                v126[36] = __fadd_rn(v121[36], v125[36]);
            }
            {
                v126[37] = __fadd_rn(v121[37], v125[37]);
            }
            {
                v126[38] = __fadd_rn(v121[38], v125[38]);
            }
            {
                v126[39] = __fadd_rn(v121[39], v125[39]);
            }
            {
                v126[40] = __fadd_rn(v121[40], v125[40]);
            }
            {
                v126[41] = __fadd_rn(v121[41], v125[41]);
            }
            {
                v126[42] = __fadd_rn(v121[42], v125[42]);
            }
            {
                v126[43] = __fadd_rn(v121[43], v125[43]);
            }
            {
                v126[44] = __fadd_rn(v121[44], v125[44]);
            }
            {
                v126[45] = __fadd_rn(v121[45], v125[45]);
            }
            {
                v126[46] = __fadd_rn(v121[46], v125[46]);
            }
            {
                v126[47] = __fadd_rn(v121[47], v125[47]);
            }
            {
                v126[48] = __fadd_rn(v121[48], v125[48]);
            }
            {
                v126[49] = __fadd_rn(v121[49], v125[49]);
            }
            {
                v126[50] = __fadd_rn(v121[50], v125[50]);
            }
            {
                v126[51] = __fadd_rn(v121[51], v125[51]);
            }
            {
                v126[52] = __fadd_rn(v121[52], v125[52]);
            }
            {
                v126[53] = __fadd_rn(v121[53], v125[53]);
            }
            {
                v126[54] = __fadd_rn(v121[54], v125[54]);
            }
            {
                v126[55] = __fadd_rn(v121[55], v125[55]);
            }
            {
                v126[56] = __fadd_rn(v121[56], v125[56]);
            }
            {
                v126[57] = __fadd_rn(v121[57], v125[57]);
            }
            {
                v126[58] = __fadd_rn(v121[58], v125[58]);
            }
            {
                v126[59] = __fadd_rn(v121[59], v125[59]);
            }
            {
                v126[60] = __fadd_rn(v121[60], v125[60]);
            }
            {
                v126[61] = __fadd_rn(v121[61], v125[61]);
            }
            {
                v126[62] = __fadd_rn(v121[62], v125[62]);
            }
            {
                v126[63] = __fadd_rn(v121[63], v125[63]);
            }
            // var_store %126
            #pragma unroll
            for (int c = 0; c < 64; ++c) x2[c] = v126[c];
            // var_store %106
            #pragma unroll
            for (int c = 0; c < 4; ++c) x0[c] = v106[c];
            if ((u32)((u32)v4 - (u32)it8) <= (u32)v47) break;
            it8 = (i32)((u32)it8 + (u32)v47);
        }
    }
    // %127: *f16 = ptr_add %3, %10
    const i64 v127 = (v3 + (i64)v10);
    // %128: i32[128, 1] = expand_dims %15
    // %129: i32 = const
    const i32 v129 = 64;
    // %130: i32[128, 1] = broadcast %129
    // %131: i32[128, 1] = mul %128, %130
    // %132: *f16[128, 1] = broadcast %127
    // %133: *f16[128, 1] = ptr_add %132, %131
    // %134: i32[1, 64] = expand_dims %16
    // %135: *f16[128, 64] = broadcast %133
    // %136: i32[128, 64] = broadcast %134
    // %137: *f16[128, 64] = ptr_add %135, %136
    // %138: f32[128, 64] = var_load
    f32 v138[64];
    #pragma unroll
    for (int c = 0; c < 64; ++c) v138[c] = x2[c];
    // %139: f32[128] = var_load
    f32 v139[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) v139[c] = x1[c];
    // %140: f32[128, 1] = expand_dims %139
    // %141: f32[128, 64] = broadcast %140
    // %142: f32[128, 64] = div %138, %141
    f32 v142[64];
    {
        v142[0] = __fdiv_rn(v138[0], v139[0]);
    }
    {
        v142[1] = __fdiv_rn(v138[1], v139[0]);
    }
    {
        v142[2] = __fdiv_rn(v138[2], v139[1]);
    }
    {
        v142[3] = __fdiv_rn(v138[3], v139[1]);
    }
    {
        v142[4] = __fdiv_rn(v138[4], v139[0]);
    }
    {
        v142[5] = __fdiv_rn(v138[5], v139[0]);
    }
    {
        v142[6] = __fdiv_rn(v138[6], v139[1]);
    }
    {
        v142[7] = __fdiv_rn(v138[7], v139[1]);
    }
    {
        v142[8] = __fdiv_rn(v138[8], v139[0]);
    }
    {
        v142[9] = __fdiv_rn(v138[9], v139[0]);
    }
    {
        v142[10] = __fdiv_rn(v138[10], v139[1]);
    }
    {
        v142[11] = __fdiv_rn(v138[11], v139[1]);
    }
    {
        v142[12] = __fdiv_rn(v138[12], v139[0]);
    }
    {
        v142[13] = __fdiv_rn(v138[13], v139[0]);
    }
    {
        v142[14] = __fdiv_rn(v138[14], v139[1]);
    }
    {
        v142[15] = __fdiv_rn(v138[15], v139[1]);
    }
    {
        v142[16] = __fdiv_rn(v138[16], v139[0]);
    }
    {
        v142[17] = __fdiv_rn(v138[17], v139[0]);
    }
    {
        v142[18] = __fdiv_rn(v138[18], v139[1]);
    }
    {
        v142[19] = __fdiv_rn(v138[19], v139[1]);
    }
    {
        v142[20] = __fdiv_rn(v138[20], v139[0]);
    }
    {
        v142[21] = __fdiv_rn(v138[21], v139[0]);
    }
    {
        v142[22] = __fdiv_rn(v138[22], v139[1]);
    }
    {
        v142[23] = __fdiv_rn(v138[23], v139[1]);
    }
    {
        v142[24] = __fdiv_rn(v138[24], v139[0]);
    }
    {
        v142[25] = __fdiv_rn(v138[25], v139[0]);
    }
    {
        v142[26] = __fdiv_rn(v138[26], v139[1]);
    }
    {
        v142[27] = __fdiv_rn(v138[27], v139[1]);
    }
    {
        v142[28] = __fdiv_rn(v138[28], v139[0]);
    }
    {
        v142[29] = __fdiv_rn(v138[29], v139[0]);
    }
    {
        v142[30] = __fdiv_rn(v138[30], v139[1]);
    }
    {
        v142[31] = __fdiv_rn(v138[31], v139[1]);
    }
    {
        v142[32] = __fdiv_rn(v138[32], v139[2]);
    }
    {
        v142[33] = __fdiv_rn(v138[33], v139[2]);
    }
    {
        v142[34] = __fdiv_rn(v138[34], v139[3]);
    }
    {
        v142[35] = __fdiv_rn(v138[35], v139[3]);
    }
    {
        v142[36] = __fdiv_rn(v138[36], v139[2]);
    }
    {
        v142[37] = __fdiv_rn(v138[37], v139[2]);
    }
    {
        v142[38] = __fdiv_rn(v138[38], v139[3]);
    }
    {
        v142[39] = __fdiv_rn(v138[39], v139[3]);
    }
    {
        v142[40] = __fdiv_rn(v138[40], v139[2]);
    }
    {
        v142[41] = __fdiv_rn(v138[41], v139[2]);
    }
    {
        v142[42] = __fdiv_rn(v138[42], v139[3]);
    }
    {
        v142[43] = __fdiv_rn(v138[43], v139[3]);
    }
    {
        v142[44] = __fdiv_rn(v138[44], v139[2]);
    }
    {
        v142[45] = __fdiv_rn(v138[45], v139[2]);
    }
    {
        v142[46] = __fdiv_rn(v138[46], v139[3]);
    }
    {
        v142[47] = __fdiv_rn(v138[47], v139[3]);
    }
    {
        v142[48] = __fdiv_rn(v138[48], v139[2]);
    }
    {
        v142[49] = __fdiv_rn(v138[49], v139[2]);
    }
    {
        v142[50] = __fdiv_rn(v138[50], v139[3]);
    }
    {
        v142[51] = __fdiv_rn(v138[51], v139[3]);
    }
    {
        v142[52] = __fdiv_rn(v138[52], v139[2]);
    }
    {
        v142[53] = __fdiv_rn(v138[53], v139[2]);
    }
    {
        v142[54] = __fdiv_rn(v138[54], v139[3]);
    }
    {
        v142[55] = __fdiv_rn(v138[55], v139[3]);
    }
    {
        v142[56] = __fdiv_rn(v138[56], v139[2]);
    }
    {
        v142[57] = __fdiv_rn(v138[57], v139[2]);
    }
    {
        v142[58] = __fdiv_rn(v138[58], v139[3]);
    }
    {
        v142[59] = __fdiv_rn(v138[59], v139[3]);
    }
    {
        v142[60] = __fdiv_rn(v138[60], v139[2]);
    }
    {
        v142[61] = __fdiv_rn(v138[61], v139[2]);
    }
    {
        v142[62] = __fdiv_rn(v138[62], v139[3]);
    }
    {
        v142[63] = __fdiv_rn(v138[63], v139[3]);
    }
    // %143: f16[128, 64] = cast %142
    f32 v143[64];
    u32 h216[32];
    h216[0] = ox_cvt_f16x2_f32(v142[0], v142[1]);
    h216[1] = ox_cvt_f16x2_f32(v142[2], v142[3]);
    h216[2] = ox_cvt_f16x2_f32(v142[4], v142[5]);
    h216[3] = ox_cvt_f16x2_f32(v142[6], v142[7]);
    h216[4] = ox_cvt_f16x2_f32(v142[8], v142[9]);
    h216[5] = ox_cvt_f16x2_f32(v142[10], v142[11]);
    h216[6] = ox_cvt_f16x2_f32(v142[12], v142[13]);
    h216[7] = ox_cvt_f16x2_f32(v142[14], v142[15]);
    h216[8] = ox_cvt_f16x2_f32(v142[16], v142[17]);
    h216[9] = ox_cvt_f16x2_f32(v142[18], v142[19]);
    h216[10] = ox_cvt_f16x2_f32(v142[20], v142[21]);
    h216[11] = ox_cvt_f16x2_f32(v142[22], v142[23]);
    h216[12] = ox_cvt_f16x2_f32(v142[24], v142[25]);
    h216[13] = ox_cvt_f16x2_f32(v142[26], v142[27]);
    h216[14] = ox_cvt_f16x2_f32(v142[28], v142[29]);
    h216[15] = ox_cvt_f16x2_f32(v142[30], v142[31]);
    h216[16] = ox_cvt_f16x2_f32(v142[32], v142[33]);
    h216[17] = ox_cvt_f16x2_f32(v142[34], v142[35]);
    h216[18] = ox_cvt_f16x2_f32(v142[36], v142[37]);
    h216[19] = ox_cvt_f16x2_f32(v142[38], v142[39]);
    h216[20] = ox_cvt_f16x2_f32(v142[40], v142[41]);
    h216[21] = ox_cvt_f16x2_f32(v142[42], v142[43]);
    h216[22] = ox_cvt_f16x2_f32(v142[44], v142[45]);
    h216[23] = ox_cvt_f16x2_f32(v142[46], v142[47]);
    h216[24] = ox_cvt_f16x2_f32(v142[48], v142[49]);
    h216[25] = ox_cvt_f16x2_f32(v142[50], v142[51]);
    h216[26] = ox_cvt_f16x2_f32(v142[52], v142[53]);
    h216[27] = ox_cvt_f16x2_f32(v142[54], v142[55]);
    h216[28] = ox_cvt_f16x2_f32(v142[56], v142[57]);
    h216[29] = ox_cvt_f16x2_f32(v142[58], v142[59]);
    h216[30] = ox_cvt_f16x2_f32(v142[60], v142[61]);
    h216[31] = ox_cvt_f16x2_f32(v142[62], v142[63]);
    v143[0] = ox_cvt_f32_f16((u16)h216[0]); v143[1] = ox_cvt_f32_f16((u16)(h216[0] >> 16));
    v143[2] = ox_cvt_f32_f16((u16)h216[1]); v143[3] = ox_cvt_f32_f16((u16)(h216[1] >> 16));
    v143[4] = ox_cvt_f32_f16((u16)h216[2]); v143[5] = ox_cvt_f32_f16((u16)(h216[2] >> 16));
    v143[6] = ox_cvt_f32_f16((u16)h216[3]); v143[7] = ox_cvt_f32_f16((u16)(h216[3] >> 16));
    v143[8] = ox_cvt_f32_f16((u16)h216[4]); v143[9] = ox_cvt_f32_f16((u16)(h216[4] >> 16));
    v143[10] = ox_cvt_f32_f16((u16)h216[5]); v143[11] = ox_cvt_f32_f16((u16)(h216[5] >> 16));
    v143[12] = ox_cvt_f32_f16((u16)h216[6]); v143[13] = ox_cvt_f32_f16((u16)(h216[6] >> 16));
    v143[14] = ox_cvt_f32_f16((u16)h216[7]); v143[15] = ox_cvt_f32_f16((u16)(h216[7] >> 16));
    v143[16] = ox_cvt_f32_f16((u16)h216[8]); v143[17] = ox_cvt_f32_f16((u16)(h216[8] >> 16));
    v143[18] = ox_cvt_f32_f16((u16)h216[9]); v143[19] = ox_cvt_f32_f16((u16)(h216[9] >> 16));
    v143[20] = ox_cvt_f32_f16((u16)h216[10]); v143[21] = ox_cvt_f32_f16((u16)(h216[10] >> 16));
    v143[22] = ox_cvt_f32_f16((u16)h216[11]); v143[23] = ox_cvt_f32_f16((u16)(h216[11] >> 16));
    v143[24] = ox_cvt_f32_f16((u16)h216[12]); v143[25] = ox_cvt_f32_f16((u16)(h216[12] >> 16));
    v143[26] = ox_cvt_f32_f16((u16)h216[13]); v143[27] = ox_cvt_f32_f16((u16)(h216[13] >> 16));
    v143[28] = ox_cvt_f32_f16((u16)h216[14]); v143[29] = ox_cvt_f32_f16((u16)(h216[14] >> 16));
    v143[30] = ox_cvt_f32_f16((u16)h216[15]); v143[31] = ox_cvt_f32_f16((u16)(h216[15] >> 16));
    v143[32] = ox_cvt_f32_f16((u16)h216[16]); v143[33] = ox_cvt_f32_f16((u16)(h216[16] >> 16));
    v143[34] = ox_cvt_f32_f16((u16)h216[17]); v143[35] = ox_cvt_f32_f16((u16)(h216[17] >> 16));
    v143[36] = ox_cvt_f32_f16((u16)h216[18]); v143[37] = ox_cvt_f32_f16((u16)(h216[18] >> 16));
    v143[38] = ox_cvt_f32_f16((u16)h216[19]); v143[39] = ox_cvt_f32_f16((u16)(h216[19] >> 16));
    v143[40] = ox_cvt_f32_f16((u16)h216[20]); v143[41] = ox_cvt_f32_f16((u16)(h216[20] >> 16));
    v143[42] = ox_cvt_f32_f16((u16)h216[21]); v143[43] = ox_cvt_f32_f16((u16)(h216[21] >> 16));
    v143[44] = ox_cvt_f32_f16((u16)h216[22]); v143[45] = ox_cvt_f32_f16((u16)(h216[22] >> 16));
    v143[46] = ox_cvt_f32_f16((u16)h216[23]); v143[47] = ox_cvt_f32_f16((u16)(h216[23] >> 16));
    v143[48] = ox_cvt_f32_f16((u16)h216[24]); v143[49] = ox_cvt_f32_f16((u16)(h216[24] >> 16));
    v143[50] = ox_cvt_f32_f16((u16)h216[25]); v143[51] = ox_cvt_f32_f16((u16)(h216[25] >> 16));
    v143[52] = ox_cvt_f32_f16((u16)h216[26]); v143[53] = ox_cvt_f32_f16((u16)(h216[26] >> 16));
    v143[54] = ox_cvt_f32_f16((u16)h216[27]); v143[55] = ox_cvt_f32_f16((u16)(h216[27] >> 16));
    v143[56] = ox_cvt_f32_f16((u16)h216[28]); v143[57] = ox_cvt_f32_f16((u16)(h216[28] >> 16));
    v143[58] = ox_cvt_f32_f16((u16)h216[29]); v143[59] = ox_cvt_f32_f16((u16)(h216[29] >> 16));
    v143[60] = ox_cvt_f32_f16((u16)h216[30]); v143[61] = ox_cvt_f32_f16((u16)(h216[30] >> 16));
    v143[62] = ox_cvt_f32_f16((u16)h216[31]); v143[63] = ox_cvt_f32_f16((u16)(h216[31] >> 16));
    // %144: bool[128, 64] = broadcast %22
    // store %137, %143, %144
    #pragma unroll
    for (int c = 0; c < 64; ++c) {
        const int e = (((c) / 8 * 128 + tid) * 8 + (c) % 8);
        {
            const i32 l217 = ((i32)((u32)(u32)v12 + (u32)(u32)(e / 64)));
            const i32 l218 = ((i32)((u32)(u32)l217 * (u32)(u32)v129));
            const i64 l219 = (v127 + (i64)l218);
            const i64 l220 = (l219 + (i64)(e % 64));
            const bool l221 = (l217 < v4);
            const bool l222 = (l221 || v20);
            if (!ox_fail && l222 && !((u64)l220 < n3)) { ox_record(ox_status, 1u, 3u, (u64)l220, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    {
        const i32 l223 = ((i32)((u32)(u32)v12 + (u32)(u32)((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2))));
        const i32 l224 = ((i32)((u32)(u32)l223 * (u32)(u32)v129));
        const i64 l225 = (v127 + (i64)l224);
        const i64 l226 = (l225 + (i64)((0 * 64) + (((tid) & 3) * 2)));
        const bool l227 = (l223 < v4);
        const bool l228 = (l227 || v20);
        if (!ox_fail && l228) { if ((u64)l226 < n3) p3[l226] = ox_f16_raw(v142[0]); else { ox_record(ox_status, 1u, 3u, (u64)l226, 1u, 0u); ox_fail = true; } }
        const i64 l229 = (l225 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 1));
        if (!ox_fail && l228) { if ((u64)l229 < n3) p3[l229] = ox_f16_raw(v142[1]); else { ox_record(ox_status, 1u, 3u, (u64)l229, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l230 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 8)));
        const i32 l231 = ((i32)((u32)(u32)l230 * (u32)(u32)v129));
        const i64 l232 = (v127 + (i64)l231);
        const i64 l233 = (l232 + (i64)((0 * 64) + (((tid) & 3) * 2)));
        const bool l234 = (l230 < v4);
        const bool l235 = (l234 || v20);
        if (!ox_fail && l235) { if ((u64)l233 < n3) p3[l233] = ox_f16_raw(v142[2]); else { ox_record(ox_status, 1u, 3u, (u64)l233, 1u, 0u); ox_fail = true; } }
        const i64 l236 = (l232 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 1));
        if (!ox_fail && l235) { if ((u64)l236 < n3) p3[l236] = ox_f16_raw(v142[3]); else { ox_record(ox_status, 1u, 3u, (u64)l236, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l237 = ((i32)((u32)(u32)v12 + (u32)(u32)((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2))));
        const i32 l238 = ((i32)((u32)(u32)l237 * (u32)(u32)v129));
        const i64 l239 = (v127 + (i64)l238);
        const i64 l240 = (l239 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 8));
        const bool l241 = (l237 < v4);
        const bool l242 = (l241 || v20);
        if (!ox_fail && l242) { if ((u64)l240 < n3) p3[l240] = ox_f16_raw(v142[4]); else { ox_record(ox_status, 1u, 3u, (u64)l240, 1u, 0u); ox_fail = true; } }
        const i64 l243 = (l239 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 9));
        if (!ox_fail && l242) { if ((u64)l243 < n3) p3[l243] = ox_f16_raw(v142[5]); else { ox_record(ox_status, 1u, 3u, (u64)l243, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l244 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 8)));
        const i32 l245 = ((i32)((u32)(u32)l244 * (u32)(u32)v129));
        const i64 l246 = (v127 + (i64)l245);
        const i64 l247 = (l246 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 8));
        const bool l248 = (l244 < v4);
        const bool l249 = (l248 || v20);
        if (!ox_fail && l249) { if ((u64)l247 < n3) p3[l247] = ox_f16_raw(v142[6]); else { ox_record(ox_status, 1u, 3u, (u64)l247, 1u, 0u); ox_fail = true; } }
        const i64 l250 = (l246 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 9));
        if (!ox_fail && l249) { if ((u64)l250 < n3) p3[l250] = ox_f16_raw(v142[7]); else { ox_record(ox_status, 1u, 3u, (u64)l250, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l251 = ((i32)((u32)(u32)v12 + (u32)(u32)((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2))));
        const i32 l252 = ((i32)((u32)(u32)l251 * (u32)(u32)v129));
        const i64 l253 = (v127 + (i64)l252);
        const i64 l254 = (l253 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 16));
        const bool l255 = (l251 < v4);
        const bool l256 = (l255 || v20);
        if (!ox_fail && l256) { if ((u64)l254 < n3) p3[l254] = ox_f16_raw(v142[8]); else { ox_record(ox_status, 1u, 3u, (u64)l254, 1u, 0u); ox_fail = true; } }
        const i64 l257 = (l253 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 17));
        if (!ox_fail && l256) { if ((u64)l257 < n3) p3[l257] = ox_f16_raw(v142[9]); else { ox_record(ox_status, 1u, 3u, (u64)l257, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l258 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 8)));
        const i32 l259 = ((i32)((u32)(u32)l258 * (u32)(u32)v129));
        const i64 l260 = (v127 + (i64)l259);
        const i64 l261 = (l260 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 16));
        const bool l262 = (l258 < v4);
        const bool l263 = (l262 || v20);
        if (!ox_fail && l263) { if ((u64)l261 < n3) p3[l261] = ox_f16_raw(v142[10]); else { ox_record(ox_status, 1u, 3u, (u64)l261, 1u, 0u); ox_fail = true; } }
        const i64 l264 = (l260 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 17));
        if (!ox_fail && l263) { if ((u64)l264 < n3) p3[l264] = ox_f16_raw(v142[11]); else { ox_record(ox_status, 1u, 3u, (u64)l264, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l265 = ((i32)((u32)(u32)v12 + (u32)(u32)((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2))));
        const i32 l266 = ((i32)((u32)(u32)l265 * (u32)(u32)v129));
        const i64 l267 = (v127 + (i64)l266);
        const i64 l268 = (l267 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 24));
        const bool l269 = (l265 < v4);
        const bool l270 = (l269 || v20);
        if (!ox_fail && l270) { if ((u64)l268 < n3) p3[l268] = ox_f16_raw(v142[12]); else { ox_record(ox_status, 1u, 3u, (u64)l268, 1u, 0u); ox_fail = true; } }
        const i64 l271 = (l267 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 25));
        if (!ox_fail && l270) { if ((u64)l271 < n3) p3[l271] = ox_f16_raw(v142[13]); else { ox_record(ox_status, 1u, 3u, (u64)l271, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l272 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 8)));
        const i32 l273 = ((i32)((u32)(u32)l272 * (u32)(u32)v129));
        const i64 l274 = (v127 + (i64)l273);
        const i64 l275 = (l274 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 24));
        const bool l276 = (l272 < v4);
        const bool l277 = (l276 || v20);
        if (!ox_fail && l277) { if ((u64)l275 < n3) p3[l275] = ox_f16_raw(v142[14]); else { ox_record(ox_status, 1u, 3u, (u64)l275, 1u, 0u); ox_fail = true; } }
        const i64 l278 = (l274 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 25));
        if (!ox_fail && l277) { if ((u64)l278 < n3) p3[l278] = ox_f16_raw(v142[15]); else { ox_record(ox_status, 1u, 3u, (u64)l278, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l279 = ((i32)((u32)(u32)v12 + (u32)(u32)((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2))));
        const i32 l280 = ((i32)((u32)(u32)l279 * (u32)(u32)v129));
        const i64 l281 = (v127 + (i64)l280);
        const i64 l282 = (l281 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 32));
        const bool l283 = (l279 < v4);
        const bool l284 = (l283 || v20);
        if (!ox_fail && l284) { if ((u64)l282 < n3) p3[l282] = ox_f16_raw(v142[16]); else { ox_record(ox_status, 1u, 3u, (u64)l282, 1u, 0u); ox_fail = true; } }
        const i64 l285 = (l281 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 33));
        if (!ox_fail && l284) { if ((u64)l285 < n3) p3[l285] = ox_f16_raw(v142[17]); else { ox_record(ox_status, 1u, 3u, (u64)l285, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l286 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 8)));
        const i32 l287 = ((i32)((u32)(u32)l286 * (u32)(u32)v129));
        const i64 l288 = (v127 + (i64)l287);
        const i64 l289 = (l288 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 32));
        const bool l290 = (l286 < v4);
        const bool l291 = (l290 || v20);
        if (!ox_fail && l291) { if ((u64)l289 < n3) p3[l289] = ox_f16_raw(v142[18]); else { ox_record(ox_status, 1u, 3u, (u64)l289, 1u, 0u); ox_fail = true; } }
        const i64 l292 = (l288 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 33));
        if (!ox_fail && l291) { if ((u64)l292 < n3) p3[l292] = ox_f16_raw(v142[19]); else { ox_record(ox_status, 1u, 3u, (u64)l292, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l293 = ((i32)((u32)(u32)v12 + (u32)(u32)((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2))));
        const i32 l294 = ((i32)((u32)(u32)l293 * (u32)(u32)v129));
        const i64 l295 = (v127 + (i64)l294);
        const i64 l296 = (l295 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 40));
        const bool l297 = (l293 < v4);
        const bool l298 = (l297 || v20);
        if (!ox_fail && l298) { if ((u64)l296 < n3) p3[l296] = ox_f16_raw(v142[20]); else { ox_record(ox_status, 1u, 3u, (u64)l296, 1u, 0u); ox_fail = true; } }
        const i64 l299 = (l295 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 41));
        if (!ox_fail && l298) { if ((u64)l299 < n3) p3[l299] = ox_f16_raw(v142[21]); else { ox_record(ox_status, 1u, 3u, (u64)l299, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l300 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 8)));
        const i32 l301 = ((i32)((u32)(u32)l300 * (u32)(u32)v129));
        const i64 l302 = (v127 + (i64)l301);
        const i64 l303 = (l302 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 40));
        const bool l304 = (l300 < v4);
        const bool l305 = (l304 || v20);
        if (!ox_fail && l305) { if ((u64)l303 < n3) p3[l303] = ox_f16_raw(v142[22]); else { ox_record(ox_status, 1u, 3u, (u64)l303, 1u, 0u); ox_fail = true; } }
        const i64 l306 = (l302 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 41));
        if (!ox_fail && l305) { if ((u64)l306 < n3) p3[l306] = ox_f16_raw(v142[23]); else { ox_record(ox_status, 1u, 3u, (u64)l306, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l307 = ((i32)((u32)(u32)v12 + (u32)(u32)((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2))));
        const i32 l308 = ((i32)((u32)(u32)l307 * (u32)(u32)v129));
        const i64 l309 = (v127 + (i64)l308);
        const i64 l310 = (l309 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 48));
        const bool l311 = (l307 < v4);
        const bool l312 = (l311 || v20);
        if (!ox_fail && l312) { if ((u64)l310 < n3) p3[l310] = ox_f16_raw(v142[24]); else { ox_record(ox_status, 1u, 3u, (u64)l310, 1u, 0u); ox_fail = true; } }
        const i64 l313 = (l309 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 49));
        if (!ox_fail && l312) { if ((u64)l313 < n3) p3[l313] = ox_f16_raw(v142[25]); else { ox_record(ox_status, 1u, 3u, (u64)l313, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l314 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 8)));
        const i32 l315 = ((i32)((u32)(u32)l314 * (u32)(u32)v129));
        const i64 l316 = (v127 + (i64)l315);
        const i64 l317 = (l316 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 48));
        const bool l318 = (l314 < v4);
        const bool l319 = (l318 || v20);
        if (!ox_fail && l319) { if ((u64)l317 < n3) p3[l317] = ox_f16_raw(v142[26]); else { ox_record(ox_status, 1u, 3u, (u64)l317, 1u, 0u); ox_fail = true; } }
        const i64 l320 = (l316 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 49));
        if (!ox_fail && l319) { if ((u64)l320 < n3) p3[l320] = ox_f16_raw(v142[27]); else { ox_record(ox_status, 1u, 3u, (u64)l320, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l321 = ((i32)((u32)(u32)v12 + (u32)(u32)((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2))));
        const i32 l322 = ((i32)((u32)(u32)l321 * (u32)(u32)v129));
        const i64 l323 = (v127 + (i64)l322);
        const i64 l324 = (l323 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 56));
        const bool l325 = (l321 < v4);
        const bool l326 = (l325 || v20);
        if (!ox_fail && l326) { if ((u64)l324 < n3) p3[l324] = ox_f16_raw(v142[28]); else { ox_record(ox_status, 1u, 3u, (u64)l324, 1u, 0u); ox_fail = true; } }
        const i64 l327 = (l323 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 57));
        if (!ox_fail && l326) { if ((u64)l327 < n3) p3[l327] = ox_f16_raw(v142[29]); else { ox_record(ox_status, 1u, 3u, (u64)l327, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l328 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 8)));
        const i32 l329 = ((i32)((u32)(u32)l328 * (u32)(u32)v129));
        const i64 l330 = (v127 + (i64)l329);
        const i64 l331 = (l330 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 56));
        const bool l332 = (l328 < v4);
        const bool l333 = (l332 || v20);
        if (!ox_fail && l333) { if ((u64)l331 < n3) p3[l331] = ox_f16_raw(v142[30]); else { ox_record(ox_status, 1u, 3u, (u64)l331, 1u, 0u); ox_fail = true; } }
        const i64 l334 = (l330 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 57));
        if (!ox_fail && l333) { if ((u64)l334 < n3) p3[l334] = ox_f16_raw(v142[31]); else { ox_record(ox_status, 1u, 3u, (u64)l334, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l335 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 64)));
        const i32 l336 = ((i32)((u32)(u32)l335 * (u32)(u32)v129));
        const i64 l337 = (v127 + (i64)l336);
        const i64 l338 = (l337 + (i64)((0 * 64) + (((tid) & 3) * 2)));
        const bool l339 = (l335 < v4);
        const bool l340 = (l339 || v20);
        if (!ox_fail && l340) { if ((u64)l338 < n3) p3[l338] = ox_f16_raw(v142[32]); else { ox_record(ox_status, 1u, 3u, (u64)l338, 1u, 0u); ox_fail = true; } }
        const i64 l341 = (l337 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 1));
        if (!ox_fail && l340) { if ((u64)l341 < n3) p3[l341] = ox_f16_raw(v142[33]); else { ox_record(ox_status, 1u, 3u, (u64)l341, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l342 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 72)));
        const i32 l343 = ((i32)((u32)(u32)l342 * (u32)(u32)v129));
        const i64 l344 = (v127 + (i64)l343);
        const i64 l345 = (l344 + (i64)((0 * 64) + (((tid) & 3) * 2)));
        const bool l346 = (l342 < v4);
        const bool l347 = (l346 || v20);
        if (!ox_fail && l347) { if ((u64)l345 < n3) p3[l345] = ox_f16_raw(v142[34]); else { ox_record(ox_status, 1u, 3u, (u64)l345, 1u, 0u); ox_fail = true; } }
        const i64 l348 = (l344 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 1));
        if (!ox_fail && l347) { if ((u64)l348 < n3) p3[l348] = ox_f16_raw(v142[35]); else { ox_record(ox_status, 1u, 3u, (u64)l348, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l349 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 64)));
        const i32 l350 = ((i32)((u32)(u32)l349 * (u32)(u32)v129));
        const i64 l351 = (v127 + (i64)l350);
        const i64 l352 = (l351 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 8));
        const bool l353 = (l349 < v4);
        const bool l354 = (l353 || v20);
        if (!ox_fail && l354) { if ((u64)l352 < n3) p3[l352] = ox_f16_raw(v142[36]); else { ox_record(ox_status, 1u, 3u, (u64)l352, 1u, 0u); ox_fail = true; } }
        const i64 l355 = (l351 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 9));
        if (!ox_fail && l354) { if ((u64)l355 < n3) p3[l355] = ox_f16_raw(v142[37]); else { ox_record(ox_status, 1u, 3u, (u64)l355, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l356 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 72)));
        const i32 l357 = ((i32)((u32)(u32)l356 * (u32)(u32)v129));
        const i64 l358 = (v127 + (i64)l357);
        const i64 l359 = (l358 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 8));
        const bool l360 = (l356 < v4);
        const bool l361 = (l360 || v20);
        if (!ox_fail && l361) { if ((u64)l359 < n3) p3[l359] = ox_f16_raw(v142[38]); else { ox_record(ox_status, 1u, 3u, (u64)l359, 1u, 0u); ox_fail = true; } }
        const i64 l362 = (l358 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 9));
        if (!ox_fail && l361) { if ((u64)l362 < n3) p3[l362] = ox_f16_raw(v142[39]); else { ox_record(ox_status, 1u, 3u, (u64)l362, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l363 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 64)));
        const i32 l364 = ((i32)((u32)(u32)l363 * (u32)(u32)v129));
        const i64 l365 = (v127 + (i64)l364);
        const i64 l366 = (l365 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 16));
        const bool l367 = (l363 < v4);
        const bool l368 = (l367 || v20);
        if (!ox_fail && l368) { if ((u64)l366 < n3) p3[l366] = ox_f16_raw(v142[40]); else { ox_record(ox_status, 1u, 3u, (u64)l366, 1u, 0u); ox_fail = true; } }
        const i64 l369 = (l365 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 17));
        if (!ox_fail && l368) { if ((u64)l369 < n3) p3[l369] = ox_f16_raw(v142[41]); else { ox_record(ox_status, 1u, 3u, (u64)l369, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l370 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 72)));
        const i32 l371 = ((i32)((u32)(u32)l370 * (u32)(u32)v129));
        const i64 l372 = (v127 + (i64)l371);
        const i64 l373 = (l372 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 16));
        const bool l374 = (l370 < v4);
        const bool l375 = (l374 || v20);
        if (!ox_fail && l375) { if ((u64)l373 < n3) p3[l373] = ox_f16_raw(v142[42]); else { ox_record(ox_status, 1u, 3u, (u64)l373, 1u, 0u); ox_fail = true; } }
        const i64 l376 = (l372 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 17));
        if (!ox_fail && l375) { if ((u64)l376 < n3) p3[l376] = ox_f16_raw(v142[43]); else { ox_record(ox_status, 1u, 3u, (u64)l376, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l377 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 64)));
        const i32 l378 = ((i32)((u32)(u32)l377 * (u32)(u32)v129));
        const i64 l379 = (v127 + (i64)l378);
        const i64 l380 = (l379 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 24));
        const bool l381 = (l377 < v4);
        const bool l382 = (l381 || v20);
        if (!ox_fail && l382) { if ((u64)l380 < n3) p3[l380] = ox_f16_raw(v142[44]); else { ox_record(ox_status, 1u, 3u, (u64)l380, 1u, 0u); ox_fail = true; } }
        const i64 l383 = (l379 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 25));
        if (!ox_fail && l382) { if ((u64)l383 < n3) p3[l383] = ox_f16_raw(v142[45]); else { ox_record(ox_status, 1u, 3u, (u64)l383, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l384 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 72)));
        const i32 l385 = ((i32)((u32)(u32)l384 * (u32)(u32)v129));
        const i64 l386 = (v127 + (i64)l385);
        const i64 l387 = (l386 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 24));
        const bool l388 = (l384 < v4);
        const bool l389 = (l388 || v20);
        if (!ox_fail && l389) { if ((u64)l387 < n3) p3[l387] = ox_f16_raw(v142[46]); else { ox_record(ox_status, 1u, 3u, (u64)l387, 1u, 0u); ox_fail = true; } }
        const i64 l390 = (l386 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 25));
        if (!ox_fail && l389) { if ((u64)l390 < n3) p3[l390] = ox_f16_raw(v142[47]); else { ox_record(ox_status, 1u, 3u, (u64)l390, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l391 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 64)));
        const i32 l392 = ((i32)((u32)(u32)l391 * (u32)(u32)v129));
        const i64 l393 = (v127 + (i64)l392);
        const i64 l394 = (l393 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 32));
        const bool l395 = (l391 < v4);
        const bool l396 = (l395 || v20);
        if (!ox_fail && l396) { if ((u64)l394 < n3) p3[l394] = ox_f16_raw(v142[48]); else { ox_record(ox_status, 1u, 3u, (u64)l394, 1u, 0u); ox_fail = true; } }
        const i64 l397 = (l393 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 33));
        if (!ox_fail && l396) { if ((u64)l397 < n3) p3[l397] = ox_f16_raw(v142[49]); else { ox_record(ox_status, 1u, 3u, (u64)l397, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l398 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 72)));
        const i32 l399 = ((i32)((u32)(u32)l398 * (u32)(u32)v129));
        const i64 l400 = (v127 + (i64)l399);
        const i64 l401 = (l400 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 32));
        const bool l402 = (l398 < v4);
        const bool l403 = (l402 || v20);
        if (!ox_fail && l403) { if ((u64)l401 < n3) p3[l401] = ox_f16_raw(v142[50]); else { ox_record(ox_status, 1u, 3u, (u64)l401, 1u, 0u); ox_fail = true; } }
        const i64 l404 = (l400 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 33));
        if (!ox_fail && l403) { if ((u64)l404 < n3) p3[l404] = ox_f16_raw(v142[51]); else { ox_record(ox_status, 1u, 3u, (u64)l404, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l405 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 64)));
        const i32 l406 = ((i32)((u32)(u32)l405 * (u32)(u32)v129));
        const i64 l407 = (v127 + (i64)l406);
        const i64 l408 = (l407 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 40));
        const bool l409 = (l405 < v4);
        const bool l410 = (l409 || v20);
        if (!ox_fail && l410) { if ((u64)l408 < n3) p3[l408] = ox_f16_raw(v142[52]); else { ox_record(ox_status, 1u, 3u, (u64)l408, 1u, 0u); ox_fail = true; } }
        const i64 l411 = (l407 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 41));
        if (!ox_fail && l410) { if ((u64)l411 < n3) p3[l411] = ox_f16_raw(v142[53]); else { ox_record(ox_status, 1u, 3u, (u64)l411, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l412 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 72)));
        const i32 l413 = ((i32)((u32)(u32)l412 * (u32)(u32)v129));
        const i64 l414 = (v127 + (i64)l413);
        const i64 l415 = (l414 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 40));
        const bool l416 = (l412 < v4);
        const bool l417 = (l416 || v20);
        if (!ox_fail && l417) { if ((u64)l415 < n3) p3[l415] = ox_f16_raw(v142[54]); else { ox_record(ox_status, 1u, 3u, (u64)l415, 1u, 0u); ox_fail = true; } }
        const i64 l418 = (l414 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 41));
        if (!ox_fail && l417) { if ((u64)l418 < n3) p3[l418] = ox_f16_raw(v142[55]); else { ox_record(ox_status, 1u, 3u, (u64)l418, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l419 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 64)));
        const i32 l420 = ((i32)((u32)(u32)l419 * (u32)(u32)v129));
        const i64 l421 = (v127 + (i64)l420);
        const i64 l422 = (l421 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 48));
        const bool l423 = (l419 < v4);
        const bool l424 = (l423 || v20);
        if (!ox_fail && l424) { if ((u64)l422 < n3) p3[l422] = ox_f16_raw(v142[56]); else { ox_record(ox_status, 1u, 3u, (u64)l422, 1u, 0u); ox_fail = true; } }
        const i64 l425 = (l421 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 49));
        if (!ox_fail && l424) { if ((u64)l425 < n3) p3[l425] = ox_f16_raw(v142[57]); else { ox_record(ox_status, 1u, 3u, (u64)l425, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l426 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 72)));
        const i32 l427 = ((i32)((u32)(u32)l426 * (u32)(u32)v129));
        const i64 l428 = (v127 + (i64)l427);
        const i64 l429 = (l428 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 48));
        const bool l430 = (l426 < v4);
        const bool l431 = (l430 || v20);
        if (!ox_fail && l431) { if ((u64)l429 < n3) p3[l429] = ox_f16_raw(v142[58]); else { ox_record(ox_status, 1u, 3u, (u64)l429, 1u, 0u); ox_fail = true; } }
        const i64 l432 = (l428 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 49));
        if (!ox_fail && l431) { if ((u64)l432 < n3) p3[l432] = ox_f16_raw(v142[59]); else { ox_record(ox_status, 1u, 3u, (u64)l432, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l433 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 64)));
        const i32 l434 = ((i32)((u32)(u32)l433 * (u32)(u32)v129));
        const i64 l435 = (v127 + (i64)l434);
        const i64 l436 = (l435 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 56));
        const bool l437 = (l433 < v4);
        const bool l438 = (l437 || v20);
        if (!ox_fail && l438) { if ((u64)l436 < n3) p3[l436] = ox_f16_raw(v142[60]); else { ox_record(ox_status, 1u, 3u, (u64)l436, 1u, 0u); ox_fail = true; } }
        const i64 l439 = (l435 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 57));
        if (!ox_fail && l438) { if ((u64)l439 < n3) p3[l439] = ox_f16_raw(v142[61]); else { ox_record(ox_status, 1u, 3u, (u64)l439, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l440 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 72)));
        const i32 l441 = ((i32)((u32)(u32)l440 * (u32)(u32)v129));
        const i64 l442 = (v127 + (i64)l441);
        const i64 l443 = (l442 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 56));
        const bool l444 = (l440 < v4);
        const bool l445 = (l444 || v20);
        if (!ox_fail && l445) { if ((u64)l443 < n3) p3[l443] = ox_f16_raw(v142[62]); else { ox_record(ox_status, 1u, 3u, (u64)l443, 1u, 0u); ox_fail = true; } }
        const i64 l446 = (l442 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 57));
        if (!ox_fail && l445) { if ((u64)l446 < n3) p3[l446] = ox_f16_raw(v142[63]); else { ox_record(ox_status, 1u, 3u, (u64)l446, 1u, 0u); ox_fail = true; } }
    }
    }
}
