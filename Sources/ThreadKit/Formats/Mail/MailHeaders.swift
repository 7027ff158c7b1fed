/// The header block of a message or MIME part: unfolded, names compared without case.
struct MailHeaders {
    private(set) var fields: [(name: String, value: String)] = []

    /// Splits `lines` at the first empty line; header lines before it, the rest is the body.
    init(lines: ArraySlice<Substring>, bodyStart: inout Int) {
        var index = lines.startIndex
        // Read as UTF-8: a mailbox's every header line comes here, and its syntax is ASCII.
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        while index < lines.endIndex {
            let line = lines[index].utf8
            if line.isEmpty { index += 1; break }
            if index == lines.startIndex, line.starts(with: "From ".utf8) {
                // The mbox separator line is not a header.
            } else if let first = line.first, isBlank(first) {
                if !fields.isEmpty { fields[fields.count - 1].value += " " + Substring(line.drop(while: isBlank)) }
            } else if let colon = line.firstIndex(of: UInt8(ascii: ":")) {
                let name = String(Substring(line[..<colon])).lowercased()
                fields.append((name, String(Substring(line[line.index(after: colon)...].drop(while: isBlank)))))
            } else {
                break
            }
            index += 1
        }
        bodyStart = index
    }

    subscript(name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    /// A header line is `Name: value` with a name of printable ASCII, no spaces.
    static func isHeaderLine(_ line: Substring) -> Bool {
        guard let colon = line.firstIndex(of: ":"), colon > line.startIndex else { return false }
        return line[..<colon].utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
    }

    /// `<id@host>` tokens of Message-ID, In-Reply-To and References.
    static func messageIDs(in value: String?) -> [String] {
        guard let value else { return [] }
        var ids: [String] = []
        var rest = value.utf8[...]
        while let open = rest.firstIndex(of: UInt8(ascii: "<")), let close = rest[open...].firstIndex(of: UInt8(ascii: ">")) {
            let id = rest[rest.index(after: open)..<close]
            if !id.isEmpty { ids.append(String(Substring(id))) }
            rest = rest[rest.index(after: close)...]
        }
        return ids
    }

    /// The person in a `From:` value: display name, else the address.
    static func displayName(_ value: String) -> String? {
        let text = EncodedWords.decode(value).trimmingBlanks
        if let open = text.firstIndex(of: "<") {
            var name = text[..<open].trimmingBlanks
            if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 { name = String(name.dropFirst().dropLast()) }
            name = name.replacingOccurrences(of: "\\\"", with: "\"")
            if !name.isEmpty { return name }
            let address = text[text.index(after: open)...].prefix { $0 != ">" }
            return address.isEmpty ? nil : String(address)
        }
        // Old style: `address (Name)`.
        if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
            let name = text[text.index(after: open)..<close].trimmingBlanks
            if !name.isEmpty { return name }
            return text[..<open].trimmingBlanks
        }
        return text.isEmpty ? nil : text
    }

    /// A parameter of a structured header, e.g. `charset` or `boundary` of Content-Type.
    static func parameter(_ name: String, in value: String?) -> String? {
        guard let value else { return nil }
        for piece in value.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingBlanks.lowercased() == name else { continue }
            var result = pair[1].trimmingBlanks
            if result.hasPrefix("\""), result.hasSuffix("\""), result.count >= 2 { result = String(result.dropFirst().dropLast()) }
            return result
        }
        return nil
    }

    /// `text/plain; charset=...` → `text/plain`.
    static func mediaType(_ value: String?) -> String {
        (value?.split(separator: ";").first.map { $0.trimmingBlanks.lowercased() }) ?? "text/plain"
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    var trimmingBlanks: String {
        var s = self[...]
        while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
        return String(s)
    }
}
