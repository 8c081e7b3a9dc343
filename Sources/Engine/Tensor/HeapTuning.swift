import CFastMath

/// Keeps glibc's heap from handing tensor memory back to the kernel between training steps.
///
/// Why: a training step or Hessian-vector product allocates a few hundred buffers of up to
/// a few MiB (a `[512, 256]` activation is 1 MiB) and frees them all when its graph is
/// dropped. glibc's adaptive thresholds then sit near the largest freed block (mmap
/// threshold ≈ 1 MiB, trim threshold ≈ 2 MiB), so the freed top of the heap goes back to
/// the kernel through `brk` and the next step page-faults the same memory in again,
/// zero-filled. In the HVP benchmark those page faults took half of the time.
///
/// What: the thresholds are pinned, before the first tensor is allocated, at the ceiling
/// glibc's own heuristic can reach (blocks under 32 MiB come from the heap; up to 64 MiB of
/// free heap top is kept). Peak RSS does not grow: freed memory is reused.
@usableFromInline
enum HeapTuning {
    /// Evaluated once, thread-safely (Swift's lazy static initialization), by
    /// `TensorStorage.allocate`.
    @usableFromInline
    static let applied: Void = cfm_retain_heap(32 << 20, 64 << 20)

    /// Buffers of at least this many elements (4 MiB) are backed by transparent huge pages.
    @usableFromInline
    static let hugePageElements = 1 << 19

    /// Advises huge pages for a new buffer of `count` elements, as NumPy does for arrays of
    /// 4 MiB or more (`cfm_advise_huge_pages`). Why: with 4 KiB pages a matrix–vector
    /// product over an 8 MiB matrix misses the TLB on every page; OpenBLAS's `dgemv` on a
    /// `[4096, 256]` matrix took 0.40 ms on malloc'd pages and 0.31 ms on huge pages in a C
    /// microbenchmark on the 2-core benchmark machine.
    @usableFromInline
    static func adviseHugePages(_ elements: UnsafeMutablePointer<Double>, count: Int) {
        cfm_advise_huge_pages(elements, count * MemoryLayout<Double>.stride)
    }
}
