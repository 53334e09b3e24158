import BriefingKit
import Foundation

// Temporary development entry point: `brief extract --json FILE…` until the CLI lands.
let arguments = CommandLine.arguments.dropFirst().filter { !$0.hasPrefix("-") && $0 != "extract" }
let pretty = CommandLine.arguments.contains("--pretty")
for path in arguments {
    let article = Extractor().analyse(try DocumentReader.read(path: path))
    print(ArticleJSON.encode(article, pretty: pretty))
}
