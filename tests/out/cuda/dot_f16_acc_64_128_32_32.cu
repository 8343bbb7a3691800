// entry: ox_f16_accumulation
// params: buffer(4) buffer(4) buffer(4)
// threads: 128, shared bytes: 7168
// stages: 2 requested, 0 chosen, loops []
// site 1: tests/lang_tiles.rs:2073:5
// site 2: tests/lang_tiles.rs:2074:17
// site 3: tests/lang_tiles.rs:2075:17
// site 4: tests/lang_tiles.rs:2078:5

// oxtile kernel `f16_accumulation`: one block of 128 threads per program, sm_90, bounds-checked.

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
OX_INLINE void ox_wgmma_f16_n32_t1(f32* d, u64 a, u64 b) {
    asm volatile("{\n.reg .pred p;\nsetp.ne.b32 p, %18, 0;\n"
        "wgmma.mma_async.sync.aligned.m64n32k16.f32.f16.f16 {%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15}, %16, %17, p, 1, 1, 0, 1;\n}\n"
        : "+f"(d[0]), "+f"(d[1]), "+f"(d[2]), "+f"(d[3]), "+f"(d[4]), "+f"(d[5]), "+f"(d[6]), "+f"(d[7]), "+f"(d[8]), "+f"(d[9]), "+f"(d[10]), "+f"(d[11]), "+f"(d[12]), "+f"(d[13]), "+f"(d[14]), "+f"(d[15])
        : "l"(a), "l"(b), "r"(1));
}
#else
OX_INLINE void ox_wgmma_f16_n32_t1(f32* d, u64 a, u64 b) { oxemu::wgmma(d, 32u, a, b, oxemu::F16, false, true); }
#endif

extern "C" __global__ void __launch_bounds__(128) ox_f16_accumulation(
    const f32* __restrict__ p0 /* `a`: *f32 */,
    u64 n0,
    const f32* __restrict__ p1 /* `b`: *f32 */,
    u64 n1,
    f32* __restrict__ p2 /* `out`: *f32 */,
    u64 n2,
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
    const i64 v0 = 0; // `a`: offset into p0
    const i64 v1 = 0; // `b`: offset into p1
    const i64 v2 = 0; // `out`: offset into p2
    f32 x0[16]; // variable $0: f16[64, 32], tensor-core accumulator fragment
    // %3: i32[64] = arange
    // %4: i32[64, 1] = expand_dims %3
    // %5: i32[32] = arange
    // %6: i32[1, 32] = expand_dims %5
    // %7: i32[32] = arange
    // %8: f16 = const
    const f32 v8 = 0.0f;
    // %9: f16[64, 32] = broadcast %8
    // var_init %9
    {
        x0[0] = v8;
    }
    {
        x0[1] = v8;
    }
    {
        x0[2] = v8;
    }
    {
        x0[3] = v8;
    }
    {
        x0[4] = v8;
    }
    {
        x0[5] = v8;
    }
    {
        x0[6] = v8;
    }
    {
        x0[7] = v8;
    }
    {
        x0[8] = v8;
    }
    {
        x0[9] = v8;
    }
    {
        x0[10] = v8;
    }
    {
        x0[11] = v8;
    }
    {
        x0[12] = v8;
    }
    {
        x0[13] = v8;
    }
    {
        x0[14] = v8;
    }
    {
        x0[15] = v8;
    }
    // %10: i32 = const
    const i32 v10 = 0;
    // %11: i32 = const
    const i32 v11 = 128;
    // %12: i32 = const
    const i32 v12 = 32;
    // for %10, %11, %12
    {
        if (v12 <= 0) { if (tid == 0) ox_record(ox_status, 3u, 0u, (u64)(i64)v12, 0u, 1u); return; }
        for (i32 it1 = v10; it1 < v11;) {
            const i32 v13 = it1;
            // %14: i32 = const
            const i32 v14 = 128;
            // %15: i32[64, 1] = broadcast %14
            // %16: i32[64, 1] = mul %4, %15
            // %17: *f32[64, 1] = broadcast %0
            // %18: *f32[64, 1] = ptr_add %17, %16
            // %19: i32[32] = broadcast %13
            // %20: i32[32] = add %19, %7
            // %21: i32[1, 32] = expand_dims %20
            // %22: *f32[64, 32] = broadcast %18
            // %23: i32[64, 32] = broadcast %21
            // %24: *f32[64, 32] = ptr_add %22, %23
            // %25: f32[64, 32] = load %24
            f32 v25[16];
            #pragma unroll
            for (int c = 0; c < 16; ++c) {
                const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
                {
                    const i32 l2 = ((i32)((u32)(u32)(e / 32) * (u32)(u32)v14));
                    const i64 l3 = (v0 + (i64)l2);
                    const i32 l4 = ((i32)((u32)(u32)v13 + (u32)(u32)(e % 32)));
                    const i64 l5 = (l3 + (i64)l4);
                    v25[c] = ((f32)(0)); if ((u64)l5 < n0) v25[c] = p0[l5]; else { ox_record(ox_status, 1u, 0u, (u64)l5, 0u, 2u); ox_fail = true; }
                }
            }
            // %26: f16[64, 32] = cast %25
            f32 v26[16];
            #pragma unroll
            for (int c = 0; c < 16; ++c) {
                const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
                {
                    v26[c] = ox_rnd_f16_arith(v25[c]);
                }
            }
            // %27: i32[32] = broadcast %13
            // %28: i32[32] = add %27, %7
            // %29: i32[32, 1] = expand_dims %28
            // %30: i32 = const
            const i32 v30 = 32;
            // %31: i32[32, 1] = broadcast %30
            // %32: i32[32, 1] = mul %29, %31
            // %33: *f32[32, 1] = broadcast %1
            // %34: *f32[32, 1] = ptr_add %33, %32
            // %35: *f32[32, 32] = broadcast %34
            // %36: i32[32, 32] = broadcast %6
            // %37: *f32[32, 32] = ptr_add %35, %36
            // %38: f32[32, 32] = load %37
            f32 v38[8];
            #pragma unroll
            for (int c = 0; c < 8; ++c) {
                const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
                {
                    const i32 l6 = ((i32)((u32)(u32)v13 + (u32)(u32)(e / 32)));
                    const i32 l7 = ((i32)((u32)(u32)l6 * (u32)(u32)v30));
                    const i64 l8 = (v1 + (i64)l7);
                    const i64 l9 = (l8 + (i64)(e % 32));
                    v38[c] = ((f32)(0)); if ((u64)l9 < n1) v38[c] = p1[l9]; else { ox_record(ox_status, 1u, 1u, (u64)l9, 0u, 3u); ox_fail = true; }
                }
            }
            // %39: f16[32, 32] = cast %38
            f32 v39[8];
            #pragma unroll
            for (int c = 0; c < 8; ++c) {
                const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
                {
                    v39[c] = ox_rnd_f16_arith(v38[c]);
                }
            }
            // %40: f16[64, 32] = var_load
            f32 v40[16];
            #pragma unroll
            for (int c = 0; c < 16; ++c) v40[c] = x0[c];
            // %41: f16[64, 32] = dot %26, %39, %40
            #pragma unroll
            for (int c = 0; c < 16; ++c) {
                const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
                {
                    ((u16*)ox_smem)[ox_swz<2u, 64u, 64u>(e / 32, e % 32)] = ox_f16_bits(v26[c]);
                }
            }
            #pragma unroll
            for (int c = 0; c < 8; ++c) {
                const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
                {
                    ((u16*)(ox_smem + 4096))[ox_swz<2u, 64u, 32u>(e / 32, e % 32)] = ox_f16_bits(v39[c]);
                }
            }
            ox_fence_proxy_async();
            f32 v41[16];
            #pragma unroll
            for (int c = 0; c < 16; ++c) v41[c] = v40[c];
            if (__syncthreads_or(ox_fail)) return;
            {
                {
                const u64 ox_wg_da = ox_wg_desc(ox_smem_u32(((const unsigned short*)ox_smem)) + ox_wg_index((u32)(tid)) * 4096u, 9223372174293729280ull);
                const u64 ox_wg_db = ox_wg_desc(ox_smem_u32(((const unsigned short*)(ox_smem + 4096))), 9223372174302117888ull);
                ox_wgmma_fence();
                ox_wgmma_f16_n32_t1(&v41[0], ox_wg_da + 0ull, ox_wg_db + 0ull);
                ox_wgmma_f16_n32_t1(&v41[0], ox_wg_da + 2ull, ox_wg_db + 64ull);
                ox_wgmma_commit();
                ox_wgmma_wait<0>();
                #pragma unroll
                for (int ox_r = 0; ox_r < 16; ++ox_r) ox_wgmma_hold(v41[ox_r]);
                }
            }
            #pragma unroll
            for (int c = 0; c < 16; ++c) v41[c] = ox_rnd_f16_arith(v41[c]);
            if (__syncthreads_or(ox_fail)) return;
            // var_store %41
            #pragma unroll
            for (int c = 0; c < 16; ++c) x0[c] = v41[c];
            if ((u32)((u32)v11 - (u32)it1) <= (u32)v12) break;
            it1 = (i32)((u32)it1 + (u32)v12);
        }
    }
    // %42: i32 = const
    const i32 v42 = 32;
    // %43: i32[64, 1] = broadcast %42
    // %44: i32[64, 1] = mul %4, %43
    // %45: *f32[64, 1] = broadcast %2
    // %46: *f32[64, 1] = ptr_add %45, %44
    // %47: *f32[64, 32] = broadcast %46
    // %48: i32[64, 32] = broadcast %6
    // %49: *f32[64, 32] = ptr_add %47, %48
    // %50: f16[64, 32] = var_load
    f32 v50[16];
    #pragma unroll
    for (int c = 0; c < 16; ++c) v50[c] = x0[c];
    // %51: f32[64, 32] = cast %50
    f32 v51[16];
    {
        v51[0] = v50[0];
    }
    {
        v51[1] = v50[1];
    }
    {
        v51[2] = v50[2];
    }
    {
        v51[3] = v50[3];
    }
    {
        v51[4] = v50[4];
    }
    {
        v51[5] = v50[5];
    }
    {
        v51[6] = v50[6];
    }
    {
        v51[7] = v50[7];
    }
    {
        v51[8] = v50[8];
    }
    {
        v51[9] = v50[9];
    }
    {
        v51[10] = v50[10];
    }
    {
        v51[11] = v50[11];
    }
    {
        v51[12] = v50[12];
    }
    {
        v51[13] = v50[13];
    }
    {
        v51[14] = v50[14];
    }
    {
        v51[15] = v50[15];
    }
    // store %49, %51
    #pragma unroll
    for (int c = 0; c < 16; ++c) {
        const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
        {
            const i32 l10 = ((i32)((u32)(u32)(e / 32) * (u32)(u32)v42));
            const i64 l11 = (v2 + (i64)l10);
            const i64 l12 = (l11 + (i64)(e % 32));
            if (!ox_fail && true && !((u64)l12 < n2)) { ox_record(ox_status, 1u, 2u, (u64)l12, 1u, 4u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    {
        const i32 l13 = ((i32)((u32)(u32)((((tid) >> 5) * 16) + (((tid) & 31) >> 2)) * (u32)(u32)v42));
        const i64 l14 = (v2 + (i64)l13);
        const i64 l15 = (l14 + (i64)((0 * 32) + (((tid) & 3) * 2)));
        if (!ox_fail && true) { if ((u64)l15 < n2) p2[l15] = v51[0]; else { ox_record(ox_status, 1u, 2u, (u64)l15, 1u, 4u); ox_fail = true; } }
        const i64 l16 = (l14 + (i64)(((0 * 32) + (((tid) & 3) * 2)) + 1));
        if (!ox_fail && true) { if ((u64)l16 < n2) p2[l16] = v51[1]; else { ox_record(ox_status, 1u, 2u, (u64)l16, 1u, 4u); ox_fail = true; } }
    }
    {
        const i32 l17 = ((i32)((u32)(u32)(((((tid) >> 5) * 16) + (((tid) & 31) >> 2)) + 8) * (u32)(u32)v42));
        const i64 l18 = (v2 + (i64)l17);
        const i64 l19 = (l18 + (i64)((0 * 32) + (((tid) & 3) * 2)));
        if (!ox_fail && true) { if ((u64)l19 < n2) p2[l19] = v51[2]; else { ox_record(ox_status, 1u, 2u, (u64)l19, 1u, 4u); ox_fail = true; } }
        const i64 l20 = (l18 + (i64)(((0 * 32) + (((tid) & 3) * 2)) + 1));
        if (!ox_fail && true) { if ((u64)l20 < n2) p2[l20] = v51[3]; else { ox_record(ox_status, 1u, 2u, (u64)l20, 1u, 4u); ox_fail = true; } }
    }
    {
        const i32 l21 = ((i32)((u32)(u32)((((tid) >> 5) * 16) + (((tid) & 31) >> 2)) * (u32)(u32)v42));
        const i64 l22 = (v2 + (i64)l21);
        const i64 l23 = (l22 + (i64)(((0 * 32) + (((tid) & 3) * 2)) + 8));
        if (!ox_fail && true) { if ((u64)l23 < n2) p2[l23] = v51[4]; else { ox_record(ox_status, 1u, 2u, (u64)l23, 1u, 4u); ox_fail = true; } }
        const i64 l24 = (l22 + (i64)(((0 * 32) + (((tid) & 3) * 2)) + 9));
        if (!ox_fail && true) { if ((u64)l24 < n2) p2[l24] = v51[5]; else { ox_record(ox_status, 1u, 2u, (u64)l24, 1u, 4u); ox_fail = true; } }
    }
    {
        const i32 l25 = ((i32)((u32)(u32)(((((tid) >> 5) * 16) + (((tid) & 31) >> 2)) + 8) * (u32)(u32)v42));
        const i64 l26 = (v2 + (i64)l25);
        const i64 l27 = (l26 + (i64)(((0 * 32) + (((tid) & 3) * 2)) + 8));
        if (!ox_fail && true) { if ((u64)l27 < n2) p2[l27] = v51[6]; else { ox_record(ox_status, 1u, 2u, (u64)l27, 1u, 4u); ox_fail = true; } }
        const i64 l28 = (l26 + (i64)(((0 * 32) + (((tid) & 3) * 2)) + 9));
        if (!ox_fail && true) { if ((u64)l28 < n2) p2[l28] = v51[7]; else { ox_record(ox_status, 1u, 2u, (u64)l28, 1u, 4u); ox_fail = true; } }
    }
    {
        const i32 l29 = ((i32)((u32)(u32)((((tid) >> 5) * 16) + (((tid) & 31) >> 2)) * (u32)(u32)v42));
        const i64 l30 = (v2 + (i64)l29);
        const i64 l31 = (l30 + (i64)(((0 * 32) + (((tid) & 3) * 2)) + 16));
        if (!ox_fail && true) { if ((u64)l31 < n2) p2[l31] = v51[8]; else { ox_record(ox_status, 1u, 2u, (u64)l31, 1u, 4u); ox_fail = true; } }
        const i64 l32 = (l30 + (i64)(((0 * 32) + (((tid) & 3) * 2)) + 17));
        if (!ox_fail && true) { if ((u64)l32 < n2) p2[l32] = v51[9]; else { ox_record(ox_status, 1u, 2u, (u64)l32, 1u, 4u); ox_fail = true; } }
    }
    {
        const i32 l33 = ((i32)((u32)(u32)(((((tid) >> 5) * 16) + (((tid) & 31) >> 2)) + 8) * (u32)(u32)v42));
        const i64 l34 = (v2 + (i64)l33);
        const i64 l35 = (l34 + (i64)(((0 * 32) + (((tid) & 3) * 2)) + 16));
        if (!ox_fail && true) { if ((u64)l35 < n2) p2[l35] = v51[10]; else { ox_record(ox_status, 1u, 2u, (u64)l35, 1u, 4u); ox_fail = true; } }
        const i64 l36 = (l34 + (i64)(((0 * 32) + (((tid) & 3) * 2)) + 17));
        if (!ox_fail && true) { if ((u64)l36 < n2) p2[l36] = v51[11]; else { ox_record(ox_status, 1u, 2u, (u64)l36, 1u, 4u); ox_fail = true; } }
    }
    {
        const i32 l37 = ((i32)((u32)(u32)((((tid) >> 5) * 16) + (((tid) & 31) >> 2)) * (u32)(u32)v42));
        const i64 l38 = (v2 + (i64)l37);
        const i64 l39 = (l38 + (i64)(((0 * 32) + (((tid) & 3) * 2)) + 24));
        if (!ox_fail && true) { if ((u64)l39 < n2) p2[l39] = v51[12]; else { ox_record(ox_status, 1u, 2u, (u64)l39, 1u, 4u); ox_fail = true; } }
        const i64 l40 = (l38 + (i64)(((0 * 32) + (((tid) & 3) * 2)) + 25));
        if (!ox_fail && true) { if ((u64)l40 < n2) p2[l40] = v51[13]; else { ox_record(ox_status, 1u, 2u, (u64)l40, 1u, 4u); ox_fail = true; } }
    }
    {
        const i32 l41 = ((i32)((u32)(u32)(((((tid) >> 5) * 16) + (((tid) & 31) >> 2)) + 8) * (u32)(u32)v42));
        const i64 l42 = (v2 + (i64)l41);
        const i64 l43 = (l42 + (i64)(((0 * 32) + (((tid) & 3) * 2)) + 24));
        if (!ox_fail && true) { if ((u64)l43 < n2) p2[l43] = v51[14]; else { ox_record(ox_status, 1u, 2u, (u64)l43, 1u, 4u); ox_fail = true; } }
        const i64 l44 = (l42 + (i64)(((0 * 32) + (((tid) & 3) * 2)) + 25));
        if (!ox_fail && true) { if ((u64)l44 < n2) p2[l44] = v51[15]; else { ox_record(ox_status, 1u, 2u, (u64)l44, 1u, 4u); ox_fail = true; } }
    }
    }
}
