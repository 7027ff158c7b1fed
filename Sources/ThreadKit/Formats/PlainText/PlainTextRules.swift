/// Every weight, threshold and word list the plain-text passes use, in one value: the evidence
/// producers read their weights here and the combiners their thresholds. Word lists hold general
/// words of the language and fixed phrases of comment widgets, never a test page's names or topics.
/// A class, immutable: every pass, closure and producer holds it by one reference (as a struct, each copy retained
/// its eighty lists, a tenth of a large page's parse).
public final class PlainTextRules: Sendable {
    public static let standard = PlainTextRules()
    /// A weight that rules an option out whatever else is found.
    public static let veto = -1000

    // MARK: Is this line an author's name?
    /// Longer lines are never names; the longest real ones are descriptive ("Someone Who Still Uses A …").
    let maxNameLength = 80
    let maxNameWords = 14
    /// A name line that recurs on the page.
    let recurs = 3
    /// The article's own author, named in the byline.
    let knownName = 3
    /// "Retired Engineer (33 years at": the site cut the name off inside its parenthesis.
    let cutOffParenthesis = 3
    /// "Mark (gr8rambino)": a handle after a name; a phrase in parentheses counts less.
    let handleInParentheses = 2
    let phraseInParentheses = 1
    /// Words after the closing parenthesis that still leave it a name's aside ("Mark (the other Mark) NZ").
    let wordsAfterNameAside = 2
    /// mike_t, dr.lens, pixelpusher_88: digits, `_`, `.` or `@` inside one word.
    let handleShape = 2
    /// 王伟: names in scripts without case cannot be title case.
    let caselessScript = 2
    let maxCaselessNameLength = 20
    /// Capitalised words: two or more, or one.
    let titleCaseWords = 2
    let titleCaseWord = 1
    /// "How It Works": a heading, not a name.
    let headingOpener = -1
    /// ovenspring: a lone lower-case handle of 4 letters or more.
    let lowercaseHandle = 1
    /// A line longer than most names counts as one only if it recurs.
    let longNameLength = 50
    let longName = -2
    /// Several words all in capitals, seen once: a shout ("GO WOLVES GO"), seldom a name.
    let shouted = -2
    /// Context: a body below the line; another name line just above it.
    let bodyFollows = 1
    /// A part of a comment's header (a date, a badge) set aside just under the line.
    let headerBelow = 1
    let followsName = -1
    /// In small letters or none, under a line a text browser broke mid-sentence because this line's first word would not
    /// fit: the paragraph's end ("pep-3104/"), not a name glued under it.
    let wrappedOnto = -2
    /// Right after a footer, with text under it, where most of the page's names stand.
    let afterFooterLikeNames = 1
    /// The one line between a name with no body yet and the footer: that name's body ("Guest" / "Spot on Lurker" / "Reply").
    let onlyLineUnderName = -3
    let lastLine = -1
    /// A line ending in an emoji is mostly a short reply ("Totally 💯"), unless it recurs.
    let endsWithEmoji = -1
    /// A candidate scoring this much is an author line wherever it stands.
    let sureNameScore = 3
    /// Enough for an author line in an ordinary place.
    let nameScore = 2

    // MARK: Per-comment furniture
    /// A line shape (numbers masked) seen this often, mostly followed by a name line or more
    /// furniture rather than by a body, is a footer of every comment ("Reply", "▲ 12 ▼").
    let furnitureMinimumRepeats = 3
    /// The share of its places where a repeated shape must stand between a body and a name (either way round).
    let furnitureShare = 0.6
    /// Words a line may add to a furniture shape and still be that furniture ("Like · Reply · 2w · Edited").
    let furnitureExtraWords = 2
    /// A line seen this often, each time glued under a name, is that commenter's badge ("Staff").
    let badgeMinimumRepeats = 2
    /// The most lines glued under a comment-section heading that are taken for its controls ("Sort by", "Oldest", a
    /// notice): a longer tight block is comments laid out without gaps.
    let maxSectionControls = 12
    let maxFurnitureLength = 40
    let maxFurnitureWords = 8
    /// Furniture is labels and counts, not prose: more words of letters than this ("same, from your mouth to
    /// Gods ears :)") make a line a body, however often it is repeated.
    let maxFurnitureLetterWords = 5
    /// Nor does it end like a sentence: this many words or more, closed by `.`, `!` or `?` after a word of
    /// three letters or more ("I see no shame."; not "Posted at 9:14 p.m.").
    let furnitureSentenceWords = 3
    /// Units of time, masked in furniture shapes so that every age of a page ("2 days ago", "5 hours ago") has one.
    let timeUnits: Set<String> = [
        "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "week",
        "weeks", "month", "months", "year", "years", "yr", "yrs",
    ]
    /// Units of a compact age ("4h", "45m", "2d", "3mo"), lower case.
    let compactAgeUnits: Set<String> = ["s", "m", "h", "d", "w", "y", "mo", "wk", "yr", "yrs", "min", "mins", "hr", "hrs"]
    /// The word after a unit of time that makes it an age ("85 years old"), lower case.
    let ageWords: Set<String> = ["old"]
    /// Lines over a forum's first trailer where its poster's own block may stand, name and all (a long first post).
    let firstPostReach = 60
    /// Words of a poster's place after the comma that ends their name ("Declan Furlong, Dublin 6"), at most.
    let placeWords = 3
    /// Month names, masked in furniture shapes so every date line of a page has one shape.
    let monthNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    /// Months in German, French, Spanish, Italian, Portuguese and Dutch, lower case, less the English ones: a date's when a
    /// figure stands beside them ("18. Oktober 2023", "3 mai 2019"), since alone some are names ("Julio", "Mai").
    let otherMonthNames: Set<String> = [
        "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
        "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre",
        "diciembre", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
        "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
        "januari", "februari", "maart", "mei", "augustus",
    ]

    /// A month's name in any of those languages, lower case.
    func isMonth(_ word: String) -> Bool { monthNames.contains(word) || otherMonthNames.contains(word) }

    /// What ends a day's ordinal figure, lower case: "March 1st", "1er juillet", "1º de março". The figure is a count, as "1" is.
    let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th", "er", "re", "e", "ème", "º", "ª"]

    // MARK: Layouts learnt from the page
    /// Headers whose name slot holds a comma, this share of them at least, end the slot with the poster's place.
    let layoutPlaceShare = 0.8
    /// Name lines beside the headers ending ", PLACE": so many places, each after the names of as many posters, show the page
    /// names its posters' places there ("Pádraig Ó Floinn, Clooncarra", "Noreen, Ardnacarrig"), so that a place after any name
    /// is no part of it. A place is at most as many words, each capitalised or a figure ("Dublin 6").
    let sharedPlaces = 2
    let postersSharingAPlace = 2
    let maxPlaceWords = 3
    /// Headers above the comments' heading, at most this many, are the article's (its byline and date), not comments.
    let layoutArticleHeaders = 2
    /// A line shape must recur this often to be part of a page's layout.
    let layoutMinimumRepeats = 3
    /// How many lines above a header's name the page may mark its poster's name (`ProfileLinks`): the name, a user title, a
    /// count of posts, then the header's line.
    let profileNameReach = 4
    /// Lines in a row, at least, opening with a stamp alike ("[   41.500614] usb …") for a log pasted in a post (`StampedLogs`).
    let logShortestRun = 3
    /// Lines a text browser may wrap one of a log's lines into, after its first.
    let logWrappedLines = 2
    /// A word is the layout's own (`said...`, `Reply`) when it is on at least this share of as many short lines as the
    /// page's commonest word: a prolific commenter's name recurs too, but on fewer lines than every header's words.
    let layoutWordShare = 0.15
    /// Lines the layout is learnt from: enough for hundreds of comments; the rest of a large page is matched against it.
    let layoutSampleLines = 6_000
    /// Lines of the sample shaped on one core at least: fewer would cost more in starting a thread than they save (not a weight).
    let layoutLinesPerCore = 1_000
    /// Lines a page's headers are matched against shaped at once, on every core: many cores' worth, held a window at a time
    /// (not a weight).
    let layoutShapedWindow = 4_096
    /// Paragraphs read to tell the words of labels from the words of prose: a sample is enough for the proportion.
    let layoutSampleParagraphs = 1_500
    /// Share of a name-less anchor's places (a date line, `#2`) with a name line at one distance from it, for the two to be a header.
    let layoutNameShare = 0.7
    /// Share of those places at which the same line set apart names no poster when two anchors are weighed: a footer more
    /// likely ("ReportSaveFollow" over "level 2"); one poster seldom writes half of a thread.
    let layoutFooterOverAnchorShare = 0.5
    /// A header's slot is a user title when the name lines beside the same comments name this many times as many people.
    let layoutTitlesToNames = 2
    /// Share of the headers beside which a line shape recurs, for it to be part of the header block (`Join Date:`, `Posts:`).
    let layoutPartShare = 0.3
    /// Share of the comments a repeated line without a name must follow, for it to be their furniture (`Reply`, `Like (12)`).
    /// Share of the headers a line the same word for word stands beside for it to be furniture however its words score as a
    /// name ("• Reply with quote" under every post): no poster posts every comment of a page.
    let layoutEveryCommentShare = 0.8
    /// Share of the headers whose block holds the post's number ("#12"), counting up, for the page to show its posts one after
    /// another (none under another).
    let layoutPostNumberShare = 0.8
    let layoutFurnitureShare = 0.3
    let layoutMaxFurnitureTokens = 8
    /// How many lines from its anchor a header block reaches.
    let layoutBlockReach = 4
    /// Lines of furniture under the poster's name, the same as under the headers' names, for a name line to stand for a header
    /// whose first line is missing ("Predator" / "Profil" / "Beiträge anzeigen" where others have "Avatar von Chatfix" over it).
    let anchorlessTailLines = 2
    /// Share of a page's headers that date their comment on the header's line, for a line that matches without a date to be
    /// no header ("Threads: Expanded | Collapsed" over "Ann | Leeds | 12 Jun 2024, 07:58").
    let layoutDatedShare = 0.9
    /// How far below a header's name its date may stand, on short lines of its block ("Ann 5" / "* Member" / "Posted April 1").
    let layoutDateBelowLines = 12
    /// Share of the headers whose name slot holds one word, for the slot to be one word (a flair or a score after it is not the name).
    let layoutSingleWordNames = 0.8
    /// Share of the headers whose name slot opens with a word seen there more than once, for the commonest to be the header's own
    /// ("Postby Jakob", "geschrieben von berg2012"); and the largest share of them one poster may take after it (a poster's
    /// first name opens their every header).
    let layoutSlotLeadShare = 0.8
    let layoutSlotLeadPoster = 0.7
    /// Words of a person's name among one-word handles ("Dot Fenwick", "Raj Venkataraman"), taken whole all the same.
    let layoutPersonsNameWords = 3
    /// A header's name of more words than `layoutMaxNameWords` opens the line, every word capitalised, up to so many words and
    /// characters ("Fifth Street Neighbor Since Before The Stop Sign says:").
    let maxLongNameWords = 10
    let maxLongNameLength = 80
    /// Share of the names of several words that open with a handle in small letters ("wanda_k Wanda Kowalski"), for the
    /// handle to be each poster's name.
    let layoutHandleShare = 0.7
    /// Share of the sure name lines of a page a header with a name in it must match at least: on a name-lines page
    /// a few lines that open with a name and a layout word ("Ann the …") are not its header.
    let layoutHeaderShare = 0.25
    /// A header with the name in it is preferred to a name line beside a date or number unless that has more places than
    /// this share of its.
    let layoutNamedHeaderShare = 0.8
    /// Name lines away from the headers, as a multiple of the headers, that keep a "name over a date" header against the
    /// name-lines layout, which would cut a comment at each of them (a mail archive's thread list, "Reply via email to" / NAME).
    let layoutStrayNameShare = 1.0
    /// A header with the name in it at fewer places than this share of a name over a date left to the name-lines layout is a
    /// few stray lines (a related video's channel), not the comments' header: the name-lines layout is kept.
    let layoutLesserHeaderShare = 0.5
    /// Share of the headers with a blank line between them and their body, for a short line joined to a header, with that
    /// blank under it, to be the header's (a flair: "Native 🇹🇼 | teacher") rather than the body's.
    let layoutPartedBodyShare = 0.5
    /// Share of a header's places that go on alike after the shared part ("NAME DATE | parent | next [–]").
    let layoutTailShare = 0.5
    /// A line this long (with its indentation) may have been wrapped by a text browser (`lynx -dump` wraps at 79 columns,
    /// before its link numbers are taken out).
    let wrappedLineLength = 60
    /// A page wrapped at a width (`WrapWidth`): judged from its lines of this many bytes or more (text, not names or
    /// furniture), at least this many of them; the width is at most so many columns, and this share of those lines end
    /// within the ragged edge short of it.
    let wrapSampleLength = 30
    let wrapMinimumLines = 20
    let wrapSampleLines = 5_000
    let wrapMaximumColumns = 100
    let wrapRaggedEdge = 12
    let wrapEdgeShare = 0.25
    /// A field's value under its label ("Location" / "Herefordshire, UK") is short: a body's first line is longer.
    let maxFieldValueLength = 40
    /// Half the headers or more must have a body between them and the next: headers do not stand in a column.
    let layoutMinimumMedianGap = 2
    /// A header whose names stand alone on lines of their own this often (a profile block under the post) names the page's
    /// posters, and goes before one that names something else ("Location: Teesside").
    let layoutPosterShare = 0.3
    /// A page printed as a table of two columns (`TableColumns`): spaces that part the columns on one line, lines that
    /// show it (as many again start at the right column), and where the right column may begin at the earliest.
    let tableGap = 3
    let tableRows = 20
    let tableMinimumColumn = 10
    /// A wrapped line of prose has at least this many words.
    let proseLineWords = 8
    /// A user title in a header block has at most this many words ("Gehöre zum Inventar 931 Danke erhalten."); a longer line
    /// there is the body's first ("easy say that when it's not your yard the path goes through" over "Reply Like (22)").
    let layoutMaxTitleWords = 8
    /// Words a name in a header's slot may have ("Maria de los Angeles Garcia"): more is a sentence.
    let layoutMaxNameWords = 5
    /// Words of a poster's place after their name in a header's slot ("…, Johnstone,").
    let layoutMaxPlaceWords = 3
    /// A header goes on after its shared part as most of the page's headers do: what follows there in fewer than
    /// this share of them (and once only) is a line of text that happens to open like one ("UPDATE March 2022: a year…").
    let layoutFollowerShare = 0.1
    /// Evidence that the header follows its body (a trailer): a dash before the name ("— Ann"), "Posted by", the line
    /// joined to the text above it and parted from the one below, the name over the text above, text between the comments'
    /// heading and the first;
    /// against: the heading just above the first.
    let trailerDash = 3
    let trailerPostedBy = 3
    let trailerJoinedAbove = 1
    /// The poster's name stands over the text above the line that names them again (a forum post's own block).
    let trailerNamedAbove = 3
    /// The next header's poster opens the lines glued under this one's block (a forum post's own block: "Kung Fu Kowboy, DATE"
    /// / "#2" / "3. Tachy").
    let trailerNextNamedBelow = 3
    let headerUnderHeading = -3
    let textUnderHeading = 2
    let trailerScore = 3
    /// Words of dates and ages beside the units and month names: "3 hours ago", "Yesterday", "5:00 pm", "(edited)".
    /// And Russian's ("2 часа назад", "сегодня").
    let layoutTimeWords: Set<String> = ["ago", "today", "yesterday", "am", "pm", "a.m", "p.m", "edited", "now", "назад", "сегодня", "вчера"]
    /// The word after an age that makes it one, though no count comes before the unit ("an hour ago", "час назад").
    let agoWords: Set<String> = ["ago", "назад"]
    /// Of those, the halves of a clock's day: a time only after its figures ("8:03 pm"), else words ("what am I doing").
    let clockHalves: Set<String> = ["am", "pm", "a.m", "p.m"]
    /// Units of an age: a date only after a count or "a" ("3 hours", "an hour"), or before "ago"; else a word of prose
    /// ("the Sunday folk hour", "Forty seconds!").
    /// Those of German, French, Spanish, Italian, Portuguese and Russian too ("vor 3 Stunden", "il y a 2 heures", "hace 5 horas"),
    /// but for the words English uses otherwise ("an", "tag", "ore").
    let layoutTimeUnits: Set<String> = [
        "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "week",
        "weeks", "wk", "wks", "month", "months", "mo", "mos", "year", "years", "yr", "yrs",
        "sekunde", "sekunden", "minuten", "stunde", "stunden", "tagen", "woche", "wochen", "monat", "monaten", "jahr", "jahren",
        "seconde", "secondes", "heure", "heures", "jour", "jours", "semaine", "semaines", "mois", "ans", "année", "années",
        "segundo", "segundos", "minuto", "minutos", "hora", "horas", "día", "días", "semana", "semanas", "mes", "meses", "año",
        "años", "secondi", "minuti", "giorno", "giorni", "settimana", "settimane", "mese", "mesi", "anno", "anni", "dia", "dias",
        "ano", "anos",
        "секунду", "секунды", "секунд", "минуту", "минуты", "минут", "час", "часа", "часов", "день", "дня", "дней", "неделю",
        "недели", "недель", "месяц", "месяца", "месяцев", "год", "года", "лет",
    ]
    let dayNames: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu",
        "thur", "thurs", "fri", "sat", "sun",
    ]
    /// The verb that closes a quotation's attribution line ("Ann wrote:", "On Mar 3, Bob said:").
    /// How far from a line's end a comment's signature ("– Harper Vale Mar 3, 2019 at 5:14") may begin, in characters.
    let signatureMaxLength = 64
    /// Verbs a comment header puts after the name ("Ann says:", "Ann said..."), which a text browser may glue to it.
    let headerVerbs = ["says:", "said:", "said...", "wrote:", "writes:"]
    /// Past participles that open a line saying who posted the text above it ("Posted by: Ann", "answered Mar 3 … / Ann").
    /// A forum's status of a poster beside the name ("Ann is offline"), in English and German.
    let onlineStatusPhrases = [" is online now", " is offline", " is online", " ist offline", " ist online"]
    /// The status as a word of its own ending the name's line, its icon's text ("dragonexpert Offline", MyBB, NodeBB).
    let onlineStatusEndings = [" Offline", " Online"]
    /// Headings of a forum's list of who is online: no poster's status.
    let onlineHeadings: Set<String> = ["who is online", "who is online?", "wer ist online", "wer ist online?"]
    let postingParticiples: Set<String> = ["posted", "answered", "asked", "written", "submitted", "commented", "replied", "sent"]
    /// A note that a post was edited, lower case, as it opens its line ("Last edited: Feb 23, 2019", "Last edited by Ann; …"):
    /// it dates the edit and may name the editor, no poster's header.
    let editNoteOpeners = ["last edited", "edited by ", "zuletzt bearbeitet", "dernière modification", "editado por "]
    /// The button under or beside each comment that answers it, in the languages blogs print it: a word of the layout
    /// wherever it recurs, however much more the page's prose repeats its own small words.
    let replyButtons: Set<String> = ["reply", "répondre", "antworten", "responder", "rispondi", "beantwoorden", "odpowiedz"]
    /// The verb of a comment's header after the name ("Ann says:", "Ramón dijo:", "Ana disse:", "Jan schreef:"), in the
    /// languages blogs print it: a header's word wherever it recurs, and a header however many names the page's chrome has.
    let sayingVerbs: Set<String> = ["says:", "dijo:", "disse:", "sagt:", "schreef:", "napisał:", "говорит:", "berkata:"]
    let attributionVerbs: Set<String> = ["wrote:", "said:", "writes:", "wrote", "posted:"]
    /// The word of authorship opening a byline, lower case ("by david.emery ( 127135 ) writes: on DATE"): a post's header, where a
    /// quotation's attribution opens with the name.
    let bylinePrepositions: Set<String> = ["by", "von", "par", "por", "door"]
    /// Words that open a quotation's attribution before the name: "Originally Posted by Ann".
    let attributionOpeners = ["quote: originally posted by ", "quote originally posted by ", "originally posted by ", "quote from: ", "quoting ",
                              // German, French, Spanish and Italian forums' ("Zitat Zitat von Ann Beitrag anzeigen": its icon's text first).
                              "zitat zitat von ", "zitat von ", "citation de ", "cita de ", "citazione di "]
    /// Words that open a reply marker before the name of the one answered: "In reply to Ann".
    let replyMarkerOpeners = ["in reply to ", "replying to ", "reply to ", "replied to comment from ", "replied to "]
    /// The first bytes of those openers and the attributions' (lower case): most lines open with none of them.
    let opensMarker: [Bool]
    /// Smileys made of punctuation, which stand in prose, not in a layout's headers.
    let emoticons: Set<String> = [":)", ":-)", ";)", ";-)", ":(", ":-(", ":/", ":-/", ":'(", "^^", "^_^", "<3", ":o)", "=)"]
    /// Marks that part a header's fields ("Ann | DATE | Reply", "Ann · 3h"): where a name in a header ends.
    let headerSeparators: Set<Substring> = ["|", "·", "•"]
    /// A reply marker may name the answered comment by its subject before its poster ("In reply to The bus routes alone
    /// are… by Tammy", Drupal's): the subject's words at most, and the word before the poster's name.
    let markerSubjectWords = 8
    let markerPosterWord = " by "

    // MARK: Does this paragraph start a comment of its own?
    /// Enough evidence for a paragraph to start an anonymous comment.
    let startScore = 2
    let twoBlankLines = 2
    let topOfSection = 2
    let afterFooter = 2
    let addressesTheAuthor = 2
    let thanksOneParagraph = 2
    let followsAClose = 2
    let signature = -4
    /// On a page whose comments end with a footer each, a paragraph with none above it goes on with the comment.
    let noFooterAbove = -2
    /// Sure names, this many at least and most of them after a footer, make a page's comments end with footers.
    let footerRhythmRepeats = 3
    /// Words of a sign-off line that keeps a signature with its comment ("Cheers, Martin", "— Sue").
    let signOffs: Set<String> = ["cheers", "thanks", "regards", "best", "love", "yours", "sincerely", "ta", "peace", "later"]
    let maxSignatureWords = 4

    // MARK: Article
    let maxTitleLength = 300
    let maxHeaderLines = 4
    /// How far down a page its byline is looked for, above any paragraph longer than a headline.
    let maxLeadInLines = 60
    let maxHeadlineWords = 30
    /// Words of letters a headline has at least (a date or a kicker has fewer).
    let minHeadlineLetterWords = 3
    let maxSubheadingLength = 80
    /// A trailing article paragraph shorter than this fraction of the median may be a comment.
    let commentLengthFraction = 0.5
    /// How chatty a trailing article paragraph must be to count as an anonymous comment.
    let chattyCommentScore = 2
    let chattyLowercaseStart = 2
    let chattyDoubledMarks = 2
    let chattyQuestion = 1
    let chattyOpenEnd = 1
    let chattyReactionOpener = 2
    let chattyShort = 1
    let chattyLong = -2
    /// How far after a likely name another must come for the two to open the comment section.
    let nameRhythmWindow = 4

    // MARK: Which comment does this one answer?
    /// Enough evidence for a reply link; links weaker than the best by at most `closeMargin` are
    /// shown as close alternatives by `--explain`.
    let replyScore = 2
    let closeMargin = 1
    let maxReplyDepth = 8
    let quotes = 6
    let addressedByName = 4
    let backAndForth = 3
    let answersAddress = 3
    let answersQuestion = 2
    let reaction = 3
    let speaksToAbove = 2
    let echo = 2
    let articleAuthorAnswers = 1
    let separated = -2
    let newTopic = -1
    let standsAlone = -2
    let sameAuthor = -3
    let veryShortReplyWords = 4
    let questionAnswerMaxParagraphs = 3
    /// How many comments back someone who was addressed by name may answer.
    let addressedAnswerWindow = 3
    let minQuotedSentenceLength = 20
    /// How many comments back a quoted piece of a sentence is looked for.
    let quotationSearchWindow = 100

    /// Short replies that are bodies even though they look like names ("Exactly", "Well said").
    let interjections: Set<String> = [
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
        "indeed so", "not really", "of course", "why not", "so what", "who cares", "big if true",
    ]

    /// First words of a comment that react to the comment just above it.
    let reactionStarters: Set<String> = [
        "true", "agreed", "agree", "exactly", "yes", "yeah", "yep", "yup", "no", "nope", "nah", "lol", "haha",
        "same", "indeed", "correct", "right", "so", "but", "ur", "actually", "typo", "sorry", "oh", "wow",
        "ok", "okay", "fair", "nonsense", "rubbish", "wrong", "hmm", "ha", "lmao", "ditto", "absolutely",
        "precisely", "bingo", "amen",
    ]

    /// First words that make a short line a reply rather than a name ("Thanks Marta", "Same here mate").
    let bodyOpeners: Set<String>

    /// Words before a name that make it a greeting or thanks, i.e. addressed to that commenter.
    let greetings: Set<String> = [
        "hi", "hey", "hello", "dear", "thanks", "thank", "thx", "cheers", "merci", "danke", "gracias", "obrigado",
        "obrigada", "olá", "ola", "hola", "bonjour", "sorry", "congrats", "congratulations", "welcome", "no",
        "brilliant", "great", "well", "nice", "bravo", "yes", "ok", "okay", "ah", "oh", "ahh", "morning", "evening",
        "bro", "mate", "sir", "review", "night", "goodnight", "bye", "@",
    ]

    /// Lower-case words that may stand inside a title-case name ("Flames In The Desert", "José da Silva").
    let nameParticles: Set<String> = [
        "de", "da", "do", "dos", "das", "di", "del", "della", "van", "von", "der", "den", "ter", "la", "le", "du",
        "al", "el", "bin", "ibn", "y", "e", "of", "the", "and", "&", "@", "-", "–", "a", "in", "on", "at", "for", "from",
    ]

    /// Titles a name may carry, and the words people use for them in address ("Doctor" for "Dr.").
    let nameTitles: [String: Set<String>] = [
        "dr": ["doctor", "doc", "dr"], "doctor": ["doctor", "doc", "dr"], "prof": ["professor", "prof"],
        "professor": ["professor", "prof"], "rev": ["reverend", "rev", "father", "pastor"],
        "reverend": ["reverend", "rev", "father", "pastor"], "sgt": ["sergeant", "sarge"], "capt": ["captain", "cap"],
        "captain": ["captain", "cap", "skipper"], "fr": ["father"], "father": ["father"], "eng": ["engineer"], "coach": ["coach"], "judge": ["judge"], "nurse": ["nurse"],
    ]

    /// Common words that, as parts of a commenter's name, are not distinctive enough to count as addressing them.
    let commonNameWords: Set<String> = [
        "the", "and", "who", "what", "that", "this", "with", "from", "for", "not", "but", "all", "any", "are",
        "was", "were", "has", "had", "have", "you", "your", "our", "their", "they", "them", "she", "him", "her",
        "his", "its", "one", "two", "man", "men", "woman", "guy", "girl", "boy", "free", "long", "time", "reader",
        "still", "uses", "use", "someone", "known", "formerly", "artist", "retired", "engineer", "years", "year",
        "other", "true", "real", "old", "new", "big", "little", "good",
        "bad", "best", "great", "must", "stay", "just", "only", "say", "says", "said", "driver", "user", "guest",
        "anonymous", "fan", "citizen", "observer", "voice",
        "reason", "common", "sense", "concerned", "mr", "mrs", "ms", "dr", "sir", "lady", "lord", "king", "queen",
        "week", "day", "night", "world", "life", "people", 
    ]

    /// Function words of prose: however often a page's short lines hold them (the last line of each wrapped
    /// paragraph), they are no label of its layout ("NAME the" is no header).
    let proseWords: Set<String> = [
        "the", "a", "an", "of", "to", "in", "for", "and", "or", "but", "is", "are", "was", "were", "with", "this",
        "that", "it", "i", "you", "we", "my", "your", "not", "be", "have", "has", "if", "so", "as", "on", "from", "am",
        // The commonest of German, French, Spanish, Italian, Portuguese, Dutch and Russian: a page in those languages wraps its
        // paragraphs' short lines on them as an English page does on "the" and "and".
        "und", "die", "der", "das", "den", "dem", "des", "ein", "eine", "einen", "ist", "nicht", "ich", "es", "zu", "mit", "auf", "für",
        "von", "sie", "wir", "er", "auch", "sich", "im", "dass", "aber", "wie", "oder", "noch", "nur", "bei", "aus", "nach",
        "wenn", "schon", "mir", "mich", "um", "sind", "hat", "habe", "wird", "kann", "vom", "zum", "zur",
        "et", "le", "la", "les", "de", "du", "un", "une", "est", "pas", "je", "il", "elle", "que", "qui", "dans", "pour",
        "à", "sur", "avec", "ce", "se", "ne", "au", "aux", "mais", "ou", "nous", "vous", "sont",
        "y", "el", "los", "las", "del", "en", "por", "con", "para", "una", "lo", "su", "al", "pero", "como", "más",
        "e", "di", "che", "non", "per", "gli", "della", "sono", "è", "ma", "anche", "come",
        "o", "os", "da", "do", "dos", "em", "não", "com", "uma", "mas",
        "het", "een", "van", "niet", "ik", "dat", "op", "te", "met", "voor", "zijn", "maar", "ook", "aan", "bij",
        // And of Russian.
        "и", "в", "не", "на", "я", "что", "с", "он", "а", "как", "это", "по", "но", "к", "у", "же", "вы", "за", "бы", "так", "то",
        "все", "из", "мы", "о", "для", "или", "если", "есть", "только",
    ]

    /// Labels of a mail's header fields, lower case: "To:" opens no poster's header.
    let mailFieldLabels: Set<String> = ["to", "cc", "bcc", "from", "sent", "date", "subject", "reply-to", "newsgroups"]
    /// A mail's fields that thread it, lower case: its own id and the ids it answers.
    let mailThreadingFields: Set<String> = ["message-id", "in-reply-to", "references"]
    /// The line a mailing list's footer opens with ("Fenland-Ringers mailing list"), lower case: the address under it is the list's.
    let mailingListFooter = " mailing list"

    /// Small words that open a poster's place in a header ("from Pallavur · DATE", "in Toronto · DATE"), lower case.
    let placeOpeners: Set<String> = ["from", "in"]

    /// Small words of a profile line under a commenter's name ("Works at …", "Lives in …", "Reporter for …").
    let taglineWords: Set<String> = ["at", "in", "from", "of", "for", "with", "on"]

    /// Function words that make no pair of words distinctive.
    let stopWords: Set<String> = [
        "about", "after", "again", "also", "been", "being", "can", "could", "did", "does", "doing", "done", "each",
        "even", "ever", "get", "got", "here", "how", "into", "it's", "like", "more", "most", "much", "now", "off",
        "once", "out", "over", "same", "should", "some", "such", "than", "then", "there", "these", "those", "too",
        "very", "was", "way", "well", "when", "where", "which", "while", "why", "will", "would", "yes", "yet",
    ]

    /// Lines of page furniture, compared lower-cased.
    let chromeLines: Set<String> = ([
        "reply", "like", "share", "share this", "share this:", "report", "flag", "leave a reply", "leave a comment",
        "leave a reply cancel reply", "cancel reply", "post a comment", "add a comment", "comments", "comment",
        "load more comments", "show more comments", "view more comments", "show more replies", "load more",
        "advertisement", "sponsored", "sponsored content", "related", "related articles", "related posts",
        "you may also like", "join the discussion", "join the conversation", "discussion", "responses", "newest", "oldest", "best", "top",
        "sort by", "subscribe", "log in", "login", "sign in", "sign up", "log in to comment", "log in to reply", "sign in to comment", "sign in to reply",
        "continue reading", "read more", "tweet", "email", "print", "facebook", "twitter", "x", "whatsapp", "reddit",
        "linkedin", "pinterest", "telegram", "copy link", "share on facebook", "share on twitter",
        "click to share on facebook (opens in new window)", "click to share on twitter (opens in new window)",
        "like this:", "like loading...", "loading...", "comments are closed.", "comments are closed",
        "your email address will not be published.", "required fields are marked *",
        "notify me of new comments via email.", "notify me of new posts via email.", "upvote", "downvote", "ad",
        "permalink", "edit", "delete", "replies", "hide replies", "show replies", "more comments", "previous comments",
        "oldest first", "newest first", "post", "post comment", "submit", "write a comment…", "write a comment...", "write a comment",
        "edited", "(edited)", "most relevant", "facebook comments plugin", "most voted", "inline feedbacks", "view all comments",
        "all comments", "featured comments", "community guidelines", "sign in to join the conversation",
        "log in with", "sign in with", "or sign up with disqus ?", "tweet share", "disqus", "google", "apple", "search",
        // A forum poster's status alone, its picture's text beside it ("Offline Offline").
        "online", "offline", "online online", "offline offline",
    ] as Set<String>).union(PlainTextRules.badges)

    /// What a page shows where there is no one's name: an image's or an avatar's stand-in ("User's avatar", "[Image]"), lower
    /// case. Never an author.
    /// Lines under a mail's header block that may still hold its fields ("Message-ID:", "In-Reply-To:").
    let mailFieldReach = 12
    /// Lines a thread drawn over a mail (public-inbox's) may take, and the words of a subject that tell two mails of one
    /// poster and minute apart ("[PATCH v2 0/3]").
    let skeletonReach = 40, skeletonSubjectWords = 3

    /// What a page leaves where a comment was taken down, lower case, without a list's bullet: an anonymous comment of its own
    /// where it stands apart from the comment above's text.
    let removedNotices: Set<String> = [
        "[deleted]", "[removed]", "comment deleted", "comment removed", "comment deleted by user", "comment removed by moderator",
        "this comment was deleted.", "this comment has been deleted.", "this comment was removed.", "this comment has been removed.",
        "this comment was removed by a moderator.", "this comment has been removed by a moderator.",
        "this comment has been removed by the author.", "this comment has been removed by a blog administrator.",
    ]

    static let placeholderNames: Set<String> = ["user", "image", "avatar", "photo", "picture", "profile picture", "user avatar", "img", "thumbnail"]
    /// The name a page gives a comment whose poster gave none ("Anonymous said...", "Anonymous" over a date): no one's name,
    /// and many people's, so the comment is anonymous; lower case.
    static let anonymousNames: Set<String> = ["anonymous", "anonymous user"]
    /// An avatar's alt text around its poster's name, where a text browser printed it in the name's place ("dc_denizen's
    /// Avatar", "Avatar von Chatfix"): the words before and after the name, lower case.
    static let avatarOpenings = ["avatar of ", "avatar for ", "avatar von ", "avatar de "]
    static let avatarEndings = ["'s avatar", "’s avatar"]
    /// What a comment widget calls a poster without an account, lower case: a name of no one in particular.
    let guestNames: Set<String> = ["guest", "anonymous"]
    /// What stands for an author who deleted their account or comment, lower case.
    static let deletedAuthors: Set<String> = ["[deleted]", "[removed]"]

    /// Badges that say a poster moderates the comments, or runs the site, lower case.
    static let moderatorBadges: Set<String> = ["mod", "moderator"]
    static let adminBadges: Set<String> = ["admin", "staff"]
    /// Badges a widget sets beside or under a commenter's name ("Ann Lee Mod", "Verified", Blogger's "Blogger Ann Lee"
    /// for the blog's owner).
    static let badges: Set<String> = [
        "author", "verified", "subscriber", "moderator", "mod", "staff", "admin", "openid", "top commenter", "top contributor",
        "verified purchaser", "verified buyer", "original poster", "op", "blogger", "featured", "top fan", "rising fan", "post author",
        "editor's pick", "editor’s pick", "editors' pick", "editors’ pick", "journalist", "(not verified)", "bot",
        // "Author" in other languages of the blogs' themes (German, Spanish, Portuguese, Polish; French, Dutch; Italian).
        "autor", "auteur", "autore",
        // A forum's mark of the one who opened the topic, in its English and German wordings.
        "thread starter", "topic starter", "threadersteller", "themenersteller", "themenstarter",
    ]

    /// Openings of the comment widget's notices, lower case: "Comments are moderated. Please keep it civil."
    let noticeOpeners = ["comments are moderated", "your comment is awaiting moderation", "pinned by ", "❤ by ", "❤️ by ",
                         "you can follow this conversation", "feed you can follow this conversation",
                         "you have reached the end of the comments", "log in or sign up to comment", "sign in or sign up to comment",
                         "commenting is subject to"]

    /// Chrome that opens the comment section: the article has ended above it.
    let sectionStartLines: Set<String> = [
        "share this", "share this:", "share this story", "share this article", "share this post", "leave a reply", "leave a comment", "leave a reply cancel reply", "comments",
        "comment", "post a comment", "add a comment", "join the discussion", "join the conversation", "discussion", "responses",
        "comments are closed.", "comments are closed", "like this:",
    ]

    /// Section chrome that ends the article without heading the comments (a related list or a newsletter box
    /// may come between): a heading of the comments, where there is one, opens them instead.
    let sharingLines: Set<String> = ["share this", "share this:", "share this story", "share this article", "share this post", "like this:"]

    /// Last words of chrome lines of the form "<count> <word>" or "<word> <count>".
    let countedChromeWords: Set<String> = [
        "comment", "comments", "reply", "replies", "like", "likes", "response", "responses", "share", "shares",
        "point", "points", "vote", "votes", "upvote", "upvotes", "reaction", "reactions", "more replies", "views",
    ]
    let countedSectionStartWords: Set<String> = ["comment", "comments", "response", "responses", "answer", "answers"]
    /// How a blog lists another page that links to the post among its comments ("Pingback: TITLE"), lower case.
    let pingbackOpeners = ["pingback: ", "trackback: "]
    /// The links in a comment's header that say where it stands in the tree ("| parent | prev | next [–]"), lower case.
    let navigationParent = "parent", navigationPrevious = "prev", navigationNext = "next", navigationRoot = "root"
    /// A pager's words beside its numbers ("Next »", "‹ Prev"), lower case, and how many numbers in a row make one without
    /// them; a pager over this many lines is no pager.
    let pagerWords: Set<String> = ["next", "prev", "previous", "last", "first", "older", "newer", "page", "pages", "of"]
    let pagerMinimumNumbers = 3
    let pagerMaximumLines = 12
    /// Headers with such links, at least this many, make them the page's nesting.
    let navigationMinimumRepeats = 3
    /// Headers whose count of the comments under them ("(10 children)") reaches past their parent's: a copy that lost a
    /// comment (each lost one throws out the counts of the few above it); more than this share, and the numbers count
    /// something else. (The w3m copy of a Slovak old Reddit page, which lost one of its 109 comments, has 6 in 108.)
    let descendantCountsMisfitShare = 0.1
    /// A text browser's copy whose comments link their own addresses and their parents' (`LinkedIDs`): nearly every comment
    /// has an id of its own, and at least so many name an earlier one's.
    let linkedIDsOwnShare = 0.7
    let linkedIDsMinimumRepeats = 3
    /// Endings of contractions ("you're", "we'll", "don't"), lower case: a word that ends so is no word of a name.
    let contractionEndings = ["'re", "'ll", "'ve", "n't", "'m", "’re", "’ll", "’ve", "n’t", "’m"]
    /// A count of a comment's replies ("38 replies", "Hide 3 replies"): its nouns, the words of a button that shows the
    /// replies (they are not listed: "View 6 replies"), and of one that hides them (they are listed below it).
    let replyCountNouns: Set<String> = ["reply", "replies"]
    let replyShowingVerbs: Set<String> = ["view", "show", "see", "load", "expand", "all"]
    let replyHidingVerbs: Set<String> = ["hide", "collapse"]
    /// Words of a line that stops the replies listed under a comment ("Show more replies", "View 3 more replies").
    let replyListClosers: Set<String> = ["more", "other", "previous"]
    /// Reply counts seen this often under the comments make them the page's nesting.
    let replyCountMinimumRepeats = 2
    /// The verbs of a button that loads more comments ("View more comments", "Load 10 more comments"): below it a copy of the
    /// page has no more.
    let moreVerbs: Set<String> = ["load", "view", "show", "see"]
    /// A button that opens more of a thread ("Show previous replies", "Read more of this conversation ›"): its verbs (those
    /// of `moreVerbs` and "read"), the words that say more (those closing a reply list, "earlier", "older"), the words that
    /// may stand between them and the thread's noun, and those nouns (a thread of reviews, a forum's posts, a question's answers too).
    let moreOfThreadVerbs: Set<String>
    let moreOfThreadClosers: Set<String>
    let moreOfThreadFillers: Set<String> = ["of", "this", "the"]
    let threadNouns: Set<String> = ["comments", "replies", "conversation", "thread", "discussion", "reviews", "posts", "answers"]
    /// The first bytes of `moreOfThreadVerbs`, either case: a line that opens otherwise is no such button.
    let moreOfThreadOpenings: Set<UInt8>
    /// Author lines that show comments: section chrome with this many likely ones before it and fewer sure
    /// ones after it (a reply form, "Comments are closed") ends the section rather than opening it.
    let commentsAroundAnEnd = 2
    /// How a reply form's fields open, lower case, glued within this many lines under its heading ("Leave a comment").
    let formFieldOpeners = ["email", "e-mail", "your email"]
    /// How many lines under the comments' heading a form over them may take, its help text and all.
    let formReach = 30
    let formFieldReach = 5
    /// Headings of an advertising block set among the comments ("Promoted Stories", then "Ad", headlines, "Learn More"),
    /// lower case: the heading and every short line glued under it are chrome.
    let adBlockHeadings: Set<String> = [
        "promoted stories", "promoted content", "promoted links", "sponsored stories", "sponsored links", "sponsored content",
        "paid content", "paid partner content", "around the web", "from around the web", "ads by", "recommended by",
    ]
    /// What a list of videos or stories beside the comments counts on each entry ("98K views", "1.2M views • 2 years ago"),
    /// lower case: a block of short lines holding such a count is an entry of the list, none of its lines a comment or a name.
    let listingCountWords: Set<String> = ["view", "views", "plays", "watching"]
    /// Suffixes of a rounded count ("98K", "1.2M", "3B"), lower case.
    let roundedCountSuffixes: Set<Character> = ["k", "m", "b"]
    /// Headings and filters glued above such a list's first entry ("All", "From …", "Related", "For you"), lower case: one of
    /// them among the short lines there makes them all the list's. The button under its last entry ("Show more") is too.
    let listingHeadings: Set<String> = [
        "related", "related videos", "up next", "recommended", "recommended videos", "for you", "recently uploaded",
        "more videos", "watch next", "show more",
    ]
    /// An entry is at most this many glued lines (a duration, a title, a channel, the count, an age), and a list has at
    /// least this many entries.
    let listingEntryLines = 7, listingMinimumEntries = 2
    /// How many glued lines above a list's first entry may be its headings and filters.
    let listingHeadingReach = 8
    /// Headings of the site's own lists of stories, lower case: below the comments, one ends them ("Most viewed").
    let siteListHeadings: Set<String> = [
        "most viewed", "most read", "most popular", "most shared", "most commented", "trending", "trending now", "popular now",
        "read next", "more stories", "recommended", "recommended for you", "editor's picks", "editors' picks", "top stories",
        "more posts you may like", "more posts like this", "you might also like", "more from this community", "related stories",
        // A forum's lists of other threads under the last post.
        "related topics", "suggested topics", "related questions", "similar threads",
    ]
    /// A run of this many short lines or more, none a sentence, with no blank line between, ends a page: its footer links.
    let minFooterLinks = 3
    let maxFooterLinkWords = 8
    /// Words between a count and the quoted title of the post it counts comments on ("27 thoughts on “…”").
    let countHeaderLinks: Set<String> = ["on", "to", "for", "about"]

    /// First words of headings rather than names ("How It Works", "The Verdict").
    let headingOpeners: Set<String> = [
        "the", "a", "an", "how", "why", "what", "when", "where", "who", "is", "are", "our", "my", "in", "on",
        "about", "final", "conclusion", "summary", "verdict", "update", "editor's", "related",
    ]

    /// First words that carry on the paragraph above rather than start someone else's comment.
    let continuationOpeners: Set<String> = [
        "i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "my", "mine", "me", "and", "but", "or", "also", "because",
        "edit", "ps", "p.s", "anyway", "plus",
    ]

    /// Openers of a second paragraph that thank or laugh at the first: someone else's reply.
    let replyOpeners: Set<String> = ["thank", "thanks", "thx", "cheers", "lol", "haha", "hahaha", "lmao"]

    /// First words of a sentence that asks something, even without a question mark.
    /// (Not "could", "should", "will": "Should be ok for Tuesday" drops its subject and asks nothing.)
    let questionOpeners: Set<String> = [
        "can", "does", "do", "is", "are", "why", "how", "what", "where", "who", "when", "which", "anyone", "anybody",
        "somebody", "has",
    ]

    /// Openers that point back at the comment above ("That's not how…", "Good for you").
    let backReferringOpeners: Set<String> = ["that's", "that’s", "thats", "good for", "shame on", "speak for", "says you"]

    /// Words that speak to every reader at once ("Thank you all"), not to the comment above.
    let everyone: Set<String> = ["all", "everyone", "everybody", "folks", "y'all", "y’all"]

    /// Words that turn a question to the comment above ("Did you do the fridge bit?").
    let secondPerson: Set<String> = ["you", "your", "you're", "you’re", "yours", "u", "ur"]

    /// Words that show thanks are for the article, not for the comment above ("Thanks for an honest review").
    let articleWords: Set<String> = [
        "review", "article", "post", "recipe", "piece", "write-up", "writeup", "story", "blog", "report", "reporting",
    ]

    /// Phrases that end an article by inviting comments: such a paragraph belongs to the article.
    let articleSignOffs = [
        "in the comments", "let me know", "leave a comment", "tell us", "tell me", "what do you think", "share your",
    ]

    // MARK: Lists asked about every word of a page, as word keys (`KeyedWord.key`)
    let commonNameKeys: KeySet
    let stopWordKeys: KeySet
    let secondPersonKeys: KeySet
    let greetingKeys: KeySet
    let chromeLineKeys: KeySet
    let sectionStartLineKeys: KeySet
    let adBlockHeadingKeys: KeySet
    let siteListHeadingKeys: KeySet
    let listingHeadingKeys: KeySet
    let questionOpenerKeys: KeySet
    let replyOpenerKeys: KeySet
    let everyoneKeys: KeySet
    let reactionStarterKeys: KeySet
    let articleWordKeys: KeySet
    let backReferringOpenerKeys: KeySet
    /// The entries of two words, as pairs of word keys (`KeyedWord.pairKey`): "spot on", "good for".
    let interjectionPairKeys: KeySet
    let backReferringOpenerPairKeys: KeySet
    /// Every word a line's shape reads as a time by itself: the time words, units, months and days in one set, looked up once.
    let layoutTimeTokens: Set<String>
    /// The first bytes of `removedNotices`, either case: a line that opens otherwise is no notice, and is not lower-cased to see.
    let removedNoticeOpenings: Set<UInt8>

    init() {
        layoutTimeTokens = layoutTimeWords.union(layoutTimeUnits).union(monthNames).union(dayNames)
        removedNoticeOpenings = Set(removedNotices.compactMap(\.utf8.first).flatMap { [$0, $0 &- 0x61 < 26 ? $0 - 0x20 : $0] })
        moreOfThreadVerbs = moreVerbs.union(["read"])
        moreOfThreadClosers = replyListClosers.union(["earlier", "older"])
        moreOfThreadOpenings = Set(moreOfThreadVerbs.compactMap(\.utf8.first).flatMap { [$0, $0 - 0x20] })
        bodyOpeners = reactionStarters.union(greetings).subtracting(["@", "review", "dear", "sir", "mate", "bro"])
        commonNameKeys = KeySet(commonNameWords)
        stopWordKeys = KeySet(stopWords)
        secondPersonKeys = KeySet(secondPerson)
        greetingKeys = KeySet(greetings)
        chromeLineKeys = KeySet(keys: chromeLines.compactMap(ChromeLine.listKey))
        sectionStartLineKeys = KeySet(keys: sectionStartLines.compactMap(ChromeLine.listKey))
        adBlockHeadingKeys = KeySet(keys: adBlockHeadings.compactMap(ChromeLine.listKey))
        siteListHeadingKeys = KeySet(keys: siteListHeadings.compactMap(ChromeLine.listKey))
        listingHeadingKeys = KeySet(keys: listingHeadings.compactMap(ChromeLine.listKey))
        var opensMarker = [Bool](repeating: false, count: 256)
        for opener in replyMarkerOpeners + attributionOpeners { if let byte = opener.utf8.first { opensMarker[Int(byte)] = true } }
        self.opensMarker = opensMarker
        questionOpenerKeys = KeySet(questionOpeners)
        replyOpenerKeys = KeySet(replyOpeners)
        everyoneKeys = KeySet(everyone)
        reactionStarterKeys = KeySet(reactionStarters)
        articleWordKeys = KeySet(articleWords)
        backReferringOpenerKeys = KeySet(backReferringOpeners)
        interjectionPairKeys = KeySet(pairsIn: interjections)
        backReferringOpenerPairKeys = KeySet(pairsIn: backReferringOpeners)
    }
}
