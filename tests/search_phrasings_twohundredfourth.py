"""Two-hundred-and-fourth phrasing set (school parents), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

TWOHUNDREDFOURTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (20) ----------------
    (
        "en", "task",
        "hi po my son has fever, which card do i bring to the hospital",
        "task:hospital",
    ),
    (
        "en", "task",
        "need to buy paracetamol syrup for my daughter at the drugstore, what card can i use?",
        "task:pharmacy",
    ),
    (
        "en", "task",
        "we paid out of pocket for my kid's appendix operation, pano ma-reimburse the "
        "hospital bill",
        "task:reimburse",
    ),
    (
        "en", "task",
        "school nurse is asking for my child's past check-up results, how do i look up her "
        "health file",
        "task:healthfile",
    ),
    (
        "en", "task",
        "kids take the subway to school everyday, what card for the fare",
        "task:transport",
    ),
    (
        "en", "task",
        "enrolment office wants proof of who i am as the parent, which card proves identity here?",
        "task:identity",
    ),
    (
        "en", "task",
        "want to bring the kids to the public reading room on weekends, which card do we need",
        "task:services",
    ),
    (
        "en", "task",
        "no time to line up after the school run, can i do the medical insurance stuff "
        "online? w/ what card",
        "task:online",
    ),
    (
        "en", "task",
        "my lola lives with us and helps with the kids, she wants to draw her pension, what card",
        "task:pension",
    ),
    (
        "en", "task",
        "just got laid off and school fees are coming, how do i claim unemployment benefits",
        "task:unemployment",
    ),
    (
        "en", "task",
        "hubby got hurt at the factory, which card is for work injury benefits po",
        "task:injury",
    ),
    (
        "en", "task",
        "how can i check how much my company actually paid into my social insurance",
        "task:contributions",
    ),
    (
        "en", "task",
        "new employer says i need a social security card before they pay me, how do i get one",
        "task:getsocial",
    ),
    ("en", "task", "pano kumuha ng electronic social security card sa phone?", "task:getesocial"),
    (
        "en", "task",
        "clinic asked for the QR of the e medical insurance certificate for my kid's "
        "check-up, how do i get that",
        "task:getemedical",
    ),
    ("en", "task", "can my 10 yr old apply for a citizen card or adults only", "task:getcitizen"),
    (
        "en", "task",
        "annual physical exam for school at the hospital, which card to pay the registration",
        "task:hospital",
    ),
    (
        "en", "task",
        "bus card for my teenager going to high school, is it the citizen card?",
        "task:transport",
    ),
    (
        "en", "task",
        "my youngest needs vitamins and cough meds from the pharmacy, can i use a card to pay",
        "task:pharmacy",
    ),
    (
        "en", "task",
        "where do i apply for the social security card, me and my husband both need one",
        "task:getsocial",
    ),
    # ---------------- English: short (18) ----------------
    ("en", "short", "sss card", "card:social"),
    ("en", "short", "philhealth card", "card:medical"),
    ("en", "short", "helth card", "card:health"),
    ("en", "short", "citizen crd", "card:citizen"),
    ("en", "short", "e-social card", "card:esocial"),
    ("en", "short", "emedical", "card:emedical"),
    ("en", "short", "botika", "task:pharmacy"),
    ("en", "short", "check-up", "task:hospital"),
    ("en", "short", "reimbursmnt", "task:reimburse"),
    ("en", "short", "pens", "task:pension"),
    ("en", "short", "MRT card", "task:transport"),
    ("en", "short", "unemployment", "task:unemployment"),
    ("en", "short", "sss number", "faq:10"),
    ("en", "short", "art 58", "law:sil-58"),
    ("en", "short", "health file", "task:healthfile"),
    ("en", "short", "enrolment", "none"),
    ("en", "short", "lost card", "none"),
    ("en", "short", "tuition fee", "none"),
    # ---------------- English: oos (18) ----------------
    (
        "en", "oos",
        "how much to replace my son's social security card, he lost it at school",
        "none",
    ),
    ("en", "oos", "how many days before the citizen card of my 6yo is ready?", "none"),
    (
        "en", "oos",
        "what time does the social security office open on sat, i can only go after pick up",
        "none",
    ),
    (
        "en", "oos",
        "does the international school in Pudong accept the health card for the yearly medical",
        "none",
    ),
    ("en", "oos", "where to get my daughter's vaccine booklet stamped for enrolment", "none"),
    ("en", "oos", "forgot the password of the app with the electronic certificate huhu", "none"),
    (
        "en", "oos",
        "can i add my 2 kids as dependents under my medical insurance po?",
        "none",
    ),
    (
        "en", "oos",
        "is there student discount on the subway if my kid uses the citizen card",
        "none",
    ),
    (
        "en", "oos",
        "which hospital in Guangzhou does the physical exam form the school requires",
        "none",
    ),
    ("en", "oos", "how much is the yearly premium for a child's medical insurance", "none"),
    (
        "en", "oos",
        "my son's name is misspelled on his card, how to have it corrected",
        "none",
    ),
    (
        "en", "oos",
        "what documents do i need for grade 1 enrolment, birth cert, passport, what else",
        "none",
    ),
    ("en", "oos", "does my kid need to renew his card when he turns 16?", "none"),
    ("en", "oos", "will philhealth still cover my kids while we're here in china", "none"),
    ("en", "oos", "can someone recommend a good pediatrician who speaks english", "none"),
    (
        "en", "oos",
        "the card went thru the washing machine with the school uniform, now it wont read",
        "none",
    ),
    ("en", "oos", "what age do kids start kinder here", "none"),
    ("en", "oos", "easy baon ideas for picky eaters? my kids hate the canteen food", "none"),
    # ---------------- English: card (12) ----------------
    ("en", "card", "what is the health card po? the school nurse mentioned it", "card:health"),
    ("en", "card", "who issues the citizen card", "card:citizen:issuer"),
    (
        "en", "card",
        "what does the health card record, like my son's allergies and past check-ups?",
        "card:health:records",
    ),
    (
        "en", "card",
        "is the social security card a physical card or just in the phone",
        "card:social:form",
    ),
    (
        "en", "card",
        "the card the city gives residents to ride the bus and use the reading room, what is it "
        "exactly",
        "card:citizen",
    ),
    ("en", "card", "can my kid get the old medical insurance card?", "card:medical:eligibility"),
    (
        "en", "card",
        "who manages the health card, the school clinic or the gov't?",
        "card:health:manager",
    ),
    (
        "en", "card",
        "e social security card, is it a real card or digital only",
        "card:esocial:form",
    ),
    (
        "en", "card",
        "how safe is the info on the social security card, is it secure?",
        "card:social:security",
    ),
    (
        "en", "card",
        "definition of electronic medical insurance certificate pls",
        "card:emedical:what",
    ),
    ("en", "card", "what was the old medical insurance card for", "card:medical:function"),
    (
        "en", "card",
        "that medical card the bank gave out before, who issued it ba",
        "card:medical:issuer",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en", "compare",
        "difference of citizen card and health card? my kid's teacher mentioned both",
        "cmp:health:citizen",
    ),
    (
        "en", "compare",
        "social security card vs electronic social security card",
        "cmp:social:esocial",
    ),
    (
        "en", "compare",
        "old medical insurance card and the e medical insurance certificate, what's the diff",
        "cmp:medical:emedical",
    ),
    # ---------------- English: faq (3) ----------------
    (
        "en", "faq",
        "school enrolment form asks for my social security number, what number is that",
        "faq:10",
    ),
    (
        "en", "faq",
        "the health card my kid got from the clinic, is that already a social security card?",
        "faq:1",
    ),
    ("en", "faq", "what types of social security card are there", "faq:8"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "which law articles do you quote? pls list them", "law"),
    ("en", "law", "social insurance law article 74, what's that about", "law:sil-74"),
    # ---------------- English: greeting (2) ----------------
    ("en", "greeting", "good morning po!", "greeting"),
    ("en", "greeting", "thank you so much sir, God bless you and your family", "greeting"),
    # ---------------- Spanish: task (20) ----------------
    (
        "es", "task",
        "mi patojo amanecio con calentura, que tarjeta llevo al hospital?",
        "task:hospital",
    ),
    (
        "es", "task",
        "necesito comprarle medicina a la cipota en la farmacia, cual tarjeta sirve",
        "task:pharmacy",
    ),
    (
        "es", "task",
        "pague de mi bolsa la operacion del nene, como hago para que me reembolsen esos gastos "
        "medicos",
        "task:reimburse",
    ),
    (
        "es", "task",
        "en la escuela me piden el historial de salud de mi hija, donde consulto su expediente?",
        "task:healthfile",
    ),
    (
        "es", "task",
        "los patojos se van en metro al colegio, con que tarjeta pagan el pasaje",
        "task:transport",
    ),
    (
        "es", "task",
        "para inscribir al cipote me piden que me identifique, que tarjeta sirve para probar "
        "quien soy",
        "task:identity",
    ),
    (
        "es", "task",
        "quiero llevar a los ninos a la sala de lectura publica, ¿con que tarjeta entramos?",
        "task:services",
    ),
    (
        "es", "task",
        "como hago los tramites del seguro medico en linea sin ir a la oficina, no me da tiempo",
        "task:online",
    ),
    ("es", "task", "mi suegra quiere cobrar su pension, que tarjeta ocupa?", "task:pension"),
    (
        "es", "task",
        "me despidieron de la chamba y tengo que pagar la colegiatura, como pido el seguro de "
        "desempleo",
        "task:unemployment",
    ),
    (
        "es", "task",
        "mi esposo se accidento en la fabrica, con que tarjeta se cobran los beneficios por "
        "lesion laboral",
        "task:injury",
    ),
    (
        "es", "task",
        "quiero ver cuanto ha pagado la empresa a mi seguro social, donde lo reviso",
        "task:contributions",
    ),
    ("es", "task", "como saco la tarjeta de seguridad social?? soy nueva aqui", "task:getsocial"),
    (
        "es", "task",
        "¿cómo obtengo la tarjeta electrónica de seguridad social en el cel?",
        "task:getesocial",
    ),
    (
        "es", "task",
        "en el centro de salud me pidieron el certificado electronico del seguro medico para el "
        "chequeo de la nena, como lo saco",
        "task:getemedical",
    ),
    ("es", "task", "mi hijo de 12 años puede sacar la tarjeta ciudadana?", "task:getcitizen"),
    (
        "es", "task",
        "vos, la tarjeta ciudadana es la que sirve pa'l bus de los patojos?",
        "task:transport",
    ),
    (
        "es", "task",
        "tengo que llevar a la patoja al dentista de la clinica, con que tarjeta pago",
        "task:hospital",
    ),
    (
        "es", "task",
        "voy a la farmacia por vitaminas pa los cipotes, puedo pagar con alguna tarjeta?",
        "task:pharmacy",
    ),
    (
        "es", "task",
        "que tarjeta ocupo para los tramites y servicios publicos de la ciudad",
        "task:services",
    ),
    # ---------------- Spanish: short (18) ----------------
    ("es", "short", "carnet igss", "card:social"),
    ("es", "short", "ihss", "card:social"),
    ("es", "short", "tarjeta ciud", "card:citizen"),
    ("es", "short", "tarj salud", "card:health"),
    ("es", "short", "cert electronico", "card:emedical"),
    ("es", "short", "social electronica", "card:esocial"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "camioneta", "task:transport"),
    ("es", "short", "reembols", "task:reimburse"),
    ("es", "short", "jubilac", "task:pension"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "expediente salud", "task:healthfile"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "articulo 58", "law:sil-58"),
    ("es", "short", "ley seguro", "law"),
    ("es", "short", "colegiatura", "none"),
    ("es", "short", "vacunas niños", "none"),
    ("es", "short", "tarjeta perdida", "none"),
    # ---------------- Spanish: oos (18) ----------------
    (
        "es", "oos",
        "cuanto cuesta reponer la tarjeta que perdio mi cipote en la escuela?",
        "none",
    ),
    ("es", "oos", "cuanto se tarda en salir la tarjeta ciudadana de mi hija", "none"),
    ("es", "oos", "a que hora abre la oficina del seguro social los sabados", "none"),
    (
        "es", "oos",
        "el colegio acepta la tarjeta de salud para el examen medico anual o hay que pagar aparte",
        "none",
    ),
    ("es", "oos", "donde vacunan gratis a los niños en Shenzhen?", "none"),
    (
        "es", "oos",
        "se me olvido la contraseña de la app del certificado electronico, ayuda",
        "none",
    ),
    (
        "es", "oos",
        "puedo meter a mis patojos como beneficiarios de mi seguro medico?",
        "none",
    ),
    ("es", "oos", "hay descuento de estudiante en el metro con la tarjeta ciudadana?", "none"),
    (
        "es", "oos",
        "que hospital de Canton hace el examen fisico que pide la escuela",
        "none",
    ),
    ("es", "oos", "cuanto se paga al año por el seguro medico de un niño", "none"),
    (
        "es", "oos",
        "le pusieron mal el apellido a mi hijo en la tarjeta, como se corrige",
        "none",
    ),
    ("es", "oos", "que papeles necesito para inscribir a mi hija en primer grado", "none"),
    ("es", "oos", "la tarjeta de mi hijo se vence cuando cumpla 16?", "none"),
    ("es", "oos", "el IGSS me cubre aca en China o ya no?", "none"),
    ("es", "oos", "puedo mandar pisto a Honduras con la tarjeta, maje?", "none"),
    ("es", "oos", "se me mojo la tarjeta en la lavadora y ya no la lee la maquina", "none"),
    ("es", "oos", "a que edad entran los cipotes al kinder aqui", "none"),
    ("es", "oos", "alguien conoce un pediatra que hable español por aca?", "none"),
    # ---------------- Spanish: card (12) ----------------
    (
        "es", "card",
        "que es la tarjeta de salud? la maestra me dijo que se la mandara a la nena",
        "card:health",
    ),
    ("es", "card", "¿quién emite la tarjeta ciudadana?", "card:citizen:issuer"),
    (
        "es", "card",
        "que queda registrado en la tarjeta de salud de mi patoja, sus consultas y todo?",
        "card:health:records",
    ),
    ("es", "card", "la tarjeta de seguridad social es fisica o solo digital", "card:social:form"),
    (
        "es", "card",
        "esa tarjeta que les da el gobierno local a los vecinos para el bus y la sala de lectura, "
        "que es pues",
        "card:citizen",
    ),
    (
        "es", "card",
        "para que sirve el certificado electronico de seguro medico",
        "card:emedical:function",
    ),
    (
        "es", "card",
        "quien administra la tarjeta de salud, el hospital o salud publica?",
        "card:health:manager",
    ),
    ("es", "card", "definicion de tarjeta electronica de seguridad social", "card:esocial:what"),
    (
        "es", "card",
        "que tan segura es la tarjeta de seguridad social? me da miedo",
        "card:social:security",
    ),
    (
        "es", "card",
        "la tarjeta vieja del seguro medico que daba el banco, quien la emitia",
        "card:medical:issuer",
    ),
    (
        "es", "card",
        "si nos mudamos a otra provincia por la escuela de los niños, la tarjeta de seguridad "
        "social sirve alla?",
        ("law:ssc-4", "card:social:scope"),
    ),
    ("es", "card", "quien maneja la tarjeta de seguridad social", "card:social:manager"),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es", "compare",
        "diferencia entre la tarjeta de seguro medico vieja y la tarjeta de salud",
        "cmp:medical:health",
    ),
    (
        "es", "compare",
        "el certificado electronico del seguro medico y la tarjeta ciudadana, en que se "
        "diferencian?",
        "cmp:emedical:citizen",
    ),
    (
        "es", "compare",
        "tarjeta electronica de seguridad social vs tarjeta ciudadana",
        "cmp:esocial:citizen",
    ),
    # ---------------- Spanish: faq (3) ----------------
    (
        "es", "faq",
        "la tarjeta ciudadana y la del seguro social son la misma tarjeta o son dos?",
        "faq:3",
    ),
    (
        "es", "faq",
        "el certificado electronico del seguro medico es lo mismo que la tarjeta electronica de "
        "seguridad social?",
        "faq:5",
    ),
    (
        "es", "faq",
        "en cuanto tiempo me tiene que inscribir el patron al seguro social?",
        "faq:9",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es", "law",
        "que dice el articulo 4 de las medidas de la tarjeta de seguridad social",
        "law:ssc-4",
    ),
    ("es", "law", "pasame la lista de articulos de ley que usan", "law"),
    # ---------------- Spanish: greeting (2) ----------------
    ("es", "greeting", "buenas, como esta?", "greeting"),
    ("es", "greeting", "muchas gracias, vaya pues, que Dios le bendiga", "greeting"),
)
