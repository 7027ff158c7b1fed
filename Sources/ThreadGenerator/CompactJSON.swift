import ThreadKit

/// JSON on one line, as web APIs send it; ThreadKit's writer pretty-prints, which at reply
/// depth 20+ would make indentation most of the file. String escaping stays ThreadKit's.
enum CompactJSON {
    static func write(_ value: JSONValue, to out: inout String) {
        switch value {
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                write(item, to: &out)
            }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (i, (key, item)) in pairs.enumerated() {
                if i > 0 { out += "," }
                out += JSONValue.string(key).rendered() + ":"
                write(item, to: &out)
            }
            out += "}"
        default:
            out += value.rendered()
        }
    }
}
