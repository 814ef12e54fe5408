"""Eighty-ninth phrasing set (pregnant women and new parents: maternity, babies, check-ups, going
back to work, mixed with ordinary card questions), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

EIGHTYNINTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task", "which card do i show at my prenatal check-up at the hospital", "task:hospital"),
    (
        "en",
        "task",
        "I'm 30 weeks pregnant, what card do I need to register at the maternity hospital?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "can i pay for my baby's pediatrician visit with one of these cards",
        "task:hospital",
    ),
    ("en", "task", "which card lets me buy folic acid at the pharmacy", "task:pharmacy"),
    (
        "en",
        "task",
        "buying baby fever medicine at the drugstore - which card works?",
        "task:pharmacy",
    ),
    ("en", "task", "how do i get my delivery costs reimbursed", "task:reimburse"),
    (
        "en",
        "task",
        "what card do I need to claim back hospital bills after giving birth",
        "task:reimburse",
    ),
    ("en", "task", "where can i see my pregnancy check-up records", "task:healthfile"),
    ("en", "task", "how do I look up my personal health file after the birth", "task:healthfile"),
    (
        "en",
        "task",
        "i want to do my medical insurance stuff online while on maternity leave, which card?",
        "task:online",
    ),
    (
        "en",
        "task",
        "handling medical insurance business online from home with a newborn",
        "task:online",
    ),
    (
        "en",
        "task",
        ("my mum came over to help with the baby, which card does she use to collect her pension"),
        "task:pension",
    ),
    ("en", "task", "which card is for drawing a pension", "task:pension"),
    (
        "en",
        "task",
        "lost my job while pregnant, what card do I need to claim unemployment benefits",
        "task:unemployment",
    ),
    ("en", "task", "which card to apply for unemployment insurance benefits", "task:unemployment"),
    (
        "en",
        "task",
        "hurt my back at work while pregnant, which card for work injury benefits?",
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "going back to work after maternity leave, how do i check my employer kept paying my "
            "social insurance"
        ),
        "task:contributions",
    ),
    ("en", "task", "check how much has been paid into my social insurance", "task:contributions"),
    (
        "en",
        "task",
        "which card can I use on the subway when I'm out with the stroller",
        "task:transport",
    ),
    (
        "en",
        "task",
        "taking the bus to the clinic, is there a card I can pay with?",
        "task:transport",
    ),
    (
        "en",
        "task",
        "which card gets me into the public reading room with my toddler",
        "task:services",
    ),
    ("en", "task", "which card can prove my identity at the hospital front desk", "task:identity"),
    (
        "en",
        "task",
        "how do I get a social security card, just started a new job after my maternity leave",
        "task:getsocial",
    ),
    ("en", "task", "who can apply for a social security card and how", "task:getsocial"),
    (
        "en",
        "task",
        "how do i activate the electronic social security card on my phone",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "how do I get the electronic medical insurance certificate before my due date",
        "task:getemedical",
    ),
    ("en", "task", "how can i get a citizen card as a new mum", "task:getcitizen"),
    (
        "en",
        "task",
        "what health care things can I do with these cards while pregnant",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "everyday life stuff i can do with the cards, like getting around town with the baby",
        "tasks:life",
    ),
    (
        "en",
        "task",
        "money things these cards help with - pension, benefits, contributions",
        "tasks:money",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "pharmacy card", "task:pharmacy"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "maternity insurance", ("faq:6", "law:sil-2")),
    ("en", "short", "citizen ca", "card:citizen"),
    ("en", "short", "e medical", "card:emedical"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "esocial", "card:esocial"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "medical insurance card", "card:medical"),
    ("en", "short", "health rec", "task:healthfile"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "how many weeks of maternity leave do i get in shanghai", "none"),
    ("en", "oos", "does maternity insurance cover a c-section?", "none"),
    ("en", "oos", "how much does giving birth cost at a public hospital in beijing", "none"),
    ("en", "oos", "how do I add my newborn to my medical insurance", "none"),
    (
        "en",
        "oos",
        "i left my medical insurance card at the hospital and it's gone, what do i do",
        "none",
    ),
    ("en", "oos", "what's the PIN for my social security card", "none"),
    ("en", "oos", "how long does it take to get the card? I'm due next month", "none"),
    ("en", "oos", "can my employer fire me for being pregnant", "none"),
    ("en", "oos", "what vaccines does my baby need at 2 months", "none"),
    ("en", "oos", "how much is the maternity allowance paid out", "none"),
    ("en", "oos", "does my baby need a residence permit if she's born in china", "none"),
    ("en", "oos", "is the social security bureau open on weekends", "none"),
    ("en", "oos", "is there a fee to replace the card", "none"),
    ("en", "oos", "which hospital in shenzhen is best for giving birth", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "tell me about the health card", "card:health"),
    (
        "en",
        "card",
        "who issues the electronic medical insurance certificate",
        "card:emedical:issuer",
    ),
    (
        "en",
        "card",
        "is my data safe on the social security card? it has all my details on it",
        "card:social:security",
    ),
    (
        "en",
        "card",
        "what does the health card record, like my pregnancy check-ups?",
        "card:health:records",
    ),
    (
        "en",
        "card",
        "is the electronic social security card an actual card or just on the phone",
        "card:esocial:form",
    ),
    ("en", "card", "where can I use the citizen card", "card:citizen:scope"),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "difference between the health card and the medical insurance card",
        "cmp:medical:health",
    ),
    ("en", "compare", "physical social security card vs the electronic one", "cmp:social:esocial"),
    (
        "en",
        "compare",
        (
            "old medical insurance card or electronic medical insurance certificate, how are they "
            "different"
        ),
        "cmp:medical:emedical",
    ),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "is the health card a social security card?", "faq:1"),
    (
        "en",
        "faq",
        "is my social security card the same thing as my medical insurance card",
        "faq:2",
    ),
    ("en", "faq", "what kinds of social insurance are there, is maternity one of them?", "faq:6"),
    (
        "en",
        "faq",
        "when does my employer have to register me for social insurance when I go back to work",
        "faq:9",
    ),
    (
        "en",
        "faq",
        (
            "are the electronic medical insurance certificate and the electronic social security "
            "card the same?"
        ),
        "faq:5",
    ),
    # ---------------- English: law (2) ----------------
    ("en", "law", "which law says my employer must register me within 30 days", "law:sil-58"),
    ("en", "law", "what law articles is all this based on", "law"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi there", "greeting"),
    ("en", "greeting", "thanks so much, that really helps", "greeting"),
    ("en", "greeting", "bye, off to feed the baby", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "¿qué tarjeta llevo a la revisión del embarazo en el hospital?",
        "task:hospital",
    ),
    ("es", "task", "para pagar el parto en el hospital qué tarjeta uso", "task:hospital"),
    (
        "es",
        "task",
        "¿con qué tarjeta me registro en el hospital para el pediatra del bebé?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "qué tarjeta sirve para comprar vitaminas prenatales en la farmacia",
        "task:pharmacy",
    ),
    ("es", "task", "comprar medicinas para el bebé en la farmacia con el seguro", "task:pharmacy"),
    ("es", "task", "¿cómo me reembolsan los gastos médicos del parto?", "task:reimburse"),
    (
        "es",
        "task",
        "quiero que me devuelvan lo que pagué por las ecografías, ¿qué tarjeta necesito?",
        "task:reimburse",
    ),
    ("es", "task", "¿dónde consulto mi historial médico del embarazo?", "task:healthfile"),
    ("es", "task", "ver mi expediente de salud", "task:healthfile"),
    (
        "es",
        "task",
        "hacer trámites del seguro médico por internet sin salir de casa con el recién nacido",
        "task:online",
    ),
    ("es", "task", "qué necesito para gestionar el seguro médico en línea", "task:online"),
    (
        "es",
        "task",
        "mi suegra vino a ayudarnos con el bebé y cobra la pensión, ¿qué tarjeta necesita?",
        "task:pension",
    ),
    ("es", "task", "con qué tarjeta se cobra la jubilación", "task:pension"),
    (
        "es",
        "task",
        "me quedé sin trabajo estando embarazada, ¿con qué tarjeta pido el paro?",
        "task:unemployment",
    ),
    ("es", "task", "tarjeta para solicitar la prestación por desempleo", "task:unemployment"),
    (
        "es",
        "task",
        "me lesioné en el trabajo, ¿qué tarjeta uso para el seguro de accidentes laborales?",
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "vuelvo al trabajo después de la baja, ¿cómo compruebo que me siguieron pagando las "
            "cotizaciones?"
        ),
        "task:contributions",
    ),
    ("es", "task", "quiero ver cuánto se ha pagado a mi seguro social", "task:contributions"),
    ("es", "task", "¿qué tarjeta uso en el metro?", "task:transport"),
    ("es", "task", "pagar el autobús con una tarjeta de la ciudad", "task:transport"),
    (
        "es",
        "task",
        "tarjeta para usar servicios públicos de la ciudad, como la sala de lectura",
        "task:services",
    ),
    ("es", "task", "qué tarjeta sirve para identificarme", "task:identity"),
    (
        "es",
        "task",
        "¿cómo saco la tarjeta de seguridad social ahora que empiezo en un trabajo nuevo?",
        "task:getsocial",
    ),
    ("es", "task", "quién puede tener la tarjeta de seguridad social", "task:getsocial"),
    (
        "es",
        "task",
        "¿cómo activo la tarjeta electrónica de seguridad social en el móvil?",
        "task:getesocial",
    ),
    ("es", "task", "cómo consigo el certificado electrónico de seguro médico", "task:getemedical"),
    ("es", "task", "¿cómo se obtiene la tarjeta ciudadana?", "task:getcitizen"),
    (
        "es",
        "task",
        "qué trámites de salud puedo hacer con estas tarjetas durante el embarazo",
        "tasks:care",
    ),
    ("es", "task", "quiero sacar una tarjeta, ¿qué opciones tengo?", "tasks:getcard"),
    (
        "es",
        "task",
        "cosas de dinero: pensión, paro, cotizaciones... ¿qué tarjeta para cada una?",
        "tasks:money",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "tarjeta", "cards"),
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "tarjeta de salud", "card:health"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "seguro médico electr", "card:emedical"),
    ("es", "short", "seguro de maternidad", ("faq:6", "law:sil-2")),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "número de seguridad social", "faq:10"),
    ("es", "short", "seguridad soc", "card:social"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "¿cuántos días de baja por maternidad me corresponden?", "none"),
    ("es", "oos", "¿el seguro cubre la epidural?", "none"),
    ("es", "oos", "cuánto cuesta un parto en un hospital público de Cantón", "none"),
    ("es", "oos", "cómo inscribo a mi bebé en el seguro médico", "none"),
    ("es", "oos", "perdí la tarjeta de seguridad social, ¿qué hago?", "none"),
    ("es", "oos", "olvidé el PIN de mi tarjeta", "none"),
    ("es", "oos", "¿cuánto tarda en llegar la tarjeta?", "none"),
    ("es", "oos", "¿cuánto cobro de subsidio por maternidad?", "none"),
    ("es", "oos", "¿mi bebé necesita visado si nace en China?", "none"),
    ("es", "oos", "horario de la oficina de seguridad social en Pekín", "none"),
    ("es", "oos", "¿cuesta dinero sacar la tarjeta?", "none"),
    ("es", "oos", "¿existe la baja por paternidad en China?", "none"),
    ("es", "oos", "¿qué vacunas le tocan al bebé a los 6 meses?", "none"),
    ("es", "oos", "puedo desgravar los gastos del parto en mis impuestos", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "¿qué es la tarjeta de seguro médico antigua?", "card:medical"),
    ("es", "card", "¿quién emite la tarjeta ciudadana?", "card:citizen:issuer"),
    ("es", "card", "¿qué datos guarda la tarjeta de salud?", "card:health:records"),
    (
        "es",
        "card",
        "¿para qué sirve el certificado electrónico de seguro médico?",
        "card:emedical:function",
    ),
    ("es", "card", "¿en qué ley se basa la tarjeta de seguridad social?", "card:social:legal"),
    ("es", "card", "define tarjeta electrónica de seguridad social", "card:esocial:what"),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "diferencia entre la tarjeta de salud y el certificado electrónico de seguro médico",
        "cmp:emedical:health",
    ),
    (
        "es",
        "compare",
        "tarjeta ciudadana vs tarjeta electrónica de seguridad social",
        "cmp:esocial:citizen",
    ),
    (
        "es",
        "compare",
        "tarjeta de seguro médico física o certificado electrónico, ¿en qué se diferencian?",
        "cmp:medical:emedical",
    ),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "¿la tarjeta ciudadana y la de seguridad social son la misma?", "faq:3"),
    (
        "es",
        "faq",
        ("¿las tarjetas de recursos humanos y seguridad social son tarjetas de seguridad social?"),
        "faq:4",
    ),
    ("es", "faq", "¿qué tipos de tarjeta de seguridad social hay?", "faq:8"),
    (
        "es",
        "faq",
        "¿qué registra la tarjeta de seguridad social y qué puedo hacer con ella?",
        "faq:7",
    ),
    (
        "es",
        "faq",
        "¿en cuánto tiempo tiene que darme de alta mi empresa en el seguro social?",
        "faq:9",
    ),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "artículo 74 de la ley de seguro social", "law:sil-74"),
    ("es", "law", "¿qué dice la ley sobre los principios del seguro social?", "law:sil-3"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola", "greeting"),
    ("es", "greeting", "¡muchas gracias!", "greeting"),
    ("es", "greeting", "adiós, buenas noches", "greeting"),
)
