/// One bar of a breakdown: leads by source, rejections by reason.
public struct KPIGroupCount: Sendable, Equatable {
    public var key: String
    public var count: Int

    public init(key: String, count: Int) {
        self.key = key
        self.count = count
    }
}
