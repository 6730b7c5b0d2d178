/// A scoring definition checked against what really happened, at one threshold. The leads are
/// those with a known outcome: sales accepted or rejected their handoff, or they were won or lost.
/// An MQL here is a lead whose score reaches the threshold (and whose fit reaches the fit minimum).
///
/// - precision (won) = MQLs won / MQLs won or lost: the win rate of the leads the definition passes
/// - recall (won) = MQLs won / all won: the share of the wins the definition would have passed
/// - precision (accepted) = MQLs accepted / MQLs accepted or rejected
///
/// Rates are nil where they divide by zero.
public struct CalibrationReport: Sendable, Equatable {
    public static let bandWidth = 10

    /// The scoring version the scores come from; nil for a definition not loaded yet.
    public var version: Int?
    public var threshold: Int
    public var fitMinimum: Int?
    /// Leads with a known outcome.
    public var leads: Int
    public var mqls: Int
    /// Among the MQLs.
    public var won: Int
    public var lost: Int
    public var accepted: Int
    public var rejected: Int
    /// Among all leads with a known outcome.
    public var wonTotal: Int
    public var acceptedTotal: Int
    public var bands: [CalibrationBand]

    public var precisionWon: Double? { CalibrationReport.rate(won, of: won + lost) }
    public var recallWon: Double? { CalibrationReport.rate(won, of: wonTotal) }
    public var precisionAccepted: Double? { CalibrationReport.rate(accepted, of: accepted + rejected) }
    public var recallAccepted: Double? { CalibrationReport.rate(accepted, of: acceptedTotal) }

    public init(samples: [CalibrationSample], threshold: Int, fitMinimum: Int?, version: Int?) {
        self.version = version
        self.threshold = threshold
        self.fitMinimum = fitMinimum
        var leads = 0, mqls = 0, won = 0, lost = 0, accepted = 0, rejected = 0, wonTotal = 0, acceptedTotal = 0
        let top = samples.map(\.score).max().map { max(0, $0) / CalibrationReport.bandWidth } ?? -1
        var bands = (0...max(0, top)).map {
            CalibrationBand(min: $0 * CalibrationReport.bandWidth, max: $0 * CalibrationReport.bandWidth + CalibrationReport.bandWidth - 1)
        }
        if top < 0 { bands = [] }
        for sample in samples {
            let count = sample.count
            leads += count
            if sample.result == .won { wonTotal += count }
            if sample.answer == .accepted { acceptedTotal += count }
            let band = max(0, sample.score) / CalibrationReport.bandWidth
            bands[band].leads += count
            switch sample.result {
            case .won: bands[band].won += count
            case .lost: bands[band].lost += count
            case nil: break
            }
            switch sample.answer {
            case .accepted: bands[band].accepted += count
            case .rejected: bands[band].rejected += count
            case nil: break
            }
            guard sample.score >= threshold && sample.fitMet else { continue }
            mqls += count
            if sample.result == .won { won += count }
            if sample.result == .lost { lost += count }
            if sample.answer == .accepted { accepted += count }
            if sample.answer == .rejected { rejected += count }
        }
        self.leads = leads
        self.mqls = mqls
        self.won = won
        self.lost = lost
        self.accepted = accepted
        self.rejected = rejected
        self.wonTotal = wonTotal
        self.acceptedTotal = acceptedTotal
        self.bands = bands
    }

    static func rate(_ part: Int, of whole: Int) -> Double? { whole == 0 ? nil : Double(part) / Double(whole) }

    /// `48 MQLs · 20 won, 9 lost · precision (won) 69% · recall (won) 48% · precision (accepted) 96%`, in
    /// the person's language.
    public func summary(_ strings: Strings) -> String {
        let mqlText: Message = mqls == 1 ? Message(.oneMQL) : Message(.mqlsCount, "\(integer: mqls)")
        let wonText: Message = won == 1 ? Message(.oneWon) : Message(.won3, "\(integer: won)")
        let lostText: Message = lost == 1 ? Message(.oneLost) : Message(.lost3, "\(integer: lost)")
        return strings(
            Message(
                .precisionWonRecallWon, "\(mqlText)", "\(wonText)", "\(lostText)", "\(strings.percent(precisionWon))",
                "\(strings.percent(recallWon))", "\(strings.percent(precisionAccepted))"))
    }
}
