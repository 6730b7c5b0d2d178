extension ActivityKind {
    /// The action as a person reads it in a lead's detail: `clicked a link`, `hizo clic en un enlace`.
    public func name(_ strings: Strings) -> String {
        switch self {
        case .open: return strings(.activityOpen)
        case .click: return strings(.activityClick)
        case .bounce: return strings(.activityBounce)
        case .unsubscribe: return strings(.activityUnsubscribe)
        case .formSubmit: return strings(.activityFormSubmit)
        case .pageView: return strings(.activityPageView)
        }
    }
}
