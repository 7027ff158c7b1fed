extension KeyMap {
    /// The default keys. Help and the README key list are generated from this table.
    public static let standard = KeyMap(bindings: moving + tree + authors + reading + searching + general)

    private static func keys(_ names: String...) -> [Key] { names.compactMap(KeyName.key(named:)) }

    private static let moving: [KeyBinding] = [
        KeyBinding(keys("j", "down"), .moveDown, "move-down", "next comment / scroll down", group: "Move"),
        KeyBinding(keys("k", "up"), .moveUp, "move-up", "previous comment / scroll up", group: "Move"),
        KeyBinding(keys("g", "home"), .moveToFirst, "first", "first comment / top", group: "Move"),
        KeyBinding(keys("G", "end"), .moveToLast, "last", "last comment / bottom", group: "Move"),
        KeyBinding(keys("space", "pgdn"), .pageDown, "page-down", "page down (at the article's end, on into the discussion)", group: "Move"),
        KeyBinding(keys("b", "pgup"), .pageUp, "page-up", "page up", group: "Move"),
        KeyBinding(keys("ctrl-d"), .halfPageDown, "half-page-down", "half a page down", group: "Move"),
        KeyBinding(keys("ctrl-u"), .halfPageUp, "half-page-up", "half a page up", group: "Move"),
        KeyBinding(keys("tab"), .switchFocus, "switch-pane", "switch between article and discussion", group: "Move"),
        KeyBinding(keys("a"), .focusArticle, "article", "show the article", group: "Move"),
        KeyBinding(keys("c"), .focusDiscussion, "discussion", "show the discussion", group: "Move"),
    ]

    private static let tree: [KeyBinding] = [
        KeyBinding(keys("enter", "o"), .toggleFold, "toggle-fold", "fold or unfold the replies", group: "Tree"),
        KeyBinding(keys("h", "left"), .foldOrGoToParent, "fold-or-parent", "fold, or go to the parent", group: "Tree"),
        KeyBinding(keys("l", "right"), .unfoldOrGoToFirstReply, "unfold-or-reply", "unfold, or go to the first reply", group: "Tree"),
        KeyBinding(keys("p"), .goToParent, "parent", "go to the parent", group: "Tree"),
        KeyBinding(keys("J"), .nextSibling, "next-sibling", "next sibling", group: "Tree"),
        KeyBinding(keys("K"), .previousSibling, "previous-sibling", "previous sibling", group: "Tree"),
        KeyBinding(keys("}"), .nextThread, "next-thread", "next top-level thread", group: "Tree"),
        KeyBinding(keys("{"), .previousThread, "previous-thread", "previous top-level thread", group: "Tree"),
        KeyBinding(keys("C"), .foldAll, "fold-all", "fold everything to the top level", group: "Tree"),
        KeyBinding(keys("E"), .unfoldAll, "unfold-all", "unfold everything", group: "Tree"),
    ] + (1...9).map { depth in
        KeyBinding(keys("\(depth)"), .showDepth(depth), "depth-\(depth)", "show replies down to depth N", group: "Tree")
    } + [
        KeyBinding(keys("t"), .toggleOrder, "toggle-order", "reply tree / the page's own order", group: "Tree"),
        // mutt's T, on the quotation mark: T cycles themes here.
        KeyBinding(keys("\""), .toggleQuotes, "toggle-quotes", "fold or unfold the quoted text of this comment", group: "Tree"),
        KeyBinding(keys("S"), .skipQuoted, "skip-quoted", "scroll past the quoted text of this comment", group: "Tree"),
        KeyBinding(keys("z"), .toggleSignature, "toggle-signature", "show or fold this comment's signature", group: "Tree"),
        KeyBinding(keys("w"), .explain, "explain", "why this comment: its start, author and parent", group: "Tree"),
    ]

    private static let authors: [KeyBinding] = [
        KeyBinding(keys("*"), .toggleAuthorHighlight, "highlight-author", "highlight this author's comments", group: "Authors"),
        KeyBinding(keys(">"), .nextByAuthor, "next-by-author", "this author's next comment", group: "Authors"),
        KeyBinding(keys("<"), .previousByAuthor, "previous-by-author", "this author's previous comment", group: "Authors"),
        KeyBinding(keys("O"), .nextBySubmitter, "next-by-op", "next comment by the submitter (OP)", group: "Authors"),
        KeyBinding(keys("f"), .filterToAuthor, "filter-author", "only this author (with what they answer)", group: "Authors"),
        KeyBinding(keys("x"), .hideAuthor, "hide-author", "hide this author", group: "Authors"),
        KeyBinding(keys("F"), .openCommenters, "commenters", "list of commenters", group: "Authors"),
        KeyBinding(keys("esc", "="), .clearFilters, "clear-filters", "clear filters, hidden authors and highlight", group: "Authors"),
    ]

    private static let reading: [KeyBinding] = [
        KeyBinding(keys("]"), .nextUnread, "next-unread", "next new or unread comment (unfolds to show it)", group: "Reading"),
        KeyBinding(keys("["), .previousUnread, "previous-unread", "previous new or unread comment", group: "Reading"),
        KeyBinding(keys("R"), .markThreadRead, "mark-read", "mark the whole thread read", group: "Reading"),
        KeyBinding(keys("m"), .toggleBookmark, "bookmark", "bookmark this comment (again: take the bookmark away)", group: "Reading"),
        KeyBinding(keys("'"), .openBookmarks, "bookmarks", "every bookmark of every thread: Enter opens its file there", group: "Reading"),
        KeyBinding(keys("U"), .markSubtreeUnread, "mark-unread", "mark this comment and its replies unread", group: "Reading"),
    ]

    private static let searching: [KeyBinding] = [
        KeyBinding(keys("/"), .startSearch, "search", "search (Enter accepts, Esc cancels); in a library's list, every thread's comments", group: "Search"),
        KeyBinding(keys("n"), .nextMatch, "next-match", "next match", group: "Search"),
        KeyBinding(keys("N"), .previousMatch, "previous-match", "previous match", group: "Search"),
    ]

    private static let general: [KeyBinding] = [
        KeyBinding(keys("ctrl-n"), .nextFile, "next-file", "next file", group: "General"),
        KeyBinding(keys("ctrl-p"), .previousFile, "previous-file", "previous file", group: "General"),
        KeyBinding(keys("L", "backspace"), .openDocuments, "files", "list of files (and of the threads in a Disqus export)", group: "General"),
        KeyBinding(keys("T"), .cycleTheme, "cycle-theme", "next theme", group: "General"),
        KeyBinding(keys("|"), .toggleSplit, "split", "article and discussion side by side, or one at a time", group: "General"),
        KeyBinding(keys("y"), .copyText, "copy", "copy this comment's text (the article's, in its pane) to the terminal's clipboard",
                   group: "General"),
        KeyBinding(keys("u"), .openLinks, "links", "this comment's links: Enter opens one with $BROWSER or xdg-open, y copies it",
                   group: "General"),
        KeyBinding(keys("Y"), .copyLink, "copy-link", "copy this comment's link to the clipboard (a list when it has several)",
                   group: "General"),
        KeyBinding(keys("?"), .showHelp, "help", "this help", group: "General"),
        KeyBinding(keys("ctrl-l"), .redraw, "redraw", "redraw the screen", group: "General"),
        KeyBinding(keys("ctrl-z"), .suspend, "suspend", "suspend to the shell", group: "General"),
        KeyBinding(keys("q", "ctrl-c"), .quit, "quit", "quit (closes an overlay first)", group: "General"),
    ]
}
