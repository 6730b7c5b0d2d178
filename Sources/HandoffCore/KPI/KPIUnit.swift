/// How a figure is measured, which decides how it is written and how its change is told.
public enum KPIUnit: String, Sendable, Equatable {
    case count, money, percent, days, hours
}
