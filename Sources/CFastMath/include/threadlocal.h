#ifndef CFASTMATH_THREADLOCAL_H
#define CFASTMATH_THREADLOCAL_H
#include <stdint.h>

/// Per-thread state of the engine's autodiff, in C11 thread-local storage (Swift has no
/// thread-local variables of its own). Each thread starts with recording on.

/// 1 when operations on `Var`s record a graph on the calling thread, 0 when they do not.
int cfm_recording_enabled(void);

/// Sets the calling thread's recording switch (non-zero: on) and returns its old value.
int cfm_set_recording_enabled(int enabled);

/// A new number for each backward sweep, unique across threads (an atomic counter).
uint64_t cfm_next_sweep_mark(void);

#endif
