/// Most comments are plain prose with no Markdown at all; for them the paragraphs are read straight from the
/// bytes (blank lines apart, lines joined by a space, as cmark-gfm would), which is many times faster than
/// building and walking a cmark tree. Anything that could be markup goes to cmark-gfm instead.
enum PlainParagraphs {
    static func body(_ source: String) -> Body? {
        var source = source
        return source.withUTF8 { bytes -> Body? in
            guard !bytes.isEmpty, !mayHoldMarkup(bytes) else { return bytes.isEmpty ? Body() : nil }
            var blocks: [Block] = []
            var paragraph: [UInt8] = []
            var index = 0
            while index < bytes.count {
                var end = index
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                var start = index, stop = end
                while start < stop, bytes[start] == 0x20 || bytes[start] == 0x0D { start += 1 }
                while stop > start, bytes[stop - 1] == 0x20 || bytes[stop - 1] == 0x0D { stop -= 1 }
                if start == stop {
                    if !paragraph.isEmpty { blocks.append(.paragraph(String(decoding: paragraph, as: UTF8.self))) }
                    paragraph.removeAll(keepingCapacity: true)
                } else {
                    if !paragraph.isEmpty { paragraph.append(0x20) }
                    paragraph.append(contentsOf: bytes[start..<stop])
                }
                index = end + 1
            }
            if !paragraph.isEmpty { blocks.append(.paragraph(String(decoding: paragraph, as: UTF8.self))) }
            return Body(blocks: blocks)
        }
    }

    /// A byte that Markdown (or Reddit's additions, or an autolink's `:`) could give a meaning to, a line that
    /// could open a list, heading, rule or code block, or two spaces before a line end (a hard break).
    private static func mayHoldMarkup(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var lineStart = true
        for index in bytes.indices {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: "~"),
                 UInt8(ascii: "^"), UInt8(ascii: "!"), UInt8(ascii: "&"), UInt8(ascii: "\\"), UInt8(ascii: ":"), 0x09:
                return true
            case 0x0A:
                if index >= 2, bytes[index - 1] == 0x20, bytes[index - 2] == 0x20 { return true }
                lineStart = true
                continue
            case UInt8(ascii: " ") where lineStart:
                // Four spaces open a code block; fewer before a marker are checked on the next byte.
                if index + 3 < bytes.count, bytes[index + 1] == 0x20, bytes[index + 2] == 0x20, bytes[index + 3] == 0x20 { return true }
                continue
            case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if lineStart { return true }
            case UInt8(ascii: "w"), UInt8(ascii: "W"):
                // cmark-gfm links `www.` without a scheme.
                if index + 3 < bytes.count, bytes[index + 1] | 0x20 == UInt8(ascii: "w"), bytes[index + 2] | 0x20 == UInt8(ascii: "w"),
                   bytes[index + 3] == UInt8(ascii: ".") { return true }
            default:
                break
            }
            lineStart = false
        }
        return false
    }
}
