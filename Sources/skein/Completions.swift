import Foundation
import Reader
import ThreadKit

/// What the shell completions offer beyond files: worked out by `skein` itself when the shell asks.
enum Completions {
    /// The bundled and the user's theme names.
    @Sendable static func themeNames(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        ThemeLibrary.discover().names.filter { $0.hasPrefix(prefix) }
    }

    /// The thread ids of the Disqus export named before `--thread` on the line.
    @Sendable static func threadIDs(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        for word in words.prefix(index).dropFirst() where FileManager.default.isReadableFile(atPath: word) {
            guard let bytes = try? ThreadFile.read(word), let input = try? SourceText(bytes: bytes),
                  (try? FormatDetector.format(for: input)) == DisqusExport.self,
                  let threads = try? DisqusExport.threads(in: input) else { continue }
            return threads.map(\.id).filter { $0.hasPrefix(prefix) }
        }
        return []
    }
}
