/// Every threshold and word list the plain-text passes use, in one place.
enum PlainTextRules {
    // Author lines
    static let maxNameLength = 50
    static let maxNameWords = 10
    /// A candidate name scoring this much is an author line wherever it stands.
    static let sureNameScore = 3
    /// Enough for an author line in an ordinary place (after a body, before a body).
    static let nameScore = 2

    // Article
    static let maxTitleLength = 300
    static let maxHeaderLines = 4
    static let maxSubheadingLength = 80
    /// A trailing article paragraph shorter than this fraction of the median may be a comment.
    static let commentLengthFraction = 0.5
    /// How chatty a trailing article paragraph must be to count as an anonymous comment.
    static let chattyCommentScore = 2

    // Replies
    static let maxReplyDepth = 8
    static let veryShortReplyWords = 4
    static let questionAnswerMaxParagraphs = 3
    /// How many comments back someone who was addressed by name may answer.
    static let addressedAnswerWindow = 3
    static let minQuotedSentenceLength = 20

    /// Short replies that are bodies even though they look like names ("Exactly", "Well said").
    static let interjections: Set<String> = [
        "lol", "lmao", "lmfao", "rofl", "haha", "hahaha", "ha", "hah", "heh", "hehe", "omg", "wow", "wtf",
        "exactly", "agreed", "agree", "disagree", "indeed", "true", "so true", "correct", "right", "wrong",
        "absolutely", "precisely", "definitely", "bingo", "amen", "this", "+1", "same", "same here", "ditto",
        "me too", "well said", "well put", "well done", "good point", "fair point", "great point", "spot on",
        "nice", "nice one", "great", "brilliant", "excellent", "awesome", "cool", "interesting", "hilarious",
        "priceless", "thanks", "thank you", "thx", "cheers", "yes", "yeah", "yep", "yup", "no", "nope", "nah",
        "ok", "okay", "sure", "why", "what", "how", "really", "seriously", "source", "sources", "citation needed",
        "nonsense", "rubbish", "bullshit", "garbage", "sad", "so sad", "help", "oh", "oh no", "oh dear", "oh well",
        "hear hear", "touché", "touche", "facts", "noted", "classic", "perfect", "great article", "great review",
        "good article", "nice article", "great post", "good job", "congrats", "congratulations", "bravo", "yikes",
        "quarterly", "indeed so", "not really", "of course", "why not", "so what", "who cares", "big if true",
    ]

    /// First words of a comment that react to the comment just above it.
    static let reactionStarters: Set<String> = [
        "true", "agreed", "agree", "exactly", "yes", "yeah", "yep", "yup", "no", "nope", "nah", "lol", "haha",
        "same", "indeed", "correct", "right", "so", "but", "ur", "actually", "typo", "sorry", "oh", "wow",
        "ok", "okay", "fair", "nonsense", "rubbish", "wrong", "hmm", "ha", "lmao", "ditto", "absolutely",
        "precisely", "bingo", "amen",
    ]

    /// First words that make a short line a reply rather than a name ("Thanks Marta", "Same here mate").
    static let bodyOpeners = reactionStarters.union(greetings).subtracting(["@", "review", "dear", "sir", "mate", "bro"])

    /// Words before a name that make it a greeting or thanks, i.e. addressed to that commenter.
    static let greetings: Set<String> = [
        "hi", "hey", "hello", "dear", "thanks", "thank", "thx", "cheers", "merci", "danke", "gracias", "obrigado",
        "obrigada", "olá", "ola", "hola", "bonjour", "sorry", "congrats", "congratulations", "welcome", "no",
        "brilliant", "great", "well", "nice", "bravo", "yes", "ok", "okay", "ah", "oh", "ahh", "morning", "evening",
        "bro", "mate", "sir", "review", "night", "goodnight", "bye", "@",
    ]

    /// Lower-case words that may stand inside a title-case name ("Flames In The Desert", "José da Silva").
    static let nameParticles: Set<String> = [
        "de", "da", "do", "dos", "das", "di", "del", "della", "van", "von", "der", "den", "ter", "la", "le", "du",
        "al", "el", "bin", "ibn", "y", "e", "of", "the", "and", "&", "@", "-", "–", "a", "in", "on", "at", "for",
    ]

    /// Common words that, as parts of a commenter's name, are not distinctive enough to count as addressing them.
    static let commonNameWords: Set<String> = [
        "the", "and", "who", "what", "that", "this", "with", "from", "for", "not", "but", "all", "any", "are",
        "was", "were", "has", "had", "have", "you", "your", "our", "their", "they", "them", "she", "him", "her",
        "his", "its", "one", "two", "man", "men", "woman", "guy", "girl", "boy", "free", "long", "time", "reader",
        "still", "uses", "use", "someone", "known", "formerly", "artist", "retired", "engineer", "years", "year",
        "other", "bread", "lover", "truth", "truths", "true", "real", "old", "new", "big", "little", "good",
        "bad", "best", "great", "must", "stay", "just", "only", "say", "says", "said", "driver", "user", "guest",
        "anonymous", "fan", "citizen", "patriot", "american", "british", "russian", "observer", "voice",
        "reason", "common", "sense", "concerned", "mr", "mrs", "ms", "dr", "sir", "lady", "lord", "king", "queen",
        "week", "day", "night", "world", "life", "people", "god", "news", "desert", "flames", "willing", "conscience",
    ]

    /// Function words that make no pair of words distinctive.
    static let stopWords: Set<String> = [
        "about", "after", "again", "also", "been", "being", "can", "could", "did", "does", "doing", "done", "each",
        "even", "ever", "get", "got", "here", "how", "into", "it's", "like", "more", "most", "much", "now", "off",
        "once", "out", "over", "same", "should", "some", "such", "than", "then", "there", "these", "those", "too",
        "very", "was", "way", "well", "when", "where", "which", "while", "why", "will", "would", "yes", "yet",
    ]

    /// Lines of page furniture, compared lower-cased.
    static let chromeLines: Set<String> = [
        "reply", "like", "share", "share this", "share this:", "report", "flag", "leave a reply", "leave a comment",
        "leave a reply cancel reply", "cancel reply", "post a comment", "add a comment", "comments", "comment",
        "load more comments", "show more comments", "view more comments", "show more replies", "load more",
        "advertisement", "sponsored", "sponsored content", "related", "related articles", "related posts",
        "you may also like", "join the discussion", "discussion", "responses", "newest", "oldest", "best", "top",
        "sort by", "subscribe", "log in", "login", "sign in", "sign up", "log in to comment", "log in to reply",
        "continue reading", "read more", "tweet", "email", "print", "facebook", "twitter", "whatsapp", "reddit",
        "linkedin", "pinterest", "telegram", "copy link", "share on facebook", "share on twitter",
        "click to share on facebook (opens in new window)", "click to share on twitter (opens in new window)",
        "like this:", "like loading...", "loading...", "comments are closed.", "comments are closed",
        "your email address will not be published.", "required fields are marked *",
        "notify me of new comments via email.", "notify me of new posts via email.", "upvote", "downvote",
        "permalink", "edit", "delete", "hide replies", "show replies", "more comments", "previous comments",
    ]

    /// Chrome that opens the comment section: the article has ended above it.
    static let sectionStartLines: Set<String> = [
        "share this", "share this:", "leave a reply", "leave a comment", "leave a reply cancel reply", "comments",
        "comment", "post a comment", "add a comment", "join the discussion", "discussion", "responses",
        "comments are closed.", "comments are closed", "like this:",
    ]

    /// Last words of chrome lines of the form "<count> <word>" or "<word> <count>".
    static let countedChromeWords: Set<String> = [
        "comment", "comments", "reply", "replies", "like", "likes", "response", "responses", "share", "shares",
        "point", "points", "vote", "votes", "upvote", "upvotes", "reaction", "reactions", "more replies",
    ]
    static let countedSectionStartWords: Set<String> = ["comment", "comments", "response", "responses"]

    /// First words of headings rather than names ("How It Works", "The Verdict").
    static let headingOpeners: Set<String> = [
        "the", "a", "an", "how", "why", "what", "when", "where", "who", "is", "are", "our", "my", "in", "on",
        "about", "final", "conclusion", "summary", "verdict", "update", "editor's", "related",
    ]

    /// First words that carry on the paragraph above rather than start someone else's comment.
    static let continuationOpeners: Set<String> = [
        "i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "my", "mine", "me", "and", "but", "or", "also", "because",
        "edit", "ps", "p.s", "anyway", "plus",
    ]

    /// Openers of a second paragraph that thank or laugh at the first: someone else's reply.
    static let replyOpeners: Set<String> = ["thank", "thanks", "thx", "cheers", "lol", "haha", "hahaha", "lmao"]

    /// First words of a sentence that asks something, even without a question mark.
    /// (Not "could", "should", "will": "Should be ok for Tuesday" drops its subject and asks nothing.)
    static let questionOpeners: Set<String> = [
        "can", "does", "do", "is", "are", "why", "how", "what", "where", "who", "when", "which", "anyone", "anybody",
        "somebody", "has",
    ]

    /// Words that turn a question to the comment above ("Did you do the fridge bit?").
    static let secondPerson: Set<String> = ["you", "your", "you're", "you’re", "yours", "u", "ur"]

    /// Words that show thanks are for the article, not for the comment above ("Thanks for an honest review").
    static let articleWords: Set<String> = [
        "review", "article", "post", "recipe", "piece", "write-up", "writeup", "story", "blog", "report", "reporting",
    ]

    /// Phrases that end an article by inviting comments: such a paragraph belongs to the article.
    static let articleSignOffs = [
        "in the comments", "let me know", "leave a comment", "tell us", "tell me", "what do you think", "share your",
    ]
}
