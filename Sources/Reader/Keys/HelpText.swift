/// The help overlay's lines, generated from the key table: one heading per group,
/// bindings that share a description listed once (`1 2 … 9`).
struct HelpText {
    struct Line: Equatable {
        var keys: String
        var help: String
        var isHeading: Bool
    }

    let lines: [Line]

    init(keyMap: KeyMap) {
        var lines: [Line] = []
        var group = ""
        for binding in keyMap.bindings where !binding.keys.isEmpty {
            if binding.group != group {
                if !lines.isEmpty { lines.append(Line(keys: "", help: "", isHeading: false)) }
                lines.append(Line(keys: binding.group, help: "", isHeading: true))
                group = binding.group
            }
            let keys = binding.keys.map(KeyName.label).joined(separator: " ")
            if let last = lines.last, !last.isHeading, last.help == binding.help {
                lines[lines.count - 1].keys += " " + keys
            } else {
                lines.append(Line(keys: keys, help: binding.help, isHeading: false))
            }
        }
        self.lines = lines
    }
}
