import Foundation
import Testing
@testable import BriefingKit

/// Reading files that are missing, special, unreadable, binary or huge: a clear error or a bounded read, never a hang or trap.
@Suite(.timeLimit(.minutes(2)))
struct RobustFileTests {
    @Test func missingFileNamesThePath() {
        let path = "/nonexistent/brief/article.txt"
        #expect(throws: DocumentError.missing(path: path)) { try DocumentReader.read(path: path) }
        #expect(DocumentError.missing(path: path).description.hasPrefix(path))
    }

    @Test func directoryIsRefused() throws {
        let folder = try TemporaryFolder()
        #expect(throws: DocumentError.directory(path: folder.path)) { try DocumentReader.read(path: folder.path) }
    }

    @Test func fifoIsRefusedWithoutBlocking() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.path + "/pipe.txt"
        try #require(mkfifo(fifo, 0o644) == 0)
        #expect(throws: DocumentError.notRegularFile(path: fifo)) { try DocumentReader.read(path: fifo) }
    }

    @Test(arguments: ["/dev/null", "/dev/zero", "/dev/urandom"])
    func devicesAreRefused(path: String) {
        #expect(throws: DocumentError.notRegularFile(path: path)) { try DocumentReader.read(path: path) }
    }

    @Test(.disabled(if: geteuid() == 0, "root reads every file, so permission denied cannot happen; run as a normal user"))
    func unreadableFileSaysPermissionDenied() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("secret.txt", text: "Hidden.")
        try #require(chmod(file, 0) == 0)
        #expect { try DocumentReader.read(path: file) } throws: { error in
            guard case .unreadable(let path, let reason) = error as? DocumentError else { return false }
            return path == file && reason.contains("permission denied")
        }
    }

    @Test func danglingSymbolicLinkIsNamed() throws {
        let folder = try TemporaryFolder()
        let link = folder.path + "/gone.txt"
        try #require(symlink(folder.path + "/nowhere.txt", link) == 0)
        #expect(throws: DocumentError.unreadable(path: link, reason: "a symbolic link to nothing")) { try DocumentReader.read(path: link) }
    }

    @Test func binaryFileIsRefusedWhenGiven() throws {
        let folder = try TemporaryFolder()
        let pdf = try folder.write("paper.txt", Array("%PDF-1.4\n%âãÏÓ\n1 0 obj".utf8))
        #expect(throws: DocumentError.binary(path: pdf)) { try DocumentReader.read(path: pdf) }
    }

    @Test func emptyAndWhitespaceFilesOpenEmpty() throws {
        let folder = try TemporaryFolder()
        for (name, text) in [("empty.txt", ""), ("blank.txt", "\n \t\r\n  \n")] {
            let source = try DocumentReader.read(path: folder.write(name, text: text))
            #expect(source.text == text)
            #expect(Extractor().analyse(source).blocks.isEmpty)
        }
    }

    @Test func fiveMegabyteSingleLineInBoundedTime() throws {
        let folder = try TemporaryFolder()
        let unit = Array("The minister said “we will go further” on costs of £5, officials told reporters; ".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(5_300_000)
        while bytes.count < 5_000_000 { bytes += unit }
        let file = try folder.write("line.txt", bytes)
        let clock = ContinuousClock()
        var article: Article?
        let elapsed = try clock.measure {
            article = Extractor().analyse(try DocumentReader.read(path: file))
        }
        let result = try #require(article)
        #expect(result.scalars.count == String(decoding: bytes, as: UTF8.self).unicodeScalars.count)
        #expect(!result.blocks.isEmpty)
        expectRangesHold(result)
        #expect(elapsed < .seconds(60), "5 MB line took \(elapsed)")
    }

    @Test func fiftyMegabyteFileIsReadWhole() throws {
        let folder = try TemporaryFolder()
        let paragraph = Array("A paragraph of plain text with “a quote”, said the spokesman.\n\n".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(50_000_000 + paragraph.count)
        while bytes.count < 50_000_000 { bytes.append(contentsOf: paragraph) }
        let file = try folder.write("big.txt", bytes)
        let source = try DocumentReader.read(path: file)
        #expect(source.text.utf8.count == bytes.count)
    }
}
