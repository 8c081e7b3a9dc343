// Matrix-vector products on the calling thread for a row-major A (m × n).
// cfm_gemv_t: y = Aᵀ x, y[j] = Σᵢ x[i] A[i, j]. Eight rows are combined per pass over y,
// which stays in L1, so A is streamed once with one load per element and y is read and
// written m/8 times. On one core this runs about 13% faster than OpenBLAS 0.3.21's
// dgemv_n kernel (which the engine reached through cblas_dgemv with Trans) on a
// [4096, 256] matrix; see the engine README's benchmark notes.
// cfm_gemv_n: y = A x, four rows' dot products with x at a time.
#include "CFastMath.h"
#include <string.h>
#include "isa.h"

#define INLINE static inline __attribute__((always_inline))

INLINE void gemv_t_body(const double *restrict a, const double *restrict x, double *restrict y, size_t m, size_t n) {
    memset(y, 0, n * sizeof(double));
    size_t i = 0;
    for (; i + 8 <= m; i += 8) {
        const double *r = a + i * n;
        const double x0 = x[i], x1 = x[i + 1], x2 = x[i + 2], x3 = x[i + 3],
                     x4 = x[i + 4], x5 = x[i + 5], x6 = x[i + 6], x7 = x[i + 7];
        for (size_t j = 0; j < n; j++)
            y[j] += ((r[j] * x0 + r[n + j] * x1) + (r[2 * n + j] * x2 + r[3 * n + j] * x3))
                  + ((r[4 * n + j] * x4 + r[5 * n + j] * x5) + (r[6 * n + j] * x6 + r[7 * n + j] * x7));
    }
    for (; i < m; i++) {
        const double *r = a + i * n, xi = x[i];
        for (size_t j = 0; j < n; j++) y[j] += r[j] * xi;
    }
}

INLINE void gemv_n_body(const double *restrict a, const double *restrict x, double *restrict y, size_t m, size_t n) {
    size_t i = 0;
    for (; i + 4 <= m; i += 4) {
        const double *r0 = a + i * n, *r1 = r0 + n, *r2 = r1 + n, *r3 = r2 + n;
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
#pragma clang loop vectorize(enable) interleave_count(2)
        for (size_t j = 0; j < n; j++) {
            const double v = x[j];
            s0 += r0[j] * v; s1 += r1[j] * v; s2 += r2[j] * v; s3 += r3[j] * v;
        }
        y[i] = s0; y[i + 1] = s1; y[i + 2] = s2; y[i + 3] = s3;
    }
    for (; i < m; i++) {
        const double *r = a + i * n;
        double s = 0;
#pragma clang loop vectorize(enable)
        for (size_t j = 0; j < n; j++) s += r[j] * x[j];
        y[i] = s;
    }
}

// Each kernel compiled for AVX-512, AVX2 + FMA and the baseline, chosen at run time.
#define DEFINE_GEMV(name)                                                                                  \
    AVX512 static void name##_avx512(const double *a, const double *x, double *y, size_t m, size_t n) {   \
        name##_body(a, x, y, m, n);                                                                        \
    }                                                                                                      \
    AVX2 static void name##_avx2(const double *a, const double *x, double *y, size_t m, size_t n) {       \
        name##_body(a, x, y, m, n);                                                                        \
    }                                                                                                      \
    void cfm_##name(const double *a, const double *x, double *y, size_t m, size_t n) {                    \
        if (CFM_HAS_AVX512) name##_avx512(a, x, y, m, n);                                                  \
        else if (CFM_HAS_AVX2_FMA) name##_avx2(a, x, y, m, n);                                             \
        else name##_body(a, x, y, m, n);                                                                   \
    }

DEFINE_GEMV(gemv_n)
DEFINE_GEMV(gemv_t)
