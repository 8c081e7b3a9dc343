// glibc heap tuning for the engine (see HeapTuning.swift for why); malloc.h is not part
// of Swift's Glibc module, so mallopt is reached through this shim.
#include "heap.h"
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif

void cfm_retain_heap(int mmap_threshold, int trim_threshold) {
#if defined(M_MMAP_THRESHOLD) && defined(M_TRIM_THRESHOLD)
    mallopt(M_MMAP_THRESHOLD, mmap_threshold);
    mallopt(M_TRIM_THRESHOLD, trim_threshold);
#else
    (void)mmap_threshold;
    (void)trim_threshold;
#endif
}

#if __has_include(<sys/mman.h>)
#include <sys/mman.h>
#include <stdint.h>
#endif

void cfm_advise_huge_pages(void *start, size_t bytes) {
#if defined(MADV_HUGEPAGE)
    uintptr_t first = ((uintptr_t)start + 4095) & ~(uintptr_t)4095;
    uintptr_t end = (uintptr_t)start + bytes;
    if (end > first) (void)madvise((void *)first, end - first, MADV_HUGEPAGE);
#else
    (void)start;
    (void)bytes;
#endif
}
