/// What shows instead of the reader when the terminal is too small for it.
enum TooSmallNotice {
    /// Draws "Terminal too small" and the size needed, centred and clipped.
    static func draw(into grid: inout Grid, theme: Theme) {
        let minimum = ScreenLayout.minimumSize
        let lines = ["Terminal too small", "\(grid.columns)×\(grid.rows), need \(minimum.columns)×\(minimum.rows)", "q quits"]
        let top = max(0, (grid.rows - lines.count) / 2)
        for (index, text) in lines.enumerated() {
            let fitted = Truncation.fit(text, width: grid.columns)
            let column = max(0, (grid.columns - DisplayWidth.of(fitted)) / 2)
            grid.write(fitted, row: top + index, column: column, width: grid.columns - column, style: index == 0 ? theme.notice : theme.dim)
        }
    }
}
