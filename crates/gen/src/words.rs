//! Word lists the generator draws names and labels from. Some words carry
//! accents so that generated files exercise UTF-8 the way French teams'
//! files do.

/// Business areas; each becomes a folder of journey files and a facet value.
pub const DOMAINS: &[&str] = &[
    "onboarding",
    "payments",
    "lending",
    "savings",
    "cards",
    "insurance",
    "support",
    "mortgages",
    "wealth",
    "business",
    "travel",
    "mobility",
    "retail",
    "claims",
    "billing",
    "loyalty",
];

/// What a customer does; the first half of a journey or step name.
pub const VERBS: &[&str] = &[
    "open", "close", "apply", "compare", "choose", "pay", "renew", "cancel", "report", "track", "update", "verify",
    "transfer", "request", "book", "claim", "check", "sign", "activate", "dispute", "upgrade", "schedule", "review",
    "contact", "receive", "return", "recover", "share", "switch", "declare",
];

/// What the customer acts on; the second half of a journey or step name.
pub const NOUNS: &[&str] = &[
    "account",
    "card",
    "loan",
    "payment",
    "address",
    "statement",
    "contract",
    "claim",
    "appointment",
    "document",
    "limit",
    "password",
    "device",
    "beneficiary",
    "quote",
    "policy",
    "refund",
    "invoice",
    "offer",
    "profile",
    "mandate",
    "budget",
    "pension",
    "vehicle",
    "parcel",
    "subscription",
    "identity",
    "overdraft",
    "alert",
    "échéance",
];

/// Stage names of lifecycle (level 0) journeys.
pub const LIFECYCLE_STAGES: &[(&str, &str)] = &[
    ("discover", "Discover"),
    ("research", "Research"),
    ("join", "Join"),
    ("use", "Use"),
    ("get_help", "Get help"),
    ("grow", "Grow"),
    ("renew", "Renew"),
    ("leave", "Leave"),
];

/// Stage names of macro and micro journeys.
pub const STAGES: &[(&str, &str)] = &[
    ("prepare", "Prepare"),
    ("find", "Find the information"),
    ("apply", "Apply"),
    ("verify", "Verify identity"),
    ("decide", "Decide"),
    ("wait", "Wait for an answer"),
    ("sign", "Sign"),
    ("activate", "Activate"),
    ("follow_up", "Follow up"),
    ("résoudre", "Résoudre le problème"),
];

pub const FIRST_NAMES: &[&str] = &[
    "Maya", "Omar", "Lena", "Chloé", "Samir", "Inès", "Jonas", "Aïcha", "Pierre", "Sofia", "Yann", "Amélie", "Hugo",
    "Nadia", "Lucas", "Emma", "Karim", "Zoé", "Théo", "Léa",
];

pub const LAST_NAMES: &[&str] = &[
    "Laurent", "Haddad", "Weber", "Martin", "Benali", "Dubois", "Moreau", "Nguyen", "Rossi", "Fischer", "Garcia",
    "Lefèvre", "Kowalski", "Okafor", "Durand", "Bernard",
];

pub const ROLES: &[&str] = &[
    "Journey owner",
    "Product owner",
    "Service designer",
    "Branch manager",
    "Contact center lead",
    "Compliance officer",
    "Head of digital",
    "UX researcher",
    "Operations manager",
    "Data analyst",
];

pub const CHANNELS: &[(&str, &str, &str)] = &[
    ("web", "Website", "digital"),
    ("app", "Mobile app", "digital"),
    ("branch", "Branch", "physical"),
    ("phone", "Phone", "human"),
    ("email", "Email", "digital"),
    ("chat", "Chat", "digital"),
    ("mail", "Letter", "physical"),
    ("advisor", "Personal advisor", "human"),
    ("atm", "Cash machine", "physical"),
    ("partner", "Partner shop", "physical"),
];

pub const KPIS: &[(&str, &str, Option<&str>, &str)] = &[
    ("nps", "Net Promoter Score", None, "higher"),
    ("csat", "Customer satisfaction", Some("%"), "higher"),
    ("completion", "Completion rate", Some("%"), "higher"),
    ("effort", "Customer effort score", None, "lower"),
    ("time_to_yes", "Days to a decision", Some("days"), "lower"),
    ("first_contact", "First contact resolution", Some("%"), "higher"),
    ("drop_off", "Drop-off rate", Some("%"), "lower"),
    ("calls", "Calls per thousand customers", None, "lower"),
];

pub const PERSONAS: &[(&str, &str)] = &[
    ("newcomer", "Newcomer to the country"),
    ("student", "Student"),
    ("small_business", "Small business owner"),
    ("retiree", "Retiree"),
    ("family", "Young family"),
    ("expat", "Expatriate"),
    ("freelancer", "Freelancer"),
    ("heritier", "Héritier"),
];

pub const PAINS: &[&str] = &[
    "Asked for the same information twice",
    "Waits too long for an answer",
    "Cannot find the right form",
    "Does not understand the fees",
    "Gets no confirmation",
    "Has to call to finish online",
    "Le courrier arrive trop tard",
    "Error message gives no next step",
];

pub const GAINS: &[&str] = &[
    "Done in five minutes",
    "Advisor calls back on time",
    "Clear summary before signing",
    "Réponse immédiate dans l'app",
];

pub const OPPORTUNITIES: &[&str] = &[
    "Prefill from what we already know",
    "Send a status notification",
    "Offer a call-back slot",
    "Explain the fees in plain words",
    "Let the customer finish in the app",
];

pub const LANES: &[&str] = &[
    "Request queued for review",
    "Advisor checks the file",
    "Data synced to the core system",
    "Letter printed and sent",
    "Fraud rules run on the request",
];

pub const COMMENTS: &[&str] = &[
    "TODO: confirm with the committee",
    "figures from the last quarterly survey",
    "kept short until the research lands",
    "see the service blueprint workshop notes",
];
