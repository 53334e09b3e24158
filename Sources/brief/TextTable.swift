import BriefingUI

/// Lays out rows of text in aligned columns (by display width, so accents and CJK line up).
enum TextTable {
    /// The widest a column other than the last may be; longer values are cut with "…".
    static let maximumColumnWidth = 40

    /// The table with a header row, columns two spaces apart, each line ending with a newline.
    static func render(header: [String], rows: [[String]]) -> String {
        let table = ([header] + rows).map { row in
            row.enumerated().map { column, value in
                let clean = VisibleText.clean(value)
                return column == row.count - 1 ? clean : Truncation.fit(clean, width: maximumColumnWidth)
            }
        }
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
