extension KeyMap {
    /// The key table as Markdown, for the README and `skein keys`; generated so the docs cannot drift.
    /// Neighbouring bindings with one description (the depth keys) share a row, as in the help overlay.
    public var markdownTable: String {
        var rows: [(group: String, keys: [String], help: String, names: [String])] = []
        for binding in bindings where !binding.keys.isEmpty {
            let keys = binding.keys.map { "`\(KeyName.label($0).replacingOccurrences(of: "|", with: "\\|"))`" }
            if let last = rows.last, last.group == binding.group, last.help == binding.help {
                rows[rows.count - 1].keys += keys
                rows[rows.count - 1].names.append("`\(binding.name)`")
            } else {
                rows.append((binding.group, keys, binding.help, ["`\(binding.name)`"]))
            }
        }
        var out = "| keys | action | config name |\n|---|---|---|\n"
        for (index, row) in rows.enumerated() {
            if index == 0 || rows[index - 1].group != row.group { out += "| **\(row.group)** | | |\n" }
            out += "| \(row.keys.joined(separator: " ")) | \(row.help) | \(row.names.joined(separator: " ")) |\n"
        }
        return out
    }
}
