import ThreadKit

extension ThreadKit.Thread {
    /// The parent the reply tree uses: the model's `parent`, unless the tree made the comment top level.
    func treeParent(of comment: Int32) -> Int32? {
        guard tree.depth[Int(comment)] > 0, let parent = comments[Int(comment)].parent else { return nil }
        return Int32(parent)
    }
}
