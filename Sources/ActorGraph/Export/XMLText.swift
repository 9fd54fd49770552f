/// Escaping for XML attribute values and text: the five special characters, and the
/// control characters XML 1.0 forbids dropped, so any article text makes a valid file; line
/// feeds, tabs and carriage returns as character references, so they read back unchanged.
enum XMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            // As character references: a parser turns a literal tab or CR in an attribute
            // into a space, and a CR in text into a line feed.
            case "\t": out += "&#9;"
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
