/// One map of a region: the regional actors once, and each municipality that includes the
/// region's template as a box of its own, joined to the regional actors by its routes.
///
///     let overview = RegionOverview(template: vgr, municipalities: [molndal, partille]).map
public struct RegionOverview: Sendable {
  public var template: CollaborationMap
  public var municipalities: [CollaborationMap]

  public init(template: CollaborationMap, municipalities: [CollaborationMap]) {
    self.template = template
    self.municipalities = municipalities
  }

  /// The combined map, named in the current language. A municipality's own actors and routes get
  /// its id as a prefix (`molndal--skola`); the template's routes to an actor each municipality
  /// defines (such as `socialtjanst`) are drawn once per municipality.
  public var map: CollaborationMap {
    let regional = Set(template.actors.map(\.id))
    var actors = template.actors
    var routes = template.routes.filter { regional.contains($0.from) && regional.contains($0.to) }
    for municipality in municipalities {
      let prefix = "\(municipality.id)--"
      func local(_ id: String) -> String { regional.contains(id) ? id : prefix + id }
      let group = Actor(
        id: "\(prefix)kommun", name: municipality.name, kind: .organisation, sector: .other)
      actors.append(group)
      for var actor in municipality.actors where !regional.contains(actor.id) {
        actor.parent = actor.parent.map(local) ?? group.id
        actor.id = local(actor.id)
        actors.append(actor)
      }
      let templateRoutes = Set(template.routes.map(\.id))
      for var route in municipality.routes
      where !templateRoutes.contains(route.id)
        || !(regional.contains(route.from) && regional.contains(route.to))
      {
        route.id = prefix + route.id
        route.from = local(route.from)
        route.to = local(route.to)
        routes.append(route)
      }
    }
    return CollaborationMap(
      id: "oversikt-\(template.id)", name: L10n.report("overview.title", template.name),
      kind: .municipality,
      reviewed: ([template.reviewed] + municipalities.map(\.reviewed)).min() ?? template.reviewed,
      sources: Array(Set(municipalities.flatMap(\.sources) + template.sources)).sorted {
        $0.file < $1.file
      },
      actors: actors, routes: routes, files: municipalities.flatMap(\.files))
  }
}
