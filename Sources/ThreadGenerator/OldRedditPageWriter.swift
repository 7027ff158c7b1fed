import Foundation
import ThreadKit

/// The thread as a browser saves an old.reddit.com comment page: the post as `div.thing.link`, each comment a
/// `div.thing.comment` whose replies sit in its `div.child`, with the page's furniture (tagline, buttons) around
/// them, so a large saved page costs what a real one does.
public enum OldRedditPageWriter {
    public static func write(_ thread: ThreadKit.Thread, to out: inout String) {
        let title = escaped(thread.title ?? "Untitled")
        out += "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>\(title) : bench</title>"
        out += "<meta property=\"og:title\" content=\"\(title)\"></head>\n<body class=\"listing-page comments-page\">\n"
        out += "<div class=\"content\" role=\"main\"><div class=\"sitetable linklisting\">"
        out += "<div class=\"thing link self\" data-author=\"\(escaped(thread.article.byline ?? "[deleted]"))\">"
        out += "<p class=\"title\"><a class=\"title may-blank\" href=\"#\">\(title)</a></p>"
        out += "<div class=\"expando\"><form class=\"usertext\"><div class=\"usertext-body\"><div class=\"md\">"
        for block in thread.article.blocks { out += "<p>" + escaped(block.text) + "</p>" }
        out += "</div></div></form></div></div></div>\n"
        out += "<div class=\"commentarea\"><div class=\"sitetable nestedlisting\">\n"
        let tree = thread.tree
        let dates = ISO8601DateFormatter()
        func write(_ index: Int) {
            let comment = thread.comments[index]
            let author = escaped(comment.author ?? "[deleted]")
            out += "<div class=\"thing comment\" id=\"thing_t1_c\(index)\" data-author=\"\(author)\" data-type=\"comment\">"
            out += "<div class=\"entry unvoted\"><p class=\"tagline\"><a href=\"#\" class=\"expand\">[–]</a>"
            out += "<a href=\"https://old.reddit.com/user/\(author)\" class=\"author\">\(author)</a> "
            out += "<span class=\"score unvoted\">\(comment.score ?? 1) points</span> "
            let date = comment.date ?? Date(timeIntervalSince1970: 0)
            out += "<time datetime=\"\(dates.string(from: date))\">\(date)</time></p>"
            out += "<form class=\"usertext\"><div class=\"usertext-body\"><div class=\"md\">"
            for block in comment.blocks {
                out += block.kind == .quote ? "<blockquote><p>" + escaped(block.text) + "</p></blockquote>" : "<p>" + escaped(block.text) + "</p>"
            }
            out += "</div></div></form><ul class=\"flat-list buttons\"><li class=\"first\"><a href=\"#\">permalink</a></li>"
            out += "<li><a href=\"#\">embed</a></li><li><a href=\"#\">save</a></li><li><a href=\"#\">reply</a></li></ul></div>"
            out += "<div class=\"child\">"
            let children = tree.children(of: index)
            if !children.isEmpty {
                out += "<div class=\"sitetable listing\">"
                for child in children { write(Int(child)) }
                out += "</div>"
            }
            out += "</div></div>\n"
        }
        for root in tree.roots { write(Int(root)) }
        out += "</div></div></div>\n<footer class=\"footer\"><p>Use of this site constitutes acceptance of the terms.</p></footer></body></html>\n"
    }

    private static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
