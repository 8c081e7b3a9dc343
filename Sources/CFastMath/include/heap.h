#ifndef CFASTMATH_HEAP_H
#define CFASTMATH_HEAP_H

/// Pins glibc's malloc thresholds so freed tensor buffers stay in the process for reuse:
/// blocks under `mmap_threshold` bytes come from the heap, and up to `trim_threshold`
/// bytes of free heap top are kept instead of being returned to the kernel. A no-op on
/// C libraries without mallopt.
void cfm_retain_heap(int mmap_threshold, int trim_threshold);

#endif
