/// The text a discussion hangs under: a news story, a Reddit self-post, a mail's root.
public struct Article: Sendable, Equatable {
    public var caption: String?
    public var byline: String?
    public var blocks: [Block]

    public init(caption: String? = nil, byline: String? = nil, blocks: [Block] = []) {
        self.caption = caption
        self.byline = byline
        self.blocks = blocks
    }

    public var isEmpty: Bool { caption == nil && byline == nil && blocks.isEmpty }
}
