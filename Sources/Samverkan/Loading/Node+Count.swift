import Yams

extension Node {
  /// The value that comes past the first `limit` ones in this tree, counting an aliased value
  /// again wherever an alias (`*name`) repeats it; nil when the tree holds at most `limit`.
  ///
  /// Walks at most `limit + 1` values, so a few lines of nested aliases that would expand to
  /// billions of values cost no more than a file of `limit` values.
  func value(pastFirst limit: Int) -> Node? {
    var count = 0
    var pending = [self]
    while let node = pending.popLast() {
      count += 1
      if count > limit { return node }
      switch node {
      case .mapping(let mapping):
        for pair in mapping.reversed() { pending += [pair.value, pair.key] }
      case .sequence(let sequence):
        pending += sequence.reversed()
      case .scalar, .alias:
        break
      }
    }
    return nil
  }
}
