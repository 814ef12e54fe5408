"""Eighty-first phrasing set (office managers and admin assistants asking on behalf of several
colleagues at once), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

EIGHTYFIRST: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "three of our staff need to see a doctor next week, which card should they take to the "
            "hospital"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        "our team keeps asking which card to show when registering at a hospital",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "a couple of colleagues need to buy medicine at the pharmacy, which card do they use",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "which card lets our staff pay for prescriptions at a designated pharmacy",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "how do our employees get their medical bills reimbursed, which card is needed",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "two colleagues paid hospital expenses out of pocket, what card do they need to claim "
            "the money back"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "some of our staff want to look up their health records, which card is that",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "which card do employees use to do medical insurance stuff online",
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "our foreign staff want to handle their medical insurance business on their phones, "
            "what do they need"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        "a retiring colleague asked which card he needs to collect his pension",
        "task:pension",
    ),
    (
        "en",
        "task",
        "we have a few people retiring this year, what card do they use to receive the pension",
        "task:pension",
    ),
    (
        "en",
        "task",
        ("we had to let some staff go, which card do they need to apply for unemployment benefits"),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "contracts ended for two colleagues, how do they claim unemployment insurance and with "
            "which card"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "one of our warehouse workers got hurt on the job, which card is used for work injury "
            "benefits"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "staff want to check if the company has actually been paying their social insurance, "
            "how can they check"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "how can our employees see how much has been paid into their pension and medical "
            "accounts"
        ),
        "task:contributions",
    ),
    ("en", "task", "which card can our staff use on the bus and subway", "task:transport"),
    (
        "en",
        "task",
        "a few colleagues commute by metro, is there a card that works for public transport",
        "task:transport",
    ),
    (
        "en",
        "task",
        "which card gets our staff into local public services like the public reading room",
        "task:services",
    ),
    (
        "en",
        "task",
        (
            "our new colleagues need something to prove their identity, which of these cards works "
            "for that"
        ),
        "task:identity",
    ),
    ("en", "task", "how do we get social security cards for all our new hires", "task:getsocial"),
    (
        "en",
        "task",
        "a new colleague from Peru just joined, can she get a social security card and how",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "several staff want the electronic social security card on their phones, how do they "
            "get it"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "how can our team get the electronic medical insurance certificate",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "can our staff who are local residents apply for a citizen card",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        "i'm making an onboarding checklist, what cards do new employees need to get",
        "tasks:getcard",
    ),
    ("en", "task", "what can our staff actually do with these cards, give me an overview", "tasks"),
    (
        "en",
        "task",
        (
            "we need a quick guide for colleagues on which card to use for doctors, medicine and "
            "reimbursements"
        ),
        "tasks:care",
    ),
    (
        "en",
        "task",
        "money matters for staff: pension, unemployment, checking contributions - which cards",
        "tasks:money",
    ),
    (
        "en",
        "task",
        (
            "for everyday life stuff like commuting and proving identity, which cards do our "
            "people need"
        ),
        "tasks:life",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "staff pension", "task:pension"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "metro card", "task:transport"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "e social card", "card:esocial"),
    ("en", "short", "medical insurance card", "card:medical"),
    ("en", "short", "citizen c", "card:citizen"),
    ("en", "short", "new staff card", ("tasks:getcard", "task:getsocial")),
    ("en", "short", "social security numb", "faq:10"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "one of our staff lost her social security card, how does she get a replacement",
        "none",
    ),
    (
        "en",
        "oos",
        "how much does it cost to issue social security cards for our whole team",
        "none",
    ),
    (
        "en",
        "oos",
        "how long do new employees usually wait to receive their social security cards",
        "none",
    ),
    (
        "en",
        "oos",
        "two colleagues forgot the PIN for their social security card, how do we reset it",
        "none",
    ),
    ("en", "oos", "what are the opening hours of the social security bureau in Shenzhen", "none"),
    (
        "en",
        "oos",
        "what documents does Shanghai require for foreign employees to apply for the card",
        "none",
    ),
    (
        "en",
        "oos",
        "does having a social security card affect our foreign staff's work visa renewal",
        "none",
    ),
    (
        "en",
        "oos",
        ("are social insurance contributions deducted before individual income tax for our staff"),
        "none",
    ),
    ("en", "oos", "how much will a colleague's knee surgery cost with medical insurance", "none"),
    (
        "en",
        "oos",
        "what percentage of salary do we pay for each employee's pension insurance",
        "none",
    ),
    (
        "en",
        "oos",
        "can foreign staff get their pension contributions refunded when they leave China",
        "none",
    ),
    (
        "en",
        "oos",
        "can our employees' children and spouses be added to their medical insurance",
        "none",
    ),
    ("en", "oos", "does the housing provident fund go on the same card for our staff", "none"),
    (
        "en",
        "oos",
        ("which bank should our staff go to for activating the financial function of their cards"),
        "none",
    ),
    # ---------------- English: card (6) ----------------
    ("en", "card", "tell me about the citizen card, a colleague needs the basics", "card:citizen"),
    (
        "en",
        "card",
        "who issues the electronic medical insurance certificate our staff keep mentioning",
        "card:emedical:issuer",
    ),
    (
        "en",
        "card",
        "how secure is the social security card, our employees worry about their data",
        "card:social:security",
    ),
    (
        "en",
        "card",
        "is the electronic social security card a physical card or only on the phone",
        "card:esocial:form",
    ),
    (
        "en",
        "card",
        "who manages the health card, the hospital or the government",
        "card:health:manager",
    ),
    ("en", "card", "where can the old medical insurance card still be used", "card:medical:scope"),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "staff keep mixing up the health card and the social security card, what's the "
            "difference"
        ),
        "cmp:social:health",
    ),
    (
        "en",
        "compare",
        "difference between the citizen card and the social security card for our employees",
        "cmp:social:citizen",
    ),
    (
        "en",
        "compare",
        (
            "compare the electronic social security card and the electronic medical insurance "
            "certificate for me"
        ),
        "cmp:esocial:emedical",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        (
            "several colleagues asked whether the social security card is the same as the medical "
            "insurance card"
        ),
        "faq:2",
    ),
    (
        "en",
        "faq",
        (
            "is the human resources and social security card actually a social security card? our "
            "staff are confused"
        ),
        "faq:4",
    ),
    (
        "en",
        "faq",
        (
            "what types of social security card exist, are there separate ones for employees and "
            "employers"
        ),
        "faq:8",
    ),
    (
        "en",
        "faq",
        "by when does the company have to register new hires for social insurance",
        "faq:9",
    ),
    (
        "en",
        "faq",
        "what is our staff's social security number, is it different from their ID number",
        "faq:10",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "which law says employers must register staff for social insurance within 30 days",
        "law:sil-58",
    ),
    ("en", "law", "list the legal articles you rely on for social security cards", "law"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi, office manager here", "greeting"),
    ("en", "greeting", "thanks, that helps the whole team", "greeting"),
    ("en", "greeting", "ok bye for now", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "tres compañeros tienen cita médica, ¿qué tarjeta deben llevar al hospital?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        ("¿con qué tarjeta se registran nuestros empleados en el hospital para pagar la consulta?"),
        "task:hospital",
    ),
    (
        "es",
        "task",
        "¿qué tarjeta usa el personal para comprar medicinas en la farmacia?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "varios trabajadores necesitan medicamentos, ¿sirve alguna tarjeta en las farmacias "
            "designadas?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "¿cómo hacen nuestros empleados para que les reembolsen los gastos médicos?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "un compañero pagó la hospitalización de su bolsillo, ¿con qué tarjeta pide el "
            "reembolso?"
        ),
        "task:reimburse",
    ),
    ("es", "task", "¿cómo pueden los colegas consultar su expediente de salud?", "task:healthfile"),
    (
        "es",
        "task",
        ("nuestro personal quiere hacer trámites del seguro médico por internet, ¿qué necesitan?"),
        "task:online",
    ),
    (
        "es",
        "task",
        "¿qué tarjeta sirve para gestionar el seguro médico en línea desde el celular?",
        "task:online",
    ),
    (
        "es",
        "task",
        "tenemos dos personas que se jubilan, ¿qué tarjeta necesitan para cobrar la pensión?",
        "task:pension",
    ),
    ("es", "task", "¿con qué tarjeta cobran la jubilación los empleados mayores?", "task:pension"),
    (
        "es",
        "task",
        (
            "despedimos a varios trabajadores, ¿qué tarjeta usan para pedir el subsidio de "
            "desempleo?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "¿cómo se inscriben como desempleados los compañeros a los que se les terminó el "
            "contrato?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "un operario se lesionó en la fábrica, ¿qué tarjeta sirve para el seguro de accidentes "
            "laborales?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿cómo comprueban los empleados si la empresa les está pagando las cotizaciones?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "¿dónde ve el personal cuánto lleva acumulado en pensión y seguro médico?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "¿qué tarjeta sirve para el autobús y el metro de nuestros empleados?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "¿hay alguna tarjeta que los compañeros puedan usar en el transporte público?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "¿qué tarjeta da acceso a los servicios públicos locales, como las salas de lectura?",
        "task:services",
    ),
    (
        "es",
        "task",
        "¿qué tarjeta pueden usar los trabajadores para identificarse?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "¿cómo tramitamos la tarjeta de seguridad social para todos los nuevos empleados?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        (
            "una nueva compañera de Perú acaba de entrar, ¿puede sacar la tarjeta de seguridad "
            "social?"
        ),
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "¿cómo activan los empleados la tarjeta electrónica de seguridad social?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        (
            "varios compañeros quieren el certificado electrónico de seguro médico, ¿cómo lo "
            "obtienen?"
        ),
        "task:getemedical",
    ),
    (
        "es",
        "task",
        ("¿quién puede solicitar la tarjeta ciudadana? algunos de nuestros empleados son de aquí"),
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        (
            "estoy armando la lista de bienvenida, ¿qué tarjetas tienen que sacar los recién "
            "contratados?"
        ),
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        "¿para qué trámites necesita tarjeta nuestro personal? un resumen general",
        "tasks",
    ),
    (
        "es",
        "task",
        "guía rápida para el equipo: médico, farmacia y reembolsos, ¿qué tarjeta en cada caso?",
        "tasks:care",
    ),
    (
        "es",
        "task",
        "pensiones, desempleo y cotizaciones: ¿qué tarjeta usa el personal para cada cosa?",
        "tasks:money",
    ),
    (
        "es",
        "task",
        (
            "para el día a día (metro, identificación, servicios) ¿qué tarjeta les conviene a los "
            "empleados?"
        ),
        "tasks:life",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "tarjeta", "cards"),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "desemp", "task:unemployment"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "seguro médico electr", "card:emedical"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "número de seguridad social", "faq:10"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        "una compañera perdió su tarjeta de seguridad social, ¿cómo pide un duplicado?",
        "none",
    ),
    ("es", "oos", "¿cuánto cuesta tramitar las tarjetas para todo el personal?", "none"),
    ("es", "oos", "¿cuántos días tardan en entregar las tarjetas a los nuevos empleados?", "none"),
    (
        "es",
        "oos",
        "varios empleados olvidaron la contraseña de la tarjeta, ¿cómo la cambian?",
        "none",
    ),
    ("es", "oos", "¿a qué hora abre la oficina de seguridad social en Guangzhou?", "none"),
    ("es", "oos", "¿qué papeles piden en Pekín a los extranjeros para sacar la tarjeta?", "none"),
    (
        "es",
        "oos",
        (
            "¿la tarjeta de seguridad social sirve para renovar el permiso de residencia de los "
            "extranjeros?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        "¿las cotizaciones se descuentan del impuesto sobre la renta de los trabajadores?",
        "none",
    ),
    ("es", "oos", "¿cuánto cubre el seguro médico de un parto en un hospital privado?", "none"),
    ("es", "oos", "¿qué porcentaje del sueldo aporta la empresa al seguro de desempleo?", "none"),
    (
        "es",
        "oos",
        "si un empleado extranjero se va de China, ¿le devuelven lo que aportó a la pensión?",
        "none",
    ),
    ("es", "oos", "¿pueden los hijos de nuestros empleados entrar en su seguro médico?", "none"),
    ("es", "oos", "¿el fondo de vivienda va en la misma tarjeta?", "none"),
    (
        "es",
        "oos",
        "¿hay que traducir el pasaporte de la compañera peruana para el trámite?",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "¿qué es la tarjeta de salud? nadie en la oficina lo tiene claro",
        "card:health",
    ),
    (
        "es",
        "card",
        "¿quién emite la tarjeta electrónica de seguridad social?",
        "card:esocial:issuer",
    ),
    (
        "es",
        "card",
        "¿para qué sirve el certificado electrónico de seguro médico?",
        "card:emedical:function",
    ),
    ("es", "card", "¿la tarjeta de seguridad social es física o digital?", "card:social:form"),
    (
        "es",
        "card",
        "¿qué tan segura es la tarjeta de seguro médico antigua?",
        "card:medical:security",
    ),
    ("es", "card", "¿quién emite la tarjeta ciudadana?", "card:citizen:issuer"),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "diferencias entre la tarjeta de salud y la tarjeta ciudadana",
        "cmp:health:citizen",
    ),
    (
        "es",
        "compare",
        (
            "compárame la tarjeta de seguro médico vieja con el certificado electrónico de seguro "
            "médico"
        ),
        "cmp:medical:emedical",
    ),
    (
        "es",
        "compare",
        (
            "tarjeta de seguridad social vs tarjeta electrónica de seguridad social, ¿en qué se "
            "diferencian?"
        ),
        "cmp:social:esocial",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        "¿la tarjeta de salud es una tarjeta de seguridad social? me lo preguntan varios",
        "faq:1",
    ),
    ("es", "faq", "¿la tarjeta ciudadana y la de seguridad social son la misma?", "faq:3"),
    (
        "es",
        "faq",
        (
            "¿el certificado electrónico de seguro médico y la tarjeta electrónica de seguridad "
            "social son lo mismo?"
        ),
        "faq:5",
    ),
    ("es", "faq", "¿qué tipos de seguro social hay para los empleados?", "faq:6"),
    (
        "es",
        "faq",
        ("¿qué registra la tarjeta de seguridad social y qué pueden hacer los empleados con ella?"),
        "faq:7",
    ),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿cuáles son los principios del seguro social según la ley?", "law:sil-3"),
    (
        "es",
        "law",
        "¿qué artículo dice que los trabajadores pueden consultar gratis sus cotizaciones?",
        "law:sil-74",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, buenos días", "greeting"),
    ("es", "greeting", "muchas gracias de parte de todo el equipo", "greeting"),
    ("es", "greeting", "hasta luego", "greeting"),
)
