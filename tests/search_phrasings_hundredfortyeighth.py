"""Hundred-and-forty-eighth phrasing set (meticulous), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDFORTYEIGHTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "I'm a nurse on rotating shifts. When I register at the outpatient desk, which "
            "card do they actually scan?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "paying the bill at a designated hospital from my medical insurance personal "
            "account - which card has to be in my wallet?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "buying prescription meds at a designated pharmacy: does the social security card"
            " debit my personal account there, or is it another card?"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "which card, precisely, lets me pay at the drugstore",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "I need some surgery expenses reimbursed. Which card is the correct one to "
            "present for reimbursement?"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "outpatient cost reimbursement -- social security card, or something else?",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "I want to review my personal health file and my past medical records. Which card"
            " is used for that?"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "can I handle medical insurance matters on my phone instead of queuing, and what "
            "credential does that need"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        "Doing medical insurance business online: which card or certificate identifies me?",
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "I don't know where to start. Show me the guide of what I might need to do with "
            "these cards."
        ),
        "tasks",
    ),
    (
        "en",
        "task",
        (
            "I'm 58, retiring soon after 30 years as an accountant. Which card will I use to "
            "draw my pension?"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        "receiving old-age pension payments: which card serves as the voucher for that?",
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "Got laid off last week. Which card do I need to apply for unemployment insurance"
            " benefits?"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "unemployment registration plus job-seeking registration, what card do i bring to"
            " the office"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "Hurt my hand on the plant floor. For work-injury insurance benefits and the "
            "disability appraisal, which card applies?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        "Give me an overview of getting each card: who qualifies and how, all in one place.",
        "tasks:getcard",
    ),
    (
        "en",
        "task",
        (
            "how can I verify my employer has actually been paying my social insurance "
            "contributions each month"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "I'd like to check the total accumulated amount in my pension and medical "
            "insurance accounts. Which card?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        "Which card can I tap on the metro and the city bus?",
        "task:transport",
    ),
    (
        "en",
        "task",
        "is there one card that covers public transport and car rental payments",
        "task:transport",
    ),
    (
        "en",
        "task",
        "what card gets me into the public reading room in my city",
        "task:services",
    ),
    (
        "en",
        "task",
        (
            "Daily-life tasks only, please: what can these cards do for me outside of "
            "hospitals and benefits?"
        ),
        "tasks:life",
    ),
    (
        "en",
        "task",
        "Which of these cards can legitimately serve as proof of identity?",
        "task:identity",
    ),
    (
        "en",
        "task",
        "need something to prove who i am at a counter - does any of these cards count",
        "task:identity",
    ),
    (
        "en",
        "task",
        (
            "What are the eligibility conditions for a social security card, and what is the "
            "procedure to apply?"
        ),
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "I already hold the physical social security card. What's the precondition for "
            "getting the electronic one?"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "conditions for obtaining the electronic medical insurance certificate - who can get it?",
        ("task:getemedical", "card:emedical:eligibility"),
    ),
    (
        "en",
        "task",
        "How does one obtain a citizen card, and who is entitled to it?",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        "List every health-care task these cards handle, from registration to medicine.",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "money matters: pensions, benefits, payments. What can I do with these cards on that side?",
        "tasks:money",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "hr & social security card", "card:social"),
    ("en", "short", "electronic social security card", "card:esocial"),
    ("en", "short", "elect", ("card:esocial", "card:emedical")),
    ("en", "short", "health card records", "card:health:records"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "medical insurance card security", "card:medical:security"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "reimbursement", "task:reimburse"),
    ("en", "short", "social insurance law", "law"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "cards", "cards"),
    ("en", "short", "e-medical cert issuer", "card:emedical:issuer"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "What is the exact fee to replace a social security card with a damaged chip?",
        "none",
    ),
    (
        "en",
        "oos",
        "How many working days between submitting the application and receiving the card?",
        "none",
    ),
    (
        "en",
        "oos",
        "address and opening hours of the social insurance bureau in Pudong?",
        "none",
    ),
    (
        "en",
        "oos",
        (
            "As a foreign employee, can I get a lump-sum refund of my pension contributions "
            "when I leave China?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        "What's the employer contribution rate for pension insurance in Suzhou this year?",
        "none",
    ),
    (
        "en",
        "oos",
        "my card seems demagnetized, the reader won't take it. how do i get it repaired?",
        "none",
    ),
    (
        "en",
        "oos",
        (
            "What is the annual deductible before basic medical insurance starts paying for "
            "inpatient care?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        "Can I add my spouse as a dependent on my medical insurance?",
        "none",
    ),
    (
        "en",
        "oos",
        "forgot the PIN on my social security card, what's the reset procedure",
        "none",
    ),
    (
        "en",
        "oos",
        "If I change jobs mid-month, what happens to that month's medical insurance contribution?",
        "none",
    ),
    (
        "en",
        "oos",
        "Is a routine dental cleaning covered by basic medical insurance?",
        "none",
    ),
    (
        "en",
        "oos",
        "As a foreigner, do I also need to show my passport with the card when I see a doctor?",
        "none",
    ),
    (
        "en",
        "oos",
        "What late-payment penalty applies if my employer pays the contributions late?",
        "none",
    ),
    (
        "en",
        "oos",
        "is there a waiting period after first enrolling in medical insurance before I can use it?",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        (
            "What exactly is recorded on the social security card? Just name and ID number, "
            "or contributions and account info as well?"
        ),
        "card:social:records",
    ),
    (
        "en",
        "card",
        "How secure is the social security card? Is there actual key management behind it?",
        "card:social:security",
    ),
    (
        "en",
        "card",
        "which agency, specifically, issues the electronic medical insurance certificate",
        "card:emedical:issuer",
    ),
    (
        "en",
        "card",
        (
            "Is the electronic social security card administered centrally by a national "
            "platform, or by each city?"
        ),
        "card:esocial:manager",
    ),
    (
        "en",
        "card",
        "Who manages the health card: the hospital itself or the local health department?",
        "card:health:manager",
    ),
    (
        "en",
        "card",
        "What legal instrument governs the social security card?",
        "card:social:legal",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "health card vs social security card: how do they differ in function, scope of "
            "use and who manages them?"
        ),
        "cmp:social:health",
    ),
    (
        "en",
        "compare",
        (
            "Compare the electronic social security card and the electronic medical insurance"
            " certificate point by point: issuer, eligibility, function."
        ),
        "cmp:esocial:emedical",
    ),
    (
        "en",
        "compare",
        (
            "Spell out the differences between the social security card and the old medical "
            "insurance card, including the safety aspect."
        ),
        "cmp:social:medical",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "Are the citizen card and the social security card one and the same card?",
        "faq:3",
    ),
    (
        "en",
        "faq",
        "What kinds of social insurance exist, exactly? I want the complete list.",
        "faq:6",
    ),
    (
        "en",
        "faq",
        "how many types of social security card are there, personal vs employer or more?",
        "faq:8",
    ),
    (
        "en",
        "faq",
        "Within how many days of hiring must my employer register me for social insurance?",
        "faq:9",
    ),
    (
        "en",
        "faq",
        "what is my social security number, is it simply my ID number?",
        "faq:10",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        (
            "What does Article 3 of the Administrative Measures on Social Security Cards say "
            "about who manages issuance?"
        ),
        "law:ssc-3",
    ),
    (
        "en",
        "law",
        (
            "Social Insurance Law art. 74: what does it require of the agencies regarding "
            "records and data?"
        ),
        "law:sil-74",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "good evening", "greeting"),
    ("en", "greeting", "Thanks, that was precise. Appreciated.", "greeting"),
    ("en", "greeting", "ok, bye for now", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        (
            "Soy enfermera y trabajo por turnos; al pedir cita en el hospital, ¿qué tarjeta "
            "me escanean exactamente?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "¿Con qué tarjeta pago la factura de un hospital designado usando la cuenta "
            "personal del seguro médico?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        "¿Qué tarjeta sirve para comprar medicamentos en una farmacia designada?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "en la farmacia me pidieron tarjeta, cuál es la correcta para que descuente de mi cuenta",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "Tengo las facturas de una operación. ¿Con qué tarjeta tramito el reembolso de "
            "los gastos médicos?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "reembolso de consultas externas: ¿vale la tarjeta de seguridad social o hace falta otra?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "¿Cómo consulto mi expediente de salud y mi historial médico? ¿Qué tarjeta lo permite?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "Todo lo relacionado con la atención médica: ¿qué trámites cubren estas tarjetas?",
        "tasks:care",
    ),
    (
        "es",
        "task",
        (
            "Para hacer gestiones del seguro médico por internet desde el móvil, ¿qué "
            "credencial necesito?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        "¿qué uso para tramitar el seguro médico en línea sin ir a la ventanilla?",
        "task:online",
    ),
    (
        "es",
        "task",
        (
            "Tengo 61 años y fui contable toda la vida; ¿con qué tarjeta cobro la pensión de "
            "jubilación?"
        ),
        "task:pension",
    ),
    (
        "es",
        "task",
        "cobrar la pensión de vejez, ¿qué tarjeta hace falta exactamente?",
        "task:pension",
    ),
    (
        "es",
        "task",
        (
            "Me despidieron hace dos semanas. ¿Qué tarjeta necesito para pedir la prestación "
            "por desempleo?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "para el registro de desempleo y de búsqueda de empleo, ¿qué tarjeta llevo?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "Soy ingeniero de obra y me lesioné trabajando. ¿Qué tarjeta uso para las "
            "prestaciones por accidente laboral?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "enfermedad profesional y evaluación de la capacidad laboral: ¿con cuál tarjeta "
            "se tramita?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿Cómo compruebo, mes a mes, que mi empresa está pagando de verdad mis cotizaciones?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "quiero saber el total acumulado de mi seguro de pensión y de mi seguro médico",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "¿Qué tarjeta puedo usar en el autobús y en el metro?",
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "¿Cómo se obtiene cada una de las tarjetas? Quiero el resumen completo, "
            "requisitos incluidos."
        ),
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        "¿Con qué tarjeta entro a la sala de lectura pública de mi ciudad?",
        "task:services",
    ),
    (
        "es",
        "task",
        (
            "Para la vida diaria (transporte, servicios públicos), ¿qué puedo hacer con estas"
            " tarjetas?"
        ),
        "tasks:life",
    ),
    (
        "es",
        "task",
        "¿Cuál de estas tarjetas sirve para demostrar mi identidad?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "necesito acreditar quién soy en una ventanilla, ¿me vale alguna de estas tarjetas?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "¿Quién puede solicitar la tarjeta de seguridad social y cuál es el procedimiento?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        (
            "Ya tengo la tarjeta física. ¿Qué necesito para activar la tarjeta electrónica de"
            " seguridad social?"
        ),
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "¿Qué requisitos hay para obtener el certificado electrónico del seguro médico?",
        ("task:getemedical", "card:emedical:eligibility"),
    ),
    (
        "es",
        "task",
        "¿Cómo consigo la tarjeta ciudadana y qué condiciones hay que cumplir?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        "¿Qué trámites de dinero (pensiones, prestaciones, pagos) puedo hacer con estas tarjetas?",
        "tasks:money",
    ),
    (
        "es",
        "task",
        "Muéstrame la guía: ¿qué trámites hay y con qué tarjeta se hace cada uno?",
        "tasks",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "reembolso gastos médicos", "task:reimburse"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "certificado electrónico seguro médico", "card:emedical"),
    ("es", "short", "seguridad social física o electrónica", "card:social:form"),
    ("es", "short", "ley de seguro social", "law"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "tarjeta electrónica seg social", "card:esocial"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        "¿Cuánto cuesta exactamente reponer la tarjeta de seguridad social si la pierdo?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿Cuántos días tarda en llegar la tarjeta después de solicitarla?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿Dónde está la oficina de seguridad social más cercana en Cantón y a qué hora abre?",
        "none",
    ),
    (
        "es",
        "oos",
        (
            "Soy extranjera con permiso de trabajo: ¿tengo derecho a cobrar la pensión si me "
            "voy de China?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        "¿Qué porcentaje del salario se descuenta para el seguro médico en Pekín?",
        "none",
    ),
    ("es", "oos", "¿cuál es el PIN inicial de la tarjeta de seguridad social?", "none"),
    (
        "es",
        "oos",
        "¿Puedo usar la cuenta personal del seguro médico para pagar las medicinas de mi madre?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿Cómo traslado mi seguro social si me mudo de Shenzhen a Chengdu?",
        "none",
    ),
    ("es", "oos", "¿Cuánto me pagan de subsidio por maternidad, en cifras?", "none"),
    (
        "es",
        "oos",
        "se me bloqueó la tarjeta por meter mal la contraseña tres veces, ¿qué hago?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿El seguro médico básico cubre tratamientos dentales como una endodoncia?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿Hay un teléfono de atención al cliente para dudas sobre la tarjeta?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿Mi seguro médico chino me cubre si viajo a España de vacaciones?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿Hay que pagar alguna tasa por el certificado electrónico del seguro médico?",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "La tarjeta de seguridad social, ¿es un soporte físico o solo electrónico?",
        "card:social:form",
    ),
    (
        "es",
        "card",
        "¿Qué información guarda exactamente la tarjeta sanitaria?",
        "card:health:records",
    ),
    (
        "es",
        "card",
        (
            "¿Quién emite la tarjeta ciudadana: el gobierno local o el departamento de "
            "seguridad social?"
        ),
        "card:citizen:issuer",
    ),
    (
        "es",
        "card",
        "¿Para qué sirve exactamente la antigua tarjeta del seguro médico? ¿Solo para lo médico?",
        "card:medical:function",
    ),
    (
        "es",
        "card",
        "¿En qué sitios concretos se puede usar la tarjeta ciudadana?",
        "card:citizen:scope",
    ),
    (
        "es",
        "card",
        "Explícame con detalle qué es la tarjeta electrónica de seguridad social.",
        "card:esocial",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "Diferencias concretas entre la tarjeta de seguridad social y la del seguro "
            "médico: emisor, funciones y seguridad."
        ),
        "cmp:social:medical",
    ),
    (
        "es",
        "compare",
        "¿En qué se diferencia la tarjeta física de seguridad social de la tarjeta electrónica?",
        "cmp:social:esocial",
    ),
    (
        "es",
        "compare",
        (
            "Compara punto por punto la tarjeta ciudadana y la de seguridad social: quién la "
            "emite y dónde se usa."
        ),
        "cmp:social:citizen",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        "¿La tarjeta sanitaria cuenta como tarjeta de seguridad social?",
        "faq:1",
    ),
    (
        "es",
        "faq",
        (
            "La tarjeta de recursos humanos y seguridad social, ¿es técnicamente una tarjeta "
            "de seguridad social?"
        ),
        "faq:4",
    ),
    (
        "es",
        "faq",
        (
            "¿El certificado electrónico del seguro médico y la tarjeta electrónica de "
            "seguridad social son lo mismo?"
        ),
        "faq:5",
    ),
    (
        "es",
        "faq",
        "¿Qué registra la tarjeta de seguridad social y qué puedo hacer con ella?",
        "faq:7",
    ),
    (
        "es",
        "faq",
        "¿Cuál es mi número de seguridad social? ¿Coincide con mi número de identidad?",
        "faq:10",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        "¿Qué establece el artículo 58 de la Ley de Seguro Social sobre el registro de empleados?",
        "law:sil-58",
    ),
    (
        "es",
        "law",
        "¿Cómo define la tarjeta de seguridad social el artículo 2 de las Medidas Administrativas?",
        "law:ssc-2",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "buenas tardes", "greeting"),
    ("es", "greeting", "Muchas gracias por la aclaración, muy completa.", "greeting"),
    ("es", "greeting", "hasta luego", "greeting"),
)
