import Foundation

/// Date parsing without formatters: ISO 8601 (JSON and XML exports) and RFC 5322 (mail).
enum Timestamps {
    /// `2021-04-03T16:16:02.000-05:00`, `2023-08-02T11:55:51Z`; nil when it is not that shape.
    static func iso8601(_ text: String) -> Date? {
        let b = Array(text.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var value = 0
            for i in from..<(from + count) {
                guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
                value = value * 10 + Int(b[i] - 0x30)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2) else { return nil }
        var i = 19
        var fraction = 0.0
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            var scale = 0.1
            while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { fraction += Double(b[i] - 0x30) * scale; scale /= 10; i += 1 }
        }
        var offset = 0
        if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
            let sign = b[i] == UInt8(ascii: "-") ? -1 : 1
            let hasColon = i + 3 < b.count && b[i + 3] == UInt8(ascii: ":")
            guard let h = number(i + 1, 2), let m = number(i + (hasColon ? 4 : 3), 2) else { return nil }
            offset = sign * (h * 3600 + m * 60)
        }
        return date(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offset: offset)
            .map { $0.addingTimeInterval(fraction) }
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// `Wed, 30 Jun 2010 15:55:58 -0500` (weekday optional, seconds optional, zone names UT/GMT/Z).
    static func rfc5322(_ text: String) -> Date? {
        var text = text
        return text.withUTF8(rfc5322)
    }

    /// On the bytes, a word at a time: a mailbox's every message has a date, and an array of its words and of its
    /// clock's numbers (two allocations) cost more than reading them.
    static func rfc5322(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        var words = Words(bytes: bytes)
        guard var first = words.next() else { return nil }
        // A weekday, in any language, is dropped: a word ending in a letter.
        if let last = first.last, Int(decimal: first) == nil,
           last < 0x80 ? last.isASCIILetter : String(decoding: first, as: UTF8.self).last?.isLetter == true {
            guard let next = words.next() else { return nil }
            first = next
        }
        guard let monthWord = words.next(), let yearWord = words.next(), let clockWord = words.next(),
              let day = Int(decimal: first),
              let monthIndex = months.firstIndex(where: { month in
                  monthWord.prefix(3).count == 3 && zip(monthWord.prefix(3), month.utf8).allSatisfy { $0 | 0x20 == $1 && $0.isASCIILetter }
              }),
              var year = Int(decimal: yearWord) else { return nil }
        if year < 50 { year += 2000 } else if year < 1000 { year += 1900 }
        // The clock's numbers between colons, pieces that are no number (or empty) skipped: the first three kept.
        var clock = (count: 0, values: SIMD3<Int>())
        var pieceStart = clockWord.startIndex
        while pieceStart <= clockWord.endIndex {
            let pieceEnd = clockWord[pieceStart...].firstIndex(of: UInt8(ascii: ":")) ?? clockWord.endIndex
            if let value = Int(decimal: clockWord[pieceStart..<pieceEnd]) {
                if clock.count < 3 { clock.values[clock.count] = value }
                clock.count += 1
            }
            pieceStart = pieceEnd + 1
        }
        guard clock.count >= 2 else { return nil }
        var offset = 0
        if let zoneWord = words.next(), let zone = zoneWord.first, zone == UInt8(ascii: "+") || zone == UInt8(ascii: "-"),
           let value = Int(decimal: zoneWord.dropFirst()), (0..<10_000).contains(value) {
            offset = (zone == UInt8(ascii: "-") ? -1 : 1) * ((value / 100) * 3600 + (value % 100) * 60)
        }
        return date(year: year, month: monthIndex + 1, day: day, hour: clock.values[0], minute: clock.values[1],
                    second: clock.count > 2 ? clock.values[2] : 0, offset: offset)
    }

    /// The words of a date, between spaces, tabs and commas, one at a time.
    private struct Words {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        mutating func next() -> Slice<UnsafeBufferPointer<UInt8>>? {
            func separates(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x2C }
            while index < bytes.count, separates(bytes[index]) { index += 1 }
            guard index < bytes.count else { return nil }
            let start = index
            while index < bytes.count, !separates(bytes[index]) { index += 1 }
            return bytes[start..<index]
        }
    }

    static func date(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, offset: Int) -> Date? {
        // Bounded fields keep the arithmetic below from overflowing on a header like `Date: 1 Jan 99999999999999999`.
        guard (0...9999).contains(year), (1...12).contains(month), (1...31).contains(day),
              (0...24).contains(hour), (0..<60).contains(minute), (0...60).contains(second) else { return nil }
        // Days from civil (Howard Hinnant's algorithm).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146097 + doe - 719468
        let seconds = days * 86400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}
