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

    /// `body` with each field threading reads and its value's bytes (a folded value's lines joined), from a message's
    /// bytes as `init(lines:bodyStart:)` reads them, up to the header's end (its first empty line): a mailbox's every
    /// message comes here, and the fields it leaves (Received, DKIM-Signature, List-*) are most of a header.
    static func forEachThreadingField(in header: Slice<UnsafeBufferPointer<UInt8>>,
                                      _ body: (ThreadingFields.Field, UnsafeBufferPointer<UInt8>) -> Void) {
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        // The kept field being read: its value's bytes on its first line, and its folded lines joined, if it has more.
        var field: ThreadingFields.Field?
        var value = header.startIndex..<header.startIndex
        var folded: [UInt8]?
        func keep() {
            guard let field else { return }
            if let folded { folded.withUnsafeBufferPointer { body(field, $0) } } else { body(field, UnsafeBufferPointer(rebasing: header[value])) }
        }
        var lineStart = header.startIndex
        while lineStart < header.endIndex {
            let lineEnd = header.base.firstOffset(of: 0x0A, in: lineStart..<header.endIndex) ?? header.endIndex
            let line = header[lineStart..<lineEnd]
            guard let first = line.first else { break }
            if lineStart == header.startIndex, line.starts(with: "From ".utf8) {
                // The mbox separator line is not a header.
            } else if isBlank(first) {
                if field != nil {
                    if folded == nil {
                        // Room for the rest of the header at once: a long References grows line by line otherwise.
                        folded = []
                        folded!.reserveCapacity(header.endIndex - value.lowerBound)
                        folded! += header[value]
                    }
                    folded!.append(0x20)
                    folded! += line.drop(while: isBlank)
                }
            } else if let colon = line.firstIndex(of: UInt8(ascii: ":")) {
                keep()
                field = threadingField(named: line[..<colon])
                value = (line[(colon + 1)...].firstIndex { !isBlank($0) } ?? lineEnd)..<lineEnd
                folded = nil
            } else {
                break
            }
            lineStart = lineEnd + 1
        }
        keep()
    }

    /// The threading field a name is, in any case; a name not in ASCII is lower-cased as `init(lines:)` does.
    private static func threadingField(named bytes: Slice<UnsafeBufferPointer<UInt8>>) -> ThreadingFields.Field? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            let lowercased = String(decoding: bytes, as: UTF8.self).lowercased()
            return ThreadingFields.Field.allCases.first { $0.name == lowercased }
        }
        // Told apart by length and first letter, compared whole only then: every line of every header comes here.
        guard let first = bytes.first, bytes.count < 256 else { return nil }
        let key = UInt16(bytes.count) << 8 | UInt16(first | 0x20)
        return threadingFieldKeys.indices.first { field in
            threadingFieldKeys[field] == key
                && zip(bytes, threadingFieldBytes[field]).allSatisfy { $0 | ($0 >= 0x41 && $0 <= 0x5A ? 0x20 : 0) == $1 }
        }.flatMap(ThreadingFields.Field.init(rawValue:))
    }

    private static let threadingFieldBytes = ThreadingFields.Field.allCases.map { Array($0.name.utf8) }
    /// Each field's name's length and first letter, as `threadingField(named:)` keys a name.
    private static let threadingFieldKeys = threadingFieldBytes.map { UInt16($0.count) << 8 | UInt16($0[0]) }

    subscript(name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    /// A header line is `Name: value` with a name of printable ASCII, no spaces.
    static func isHeaderLine(_ line: Substring) -> Bool {
        guard let colon = line.firstIndex(of: ":"), colon > line.startIndex else { return false }
        return line[..<colon].utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
    }

    /// Hashes (`fnv1a`) of the `<id@host>` tokens of Message-ID, In-Reply-To and References, taken from the value's
    /// bytes: a long thread's every message names every ancestor, no String made for each.
    static func messageIDs(in value: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        var ids: [UInt64] = []
        forEachMessageID(in: value) { ids.append($0); return true }
        return ids
    }

    /// The first of them, with no array made: a Message-ID or In-Reply-To names one.
    static func firstMessageID(in value: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var first: UInt64?
        forEachMessageID(in: value) { first = $0; return false }
        return first
    }

    /// `body` with the hash of each id in turn, until it returns false.
    private static func forEachMessageID(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Bool) {
        var index = 0
        while let open = bytes.firstOffset(of: UInt8(ascii: "<"), in: index..<bytes.count),
              let close = bytes.firstOffset(of: UInt8(ascii: ">"), in: open..<bytes.count) {
            if close > open + 1, !body(UnsafeBufferPointer(rebasing: bytes[(open + 1)..<close]).fnv1a) { return }
            index = close + 1
        }
    }

    /// The person in a `From:` value: display name, else the address.
    static func displayName(_ value: String) -> String? {
        let text = EncodedWords.decode(value).trimmingBlanks
        // Found on the bytes: a Character search reads every grapheme of the name before it.
        if let open = text.utf8.firstIndex(of: UInt8(ascii: "<")) {
            var name = text[..<open].trimmingBlanks
            if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 { name = String(name.dropFirst().dropLast()) }
            if name.utf8.contains(UInt8(ascii: "\\")) { name = name.replacingOccurrences(of: "\\\"", with: "\"") }
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
    /// On the bytes: every header value a mailbox threads by is trimmed, and reading Characters from each end was
    /// most of it.
    var trimmingBlanks: String {
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        // A native string's bytes through a pointer: a String's UTF-8 view steps index by index at many times the cost.
        if let trimmed = utf8.withContiguousStorageIfAvailable({ bytes in
            var start = 0, end = bytes.count
            while start < end, isBlank(bytes[start]) { start += 1 }
            while end > start, isBlank(bytes[end - 1]) { end -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }) {
            return trimmed
        }
        let bytes = utf8
        var start = bytes.startIndex
        while start < bytes.endIndex, isBlank(bytes[start]) { start = bytes.index(after: start) }
        // Forward to the end of the last byte that is no blank: a generic string's UTF-8 view only steps forward.
        var end = start, index = start
        while index < bytes.endIndex {
            let byte = bytes[index]
            index = bytes.index(after: index)
            if !isBlank(byte) { end = index }
        }
        return String(self[start..<end])
    }
}
