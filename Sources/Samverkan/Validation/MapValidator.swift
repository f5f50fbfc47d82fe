/// Runs rules over a map and returns their findings, errors first, then by position.
public struct MapValidator: Sendable {
  /// The rules every map must pass.
  public static let structuralRules: [any MapRule] = [
    DuplicateIDRule(), UnknownReferenceRule(), ParentCycleRule(),
  ]

  public var rules: [any MapRule]

  public init(rules: [any MapRule] = MapValidator.structuralRules) {
    self.rules = rules
  }

  public func validate(_ map: CollaborationMap) -> [Diagnostic] {
    rules.flatMap { $0.check(map) }.sorted { lhs, rhs in
      if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
      let l = lhs.location
      let r = rhs.location
      return (l?.file ?? "", l?.line ?? 0, l?.column ?? 0) < (
        r?.file ?? "", r?.line ?? 0, r?.column ?? 0
      )
    }
  }
}
