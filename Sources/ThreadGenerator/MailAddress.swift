import Foundation

/// A commenter as a mail sender: a stable made-up address and an RFC 2047 display name.
struct MailAddress {
    let email: String
    let header: String

    init(name: String?) {
        guard let name else {
            email = "anonymous@example.invalid"
            header = email
            return
        }
        let ascii = String(name.lowercased().unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) })
        // FNV-1a of the name keeps addresses distinct when the ASCII part is empty (王伟) or shared.
        var hash: UInt32 = 2_166_136_261
        for byte in name.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        email = (ascii.isEmpty ? "user" : ascii) + "." + String(hash % 100_000) + "@example.invalid"
        header = Self.encodedWord(name) + " <" + email + ">"
    }

    /// Non-ASCII header text as `=?UTF-8?B?...?=`; plain ASCII as is.
    static func encodedWord(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !$0.isASCII }) else { return text }
        return "=?UTF-8?B?" + Data(text.utf8).base64EncodedString() + "?="
    }
}
