// BookRuntime module: see DESIGN.md.
