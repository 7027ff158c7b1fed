/// Why a theme could not be found or loaded, naming the file and key at fault.
public struct ThemeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The theme file's path, or the theme name when no file was involved.
    public var file: String
    /// The offending key, such as `styles."ui.text".fg`, when there is one.
    public var key: String?
    public var message: String

    public init(file: String, key: String? = nil, message: String) {
        self.file = file
        self.key = key
        self.message = message
    }

    public var description: String {
        [file, key, message].compactMap { $0 }.joined(separator: ": ")
    }
}
