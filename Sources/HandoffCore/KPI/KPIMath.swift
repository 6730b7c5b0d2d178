/// The arithmetic of the figures, apart from the SQL that counts: every ratio is undefined (nil,
/// shown "n/a") when its denominator is zero, never NaN or infinity.
public enum KPIMath {
    public static func ratio(_ numerator: Double, _ denominator: Double) -> Double? {
        guard denominator != 0, numerator.isFinite, denominator.isFinite else { return nil }
        return numerator / denominator
    }

    public static func ratio(_ numerator: Int, _ denominator: Int) -> Double? {
        ratio(Double(numerator), Double(denominator))
    }

    /// Relative change from `previous` to `current`: (current - previous) / previous.
    public static func change(from previous: Double?, to current: Double?) -> Double? {
        guard let previous, let current else { return nil }
        return ratio(current - previous, previous)
    }

    /// The median of `count` sorted values, given the one or two values in the middle (what the
    /// SQL returns with `LIMIT 2 OFFSET (count - 1) / 2`).
    public static func median(middle: [Double], count: Int) -> Double? {
        guard count > 0, let first = middle.first else { return nil }
        if count % 2 == 1 || middle.count < 2 { return first }
        return (first + middle[1]) / 2
    }

    /// Where the middle starts for `median(middle:count:)`.
    public static func medianOffset(count: Int) -> Int { max(0, (count - 1) / 2) }

    /// The part of `amount`, spread evenly over [from, to), that falls in [start, end). What
    /// campaign spend and revenue goals contribute to a period.
    public static func prorate(_ amount: Double, from: Int64, to: Int64, start: Int64, end: Int64) -> Double {
        guard to > from else { return 0 }
        let overlap = max(0, min(to, end) - max(from, start))
        return amount * Double(overlap) / Double(to - from)
    }
}
