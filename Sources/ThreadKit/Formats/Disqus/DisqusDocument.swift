import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The parts of a Disqus XML export skein reads: threads, and posts that point at their thread and parent.
struct DisqusDocument {
    struct ThreadEntry {
        var dsqID = ""
        var identifier: String?
        var title: String?
        var link: String?
        var message: String?
    }

    struct Post {
        var dsqID = ""
        var threadID = ""
        var parentID: String?
        var message = ""
        var author: String?
        var date: Date?
        /// Deleted or spam: left out of the thread.
        var hidden = false
    }

    var threads: [ThreadEntry] = []
    var posts: [Post] = []

    init(_ input: SourceText, format: String) throws {
        let reader = Reader()
        let parser = XMLParser(data: Data(Self.givingDataToProcessingInstructions(Self.declaringUTF8(input.bytes))))
        parser.delegate = reader
        guard parser.parse() else {
            let reason = parser.parserError.map { "\($0.localizedDescription) at line \(parser.lineNumber)" } ?? "invalid XML"
            throw ThreadError.malformed(format: format, reason: reason)
        }
        // XMLParser on Linux can accept a file cut short; an unclosed root means it was.
        guard reader.closedRoot else {
            throw ThreadError.malformed(format: format, reason: "the file ends before </disqus> (truncated?)")
        }
        threads = reader.threads
        posts = reader.posts
    }

    /// The text is UTF-8 by now (`SourceText` decoded a legacy charset): an XML declaration naming another
    /// encoding (`windows-1252`) would make the XML parser decode it a second time ("CafÃ©").
    static func declaringUTF8(_ bytes: [UInt8]) -> [UInt8] {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard bytes[start...].starts(with: Array("<?xml".utf8)),
              let end = bytes[start...].firstIndex(of: UInt8(ascii: ">")) else { return bytes }
        let declaration = String(decoding: bytes[start...end], as: UTF8.self)
        guard let key = declaration.range(of: "encoding="), let quote = declaration[key.upperBound...].first,
              quote == "\"" || quote == "'",
              let close = declaration[declaration.index(after: key.upperBound)...].firstIndex(of: quote) else { return bytes }
        let rewritten = declaration[..<key.upperBound] + "\(quote)UTF-8" + declaration[close...]
        return Array(bytes[..<start]) + Array(rewritten.utf8) + Array(bytes[(end + 1)...])
    }

    /// `<?target?>` becomes `<?target ?>`: libxml2 passes a processing instruction without data on as
    /// NULL, and Foundation's XMLParser on Linux crashes reading it; with the space the data is empty.
    /// Every `<?` is looked at, even inside another that is not well formed (`<?<?x?>x?>`): libxml2
    /// recovers from the outer one and reads the inner.
    static func givingDataToProcessingInstructions(_ bytes: [UInt8]) -> [UInt8] {
        let (open, question, close) = (UInt8(ascii: "<"), UInt8(ascii: "?"), UInt8(ascii: ">"))
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var copied = 0
        for i in bytes.indices.dropLast() where bytes[i] == open && bytes[i + 1] == question {
            var end = i + 2 // just past the target's name
            while end < bytes.count, bytes[end] > 0x20, bytes[end] != question, bytes[end] != close, bytes[end] != open {
                end += 1
            }
            guard end + 1 < bytes.count, bytes[end] == question, bytes[end + 1] == close else { continue }
            out.append(contentsOf: bytes[copied..<end])
            out.append(0x20)
            copied = end
        }
        out.append(contentsOf: bytes[copied...])
        return out
    }

    /// Collects threads and posts; only elements directly inside `<thread>`/`<post>` (and `<author>`) count.
    private final class Reader: NSObject, XMLParserDelegate {
        var threads: [ThreadEntry] = []
        var posts: [Post] = []
        var path: [String] = []
        var text = ""
        var closedRoot = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let dsqID = attributes["dsq:id"] ?? attributes["id"]
            // A `<post>` anywhere but directly inside `<disqus>` started no post to fill in.
            let inPost = path.suffix(2) == ["disqus", "post"]
            switch (path.last, name) {
            case ("disqus", "thread"): threads.append(ThreadEntry(dsqID: dsqID ?? ""))
            case ("disqus", "post"): posts.append(Post(dsqID: dsqID ?? ""))
            case ("post", "thread") where inPost: posts[posts.count - 1].threadID = dsqID ?? ""
            case ("post", "parent") where inPost: posts[posts.count - 1].parentID = dsqID
            default: break
            }
            path.append(name)
            text = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, foundCDATA block: Data) { text += String(decoding: block, as: UTF8.self) }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            path.removeLast()
            if path.isEmpty { closedRoot = true }
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            switch (path.count >= 2 ? path[path.count - 2] : nil, path.last, name) {
            case ("disqus", "thread", "id"): threads[threads.count - 1].identifier = value.isEmpty ? nil : value
            case ("disqus", "thread", "title"): threads[threads.count - 1].title = value.isEmpty ? nil : value
            case ("disqus", "thread", "link"): threads[threads.count - 1].link = value.isEmpty ? nil : value
            case ("disqus", "thread", "message"): threads[threads.count - 1].message = value
            case ("disqus", "post", "message"): posts[posts.count - 1].message = value
            case ("disqus", "post", "createdAt"): posts[posts.count - 1].date = Timestamps.iso8601(value)
            case ("disqus", "post", "isDeleted"), ("disqus", "post", "isSpam"):
                if value == "true" { posts[posts.count - 1].hidden = true }
            case ("post", "author", "name") where path.dropLast(2).last == "disqus": posts[posts.count - 1].author = value.isEmpty ? nil : value
            default: break
            }
            text = ""
        }
    }
}
