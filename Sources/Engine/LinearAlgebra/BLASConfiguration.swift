import CBLAS

/// Facts about the BLAS library in use, for benchmark and chapter headers.
///
/// **Threads.** OpenBLAS reads `OPENBLAS_NUM_THREADS` (or `OMP_NUM_THREADS`) once, when the
/// library loads; without it, it uses one thread per core. Set it in the environment before
/// starting the program (`OPENBLAS_NUM_THREADS=1 swift run ...`) for reproducible timings;
/// `setBLASThreadCount(_:)` changes it at run time.
///
/// **Kernels.** Debian's OpenBLAS 0.3.21 does not recognize some AVX-512 Xeons and falls back
/// to slow generic kernels unless `OPENBLAS_CORETYPE` (e.g. `SkylakeX`, or `Haswell` on AVX2
/// machines) is set in the environment before the process starts; it cannot be set from
/// inside. `blasConfiguration()` shows which kernel was chosen.

/// OpenBLAS's description of itself, including the kernel in use (e.g.
/// `"OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY SkylakeX MAX_THREADS=64"`).
public func blasConfiguration() -> String {
    guard let text = openblas_get_config() else { return "unknown" }
    return String(cString: text)
}

/// The number of threads OpenBLAS uses for level-3 operations and LAPACK.
public func blasThreadCount() -> Int {
    Int(openblas_get_num_threads())
}

/// Sets the number of OpenBLAS threads for the rest of the process.
public func setBLASThreadCount(_ count: Int) {
    precondition(count >= 1, "thread count must be at least 1")
    openblas_set_num_threads(Int32(count))
}
