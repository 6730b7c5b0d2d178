/// Words for synthetic leads: Spanish and English names, companies, industries, the demo's team.
enum SyntheticVocabulary {
    static let spanishFirstNames = [
        "Lucía", "Javier", "María", "Carlos", "Carmen", "Alejandro", "Laura", "Pablo", "Marta", "Sergio",
        "Elena", "Diego", "Paula", "Álvaro", "Cristina", "Jorge", "Sara", "Raúl", "Irene", "Andrés",
        "Nuria", "Íñigo", "Begoña", "Rubén", "Itziar", "Tomás", "Ainhoa", "Gonzalo", "Nerea", "Óscar",
    ]
    static let spanishLastNames = [
        "García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín",
        "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro", "Torres",
        "Domínguez", "Vázquez", "Ramos", "Gil", "Serrano", "Blanco", "Molina", "Ortega", "Castro", "Iglesias",
    ]
    static let englishFirstNames = [
        "James", "Olivia", "Oliver", "Amelia", "Harry", "Isla", "George", "Emily", "Jack", "Sophie",
        "Megan", "Thomas", "Charlotte", "William", "Grace", "Daniel", "Chloe", "Samuel", "Lucy", "Ryan",
        "Hannah", "Liam", "Natalie", "Noah", "Ella", "Ethan", "Ava", "Mason", "Zoe", "Aiden",
    ]
    static let englishLastNames = [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
        "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
        "O'Neill", "Murphy", "Sullivan", "Anderson", "Whitfield", "Baker", "Hughes", "Edwards", "Turner", "Hill",
    ]
    static let spanishCompanyWords = [
        "Calzados", "Logística", "Panadería", "Talleres", "Distribuciones", "Construcciones", "Viajes",
        "Farmacia", "Bodegas", "Muebles", "Ópticas", "Transportes", "Clínica", "Academia", "Hostelería",
    ]
    static let englishCompanyWords = [
        "Harbour", "Brightwave", "Kettle", "Lighthouse", "Northgate", "Redwood", "Summit", "Cobalt",
        "Meridian", "Evergreen", "Granite", "Silverline", "Bluebell", "Foxglove", "Ironbridge",
    ]
    static let spanishCompanyNames = [
        "Sirena", "Jacaranda", "Ñandú", "Alborada", "Cierzo", "Mistral", "Olivo", "Brisa", "Almendro",
        "Levante", "Azahar", "Candela", "Tramontana", "Gaviota", "Encina",
    ]
    static let englishCompanyNames = [
        "Digital", "Freight", "Outfitters", "Analytics", "Foods", "Haulage", "Systems", "Studios",
        "Health", "Labs", "Retail", "Logistics", "Partners", "Works", "Supply",
    ]
    /// Slugs of every name and company word, made once: folding accents is slow enough to matter
    /// a million times over.
    static let slugs: [String: String] = {
        var slugs: [String: String] = [:]
        for word in spanishFirstNames + spanishLastNames + englishFirstNames + englishLastNames + spanishCompanyWords + englishCompanyWords
            + spanishCompanyNames + englishCompanyNames
        {
            slugs[word] = Slug.make(word, separator: "-")
        }
        return slugs
    }()

    static let industries = ["retail", "logistics", "software", "fintech", "manufacturing", "healthcare", "education", "hospitality"]

    /// The demo's team: the same people as `sample-data/members.csv`.
    static let marketing: [Member] = [
        Member(login: "lucia", name: "Lucía Fernández", team: "marketing"), Member(login: "inigo", name: "Íñigo Muñoz", team: "marketing"),
        Member(login: "sarah", name: "Sarah O'Neill", team: "marketing"),
        Member(login: "nuria", name: "Nuria Peña Sáez", team: "marketing"),
    ]
    static let sales: [Member] = [
        Member(login: "tom", name: "Tom Baker", team: "sales"), Member(login: "javier", name: "Javier Ortega Ruiz", team: "sales"),
        Member(login: "begona", name: "Begoña Larrañaga", team: "sales"), Member(login: "james", name: "James Whitfield", team: "sales"),
        Member(login: "ana", name: "Ana María Cañizares", team: "sales"),
    ]
    static let admins: [Member] = [
        Member(login: "elena", name: "Elena Vidal Quiñones", team: "admin"), Member(login: "root", name: "Admin (root)", team: "admin"),
    ]

    /// Country, its share of leads (percent), whether names are Spanish, company suffixes, web domain,
    /// and a phone number pattern (`#` is a digit; UK and US numbers stay in the ranges kept for fiction).
    struct Country {
        let code: String
        let share: Int
        let spanish: Bool
        let suffixes: [String]
        let domain: String
        let phone: String
    }

    static let countries = [
        Country(code: "ES", share: 45, spanish: true, suffixes: ["S.L.", "S.A.", "S.L.U."], domain: "es", phone: "+34 6## ### ###"),
        Country(code: "GB", share: 20, spanish: false, suffixes: ["Ltd", "plc", "& Co"], domain: "co.uk", phone: "+44 20 7946 0###"),
        Country(code: "US", share: 15, spanish: false, suffixes: ["LLC", "Inc."], domain: "com", phone: "+1 415 555 01##"),
        Country(code: "MX", share: 10, spanish: true, suffixes: ["S.A. de C.V."], domain: "com.mx", phone: "+52 55 #### ####"),
        Country(code: "IE", share: 10, spanish: false, suffixes: ["Ltd", "DAC"], domain: "ie", phone: "+353 1 ### ####"),
    ]

    /// Source, share (percent), and the campaign channel it comes through (nil: no campaigns).
    static let sources: [(source: String, share: Int, channel: String?)] = [
        ("web", 28, nil), ("paid_search", 20, "paid_search"), ("linkedin", 14, "linkedin"), ("content", 12, "content"),
        ("referral", 9, "referral"), ("event", 6, "events"), ("webinar", 6, "webinar"), ("email", 5, "email"),
    ]

    /// Cost per lead of each channel, in the board currency.
    static let costPerLead: [String: Double] = [
        "paid_search": 45, "linkedin": 85, "content": 25, "referral": 30, "events": 120,
        "webinar": 35, "email": 10,
    ]

    /// The year's campaigns: id, name, channel, start and end as months after the year's start.
    static let campaigns: [(id: String, name: String, channel: String, start: Double, end: Double)] = [
        ("q1-search", "Q1 paid search (Google Ads)", "paid_search", 0, 3.5),
        ("partner-ref", "Partner referral programme", "referral", 0, 12),
        ("linkedin-abm", "LinkedIn ABM: software & fintech", "linkedin", 1, 5),
        ("ebook-scoring", "Guía de lead scoring (ebook)", "content", 2, 8),
        ("webinar-spring", "Webinar series: del MQL a la venta", "webinar", 3, 6),
        ("madrid-expo", "Retail & eCommerce Expo Madrid", "events", 4, 4.5),
        ("newsletter", "Newsletter relaunch", "email", 5, 9),
        ("h2-search", "H2 paid search (Google Ads)", "paid_search", 6, 12),
        ("linkedin-forms", "LinkedIn lead gen forms", "linkedin", 7, 11),
        ("pipeline-report", "State of B2B pipeline report", "content", 8, 12),
        ("webinar-q4", "Webinar series Q4", "webinar", 9, 12),
        ("london-summit", "London SaaS Summit", "events", 10, 10.5),
    ]

    static let rejectReasons: [(code: String, weight: Int, comment: String?)] = [
        ("not_target", 30, nil), ("no_budget", 20, "les encanta pero no pueden pagarlo ahora"),
        ("no_interest", 18, "not a priority right now"),
        ("bad_data", 12, nil), ("duplicate", 6, nil), ("student", 6, nil), ("competitor", 3, nil),
        ("other", 5, "contact away, re-engage later"),
    ]
    static let lostReasons: [(code: String, weight: Int)] = [
        ("price", 30), ("competitor", 25), ("no_decision", 20), ("timing", 12), ("no_budget", 10), ("other", 3),
    ]
}
