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
        // 9,000 messages (3 MB): the file's message starts and UTF-8 are found in pieces too, and the messages' parents
        // and comments made in pieces; each message hangs under the one it names.
        let count = 9_000
        let thread = try Mailbox.parse(SourceText(bytes: Array(Self.mailbox(of: count).utf8)), options: ParseOptions())
        XCTAssertEqual(thread.comments.count, count)
        func id(_ index: Int) -> String { String(Array("m\(index)@example.invalid".utf8).fnv1a, radix: 16) }
        let positions = Dictionary(uniqueKeysWithValues: thread.comments.enumerated().map { ($1.sourceID ?? "", $0) })
        for index in 0..<count {
            let comment = thread.comments[try XCTUnwrap(positions[id(index)])]
            XCTAssertEqual(comment.author, "Writer \(index % 13)")
            let parent = index - 1 - index % 3
            XCTAssertEqual(comment.parent.flatMap { thread.comments[$0].sourceID }, index % 7 == 0 || parent < 0 ? nil : id(parent))
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

/// A mailbox's messages are threaded from their header bytes, with only the fields threading reads: the same
/// ids, subject, author, date and body encoding as reading the whole header as lines.
final class MailThreadingFieldsTests: XCTestCase {
    func testThreadingFieldsEqualTheWholeHeadersOnes() throws {
        let folded = """
        From someone Mon Jan  4 09:00:00 2021
        Received: from a (b [1.2.3.4])
        \tby c; Mon, 4 Jan 2021 09:00:00 +0000
        MESSAGE-ID: <m1@example.invalid>
        Subject: =?UTF-8?B?w6l0w6k=?= and
         a folded tail
        X-Other: value
         continued
        References: <a@x>
        \t<b@x>
        from: "Writer, A." <w@example.invalid>
        Date:Mon, 4 Jan 2021 09:00:00 +0000
        Subject: a second subject is not the first
        not a header line
        In-Reply-To: <never@read>

        Body.
        """
        var files = try StructuredFixtures.files(own: ["mail-edges.mbox"], shared: ["mbox/lkml_cifs_thread.mbox", "mbox/lkml_powerpc_thread.mbox"])
        files.append(("folded", Array(folded.utf8)))
        var compared = 0
        for (name, file) in files {
            let bytes = try SourceText(bytes: file).bytes
            for range in Mailbox.messageRanges(in: bytes) {
                let header = bytes[range.lowerBound..<Mailbox.headerEnd(of: bytes[range])]
                var unused = 0
                let whole = MailHeaders(lines: String(decoding: header, as: UTF8.self).lines[...], bodyStart: &unused)
                var names = DisplayNames(), namesOfLines = DisplayNames()
                XCTAssertEqual(ThreadingFields(of: bytes[range], names: &names), ThreadingFields(whole, names: &namesOfLines), name)
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 3)
        var names = DisplayNames()
        let folding = ThreadingFields(of: Array(folded.utf8)[...], names: &names)
        XCTAssertEqual(folding.messageID, Array("m1@example.invalid".utf8).fnv1a)
        XCTAssertEqual(folding.subject, "=?UTF-8?B?w6l0w6k=?= and a folded tail", "the first subject, its lines joined")
        XCTAssertEqual(folding.references, [Array("a@x".utf8).fnv1a, Array("b@x".utf8).fnv1a])
        XCTAssertEqual(folding.author, "Writer, A.")
        XCTAssertNotNil(folding.date)
        XCTAssertNil(folding.inReplyTo, "the header ends at a line that is no field")
    }
}

/// Encoded words and dates in ASCII are read on their bytes: as the same text with a character beyond ASCII reads.
final class MailASCIIHeaderTests: XCTestCase {
    func testEncodedWordsReadTheSameOnBytes() {
        let values = ["=?UTF-8?B?QXJqdW4gTcO8bGxlcg==?= <arjun@example.invalid>", "=?ISO-8859-1?Q?Andr=E9?=  =?ISO-8859-1?Q?_Pirard?= <p@x>",
                      "Re: =?utf-8?q?caf=C3=A9?= and\tmore  ", "=?bad", "a =?UTF-8?X?abc?= b", "=?UTF-8*en?Q?x_y?=tail", "  =?UTF-8?B?w6k=?=  "]
        for value in values {
            XCTAssertEqual(EncodedWords.decode(value) + "·é", EncodedWords.decode(value + "·é"), value)
        }
        XCTAssertEqual(EncodedWords.decode(values[0]), "Arjun Müller <arjun@example.invalid>")
        XCTAssertEqual(EncodedWords.decode(values[1]), "André Pirard <p@x>")
    }

    func testDatesReadTheSameOnBytes() {
        let dates = ["Mon, 02 Jan 2023 00:03:07 +0000", "2 Jan 2023 00:03 -0500", "Wed,30 Jun 2010 15:55:58 GMT", "Thu 1 Feb 99 1:2:3",
                     "+5 Jan 2020 10:00", "1 Foo 2020 10:00", "1 Jan 2020", "Sun, 31 Dec 2023 23:59:60 +2359"]
        for date in dates {
            XCTAssertEqual(Timestamps.rfc5322(date), Timestamps.rfc5322(date + " é"), date)
        }
        XCTAssertEqual(Timestamps.rfc5322(dates[0])?.timeIntervalSince1970, 1_672_617_787)
        XCTAssertNil(Timestamps.rfc5322(dates[6]))
    }

    /// The date read a word at a time reads as its words, split into arrays, say: 20,000 random dates of odd spacing,
    /// weekdays in other scripts, clocks with missing or extra pieces and zones of any shape.
    func testDatesReadAsTheirSplitWordsSay() {
        func splitRead(_ text: String) -> Date? {
            let bytes = Array(text.utf8)
            var words = bytes.split(maxSplits: 6) { $0 == 0x20 || $0 == 0x09 || $0 == 0x2C }
            func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
            if let first = words.first, let last = first.last, Int(decimal: first) == nil,
               last < 0x80 ? isLetter(last) : String(decoding: first, as: UTF8.self).last?.isLetter == true {
                words.removeFirst()
            }
            let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
            guard words.count >= 4, let day = Int(decimal: words[0]),
                  let month = months.firstIndex(where: { month in
                      words[1].prefix(3).count == 3 && zip(words[1].prefix(3), month.utf8).allSatisfy { $0 | 0x20 == $1 && isLetter($0) }
                  }),
                  var year = Int(decimal: words[2]) else { return nil }
            if year < 50 { year += 2000 } else if year < 1000 { year += 1900 }
            let clock = words[3].split(separator: UInt8(ascii: ":")).compactMap { Int(decimal: $0) }
            guard clock.count >= 2 else { return nil }
            var offset = 0
            if words.count > 4, let zone = words[4].first, zone == UInt8(ascii: "+") || zone == UInt8(ascii: "-"),
               let value = Int(decimal: words[4].dropFirst()), (0..<10_000).contains(value) {
                offset = (zone == UInt8(ascii: "-") ? -1 : 1) * ((value / 100) * 3600 + (value % 100) * 60)
            }
            return Timestamps.date(year: year, month: month + 1, day: day, hour: clock[0], minute: clock[1],
                                   second: clock.count > 2 ? clock[2] : 0, offset: offset)
        }
        let pieces = [["Mon", "Mon,", "lun.", "Пн", "月", "7", ""], ["1", "02", "31", "+4", "x", "32"],
                      ["Jan", "dec", "Sept", "Ma", "ÉTÉ", "feb."], ["2023", "99", "49", "0", "12345", "-1"],
                      ["00:03:07", "1:2", "1::2", ":5:6:7:8", "10:xx:30", "24:00", "7", "12:60"],
                      ["+0000", "-0500", "GMT", "+-0100", "+99999", "-", "(UTC)"], ["extra", "", "+0100"]]
        let blanks = [" ", "  ", "\t", ",", ", ", " ,"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            var text = Bool.random(using: &generator) ? blanks.randomElement(using: &generator)! : ""
            for choices in pieces where Int.random(in: 0..<10, using: &generator) > 0 {
                text += choices.randomElement(using: &generator)! + blanks.randomElement(using: &generator)!
            }
            XCTAssertEqual(Timestamps.rfc5322(text), splitRead(text), text)
        }
    }
}
