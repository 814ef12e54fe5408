"""Hundred-and-fortieth phrasing set (press, students), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDFORTIETH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "For an explainer I'm drafting: which card do people show when registering at a hospital?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "my readers keep asking which card lets them buy meds at a designated pharmacy",
        "task:pharmacy",
    ),
    ("en", "task", "Which card is used to claim back medical expenses?", "task:reimburse"),
    (
        "en",
        "task",
        "what card would someone use to look up their personal health file",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "For my thesis: what serves as the identity credential for doing medical "
            "insurance business online?"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        "which card does a retiree need in order to draw their pension?",
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "blog post q: if a reader loses their job, what do they use to apply for "
            "unemployment benefits"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "What would an injured worker use to claim work-injury benefits?",
        "task:injury",
    ),
    (
        "en",
        "task",
        "how can someone verify the contributions that have been paid in on their behalf?",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "Can any of these cards actually be used to pay bus or subway fares?",
        "task:transport",
    ),
    (
        "en",
        "task",
        "which card gets residents into public reading rooms and other municipal services",
        "task:services",
    ),
    (
        "en",
        "task",
        "Which of the cards is primarily meant to prove the holder's identity?",
        "task:identity",
    ),
    (
        "en",
        "task",
        (
            "How does a new employee end up with a social security card - does the "
            "employer apply for it?"
        ),
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "what's required before the electronic social security card can be activated?",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "Who is eligible to claim the electronic medical insurance certificate, and how?",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "how would a local resident go about obtaining a citizen card",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        (
            "uni report on hospital visits in china - what do patients use to pay at the "
            "hospital counter?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        "Which card settles the medical insurance personal account when buying medicine?",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "is there a card that lets patients see their own medical history?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "Can a cardholder check the accumulated total in their pension and medical "
            "insurance? With what?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        "which card do you need for job-seeking registration and unemployment registration",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "Which card works as an electronic wallet on public transport?",
        "task:transport",
    ),
    (
        "en",
        "task",
        (
            "after an occupational disease, what card is used to apply for a labour "
            "capacity appraisal?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        "what do people use to sort out medical insurance matters from their phone",
        "task:online",
    ),
    (
        "en",
        "task",
        "For a piece on retirement: which card handles pension insurance affairs?",
        "task:pension",
    ),
    (
        "en",
        "task",
        "Newcomer guide section on health care - which cards matter for that?",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "everything money-related (pensions, benefits, reimbursements): which cards cover it?",
        "tasks:money",
    ),
    (
        "en",
        "task",
        "And for daily life, like getting around and local services, what cards are relevant?",
        "tasks:life",
    ),
    ("en", "task", "I need a rundown of how one gets each of these cards", "tasks:getcard"),
    (
        "en",
        "task",
        "What are all the things these cards let you do? Want a checklist for my readers",
        "tasks",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "hr & social security card", "card:social"),
    ("en", "short", "esocial", "card:esocial"),
    ("en", "short", "med insurance card", "card:medical"),
    ("en", "short", "e-medical cert", "card:emedical"),
    ("en", "short", "health crd", "card:health"),
    ("en", "short", "citiz", "card:citizen"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "social insurance law", "law"),
    ("en", "short", "art 58", "law:sil-58"),
    ("en", "short", "cards", "cards"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "What fee, if any, is charged to replace a lost social security card?", "none"),
    (
        "en",
        "oos",
        "roughly how long does it take for a newly applied-for social security card to be issued",
        "none",
    ),
    ("en", "oos", "Are foreign nationals entitled to a citizen card in Hangzhou?", "none"),
    ("en", "oos", "for readers in Shenzhen: where is the social security service hall?", "none"),
    ("en", "oos", "What percentage of salary goes into pension contributions?", "none"),
    ("en", "oos", "can the electronic social security card be added to WeChat or Alipay", "none"),
    (
        "en",
        "oos",
        "What year did China first start issuing social security cards? need it for a timeline",
        "none",
    ),
    (
        "en",
        "oos",
        "Can expats take their pension contributions with them when they leave China for good?",
        "none",
    ),
    (
        "en",
        "oos",
        "are there any official figures on how many social security cards have been issued?",
        "none",
    ),
    ("en", "oos", "Does Chinese basic medical insurance cover treatment received abroad?", "none"),
    (
        "en",
        "oos",
        "what should someone do if another person uses their medical insurance card fraudulently",
        "none",
    ),
    ("en", "oos", "How do you reset the PIN on a social security card?", "none"),
    (
        "en",
        "oos",
        "Can Hong Kong and Macau residents living on the mainland apply for these cards?",
        "none",
    ),
    ("en", "oos", "what's the maximum reimbursement rate for outpatient visits", "none"),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "Who actually administers the health card - health authorities or the hospitals?",
        "card:health:manager",
    ),
    (
        "en",
        "card",
        "which body issues the electronic medical insurance certificate?",
        "card:emedical:issuer",
    ),
    (
        "en",
        "card",
        "Is the social security card a physical card or purely digital?",
        "card:social:form",
    ),
    (
        "en",
        "card",
        "how safe was the old medical insurance card, security-wise",
        "card:medical:security",
    ),
    ("en", "card", "Give me some general background on the citizen card", "card:citizen"),
    ("en", "card", "What is the electronic social security card, precisely?", "card:esocial:what"),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "What distinguishes the old medical insurance card from the electronic certificate?",
        "cmp:medical:emedical",
    ),
    ("en", "compare", "health card vs citizen card - how do they differ?", "cmp:health:citizen"),
    (
        "en",
        "compare",
        "Key differences between the social security card and its electronic version?",
        "cmp:social:esocial",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "Would it be accurate to write that the health card is a kind of social security card?",
        "faq:1",
    ),
    (
        "en",
        "faq",
        "Is a 'human resources and social security card' really a social security card?",
        "faq:4",
    ),
    ("en", "faq", "What categories of social insurance exist in China?", "faq:6"),
    (
        "en",
        "faq",
        "Within what period must an employer register a new hire for social insurance?",
        ("faq:9", "law:sil-58"),
    ),
    (
        "en",
        "faq",
        "what exactly is a personal social security number - is it just the ID number?",
        "faq:10",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "What does Article 3 of the Administrative Measures on Social Security Cards set out?",
        "law:ssc-3",
    ),
    (
        "en",
        "law",
        "Could you give me the text of Article 74 of the Social Insurance Law?",
        "law:sil-74",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hello! journalist here, got a few questions", "greeting"),
    ("en", "greeting", "Thanks, that's really useful for my article", "greeting"),
    ("en", "greeting", "ok that's all for today, bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "Para un reportaje: ¿qué tarjeta se presenta al registrarse en un hospital?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "¿con qué tarjeta se compran medicamentos en una farmacia designada?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "Mis lectores preguntan cómo se reembolsan los gastos médicos, ¿qué tarjeta se usa?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "¿Qué tarjeta permite consultar el expediente de salud personal?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "¿Qué documento sirve para tramitar el seguro médico por internet?",
        "task:online",
    ),
    ("es", "task", "Escribo sobre jubilados: ¿con qué tarjeta cobran la pensión?", "task:pension"),
    (
        "es",
        "task",
        "qué tarjeta se usa para pedir la prestación por desempleo",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "En caso de accidente laboral, ¿qué tarjeta sirve para solicitar las prestaciones?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿cómo se consulta lo cotizado a la seguridad social y con qué tarjeta?",
        "task:contributions",
    ),
    ("es", "task", "¿Hay alguna tarjeta que valga para el metro y el autobús?", "task:transport"),
    (
        "es",
        "task",
        "¿Qué tarjeta da acceso a salas de lectura y otros servicios públicos locales?",
        "task:services",
    ),
    (
        "es",
        "task",
        "¿Cuál de estas tarjetas sirve para acreditar la identidad del titular?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "¿Cómo se obtiene la tarjeta de seguridad social? ¿La tramita la empresa?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "¿Qué hace falta para activar la tarjeta electrónica de seguridad social?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "¿Quién puede solicitar el certificado electrónico del seguro médico?",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "¿cómo consigue un vecino de la ciudad la tarjeta ciudadana?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        "soy estudiante de periodismo, ¿qué se usa para pagar en la ventanilla del hospital?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "¿Con qué tarjeta se liquida la cuenta personal del seguro médico en la farmacia?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "para mi blog: ¿con qué tarjeta se recupera el dinero de una consulta médica?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "¿Dónde puede uno ver su historial médico? ¿Con qué tarjeta?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "¿Se pueden hacer gestiones del seguro médico desde el móvil? ¿Con qué?",
        "task:online",
    ),
    (
        "es",
        "task",
        "¿Qué tarjeta sirve para inscribirse como demandante de empleo?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "Con una enfermedad profesional, ¿qué tarjeta se usa para pedir la evaluación laboral?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿cómo se comprueba el total acumulado del seguro de pensiones?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "¿Qué tarjeta funciona como monedero electrónico en el transporte público?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "Resumen para una guía: ¿qué tarjetas cubren todo lo relacionado con la salud?",
        "tasks:care",
    ),
    (
        "es",
        "task",
        "¿Qué tarjetas intervienen en temas de dinero, como pensiones o reembolsos?",
        "tasks:money",
    ),
    (
        "es",
        "task",
        "y para la vida diaria, transporte y servicios municipales, ¿qué tarjetas hay que tener?",
        "tasks:life",
    ),
    ("es", "task", "¿Cómo se obtiene cada una de las tarjetas? Quiero un resumen", "tasks:getcard"),
    (
        "es",
        "task",
        "¿Qué trámites se pueden hacer con estas tarjetas? Una lista general, por favor",
        "tasks",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "tarjeta de recursos humanos", "card:social"),
    ("es", "short", "tarjeta electrónica seg social", "card:esocial"),
    ("es", "short", "tarjeta seguro médico antigua", "card:medical"),
    ("es", "short", "cert electrónico seguro médico", "card:emedical"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "ley seguro social", "law"),
    ("es", "short", "tarjetas", "cards"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "¿Cuánto cuesta reponer una tarjeta de seguridad social perdida?", "none"),
    ("es", "oos", "cuánto tarda la emisión de la tarjeta ciudadana", "none"),
    (
        "es",
        "oos",
        "¿Los extranjeros pueden afiliarse por su cuenta al seguro de pensiones?",
        "none",
    ),
    ("es", "oos", "¿Dónde está la oficina de la seguridad social en Pekín?", "none"),
    ("es", "oos", "¿Qué porcentaje del salario se cotiza al seguro médico?", "none"),
    (
        "es",
        "oos",
        "¿Se puede vincular el certificado electrónico del seguro médico a WeChat?",
        "none",
    ),
    ("es", "oos", "¿Existe un convenio de seguridad social entre China y España?", "none"),
    (
        "es",
        "oos",
        "Para la cronología: ¿en qué año se lanzó el certificado electrónico del seguro médico?",
        "none",
    ),
    ("es", "oos", "¿qué hago si me roban la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿El seguro médico chino cubre los tratamientos dentales?", "none"),
    ("es", "oos", "¿Cuántas semanas dura la baja por maternidad en China?", "none"),
    (
        "es",
        "oos",
        "¿Se recuperan las cotizaciones si uno se marcha de China definitivamente?",
        "none",
    ),
    ("es", "oos", "¿Cuál es la pensión mínima en Cantón?", "none"),
    ("es", "oos", "¿Cómo se cambia el PIN de la tarjeta de seguridad social?", "none"),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "¿Quién gestiona la tarjeta electrónica de seguridad social?",
        "card:esocial:manager",
    ),
    ("es", "card", "¿Qué es exactamente la tarjeta sanitaria?", "card:health:what"),
    ("es", "card", "¿Para qué sirve la tarjeta ciudadana?", "card:citizen:function"),
    ("es", "card", "¿Quién emitía la antigua tarjeta del seguro médico?", "card:medical:issuer"),
    (
        "es",
        "card",
        "¿El certificado electrónico del seguro médico es físico o digital?",
        "card:emedical:form",
    ),
    (
        "es",
        "card",
        "Háblame de la tarjeta de seguridad social, es para la introducción de mi TFG",
        "card:social",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "¿Qué diferencia hay entre la antigua tarjeta del seguro médico y la tarjeta ciudadana?",
        "cmp:medical:citizen",
    ),
    (
        "es",
        "compare",
        "Comparativa entre la tarjeta electrónica de seguridad social y la tarjeta sanitaria",
        "cmp:esocial:health",
    ),
    (
        "es",
        "compare",
        (
            "¿En qué se diferencian el emisor y el uso de la tarjeta ciudadana y la de "
            "seguridad social?"
        ),
        "cmp:social:citizen",
    ),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "¿La tarjeta de seguridad social y la del seguro médico son la misma?", "faq:2"),
    (
        "es",
        "faq",
        "¿Es correcto decir que la tarjeta ciudadana es la tarjeta de seguridad social?",
        "faq:3",
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
        "¿Qué datos registra la tarjeta de seguridad social y qué se puede hacer con ella?",
        "faq:7",
    ),
    ("es", "faq", "¿Qué tipos de tarjeta de seguridad social existen?", "faq:8"),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        "¿Qué dice el artículo 3 de la Ley del Seguro Social sobre los principios del sistema?",
        "law:sil-3",
    ),
    (
        "es",
        "law",
        (
            "¿Qué establece el artículo 2 de las Medidas Administrativas sobre tarjetas "
            "de seguridad social?"
        ),
        "law:ssc-2",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "¡Hola! Estoy preparando un trabajo para la universidad", "greeting"),
    ("es", "greeting", "Muchísimas gracias, me sirve para el artículo", "greeting"),
    ("es", "greeting", "adiós, hasta la próxima", "greeting"),
)
