/// What a deal is to the customer it is for: new business (the first purchase of a company), or
/// repeat business for an account that already bought: more of the same (upsell), the same again
/// for another term (renewal), or something else (cross-sell). Stored in `leads.deal_kind`.
public enum DealKind: String, Sendable, Equatable, CaseIterable {
    case upsell
    case renewal
    case crossSell = "cross_sell"

    public var titleKey: StringKey {
        switch self {
        case .upsell: return .dealUpsell
        case .renewal: return .dealRenewal
        case .crossSell: return .dealCrossSell
        }
    }

    /// `upsell`, `renewal`, `cross_sell`, also written `cross-sell`.
    public init?(text: String) {
        self.init(rawValue: text.lowercased().replacingOccurrences(of: "-", with: "_"))
    }
}
