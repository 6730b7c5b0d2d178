extension Strings {
    /// A team's name in this language; a team the board made up itself is shown as stored.
    public func team(_ code: String) -> String {
        switch code {
        case "marketing": return self(.teamMarketing)
        case "sales": return self(.teamSales)
        case "admin": return self(.teamAdmin)
        case "": return self(.teamNone)
        default: return code
        }
    }
}
