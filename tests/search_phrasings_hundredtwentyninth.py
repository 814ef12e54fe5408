"""Hundred-and-twenty-ninth phrasing set (caregivers), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDTWENTYNINTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "dad was just admitted to hospital in suzhou, which of his cards do i show at "
            "the registration desk"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "taking mum (dementia) to see a doctor tomorrow morning, what card do i bring "
            "so we can pay"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "which card does my husband use to sign in at the outpatient clinic now that "
            "he's had the stroke"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "need to pick up my father's blood pressure pills at the pharmacy, can i pay "
            "with one of his cards?"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "which card works at the drugstore for my mother's prescriptions",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "how do we get part of the hospital bills for my dad's surgery reimbursed",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "wife had a stroke in march, the medical expenses are piling up. which card do "
            "i use to claim them back"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "is there a way to get mum's medicine costs paid back? which card does that",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "the new neurologist wants my mother's past medical records, which card lets "
            "us pull up her health file"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "how do i look up my dad's health records from his previous hospital stays",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "i want to sort out my father's medical insurance stuff on my phone from home, "
            "what do i need"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        "can i handle my husband's medical insurance business online? he can't get out of bed",
        "task:online",
    ),
    (
        "en",
        "task",
        "my father is retired, which card does he use to receive his pension",
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "mum turns 60 soon and i'm dealing with her old age insurance, which card "
            "handles the pension side"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        "dad can't go to the counter himself anymore, what card do i need for his pension affairs",
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "husband lost his job after the stroke, what card does he need to apply for "
            "unemployment benefits"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "father got hurt at the construction site where he still works, which card for "
            "work injury benefits"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "my uncle got an occupational disease at the factory, how do we go about "
            "claiming injury insurance"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        "how do i check how much my dad has paid into social insurance over the years",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "want to see whether mum's old employer actually paid her social insurance contributions",
        "task:contributions",
    ),
    ("en", "task", "which card lets my 82 year old mother ride the bus", "task:transport"),
    (
        "en",
        "task",
        "can dad tap a card on the subway instead of me buying him a ticket every time",
        "task:transport",
    ),
    (
        "en",
        "task",
        "my father loves the public reading room down the road, which card gets him in",
        "task:services",
    ),
    (
        "en",
        "task",
        "my father-in-law keeps misplacing his ID, is there another card that proves who he is",
        "task:identity",
    ),
    (
        "en",
        "task",
        "my mother never got a social security card, how does she get one",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "how do i activate the electronic social security card for my dad on my phone",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "can my wife get the electronic medical insurance certificate? she's enrolled "
            "in basic medical insurance"
        ),
        "task:getemedical",
    ),
    ("en", "task", "how does my father-in-law apply for a citizen card", "task:getcitizen"),
    (
        "en",
        "task",
        (
            "everything health related for my sick dad, doctors, meds, claims... which "
            "cards cover what"
        ),
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "i just became my mum's full-time carer and have no clue what paperwork to do, "
            "where do i start"
        ),
        "tasks",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "health card", "card:health"),
    ("en", "short", "elect", ("card:esocial", "card:emedical")),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "medical insurance card", "card:medical"),
    ("en", "short", "hr and social security card", "card:social"),
    ("en", "short", "e medical cert", "card:emedical"),
    ("en", "short", "bus", "task:transport"),
    ("en", "short", "social insurance law", "law"),
    ("en", "short", "pharmacy", "task:pharmacy"),
    ("en", "short", "cards", "cards"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "dad lost his social security card in the ambulance, how do i get it replaced",
        "none",
    ),
    ("en", "oos", "how much does it cost to replace my mother's medical insurance card", "none"),
    ("en", "oos", "how long does it take to get a citizen card made for an elderly person", "none"),
    (
        "en",
        "oos",
        "where is the social security office in chaoyang district? need to go before they close",
        "none",
    ),
    (
        "en",
        "oos",
        (
            "my mum is a foreigner living with me in shanghai, is she entitled to chinese "
            "medical insurance"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        "am i legally allowed to use my dad's cards on his behalf? he has advanced dementia",
        "none",
    ),
    ("en", "oos", "does medical insurance cover a full-time nursing home for my mother", "none"),
    (
        "en",
        "oos",
        "what happens to the money in my father's pension account after he passes away",
        "none",
    ),
    (
        "en",
        "oos",
        (
            "forgot the PIN on my husband's social security card and he can't remember it "
            "since the stroke"
        ),
        "none",
    ),
    ("en", "oos", "is there long-term care insurance in china for bedridden old people", "none"),
    ("en", "oos", "mum's social security card has expired, how do we renew it", "none"),
    ("en", "oos", "in hangzhou do seniors over 70 ride the bus free with the citizen card", "none"),
    (
        "en",
        "oos",
        "can the hospital refuse to treat my dad if we can't pay the deposit up front",
        "none",
    ),
    (
        "en",
        "oos",
        (
            "will dad's chinese medical insurance pay anything if we fly him home to "
            "canada for treatment"
        ),
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "tell me about the health card, the hospital keeps asking my mum for one",
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
        "what's a citizen card actually for? my mother-in-law has one in a drawer",
        "card:citizen:function",
    ),
    (
        "en",
        "card",
        (
            "is dad's old medical insurance card secure? worried someone could misuse it "
            "while he's in hospital"
        ),
        "card:medical:security",
    ),
    (
        "en",
        "card",
        (
            "is my father's social security card a physical chip card or something that "
            "lives on a phone"
        ),
        "card:social:form",
    ),
    (
        "en",
        "card",
        "who manages health cards, the hospital or some government department",
        "card:health:manager",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "my dad has both a health card and a social security card, what's the "
            "difference between them"
        ),
        "cmp:social:health",
    ),
    (
        "en",
        "compare",
        (
            "electronic social security card vs electronic medical insurance certificate, "
            "how do they differ? setting up mum's phone"
        ),
        "cmp:esocial:emedical",
    ),
    (
        "en",
        "compare",
        "how is the citizen card different from the social security card",
        "cmp:social:citizen",
    ),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "is my mother's health card a kind of social security card?", "faq:1"),
    (
        "en",
        "faq",
        "are the citizen card and the social security card one and the same thing",
        "faq:3",
    ),
    ("en", "faq", "what kinds of social insurance could my father have been paying into", "faq:6"),
    (
        "en",
        "faq",
        (
            "husband started a new job right before his stroke, how soon did the employer "
            "have to register him for social insurance"
        ),
        "faq:9",
    ),
    ("en", "faq", "what is my dad's social security number? is it just his id number", "faq:10"),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "what does article 74 of the social insurance law say about keeping records",
        "law:sil-74",
    ),
    (
        "en",
        "law",
        (
            "which article of the social security card measures says who's responsible for "
            "issuing the cards"
        ),
        "law:ssc-3",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi", "greeting"),
    ("en", "greeting", "thanks, that helped a lot. long day at the hospital", "greeting"),
    ("en", "greeting", "ok bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "mi papá está ingresado en el hospital, ¿qué tarjeta suya tengo que presentar para pagar?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "mañana llevo a mi madre con alzhéimer al médico, ¿con qué tarjeta la registro?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "¿qué tarjeta usa mi esposo para pedir consulta en el hospital después del derrame?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "tengo que comprar las pastillas de mi abuela en la farmacia, ¿qué tarjeta sirve?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "¿puedo pagar los medicamentos de mi padre en la farmacia con alguna de sus tarjetas?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "la insulina de mi mamá sale carísima, ¿con qué tarjeta la compro en una "
            "farmacia designada?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "¿cómo recupero el dinero de la operación de mi papá? me dijeron que se puede reembolsar",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "tengo un montón de facturas del hospital de mi esposa, ¿qué tarjeta necesito "
            "para el reembolso?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "el nuevo médico pide el historial de mi madre, ¿cómo consulto su expediente de salud?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "quiero ver los registros médicos anteriores de mi padre, ¿qué tarjeta me deja "
            "consultarlos?"
        ),
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "¿puedo hacer los trámites del seguro médico de mi mamá por internet desde el celular?",
        "task:online",
    ),
    (
        "es",
        "task",
        "mi esposo no puede levantarse de la cama, ¿cómo gestiono su seguro médico en línea?",
        "task:online",
    ),
    ("es", "task", "mi papá ya está jubilado, ¿con qué tarjeta cobra la pensión?", "task:pension"),
    (
        "es",
        "task",
        "¿qué tarjeta hace falta para los asuntos de la pensión de vejez de mi suegra?",
        "task:pension",
    ),
    (
        "es",
        "task",
        (
            "a mi marido lo despidieron tras el ictus, ¿qué tarjeta necesita para pedir el "
            "subsidio de desempleo?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "mi hermano mayor se lesionó en la fábrica, ¿con qué tarjeta tramitamos lo del "
            "accidente laboral?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿cómo reviso cuánto ha cotizado mi madre al seguro social todos estos años?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "quiero comprobar si la empresa de mi papá le pagó de verdad las cuotas de la "
            "seguridad social"
        ),
        "task:contributions",
    ),
    ("es", "task", "¿qué tarjeta le sirve a mi abuelo para subir al autobús?", "task:transport"),
    (
        "es",
        "task",
        "mi madre va al centro de día en metro, ¿hay alguna tarjeta para pagar el trayecto?",
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "a mi padre le encanta la sala de lectura pública del barrio, ¿qué tarjeta "
            "necesita para entrar?"
        ),
        "task:services",
    ),
    (
        "es",
        "task",
        (
            "mi suegro siempre pierde el carnet de identidad, ¿qué otra tarjeta le sirve "
            "para demostrar quién es?"
        ),
        "task:identity",
    ),
    (
        "es",
        "task",
        "mi mamá nunca sacó la tarjeta de seguridad social, ¿cómo la consigue?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "¿cómo activo en el móvil la tarjeta electrónica de seguridad social de mi padre?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        (
            "¿mi esposa puede obtener el certificado electrónico de seguro médico? está "
            "afiliada al seguro médico"
        ),
        "task:getemedical",
    ),
    ("es", "task", "¿cómo solicita mi abuela la tarjeta ciudadana?", "task:getcitizen"),
    (
        "es",
        "task",
        (
            "todo lo de dinero de mi padre enfermo: pensión, reembolsos, cotizaciones... "
            "¿por dónde empiezo?"
        ),
        "tasks:money",
    ),
    (
        "es",
        "task",
        (
            "cosas del día a día de mi madre mayor, transporte, identificarse, servicios "
            "del barrio, ¿qué tarjetas le sirven?"
        ),
        "tasks:life",
    ),
    (
        "es",
        "task",
        "mi papá no tiene ninguna tarjeta todavía, ¿cuáles puede sacar y cómo?",
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        "cuido a mi madre con demencia, ¿qué trámites de salud puedo hacer con sus tarjetas?",
        "tasks:care",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta de salud", "card:health"),
    ("es", "short", "tarjeta seguridad social", "card:social"),
    ("es", "short", "certificado electronico seguro medico", "card:emedical"),
    ("es", "short", "tarjeta electr", ("card:esocial", "card:emedical")),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "ley seguro social", "law"),
    ("es", "short", "tarjeta seguro médico", "card:medical"),
    ("es", "short", "tarjetas", "cards"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        "mi padre perdió su tarjeta de la seguridad social en urgencias, ¿cómo pido un duplicado?",
        "none",
    ),
    ("es", "oos", "¿cuánto cuesta sacar la tarjeta ciudadana para mi abuela?", "none"),
    ("es", "oos", "¿cuánto tardan en entregar una tarjeta de seguridad social nueva?", "none"),
    (
        "es",
        "oos",
        "¿dónde queda la oficina de la seguridad social más cercana en guangzhou?",
        "none",
    ),
    (
        "es",
        "oos",
        (
            "mi madre vino de colombia a vivir conmigo, ¿tiene derecho al seguro médico "
            "chino siendo extranjera?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        "¿puedo firmar los trámites de mi papá si tiene demencia o necesito un poder notarial?",
        "none",
    ),
    ("es", "oos", "¿el seguro médico paga una enfermera a domicilio para mi esposo?", "none"),
    (
        "es",
        "oos",
        "mi madre falleció la semana pasada, ¿qué pasa con el dinero de su cuenta de pensión?",
        "none",
    ),
    ("es", "oos", "mi suegro olvidó la contraseña de su tarjeta, ¿cómo la restablezco?", "none"),
    (
        "es",
        "oos",
        "¿en shenzhen los mayores de 65 viajan gratis en el metro con la tarjeta ciudadana?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿el seguro cubre la silla de ruedas y los pañales para adultos de mi padre?",
        "none",
    ),
    ("es", "oos", "¿qué porcentaje de la factura del hospital paga el seguro médico?", "none"),
    (
        "es",
        "oos",
        "¿hay alguna ayuda del gobierno para los familiares que dejamos el trabajo para cuidar?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿puedo usar el seguro médico de mi padre en un hospital privado internacional?",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "cuéntame todo sobre la tarjeta ciudadana, mi suegra tiene una", "card:citizen"),
    (
        "es",
        "card",
        "en pocas palabras, ¿qué es la tarjeta electrónica de seguridad social?",
        ("card:esocial:what", "card:esocial"),
    ),
    (
        "es",
        "card",
        "¿quién emitía la antigua tarjeta de seguro médico de mi mamá?",
        "card:medical:issuer",
    ),
    (
        "es",
        "card",
        "¿qué información guarda la tarjeta de salud de mi padre?",
        "card:health:records",
    ),
    ("es", "card", "¿quién administra las tarjetas de seguridad social?", "card:social:manager"),
    (
        "es",
        "card",
        "¿para qué sirve el certificado electrónico de seguro médico?",
        "card:emedical:function",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "¿en qué se diferencian la tarjeta de seguridad social y la vieja tarjeta de "
            "seguro médico de mi padre?"
        ),
        "cmp:social:medical",
    ),
    (
        "es",
        "compare",
        "diferencias entre la tarjeta de salud y la de seguridad social",
        "cmp:social:health",
    ),
    (
        "es",
        "compare",
        (
            "mi madre tiene en el móvil la tarjeta electrónica de seguridad social y el "
            "certificado electrónico del seguro médico, ¿en qué se distinguen?"
        ),
        "cmp:esocial:emedical",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        "¿la tarjeta de seguridad social es lo mismo que la tarjeta del seguro médico?",
        "faq:2",
    ),
    (
        "es",
        "faq",
        (
            "la tarjeta de recursos humanos y seguridad social de mi papá, ¿cuenta como "
            "tarjeta de seguridad social?"
        ),
        "faq:4",
    ),
    (
        "es",
        "faq",
        (
            "en el celular de mi papá salen el certificado electrónico del seguro médico y "
            "la tarjeta electrónica de la seguridad social, ¿es la misma cosa?"
        ),
        "faq:5",
    ),
    (
        "es",
        "faq",
        "¿qué registra la tarjeta de seguridad social de mi madre y qué puedo hacer con ella?",
        "faq:7",
    ),
    ("es", "faq", "¿cuántos tipos de tarjeta de seguridad social existen?", "faq:8"),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        "¿qué dice el artículo 3 de la ley de seguro social sobre la cobertura?",
        "law:sil-3",
    ),
    ("es", "law", "¿qué establece el artículo 2 de la ley de seguro social?", "law:sil-2"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, buenas noches", "greeting"),
    ("es", "greeting", "muchas gracias, me salvaste el día", "greeting"),
    ("es", "greeting", "adiós, me voy al hospital", "greeting"),
)
