import Samverkan
import Testing

/// Runs a suite or test with texts in English, for the tests that pin a finding's English words.
///
///     @Suite("…", .englishFindings)
///
/// It sets `Language.$override` around each test, so tests running in parallel in Swedish are not
/// touched.
struct EnglishFindings: SuiteTrait, TestTrait, TestScoping {
  var isRecursive: Bool { true }

  func provideScope(
    for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
  ) async throws {
    try await Language.$override.withValue(.english) { try await function() }
  }
}

extension Trait where Self == EnglishFindings {
  /// Texts in English for this suite or test.
  static var englishFindings: Self { Self() }
}
