#ifndef CFASTMATH_H
#define CFASTMATH_H
#include <stddef.h>
#include <stdint.h>

/// y[i] = tanh(x[i]) for i < n, through glibc's vector math library (libmvec, AVX2 or
/// AVX-512 variants chosen at run time; scalar libm when neither is available).
/// Accurate to a few ulp; x and y may be the same buffer.
void cfm_tanh(const double *x, double *y, size_t n);

/// y[i] = exp(x[i]) for i < n, vectorized the same way.
void cfm_exp(const double *x, double *y, size_t n);

/// Writes 2·pairs standard normals to out, advancing the xoshiro256** state (s0..s3) by
/// 2·pairs steps: pair i is (r cos θ, r sin θ), r = √(−2 log(1 − a·2⁻⁵³)),
/// θ = 2π b·2⁻⁵³, from the top 53 bits a, b of outputs 2i and 2i+1 (Box–Muller).
/// Vectorized (AVX-512, AVX2 or SSE2, chosen at run time) with the same bits on every
/// machine: log, sin and cos are fdlibm polynomials in correctly rounded operations.
void cfm_normal_pairs(uint64_t state[4], double *out, size_t pairs);

/// The same numbers as cfm_normal_pairs, one pair at a time without vectorization
/// (one pair per loop iteration; the tests compare the vectorized loop with it bit for bit).
void cfm_normal_pairs_scalar(uint64_t state[4], double *out, size_t pairs);

#endif
