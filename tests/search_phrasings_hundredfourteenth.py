"""Hundred-and-fourteenth phrasing set (parents), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDFOURTEENTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "taking my 3 year old to the pediatrician tomorrow, which card do i need to register "
            "at the hospital"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        "baby has a fever and we're off to the children's hospital, what card do i pay with there",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "at the maternity ward registration desk they asked for a card, which one do they mean?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "need cough syrup for my son, which card works at the pharmacy",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "can i buy my prenatal vitamins at the drugstore using one of these cards",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "doctor prescribed antibiotics for my toddler, what card do i use to pay for them at "
            "the chemist"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "how do i get back the money i spent on my c-section and hospital stay",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "paid out of pocket for my daughter's stitches, which card lets me claim that back",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "where can i look up my kid's past checkups and medical records",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "i want to see my own pregnancy checkup history, which card keeps that",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "want to do my medical insurance stuff on the phone while the baby naps, what do i use",
        "task:online",
    ),
    (
        "en",
        "task",
        "can i sort out my son's medical insurance online instead of queuing with a toddler?",
        "task:online",
    ),
    (
        "en",
        "task",
        "my 8yo takes the bus to school now, is there a card he can pay the fare with",
        "task:transport",
    ),
    (
        "en",
        "task",
        "which card pays the subway when i take the kids to the science museum",
        "task:transport",
    ),
    (
        "en",
        "task",
        "my 12 year old wants to use the public reading room after school, which card gets her in",
        "task:services",
    ),
    (
        "en",
        "task",
        "on maternity leave and want to check my company actually paid my social insurance",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "how can i see how much has gone into my social insurance so far",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "got laid off while pregnant, which card do i need to apply for unemployment benefits",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "my husband got hurt at the factory, what card does he need for work injury benefits",
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "grandma helps with the baby and she's retired, which card does she collect her "
            "pension with"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        "school wants proof of who my son is, which card can prove his identity",
        "task:identity",
    ),
    ("en", "task", "how do i get a social security card for my newborn", "task:getsocial"),
    (
        "en",
        "task",
        "can my 2 year old have an electronic social security card too, how does it work",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "how do we get the electronic medical insurance certificate for our daughter",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "who's allowed to apply for a citizen card, can my kids get one?",
        "task:getcitizen",
    ),
    ("en", "task", "just had a baby, what cards do we need to apply for now", "tasks:getcard"),
    (
        "en",
        "task",
        "everything for the kids' doctor visits and medicine, which cards cover all that",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "the money side: benefits, pension, payments. which cards handle those",
        "tasks:money",
    ),
    (
        "en",
        "task",
        "day-to-day stuff with kids like buses, the library, showing id: which card for what",
        "tasks:life",
    ),
    (
        "en",
        "task",
        "first time dad here, totally lost, what do i actually need to do with these cards",
        "tasks",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "baby doctor", "task:hospital"),
    ("en", "short", "kids bus", "task:transport"),
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "citizen ca", "card:citizen"),
    ("en", "short", "e medical insurance cert", "card:emedical"),
    ("en", "short", "social insurance law", "law"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "cards", "cards"),
    ("en", "short", "health records", "task:healthfile"),
    ("en", "short", "old medical insurance card", "card:medical"),
    ("en", "short", "hr social security card", "card:social"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        (
            "how much does it cost to replace my kid's social security card, he lost it at "
            "kindergarten"
        ),
        "none",
    ),
    ("en", "oos", "how long does it take to get a citizen card made for a baby", "none"),
    (
        "en",
        "oos",
        "where's the social security office in chaoyang district? need to go with the stroller",
        "none",
    ),
    (
        "en",
        "oos",
        "we're foreigners, can our child born in shanghai join chinese medical insurance?",
        "none",
    ),
    ("en", "oos", "does medical insurance cover ivf treatment", "none"),
    ("en", "oos", "how much maternity allowance will i get paid", "none"),
    ("en", "oos", "do schools in shenzhen need the kid's health card for enrollment", "none"),
    (
        "en",
        "oos",
        "is there a student discount on the hangzhou metro with the citizen card",
        "none",
    ),
    (
        "en",
        "oos",
        "which hospitals in guangzhou take the medical insurance card for newborn checkups",
        "none",
    ),
    ("en", "oos", "how many days of maternity leave do i get in china", "none"),
    ("en", "oos", "will medical insurance pay for my daughter's braces", "none"),
    ("en", "oos", "my baby's name is spelled wrong on her card, how do i get it fixed", "none"),
    ("en", "oos", "can i add my son to my medical insurance as a dependent", "none"),
    ("en", "oos", "is the children's hospital open on weekends for card registration", "none"),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "tell me about the health card, the hospital mentioned it when i booked my scan",
        "card:health",
    ),
    ("en", "card", "who issues the citizen card?", "card:citizen:issuer"),
    ("en", "card", "what does the health card record about my baby", "card:health:records"),
    (
        "en",
        "card",
        "is the electronic medical insurance certificate a real card or just on the phone",
        "card:emedical:form",
    ),
    (
        "en",
        "card",
        "how safe is the data on my social security card? my toddler keeps grabbing my wallet",
        "card:social:security",
    ),
    ("en", "card", "tell me about the electronic social security card", "card:esocial"),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "difference between the health card and the social security card for my kid's doctor "
            "visits?"
        ),
        "cmp:social:health",
    ),
    (
        "en",
        "compare",
        "citizen card vs social security card, which is more useful for a family",
        "cmp:social:citizen",
    ),
    (
        "en",
        "compare",
        "old medical insurance card vs electronic medical insurance certificate, what's different",
        "cmp:medical:emedical",
    ),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "is my baby's health card basically a social security card?", "faq:1"),
    ("en", "faq", "are the citizen card and the social security card one and the same", "faq:3"),
    ("en", "faq", "what kinds of social insurance are there? does maternity count as one", "faq:6"),
    (
        "en",
        "faq",
        (
            "back at work after maternity leave, when does my employer have to register me for "
            "social insurance"
        ),
        "faq:9",
    ),
    ("en", "faq", "what's my social security number, is it just my id number?", "faq:10"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "what does article 58 of the social insurance law say", "law:sil-58"),
    (
        "en",
        "law",
        "which article of the social security card measures says who's in charge of issuing them",
        "law:ssc-3",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi there", "greeting"),
    ("en", "greeting", "thanks, that cleared up the baby stuff a lot", "greeting"),
    ("en", "greeting", "ok bye, kids are awake", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "mi hija de 4 años tiene otitis, ¿qué tarjeta llevo para sacar número en el hospital?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "estoy embarazada de 7 meses, ¿con qué tarjeta pago las consultas del hospital?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "¿qué tarjeta piden para registrar al bebé en urgencias pediátricas?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "¿puedo comprar el paracetamol infantil en la farmacia con alguna tarjeta?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "necesito ácido fólico de la farmacia, ¿qué tarjeta uso para pagarlo?",
        "task:pharmacy",
    ),
    ("es", "task", "¿cómo recupero lo que pagué por el parto?", "task:reimburse"),
    (
        "es",
        "task",
        "el pediatra nos cobró todo, ¿con qué tarjeta pido el reembolso de los gastos médicos?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "quiero ver el historial médico de mi hijo, ¿qué tarjeta lo guarda?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "¿dónde consulto mi expediente de salud con los controles del embarazo?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "¿puedo hacer trámites del seguro médico desde el móvil sin salir con el recién nacido?",
        "task:online",
    ),
    ("es", "task", "qué uso para gestionar el seguro médico por internet", "task:online"),
    (
        "es",
        "task",
        "mi hijo va al colegio en autobús, ¿con qué tarjeta paga el billete?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "¿qué tarjeta vale para el metro? voy con el carrito todos los días a la guardería",
        "task:transport",
    ),
    (
        "es",
        "task",
        "¿con qué tarjeta puedo usar la sala de lectura pública con mis hijos?",
        "task:services",
    ),
    (
        "es",
        "task",
        "¿qué tarjeta me da acceso a los servicios públicos de la ciudad?",
        "task:services",
    ),
    (
        "es",
        "task",
        "quiero comprobar si mi empresa siguió cotizando por mí durante la baja de maternidad",
        "task:contributions",
    ),
    ("es", "task", "¿cómo veo cuánto llevo pagado al seguro social?", "task:contributions"),
    (
        "es",
        "task",
        "me despidieron después del parto, ¿qué tarjeta necesito para cobrar el paro?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "mi marido se lesionó en la obra, ¿con qué tarjeta tramita las prestaciones por "
            "accidente laboral?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "mi suegra cuida a los niños y ya está jubilada, ¿con qué tarjeta cobra la pensión?",
        "task:pension",
    ),
    ("es", "task", "¿qué tarjeta sirve para demostrar quién soy?", "task:identity"),
    ("es", "task", "¿cómo le saco la tarjeta de seguridad social a mi bebé?", "task:getsocial"),
    (
        "es",
        "task",
        "¿quién puede tener la tarjeta electrónica de seguridad social y cómo se activa?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "¿cómo consigo el certificado electrónico de seguro médico para mi hijo de 6 años?",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "¿podemos pedir la tarjeta ciudadana para toda la familia? ¿quién puede sacarla?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        "acabamos de tener gemelos, ¿qué tarjetas tenemos que tramitar?",
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        "todo lo de salud de los niños: médico, medicinas, historial... ¿qué tarjetas?",
        "tasks:care",
    ),
    (
        "es",
        "task",
        "temas de dinero como pensión, paro y cotizaciones, ¿qué tarjeta para cada cosa?",
        "tasks:money",
    ),
    (
        "es",
        "task",
        "para el día a día con niños, autobús, biblioteca, identificarse, ¿qué tarjeta uso?",
        "tasks:life",
    ),
    (
        "es",
        "task",
        "soy madre primeriza y me pierdo, ¿qué tengo que hacer con todas estas tarjetas?",
        "tasks",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "seguridad social electrónica", "card:esocial"),
    ("es", "short", "autobús niños", "task:transport"),
    ("es", "short", "pediatra", "task:hospital"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "ley seguro social", "law"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "tarjeta seguro médico antigua", "card:medical"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "¿cuánto cuesta hacerle la tarjeta de seguridad social a un bebé?", "none"),
    ("es", "oos", "¿cuánto tarda en llegar la tarjeta ciudadana de mi hijo?", "none"),
    ("es", "oos", "perdí la tarjeta de mi hija en el parque, ¿cómo la bloqueo?", "none"),
    (
        "es",
        "oos",
        "somos extranjeros, ¿podemos afiliar a nuestros hijos al seguro médico chino?",
        "none",
    ),
    ("es", "oos", "¿cuántos días de baja por maternidad me corresponden en China?", "none"),
    ("es", "oos", "¿el seguro médico cubre las vacunas opcionales del bebé?", "none"),
    ("es", "oos", "en Chengdu, ¿el colegio pide la tarjeta de salud para la matrícula?", "none"),
    ("es", "oos", "¿dónde está la oficina de seguridad social más cercana en Pudong?", "none"),
    ("es", "oos", "¿cuánto me van a pagar de subsidio por maternidad?", "none"),
    ("es", "oos", "¿el seguro médico cubre la ortodoncia de mi hija de 10 años?", "none"),
    (
        "es",
        "oos",
        "¿los niños pagan medio billete en el metro de Pekín con la tarjeta ciudadana?",
        "none",
    ),
    (
        "es",
        "oos",
        "el nombre de mi bebé salió mal escrito en la tarjeta, ¿cómo lo corrijo?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿me sirve el seguro médico chino si los niños se enferman de vacaciones en mi país?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿qué hospitales internacionales de Shanghái aceptan la tarjeta del seguro médico?",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "cuéntame sobre el certificado electrónico de seguro médico", "card:emedical"),
    (
        "es",
        "card",
        "¿para qué sirve la tarjeta de seguridad social?",
        ("card:social:function", "faq:7"),
    ),
    (
        "es",
        "card",
        "¿quién emite el certificado electrónico de seguro médico?",
        "card:emedical:issuer",
    ),
    (
        "es",
        "card",
        "la tarjeta electrónica de seguridad social, ¿es física o solo está en el móvil?",
        "card:esocial:form",
    ),
    ("es", "card", "¿dónde se puede usar la tarjeta de salud de mi hijo?", "card:health:scope"),
    (
        "es",
        "card",
        "¿en qué ley o reglamento se basa la tarjeta de seguridad social?",
        "card:social:legal",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "tarjeta de seguridad social y tarjeta de seguro médico, ¿en qué se diferencian?",
        "cmp:social:medical",
    ),
    (
        "es",
        "compare",
        (
            "tarjeta de salud o tarjeta ciudadana para llevar al niño al médico, ¿cuál es la "
            "diferencia?"
        ),
        "cmp:health:citizen",
    ),
    (
        "es",
        "compare",
        "¿en qué se diferencia la tarjeta de seguridad social física de la electrónica?",
        "cmp:social:esocial",
    ),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "¿la tarjeta de seguridad social y la del seguro médico son la misma?", "faq:2"),
    (
        "es",
        "faq",
        (
            "¿las tarjetas de recursos humanos y seguridad social cuentan como tarjetas de "
            "seguridad social?"
        ),
        "faq:4",
    ),
    (
        "es",
        "faq",
        (
            "en la app me salen el certificado médico electrónico y la tarjeta electrónica de "
            "seguridad social, ¿son lo mismo?"
        ),
        "faq:5",
    ),
    ("es", "faq", "¿qué tipos de tarjeta de seguridad social existen?", "faq:8"),
    (
        "es",
        "faq",
        "¿qué registra la tarjeta de seguridad social y qué puedo hacer con ella?",
        "faq:7",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        "¿qué artículo de la ley dice que tenemos derecho a ayuda cuando tenemos hijos?",
        "law:sil-2",
    ),
    ("es", "law", "¿qué dice el artículo 3 de la ley de seguro social?", "law:sil-3"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, buenas", "greeting"),
    ("es", "greeting", "¡mil gracias! me has salvado la mañana", "greeting"),
    ("es", "greeting", "chao, me voy a recoger a los niños", "greeting"),
)
