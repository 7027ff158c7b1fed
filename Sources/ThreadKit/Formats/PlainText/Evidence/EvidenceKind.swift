/// The kinds of evidence the plain-text parser weighs, grouped by the decision they inform. Their
/// weights live in `PlainTextRules`; `label` is how `--explain` and the reader name them.
public enum EvidenceKind: String, Sendable, CaseIterable {
    // Is this line an author's name?
    case recurs = "stands alone on other lines too"
    case knownName = "the article's byline name"
    case cutOffParenthesis = "a name cut off inside a parenthesis"
    case handleInParentheses = "a handle in parentheses"
    case handleShape = "a user-name shape"
    case caselessScript = "a short name in a script without case"
    case titleCase = "title case"
    case headingOpener = "opens like a heading"
    case lowercaseHandle = "one lower-case word"
    case longName = "a long name"
    case shouted = "several words in capitals, seen once"
    case bodyFollows = "a body follows"
    case headerBelow = "a header's date or badge under it, as under the page's names"
    case userTitle = "its user title under it, over the header's date"
    case followsName = "right after another name line, and no body below"
    case wrappedOnto = "the line above wrapped onto it mid-sentence"
    case afterFooterLikeNames = "right after a footer, where the page's names stand"
    case onlyLineUnderName = "the one line between a name with no body and its footer"
    case lastLine = "the page's last line"
    case prose = "reads as prose"
    case interjection = "an interjection"
    case placeholder = "an image's or avatar's stand-in"
    case tableCells = "a table's cells, wide apart"
    case formControl = "a form's field or button"
    case field = "a field's label and its value"
    case aside = "an aside in parentheses"
    case calendarDate = "a calendar date"
    case removedNotice = "a removed comment's notice, standing apart from the comment above"
    case bodyOpener = "opens like a reply"
    case oneWordBody = "a shouted or function word alone"
    case emojiOnly = "emoji or symbols only"
    case emojiEnd = "ends with an emoji"

    // Does this paragraph start a comment of its own?
    case authorLine = "its author's name line"
    case twoBlankLines = "two blank lines before it"
    case topOfSection = "first paragraph of the comment section"
    case afterFooter = "a per-comment footer line above it"
    case addressesTheAuthor = "speaks to the comment's own author"
    case thanksOneParagraph = "thanks or laughs at a one-paragraph comment"
    case followsAClose = "follows a question or smiley that closes a comment"
    case continuation = "opens like a continuation"
    case chatty = "a chatty paragraph after the article"
    case signature = "a signature of the comment above"
    case noFooterAbove = "no footer above it, where the page's comments end with one"

    // Which comment does this one answer?
    case quotes = "quotes it"
    case addressedByName = "addressed by name"
    case backAndForth = "back-and-forth between two people"
    case answersAddress = "answers someone who addressed them"
    case alternation = "answered by the next comment of its author"
    case answersQuestion = "answers a question"
    case reaction = "reacts to the comment above"
    case secondPerson = "speaks to the comment above"
    case echo = "echoes words of the comment above"
    case articleAuthor = "the article's author answers"
    case newTopic = "takes up a new topic from the article"
    case standsAlone = "a slogan or verdict that stands alone"
    case sameAuthor = "the same author restating"
    case separated = "a gap of two blank lines above it"

    // How does the page lay out its comments (`PageLayout`)?
    case trailerDash = "a dash before the name"
    case trailerPostedBy = "a verb of posting before the name (\"Posted by\", \"answered DATE\" over it)"
    case trailerJoinedAbove = "joined to the text above it, parted from the one below"
    case trailerNamedAbove = "the poster's name stands over the text above it"
    case trailerNextNamedBelow = "the next poster's name stands glued under it"
    case headerUnderHeading = "the first stands under the comments' heading"
    case textUnderHeading = "text stands between the comments' heading and the first"
    case layoutHeader = "the page's comment header"
    case nameSlot = "the name in the page's header"
    case nameBesideHeader = "the name line beside the page's header"
    case nameUnderFooter = "a name under the comment above's footer, a date under it"
    case noNameBesideHeader = "no name line beside the header"
    case inlineSignature = "signed at the end of its text"
    case pingback = "a pingback: another page that links here, by its title"

    // Which comment does the page show this one answering?
    case indentation = "indented under it"
    case listRestart = "a list restarted under it"
    case deeperLevel = "a level deeper, under it"
    case attribution = "quotes it by its author's name"
    case replyMarker = "names it as the one it answers"
    case listedUnder = "listed under it, as comments on it"
    case inReplyTo = "its In-Reply-To field names that message's id"
    case threadSkeleton = "the thread drawn over it has it one step less deep above it"
    case replyCount = "listed under its count of replies"
    case navigationLinks = "its header's \"parent\", \"prev\" and \"next\" links lead there"
    case linkedID = "it links that comment's own address"
    case descendantCount = "within the count of comments under it (\"(10 children)\")"

    // Where does the article end?
    case sectionChrome = "a comment-section header"
    case countShownAgain = "its count shown again on a later section header"
    case sectionControls = "lines glued under it set aside as the section's controls"
    case sureName = "a sure author line"
    case nameRhythm = "name, body, name: the rhythm of comments"

    public var label: String { rawValue }

    /// A word or two for the reader's `inferred` mark: which kind of evidence made the link.
    public var mark: String {
        switch self {
        case .quotes: return "quote"
        case .addressedByName, .answersAddress: return "named"
        case .backAndForth, .alternation: return "exchange"
        case .answersQuestion: return "answer"
        case .reaction, .secondPerson: return "reaction"
        case .echo: return "echo"
        case .articleAuthor: return "author"
        default: return "guess"
        }
    }
}
