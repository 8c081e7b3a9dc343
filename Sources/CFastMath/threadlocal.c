// Per-thread autodiff state (see threadlocal.h). The switch is stored inverted so that the
// zero initial value of thread-local storage means "recording on".
#include "threadlocal.h"
#include <stdatomic.h>

static _Thread_local int recording_disabled = 0;
static _Atomic uint64_t sweep_mark = 0;

int cfm_recording_enabled(void) { return !recording_disabled; }

int cfm_set_recording_enabled(int enabled) {
    int old = !recording_disabled;
    recording_disabled = !enabled;
    return old;
}

uint64_t cfm_next_sweep_mark(void) { return atomic_fetch_add(&sweep_mark, 1) + 1; }
