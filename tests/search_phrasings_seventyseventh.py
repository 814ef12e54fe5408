"""Seventy-seventh phrasing set (newcomers in their first weeks in China, an ordinary cross-section
of ages and jobs, who have just been handed or told about a card and want to know what to do
with it), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

SEVENTYSEVENTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "HR just handed me a social security card, can I use it when I go see a doctor?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "my son has a fever, which card do i show at the hospital registration desk",
        "task:hospital",
    ),
    ("en", "task", "which card do i need to buy medicine at the pharmacy", "task:pharmacy"),
    (
        "en",
        "task",
        "can I pay for my prescription at a pharmacy with the card my company gave me",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "I paid for a clinic visit out of my own pocket last week, which card gets me that "
            "money back?"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "how do i claim back medical expenses and what card is that done with",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "a nurse mentioned a health card for looking up my medical records, is that the one i "
            "need?"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "i'd rather do my medical insurance stuff online than queue, what card or certificate "
            "do i need for that"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "coworker says i need something electronic to handle medical insurance on my phone, "
            "what's that called"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "I'm 61 and moved here to be near my daughter, which card is the one used for "
            "collecting a pension?"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        "if my contract isn't renewed which card do i use to apply for unemployment benefits",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "which card do you need to register as unemployed and look for a job",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "hurt my hand at the plant in my second week, which card covers work injury benefits?",
        "task:injury",
    ),
    (
        "en",
        "task",
        "how can I check whether my employer is actually paying my social insurance",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "want to see how much has gone into my pension and medical insurance since i started",
        "task:contributions",
    ),
    ("en", "task", "is there a card I can tap on the subway and the bus", "task:transport"),
    (
        "en",
        "task",
        "my landlord told me to get a card for the buses, is that the citizen card?",
        "task:transport",
    ),
    (
        "en",
        "task",
        "which card gets me into local public services like the public reading room",
        "task:services",
    ),
    ("en", "task", "which of these cards can i use to prove who i am", "task:identity"),
    ("en", "task", "can the social security card work as a kind of ID card?", "task:identity"),
    (
        "en",
        "task",
        ("been at my new job 3 weeks and still no social security card, how do i actually get one"),
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "who is allowed to apply for a social security card and how does it work",
        ("task:getsocial", "card:social:eligibility"),
    ),
    (
        "en",
        "task",
        (
            "how do i get the electronic social security card set up now that i have the physical "
            "one"
        ),
        "task:getesocial",
    ),
    ("en", "task", "how do i get the electronic medical insurance certificate", "task:getemedical"),
    ("en", "task", "how do you apply for a citizen card", "task:getcitizen"),
    (
        "en",
        "task",
        (
            "just landed in China and got told about all these cards, what do I actually need to "
            "do with them?"
        ),
        "tasks",
    ),
    ("en", "task", "which cards matter for doctors, hospitals and medicine", "tasks:care"),
    (
        "en",
        "task",
        "which cards do i need for money things like pension and benefits",
        "tasks:money",
    ),
    ("en", "task", "cards for everyday life here, getting around town and so on", "tasks:life"),
    ("en", "task", "how do I get each of these cards", "tasks:getcard"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "social security card", "card:social"),
    ("en", "short", "citizen c", "card:citizen"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "e medical cert", "card:emedical"),
    ("en", "short", "cards", "cards"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "ss number", "faq:10"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "I lost my social security card on the metro, how do I get a replacement?",
        "none",
    ),
    ("en", "oos", "how much does it cost to get a social security card made", "none"),
    ("en", "oos", "how long does it take for the card to arrive after HR applies", "none"),
    ("en", "oos", "what's the PIN for my social security card? HR never told me", "none"),
    ("en", "oos", "what time does the social security bureau open on saturdays", "none"),
    (
        "en",
        "oos",
        "what documents does shenzhen ask for when you apply for the citizen card",
        "none",
    ),
    (
        "en",
        "oos",
        "do i need my work permit and residence visa sorted before the company can sign me up",
        "none",
    ),
    ("en", "oos", "does paying social insurance lower my income tax", "none"),
    ("en", "oos", "how much will a dental cleaning cost me with medical insurance", "none"),
    (
        "en",
        "oos",
        "can I use my chinese medical insurance when I fly back home for christmas",
        "none",
    ),
    (
        "en",
        "oos",
        "can foreigners get their pension contributions refunded when they leave china",
        "none",
    ),
    ("en", "oos", "how do i link my social security card to alipay", "none"),
    ("en", "oos", "my name is spelled wrong on the card, who fixes that", "none"),
    ("en", "oos", "what percentage of my salary gets deducted for social insurance", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "tell me about the social security card, I just got one from HR", "card:social"),
    ("en", "card", "who issues the health card", "card:health:issuer"),
    (
        "en",
        "card",
        (
            "is the electronic social security card a separate card or just the phone version of "
            "my plastic one?"
        ),
        "card:esocial:form",
    ),
    (
        "en",
        "card",
        "how safe is the information and money on my social security card",
        "card:social:security",
    ),
    ("en", "card", "where can the citizen card be used", "card:citizen:scope"),
    ("en", "card", "what was the old medical insurance card", "card:medical"),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "difference between the social security card and the electronic social security card",
        "cmp:social:esocial",
    ),
    (
        "en",
        "compare",
        ("old medical insurance card vs electronic medical insurance certificate, which is which?"),
        "cmp:medical:emedical",
    ),
    ("en", "compare", "health card or citizen card, how are they different", "cmp:health:citizen"),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "the hospital gave me a health card, does that count as a social security card?",
        "faq:1",
    ),
    (
        "en",
        "faq",
        (
            "my card says 'human resources and social security', is that a social security card or "
            "something else?"
        ),
        "faq:4",
    ),
    ("en", "faq", "what kinds of social insurance are there in china", "faq:6"),
    (
        "en",
        "faq",
        "how soon after I start does my employer have to register me for social insurance?",
        "faq:9",
    ),
    ("en", "faq", "what is my social security number and where do i find it", "faq:10"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "what does article 74 of the social insurance law say", "law:sil-74"),
    ("en", "law", "which laws are your answers based on", "law"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi there", "greeting"),
    ("en", "greeting", "thanks, that clears it up a lot", "greeting"),
    ("en", "greeting", "ok bye!", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "me dieron una tarjeta de seguridad social en el trabajo, ¿me sirve para ir al médico?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "qué tarjeta tengo que llevar al hospital para sacar número y pagar",
        "task:hospital",
    ),
    ("es", "task", "¿con qué tarjeta compro medicamentos en la farmacia?", "task:pharmacy"),
    ("es", "task", "puedo usar la tarjeta del seguro en farmacias designadas?", "task:pharmacy"),
    (
        "es",
        "task",
        (
            "pagué la consulta de mi bolsillo, ¿cómo me reembolsan los gastos médicos y con qué "
            "tarjeta?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "para que me devuelvan lo que gasté en el hospital qué tarjeta uso",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "quiero consultar mi historial médico, ¿qué tarjeta necesito?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "para hacer trámites del seguro médico por internet qué necesito",
        "task:online",
    ),
    ("es", "task", "¿con qué tarjeta se cobra la pensión de jubilación?", "task:pension"),
    (
        "es",
        "task",
        (
            "mi suegro vino a vivir con nosotros, ¿cuál de estas tarjetas es la que se usa para "
            "los trámites de la jubilación?"
        ),
        "task:pension",
    ),
    (
        "es",
        "task",
        "si me quedo sin trabajo, ¿con qué tarjeta pido la prestación por desempleo?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "me lesioné en la obra, qué tarjeta uso para el seguro de accidentes de trabajo",
        "task:injury",
    ),
    (
        "es",
        "task",
        "tuve un accidente laboral, ¿qué tarjeta me sirve para las prestaciones?",
        "task:injury",
    ),
    ("es", "task", "cómo compruebo si mi empresa está cotizando por mí", "task:contributions"),
    (
        "es",
        "task",
        "quiero ver cuánto llevo pagado de seguro social desde que empecé",
        "task:contributions",
    ),
    ("es", "task", "¿hay alguna tarjeta para el metro y el autobús?", "task:transport"),
    ("es", "task", "la tarjeta ciudadana sirve para el transporte público?", "task:transport"),
    ("es", "task", "qué tarjeta uso para los servicios públicos de la ciudad", "task:services"),
    ("es", "task", "¿cuál de estas tarjetas me sirve para identificarme?", "task:identity"),
    (
        "es",
        "task",
        "¿cómo consigo la tarjeta de seguridad social? llevo dos semanas en la empresa y nada",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "quién puede sacar la tarjeta de seguridad social",
        ("task:getsocial", "card:social:eligibility"),
    ),
    ("es", "task", "cómo activo la tarjeta electrónica de seguridad social", "task:getesocial"),
    (
        "es",
        "task",
        "¿cómo obtengo el certificado electrónico de seguro médico?",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "quién puede pedir el certificado electrónico del seguro médico",
        "task:getemedical",
    ),
    ("es", "task", "dónde y cómo se saca la tarjeta ciudadana", "task:getcitizen"),
    (
        "es",
        "task",
        ("acabo de llegar a China y me hablan de muchas tarjetas, ¿qué tengo que hacer con ellas?"),
        "tasks",
    ),
    ("es", "task", "qué tarjetas necesito para temas de salud, médicos y medicinas", "tasks:care"),
    ("es", "task", "para cobrar pensión o prestaciones qué tarjetas hacen falta", "tasks:money"),
    ("es", "task", "tarjetas para el día a día, moverme por la ciudad y eso", "tasks:life"),
    ("es", "task", "cómo se consigue cada una de las tarjetas", "tasks:getcard"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "hospital", "task:hospital"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "tarjeta", "cards"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "tarjeta ciudad", "card:citizen"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "jubilac", "task:pension"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "certificado elec", "card:emedical"),
    ("es", "short", "número seguridad social", "faq:10"),
    ("es", "short", "accidente laboral", "task:injury"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "perdí la tarjeta del seguro social, ¿qué hago?", "none"),
    ("es", "oos", "¿cuánto cuesta sacar la tarjeta ciudadana?", "none"),
    ("es", "oos", "cuánto tarda en llegar la tarjeta de seguridad social", "none"),
    ("es", "oos", "olvidé la contraseña de la tarjeta, cómo la cambio", "none"),
    ("es", "oos", "horario de la oficina de seguridad social", "none"),
    ("es", "oos", "qué papeles piden en Shanghái para la tarjeta de seguridad social", "none"),
    ("es", "oos", "con visa de estudiante puedo trabajar y tener seguro social?", "none"),
    ("es", "oos", "¿las cotizaciones se descuentan del impuesto sobre la renta?", "none"),
    ("es", "oos", "cuánto cuesta un parto en un hospital público en China", "none"),
    ("es", "oos", "¿puedo usar la tarjeta en Hong Kong?", "none"),
    ("es", "oos", "¿me devuelven lo cotizado si me vuelvo a mi país?", "none"),
    ("es", "oos", "cómo vinculo la tarjeta con WeChat Pay", "none"),
    ("es", "oos", "qué porcentaje del sueldo se va en seguro social", "none"),
    ("es", "oos", "qué hospital de Pekín atiende en español", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "¿qué es la tarjeta sanitaria?", "card:health"),
    (
        "es",
        "card",
        "quién emite el certificado electrónico de seguro médico",
        "card:emedical:issuer",
    ),
    ("es", "card", "¿para qué sirve la tarjeta ciudadana?", "card:citizen:function"),
    ("es", "card", "la tarjeta de seguridad social es física o electrónica?", "card:social:form"),
    (
        "es",
        "card",
        "qué es exactamente la tarjeta electrónica de seguridad social",
        "card:esocial:what",
    ),
    ("es", "card", "¿es segura la tarjeta del seguro médico antigua?", "card:medical:security"),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "diferencia entre la tarjeta del seguro médico y la tarjeta sanitaria",
        "cmp:medical:health",
    ),
    (
        "es",
        "compare",
        "tarjeta electrónica de seguridad social vs tarjeta ciudadana",
        "cmp:esocial:citizen",
    ),
    (
        "es",
        "compare",
        (
            "¿en qué se diferencian la tarjeta de seguridad social y el certificado electrónico de "
            "seguro médico?"
        ),
        "cmp:social:emedical",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        "¿la tarjeta de seguridad social es la misma que la tarjeta del seguro médico?",
        "faq:2",
    ),
    ("es", "faq", "la tarjeta ciudadana y la de seguridad social son la misma tarjeta?", "faq:3"),
    (
        "es",
        "faq",
        (
            "el certificado electrónico de seguro médico y la tarjeta electrónica de seguridad "
            "social ¿son lo mismo?"
        ),
        "faq:5",
    ),
    (
        "es",
        "faq",
        (
            "me acaban de dar la tarjeta de seguridad social, ¿qué registra y para qué la puedo "
            "usar?"
        ),
        "faq:7",
    ),
    ("es", "faq", "¿cuántos tipos de tarjeta de seguridad social hay?", "faq:8"),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        "qué dice el artículo 3 de la ley de seguro social sobre los principios",
        "law:sil-3",
    ),
    (
        "es",
        "law",
        "artículo 4 de las medidas administrativas de las tarjetas de seguridad social",
        "law:ssc-4",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, buenas", "greeting"),
    ("es", "greeting", "¡muchas gracias!", "greeting"),
    ("es", "greeting", "chao, hasta luego", "greeting"),
)
