/// Folds, author filter and theme, kept per thread by the driver's store and brought back when it is opened again.
extension ReaderState {
    /// The view of the document on screen, as a store keeps it.
    var rememberedView: RememberedView {
        RememberedView(folded: Set(document.folded.members), shownAuthors: authors.shown, hiddenAuthors: authors.hidden,
                       theme: themeIndex == startingThemeIndex ? nil : theme.name)
    }

    /// Folds come back at once (each file has its own); filter and theme apply to every file, so they come back
    /// when the thread is on screen, now or when it is next shown.
    mutating func restore(_ view: RememberedView, document index: Int) {
        let count = Int32(documents[index].thread.comments.count)
        // Folds made while the store was still answering stay.
        for comment in view.folded where comment < count && documents[index].hasReplies(comment) {
            documents[index].folded.insert(comment)
        }
        if index == currentDocument { restoreLook(view) } else { documents[index].lookToRestore = view }
    }

    /// The filter without authors no longer in the thread (none left: no filter), and the theme if it still exists.
    mutating func restoreLook(_ view: RememberedView) {
        let names = Set(document.authors.map(\.name))
        let shown = view.shownAuthors.intersection(names), hidden = view.hiddenAuthors.intersection(names)
        if shown != authors.shown { authors.setShown(shown) }
        if hidden != authors.hidden { authors.setHidden(hidden) }
        guard let name = view.theme else {
            themeIndex = startingThemeIndex
            return
        }
        if let index = themes.firstIndex(where: { $0.name == name }) { themeIndex = index }
    }
}
