import Foundation

/// Whether the tests run under AddressSanitizer or ThreadSanitizer (`swift test --sanitize=…`),
/// whose allocators hold freed memory back, so that figures of memory growth say nothing.
enum Sanitizer {
  static let isActive: Bool = {
    let program = dlopen(nil, RTLD_NOW)
    defer { if let program { dlclose(program) } }
    let runtimes: [String] = ["__asan_init", "__tsan_init"]
    return runtimes.contains { dlsym(program, $0) != nil }
  }()
}
