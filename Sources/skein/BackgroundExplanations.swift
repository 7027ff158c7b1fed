import ThreadKit

/// The evidence the reader asks for with `w`: a document's file read again, on another thread, and
/// parsed with the evidence kept. Standard input is read once and not kept (a page piped in can be
/// large), so a thread from it has no explanation and says so.
struct BackgroundExplanations {
    typealias Outcome = Result<Explanation, any Error>

    private var running: [(document: Int, work: BackgroundWork<String, Outcome>)] = []

    var isEmpty: Bool { running.isEmpty }

    mutating func start(document: Int, path: String) {
        running.append((document, BackgroundWork(path, Self.explanation)))
    }

    /// The explanations worked out since the last call, with the documents they are for.
    mutating func takeFinished() -> [(document: Int, outcome: Outcome)] {
        var finished: [(document: Int, outcome: Outcome)] = []
        running.removeAll { job in
            guard let outcome = job.work.result else { return false }
            finished.append((job.document, outcome))
            return true
        }
        return finished
    }

    private static func explanation(of path: String) -> Outcome {
        Result {
            guard path != "-" else { throw Unavailable(description: "explanations need a file: standard input is read once and not kept") }
            let thread = try ThreadFile.parse(try ThreadFile.read(path), path: path, options: ParseOptions(explain: true))
            guard let explanation = thread.explanation else { throw Unavailable(description: "\(path): no longer a plain-text page") }
            return explanation
        }
    }

    private struct Unavailable: Error, CustomStringConvertible {
        let description: String
    }
}
