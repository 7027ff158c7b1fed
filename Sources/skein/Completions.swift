import ArgumentParser
import Foundation
import Reader
import ThreadKit

/// What the shell completions offer beyond files: worked out by `skein` itself when the shell asks.
enum Completions {
    /// The bundled and the user's theme names.
    @Sendable static func themeNames(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        ThemeLibrary.discover().names.filter { $0.hasPrefix(prefix) }
    }

    /// The thread ids of the Disqus export named before `--thread` on the line.
    @Sendable static func threadIDs(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        for word in words.prefix(index).dropFirst() where FileManager.default.isReadableFile(atPath: word) {
            guard let bytes = try? ThreadFile.read(word), let input = try? SourceText(bytes: bytes),
                  (try? FormatDetector.format(for: input)) == DisqusExport.self,
                  let threads = try? DisqusExport.threads(in: input) else { continue }
            return threads.map(\.id).filter { $0.hasPrefix(prefix) }
        }
        return []
    }
}

/// The completion scripts `skein --generate-completion-script SHELL` prints (and `make completions` installs):
/// swift-argument-parser's, and after it skein's own piece for its default subcommand.
///
/// `skein FILE --theme NAME` is `skein read FILE --theme NAME`, but swift-argument-parser completes a default
/// subcommand's arguments only after its name (apple/swift-argument-parser#488, open in 1.8), and its generated
/// scripts have no hook for it. Declaring the reader's arguments on the root as well would not do: its files cannot
/// be (a root's positional arguments would take `dump` and what follows it as files), and the root's options would
/// be taken from anywhere on the line, so `skein dump --thread ID` would lose its `--thread` to the root. So each
/// script gets a few lines that complete a line whose first argument names no subcommand as though `read` came
/// first (its files, options and their values, as generated for `read`), and that offer files beside the
/// subcommands for the first argument. In bash the piece registers a function around the generated `_skein`, in
/// zsh it goes in before the lines that run or register `_skein` and wraps it the same way, in fish it wraps
/// the generated function that reads the line's words. scripts/install-test.sh asks each shell.
enum CompletionScript {
    static let option = "--generate-completion-script"

    /// The shell asked for by `--generate-completion-script SHELL`, `=SHELL`, or alone (the user's shell), as
    /// swift-argument-parser reads it; nil when there is no such request, or the shell is none it knows.
    static func requestedShell(in arguments: [String]) -> CompletionShell? {
        let options = arguments.prefix { $0 != "--" }
        guard let index = options.firstIndex(where: { $0 == option || $0.hasPrefix(option + "=") }) else { return nil }
        if options[index] != option { return CompletionShell(rawValue: String(options[index].dropFirst(option.count + 1))) }
        guard let name = options.dropFirst(index + 1).first, !name.hasPrefix("-") else { return .autodetected() }
        return CompletionShell(rawValue: name)
    }

    /// The names a line's first argument can give to choose a subcommand (`help` is swift-argument-parser's).
    static var subcommands: [String] { Skein.configuration.subcommands.map { $0._commandName } + ["help"] }

    static func text(for shell: CompletionShell) -> String {
        let generated = Skein.completionScript(for: shell)
        switch shell {
        case .bash: return generated + "\n" + bash
        case .fish: return generated + "\n" + fish
        case .zsh:
            // Before the last lines, which call `_skein` when compinit autoloads the file, or register it.
            guard let tail = generated.range(of: "\nif [[ \"${funcstack[1]}\" = _skein ]]; then", options: .backwards) else {
                return generated
            }
            return generated[..<tail.lowerBound] + "\n" + zsh + generated[tail.lowerBound...]
        default: return generated
        }
    }

    private static var bash: String {
        """
        # skein's own: a line whose first argument names no subcommand is completed as `skein read ...`; the first
        # argument offers files beside the subcommands (read is the default subcommand).
        __skein_or_read() {
            if [[ "${COMP_CWORD}" -eq 1 && "${2}" != -* ]]; then
                _skein "${@}"
                local file
                while IFS='' read -r file; do COMPREPLY+=("${file}"); done < <(compgen -f -- "${2}")
                return
            fi
            case "${COMP_WORDS[1]}" in
            \(subcommands.joined(separator: "|")))
                _skein "${@}"
                return
                ;;
            esac
            local -r rest="${COMP_LINE#*"${COMP_WORDS[0]}"}"
            local COMP_LINE="${COMP_LINE%"${rest}"} read${rest}"
            local -i COMP_POINT="$((COMP_POINT + 5))"
            local -a COMP_WORDS=("${COMP_WORDS[0]}" read "${COMP_WORDS[@]:1}")
            local -i COMP_CWORD="$((COMP_CWORD + 1))"
            _skein "${1}" "${2}" "${COMP_WORDS[COMP_CWORD - 1]}"
        }

        complete -o filenames -F __skein_or_read skein
        """
    }

    private static var zsh: String {
        """
        # skein's own: a line whose first argument names no subcommand is completed as `skein read ...`; the first
        # argument offers files beside the subcommands (read is the default subcommand).
        functions -c _skein __skein_as_generated
        _skein() {
            if [[ "${CURRENT}" -eq 2 && "${PREFIX}" != -* ]]; then
                local -i ret=1
                __skein_as_generated "${@}" && ret=0
                _files && ret=0
                return "${ret}"
            fi
            case "${words[2]}" in
            \(subcommands.joined(separator: "|")))
                __skein_as_generated "${@}"
                return
                ;;
            esac
            words=("${words[1]}" read "${(@)words[2,-1]}")
            (( CURRENT++ ))
            __skein_as_generated "${@}"
        }

        """
    }

    private static var fish: String {
        """
        # skein's own: a line whose first argument names no subcommand is completed as `skein read ...`; the first
        # argument offers files beside the subcommands (read is the default subcommand).
        functions -c __skein_tokens __skein_tokens_as_generated
        function __skein_reads_by_default
            set -l before (__skein_tokens_as_generated -pc)
            if test (count $before) -lt 2
                string match -q -- '-*' (__skein_tokens_as_generated -t)
            else
                not contains -- $before[2] \(subcommands.joined(separator: " "))
            end
        end
        function __skein_tokens
            set -l tokens (__skein_tokens_as_generated $argv)
            if contains -- $argv[1] -p -pc; and __skein_reads_by_default
                set tokens $tokens[1] read $tokens[2..]
            end
            printf '%s\\n' $tokens
        end
        complete -c 'skein' -n 'test (count (__skein_tokens_as_generated -pc)) -eq 1; and not __skein_reads_by_default' -F
        """
    }
}
