import HandoffCore

extension AppState {
    /// Keys of the dashboard: the period, the selected figure, the tables' order, the formula.
    mutating func performDashboard(_ action: UserAction) -> [Effect] {
        switch action {
        case .showDashboard:
            view = .dashboard
            return showingDashboard()
        case .previousPeriod, .nextPeriod:
            guard let period = dashboard.period else { return [] }
            if period.isAllTime {
                status = StatusMessage(strings(.dashNoNeighbours))
                return []
            }
            return show(period.stepped(by: action == .nextPeriod ? 1 : -1))
        case .cyclePeriod:
            return show(.preset((dashboard.period?.kind ?? .last30).cycled(), now: now))
        case .customPeriod:
            let fields = [
                FormField(name: "from", label: strings(.dashFrom), value: dashboard.period.map { strings.date($0.start) } ?? ""),
                FormField(name: "until", label: strings(.dashUntil), value: dashboard.period.map { strings.date($0.end) } ?? ""),
            ]
            overlay = .form(FormState(title: strings(.dashPeriodForm), fields: fields, purpose: .customPeriod))
            return []
        case .nextFigure, .previousFigure, .firstFigure, .lastFigure:
            let last = DashboardLayout.itemIDs.count - 1
            switch action {
            case .nextFigure: dashboard.selected = min(last, dashboard.selected + 1)
            case .previousFigure: dashboard.selected = max(0, dashboard.selected - 1)
            case .firstFigure: dashboard.selected = 0
            default: dashboard.selected = last
            }
            keepSelectedFigureInView()
            return []
        case .sortReps:
            dashboard.repSort = dashboard.repSort.cycled()
            status = StatusMessage(strings(.dashRepsSorted, strings(dashboard.repSort.nameKey)))
            return []
        case .sortCampaigns:
            dashboard.campaignSort = dashboard.campaignSort.cycled()
            status = StatusMessage(strings(.dashCampaignsSorted, strings(dashboard.campaignSort.nameKey)))
            return []
        case .showFormula:
            overlay = .formula(id: dashboard.selectedID, scroll: 0)
            return []
        default:
            return []
        }
    }

    /// The dashboard reads its figures only while it is on screen.
    func dashboardEffects() -> [Effect] {
        guard view == .dashboard, meeting == nil, let period = dashboard.period else { return [] }
        return [.loadDashboard(period)]
    }

    /// On arriving at the dashboard: the default period the first time, then its figures.
    mutating func showingDashboard() -> [Effect] {
        guard view == .dashboard else { return [] }
        if dashboard.period == nil { dashboard.period = .preset(.last30, now: now) }
        return dashboardEffects()
    }

    mutating func submitCustomPeriod(form: inout FormState) -> [Effect] {
        do {
            let from = try KPIPeriod.date(
                form.value("from").trimmingCharacters(in: .whitespaces), option: strings(.dashFrom), language: strings.language)
            do {
                let until = try KPIPeriod.date(
                    form.value("until").trimmingCharacters(in: .whitespaces), option: strings(.dashUntil), language: strings.language)
                return show(try KPIPeriod.custom(from: from, to: until))
            } catch {
                form.refuse("until", strings.error(error))
            }
        } catch {
            form.refuse("from", strings.error(error))
        }
        return []
    }

    private mutating func show(_ period: KPIPeriod) -> [Effect] {
        dashboard.period = period
        status = StatusMessage(period.title(strings) + ": " + period.rangeText(strings))
        return [.loadDashboard(period)]
    }

    mutating func keepSelectedFigureInView() {
        let layout = DashboardLayout(
            width: width, height: height, reps: dashboard.report?.reps.count ?? 0,
            campaigns: dashboard.report?.campaigns.count ?? 0)
        dashboard.scroll = layout.scroll(showing: dashboard.selectedID, from: dashboard.scroll)
    }
}
