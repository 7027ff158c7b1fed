import Glibc

/// The names already read from `From:` values, each by the value's bytes: a mailbox's senders write again and
/// again, and decoding a name's encoded words each time was a quarter of reading a message's headers. The
/// messages of one sender then share one String.
struct DisplayNames {
    private var known: [Int: (from: [UInt8], name: String?)] = [:]

    /// `MailHeaders.displayName` of the `From:` value, read once for each value met.
    mutating func name(in from: UnsafeBufferPointer<UInt8>) -> String? {
        // Hashed a word at a time (FNV-1a goes a byte at a time): the key lives only as long as the parse.
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(from))
        let key = hasher.finalize()
        // The bytes are compared, not Strings: values canonically equal but written apart are read apart.
        if let entry = known[key], entry.from.count == from.count,
           from.isEmpty || entry.from.withUnsafeBytes({ memcmp($0.baseAddress!, from.baseAddress!, from.count) == 0 }) {
            return entry.name
        }
        let name = MailHeaders.displayName(String(decoding: from, as: UTF8.self))
        known[key] = (Array(from), name)
        return name
    }
}
