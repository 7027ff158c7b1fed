import XCTest
@testable import ThreadKit

/// Numbers read from bytes in place read as the standard library reads them from a String.
final class ByteNumberTests: XCTestCase {
    func testDecimalsReadAsDoubleReadsThem() {
        var generator = SystemRandomNumberGenerator()
        var texts = ["0", "-0", "1.", ".5", "-.5", "007", "1672531200.0", "1672531200.123", "0.1", "-12.5", "999999999999999",
                     "9999999999999999", "1e5", "+5", "-", ".", "1.2.3", "", "0.30000000000000004", "123456789012345.6"]
        for _ in 0..<20_000 {
            let whole = String(UInt64.random(in: 0...999_999_999_999, using: &generator))
            let fraction = String(UInt64.random(in: 0...9_999_999, using: &generator)).prefix(Int.random(in: 0...7, using: &generator))
            texts.append((Bool.random(using: &generator) ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction))
        }
        for text in texts {
            let fast = Double(shortDecimal: Array(text.utf8))
            if let fast { XCTAssertEqual(fast.bitPattern, Double(text)?.bitPattern, text) }
            XCTAssertEqual(fast ?? Double(text), Double(text), text)
        }
    }

    func testIntegersReadAsIntReadsThem() {
        for text in ["0", "-0", "+5", "007", "-9223372036854775808", "9223372036854775807", "9223372036854775808", "", "-", "+", "1.5", "12a", " 1"] {
            XCTAssertEqual(Int(decimal: Array(text.utf8)), Int(text), text)
        }
    }
}
