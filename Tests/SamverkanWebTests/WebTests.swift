import HummingbirdTesting
import Testing

@testable import SamverkanWeb
