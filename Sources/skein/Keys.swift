import ArgumentParser
import Reader

struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the reader's keys with the action names a key file can rebind.",
        discussion: "Rebind keys in \(KeyFile.path) with lines like 'ctrl-f = page-down' ('x = none' unbinds)."
    )

    func run() throws {
        print(try KeyFile.load().markdownTable, terminator: "")
    }
}
