/// Threads are read without the parser's evidence (it costs memory on big pages), so the first `w`
/// on a plain-text page asks the driver to read it again with evidence kept. Where that stands:
public enum ExplanationRequest: Sendable, Equatable {
    case notAsked
    /// Asked for; the explanation overlay says it is on its way.
    case weighing
    /// The driver could not get it, and says why.
    case unavailable(String)
}
