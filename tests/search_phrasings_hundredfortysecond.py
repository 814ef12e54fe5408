"""Hundred-and-forty-second phrasing set (people who name a Chinese city in every question),
written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDFORTYSECOND: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "just moved to Pudong, which card do I show to register at the hospital?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "pharmacy downstairs in Chengdu wants a card so insurance covers my meds. which one??",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "my mum had surgery in Guangzhou and paid upfront, what card gets her the expenses "
            "reimbursed"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "Shenzhen clinic asked me to pull up my own health file, which card lets me look it up",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "living in Hangzhou, want to sort my medical insurance business on my phone, what do I "
            "need"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        "I'm 59 and retiring in Suzhou next spring. Which card will I use to draw my pension?",
        "task:pension",
    ),
    (
        "en",
        "task",
        "got laid off in Beijing last week, which card do i need to claim unemployment benefits",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "crushed two fingers on the line at a Dongguan factory, which card for work injury "
            "benefits"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        "how do I check whether my company in Chaoyang really paid in my social insurance",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "is there a card I can just tap on the Hangzhou subway instead of buying tickets",
        "task:transport",
    ),
    (
        "en",
        "task",
        "which card gets me into the public reading room in Xuhui? I'm a grad student",
        "task:services",
    ),
    (
        "en",
        "task",
        "bank in Tianhe wants another way to prove who I am, which of these cards proves identity",
        "task:identity",
    ),
    (
        "en",
        "task",
        "started my first job in Jing'an, how do I get a social security card and who qualifies",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "how do I activate the electronic social security card? I'm in Nanjing, have the "
            "plastic one"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "insured in Wuhan, can I get that electronic medical insurance certificate and how",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "how does someone in Ningbo go about getting a citizen card, who's eligible",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        "new in Shenzhen and totally lost, what stuff do I actually need to do with these cards",
        "tasks",
    ),
    (
        "en",
        "task",
        "health care side of things in Beijing: doctor, meds, records. which cards cover all that",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "money matters in Guangzhou, pension, jobless pay, contributions: what card handles them",
        "tasks:money",
    ),
    (
        "en",
        "task",
        "everyday life in Chengdu, bus, library, showing ID, which card do people use for that",
        "tasks:life",
    ),
    (
        "en",
        "task",
        "want to get one of these cards in Suzhou, which ones can I get and where do I start",
        "tasks:getcard",
    ),
    (
        "en",
        "task",
        (
            "doctor's appointment in Minhang tomorrow, bring the social security card or the "
            "medical card?"
        ),
        ("task:hospital", "cmp:social:medical"),
    ),
    (
        "en",
        "task",
        (
            "can my dad pay from his medical insurance personal account at a designated pharmacy "
            "in Haidian"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "which card works as an e-wallet for city buses in Xiamen? hate carrying coins",
        "task:transport",
    ),
    (
        "en",
        "task",
        "I'm in Tianjin, how do I see the total piled up in my pension and medical accounts",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "caught pneumonia in Hangzhou, paid the whole hospital bill myself, how do I claim it back",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "after losing my job in Shenzhen I want job-seeking registration and vocational "
            "training, which card"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "lung disease from 20 years in a Foshan ceramics plant, which card for occupational "
            "injury benefits"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        "hospital in Pudong wants my old medical records, which card has my health history on it",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "renting a car in Hangzhou, heard some card pays for it like a wallet, which one",
        "task:transport",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "health card", "card:health"),
    ("en", "short", "Chengdu pension", "task:pension"),
    ("en", "short", "Shenzhen pharmacy", "task:pharmacy"),
    ("en", "short", "Pudong metro", "task:transport"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "medical card", "card:medical"),
    ("en", "short", "insurance law", "law"),
    ("en", "short", "e-social", "card:esocial"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "Beijing unemploy", "task:unemployment"),
    ("en", "short", "cards", "cards"),
    ("en", "short", "Guangzhou hospital", "task:hospital"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "lost my social security card somewhere in Shanghai, how do I get a replacement",
        "none",
    ),
    ("en", "oos", "how much does it cost to make a citizen card in Hangzhou", "none"),
    (
        "en",
        "oos",
        "where's the social security office in Chaoyang district, address please",
        "none",
    ),
    (
        "en",
        "oos",
        "how many weeks does a Shenzhen social security card take to arrive after applying",
        "none",
    ),
    (
        "en",
        "oos",
        "as a foreigner working in Guangzhou am I even allowed to join the Chinese pension",
        "none",
    ),
    ("en", "oos", "what's the Beijing subway fare per ride if I pay with the citizen card", "none"),
    (
        "en",
        "oos",
        "what's the minimum social insurance contribution base in Suzhou for this year",
        "none",
    ),
    ("en", "oos", "moving from Chengdu to Wuhan, can I transfer my pension account over", "none"),
    (
        "en",
        "oos",
        "when I leave China for good can I withdraw what I paid into Shanghai social insurance",
        "none",
    ),
    (
        "en",
        "oos",
        "opening hours of the Pudong medical insurance service center on Saturdays?",
        "none",
    ),
    ("en", "oos", "is maternity leave in Hangzhou longer than in other cities", "none"),
    (
        "en",
        "oos",
        "my Beijing employer skipped 3 months of contributions, where do I file a complaint",
        "none",
    ),
    (
        "en",
        "oos",
        "how do I change the bank account linked to my social security card in Nanjing",
        "none",
    ),
    ("en", "oos", "forgot my social security card PIN, I'm in Shenzhen, how to reset it", "none"),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "what is the social security card exactly? everyone in Shenzhen HR keeps asking for it",
        "card:social",
    ),
    (
        "en",
        "card",
        "tell me about the health card, the community clinic in Chengdu mentioned it",
        "card:health",
    ),
    (
        "en",
        "card",
        "what even is a citizen card? my Hangzhou colleague pays for everything with his",
        "card:citizen",
    ),
    (
        "en",
        "card",
        "who issues the electronic medical insurance certificate? Beijing HR told me to get one",
        "card:emedical:issuer",
    ),
    (
        "en",
        "card",
        "is the electronic social security card a physical card or only on the phone? in Guangzhou",
        "card:esocial:form",
    ),
    (
        "en",
        "card",
        "what info does a health card record? the hospital in Pudong asked if I have one",
        "card:health:records",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "I'm in Hangzhou and have both a health card and a citizen card, what's the difference",
        "cmp:health:citizen",
    ),
    (
        "en",
        "compare",
        (
            "Shanghai gave me a new social security card, how does it differ from my old medical "
            "insurance card"
        ),
        "cmp:social:medical",
    ),
    (
        "en",
        "compare",
        (
            "social security card vs the electronic social security card, what's different? asking "
            "from Beijing"
        ),
        "cmp:social:esocial",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "Shenzhen clinic handed me a health card, does that count as a social security card?",
        "faq:1",
    ),
    (
        "en",
        "faq",
        "starting my first job in Guangzhou, what kinds of social insurance are there?",
        "faq:6",
    ),
    (
        "en",
        "faq",
        (
            "my boss in Chengdu says he'll register me for social insurance 'eventually', when "
            "does he have to?"
        ),
        ("faq:9", "law:sil-58"),
    ),
    (
        "en",
        "faq",
        "what's my social security number? is it different from my ID number, I'm in Beijing",
        "faq:10",
    ),
    (
        "en",
        "faq",
        "what types of social security card are there? a coworker in Tianjin has an employer one",
        "faq:8",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        (
            "what does article 74 of the social insurance law say about my records? asking from "
            "Nanjing"
        ),
        "law:sil-74",
    ),
    (
        "en",
        "law",
        (
            "Administrative Measures on Social Security Cards article 1, what's it about? studying "
            "in Shanghai"
        ),
        "law:ssc-1",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi from Chengdu!", "greeting"),
    ("en", "greeting", "thanks a lot, cheers from rainy Shanghai", "greeting"),
    ("en", "greeting", "ok bye, gotta catch the metro in Pudong", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "vivo en Jing'an, ¿con qué tarjeta me registro para ver al médico en el hospital?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "en la farmacia de mi barrio en Guangzhou me piden una tarjeta para usar el seguro, ¿cuál?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "pagué una operación en Chengdu de mi bolsillo, ¿con qué tarjeta pido el reembolso?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "necesito consultar mi expediente de salud, estoy en Shenzhen, ¿qué tarjeta me deja verlo?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "quiero hacer los trámites del seguro médico desde el celular, vivo en Hangzhou",
        "task:online",
    ),
    (
        "es",
        "task",
        "mi suegro ya se jubiló en Suzhou, ¿con qué tarjeta cobra la pensión?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "me despidieron en Shanghái, ¿qué tarjeta necesito para pedir el subsidio de desempleo?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "tuve un accidente en la obra en Tianjin, ¿qué tarjeta uso para las prestaciones por "
            "lesión laboral?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "trabajo en Chaoyang y no sé si mi empresa cotiza por mí, ¿cómo lo compruebo?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "¿hay alguna tarjeta para pagar el metro de Hangzhou sin comprar billete cada vez?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "soy profe en Suzhou y quiero usar la sala de lectura pública, ¿qué tarjeta me sirve?",
        "task:services",
    ),
    (
        "es",
        "task",
        (
            "en Xiamen me piden demostrar quién soy, ¿cuál de estas tarjetas sirve como "
            "identificación?"
        ),
        "task:identity",
    ),
    (
        "es",
        "task",
        "empecé a trabajar en Pudong, ¿cómo saco la tarjeta de seguridad social?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        (
            "¿cómo activo la tarjeta electrónica de seguridad social? estoy en Shenzhen y ya tengo "
            "la física"
        ),
        "task:getesocial",
    ),
    (
        "es",
        "task",
        (
            "tengo seguro médico en Pekín, ¿puedo obtener el certificado electrónico del seguro "
            "médico?"
        ),
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "me acabo de mudar a Ningbo, ¿quién puede pedir la tarjeta ciudadana y cómo?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        "recién llegada a Cantón con mil tarjetas, ¿qué es lo que tengo que hacer?",
        "tasks",
    ),
    (
        "es",
        "task",
        "todo lo de salud en Chengdu, médico, farmacia, reembolsos, ¿qué tarjeta para cada cosa?",
        "tasks:care",
    ),
    (
        "es",
        "task",
        "temas de plata en Shanghái: pensión, paro, cotizaciones... ¿qué tarjetas necesito?",
        "tasks:money",
    ),
    (
        "es",
        "task",
        "para el día a día en Hangzhou, bus, biblioteca, identificarme, ¿cuál uso?",
        "tasks:life",
    ),
    (
        "es",
        "task",
        "quiero conseguir alguna de estas tarjetas en Wuhan, ¿por dónde empiezo?",
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        (
            "voy al médico en Haidian, ¿llevo la tarjeta de seguridad social o la vieja del seguro "
            "médico?"
        ),
        ("task:hospital", "cmp:social:medical"),
    ),
    (
        "es",
        "task",
        (
            "¿puedo comprar medicinas en una farmacia designada de Futian con mi cuenta personal "
            "del seguro?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "para el autobús en Chengdu, ¿hay una tarjeta que funcione como monedero electrónico?",
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "mi mamá en Dalian quiere saber cuánto lleva acumulado de pensión, ¿con qué tarjeta lo "
            "consulta?"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        "en Nanshan me hospitalizaron y pagué todo, ¿cómo me devuelven los gastos médicos?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "en Pekín quiero inscribirme como demandante de empleo y hacer formación profesional, "
            "¿qué tarjeta?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "mi papá tiene una enfermedad profesional por la fábrica en Foshan, ¿con qué tarjeta "
            "reclama?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "el hospital de Tianhe quiere mi historial médico, ¿qué tarjeta lo guarda?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "¿con qué tarjeta puedo pagar el alquiler de un coche en Hangzhou como si fuera un "
            "monedero?"
        ),
        "task:transport",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "Shanghái pensión", "task:pension"),
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "metro Shenzhen", "task:transport"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "Cantón reembolso", "task:reimburse"),
    ("es", "short", "ley", "law"),
    ("es", "short", "desempleo Pekín", "task:unemployment"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "social electrónica", "card:esocial"),
    ("es", "short", "Chengdu hospital", "task:hospital"),
    ("es", "short", "Pudong cotizaciones", "task:contributions"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "perdí mi tarjeta de seguridad social en Pekín, ¿cómo la repongo?", "none"),
    ("es", "oos", "¿cuánto cuesta tramitar la tarjeta ciudadana en Hangzhou?", "none"),
    ("es", "oos", "¿dónde queda la oficina de seguridad social de Pudong?", "none"),
    (
        "es",
        "oos",
        "¿cuántos días tardan en entregar la tarjeta de seguridad social en Shenzhen?",
        "none",
    ),
    (
        "es",
        "oos",
        "soy extranjero en Cantón, ¿tengo derecho a una pensión china cuando me jubile?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿cuánto cuesta un viaje en el metro de Shanghái pagando con la tarjeta ciudadana?",
        "none",
    ),
    ("es", "oos", "¿cuál es la base mínima de cotización en Chengdu este año?", "none"),
    ("es", "oos", "me mudo de Suzhou a Pekín, ¿puedo trasladar mi seguro médico?", "none"),
    ("es", "oos", "si me vuelvo a México, ¿me devuelven lo que coticé en Shenzhen?", "none"),
    ("es", "oos", "horario de atención del centro de seguro médico de Chaoyang", "none"),
    ("es", "oos", "¿el seguro médico de Hangzhou cubre el dentista?", "none"),
    (
        "es",
        "oos",
        "¿cómo cambio el banco vinculado a mi tarjeta de seguridad social en Nankín?",
        "none",
    ),
    (
        "es",
        "oos",
        "olvidé la contraseña de la tarjeta de seguridad social, estoy en Wuhan, ¿qué hago?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿en Cantón los jubilados viajan gratis en bus con la tarjeta ciudadana?",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "¿qué es la tarjeta de seguridad social? en Pudong todo el mundo la tiene",
        "card:social",
    ),
    (
        "es",
        "card",
        "háblame del certificado electrónico del seguro médico, me lo piden en Shenzhen",
        "card:emedical",
    ),
    (
        "es",
        "card",
        "¿quién gestiona la tarjeta sanitaria? en Chengdu nadie me sabe decir",
        "card:health:manager",
    ),
    (
        "es",
        "card",
        "¿qué es esa tarjeta vieja del seguro médico que guarda mi suegra en Tianjin?",
        "card:medical",
    ),
    (
        "es",
        "card",
        "¿para qué sirve la tarjeta electrónica de seguridad social? vivo en Hangzhou",
        "card:esocial:function",
    ),
    (
        "es",
        "card",
        "la tarjeta ciudadana, ¿dónde se usa? ¿solo en Suzhou o en cualquier lado?",
        "card:citizen:scope",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "diferencias entre el certificado electrónico del seguro médico y la tarjeta "
            "electrónica de seguridad social, Shanghái"
        ),
        "cmp:esocial:emedical",
    ),
    (
        "es",
        "compare",
        (
            "tarjeta ciudadana vs tarjeta de seguridad social en Hangzhou, ¿qué cambia entre una y "
            "otra?"
        ),
        "cmp:social:citizen",
    ),
    (
        "es",
        "compare",
        (
            "¿en qué se diferencian la tarjeta sanitaria y el certificado electrónico del seguro "
            "médico? Pekín"
        ),
        "cmp:emedical:health",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        (
            "en Shenzhen me dieron dos, ¿la tarjeta de seguridad social y la del seguro médico son "
            "la misma?"
        ),
        "faq:2",
    ),
    (
        "es",
        "faq",
        "¿la tarjeta ciudadana de Hangzhou es la misma tarjeta que la de seguridad social?",
        "faq:3",
    ),
    (
        "es",
        "faq",
        (
            "¿las tarjetas de recursos humanos y seguridad social cuentan como tarjetas de "
            "seguridad social? Cantón"
        ),
        "faq:4",
    ),
    (
        "es",
        "faq",
        (
            "¿son lo mismo el certificado electrónico del seguro médico y la tarjeta electrónica "
            "de seguridad social? Chengdu"
        ),
        "faq:5",
    ),
    (
        "es",
        "faq",
        "¿qué registra la tarjeta de seguridad social y qué puedo hacer con ella? estoy en Suzhou",
        "faq:7",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        (
            "¿qué dice el artículo 58 de la ley de seguro social? mi jefe en Shanghái no me ha "
            "dado de alta"
        ),
        "law:sil-58",
    ),
    (
        "es",
        "law",
        (
            "artículo 4 de las medidas administrativas sobre tarjetas de seguridad social, lo vi "
            "en una oficina de Pekín"
        ),
        "law:ssc-4",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "¡hola desde Chengdu!", "greeting"),
    ("es", "greeting", "muchas gracias, saludos desde Shenzhen", "greeting"),
    ("es", "greeting", "chao, me voy corriendo al metro de Pudong", "greeting"),
)
