"""Hundred-and-sixth phrasing set (young people on short contracts, interns and first-job workers,
unsure of their rights and of what their employer should do), written blind from the seeds
(issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDSIXTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "first job here, which card do i show when i go to the hospital",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "got sick during my internship, what card do i need to register at the hospital",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "which card lets me buy medicine at the pharmacy on my insurance",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "can i use my social security card at the drugstore or do i pay cash",
        "task:pharmacy",
    ),
    ("en", "task", "how do i get my medical bills reimbursed, which card", "task:reimburse"),
    (
        "en",
        "task",
        "paid out of pocket at the clinic, what card do i use to get that money back",
        "task:reimburse",
    ),
    ("en", "task", "where can i look up my own health records", "task:healthfile"),
    ("en", "task", "i want to do my medical insurance stuff online, what do i need", "task:online"),
    (
        "en",
        "task",
        "what do i use to handle medical insurance business without going to an office",
        "task:online",
    ),
    (
        "en",
        "task",
        "which card is for the pension, not that im retiring anytime soon lol",
        "task:pension",
    ),
    (
        "en",
        "task",
        "my contract ends next month, which card do i use to claim unemployment benefits",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        ("got let go after my short contract, what card do i need to apply for unemployment money"),
        "task:unemployment",
    ),
    ("en", "task", "hurt my hand at work, which card for work injury benefits", "task:injury"),
    (
        "en",
        "task",
        "if an intern gets injured on the job what card handles the injury insurance",
        "task:injury",
    ),
    (
        "en",
        "task",
        "how can i check if my company is actually paying my social insurance",
        "task:contributions",
    ),
    ("en", "task", "want to see how much has been paid in for me so far", "task:contributions"),
    ("en", "task", "which card works on the subway and buses", "task:transport"),
    (
        "en",
        "task",
        "what card do i use for local public services like the city reading room",
        "task:services",
    ),
    ("en", "task", "which of these cards can prove who i am", "task:identity"),
    ("en", "task", "hr wants a card that proves my identity, which one counts", "task:identity"),
    ("en", "task", "how do i get a social security card as a new employee", "task:getsocial"),
    (
        "en",
        "task",
        "am i even allowed to apply for a social security card on a fixed term contract",
        "task:getsocial",
    ),
    ("en", "task", "how do i activate the electronic social security card", "task:getesocial"),
    ("en", "task", "how do i get the electronic medical insurance certificate", "task:getemedical"),
    ("en", "task", "can a newcomer to the city get a citizen card and how", "task:getcitizen"),
    ("en", "task", "just started my first job, what do i need to do with all these cards", "tasks"),
    (
        "en",
        "task",
        "everything about seeing a doctor and getting medicine, which cards",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "money stuff like pension, unemployment, contributions, which card for what",
        "tasks:money",
    ),
    (
        "en",
        "task",
        "for daily life things like getting around town which card do i carry",
        "tasks:life",
    ),
    ("en", "task", "which cards can i apply for and how", "tasks:getcard"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "ss card", "card:social"),
    ("en", "short", "e social sec", "card:esocial"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "citizen c", "card:citizen"),
    ("en", "short", "e medical cert", "card:emedical"),
    ("en", "short", "employer regist", "faq:9"),
    ("en", "short", "social security numb", "faq:10"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "do interns have to be given social insurance", "none"),
    ("en", "oos", "how much social insurance gets deducted from my salary", "none"),
    (
        "en",
        "oos",
        "my boss says he'll pay me more cash instead of social insurance, is that legal",
        "none",
    ),
    (
        "en",
        "oos",
        "what happens to my social insurance when my contract ends and i'm between jobs",
        "none",
    ),
    ("en", "oos", "i lost my social security card, how do i replace it", "none"),
    ("en", "oos", "how long does it take to get a social security card", "none"),
    ("en", "oos", "can i transfer my social insurance to another city when i change jobs", "none"),
    ("en", "oos", "is my employer required to pay into the housing provident fund", "none"),
    ("en", "oos", "i'm a foreigner on a work visa, does my company have to insure me", "none"),
    ("en", "oos", "forgot the pin for my social security card", "none"),
    ("en", "oos", "how much will a doctor visit cost me with insurance", "none"),
    ("en", "oos", "can i get my social insurance money back when i leave china", "none"),
    ("en", "oos", "my company never registered me, where do i file a complaint", "none"),
    ("en", "oos", "do i need to pay tax on my internship salary", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "what exactly is the electronic social security card", "card:esocial"),
    ("en", "card", "who issues the social security card", "card:social:issuer"),
    ("en", "card", "who manages the health card", "card:health:manager"),
    ("en", "card", "is my info and money on the social security card safe", "card:social:security"),
    ("en", "card", "what is the citizen card actually for", "card:citizen:function"),
    (
        "en",
        "card",
        "is the electronic medical insurance certificate a physical card or only on the phone",
        "card:emedical:form",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "citizen card vs social security card, what's the difference",
        "cmp:social:citizen",
    ),
    (
        "en",
        "compare",
        "difference between the health card and the electronic medical insurance certificate",
        "cmp:emedical:health",
    ),
    (
        "en",
        "compare",
        "old medical insurance card vs electronic social security card",
        "cmp:esocial:medical",
    ),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "when does my employer have to register me for social insurance", "faq:9"),
    ("en", "faq", "what kinds of social insurance should i be getting", "faq:6"),
    ("en", "faq", "what is my social security number, is it just my id number", "faq:10"),
    (
        "en",
        "faq",
        (
            "coworker says the medical insurance card and social security card are the same thing, "
            "true?"
        ),
        "faq:2",
    ),
    ("en", "faq", "what does the social security card record and what can i do with it", "faq:7"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "which law says my employer must register me within 30 days", "law:sil-58"),
    ("en", "law", "what article says i can check my contribution records for free", "law:sil-74"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi", "greeting"),
    ("en", "greeting", "thanks, that helped a lot", "greeting"),
    ("en", "greeting", "ok bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "estoy de prácticas y me puse malo, qué tarjeta llevo al hospital",
        "task:hospital",
    ),
    ("es", "task", "con qué tarjeta pago la consulta en el hospital", "task:hospital"),
    ("es", "task", "qué tarjeta uso para comprar medicamentos en la farmacia", "task:pharmacy"),
    ("es", "task", "puedo pagar las medicinas con la tarjeta del seguro social?", "task:pharmacy"),
    ("es", "task", "cómo me reembolsan los gastos médicos, con qué tarjeta", "task:reimburse"),
    (
        "es",
        "task",
        "pagué el médico de mi bolsillo, con qué tarjeta recupero el dinero",
        "task:reimburse",
    ),
    ("es", "task", "dónde consulto mi historial médico", "task:healthfile"),
    (
        "es",
        "task",
        "quiero hacer trámites del seguro médico por internet, qué necesito",
        "task:online",
    ),
    ("es", "task", "cómo gestiono el seguro médico online sin ir a la oficina", "task:online"),
    ("es", "task", "qué tarjeta sirve para cobrar la pensión", "task:pension"),
    (
        "es",
        "task",
        "se me acaba el contrato temporal, con qué tarjeta pido el paro",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "me echaron en el periodo de prueba, qué tarjeta necesito para solicitar la prestación "
            "por desempleo"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "me lesioné en el trabajo, qué tarjeta necesito para el accidente laboral",
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "si soy becario y tengo un accidente en la empresa, con qué tarjeta cobro las "
            "prestaciones"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "cómo compruebo si mi empresa me está cotizando de verdad",
        "task:contributions",
    ),
    ("es", "task", "quiero ver cuánto me han cotizado hasta ahora", "task:contributions"),
    ("es", "task", "qué tarjeta vale para el metro y el autobús", "task:transport"),
    ("es", "task", "con qué tarjeta accedo a los servicios públicos de mi ciudad", "task:services"),
    ("es", "task", "qué tarjeta me sirve para demostrar mi identidad", "task:identity"),
    ("es", "task", "necesito acreditar quién soy, vale alguna de estas tarjetas?", "task:identity"),
    (
        "es",
        "task",
        "cómo consigo la tarjeta de seguridad social en mi primer trabajo",
        "task:getsocial",
    ),
    ("es", "task", "quién puede sacarse la tarjeta de la seguridad social", "task:getsocial"),
    (
        "es",
        "task",
        "cómo activo la tarjeta electrónica de seguridad social en el móvil",
        "task:getesocial",
    ),
    ("es", "task", "cómo obtengo el certificado electrónico del seguro médico", "task:getemedical"),
    ("es", "task", "cómo saco la tarjeta ciudadana", "task:getcitizen"),
    ("es", "task", "acabo de empezar a trabajar, qué tengo que hacer con las tarjetas", "tasks"),
    ("es", "task", "todo lo de ir al médico y a la farmacia, qué tarjetas necesito", "tasks:care"),
    (
        "es",
        "task",
        "para temas de dinero como pensión, paro o cotizaciones qué tarjeta uso",
        "tasks:money",
    ),
    (
        "es",
        "task",
        "para el día a día, transporte y trámites, qué tarjeta llevo encima",
        "tasks:life",
    ),
    ("es", "task", "qué tarjetas puedo solicitar y cómo se piden", "tasks:getcard"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "paro", "task:unemployment"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "accidente lab", "task:injury"),
    ("es", "short", "cotizac", "task:contributions"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "tarjeta seg social", "card:social"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "número de seguridad soc", "faq:10"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "los becarios tienen derecho a seguro social?", "none"),
    ("es", "oos", "cuánto me descuentan de la nómina por la seguridad social", "none"),
    ("es", "oos", "mi jefe me quiere pagar en negro sin seguro, qué hago", "none"),
    ("es", "oos", "perdí la tarjeta de la seguridad social, cómo pido otra", "none"),
    ("es", "oos", "cuánto tarda en llegar la tarjeta una vez pedida", "none"),
    ("es", "oos", "cuánto cuesta sacar la tarjeta de seguridad social", "none"),
    ("es", "oos", "si me mudo a otra ciudad se traslada mi seguro social?", "none"),
    ("es", "oos", "con visado de estudiante puedo cotizar", "none"),
    ("es", "oos", "no me acuerdo del pin de la tarjeta", "none"),
    ("es", "oos", "al irme de China me devuelven lo cotizado?", "none"),
    ("es", "oos", "cuánto me cobran por una consulta en el hospital con seguro", "none"),
    ("es", "oos", "horario de la oficina de seguridad social en Shanghái", "none"),
    ("es", "oos", "con un contrato de tres meses me toca cobrar el paro?", "none"),
    ("es", "oos", "tengo que declarar impuestos por mi sueldo de prácticas", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "qué es la tarjeta sanitaria", "card:health"),
    (
        "es",
        "card",
        "quién emite el certificado electrónico de seguro médico",
        "card:emedical:issuer",
    ),
    (
        "es",
        "card",
        "qué información guarda la tarjeta de seguridad social",
        ("card:social:records", "faq:7"),
    ),
    ("es", "card", "para qué sirve la tarjeta ciudadana", "card:citizen:function"),
    (
        "es",
        "card",
        "la tarjeta electrónica de seguridad social es física o solo está en el móvil",
        "card:esocial:form",
    ),
    ("es", "card", "dónde se puede usar la tarjeta sanitaria", "card:health:scope"),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "diferencias entre la tarjeta ciudadana y la tarjeta sanitaria",
        "cmp:health:citizen",
    ),
    (
        "es",
        "compare",
        "en qué se diferencian la tarjeta de seguridad social y la tarjeta sanitaria",
        "cmp:social:health",
    ),
    (
        "es",
        "compare",
        "comparar la tarjeta antigua de seguro médico con el certificado electrónico",
        "cmp:medical:emedical",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        (
            "el certificado médico electrónico y la tarjeta electrónica de seguridad social son lo "
            "mismo?"
        ),
        "faq:5",
    ),
    ("es", "faq", "la tarjeta ciudadana es la misma que la de la seguridad social?", "faq:3"),
    (
        "es",
        "faq",
        "en cuánto tiempo tiene que darme de alta mi empresa en la seguridad social",
        "faq:9",
    ),
    ("es", "faq", "qué tipos de seguro social existen", "faq:6"),
    (
        "es",
        "faq",
        "la tarjeta de recursos humanos y seguridad social es una tarjeta de seguridad social?",
        "faq:4",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        "qué artículo dice que si trabajo a tiempo parcial me tengo que dar de alta yo mismo",
        "law:sil-58",
    ),
    ("es", "law", "en qué leyes te basas", "law"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola buenas", "greeting"),
    ("es", "greeting", "muchas gracias!", "greeting"),
    ("es", "greeting", "vale, hasta luego", "greeting"),
)
