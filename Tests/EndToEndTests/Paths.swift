import Foundation

/// Files the end-to-end tests open, found from this source file.
enum Paths {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seed = packageRoot.appendingPathComponent("Sources/skein/Resources/sample-thread.txt").path
    /// Saved pages of other layouts than the name lines (development fixtures of the layout rules).
    static let bloggerPage = packageRoot.appendingPathComponent("Tests/Fixtures/layouts/dev/L01_blogger_old_clifden_nonpareil.txt").path
    static let wordpressPage = packageRoot.appendingPathComponent("Tests/Fixtures/layouts/dev/L03_wordpress_welsh_mutations.txt").path
    static let forumPage = packageRoot.appendingPathComponent("Tests/Fixtures/layouts/dev/L21_forum_vbulletin_evinrude_surge.txt").path
    static let phoneReview = packageRoot.appendingPathComponent("Tests/Fixtures/corpus/001_4d7c02a6ca09cb21.txt").path
    /// A Reddit thread whose first comment holds every Markdown construct; its submitter answers.
    static let redditMarkdown = packageRoot.appendingPathComponent("Tests/Fixtures/markup/reddit-torture.json").path
    /// A patch with tabs and a diffstat, a review quoting it at two levels with a signature, a flowed answer.
    static let patchReview = packageRoot.appendingPathComponent("Tests/Fixtures/markup/patch-review.mbox").path
    /// A saved old-Reddit page (HTML) from the development fixtures of the site readers.
    static let savedRedditPage = packageRoot.appendingPathComponent("Tests/Fixtures/html/dev/01_old_reddit.html").path
    static let seedTitle = "Russian And Israeli Leaders Held Phone Call"

    /// A scratch file with `contents`, removed when the process ends.
    static func temporaryFile(_ name: String, _ contents: [UInt8]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("skein-e2e-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(contents).write(to: url)
        return url.path
    }
}
