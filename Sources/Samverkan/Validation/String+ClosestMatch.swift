extension String {
  /// The candidate nearest to this string by edit distance, if it is near enough to be a typo.
  public func closestMatch(in candidates: [String]) -> String? {
    let limit = max(2, count / 3)
    return
      candidates
      .map { ($0, editDistance(to: $0)) }
      .filter { $0.1 <= limit }
      .min { $0.1 < $1.1 }?.0
  }

  /// Levenshtein distance in characters.
  func editDistance(to other: String) -> Int {
    let a = Array(self)
    let b = Array(other)
    var previous = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in stride(from: 1, through: b.count, by: 1) {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      previous = current
    }
    return a.isEmpty ? b.count : previous[b.count]
  }
}
