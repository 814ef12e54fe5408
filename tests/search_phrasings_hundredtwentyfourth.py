"""Hundred-and-twenty-fourth phrasing set (patients), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDTWENTYFOURTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "im on hemodialysis 3x a week, which card do i hand over at the hospital registration "
            "window"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        "which card pays at the hospital cashier so the whole bill doesnt go on my credit card",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "type 1 diabetic, which card do i use at the pharmacy for insulin pens and test strips",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "can my mum pick up my inhalers at the drugstore with my card or is it hospital only",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "chemo cost me a fortune this quarter. what do i use to claim the medical costs back",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "got a stack of receipts from the cardiology ward, which card gets them reimbursed",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "want my full health file, blood work, scans etc. which card lets me look it up",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "how can i check my own medical records before my next oncology appointment",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "can i do my medical insurance stuff online from bed? too wiped out after dialysis to "
            "queue"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        "is there something on my phone for handling medical insurance business",
        "task:online",
    ),
    (
        "en",
        "task",
        "retired teacher with heart failure here, which card do i need to draw my pension",
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "had to quit delivery work because of my dialysis schedule. how do i claim "
            "unemployment money"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "got occupational asthma from the spray booth at work, which card for work injury benefits",
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "hurt my back at the warehouse years ago, still in pain. card for industrial injury "
            "payouts?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        "boss swears he pays my social insurance every month. how do i check what's really paid in",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "how do i see the total built up in my pension and medical insurance accounts",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "which card works on the bus and metro? i go to the hospital 3 times a week, fares add up",
        "task:transport",
    ),
    (
        "en",
        "task",
        "can a card get me into the public reading room? long waits between my infusions",
        "task:services",
    ),
    (
        "en",
        "task",
        "left my ID at home and need to prove who i am at the clinic, does any of these cards work",
        "task:identity",
    ),
    (
        "en",
        "task",
        "just got hired at a logistics company, how do i get a social security card",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "how do i get the electronic social security card on my phone, i already have the "
            "plastic one"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "who is allowed to get the electronic medical insurance certificate? im on basic medical",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        (
            "wife is in cancer treatment and i do her paperwork. can she get the e medical "
            "insurance voucher"
        ),
        "task:getemedical",
    ),
    ("en", "task", "how does someone apply for a citizen card", "task:getcitizen"),
    (
        "en",
        "task",
        "can i settle my medical insurance personal account when i check out after bypass surgery",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "everything health care: seeing doctors, meds, records. which cards cover what",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "show me the money side of things, pensions, benefits, getting refunds",
        "tasks:money",
    ),
    (
        "en",
        "task",
        "what everyday stuff can these cards do, like getting around town or proving who i am",
        "tasks:life",
    ),
    ("en", "task", "i need to get one of these cards, what are my options", "tasks:getcard"),
    (
        "en",
        "task",
        "newly diagnosed and drowning in admin. what can i actually do with all these cards?",
        "tasks",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "insulin pharmacy", "task:pharmacy"),
    ("en", "short", "reimbursement", "task:reimburse"),
    ("en", "short", "hospital regist", "task:hospital"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "medical insurance card", "card:medical"),
    ("en", "short", "citizen crd", "card:citizen"),
    ("en", "short", "e medical cert", "card:emedical"),
    ("en", "short", "human resources card", "card:social"),
    ("en", "short", "social insurance law", "law"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "med records", "task:healthfile"),
    ("en", "short", "contribut", "task:contributions"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "lost my social security card at the dialysis center, how do i get a replacement",
        "none",
    ),
    ("en", "oos", "how much does it cost to replace a cracked social security card", "none"),
    ("en", "oos", "how many days does it take for a new social security card to be made", "none"),
    ("en", "oos", "where is the social security office in chaoyang district", "none"),
    ("en", "oos", "can a foreigner on a work visa join the medical insurance scheme", "none"),
    (
        "en",
        "oos",
        "what percentage of dialysis costs does medical insurance cover in shanghai",
        "none",
    ),
    ("en", "oos", "is there a yearly cap on how much chemo the insurance will reimburse", "none"),
    ("en", "oos", "does medical insurance cover imported cancer drugs like keytruda", "none"),
    (
        "en",
        "oos",
        "how do i sign up for the chronic disease outpatient program for my diabetes",
        "none",
    ),
    (
        "en",
        "oos",
        "can i get reimbursed for treatment i had back home in the states last summer",
        "none",
    ),
    ("en", "oos", "will insurance pay for an insulin pump and cgm sensors", "none"),
    (
        "en",
        "oos",
        "what's the deductible before insurance starts paying for a hospital stay",
        "none",
    ),
    ("en", "oos", "if i move from guangzhou to chengdu does my medical insurance transfer", "none"),
    (
        "en",
        "oos",
        "is it worth buying private critical illness cover on top of social insurance",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "my endo's clinic keeps asking for a health card. what even is that",
        "card:health:what",
    ),
    (
        "en",
        "card",
        "who issued the old medical insurance card? mine is from years ago",
        "card:medical:issuer",
    ),
    (
        "en",
        "card",
        "how secure is the social security card, worried someone could misuse mine",
        "card:social:security",
    ),
    ("en", "card", "where can the citizen card actually be used", "card:citizen:scope"),
    (
        "en",
        "card",
        "is the electronic medical insurance certificate a real card or only on the phone",
        "card:emedical:form",
    ),
    ("en", "card", "tell me about the electronic social security card", "card:esocial"),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "difference between the old medical insurance card and the electronic medical "
            "insurance certificate?"
        ),
        "cmp:medical:emedical",
    ),
    ("en", "compare", "health card vs citizen card, which is which", "cmp:health:citizen"),
    (
        "en",
        "compare",
        "how is the electronic social security card different from the physical one",
        "cmp:social:esocial",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "is the health card the hospital gave me just another kind of social security card?",
        "faq:1",
    ),
    (
        "en",
        "faq",
        (
            "are my social security card and medical insurance card the same thing? got both in my "
            "wallet"
        ),
        "faq:2",
    ),
    ("en", "faq", "what types of social insurance are there in china", "faq:6"),
    (
        "en",
        "faq",
        "how soon after i start a job does my employer have to register me for social insurance",
        "faq:9",
    ),
    ("en", "faq", "what is my social security number, is it different from my id number", "faq:10"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "what does article 58 of the social insurance law say", "law:sil-58"),
    ("en", "law", "article 3 of the administrative measures on social security cards", "law:ssc-3"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi there", "greeting"),
    ("en", "greeting", "thanks, that sorted out a lot of my paperwork", "greeting"),
    ("en", "greeting", "ok bye, off to dialysis", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        (
            "tengo diálisis lunes, miércoles y viernes, ¿qué tarjeta presento para registrarme en "
            "el hospital?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        "¿con qué tarjeta pago en la caja del hospital las sesiones de quimio?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "soy diabético, ¿qué tarjeta uso en la farmacia para comprar la insulina?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "necesito comprar el inhalador de mi hija en la farmacia designada, ¿sirve alguna tarjeta?",
        "task:pharmacy",
    ),
    ("es", "task", "¿cómo me reembolsan los gastos médicos del cateterismo?", "task:reimburse"),
    (
        "es",
        "task",
        (
            "tengo una carpeta llena de facturas del oncólogo, ¿qué tarjeta necesito para el "
            "reembolso?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "quiero consultar mi expediente de salud con todos los análisis, ¿qué tarjeta sirve?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "¿dónde veo mi historial médico? el cardiólogo nuevo me lo pide",
        "task:healthfile",
    ),
    ("es", "task", "¿puedo hacer los trámites del seguro médico desde el móvil?", "task:online"),
    (
        "es",
        "task",
        (
            "estoy agotada después del tratamiento, ¿hay forma de gestionar el seguro médico por "
            "internet?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        "tengo 63 años y una cardiopatía, ¿con qué tarjeta cobro la pensión?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "me despidieron por tantas bajas médicas, ¿cómo pido la prestación por desempleo?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "ya me inscribí como desempleado, ¿qué tarjeta hace falta para cobrar el subsidio?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "me quemé las manos en la cocina del restaurante, ¿qué tarjeta uso para el seguro de "
            "accidentes laborales?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "me diagnosticaron asma por el polvo de la mina, ¿con qué tarjeta pido la prestación "
            "por lesión laboral?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿cómo compruebo si mi empresa paga de verdad mis cotizaciones cada mes?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "quiero ver cuánto llevo acumulado en el seguro de pensiones y en el médico",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "¿hay alguna tarjeta que sirva para el metro? voy al hospital tres veces por semana",
        "task:transport",
    ),
    (
        "es",
        "task",
        "¿con qué tarjeta entro en la sala de lectura pública del barrio?",
        "task:services",
    ),
    (
        "es",
        "task",
        "se me olvidó el pasaporte, ¿qué tarjeta me sirve para demostrar quién soy?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "empecé a trabajar en una fábrica, ¿cómo consigo la tarjeta de seguridad social?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "¿quién tiene derecho a la tarjeta de seguridad social física y cómo se pide?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "¿cómo activo la tarjeta electrónica de seguridad social en la app?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "tengo seguro médico básico, ¿puedo sacar el certificado electrónico de seguro médico?",
        "task:getemedical",
    ),
    ("es", "task", "¿cómo se solicita la tarjeta ciudadana?", "task:getcitizen"),
    (
        "es",
        "task",
        "todo lo de salud: médico, medicinas, historial... ¿qué tarjetas necesito?",
        "tasks:care",
    ),
    ("es", "task", "temas de dinero: pensión, reembolsos, prestaciones", "tasks:money"),
    ("es", "task", "¿qué cosas del día a día puedo hacer con estas tarjetas?", "tasks:life"),
    ("es", "task", "quiero sacarme una de estas tarjetas, ¿qué opciones tengo?", "tasks:getcard"),
    (
        "es",
        "task",
        "me acaban de diagnosticar y estoy perdido con los trámites, ¿qué tengo que hacer?",
        "tasks",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "tarjeta de salud", "card:health"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "seguridad social electr", "card:esocial"),
    ("es", "short", "certificado médico elec", "card:emedical"),
    ("es", "short", "tarjeta seguro médico", "card:medical"),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "historial clínico", "task:healthfile"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "ley seguro social", "law"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "perdí la tarjeta de seguro médico en un taxi, ¿qué hago ahora?", "none"),
    ("es", "oos", "¿cuánto cuesta sacar un duplicado de la tarjeta de seguridad social?", "none"),
    ("es", "oos", "¿cuánto tardan en entregar la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿a qué hora abre la oficina de seguridad social de Shenzhen?", "none"),
    (
        "es",
        "oos",
        "soy extranjero con permiso de residencia, ¿tengo derecho al seguro médico en China?",
        "none",
    ),
    ("es", "oos", "¿qué porcentaje de la hemodiálisis cubre el seguro en Pekín?", "none"),
    ("es", "oos", "¿cubre el seguro la radioterapia en un hospital privado?", "none"),
    (
        "es",
        "oos",
        "¿cuánto tengo que pagar de franquicia antes de que el seguro cubra el ingreso?",
        "none",
    ),
    ("es", "oos", "¿cómo me apunto al programa de enfermedades crónicas para el asma?", "none"),
    ("es", "oos", "¿puedo usar mi seguro médico chino en un hospital de Madrid?", "none"),
    ("es", "oos", "¿el seguro paga el medidor continuo de glucosa?", "none"),
    ("es", "oos", "si me mudo a otra provincia, ¿se traspasa mi seguro médico?", "none"),
    ("es", "oos", "¿merece la pena contratar un seguro privado de enfermedades graves?", "none"),
    (
        "es",
        "oos",
        (
            "¿puedo pagar la cuota del seguro médico de residentes con una tarjeta de crédito "
            "extranjera?"
        ),
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "¿quién gestiona la tarjeta de salud?", "card:health:manager"),
    ("es", "card", "¿qué ley regula la tarjeta de seguridad social?", "card:social:legal"),
    ("es", "card", "¿para qué sirve la tarjeta ciudadana?", "card:citizen:function"),
    (
        "es",
        "card",
        "¿quién emite el certificado electrónico de seguro médico?",
        "card:emedical:issuer",
    ),
    ("es", "card", "cuéntame sobre la antigua tarjeta de seguro médico", "card:medical"),
    ("es", "card", "¿qué información guarda la tarjeta de salud?", "card:health:records"),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "¿en qué se diferencian la tarjeta de salud y la antigua tarjeta de seguro médico?",
        "cmp:medical:health",
    ),
    (
        "es",
        "compare",
        "tarjeta electrónica de seguridad social vs tarjeta ciudadana",
        "cmp:esocial:citizen",
    ),
    (
        "es",
        "compare",
        (
            "¿qué diferencia hay entre el certificado electrónico de seguro médico y la tarjeta de "
            "salud?"
        ),
        "cmp:emedical:health",
    ),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "¿la tarjeta ciudadana y la de seguridad social son la misma?", "faq:3"),
    (
        "es",
        "faq",
        (
            "¿la tarjeta de recursos humanos y seguridad social cuenta como tarjeta de seguridad "
            "social?"
        ),
        "faq:4",
    ),
    (
        "es",
        "faq",
        (
            "¿el certificado electrónico de seguro médico y la tarjeta electrónica de seguridad "
            "social son lo mismo?"
        ),
        "faq:5",
    ),
    (
        "es",
        "faq",
        "¿qué registra la tarjeta de seguridad social y qué puedo hacer con ella?",
        "faq:7",
    ),
    ("es", "faq", "¿qué tipos de tarjeta de seguridad social existen?", "faq:8"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿qué dice el artículo 74 de la ley de seguro social?", "law:sil-74"),
    (
        "es",
        "law",
        "artículo 4 de las medidas administrativas sobre tarjetas de seguridad social",
        "law:ssc-4",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, buenas", "greeting"),
    ("es", "greeting", "muchas gracias, me has ahorrado un viaje a la oficina", "greeting"),
    ("es", "greeting", "adiós, hasta luego", "greeting"),
)
