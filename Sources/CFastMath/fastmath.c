// Vectorized transcendentals for the engine's hot loops (tanh layers, softmax).
// Clang does not map tanh loops to libmvec by itself, so the vector variants are called
// directly through their vector-function ABI names (glibc >= 2.35 for tanh).
#include "CFastMath.h"
#include <immintrin.h>
#include <math.h>
#include "isa.h"

AVX512 __m512d _ZGVeN8v_tanh(__m512d x);
AVX512 __m512d _ZGVeN8v_exp(__m512d x);
AVX2 __m256d _ZGVdN4v_tanh(__m256d x);
AVX2 __m256d _ZGVdN4v_exp(__m256d x);

#define DEFINE_KERNELS(name, scalar)                                                   \
    AVX512 static void name##_avx512(const double *x, double *y, size_t n) {           \
        size_t i = 0;                                                                  \
        for (; i + 8 <= n; i += 8)                                                     \
            _mm512_storeu_pd(y + i, _ZGVeN8v_##name(_mm512_loadu_pd(x + i)));          \
        for (; i < n; i++) y[i] = scalar(x[i]);                                        \
    }                                                                                  \
    AVX2 static void name##_avx2(const double *x, double *y, size_t n) {               \
        size_t i = 0;                                                                  \
        for (; i + 4 <= n; i += 4)                                                     \
            _mm256_storeu_pd(y + i, _ZGVdN4v_##name(_mm256_loadu_pd(x + i)));          \
        for (; i < n; i++) y[i] = scalar(x[i]);                                        \
    }                                                                                  \
    void cfm_##name(const double *x, double *y, size_t n) {                            \
        if (CFM_HAS_AVX512) name##_avx512(x, y, n);                                    \
        else if (CFM_HAS_AVX2_FMA) name##_avx2(x, y, n);                               \
        else for (size_t i = 0; i < n; i++) y[i] = scalar(x[i]);                       \
    }

DEFINE_KERNELS(tanh, tanh)
DEFINE_KERNELS(exp, exp)
