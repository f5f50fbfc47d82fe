/// Text made safe for HTML element content and attribute values (`UnsafeText.html`).
enum HTMLText {
  static func escape(_ text: String) -> String {
    UnsafeText.html(text)
  }
}
