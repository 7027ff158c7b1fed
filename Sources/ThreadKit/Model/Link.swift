/// A link a comment holds: its text as the page shows it and where it goes.
public struct Link: Sendable, Equatable {
    public var text: String
    public var url: String

    public init(text: String, url: String) {
        self.text = text
        self.url = url
    }
}
