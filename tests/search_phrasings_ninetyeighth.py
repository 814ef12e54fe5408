"""Ninety-eighth phrasing set (an ordinary cross-section of people who give a little context first,
then ask), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

NINETYEIGHTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "i've had a fever since yesterday, which card do i take to the hospital",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "first time registering at a hospital here, what card do they want at the counter?",
        "task:hospital",
    ),
    ("en", "task", "my kid needs cough syrup, which card works at the pharmacy", "task:pharmacy"),
    (
        "en",
        "task",
        "i'm out of my blood pressure pills, can i buy medicine with one of these cards?",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "i paid for a hospital stay out of pocket, which card do i need to get it reimbursed",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "had surgery last month and paid a lot, how do i get the medical costs paid back?",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "my new doctor wants my past records, which card lets me look up my health file",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "i want to check my own medical records, what card do i use for that?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "i'd rather not queue at the office, which card do i use to do medical insurance stuff "
            "online"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        "i'm retiring next year, which card do i need to collect my pension?",
        "task:pension",
    ),
    (
        "en",
        "task",
        "my dad is retired and lives here with me, what card does he use to get his pension",
        "task:pension",
    ),
    (
        "en",
        "task",
        "i just got laid off, which card do i use to claim unemployment benefits",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "i hurt my hand at the factory, which card do i need for work injury benefits?",
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "i'm not sure my company is actually paying in for me, which card lets me check my "
            "contributions"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        ("i've changed jobs twice, how can i see how much has been paid into my social insurance?"),
        "task:contributions",
    ),
    (
        "en",
        "task",
        "i take the subway every day, is there a card i can pay the fare with",
        "task:transport",
    ),
    ("en", "task", "just moved to a new city, which card can i tap on the bus?", "task:transport"),
    (
        "en",
        "task",
        ("i like using the public reading room, which card do i need for local services like that"),
        "task:services",
    ),
    (
        "en",
        "task",
        "the bank clerk asked me to prove who i am, which of these cards counts as id?",
        "task:identity",
    ),
    (
        "en",
        "task",
        "i'm starting a job next week, how do i get a social security card",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "i'm self-employed, can i even get a social security card and how?",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "i already have the physical card, how do i get the electronic social security card on "
            "my phone"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        ("i keep leaving my card at home, can i get the electronic social security card instead?"),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "i have medical insurance through work, how do i get the electronic medical insurance "
            "certificate"
        ),
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "i live here long-term now, how do i apply for a citizen card?",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        "i just arrived in china and have no clue, what do i need to do with all these cards",
        "tasks",
    ),
    (
        "en",
        "task",
        "i've been sick a lot lately, which cards matter for health care stuff?",
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "i'm trying to sort out the money side, pension, benefits and so on, which cards do i "
            "need"
        ),
        "tasks:money",
    ),
    (
        "en",
        "task",
        "i'm settling in, what cards do i need for getting around and everyday life?",
        "tasks:life",
    ),
    ("en", "task", "i don't have any of these cards yet, how do i get one", "tasks:getcard"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "pharmacy card", "task:pharmacy"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "e-social security", "card:esocial"),
    ("en", "short", "medical insurance card", "card:medical"),
    ("en", "short", "citizen c", "card:citizen"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "reimburse", "task:reimburse"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "social security no", "faq:10"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "i lost my wallet on the metro, how do i replace my social security card",
        "none",
    ),
    ("en", "oos", "i'm on a tight budget, how much does it cost to get a citizen card?", "none"),
    (
        "en",
        "oos",
        "i applied two weeks ago, how long does the social security card take to arrive",
        "none",
    ),
    (
        "en",
        "oos",
        "i forgot my pin, how do i reset the password on my social security card?",
        "none",
    ),
    (
        "en",
        "oos",
        "i'm only free on weekends, is the social security bureau open on saturday",
        "none",
    ),
    (
        "en",
        "oos",
        ("i live in shenzhen, what documents does shenzhen ask for to get a social security card?"),
        "none",
    ),
    (
        "en",
        "oos",
        "my work visa expires soon, do i need my social security card to renew it",
        "none",
    ),
    (
        "en",
        "oos",
        "i'm doing my taxes, can i deduct social insurance contributions from income tax?",
        "none",
    ),
    (
        "en",
        "oos",
        "my tooth is killing me, how much does a root canal cost with medical insurance",
        "none",
    ),
    (
        "en",
        "oos",
        "i'm leaving china for good, can i get my pension contributions refunded?",
        "none",
    ),
    (
        "en",
        "oos",
        "i'm married to a chinese citizen, can my wife add me to her medical insurance",
        "none",
    ),
    ("en", "oos", "the chip on my card stopped working, where do i get it fixed?", "none"),
    (
        "en",
        "oos",
        "i'm going home for a month, can i use my chinese medical insurance abroad",
        "none",
    ),
    (
        "en",
        "oos",
        "i'm freelancing now, how much are the monthly social insurance premiums?",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    ("en", "card", "a friend mentioned it, what exactly is the health card?", "card:health"),
    (
        "en",
        "card",
        "hr said i'll be getting one, tell me about the social security card",
        "card:social",
    ),
    (
        "en",
        "card",
        "i'm worried about fraud, how secure is the social security card?",
        "card:social:security",
    ),
    ("en", "card", "my landlord brought it up, who issues the citizen card", "card:citizen:issuer"),
    (
        "en",
        "card",
        (
            "i saw it in an app, is the electronic medical insurance certificate a real card or "
            "only on the phone?"
        ),
        "card:emedical:form",
    ),
    (
        "en",
        "card",
        "i found an old one in a drawer, what is the medical insurance card used for",
        "card:medical:function",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "i only have the plastic one, how is the electronic social security card different "
            "from it?"
        ),
        "cmp:social:esocial",
    ),
    (
        "en",
        "compare",
        (
            "my old card still works at some clinics, compare the medical insurance card with the "
            "electronic medical certificate"
        ),
        "cmp:medical:emedical",
    ),
    (
        "en",
        "compare",
        ("the clinic keeps asking for cards, health card vs citizen card, what's the difference?"),
        "cmp:health:citizen",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        (
            "the nurse asked for my health card and i handed over my social security card, is the "
            "health card a social security card?"
        ),
        "faq:1",
    ),
    (
        "en",
        "faq",
        (
            "my colleague says they're interchangeable, is the social security card the same as "
            "the medical insurance card"
        ),
        "faq:2",
    ),
    (
        "en",
        "faq",
        "i got a citizen card last year, is it the same card as the social security card?",
        "faq:3",
    ),
    (
        "en",
        "faq",
        (
            "my employer hasn't signed me up yet, how long do they have to register me for social "
            "insurance"
        ),
        ("faq:9", "law:sil-58"),
    ),
    ("en", "faq", "i'm filling in a form, what is my social security number?", "faq:10"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "i'm writing a report for work, which laws is all this based on?", "law"),
    (
        "en",
        "law",
        "my company is dragging its feet, what does article 58 of the social insurance law say",
        "law:sil-58",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hey there, just found this bot", "greeting"),
    ("en", "greeting", "thanks, that cleared things up a lot", "greeting"),
    ("en", "greeting", "ok that's all, bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "tengo fiebre desde ayer, ¿qué tarjeta llevo al hospital?", "task:hospital"),
    (
        "es",
        "task",
        "voy al médico por primera vez aquí, ¿con qué tarjeta me registro en el hospital?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "se me acabaron las pastillas, ¿con qué tarjeta compro medicinas en la farmacia?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "pagué todo de mi bolsillo en urgencias, ¿qué tarjeta necesito para que me reembolsen?",
        "task:reimburse",
    ),
    ("es", "task", "me operaron el mes pasado, como recupero los gastos medicos", "task:reimburse"),
    (
        "es",
        "task",
        (
            "el médico nuevo quiere ver mi historial, ¿con qué tarjeta consulto mi expediente de "
            "salud?"
        ),
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "quiero hacer los trámites del seguro médico desde el móvil, ¿qué uso?",
        "task:online",
    ),
    (
        "es",
        "task",
        "no tengo tiempo de ir a la oficina, se puede gestionar el seguro medico por internet?",
        "task:online",
    ),
    (
        "es",
        "task",
        "me jubilo el año que viene, ¿qué tarjeta necesito para cobrar la pensión?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "mi suegro está jubilado aquí, ¿con qué tarjeta recibe su pensión?",
        "task:pension",
    ),
    (
        "es",
        "task",
        ("me despidieron la semana pasada, ¿qué tarjeta uso para pedir el subsidio de desempleo?"),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "se me terminó el contrato, ¿cómo me registro como desempleado?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "me corté trabajando en la obra, ¿qué tarjeta necesito para cobrar por accidente "
            "laboral?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "no sé si mi empresa está pagando mis cotizaciones, ¿cómo lo compruebo?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "llevo tres años trabajando aquí, donde veo cuanto se ha pagado a mi seguro social",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "voy al trabajo en metro todos los días, ¿hay alguna tarjeta para pagar el transporte?",
        "task:transport",
    ),
    ("es", "task", "no tengo coche, ¿qué tarjeta sirve para el autobús?", "task:transport"),
    (
        "es",
        "task",
        "acabo de mudarme, ¿qué tarjeta me da acceso a los servicios públicos de la ciudad?",
        "task:services",
    ),
    (
        "es",
        "task",
        (
            "en el banco me piden identificarme, ¿alguna de estas tarjetas sirve para demostrar "
            "quién soy?"
        ),
        "task:identity",
    ),
    (
        "es",
        "task",
        "empiezo a trabajar el lunes, ¿cómo saco la tarjeta de seguridad social?",
        "task:getsocial",
    ),
    ("es", "task", "soy autónomo, ¿puedo tener tarjeta de seguridad social?", "task:getsocial"),
    (
        "es",
        "task",
        "ya tengo la tarjeta física, ¿cómo activo la tarjeta electrónica de seguridad social?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        (
            "estoy asegurado por la empresa, ¿cómo consigo el certificado electrónico de seguro "
            "médico?"
        ),
        "task:getemedical",
    ),
    (
        "es",
        "task",
        (
            "mi marido lo tiene en el móvil y yo no, ¿cómo obtengo el certificado médico "
            "electrónico?"
        ),
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "ya vivo aquí de forma permanente, ¿cómo pido la tarjeta ciudadana?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        "acabo de llegar a China y estoy perdido, ¿qué tengo que hacer con las tarjetas?",
        "tasks",
    ),
    (
        "es",
        "task",
        "tengo que ir al médico a menudo, ¿qué tarjetas me sirven para temas de salud?",
        "tasks:care",
    ),
    (
        "es",
        "task",
        (
            "estoy organizando mis finanzas, ¿qué tarjetas tienen que ver con pensión, desempleo y "
            "dinero?"
        ),
        "tasks:money",
    ),
    (
        "es",
        "task",
        "quiero moverme por la ciudad y hacer cosas del día a día, ¿qué tarjetas uso?",
        "tasks:life",
    ),
    ("es", "task", "todavía no tengo ninguna tarjeta, ¿cómo consigo una?", "tasks:getcard"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "tarjeta", "cards"),
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "tarjeta seguro medico", "card:medical"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "accidente laboral", "task:injury"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "perdí la cartera con la tarjeta dentro, ¿cómo pido un duplicado?", "none"),
    (
        "es",
        "oos",
        "ando corto de dinero, ¿cuánto cuesta sacar la tarjeta de seguridad social?",
        "none",
    ),
    ("es", "oos", "entregué los papeles hace un mes, ¿cuánto tarda en llegar la tarjeta?", "none"),
    ("es", "oos", "no me acuerdo del PIN de la tarjeta, ¿cómo lo cambio?", "none"),
    (
        "es",
        "oos",
        "trabajo entre semana, ¿la oficina de seguridad social abre los sábados?",
        "none",
    ),
    ("es", "oos", "vivo en Shanghái, ¿qué documentos piden allí para la tarjeta?", "none"),
    (
        "es",
        "oos",
        (
            "estoy renovando el visado de trabajo, ¿me piden la tarjeta de seguridad social para "
            "eso?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        "estoy haciendo la declaración de la renta, ¿puedo desgravar las cotizaciones?",
        "none",
    ),
    ("es", "oos", "necesito ponerme brackets, ¿cuánto me cubre el seguro médico?", "none"),
    (
        "es",
        "oos",
        "me vuelvo a México para siempre, ¿me devuelven lo que aporté a la pensión?",
        "none",
    ),
    ("es", "oos", "mi novia es china, ¿puedo entrar en su seguro médico como pareja?", "none"),
    ("es", "oos", "la tarjeta se me partió por la mitad, ¿dónde me la cambian?", "none"),
    (
        "es",
        "oos",
        "me voy de vacaciones a España, ¿puedo usar el seguro médico chino allá?",
        "none",
    ),
    (
        "es",
        "oos",
        "trabajo por mi cuenta, ¿cuánto tengo que pagar al mes de seguro social?",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "una amiga me habló de ella, ¿qué es la tarjeta ciudadana?", "card:citizen"),
    (
        "es",
        "card",
        (
            "me lo pidieron en la clínica, ¿qué es exactamente el certificado electrónico de "
            "seguro médico?"
        ),
        "card:emedical",
    ),
    (
        "es",
        "card",
        ("me preocupa que me roben los datos, ¿qué tan segura es la tarjeta de seguridad social?"),
        "card:social:security",
    ),
    (
        "es",
        "card",
        "quiero saber a quién reclamar, ¿quién gestiona la tarjeta sanitaria?",
        "card:health:manager",
    ),
    (
        "es",
        "card",
        (
            "me la mencionaron en recursos humanos, ¿quién emite la tarjeta electrónica de "
            "seguridad social?"
        ),
        "card:esocial:issuer",
    ),
    (
        "es",
        "card",
        "tengo la tarjeta sanitaria pero no sé qué guarda, ¿qué información registra?",
        "card:health:records",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "todavía tengo la tarjeta de seguro médico vieja, ¿en qué se diferencia de la tarjeta "
            "sanitaria?"
        ),
        "cmp:medical:health",
    ),
    (
        "es",
        "compare",
        (
            "solo tengo la física, ¿qué diferencia hay entre la tarjeta de seguridad social y la "
            "electrónica?"
        ),
        "cmp:social:esocial",
    ),
    (
        "es",
        "compare",
        (
            "en mi ciudad hablan mucho de las dos, compara la tarjeta electrónica de seguridad "
            "social con la tarjeta ciudadana"
        ),
        "cmp:esocial:citizen",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        (
            "tengo las dos apps en el móvil, ¿el certificado médico electrónico y la tarjeta "
            "electrónica de seguridad social son lo mismo?"
        ),
        "faq:5",
    ),
    (
        "es",
        "faq",
        "me hablaron de pensiones y maternidad, ¿qué tipos de seguro social existen?",
        "faq:6",
    ),
    (
        "es",
        "faq",
        (
            "me acaban de dar la tarjeta de seguridad social, ¿qué registra y qué puedo hacer con "
            "ella?"
        ),
        "faq:7",
    ),
    (
        "es",
        "faq",
        (
            "vi que hay una personal y otra para empresas, ¿qué tipos de tarjeta de seguridad "
            "social hay?"
        ),
        "faq:8",
    ),
    (
        "es",
        "faq",
        (
            "en la oficina la llaman tarjeta de recursos humanos y seguridad social, ¿es una "
            "tarjeta de seguridad social?"
        ),
        "faq:4",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        (
            "quiero leer la base legal, ¿qué dice el artículo 74 de la Ley de Seguro Social sobre "
            "consultar mis cotizaciones?"
        ),
        "law:sil-74",
    ),
    (
        "es",
        "law",
        (
            "estoy preparando un trabajo, ¿qué dicen las Medidas Administrativas sobre quién "
            "gestiona la emisión de las tarjetas?"
        ),
        "law:ssc-3",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, buenas", "greeting"),
    ("es", "greeting", "muchas gracias, me sirvió mucho", "greeting"),
    ("es", "greeting", "vale, hasta luego", "greeting"),
)
