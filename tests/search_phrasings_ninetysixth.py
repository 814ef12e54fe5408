"""Ninety-sixth phrasing set (nurses, receptionists and pharmacy staff who ask on behalf of foreign
patients and customers standing in front of them), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

NINETYSIXTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "foreign patient at registration, which card should she hand me to register and pay",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "my patient is from canada, what card does he need to see a doctor here",
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "customer at the pharmacy counter wants to pay for his medicine with insurance, which "
            "card should he show me"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "a foreigner is buying medicine at our drugstore, can he use his social security card "
            "for it"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "patient wants his medical bills reimbursed, which card does he need",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        ("nurse here, a patient asks how to get her hospital expenses paid back through insurance"),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "patient wants to look at her own health records, which card is that",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "foreign patient asking how he can check his personal health file",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "the lady in front of me wants to do her medical insurance stuff online, what does she "
            "use"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        "a retired expat at my desk asks which card he needs to collect his pension",
        "task:pension",
    ),
    (
        "en",
        "task",
        ("customer just lost his job and wants unemployment benefits, which card should he bring"),
        "task:unemployment",
    ),
    ("en", "task", "patient got hurt at work, which card for work injury benefits", "task:injury"),
    (
        "en",
        "task",
        (
            "worker injured on a construction site is in our ward, what card does he use to claim "
            "industrial injury insurance"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        "patient wants to check if his employer has actually been paying his social insurance",
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "foreign employee asks how he can see how much has been paid into his social security "
            "so far"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        "visitor at reception asks which card works on the bus and subway",
        "task:transport",
    ),
    (
        "en",
        "task",
        (
            "a foreign resident asks which card gets her into local public services like the "
            "public reading room"
        ),
        "task:services",
    ),
    (
        "en",
        "task",
        "patient has no passport with him today, which card can prove who he is",
        "task:identity",
    ),
    ("en", "task", "which chinese card can my foreign patient use as id", "task:identity"),
    (
        "en",
        "task",
        "foreign worker at reception asks how he can get a social security card",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "who is allowed to apply for the social security card? the patient is from germany",
        ("task:getsocial", "card:social:eligibility"),
    ),
    (
        "en",
        "task",
        "patient wants the electronic social security card on his phone, how does he get it",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "how does my patient get the electronic medical insurance certificate",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        (
            "customer asks how she can claim the medical insurance e-certificate, she already has "
            "medical insurance"
        ),
        "task:getemedical",
    ),
    ("en", "task", "a foreign resident asks me how to apply for a citizen card", "task:getcitizen"),
    (
        "en",
        "task",
        (
            "patient is overwhelmed by all these cards, what does he actually need to do and with "
            "which one"
        ),
        "tasks",
    ),
    (
        "en",
        "task",
        (
            "patient asks which cards matter for health care: seeing the doctor, medicine, "
            "reimbursement"
        ),
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "customer wants to know which cards handle the money side, pension and benefits and so "
            "on"
        ),
        "tasks:money",
    ),
    (
        "en",
        "task",
        ("foreign family just moved here, which cards do they need for everyday life in the city"),
        "tasks:life",
    ),
    (
        "en",
        "task",
        "patient asks how he gets any of these cards in the first place",
        "tasks:getcard",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "pharmacy card", "task:pharmacy"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "citizen c", "card:citizen"),
    ("en", "short", "e social", "card:esocial"),
    ("en", "short", "medical insurance cert", "card:emedical"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "soc sec number", "faq:10"),
    ("en", "short", "old medical card", "card:medical"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "patient lost his social security card, how does he get a replacement", "none"),
    ("en", "oos", "how much does a ct scan cost for a foreigner without insurance", "none"),
    (
        "en",
        "oos",
        "patient forgot the pin of her social security card, can it be reset here",
        "none",
    ),
    ("en", "oos", "how long does it take to get the card after the patient applies", "none"),
    ("en", "oos", "can a tourist visa holder use chinese medical insurance at our clinic", "none"),
    ("en", "oos", "can the customer use his card to pay for his kid's medicine", "none"),
    ("en", "oos", "is there a fee to make the citizen card", "none"),
    ("en", "oos", "patient's card won't read on our machine, is it demagnetized", "none"),
    ("en", "oos", "does shenzhen require a residence permit for the social security card", "none"),
    (
        "en",
        "oos",
        "can the patient use his travel insurance from home at a chinese hospital",
        "none",
    ),
    (
        "en",
        "oos",
        "customer wants a receipt for medicine so he can deduct it from his taxes",
        "none",
    ),
    ("en", "oos", "what percentage of an outpatient visit does insurance cover", "none"),
    ("en", "oos", "is the patient's medical insurance still valid after he leaves china", "none"),
    ("en", "oos", "where is the nearest social security office to the hospital", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "what is this health card the patient keeps mentioning", "card:health"),
    (
        "en",
        "card",
        (
            "tell me about the electronic medical insurance certificate, the patient has it on her "
            "phone"
        ),
        "card:emedical",
    ),
    ("en", "card", "who issues the old medical insurance card", "card:medical:issuer"),
    (
        "en",
        "card",
        "customer is worried, how safe is the money on his social security card",
        "card:social:security",
    ),
    (
        "en",
        "card",
        "is the electronic social security card a real card or only on the phone",
        "card:esocial:form",
    ),
    ("en", "card", "where can the citizen card be used, only in this city?", "card:citizen:scope"),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "patient has both a social security card and a health card, what's the difference "
            "between them"
        ),
        "cmp:social:health",
    ),
    (
        "en",
        "compare",
        "difference between the citizen card and the health card",
        "cmp:health:citizen",
    ),
    (
        "en",
        "compare",
        "old medical insurance card vs the electronic medical insurance certificate",
        "cmp:medical:emedical",
    ),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "patient asks if her health card counts as a social security card", "faq:1"),
    (
        "en",
        "faq",
        (
            "customer is confused, is the social security card the same thing as the medical "
            "insurance card"
        ),
        "faq:2",
    ),
    (
        "en",
        "faq",
        "patient thinks his citizen card is his social security card, are they the same card",
        "faq:3",
    ),
    (
        "en",
        "faq",
        (
            "what kinds of social insurance are there? the patient wants to know what she is "
            "covered for"
        ),
        "faq:6",
    ),
    (
        "en",
        "faq",
        "when does an employer have to register a new foreign employee for social insurance",
        "faq:9",
    ),
    # ---------------- English: law (2) ----------------
    ("en", "law", "patient wants to see the laws you are quoting", "law"),
    (
        "en",
        "law",
        "which article says the employer has 30 days to register the worker",
        "law:sil-58",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi, i'm a nurse with a foreign patient here", "greeting"),
    ("en", "greeting", "thanks, that helped the patient a lot", "greeting"),
    ("en", "greeting", "ok bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        ("tengo un paciente extranjero en ventanilla, con qué tarjeta se registra en el hospital"),
        "task:hospital",
    ),
    ("es", "task", "la señora quiere pagar la consulta, qué tarjeta le pido", "task:hospital"),
    (
        "es",
        "task",
        ("cliente en la farmacia quiere comprar medicamentos con el seguro, qué tarjeta le sirve"),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "un cliente me pregunta si puede pagar las pastillas con la tarjeta de ciudadano",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "el paciente quiere que le devuelvan lo que pagó en el hospital, qué necesita",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "reembolso de gastos médicos para un paciente extranjero, con qué tarjeta se hace",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "la paciente quiere consultar su historial de salud, qué tarjeta usa",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "el señor quiere hacer los trámites del seguro médico por internet",
        "task:online",
    ),
    (
        "es",
        "task",
        "cómo hace un paciente las gestiones del seguro médico desde el móvil",
        "task:online",
    ),
    (
        "es",
        "task",
        "un jubilado extranjero pregunta con qué tarjeta cobra la pensión",
        "task:pension",
    ),
    (
        "es",
        "task",
        "el paciente se quedó sin trabajo, qué tarjeta necesita para el subsidio de desempleo",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "un obrero se accidentó en el trabajo, con qué tarjeta reclama la prestación",
        "task:injury",
    ),
    (
        "es",
        "task",
        "el paciente quiere saber si su empresa le está pagando las cotizaciones",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "cómo consulta un extranjero lo que lleva cotizado a la seguridad social",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "qué tarjeta sirve para el metro y el autobús? me lo pregunta una clienta",
        "task:transport",
    ),
    (
        "es",
        "task",
        "la paciente quiere usar los servicios públicos de la ciudad, qué tarjeta le conviene",
        "task:services",
    ),
    (
        "es",
        "task",
        "el paciente no trae pasaporte, con qué tarjeta puede identificarse",
        "task:identity",
    ),
    (
        "es",
        "task",
        "cómo saca un trabajador extranjero la tarjeta de seguridad social",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        (
            "quién puede pedir la tarjeta de seguridad social? el paciente es colombiano y trabaja "
            "aquí"
        ),
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "cómo activa el paciente la tarjeta electrónica de seguridad social",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        (
            "el cliente quiere la tarjeta electrónica de seguridad social en el celular, qué "
            "necesita"
        ),
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "cómo obtiene la paciente el certificado electrónico de seguro médico",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "puede un extranjero con seguro médico sacar el certificado médico electrónico",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "dónde se tramita la tarjeta de ciudadano para un residente extranjero",
        "task:getcitizen",
    ),
    ("es", "task", "cómo consigue la tarjeta ciudadana una familia extranjera", "task:getcitizen"),
    (
        "es",
        "task",
        "el paciente no sabe qué tiene que hacer con cada tarjeta, por dónde empieza",
        "tasks",
    ),
    ("es", "task", "qué tarjetas necesita un paciente para temas de salud y médicos", "tasks:care"),
    (
        "es",
        "task",
        "para cobrar pensión, paro y esas cosas de dinero, qué tarjetas hacen falta",
        "tasks:money",
    ),
    (
        "es",
        "task",
        "una clienta recién llegada pregunta qué tarjeta usar en el día a día",
        "tasks:life",
    ),
    ("es", "task", "qué tarjetas puede sacar un extranjero y cómo se consiguen", "tasks:getcard"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "tarjeta", "cards"),
    ("es", "short", "tarjeta de salud", "card:health"),
    ("es", "short", "seguro médico electr", "card:emedical"),
    ("es", "short", "tarjeta ciudadano", "card:citizen"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "número de seguridad social", "faq:10"),
    ("es", "short", "tarjeta seguro médico", "card:medical"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "el paciente perdió su tarjeta de seguridad social, qué tiene que hacer", "none"),
    ("es", "oos", "cuánto cuesta una consulta de urgencias para un extranjero sin seguro", "none"),
    ("es", "oos", "cuánto tarda en llegar la tarjeta de seguridad social", "none"),
    ("es", "oos", "la clienta olvidó la contraseña de la tarjeta, cómo la recupera", "none"),
    ("es", "oos", "a qué hora abre la oficina de seguridad social", "none"),
    ("es", "oos", "con visado de turista puede el paciente usar el seguro médico chino", "none"),
    ("es", "oos", "el paciente se vuelve a su país, puede sacar lo que cotizó en china", "none"),
    ("es", "oos", "sirve el seguro de viaje de españa en un hospital chino", "none"),
    ("es", "oos", "cuánto cobra el banco por hacer la tarjeta", "none"),
    ("es", "oos", "en shanghái qué documentos piden para la tarjeta de ciudadano", "none"),
    ("es", "oos", "puede el hijo del paciente usar la tarjeta del padre en la farmacia", "none"),
    ("es", "oos", "la tarjeta no pasa por el datáfono, qué hago", "none"),
    ("es", "oos", "qué porcentaje de una operación cubre el seguro médico", "none"),
    ("es", "oos", "hay que pagar impuestos por la pensión en china", "none"),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "qué es exactamente el certificado electrónico de seguro médico",
        "card:emedical",
    ),
    ("es", "card", "definición de tarjeta electrónica de seguridad social", "card:esocial:what"),
    (
        "es",
        "card",
        "quién emite el certificado electrónico de seguro médico",
        "card:emedical:issuer",
    ),
    (
        "es",
        "card",
        "es segura la tarjeta de seguridad social o le pueden robar el dinero al cliente",
        "card:social:security",
    ),
    ("es", "card", "qué datos guarda la tarjeta de salud del paciente", "card:health:records"),
    ("es", "card", "háblame de la tarjeta de ciudadano", "card:citizen"),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "compara la tarjeta de seguro médico antigua con la de seguridad social",
        "cmp:social:medical",
    ),
    (
        "es",
        "compare",
        "tarjeta de salud o certificado electrónico de seguro médico, en qué se diferencian",
        "cmp:emedical:health",
    ),
    (
        "es",
        "compare",
        "diferencia entre la tarjeta física de seguridad social y la electrónica",
        "cmp:social:esocial",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        (
            "son lo mismo el certificado electrónico de seguro médico y la tarjeta electrónica de "
            "seguridad social"
        ),
        "faq:5",
    ),
    (
        "es",
        "faq",
        "la tarjeta de recursos humanos y seguridad social es una tarjeta de seguridad social?",
        "faq:4",
    ),
    ("es", "faq", "qué tipos de tarjeta de seguridad social existen", "faq:8"),
    (
        "es",
        "faq",
        "qué registra la tarjeta de seguridad social y para qué la puede usar el paciente",
        "faq:7",
    ),
    (
        "es",
        "faq",
        "la tarjeta de ciudadano y la de seguridad social son la misma tarjeta?",
        "faq:3",
    ),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "qué dice la ley de seguro social sobre los principios del sistema", "law:sil-3"),
    ("es", "law", "artículo 74 de la ley de seguro social", "law:sil-74"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, buenas", "greeting"),
    ("es", "greeting", "muchas gracias, ya se lo expliqué al paciente", "greeting"),
    ("es", "greeting", "gracias, hasta luego", "greeting"),
)
