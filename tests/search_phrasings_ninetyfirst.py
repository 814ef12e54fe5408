"""Ninety-first phrasing set (an ordinary cross-section of adults writing medium-length questions
in plain words), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

NINETYFIRST: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "Which card should I take with me when I go to see a doctor at the hospital?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "I need to register at the hospital tomorrow, do I use the health card or the social "
            "security card?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        "My wife has to see a doctor at the clinic next week, which card should she bring?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "What card do I show at the pharmacy to buy medicine with my insurance?",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "Can I use one of my cards to pay for medicine at a drugstore?",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "I paid for a hospital stay out of my own pocket, which card do I need to get that "
            "money reimbursed?"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "After a big hospital bill, how do I get part of it paid back by medical insurance, "
            "and with which card?"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "How can I look up my own health records, and which card do I use for that?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "I want to do my medical insurance stuff online on my phone, which card do I need for "
            "that?"
        ),
        "task:online",
    ),
    ("en", "task", "When I retire, which card will I use to collect my pension?", "task:pension"),
    (
        "en",
        "task",
        "I just lost my job, which card do I need to apply for unemployment benefits?",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "I need to register as unemployed and start looking for work, which card do I bring to "
            "the office?"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "I got hurt at work last month, which card helps me claim work injury benefits?",
        "task:injury",
    ),
    (
        "en",
        "task",
        "How can I check how much my company has actually paid into my social insurance?",
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "I want to see how much has built up in my pension and medical insurance accounts, how "
            "do I check that?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        "Can I use one of these cards to pay for the bus and the subway?",
        "task:transport",
    ),
    ("en", "task", "Which card do I need to ride the metro in my city?", "task:transport"),
    (
        "en",
        "task",
        "Which card lets me use local public services like the public reading room?",
        "task:services",
    ),
    (
        "en",
        "task",
        "Is there a card here I can use to prove who I am, apart from my passport?",
        "task:identity",
    ),
    (
        "en",
        "task",
        "Who is allowed to get a social security card and how do I apply for one?",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "My company hired me last month, so how do I get my social security card now?",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "How do I get the electronic social security card onto my phone?",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "How do I get the electronic medical insurance certificate, do I need anything first?",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        (
            "Can I get the electronic medical insurance certificate if I haven't joined medical "
            "insurance yet?"
        ),
        ("task:getemedical", "card:emedical:eligibility"),
    ),
    ("en", "task", "What do I need to do to get a citizen card?", "task:getcitizen"),
    (
        "en",
        "task",
        (
            "I expect to be seeing doctors a lot this year, which cards matter for doctors and "
            "medicine?"
        ),
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "Which of these cards have to do with money, like pensions, benefits and getting paid "
            "back?"
        ),
        "tasks:money",
    ),
    (
        "en",
        "task",
        "For ordinary day to day life in the city, what can these cards help me with?",
        "tasks:life",
    ),
    (
        "en",
        "task",
        "I don't have any of these cards yet, which ones can I get and how do I get them?",
        "tasks:getcard",
    ),
    (
        "en",
        "task",
        ("I'm new in China and have no idea what I need, what can I actually do with these cards?"),
        "tasks",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "pharmacy card", "task:pharmacy"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "e social security", "card:esocial"),
    ("en", "short", "health car", "card:health"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "bus card", "task:transport"),
    ("en", "short", "medical insurance card", "card:medical"),
    ("en", "short", "reimburse", "task:reimburse"),
    ("en", "short", "social security numb", "faq:10"),
    ("en", "short", "all cards", "cards"),
    ("en", "short", "unemploy", "task:unemployment"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "I lost my social security card on the train, how do I get a replacement?",
        "none",
    ),
    ("en", "oos", "How much does it cost to get a social security card made?", "none"),
    (
        "en",
        "oos",
        "How long does it usually take for the social security card to arrive after I apply?",
        "none",
    ),
    ("en", "oos", "I forgot the PIN for my social security card, how can I reset it?", "none"),
    (
        "en",
        "oos",
        "What time does the social security office open, and is it open on weekends?",
        "none",
    ),
    ("en", "oos", "What documents do I need to apply for a citizen card in Shanghai?", "none"),
    ("en", "oos", "Will having a social security card help me renew my work visa?", "none"),
    ("en", "oos", "Do I have to pay income tax on my pension in China?", "none"),
    (
        "en",
        "oos",
        "How much would a dental cleaning cost me if I use my medical insurance card?",
        "none",
    ),
    (
        "en",
        "oos",
        "If I move from Beijing to Shenzhen, how do I transfer my social insurance over?",
        "none",
    ),
    (
        "en",
        "oos",
        "Can I take out my pension contributions in cash when I leave China for good?",
        "none",
    ),
    ("en", "oos", "What percentage of my salary goes to social insurance each month?", "none"),
    ("en", "oos", "My social security card has expired, how do I renew it?", "none"),
    (
        "en",
        "oos",
        "Will my Chinese medical insurance cover me when I visit family back in the US?",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    ("en", "card", "Can you tell me about the citizen card in general?", "card:citizen"),
    (
        "en",
        "card",
        (
            "Who issues the electronic medical insurance certificate, is it the same office as the "
            "social security card?"
        ),
        "card:emedical:issuer",
    ),
    (
        "en",
        "card",
        "Is the social security card an actual plastic card or only something in an app?",
        "card:social:form",
    ),
    (
        "en",
        "card",
        "What kind of information does the health card keep about me?",
        "card:health:records",
    ),
    (
        "en",
        "card",
        "Who is in charge of managing health cards, the hospital or the government?",
        "card:health:manager",
    ),
    (
        "en",
        "card",
        "How safe is my personal data on the social security card?",
        "card:social:security",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "How is the citizen card different from the health card?",
        "cmp:health:citizen",
    ),
    (
        "en",
        "compare",
        (
            "What's the difference between the old medical insurance card and the electronic "
            "medical insurance certificate?"
        ),
        "cmp:medical:emedical",
    ),
    (
        "en",
        "compare",
        ("I have the physical social security card, how is the electronic one different from it?"),
        "cmp:social:esocial",
    ),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "Is a health card basically a kind of social security card or not?", "faq:1"),
    ("en", "faq", "What different types of social insurance does China have?", "faq:6"),
    (
        "en",
        "faq",
        (
            "How many days does my employer have to register me for social insurance after I start "
            "the job?"
        ),
        "faq:9",
    ),
    (
        "en",
        "faq",
        "What is my social security number, and is it the same as my ID number?",
        "faq:10",
    ),
    (
        "en",
        "faq",
        (
            "Are there different types of social security cards, like ones for workers and ones "
            "for companies?"
        ),
        "faq:8",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "What does the law say about being able to check my contribution records for free?",
        "law:sil-74",
    ),
    ("en", "law", "Which laws is all of this information based on?", "law"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "Hello, is anyone there?", "greeting"),
    ("en", "greeting", "Thank you so much, that cleared things up for me.", "greeting"),
    ("en", "greeting", "ok thanks, bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "¿Qué tarjeta tengo que llevar al hospital para que me atienda un médico?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "Mañana tengo cita en el hospital, ¿con qué tarjeta pago la consulta?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "Mi hijo está enfermo y lo llevo a urgencias, ¿qué tarjeta tengo que llevar?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "¿Con qué tarjeta puedo comprar medicamentos en la farmacia usando el seguro?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "Necesito comprar unas medicinas, ¿me sirve la tarjeta de seguridad social en la "
            "farmacia?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "Pagué una operación de mi bolsillo, ¿qué tarjeta necesito para que me devuelvan el "
            "dinero?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "¿Cómo hago el reembolso de los gastos médicos y qué tarjeta me piden?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "Quiero consultar mi historial médico, ¿con qué tarjeta lo puedo ver?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "¿Qué necesito para hacer los trámites del seguro médico por internet desde el móvil?",
        "task:online",
    ),
    (
        "es",
        "task",
        "Me voy a jubilar pronto, ¿qué tarjeta uso para cobrar la pensión?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "Me quedé sin trabajo, ¿con qué tarjeta pido el subsidio de desempleo?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "Tengo que apuntarme al paro y buscar empleo, ¿qué tarjeta me van a pedir?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "Tuve un accidente en el trabajo, ¿qué tarjeta necesito para pedir la prestación por "
            "accidente laboral?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿Cómo puedo ver cuánto ha pagado mi empresa a la seguridad social por mí?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "¿Dónde veo lo que llevo cotizado para la pensión y el seguro médico?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "¿Hay alguna tarjeta que sirva para pagar el autobús y el metro?",
        "task:transport",
    ),
    (
        "es",
        "task",
        ("¿Puedo usar alguna de estas tarjetas en el transporte público o para alquilar un coche?"),
        "task:transport",
    ),
    (
        "es",
        "task",
        "¿Qué tarjeta sirve para los servicios públicos de la ciudad, como la sala de lectura?",
        "task:services",
    ),
    (
        "es",
        "task",
        "¿Qué tarjeta me sirve para demostrar quién soy cuando me lo piden?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "¿Quién puede sacar la tarjeta de seguridad social y cómo se solicita?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        (
            "Mi empresa me dio de alta hace poco, ¿cómo consigo ahora la tarjeta de seguridad "
            "social?"
        ),
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "¿Cómo activo la tarjeta electrónica de seguridad social en el móvil?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        ("¿Puedo sacar la tarjeta electrónica de seguridad social si todavía no tengo la física?"),
        ("task:getesocial", "card:esocial:eligibility"),
    ),
    (
        "es",
        "task",
        "¿Cómo consigo el certificado electrónico del seguro médico?",
        "task:getemedical",
    ),
    ("es", "task", "¿Qué tengo que hacer para tener la tarjeta ciudadana?", "task:getcitizen"),
    (
        "es",
        "task",
        "¿Qué tarjetas necesito para todo lo relacionado con médicos y medicinas?",
        "tasks:care",
    ),
    (
        "es",
        "task",
        "¿Qué tarjetas tienen que ver con el dinero, como pensiones, subsidios y reembolsos?",
        "tasks:money",
    ),
    (
        "es",
        "task",
        "Para el día a día en la ciudad, ¿qué cosas puedo hacer con estas tarjetas?",
        "tasks:life",
    ),
    (
        "es",
        "task",
        "Todavía no tengo ninguna tarjeta, ¿cuáles puedo sacar y cómo?",
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        (
            "Acabo de llegar a China y no sé por dónde empezar, ¿qué trámites puedo hacer con "
            "estas tarjetas?"
        ),
        "tasks",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "tarjeta", "cards"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "certificado electrónico", "card:emedical"),
    ("es", "short", "seguridad social elec", "card:esocial"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "número seguridad social", "faq:10"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        "Se me perdió la tarjeta de seguridad social, ¿qué hago para que me den otra?",
        "none",
    ),
    ("es", "oos", "¿Cuánto cuesta sacar la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿Cuánto tarda en llegar la tarjeta después de pedirla?", "none"),
    ("es", "oos", "No me acuerdo de la contraseña de la tarjeta, ¿cómo la puedo cambiar?", "none"),
    ("es", "oos", "¿A qué hora abre la oficina de la seguridad social?", "none"),
    (
        "es",
        "oos",
        "¿Qué papeles piden en Guangzhou para sacar la tarjeta de seguridad social?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿Necesito la tarjeta de seguridad social para renovar mi visado de trabajo?",
        "none",
    ),
    ("es", "oos", "¿Tengo que pagar impuestos por la pensión que cobre en China?", "none"),
    ("es", "oos", "¿Cuánto me costaría una resonancia magnética con el seguro médico?", "none"),
    ("es", "oos", "Si me vuelvo a México, ¿puedo recuperar el dinero que coticé aquí?", "none"),
    ("es", "oos", "¿Cuánto me descuentan del sueldo cada mes para la seguridad social?", "none"),
    ("es", "oos", "¿El seguro médico chino me cubre si viajo a España de vacaciones?", "none"),
    ("es", "oos", "¿Puedo meter a mi esposa en mi seguro médico?", "none"),
    (
        "es",
        "oos",
        "Me cambié de número de teléfono, ¿cómo lo actualizo en la tarjeta electrónica?",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "¿Qué es exactamente la tarjeta sanitaria y para qué sirve?", "card:health"),
    (
        "es",
        "card",
        "¿Quién emite la tarjeta electrónica de seguridad social?",
        "card:esocial:issuer",
    ),
    (
        "es",
        "card",
        (
            "¿El certificado electrónico del seguro médico es solo digital o también hay una "
            "tarjeta física?"
        ),
        "card:emedical:form",
    ),
    (
        "es",
        "card",
        "¿Qué datos míos aparecen en la tarjeta de seguridad social?",
        "card:social:records",
    ),
    ("es", "card", "¿En qué sitios se puede usar la tarjeta ciudadana?", "card:citizen:scope"),
    ("es", "card", "¿En qué ley se basa la tarjeta de seguridad social?", "card:social:legal"),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        ("¿Qué diferencia hay entre la tarjeta de seguro médico de antes y la tarjeta sanitaria?"),
        "cmp:medical:health",
    ),
    (
        "es",
        "compare",
        (
            "¿La tarjeta de seguridad social y el certificado electrónico del seguro médico sirven "
            "para lo mismo o en qué se diferencian?"
        ),
        "cmp:social:emedical",
    ),
    (
        "es",
        "compare",
        "¿Qué tiene de diferente la tarjeta ciudadana frente a la tarjeta de seguro médico?",
        "cmp:medical:citizen",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        (
            "¿Son lo mismo el certificado electrónico de seguro médico y la tarjeta electrónica de "
            "seguridad social?"
        ),
        "faq:5",
    ),
    ("es", "faq", "¿La tarjeta ciudadana y la de seguridad social son la misma tarjeta?", "faq:3"),
    (
        "es",
        "faq",
        (
            "¿La tarjeta de recursos humanos y seguridad social cuenta como tarjeta de seguridad "
            "social?"
        ),
        "faq:4",
    ),
    (
        "es",
        "faq",
        "¿La tarjeta de seguridad social es igual que la tarjeta del seguro médico?",
        "faq:2",
    ),
    (
        "es",
        "faq",
        "¿Qué registra la tarjeta de seguridad social y qué puedo hacer con ella?",
        "faq:7",
    ),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿Qué dice el artículo 58 de la Ley de Seguro Social?", "law:sil-58"),
    (
        "es",
        "law",
        "¿Qué principios tiene que seguir el sistema de seguro social según la ley?",
        "law:sil-3",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "Hola, buenas tardes", "greeting"),
    ("es", "greeting", "Muchas gracias por la ayuda", "greeting"),
    ("es", "greeting", "Vale, hasta luego", "greeting"),
)
