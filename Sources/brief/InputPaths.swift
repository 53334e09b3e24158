import ArgumentParser

/// The article files and folders a subcommand reads.
struct InputPaths: ParsableArguments {
    @Argument(help: ArgumentHelp("Article files (.txt, .md) or folders searched recursively.", valueName: "path"), completion: .file())
    var paths: [String] = []

    /// At least one path is needed.
    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one article file or folder.") }
    }
}
