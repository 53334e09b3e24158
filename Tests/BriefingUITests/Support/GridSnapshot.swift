import Testing
import BriefingUI

/// Compares a grid's lines with the expected lines and shows a readable diff when they differ.
func expectLines(_ grid: Grid, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = grid.lines.map(trimmingTrailingSpaces)
    let wanted = expected.map(trimmingTrailingSpaces)
    guard actual != wanted else { return }
    var report = ["Screen differs (- expected, + actual):"]
    for index in 0..<max(actual.count, wanted.count) {
        let have = index < actual.count ? actual[index] : "<no line>"
        let want = index < wanted.count ? wanted[index] : "<no line>"
        if have == want {
            report.append(String(format: "  %2d  ", index) + have)
        } else {
            report.append(String(format: "- %2d |", index) + want + "|")
            report.append(String(format: "+ %2d |", index) + have + "|")
        }
    }
    Issue.record(Comment(rawValue: report.joined(separator: "\n")), sourceLocation: sourceLocation)
}

/// The whole screen as text, for printing while writing a test.
func dump(_ grid: Grid) -> String {
    grid.lines.map(trimmingTrailingSpaces).joined(separator: "\n")
}

/// A line without the blanks at its end.
func trimmingTrailingSpaces(_ line: String) -> String {
    var line = line
    while line.last == " " { line.removeLast() }
    return line
}
