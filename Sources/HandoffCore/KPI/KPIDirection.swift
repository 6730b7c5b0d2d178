/// Which way a figure should move: more revenue is good news, a longer response time is not.
public enum KPIDirection: Sendable, Equatable {
    case higherIsBetter, lowerIsBetter, neutral
}
