"""Hundred-and-thirty-fourth phrasing set (payroll clerks, accountants, office managers), written
blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDTHIRTYFOURTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "Which card should our insured persons present at a designated hospital for outpatient "
            "registration?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        "i have a clinic appointment thursday, which card do i register with and settle the bill?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "For prescribed medication bought at a designated pharmacy, which card is charged "
            "against the personal medical account?"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "a junior in accounts wants to pick up medicine at the pharmacy on her insurance. what "
            "card does she hand over"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "I'm drafting a staff memo: which card is required to claim reimbursement of medical "
            "expenses?"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "How do I personally get my hospital bills reimbursed? Which card processes that?",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "An employee wishes to consult her personal health file and past medical records. "
            "Which card gives access?"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "For handling medical insurance business online via mobile, which credential is "
            "accepted as proof of identity?"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        "can i do my medical insurance paperwork on my phone instead of queueing? with what",
        "task:online",
    ),
    (
        "en",
        "task",
        "A long-serving colleague retires in March. Which card will she use to draw her pension?",
        "task:pension",
    ),
    (
        "en",
        "task",
        "what will i need to collect my old-age pension when i retire in two years",
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "We are terminating a fixed-term contract next month. Which card does the departing "
            "employee need to apply for unemployment insurance benefits?"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "Made redundant after the restructuring. Which card do I use for unemployment "
            "registration and the benefit claim?"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "Our warehouse operative sustained an industrial injury. Which card is used to apply "
            "for work-injury insurance benefits?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "I need to verify that the employing unit's contributions have actually been credited "
            "to me. Which card do I query with?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "How can I check the cumulative pension and medical insurance amounts paid in on my "
            "behalf?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "Month-end reconciliation: what card shows the contribution payment status for each "
            "insured person?"
        ),
        "task:contributions",
    ),
    ("en", "task", "Which card works on the city buses and the subway?", "task:transport"),
    (
        "en",
        "task",
        "Is there a card that covers the public reading room and other municipal services?",
        "task:services",
    ),
    (
        "en",
        "task",
        "Which card actually serves as proof of the cardholder's identity?",
        "task:identity",
    ),
    (
        "en",
        "task",
        "New hire onboarding: how does an employee obtain a social security card, and when?",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "How is the electronic social security card activated, and what must the person hold "
            "first?"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "Who is entitled to receive the electronic medical insurance certificate?",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "What is the procedure for a local resident to get a citizen card?",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        (
            "Following an occupational disease diagnosis, which card is used to request a labour "
            "capacity appraisal?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        "I'm compiling the onboarding checklist. Which cards do new staff need to obtain, and how?",
        "tasks:getcard",
    ),
    (
        "en",
        "task",
        (
            "Everything on the medical side (hospital visits, medicine, reimbursements): which "
            "card for each?"
        ),
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "For the finance side of things, pensions, unemployment benefits, contribution checks: "
            "which cards are involved?"
        ),
        "tasks:money",
    ),
    (
        "en",
        "task",
        (
            "What about everyday matters like commuting, ID and local services? Which cards cover "
            "daily life?"
        ),
        "tasks:life",
    ),
    (
        "en",
        "task",
        (
            "As office manager I need an overview: what do staff typically have to do with these "
            "cards?"
        ),
        "tasks",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "social security card", "card:social"),
    ("en", "short", "e-medical cert", "card:emedical"),
    ("en", "short", "hr & ss card", "card:social"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "elec social sec", "card:esocial"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "sil art 58", "law:sil-58"),
    ("en", "short", "contributions", "task:contributions"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "medical insurance card", "card:medical"),
    ("en", "short", "cards list", "cards"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        (
            "An employee has lost his social security card. What is the replacement procedure and "
            "lead time?"
        ),
        "none",
    ),
    ("en", "oos", "Is a fee charged to the cardholder for issuing a social security card?", "none"),
    (
        "en",
        "oos",
        (
            "Do we register our foreign employees on work permits for social insurance in exactly "
            "the same way?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "What are the current employer and employee contribution rates for pension and medical "
            "insurance in Shanghai?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "Where is the social insurance agency office nearest to Chaoyang district, and its "
            "opening hours?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        "What late-payment surcharge applies if we miss the monthly contribution?",
        "none",
    ),
    (
        "en",
        "oos",
        "how do i transfer my social insurance account when moving from shenzhen to beijing",
        "none",
    ),
    ("en", "oos", "My card shows an expiry date that has passed. How do I renew it?", "none"),
    ("en", "oos", "What is this year's minimum contribution base?", "none"),
    ("en", "oos", "Can the PIN on my social security card be reset at the bank branch?", "none"),
    (
        "en",
        "oos",
        "How many days of paid maternity leave is an insured employee entitled to?",
        "none",
    ),
    (
        "en",
        "oos",
        "How does the housing provident fund fit in alongside the five social insurances?",
        "none",
    ),
    (
        "en",
        "oos",
        "When a staff member resigns, how do we deregister them and stop contributions?",
        "none",
    ),
    (
        "en",
        "oos",
        "If I leave China for good, can I withdraw the balance of my pension account?",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "Who was the issuing authority for the old medical insurance card?",
        "card:medical:issuer",
    ),
    (
        "en",
        "card",
        "Please give me a short rundown of the electronic social security card.",
        "card:esocial",
    ),
    (
        "en",
        "card",
        "Who administers health cards, the hospital or the health department?",
        "card:health:manager",
    ),
    (
        "en",
        "card",
        "How secure is the social security card? Is there proper key management behind it?",
        "card:social:security",
    ),
    (
        "en",
        "card",
        (
            "What exactly is the electronic medical insurance certificate? I need a definition for "
            "the file."
        ),
        "card:emedical:what",
    ),
    ("en", "card", "Which regulation governs the social security card?", "card:social:legal"),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "Could you set out the differences between the old medical insurance card and the "
            "electronic medical insurance certificate?"
        ),
        "cmp:medical:emedical",
    ),
    ("en", "compare", "health card vs citizen card, side by side please", "cmp:health:citizen"),
    (
        "en",
        "compare",
        "What distinguishes the social security card from its electronic version?",
        "cmp:social:esocial",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "Which categories of social insurance must the employing unit enrol its staff in?",
        "faq:6",
    ),
    (
        "en",
        "faq",
        (
            "What is the statutory deadline for an employing unit to complete social insurance "
            "registration for a new hire?"
        ),
        ("faq:9", "law:sil-58"),
    ),
    ("en", "faq", "Is my personal social security number simply my ID card number?", "faq:10"),
    (
        "en",
        "faq",
        (
            "Staff keep asking me: are the medical insurance card and the social security card one "
            "and the same?"
        ),
        ("faq:2", "cmp:social:medical"),
    ),
    (
        "en",
        "faq",
        "What types of social security card are issued? Is there a separate one for employers?",
        "faq:8",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        (
            "What does Article 74 of the Social Insurance Law say about checking our contribution "
            "records?"
        ),
        "law:sil-74",
    ),
    (
        "en",
        "law",
        (
            "Under Article 3 of the Administrative Measures on Social Security Cards, who is "
            "responsible for what?"
        ),
        "law:ssc-3",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "Good morning.", "greeting"),
    ("en", "greeting", "Thank you, that's exactly what I needed for the file.", "greeting"),
    ("en", "greeting", "That's all for today, goodbye.", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        (
            "¿Qué tarjeta deben presentar nuestros asegurados para registrarse en un hospital "
            "concertado?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        "tengo consulta mañana, ¿con qué tarjeta me registro y pago en el hospital?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "¿Con qué tarjeta se cargan los medicamentos de farmacia a la cuenta personal del "
            "seguro médico?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "una empleada quiere comprar sus medicinas en la farmacia designada, ¿qué tarjeta "
            "tiene que usar?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "¿Qué tarjeta hace falta para solicitar el reembolso de gastos médicos? Es para una "
            "circular interna."
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "Necesito que me devuelvan lo que pagué en la clínica. ¿Qué tarjeta tramita el reembolso?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "¿Con qué tarjeta puede un trabajador consultar su expediente de salud y su historial "
            "médico?"
        ),
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "Para hacer trámites del seguro médico por internet desde el móvil, ¿qué credencial se "
            "utiliza?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        "¿puedo gestionar mi seguro médico en línea sin ir a ventanilla? ¿con qué?",
        "task:online",
    ),
    (
        "es",
        "task",
        "Un trabajador se jubila el mes que viene: ¿con qué tarjeta cobrará la pensión?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "¿Qué voy a necesitar para percibir mi pensión de vejez cuando me retire?",
        "task:pension",
    ),
    (
        "es",
        "task",
        (
            "Vamos a rescindir un contrato. ¿Qué tarjeta necesita el trabajador para pedir la "
            "prestación por desempleo?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "Me quedé sin empleo tras el cierre de la sucursal. ¿Con qué tarjeta me inscribo como "
            "desempleada?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "Un operario sufrió un accidente laboral. ¿Qué tarjeta se usa para tramitar las "
            "prestaciones por lesión en el trabajo?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿Con qué tarjeta compruebo si la empresa ha ingresado de verdad mis cotizaciones?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "Como contable quiero verificar el estado de pago de las cotizaciones de cada "
            "asegurado. ¿Qué tarjeta lo permite?"
        ),
        "task:contributions",
    ),
    ("es", "task", "¿Qué tarjeta sirve para pagar el autobús y el metro?", "task:transport"),
    (
        "es",
        "task",
        "¿Existe alguna tarjeta para la sala de lectura pública y otros servicios municipales?",
        "task:services",
    ),
    ("es", "task", "¿Cuál de las tarjetas acredita la identidad del titular?", "task:identity"),
    (
        "es",
        "task",
        "Alta de un empleado nuevo: ¿cómo obtiene la tarjeta de seguridad social y en qué momento?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "¿Cómo se activa la tarjeta electrónica de seguridad social? ¿Qué requisito previo hay?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "¿Quién puede obtener el certificado electrónico de seguro médico?",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "¿Cómo se tramita la tarjeta ciudadana siendo residente local?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        (
            "Tras una enfermedad profesional, ¿con qué tarjeta se pide la evaluación de la "
            "capacidad laboral?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "Mi madre está jubilada y quiere saber el importe acumulado de su seguro de vejez. "
            "¿Con qué tarjeta lo consulta?"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        "Preparo la lista de incorporación: ¿qué tarjetas debe sacar el personal y cómo?",
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        (
            "Todo lo de atención médica (hospital, farmacia, reembolsos): ¿qué tarjeta corresponde "
            "a cada cosa?"
        ),
        "tasks:care",
    ),
    (
        "es",
        "task",
        "Temas de dinero, o sea pensión, paro y cotizaciones: ¿qué tarjetas intervienen?",
        "tasks:money",
    ),
    (
        "es",
        "task",
        (
            "Para el día a día (transporte, identificarme, servicios del barrio), ¿qué tarjeta me "
            "conviene?"
        ),
        "tasks:life",
    ),
    (
        "es",
        "task",
        "¿Qué trámites se pueden hacer con estas tarjetas? Deme un resumen general, por favor.",
        "tasks",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "tarjeta seguridad social", "card:social"),
    ("es", "short", "tarjeta de salud", "card:health"),
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "certificado electrónico seguro médico", "card:emedical"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "cotizaciones", "task:contributions"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "ley seguro social art 74", "law:sil-74"),
    ("es", "short", "tarjeta seguro médico antigua", "card:medical"),
    ("es", "short", "tarjeta electr seg social", "card:esocial"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        "Un trabajador ha perdido la tarjeta de seguridad social. ¿Cómo se solicita el duplicado?",
        "none",
    ),
    ("es", "oos", "¿Cuánto cuesta la emisión de la tarjeta para el titular?", "none"),
    (
        "es",
        "oos",
        "¿Cuántos días hábiles tarda en llegar la tarjeta desde que se solicita?",
        "none",
    ),
    (
        "es",
        "oos",
        (
            "¿Los empleados extranjeros con permiso de trabajo tienen derecho a la misma cobertura "
            "que los locales?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        "¿Qué porcentaje de cotización corre a cargo de la empresa en Guangzhou?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿Dónde queda la oficina de seguridad social más cercana en Pudong y qué horario tiene?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿Qué recargo se aplica si la empresa ingresa las cotizaciones fuera de plazo?",
        "none",
    ),
    ("es", "oos", "¿cómo traslado mis cotizaciones si me cambio de ciudad?", "none"),
    (
        "es",
        "oos",
        "Si me voy de China definitivamente, ¿puedo recuperar lo cotizado para la pensión?",
        "none",
    ),
    ("es", "oos", "Olvidé el PIN de la tarjeta, ¿cómo lo restablezco?", "none"),
    ("es", "oos", "¿Cuál es la base mínima de cotización para este ejercicio?", "none"),
    ("es", "oos", "¿Cómo se da de baja en el seguro social a un trabajador que renuncia?", "none"),
    (
        "es",
        "oos",
        "¿Qué relación tiene el fondo de previsión para la vivienda con el seguro social?",
        "none",
    ),
    (
        "es",
        "oos",
        "Mi tarjeta de seguridad social ya ha caducado. ¿Qué hay que hacer para renovarla?",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "¿Qué organismo emite el certificado electrónico de seguro médico?",
        "card:emedical:issuer",
    ),
    ("es", "card", "Explíqueme en qué consiste la tarjeta ciudadana.", "card:citizen"),
    (
        "es",
        "card",
        "¿Qué datos del titular quedan registrados en la tarjeta de seguridad social?",
        ("card:social:records", "faq:7"),
    ),
    (
        "es",
        "card",
        "¿Quién gestiona la tarjeta electrónica de seguridad social?",
        "card:esocial:manager",
    ),
    ("es", "card", "¿Para qué sirve exactamente la tarjeta de salud?", "card:health:function"),
    (
        "es",
        "card",
        "¿Qué nivel de seguridad tenía la antigua tarjeta del seguro médico?",
        "card:medical:security",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "Compare, por favor, la tarjeta de seguridad social con la antigua tarjeta del seguro "
            "médico."
        ),
        ("cmp:social:medical", "faq:2"),
    ),
    (
        "es",
        "compare",
        "diferencias entre el certificado electrónico de seguro médico y la tarjeta ciudadana",
        "cmp:emedical:citizen",
    ),
    (
        "es",
        "compare",
        (
            "Tarjeta electrónica de seguridad social frente a certificado electrónico del seguro "
            "médico: ¿qué cambia?"
        ),
        ("cmp:esocial:emedical", "faq:5"),
    ),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "¿La tarjeta de salud cuenta como tarjeta de seguridad social?", "faq:1"),
    (
        "es",
        "faq",
        "¿La tarjeta ciudadana y la de seguridad social son en realidad la misma tarjeta?",
        "faq:3",
    ),
    (
        "es",
        "faq",
        "¿La tarjeta de recursos humanos y seguridad social es una tarjeta de seguridad social?",
        "faq:4",
    ),
    (
        "es",
        "faq",
        "¿Qué queda registrado en la tarjeta de seguridad social y qué trámites permite hacer?",
        "faq:7",
    ),
    (
        "es",
        "faq",
        (
            "¿Dentro de qué plazo debe la unidad empleadora dar de alta a sus trabajadores en el "
            "seguro social?"
        ),
        ("faq:9", "law:sil-58"),
    ),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿Qué establece el artículo 2 de la Ley del Seguro Social?", "law:sil-2"),
    (
        "es",
        "law",
        "¿Qué normas legales regulan estas tarjetas? Necesito la lista de artículos.",
        "law",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "Buenas tardes.", "greeting"),
    ("es", "greeting", "Muchas gracias, muy amable.", "greeting"),
    ("es", "greeting", "Hasta luego.", "greeting"),
)
