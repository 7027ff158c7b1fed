/// Unread comments of the document on screen that the discussion pane shows whole, each with the time it came
/// whole into view.
struct CommentsInSight: Sendable, Equatable {
    var document = 0
    var since: [Int32: Double] = [:]
}

/// Read on sight: besides being selected, a comment counts as read once it has been whole on screen for a moment.
/// Time comes in from the driver (`Action.clock`), so tests pass it by hand.
extension ReaderState {
    /// Seconds a comment must stay whole on screen to count as read: time to take in a few lines, and longer
    /// than a page that is paged past, so leafing through a thread does not read it.
    public static let readingMoment = 1.5

    /// Marks read what has been whole on screen for the moment until `now` (the screen has not changed since the
    /// last clock but by the event just handled), then notes what is whole on screen from now on.
    mutating func passTime(to now: Double) {
        if inSight.document == currentDocument {
            let due = inSight.since.filter { now - $0.value >= Self.readingMoment }.keys.sorted()
            if !due.isEmpty { setRead(due, true) }
        }
        let previous = inSight.document == currentDocument ? inSight.since : [:]
        var since: [Int32: Double] = [:]
        for comment in unreadWholeOnScreen { since[comment] = previous[comment] ?? now }
        inSight = CommentsInSight(document: currentDocument, since: since)
    }

    /// When the next comment on screen will have been there for the moment; nil when none is waiting.
    public var nextReadingDeadline: Double? {
        inSight.since.values.filter(\.isFinite).min().map { $0 + Self.readingMoment }
    }

    /// Comments just marked unread are not read again by staying on screen: only once they leave it and come back.
    mutating func keepUnreadInSight(_ comments: [Int32]) {
        guard inSight.document == currentDocument else { return }
        for comment in comments { inSight.since[comment] = .infinity }
    }

    /// Nothing counts while the discussion pane is hidden or covered (by the article alone, help, a list).
    private var unreadWholeOnScreen: [Int32] {
        guard overlay == nil, let rect = ScreenLayout(state: self).discussion,
              document.read.count < document.thread.comments.count else { return [] }
        let viewport = DiscussionViewport(state: self, rect: rect)
        return viewport.wholeComments(from: viewport.top).filter { !document.read.contains($0) }
    }
}
