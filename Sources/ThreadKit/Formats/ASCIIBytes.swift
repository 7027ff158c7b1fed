extension UInt8 {
    /// An ASCII letter, either case: the bytes that begin a tag, a month's name or a legacy encoding's words.
    var isASCIILetter: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }
}
