/// Turns input into actions: the configurable key table for normal use, and the fixed
/// typing keys of the search prompt and the commenter list.
public struct KeyMap: Sendable, Equatable {
    public private(set) var bindings: [KeyBinding]
    private var actions: [Key: Action] = [:]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
        for binding in bindings {
            for key in binding.keys where actions[key] == nil { actions[key] = binding.action }
        }
    }

    public enum OverrideError: Error, Equatable {
        case unknownKey(String)
        case unknownAction(String)
    }

    /// This map with keys rebound, e.g. `["ctrl-f": "page-down", "x": "none"]`.
    /// A rebound key leaves its old action; `none` unbinds it.
    public func applying(overrides: [String: String]) throws -> KeyMap {
        var bindings = self.bindings
        for (keyName, actionName) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let key = KeyName.key(named: keyName) else { throw OverrideError.unknownKey(keyName) }
            let target = bindings.firstIndex { $0.name == actionName }
            guard target != nil || actionName == "none" else { throw OverrideError.unknownAction(actionName) }
            for index in bindings.indices { bindings[index].keys.removeAll { $0 == key } }
            if let target { bindings[target].keys.append(key) }
        }
        return KeyMap(bindings: bindings)
    }

    public func action(for event: InputEvent, in mode: InputMode) -> Action? {
        switch event {
        case .resize(let width, let height): return .resize(width: width, height: height)
        case .mouse(let mouse): return mode == .normal ? .mouse(mouse) : nil
        case .key(let key): return action(for: key, in: mode)
        // Waking up without input only lets the driver take in files parsed meanwhile.
        case .idle: return nil
        }
    }

    private func action(for key: Key, in mode: InputMode) -> Action? {
        switch (mode, key) {
        case (.normal, _): return actions[key]
        // Pages over the panes close with Esc, and with the key that opened them.
        case (.help, .escape), (.explanation, .escape): return .cancel
        case (.help, _), (.explanation, _): return actions[key]
        // A library search's hits move and close with the reader's keys; Backspace goes back to the files.
        case (.libraryHits, .escape), (.libraryHits, .backspace), (.libraryHits, .control("c")): return .cancel
        case (.libraryHits, .enter): return .accept
        case (.libraryHits, _): return actions[key]
        // The list of links does not narrow by typing: its letters and digits are keys.
        case (.links, .character(let character)): return .type(character)
        case (_, .enter): return mode == .commenters ? .toggleFilterInList : .accept
        case (_, .escape), (_, .control("c")): return .cancel
        case (_, .backspace): return .deleteBackward
        // Hiding takes a key that does not type, so every name can be typed ("xavier").
        case (.commenters, .tab): return .toggleHiddenInList
        case (_, .character(let character)): return .type(character)
        case (.searchPrompt, _), (.libraryQuery, _): return nil
        // The lists.
        case (_, .down): return .moveDown
        case (_, .up): return .moveUp
        case (_, .pageDown): return .pageDown
        case (_, .pageUp): return .pageUp
        case (_, .home): return .moveToFirst
        case (_, .end): return .moveToLast
        default: return nil
        }
    }
}
