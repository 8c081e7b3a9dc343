// Standard normals by the Box–Muller transform, vectorized, with the same bits on every
// machine: log, sin and cos are fdlibm's polynomial kernels written with +, −, ×, ÷ and
// sqrt only (all correctly rounded in IEEE 754), and contraction into fused multiply-adds
// is off, so the AVX-512, AVX2 and scalar builds of the loop round identically.
#pragma clang fp contract(off)
#include "CFastMath.h"
#include <stdint.h>
#include <string.h>

#define AVX512 __attribute__((target("avx512f,avx512dq")))
#define AVX2 __attribute__((target("avx2")))
#define INLINE static inline __attribute__((always_inline))

// One step of xoshiro256** 1.0 (Blackman & Vigna 2018).
INLINE uint64_t xoshiro_next(uint64_t s[4]) {
    uint64_t x = s[1] * 5;
    uint64_t result = ((x << 7) | (x >> 57)) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3];
    s[2] ^= t;
    s[3] = (s[3] << 45) | (s[3] >> 19);
    return result;
}

// Natural log of x in [2⁻⁵³, 1] (fdlibm e_log.c: x = 2ᵏ(1+f), 1+f in [√2/2, √2),
// log(1+f) = f − f²/2 + s(f²/2 + R(s²)) with s = f/(2+f); error below 1 ulp).
INLINE double bm_log(double x) {
    const double ln2_hi = 6.93147180369123816490e-01, ln2_lo = 1.90821492927058770002e-10;
    const double Lg1 = 6.666666666666735130e-01, Lg2 = 3.999999999940941908e-01,
                 Lg3 = 2.857142874366239149e-01, Lg4 = 2.222219843214978396e-01,
                 Lg5 = 1.818357216161805012e-01, Lg6 = 1.531383769920937332e-01,
                 Lg7 = 1.479819860511658591e-01;
    uint64_t bits;
    memcpy(&bits, &x, 8);
    bits += (uint64_t)(0x3ff00000 - 0x3fe6a09e) << 32;
    int64_t k = (int64_t)(bits >> 52) - 0x3ff;
    bits = (bits & 0x000fffffffffffffULL) + ((uint64_t)0x3fe6a09e << 32);
    double m;
    memcpy(&m, &bits, 8);
    double f = m - 1.0, hfsq = 0.5 * f * f, s = f / (2.0 + f), z = s * s, w = z * z;
    double t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
    double t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
    double dk = (double)k;
    return s * (hfsq + (t2 + t1)) + dk * ln2_lo - hfsq + f + dk * ln2_hi;
}

// sin and cos of |x| ≤ π/4 (fdlibm k_sin.c and k_cos.c, error below 1 ulp).
INLINE double bm_sin(double x) {
    const double S1 = -1.66666666666666324348e-01, S2 = 8.33333333332248946124e-03,
                 S3 = -1.98412698298579493134e-04, S4 = 2.75573137070700676789e-06,
                 S5 = -2.50507602534068634195e-08, S6 = 1.58969099521155010221e-10;
    double z = x * x, v = z * x;
    double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
    return x + v * (S1 + z * r);
}

INLINE double bm_cos(double x) {
    const double C1 = 4.16666666666666019037e-02, C2 = -1.38888888888741095749e-03,
                 C3 = 2.48015872894767294178e-05, C4 = -2.75573143513906633035e-07,
                 C5 = 2.08757232129817482790e-09, C6 = -1.13596475577881948265e-11;
    double z = x * x, w = z * z;
    double r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
    double hz = 0.5 * z, one_minus = 1.0 - hz;
    return one_minus + (((1.0 - one_minus) - hz) + z * r);
}

// The pair (r cos θ, r sin θ) with r = √(−2 log u₁), θ = 2π u₂, u₁ = 1 − a·2⁻⁵³ ∈ (0, 1],
// u₂ = b·2⁻⁵³ ∈ [0, 1), from the top 53 bits a, b of two generator outputs. θ is reduced
// exactly: q = round(4u₂), t = u₂ − q/4 ∈ [−1/8, 1/8] (exact), θ = qπ/2 + 2πt.
INLINE void bm_pair(uint64_t a, uint64_t b, double *out) {
    const double twoPi = 6.28318530717958647692;
    double u1 = 1.0 - (double)(int64_t)(a >> 11) * 0x1.0p-53;
    double u2 = (double)(int64_t)(b >> 11) * 0x1.0p-53;
    double radius = __builtin_sqrt(-2.0 * bm_log(u1));
    int64_t q = (int64_t)(u2 * 4.0 + 0.5);
    double x = (u2 - (double)q * 0.25) * twoPi;
    double c = bm_cos(x), s = bm_sin(x);
    int64_t quadrant = q & 3;
    double cosine = quadrant == 0 ? c : (quadrant == 1 ? -s : (quadrant == 2 ? -c : s));
    double sine = quadrant == 0 ? s : (quadrant == 1 ? c : (quadrant == 2 ? -s : -c));
    out[0] = radius * cosine;
    out[1] = radius * sine;
}

#define BLOCK 256

// Draws 2·BLOCK outputs serially, then transforms them in a loop the compiler vectorizes.
#define DEFINE_FILL(suffix, attributes)                                                \
    attributes static void fill_##suffix(uint64_t s[4], double *out, size_t pairs) {  \
        uint64_t a[BLOCK], b[BLOCK];                                                   \
        while (pairs > 0) {                                                            \
            size_t n = pairs < BLOCK ? pairs : BLOCK;                                  \
            for (size_t i = 0; i < n; i++) { a[i] = xoshiro_next(s); b[i] = xoshiro_next(s); } \
            for (size_t i = 0; i < n; i++) bm_pair(a[i], b[i], out + 2 * i);          \
            out += 2 * n;                                                              \
            pairs -= n;                                                                \
        }                                                                              \
    }

DEFINE_FILL(avx512, AVX512)
DEFINE_FILL(avx2, AVX2)
DEFINE_FILL(generic, )

void cfm_normal_pairs(uint64_t state[4], double *out, size_t pairs) {
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq")) fill_avx512(state, out, pairs);
    else if (__builtin_cpu_supports("avx2")) fill_avx2(state, out, pairs);
    else fill_generic(state, out, pairs);
}

void cfm_normal_pairs_scalar(uint64_t state[4], double *out, size_t pairs) {
    for (size_t i = 0; i < pairs; i++) {
        uint64_t a = xoshiro_next(state), b = xoshiro_next(state);
        bm_pair(a, b, out + 2 * i);
    }
}
