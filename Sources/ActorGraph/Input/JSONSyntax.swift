/// Where a JSON text first breaks the grammar, for error messages.
///
/// Foundation's decoder says only "The given data was not valid JSON" on Linux, which leaves
/// a person to search a large graph file by eye. One linear pass over the bytes, with an
/// explicit stack (no recursion, so deep nesting cannot overflow), finds the line and column.
public enum JSONSyntax {
    /// The first syntax error: 1-based line and column (in characters) and what was expected.
    public struct Problem: Equatable, Sendable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var expected: String
        public var description: String { "line \(line), column \(column): \(expected)" }
    }

    private enum Expect { case value, valueOrClose, key, keyOrClose, colon, commaOrClose, end }

    /// The first syntax error in `bytes`, or nil when they are one well-formed JSON value.
    /// - Complexity: O(n).
    public static func firstProblem<Bytes: Collection>(in bytes: Bytes) -> Problem? where Bytes.Element == UInt8 {
        let text = Array(bytes)
        var index = 0
        var stack: [UInt8] = []
        var expect = Expect.value
        func problem(at position: Int, _ expected: String) -> Problem {
            var line = 1
            var lineStart = 0
            for offset in 0..<min(position, text.count) where text[offset] == 0x0A {
                line += 1
                lineStart = offset + 1
            }
            let column = String(decoding: text[lineStart..<min(position, text.count)], as: UTF8.self).count + 1
            return Problem(line: line, column: column, expected: expected)
        }
        func afterValue() -> Expect { stack.isEmpty ? .end : .commaOrClose }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        /// Past a string starting at `index`, or the problem in it.
        func skipString() -> Problem? {
            let start = index
            index += 1
            while index < text.count {
                switch text[index] {
                case UInt8(ascii: "\""):
                    index += 1
                    return nil
                case UInt8(ascii: "\\"):
                    index += 2
                case 0..<0x20:
                    return problem(at: index, "a line break or control character inside a string; write it as \\n or \\t")
                default:
                    index += 1
                }
            }
            return problem(at: start, "a string that never ends; close it with \"")
        }
        while true {
            while index < text.count, [0x20, 0x09, 0x0A, 0x0D].contains(text[index]) { index += 1 }
            guard index < text.count else {
                return expect == .end ? nil : problem(at: index, "the file ends too early; it looks cut off")
            }
            let byte = text[index]
            switch expect {
            case .value, .valueOrClose:
                if expect == .valueOrClose, byte == UInt8(ascii: "]") {
                    stack.removeLast()
                    index += 1
                    expect = afterValue()
                    continue
                }
                switch byte {
                case UInt8(ascii: "{"):
                    stack.append(byte)
                    index += 1
                    expect = .keyOrClose
                case UInt8(ascii: "["):
                    stack.append(byte)
                    index += 1
                    expect = .valueOrClose
                case UInt8(ascii: "\""):
                    if let broken = skipString() { return broken }
                    expect = afterValue()
                case UInt8(ascii: "-"), 0x30...0x39:
                    let start = index
                    if byte == UInt8(ascii: "-") { index += 1 }
                    let digits = index
                    while index < text.count, isDigit(text[index]) || [0x2E, 0x65, 0x45, 0x2B, 0x2D].contains(text[index]) {
                        index += 1
                    }
                    if index == digits || !isDigit(text[digits]) { return problem(at: start, "a number") }
                    expect = afterValue()
                default:
                    let word = ["true", "false", "null"].first { word in
                        text.count - index >= word.utf8.count && text[index..<(index + word.utf8.count)].elementsEqual(word.utf8)
                    }
                    guard let word else {
                        return problem(at: index, "a value (a string in double quotes, a number, true, false, null, [ or {)")
                    }
                    index += word.utf8.count
                    expect = afterValue()
                }
            case .key, .keyOrClose:
                if expect == .keyOrClose, byte == UInt8(ascii: "}") {
                    stack.removeLast()
                    index += 1
                    expect = afterValue()
                } else if byte == UInt8(ascii: "\"") {
                    if let broken = skipString() { return broken }
                    expect = .colon
                } else {
                    return problem(at: index, "a field name in double quotes")
                }
            case .colon:
                guard byte == UInt8(ascii: ":") else { return problem(at: index, "':' after the field name") }
                index += 1
                expect = .value
            case .commaOrClose:
                let close = stack.last == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if byte == UInt8(ascii: ",") {
                    index += 1
                    expect = stack.last == UInt8(ascii: "{") ? .key : .value
                } else if byte == close {
                    stack.removeLast()
                    index += 1
                    expect = afterValue()
                } else {
                    return problem(at: index, "',' or '\(Character(Unicode.Scalar(close)))'")
                }
            case .end:
                return problem(at: index, "nothing after the end of the JSON value")
            }
        }
    }
}
