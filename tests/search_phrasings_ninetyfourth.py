"""Ninety-fourth phrasing set (people who half remember a card's name and describe it instead),
written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

NINETYFOURTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "going to see a doctor tomorrow, which of my cards do i bring? i have like three "
            "plastic ones"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "to pay at the hospital counter is it the card with my photo and the chip or something "
            "else"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "can i buy medicine at the pharmacy with that card that has my picture and the little "
            "chip"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "which card do pharmacies take for medicine, the city one or the insurance one",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "which card do i need to get my hospital bills paid back, the one the human resources "
            "office gave me?"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "getting medical costs reimbursed, is that the card with my photo or the old one from "
            "the bank"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "i want to see my own medical records, is there a card for that, like the hospital "
            "records one?"
        ),
        "task:healthfile",
    ),
    ("en", "task", "how do i look up my health file, which card keeps all that", "task:healthfile"),
    (
        "en",
        "task",
        (
            "doing medical insurance stuff online, is that the electronic medical insurance thing "
            "in the app?"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        "what do i use to handle my medical insurance business from my phone",
        "task:online",
    ),
    (
        "en",
        "task",
        "when i retire which card do i collect my pension with, the one with my photo?",
        "task:pension",
    ),
    (
        "en",
        "task",
        "my dad wants to draw his pension, which of his cards does he need",
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "lost my job, which card do i use for unemployment money, the one from the social "
            "security office?"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "claiming unemployment benefits, is it the chip card or the old bank medical card",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "got hurt at work, which of the cards do i need for work injury benefits",
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "how can i check how much my company has been paying in for me, is it the card with "
            "the chip"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        "i want to see my social insurance payment history, which card shows that",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "which card is the one you tap on the subway, i think the city gave it to me",
        "task:transport",
    ),
    (
        "en",
        "task",
        "can i ride the bus with one of these cards or do i need a separate one",
        "task:transport",
    ),
    (
        "en",
        "task",
        "which card do i need for local public services like the public reading room",
        "task:services",
    ),
    (
        "en",
        "task",
        "need to prove who i am, does the card with my photo on it count as id",
        "task:identity",
    ),
    (
        "en",
        "task",
        "how do i get that card with my photo and a chip, the social one",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "my new employer says i need the insurance card with my picture, who can get one",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "how do i activate the phone version of my physical social security card",
        "task:getesocial",
    ),
    ("en", "task", "how do i get that medical insurance code in the app", "task:getemedical"),
    (
        "en",
        "task",
        "who can claim the electronic medical insurance thing on the phone",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "how do i get the city card the local government gives to residents",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        "everything health related, which cards do i use for doctors, medicine and my records",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "pension, unemployment, getting money back... which card is for the money stuff",
        "tasks:money",
    ),
    ("en", "task", "i have none of these cards yet, which ones can i get and how", "tasks:getcard"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "photo chip card", "card:social"),
    ("en", "short", "bank medical card", "card:medical"),
    ("en", "short", "bus card", ("task:transport", "card:citizen")),
    ("en", "short", "medical insurance app code", "card:emedical"),
    ("en", "short", "phone social card", "card:esocial"),
    ("en", "short", "hospital records card", "card:health"),
    ("en", "short", "city card", "card:citizen"),
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "the card w my pic", "card:social"),
    ("en", "short", "old med card", "card:medical"),
    ("en", "short", "elec soc", "card:esocial"),
    ("en", "short", "pension card", "task:pension"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "i lost the card with my photo and chip, how do i replace it", "none"),
    ("en", "oos", "how much does it cost to get the city card for the bus", "none"),
    ("en", "oos", "forgot the pin for the old medical card from the bank, what do i do", "none"),
    ("en", "oos", "how long does it take to get the photo chip card after applying", "none"),
    ("en", "oos", "what time does the office that makes the social card open on saturday", "none"),
    ("en", "oos", "what documents does shanghai ask for to get the city card", "none"),
    ("en", "oos", "will having the insurance card with my photo help renew my work visa", "none"),
    ("en", "oos", "can i use the card with the chip to pay my income tax", "none"),
    ("en", "oos", "how much will an mri cost me with the medical insurance code in my app", "none"),
    ("en", "oos", "my photo card got cracked, will the machines still read it", "none"),
    (
        "en",
        "oos",
        "can i take cash out of an atm with the card that has my bank number on it",
        "none",
    ),
    ("en", "oos", "what colour is the hospital card supposed to be", "none"),
    (
        "en",
        "oos",
        "does the medical insurance thing in my app work when i travel to hong kong",
        "none",
    ),
    ("en", "oos", "how do i change the photo on my social card, it's really old", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "what exactly is that card with my photo and a chip on it", "card:social"),
    (
        "en",
        "card",
        "who hands out the old medical card, the one that came from the bank?",
        "card:medical:issuer",
    ),
    ("en", "card", "tell me about that medical insurance code thing in the app", "card:emedical"),
    (
        "en",
        "card",
        "who manages the hospital card with all my medical history on it",
        "card:health:manager",
    ),
    (
        "en",
        "card",
        "is the card with my photo and chip safe, could someone get at my data",
        "card:social:security",
    ),
    (
        "en",
        "card",
        "where can i use the city card the local government gave me",
        "card:citizen:scope",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "whats the difference between the card with my photo and the version of it on my phone",
        "cmp:social:esocial",
    ),
    (
        "en",
        "compare",
        "the hospital records card vs the city card i use on the bus, how are they different",
        "cmp:health:citizen",
    ),
    (
        "en",
        "compare",
        ("old bank medical card vs the medical insurance code on my phone, what's the difference"),
        "cmp:medical:emedical",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "is the hospital card with my health records a social security card too?",
        "faq:1",
    ),
    (
        "en",
        "faq",
        (
            "the card from the human resources and social security people, does that count as a "
            "social security card"
        ),
        "faq:4",
    ),
    (
        "en",
        "faq",
        "is the city card i use on the bus the same card as the one with my photo and chip?",
        "faq:3",
    ),
    ("en", "faq", "whats my social security number, is it the number on that photo card", "faq:10"),
    (
        "en",
        "faq",
        "when does my boss have to sign me up for the insurance that goes with the photo card",
        "faq:9",
    ),
    # ---------------- English: law (2) ----------------
    ("en", "law", "which law says the chip card has to work all over the country", "law:ssc-4"),
    (
        "en",
        "law",
        "the law article that says i can check my contribution records for free",
        "law:sil-74",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi there", "greeting"),
    ("en", "greeting", "thanks, yes that was the one with my photo", "greeting"),
    ("en", "greeting", "ok bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "voy al médico mañana, ¿cuál tarjeta llevo? ¿la de la foto con chip?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "para pagar en el hospital sirve la tarjeta que me dio la ciudad o la otra",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "¿con qué tarjeta compro medicinas en la farmacia? ¿la que tiene mi foto?",
        "task:pharmacy",
    ),
    ("es", "task", "en la farmacia me pidieron una tarjeta, ¿cuál de todas es?", "task:pharmacy"),
    (
        "es",
        "task",
        "quiero que me devuelvan lo que pagué en el hospital, ¿qué tarjeta uso?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "reembolso de gastos médicos, ¿es con la tarjeta vieja del banco o con la de la foto?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "¿dónde veo mi historial médico? ¿hay una tarjeta del hospital para eso?",
        "task:healthfile",
    ),
    ("es", "task", "consultar mi expediente de salud, ¿con cuál tarjeta?", "task:healthfile"),
    (
        "es",
        "task",
        "para hacer trámites del seguro médico por internet, ¿es ese código de la app?",
        "task:online",
    ),
    (
        "es",
        "task",
        "¿qué uso para gestionar el seguro médico en línea desde el móvil?",
        "task:online",
    ),
    (
        "es",
        "task",
        "mi suegra se jubila, ¿con qué tarjeta cobra la pensión? ¿la de la foto y el chip?",
        "task:pension",
    ),
    ("es", "task", "cobrar la jubilación, ¿qué tarjeta hace falta?", "task:pension"),
    (
        "es",
        "task",
        "me quedé sin trabajo, ¿cuál tarjeta necesito para cobrar el paro?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "subsidio de desempleo, ¿se pide con la tarjeta que da recursos humanos?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "me lesioné trabajando, ¿qué tarjeta uso para el seguro de accidentes laborales?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿cómo veo cuánto ha cotizado mi empresa por mí? ¿con la tarjeta del chip?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "quiero revisar mis aportes a la seguridad social, ¿qué tarjeta lo muestra?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "la tarjeta que uso en el metro, ¿cuál era? la de la ciudad creo",
        "task:transport",
    ),
    ("es", "task", "¿puedo pagar el autobús con alguna de estas tarjetas?", "task:transport"),
    (
        "es",
        "task",
        "¿qué tarjeta sirve para los servicios públicos de la ciudad, tipo sala de lectura?",
        "task:services",
    ),
    (
        "es",
        "task",
        "¿alguna de estas tarjetas me sirve como identificación? la de mi foto por ejemplo",
        "task:identity",
    ),
    ("es", "task", "¿cómo saco la tarjeta esa con mi foto y el chip?", "task:getsocial"),
    (
        "es",
        "task",
        "¿quién puede pedir la tarjeta de la seguridad social, la física de plástico?",
        "task:getsocial",
    ),
    ("es", "task", "¿cómo activo la versión del móvil de mi tarjeta con foto?", "task:getesocial"),
    ("es", "task", "quiero la tarjeta social en el celular, ¿qué necesito?", "task:getesocial"),
    ("es", "task", "¿cómo consigo el código del seguro médico en la app?", "task:getemedical"),
    (
        "es",
        "task",
        "¿cómo obtengo la tarjeta que da el gobierno local a los vecinos?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        "para el día a día, transporte y trámites de la ciudad, ¿qué tarjetas uso?",
        "tasks:life",
    ),
    (
        "es",
        "task",
        "todo lo de dinero: pensión, paro, reembolsos... ¿qué tarjeta para cada cosa?",
        "tasks:money",
    ),
    ("es", "task", "no sé qué tarjeta sirve para qué, ¿me ayudas a saber cuál necesito?", "tasks"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "tarjeta con foto", "card:social"),
    ("es", "short", "tarjeta del banco médica", "card:medical"),
    ("es", "short", "código app seguro médico", "card:emedical"),
    ("es", "short", "tarjeta del metro", ("task:transport", "card:citizen")),
    ("es", "short", "tarjeta de la ciudad", "card:citizen"),
    ("es", "short", "tarjeta del hospital historial", "card:health"),
    ("es", "short", "farmac", "task:pharmacy"),
    ("es", "short", "jubilac", "task:pension"),
    ("es", "short", "tarjeta social en el móvil", "card:esocial"),
    ("es", "short", "la del chip", "card:social"),
    ("es", "short", "tarjeta vieja del seguro médico", "card:medical"),
    ("es", "short", "paro", "task:unemployment"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "perdí la tarjeta con mi foto, ¿cómo la repongo?", "none"),
    ("es", "oos", "¿cuánto cuesta sacar la tarjeta de la ciudad?", "none"),
    ("es", "oos", "olvidé el PIN de la tarjeta del banco del seguro médico", "none"),
    ("es", "oos", "¿cuántos días tardan en darte la tarjeta con chip?", "none"),
    ("es", "oos", "¿a qué hora abre la oficina donde hacen la tarjeta de la foto?", "none"),
    ("es", "oos", "en Guangzhou, ¿qué papeles piden para la tarjeta de la ciudad?", "none"),
    ("es", "oos", "¿la tarjeta con mi foto me ayuda a renovar el visado?", "none"),
    ("es", "oos", "¿puedo declarar impuestos con la tarjeta del chip?", "none"),
    (
        "es",
        "oos",
        "¿cuánto me cuesta una consulta de dentista con el código del seguro en la app?",
        "none",
    ),
    ("es", "oos", "se me rompió la tarjeta de la foto, ¿funciona igual?", "none"),
    (
        "es",
        "oos",
        "¿puedo sacar efectivo en el cajero con la tarjeta que tiene mi número de banco?",
        "none",
    ),
    ("es", "oos", "si vuelvo a México, ¿me mandan la pensión allá?", "none"),
    ("es", "oos", "¿cómo cambio la foto de la tarjeta? salgo horrible", "none"),
    ("es", "oos", "¿el código del seguro médico de la app funciona en Macao?", "none"),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "¿qué es exactamente la tarjeta del hospital que guarda mis datos de salud?",
        "card:health",
    ),
    (
        "es",
        "card",
        "¿quién emite ese código del seguro médico que sale en el móvil?",
        "card:emedical:issuer",
    ),
    (
        "es",
        "card",
        "la tarjeta vieja del banco para el seguro médico, ¿es segura?",
        "card:medical:security",
    ),
    ("es", "card", "¿quién administra la tarjeta con mi foto y el chip?", "card:social:manager"),
    (
        "es",
        "card",
        "la tarjeta de la ciudad que uso en el bus, ¿quién la da?",
        "card:citizen:issuer",
    ),
    ("es", "card", "cuéntame de la tarjeta social que va en el móvil", "card:esocial"),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        ("¿en qué se diferencian la tarjeta del hospital y la vieja del banco del seguro médico?"),
        "cmp:medical:health",
    ),
    (
        "es",
        "compare",
        (
            "el código del seguro médico de la app y la tarjeta del hospital con mi historial, "
            "¿qué diferencia hay?"
        ),
        "cmp:emedical:health",
    ),
    (
        "es",
        "compare",
        ("la tarjeta social del móvil frente a la tarjeta de la ciudad del bus, ¿en qué cambian?"),
        "cmp:esocial:citizen",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        (
            "la tarjeta del seguro médico que me dio el banco, ¿es la misma que la de seguridad "
            "social con mi foto?"
        ),
        "faq:2",
    ),
    (
        "es",
        "faq",
        "el código del seguro médico del móvil y la tarjeta social del móvil, ¿son lo mismo?",
        "faq:5",
    ),
    ("es", "faq", "¿qué tipos de seguro social existen?", "faq:6"),
    ("es", "faq", "¿qué tipos de tarjeta de seguridad social hay? la mía dice personal", "faq:8"),
    ("es", "faq", "la tarjeta con chip, ¿qué guarda y para qué me sirve?", "faq:7"),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        "¿qué artículo de la ley dice que la empresa tiene 30 días para darme de alta?",
        "law:sil-58",
    ),
    (
        "es",
        "law",
        "¿dónde dice la ley los principios del seguro social, eso de amplia cobertura?",
        "law:sil-3",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola buenas", "greeting"),
    ("es", "greeting", "muchas gracias, era la del chip jaja", "greeting"),
    ("es", "greeting", "vale, hasta luego", "greeting"),
)
