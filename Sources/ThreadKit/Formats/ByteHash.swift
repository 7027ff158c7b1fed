extension Sequence<UInt8> {
    /// FNV-1a: a quick 64-bit hash of bytes, for tables that look text up without storing it.
    /// Equal hashes do not prove equal text; callers check a hit against the text itself.
    var fnv1a: UInt64 { reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 } }
}
