extension Sequence<UInt8> {
    /// FNV-1a: a quick 64-bit hash of bytes, for tables that look text up without storing it.
    /// Equal hashes do not prove equal text; callers check a hit against the text itself.
    /// Read from contiguous bytes where the sequence has them: a String's UTF-8 view stepped index by index is slow.
    var fnv1a: UInt64 {
        withContiguousStorageIfAvailable { $0.reduce(0xCBF2_9CE4_8422_2325, Self.fnv1aStep) }
            ?? reduce(0xCBF2_9CE4_8422_2325, Self.fnv1aStep)
    }

    private static func fnv1aStep(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
}
