"""Eighty-second phrasing set (people with a chronic illness or a disability, or who care for
someone who has one, who visit hospitals and pharmacies often and worry about costs, records and
paperwork), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

EIGHTYSECOND: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "my mum has diabetes and sees the doctor every month, which card do i take to the "
            "hospital"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        "which card lets me pay at the hospital registration desk for my dialysis appointments",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "i pick up insulin at the pharmacy every few weeks, which card should i pay with",
        "task:pharmacy",
    ),
    ("en", "task", "can i use a card at the drugstore for my son's epilepsy meds", "task:pharmacy"),
    (
        "en",
        "task",
        "how do i get my medical bills reimbursed after a hospital stay",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "treatment is costing me a fortune, which card do i use to claim back medical expenses",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "where can i look up my medical records, the new specialist wants my health history",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "i care for my dad who has dementia, how do i check his health file",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "i want to do my medical insurance stuff online instead of queueing for hours, what do "
            "i need"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        "which card do i need to handle medical insurance business on my phone",
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "my husband retired early because of his disability, which card does he use to draw "
            "his pension"
        ),
        "task:pension",
    ),
    ("en", "task", "how do i collect my pension", "task:pension"),
    (
        "en",
        "task",
        "i lost my job after my diagnosis, which card do i need to claim unemployment benefits",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "i got hurt at work and now use a wheelchair, which card is for work injury benefits",
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "which card do i use to apply for a work capacity assessment after an occupational "
            "disease"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        "how can i check whether my employer has actually been paying my social insurance",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "i want to see how much has been paid into my medical insurance account so far",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "which card works on the bus and subway, i take the metro to my hospital appointments",
        "task:transport",
    ),
    (
        "en",
        "task",
        "which card do i use for local public services like the public reading room",
        "task:services",
    ),
    (
        "en",
        "task",
        (
            "which card can prove my identity so i don't have to carry my passport to every "
            "appointment"
        ),
        "task:identity",
    ),
    (
        "en",
        "task",
        "i need something to prove who i am when i pick up test results, which card",
        "task:identity",
    ),
    (
        "en",
        "task",
        (
            "how do i get a social security card, i'm on sick leave and not sure my employer ever "
            "applied"
        ),
        "task:getsocial",
    ),
    ("en", "task", "who can get a social security card", "task:getsocial"),
    (
        "en",
        "task",
        "how do i activate the electronic social security card for my elderly mother",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "can i get the electronic medical insurance certificate if i already have medical "
            "insurance"
        ),
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "how do i apply for a citizen card for my disabled brother who lives with me",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        "everything i need for my medical care: doctors, medicine, reimbursement, which cards",
        "tasks:care",
    ),
    ("en", "task", "which cards deal with money things like pension and benefits", "tasks:money"),
    (
        "en",
        "task",
        "cards for everyday life, getting around the city and local services",
        "tasks:life",
    ),
    (
        "en",
        "task",
        "i'm new here and caring for my partner, what cards do we need to get",
        "tasks:getcard",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "medicine card", "task:pharmacy"),
    ("en", "short", "reimburse", "task:reimburse"),
    ("en", "short", "med records", "task:healthfile"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "injury", "task:injury"),
    ("en", "short", "contrib", "task:contributions"),
    ("en", "short", "e medical", "card:emedical"),
    ("en", "short", "e-social", "card:esocial"),
    ("en", "short", "citizen c", "card:citizen"),
    ("en", "short", "medical insurance card", "card:medical"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "how much does a course of chemo cost with insurance", "none"),
    ("en", "oos", "does medical insurance pay for my wheelchair", "none"),
    ("en", "oos", "i lost my social security card, how do i replace it", "none"),
    ("en", "oos", "what is the pin for my social security card", "none"),
    ("en", "oos", "can my carer pick up my prescriptions using my card", "none"),
    ("en", "oos", "is there a disability allowance for foreigners in china", "none"),
    ("en", "oos", "how long does it take to get a citizen card", "none"),
    ("en", "oos", "what time does the social security bureau open on saturdays", "none"),
    ("en", "oos", "does insurance cover medicines for rare diseases", "none"),
    ("en", "oos", "will my residence permit be affected if i'm on long term sick leave", "none"),
    ("en", "oos", "how much is the fee to replace a damaged card", "none"),
    ("en", "oos", "can i get a tax deduction for my medical expenses", "none"),
    ("en", "oos", "how do i get an accessible parking permit", "none"),
    ("en", "oos", "what documents does guangzhou ask for when applying for a card", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "what is the health card", "card:health"),
    (
        "en",
        "card",
        "who manages the health card, the hospital or the government",
        "card:health:manager",
    ),
    (
        "en",
        "card",
        "what does the social security card record about my disability",
        "card:social:records",
    ),
    ("en", "card", "is the money on my medical insurance card safe", "card:medical:security"),
    (
        "en",
        "card",
        "is the electronic medical insurance certificate a physical card or only on the phone",
        "card:emedical:form",
    ),
    ("en", "card", "who issues the old medical insurance card", "card:medical:issuer"),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "difference between the health card and the social security card",
        "cmp:social:health",
    ),
    (
        "en",
        "compare",
        "citizen card vs health card, which one for hospital visits",
        "cmp:health:citizen",
    ),
    (
        "en",
        "compare",
        "compare the old medical insurance card with the electronic medical certificate",
        "cmp:medical:emedical",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        (
            "do i still need my old medical insurance card or has the social security card "
            "replaced it"
        ),
        "faq:2",
    ),
    (
        "en",
        "faq",
        "what kinds of social insurance are there, i want to know what covers illness",
        "faq:6",
    ),
    ("en", "faq", "where do i find my social security number for the hospital forms", "faq:10"),
    ("en", "faq", "is the health card from the hospital a kind of social security card", "faq:1"),
    ("en", "faq", "what does my social security card record and what can i do with it", "faq:7"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "which law says i can check my contribution records for free", "law:sil-74"),
    (
        "en",
        "law",
        "what law says the social security card has to work all over the country",
        "law:ssc-4",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi", "greeting"),
    ("en", "greeting", "thank you so much, this really helped with my mum's paperwork", "greeting"),
    ("en", "greeting", "bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "¿qué tarjeta tengo que llevar al hospital para las consultas de mi hija?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "voy a quimioterapia cada semana, con qué tarjeta pago en el hospital",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "compro pastillas para la tensión todos los meses, ¿qué tarjeta uso en la farmacia?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "cuál tarjeta sirve para comprar las medicinas de mi madre en la farmacia",
        "task:pharmacy",
    ),
    ("es", "task", "cómo hago para que me reembolsen los gastos médicos", "task:reimburse"),
    (
        "es",
        "task",
        "gasté muchísimo en el hospital, ¿con qué tarjeta pido el reembolso?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "necesito consultar mi historial médico, ¿qué tarjeta me deja verlo?",
        "task:healthfile",
    ),
    ("es", "task", "dónde puedo ver el expediente de salud de mi padre", "task:healthfile"),
    (
        "es",
        "task",
        "quiero hacer los trámites del seguro médico por internet sin ir a la oficina",
        "task:online",
    ),
    ("es", "task", "con qué hago gestiones del seguro médico desde el móvil", "task:online"),
    (
        "es",
        "task",
        (
            "mi marido tiene una discapacidad y ya se jubiló, ¿qué tarjeta necesita para cobrar la "
            "pensión?"
        ),
        "task:pension",
    ),
    ("es", "task", "cómo cobro mi jubilación", "task:pension"),
    (
        "es",
        "task",
        "me quedé sin trabajo por la enfermedad, ¿qué tarjeta uso para pedir el paro?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "tuve un accidente en el trabajo, ¿cómo pido las prestaciones por accidente laboral?",
        "task:injury",
    ),
    ("es", "task", "qué tarjeta necesito para tramitar una enfermedad profesional", "task:injury"),
    (
        "es",
        "task",
        "cómo compruebo si mi empresa está pagando mis cotizaciones",
        "task:contributions",
    ),
    ("es", "task", "quiero saber cuánto llevo cotizado", "task:contributions"),
    ("es", "task", "qué tarjeta sirve para el metro y el autobús", "task:transport"),
    (
        "es",
        "task",
        "voy en autobús a rehabilitación, ¿puedo pagar con alguna de estas tarjetas?",
        "task:transport",
    ),
    ("es", "task", "con qué tarjeta accedo a los servicios públicos de mi ciudad", "task:services"),
    (
        "es",
        "task",
        "qué tarjeta me sirve para identificarme sin sacar el pasaporte",
        "task:identity",
    ),
    ("es", "task", "cómo consigo la tarjeta de seguridad social", "task:getsocial"),
    (
        "es",
        "task",
        "mi empresa nunca me dio la tarjeta de seguridad social, ¿quién la solicita?",
        "task:getsocial",
    ),
    ("es", "task", "cómo activo la tarjeta electrónica de seguridad social", "task:getesocial"),
    (
        "es",
        "task",
        "¿puedo sacar el certificado electrónico de seguro médico para mi hijo?",
        "task:getemedical",
    ),
    ("es", "task", "quién puede sacar la tarjeta ciudadana y cómo se pide", "task:getcitizen"),
    (
        "es",
        "task",
        "todo lo de la atención médica: médico, farmacia, reembolsos, ¿qué tarjetas uso?",
        "tasks:care",
    ),
    ("es", "task", "tarjetas para temas de dinero: pensión, paro, cotizaciones", "tasks:money"),
    (
        "es",
        "task",
        "qué tarjeta uso en el día a día, transporte y trámites en la ciudad",
        "tasks:life",
    ),
    ("es", "task", "qué tengo que hacer para conseguir mis tarjetas", "tasks:getcard"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "medicin", "task:pharmacy"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "historial", "task:healthfile"),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "cotizac", "task:contributions"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "tarjeta de salud", "card:health"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "seguro médico elec", "card:emedical"),
    ("es", "short", "tarjeta seg social", "card:social"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "¿cuánto cuesta una resonancia magnética con el seguro?", "none"),
    ("es", "oos", "perdí la tarjeta de seguridad social de mi madre, ¿qué hago?", "none"),
    ("es", "oos", "¿el seguro cubre la silla de ruedas?", "none"),
    ("es", "oos", "olvidé el PIN de la tarjeta", "none"),
    ("es", "oos", "¿cuánto tardan en darte la tarjeta ciudadana?", "none"),
    ("es", "oos", "horario de la oficina de seguridad social", "none"),
    ("es", "oos", "¿puede mi cuidadora recoger mis medicinas con mi tarjeta?", "none"),
    ("es", "oos", "¿hay ayudas para extranjeros con discapacidad?", "none"),
    ("es", "oos", "¿puedo desgravar los gastos médicos en la declaración de impuestos?", "none"),
    ("es", "oos", "¿me renuevan el visado si estoy de baja médica mucho tiempo?", "none"),
    ("es", "oos", "qué papeles piden en Shenzhen para hacer la tarjeta", "none"),
    ("es", "oos", "¿cuánto cobran por reponer la tarjeta si se rompe?", "none"),
    ("es", "oos", "¿el seguro paga la fisioterapia?", "none"),
    ("es", "oos", "¿hay algún tope de gasto para enfermos crónicos?", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "¿qué es la tarjeta de salud?", "card:health"),
    (
        "es",
        "card",
        "¿quién emite el certificado electrónico de seguro médico?",
        "card:emedical:issuer",
    ),
    ("es", "card", "¿qué datos guarda la tarjeta de seguridad social?", "card:social:records"),
    ("es", "card", "¿es segura la tarjeta de seguridad social?", "card:social:security"),
    ("es", "card", "la tarjeta de seguridad social es física o electrónica", "card:social:form"),
    ("es", "card", "para qué sirve la tarjeta ciudadana", "card:citizen:function"),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "diferencia entre la tarjeta de seguro médico y la tarjeta de seguridad social",
        "cmp:social:medical",
    ),
    (
        "es",
        "compare",
        "tarjeta ciudadana o tarjeta de seguridad social, ¿cuál me conviene para el hospital?",
        "cmp:social:citizen",
    ),
    (
        "es",
        "compare",
        "diferencias entre la tarjeta de seguridad social física y la electrónica",
        "cmp:social:esocial",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        (
            "el certificado electrónico del seguro médico y la tarjeta social electrónica, ¿son la "
            "misma cosa?"
        ),
        "faq:5",
    ),
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
    ("es", "faq", "¿cuál es mi número de seguridad social?", "faq:10"),
    (
        "es",
        "faq",
        "¿en cuánto tiempo me tiene que dar de alta mi empresa en el seguro social?",
        "faq:9",
    ),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "qué dice la ley sobre los principios del seguro social", "law:sil-3"),
    ("es", "law", "artículo 75 ley de seguro social", "law:sil-75"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, buenas", "greeting"),
    ("es", "greeting", "muchas gracias, me has ayudado mucho", "greeting"),
    ("es", "greeting", "adiós, hasta luego", "greeting"),
)
