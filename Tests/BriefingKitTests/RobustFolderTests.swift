import Foundation
import Testing
@testable import BriefingKit

/// Expanding paths: folders searched recursively, binary and special files skipped with a notice.
@Suite(.timeLimit(.minutes(1)))
struct RobustFolderTests {
    @Test func folderSkipsBinaryFilesWithANotice() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("b/good.txt", text: "Fine text.")
        let notes = try folder.write("a.md", text: "# Notes")
        let pdf = try folder.write("b/paper.txt", Array("%PDF-1.5\n".utf8))
        let png = try folder.write("image.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let utf16 = try folder.write("wide.txt", [0xFF, 0xFE, 0x41, 0x00, 0x42, 0x00])
        try folder.write("ignored.pdf", Array("%PDF-1.5\n".utf8))
        try folder.write(".hidden/secret.txt", text: "Not listed.")
        let expanded = DocumentReader.expand(paths: [folder.path])
        #expect(expanded.files == [notes, good, utf16])
        #expect(expanded.errors.isEmpty)
        #expect(Set(expanded.skipped) == [.binary(path: pdf), .binary(path: png)])
        #expect(expanded.notices.allSatisfy { $0.hasPrefix("skipped ") && !$0.contains("\n") })
    }

    @Test func fifoInFolderIsSkippedWithoutBlocking() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.path + "/pipe.txt"
        try #require(mkfifo(fifo, 0o644) == 0)
        let expanded = DocumentReader.expand(paths: [folder.path])
        #expect(expanded.files.isEmpty)
        #expect(expanded.skipped == [.notRegularFile(path: fifo)])
    }

    @Test func symbolicLinkLoopEndsTheWalk() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("sub/a.txt", text: "Text.")
        try #require(symlink(folder.path, folder.path + "/sub/loop") == 0)
        #expect(DocumentReader.expand(paths: [folder.path]).files == [file])
    }

    @Test func danglingLinksAreSkippedOnlyWhenTheyLookLikeArticles() throws {
        let folder = try TemporaryFolder()
        let link = folder.path + "/gone.txt"
        try #require(symlink(folder.path + "/nowhere.txt", link) == 0)
        try #require(symlink(folder.path + "/nowhere", folder.path + "/gone") == 0)
        let expanded = DocumentReader.expand(paths: [folder.path])
        #expect(expanded.files.isEmpty)
        #expect(expanded.skipped == [.unreadable(path: link, reason: "a symbolic link to nothing")])
    }

    @Test func missingPathsAreErrorsAndTheRestExpands() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("x.txt", text: "Text.")
        let expanded = DocumentReader.expand(paths: ["/nonexistent/a.txt", file, "/dev/null"])
        #expect(expanded.files == [file, "/dev/null"])
        #expect(expanded.errors == [.missing(path: "/nonexistent/a.txt")])
    }

    @Test(.disabled(if: geteuid() == 0, "root lists every folder, so permission denied cannot happen; run as a normal user"))
    func unreadableSubfolderIsSkipped() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("ok.txt", text: "Text.")
        try folder.write("locked/inside.txt", text: "Text.")
        try #require(chmod(folder.path + "/locked", 0) == 0)
        defer { chmod(folder.path + "/locked", 0o755) }
        let expanded = DocumentReader.expand(paths: [folder.path])
        #expect(expanded.files == [file])
        #expect(expanded.skipped.map(\.path) == [folder.path + "/locked"])
    }
}
