/// The user's key overrides: a text file of `key = action` lines, `#` starting a comment.
///
/// `ctrl-d = page-down` binds a key to an action named in `skein keys`; `x = none` unbinds it.
public enum KeyConfigFile {
    public struct Failure: Error, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { line > 0 ? "line \(line): \(reason)" : reason }
    }

    public static func overrides(from text: String) throws -> [String: String] {
        var overrides: [String: String] = [:]
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = trimmed(raw.prefix { $0 != "#" })
            if line.isEmpty { continue }
            let parts = line.split(separator: "=", maxSplits: 1).map(trimmed)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw Failure(line: number + 1, reason: "expected 'key = action', found '\(line)'")
            }
            overrides[parts[0]] = parts[1]
        }
        return overrides
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }

    /// The standard key map with the overrides in `text` applied.
    public static func keyMap(from text: String, base: KeyMap = .standard) throws -> KeyMap {
        do {
            return try base.applying(overrides: overrides(from: text))
        } catch KeyMap.OverrideError.unknownKey(let key) {
            throw Failure(line: 0, reason: "unknown key '\(key)'")
        } catch KeyMap.OverrideError.unknownAction(let action) {
            throw Failure(line: 0, reason: "unknown action '\(action)' (see 'skein keys')")
        }
    }
}
