import Foundation

/// Reading JSON sources: sniffing by content, parsing with errors a person can read, and typed field access.
enum JSONInput {
    /// How far into a file the sniffers look for telltale keys.
    static let sniffWindow = 256 * 1024

    static func startsLikeJSON(_ input: SourceText) -> Bool {
        let first = input.firstSignificantByte
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }

    /// True when every needle occurs in the first `sniffWindow` bytes (keys are given with their quotes).
    static func head(of input: SourceText, contains needles: [String]) -> Bool {
        let head = input.bytes.prefix(sniffWindow)
        return needles.allSatisfy { contains(Array($0.utf8), in: head) }
    }

    static func contains(_ needle: [UInt8], in bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var i = bytes.startIndex
        let last = bytes.endIndex - needle.count
        while i <= last {
            if bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// The whole input as one JSON value; truncated or too deeply nested input is `malformed`.
    static func parse(_ input: SourceText, format: String) throws -> Any {
        try parse(input.bytes[...], format: format)
    }

    static func parse(_ bytes: ArraySlice<UInt8>, format: String) throws -> Any {
        do {
            return try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "invalid JSON"
            throw ThreadError.malformed(format: format, reason: reason)
        }
    }

    /// Whether the bytes are one JSON document, or JSON lines.
    static func isJSON(_ input: SourceText) -> Bool {
        if (try? JSONSerialization.jsonObject(with: Data(input.bytes))) != nil { return true }
        let lines = input.bytes.split(separator: UInt8(ascii: "\n")).filter { !$0.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
        return !lines.isEmpty && lines.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0))) != nil }
    }
}

extension JSONInput {
    /// An id that may be a number or a string, as text.
    static func idText(_ value: Any) -> String? {
        switch value {
        case let text as String: return text
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }
}

typealias JSONObject = [String: Any]

extension Dictionary where Key == String, Value == Any {
    func string(_ key: String) -> String? { self[key] as? String }
    func object(_ key: String) -> JSONObject? { self[key] as? JSONObject }
    func array(_ key: String) -> [Any]? { self[key] as? [Any] }
    func objects(_ key: String) -> [JSONObject] { (self[key] as? [Any])?.compactMap { $0 as? JSONObject } ?? [] }

    func int(_ key: String) -> Int? {
        switch self[key] {
        case let number as NSNumber: return number.intValue
        case let text as String: return Int(text)
        default: return nil
        }
    }

    func double(_ key: String) -> Double? {
        switch self[key] {
        case let number as NSNumber: return number.doubleValue
        case let text as String: return Double(text)
        default: return nil
        }
    }

    /// Booleans as JSON gives them, or as the strings/numbers some exports use.
    func bool(_ key: String) -> Bool {
        switch self[key] {
        case let value as Bool: return value
        case let number as NSNumber: return number.boolValue
        case let text as String: return text == "true"
        default: return false
        }
    }

    /// An id that may be a number or a string, as text.
    func id(_ key: String) -> String? { self[key].flatMap(JSONInput.idText) }

    /// Seconds since 1970 (`created_utc`, `time`).
    func epochDate(_ key: String) -> Date? { double(key).map { Date(timeIntervalSince1970: $0) } }
    func isoDate(_ key: String) -> Date? { string(key).flatMap(Timestamps.iso8601) }
}
