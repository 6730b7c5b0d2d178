import HandoffCore

/// The content view's keys: pieces on their own pipeline, moved with the same keys as leads;
/// marketing makes and moves them, sales approves them in review. Checked against the same
/// permissions as the store before a form opens.
extension AppState {
    mutating func performContent(_ action: UserAction) -> [Effect] {
        switch action {
        case .showContent:
            view = .content
            return contentEffects()
        case .pieceLeft, .pieceRight:
            content.column = max(0, min(ContentStage.allCases.count - 1, content.column + (action == .pieceRight ? 1 : -1)))
            return reachEffects()
        case .pieceUp, .pieceDown, .firstPiece, .lastPiece:
            let rows = content.pieces(in: content.stage)
            guard !rows.isEmpty else { return [] }
            let row = content.selectedRow(in: content.stage)
            let target: Int
            switch action {
            case .pieceUp: target = max(0, row - 1)
            case .pieceDown: target = min(rows.count - 1, row + 1)
            case .firstPiece: target = 0
            default: target = rows.count - 1
            }
            content.selected[content.stage] = rows[target].id
            return reachEffects()
        case .movePieceBack, .movePieceForward:
            guard let piece = focusedPiece else { return noPiece() }
            guard let target = piece.stage.neighbour(action == .movePieceForward ? 1 : -1) else {
                return refuse(
                    action == .movePieceForward
                        ? Message(.alreadyInTheLast, "\(piece.stage.titleKey)")
                        : Message(.alreadyInTheFirst, "\(piece.stage.titleKey)"))
            }
            if let refusal = refusal(.editContent) { return refuse(refusal) }
            if target == .published, piece.approvedBy == nil, content.approvalRequired {
                // The panel below says who approves; the line says what is missing, whole at 80 columns.
                return fail(strings(.pieceNeedsApproval))
            }
            return [
                .runContent(
                    .move(id: piece.id, to: target, expectedVersion: piece.version),
                    successMessage: strings(.msgPieceMoved, piece.title, strings(target.titleKey)))
            ]
        case .openPiece:
            guard let piece = content.selectedPiece else { return noPiece() }
            return [.loadPiece(piece.id)]
        case .newPiece:
            if let refusal = refusal(.editContent) { return refuse(refusal) }
            overlay = .form(pieceForm(title: strings(.formNewPieceTitle), piece: nil, purpose: .newPiece))
            return []
        case .editPiece:
            guard let piece = focusedPiece else { return noPiece() }
            if let refusal = refusal(.editContent) { return refuse(refusal) }
            overlay = .form(pieceForm(title: strings(.formEditPieceTitle, piece.id), piece: piece, purpose: .editPiece(piece)))
            return []
        case .approvePiece:
            guard let piece = focusedPiece else { return noPiece() }
            if let refusal = refusal(.approveContent) { return refuse(refusal) }
            guard piece.stage == .salesReview else { return fail(strings(.pieceNotInReview, piece.title, strings(piece.stage.titleKey))) }
            if piece.approvedBy != nil { return fail(strings(.pieceAlreadyApproved, piece.title)) }
            return [
                .runContent(.approve(id: piece.id, expectedVersion: piece.version), successMessage: strings(.msgPieceApproved, piece.title))
            ]
        case .addCoAuthor:
            guard let piece = focusedPiece else { return noPiece() }
            if let refusal = refusal(.editContent) { return refuse(refusal) }
            let people = reference.members.filter { $0.login != piece.owner && !piece.authors.contains($0.login) }
            guard !people.isEmpty else { return fail(strings(.pieceNobodyToAdd, piece.title)) }
            let choices = people.map { FormField.Choice(code: $0.login, label: "\($0.name) (\($0.login), \($0.team))") }
            let start = choices.first { code in reference.salesReps.contains { $0.login == code.code } }?.code ?? choices[0].code
            overlay = .form(
                FormState(
                    title: strings(.formCoAuthorTitle, piece.title),
                    fields: [FormField(name: "login", label: strings(.labelCoAuthor), value: start, choices: choices)],
                    purpose: .coAuthor(piece)))
            return []
        case .linkInsight:
            guard let piece = focusedPiece else { return noPiece() }
            if let refusal = refusal(.editContent) { return refuse(refusal) }
            let open = content.recentInsights.filter { !piece.insights.contains($0.id) }
            guard !open.isEmpty else { return fail(strings(.pieceNoInsightToLink, piece.title)) }
            let choices = open.map { FormField.Choice(code: String($0.id), label: insightChoice($0)) }
            overlay = .form(
                FormState(
                    title: strings(.formLinkInsightTitle, piece.title),
                    fields: [FormField(name: "insight", label: strings(.labelInsight), value: choices[0].code, choices: choices)],
                    purpose: .linkInsight(piece)))
            return []
        default:
            return []
        }
    }

    /// The piece the keys act on: the one whose panel is open, else the one selected.
    var focusedPiece: ContentPiece? {
        if case let .piece(detail) = overlay { return detail.piece }
        return content.selectedPiece
    }

    /// A member's name, else the login (someone no longer on the board, or a personal board).
    func name(_ login: String) -> String { reference.members.first { $0.login == login }?.name ?? login }

    /// After a change of the person's, the content view reads its pieces again while it is on
    /// screen; every other change (anyone's, read by `AppRuntime.refreshPanels`) reads them whatever
    /// the view, because the forms of a lead's detail offer the published pieces.
    func contentEffects() -> [Effect] { view == .content && meeting == nil ? [.loadContent] : [] }

    private func reachEffects() -> [Effect] {
        guard view == .content, meeting == nil, let piece = content.selectedPiece else { return [] }
        return [.loadReach(pieceID: piece.id)]
    }

    private mutating func noPiece() -> [Effect] { fail(strings(.noPieceSelected)) }

    /// A key that cannot act, said on the status line; nothing is sent.
    mutating func fail(_ text: String) -> [Effect] {
        status = StatusMessage(text, tone: .error)
        return []
    }

    /// `#3 objection: Price above budget (Acme Foods)`: an insight in a choice.
    func insightChoice(_ insight: Insight) -> String {
        "#\(insight.id) \(strings(insight.kind.nameKey)): \(insight.text) (\(insight.company.isEmpty ? insight.leadName : insight.company))"
    }

    func pieceForm(title: String, piece: ContentPiece?, purpose: FormPurpose) -> FormState {
        let kinds = ContentKind.allCases.map { FormField.Choice(code: $0.rawValue, label: strings($0.nameKey)) }
        let marketers = reference.members.filter { $0.team != "sales" }
        let owners = (marketers.isEmpty ? reference.members : marketers).map {
            FormField.Choice(code: $0.login, label: "\($0.name) (\($0.login))")
        }
        let owner = piece?.owner ?? (owners.contains { $0.code == user } ? user : owners.first?.code ?? "")
        var fields = [
            FormField(name: "title", label: strings(.labelTitle), value: piece?.title ?? ""),
            FormField(name: "kind", label: strings(.labelKind), value: piece?.kind.rawValue ?? ContentKind.guide.rawValue, choices: kinds),
        ]
        if !owners.isEmpty {
            let choices = owners.contains { $0.code == owner } ? owners : [FormField.Choice(code: owner, label: owner)] + owners
            fields.append(FormField(name: "owner", label: strings(.fieldOwner), value: owner, choices: choices))
        }
        fields.append(FormField(name: "link", label: strings(.labelLink), value: piece?.link ?? ""))
        return FormState(title: title, fields: fields, purpose: purpose)
    }

    mutating func submitPiece(_ piece: ContentPiece?, form: inout FormState) -> [Effect] {
        let title = form.value("title").trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty { form.refuse("title", strings(.refusePieceTitle)) }
        if title.count > ContentPiece.maxTitle { form.refuse("title", strings(.refusePieceTitleLong, ContentPiece.maxTitle)) }
        if form.fields.contains(where: { $0.error != nil }) { return [] }
        let kind = ContentKind(rawValue: form.value("kind")) ?? .other
        let owner = form.fields.contains { $0.name == "owner" } ? form.value("owner") : nil
        let link = form.value("link")
        guard let piece else {
            return [
                .runContent(
                    .add(title: title, kind: kind, owner: owner.flatMap { $0.isEmpty ? nil : $0 }, link: link),
                    successMessage: strings(.msgPieceAdded, title))
            ]
        }
        return [
            .runContent(
                .edit(id: piece.id, title: title, kind: kind, owner: owner, link: link, expectedVersion: piece.version),
                successMessage: strings(.msgPieceSaved, title))
        ]
    }

    mutating func submitCoAuthor(_ piece: ContentPiece, form: inout FormState) -> [Effect] {
        let login = form.value("login")
        let name = reference.members.first { $0.login == login }?.name ?? login
        return [.runContent(.addAuthor(id: piece.id, login: login), successMessage: strings(.msgCoAuthorAdded, name, piece.title))]
    }

    mutating func submitLinkInsight(_ piece: ContentPiece, form: inout FormState) -> [Effect] {
        guard let id = Int64(form.value("insight")) else {
            form.refuse("insight", strings(.refuseChooseInsight))
            return []
        }
        return [.runContent(.linkInsight(id: piece.id, insightID: id), successMessage: strings(.msgInsightLinked, id, piece.title))]
    }

    /// The results of the runtime's reads and writes for the content view and the insights panel.
    mutating func contentResult(_ action: Action) -> [Effect] {
        switch action {
        case let .contentLoaded(board):
            content.pieces = board.pieces
            content.approvalRequired = board.approvalRequired
            content.recentInsights = board.recentInsights
            content.reach = board.reach
            if case let .piece(open) = overlay, !board.pieces.contains(where: { $0.id == open.piece.id }) { overlay = nil }
            return []
        case let .reachLoaded(reach):
            if reach.pieceID == content.selectedPiece?.id { content.reach = reach }
            return []
        case let .pieceLoaded(detail):
            var loaded = detail
            if case let .piece(open) = overlay, open.piece.id == detail.piece.id { loaded.scroll = open.scroll }
            overlay = .piece(loaded)
            return []
        case let .contentChanged(piece, message):
            submittedForm = nil
            status = StatusMessage(message, tone: .success)
            // The selection follows the piece the change was about, into whatever stage it went.
            if let column = ContentStage.allCases.firstIndex(of: piece.stage), view == .content {
                content.column = column
                content.selected[piece.stage] = piece.id
            }
            var effects: [Effect] = [.loadContent] + insightsEffects() + meetingEffects()
            if case let .piece(open) = overlay, open.piece.id == piece.id { effects.append(.loadPiece(piece.id)) }
            return effects
        case let .insightsLoaded(themes, drill):
            insights.themes = themes
            if let drill, insights.drill != nil { insights.drill?.insights = drill }
            return []
        default:
            return []
        }
    }
}
