import ThreadKit

extension ThreadKit.Thread {
    /// The parent the reply tree uses: the model's `parent`, unless the tree made the comment top level.
    func treeParent(of comment: Int32) -> Int32? {
        let parent = tree.parent[Int(comment)]
        return parent >= 0 ? parent : nil
    }
}
