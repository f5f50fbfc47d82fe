import HTTPTypes
import Samverkan

/// A request the server refuses, with the status and a message for the person.
struct WebError: Error, Sendable {
  var status: HTTPResponse.Status
  var message: String
  /// Positioned errors to list under the message (a pasted case that does not read).
  var diagnostics: [Diagnostic]

  init(_ status: HTTPResponse.Status, _ message: String, diagnostics: [Diagnostic] = []) {
    self.status = status
    self.message = message
    self.diagnostics = diagnostics
  }
}
