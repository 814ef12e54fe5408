"""Ninety-second phrasing set (relocation consultants and visa agents who help foreigners settle in
China and ask precise, practical questions on their clients' behalf), written blind from the
seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

NINETYSECOND: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "my client has a doctor's appointment next week, which card should she take to the "
            "hospital"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        "which card does a client use to register and pay at the hospital outpatient desk",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "client needs to buy prescription medicine at a pharmacy, which card covers that",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "what card should I tell clients to use at a designated pharmacy",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "how does an expat employee get medical expenses reimbursed and which card is needed",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "client paid a hospital bill out of pocket, which card does he use to claim it back",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "client wants to look up her health file and past medical records, which card gives "
            "access"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "client wants to handle his medical insurance business online instead of queuing at "
            "the office, what does he need"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        "what do clients use to log in to medical insurance services online",
        "task:online",
    ),
    (
        "en",
        "task",
        "retiring client asks which card he needs to draw his pension in China",
        "task:pension",
    ),
    ("en", "task", "which card is used to receive old age pension payments", "task:pension"),
    (
        "en",
        "task",
        (
            "client was laid off in Shanghai, which card does she use to apply for unemployment "
            "benefits"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "unemployment registration for a foreign employee, which card serves as the voucher",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "client was hurt on the job, which card is used for work-related injury benefits",
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "occupational disease claim for a client, what card does he need for industrial injury "
            "insurance"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "how can my client check whether his employer has actually paid his social insurance "
            "contributions"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "client wants to see the total accumulated in her pension and medical insurance "
            "accounts, which card"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        "can my client use one of these cards to ride the subway and buses",
        "task:transport",
    ),
    ("en", "task", "which card works for public transport and car rental", "task:transport"),
    (
        "en",
        "task",
        (
            "client wants a card for local public services like the public reading room, which one "
            "is it"
        ),
        "task:services",
    ),
    (
        "en",
        "task",
        (
            "client needs something besides her passport to prove who she is locally, which of "
            "these cards does that"
        ),
        "task:identity",
    ),
    (
        "en",
        "task",
        "my client just started a job in Beijing, how does he get a social security card",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "client already has the physical card, how does she get the electronic social security "
            "card"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "how do insured clients get the electronic medical insurance certificate",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "client wants a citizen card, how does she go about getting one",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        "new arrival checklist: what does my client need to do with these cards",
        "tasks",
    ),
    (
        "en",
        "task",
        "overview of which card to use for anything medical: doctors, medicine, records",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "which cards handle the money side, pension, unemployment pay, contributions",
        "tasks:money",
    ),
    (
        "en",
        "task",
        "everyday life in the city, which card for getting around and local services",
        "tasks:life",
    ),
    ("en", "task", "how does a client get each of these cards", "tasks:getcard"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "pharmacy card", "task:pharmacy"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "e social card", "card:esocial"),
    ("en", "short", "medical insurance card", "card:medical"),
    ("en", "short", "health car", "card:health"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "contributions", "task:contributions"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "client lost his social security card, how does he get a replacement", "none"),
    ("en", "oos", "how much does it cost to get a social security card in Shenzhen", "none"),
    ("en", "oos", "how long after applying does the social security card usually arrive", "none"),
    ("en", "oos", "client forgot the PIN for her social security card, what now", "none"),
    (
        "en",
        "oos",
        "what are the opening hours of the social security bureau in Chaoyang district",
        "none",
    ),
    ("en", "oos", "does a Z visa holder have to pay into Chinese social insurance", "none"),
    ("en", "oos", "can a client on an X1 student visa get a citizen card", "none"),
    (
        "en",
        "oos",
        "are social insurance contributions deductible from individual income tax",
        "none",
    ),
    (
        "en",
        "oos",
        "can my client get his pension contributions refunded when he leaves China for good",
        "none",
    ),
    (
        "en",
        "oos",
        (
            "what documents does Guangzhou require from a foreigner applying for a social security "
            "card"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        "how much will an MRI cost with medical insurance at a Beijing public hospital",
        "none",
    ),
    (
        "en",
        "oos",
        "does China have a social security agreement with Germany that exempts my client",
        "none",
    ),
    ("en", "oos", "what is the monthly pension contribution rate in Shanghai", "none"),
    (
        "en",
        "oos",
        "can a spouse on a dependent visa be added to the employee's medical insurance",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    ("en", "card", "who issues the social security card in China", "card:social:issuer"),
    ("en", "card", "what exactly does the health card record", "card:health:records"),
    (
        "en",
        "card",
        "is the electronic medical insurance certificate a physical card or only on the phone",
        "card:emedical:form",
    ),
    ("en", "card", "what is the legal basis for the social security card", "card:social:legal"),
    ("en", "card", "how secure is the old medical insurance card", "card:medical:security"),
    (
        "en",
        "card",
        "tell me about the electronic social security card, clients keep asking",
        "card:esocial",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "difference between the health card and the citizen card",
        "cmp:health:citizen",
    ),
    (
        "en",
        "compare",
        (
            "old medical insurance card vs electronic medical insurance certificate, what's "
            "different"
        ),
        "cmp:medical:emedical",
    ),
    (
        "en",
        "compare",
        "physical social security card versus the electronic one, how do they differ",
        "cmp:social:esocial",
    ),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "is the citizen card just another name for the social security card", "faq:3"),
    ("en", "faq", "what kinds of social insurance does an employee in China have", "faq:6"),
    (
        "en",
        "faq",
        "by when must the employer register a new foreign hire for social insurance",
        ("faq:9", "law:sil-58"),
    ),
    ("en", "faq", "what is my client's social security number", "faq:10"),
    ("en", "faq", "what types of social security card exist, personal and employer", "faq:8"),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        (
            "which article of the social insurance law says employers must register staff within "
            "30 days"
        ),
        "law:sil-58",
    ),
    (
        "en",
        "law",
        "quote the article about checking contribution records free of charge",
        "law:sil-74",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi there", "greeting"),
    ("en", "greeting", "thanks, that helps my client a lot", "greeting"),
    ("en", "greeting", "ok bye for now", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "mi cliente tiene cita en el hospital mañana, ¿qué tarjeta tiene que llevar?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "para registrarse y pagar la consulta en el hospital, ¿sirve la tarjeta de la "
            "seguridad social?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        "¿con qué tarjeta compra medicamentos mi clienta en una farmacia designada?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "farmacia: qué tarjeta usar para pagar con la cuenta personal del seguro médico",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "¿cómo se tramita el reembolso de gastos médicos de un expatriado y con qué tarjeta?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "mi cliente adelantó el pago en el hospital, ¿qué tarjeta necesita para que le "
            "reembolsen?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "¿qué tarjeta permite consultar el expediente de salud o el historial médico?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "quiere hacer los trámites del seguro médico por internet sin ir a la oficina, ¿qué "
            "necesita?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        "¿cuál es el certificado válido para gestiones del seguro médico en línea?",
        "task:online",
    ),
    (
        "es",
        "task",
        "mi cliente se jubila en China, ¿con qué tarjeta cobra la pensión?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "cobro de la pensión de jubilación, ¿qué tarjeta hace falta presentar?",
        "task:pension",
    ),
    (
        "es",
        "task",
        (
            "una clienta se quedó sin trabajo, ¿qué tarjeta usa para pedir la prestación por "
            "desempleo?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "registro de desempleo y de búsqueda de empleo, ¿qué tarjeta se presenta?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "un cliente tuvo un accidente laboral, ¿con qué tarjeta tramita las prestaciones?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "enfermedad profesional: ¿qué tarjeta se usa para el seguro de accidentes de trabajo?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿cómo comprueba mi cliente si la empresa le está pagando las cotizaciones?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "consultar cuánto lleva acumulado en pensión y seguro médico, ¿con qué tarjeta?",
        "task:contributions",
    ),
    ("es", "task", "¿alguna de estas tarjetas sirve para el metro y el autobús?", "task:transport"),
    (
        "es",
        "task",
        "¿qué tarjeta vale para alquilar coche y pagar el transporte público?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "¿qué tarjeta da acceso a servicios públicos locales como las salas de lectura?",
        "task:services",
    ),
    (
        "es",
        "task",
        (
            "mi cliente necesita acreditar su identidad ante la administración local, ¿qué tarjeta "
            "le sirve?"
        ),
        "task:identity",
    ),
    (
        "es",
        "task",
        "¿cómo saca un trabajador extranjero la tarjeta de la seguridad social?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "¿cómo se activa la tarjeta electrónica de seguridad social?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "¿quién puede obtener el certificado electrónico del seguro médico y cómo?",
        ("task:getemedical", "card:emedical:eligibility"),
    ),
    ("es", "task", "¿cómo se solicita la tarjeta ciudadana?", "task:getcitizen"),
    (
        "es",
        "task",
        "¿qué trámites con tarjetas tiene que hacer alguien recién llegado a China?",
        "tasks",
    ),
    (
        "es",
        "task",
        "todo lo relacionado con médicos, farmacias y salud, ¿qué tarjeta para cada cosa?",
        "tasks:care",
    ),
    (
        "es",
        "task",
        "temas de dinero: pensión, paro, cotizaciones, ¿qué tarjeta para cada uno?",
        "tasks:money",
    ),
    (
        "es",
        "task",
        "vida diaria en la ciudad: transporte, servicios, identificación, ¿qué tarjeta?",
        "tasks:life",
    ),
    ("es", "task", "¿cómo consigue mi cliente cada una de las tarjetas?", "tasks:getcard"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "tarjeta de salud", "card:health"),
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "seguro médico electrónico", "card:emedical"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "cotizaciones", "task:contributions"),
    ("es", "short", "tarjeta seguridad soc", "card:social"),
    ("es", "short", "historial médico", "task:healthfile"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        "mi cliente perdió la tarjeta de seguridad social, ¿cómo pide un duplicado?",
        "none",
    ),
    ("es", "oos", "¿cuánto cuesta emitir la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿cuántos días tarda en llegar la tarjeta de seguridad social?", "none"),
    ("es", "oos", "¿se puede cambiar el PIN de la tarjeta de seguridad social?", "none"),
    ("es", "oos", "¿a qué hora abre la oficina de la seguridad social de Pudong?", "none"),
    ("es", "oos", "¿el visado de trabajo Z obliga a cotizar a la seguridad social china?", "none"),
    (
        "es",
        "oos",
        "¿se pueden recuperar las cotizaciones al salir definitivamente de China?",
        "none",
    ),
    ("es", "oos", "¿hay convenio de seguridad social entre España y China?", "none"),
    ("es", "oos", "¿las cotizaciones desgravan en el impuesto sobre la renta?", "none"),
    ("es", "oos", "¿qué papeles pide Shenzhen a un extranjero para sacar la tarjeta?", "none"),
    ("es", "oos", "¿cuánto cuesta un parto en un hospital público de Pekín con el seguro?", "none"),
    ("es", "oos", "¿mi cliente puede incluir a sus hijos en su seguro médico?", "none"),
    (
        "es",
        "oos",
        "¿el seguro médico chino cubre consultas en clínicas privadas internacionales?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿cuánto hay que cotizar al mes en Cantón con un sueldo de 20.000 yuanes?",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "¿quién gestiona la tarjeta de salud?", "card:health:manager"),
    (
        "es",
        "card",
        "¿qué es exactamente la tarjeta electrónica de seguridad social?",
        "card:esocial:what",
    ),
    ("es", "card", "¿para qué sirve la tarjeta ciudadana?", "card:citizen:function"),
    (
        "es",
        "card",
        "¿quién emite el certificado electrónico de seguro médico?",
        "card:emedical:issuer",
    ),
    (
        "es",
        "card",
        "¿qué datos quedan registrados en la tarjeta de seguridad social?",
        "card:social:records",
    ),
    ("es", "card", "háblame de la antigua tarjeta del seguro médico", "card:medical"),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "tarjeta del seguro médico vs tarjeta ciudadana, ¿qué las diferencia?",
        "cmp:medical:citizen",
    ),
    (
        "es",
        "compare",
        "compárame la tarjeta de seguridad social y la tarjeta de salud",
        ("cmp:social:health", "faq:1"),
    ),
    (
        "es",
        "compare",
        (
            "¿en qué se diferencia la tarjeta electrónica de seguridad social de la tarjeta "
            "ciudadana?"
        ),
        "cmp:esocial:citizen",
    ),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "¿la tarjeta de salud es una tarjeta de la seguridad social?", "faq:1"),
    ("es", "faq", "¿la tarjeta de seguridad social y la del seguro médico son la misma?", "faq:2"),
    (
        "es",
        "faq",
        (
            "¿la tarjeta de recursos humanos y seguridad social cuenta como tarjeta de la "
            "seguridad social?"
        ),
        "faq:4",
    ),
    (
        "es",
        "faq",
        (
            "¿el certificado electrónico de seguro médico y la tarjeta electrónica de seguridad "
            "social son lo mismo?"
        ),
        "faq:5",
    ),
    (
        "es",
        "faq",
        "¿qué registra la tarjeta de seguridad social y qué se puede hacer con ella?",
        "faq:7",
    ),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿qué dice el artículo 2 de la Ley de Seguro Social?", "law:sil-2"),
    (
        "es",
        "law",
        "¿qué artículo establece el principio de una tarjeta para múltiples usos y universal?",
        "law:ssc-4",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, buenas", "greeting"),
    ("es", "greeting", "muchas gracias, me has ahorrado una llamada", "greeting"),
    ("es", "greeting", "hasta luego", "greeting"),
)
