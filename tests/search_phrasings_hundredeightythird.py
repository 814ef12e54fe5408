"""Hundred-and-eighty-third phrasing set (nurses, clinic receptionists and HR assistants
asking on behalf of foreign patients or staff), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDEIGHTYTHIRD: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (20) ----------------
    (
        "en",
        "task",
        "Hello po, our foreign patient wants to register at the hospital, which card should she "
        "bring?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "Good day ma'am, Kenyan staff needs to see a doctor at a designated hospital and pay with "
        "medical insurance. Which card?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "kindly advise which card my patient uses to buy medicine at the pharmacy",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "patient paid the bill himself, what card does he need to get his medical expenses "
        "reimbursed?",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "I wish to enquire how a foreigner can look up her personal health file, which card is "
        "for that?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "Our expat teacher wants to handle his medical insurance business online. What does he "
        "use po?",
        "task:online",
    ),
    (
        "en",
        "task",
        "retired foreign consultant asking which card is used for receiving pension",
        "task:pension",
    ),
    (
        "en",
        "task",
        "one of our staff was laid off, which card does he use to apply for unemployment benefits?",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "Sir our driver got injured at work, which card for claiming work injury benefits?",
        "task:injury",
    ),
    (
        "en",
        "task",
        "how can our foreign employee check if the company really paid his social insurance "
        "contributions",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "Which card can my colleague from Mombasa use on the bus and subway?",
        "task:transport",
    ),
    (
        "en",
        "task",
        "is there a card for local public services like the public reading room? asking for a "
        "patient",
        "task:services",
    ),
    (
        "en",
        "task",
        "patient has no passport with her today, which card can prove her identity?",
        "task:identity",
    ),
    (
        "en",
        "task",
        "new hire from Nairobi starts monday, how does he get a social security card?",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "how to get the electronic social security card on his phone po?",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "Who can claim the electronic medical insurance certifcate and how? its for a Filipino "
        "nurse",
        "task:getemedical",
    ),
    ("en", "task", "can our foreign patient apply for a citizen card? how?", "task:getcitizen"),
    (
        "en",
        "task",
        "staff wants to check the total accumulated amount of his old age insurance, which card?",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "what can these cards do for money matters like pension and benefits?",
        "tasks:money",
    ),
    (
        "en",
        "task",
        "ano po the steps to get any of these cards for our new foreign staff?",
        "tasks:getcard",
    ),
    # ---------------- English: short (18) ----------------
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "hospial", "task:hospital"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "citizen", "card:citizen"),
    ("en", "short", "e-medical", "card:emedical"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "medical card", "card:medical"),
    ("en", "short", "e-social", "card:esocial"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "health file", "task:healthfile"),
    ("en", "short", "SS number", "faq:10"),
    ("en", "short", "insurance types", "faq:6"),
    ("en", "short", "all cards", "cards"),
    ("en", "short", "art 58", "law:sil-58"),
    ("en", "short", "hr card", "card:social"),
    # ---------------- English: oos (18) ----------------
    (
        "en",
        "oos",
        "Hi po, patient lost her social security card yesterday, how does she replace it?",
        "none",
    ),
    ("en", "oos", "How much is the fee to apply for the citizen card?", "none"),
    ("en", "oos", "how many days before the social security card is released po?", "none"),
    ("en", "oos", "What's the address of the social security bureau in Guangzhou Tianhe?", "none"),
    ("en", "oos", "is the medical insurance office open on saturdays? what time?", "none"),
    ("en", "oos", "kindly share the hotline number for health card inquiries", "none"),
    (
        "en",
        "oos",
        "how much pension per month will a foreign employee get after 15 years of contributions?",
        "none",
    ),
    ("en", "oos", "what is the retirement age for foreign workers in China", "none"),
    (
        "en",
        "oos",
        "my staff forgot the password for his electronic social security card app, what to do",
        "none",
    ),
    ("en", "oos", "social security card of our patient already expired, how to renew it?", "none"),
    (
        "en",
        "oos",
        "in Hangzhou does the citizen card work as a social security card already?",
        "none",
    ),
    (
        "en",
        "oos",
        "if our Kenyan engineer has no social insurance will his work permit be cancelled?",
        "none",
    ),
    ("en", "oos", "is social insurance deducted before or after individual income tax?", "none"),
    ("en", "oos", "can the patient use his PhilHealth card here instead?", "none"),
    (
        "en",
        "oos",
        "can my colleague still use the Chinese social security card when he goes home to Kenya?",
        "none",
    ),
    ("en", "oos", "what percent is reimbursed for an outpatient consultation?", "none"),
    ("en", "oos", "any good Filipino restaurant near the clinic in Shenzhen?", "none"),
    ("en", "oos", "will it rain tomorrow in Beijing", "none"),
    # ---------------- English: card (12) ----------------
    ("en", "card", "what exactly is the electronic social security card po?", "card:esocial:what"),
    (
        "en",
        "card",
        "the old medical insurance card, who issued that one? the hospital or a bank?",
        "card:medical:issuer",
    ),
    (
        "en",
        "card",
        "that card with the chip, his photo and ID number printed on it, who manages it?",
        "card:social:manager",
    ),
    (
        "en",
        "card",
        "What information does the health card keep about the patient?",
        "card:health:records",
    ),
    ("en", "card", "where can you use the citizen card, only in the city?", "card:citizen:scope"),
    (
        "en",
        "card",
        "patient is worried about fraud, how safe is the social security card?",
        "card:social:security",
    ),
    (
        "en",
        "card",
        "is the e-medical insurance certificate only in the phone or is there a plastic card also?",
        "card:emedical:form",
    ),
    (
        "en",
        "card",
        "can my staff activate the e social security card if she doesn't have the physical card "
        "yet?",
        "card:esocial:eligibility",
    ),
    (
        "en",
        "card",
        "what is the legal basis of the human resources and social security card?",
        "card:social:legal",
    ),
    (
        "en",
        "card",
        "what is the health card for, the hospital keeps asking for it",
        "card:health:function",
    ),
    (
        "en",
        "card",
        "the card run by the local health department or the hospital itself, what card is that?",
        "card:health",
    ),
    ("en", "card", "tell me about the medical insurance card", "card:medical"),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "what's the difference between the health card and the citizen card?",
        "cmp:health:citizen",
    ),
    (
        "en",
        "compare",
        "old medical insurance card vs the electronic medical insurance certificate, same thing?",
        "cmp:medical:emedical",
    ),
    (
        "en",
        "compare",
        "difference of the social security card and the electronic social security card po",
        "cmp:social:esocial",
    ),
    # ---------------- English: faq (3) ----------------
    ("en", "faq", "what is my patient's social security number?", "faq:10"),
    (
        "en",
        "faq",
        "within how many days must the employer register a new hire for social insurance?",
        "faq:9",
    ),
    ("en", "faq", "what kinds of social insurance are there in China?", "faq:6"),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "which law article says the company must register staff within 30 days?",
        "law:sil-58",
    ),
    ("en", "law", "pls send the list of legal articles", "law"),
    # ---------------- English: greeting (2) ----------------
    ("en", "greeting", "Habari, good morning!", "greeting"),
    ("en", "greeting", "thank you po, very helpful", "greeting"),
    # ---------------- Spanish: task (20) ----------------
    (
        "es",
        "task",
        "Hola, tengo una paciente extranjera que quiere pedir cita en el hospital, ¿qué tarjeta "
        "tiene que traer?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "¿Con qué tarjeta puede comprar medicamentos en la farmacia un trabajador extranjero?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "Un empleado quiere que le reembolsen los gastos médicos, ¿con qué tarjeta se tramita eso?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "¿Qué tarjeta sirve para consultar el historial de salud de un paciente?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "Nuestro compañero inglés quiere hacer las gestiones del seguro médico por internet, ¿qué "
        "necesita?",
        "task:online",
    ),
    (
        "es",
        "task",
        "Una señora jubilada extranjera pregunta con qué tarjeta cobra la pensión",
        "task:pension",
    ),
    (
        "es",
        "task",
        "han despedido a un trabajador extranjero, ¿qué tarjeta necesita para cobrar el paro?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "Un operario se ha hecho daño en el curro, ¿con qué tarjeta pide la prestación por "
        "accidente laboral?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿Cómo compruebo si la empresa le está cotizando a un empleado extranjero?",
        "task:contributions",
    ),
    ("es", "task", "¿Qué tarjeta vale para el autobús y el metro?", "task:transport"),
    (
        "es",
        "task",
        "¿Hay alguna tarjeta para los servicios públicos de la ciudad, tipo sala de lectura?",
        "task:services",
    ),
    (
        "es",
        "task",
        "El paciente no trae pasaporte, ¿con qué tarjeta puede identificarse?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "Tenemos un fichaje nuevo de Valencia, ¿cómo consigue la tarjeta de la seguridad social?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "¿Cómo se activa la tarjeta electrónica de la seguridad social en el móvil?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "¿Cómo se saca el certificado electrónico del seguro médico y quién puede tenerlo?",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "¿Un residente extranjero puede sacarse la tarjeta ciudadana? ¿Cómo?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        "quiere apuntarse a un curso de formación profesional del seguro de desempleo, ¿qué "
        "tarjeta usa?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "¿Qué se puede hacer con estas tarjetas en temas de salud y médicos?",
        "tasks:care",
    ),
    (
        "es",
        "task",
        "para el día a día (transporte, identificarse, servicios) ¿qué opciones hay?",
        "tasks:life",
    ),
    ("es", "task", "¿Qué trámites se pueden hacer con las tarjetas?", "tasks"),
    # ---------------- Spanish: short (18) ----------------
    ("es", "short", "farmcia", "task:pharmacy"),
    ("es", "short", "tarjeta ciud", "card:citizen"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "paro", "task:unemployment"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "cotizaciones", "task:contributions"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "tarjeta médica", "card:medical"),
    ("es", "short", "ley", "law"),
    ("es", "short", "historial", "task:healthfile"),
    ("es", "short", "identidad", "task:identity"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "citas médicas", "task:hospital"),
    ("es", "short", "seguridad soc", "card:social"),
    ("es", "short", "número SS", "faq:10"),
    # ---------------- Spanish: oos (18) ----------------
    (
        "es",
        "oos",
        "A un paciente le han robado la tarjeta de la seguridad social, ¿qué tiene que hacer?",
        "none",
    ),
    ("es", "oos", "¿Cuánto cuesta sacarse la tarjeta ciudadana?", "none"),
    (
        "es",
        "oos",
        "¿Cuánto tardan en dar la tarjeta de la seguridad social? Es para un empleado nuevo",
        "none",
    ),
    ("es", "oos", "¿Dónde está la oficina de la seguridad social más cercana en Pekín?", "none"),
    ("es", "oos", "¿A qué hora abre la oficina del seguro médico?", "none"),
    ("es", "oos", "¿Tenéis el teléfono de atención de la tarjeta de salud?", "none"),
    ("es", "oos", "¿Cuánto cobra de paro al mes un trabajador extranjero?", "none"),
    ("es", "oos", "¿A qué edad se jubila un extranjero en China?", "none"),
    (
        "es",
        "oos",
        "Se le ha olvidado la contraseña del certificado electrónico del seguro médico, ¿cómo la "
        "recupera?",
        "none",
    ),
    ("es", "oos", "La tarjeta de la seguridad social le ha caducado, ¿cómo la renueva?", "none"),
    (
        "es",
        "oos",
        "En Shanghái, ¿la tarjeta ciudadana ya hace de tarjeta de la seguridad social?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿Sin seguro social le pueden denegar el permiso de residencia a una enfermera española?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿Las cotizaciones se descuentan antes o después del impuesto sobre la renta?",
        "none",
    ),
    ("es", "oos", "¿Le cubre el seguro privado de Sanitas en un hospital chino?", "none"),
    ("es", "oos", "¿Puede usar la tarjeta sanitaria europea en China?", "none"),
    ("es", "oos", "¿Hay convenio entre España y China para no cotizar dos veces?", "none"),
    ("es", "oos", "¿Conocéis algún sitio por aquí donde pongan tortilla de patatas?", "none"),
    ("es", "oos", "¿Qué tiempo va a hacer mañana en Cantón?", "none"),
    # ---------------- Spanish: card (12) ----------------
    (
        "es",
        "card",
        "¿Qué es eso del certificado electrónico del seguro médico?",
        "card:emedical:what",
    ),
    ("es", "card", "¿Quién expide la tarjeta ciudadana?", "card:citizen:issuer"),
    (
        "es",
        "card",
        "¿Quién tiene derecho a la tarjeta de ciudadano?",
        ("card:citizen:eligibility", "task:getcitizen"),
    ),
    (
        "es",
        "card",
        "La tarjeta sanitaria china esa, ¿quién la gestiona, el hospital o sanidad?",
        "card:health:manager",
    ),
    (
        "es",
        "card",
        "¿Quién gestiona la versión electrónica de la tarjeta de la seguridad social?",
        "card:esocial:manager",
    ),
    (
        "es",
        "card",
        "¿Qué datos quedan registrados en la tarjeta de la seguirdad social?",
        ("card:social:records", "faq:7"),
    ),
    ("es", "card", "La tarjeta del seguro médico antigua, ¿es segura?", "card:medical:security"),
    (
        "es",
        "card",
        "¿Para qué servía la tarjeta médica vieja, la que daba el banco?",
        "card:medical:function",
    ),
    (
        "es",
        "card",
        "La tarjeta con chip que te dan al cotizar, ¿es física o va en el móvil?",
        "card:social:form",
    ),
    (
        "es",
        "card",
        "¿Dónde se puede usar el certificado electrónico del seguro médico?",
        "card:emedical:scope",
    ),
    (
        "es",
        "card",
        "¿A quién se le da la tarjeta de la seguridad social?",
        "card:social:eligibility",
    ),
    (
        "es",
        "card",
        "Esa tarjeta que usan en las consultas para ver el historial y los gastos médicos del "
        "paciente, ¿cuál es?",
        "card:health",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "¿En qué se diferencia la tarjeta de la seguridad social del certificado electrónico del "
        "seguro médico?",
        "cmp:social:emedical",
    ),
    (
        "es",
        "compare",
        "Tarjeta ciudadana vs la tarjeta del seguro médico de antes, ¿qué diferencia hay?",
        "cmp:medical:citizen",
    ),
    (
        "es",
        "compare",
        "¿La tarjeta de salud y la tarjeta electrónica de la seguridad social son lo mismo?",
        "cmp:esocial:health",
    ),
    # ---------------- Spanish: faq (3) ----------------
    ("es", "faq", "¿Es la tarjeta de salud una tarjeta de la seguridad social?", "faq:1"),
    ("es", "faq", "¿Qué tipos de tarjeta de la seguridad social hay?", "faq:8"),
    (
        "es",
        "faq",
        "¿La tarjeta de recursos humanos y seguridad social es la tarjeta de la seguridad social?",
        "faq:4",
    ),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿Qué dice el artículo 74 de la Ley del Seguro Social?", "law:sil-74"),
    (
        "es",
        "law",
        "artículo 2 de las medidas administrativas sobre tarjetas de la seguridad social",
        "law:ssc-2",
    ),
    # ---------------- Spanish: greeting (2) ----------------
    ("es", "greeting", "¡Buenas tardes!", "greeting"),
    ("es", "greeting", "Vale, mil gracias, hasta luego", "greeting"),
)
