import CGumbo

/// gumbo's tree of some bytes, for as long as `body` reads it.
enum Gumbo {
    static func withTree<Result>(of bytes: UnsafeBufferPointer<UInt8>, fragment: Bool,
                                 _ body: (GumboOutput) -> Result) -> Result {
        var options = kGumboDefaultOptions
        // Parse errors are not shown to anyone; recording them costs memory on broken markup.
        options.max_errors = 0
        if fragment { options.fragment_context = GUMBO_TAG_BODY }
        return bytes.withMemoryRebound(to: CChar.self) { chars in
            let output = gumbo_parse_with_options(&options, chars.baseAddress, chars.count)!
            defer { gumbo_destroy_output(&options, output) }
            return body(output.pointee)
        }
    }
}

extension SavedPage {
    /// Whether a page parsed in pieces of about `pieceLength` bytes is the page parsed whole, node for node (or
    /// is parsed whole): for the `pieces` fuzz target, which cannot see the DOM.
    public static func piecesAgreeWithWhole(_ bytes: [UInt8], pieceLength: Int) -> Bool {
        guard let (dom, _) = DOM.inPieces(bytes, pieceLength: pieceLength) else { return true }
        return dom.isSameTree(as: DOM(parsing: bytes, fragment: false))
    }
}

extension DOM {
    /// A large page parsed a piece at a time. gumbo's tree of a whole page is about eleven times the page (1.4 GB
    /// for a 90 MB one), where the flat arrays take a few bytes a node: parsed in pieces, gumbo holds one piece's
    /// tree at a time. A piece ends just before a start tag that makes a node, where its tree shows nothing
    /// pending: the elements left open are plain containers, the last token made a node, no formatting element
    /// or form closed by another tag may still count. The next piece is parsed behind start tags that reopen
    /// those containers, and its nodes are grafted under them, so the arrays come out as the whole page's would
    /// (the `pieces` fuzz target checks that they do). A cut that is not clean makes the piece longer; anything
    /// in a later piece that would have reached back into an earlier one (a node put before an open table,
    /// attributes given to `html` or `body`) makes the page parsed whole.
    enum Pieces {
        /// The arrays and how many pieces made them; nil when the page must be parsed whole.
        static func parse(_ page: UnsafeBufferPointer<UInt8>, pieceLength: Int) -> (builder: Builder, pieces: Int)? {
            var builder = Builder(reservingFor: page)
            var open: [OpenElement] = []
            var doctype: [UInt8] = []
            var start = 0, pieces = 0
            while start < page.count {
                var end = cut(page, after: start + pieceLength), tries = 0
                piece: while true {
                    let prefix = open.isEmpty ? [] : doctype + open.flatMap { Array("<\($0.name)>".utf8) }
                    let input = prefix + page[start..<end]
                    let mark = builder.mark
                    let nextIsTablePart = tablePart.contains(tagName(page, at: end))
                    let outcome: Outcome = input.withUnsafeBufferPointer { bytes in
                        Gumbo.withTree(of: bytes, fragment: false) { output in
                            if open.isEmpty {
                                switch output.document.pointee.v.document.doc_type_quirks_mode {
                                case GUMBO_DOCTYPE_NO_QUIRKS: doctype = Array("<!DOCTYPE html>".utf8)
                                case GUMBO_DOCTYPE_QUIRKS: doctype = []
                                default: return .whole  // limited quirks: no short doctype brings it back
                                }
                            }
                            return builder.graft(output.root, onto: open, prefixLength: prefix.count,
                                                 inputLength: input.count, isLast: end == page.count,
                                                 nextIsTablePart: nextIsTablePart)
                        }
                    }
                    switch outcome {
                    case .whole: return nil
                    case .longer:
                        // Most unclean cuts are one tag's matter (inside a link, just after a form): the next
                        // tags are tried; past them the piece doubles a few times, then takes the rest of the page
                        // (one held in a form throughout is read in about 1.2 times a whole parse, not twice).
                        builder.rollBack(to: mark)
                        tries += 1
                        end = tries <= Self.nextTagsTried ? cut(page, after: end + 1)
                            : tries <= Self.nextTagsTried + Self.doublings ? cut(page, after: start + (end - start) * 2) : page.count
                    case .open(let elements):
                        open = elements
                        start = end
                        pieces += 1
                        break piece
                    }
                }
            }
            return (builder, pieces)
        }

        static let nextTagsTried = 3
        static let doublings = 3

        /// Where a piece that should end at `target` does: before the next start tag (`<` and a letter), but not
        /// one that makes no node in a body (`<body>`, `<head>`, `<html>`, `<frameset>`, `<frame>`): the text
        /// before it would run on past it; nor one `cannotCut` refuses.
        static func cut(_ page: UnsafeBufferPointer<UInt8>, after target: Int) -> Int {
            var position = min(target, page.count)
            while position + 1 < page.count {
                if page[position] == UInt8(ascii: "<"), page[position + 1].isASCIILetter {
                    let name = tagName(page, at: position)
                    if !noNodeInBody.contains(name) && !cannotCut(page, before: position) { return position }
                    position += name.count + 1
                    continue
                }
                position += 1
            }
            return page.count
        }

        /// Whether a `<` comes before with no `>` after it: cut there, the piece would end inside markup that
        /// gumbo finishes at the input's end (`</` as text, where whole `</<b>` is the comment `<b`; a DOCTYPE,
        /// ignored in a body, whose bytes the text before it then seems to reach over). Or `</form>`: gumbo
        /// records no end tag for a form, so where its last token ends is not known and the cut would be refused.
        private static func cannotCut(_ page: UnsafeBufferPointer<UInt8>, before position: Int) -> Bool {
            var back = position - 1
            while back >= 0, page[back] != UInt8(ascii: ">") {
                if page[back] == UInt8(ascii: "<") { return true }
                back -= 1
            }
            var end = position
            while end > 0, page[end - 1] == 0x20 || page[end - 1] == 0x0A || page[end - 1] == 0x09 || page[end - 1] == 0x0D { end -= 1 }
            return end >= 7 && page[(end - 7)..<end].map { $0 | 0x20 }.elementsEqual("</form>".utf8)
        }

        /// The lower-case name of the tag at `position` (empty at the page's end).
        static func tagName(_ page: UnsafeBufferPointer<UInt8>, at position: Int) -> [UInt8] {
            var end = position + 1
            while end < page.count, page[end].isASCIILetter { end += 1 }
            return end > position + 1 ? page[(position + 1)..<end].map { $0 | 0x20 } : []
        }

        private static let noNodeInBody = Set(["html", "head", "body", "frameset", "frame"].map { Array($0.utf8) })
        /// Tags that make a node only inside a table.
        private static let tablePart = Set(["caption", "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr"].map { Array($0.utf8) })

        /// Containers that a start tag of their own reopens as they were: the tree builder's state inside them
        /// is their stack and nothing else. Custom elements (`shreddit-comment`) behave as `span` does. Not a
        /// form: whether later `<form>` tags make forms depends on the page's current form, which a stray
        /// `</form>` forgets while the form stays open.
        static let reopenable: Set<String> = [
            "html", "body", "div", "section", "article", "main", "aside", "nav", "header", "footer", "ul", "ol",
            "li", "dl", "dt", "dd", "span", "p", "blockquote", "center", "details", "summary", "fieldset",
            "figure", "figcaption", "address", "hgroup", "menu", "dir", "table", "tbody", "thead", "tfoot", "tr",
            "td", "th",
        ]

        /// Formatting elements: one closed by anything but its own end tag may be reopened around later text.
        static let formatting = table(of: [
            GUMBO_TAG_A, GUMBO_TAG_B, GUMBO_TAG_BIG, GUMBO_TAG_CODE, GUMBO_TAG_EM, GUMBO_TAG_FONT, GUMBO_TAG_I,
            GUMBO_TAG_NOBR, GUMBO_TAG_S, GUMBO_TAG_SMALL, GUMBO_TAG_STRIKE, GUMBO_TAG_STRONG, GUMBO_TAG_TT, GUMBO_TAG_U,
        ])

        /// Elements with no end tag: never left open.
        static let void = table(of: [
            GUMBO_TAG_AREA, GUMBO_TAG_BASE, GUMBO_TAG_BASEFONT, GUMBO_TAG_BGSOUND, GUMBO_TAG_BR, GUMBO_TAG_COL,
            GUMBO_TAG_EMBED, GUMBO_TAG_FRAME, GUMBO_TAG_HR, GUMBO_TAG_IMAGE, GUMBO_TAG_IMG, GUMBO_TAG_INPUT,
            GUMBO_TAG_KEYGEN, GUMBO_TAG_LINK, GUMBO_TAG_META, GUMBO_TAG_PARAM, GUMBO_TAG_SOURCE, GUMBO_TAG_TRACK,
            GUMBO_TAG_WBR,
        ])

        /// Whether each tag is among `tags`, by its number: asked of every element copied.
        private static func table(of tags: [GumboTag]) -> [Bool] {
            var table = [Bool](repeating: false, count: Int(GUMBO_TAG_LAST.rawValue) + 1)
            for tag in tags { table[Int(tag.rawValue)] = true }
            return table
        }
    }

    /// An element open where a piece ends: its node in the arrays and the tag that reopens it.
    struct OpenElement {
        var index: Int32
        var name: String
    }

    /// What became of a piece.
    enum Outcome {
        /// Copied; these elements are open at its end (html first).
        case open([OpenElement])
        /// Its end is no clean cut: nothing copied, parse a longer piece.
        case longer
        /// It reaches back into the pieces before it: parse the page whole.
        case whole
    }
}

private typealias NodePointer = UnsafeMutablePointer<GumboNode>

private extension NodePointer {
    var element: GumboElement { pointee.v.element }
    var isElement: Bool { pointee.type == GUMBO_NODE_ELEMENT }

    /// Byte offset of the node's start in the input (where its start tag, or its text, begins).
    var startOffset: Int {
        isElement || pointee.type == GUMBO_NODE_TEMPLATE ? Int(element.start_pos.offset) : Int(pointee.v.text.start_pos.offset)
    }

    var children: [NodePointer] {
        guard isElement || pointee.type == GUMBO_NODE_TEMPLATE else { return [] }
        let list = element.children
        return (0..<Int(list.length)).map { list.data[$0]!.assumingMemoryBound(to: GumboNode.self) }
    }

    /// Closed by another tag than its own end tag, or by the input's end: gumbo flags it (and records that
    /// other tag as its end tag).
    var isClosedByOtherTag: Bool { pointee.parse_flags.rawValue & GUMBO_INSERTION_IMPLICIT_END_TAG.rawValue != 0 }

    /// Left open at the end of the input: an element (not void) that no end tag closed. (One closed by a later
    /// start tag is never the last child: that tag's node comes after it. A form closed by `</form>` has no end
    /// tag recorded either; the end of its last token, short of the input's end by `</form>`, tells it.)
    var isLeftOpen: Bool {
        isElement && element.original_end_tag.length == 0 && !DOM.Pieces.void[Int(element.tag.rawValue)]
    }

    /// Where the node's last token ends in the input, when it is what ends the input; nil for a comment, whose
    /// end an unclosed `<!--` may have stretched to the end.
    var endOffset: Int? {
        switch pointee.type {
        case GUMBO_NODE_TEXT, GUMBO_NODE_WHITESPACE:
            let text = pointee.v.text
            return Int(text.start_pos.offset) + text.original_text.length
        case GUMBO_NODE_ELEMENT:
            if element.original_end_tag.length > 0 { return Int(element.end_pos.offset) + element.original_end_tag.length }
            return element.original_tag.length > 0 ? Int(element.start_pos.offset) + element.original_tag.length : nil
        default:
            return nil
        }
    }
}

extension DOM.Builder {
    /// Copies a piece's tree: the first whole, a later one without the reopening elements its prefix made, its
    /// nodes under the open elements those stand for.
    fileprivate mutating func graft(_ root: NodePointer, onto open: [DOM.OpenElement], prefixLength: Int,
                                    inputLength: Int, isLast: Bool, nextIsTablePart: Bool) -> DOM.Outcome {
        // The reopening elements: the last element child begun in the prefix, level by level (html's first is
        // the head it implies).
        var reopened = [root]
        while reopened.count < open.count {
            guard let next = reopened.last!.children.last(where: { $0.isElement && $0.startOffset < prefixLength }) else { return .whole }
            reopened.append(next)
        }
        var stack: [(node: NodePointer, parent: Int32)] = []
        if open.isEmpty {
            stack = [(root, -1)]
        } else {
            // Attributes a stray `<body class=…>` gave a reopening element belong to the element it stands for.
            if reopened.contains(where: { $0.element.attributes.length > 0 }) { return .whole }
            for (level, node) in reopened.enumerated() {
                let inside = level + 1 < reopened.count ? reopened[level + 1] : nil
                var pastInside = inside == nil
                var copied: [NodePointer] = []
                for child in node.children {
                    if child == inside { pastInside = true; continue }
                    // The head the reopened html implies, empty: a body's content never goes there.
                    if child.isElement && child.startOffset < prefixLength { continue }
                    if child.pointee.type == GUMBO_NODE_COMMENT { continue }
                    // Put before an element the earlier pieces hold (a node fostered out of an open table).
                    if !pastInside { return .whole }
                    copied.append(child)
                }
                stack.append(contentsOf: copied.reversed().map { ($0, open[level].index) })
            }
        }
        // The elements left open at the end, root first, and their nodes in the arrays as they are copied (those
        // reopened are already there).
        var path = [root]
        while let last = path.last!.children.last, last.isLeftOpen { path.append(last) }
        var indices = open.isEmpty ? [] : zip(path, reopened).prefix { $0 == $1 }.indices.map { open[$0].index }
        var formattingLeftToReopen = false
        var formClosedByOtherTag = false
        copy(from: stack) { node, index in
            if indices.count < path.count, node == path[indices.count] { indices.append(index) }
            guard node.isElement else { return }
            if node.isClosedByOtherTag && DOM.Pieces.formatting[Int(node.element.tag.rawValue)] { formattingLeftToReopen = true }
            if node.isClosedByOtherTag && node.element.tag == GUMBO_TAG_FORM { formClosedByOtherTag = true }
        }
        if isLast { return .open([]) }
        // A form closed by anything but `</form>` is still the current form, which later `<form>` tags are
        // ignored for.
        guard !formattingLeftToReopen, !formClosedByOtherTag, path.count >= 2, path.allSatisfy(isReopenable),
              path[1].element.tag == GUMBO_TAG_BODY,
              !nextIsTablePart || path.contains(where: { $0.element.tag == GUMBO_TAG_TABLE }),
              (path.last!.children.last ?? path.last!).endOffset == inputLength
        else { return .longer }
        return .open(zip(indices, path).map { DOM.OpenElement(index: $0, name: reopeningName(of: $1)) })
    }

    private func isReopenable(_ node: NodePointer) -> Bool {
        node.element.tag_namespace == GUMBO_NAMESPACE_HTML
            && (node.element.tag == GUMBO_TAG_UNKNOWN || DOM.Pieces.reopenable.contains(reopeningName(of: node)))
    }

    /// The tag that reopens an element: its own name, or for any element gumbo does not know, one name for all.
    /// gumbo builds the tree of unknown elements by their tag alone (`</x>` closes a `<y>` left open), and the
    /// name the page wrote may not survive as a tag (`<P\v…>` is an unknown element whose name reads as "p").
    private func reopeningName(of node: NodePointer) -> String {
        node.element.tag == GUMBO_TAG_UNKNOWN ? "skein-open" : String(cString: gumbo_normalized_tagname(node.element.tag))
    }
}
