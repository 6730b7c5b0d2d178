/// How a figure moved against the period before, judged by which way it should move.
public enum KPITrend: Sendable, Equatable {
    case better, worse, flat, unknown
}
