// The instruction sets CFastMath's kernels are compiled for, and the run-time test that
// picks one: AVX-512, else AVX2 with FMA, else the portable loop. Private to CFastMath.
#ifndef CFASTMATH_ISA_H
#define CFASTMATH_ISA_H

#define AVX512 __attribute__((target("avx512f")))
#define AVX2 __attribute__((target("avx2,fma")))
#define CFM_HAS_AVX512 (__builtin_cpu_supports("avx512f"))
#define CFM_HAS_AVX2_FMA (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))

#endif
