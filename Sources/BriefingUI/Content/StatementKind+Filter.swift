import BriefingKit

/// The statement-kind filter `t` cycles through; nil stands for all kinds.
extension Optional where Wrapped == StatementKind {
    /// The next filter in the cycle all → direct → partial → reported → stance → all.
    var nextInCycle: StatementKind? {
        let kinds = StatementKind.allCases
        guard let current = self, let index = kinds.firstIndex(of: current) else { return kinds.first }
        let next = kinds.index(after: index)
        return next < kinds.endIndex ? kinds[next] : nil
    }
}

/// How the Positions pane marks each kind of statement.
extension StatementKind {
    /// The marks a statement of this kind is shown with in the Positions pane: before and after.
    var marks: (open: String, close: String) {
        switch self {
        case .direct: return ("“", "”")
        case .partial: return ("‹", "›")
        case .reported: return ("~ ", "")
        case .stance: return ("≈ ", "")
        }
    }
}
