import Foundation

/// Writes a deterministic folder of synthetic news articles shaped like the BBC set (titles, quotes, cues, roles).
///
/// Article `i` depends only on the seed and `i`, so a larger corpus contains every article of a smaller one.
public enum LibraryCorpus {
    /// The topics, one subfolder each, as in the BBC set.
    public static let topics = ["business", "entertainment", "politics", "sport", "tech"]

    /// Writes `count` articles below `folder` (created if needed) and returns the total bytes written.
    @discardableResult
    public static func write(to folder: String, count: Int, seed: UInt64 = 2225) throws -> Int {
        var total = 0
        for topic in topics {
            try FileManager.default.createDirectory(atPath: (folder as NSString).appendingPathComponent(topic), withIntermediateDirectories: true)
        }
        for index in 0..<count {
            let bytes = Array(article(index, seed: seed).utf8)
            total += bytes.count
            try Data(bytes).write(to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(path(of: index))))
        }
        return total
    }

    /// The path of article `index` relative to the corpus folder ("politics/0002.txt").
    public static func path(of index: Int) -> String {
        topics[index % topics.count] + "/" + String(format: "%05d.txt", index / topics.count)
    }

    /// The text of article `index`: a title line, then paragraphs with quotes by people from a fixed cast.
    public static func article(_ index: Int, seed: UInt64 = 2225) -> String {
        var random = SeededRandom(seed: seed ^ (UInt64(index) &* 0x2545_F491_4F6C_DD1D))
        let cast = (0..<3).map { _ in random.pick(LibraryCast.people) }
        var paragraphs = [random.pick(LibraryCast.headlines) + " " + random.pick(LibraryCast.headlineEnds)]
        for number in 0..<random.number(9...14) {
            let person = cast[number % cast.count]
            paragraphs.append(paragraph(person: person, first: number < cast.count, random: &random))
        }
        return paragraphs.joined(separator: "\n\n") + "\n"
    }

    private static func paragraph(person: LibraryCast.Person, first: Bool, random: inout SeededRandom) -> String {
        let reference = first ? "\(person.role) \(person.name)" : random.pick(["\(person.title) \(person.surname)", person.name])
        let quote = sentence(&random) + " " + sentence(&random)
        let lead = sentence(&random)
        switch random.number(0...4) {
        case 0: return "\(lead) \"\(quote)\" \(reference) said."
        case 1: return "\(reference) told the BBC: \"\(quote)\" \(sentence(&random))"
        case 2: return "\(lead) \(reference) \(random.pick(LibraryCast.cues)) that \(clause(&random))."
        case 3: return "According to \(reference), \(clause(&random)). \(lead)"
        default: return "\(lead) \(sentence(&random)) \(sentence(&random))"
        }
    }

    private static func sentence(_ random: inout SeededRandom) -> String {
        let text = clause(&random)
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    private static func clause(_ random: inout SeededRandom) -> String {
        "\(random.pick(LibraryCast.subjects)) \(random.pick(LibraryCast.verbs)) \(random.pick(LibraryCast.objects)) \(random.pick(LibraryCast.endings))"
    }
}
