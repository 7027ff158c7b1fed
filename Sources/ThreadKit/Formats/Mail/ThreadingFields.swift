import Foundation

/// What threading reads of a message's header, each field read from its value's bytes as it is met: in a mailbox
/// every message comes here, and a String made for each value (to be read into a hash or a date and dropped) was a
/// quarter of reading its header. The first of a field counts, as `MailHeaders`' subscript reads it.
struct ThreadingFields: Equatable {
    enum Field: Int, CaseIterable {
        case messageID, references, inReplyTo, subject, from, date, contentType, contentTransferEncoding

        /// The header's name for it, in small letters.
        var name: String { Self.names[rawValue] }

        private static let names = ["message-id", "references", "in-reply-to", "subject", "from", "date", "content-type",
                                    "content-transfer-encoding"]
    }

    var messageID: UInt64?
    var references: [UInt64] = []
    var inReplyTo: UInt64?
    var subject: String?
    var author: String?
    var date: Date?
    /// What Content-Type and Content-Transfer-Encoding say of the body (`showsItsBytes`); true where they are absent.
    private var isPlainText = true, isUnencoded = true
    /// The fields met, a bit each.
    private var met: UInt16 = 0

    /// From a mailbox's message: its header read on its bytes up to its first empty line.
    init(of message: ArraySlice<UInt8>, names: inout DisplayNames) {
        message.withUnsafeBufferPointer { bytes in
            MailHeaders.forEachThreadingField(in: bytes[...]) { field, value in read(field, value, names: &names) }
        }
    }

    /// From headers read as lines (a single message, a message read again for its body).
    init(_ headers: MailHeaders, names: inout DisplayNames) {
        for field in Field.allCases {
            guard var value = headers[field.name] else { continue }
            value.withUTF8 { read(field, $0, names: &names) }
        }
    }

    /// Whether every run of letters the body shows is in its bytes as it is: a plain-text body, not encoded
    /// (quoted-printable and base64 split and hide words) nor flowed with its spaces deleted (which joins the
    /// pieces of a word broken across lines; any `delsp` counts). Search then looks for a word there before
    /// reading the body.
    var showsItsBytes: Bool { isPlainText && isUnencoded }

    private mutating func read(_ field: Field, _ value: UnsafeBufferPointer<UInt8>, names: inout DisplayNames) {
        guard met & 1 << field.rawValue == 0 else { return }
        met |= 1 << field.rawValue
        switch field {
        case .messageID: messageID = MailHeaders.firstMessageID(in: value)
        case .references: references = MailHeaders.messageIDs(in: value)
        case .inReplyTo: inReplyTo = MailHeaders.firstMessageID(in: value)
        case .subject: subject = String(decoding: value, as: UTF8.self)
        case .from: author = names.name(in: value)
        case .date: date = Timestamps.rfc5322(value)
        case .contentType:
            let media = value[..<(value.firstIndex(of: UInt8(ascii: ";")) ?? value.endIndex)]
            isPlainText = ASCIIWord.is(ASCIIWord.blanksTrimmed(media), "text/plain") && !ASCIIWord.holds(value[...], "delsp")
        case .contentTransferEncoding:
            let word = ASCIIWord.blanksTrimmed(value[...])
            isUnencoded = ASCIIWord.is(word, "7bit") || ASCIIWord.is(word, "8bit") || ASCIIWord.is(word, "binary")
        }
    }
}
