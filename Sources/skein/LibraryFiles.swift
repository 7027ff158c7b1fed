import Foundation
import Store
import ThreadKit

/// The thread files of a library: folders walked for their files (hidden ones left out), each file indexed in
/// the state store (read again only when its size or time changed), those that hold a thread kept.
enum LibraryFiles {
    /// Every regular file under the folders among `paths` (and the files among them), absolute, sorted.
    static func collect(_ paths: [String]) -> [String] {
        var files: [String] = []
        for path in paths {
            let url = URL(fileURLWithPath: path).standardizedFileURL
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { continue }
            guard isFolder.boolValue else { files.append(url.path); continue }
            let walk = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
            while let file = walk?.nextObject() as? URL {
                if (try? file.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true { files.append(file.standardizedFileURL.path) }
            }
        }
        return Array(Set(files)).sorted()
    }

    /// Indexes `files` in the store, saying how far it is on standard error when that is a terminal; returns
    /// the files that hold a thread.
    static func index(_ files: [String], in store: StateStore) -> [String] {
        let showsProgress = isatty(STDERR_FILENO) == 1 && files.count > 20
        var kept: [String] = []
        for (number, path) in files.enumerated() {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  let size = (attributes[.size] as? NSNumber)?.int64Value,
                  let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 else { continue }
            var holdsThread = true
            let cached = store.index(path: path, size: size, modified: modified) {
                let thread = try? ThreadFile.load(path)
                holdsThread = thread != nil
                return thread
            }
            if cached || holdsThread { kept.append(path) }
            if showsProgress && (number % 10 == 0 || number == files.count - 1) {
                FileHandle.standardError.write(Data("\rskein: indexing \(number + 1)/\(files.count)".utf8))
            }
        }
        if showsProgress { FileHandle.standardError.write(Data("\n".utf8)) }
        return kept
    }
}
