import Reader

/// Turns theme colours into colour numbers a terminal with a given number of colours can show.
public enum ColorMapper {
    /// The ncurses colour for `color` on a terminal with `colors` colours; -1 is the terminal's default.
    public static func terminalColor(_ color: Color, colors: Int) -> Int16 {
        switch color {
        case .default:
            return -1
        case .ansi(let index) where index < 16, .indexed(let index) where index < 16:
            return colors >= 16 ? Int16(index) : Int16(index % 8)
        case .ansi(let index), .indexed(let index):
            return colors >= 256 ? Int16(index) : Int16(nearest(XtermPalette.rgb(ofIndex: index), among: colors))
        case .rgb(let red, let green, let blue):
            let rgb = RGB(red, green, blue)
            return colors >= 256 ? Int16(nearest256(rgb)) : Int16(nearest(rgb, among: colors))
        }
    }

    /// The closest xterm colour 16–255 (the cube or the grey ramp; 0–15 vary between terminals).
    public static func nearest256(_ rgb: RGB) -> UInt8 {
        func cubeStep(_ value: UInt8) -> Int {
            value < 48 ? 0 : value < 115 ? 1 : (Int(value) - 35) / 40
        }
        let (r, g, b) = (cubeStep(rgb.red), cubeStep(rgb.green), cubeStep(rgb.blue))
        let cube = UInt8(16 + 36 * r + 6 * g + b)
        let average = (Int(rgb.red) + Int(rgb.green) + Int(rgb.blue)) / 3
        let grey = UInt8(232 + min(23, max(0, (average - 3) / 10)))
        let cubeDistance = distance(rgb, XtermPalette.rgb(ofIndex: cube))
        return distance(rgb, XtermPalette.rgb(ofIndex: grey)) < cubeDistance ? grey : cube
    }

    /// The closest of the first 16 (or 8, when `colors` < 16) standard colours, as xterm draws them;
    /// near-greys go to black, grey or white rather than to a tinted colour that happens to be closer.
    public static func nearest(_ rgb: RGB, among colors: Int) -> UInt8 {
        let count = colors >= 16 ? 16 : 8
        let isGrey = max(rgb.red, rgb.green, rgb.blue) - min(rgb.red, rgb.green, rgb.blue) < 40
        let candidates = XtermPalette.standard.prefix(count).enumerated().filter { !isGrey || greys.contains($0.offset) }
        return UInt8(candidates.min { distance(rgb, $0.element) < distance(rgb, $1.element) }!.offset)
    }

    private static let greys: Set<Int> = [0, 7, 8, 15]

    /// Squared distance weighted for the eye ("redmean"), good enough to pick a palette entry.
    static func distance(_ a: RGB, _ b: RGB) -> Int {
        let meanRed = (Int(a.red) + Int(b.red)) / 2
        let (dr, dg, db) = (Int(a.red) - Int(b.red), Int(a.green) - Int(b.green), Int(a.blue) - Int(b.blue))
        return (((512 + meanRed) * dr * dr) >> 8) + 4 * dg * dg + (((767 - meanRed) * db * db) >> 8)
    }
}
