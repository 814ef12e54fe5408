"""Two-hundred-and-eighth phrasing set (new parents), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

TWOHUNDREDEIGHTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (20) ----------------
    (
        "en", "task",
        "I'm 30 weeks pregnant and have my antenatal check at the hospital tomorrow, which card do "
        "I need to pay with?",
        "task:hospital",
    ),
    (
        "en", "task",
        "need to pick up folic acid and pregnancy vitamins from the chemist, which card do i use",
        "task:pharmacy",
    ),
    (
        "en", "task",
        "Got a massive bill after the delivery, how do I get some of the medical costs reimbursed? "
        "which card sorts that out",
        "task:reimburse",
    ),
    (
        "en", "task",
        "midwife wants me to look up my health file from the booking appointment, which card lets "
        "me see it",
        "task:healthfile",
    ),
    (
        "en", "task",
        "is there a way to do my medical insurance bits online? can't face queuing with a pram",
        "task:online",
    ),
    (
        "en", "task",
        "my father in law has come over to help with the baby, he's retired here - which card does "
        "he need to collect his pension?",
        "task:pension",
    ),
    (
        "en", "task",
        "I was made redundant while on mat leave, which card do i need to claim unemployment "
        "benefit",
        "task:unemployment",
    ),
    (
        "en", "task",
        "husband did his back in at work lifting boxes a week after our son was born, which card "
        "is it for work injury benefits?",
        "task:injury",
    ),
    (
        "en", "task",
        "how can I check my employer has actually been paying in my social insurance before I go "
        "off on maternity leave",
        "task:contributions",
    ),
    (
        "en", "task",
        "taking the baby to the clinic on the metro, is it the citizen card for the subway?",
        "task:transport",
    ),
    (
        "en", "task",
        "now I'm on maternity leave I've got time for the library and local public services, which "
        "card gets me in",
        "task:services",
    ),
    (
        "en", "task",
        "registering the birth and they want me to prove who I am, which of these cards counts as "
        "ID?",
        "task:identity",
    ),
    (
        "en", "task",
        "just started a new job at 12 weeks pregnant, how do I get a social security card",
        "task:getsocial",
    ),
    (
        "en", "task",
        "how do i get the electronic social security card on my phone, too knackered to go "
        "anywhere with a newborn",
        "task:getesocial",
    ),
    (
        "en", "task",
        "need the 医保电子凭证 for the baby's jabs apparently, how do I get one?",
        "task:getemedical",
    ),
    (
        "en", "task",
        "can we apply for a citizen card now we've moved here for the baby? where do we go",
        "task:getcitizen",
    ),
    (
        "en", "task",
        "paying for the 20 week scan at the hospital - can I just use my health card or is it the "
        "social security one?",
        "task:hospital",
    ),
    (
        "en", "task",
        "which card do I use to buy nappy rash cream and baby calpol at the pharmacy",
        "task:pharmacy",
    ),
    (
        "en", "task",
        "how do I claim back the cost of my c-section from the medical insurance, which card",
        "task:reimburse",
    ),
    (
        "en", "task",
        "how does my 3 week old daughter get a social security card? do babies even get one",
        "task:getsocial",
    ),
    # ---------------- English: short (18) ----------------
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "chemist", "task:pharmacy"),
    ("en", "short", "e-soc sec", "card:esocial"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "medical card", "card:medical"),
    ("en", "short", "社保卡", "card:social"),
    ("en", "short", "市民卡", "card:citizen"),
    ("en", "short", "医保电子凭证", "card:emedical"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "NI number", "faq:10"),
    ("en", "short", "art 58", "law:sil-58"),
    ("en", "short", "dole", "task:unemployment"),
    ("en", "short", "bus pass", "task:transport"),
    ("en", "short", "mat pay", "none"),
    ("en", "short", "nursery fees", "none"),
    ("en", "short", "health file", "task:healthfile"),
    ("en", "short", "maternity insurance", "faq:6"),
    # ---------------- English: oos (18) ----------------
    (
        "en", "oos",
        "how much maternity allowance will I actually get from the social insurance?",
        "none",
    ),
    ("en", "oos", "how long does it take to get a social security card for a newborn", "none"),
    (
        "en", "oos",
        "lost my citizen card somewhere between the hospital and home, what do I do now",
        "none",
    ),
    (
        "en", "oos",
        "is the social security office open on saturdays? can't get there in the week with the "
        "baby",
        "none",
    ),
    ("en", "oos", "how do I register my baby's birth in Shanghai as a foreigner", "none"),
    ("en", "oos", "which hospital in Beijing has the best maternity ward for foreigners?", "none"),
    (
        "en", "oos",
        "forgot the password for my electronic social security card, how do i reset it",
        "none",
    ),
    ("en", "oos", "is there a fee for getting a citizen card for the baby", "none"),
    ("en", "oos", "how many weeks maternity leave am I entitled to in china", "none"),
    ("en", "oos", "can I apply for my baby's British passport through the embassy here?", "none"),
    ("en", "oos", "what jabs does my baby need at 8 weeks", "none"),
    ("en", "oos", "is an epidural covered by the medical insurance in Guangzhou", "none"),
    ("en", "oos", "how do we sort out a hukou for our newborn", "none"),
    (
        "en", "oos",
        "baby chewed my card and now the chip won't read, how do i get a replacement",
        "none",
    ),
    (
        "en", "oos",
        "do I need my marriage certificate translated for the birth registration",
        "none",
    ),
    ("en", "oos", "what's the best formula milk you can get over here?", "none"),
    ("en", "oos", "can my husband get paternity leave from his company", "none"),
    ("en", "oos", "how much are private antenatal classes in english", "none"),
    # ---------------- English: card (12) ----------------
    (
        "en", "card",
        "what actually is the health card? the clinic keep going on about it",
        "card:health",
    ),
    (
        "en", "card",
        "who manages the health card, is it the hospital or someone else?",
        "card:health:manager",
    ),
    (
        "en", "card",
        "what does the health card record exactly, will my pregnancy notes be on it",
        "card:health:records",
    ),
    (
        "en", "card",
        "who issues the electronic medical insurance certificate",
        "card:emedical:issuer",
    ),
    (
        "en", "card",
        "is the e social security card an actual card or just something on your phone",
        "card:esocial:form",
    ),
    (
        "en", "card",
        "how secure is the social security card? I'm a bit worried about all our details being on "
        "it",
        "card:social:security",
    ),
    ("en", "card", "define citizen card please", "card:citizen:what"),
    (
        "en", "card",
        "the old card the bank used to give out for medical insurance, what's that all about?",
        "card:medical",
    ),
    ("en", "card", "what can the citizen card be used for", "card:citizen:function"),
    (
        "en", "card",
        "can I still get the old medical insurance card or is that gone now",
        "card:medical:eligibility",
    ),
    (
        "en", "card",
        "if we move back to my husband's province after the baby, will my social security card "
        "still work there?",
        ("law:ssc-4", "card:social:scope"),
    ),
    (
        "en", "card",
        "the card the council gives residents for buses and the library, what is it?",
        "card:citizen",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en", "compare",
        "what's the difference between the health card and the citizen card",
        "cmp:health:citizen",
    ),
    (
        "en", "compare",
        "medical insurance card vs health card, which is which? baby brain is real",
        "cmp:medical:health",
    ),
    (
        "en", "compare",
        "social security card or electronic medical insurance certificate, how do they differ",
        "cmp:social:emedical",
    ),
    # ---------------- English: faq (3) ----------------
    ("en", "faq", "is the health card the same thing as a social security card?", "faq:1"),
    (
        "en", "faq",
        "what kinds of social insurance are there? does any of it cover having a baby",
        "faq:6",
    ),
    (
        "en", "faq",
        "when does my employer have to register me for social insurance? I've just started and I'm "
        "pregnant",
        "faq:9",
    ),
    # ---------------- English: law (2) ----------------
    ("en", "law", "which law says my employer has to register me within 30 days", "law:sil-58"),
    ("en", "law", "can you list the law articles you're quoting please", "law"),
    # ---------------- English: greeting (2) ----------------
    ("en", "greeting", "hiya, hope you're well", "greeting"),
    ("en", "greeting", "cheers, that's really helpful, off to feed the baby now x", "greeting"),
    # ---------------- Spanish: task (20) ----------------
    (
        "es", "task",
        "tengo cita de control prenatal en el hospital mañana, ¿qué tarjeta ocupo para pagar?",
        "task:hospital",
    ),
    (
        "es", "task",
        "ocupo comprar acido folico en la farmacia, con cual tarjeta pago?",
        "task:pharmacy",
    ),
    (
        "es", "task",
        "el parto me salio carisimo, como le hago para que me reembolsen los gastos medicos",
        "task:reimburse",
    ),
    (
        "es", "task",
        "quiero ver mi expediente de salud del embarazo, que tarjeta sirve para consultarlo",
        "task:healthfile",
    ),
    (
        "es", "task",
        "se pueden hacer los tramites del seguro medico en linea? con la bebe no puedo salir",
        "task:online",
    ),
    (
        "es", "task",
        "mi suegro vino a ayudarnos con el bebe y esta jubilado aqui, con que tarjeta cobra su "
        "pension?",
        "task:pension",
    ),
    (
        "es", "task",
        "me corrieron del trabajo estando embarazada, que tarjeta necesito para pedir el seguro de "
        "desempleo",
        "task:unemployment",
    ),
    (
        "es", "task",
        "mi esposo se lastimo en la chamba, cual tarjeta es para lo de accidente de trabajo",
        "task:injury",
    ),
    (
        "es", "task",
        "como reviso si mi empresa si me esta pagando las cuotas del seguro antes de la "
        "incapacidad",
        "task:contributions",
    ),
    (
        "es", "task",
        "para subirme al camion con la carriola es con la tarjeta ciudadana?",
        "task:transport",
    ),
    (
        "es", "task",
        "que tarjeta uso para los servicios publicos de la ciudad, tipo la biblioteca",
        "task:services",
    ),
    (
        "es", "task",
        "en el registro del bebe me piden identificarme, cual de las tarjetas me sirve de "
        "identificacion?",
        "task:identity",
    ),
    (
        "es", "task",
        "acabo de entrar a trabajar y estoy embarazada, como saco la tarjeta de seguridad social",
        "task:getsocial",
    ),
    (
        "es", "task",
        "como saco la tarjeta electronica de seguridad social en el cel",
        "task:getesocial",
    ),
    (
        "es", "task",
        "quien puede tener el certificado electronico de seguro medico? lo ocupo para las vacunas "
        "del bebe",
        "task:getemedical",
    ),
    (
        "es", "task",
        "donde tramito la tarjeta ciudadana? nos acabamos de mudar con el recien nacido",
        "task:getcitizen",
    ),
    (
        "es", "task",
        "para pagar el ultrasonido en el hospital uso la tarjeta de salud o la del seguro social?",
        "task:hospital",
    ),
    (
        "es", "task",
        "que tarjeta ocupo para comprar la medicina de los colicos del bebe en la farmacia",
        "task:pharmacy",
    ),
    (
        "es", "task",
        "quiero que me devuelvan lo que pague de la cesarea, con que tarjeta se hace el reembolso",
        "task:reimburse",
    ),
    ("es", "task", "vamos en el metro con el bebe, que tarjeta uso para pasar", "task:transport"),
    # ---------------- Spanish: short (18) ----------------
    ("es", "short", "hospit", "task:hospital"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "jubilacion", "task:pension"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "camion", "task:transport"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarj salud", "card:health"),
    ("es", "short", "cert electronico", "card:emedical"),
    ("es", "short", "医保卡", "card:medical"),
    ("es", "short", "nss", "faq:10"),
    ("es", "short", "leyes", "law"),
    ("es", "short", "lista tarjetas", "cards"),
    ("es", "short", "tramites", "tasks"),
    ("es", "short", "seguro maternidad", "faq:6"),
    ("es", "short", "guarderia", "none"),
    ("es", "short", "acta nacimiento", "none"),
    ("es", "short", "expediente salud", "task:healthfile"),
    # ---------------- Spanish: oos (18) ----------------
    ("es", "oos", "cuanto me van a pagar de incapacidad por maternidad?", "none"),
    ("es", "oos", "cuanto tarda en salir la tarjeta de seguridad social del bebe", "none"),
    ("es", "oos", "se me perdio la tarjeta ciudadana en el hospital, que hago??", "none"),
    ("es", "oos", "a que hora abre la oficina del seguro social? ocupo ir con el bebe", "none"),
    ("es", "oos", "como registro a mi bebe en el consulado de mexico en pekin", "none"),
    ("es", "oos", "que hospital de shanghai atiende partos en español", "none"),
    (
        "es", "oos",
        "no me acuerdo de la contraseña del certificado electronico de seguro medico",
        "none",
    ),
    ("es", "oos", "cuanto cuesta sacar la tarjeta ciudadana", "none"),
    ("es", "oos", "cuantas semanas de incapacidad me dan aqui en china antes del parto", "none"),
    ("es", "oos", "mi bebe puede tener doble nacionalidad mexicana y china?", "none"),
    ("es", "oos", "que vacunas le tocan al bebe a los dos meses", "none"),
    ("es", "oos", "en shenzhen el seguro cubre la epidural?", "none"),
    ("es", "oos", "como saco el pasaporte mexicano para mi recien nacido", "none"),
    ("es", "oos", "mi bebe mordio la tarjeta y ya no lee el chip, como pido la reposicion", "none"),
    ("es", "oos", "donde compro pañales baratos por aqui", "none"),
    ("es", "oos", "hay guarderias que acepten bebes de 3 meses?", "none"),
    ("es", "oos", "mi esposo tiene derecho a dias por paternidad?", "none"),
    ("es", "oos", "cuanto sale el parto en un hospital privado", "none"),
    # ---------------- Spanish: card (12) ----------------
    ("es", "card", "que es la tarjeta de salud? en la clinica me la pidieron", "card:health"),
    ("es", "card", "quien administra la tarjeta de salud", "card:health:manager"),
    (
        "es", "card",
        "que registra la tarjeta de salud, ahi quedan mis consultas del embarazo?",
        "card:health:records",
    ),
    (
        "es", "card",
        "quien emite el certificado electronico de seguro medico",
        "card:emedical:issuer",
    ),
    (
        "es", "card",
        "la tarjeta electronica de seguridad social es fisica o nomas en el celular?",
        "card:esocial:form",
    ),
    (
        "es", "card",
        "que tan segura es la tarjeta de seguridad social? ahi va a ir la info de mi bebe",
        "card:social:security",
    ),
    ("es", "card", "definicion de tarjeta ciudadana porfa", "card:citizen:what"),
    (
        "es", "card",
        "la tarjeta vieja que daba el banco para el seguro medico, que es?",
        "card:medical",
    ),
    ("es", "card", "para que sirve la tarjeta ciudadana", "card:citizen:function"),
    (
        "es", "card",
        "quien me da la tarjeta de seguridad social, el gobierno o el banco?",
        "card:social:issuer",
    ),
    (
        "es", "card",
        "el certificado electronico de seguro medico donde se puede usar",
        "card:emedical:scope",
    ),
    ("es", "card", "quien expedia la tarjeta de seguro medico antigua", "card:medical:issuer"),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es", "compare",
        "en que se diferencian la tarjeta electronica de seguridad social y la tarjeta ciudadana",
        "cmp:esocial:citizen",
    ),
    (
        "es", "compare",
        "tarjeta de seguro medico vieja vs certificado electronico de seguro medico",
        "cmp:medical:emedical",
    ),
    (
        "es", "compare",
        "diferencia entre la tarjeta de salud y el certificado electronico del seguro medico",
        "cmp:emedical:health",
    ),
    # ---------------- Spanish: faq (3) ----------------
    ("es", "faq", "¿la tarjeta ciudadana y la de seguridad social son la misma tarjeta?", "faq:3"),
    (
        "es", "faq",
        "el certificado electronico de seguro medico y la tarjeta electronica de seguridad social "
        "son lo mismo?",
        "faq:5",
    ),
    ("es", "faq", "que tipos de tarjeta de seguridad social hay?", "faq:8"),
    # ---------------- Spanish: law (2) ----------------
    (
        "es", "law",
        "que dice el articulo 2 de la ley del seguro social? ahi sale lo de maternidad no?",
        "law:sil-2",
    ),
    (
        "es", "law",
        "que ley dice que la tarjeta de seguridad social sirve en todo el pais",
        ("law:ssc-4", "card:social:scope"),
    ),
    # ---------------- Spanish: greeting (2) ----------------
    ("es", "greeting", "que onda, buenas noches", "greeting"),
    ("es", "greeting", "muchisimas gracias, me salvaste, bye", "greeting"),
)
