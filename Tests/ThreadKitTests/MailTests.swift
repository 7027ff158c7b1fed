import Foundation
import XCTest
@testable import ThreadKit

final class MailTests: XCTestCase {
    func testSharedMailboxesMatchTheSourceThreads() throws {
        try assertSharedFixtures(["mbox/lkml_powerpc_thread.mbox", "mbox/lkml_cifs_thread.mbox"], format: "email-mbox") {
            Self.sourceComments(String(decoding: $0, as: UTF8.self))
        }
        let thread = try StructuredFixtures.parse(try StructuredFixtures.shared("mbox/lkml_cifs_thread.mbox"))
        XCTAssertTrue(thread.comments.allSatisfy { $0.date != nil })
    }

    /// Reads the mailbox with plain string handling: separators, unfolded headers, the nearest saved
    /// ancestor from References/In-Reply-To as parent, first copy of a Message-ID kept, pre-order in file order.
    static func sourceComments(_ text: String) -> [SourceComment] {
        var messages: [(id: String, author: String, ancestors: [String])] = []
        for chunk in ("\n\n" + text).components(separatedBy: "\n\nFrom ").dropFirst() {
            var headers: [String: String] = [:]
            var lastName = ""
            for line in chunk.split(separator: "\n", omittingEmptySubsequences: false).dropFirst() {
                if line.isEmpty { break }
                if line.first == " " || line.first == "\t" { headers[lastName, default: ""] += " " + line; continue }
                let pair = line.split(separator: ":", maxSplits: 1)
                lastName = pair[0].lowercased()
                if headers[lastName] == nil { headers[lastName] = pair.count > 1 ? String(pair[1]) : "" }
            }
            func ids(_ value: String?) -> [String] {
                (value ?? "").components(separatedBy: "<").dropFirst().compactMap { $0.components(separatedBy: ">").first }
            }
            let from = headers["from"]!.trimmingCharacters(in: .whitespaces)
            var author = from.components(separatedBy: "<").first!.trimmingCharacters(in: .whitespaces)
            author = author.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            var ancestors = ids(headers["references"])
            if let reply = ids(headers["in-reply-to"]).first, ancestors.last != reply { ancestors.append(reply) }
            let id = ids(headers["message-id"]).first!
            if !messages.contains(where: { $0.id == id }) { messages.append((id, author, ancestors)) }
        }
        let present = Set(messages.map(\.id))
        let parentOf = Dictionary(uniqueKeysWithValues: messages.map { m in (m.id, m.ancestors.last { present.contains($0) && $0 != m.id }) })
        var out: [SourceComment] = []
        func visit(_ parent: String?, depth: Int) {
            for m in messages where parentOf[m.id]! == parent {
                out.append(SourceComment(id: m.id, author: m.author, parentID: parent, depth: depth))
                visit(m.id, depth: depth + 1)
            }
        }
        visit(nil, depth: 0)
        return out
    }

    /// Large mailboxes are read on every core, small ones on one: both must thread alike.
    func testLargeAndSmallMailboxesThreadTheSame() throws {
        for count in [40, 1_500] {
            let text = Self.mailbox(of: count)
            XCTAssertEqual(text.utf8.count >= Mailbox.parallelSize, count == 1_500, "\(count) messages")
            let thread = try Mailbox.parse(SourceText(bytes: Array(text.utf8)), options: ParseOptions())
            XCTAssertEqual(thread.comments.count, count)
            assertTree(thread, matches: Self.sourceComments(text))
        }
    }

    /// `count` messages, each a reply to one a few before it (the first few start threads).
    private static func mailbox(of count: Int) -> String {
        (0..<count).map { index in
            let parent = index % 7 == 0 ? nil : index - 1 - index % 3
            let references = parent.map { "References: <m\($0)@example.invalid>\n" } ?? ""
            return "From sender\(index) Mon Jan  4 09:00:00 2021\nFrom: Writer \(index % 13) <w\(index % 13)@example.invalid>\n"
                + "Subject: Re: the long thread\nMessage-ID: <m\(index)@example.invalid>\n\(references)\n"
                + String(repeating: "Message \(index) says something worth reading twice. ", count: 4) + "\n"
        }.joined(separator: "\n")
    }

    func testEncodingsDuplicatesAndMissingParents() throws {
        let thread = try StructuredFixtures.parse(try StructuredFixtures.own("mail-edges.mbox"))
        XCTAssertEqual(thread.format, "email-mbox")
        XCTAssertEqual(thread.title, "Café talk")
        let c = thread.comments
        XCTAssertEqual(c.map(\.author), ["René Dupont", "Bob, B.", "Erin", "Carol", "dave@example.invalid"])
        XCTAssertEqual(c.map(\.parent), [nil, 0, 1, 0, nil])
        XCTAssertEqual(c[0].blocks, [.paragraph("Bonjour, l'été est chaud. This line is soft broken."),
                                     Block(.signature, "René\nParis")])
        XCTAssertEqual(c[1].blocks, [.paragraph("Thanks — agreed."), .quote("quoted from René second quoted line")])
        XCTAssertEqual(c[2].blocks, [.paragraph("Plain part wins ✓")])
        XCTAssertEqual(c[3].blocks, [.paragraph("Reply whose parent was not saved."),
                                     .paragraph("From the start of a line (mboxrd escape).")])
        XCTAssertEqual(c[0].date, Date(timeIntervalSince1970: 1609750800))
    }

    func testEncodedWordHeadersInLatin1Base64() {
        XCTAssertEqual(EncodedWords.decode("=?iso-8859-1?b?3GJlcnJhc2NodW5n?="), "Überraschung")
        XCTAssertEqual(EncodedWords.decode("Re: =?utf-8?q?Caf=C3=A9?= now"), "Re: Café now")
    }

    func testSingleMessageWithNestedMultipartAndAttachment() throws {
        let bytes = try StructuredFixtures.own("mail-single.eml")
        let thread = try StructuredFixtures.parse(bytes)
        XCTAssertEqual(thread.format, "email-eml")
        XCTAssertEqual(thread.title, "Report attached")
        XCTAssertEqual(thread.comments.count, 1)
        XCTAssertEqual(thread.comments[0].author, "Frank")
        XCTAssertEqual(thread.comments[0].blocks, [.paragraph("Voilà the report.")])
    }
}

/// A mailbox's bodies are read when first asked for: the same body as reading each message at once.
final class MailDeferredBodyTests: XCTestCase {
    func testEveryDeferredBodyEqualsItsMessageReadAtOnce() throws {
        let files = try StructuredFixtures.files(own: ["mail-edges.mbox"], shared: ["mbox/lkml_cifs_thread.mbox", "mbox/lkml_powerpc_thread.mbox"])
        for (name, file) in files {
            let thread = try StructuredFixtures.parse(file)
            XCTAssertTrue(thread.comments.allSatisfy(\.isBodyDeferred), "\(name): no body read by the parse")
            let bytes = try SourceText(bytes: file).bytes
            var eager: [String: Body] = [:]
            for range in Mailbox.messageRanges(in: bytes) {
                let message = Mailbox.message(String(decoding: bytes[range], as: UTF8.self).lines[...])
                guard let id = message.messageID.map({ String($0, radix: 16) }), eager[id] == nil else { continue }
                eager[id] = message.body
            }
            XCTAssertGreaterThan(eager.count, 2, name)
            for comment in thread.comments {
                guard let id = comment.sourceID, let body = eager[id] else { continue }
                XCTAssertEqual(comment.body, body, "\(name): \(id)")
            }
            XCTAssertEqual(thread.comments.compactMap(\.sourceID).filter { eager[$0] != nil }.count, eager.count, name)
        }
    }
}
