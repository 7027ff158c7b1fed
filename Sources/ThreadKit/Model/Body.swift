/// A comment's or an article's text as a markup reader made it: blocks, and the links their spans point to.
public struct Body: Sendable, Equatable {
    public var blocks: [Block]
    public var links: [Link]

    public init(blocks: [Block] = [], links: [Link] = []) {
        self.blocks = blocks
        self.links = links
    }
}
