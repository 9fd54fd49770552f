import GRDB

/// A stored value whose type is not the one its column holds: a store edited by another
/// program (`UPDATE evidence SET start = 'abc'`), or damaged. Thrown by
/// ``GRDB/Row/decoded(_:_:)`` and turned into ``StoreError/corruptValue(path:column:value:expected:)``
/// by the store's error mapping, which knows the file.
struct CorruptValue: Error {
    /// `table.column`, as the store's schema names it.
    var column: String
    /// The value as found, quoted and shortened for a message.
    var value: String
    /// What belongs there, in words.
    var expected: String
}

extension Row {
    /// The value at `index` of a row read from `column` (`"evidence.start"`), converted to `T`.
    ///
    /// GRDB's subscript (`row[3]`) decodes with `try!` and so kills the process on a value of
    /// the wrong type; SQLite lets any program store text in an INTEGER column. A store is a
    /// file a user may edit or receive damaged, so every read of a row goes through here and
    /// a bad value becomes an error that names the column, never a trap.
    func decoded<T: DatabaseValueConvertible>(_ index: Int, _ column: String) throws -> T {
        let stored: DatabaseValue = self[index]
        guard let value = T.fromDatabaseValue(stored) else {
            throw CorruptValue(column: column, value: Self.describe(stored), expected: Self.expectation(T.self))
        }
        return value
    }

    /// A stored value as a message shows it: text quoted and cut at 40 characters.
    static func describe(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: return "NULL"
        case .int64(let number): return String(number)
        case .double(let number): return String(number)
        case .string(let text): return "'" + (text.count > 40 ? text.prefix(39) + "…" : text) + "'"
        case .blob(let data): return "a blob of \(data.count) bytes"
        }
    }

    /// What a column read as `T` should hold, in words.
    static func expectation<T>(_ type: T.Type) -> String {
        let name = String(describing: type)
        let optional = name.hasPrefix("Optional<")
        let base = optional ? String(name.dropFirst("Optional<".count).dropLast()) : name
        let words: String
        switch base {
        case "Int", "Int64", "Int32": words = "an integer"
        case "Bool": words = "0 or 1"
        case "Double": words = "a number"
        case "String": words = "text"
        default: words = base
        }
        return optional ? words + " or NULL" : words
    }
}
