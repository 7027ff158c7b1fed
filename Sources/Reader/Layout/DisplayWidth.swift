import CWidth

extension Character {
    /// Terminal columns this grapheme takes: glibc's wcwidth summed over its scalars.
    /// Negative (a control scalar) only comes back for text the sanitiser has not cleaned.
    var displayWidth: Int {
        var total = 0
        for scalar in unicodeScalars {
            let width = Int(skein_wcwidth(scalar.value))
            if width < 0 { return -1 }
            total += width
        }
        return total
    }
}

extension StringProtocol {
    /// Columns of already-safe text such as labels the reader writes itself.
    var displayWidth: Int { reduce(0) { $0 + Swift.max(0, $1.displayWidth) } }
}
