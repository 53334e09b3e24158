import BriefingKit
import Foundation

for path in CommandLine.arguments.dropFirst() {
    let article = Extractor().analyse(try DocumentReader.read(path: path))
    print(article.blocks.count)
}
