/// Text from articles and file names made safe to print on a terminal.
///
/// A scraped article or a file name can carry escape sequences: `ESC ]0;...BEL` retitles the
/// window, `ESC [8m` hides what follows, `ESC [2J` clears the screen, and some terminals act
/// on others. `path` and `show` print such text as it was read, so they pass it through here:
/// escape sequences (CSI, OSC, DCS and the rest) go whole, other C0 and C1 control characters
/// and DEL go, and tab and line feed stay.
enum TerminalText {
    static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B:
                skipEscape(&scalars)
            case 0x9B, 0x9D, 0x90, 0x98, 0x9E, 0x9F:
                // C1 forms of CSI, OSC, DCS, SOS, PM, APC: the same sequences without ESC.
                skipSequenceBody(introducer: scalar.value, &scalars)
            case _ where isControl(scalar):
                continue
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Control characters other than tab and line feed.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }

    /// After an ESC: the rest of its sequence.
    private static func skipEscape(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let next = scalars.next() else { return }
        switch next {
        case "[": skipSequenceBody(introducer: 0x9B, &scalars)
        case "]": skipSequenceBody(introducer: 0x9D, &scalars)
        case "P", "X", "^", "_": skipSequenceBody(introducer: 0x90, &scalars)
        default:
            // Two-character sequences (ESC c, ESC 7) and those with intermediates (ESC ( B).
            if (0x20...0x2F).contains(next.value) { _ = scalars.next() }
        }
    }

    /// A CSI ends at its final byte (`@` to `~`); OSC, DCS, SOS, PM and APC strings end at BEL
    /// or the string terminator (ESC \ or U+009C).
    private static func skipSequenceBody(introducer: UInt32, _ scalars: inout String.UnicodeScalarView.Iterator) {
        if introducer == 0x9B {
            while let scalar = scalars.next() {
                if (0x40...0x7E).contains(scalar.value) { return }
            }
            return
        }
        while let scalar = scalars.next() {
            if scalar.value == 0x07 || scalar.value == 0x9C { return }
            if scalar.value == 0x1B {
                _ = scalars.next()
                return
            }
        }
    }
}
