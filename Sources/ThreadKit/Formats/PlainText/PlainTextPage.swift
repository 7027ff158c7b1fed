/// A web page saved as plain text: title, article, then comments whose author
/// names stand on lines of their own. Reply structure is inferred.
public enum PlainTextPage: ThreadFormat {
    public static let name = "plain-text"

    public static func recognises(_ input: SourceText) -> Recognition { .fallback }

    public static func parse(_ input: SourceText, options: ParseOptions) throws -> Thread {
        Thread(format: name)
    }
}
