/// One scored observation behind a decision of the plain-text parser: what was seen, how much it
/// counts (its weight comes from `PlainTextRules`), and on which line of the page.
public struct Evidence: Sendable, Equatable {
    public var kind: EvidenceKind
    public var weight: Int
    /// 1-based line of the saved file where it was seen; 0 when it concerns no single line.
    public var line: Int
    /// What was matched, when that says more than the kind: the name used to address someone.
    public var detail: String?

    public init(_ kind: EvidenceKind, weight: Int, line: Int = 0, detail: String? = nil) {
        self.kind = kind
        self.weight = weight
        self.line = line
        self.detail = detail
    }

    /// `addressed by name "Hunter" +3`
    public var description: String {
        let sign = weight >= 0 ? "+" : "−"
        let amount = weight <= PlainTextRules.veto ? "veto" : "\(sign)\(abs(weight))"
        return kind.label + (detail.map { " \"\($0)\"" } ?? "") + " " + amount
    }
}

/// The sum of the evidence for one option of a decision, with the records themselves kept only while
/// the parse explains itself: the ordinary parse adds numbers and allocates nothing.
struct Tally {
    private(set) var total = 0
    private(set) var notes: [Evidence]?
    /// The kind that added most, kept even when not recording: the reader's `inferred` mark names it.
    private(set) var strongest: EvidenceKind?
    private var strongestWeight = 0

    init(recording: Bool) { notes = recording ? [] : nil }

    /// Adds the weight the rules give `kind`; `detail` is made only when recording.
    mutating func add(_ kind: EvidenceKind, _ weight: Int, line: Int = 0, detail: @autoclosure () -> String? = nil) {
        total += weight
        if weight > strongestWeight { (strongest, strongestWeight) = (kind, weight) }
        notes?.append(Evidence(kind, weight: weight, line: line, detail: detail()))
    }

    /// Adds a sum weighed before, record by record (`PageLine.nameScore`): for the ordinary parse, which keeps no records.
    mutating func add(weighedBefore total: Int) {
        precondition(!recording, "a recording tally weighs each piece of evidence itself")
        self.total += total
    }

    var isVetoed: Bool { total <= PlainTextRules.veto / 2 }
    var recording: Bool { notes != nil }
    var evidence: [Evidence] { notes ?? [] }
}
