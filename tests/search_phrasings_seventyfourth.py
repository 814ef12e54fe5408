"""Seventy-fourth phrasing set (spouses and family members of expatriate workers, not employed in
China themselves, asking about themselves, their children and their working partner), written
blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

SEVENTYFOURTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "my husband's company got him a social security card, which card do i take when i "
            "bring our son to the hospital"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        "which card do i need to register at the hospital for myself? i'm not working here",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "can my wife use her card to buy medicine at the pharmacy downstairs",
        "task:pharmacy",
    ),
    ("en", "task", "how do we get reimbursed for my husband's medical bills", "task:reimburse"),
    (
        "en",
        "task",
        (
            "my wife paid for her surgery out of pocket, which card does she use to claim the "
            "medical expenses back"
        ),
        "task:reimburse",
    ),
    ("en", "task", "where can i check my daughter's health file", "task:healthfile"),
    (
        "en",
        "task",
        "how do i look up my own medical records from the clinic visits",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "my husband wants to handle his medical insurance online, what does he need",
        "task:online",
    ),
    ("en", "task", "which card for doing medical insurance stuff on the app", "task:online"),
    (
        "en",
        "task",
        "my husband is 58, which card will he need to collect his pension",
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "my wife's contract ended and she lost her job, which card does she need to apply for "
            "unemployment benefits"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "husband laid off - how to claim unemployment insurance benefits, which card",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "my husband hurt his back at the factory, which card to get work injury benefits",
        "task:injury",
    ),
    ("en", "task", "work-related injury claim for my partner, what card do we use", "task:injury"),
    (
        "en",
        "task",
        "how can i see if my wife's employer is actually paying her social insurance",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "check how much has been paid into my husband's pension and medical insurance",
        "task:contributions",
    ),
    ("en", "task", "which card can the kids use on the bus and subway", "task:transport"),
    (
        "en",
        "task",
        "is there a card i can tap for the metro even though i don't have a job here",
        "task:transport",
    ),
    (
        "en",
        "task",
        "which card lets me use the public reading room and other city services",
        "task:services",
    ),
    ("en", "task", "besides my passport is there a card that proves who i am", "task:identity"),
    (
        "en",
        "task",
        "how does my husband get a social security card, his company just hired him",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "i do a bit of freelance work from home, can i register for social insurance and get a "
            "social security card myself"
        ),
        ("task:getsocial", "law:sil-58"),
    ),
    (
        "en",
        "task",
        "how do i activate the electronic social security card on my phone",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "my wife has medical insurance, how does she get the electronic medical insurance "
            "certificate"
        ),
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "can our family apply for a citizen card, who is it issued to",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        (
            "we just moved here for my husband's job, what do i need to sort out with all these "
            "cards"
        ),
        "tasks",
    ),
    (
        "en",
        "task",
        "cards for health care for the whole family - doctor, medicine, getting money back",
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "the money side of things: pension, unemployment pay, checking contributions - which "
            "card for what"
        ),
        "tasks:money",
    ),
    (
        "en",
        "task",
        (
            "everyday stuff for a non-working spouse like getting around town and proving who i "
            "am, which card"
        ),
        "tasks:life",
    ),
    (
        "en",
        "task",
        "how do we get cards for me and the kids, what are the options",
        "tasks:getcard",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "pharmacy card", "task:pharmacy"),
    ("en", "short", "kids bus card", "task:transport"),
    ("en", "short", "citizen c", "card:citizen"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "e social", "card:esocial"),
    ("en", "short", "medical ins cert", "card:emedical"),
    ("en", "short", "reimburse", "task:reimburse"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "ss number", "faq:10"),
    ("en", "short", "all cards", "cards"),
    ("en", "short", "unemploym", "task:unemployment"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "does my husband's social insurance cover me as a dependent spouse", "none"),
    ("en", "oos", "can i add our kids to my wife's medical insurance", "none"),
    ("en", "oos", "how much does it cost to give birth at a public hospital in shanghai", "none"),
    ("en", "oos", "can i work in china on a spouse visa", "none"),
    (
        "en",
        "oos",
        "if we leave china can my husband get his pension contributions refunded",
        "none",
    ),
    ("en", "oos", "i lost my husband's social security card, how do we replace it", "none"),
    ("en", "oos", "is there a fee to get a citizen card for my son", "none"),
    ("en", "oos", "how long does the social security card take to arrive after applying", "none"),
    ("en", "oos", "what time does the social security bureau open on saturdays", "none"),
    ("en", "oos", "forgot the pin for my wife's social security card", "none"),
    (
        "en",
        "oos",
        "what documents does beijing need for a foreigner's social security card",
        "none",
    ),
    ("en", "oos", "does my husband's housing allowance count as taxable income", "none"),
    ("en", "oos", "can my mother use my husband's card while she's visiting us", "none"),
    (
        "en",
        "oos",
        "which international hospitals in guangzhou accept the medical insurance card",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "what even is the health card? the pediatric clinic asked for it",
        "card:health",
    ),
    (
        "en",
        "card",
        "who issues the electronic medical insurance certificate",
        "card:emedical:issuer",
    ),
    (
        "en",
        "card",
        "what information is stored on my husband's social security card",
        "card:social:records",
    ),
    ("en", "card", "is the old medical insurance card still safe to use", "card:medical:security"),
    (
        "en",
        "card",
        "is the electronic social security card a real card or only on the phone",
        "card:esocial:form",
    ),
    ("en", "card", "where can the citizen card be used", "card:citizen:scope"),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "difference between the old medical insurance card and the electronic medical "
            "insurance certificate"
        ),
        "cmp:medical:emedical",
    ),
    ("en", "compare", "health card vs citizen card for my kids", "cmp:health:citizen"),
    (
        "en",
        "compare",
        (
            "my wife has the physical social security card, how is the electronic social security "
            "card different"
        ),
        "cmp:social:esocial",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        (
            "my husband started 6 weeks ago and his employer still hasn't registered him for "
            "social insurance, is that ok?"
        ),
        "faq:9",
    ),
    ("en", "faq", "what is my husband's social security number", "faq:10"),
    ("en", "faq", "is the health card the same thing as a social security card", "faq:1"),
    ("en", "faq", "what kinds of social insurance is my wife's company supposed to pay", "faq:6"),
    ("en", "faq", "are the citizen card and social security card one and the same?", "faq:3"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "what does article 58 of the social insurance law say", "law:sil-58"),
    ("en", "law", "which laws are these answers based on", "law"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi there", "greeting"),
    ("en", "greeting", "thanks, that helps a lot", "greeting"),
    ("en", "greeting", "ok bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "¿qué tarjeta llevo al hospital para mi hija? mi marido es el que trabaja aquí",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "para pedir cita y pagar en el hospital, ¿cuál de las tarjetas sirve?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "mi esposa tiene que comprar medicamentos en la farmacia, ¿con qué tarjeta paga?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "¿cómo recupero el dinero de la consulta médica de mi marido? reembolso de gastos "
            "médicos"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "mi mujer pagó la operación de su bolsillo, ¿con qué tarjeta se pide el reembolso?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "quiero consultar el historial médico de mis hijos, ¿qué tarjeta necesito?",
        "task:healthfile",
    ),
    ("es", "task", "¿dónde veo mi expediente de salud personal?", "task:healthfile"),
    (
        "es",
        "task",
        "¿con qué hace mi marido los trámites del seguro médico por internet?",
        "task:online",
    ),
    (
        "es",
        "task",
        (
            "mi esposo se jubila el año que viene aquí, ¿qué tarjeta necesita para cobrar la "
            "pensión?"
        ),
        "task:pension",
    ),
    (
        "es",
        "task",
        "a mi marido lo despidieron, ¿qué tarjeta usa para pedir el subsidio de desempleo?",
        "task:unemployment",
    ),
    ("es", "task", "¿cómo solicita mi esposa la prestación por desempleo?", "task:unemployment"),
    (
        "es",
        "task",
        (
            "mi marido se lesionó en la obra, ¿qué tarjeta hace falta para las prestaciones por "
            "accidente laboral?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿cómo puedo comprobar si la empresa de mi marido está pagando sus cotizaciones?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "consultar cuánto lleva cotizado mi mujer en pensión y seguro médico",
        "task:contributions",
    ),
    ("es", "task", "¿qué tarjeta usan los niños para el metro y el autobús?", "task:transport"),
    (
        "es",
        "task",
        "yo no trabajo, ¿hay alguna tarjeta para moverme en transporte público?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "¿qué tarjeta sirve para los servicios públicos de la ciudad, como la sala de lectura?",
        "task:services",
    ),
    (
        "es",
        "task",
        "¿existe alguna tarjeta que sirva para demostrar mi identidad aquí?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "a mi esposo lo acaban de contratar, ¿cómo consigue la tarjeta de seguridad social?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "¿quién tiene derecho a la tarjeta de seguridad social y cómo se pide?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "¿cómo activo la tarjeta electrónica de seguridad social en el móvil?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "mi marido ya tiene la tarjeta física, ¿cómo saca la versión electrónica?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "¿cómo obtiene mi mujer el certificado electrónico de seguro médico?",
        "task:getemedical",
    ),
    ("es", "task", "¿mis hijos pueden sacar la tarjeta ciudadana?", "task:getcitizen"),
    (
        "es",
        "task",
        "¿cómo se pide la tarjeta de ciudadano para toda la familia?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        (
            "acabamos de llegar por el trabajo de mi marido, ¿qué trámites tengo que hacer con las "
            "tarjetas?"
        ),
        "tasks",
    ),
    (
        "es",
        "task",
        "todo lo de salud: médico, farmacia, reembolsos, ¿qué tarjeta para cada cosa?",
        "tasks:care",
    ),
    ("es", "task", "temas de dinero: pensión, paro, cotizaciones de mi esposo", "tasks:money"),
    (
        "es",
        "task",
        "para el día a día (transporte, identificarme, servicios) ¿qué tarjeta uso?",
        "tasks:life",
    ),
    ("es", "task", "¿cómo conseguimos tarjetas para mí y los niños?", "tasks:getcard"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "tarjeta de salud", "card:health"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "certificado médico electr", "card:emedical"),
    ("es", "short", "tarjeta seguridad soc", "card:social"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "paro", "task:unemployment"),
    ("es", "short", "número de seguridad social", "faq:10"),
    ("es", "short", "reembolso", "task:reimburse"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "¿el seguro de mi marido me cubre a mí también como cónyuge?", "none"),
    ("es", "oos", "¿puedo apuntar a mis hijos al seguro médico de la empresa de mi mujer?", "none"),
    ("es", "oos", "¿cuánto cuesta una consulta de pediatría en un hospital público?", "none"),
    ("es", "oos", "¿con el visado de familiar puedo trabajar en China?", "none"),
    ("es", "oos", "si nos volvemos a España, ¿le devuelven a mi marido lo cotizado?", "none"),
    ("es", "oos", "perdí la tarjeta de seguridad social de mi esposo, ¿qué hago?", "none"),
    ("es", "oos", "¿cuánto cuesta sacar la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿cuánto tarda en llegar la tarjeta de seguridad social?", "none"),
    ("es", "oos", "¿a qué hora abre la oficina de seguridad social?", "none"),
    ("es", "oos", "no me acuerdo del PIN de la tarjeta", "none"),
    (
        "es",
        "oos",
        (
            "¿qué papeles piden en Shanghái para que un extranjero saque la tarjeta de seguridad "
            "social?"
        ),
        "none",
    ),
    ("es", "oos", "¿tengo que declarar impuestos en China si no trabajo?", "none"),
    ("es", "oos", "¿mi suegra puede usar la tarjeta de mi marido cuando venga de visita?", "none"),
    ("es", "oos", "¿el seguro de maternidad de mi marido cubre mi parto?", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "¿qué es la tarjeta ciudadana? me la mencionó una vecina", "card:citizen"),
    ("es", "card", "¿quién gestiona la tarjeta de salud?", "card:health:manager"),
    (
        "es",
        "card",
        "¿para qué sirve la tarjeta de seguridad social de mi marido?",
        "card:social:function",
    ),
    (
        "es",
        "card",
        "¿es segura la tarjeta de seguridad social? me preocupa el dinero de la cuenta",
        "card:social:security",
    ),
    ("es", "card", "¿qué registra la tarjeta de salud de mis hijos?", "card:health:records"),
    ("es", "card", "definición de tarjeta electrónica de seguridad social", "card:esocial:what"),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "¿en qué se diferencian el certificado electrónico de seguro médico y la tarjeta de "
            "salud?"
        ),
        "cmp:emedical:health",
    ),
    (
        "es",
        "compare",
        "tarjeta de seguro médico antigua vs tarjeta ciudadana",
        "cmp:medical:citizen",
    ),
    (
        "es",
        "compare",
        "diferencia entre la tarjeta electrónica de seguridad social y la tarjeta ciudadana",
        "cmp:esocial:citizen",
    ),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "¿la tarjeta de seguridad social y la de seguro médico son la misma?", "faq:2"),
    (
        "es",
        "faq",
        (
            "mi marido tiene el certificado médico electrónico en el móvil, ¿es lo mismo que la "
            "tarjeta electrónica de seguridad social?"
        ),
        "faq:5",
    ),
    ("es", "faq", "¿qué tipos de tarjeta de seguridad social hay?", "faq:8"),
    (
        "es",
        "faq",
        "¿qué registra la tarjeta de seguridad social y qué se puede hacer con ella?",
        "faq:7",
    ),
    (
        "es",
        "faq",
        ("¿la tarjeta de recursos humanos y seguridad social es una tarjeta de seguridad social?"),
        "faq:4",
    ),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿qué dice el artículo 3 de la ley del seguro social?", "law:sil-3"),
    ("es", "law", "¿qué ley dice que podemos consultar gratis las cotizaciones?", "law:sil-74"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, buenas", "greeting"),
    ("es", "greeting", "muchas gracias!", "greeting"),
    ("es", "greeting", "hasta luego", "greeting"),
)
