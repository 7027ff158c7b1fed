import ThreadKit

/// What the executable drives: feed it input events, perform the effects it returns, draw its grid.
public final class ReaderSession {
    public private(set) var state: ReaderState

    public init(documents: [(name: String, thread: ThreadKit.Thread)], previews: Set<Int> = [], summaries: [Int: String] = [:], themes: [Theme],
                themeIndex: Int = 0, size: (width: Int, height: Int), keyMap: KeyMap = .standard,
                options: ReaderOptions = ReaderOptions(), notice: String? = nil) {
        state = ReaderState(documents: documents, previews: previews, themes: themes, themeIndex: themeIndex,
                            width: size.width, height: size.height, keyMap: keyMap, options: options)
        state.notice = notice
        for (document, summary) in summaries where state.documents.indices.contains(document) { state.documents[document].summary = summary }
        _ = reduce(&state, .resize(width: size.width, height: size.height))
    }

    /// Applies one input event; returns the effect the driver must perform, if any.
    @discardableResult
    public func handle(_ event: InputEvent) -> Effect? {
        // A notice is read until the next key, as less and vi do.
        if case .key = event { state.notice = nil }
        guard let action = state.keyMap.action(for: event, in: state.inputMode) else { return nil }
        return reduce(&state, action)
    }

    /// Puts the whole thread in place of a document's preview.
    public func load(document: Int, thread: ThreadKit.Thread) {
        _ = reduce(&state, .loaded(document: document, thread: thread))
    }

    /// Takes in the evidence `Effect.explain` asked for, or the reason there is none.
    public func explained(document: Int, _ outcome: Result<Explanation, any Error>) {
        switch outcome {
        case .success(let explanation): _ = reduce(&state, .explained(document: document, explanation: explanation))
        case .failure(let error): _ = reduce(&state, .explanationUnavailable(document: document, reason: "\(error)"))
        }
    }

    /// Takes in what a store remembers of a document's thread (read and new comments, the last selection).
    public func recall(_ recollection: Recollection, document: Int) {
        _ = reduce(&state, .recalled(document: document, recollection: recollection))
        // What is kept of its view from now on is what changes after this.
        viewStamps[document] = viewStamp(of: document)
    }

    /// The view of the document on screen (folds, filter, theme) when it changed since the last call, for the
    /// driver to store; nothing for a document the store has not answered for, as it would not know it.
    public func takeViewChange() -> (document: Int, view: RememberedView)? {
        let document = state.currentDocument
        guard let last = viewStamps[document], last != viewStamp(of: document) else { return nil }
        viewStamps[document] = viewStamp(of: document)
        return (document, state.rememberedView)
    }

    private struct ViewStamp: Equatable {
        var folds: Int, filter: Int, theme: Int
    }

    private var viewStamps: [Int: ViewStamp] = [:]

    private func viewStamp(of document: Int) -> ViewStamp {
        ViewStamp(folds: state.documents[document].foldGeneration, filter: state.authors.generation, theme: state.themeIndex)
    }

    /// Tells the reader the time, after each event and when `nextReadingDeadline` comes.
    public func passTime(_ now: Double) {
        _ = reduce(&state, .clock(now: now))
    }

    /// Read marks set or cleared since the last call, for the driver to store.
    public func takeReadingChanges() -> [ReadingChange] {
        defer { state.readingChanges.removeAll() }
        return state.readingChanges
    }

    /// Every bookmark, as the store has them now.
    public func setBookmarks(_ bookmarks: [Bookmark]) {
        state.bookmarks = bookmarks
    }

    /// What the store's index found for `Effect.searchLibrary(query)`.
    public func found(_ hits: [SearchHit], for query: String) {
        _ = reduce(&state, .foundInLibrary(query: query, hits: hits))
    }

    /// The search the reader now waits for, given once: finding its matches reads the whole thread, so the driver
    /// runs it off the key path and answers with `found(_:for:)`.
    public func takeSearchRequest() -> SearchRequest? {
        guard let awaited = state.search.awaited, awaited.number != lastSearchTaken else { return nil }
        lastSearchTaken = awaited.number
        return SearchRequest(number: awaited.number, query: awaited.key.query, document: state.documents[awaited.key.document],
                             within: awaited.within)
    }

    private var lastSearchTaken: Int?

    /// The matches of `request`; dropped if the reader has since asked for another search.
    public func found(_ matches: [SearchMatch], for request: SearchRequest) {
        _ = reduce(&state, .matchesFound(request: request.number, matches: matches))
    }

    /// Finds the matches the reader waits for here and now, as a driver with no work off the key path would;
    /// returns whether there was a search to run.
    @discardableResult
    public func searchNow() -> Bool {
        guard let request = takeSearchRequest() else { return false }
        if let matches = request.matches(stoppingWhen: { false }) { found(matches, for: request) }
        return true
    }

    /// A thread the driver opened while reading (a bookmark's file); returns its document number.
    public func add(name: String, thread: ThreadKit.Thread) -> Int {
        state.documents.append(DocumentView(name: name, thread: thread))
        return state.documents.count - 1
    }

    /// Shows document `document` with comment `comment` selected (and unfolded).
    public func show(document: Int, comment: Int32?) {
        state.showComment(comment, inDocument: document)
        state.markSelectionRead()
    }

    /// Opens the list of files (and of a library's threads) over the panes.
    public func showDocuments() {
        _ = reduce(&state, .openDocuments)
    }

    /// A line for the status bar from the driver, such as how a link was opened; it stays until the next key.
    public func note(_ text: String) {
        state.notice = text
    }

    /// The screen for the current state.
    public var grid: Grid { render(state) }
}
