/// Searching a library's threads from its list of files: the driver asks its store, the reader lists the hits,
/// and Enter opens the thread at the hit's comment.
extension ReaderState {
    mutating func openLibrarySearch(from files: PickList) {
        overlay = .librarySearch(LibrarySearch(files: files))
    }

    mutating func performInLibraryQuery(_ action: Action) -> Effect? {
        guard case .librarySearch(var search) = overlay else { return nil }
        switch action {
        case .type(let character): search.list.query.append(character)
        case .deleteBackward:
            // Backspace with nothing left to delete goes back, as Esc does.
            guard !search.list.query.isEmpty else { overlay = .documents(search.files); return nil }
            search.list.query.removeLast()
        case .cancel, .quit:
            overlay = .documents(search.files)
            return nil
        case .accept:
            return search.list.query.contains { !$0.isWhitespace } ? .searchLibrary(search.list.query) : nil
        case .resize(let width, let height): resize(width: width, height: height)
        default: break
        }
        overlay = .librarySearch(search)
        return nil
    }

    mutating func performInLibraryHits(_ action: Action) -> Effect? {
        guard case .librarySearch(var search) = overlay, let hits = search.hits else { return nil }
        switch action {
        case .cancel, .quit, .deleteBackward:
            overlay = .documents(search.files)
            return nil
        case .accept:
            guard hits.indices.contains(search.list.selected) else { return nil }
            overlay = nil
            return .openSearchHit(hits[search.list.selected])
        // Another search starts from the words of this one.
        case .startSearch: search.hits = nil
        default: _ = pick(action, in: &search.list, count: hits.count)
        }
        search.list.fit(count: search.hits?.count ?? 0, rows: PickList.rows(screenHeight: height))
        overlay = .librarySearch(search)
        return nil
    }

    /// The driver's answer to `Effect.searchLibrary`, taken only while that query is still waiting for it.
    mutating func takeLibraryHits(_ hits: [SearchHit], for query: String) {
        guard case .librarySearch(var search) = overlay, search.hits == nil, search.list.query == query else { return }
        search.hits = hits
        search.list.selected = 0
        search.list.top = 0
        overlay = .librarySearch(search)
    }
}
