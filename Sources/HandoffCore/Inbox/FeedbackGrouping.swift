/// How the feedback for marketing breaks answered handoffs down.
public enum FeedbackGrouping: String, Sendable, Equatable, CaseIterable {
    case source
    case campaign

    public func toggled() -> FeedbackGrouping { self == .source ? .campaign : .source }
}
