import Foundation
import Reader
import ThreadKit

/// What each keystroke costs on a big thread: `handle(event)`, the clock and rendering the grid, which is
/// everything between a key arriving and the backend copying changed cells to the screen. A search keystroke
/// answers at once with the prompt and "searching…"; when the matches come, after the search the driver runs
/// off the key path and the screen drawn with them, is timed apart ("matches arrive").
struct KeyLatency {
    /// Each key's times; `answersKey` is false for matches arriving, which no key waits for.
    private(set) var samples: [(label: String, samples: Samples, answersKey: Bool)] = []
    private let session: ReaderSession
    private let repeats: Int
    private let budget: Double

    static let searchWords = ["government", "правительство", "经济"]

    /// `/` and `word` typed key by key: the search prompt as a person fills it.
    static func searchPrompt(typing word: String) -> [InputEvent] {
        [.key(.character("/"))] + word.map { .key(.character($0)) }
    }

    init(thread: ThreadKit.Thread, repeats: Int, budget: Double) {
        session = .standard(thread)
        self.repeats = repeats
        self.budget = budget
        _ = session.grid
        measureAll()
    }

    private mutating func measureAll() {
        let key = { (name: Character) in InputEvent.key(.character(name)) }
        measure("j", [key("j")])
        measure("G / g", [key("G"), key("g")])
        measure("PgDn", [.key(.pageDown)])
        session.handle(key("g"))
        measure("Enter (fold/unfold)", [.key(.enter)])
        measure("C / E", [key("C"), key("E")])
        measure("f / Esc / j", [key("f"), .key(.escape), key("j")])
        measure("/ + word + Esc (each key)", Self.searchPrompt(typing: Self.searchWords[0]) + [.key(.escape)])
        // A query found nowhere scans every string to its end.
        measure("/ + absent word + Esc (each key)", Self.searchPrompt(typing: "qzxjv") + [.key(.escape)])
        // Enter after typing is where the whole thread is searched; typed anew each time.
        var enter = Samples()
        var next = Samples()
        for round in 0..<max(10, repeats / 10) {
            for event in Self.searchPrompt(typing: Self.searchWords[round % Self.searchWords.count]) {
                session.handle(event)
                _ = arrival()
            }
            enter.add(cost(.key(.enter)))
            for _ in 0..<5 { next.add(cost(key("n"))) }
        }
        samples += [("Enter (run search)", enter, true), ("n (next match)", next, true)]
        measure("resize", [.resize(width: 120, height: 40), .resize(width: 80, height: 24), .resize(width: 100, height: 30)])
    }

    static var table: MarkdownTable { MarkdownTable("key", "thread", "samples", "p50 ms", "p99 ms", "max ms", "p99 ≤ 16 ms") }

    /// A row of `table` per key.
    func add(to table: inout MarkdownTable, thread: String) {
        for (label, samples, answersKey) in samples {
            table.add(label, thread, String(samples.milliseconds.count), formatted(samples.median, digits: 3),
                      formatted(samples.percentile(99), digits: 3), formatted(samples.worst, digits: 3),
                      !answersKey ? "off the key path" : samples.percentile(99) <= 16 ? "yes" : "**no**")
        }
    }

    /// Replays `events` round after round, each event timed on its own, and the matches it waits for.
    private mutating func measure(_ label: String, _ events: [InputEvent]) {
        var all = Samples()
        var arrivals = Samples()
        let start = ContinuousClock.now
        for _ in 0..<repeats {
            for event in events {
                all.add(cost(event))
                if let milliseconds = arrival() { arrivals.add(milliseconds) }
            }
            if ContinuousClock.now - start > .seconds(budget), all.milliseconds.count >= 10 { break }
        }
        samples.append((label, all, true))
        if !arrivals.milliseconds.isEmpty { samples.append((label + ": matches arrive", arrivals, false)) }
    }

    /// As the event loop does: the event, the clock that reads comments on sight, the grid.
    private func cost(_ event: InputEvent) -> Double {
        milliseconds {
            session.handle(event)
            session.passTime(ProcessInfo.processInfo.systemUptime)
            _ = session.grid
        }
    }

    /// From a search asked for to the screen showing its matches: the search the driver runs off the key path
    /// (here on this thread, the key's own work being done), then the matches taken and the grid; nil when
    /// none was asked for.
    private func arrival() -> Double? {
        var searched = false
        let elapsed = milliseconds {
            searched = session.searchNow()
            session.passTime(ProcessInfo.processInfo.systemUptime)
            _ = session.grid
        }
        return searched ? elapsed : nil
    }
}
