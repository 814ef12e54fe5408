"""Hundred-and-forty-fifth phrasing set (halting voice), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDFORTYFIFTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "uh so which, which card do I, no sorry, what do I show at the hospital to, um, to "
            "register and see a doctor"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "okay um I need to buy medicine at the, the chemist, the pharmacy I mean, which card "
            "works there"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "my son had surgery and uh we paid it all ourselves, how do we get, how do we get the "
            "money back, the reimbursement thing"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "where can I look at my, um, my health file, no, like my medical history, my records",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "I wanna do my medical insurance stuff on my phone, like, uh, online, what do I, what "
            "do I need for that"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "my dad, sorry, my father-in-law is retiring next month, which card does he use to get "
            "his, uh, his pension"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "I lost my job, well, not lost, I got laid off, ugh, which card do I need for the "
            "unemployment money"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "hurt my hand at the factory, uh, at work I mean, which card do I use for the work "
            "injury, the benefits"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "how do I check, um, what my company has actually been paying in, the contributions, "
            "for my social insurance"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        "can I tap the, um, the medical card, no no, the citizen card on the subway",
        "task:transport",
    ),
    (
        "en",
        "task",
        "the library, er, the public reading room, is there a card that gets me in there",
        "task:services",
    ),
    (
        "en",
        "task",
        "I need something to prove who I am, like an ID, uh, not my passport, one of these cards",
        "task:identity",
    ),
    (
        "en",
        "task",
        "how do I get the social, uh, the social security card, the actual plastic one",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "the electronic social security, the e-card thing, um, how do I activate it, do I need "
            "something first"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "who's allowed to get the electronic medical, the, uh, e medical insurance certificate",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "I just moved here, um, can I apply for the city card, the citizen card I mean, how",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        (
            "uh what do I, what should I even do first, like give me the overview of the stuff I "
            "need to do"
        ),
        "tasks",
    ),
    (
        "en",
        "task",
        (
            "okay, um, health care stuff, doctors, medicine, all that, what are all the things I "
            "can do"
        ),
        "tasks:care",
    ),
    (
        "en",
        "task",
        "the money side, uh, pension, unemployment, you know, all the money stuff, show me that",
        "tasks:money",
    ),
    (
        "en",
        "task",
        "daily life things, like buses and, um, everyday stuff around town, what's there for that",
        "tasks:life",
    ),
    (
        "en",
        "task",
        "getting a card, um, all of them, which ones can I get and, uh, how",
        "tasks:getcard",
    ),
    (
        "en",
        "task",
        (
            "at the clinic they want me to, uh, pay at the counter, can I pay with, hmm, with the "
            "health card there"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "I'm a nurse, so, uh, not a patient's records, no, MY records, I want to look up my "
            "own medical history"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "grandma needs her blood pressure pills, her medicine I mean, at the drugstore, she's "
            "got the citizen card, does that, does that work"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "I'm freelance, er, self-employed, how do I see the total, the accumulated amount, in "
            "my pension and medical insurance"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "at the hospital can I, um, pay straight out of my medical insurance personal account, "
            "which card does that"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        "renting a car, uh, car rental, someone told me one of these cards can pay for that",
        "task:transport",
    ),
    (
        "en",
        "task",
        "job-seeking registration, no, wait, unemployment registration, which card do I bring",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "I got sick from the, uh, the chemicals at work, occupational disease or whatever, "
            "which card for the benefits"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "I'm stuck at home, uh, can't go out, can I handle my medical insurance business from "
            "the app, like which ID do I use"
        ),
        "task:online",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "uh… citizen card", "card:citizen"),
    ("en", "short", "um, elect", ("card:esocial", "card:emedical")),
    ("en", "short", "pension, uh", "task:pension"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "um… bus", "task:transport"),
    ("en", "short", "social insur… insurance law", "law"),
    ("en", "short", "the, uh, medical card", "card:medical"),
    ("en", "short", "HR card", "card:social"),
    ("en", "short", "uh pharmacy", "task:pharmacy"),
    ("en", "short", "cards? um", "cards"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "hm, e social", "card:esocial"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "I lost my, uh, my social security card, no, actually I think it got stolen, what do I do",
        "none",
    ),
    ("en", "oos", "how much does it cost, um, the fee, to get a citizen card", "none"),
    (
        "en",
        "oos",
        "how long does it take, uh, for the social security card to be ready, like weeks or",
        "none",
    ),
    (
        "en",
        "oos",
        "where's the office, um, the social security bureau in, uh, Chaoyang district",
        "none",
    ),
    (
        "en",
        "oos",
        "as a foreigner, um, an expat I mean, am I even allowed to get the citizen card",
        "none",
    ),
    (
        "en",
        "oos",
        "in Shenzhen, uh, no, Guangzhou, do they have their own rules for the health card",
        "none",
    ),
    (
        "en",
        "oos",
        "I forgot the PIN, uh, the password for my social security card, how do I reset it",
        "none",
    ),
    (
        "en",
        "oos",
        "can I link my, uh, Alipay, no, WeChat Pay, to the electronic social security card",
        "none",
    ),
    (
        "en",
        "oos",
        "if I leave China, um, go back home for good, can I take my pension contributions out",
        "none",
    ),
    ("en", "oos", "my card's, uh, expired, how do I renew the social security card", "none"),
    (
        "en",
        "oos",
        "what's the, um, the contribution rate, the percentage of my salary I pay each month",
        "none",
    ),
    ("en", "oos", "can my kids, er, my children, be added onto my medical insurance", "none"),
    ("en", "oos", "does the health card work in Hong Kong, uh, or Macau", "none"),
    ("en", "oos", "can I change the photo, um, the picture on my card, it's awful", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "so what, what is the, um, citizen card exactly", "card:citizen:what"),
    (
        "en",
        "card",
        "tell me about the, uh, electronic medical… certificate, yeah that one",
        "card:emedical",
    ),
    (
        "en",
        "card",
        "who issues the, uh, medical insurance card, the old one",
        "card:medical:issuer",
    ),
    (
        "en",
        "card",
        "is the social security card, um, safe, like secure, can people copy it",
        "card:social:security",
    ),
    (
        "en",
        "card",
        "what does the health card, uh, keep on record, what's on it",
        "card:health:records",
    ),
    (
        "en",
        "card",
        "the electronic social security card, is it, uh, a real card or just on the phone",
        "card:esocial:form",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "the old medical card and the, uh, the electronic medical thing, how are they different",
        "cmp:medical:emedical",
    ),
    (
        "en",
        "compare",
        "health card or, um, citizen card, what's the difference, I keep mixing them up",
        "cmp:health:citizen",
    ),
    (
        "en",
        "compare",
        (
            "compare the social security card with, uh, no, the physical social security card with "
            "the electronic one"
        ),
        "cmp:social:esocial",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "wait, the citizen card, um, and the social security card, is that, are they one card",
        "faq:3",
    ),
    (
        "en",
        "faq",
        "is the e-medical certificate, uh, the same as the electronic social security card",
        "faq:5",
    ),
    ("en", "faq", "what kinds of, uh, social insurance even exist, like what types", "faq:6"),
    (
        "en",
        "faq",
        "when does my, uh, new employer have to, um, register me for social insurance",
        "faq:9",
    ),
    ("en", "faq", "what's my, uh, social security number, is it a separate number or", "faq:10"),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        (
            "the measures on social security cards, article, uh, 2, no wait, article 3, what does "
            "it say"
        ),
        "law:ssc-3",
    ),
    (
        "en",
        "law",
        "the social insurance law, um, article 74, what's it say about my, my records",
        "law:sil-74",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "uh, hi, hello, is this, is this the card bot", "greeting"),
    ("en", "greeting", "okay thanks, thank you, that, that helped", "greeting"),
    ("en", "greeting", "alright, um, bye, bye-bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "eh, para ir al médico, o sea, para registrarme en el hospital, ¿qué tarjeta llevo?",
        "task:hospital",
    ),
    ("es", "task", "este… ¿con cuál compro medicinas en la, en la farmacia?", "task:pharmacy"),
    (
        "es",
        "task",
        (
            "pagué una consulta, digo, una operación, y quiero que me devuelvan la plata, el "
            "reembolso, ¿con qué tarjeta?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "quiero ver mi, eh, mi historial, mi expediente de salud, ¿cuál me sirve?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "¿puedo hacer los trámites del seguro médico desde el celular, en línea digo? ¿con qué?",
        "task:online",
    ),
    (
        "es",
        "task",
        "mi madre se jubila, bueno, ya se jubiló, ¿con qué tarjeta cobra la pensión?",
        "task:pension",
    ),
    (
        "es",
        "task",
        (
            "me quedé sin trabajo, o sea, me despidieron, ¿cómo pido el subsidio de paro, de "
            "desempleo?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "me caí en la obra, eh, un accidente laboral, ¿qué tarjeta uso para las prestaciones?",
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "¿cómo consulto lo que, eh, lo que la empresa ha pagado al seguro social, las "
            "cotizaciones?"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        "eh, la tarjeta de… ¿cómo se llama?… la del ciudadano, ¿sirve para el metro?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "¿hay alguna tarjeta para la biblioteca, bueno, para la sala de lectura pública?",
        "task:services",
    ),
    (
        "es",
        "task",
        "necesito algo para demostrar quién soy, para identificarme, eh, aparte del pasaporte",
        "task:identity",
    ),
    (
        "es",
        "task",
        "¿cómo saco la tarjeta de seguridad social, la física, la de plástico?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        (
            "la versión electrónica de la de seguridad social, ¿cómo la activo? ¿necesito la otra "
            "primero?"
        ),
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "el certificado electrónico del, eh, del seguro médico, ¿quién lo puede sacar?",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "¿cómo consigo la tarjeta de la ciudad, digo, la tarjeta de ciudadano?",
        "task:getcitizen",
    ),
    ("es", "task", "a ver, eh, ¿qué tengo que hacer yo? dame la guía general, lo básico", "tasks"),
    ("es", "task", "todo lo de salud, médicos, medicinas, eh, ¿qué opciones hay?", "tasks:care"),
    ("es", "task", "lo del dinero, pensión, paro, todo eso, ¿qué trámites hay?", "tasks:money"),
    (
        "es",
        "task",
        "para el día a día, el autobús, la biblioteca, eh, ¿qué cosas puedo hacer?",
        "tasks:life",
    ),
    ("es", "task", "sacar una tarjeta, eh, ¿cuáles se pueden sacar y cómo?", "tasks:getcard"),
    (
        "es",
        "task",
        "en la farmacia, no, en la ventanilla del hospital, ¿puedo pagar con la tarjeta de salud?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "soy profesora, eh, bueno, da igual, quiero consultar mis registros médicos, ¿con cuál?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "mi abuelo necesita sus, eh, sus pastillas, ¿la tarjeta del ciudadano vale en la farmacia?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "¿cuánto llevo acumulado en la pensión y, eh, en el seguro médico? ¿dónde lo veo?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "alquilar un coche, eh, un auto, ¿hay alguna tarjeta que sirva para pagar eso?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "el registro de, eh, de búsqueda de empleo, no, el de desempleo, ¿qué tarjeta llevo?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "enfermedad profesional, eh, me enfermé por el trabajo, ¿con qué tarjeta pido la "
            "prestación?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "quiero pagar, eh, con la cuenta personal del seguro médico en el hospital, ¿con cuál "
            "tarjeta?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "estoy en casa y, eh, quiero hacer lo del seguro médico por internet, ¿con qué me "
            "identifico?"
        ),
        "task:online",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "eh… farma", "task:pharmacy"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "la de salud", "card:health"),
    ("es", "short", "eh, pensión", "task:pension"),
    ("es", "short", "seguridad… social", "card:social"),
    ("es", "short", "electr… electrónica", ("card:esocial", "card:emedical")),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "tarjeta médica vieja", "card:medical"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "ley de seguro social", "law"),
    ("es", "short", "eh, tarjetas", "cards"),
    ("es", "short", "certificado electrónico", "card:emedical"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        "perdí la, eh, la tarjeta de seguridad social, bueno, me la robaron, ¿qué hago?",
        "none",
    ),
    ("es", "oos", "¿cuánto cuesta, eh, sacar la tarjeta del ciudadano?", "none"),
    ("es", "oos", "¿cuánto tarda en llegar la tarjeta, eh, la de seguridad social?", "none"),
    ("es", "oos", "¿dónde queda la oficina, eh, la de seguridad social en Chengdu?", "none"),
    (
        "es",
        "oos",
        "soy extranjero, eh, mexicano, ¿tengo derecho a la tarjeta de ciudadano?",
        "none",
    ),
    ("es", "oos", "en Hangzhou, no, en Suzhou, ¿tienen reglas propias para la tarjeta?", "none"),
    ("es", "oos", "se me olvidó la contraseña, eh, el PIN de la tarjeta, ¿cómo lo cambio?", "none"),
    (
        "es",
        "oos",
        "si me vuelvo a mi país, eh, ¿puedo recuperar lo que aporté a la pensión?",
        "none",
    ),
    ("es", "oos", "¿qué porcentaje del sueldo, eh, me descuentan para el seguro social?", "none"),
    ("es", "oos", "mi tarjeta caducó, bueno, está por vencer, ¿cómo la renuevo?", "none"),
    ("es", "oos", "¿puedo meter a mi esposa, eh, a mi familia, en mi seguro médico?", "none"),
    ("es", "oos", "¿la tarjeta de salud sirve en Hong Kong, eh, o en Macao?", "none"),
    ("es", "oos", "¿puedo cambiar la foto, eh, la de la tarjeta, que salgo fatal?", "none"),
    (
        "es",
        "oos",
        "si cambio de ciudad, eh, de trabajo y de ciudad, ¿qué pasa con mi tarjeta?",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "¿qué es la tarjeta de, eh, de recursos humanos y seguridad social?",
        "card:social:what",
    ),
    (
        "es",
        "card",
        "¿quién emite, eh, el certificado electrónico del seguro médico?",
        "card:emedical:issuer",
    ),
    ("es", "card", "háblame de la tarjeta de salud, eh, todo lo que sepas", "card:health"),
    (
        "es",
        "card",
        "la tarjeta electrónica de seguridad social, ¿quién la gestiona, eh, la administra?",
        "card:esocial:manager",
    ),
    (
        "es",
        "card",
        "¿qué ley, eh, qué normativa regula la tarjeta de seguridad social?",
        "card:social:legal",
    ),
    (
        "es",
        "card",
        "la vieja, eh, la tarjeta del seguro médico antigua, ¿para qué servía?",
        "card:medical:function",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "compárame la tarjeta de seguridad social con, eh, con la del seguro médico, la vieja",
        ("cmp:social:medical", "faq:2"),
    ),
    (
        "es",
        "compare",
        "¿en qué se diferencia la tarjeta ciudadana de la, eh, de la de seguridad social?",
        ("cmp:social:citizen", "faq:3"),
    ),
    (
        "es",
        "compare",
        (
            "el certificado médico electrónico contra, eh, la física de seguridad social, no, la "
            "electrónica, ¿qué diferencias hay?"
        ),
        ("cmp:esocial:emedical", "faq:5"),
    ),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "la tarjeta de salud, eh, ¿es una tarjeta de seguridad social o no?", "faq:1"),
    (
        "es",
        "faq",
        (
            "las tarjetas de recursos humanos y, eh, seguridad social, ¿son tarjetas de seguridad "
            "social?"
        ),
        "faq:4",
    ),
    (
        "es",
        "faq",
        "¿qué guarda la tarjeta de seguridad social y, eh, qué puedo hacer con ella?",
        "faq:7",
    ),
    ("es", "faq", "¿cuántos tipos de, eh, de tarjeta de seguridad social hay?", "faq:8"),
    (
        "es",
        "faq",
        (
            "empecé en un trabajo nuevo, eh, ¿en cuánto tiempo me tiene que inscribir la empresa "
            "en el seguro social?"
        ),
        "faq:9",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        "el artículo, eh, el tercero de la ley de seguro social, ¿qué dice?",
        "law:sil-3",
    ),
    (
        "es",
        "law",
        "el artículo 74, no, perdón, el 75 de la ley de seguro social, ¿de qué trata?",
        "law:sil-75",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, eh, buenas, ¿hola?", "greeting"),
    ("es", "greeting", "vale, gracias, eh, muchas gracias", "greeting"),
    ("es", "greeting", "bueno, eh, chao, hasta luego", "greeting"),
)
