import ArgumentParser
import Foundation
import Reader
import Store
import ThreadGenerator
import ThreadKit

/// The state store at library scale: indexing a folder of generated threads (Reddit JSON), searching it, and
/// what remembering adds to opening a known large thread again. Prints a Markdown table.
struct LibraryBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "library",
                                                    abstract: "Index a library of generated threads, search it, reopen a large known thread.")

    @Option(help: "Threads in the library.") var threads = 1000
    @Option(help: "Comments in each thread.") var comments = 1000
    @Option(help: "Comments in the large thread that is opened again.") var large = 100_000
    @Option(help: "Where the library and its store are written (emptied first).") var outDir = "bench-out/library"

    func run() throws {
        let folder = URL(fileURLWithPath: outDir)
        try? FileManager.default.removeItem(at: folder)
        let shelf = folder.appendingPathComponent("threads")
        try FileManager.default.createDirectory(at: shelf, withIntermediateDirectories: true)
        for number in 0..<threads {
            let thread = ThreadGenerator.thread(comments: comments, seed: UInt64(number + 1))
            try Data(OutputFormat.reddit.render(thread).utf8).write(to: shelf.appendingPathComponent("thread-\(number).json"))
        }
        let environment = ["XDG_STATE_HOME": folder.appendingPathComponent("state").path, "HOME": folder.path]
        guard let store = StateStore.open(disabled: false, environment: environment).store else { throw ValidationError("no store") }
        let files = try FileManager.default.contentsOfDirectory(atPath: shelf.path).map { shelf.appendingPathComponent($0).path }.sorted()

        let indexing = seconds {
            for path in files {
                let attributes = try? FileManager.default.attributesOfItem(atPath: path)
                _ = store.index(path: path, size: (attributes?[.size] as? NSNumber)?.int64Value ?? 0,
                                modified: (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0) { try? ThreadFile.load(path) }
            }
        }
        let again = seconds {
            for path in files {
                let attributes = try? FileManager.default.attributesOfItem(atPath: path)
                _ = store.index(path: path, size: (attributes?[.size] as? NSNumber)?.int64Value ?? 0,
                                modified: (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0) { try? ThreadFile.load(path) }
            }
        }
        store.close()
        let storeBytes = ["", "-wal"].reduce(0) { total, suffix in
            total + ((try? FileManager.default.attributesOfItem(atPath: StateStore.location(environment: environment) + suffix)[.size] as? NSNumber)?.intValue ?? 0)
        }
        let words = ["argument", "economy", "history", "answer", "price", "\"study which\""]
        var searchTimes: [Double] = []
        var found = 0
        for word in words + words {
            searchTimes.append(seconds { found += store.search(word, in: files).count })
        }
        searchTimes.sort()

        // A large thread opened a first and a second time: what the recollection costs on the way to its first screen.
        // As Reddit JSON its comments carry their ids; as a page they are known by author and words, all hashed.
        let generated = ThreadGenerator.thread(comments: large, seed: 7)
        let reddit = try ThreadFile.parse(Array(OutputFormat.reddit.render(generated).utf8), path: "large.json")
        func recallTimes(_ thread: ThreadKit.Thread, path: String) -> [Double] {
            (0..<3).map { _ in
                let done = DispatchSemaphore(value: 0)
                return seconds {
                    store.recall(thread, document: 0, path: path) { _ in done.signal() }
                    done.wait()
                }
            }
        }
        let recalled = [("Reddit JSON", recallTimes(reddit, path: "/bench/large.json")),
                        ("page", recallTimes(generated, path: "/bench/large.txt"))]
        store.close()

        print("| measure | value |")
        print("|---|---|")
        print("| library | \(threads) threads × \(comments) comments = \(threads * comments) comments |")
        print("| first indexing | \(format(indexing)) s (\(format(Double(threads * comments) / indexing, digits: 0)) comments/s) |")
        print("| indexing again, nothing changed | \(format(again)) s |")
        print("| store size | \(storeBytes / 1_000_000) MB |")
        print("| search, median of \(searchTimes.count) (\(found) hits in all) | \(format(searchTimes[searchTimes.count / 2] * 1000)) ms (slowest \(format(searchTimes.last! * 1000)) ms) |")
        for (kind, times) in recalled {
            print("| recall of a \(large)-comment thread (\(kind)): first opening | \(format(times[0] * 1000)) ms |")
            print("| … opened again (known) | \(format(times[1] * 1000)) ms, \(format(times[2] * 1000)) ms |")
        }
    }

    private func seconds(_ work: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    private func format(_ value: Double, digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }
}
