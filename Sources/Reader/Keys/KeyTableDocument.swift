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

extension KeyMap {
    /// The same table as a KEYS section of the man page (mdoc), made from the same bindings.
    public var manualSection: String {
        var out = ".Sh KEYS\nThe reader's keys, as\n.Ql \\&?\nshows them; rebind them in the key file (see\n.Sx FILES ) .\n"
        var group: String?
        for binding in bindings where !binding.keys.isEmpty {
            if binding.group != group {
                if group != nil { out += ".El\n" }
                out += ".Ss \(Self.manualText(binding.group))\n.Bl -tag -width Ds\n"
                group = binding.group
            }
            out += ".It " + binding.keys.map { "Li \(Self.manualText(KeyName.label($0)))" }.joined(separator: " , ") + "\n"
            out += Self.manualText(binding.help) + " (\(binding.name))\n"
        }
        if group != nil { out += ".El\n" }
        return out
    }

    /// Text safe in mdoc: backslashes escaped, a leading dot or quote kept from reading as a request.
    private static func manualText(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\e")
        return escaped.first == "." || escaped.first == "'" ? "\\&" + escaped : escaped
    }
}
