"""Hundred-and-second phrasing set (employees of multinational companies who use corporate HR
vocabulary: benefits, payroll, onboarding, compliance, enrolment, reimbursement claims), written
blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDSECOND: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "which card do i present at the hospital registration desk for an outpatient visit",
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "our onboarding pack says bring your insurance card to the clinic - which one do they "
            "mean?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        "what card do I use to buy prescription medicine at a designated pharmacy",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "can I pay for medication at the pharmacy out of my medical insurance personal "
            "account? which card"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "how do I submit a reimbursement claim for medical expenses, which card is required",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        ("which card do I need to get my hospital bills reimbursed under basic medical insurance"),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "where can I look up my personal health file and past medical records",
        "task:healthfile",
    ),
    ("en", "task", "which card lets me pull up my health records history", "task:healthfile"),
    (
        "en",
        "task",
        ("I want to handle my medical insurance business online, what credential do I log in with"),
        "task:online",
    ),
    (
        "en",
        "task",
        "which digital ID is used for online medical insurance transactions",
        "task:online",
    ),
    ("en", "task", "when I retire which card will I need to draw my pension", "task:pension"),
    (
        "en",
        "task",
        "if my role is made redundant which card do I use to claim unemployment benefits",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "laid off after the restructuring - how do I apply for unemployment insurance benefits "
            "and register as job-seeking"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "had an accident at the office, which card do I need to claim work-related injury "
            "benefits"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        ("how can I verify my employer has actually been paying my social insurance contributions"),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "I want to audit my contribution history to make sure the payroll deductions actually "
            "went in"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        "which card can I use on the subway and buses for my daily commute",
        "task:transport",
    ),
    (
        "en",
        "task",
        "is there a card that works for public transport? just relocated here on assignment",
        "task:transport",
    ),
    (
        "en",
        "task",
        "which card gives me access to local public services like the public reading room",
        "task:services",
    ),
    (
        "en",
        "task",
        "which card can serve as proof of identity besides my passport",
        "task:identity",
    ),
    (
        "en",
        "task",
        "HR needs me to verify my identity, which of these cards actually proves who I am",
        "task:identity",
    ),
    ("en", "task", "as a new hire how do I get a social security card issued", "task:getsocial"),
    (
        "en",
        "task",
        "how do I activate the electronic social security card on my phone",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "how can I get the electronic medical insurance certificate, am I eligible once "
            "enrolled in medical insurance"
        ),
        "task:getemedical",
    ),
    ("en", "task", "what's the process to apply for a citizen card", "task:getcitizen"),
    (
        "en",
        "task",
        (
            "new on assignment here - for healthcare stuff (doctor, medicine, claims) which card "
            "do I use for what"
        ),
        "tasks:care",
    ),
    (
        "en",
        "task",
        "which cards do I need for benefit payouts like pension and unemployment",
        "tasks:money",
    ),
    (
        "en",
        "task",
        "for day-to-day life, commuting and local services, which card should I carry",
        "tasks:life",
    ),
    (
        "en",
        "task",
        "onboarding checklist: which cards do I need to apply for and how do I get each one",
        "tasks:getcard",
    ),
    (
        "en",
        "task",
        "just joined the company in China, what do I actually need to do with all these cards",
        "tasks",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "e-social card", "card:esocial"),
    ("en", "short", "medical insurance card", "card:medical"),
    ("en", "short", "citizen c", "card:citizen"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "contributions", "task:contributions"),
    ("en", "short", "ss number", "faq:10"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "work injury", "task:injury"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "I lost my social security card, how do I get a replacement issued", "none"),
    ("en", "oos", "what's the employer contribution rate for pension in Shanghai", "none"),
    ("en", "oos", "is there a fee to get the social security card made", "none"),
    ("en", "oos", "how long does the card take to arrive after HR submits the application", "none"),
    ("en", "oos", "I forgot the PIN for my social security card", "none"),
    ("en", "oos", "what are the opening hours of the social security bureau", "none"),
    (
        "en",
        "oos",
        "does my work permit or residence permit affect whether I can get these cards",
        "none",
    ),
    (
        "en",
        "oos",
        "are my social insurance contributions deductible for individual income tax",
        "none",
    ),
    (
        "en",
        "oos",
        "can I transfer my pension contributions back home when my assignment ends",
        "none",
    ),
    (
        "en",
        "oos",
        (
            "does our company's supplementary private health plan work together with the social "
            "security card"
        ),
        "none",
    ),
    ("en", "oos", "how much will an MRI cost me out of pocket with medical insurance", "none"),
    ("en", "oos", "what documents does Beijing require for the citizen card application", "none"),
    ("en", "oos", "can expats opt out of social insurance enrolment", "none"),
    ("en", "oos", "how do I update the bank account linked to my card for payroll", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "give me an overview of the health card", "card:health"),
    ("en", "card", "who issues the medical insurance card", "card:medical:issuer"),
    (
        "en",
        "card",
        "how secure is the social security card, is my data protected",
        "card:social:security",
    ),
    (
        "en",
        "card",
        "is the electronic medical insurance certificate a physical card or only digital",
        "card:emedical:form",
    ),
    ("en", "card", "where can the citizen card be used", "card:citizen:scope"),
    ("en", "card", "define electronic social security card", "card:esocial:what"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "citizen card vs health card, what's the difference", "cmp:health:citizen"),
    (
        "en",
        "compare",
        "old medical insurance card compared with the electronic medical insurance certificate",
        "cmp:medical:emedical",
    ),
    (
        "en",
        "compare",
        "physical social security card vs the electronic one - how do they differ",
        "cmp:social:esocial",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "is the social security card the same thing as the medical insurance card",
        "faq:2",
    ),
    (
        "en",
        "faq",
        "which types of social insurance is my employer supposed to enrol me in",
        "faq:6",
    ),
    ("en", "faq", "what types of social security card exist, personal vs employer?", "faq:8"),
    (
        "en",
        "faq",
        (
            "how many days does my employer have after my start date to register me for social "
            "insurance"
        ),
        ("faq:9", "law:sil-58"),
    ),
    ("en", "faq", "is my social security number just my ID number", "faq:10"),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "which article of the social insurance law covers keeping records of contributions",
        "law:sil-74",
    ),
    ("en", "law", "show me the relevant legislation for compliance", "law"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "Hi team", "greeting"),
    ("en", "greeting", "Thanks, that's very helpful", "greeting"),
    ("en", "greeting", "Cheers, have a good weekend", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "¿qué tarjeta presento en el hospital para sacar número y pagar la consulta?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "me toca ir al médico y en RRHH no me explicaron qué tarjeta llevar",
        "task:hospital",
    ),
    ("es", "task", "con qué tarjeta compro medicamentos en la farmacia designada", "task:pharmacy"),
    (
        "es",
        "task",
        "¿puedo pagar la receta en la farmacia con la cuenta personal del seguro médico?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "cómo tramito el reembolso de gastos médicos, qué tarjeta necesito",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "me operaron y quiero que me reembolsen, ¿con cuál tarjeta se gestiona?",
        "task:reimburse",
    ),
    ("es", "task", "dónde consulto mi expediente de salud e historial médico", "task:healthfile"),
    (
        "es",
        "task",
        "quiero hacer trámites del seguro médico por internet, qué credencial uso",
        "task:online",
    ),
    ("es", "task", "cuando me jubile, qué tarjeta necesito para cobrar la pensión", "task:pension"),
    (
        "es",
        "task",
        "si me despiden en la reestructuración, ¿cómo cobro la prestación por desempleo?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "registro de desempleo y subsidio de paro, cuál de las tarjetas sirve",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "tuve un accidente laboral, con qué tarjeta reclamo las prestaciones",
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "enfermedad profesional: qué tarjeta hace falta para tramitar la prestación por lesión "
            "en el trabajo"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "cómo verifico que la empresa está cotizando por mí cada mes",
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "en la nómina me descuentan la seguridad social, ¿dónde reviso que esos aportes se "
            "hayan pagado?"
        ),
        "task:contributions",
    ),
    ("es", "task", "qué tarjeta sirve para el metro y el autobús", "task:transport"),
    (
        "es",
        "task",
        "tarjeta para servicios públicos de la ciudad, tipo sala de lectura",
        "task:services",
    ),
    ("es", "task", "qué tarjeta me sirve para identificarme en trámites", "task:identity"),
    (
        "es",
        "task",
        "necesito acreditar mi identidad, ¿cuál de estas tarjetas vale como documento?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "cómo saco la tarjeta de seguridad social siendo empleado recién incorporado",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "quién puede solicitar la tarjeta de seguridad social y cómo",
        ("task:getsocial", "card:social:eligibility"),
    ),
    (
        "es",
        "task",
        "cómo activo la tarjeta electrónica de seguridad social en el móvil",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "¿puedo obtener la tarjeta electrónica de seguridad social sin tener la física?",
        "task:getesocial",
    ),
    ("es", "task", "cómo obtengo el certificado electrónico de seguro médico", "task:getemedical"),
    ("es", "task", "cómo solicito la tarjeta ciudadana", "task:getcitizen"),
    (
        "es",
        "task",
        ("todo lo de atención médica: consulta, farmacia, reembolsos... qué tarjeta en cada caso"),
        "tasks:care",
    ),
    (
        "es",
        "task",
        "pensión, paro, cotizaciones: para los temas de dinero qué tarjeta uso",
        "tasks:money",
    ),
    (
        "es",
        "task",
        "para el día a día, transporte y servicios locales, qué tarjeta conviene llevar",
        "tasks:life",
    ),
    ("es", "task", "qué tarjetas puedo solicitar y cómo se obtiene cada una", "tasks:getcard"),
    (
        "es",
        "task",
        "soy nuevo en la filial de China, qué trámites tengo que hacer con las tarjetas",
        "tasks",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "paro", "task:unemployment"),
    ("es", "short", "tarjeta de salud", "card:health"),
    ("es", "short", "seguro médico electrónico", "card:emedical"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "cotizaciones", "task:contributions"),
    ("es", "short", "nº seguridad social", "faq:10"),
    ("es", "short", "accidente lab", "task:injury"),
    ("es", "short", "metro", "task:transport"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "se me perdió la tarjeta de seguridad social, cómo pido un duplicado", "none"),
    ("es", "oos", "¿hay que pagar algo por emitir la tarjeta?", "none"),
    (
        "es",
        "oos",
        "cuánto tarda en llegar la tarjeta después de que RRHH hace la solicitud",
        "none",
    ),
    ("es", "oos", "olvidé el PIN de la tarjeta", "none"),
    ("es", "oos", "horario de atención de la oficina de seguridad social en Shenzhen", "none"),
    ("es", "oos", "con permiso de residencia por trabajo, ¿puedo tener tarjeta ciudadana?", "none"),
    ("es", "oos", "¿las cotizaciones desgravan en el impuesto sobre la renta?", "none"),
    (
        "es",
        "oos",
        "al terminar mi asignación internacional, ¿puedo recuperar lo aportado a pensiones?",
        "none",
    ),
    ("es", "oos", "mi empresa me cotiza en España, ¿tengo que cotizar también en China?", "none"),
    (
        "es",
        "oos",
        (
            "el seguro médico privado de la empresa es compatible con la tarjeta de seguridad "
            "social?"
        ),
        "none",
    ),
    ("es", "oos", "cuánto me cubre el seguro médico de una resonancia magnética", "none"),
    ("es", "oos", "qué documentos piden en Guangzhou para la tarjeta ciudadana", "none"),
    ("es", "oos", "cuántos días de baja por maternidad me corresponden", "none"),
    (
        "es",
        "oos",
        "cómo cambio la cuenta bancaria vinculada a la tarjeta donde cobro la nómina",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "qué es la tarjeta de seguro médico antigua", "card:medical"),
    (
        "es",
        "card",
        "quién emite el certificado electrónico de seguro médico",
        "card:emedical:issuer",
    ),
    ("es", "card", "qué información registra la tarjeta de salud", "card:health:records"),
    ("es", "card", "la tarjeta de seguridad social es física o electrónica", "card:social:form"),
    (
        "es",
        "card",
        "quién gestiona la tarjeta electrónica de seguridad social",
        "card:esocial:manager",
    ),
    ("es", "card", "para qué sirve la tarjeta ciudadana", "card:citizen:function"),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "diferencias entre la tarjeta de seguridad social y la tarjeta de salud",
        "cmp:social:health",
    ),
    (
        "es",
        "compare",
        "tarjeta ciudadana vs certificado electrónico de seguro médico",
        "cmp:emedical:citizen",
    ),
    (
        "es",
        "compare",
        "comparar la tarjeta de seguro médico con la tarjeta de salud",
        "cmp:medical:health",
    ),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "¿la tarjeta de salud es una tarjeta de seguridad social?", "faq:1"),
    ("es", "faq", "¿la tarjeta ciudadana y la de seguridad social son la misma tarjeta?", "faq:3"),
    (
        "es",
        "faq",
        (
            "la tarjeta de recursos humanos y seguridad social, ¿cuenta como tarjeta de seguridad "
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
        "qué registra la tarjeta de seguridad social y qué puedo hacer con ella",
        "faq:7",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        (
            "qué dice la ley sobre los principios del seguro social, amplia cobertura y protección "
            "básica"
        ),
        "law:sil-3",
    ),
    (
        "es",
        "law",
        (
            "artículo de las medidas administrativas que define qué es la tarjeta de seguridad "
            "social"
        ),
        "law:ssc-2",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "Hola, buenos días", "greeting"),
    ("es", "greeting", "Muchas gracias por la info", "greeting"),
    ("es", "greeting", "Hasta luego, saludos", "greeting"),
)
