import Foundation

/// One mail message: the headers threading needs and the readable text of its body, as blocks
/// (made here, per message, so a mailbox's bodies never exist as text and as blocks at once).
struct MailMessage {
    /// Message-IDs are kept as 64-bit hashes: threading only asks which IDs are equal, and a long
    /// thread's References (every ancestor's ID, in every message) as Strings cost more than its text.
    /// A collision could hang one message under the wrong parent; it is never a crash.
    var messageID: UInt64?
    /// Ancestors, oldest first: `References`, then `In-Reply-To` if References lacks it.
    var ancestors: [UInt64]
    /// As the header gives it: read (`EncodedWords`) only for the one that titles the thread.
    var subject: String?
    var author: String?
    var date: Date?
    var body = Body()
    /// In a mailbox, the body is read from the file when first asked for, not here.
    var deferredBody: DeferredBody?

    /// How deep multipart nesting is followed; deeper parts are ignored.
    static let maximumPartDepth = 8

    init(lines: ArraySlice<Substring>) {
        var bodyStart = lines.startIndex
        let headers = MailHeaders(lines: lines, bodyStart: &bodyStart)
        self.init(headers: headers)
        body = Self.readableBody(headers: headers, body: lines[bodyStart...], depth: 0) ?? Body()
    }

    /// What threading needs: ids, subject, author and date; the body is left to read.
    init(headers: MailHeaders) {
        var names = DisplayNames()
        self.init(ThreadingFields(headers, names: &names))
    }

    init(_ fields: ThreadingFields) {
        messageID = fields.messageID
        var ancestors = fields.references
        if let inReplyTo = fields.inReplyTo, ancestors.last != inReplyTo {
            ancestors.removeAll { $0 == inReplyTo }
            ancestors.append(inReplyTo)
        }
        self.ancestors = ancestors
        subject = fields.subject
        author = fields.author
        date = fields.date
    }

    /// The body's blocks: for multipart, the first text/plain part's (else the first text/html part's).
    static func readableBody(headers: MailHeaders, body: ArraySlice<Substring>, depth: Int) -> Body? {
        let contentType = headers["content-type"]
        let media = MailHeaders.mediaType(contentType)
        if media.hasPrefix("multipart/") {
            guard depth < maximumPartDepth, let boundary = MailHeaders.parameter("boundary", in: contentType) else { return nil }
            let parts = split(body, boundary: boundary).map { part -> (MailHeaders, ArraySlice<Substring>) in
                var start = part.startIndex
                let headers = MailHeaders(lines: part, bodyStart: &start)
                return (headers, part[start...])
            }
            let inline = parts.filter { !($0.0["content-disposition"]?.lowercased().hasPrefix("attachment") ?? false) }
            for (partHeaders, partBody) in inline where MailHeaders.mediaType(partHeaders["content-type"]).hasPrefix("multipart/")
                || MailHeaders.mediaType(partHeaders["content-type"]) == "text/plain" {
                if let text = readableBody(headers: partHeaders, body: partBody, depth: depth + 1) { return text }
            }
            for (partHeaders, partBody) in inline where MailHeaders.mediaType(partHeaders["content-type"]) == "text/html" {
                return readableBody(headers: partHeaders, body: partBody, depth: depth + 1)
            }
            return nil
        }
        guard media.hasPrefix("text/") else { return nil }
        let text = decoded(body, headers: headers)
        if media == "text/html" { return HTML.body(text) }
        let isFlowed = MailHeaders.parameter("format", in: contentType)?.lowercased() == "flowed"
        let deletesSpace = MailHeaders.parameter("delsp", in: contentType)?.lowercased() == "yes"
        return Body(blocks: MailBody.blocks(from: text, flowed: isFlowed ? MailBody.Flowed(deletesSpace: deletesSpace) : nil))
    }

    /// The part's lines between `--boundary` lines, up to `--boundary--`.
    static func split(_ body: ArraySlice<Substring>, boundary: String) -> [ArraySlice<Substring>] {
        let open = "--" + boundary, close = "--" + boundary + "--"
        var parts: [ArraySlice<Substring>] = []
        var start: Int?
        for index in body.indices {
            let line = body[index].trimmingBlanks
            guard line == open || line == close else { continue }
            if let partStart = start { parts.append(body[partStart..<index]) }
            if line == close { return parts }
            start = index + 1
        }
        if let partStart = start { parts.append(body[partStart...]) }
        return parts
    }

    /// Undoes the transfer encoding; encoded bytes are read in the part's charset. Unencoded text is
    /// already UTF-8 (SourceText repaired it), so its charset is not applied again.
    static func decoded(_ body: ArraySlice<Substring>, headers: MailHeaders) -> String {
        let charset = MailHeaders.parameter("charset", in: headers["content-type"])
        let joined = body.joined(separator: "\n")
        switch headers["content-transfer-encoding"]?.trimmingBlanks.lowercased() {
        case "quoted-printable": return TransferEncoding.text(TransferEncoding.quotedPrintable(joined.utf8), charset: charset)
        case "base64": return TransferEncoding.text(TransferEncoding.base64(joined.utf8), charset: charset)
        default: return joined
        }
    }
}
