import Reader

/// A theme with no styles: every lookup falls back to plain, so timings measure layout, not colour.
let benchTheme = Theme(name: "bench", styles: [:], authorPalette: [.ansi(1), .ansi(2), .ansi(3), .ansi(4), .ansi(5), .ansi(6)])
