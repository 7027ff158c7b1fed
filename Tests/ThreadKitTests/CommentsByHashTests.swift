import XCTest
@testable import ThreadKit

final class CommentsByHashTests: XCTestCase {
    func testKeepsTheLatestCommentForEachHashThroughGrowth() {
        var table = CommentsByHash(expecting: 4)
        // Far more than it expected: it grows several times and keeps every entry.
        for key in 0..<10_000 { table[UInt64(key) &* 0x9E37_79B9_7F4A_7C15] = Int32(key) }
        for key in stride(from: 0, to: 10_000, by: 2) { table[UInt64(key) &* 0x9E37_79B9_7F4A_7C15] = -1 }
        XCTAssertEqual(table[UInt64(4_999) &* 0x9E37_79B9_7F4A_7C15], 4_999)
        XCTAssertEqual(table[UInt64(5_000) &* 0x9E37_79B9_7F4A_7C15], -1)
        XCTAssertNil(table[12_345])
    }

    func testTheHashZeroIsAnOrdinaryKey() {
        var table = CommentsByHash(expecting: 1)
        XCTAssertNil(table[0])
        table[0] = 7
        XCTAssertEqual(table[0], 7)
    }

    func testKeysSharingLowBitsDoNotOverwriteEachOther() {
        var table = CommentsByHash(expecting: 16)
        for shift in 0..<16 { table[UInt64(1) << (48 + UInt64(shift))] = Int32(shift) }
        for shift in 0..<16 { XCTAssertEqual(table[UInt64(1) << (48 + UInt64(shift))], Int32(shift)) }
    }
}
