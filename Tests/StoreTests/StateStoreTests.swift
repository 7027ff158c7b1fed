import Foundation
import Reader
import ThreadKit
import XCTest
@testable import Store

/// The state store on real SQLite files in a scratch folder.
final class StateStoreTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("skein-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private var environment: [String: String] { ["XDG_STATE_HOME": folder.path, "HOME": folder.path] }

    private func thread(_ bodies: [String]) -> ThreadKit.Thread {
        ThreadKit.Thread(format: "test", title: "A thread", comments: bodies.enumerated().map { index, body in
            Comment(author: "author\(index % 3)", blocks: [.paragraph(body)])
        })
    }

    private func recall(_ store: StateStore, _ thread: ThreadKit.Thread, document: Int = 0) -> Recollection {
        final class Box: @unchecked Sendable { var value = Recollection() }
        let done = expectation(description: "recalled")
        let result = Box()
        store.recall(thread, document: document, path: "/saved/thread.txt") { result.value = $0; done.fulfill() }
        wait(for: [done], timeout: 5)
        return result.value
    }

    func testReadMarksAndNewCommentsSurviveReopeningAGrownThread() throws {
        let first = thread(["one", "two", "three", "four", "five"])
        do {
            let store = try XCTUnwrap(StateStore.open(disabled: false, environment: environment).store)
            XCTAssertEqual(recall(store, first), Recollection(), "a first opening: nothing read, nothing new")
            store.record([0, 1, 2].map { ReadingChange(document: 0, comment: $0, isRead: true) })
            store.recordPosition(document: 0, comment: 2)
            store.close()
        }
        let grown = thread(["one", "two", "three", "four", "five", "six", "seven", "eight"])
        let store = try XCTUnwrap(StateStore.open(disabled: false, environment: environment).store)
        let again = recall(store, grown)
        XCTAssertEqual(again.read, [0, 1, 2])
        XCTAssertEqual(again.new, [5, 6, 7])
        XCTAssertEqual(again.position, 2)
        // An edited comment is new under its new words; the others keep their marks.
        var edited = grown
        edited.comments[1].blocks = [.paragraph("two, edited")]
        let third = recall(store, edited)
        XCTAssertEqual(third.read, [0, 2])
        XCTAssertEqual(third.new, [1])
    }

    func testMarksWrittenBeforeAKillAreThereWithoutClose() throws {
        let first = thread(["one", "two", "three"])
        let store = try XCTUnwrap(StateStore.open(disabled: false, environment: environment).store)
        _ = recall(store, first)
        store.record([ReadingChange(document: 0, comment: 1, isRead: true)])
        usleep(UInt32((StateStore.flushDelay + 0.5) * 1_000_000))
        // A second connection, as another skein (or the next one after a kill) would open.
        let other = try XCTUnwrap(StateStore.open(disabled: false, environment: environment).store)
        XCTAssertEqual(recall(other, first).read, [1])
    }

    func testADamagedStoreIsMovedAsideWithOneWarning() throws {
        let path = StateStore.location(environment: environment)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        let opened = StateStore.open(disabled: false, environment: environment)
        XCTAssertNil(opened.store)
        XCTAssert(opened.warning?.contains("is damaged") == true, opened.warning ?? "no warning")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path), "moved aside")
        XCTAssertNotNil(StateStore.open(disabled: false, environment: environment).store, "and the next run starts afresh")
    }

    func testAStoreFromANewerSkeinIsLeftAlone() throws {
        do {
            let store = try XCTUnwrap(StateStore.open(disabled: false, environment: environment).store)
            store.close()
        }
        let database = try SQLite(path: StateStore.location(environment: environment))
        try database.execute("PRAGMA user_version = 99")
        let opened = StateStore.open(disabled: false, environment: environment)
        XCTAssertNil(opened.store)
        XCTAssert(opened.warning?.contains("newer skein") == true, opened.warning ?? "no warning")
    }

    func testTurnedOff() {
        XCTAssertNil(StateStore.open(disabled: true, environment: environment).store)
        var off = environment
        off["SKEIN_STATE"] = "off"
        let opened = StateStore.open(disabled: false, environment: off)
        XCTAssertNil(opened.store)
        XCTAssertNil(opened.warning)
        XCTAssertFalse(FileManager.default.fileExists(atPath: StateStore.location(environment: environment)), "nothing written")
    }

    func testAChangedFileIsIndexedAgainAndItsOldWordsGo() throws {
        let store = try XCTUnwrap(StateStore.open(disabled: false, environment: environment).store)
        XCTAssertFalse(store.index(path: "/a.txt", size: 10, modified: 1) { self.thread(["the walrus spoke"]) })
        XCTAssertFalse(store.index(path: "/b.txt", size: 10, modified: 1) { self.thread(["a walrus too", "and more"]) })
        XCTAssertTrue(store.index(path: "/a.txt", size: 10, modified: 1) { XCTFail("an unchanged file is not read"); return nil })
        XCTAssertEqual(store.search("walrus", in: ["/a.txt", "/b.txt"]).map(\.path).sorted(), ["/a.txt", "/b.txt"])
        XCTAssertFalse(store.index(path: "/a.txt", size: 12, modified: 2) { self.thread(["the carpenter answered"]) })
        XCTAssertEqual(store.search("walrus", in: ["/a.txt", "/b.txt"]).map(\.path), ["/b.txt"], "a.txt's old words are gone")
        XCTAssertEqual(store.search("carpenter", in: ["/a.txt", "/b.txt"]).map(\.comment), [0])
        XCTAssertEqual(store.entries(["/a.txt", "/b.txt"]).map(\.comments).sorted(), [1, 2])
    }

    func testAHitCarriesItsTitleAndWhereItsMatchesAreWhateverBracketsTheTextHolds() throws {
        let store = try XCTUnwrap(StateStore.open(disabled: false, environment: environment).store)
        _ = store.index(path: "/a.txt", size: 10, modified: 1) { self.thread(["[sic] the walrus [spoke] of walrus things"]) }
        let hit = try XCTUnwrap(store.search("walrus", in: ["/a.txt"]).first)
        XCTAssertEqual(hit.title, "A thread")
        XCTAssertEqual(hit.author, "author0")
        XCTAssertEqual(hit.snippet, "[sic] the walrus [spoke] of walrus things")
        let bytes = Array(hit.snippet.utf8)
        XCTAssertEqual(hit.matches.map { String(decoding: bytes[$0], as: UTF8.self) }, ["walrus", "walrus"])
    }

    func testFoldsFilterAndThemeComeBackByCommentKeyAndAFoldOfAnEditedCommentGoes() throws {
        let first = thread(["one", "two", "three", "four", "five"])
        do {
            let store = try XCTUnwrap(StateStore.open(disabled: false, environment: environment).store)
            XCTAssertNil(recall(store, first).view, "none kept yet")
            store.recordView(document: 0, RememberedView(folded: [1, 3], shownAuthors: ["author0", "a \"quoted\"\nname"],
                                                         hiddenAuthors: ["author2"], theme: "light"))
            store.close()
        }
        var grown = thread(["one", "two", "three", "four", "five", "six"])
        grown.comments[3].blocks = [.paragraph("four, edited")]
        let store = try XCTUnwrap(StateStore.open(disabled: false, environment: environment).store)
        XCTAssertEqual(recall(store, grown).view, RememberedView(folded: [1], shownAuthors: ["author0", "a \"quoted\"\nname"],
                                                                 hiddenAuthors: ["author2"], theme: "light"))
        store.recordView(document: 0, RememberedView())
        store.close()
        let again = try XCTUnwrap(StateStore.open(disabled: false, environment: environment).store)
        XCTAssertEqual(recall(again, grown).view, RememberedView(), "an empty view kept is not none kept")
    }

    /// Stores before schema 4 kept comment keys as text (`id:ID` for a comment with its source's id); their marks,
    /// place and bookmarks carry over, and the store then keeps views.
    func testAVersion2StoreIsMigratedWithItsMarksPlaceAndBookmarksAndThenKeepsViews() throws {
        var saved = thread(["one", "two", "three"])
        for index in saved.comments.indices { saved.comments[index].sourceID = "c\(index)" }
        let path = StateStore.location(environment: environment)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        do {
            // The tables as skein's schema 2 made them.
            let old = try SQLite(path: path)
            try old.execute("""
                CREATE TABLE threads(id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL, path TEXT, title TEXT,
                                     format TEXT, comments INTEGER, opened REAL, position TEXT);
                CREATE TABLE comments(thread INTEGER NOT NULL, key TEXT NOT NULL, read INTEGER NOT NULL DEFAULT 0,
                                      PRIMARY KEY(thread, key)) WITHOUT ROWID;
                CREATE TABLE files(path TEXT PRIMARY KEY, size INTEGER, mtime REAL, thread TEXT, title TEXT,
                                   format TEXT, comments INTEGER, first_row INTEGER, last_row INTEGER);
                CREATE TABLE bookmarks(thread TEXT NOT NULL, comment TEXT NOT NULL, path TEXT, title TEXT, author TEXT,
                                       words TEXT, created REAL, PRIMARY KEY(thread, comment));
                CREATE VIRTUAL TABLE texts USING fts5(path UNINDEXED, comment UNINDEXED, author, body,
                                                     tokenize = 'unicode61 remove_diacritics 2');
                PRAGMA user_version = 2;
                """)
            let keys = saved.comments.map { "id:" + ($0.sourceID ?? "") }
            try old.query("INSERT INTO threads(key, path, title, format, comments, opened, position) VALUES (?, '/saved/thread.txt', 'A thread', 'test', 3, 1, ?)",
                          [.text(saved.identityKey), .text(keys[2])])
            for (index, key) in keys.enumerated() {
                try old.query("INSERT INTO comments(thread, key, read) VALUES (1, ?, ?)", [.text(key), .integer(index == 1 ? 1 : 0)])
            }
            try old.query("INSERT INTO bookmarks VALUES (?, ?, '/saved/thread.txt', 'A thread', 'author0', 'one', 0)",
                          [.text(saved.identityKey), .text(keys[0])])
        }
        let opened = StateStore.open(disabled: false, environment: environment)
        XCTAssertNil(opened.warning)
        let store = try XCTUnwrap(opened.store)
        XCTAssertEqual(recall(store, saved), Recollection(read: [1], position: 2), "marks and place from schema 2, no view")
        XCTAssertEqual(store.bookmarks().map(\.comment), [saved.commentKeys[0]])
        store.recordView(document: 0, RememberedView(folded: [0], theme: "gruvbox"))
        store.close()
        var version: Int64 = 0
        try SQLite(path: path).query("PRAGMA user_version") { version = $0.integer(0) }
        XCTAssertEqual(version, 4)
        let again = try XCTUnwrap(StateStore.open(disabled: false, environment: environment).store)
        XCTAssertEqual(recall(again, saved).view, RememberedView(folded: [0], theme: "gruvbox"))
    }
}
