import Reader
import Synchronization

/// The search the reader waits for, run on another thread (and from there on every core) while keys go on being
/// read: on a large thread finding every match takes longer than a keystroke may. A newer request stops the one
/// before it, whose matches the reader would drop anyway.
struct BackgroundSearch {
    private var running: (request: SearchRequest, work: BackgroundWork<SearchRequest, [SearchMatch]?>, stop: StopFlag)?

    var isEmpty: Bool { running == nil }

    mutating func start(_ request: SearchRequest) {
        stop()
        let flag = StopFlag()
        running = (request, BackgroundWork(request) { $0.matches(stoppingWhen: { flag.isRaised }) }, flag)
    }

    /// Stops the search running, if any: the reader waits for it no more.
    mutating func stop() {
        running?.stop.raise()
        running = nil
    }

    /// The matches found since the last call, with the request they answer.
    mutating func takeFinished() -> (request: SearchRequest, matches: [SearchMatch])? {
        guard let running, let outcome = running.work.result else { return nil }
        self.running = nil
        return outcome.map { (running.request, $0) }
    }
}

/// Raised once to tell work on other threads to stop.
final class StopFlag: Sendable {
    private let raised = Atomic(false)

    func raise() { raised.store(true, ordering: .relaxed) }
    var isRaised: Bool { raised.load(ordering: .relaxed) }
}
