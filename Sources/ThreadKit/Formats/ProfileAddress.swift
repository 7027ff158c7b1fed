/// An address of a user's own page: a path through `/u/`, `/user/`, `/users/`, `/profile/`, `/member/`, `/members/` to a name,
/// or a name after a tilde (Slashdot's "//slashdot.org/~david.emery"). A saved page links its posters' names there, and so does
/// a text browser's copy of it (in its list of references).
enum ProfileAddress {
    /// The segment naming the user (`71187_predator.html`, `341908-rockett`, `~david.emery`), or nil for another address.
    static func handle(in href: String) -> Substring? {
        let path = href.split(separator: "?", maxSplits: 1).first.map { $0.split(separator: "#", maxSplits: 1).first ?? $0 } ?? ""
        let segments = path.split(separator: "/")
        guard let last = segments.last else { return nil }
        if last.count > 1, last.first == "~" { return last }
        guard let at = segments.lastIndex(where: { ["u", "user", "users", "profile", "member", "members"].contains($0.lowercased()) }),
              at == segments.count - 2 else { return nil }
        return last
    }
}
