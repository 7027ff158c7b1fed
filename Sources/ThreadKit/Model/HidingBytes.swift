/// Bytes of a format's raw text that may stand between letters its reader shows side by side: markup
/// (`gov**ern**ment`), escapes (`\u00e9`), entities (`&amp;`). Where none occurs, every run of letters and
/// digits of the shown text is in the raw bytes as it is.
public struct HidingBytes: Sendable {
    private var table = [Bool](repeating: false, count: 256)
    /// `\u`: a JSON escape that may stand for a letter.
    private let unicodeEscapes: Bool

    /// Whether anything can hide letters at all.
    private let hidesAny: Bool

    public init(_ bytes: String, unicodeEscapes: Bool) {
        for byte in bytes.utf8 { table[Int(byte)] = true }
        self.unicodeEscapes = unicodeEscapes
        hidesAny = unicodeEscapes || !bytes.isEmpty
    }

    /// Reddit's Markdown in JSON: emphasis, strikethrough, superscript, code, links, spoilers and entities can
    /// join letters, and so can a `\u` escape.
    public static let markdownInJSON = HidingBytes("*_~^`[]<>&", unicodeEscapes: true)

    /// A text shown as its bytes are (a plain-text mail's body).
    public static let nothing = HidingBytes("", unicodeEscapes: false)

    func occur(in raw: ArraySlice<UInt8>) -> Bool {
        guard hidesAny else { return false }
        var previous: UInt8 = 0
        for byte in raw {
            if table[Int(byte)] || unicodeEscapes && previous == UInt8(ascii: "\\") && byte == UInt8(ascii: "u") { return true }
            // `\\u` is a backslash and a u, but counting it too only makes the body read.
            previous = byte
        }
        return false
    }
}
