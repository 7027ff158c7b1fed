/// A colour as red, green and blue components.
public struct RGB: Sendable, Hashable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }
}

/// The xterm 256-colour palette: the 16 standard colours as xterm draws them, a 6×6×6 cube, 24 greys.
public enum XtermPalette {
    /// xterm's defaults; real terminals often remap these 16, so they are only an estimate.
    public static let standard: [RGB] = [
        RGB(0, 0, 0), RGB(205, 0, 0), RGB(0, 205, 0), RGB(205, 205, 0),
        RGB(0, 0, 238), RGB(205, 0, 205), RGB(0, 205, 205), RGB(229, 229, 229),
        RGB(127, 127, 127), RGB(255, 0, 0), RGB(0, 255, 0), RGB(255, 255, 0),
        RGB(92, 92, 255), RGB(255, 0, 255), RGB(0, 255, 255), RGB(255, 255, 255),
    ]
    /// Channel values of the colour cube's six steps.
    public static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    public static func rgb(ofIndex index: UInt8) -> RGB {
        switch index {
        case 0..<16:
            return standard[Int(index)]
        case 16..<232:
            let cube = Int(index) - 16
            return RGB(cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
        default:
            let grey = UInt8(8 + (Int(index) - 232) * 10)
            return RGB(grey, grey, grey)
        }
    }
}

extension Color {
    /// The colour's components, with `default` standing for `terminalDefault`.
    public func rgb(default terminalDefault: RGB) -> RGB {
        switch self {
        case .default: return terminalDefault
        case .ansi(let index), .indexed(let index): return XtermPalette.rgb(ofIndex: index)
        case .rgb(let red, let green, let blue): return RGB(red, green, blue)
        }
    }
}
