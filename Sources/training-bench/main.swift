import Foundation

// Training benchmark: the engine's autodiff against PyTorch (CPU, float64), same machine,
// same thread count, same run. For each thread count, prints a table of median times and
// engine/PyTorch ratios, and the peak RSS of a 2000-step training loop at step 100 and at
// step 2000 (see Options.swift for the command line).

let options = Options(CommandLine.arguments)
if options.worker {
    runWorker(options)
} else {
    // Tables are printed by the workers: flush ours first so the output stays in order.
    setvbuf(stdout, nil, _IOLBF, 0)
    runDriver(options)
}
