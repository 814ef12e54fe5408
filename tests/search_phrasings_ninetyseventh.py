"""Ninety-seventh phrasing set (parents of teenagers and university students, asking about their
children's cards and their own), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

NINETYSEVENTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "my daughter has a fever, which card do we take to the hospital",
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "my son is at university in wuhan and has to register at the hospital, what card does "
            "he show"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        "which card lets my teenager buy cold medicine at the pharmacy",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "can my kid pay for his prescriptions at the drugstore with one of these cards",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        ("my son paid his hospital bill himself, how does he get the medical expenses reimbursed"),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "which card do i need to claim back my daughter's hospital costs",
        "task:reimburse",
    ),
    ("en", "task", "where can i look up my teenager's health file", "task:healthfile"),
    (
        "en",
        "task",
        "i want to see my own medical records from past doctor visits, which card is that",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "my daughter wants to sort out her medical insurance stuff online from her dorm, what "
            "does she use"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        "which card do i use to handle medical insurance business on my phone",
        "task:online",
    ),
    (
        "en",
        "task",
        "i'm retiring in two years, which card will i need to collect my pension",
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "my son graduated and still hasn't found a job, which card does he use to apply for "
            "unemployment benefits"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "i just got laid off, what card do i bring to register as unemployed",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        ("my son got hurt at his part-time job, which card does he need for work injury benefits"),
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
        (
            "my daughter is doing an internship, how can she see what has been paid into her "
            "social security"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        "which card can my kids use on the bus and subway to get to school",
        "task:transport",
    ),
    (
        "en",
        "task",
        "is there a card my teenager can just tap for public transport",
        "task:transport",
    ),
    (
        "en",
        "task",
        "which card gets us into local public services like the public reading room",
        "task:services",
    ),
    ("en", "task", "which card can my son use to prove who he is", "task:identity"),
    (
        "en",
        "task",
        "my daughter just started her first job, how does she get a social security card",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "who is allowed to get a social security card, can my 19 year old apply",
        ("task:getsocial", "card:social:eligibility"),
    ),
    (
        "en",
        "task",
        "how do i activate the electronic social security card on my son's phone",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "can my daughter get the electronic social security card if she doesn't have the "
            "physical one"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "how do i get the electronic medical insurance certificate for my kid",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "my husband and i live here as local residents, how do we get a citizen card",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        "my son is leaving for university, what cards does he need for doctors and medicine",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "what cards do we use for money matters like pensions and benefits",
        "tasks:money",
    ),
    (
        "en",
        "task",
        "what cards does my family need for everyday things like buses and city services",
        "tasks:life",
    ),
    (
        "en",
        "task",
        "my kid is turning 18, which cards should she apply for and how",
        "tasks:getcard",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "pharmacy card", "task:pharmacy"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "pensi", "task:pension"),
    ("en", "short", "subway card", "task:transport"),
    ("en", "short", "e social card", "card:esocial"),
    ("en", "short", "reimburse", "task:reimburse"),
    ("en", "short", "all cards", "cards"),
    ("en", "short", "medical insurance card", "card:medical"),
    ("en", "short", "ss number", "faq:10"),
    ("en", "short", "unemploy", "task:unemployment"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "my son lost his social security card at university, how do we replace it",
        "none",
    ),
    ("en", "oos", "how much does it cost to get a citizen card for my daughter", "none"),
    ("en", "oos", "how long does it take for a social security card to arrive", "none"),
    ("en", "oos", "my daughter forgot the pin for her social security card, what now", "none"),
    ("en", "oos", "what time does the social security bureau open on saturday", "none"),
    ("en", "oos", "does my son's student visa let him join social insurance", "none"),
    (
        "en",
        "oos",
        "can i use my own medical insurance card to pay for my teenager's medicine",
        "none",
    ),
    (
        "en",
        "oos",
        "how much will a wisdom tooth extraction cost my kid at a public hospital",
        "none",
    ),
    ("en", "oos", "does my daughter have to pay income tax on her internship pay", "none"),
    (
        "en",
        "oos",
        ("what documents does shenzhen ask for when a student applies for a social security card"),
        "none",
    ),
    ("en", "oos", "is my son covered by his university's student medical insurance plan", "none"),
    ("en", "oos", "can a 15 year old have their own social security card", "none"),
    (
        "en",
        "oos",
        "can i move my social insurance back to my home country when we leave china",
        "none",
    ),
    (
        "en",
        "oos",
        (
            "my son's card is damaged and the pharmacy reader won't take it, will they swap it for "
            "free"
        ),
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "what exactly is the health card my daughter's hospital gave her",
        "card:health",
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
        "is my social security card secure, could someone misuse my data",
        "card:social:security",
    ),
    ("en", "card", "is the citizen card a physical card or just an app", "card:citizen:form"),
    (
        "en",
        "card",
        "what information does the health card keep about my kid",
        "card:health:records",
    ),
    ("en", "card", "who manages the health card", "card:health:manager"),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "what's the difference between my son's citizen card and his social security card",
        "cmp:social:citizen",
    ),
    (
        "en",
        "compare",
        (
            "old medical insurance card vs electronic medical insurance certificate, what's the "
            "difference"
        ),
        "cmp:medical:emedical",
    ),
    (
        "en",
        "compare",
        "social security card or health card, how are they different for a student",
        "cmp:social:health",
    ),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "what kinds of social insurance are there that i should be paying into", "faq:6"),
    (
        "en",
        "faq",
        (
            "my son's boss still hasn't registered him for social insurance after a month, by when "
            "do they have to"
        ),
        ("faq:9", "law:sil-58"),
    ),
    (
        "en",
        "faq",
        "what is my daughter's social security number, is it just her id number",
        "faq:10",
    ),
    ("en", "faq", "are there different types of social security card", "faq:8"),
    (
        "en",
        "faq",
        (
            "is the human resources and social security card the same thing as a social security "
            "card"
        ),
        "faq:4",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "which law article says the employer must register staff within 30 days",
        "law:sil-58",
    ),
    ("en", "law", "what law lets me check my social insurance records for free", "law:sil-74"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi there", "greeting"),
    ("en", "greeting", "thanks, that helped a lot", "greeting"),
    ("en", "greeting", "ok bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "mi hija tiene fiebre, ¿qué tarjeta llevo al hospital?", "task:hospital"),
    (
        "es",
        "task",
        (
            "mi hijo estudia en Cantón y tiene que registrarse en el hospital, ¿con qué tarjeta lo "
            "hace?"
        ),
        "task:hospital",
    ),
    ("es", "task", "¿con qué tarjeta compra mi hijo medicamentos en la farmacia?", "task:pharmacy"),
    (
        "es",
        "task",
        (
            "mi hija de 16 años necesita comprar unas medicinas, ¿qué tarjeta le sirve en la "
            "farmacia?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "¿cómo recuperamos lo que pagamos en el hospital por la operación de mi hijo?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "¿qué tarjeta hace falta para el reembolso de gastos médicos?",
        "task:reimburse",
    ),
    ("es", "task", "¿dónde consulto el historial médico de mi hija?", "task:healthfile"),
    ("es", "task", "quiero ver mi expediente de salud, ¿qué tarjeta uso?", "task:healthfile"),
    (
        "es",
        "task",
        (
            "mi hijo quiere hacer los trámites del seguro médico por internet desde la residencia "
            "universitaria, ¿qué necesita?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        "¿cómo hago gestiones del seguro médico en línea desde el celular?",
        "task:online",
    ),
    (
        "es",
        "task",
        "me jubilo el año que viene, ¿con qué tarjeta cobro la pensión?",
        "task:pension",
    ),
    (
        "es",
        "task",
        (
            "mi hijo terminó la carrera y no encuentra trabajo, ¿qué tarjeta usa para pedir el "
            "subsidio de desempleo?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "mi hija se lastimó en su trabajo de medio tiempo, ¿qué tarjeta usa para el seguro de "
            "accidentes laborales?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿cómo compruebo si la empresa de mi marido le está pagando la seguridad social?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "mi hijo está de prácticas, ¿cómo ve cuánto le han cotizado?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "¿qué tarjeta pueden usar mis hijos en el metro y el autobús?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "¿hay alguna tarjeta para que mi hija adolescente pague el bus al colegio?",
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "¿con qué tarjeta accedemos a los servicios públicos de la ciudad, como la sala de "
            "lectura?"
        ),
        "task:services",
    ),
    ("es", "task", "¿qué tarjeta le sirve a mi hijo para demostrar su identidad?", "task:identity"),
    (
        "es",
        "task",
        "mi hija empezó su primer trabajo, ¿cómo saca la tarjeta de seguridad social?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "¿quién puede tener tarjeta de seguridad social? mi hijo tiene 20 años",
        ("task:getsocial", "card:social:eligibility"),
    ),
    (
        "es",
        "task",
        "¿cómo activo la tarjeta electrónica de seguridad social en el móvil de mi hijo?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        (
            "mi hija no tiene la tarjeta física, ¿puede sacar igual la tarjeta electrónica de "
            "seguridad social?"
        ),
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "¿cómo consigue mi hijo el certificado electrónico de seguro médico?",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "¿qué hace falta para obtener el certificado electrónico del seguro médico?",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        ("somos residentes de la ciudad, ¿cómo pedimos la tarjeta ciudadana para toda la familia?"),
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        "mi hijo se va a la universidad, ¿qué tarjetas necesita para el médico y la farmacia?",
        "tasks:care",
    ),
    (
        "es",
        "task",
        "¿qué tarjetas usamos para cosas de dinero como la pensión y las prestaciones?",
        "tasks:money",
    ),
    (
        "es",
        "task",
        "¿qué tarjeta usa la familia en el día a día: transporte, trámites, servicios?",
        "tasks:life",
    ),
    (
        "es",
        "task",
        "¿qué tarjetas hay que tramitar cuando un hijo cumple la mayoría de edad?",
        "tasks:getcard",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "seguro médico electrónico", "card:emedical"),
    ("es", "short", "tarjeta seguridad social", "card:social"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "número seguridad social", "faq:10"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        "mi hijo perdió la tarjeta de seguridad social en la uni, ¿cómo la repongo?",
        "none",
    ),
    ("es", "oos", "¿cuánto cuesta sacar la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿cuánto tardan en entregar la tarjeta de seguridad social?", "none"),
    ("es", "oos", "mi hija olvidó el PIN de la tarjeta, ¿qué hago?", "none"),
    ("es", "oos", "¿a qué hora abre la oficina de seguridad social los sábados?", "none"),
    ("es", "oos", "¿mi hija con visa de estudiante puede cotizar a la seguridad social?", "none"),
    ("es", "oos", "¿puedo pagar las medicinas de mi hijo con mi tarjeta de seguro médico?", "none"),
    (
        "es",
        "oos",
        "¿cuánto cuesta una consulta de ortodoncia para un adolescente en China?",
        "none",
    ),
    ("es", "oos", "¿mi hijo tiene que pagar impuestos por su beca?", "none"),
    ("es", "oos", "¿qué papeles piden en Pekín para que un estudiante saque la tarjeta?", "none"),
    ("es", "oos", "¿el seguro de estudiantes de la universidad cubre a mi hija?", "none"),
    (
        "es",
        "oos",
        "¿un menor de 16 años puede tener su propia tarjeta de seguridad social?",
        "none",
    ),
    ("es", "oos", "si volvemos a México, ¿puedo recuperar lo que coticé aquí?", "none"),
    (
        "es",
        "oos",
        "la tarjeta de mi hijo está rota y el lector no la lee, ¿la cambian gratis?",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "cuéntame sobre la tarjeta electrónica de seguridad social", "card:esocial"),
    (
        "es",
        "card",
        "¿quién emite la tarjeta electrónica de seguridad social?",
        "card:esocial:issuer",
    ),
    ("es", "card", "¿quién gestiona la tarjeta de seguridad social?", "card:social:manager"),
    (
        "es",
        "card",
        "¿para qué sirve el certificado electrónico de seguro médico?",
        "card:emedical:function",
    ),
    ("es", "card", "¿es segura la tarjeta de seguridad social de mi hijo?", "card:social:security"),
    ("es", "card", "¿dónde se puede usar la tarjeta ciudadana?", "card:citizen:scope"),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "diferencias entre el certificado electrónico de seguro médico y la tarjeta "
            "electrónica de seguridad social"
        ),
        "cmp:esocial:emedical",
    ),
    (
        "es",
        "compare",
        "tarjeta de seguridad social vs la tarjeta de seguro médico antigua",
        "cmp:social:medical",
    ),
    (
        "es",
        "compare",
        "¿en qué se diferencia la tarjeta sanitaria de la tarjeta ciudadana?",
        "cmp:health:citizen",
    ),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "¿la tarjeta ciudadana y la de seguridad social son la misma?", "faq:3"),
    ("es", "faq", "¿la tarjeta sanitaria cuenta como tarjeta de seguridad social?", "faq:1"),
    ("es", "faq", "¿qué tipos de seguro social existen?", "faq:6"),
    (
        "es",
        "faq",
        "¿qué registra la tarjeta de seguridad social y qué puedo hacer con ella?",
        "faq:7",
    ),
    (
        "es",
        "faq",
        ("¿en cuánto tiempo tiene que darle de alta la empresa a mi hijo en la seguridad social?"),
        ("faq:9", "law:sil-58"),
    ),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿qué dice la ley sobre los principios del seguro social?", "law:sil-3"),
    (
        "es",
        "law",
        ("¿qué artículo dice que la tarjeta de seguridad social es 'una tarjeta, múltiples usos'?"),
        "law:ssc-4",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, buenas", "greeting"),
    ("es", "greeting", "muchas gracias, muy amable", "greeting"),
    ("es", "greeting", "chao, hasta luego", "greeting"),
)
