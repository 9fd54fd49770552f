import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads an SVG as XML and answers structural questions about it.
struct SVGInspection {
    let document: XMLDocument

    init(_ data: Data) throws {
        document = try XMLDocument(data: data, options: [])
    }

    /// Every `<g>` whose class list contains `className`.
    func groups(withClass className: String) throws -> [XMLElement] {
        try document.nodes(forXPath: "//*[local-name()='g']").compactMap { $0 as? XMLElement }.filter {
            (SVGInspection.attribute("class", of: $0) ?? "").split(separator: " ").contains(Substring(className))
        }
    }

    /// The `id` attribute of an element.
    static func id(_ element: XMLElement) -> String? { attribute("id", of: element) }

    /// An attribute by local name (FoundationXML's `attribute(forName:)` misses them in a
    /// document with a default namespace).
    static func attribute(_ name: String, of element: XMLElement) -> String? {
        element.attributes?.first { ($0.localName ?? $0.name) == name }?.stringValue
    }

    /// The text of the element's `<title>` child.
    static func title(_ element: XMLElement) -> String? {
        element.children?.compactMap { $0 as? XMLElement }.first { $0.localName == "title" }?.stringValue
    }

    /// The first `xlink:title` (tooltip) below the element.
    static func tooltip(_ element: XMLElement) throws -> String? {
        for node in try element.nodes(forXPath: ".//*[local-name()='a']") {
            guard let anchor = node as? XMLElement else { continue }
            for attribute in anchor.attributes ?? [] where attribute.localName == "title" {
                return attribute.stringValue
            }
        }
        return nil
    }

    /// All text in `<text>` elements, in document order.
    func texts() throws -> [String] {
        try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
    }

    /// Names of every element in the document.
    func elementNames() throws -> Set<String> {
        Set(try document.nodes(forXPath: "//*").compactMap { ($0 as? XMLElement)?.localName })
    }
}
