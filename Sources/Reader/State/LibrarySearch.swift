/// `/` in a library's list of files: a query typed, then the comments of every thread in the list whose words
/// match it, as the store's index found them (`Effect.searchLibrary`).
public struct LibrarySearch: Sendable, Equatable {
    /// The list of files, as it was, to go back to.
    public internal(set) var files: PickList
    /// The query is `list.query`; the selection moves over the hits.
    public internal(set) var list = PickList()
    /// nil while the query is typed (and until the driver answers it).
    public internal(set) var hits: [SearchHit]?
}
