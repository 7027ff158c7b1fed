import ArgumentParser
import Foundation
import Reader
import Store
import Terminal
import ThreadKit

struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",abstract: "Open threads in the full-screen reader (the default).")

    @OptionGroup var input: FileArguments

    @Option(help: "Theme to start with (see --list-themes); T cycles themes in the reader.",
            completion: .custom(Completions.themeNames))
    var theme: String?

    @Flag(help: "List the available themes and where they come from.")
    var listThemes = false

    @Flag(name: .customLong("library"), help: "Open the FILEs as a library: a list of their threads with what is new and unread in each (as a folder opens).")
    var asLibrary = false

    @Flag(help: "Remember nothing of this reading (no read marks, no new comments, no position); SKEIN_STATE=off does the same.")
    var noState = false

    func run() throws {
        if listThemes {
            for entry in ThemeLibrary.discover().all { print("\(entry.name)\t\(entry.origin.rawValue)\t\(entry.path ?? "")") }
            return
        }
        try ReaderLaunch(choice: input.choice, theme: theme, asLibrary: asLibrary, noState: noState).run()
    }
}

/// The reader opened on files, from the parsed command or from plain `skein FILE…`.
struct ReaderLaunch {
    var choice: FileChoice
    var theme: String?
    var asLibrary = false
    var noState = false

    func run() throws {
        let library = ThemeLibrary.discover()
        let interactive = isatty(STDOUT_FILENO) == 1
        let settings = SettingsFile.load()
        // A folder (or --library) opens the library of the thread files in it, which needs the state store.
        let isLibrary = interactive && (asLibrary || choice.paths.contains { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
        })
        // Printing to a pipe reads no marks and keeps none.
        let opened = interactive ? StateStore.open(disabled: noState) : (store: nil, warning: nil)
        var files: OpenedFiles
        if isLibrary {
            guard let store = opened.store else { fail(opened.warning ?? "a library needs the state store, which is off (--no-state, SKEIN_STATE=off)") }
            let entries = store.entries(LibraryFiles.index(LibraryFiles.collect(choice.paths), in: store))
            guard !entries.isEmpty else { fail("no thread files in \(choice.paths.joined(separator: ", "))") }
            files = OpenedFiles(library: entries)
        } else {
            files = OpenedFiles(paths: choice.paths, options: choice.parseOptions, interactive: interactive)
        }
        // Not a terminal: behave like a filter and print the threads instead of drawing escapes into a file.
        guard interactive else {
            let printer = ThreadPrinter(width: choice.printingWidth(settings))
            for document in files.documents { print(printer.text(of: document.thread), terminator: "") }
            for failure in files.failures { FileHandle.standardError.write(Data("skein: \(failure)\n".utf8)) }
            if !files.failures.isEmpty { throw ExitCode(1) }
            return
        }
        let themes = ThemeSelection(library: library, requested: theme ?? settings.theme)
        let keyMap = try KeyFile.load()
        try Self.attachKeyboardIfStdinWasRead()
        let terminal: NcursesTerminal
        do { terminal = try NcursesTerminal.open() } catch { fail("\(error)") }
        defer { terminal.close() }
        let session = ReaderSession(documents: files.documents, previews: Set(files.pending.map(\.document)).union(files.unread), summaries: files.summaries, themes: themes.themes,
                                    themeIndex: themes.startIndex(colors: terminal.colorCount), size: terminal.size,
                                    keyMap: keyMap, options: ReaderOptions(timeZone: .current, textWidth: choice.width ?? settings.width ?? 100,
                                                                          sideBySide: settings.sideBySide, isLibrary: isLibrary),
                                    notice: files.notice)
        var explanations = BackgroundExplanations()
        var search = BackgroundSearch()
        let memory = Memory(store: opened.store)
        defer { memory.close() }
        if let warning = opened.warning { session.note(warning) }
        let previews = Set(files.pending.map(\.document)).union(files.unread)
        if isLibrary { session.showDocuments() }
        if let store = memory.store { session.setBookmarks(store.bookmarks()) }
        for (index, document) in files.documents.enumerated() where !previews.contains(index) {
            memory.recall(document.thread, document: index, path: files.path(of: index))
        }
        session.passTime(ProcessInfo.processInfo.systemUptime)
        terminal.draw(session.grid)
        // While files are still being parsed or explained, or remembered, wake up now and then to take them in (soon
        // after, for a search's matches); and when a comment on screen will have been there long enough to count as read.
        func wait() -> Int32? {
            let searching: Int32? = search.isEmpty ? nil : 5
            let busy: Int32? = files.pending.isEmpty && explanations.isEmpty && !memory.isWaiting ? nil : 50
            let reading = session.state.nextReadingDeadline.map { Int32(max(0, $0 - ProcessInfo.processInfo.systemUptime) * 1000) + 1 }
            return [searching, busy, reading].compactMap { $0 }.min()
        }
        while let event = terminal.readInput(waitingAtMost: wait()) {
            for (document, whole) in files.takeFinished() {
                session.load(document: document, thread: whole)
                memory.recall(whole, document: document, path: files.path(of: document))
            }
            for (document, recollection) in memory.takeArrived() { session.recall(recollection, document: document) }
            for (document, outcome) in explanations.takeFinished() { session.explained(document: document, outcome) }
            if let (request, matches) = search.takeFinished() { session.found(matches, for: request) }
            switch session.handle(event) {
            case .quit?: return
            case .suspend?: terminal.suspend()
            case .explain(let document)?: explanations.start(document: document, path: files.path(of: document))
            case .copy(let text)?: terminal.copyToClipboard(text)
            case .openLink(let url)?: session.note(LinkOpener().open(url, handingOver: terminal.handOver))
            case .toggleBookmark(let document, let comment)?:
                if let store = memory.store {
                    let path = memory.standardized(files.path(of: document))
                    let marked = store.toggleBookmark(session.state.documents[document].thread, comment: comment, path: path)
                    session.setBookmarks(store.bookmarks())
                    session.note(marked ? "bookmarked: ' lists the bookmarks" : "bookmark taken away")
                } else {
                    session.note("bookmarks need the state store, which is off")
                }
            case .openBookmark(let mark)?:
                session.note(files.open(mark, in: session, memory: memory) ?? "")
            case .searchLibrary(let query)?:
                session.found(memory.store?.search(query, in: files.paths.map(memory.standardized)) ?? [], for: query)
            case .openSearchHit(let hit)?:
                session.note(files.open(hit, in: session, memory: memory) ?? "")
            case nil: break
            }
            if let request = session.takeSearchRequest() {
                search.start(request)
            } else if !session.state.search.isSearching {
                search.stop()
            }
            session.passTime(ProcessInfo.processInfo.systemUptime)
            memory.keep(from: session)
            // A library's thread is read when the reader first comes to it.
            if files.unread.contains(session.state.currentDocument) {
                _ = files.load(document: session.state.currentDocument, options: choice.parseOptions)
            }
            terminal.draw(session.grid)
        }
    }

    /// A thread piped in on stdin leaves stdin at EOF: read keys from the controlling terminal instead.
    static func attachKeyboardIfStdinWasRead() throws {
        guard isatty(STDIN_FILENO) == 0 else { return }
        let tty = open("/dev/tty", O_RDONLY)
        guard tty >= 0 else { fail("standard input is not a terminal and there is no /dev/tty to read keys from") }
        dup2(tty, STDIN_FILENO)
        close(tty)
    }
}

/// Every theme the library has, loaded once, and the one to start with.
struct ThemeSelection {
    var themes: [Theme]
    var requested: String?

    init(library: ThemeLibrary, requested: String?) {
        var loaded: [Theme] = []
        for name in library.names {
            do { loaded.append(try library.theme(named: name)) } catch {
                FileHandle.standardError.write(Data("skein: theme \(name): \(error)\n".utf8))
            }
        }
        if let requested, !loaded.contains(where: { $0.name == requested }) {
            fail("no theme named '\(requested)' (available: \(library.names.joined(separator: ", ")))")
        }
        themes = loaded.isEmpty ? [ThemeLibrary.builtIn] : loaded
        self.requested = requested
    }

    /// The requested theme, else monochrome without colours (or with NO_COLOR), else the default.
    func startIndex(colors: Int) -> Int {
        let wanted = requested ?? (colors == 0 ? ThemeLibrary.monochromeName : ThemeLibrary.defaultName)
        return themes.firstIndex { $0.name == wanted } ?? 0
    }
}
