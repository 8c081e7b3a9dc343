#ifndef CFASTMATH_H
#define CFASTMATH_H
#include <stddef.h>

/// y[i] = tanh(x[i]) for i < n, through glibc's vector math library (libmvec, AVX2 or
/// AVX-512 variants chosen at run time; scalar libm when neither is available).
/// Accurate to a few ulp; x and y may be the same buffer.
void cfm_tanh(const double *x, double *y, size_t n);

/// y[i] = exp(x[i]) for i < n, vectorized the same way.
void cfm_exp(const double *x, double *y, size_t n);

#endif
