import Foundation
import ThreadKit

/// Makes a realistic thread of any size from a seed: the same (comments, seed) always gives
/// the same thread, so benchmark files can be regenerated instead of stored.
public enum ThreadGenerator {
    /// Deepest reply the walk may reach; real threads stop around here.
    static let maximumDepth = 40
    static let anonymousShare = 0.05
    static let quoteShare = 0.12
    /// Chance the next comment answers the one just written, which is what makes deep chains.
    static let answerLatestShare = 0.62
    static let topLevelShare = 0.08

    /// Comments come out in pre-order (each followed by its replies), the order pages show them.
    public static func thread(comments count: Int, seed: UInt64) -> ThreadKit.Thread {
        var random = SplitMix64(seed: seed)
        let pool = AuthorPool(count: max(12, count / 8), random: &random)
        let zipf = ZipfSampler(count: pool.authors.count)
        var prose = Prose(random: SplitMix64(seed: random.next()))
        var date = Date(timeIntervalSince1970: 1_672_531_200 + Double(seed % 10_000) * 86_400)
        let title = prose.title()
        let article = Article(byline: pool.authors[0].name,
                              blocks: (0..<Int.random(in: 3...6, using: &random)).map { _ in .paragraph(prose.paragraph(in: .english)) })
        var comments: [Comment] = []
        comments.reserveCapacity(count)
        var path: [Int] = [] // the chain of comments from a top-level one down to the latest
        for index in 0..<count {
            if path.isEmpty || random.chance(topLevelShare) {
                path = []
            } else if path.count < maximumDepth, random.chance(answerLatestShare) {
                // stay: answer the latest comment
            } else {
                path.removeLast(min(path.count, 1 + Int.random(in: 0...2, using: &random)))
            }
            let parent = path.last
            let author = random.chance(anonymousShare) ? nil : pool.authors[zipf.sample(using: &random)]
            var blocks = prose.body(in: author?.language ?? .english).map(Block.paragraph)
            if let parent, random.chance(quoteShare), let quoted = comments[parent].blocks.first(where: { $0.kind == .paragraph }) {
                blocks.insert(Block(.quote, quoted.text, quotedComment: parent), at: 0)
            }
            date += Double.random(in: 5...900, using: &random)
            comments.append(Comment(author: author?.name, blocks: blocks, parent: parent, date: date,
                                    score: Int.random(in: -5...120, using: &random)))
            path.append(index)
        }
        return ThreadKit.Thread(format: "generated", title: title, article: article, comments: comments)
    }
}
