/// One row of the key table: the keys, the action they trigger, and how help describes it.
public struct KeyBinding: Sendable, Equatable {
    public var keys: [Key]
    public var action: Action
    /// The action's name in config files, e.g. `half-page-down`.
    public var name: String
    public var help: String
    public var group: String

    public init(_ keys: [Key], _ action: Action, _ name: String, _ help: String, group: String) {
        self.keys = keys
        self.action = action
        self.name = name
        self.help = help
        self.group = group
    }
}
