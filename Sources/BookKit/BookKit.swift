// BookKit module: see DESIGN.md.
