import BriefingUI

/// Lays out rows of text in aligned columns (by display width, so accents and CJK line up).
enum TextTable {
    /// The table with a header row, columns two spaces apart, each line ending with a newline.
    static func render(header: [String], rows: [[String]]) -> String {
        let table = ([header] + rows).map { $0.map(VisibleText.clean) }
        var widths = Array(repeating: 0, count: header.count)
        for row in table {
            for (column, value) in row.enumerated() { widths[column] = max(widths[column], DisplayWidth.of(value)) }
        }
        return table.map { row in
            row.enumerated().map { column, value in
                column == row.count - 1 ? value : value + String(repeating: " ", count: widths[column] - DisplayWidth.of(value))
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
