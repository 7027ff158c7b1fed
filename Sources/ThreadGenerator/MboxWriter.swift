import Foundation
import ThreadKit

/// The thread as a mailing-list archive (mboxrd): the article is the root message and every
/// comment a reply, linked by Message-ID / In-Reply-To / References as mail clients thread them.
public enum MboxWriter {
    static let wrapColumn = 72

    public static func write(_ thread: ThreadKit.Thread, to out: inout String) {
        let subject = thread.title ?? "Untitled"
        let start = (thread.comments.first?.date ?? Date(timeIntervalSince1970: 0)).addingTimeInterval(-600)
        message(from: thread.article.byline, date: start, subject: subject, id: messageID(nil), ancestors: [],
                blocks: thread.article.blocks, to: &out)
        var chain: [Int] = [] // ancestors of the current comment, for References
        for (index, comment) in thread.comments.enumerated() {
            while let last = chain.last, last != comment.parent { chain.removeLast() }
            let references = [messageID(nil)] + chain.map(messageID)
            message(from: comment.author, date: comment.date ?? start, subject: "Re: " + subject, id: messageID(index),
                    ancestors: references, blocks: comment.blocks, to: &out)
            chain.append(index)
        }
    }

    private static func messageID(_ comment: Int?) -> String {
        "<" + (comment.map { "c\($0)" } ?? "root") + "@generated.skein.invalid>"
    }

    private static func message(from author: String?, date: Date, subject: String, id: String, ancestors: [String],
                                blocks: [Block], to out: inout String) {
        let address = MailAddress(name: author)
        out += "From \(address.email) \(MailDate.separatorLine(date))\n"
        out += "From: \(address.header)\n"
        out += "Date: \(MailDate.header(date))\n"
        out += "Subject: \(MailAddress.encodedWord(subject))\n"
        out += "Message-ID: \(id)\n"
        if let parent = ancestors.last {
            out += "In-Reply-To: \(parent)\n"
            out += "References: " + ancestors.joined(separator: "\n ") + "\n"
        }
        out += "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        for (i, block) in blocks.enumerated() {
            if i > 0 { out += "\n" }
            for line in wrapped(block.text, prefix: block.kind == .quote ? "> " : "") {
                // mboxrd: a body line starting with "From " (or ">From ") gains one more ">".
                let bare = line.drop { $0 == ">" }
                out += bare.hasPrefix("From ") ? ">" + line + "\n" : line + "\n"
            }
        }
        out += "\n"
    }

    /// Lines of at most `wrapColumn` characters, broken at spaces, as mail clients send them.
    private static func wrapped(_ text: String, prefix: String) -> [String] {
        var lines: [String] = []
        var line = prefix
        for word in text.split(separator: " ") {
            if line.count > prefix.count, line.count + 1 + word.count > wrapColumn {
                lines.append(line)
                line = prefix
            }
            line += (line.count > prefix.count ? " " : "") + word
        }
        lines.append(line)
        return lines
    }
}
