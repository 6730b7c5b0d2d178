import HandoffCore

/// In a test a sentence is written as the person reads it in English: `"no lead with id 42"` is a
/// `Message` equal to the keyed message that says it (messages compare by their English text). The
/// shipped modules have no such literal, so every sentence they say has its key and translations.
extension Message: ExpressibleByStringInterpolation {
    public init(stringLiteral value: String) {
        self.init(verbatim: value)
    }

    public init(stringInterpolation: Interpolation) {
        self.init(shape: stringInterpolation.template, stringInterpolation.arguments)
    }
}
