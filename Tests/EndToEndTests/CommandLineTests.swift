import Foundation
import XCTest

/// `skein` as a command: exit codes and one-line messages for bad input, and output that is not a terminal.
final class CommandLineTests: XCTestCase {
    private func skein(_ arguments: [String], stdin: [UInt8]? = nil) throws -> ChildProcess.Result {
        let input = try stdin.map { try Paths.temporaryFile("stdin-\(UUID().uuidString)", $0) }
        return try ChildProcess.run(TmuxScreen.skeinBinary.path, arguments, stdin: input)
    }

    private func assertFails(_ arguments: [String], saying reason: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let run = try skein(arguments)
        XCTAssertEqual(run.status, 1, file: file, line: line)
        XCTAssert(run.stderr.hasPrefix("skein: ") && run.stderr.contains(reason), run.stderr, file: file, line: line)
        XCTAssertEqual(run.stderr.filter { $0 == "\n" }.count, 1, "one line: \(run.stderr)", file: file, line: line)
    }

    func testTheHelpShowsHowToOpenAFileAndChooseATheme() throws {
        let help = try skein(["--help"]).stdout
        for part in ["FILE", "--theme", "--list-themes", "dump"] { XCTAssert(help.contains(part), "\(part) in\n\(help)") }
    }

    func testTheKeyFileIsFoundUnderHOME() throws {
        let home = NSTemporaryDirectory() + "skein-home-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home + "/.config/skein", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        try Data("x = quit\n".utf8).write(to: URL(fileURLWithPath: home + "/.config/skein/keys"))
        let run = try ChildProcess.run("/usr/bin/env", ["HOME=\(home)", "XDG_CONFIG_HOME=", TmuxScreen.skeinBinary.path, "keys"])
        XCTAssert(run.stdout.contains("`q` `Ctrl-c` `x` | quit"), run.stdout + run.stderr)
    }

    func testAPipeWithoutADashIsRead() throws {
        let run = try skein(["dump"], stdin: Array(try Data(contentsOf: URL(fileURLWithPath: Paths.phoneReview))))
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssert(run.stdout.contains("Halden Aero 5 Pro review"), run.stdout)
    }

    func testBadFilesGetOneClearLine() throws {
        try assertFails(["dump", "/no/such/file"], saying: "/no/such/file: no such file")
        try assertFails(["threads", "/no/such/file"], saying: "skein: /no/such/file: no such file")
        XCTAssertFalse(try skein(["threads", "/no/such/file"]).stderr.contains("file: /no/such"), "the path once")
        try assertFails(["dump", NSTemporaryDirectory()], saying: "is a directory")
        try assertFails(["dump", Paths.temporaryFile("empty.txt", [])], saying: "empty")
        try assertFails(["dump", Paths.temporaryFile("blank.txt", Array(String(repeating: "\n", count: 100_000).utf8))], saying: "empty")
        try assertFails(["dump", Paths.temporaryFile("binary.bin", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2])], saying: "binary")
        try assertFails(["dump", Paths.temporaryFile("other.json", Array(#"{"hello": [1, 2]}"#.utf8))], saying: "reddit-json")
        try assertFails(["dump", Paths.temporaryFile("cut.json", Array(#"[{"kind": "Listing", "data": {"children": [{"kind": "t3""#.utf8))], saying: "truncated")
        try assertFails(["dump", Paths.temporaryFile("cut.xml", Array(#"<?xml version="1.0"?><disqus><thread dsq:id="1"><title>x"#.utf8))], saying: "truncated")
        try assertFails(["dump", "/proc/self/mem"], saying: "cannot be read: input/output error")
        try assertFails(["dump", "/dev/zero"], saying: "too large")
        // A regular file over the limit is refused on its size, before anything is read.
        let huge = try Paths.temporaryFile("huge.txt", [])
        XCTAssertEqual(truncate(huge, (1 << 30) + 1), 0)
        defer { unlink(huge) }
        try assertFails(["dump", huge], saying: "too large")
    }

    func testVersion() throws {
        let run = try skein(["--version"])
        XCTAssertEqual(run.status, 0, run.stderr)
        // `make` writes `git describe` beside the binary; a plain `swift build` says it has none.
        XCTAssertEqual(run.stdout, "unknown (built without make, so without git describe)\n")
    }

    /// Each shell's script is swift-argument-parser's with skein's piece for its default subcommand (the shells
    /// themselves are asked by scripts/install-test.sh).
    func testCompletionScriptsCompleteTheReaderWithoutItsName() throws {
        let pieces = ["bash": "complete -o filenames -F __skein_or_read skein", "zsh": "functions -c _skein __skein_as_generated",
                      "fish": "functions -c __skein_tokens __skein_tokens_as_generated"]
        for (shell, piece) in pieces {
            for arguments in [["--generate-completion-script", shell], ["--generate-completion-script=\(shell)"], ["dump", "--generate-completion-script", shell]] {
                let run = try skein(arguments)
                XCTAssertEqual(run.status, 0, run.stderr)
                XCTAssert(run.stdout.contains(piece), "\(arguments): \(run.stdout.suffix(500))")
                XCTAssert(run.stdout.contains("read|dump|threads|keys|search|help") || run.stdout.contains("read dump threads keys search help"), shell)
            }
        }
        // In zsh the piece wraps the generated `_skein` before the file's last lines call or register it.
        let zsh = try skein(["--generate-completion-script", "zsh"]).stdout
        let wrap = try XCTUnwrap(zsh.range(of: "functions -c _skein __skein_as_generated"))
        let tail = try XCTUnwrap(zsh.range(of: "if [[ \"${funcstack[1]}\" = _skein ]]; then"))
        XCTAssert(wrap.upperBound < tail.lowerBound)
        XCTAssertEqual(try skein(["--generate-completion-script", "tcsh"]).status, 64, "a shell it has no script for is refused")
        XCTAssertEqual(try skein(["--", "--generate-completion-script", "bash"]).status, 1, "after -- it is a file's name")
    }

    func testAFIFOIsReadLikeAFile() throws {
        let fifo = FileManager.default.temporaryDirectory.appendingPathComponent("skein-fifo-\(getpid())").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        defer { unlink(fifo) }
        let sample = try Data(contentsOf: URL(fileURLWithPath: Paths.seed))
        let writer = Thread { try? sample.write(to: URL(fileURLWithPath: fifo)) }
        writer.start()
        let run = try skein(["dump", fifo])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssert(run.stdout.contains("comments: 35"), run.stdout)
    }

    func testDumpReadsStandardInput() throws {
        let run = try skein(["dump", "--format", "json", "-"], stdin: Array(try Data(contentsOf: URL(fileURLWithPath: Paths.seed))))
        XCTAssertEqual(run.status, 0, run.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        XCTAssertEqual((json["comments"] as! [Any]).count, 35)
    }

    func testOutputThatIsNotATerminalGetsTheTextTree() throws {
        let run = try skein([Paths.seed])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssert(run.stdout.contains("title: \(Paths.seedTitle)"))
        XCTAssertFalse(run.stdout.contains("\u{1B}["), "no terminal escapes in a pipe")
    }

    func testHugeLinesAndDeepNestingAreHandled() throws {
        let line = try Paths.temporaryFile("line.txt", Array(("Title\n\n" + String(repeating: "word ", count: 200_000)).utf8))
        XCTAssertEqual(try skein(["dump", line]).status, 0)
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let run = try skein(["dump", try Paths.temporaryFile("deep.json", Array(deep.utf8))])
        XCTAssertEqual(run.status, 1, "a clear refusal, not a crash")
        XCTAssert(run.stderr.hasPrefix("skein: "), run.stderr)
    }
}
