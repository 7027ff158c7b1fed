import ThreadKit

/// Everything the reader shows, as one value. Only `reduce` changes it.
public struct ReaderState: Sendable {
    public internal(set) var documents: [DocumentView]
    public internal(set) var currentDocument = 0
    public internal(set) var authors = AuthorFilter()
    public internal(set) var search = SearchState()
    public internal(set) var overlay: Overlay?
    /// Something the status line says until the next key: files that did not open.
    public internal(set) var notice: String?
    /// Read marks set or cleared since the driver last took them (`ReaderSession.takeReadingChanges`).
    var readingChanges: [ReadingChange] = []
    /// The selection last marked read: a comment counts as read when the selection comes to it, so one marked
    /// unread stays so while it stays selected.
    var lastMarkedSelection: (document: Int, comment: Int32)?
    /// Unread comments the discussion pane shows whole, and since when (`passTime`).
    var inSight = CommentsInSight()
    /// Bookmarks of every thread, as the driver's store keeps them.
    public internal(set) var bookmarks: [Bookmark] = []
    /// Side by side or not, as the reader chose with `toggleSplit`; nil: by the width (`ReaderOptions.sideBySideWidth`).
    public internal(set) var split: Bool?
    public let themes: [Theme]
    public internal(set) var themeIndex: Int
    /// The theme asked for when skein started (`--theme`, the settings, else by the terminal's colours).
    let startingThemeIndex: Int
    public internal(set) var width: Int
    public internal(set) var height: Int
    public let options: ReaderOptions
    public let keyMap: KeyMap

    /// `previews` are the documents that hold only the start of their file for now.
    public init(documents: [(name: String, thread: ThreadKit.Thread)], previews: Set<Int> = [], themes: [Theme],
                themeIndex: Int = 0, width: Int, height: Int, keyMap: KeyMap = .standard,
                options: ReaderOptions = ReaderOptions()) {
        self.documents = documents.enumerated().map {
            DocumentView(name: $0.element.name, thread: $0.element.thread, isPreview: previews.contains($0.offset))
        }
        if self.documents.isEmpty { self.documents = [DocumentView(name: "", thread: ThreadKit.Thread(format: "none"))] }
        self.themes = themes.isEmpty ? [Theme(name: "plain", styles: [:], authorPalette: [])] : themes
        self.themeIndex = min(max(0, themeIndex), self.themes.count - 1)
        startingThemeIndex = self.themeIndex
        self.width = max(0, width)
        self.height = max(0, height)
        self.options = options
        split = options.sideBySide
        self.keyMap = keyMap
    }

    public var theme: Theme { themes[themeIndex] }
    /// The current file's focused pane.
    public internal(set) var focus: Pane {
        get { document.focus }
        set { document.focus = newValue }
    }
    public var document: DocumentView {
        get { documents[currentDocument] }
        set { documents[currentDocument] = newValue }
    }

    public var inputMode: InputMode {
        if search.draft != nil { return .searchPrompt }
        switch overlay {
        case .help: return .help
        case .commenters: return .commenters
        case .documents: return .documents
        case .explanation: return .explanation
        case .links: return .links
        case .bookmarks: return .bookmarks
        case .librarySearch(let search): return search.hits == nil ? .libraryQuery : .libraryHits
        case nil: return .normal
        }
    }

    /// Brings derived data (visible comments, search matches) up to date after an action. Matches of a new
    /// query (or of a new filter, order or file) are asked of the driver: finding them reads the whole thread.
    mutating func refresh() {
        let rebuilt = document.refreshVisible(filter: authors)
        let key = MatchKey(query: search.activeQuery, document: currentDocument,
                           filterGeneration: authors.generation, order: document.order)
        if key != search.matchKey && key != search.awaited?.key { askForMatches(key) }
        if rebuilt { keepCursorInView() }
    }

    /// The whole thread has been read for a document that showed a preview.
    mutating func complete(document index: Int, with whole: ThreadKit.Thread) {
        guard documents.indices.contains(index), documents[index].isPreview else { return }
        documents[index] = documents[index].completed(with: whole, filter: authors)
        if index == currentDocument {
            // Matches found in the preview are no guide to the whole.
            search.matchKey = nil
            search.lastFound = nil
            search.awaited = nil
            refresh()
            keepCursorInView()
        }
    }
}
