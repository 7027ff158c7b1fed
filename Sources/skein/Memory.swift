import Foundation
import Reader
import Store
import ThreadKit

/// The reader's link to the state store: recalls each document's thread when it is whole (on the store's
/// queue), hands the recollections to the event loop, and passes read marks and positions back to be written.
final class Memory: @unchecked Sendable {
    let store: StateStore?
    private let lock = NSLock()
    private var arrived: [(document: Int, recollection: Recollection)] = []
    private var outstanding = 0
    /// The position last handed to the store: a key that does not move the selection writes nothing.
    private var recordedPosition: (document: Int, comment: Int32?)?

    init(store: StateStore?) {
        self.store = store
    }

    /// Asks the store about a document's thread; the answer comes through `takeArrived`.
    func recall(_ thread: ThreadKit.Thread, document: Int, path: String?) {
        guard let store, let given = path else { return }
        let path = standardized(given)
        lock.withLock { outstanding += 1 }
        store.recall(thread, document: document, path: path) { [self] recollection in
            lock.withLock {
                arrived.append((document, recollection))
                outstanding -= 1
            }
        }
    }

    /// A file's path as the store keeps it: absolute, or `-` for standard input.
    func standardized(_ path: String) -> String {
        path == "-" ? path : URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Whether recollections are still on their way, so the event loop wakes to take them in.
    var isWaiting: Bool { lock.withLock { outstanding > 0 || !arrived.isEmpty } }

    func takeArrived() -> [(document: Int, recollection: Recollection)] {
        lock.withLock {
            defer { arrived.removeAll() }
            return arrived
        }
    }

    /// What the reader did since the last call: read marks, where it is in the current document, and how it looks.
    func keep(from session: ReaderSession) {
        guard let store else { return }
        store.record(session.takeReadingChanges())
        if let change = session.takeViewChange() { store.recordView(document: change.document, change.view) }
        let position = (document: session.state.currentDocument, comment: session.state.document.cursor)
        if let recorded = recordedPosition, recorded.document == position.document, recorded.comment == position.comment { return }
        recordedPosition = position
        store.recordPosition(document: position.document, comment: position.comment)
    }

    func close() { store?.close() }
}
