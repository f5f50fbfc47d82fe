// Loads a map with the Samverkan library and prints who has a mandate for a concern.
//
//     swift run WhoHasMandate Maps/molndal.yaml mental-health mild 13

import Foundation
import Samverkan

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count >= 2, let concern = Concern(rawValue: arguments[arguments.startIndex + 1])
else {
  let concerns = Concern.allCases.map(\.rawValue).joined(separator: ", ")
  print("usage: WhoHasMandate <map.yaml> <concern> [mild|moderate|severe] [age]")
  print("concerns: \(concerns)")
  exit(2)
}
let severity = arguments.dropFirst(2).first.flatMap(Severity.init(rawValue:))
let age = arguments.dropFirst(3).first.flatMap { Int($0) }

do {
  let map = try MapLoader().load(arguments[arguments.startIndex])
  let holders = map.mandateHolders(for: concern, severity: severity, age: age)
  print("\(map.name): who has a mandate for \(concern.name)?")
  for holder in holders {
    let contact = holder.actor.contact?.role.map { " — contact: \($0)" } ?? ""
    print("- \(holder.actor.name) (\(holder.mandate.basis))\(contact)")
  }
  if holders.isEmpty { print("nobody in this map") }
} catch let error as MapLoadError {
  print(error)
  exit(2)
}
