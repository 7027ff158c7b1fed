/// Any other site: the comment section is the largest group of sibling elements that repeat the same shape and
/// each hold something naming an author (a link to a user's page, `rel=author`, a class or attribute naming
/// author, user or commenter) and some text; nesting follows the markup.
enum GenericReader {
    static func read(_ dom: DOM, _ page: PageFacts) -> Thread? {
        nil
    }
}
