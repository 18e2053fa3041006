import HardmatchCore
import Testing

/// Text bound for a terminal shows its control characters instead of obeying them.
@Suite struct TerminalTextTests {
    @Test func controlsAreEscaped() {
        #expect(TerminalText.escaped("a\u{1b}[2Jb") == "a\\u{1b}[2Jb")
        #expect(TerminalText.escaped("x\ny\r") == "x\\u{a}y\\u{d}")
        #expect(TerminalText.escaped("\u{9b}31m") == "\\u{9b}31m")
        #expect(TerminalText.escaped("\u{202e}gnp.exe") == "\\u{202e}gnp.exe")
    }

    @Test func printableTextIsKept() {
        #expect(TerminalText.escaped("Zoë Ødegård 李雷 \"q\"") == "Zoë Ødegård 李雷 \"q\"")
    }
}
