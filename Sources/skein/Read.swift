import ArgumentParser
import ThreadKit

struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open threads in the full-screen reader (the default).")

    @OptionGroup var input: FileArguments

    func run() throws {
        for path in input.paths {
            do { _ = try ThreadFile.load(path, options: input.parseOptions) } catch { fail("\(error)") }
        }
        fail("the interactive reader is not built yet; try 'skein dump'")
    }
}
