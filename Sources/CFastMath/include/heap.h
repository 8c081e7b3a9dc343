#ifndef CFASTMATH_HEAP_H
#define CFASTMATH_HEAP_H
#include <stddef.h>

/// Pins glibc's malloc thresholds so freed tensor buffers stay in the process for reuse:
/// blocks under `mmap_threshold` bytes come from the heap, and up to `trim_threshold`
/// bytes of free heap top are kept instead of being returned to the kernel. A no-op on
/// C libraries without mallopt.
void cfm_retain_heap(int mmap_threshold, int trim_threshold);

/// Asks the kernel to back the whole pages inside [start, start + bytes) with transparent
/// huge pages (madvise MADV_HUGEPAGE), as NumPy does for arrays of 4 MiB or more: a
/// matrix-vector product streaming an 8 MiB matrix then takes 4 TLB entries instead of
/// 2048. Effective when /sys/kernel/mm/transparent_hugepage/enabled is `madvise` (or
/// `always`); a no-op where madvise is unavailable. Errors are ignored (it is advice).
void cfm_advise_huge_pages(void *start, size_t bytes);

#endif
