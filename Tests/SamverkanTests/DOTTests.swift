import Foundation
import Samverkan
import Testing

/// Every node of a description, inside clusters or not.
private func allNodes(_ graph: GraphDescription) -> [GraphDescription.Node] {
  func nodes(in cluster: GraphDescription.Cluster) -> [GraphDescription.Node] {
    cluster.nodes + cluster.clusters.flatMap(nodes(in:))
  }
  return graph.nodes + graph.clusters.flatMap(nodes(in:))
}

/// Every cluster of a description, nested ones included.
private func allClusters(_ graph: GraphDescription) -> [GraphDescription.Cluster] {
  func clusters(in cluster: GraphDescription.Cluster) -> [GraphDescription.Cluster] {
    [cluster] + cluster.clusters.flatMap(clusters(in:))
  }
  return graph.clusters.flatMap(clusters(in:))
}

/// The DOT text of a map.
private func dot(_ map: CollaborationMap) -> String {
  DOTWriter().write(GraphDescription(map: map))
}

/// Checks that DOT, read back the way Graphviz's lexer reads it, holds exactly the description.
private func expectReadsBack(
  _ graph: GraphDescription, sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
  let scan = try DOTScan(DOTWriter().write(graph))
  #expect(scan.graphName == graph.name, sourceLocation: sourceLocation)
  let nodes = scan.nodes
  #expect(Set(nodes.keys) == Set(allNodes(graph).map(\.name)), sourceLocation: sourceLocation)
  for node in allNodes(graph) {
    #expect(
      nodes[node.name]?.attributes == node.attributes, "node \(node.name)",
      sourceLocation: sourceLocation)
  }
  #expect(scan.edges.count == graph.edges.count, sourceLocation: sourceLocation)
  for (statement, edge) in zip(scan.edges, graph.edges) {
    #expect(
      statement.subject == .edge(tail: edge.tail, head: edge.head), sourceLocation: sourceLocation)
    #expect(
      statement.attributes == edge.attributes,
      "edge \(edge.tail) -> \(edge.head)", sourceLocation: sourceLocation)
  }
  #expect(scan.subgraphs == allClusters(graph).map(\.name), sourceLocation: sourceLocation)
}

@Suite("DOT export of the real map")
struct RealMapDOTTests {
  @Test("two loads of the map write the same bytes")
  func deterministic() throws {
    let first = dot(try RealMaps.molndal())
    let second = dot(try RealMaps.molndal())
    #expect(Array(first.utf8) == Array(second.utf8))
    #expect(first.hasPrefix("digraph \"molndal\" {\n"))
    #expect(first.hasSuffix("}\n"))
  }

  @Test("every actor not drawn only as a cluster has a quoted node statement")
  func everyActorIsANode() throws {
    let map = try RealMaps.molndal()
    let text = dot(map)
    let lines = text.split(separator: "\n").map { $0.drop { $0 == " " } }
    let routed = Set(map.routes.flatMap { [$0.from, $0.to] })
    let clusterOnly = map.actors.filter {
      !map.children(of: $0.id).isEmpty && !routed.contains($0.id)
    }
    #expect(clusterOnly.map(\.id) == ["vgr", "molndal"])
    for actor in map.actors where !clusterOnly.contains(where: { $0.id == actor.id }) {
      let statement = "\"\(actor.id)\" [\"id\"=\"actor-\(actor.id)\", "
      #expect(lines.filter { $0.hasPrefix(statement) }.count == 1, "node \(actor.id)")
    }
    for actor in clusterOnly {
      #expect(
        !lines.contains { $0.hasPrefix("\"\(actor.id)\" [") }, "\(actor.id) is only a cluster")
      #expect(lines.contains { $0 == "subgraph \"cluster_\(actor.id)\" {" })
    }
  }

  @Test("an actor with children that routes reach is a cluster and a node inside it")
  func clusterWithNode() throws {
    let graph = GraphDescription(map: try RealMaps.molndal())
    let skola = try #require(allClusters(graph).first { $0.name == "cluster_skola" })
    #expect(skola.nodes.map(\.name) == ["skola", "mentor"])
    #expect(skola.clusters.map(\.name) == ["cluster_elevhalsa"])
    #expect(graph.nodeCount == 19, "16 and the acute way: 112, BUP akut, 1177")
    #expect(graph.clusters.map(\.name) == ["cluster_vgr", "cluster_molndal"])
  }

  @Test("each route is named by exactly one edge's class between its own ends, or is a duty")
  func everyRouteIsAnEdge() throws {
    let map = try RealMaps.molndal()
    let scan = try DOTScan(dot(map))
    let duties = Set(NetworkDuties(map: map).routes.map(\.id))
    let routes = Dictionary(uniqueKeysWithValues: map.routes.map { ($0.id, $0) })
    var named: [String] = []
    for edge in scan.edges {
      guard case .edge(let tail, let head) = edge.subject,
        case .text(let words) = edge.value("class")
      else {
        Issue.record("an edge without ends or class")
        continue
      }
      let ids = words.split(separator: " ").filter { $0.hasPrefix("route-") }
        .map { String($0.dropFirst("route-".count)) }
      // The edge's id is its first route's; every route it names runs between the edge's ends.
      #expect(edge.value("id") == .text("route-\(ids.first ?? "")"))
      for id in ids {
        let route = try #require(routes[id], "\(id) is no route of the map")
        #expect(route.from == tail && route.to == head, "\(id) on \(tail) -> \(head)")
      }
      named += ids
    }
    #expect(named.count == Set(named).count, "no route on two edges")
    #expect(Set(named) == Set(map.routes.map(\.id)).subtracting(duties))
    // Mölndal's duties: five reports of concern to social services (the school, EHT, BUP, UPH,
    // BUMM: SoL 19 kap. 1 §), four SIP invitations between social services and BUP or UPH and the
    // school's request for a SIP (SoL 10 kap. 8 §; HSL 16 kap. 4 §).
    #expect(duties.count == 10)
    #expect(Set(named).isDisjoint(with: duties))
    // Skolan's consultation with social services (samråd) and its anonymous consultation are one
    // edge: same ends, same kind of line.
    let merged = try #require(
      scan.edges.first { $0.value("id") == .text("route-skola-socialtjanst-samrad") })
    #expect(
      merged.value("class")
        == .text(
          "route route-skola-socialtjanst-samrad route-skola-socialtjanst-anonym-konsultation consultation status-active"
        ))
  }

  @Test("planned routes are dashed and grey; consent routes get an empty arrowhead")
  func routeStyle() throws {
    let map = try RealMaps.molndal()
    let scan = try DOTScan(dot(map))
    let planned = try #require(
      scan.edges.first { $0.value("id") == .text("route-skola-samverkansteam") })
    #expect(planned.value("style") == .text("dashed"))
    #expect(planned.value("color") == .text("#888888"))
    #expect(planned.value("arrowhead") == .text("empty"))
    // UPH's referral to BUP needs the guardians' consent (the VGR map, domain.md rule 3): an open arrowhead,
    // "●" on the label, and the tooltip says so.
    let referral = try #require(
      scan.edges.first { $0.value("id") == .text("route-uph-bup-remiss") })
    #expect(referral.value("arrowhead") == .text("empty"))
    #expect(referral.value("xlabel") == .html("remiss ●"))
    guard case .text(let referralTip) = referral.value("tooltip") else {
      Issue.record("no tooltip")
      return
    }
    #expect(referralTip.hasSuffix(#"\nmed vårdnadshavares samtycke"#))
    // Skollagen 7 kap. 19 a §: the school's notice to the home municipality passes without
    // consent, by law: a closed arrowhead and "§" on the label; the tooltip names the law.
    let notice = try #require(
      scan.edges.first { $0.value("id") == .text("route-skola-hemkommun-anmalan") })
    #expect(notice.value("style") == .text("solid"))
    #expect(notice.value("arrowhead") == .text("normal"))
    #expect(notice.value("xlabel") == .html("underrättelse §"))
    #expect(
      notice.value("tooltip")
        == .text(
          #"underrättelse: Anmälan via huvudmannen om att utredning av elevens frånvaro har inletts\nLagstöd: Skollagen 7 kap. 19 a §"#
        ))
    // The school's report of concern (SoL 19 kap. 1 §, OSL 10 kap. 28 §) is no arrow: it is in
    // the title's band, with its law and the school named.
    #expect(!scan.edges.contains { $0.value("id") == .text("route-skola-orosanmalan") })
    guard
      case .html(let title) = scan.statements.first(where: { $0.subject == .defaults("graph") })?
        .value("label")
    else {
      Issue.record("no title")
      return
    }
    #expect(title.contains("<B>Orosanmälan</B>") && title.contains("(SoL 19 kap. 1 §)"))
    #expect(
      title.replacing("<BR/>", with: " ").contains("från Barn- och ungdomspsykiatrin (BUP)"),
      "the reporters are named")
    #expect(title.replacing("<BR/>", with: " ").contains("Grundskola och gymnasieskola i Mölndal"))
  }

  @Test("the planned team's node says so and is dashed")
  func plannedNode() throws {
    let scan = try DOTScan(dot(try RealMaps.molndal()))
    let team = try #require(scan.nodes["samverkansteam"])
    #expect(
      team.value("label")
        == .html("<B>Samverkansteam för skolnärvaro (planerat)</B><BR/><I>(planerad)</I>"))
    #expect(team.value("style") == .text("rounded,filled,dashed"))
    #expect(team.value("class") == .text("actor sector-other status-planned"))
  }

  @Test("the DOT text reads back, token by token, as exactly the graph description")
  func readsBack() throws {
    try expectReadsBack(GraphDescription(map: try RealMaps.molndal()))
  }
}

@Suite("DOT export of hostile text")
struct HostileDOTTests {
  /// Quotes, backslashes (one before `N`, one at the very end), markup, entities, DOT punctuation
  /// and a newline.
  static let hostile = "Skola \"Ett\" \\ <b>&amp;</b> \\N ]; } { x\"];y\nrad två\\"

  static func map() throws -> CollaborationMap {
    CollaborationMap(
      id: "fientlig", name: hostile, reviewed: try fixtureDate(),
      actors: [
        Actor(id: "org", name: hostile, kind: .organisation, sector: .other),
        Actor(
          id: "a", name: hostile, kind: .unit, sector: .school, parent: "org",
          contact: ContactPoint(role: "Rektor <i>\"", url: "javascript:alert(1)")),
        Actor(
          id: "b", name: "B", kind: .unit, sector: .healthCare,
          contact: ContactPoint(url: "https://example.org/\"><script>")),
      ],
      routes: [
        Route(
          id: "r1", from: "a", to: "b", channel: .referral, purpose: "Remiss om \"x\" \\",
          sharing: .consentRequired),
        Route(
          id: "r2", from: "a", to: "b", channel: .reportOfConcern, purpose: hostile,
          sharing: .provision(hostile), response: .days(3)),
      ])
  }

  @Test("the DOT text reads back, token by token, as exactly the graph description")
  func readsBack() throws {
    try expectReadsBack(GraphDescription(map: try Self.map()))
  }

  @Test("HTML labels escape the text: &lt; &gt; &amp; &quot;, <BR/> for the newline, \\\\ for \\")
  func htmlLabel() throws {
    let scan = try DOTScan(dot(try Self.map()))
    let node = try #require(scan.nodes["a"])
    let escapedName =
      #"Skola &quot;Ett&quot; \\ &lt;b&gt;&amp;amp;&lt;/b&gt; \\N ]; } { x&quot;];y<BR/>rad två\\"#
    #expect(
      node.value("label")
        == .html("<B>\(escapedName)</B><BR/><FONT POINT-SIZE=\"9\">Rektor &lt;i&gt;&quot;</FONT>"))
    let text = dot(try Self.map())
    for entity in ["&lt;", "&gt;", "&amp;", "&quot;"] {
      #expect(text.contains(entity), "\(entity)")
    }
    #expect(text.contains(#""label"=<<B>Skola &quot;Ett&quot; \\ &lt;b&gt;&amp;amp;"#))
  }

  @Test("HTML labels hold no raw < or > besides the markup the builder adds")
  func htmlOnlyBuilderMarkup() throws {
    let scan = try DOTScan(dot(try Self.map()))
    // The builder's markup: text styles, line breaks, and the title's table with its attributes
    // (quoted values of letters, digits and '#', never the map's text).
    let markup = try Regex(
      #"</?(B|I|FONT|TABLE|TR|TD)( [A-Z-]+="[A-Za-z0-9#]+")*>|<BR( ALIGN="LEFT")?/>"#)
    let entity = try Regex(#"&(amp|lt|gt|quot|#39);"#)
    #expect(scan.htmlValues.count == 6, "graph, cluster, two nodes, two edges")
    for html in scan.htmlValues {
      let text = html.replacing(markup, with: "")
      #expect(!text.contains("<") && !text.contains(">") && !text.contains("\""), "\(html)")
      #expect(!text.replacing(entity, with: "").contains("&"), "\(html)")
    }
  }

  @Test("the hostile '\"];' never appears unescaped")
  func noBreakOut() throws {
    let text = dot(try Self.map())
    #expect(!text.contains(#"x"];y"#))
    #expect(text.contains(#"x&quot;];y"#), "in labels")
    #expect(text.contains(#"x\"];y"#), "in tooltips")
    let scan = try DOTScan(text)
    #expect(Set(scan.nodes.keys) == ["a", "b"])
    #expect(scan.edges.count == 2)
    #expect(scan.subgraphs == ["cluster_org"])
  }

  @Test(
    "tooltips write each backslash four times and & as &amp;, for Graphviz's two readings; newlines as \\n"
  )
  func tooltips() throws {
    let scan = try DOTScan(dot(try Self.map()))
    let node = try #require(scan.nodes["a"])
    #expect(
      node.value("tooltip")
        == .text(#"Skola "Ett" \\\\ <b>&amp;amp;</b> \\\\N ]; } { x"];y\nrad två\\\\"#))
    let r1 = try #require(scan.edges.first { $0.value("id") == .text("route-r1") })
    #expect(
      r1.value("tooltip") == .text(#"remiss: Remiss om "x" \\\\\nmed vårdnadshavares samtycke"#))
    let r2 = try #require(scan.edges.first { $0.value("id") == .text("route-r2") })
    #expect(
      r2.value("tooltip")
        == .text(
          #"orosanmälan: Skola "Ett" \\\\ <b>&amp;amp;</b> \\\\N ]; } { x"];y\nrad två\\\\\nLagstöd: Skola "Ett" \\\\ <b>&amp;amp;</b> \\\\N ]; } { x"];y\nrad två\\\\\nSvarstid: 3 dagar"#
        ))
    let text = dot(try Self.map())
    #expect(
      text.contains(#""tooltip"="remiss: Remiss om \"x\" \\\\\nmed vårdnadshavares samtycke"]"#),
      "an even run of backslashes closes")
    for statement in scan.statements {
      if case .text(let tooltip) = statement.value("tooltip") {
        let trailing = tooltip.reversed().prefix { $0 == "\\" }.count
        #expect(trailing % 2 == 0, "\(tooltip)")
        #expect(!tooltip.contains("\n"), "newlines are written as \\n")
      }
    }
  }

  @Test("only https:, mailto: and tel: links without quotes or spaces become URLs")
  func links() throws {
    let map = CollaborationMap(
      id: "lankar", name: "Länkar", reviewed: try fixtureDate(),
      actors: [
        Actor(
          id: "js", name: "JS", kind: .unit, sector: .school,
          contact: ContactPoint(url: "javascript:alert(1)")),
        Actor(
          id: "quote", name: "Q", kind: .unit, sector: .school,
          contact: ContactPoint(url: "https://example.org/\"><script>")),
        Actor(
          id: "space", name: "S", kind: .unit, sector: .school,
          contact: ContactPoint(url: "https://example.org/a b")),
        Actor(
          id: "http", name: "H", kind: .unit, sector: .school,
          contact: ContactPoint(url: "http://example.org")),
        Actor(
          id: "https", name: "HS", kind: .unit, sector: .school,
          contact: ContactPoint(url: "HTTPS://example.org/x")),
        Actor(
          id: "mail", name: "M", kind: .unit, sector: .school,
          contact: ContactPoint(email: "elevhalsa@example.org")),
        Actor(
          id: "tel", name: "T", kind: .unit, sector: .school,
          contact: ContactPoint(phone: "031-00 00 00")),
      ])
    let nodes = try DOTScan(dot(map)).nodes
    #expect(nodes.count == 7)
    #expect(nodes["js"]?.value("URL") == nil)
    #expect(nodes["quote"]?.value("URL") == nil)
    #expect(nodes["space"]?.value("URL") == nil)
    #expect(nodes["http"]?.value("URL") == nil)
    #expect(nodes["https"]?.value("URL") == .text("HTTPS://example.org/x"))
    #expect(nodes["mail"]?.value("URL") == .text("mailto:elevhalsa@example.org"))
    #expect(nodes["tel"]?.value("URL") == .text("tel:031000000"))
  }

  @Test("a quote followed by a combining mark stays inside its string")
  func quoteWithCombiningMark() throws {
    // `"` followed by U+0301 is one Character that is not `"`: the writer must look at scalars.
    // A map file can hold this: name: "Skola \"\u0301]; x"
    let map = CollaborationMap(
      id: "kombinerad", name: "K", reviewed: try fixtureDate(),
      actors: [
        Actor(id: "a", name: "Skola \"\u{301}]; evil", kind: .unit, sector: .school),
        Actor(
          id: "b", name: "B", kind: .unit, sector: .school,
          contact: ContactPoint(url: "https://example.org/\"\u{301}];x")),
      ])
    try expectReadsBack(GraphDescription(map: map))
    #expect(!dot(map).contains("example.org"), "a link holding a quote is dropped")
  }

  @Test("an id ending with a backslash does not escape its closing quote")
  func idWithTrailingBackslash() throws {
    // DOT cannot end a quoted string with a single backslash; the writer makes the run even, so
    // `route-r\` is written `"route-r\\"` (read back as two backslashes). Ids read from a map file are
    // kebab-case, so only maps built in code can hold one.
    let map = CollaborationMap(
      id: "kod", name: "Kod", reviewed: try fixtureDate(),
      actors: [
        Actor(id: "a", name: "A", kind: .unit, sector: .school),
        Actor(id: "b", name: "B", kind: .unit, sector: .school),
      ],
      routes: [Route(id: "r\\", from: "a", to: "b", channel: .phone, sharing: .notApplicable)])
    let text = dot(map)
    #expect(text.contains(#""id"="route-r\\""#))
    let scan = try DOTScan(text)
    #expect(scan.edges.count == 1)
  }

  @Test("control characters are dropped from labels and tooltips, and a tab becomes a space")
  func controlCharacters() throws {
    let map = CollaborationMap(
      id: "kontroll", name: "K", reviewed: try fixtureDate(),
      actors: [Actor(id: "a", name: "A\u{7}B\rC\tD", kind: .unit, sector: .school)])
    let node = try #require(try DOTScan(dot(map)).nodes["a"])
    #expect(node.value("label") == .html("<B>ABC D</B>"))
    #expect(node.value("tooltip") == .text("ABC D"))
  }

  @Test("DEL and the C1 controls are dropped too; any other character stays, whatever its bytes")
  func otherControlCharacters() throws {
    let map = CollaborationMap(
      id: "kontroll", name: "K", reviewed: try fixtureDate(),
      actors: [
        Actor(
          id: "a", name: "A\u{7F}B\u{80}C\u{85}D\u{9F}E\u{A0}F\u{301}G\u{C2}ö€😀",
          kind: .unit, sector: .school)
      ])
    let node = try #require(try DOTScan(dot(map)).nodes["a"])
    #expect(node.value("label") == .html("<B>ABCDE\u{A0}F\u{301}G\u{C2}ö€😀</B>"))
    #expect(node.value("tooltip") == .text("ABCDE\u{A0}F\u{301}G\u{C2}ö€😀"))
  }
}
