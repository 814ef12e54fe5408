"""Eighty-third phrasing set (job seekers and people recently laid off or between contracts,
anxious about benefits, records of what was paid in, and keeping their cover), written blind
from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

EIGHTYTHIRD: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "just got laid off, which card do i need to claim unemployment benefits",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "my contract ended last friday, what card do i use to apply for unemployment insurance "
            "money"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "how do i check how much my old employer actually paid into my social insurance",
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "want to see my contribution record before i start the new job, which card lets me "
            "look it up"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        "between jobs and need to see a doctor, which card do i show at the hospital",
        "task:hospital",
    ),
    ("en", "task", "which card do i use to register and pay at the hospital", "task:hospital"),
    (
        "en",
        "task",
        "need to pick up my prescription at the pharmacy, which card works there",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "which card lets me buy medicine with my medical insurance personal account",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "got a hospital bill while i was between contracts, which card do i use to get it "
            "reimbursed"
        ),
        "task:reimburse",
    ),
    ("en", "task", "how do i claim back medical expenses, what card do i need", "task:reimburse"),
    (
        "en",
        "task",
        "where can i look up my health file from my last company checkup",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "home all day now, can i sort out my medical insurance stuff online? what do i need",
        "task:online",
    ),
    (
        "en",
        "task",
        "which card do i use for medical insurance business on the internet",
        "task:online",
    ),
    (
        "en",
        "task",
        "i got hurt at my last job before they let me go, which card for work injury benefits",
        "task:injury",
    ),
    ("en", "task", "applying for industrial injury benefits, which card do i bring", "task:injury"),
    (
        "en",
        "task",
        "i'm 58 and was let go, which card do i use to start drawing my pension",
        "task:pension",
    ),
    ("en", "task", "what card do i need to receive my old age pension", "task:pension"),
    ("en", "task", "which card can i use on the subway to get to job interviews", "task:transport"),
    (
        "en",
        "task",
        "is there a card i can tap on the bus, trying to save money while job hunting",
        "task:transport",
    ),
    ("en", "task", "which card do i use for local public services in my city", "task:services"),
    ("en", "task", "which of these cards can prove who i am", "task:identity"),
    (
        "en",
        "task",
        "new employer wants proof of identity, can one of these cards do that",
        "task:identity",
    ),
    (
        "en",
        "task",
        "how do i get a social security card, my new company asked for one",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "never had a social security card, can i still get one while unemployed",
        ("task:getsocial", "card:social:eligibility"),
    ),
    (
        "en",
        "task",
        "how do i get the electronic social security card on my phone",
        "task:getesocial",
    ),
    ("en", "task", "how do i get the electronic medical insurance certificate", "task:getemedical"),
    ("en", "task", "who can apply for a citizen card and how", "task:getcitizen"),
    (
        "en",
        "task",
        (
            "out of work now, what money things can these cards help with, benefits, pension, that "
            "kind of thing"
        ),
        "tasks:money",
    ),
    ("en", "task", "what health care stuff can i do with my cards", "tasks:care"),
    (
        "en",
        "task",
        "moved cities for a new contract, which cards should i apply for",
        "tasks:getcard",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "unemployment", "task:unemployment"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "contributions", "task:contributions"),
    ("en", "short", "paid in", "task:contributions"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "medicine card", "task:pharmacy"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "citizen ca", "card:citizen"),
    ("en", "short", "social security num", "faq:10"),
    ("en", "short", "e medical cert", "card:emedical"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "does my medical insurance stay active after i get laid off", "none"),
    ("en", "oos", "how many months of unemployment benefits can i get", "none"),
    ("en", "oos", "how much is unemployment benefit per month in shanghai", "none"),
    (
        "en",
        "oos",
        "how much would it cost to keep paying my own social insurance between contracts",
        "none",
    ),
    ("en", "oos", "will my work permit get cancelled when my contract ends", "none"),
    ("en", "oos", "how do i report my former employer for unpaid wages", "none"),
    ("en", "oos", "can i withdraw my pension contributions if i leave china for good", "none"),
    ("en", "oos", "can i transfer my social insurance to another city for my new job", "none"),
    ("en", "oos", "lost my social security card while moving out, how do i replace it", "none"),
    ("en", "oos", "forgot the pin for my social security card", "none"),
    ("en", "oos", "do i pay income tax on unemployment benefits", "none"),
    ("en", "oos", "how long does it take to get a social security card issued", "none"),
    ("en", "oos", "is the social security bureau open on saturdays", "none"),
    ("en", "oos", "how much severance am i owed after 3 years", "none"),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        ("does the social security card record my employment status, like that i'm unemployed now"),
        "card:social:records",
    ),
    (
        "en",
        "card",
        "who issues the electronic medical insurance certificate",
        "card:emedical:issuer",
    ),
    (
        "en",
        "card",
        "how safe is my social security card, could someone get at my account",
        "card:social:security",
    ),
    ("en", "card", "tell me about the health card", "card:health"),
    ("en", "card", "where can the citizen card be used", "card:citizen:scope"),
    (
        "en",
        "card",
        "is the electronic social security card an actual card or just on the phone",
        "card:esocial:form",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "social security card vs citizen card, what's the difference",
        "cmp:social:citizen",
    ),
    ("en", "compare", "health card compared to the medical insurance card", "cmp:medical:health"),
    ("en", "compare", "physical social security card vs the electronic one", "cmp:social:esocial"),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "is the health card the same thing as a social security card", "faq:1"),
    ("en", "faq", "is my old medical insurance card the same as the social security card", "faq:2"),
    ("en", "faq", "what kinds of social insurance are there, is unemployment one of them", "faq:6"),
    ("en", "faq", "what does the social security card record and what can i do with it", "faq:7"),
    ("en", "faq", "what is my social security number, is it different from my id", "faq:10"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "which law says i can check my contribution records for free", "law:sil-74"),
    (
        "en",
        "law",
        (
            "which rule says the social security card is one card for multiple purposes and works "
            "everywhere"
        ),
        "law:ssc-4",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi there", "greeting"),
    ("en", "greeting", "thanks, that really helped", "greeting"),
    ("en", "greeting", "ok bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "me despidieron, ¿qué tarjeta necesito para cobrar el paro?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "se me acabó el contrato, cómo pido el seguro de desempleo, con qué tarjeta",
        "task:unemployment",
    ),
    ("es", "task", "quiero ver cuánto cotizó por mí mi empresa anterior", "task:contributions"),
    ("es", "task", "dónde consulto mis cotizaciones a la seguridad social", "task:contributions"),
    (
        "es",
        "task",
        "estoy sin trabajo y tengo que ir al médico, qué tarjeta llevo al hospital",
        "task:hospital",
    ),
    ("es", "task", "con qué tarjeta pago en el hospital", "task:hospital"),
    ("es", "task", "qué tarjeta sirve en la farmacia para comprar medicamentos", "task:pharmacy"),
    (
        "es",
        "task",
        "necesito comprar mis pastillas con la cuenta personal del seguro médico, cuál uso",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "cómo me reembolsan los gastos médicos que pagué de mi bolsillo",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        ("tengo facturas del hospital de cuando estaba en paro, con qué tarjeta pido el reembolso"),
        "task:reimburse",
    ),
    ("es", "task", "cómo consulto mi expediente de salud", "task:healthfile"),
    (
        "es",
        "task",
        "quiero hacer los trámites del seguro médico por internet, qué necesito",
        "task:online",
    ),
    ("es", "task", "con qué tarjeta cobro la pensión", "task:pension"),
    (
        "es",
        "task",
        "tengo 59 años y me quedé sin trabajo, qué tarjeta uso para la jubilación",
        "task:pension",
    ),
    (
        "es",
        "task",
        (
            "me lesioné en el trabajo antes de que me echaran, qué tarjeta uso para las "
            "prestaciones por accidente laboral"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        ("tuve un accidente de trabajo, qué tarjeta necesito para el seguro de lesiones laborales"),
        "task:injury",
    ),
    (
        "es",
        "task",
        "qué tarjeta uso en el metro para ir a las entrevistas de trabajo",
        "task:transport",
    ),
    ("es", "task", "hay alguna tarjeta que sirva para el autobús", "task:transport"),
    ("es", "task", "qué tarjeta sirve para los servicios públicos de mi ciudad", "task:services"),
    ("es", "task", "qué tarjeta me sirve para demostrar mi identidad", "task:identity"),
    (
        "es",
        "task",
        "en la nueva empresa me piden identificarme, vale alguna de estas tarjetas",
        "task:identity",
    ),
    ("es", "task", "cómo saco la tarjeta de seguridad social", "task:getsocial"),
    (
        "es",
        "task",
        "estoy desempleado, ¿puedo pedir la tarjeta de seguridad social igualmente?",
        ("task:getsocial", "card:social:eligibility"),
    ),
    (
        "es",
        "task",
        "cómo activo la tarjeta electrónica de seguridad social en el móvil",
        "task:getesocial",
    ),
    ("es", "task", "cómo obtengo el certificado electrónico de seguro médico", "task:getemedical"),
    (
        "es",
        "task",
        ("tenía seguro médico en mi último trabajo, puedo sacar el certificado médico electrónico"),
        "task:getemedical",
    ),
    ("es", "task", "cómo consigo la tarjeta ciudadana", "task:getcitizen"),
    (
        "es",
        "task",
        "qué puedo hacer con las tarjetas en temas de dinero: paro, pensión, cotizaciones",
        "tasks:money",
    ),
    ("es", "task", "qué trámites de salud puedo hacer con estas tarjetas", "tasks:care"),
    (
        "es",
        "task",
        "para el día a día, transporte y servicios, qué tarjeta me conviene",
        "tasks:life",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "paro", "task:unemployment"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "cotizaciones", "task:contributions"),
    ("es", "short", "cotiz", "task:contributions"),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "numero seguridad social", "faq:10"),
    ("es", "short", "tarjetas", "cards"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "si me despiden, ¿sigo teniendo seguro médico?", "none"),
    ("es", "oos", "cuántos meses puedo cobrar el paro", "none"),
    ("es", "oos", "cuánto se cobra de paro en pekín", "none"),
    ("es", "oos", "puedo cobrar el paro siendo extranjero", "none"),
    ("es", "oos", "me cancelan el permiso de residencia al terminar el contrato?", "none"),
    ("es", "oos", "cuánto cuesta pagarme yo la seguridad social como autónomo", "none"),
    ("es", "oos", "puedo recuperar lo que coticé si me voy de china", "none"),
    ("es", "oos", "cómo traslado mi seguridad social a otra ciudad", "none"),
    ("es", "oos", "perdí la tarjeta de seguridad social en la mudanza, qué hago", "none"),
    ("es", "oos", "olvidé el pin de la tarjeta", "none"),
    ("es", "oos", "cuánto tardan en hacerme la tarjeta de seguridad social", "none"),
    ("es", "oos", "horario de la oficina de seguridad social en shenzhen", "none"),
    ("es", "oos", "cuánto me corresponde de finiquito", "none"),
    ("es", "oos", "tengo que pagar impuestos por el subsidio de desempleo", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "definición de la tarjeta electrónica de seguridad social", "card:esocial:what"),
    ("es", "card", "quién emite la tarjeta del seguro médico antigua", "card:medical:issuer"),
    (
        "es",
        "card",
        "es segura la tarjeta de seguridad social, están protegidos mis datos",
        "card:social:security",
    ),
    ("es", "card", "para qué sirve la tarjeta sanitaria", "card:health:function"),
    ("es", "card", "háblame de la tarjeta ciudadana", "card:citizen"),
    ("es", "card", "quién gestiona la tarjeta sanitaria", "card:health:manager"),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "tarjeta sanitaria o tarjeta ciudadana, en qué se diferencian",
        "cmp:health:citizen",
    ),
    (
        "es",
        "compare",
        (
            "comparar la tarjeta de seguro médico vieja con el certificado electrónico de seguro "
            "médico"
        ),
        "cmp:medical:emedical",
    ),
    (
        "es",
        "compare",
        "diferencias entre la tarjeta de seguridad social y el certificado médico electrónico",
        "cmp:social:emedical",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        (
            "¿el certificado médico electrónico y la tarjeta electrónica de seguridad social son "
            "lo mismo?"
        ),
        "faq:5",
    ),
    ("es", "faq", "la tarjeta ciudadana es la misma que la de seguridad social?", "faq:3"),
    (
        "es",
        "faq",
        "la tarjeta de recursos humanos y seguridad social es una tarjeta de seguridad social?",
        "faq:4",
    ),
    ("es", "faq", "qué tipos de tarjeta de seguridad social hay", "faq:8"),
    (
        "es",
        "faq",
        "en cuánto tiempo me tiene que dar de alta la empresa nueva en la seguridad social",
        "faq:9",
    ),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "qué dice el artículo 2 de la ley de seguro social", "law:sil-2"),
    (
        "es",
        "law",
        (
            "qué dice la ley si trabajo por mi cuenta, tengo que registrarme yo mismo en el seguro "
            "social"
        ),
        "law:sil-58",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola", "greeting"),
    ("es", "greeting", "muchas gracias, me has ayudado mucho", "greeting"),
    ("es", "greeting", "adiós", "greeting"),
)
