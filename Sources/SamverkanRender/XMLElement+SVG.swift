import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Attribute and element helpers that work on SVG's default namespace.
///
/// FoundationXML's `attribute(forName:)` and `removeAttribute(forName:)` find nothing on elements
/// in SVG's default namespace, and assigning `attributes` on a parsed element frees nodes it still
/// uses; so these look through the attribute list, change values in place, detach attribute nodes
/// to remove them and add new ones one by one, which keeps the order (and the output) stable.
extension XMLElement {
  /// An element in the SVG tree with attributes in the given order.
  static func svg(_ name: String, _ attributes: [(String, String)] = [], text: String? = nil)
    -> XMLElement
  {
    let element = XMLElement(name: name)
    for (name, value) in attributes { element.setSVGValue(name, value) }
    if let text { element.stringValue = text }
    return element
  }

  /// An attribute's value, found by its qualified name (`class`, `xlink:href`).
  func svgValue(_ name: String) -> String? {
    attributes?.first { $0.name == name }?.stringValue
  }

  /// Sets an attribute, replacing one of the same qualified name or adding it at the end.
  func setSVGValue(_ name: String, _ value: String) {
    if let existing = attributes?.first(where: { $0.name == name }) {
      existing.stringValue = value
    } else {
      addAttribute(XMLNode.svgAttribute(name, value))
    }
  }

  /// Removes the attributes for which `drop` is true.
  func removeSVGAttributes(where drop: (XMLNode) -> Bool) {
    for attribute in attributes ?? [] where drop(attribute) { attribute.detach() }
  }

  /// Inserts `child` at `index`, or appends it when `index` is past the last child.
  ///
  /// FoundationXML's `insertChild(_:at:)` crashes on an element without children, even at 0.
  func insertSVGChild(_ child: XMLNode, at index: Int) {
    if index >= childCount { addChild(child) } else { insertChild(child, at: index) }
  }

  /// The child elements with local name `name`.
  func svgChildren(_ name: String) -> [XMLElement] {
    (children ?? []).compactMap { $0 as? XMLElement }.filter { $0.svgLocalName == name }
  }

  /// This element and every element below it, in document order.
  var svgDescendants: [XMLElement] {
    [self] + (children ?? []).compactMap { $0 as? XMLElement }.flatMap(\.svgDescendants)
  }
}

extension XMLNode {
  /// A plain (no namespace) attribute node.
  static func svgAttribute(_ name: String, _ value: String) -> XMLNode {
    let node = XMLNode(kind: .attribute)
    node.name = name
    node.stringValue = value
    return node
  }

  /// The name after its last namespace prefix: `href` for `xlink:href`, `script` for `svg:script`.
  ///
  /// FoundationXML's own `localName` leaks the strings libxml2 splits the name into (fixed in
  /// swift-corelibs-foundation after Swift 6.3), once per call; this reads `name` instead.
  var svgLocalName: String {
    let name = self.name ?? ""
    guard let colon = name.lastIndex(of: ":") else { return name }
    return String(name[name.index(after: colon)...])
  }
}
