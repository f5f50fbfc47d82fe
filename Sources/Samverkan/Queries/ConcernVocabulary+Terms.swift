extension ConcernVocabulary {
  /// Every term of a concern: its Swedish and English names first, then synonyms, inflections,
  /// everyday phrases and English words.
  ///
  /// Terms are matched on Swedish stems, so one inflection often stands for the others
  /// ("sparkad" finds "sparkades" and "sparkat"); irregular forms are listed ("slog", "slagen").
  /// A phrase matches its words in order, with at most one other word between two of them.
  public static func terms(for concern: Concern) -> [String] {
    switch concern {
    case .absence: absenceTerms
    case .mentalHealth: mentalHealthTerms + selfHarmTerms + bullyingTerms
    case .neuropsychiatric: neuropsychiatricTerms
    case .harm: harmTerms + bullyingTerms
    case .substanceUse: substanceUseTerms
    case .suicideRisk: suicideRiskTerms + selfHarmTerms
    case .parenting: parentingTerms
    case .learning: learningTerms
    case .somaticHealth: somaticHealthTerms
    }
  }

  /// Two to four typical ways staff name a concern, in Swedish; each resolves to that concern.
  public static func examples(for concern: Concern) -> [String] {
    switch concern {
    case .absence: ["hemmasittare sedan i höstas", "vill inte gå till skolan", "slutat dyka upp"]
    case .mentalHealth: ["mår dåligt", "ångest inför skolan", "nedstämd och orolig"]
    case .neuropsychiatric: ["adhd", "misstänkt npf", "autism"]
    case .harm: ["blåmärken på armarna", "pappa dricker", "hotad hemma", "orosanmälan"]
    case .substanceUse: ["röker på", "dricker alkohol", "knarkar"]
    case .suicideRisk: ["vill inte leva", "självmordstankar", "skär sig"]
    case .parenting: ["bråk hemma", "föräldrarna orkar inte", "föräldrastöd"]
    case .learning: ["läs- och skrivsvårigheter", "klarar inte matten", "behöver särskilt stöd"]
    case .somaticHealth: ["ont i magen", "huvudvärk", "sover inte"]
    }
  }

  /// Terms that name a life in danger besides suicide and self-harm (every suicide-risk term
  /// names acute danger too): the acute way (112, BUP akut, 1177) then comes first.
  static let lifeInDangerTerms: [String] = [
    "livsfara", "i livsfara", "livshotande", "hotad till livet", "hotade till livet",
    "hot om att döda", "hotar att döda", "dödshot", "mordhot", "kniv", "knivar", "kniven",
    "knivhot", "knivhotad", "vapen", "pistol", "skjutvapen", "strypt", "stryptag",
    "threatened to kill", "knife", "weapon",
  ]

  /// Common words, folded, that are never read as a concern word, nor corrected into one: "valde"
  /// (chose) and "väldigt" (very) are not "våld", whose stem they share once folded; "lagen" (the
  /// law) is not a typo of "slagen". Found by resolving every word of the seed texts one by one.
  static let unrelatedWords: Set<String> = [
    "valde", "valda", "valt", "valet", "valen", "slag", "slags", "lagen", "sparar", "sparat",
    "sparade", "vagen", "vagar", "natten", "mattan", "mobil", "mobilen", "hotell", "hotellet",
    "skola", "skolan", "skolor", "lektion", "lektioner", "lektionen", "larare", "lararen",
    "lararna",
    "mamma", "mammas", "pappa", "pappas", "eleven", "elever", "eleverna", "bror", "syster",
    "manga", "mycket", "battre", "hande", "hander", "mentor", "rektor", "kurator", "motet",
    "sover", "hinner", "gillar", "tycker", "verkar", "pratar", "prata", "svarar",
    "borjar", "slutar", "kommer", "kanske", "hemma", "hemmet", "familjen", "kompisar",
    "jobbar", "jobbat", "jobba", "anges", "lagar", "fangar", "motas", "soker", "varen", "sprak",
    "spraket", "tolkning", "tolkningen", "stark", "starka", "starta", "startar", "startat",
    "aspekt", "aspekter", "underfund", "valdigt", "grad", "grader", "utnyttja", "utnyttjar",
    "skolform", "skolformen",
  ]

  private static let absenceTerms: [String] = [
    "problematisk skolfrånvaro", "absence", "skolfrånvaro", "frånvaro", "frånvarande",
    "hemmasittare", "hemmasittande", "hemmasittarproblematik", "skolvägran", "skolvägrare",
    "vägrar gå till skolan", "skolk", "skolkar", "skolkning", "närvaro", "närvaroproblem",
    "låg närvaro", "ströfrånvaro", "sjukanmäld", "sjukanmäls", "sjukanmäler sig",
    "missar skolan", "missar lektioner", "missar mycket skola", "är inte i skolan",
    "är aldrig i skolan", "går inte till skolan", "går inte i skolan", "kommer inte till skolan",
    "kommer inte till lektionerna", "kommer inte iväg", "kommer inte iväg till skolan",
    "vill inte gå till skolan", "vill inte gå i skolan", "vill inte till skolan",
    "orkar inte gå dit", "orkar inte gå till skolan", "orkar inte gå i skolan",
    "slutat dyka upp", "dyker inte upp", "slutat komma", "slutat komma till skolan",
    "stannar hemma", "stannat hemma", "sitter hemma", "är hemma från skolan", "kommer för sent",
    "sena ankomster", "varit borta", "borta från skolan", "inte varit i skolan", "skolrädsla",
    "skolfobi", "rädd för skolan", "rädd för att gå till skolan",
    "school refusal", "truancy", "attendance", "absent", "absenteeism", "skipping school",
    "skips school", "misses school", "stays at home", "stays home", "won't go to school",
    "refuses to go to school",
  ]

  private static let mentalHealthTerms: [String] = [
    "psykisk ohälsa", "mental health", "ångest", "ångestattack", "panikångest", "oro", "orolig",
    "oroar sig", "nedstämdhet", "nedstämd", "depression", "deprimerad", "deppig", "deppad",
    "ledsen", "panik", "stress", "stressad", "sömnproblem", "ätstörning", "anorexi", "panikattack",
    "tvångstankar", "social fobi", "psykiska problem", "psykiskt dåligt", "mår dåligt",
    "mår skit", "mår skitdåligt", "mår jättedåligt", "mår pyton", "mår inte bra",
    "känner sig nere", "orkar ingenting", "självmordstankar",
    "anxiety", "anxious", "low mood", "depressed", "stressed", "panic attack", "worried",
    "eating disorder",
  ]

  /// Hurting oneself is both a sign of mental ill-health and a suicide risk.
  static let selfHarmTerms: [String] = [
    "självskada", "självskadebeteende", "skadar sig själv", "skär sig", "skurit sig",
    "rispar sig", "skärsår", "skärskador", "self harm", "cuts herself", "cuts himself", "cutting",
  ]

  /// Bullying is harm to the child that the school must act on (Skollagen 6 kap., kränkande
  /// behandling) and that may call for a report of concern, and it wears on the child's mental
  /// health: it names both, so the duty is shown and pupil health is asked too.
  private static let bullyingTerms: [String] = [
    "mobbad", "mobbning", "mobbar", "nätmobbning", "kränkt", "kränkning", "kränkande behandling",
    "trakasserad", "trakasserier", "utfryst", "blir kallad", "kallar henne",
    "kallar honom", "bullied", "bullying",
  ]

  private static let neuropsychiatricTerms: [String] = [
    "neuropsykiatrisk", "neuropsykiatriska svårigheter", "neuropsychiatric", "npf", "adhd", "add",
    "autism", "autistisk", "ast", "asperger", "tourette", "neurodevelopmental",
    "koncentrationssvårigheter", "koncentrationsproblem", "svårt att koncentrera sig",
    "hyperaktiv", "impulsiv", "autistic",
  ]

  private static let harmTerms: [String] =
    [
      "barn som far illa", "harm", "far illa", "fara illa", "våld", "våldet", "våldsam",
      "våld i hemmet", "våld i nära relationer", "misshandel", "misshandlad", "misshandlas",
      "missbruk i hemmet", "missbrukande föräldrar", "pappa dricker", "mamma dricker",
      "föräldrarna dricker", "pappa super", "mamma super", "pappa missbrukar", "mamma missbrukar",
      "föräldrarna missbrukar", "pappa är alkoholist", "mamma är alkoholist", "försummelse",
      "försummad", "vanvård", "vanvårdad", "övergrepp", "sexuella övergrepp", "utnyttjad",
      "våldtäkt", "våldtagen", "tafsad", "tafsar", "tafsade", "hedersrelaterat", "hedersrelaterad",
      "hedersförtryck", "hedersvåld", "hedersnormer", "bortgift", "bortgifte", "giftas bort",
      "gifta bort", "tvångsgift",
      "tvångsäktenskap", "könsstympning", "orosanmälan", "orosanmälning", "orosanmäla",
      "orosanmält",
      "sparkad", "slagen", "slog", "slogs", "slår", "slagit", "stryk", "örfil", "hotad", "hot",
      "hotas", "hotar", "blåmärken", "blåmärke", "märken på armarna", "märken på kroppen",
      "märken på halsen", "brännmärken", "synliga skador", "rädd för pappa", "rädd för mamma",
      "vågar inte gå hem", "kastad ut", "utkastad", "kriminella gäng", "gängkriminalitet",
      "människohandel",
      "abuse", "abused", "neglect", "neglected", "violence", "domestic violence", "harm at home",
      "kicked", "beaten", "bruises", "bruised", "threatened", "sexual abuse", "groped",
      "forced marriage", "honour violence", "honor violence",
    ] + lifeInDangerTerms

  private static let substanceUseTerms: [String] = [
    "missbruk", "substance use", "missbrukar", "droger", "drogar", "drogpåverkad", "knark",
    "knarkar", "narkotika", "alkohol", "berusad", "dricker", "dricker alkohol",
    "cannabis", "hasch", "röker på", "röka på", "röker", "snusar", "vejpar", "vapar", "vape",
    "nikotin", "drugs", "alcohol", "drinking", "weed", "vapes", "vaping",
  ]

  private static let suicideRiskTerms: [String] = [
    "suicidrisk", "suicide risk", "suicid", "suicidtankar", "suicidförsök", "självmord",
    "självmordstankar", "självmordsförsök", "dödstankar", "livsleda", "vill inte leva",
    "vill dö", "inte vill leva", "orkar inte leva", "tar livet av sig", "ta livet av sig",
    "hotar att ta livet av sig",
    "hotat att ta livet av sig", "ingen mening att leva", "suicide",
    "suicidal", "kill herself", "kill himself", "wants to die", "killing herself",
    "killing himself", "killing myself", "kill myself", "end his life", "end her life",
  ]

  /// Marks on the body that self-harm, when the text names it, explains.
  static let injuryTerms: Set<String> = [
    "blåmärken", "blåmärke", "märken på armarna", "märken på kroppen", "synliga skador",
  ]

  private static let parentingTerms: [String] = [
    "föräldraskapsstöd", "parenting", "föräldrastöd", "föräldraskap", "föräldrautbildning",
    "gränssättning", "inga gränser", "bråk hemma", "bråkar hemma", "konflikter hemma",
    "konflikt med föräldrarna", "föräldrarna orkar inte", "mamma orkar inte", "pappa orkar inte",
    "föräldrarna klarar inte", "föräldrarna vet inte vad de ska göra", "morgonrutiner",
    "vårdnadstvist", "skilsmässa", "föräldrarna skiljer sig", "föräldrarna separerar",
    "föräldrarna har separerat", "parenting support", "parents can't cope", "family conflict",
  ]

  private static let learningTerms: [String] = [
    "lärande och särskilt stöd", "learning", "särskilt stöd", "extra anpassningar",
    "anpassningar", "åtgärdsprogram", "skolsvårigheter", "lässvårigheter", "skrivsvårigheter",
    "läs och skrivsvårigheter", "inlärningssvårigheter", "dyslexi", "dyskalkyli",
    "matematiksvårigheter", "språkstörning", "klarar inte matten", "klarar inte skolarbetet",
    "hänger inte med", "ligger efter", "svårt att läsa", "svårt att skriva", "kan inte läsa",
    "kan inte skriva", "betyg", "betygen",
    "underkänd", "når inte målen", "kunskapskrav", "special support", "learning difficulties",
    "dyslexia", "falling behind", "grades",
  ]

  private static let somaticHealthTerms: [String] = [
    "somatisk hälsa", "somatic health", "somatisk", "magont", "ont i magen", "huvudvärk",
    "ont i huvudet", "kroppsliga besvär", "sover inte", "sover dåligt", "kan inte sova",
    "illamående", "mår illa", "kräks", "yrsel", "trött hela tiden", "migrän", "astma",
    "diabetes", "epilepsi", "ont i kroppen", "värk", "smärta", "kronisk sjukdom", "ofta sjuk",
    "headache", "stomach ache", "stomachache", "can't sleep", "pain",
  ]
}
