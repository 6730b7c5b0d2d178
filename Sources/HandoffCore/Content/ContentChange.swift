/// What a person asks of the content pipeline, from a key or the command line; both go through
/// `Store.changeContent`, one transaction with its board event. `expectedVersion` is the version
/// of the piece the person saw; nil (scripts) means "whatever is current".
public enum ContentChange: Sendable, Equatable {
    case add(title: String, kind: ContentKind, owner: String?, link: String)
    /// Changes the fields given (nil leaves one as it is; an empty owner takes the owner away).
    case edit(id: Int64, title: String?, kind: ContentKind?, owner: String?, link: String?, expectedVersion: Int?)
    case move(id: Int64, to: ContentStage, expectedVersion: Int?)
    case addAuthor(id: Int64, login: String)
    case removeAuthor(id: Int64, login: String)
    /// The insight motivated the piece; once it is published, the piece answers it.
    case linkInsight(id: Int64, insightID: Int64)
    case unlinkInsight(id: Int64, insightID: Int64)
    /// A sales member approves the piece in review: it may then be published.
    case approve(id: Int64, expectedVersion: Int?)

    /// The piece the change is about; nil for a new one.
    public var pieceID: Int64? {
        switch self {
        case .add: return nil
        case let .edit(id, _, _, _, _, _), let .move(id, _, _), let .addAuthor(id, _), let .removeAuthor(id, _), let .linkInsight(id, _),
            let .unlinkInsight(id, _), let .approve(id, _):
            return id
        }
    }

    /// The ability it needs: approving is sales' part, every other change marketing's.
    public var ability: Ability { if case .approve = self { return .approveContent } else { return .editContent } }
}
