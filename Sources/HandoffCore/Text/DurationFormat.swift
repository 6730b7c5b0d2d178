/// Durations for people: working hours stay in hours (a "day" of working time is ambiguous).
public enum DurationFormat {
    /// `0m`, `45m`, `5h 20m`, `31h 05m`.
    public static func hoursMinutes(_ seconds: Int64) -> String {
        let minutes = max(0, seconds) / 60
        if minutes < 60 { return "\(minutes)m" }
        let rest = minutes % 60
        return "\(minutes / 60)h " + (rest < 10 ? "0" : "") + "\(rest)m"
    }

    /// `just now`, `12m ago`, `5h ago`, `3d ago`: wall-clock age of something.
    public static func ago(_ seconds: Int64) -> Message {
        seconds < 60 ? Message(.justNow) : Message(.ago, "\(age(seconds))")
    }

    /// `12m`, `5h`, `3d`: the largest whole unit of an age of a minute or more.
    public static func age(_ seconds: Int64) -> String {
        seconds < 3_600 ? "\(seconds / 60)m" : seconds < 86_400 ? "\(seconds / 3_600)h" : "\(seconds / 86_400)d"
    }
}
