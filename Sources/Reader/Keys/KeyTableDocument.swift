extension KeyMap {
    /// The key table as Markdown, for the README and `skein keys`; generated so the docs cannot drift.
    public var markdownTable: String {
        var out = "| keys | action | config name |\n|---|---|---|\n"
        var group = ""
        for binding in bindings where !binding.keys.isEmpty {
            if binding.group != group {
                out += "| **\(binding.group)** | | |\n"
                group = binding.group
            }
            let keys = binding.keys.map { "`\(KeyName.label($0).replacingOccurrences(of: "|", with: "\\|"))`" }
            out += "| \(keys.joined(separator: " ")) | \(binding.help) | `\(binding.name)` |\n"
        }
        return out
    }
}
