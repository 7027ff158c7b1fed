import ArgumentParser
import Reader

struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "List the reader's keys with the action names a key file can rebind.",
        discussion: "Rebind keys in \(KeyFile.path) with lines like 'ctrl-f = page-down' ('x = none' unbinds)."
    )

    @Flag(help: "Print the table as the KEYS section of the man page (mdoc), as `make man` does.")
    var man = false

    func run() throws {
        let keyMap = try KeyFile.load()
        print(man ? keyMap.manualSection : keyMap.markdownTable, terminator: "")
    }
}
