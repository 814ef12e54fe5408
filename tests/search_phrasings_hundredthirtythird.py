"""Hundred-and-thirty-third phrasing set (negative / confirm-a-guess askers), written blind from
the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDTHIRTYTHIRD: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task", "i don't need the citizen card for the bus, right?", "task:transport"),
    (
        "en",
        "task",
        "so I can't use my social security card to buy meds at the pharmacy?",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "the health card isn't what gets my medical bills reimbursed, is it?",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "I can't pull up my health file with the social security card, can I?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "pension payouts don't go through the citizen card, right? it's the social security one?",
        "task:pension",
    ),
    (
        "en",
        "task",
        "just got laid off. I don't need the medical insurance card to claim unemployment, do I?",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "hurt my back at the warehouse... the health card isn't what I use for work injury "
            "benefits, right?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "there's no way to check what my company paid in for me without going to the bureau, "
            "is there?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        "the social security card won't get me through the subway gates, will it",
        "task:transport",
    ),
    (
        "en",
        "task",
        "the city library won't take my social security card, only the citizen card, right?",
        "task:services",
    ),
    (
        "en",
        "task",
        "the citizen card can't actually prove who I am like an ID does, can it?",
        "task:identity",
    ),
    (
        "en",
        "task",
        "I don't need the plastic card to do medical insurance stuff on my phone, right?",
        "task:online",
    ),
    (
        "en",
        "task",
        "seeing a doctor, I don't need the health card if I've got the social security card, do I?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "registering at the hospital front desk... the citizen card won't work for that, will it?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "I can't get the electronic social security card without having the physical one "
            "first, can I?"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "I'm a freelance designer so I can't sign up for social insurance on my own, right?",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "the electronic medical insurance certificate is only for people already in medical "
            "insurance, isn't it?"
        ),
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "citizen cards are only for local residents, aren't they? who actually qualifies",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        (
            "starting a new job monday. the company doesn't deal with my social security card, I "
            "do, right?"
        ),
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "the citizen card's e-wallet can't pay for cold medicine at a drugstore, can it?",
        "task:pharmacy",
    ),
    ("en", "task", "renting a car with the citizen card isn't a thing, is it?", "task:transport"),
    (
        "en",
        "task",
        "I can't register as a job seeker with my social security card, can I?",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "as a new mom, I guess I can't see my maternity insurance payments anywhere, can I?",
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "the old medical insurance card isn't what I'd use for a disability assessment after a "
            "work accident, is it?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "medical insurance business online... I can't do any of it without the e-certificate, "
            "can I?"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        "there's no single card that covers doctor, meds and reimbursement, is there?",
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "money stuff like pension and unemployment pay, that's all the social security card, "
            "right?"
        ),
        "tasks:money",
    ),
    (
        "en",
        "task",
        "day to day things like buses and the library don't need the social security card, right?",
        "tasks:life",
    ),
    (
        "en",
        "task",
        "getting one of these cards isn't just walk in and ask, is it? what do I have to do",
        "tasks:getcard",
    ),
    (
        "en",
        "task",
        "honestly lost here. you can't just show me which card I need for what, can you?",
        "tasks",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "citizen card?", "card:citizen"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "elect", ("card:esocial", "card:emedical")),
    ("en", "short", "old medical card?", "card:medical"),
    ("en", "short", "hr card?", ("card:social", "faq:4")),
    ("en", "short", "bus?", "task:transport"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "sil 58", "law:sil-58"),
    ("en", "short", "cards?", "cards"),
    ("en", "short", "reimburse?", "task:reimburse"),
    ("en", "short", "e-medical cert", "card:emedical"),
    ("en", "short", "ss number", "faq:10"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "if I lose my social security card I can't get a new one the same day, right?",
        "none",
    ),
    ("en", "oos", "there's no fee for the citizen card, is there?", "none"),
    ("en", "oos", "foreigners can't get a citizen card in Hangzhou, right?", "none"),
    ("en", "oos", "the social security card doesn't expire, does it?", "none"),
    ("en", "oos", "it won't take more than a month for my card to arrive, will it?", "none"),
    ("en", "oos", "the social security office isn't open on weekends, is it?", "none"),
    (
        "en",
        "oos",
        "I can't take my pension contributions with me when I leave China for good, can I?",
        "none",
    ),
    (
        "en",
        "oos",
        "moving from Chengdu to Beijing, my card won't just carry over, will it?",
        "none",
    ),
    ("en", "oos", "I can't switch the bank linked to my social security card, can I?", "none"),
    ("en", "oos", "the card's PIN can't be reset online, right?", "none"),
    ("en", "oos", "I don't need a medical check-up to get a health card, do I?", "none"),
    ("en", "oos", "my long English passport name won't fit on the card, will it?", "none"),
    (
        "en",
        "oos",
        "the electronic social security card can't be added to WeChat Pay, can it?",
        "none",
    ),
    (
        "en",
        "oos",
        "Shenzhen doesn't merge the citizen card and social security card yet, does it?",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "the social security card is issued by the HR and social security department, isn't it?",
        "card:social:issuer",
    ),
    (
        "en",
        "card",
        "the old medical insurance card isn't really a thing anymore, is it? what even was it",
        "card:medical",
    ),
    (
        "en",
        "card",
        (
            "so the electronic medical insurance certificate is basically my ID for medical "
            "insurance online and nothing else?"
        ),
        "card:emedical:function",
    ),
    (
        "en",
        "card",
        "the health card doesn't record my pension stuff, does it? just health info?",
        "card:health:records",
    ),
    (
        "en",
        "card",
        "the citizen card isn't a social insurance card at all, it's more of an ID thing, right?",
        "card:citizen:what",
    ),
    (
        "en",
        "card",
        (
            "the electronic social security card isn't a separate card, it just mirrors the "
            "physical one, right?"
        ),
        "card:esocial:form",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "the electronic social security card and the plastic one aren't interchangeable, are "
            "they? what's different"
        ),
        "cmp:social:esocial",
    ),
    (
        "en",
        "compare",
        (
            "the old medical insurance card and the electronic medical insurance certificate "
            "aren't the same kind of thing, right?"
        ),
        "cmp:medical:emedical",
    ),
    (
        "en",
        "compare",
        "health card vs citizen card, they're not the same, right? how do they differ",
        "cmp:health:citizen",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "the health card isn't a social security card, is it?",
        ("faq:1", "cmp:social:health"),
    ),
    (
        "en",
        "faq",
        (
            "an HR and social security card is still just a social security card, right? not a "
            "separate one?"
        ),
        "faq:4",
    ),
    (
        "en",
        "faq",
        "my employer doesn't have to register me for social insurance right away, do they?",
        ("faq:9", "law:sil-58"),
    ),
    ("en", "faq", "my social security number isn't simply my ID number, is it?", "faq:10"),
    (
        "en",
        "faq",
        (
            "it's only pension and medical insurance, there aren't other kinds of social "
            "insurance, are there?"
        ),
        "faq:6",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        (
            "article 74 of the social insurance law doesn't let me check my own contribution "
            "records, does it?"
        ),
        "law:sil-74",
    ),
    (
        "en",
        "law",
        (
            "article 3 of the social security card measures doesn't say the ministry manages "
            "issuance, does it?"
        ),
        "law:ssc-3",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi! this bot does English, right?", "greeting"),
    ("en", "greeting", "thanks, that cleared it up, didn't it lol", "greeting"),
    ("en", "greeting", "ok bye, I won't need anything else, will I", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "no necesito la tarjeta ciudadana para el autobús, ¿verdad?", "task:transport"),
    (
        "es",
        "task",
        "con la tarjeta de seguridad social no puedo comprar medicinas en la farmacia, ¿no?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "para que me reembolsen los gastos médicos no sirve la tarjeta sanitaria, ¿cierto?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "mi historial clínico no lo puedo consultar con la tarjeta de seguridad social, ¿verdad?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "no hace falta la tarjeta física para la electrónica, ¿verdad?",
        "task:getesocial",
    ),
    ("es", "task", "para cobrar la pensión no me vale la tarjeta ciudadana, ¿no?", "task:pension"),
    (
        "es",
        "task",
        "el paro no lo tramito con la tarjeta del seguro médico, ¿o sí?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "si me lesiono en la fábrica, la tarjeta sanitaria no me sirve para las prestaciones, "
            "¿verdad?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "no puedo ver cuánto ha cotizado mi empresa por mí sin ir a la oficina, ¿no?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "en el metro no aceptan la tarjeta de seguridad social, verdad?",
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "la biblioteca municipal no me deja entrar con la de seguridad social, solo con la "
            "ciudadana, ¿no?"
        ),
        "task:services",
    ),
    (
        "es",
        "task",
        "la tarjeta ciudadana no sirve como documento de identidad, ¿o sí?",
        "task:identity",
    ),
    (
        "es",
        "task",
        (
            "los trámites del seguro médico no se pueden hacer desde el móvil, hay que ir en "
            "persona, ¿verdad?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        (
            "para ir al médico no necesito la tarjeta sanitaria si ya tengo la de seguridad "
            "social, ¿no?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "el certificado electrónico de seguro médico solo lo pueden sacar los que ya tienen "
            "seguro médico, ¿verdad?"
        ),
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "la tarjeta ciudadana solo se la dan a los residentes locales, ¿no? ¿quién la puede pedir?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        "soy autónomo, así que no puedo darme de alta yo solo en el seguro social, ¿verdad?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "pagar en la caja del hospital con la tarjeta ciudadana no se puede, ¿verdad?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "alquilar un coche con la tarjeta ciudadana no es posible, ¿no?",
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "no puedo inscribirme como demandante de empleo con la tarjeta de seguridad social, "
            "¿verdad?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "lo que llevo acumulado en la pensión no se puede consultar con la tarjeta, ¿no?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "para la valoración de incapacidad tras un accidente laboral no uso la tarjeta médica "
            "antigua, ¿verdad?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "el monedero electrónico de la tarjeta ciudadana no sirve para pagar medicamentos, ¿o sí?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "la tarjeta de seguridad social no vale como un segundo carnet de identidad, ¿verdad?",
        ("task:identity", "card:social:function"),
    ),
    (
        "es",
        "task",
        "sacar número en el hospital con la tarjeta sanitaria no se puede, ¿o sí?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "para todo lo de salud, médico, medicinas, reembolsos, no hay una sola tarjeta, ¿verdad?",
        "tasks:care",
    ),
    (
        "es",
        "task",
        "los temas de dinero, pensión, paro y eso, no van con la tarjeta sanitaria, ¿no?",
        "tasks:money",
    ),
    (
        "es",
        "task",
        (
            "para el día a día, transporte, bibliotecas... no me hace falta la de seguridad "
            "social, ¿verdad?"
        ),
        "tasks:life",
    ),
    (
        "es",
        "task",
        "sacar estas tarjetas no es tan fácil como ir y pedirlas, ¿verdad? ¿qué tengo que hacer?",
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        "no sé ni por dónde empezar... no hay una guía de qué tarjeta uso para cada cosa, ¿no?",
        "tasks",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "tarjeta ciudadana?", "card:citizen"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "electrónic", ("card:esocial", "card:emedical")),
    ("es", "short", "tarjeta seguridad social", "card:social"),
    ("es", "short", "certificado electrónico médico", "card:emedical"),
    ("es", "short", "metro?", "task:transport"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "ley seguro social", "law"),
    ("es", "short", "historial médico", "task:healthfile"),
    ("es", "short", "tarjetas?", "cards"),
    ("es", "short", "jubilación", "task:pension"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "no cobran nada por sacar la tarjeta de seguridad social, ¿verdad?", "none"),
    ("es", "oos", "si pierdo la tarjeta física no pierdo también la electrónica, ¿no?", "none"),
    (
        "es",
        "oos",
        "los extranjeros no pueden sacar la tarjeta ciudadana en Shanghái, ¿cierto?",
        "none",
    ),
    ("es", "oos", "la oficina de la seguridad social no abre los sábados, ¿no?", "none"),
    ("es", "oos", "no tarda más de dos semanas en llegar la tarjeta, ¿verdad?", "none"),
    ("es", "oos", "no puedo llevarme lo cotizado si me vuelvo a México, ¿o sí?", "none"),
    ("es", "oos", "la tarjeta de seguridad social no caduca nunca, ¿verdad?", "none"),
    (
        "es",
        "oos",
        "no hace falta que la tarjeta lleve mi nombre en caracteres chinos, ¿no?",
        "none",
    ),
    ("es", "oos", "no puedo cambiar el banco vinculado a la tarjeta, ¿verdad?", "none"),
    (
        "es",
        "oos",
        "en Pekín la tarjeta ciudadana y la de seguridad social ya son una sola, ¿no?",
        "none",
    ),
    (
        "es",
        "oos",
        "el certificado electrónico de seguro médico no se puede activar en Alipay, ¿verdad?",
        "none",
    ),
    ("es", "oos", "no me pueden negar el reembolso si voy a una clínica privada, ¿no?", "none"),
    ("es", "oos", "si me mudo a otra ciudad no tengo que sacar otra tarjeta, ¿verdad?", "none"),
    ("es", "oos", "la contraseña de la tarjeta no se puede recuperar por internet, ¿no?", "none"),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        (
            "la tarjeta de seguridad social no es muy segura, ¿o sí? me da miedo que me roben los "
            "datos"
        ),
        "card:social:security",
    ),
    (
        "es",
        "card",
        (
            "el certificado electrónico de seguro médico no lo emite Recursos Humanos, ¿verdad? "
            "¿quién entonces?"
        ),
        "card:emedical:issuer",
    ),
    (
        "es",
        "card",
        (
            "la tarjeta sanitaria no la gestiona el ministerio sino el departamento de salud "
            "local, ¿no?"
        ),
        "card:health:manager",
    ),
    (
        "es",
        "card",
        "la tarjeta ciudadana no sirve solo para identificarse, ¿verdad? ¿qué más hace?",
        "card:citizen:function",
    ),
    (
        "es",
        "card",
        (
            "la tarjeta electrónica de seguridad social no la gestiona cada ciudad por su cuenta, "
            "¿o sí?"
        ),
        "card:esocial:manager",
    ),
    (
        "es",
        "card",
        "mi tarjeta de seguridad social no vale fuera de mi provincia, ¿verdad?",
        "card:social:scope",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "la tarjeta sanitaria y la de seguridad social no se diferencian solo en el nombre, "
            "¿verdad? ¿en qué cambian?"
        ),
        ("cmp:social:health", "faq:1"),
    ),
    (
        "es",
        "compare",
        (
            "el certificado electrónico de seguro médico y la tarjeta sanitaria no son lo mismo, "
            "¿no? las dos son de salud"
        ),
        "cmp:emedical:health",
    ),
    (
        "es",
        "compare",
        (
            "la tarjeta electrónica de seguridad social no es igual que la física, ¿verdad? ¿qué "
            "cambia entre ellas?"
        ),
        "cmp:social:esocial",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        "la tarjeta de seguridad social y la del seguro médico no son la misma, ¿verdad?",
        ("faq:2", "cmp:social:medical"),
    ),
    (
        "es",
        "faq",
        "la tarjeta ciudadana no es la misma que la de seguridad social, ¿no?",
        ("faq:3", "cmp:social:citizen"),
    ),
    (
        "es",
        "faq",
        (
            "el certificado electrónico de seguro médico y la tarjeta electrónica de seguridad "
            "social no son lo mismo, ¿verdad?"
        ),
        ("faq:5", "cmp:esocial:emedical"),
    ),
    (
        "es",
        "faq",
        (
            "la tarjeta de seguridad social no guarda más que mi nombre, ¿verdad? ¿qué registra y "
            "para qué me sirve?"
        ),
        "faq:7",
    ),
    (
        "es",
        "faq",
        "no hay varios tipos de tarjeta de seguridad social, ¿verdad? es una sola para todos",
        "faq:8",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        (
            "el artículo 3 de la Ley de Seguro Social no dice nada de que la cobertura tenga que "
            "ser amplia, ¿o sí?"
        ),
        "law:sil-3",
    ),
    (
        "es",
        "law",
        (
            "el artículo 4 de las Medidas sobre tarjetas de seguridad social no obliga a que valga "
            "en todo el país, ¿no?"
        ),
        "law:ssc-4",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, aquí se puede preguntar en español, ¿no?", "greeting"),
    ("es", "greeting", "gracias, ya está, ¿no? jaja", "greeting"),
    ("es", "greeting", "bueno, adiós y gracias", "greeting"),
)
