extension Block {
    /// One block of `body` in `skein dump --format json`: its kind and text, and only the structure it has.
    var json: JSONValue {
        var pairs: [(String, JSONValue)] = [("kind", .string(kind.rawValue)), ("text", .string(text))]
        if quoteLevel > 0 { pairs.append(("quote_level", .int(quoteLevel))) }
        if let list {
            let marker: JSONValue
            switch list.marker {
            case .bullet: marker = .string("bullet")
            case .number(let number): marker = .int(number)
            case .continuation: marker = .string("continuation")
            }
            pairs.append(("list", .object([("depth", .int(list.depth)), ("marker", marker)])))
        }
        if let quotedComment { pairs.append(("quoted_comment", .int(quotedComment))) }
        if !spans.isEmpty {
            pairs.append(("spans", .array(spans.map { span in
                var fields: [(String, JSONValue)] = [("style", .string(span.style.rawValue)),
                                                      ("start", .int(span.range.lowerBound)), ("end", .int(span.range.upperBound))]
                if let link = span.link { fields.append(("link", .int(link))) }
                return .object(fields)
            })))
        }
        return .object(pairs)
    }
}

extension Array where Element == Link {
    var json: JSONValue { .array(map { .object([("text", .string($0.text)), ("url", .string($0.url))]) }) }
}
