import ArgumentParser
import Foundation
import ThreadKit

struct Threads: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "threads",
        abstract: "List the threads in a file that holds several (a Disqus export); open one with --thread ID."
    )

    @Argument(help: "A Disqus XML export.", completion: .file())
    var file: String

    func run() throws {
        // Reading errors name the file themselves; what is said about its content needs the name added.
        let bytes: [UInt8]
        do { bytes = try ThreadFile.read(file) } catch { fail("\(error)") }
        do {
            let input = try SourceText(bytes: bytes)
            guard try FormatDetector.format(for: input) == DisqusExport.self else {
                fail("\(file): holds a single thread; open it with 'skein \(file)'")
            }
            for thread in try DisqusExport.threads(in: input).sorted(by: { $0.postCount > $1.postCount }) {
                print("\(thread.id)\t\(thread.postCount) post\(thread.postCount == 1 ? "" : "s")\t\(thread.title ?? "(untitled)")\t\(thread.link ?? "")")
            }
        } catch {
            fail("\(file): \(error)")
        }
    }
}
