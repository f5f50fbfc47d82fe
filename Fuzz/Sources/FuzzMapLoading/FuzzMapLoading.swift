import FuzzSupport
import Samverkan

/// libFuzzer's entry point: the bytes as a map file in `Maps/`, loaded, checked with every rule,
/// exported as DOT and asked who to contact for each concern.
///
/// Loading may refuse the bytes, but only with a `MapLoadError`; nothing may crash or hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMapLoading(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let bytes = UnsafeRawBufferPointer(start: start, count: count)
  guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
  let map: CollaborationMap
  do {
    map = try MapLoader().load(text: text, shownAs: "fuzz.yaml", folder: FuzzPaths.maps)
  } catch let error as MapLoadError {
    var formatter = DiagnosticFormatter()
    _ = formatter.format(error.diagnostic)
    return 0
  } catch {
    fatalError("loading threw \(type(of: error)), not a MapLoadError: \(error)")
  }
  var formatter = DiagnosticFormatter()
  for finding in MapValidator(settings: RuleSettings(preset: .all)).validate(map) {
    _ = formatter.format(finding)
  }
  _ = DOTWriter().write(GraphDescription(map: map))
  let asking = map.actors.first?.id
  for (index, concern) in Concern.allCases.enumerated() {
    let severity = Severity.allCases[index % Severity.allCases.count]
    _ = map.whoToContact(
      WhoQuery(concerns: [concern], from: asking, age: 6 + index, severity: severity))
  }
  _ = map.whoToContact(WhoQuery(concerns: Concern.allCases, from: asking, asksForSIP: true))
  return 0
}
