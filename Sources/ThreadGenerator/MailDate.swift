import Foundation

/// Mail dates in UTC, formatted by hand: DateFormatter would cost seconds over 100k messages.
enum MailDate {
    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Mon, 02 Jan 2023 15:04:05 +0000`
    static func header(_ date: Date) -> String {
        let t = parts(date)
        return "\(days[Int(t.tm_wday)]), \(two(t.tm_mday)) \(months[Int(t.tm_mon)]) \(t.tm_year + 1900) \(clock(t)) +0000"
    }

    /// `Mon Jan  2 15:04:05 2023`, the asctime form of an mbox `From ` line.
    static func separatorLine(_ date: Date) -> String {
        let t = parts(date)
        let day = t.tm_mday < 10 ? " \(t.tm_mday)" : "\(t.tm_mday)"
        return "\(days[Int(t.tm_wday)]) \(months[Int(t.tm_mon)]) \(day) \(clock(t)) \(t.tm_year + 1900)"
    }

    private static func parts(_ date: Date) -> tm {
        var seconds = time_t(date.timeIntervalSince1970)
        var result = tm()
        gmtime_r(&seconds, &result)
        return result
    }

    private static func clock(_ t: tm) -> String { "\(two(t.tm_hour)):\(two(t.tm_min)):\(two(t.tm_sec))" }
    private static func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
