extension Channel {
  /// Whether the channel opens a contact: a way to ask another actor for help with a pupil
  /// (a meeting, a consultation, a referral, a care request, an application, a call or a message).
  ///
  /// A report of concern hands a child to social services, a SIP invitation or request convenes a
  /// meeting, and a notice informs; none of them is a way to reach a third actor (domain.md "What is
  /// not a way to reach someone"), so none is ever an intermediate step of a path.
  public var opensContact: Bool {
    switch self {
    case .phone, .email, .webForm, .meeting, .consultation, .referral, .careRequest, .application:
      true
    case .reportOfConcern, .sipInvitation, .sipRequest, .notification:
      false
    }
  }

  /// Whether the channel is a way to reach its receiver about a pupil: it opens a contact, or it
  /// is a notice (the school tells the home municipality of an investigation), which reaches
  /// its receiver but leads no further. A report of concern and a SIP call have their own
  /// occasions and are never a way to reach someone with a question.
  public var reachesReceiver: Bool { opensContact || self == .notification }
}
