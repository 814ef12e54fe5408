"""Seventy-second phrasing set (international students and exchange students at Chinese
universities), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

SEVENTYSECOND: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task", "yo which card do i need to see a doctor at the uni hospital", "task:hospital"),
    (
        "en",
        "task",
        "going to register at the university hospital tmr, what card do i show at the desk",
        "task:hospital",
    ),
    ("en", "task", "which card do i pay with at the hospital counter", "task:hospital"),
    (
        "en",
        "task",
        "got a cold, can i use one of these cards to buy meds at the pharmacy near my dorm",
        "task:pharmacy",
    ),
    ("en", "task", "which card lets me buy medicine at a designated pharmacy", "task:pharmacy"),
    (
        "en",
        "task",
        "how do i get my medical expenses reimbursed after a hospital visit",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "paid a hospital bill out of pocket, which card do i use to claim it back",
        "task:reimburse",
    ),
    ("en", "task", "where can i look up my own medical records / health file", "task:healthfile"),
    ("en", "task", "want to check my health file, which card is that", "task:healthfile"),
    (
        "en",
        "task",
        "i wanna sort out medical insurance stuff online on my phone, what do i need",
        "task:online",
    ),
    (
        "en",
        "task",
        "which one do you use to handle medical insurance business online",
        "task:online",
    ),
    (
        "en",
        "task",
        "my chinese tutor's mom is retiring, which card does she use to get her pension",
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "if i stay and work in china after grad and lose my job, which card for unemployment "
            "benefits"
        ),
        "task:unemployment",
    ),
    ("en", "task", "which card do i need to apply for unemployment benefits", "task:unemployment"),
    (
        "en",
        "task",
        "hurt my wrist at my internship, which card do i use for work injury benefits",
        "task:injury",
    ),
    (
        "en",
        "task",
        "how do i check if my social insurance contributions are actually being paid",
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "internship company says they pay social insurance for me, how can i see what's been "
            "paid in"
        ),
        "task:contributions",
    ),
    ("en", "task", "is there a card that works on the subway and buses", "task:transport"),
    ("en", "task", "which card can i tap on the metro to get to campus", "task:transport"),
    ("en", "task", "which card do i use for local public services in the city", "task:services"),
    ("en", "task", "need to prove who i am, which of these cards works as ID", "task:identity"),
    (
        "en",
        "task",
        "how do you get a social security card, like who can apply and how",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "how do i activate the electronic social security card on my phone",
        "task:getesocial",
    ),
    ("en", "task", "how do i get the electronic medical insurance certificate", "task:getemedical"),
    ("en", "task", "how do i get a citizen card", "task:getcitizen"),
    (
        "en",
        "task",
        "ok so what stuff can i actually do with these cards, give me the overview",
        "tasks",
    ),
    (
        "en",
        "task",
        "health care stuff: doctor, meds, reimbursement, which card for what",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "money side of things like pension and unemployment, which cards",
        "tasks:money",
    ),
    (
        "en",
        "task",
        "daily life stuff like transport and city services, which card do i use",
        "tasks:life",
    ),
    (
        "en",
        "task",
        "how do i get each of these cards, show me all the getting-a-card steps",
        "tasks:getcard",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "pharmacy card", "task:pharmacy"),
    ("en", "short", "metro", "task:transport"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "e social card", "card:esocial"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "med insurance card", "card:medical"),
    ("en", "short", "social security no", "faq:10"),
    ("en", "short", "all cards", "cards"),
    ("en", "short", "work injur", "task:injury"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "lost my social security card somewhere in the dorm, how do i get a replacement",
        "none",
    ),
    ("en", "oos", "how much does it cost to get a citizen card", "none"),
    ("en", "oos", "does my student visa let me join chinese social insurance", "none"),
    ("en", "oos", "what's the PIN on my social security card, i never set one", "none"),
    ("en", "oos", "how long does it take for a social security card to be made", "none"),
    ("en", "oos", "is the social security bureau open on weekends", "none"),
    ("en", "oos", "does the university hospital accept my international student insurance", "none"),
    ("en", "oos", "how much is a dental cleaning at the uni hospital", "none"),
    ("en", "oos", "do i have to pay tax on my scholarship", "none"),
    ("en", "oos", "what documents does shanghai ask for when applying for a citizen card", "none"),
    (
        "en",
        "oos",
        "can i get my social insurance contributions refunded when i leave china",
        "none",
    ),
    ("en", "oos", "is my campus card the same thing as a citizen card", "none"),
    ("en", "oos", "can i link my medical insurance card to alipay", "none"),
    ("en", "oos", "my residence permit expires next month, will my card stop working", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "wait what even is a health card", "card:health"),
    ("en", "card", "tell me about the electronic medical insurance certificate", "card:emedical"),
    ("en", "card", "who issues the social security card anyway", "card:social:issuer"),
    ("en", "card", "who's in charge of managing health cards", "card:health:manager"),
    ("en", "card", "is the old medical insurance card secure or nah", "card:medical:security"),
    ("en", "card", "where can i use the citizen card", "card:citizen:scope"),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "difference between the physical social security card and the electronic one",
        "cmp:social:esocial",
    ),
    (
        "en",
        "compare",
        "health card vs medical insurance card, which is which",
        "cmp:medical:health",
    ),
    (
        "en",
        "compare",
        "compare the e medical insurance certificate and the health card",
        "cmp:emedical:health",
    ),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "is the health card basically a social security card?", "faq:1"),
    (
        "en",
        "faq",
        "is the social security card the same thing as the medical insurance card",
        "faq:2",
    ),
    (
        "en",
        "faq",
        (
            "are the electronic medical insurance certificate and the e social security card the "
            "same or nah"
        ),
        "faq:5",
    ),
    ("en", "faq", "what kinds of social insurance are there in china", "faq:6"),
    (
        "en",
        "faq",
        (
            "starting an internship, by when does my employer have to register me for social "
            "insurance"
        ),
        "faq:9",
    ),
    # ---------------- English: law (2) ----------------
    ("en", "law", "what laws is all this based on", "law"),
    (
        "en",
        "law",
        "social insurance law article 74, the one about checking records for free",
        "law:sil-74",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hey!", "greeting"),
    ("en", "greeting", "thx bro that helped a lot", "greeting"),
    ("en", "greeting", "ok bye gotta run to class", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "oye, ¿qué tarjeta llevo al hospital de la uni para sacar cita?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "me siento fatal y voy al hospital universitario, ¿con cuál tarjeta pago?",
        "task:hospital",
    ),
    ("es", "task", "¿con qué tarjeta compro medicinas en la farmacia?", "task:pharmacy"),
    (
        "es",
        "task",
        "qué tarjeta sirve para comprar medicamentos en las farmacias designadas",
        "task:pharmacy",
    ),
    ("es", "task", "¿cómo hago para que me reembolsen los gastos médicos?", "task:reimburse"),
    (
        "es",
        "task",
        "pagué la consulta de mi bolsillo, ¿con qué tarjeta pido el reembolso?",
        "task:reimburse",
    ),
    ("es", "task", "quiero ver mi historial médico, ¿qué tarjeta necesito?", "task:healthfile"),
    ("es", "task", "dónde consulto mi expediente de salud, con cuál tarjeta", "task:healthfile"),
    (
        "es",
        "task",
        "quiero hacer trámites del seguro médico por internet, ¿qué necesito?",
        "task:online",
    ),
    ("es", "task", "para gestionar el seguro médico en línea desde el celu qué uso", "task:online"),
    ("es", "task", "¿qué tarjeta se usa para cobrar la pensión?", "task:pension"),
    (
        "es",
        "task",
        (
            "si me quedo a currar en China y me despiden, ¿con qué tarjeta pido el subsidio de "
            "desempleo?"
        ),
        "task:unemployment",
    ),
    ("es", "task", "qué tarjeta necesito para registrarme como desempleado", "task:unemployment"),
    (
        "es",
        "task",
        (
            "me lesioné en las prácticas de la empresa, ¿qué tarjeta uso para lo del accidente "
            "laboral?"
        ),
        "task:injury",
    ),
    ("es", "task", "cómo reviso cuánto me han pagado de seguro social", "task:contributions"),
    (
        "es",
        "task",
        "quiero checar si la empresa de mis prácticas sí está pagando mis cotizaciones",
        "task:contributions",
    ),
    ("es", "task", "¿hay alguna tarjeta para el metro y el bus?", "task:transport"),
    ("es", "task", "con cuál tarjeta pago el bus para ir al campus", "task:transport"),
    ("es", "task", "qué tarjeta sirve para los servicios públicos de la ciudad", "task:services"),
    ("es", "task", "necesito demostrar mi identidad, ¿cuál de las tarjetas vale?", "task:identity"),
    ("es", "task", "¿cómo saco la tarjeta de seguridad social?", "task:getsocial"),
    (
        "es",
        "task",
        "quién puede pedir la tarjeta de seguro social y cómo se hace",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "cómo activo la tarjeta electrónica de seguridad social en el móvil",
        "task:getesocial",
    ),
    ("es", "task", "cómo consigo el certificado electrónico de seguro médico", "task:getemedical"),
    ("es", "task", "cómo tramito la tarjeta ciudadana", "task:getcitizen"),
    ("es", "task", "¿qué cosas puedo hacer con estas tarjetas? pásame la guía", "tasks"),
    (
        "es",
        "task",
        "todo lo de salud: médico, farmacia, reembolsos, qué tarjeta para cada cosa",
        "tasks:care",
    ),
    (
        "es",
        "task",
        "temas de plata: pensión, desempleo, cotizaciones, qué tarjeta uso",
        "tasks:money",
    ),
    ("es", "task", "lo del día a día, transporte y servicios, qué tarjeta me sirve", "tasks:life"),
    (
        "es",
        "task",
        "cómo se saca cada tarjeta, o sea todos los trámites para conseguirlas",
        "tasks:getcard",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "tarjeta", "cards"),
    ("es", "short", "reembols", "task:reimburse"),
    ("es", "short", "transporte", "task:transport"),
    ("es", "short", "pensi", "task:pension"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta de salud", "card:health"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "numero seguridad social", "faq:10"),
    ("es", "short", "tarjeta electronica seguro social", "card:esocial"),
    ("es", "short", "certificado medico elec", "card:emedical"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        "perdí mi tarjeta de seguridad social en la residencia, ¿cómo la repongo?",
        "none",
    ),
    ("es", "oos", "¿cuánto cuesta sacar la tarjeta ciudadana?", "none"),
    ("es", "oos", "con visa de estudiante X1 puedo cotizar al seguro social?", "none"),
    ("es", "oos", "olvidé el PIN de la tarjeta, qué hago", "none"),
    ("es", "oos", "¿cuánto tarda en llegar la tarjeta de seguridad social?", "none"),
    ("es", "oos", "a qué hora abre la oficina de seguridad social los sábados", "none"),
    ("es", "oos", "¿el hospital de la uni acepta el seguro de estudiante internacional?", "none"),
    (
        "es",
        "oos",
        "cuánto cuesta una consulta con el dentista en el hospital universitario",
        "none",
    ),
    ("es", "oos", "tengo que pagar impuestos por mi beca CSC?", "none"),
    ("es", "oos", "qué papeles piden en Pekín para la tarjeta ciudadana", "none"),
    ("es", "oos", "si me vuelvo a mi país me devuelven lo que coticé?", "none"),
    ("es", "oos", "la tarjeta del campus es lo mismo que la tarjeta ciudadana?", "none"),
    ("es", "oos", "puedo vincular la tarjeta de seguro médico con WeChat Pay?", "none"),
    ("es", "oos", "se me vence el permiso de residencia, ¿la tarjeta deja de funcionar?", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "¿qué es la tarjeta ciudadana?", "card:citizen"),
    ("es", "card", "cuéntame de la tarjeta electrónica de seguridad social", "card:esocial"),
    (
        "es",
        "card",
        "¿quién emite el certificado electrónico de seguro médico?",
        "card:emedical:issuer",
    ),
    ("es", "card", "la tarjeta de seguridad social es física o electrónica?", "card:social:form"),
    ("es", "card", "defíneme la tarjeta de seguro médico de antes", "card:medical:what"),
    ("es", "card", "qué tan segura es la tarjeta de seguridad social", "card:social:security"),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "diferencias entre la tarjeta ciudadana y la de seguridad social",
        "cmp:social:citizen",
    ),
    ("es", "compare", "tarjeta de salud vs tarjeta de seguridad social", "cmp:social:health"),
    (
        "es",
        "compare",
        "compara la tarjeta de seguro médico con el certificado electrónico de seguro médico",
        "cmp:medical:emedical",
    ),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "¿la tarjeta ciudadana y la de seguridad social son la misma?", "faq:3"),
    (
        "es",
        "faq",
        "las tarjetas de recursos humanos y seguridad social son tarjetas de seguridad social?",
        "faq:4",
    ),
    ("es", "faq", "qué registra la tarjeta de seguridad social y para qué me sirve", "faq:7"),
    ("es", "faq", "¿qué tipos de tarjeta de seguridad social existen?", "faq:8"),
    ("es", "faq", "cuál es mi número de seguridad social", "faq:10"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿qué dice el artículo 3 de la ley de seguro social?", "law:sil-3"),
    (
        "es",
        "law",
        "qué ley dice que el empleador tiene 30 días para darme de alta",
        ("law:sil-58", "faq:9"),
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "holaaa", "greeting"),
    ("es", "greeting", "muchas gracias, me salvaste", "greeting"),
    ("es", "greeting", "chao, nos vemos", "greeting"),
)
