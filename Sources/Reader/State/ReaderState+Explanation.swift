import ThreadKit

/// `w`: why the selected comment starts where it does, has its author and its parent.
extension ReaderState {
    /// Opens the explanation of the selected comment, and asks the driver for the evidence when a
    /// plain-text thread was read without it (every thread is, at first).
    mutating func openExplanation() -> Effect? {
        guard let comment = document.cursor else { return nil }
        overlay = .explanation(comment: comment, top: 0)
        let thread = document.thread
        guard thread.format == PlainTextPage.name, thread.explanation == nil,
              document.explanationRequest == .notAsked else { return nil }
        document.explanationRequest = .weighing
        return .explain(document: currentDocument)
    }

    mutating func performInExplanation(_ action: Action) {
        guard case .explanation(let comment, let top) = overlay else { return }
        overlay = scrollPage(from: top, action, closedBy: .explain) { state in
            ExplanationLayout(state: state, comment: comment, width: state.width).rows.count
        }.map { .explanation(comment: comment, top: $0) }
    }

    /// The evidence the driver read for document `index`. A file that now holds fewer comments than
    /// were shown has changed since, and its evidence would point at the wrong ones.
    mutating func attach(_ explanation: Explanation, toDocument index: Int) {
        guard documents.indices.contains(index) else { return }
        if explanation.comments.count < documents[index].thread.comments.count {
            documents[index].explanationRequest = .unavailable("the file has changed since it was opened")
        } else {
            documents[index].attach(explanation)
        }
    }

    mutating func explanationIsUnavailable(forDocument index: Int, reason: String) {
        guard documents.indices.contains(index) else { return }
        documents[index].explanationRequest = .unavailable(reason)
    }
}
