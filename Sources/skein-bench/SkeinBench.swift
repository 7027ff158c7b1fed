import ArgumentParser

@main
struct SkeinBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skein-bench",
        abstract: "Generate realistic threads and measure skein's parsers and reader on them.",
        subcommands: [Measure.self, Keys.self, Generate.self, Footprint.self, LibraryBench.self, ParseThroughput.self],
        defaultSubcommand: Measure.self
    )
}
