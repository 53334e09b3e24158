import BriefingKit
import CFuzzerDriver
import Foundation

/// libFuzzer entry point: bytes → decode → extract → JSON, checking every invariant on the way.
@main
enum FuzzExtraction {
    /// Hands the command line to libFuzzer, which calls `fuzzExtraction` for every input.
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzExtraction))
    }
}

/// Runs one input through the pipeline; traps (a crash libFuzzer reports) when an invariant breaks.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtraction(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let source: SourceText
    do {
        source = try ArticleTextDecoder.decode(bytes, path: "fuzz.txt")
    } catch {
        check(error as? DocumentError == .binary(path: "fuzz.txt"), "decode threw \(error)")
        return 0
    }
    checkDecoded(source, from: bytes)
    let article = Extractor().analyse(source)
    checkRanges(article)
    checkJSON(ArticleJSON.encode(article), of: article)
    return 0
}
