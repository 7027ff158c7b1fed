/// The text a discussion hangs under: a news story, a Reddit self-post, a mail's root.
public struct Article: Sendable, Equatable {
    public var caption: String?
    public var byline: String?
    public var blocks: [Block]
    /// Links its text holds; link spans in `blocks` point here.
    public var links: [Link]

    public init(caption: String? = nil, byline: String? = nil, blocks: [Block] = [], links: [Link] = []) {
        self.caption = caption
        self.byline = byline
        self.blocks = blocks
        self.links = links
    }

    public init(caption: String? = nil, byline: String? = nil, body: Body) {
        self.init(caption: caption, byline: byline, blocks: body.blocks, links: body.links)
    }

    public var isEmpty: Bool { caption == nil && byline == nil && blocks.isEmpty }
}
