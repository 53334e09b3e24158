import BriefingKit
import CFuzzerDriver
import Foundation
import BriefingUI

/// libFuzzer entry point: bytes → a terminal size, a key sequence and an extra article,
/// driving the reader's `update` and `view` and checking that no cell could control the terminal.
@main
enum FuzzReader {
    /// Hands the command line to libFuzzer, which calls `fuzzReader` for every input.
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzReader))
    }
}

/// The most keys one input drives, so each run stays fast.
private let maximumKeys = 48

/// Runs one input. Layout: columns, rows, key-byte count N, N key bytes, then the bytes of
/// an extra article (decoded like a file) that joins the two fixed ones.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    var input = FuzzInput(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    var columns = input.size(limit: 120)
    var rows = input.size(limit: 40)
    let keyCount = min(Int(input.byte()), maximumKeys)
    var keys = FuzzInput(input.take(keyCount))
    var articles = ReaderFixtures.articles
    if let extra = try? ArticleTextDecoder.decode(input.rest(), path: "fuzz\u{1B}[2J.txt") {
        articles.append(Extractor().analyse(extra))
    }
    var model = ReaderModel(briefing: Briefing(articles: articles), columns: columns, rows: rows)
    // Drawn before each resize and at the end: any state in between is the end of a shorter input.
    while !keys.isEmpty {
        let key = keys.key()
        if case let .resize(newColumns, newRows) = key {
            checkGrid(model.view(columns: columns, rows: rows), columns: columns, rows: rows)
            columns = newColumns
            rows = newRows
        }
        _ = model.update(key)
    }
    checkGrid(model.view(columns: columns, rows: rows), columns: columns, rows: rows)
    return 0
}

/// The grid has the asked size, and every cell holds at most one grapheme with no C0/C1
/// control (ESC included), DEL, or bidirectional override that could drive the terminal.
func checkGrid(_ grid: Grid, columns: Int, rows: Int) {
    check(grid.columns == max(0, columns) && grid.rows == max(0, rows), "grid is \(grid.columns)×\(grid.rows), asked \(columns)×\(rows)")
    check(grid.cells.count == grid.columns * grid.rows, "grid has \(grid.cells.count) cells")
    for (index, cell) in grid.cells.enumerated() {
        check(cell.text.unicodeScalars.count <= 1 || cell.text.count == 1, "cell \(index) holds \(cell.text.debugDescription)")
        for scalar in cell.text.unicodeScalars where isTerminalControl(scalar) {
            fatalError("cell \(index) (row \(index / max(1, grid.columns)), column \(index % max(1, grid.columns))) holds control U+\(String(scalar.value, radix: 16, uppercase: true)) in \(cell.text.debugDescription)")
        }
    }
}

/// C0 and C1 controls, DEL, and the bidirectional embedding, override and isolate controls.
private func isTerminalControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
}

/// Stops the run with `message` when `condition` is false (unlike `precondition`, the message survives `-O`).
func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
