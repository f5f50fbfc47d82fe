import Foundation
import FuzzSupport
import Samverkan
import SamverkanRender

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The map every fuzzed SVG is embedded for: Mölndal's, which has actors, routes and contacts.
private let molndal: CollaborationMap = {
  let path = FuzzPaths.maps.appendingPathComponent("molndal.yaml").path
  do {
    return try MapLoader().load(path)
  } catch {
    fatalError("cannot load \(path): \(error)")
  }
}()

/// libFuzzer's entry point: the bytes as the SVG Graphviz drew, embedded and sanitised.
///
/// The embedder may refuse the bytes, but it must not crash, and what it hands out must be XML
/// with no script element, no event attribute and no `javascript:` URL; a violation stops the
/// run with `fatalError`, which libFuzzer reports as a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSVG(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let svg = Data(UnsafeRawBufferPointer(start: start, count: count))
  guard let embedded = try? SVGEmbedder(legend: count % 2 == 0).embed(svg, map: molndal) else {
    return 0
  }
  let output: XMLDocument
  do {
    output = try XMLDocument(data: embedded.data, options: [])
  } catch {
    fatalError("the embedded SVG is not well-formed XML: \(error)")
  }
  guard let root = output.rootElement() else { fatalError("the embedded SVG has no root element") }
  checkSafe(root)
  return 0
}

/// Stops the run at a script element, an event attribute or a script URL in `element`'s tree.
private func checkSafe(_ element: XMLElement) {
  let name = localName(element).lowercased()
  if name == "script" { fatalError("a <script> element survived: \(element.xmlString)") }
  for attribute in element.attributes ?? [] {
    let attributeName = localName(attribute).lowercased()
    if attributeName.hasPrefix("on") {
      fatalError("an event attribute survived: \(attribute.xmlString)")
    }
    let squeezed = String(
      (attribute.stringValue ?? "").lowercased().unicodeScalars.filter {
        !$0.properties.isWhitespace && $0.properties.generalCategory != .control
      }.map(Character.init))
    if squeezed.contains("javascript:") {
      fatalError("a javascript: URL survived: \(attribute.xmlString)")
    }
  }
  for case let child as XMLElement in element.children ?? [] { checkSafe(child) }
}

/// A node's name after its last namespace prefix (FoundationXML's `localName` leaks, which
/// libFuzzer's leak check would report as a finding).
private func localName(_ node: XMLNode) -> String {
  (node.name ?? "").split(separator: ":").last.map(String.init) ?? ""
}
