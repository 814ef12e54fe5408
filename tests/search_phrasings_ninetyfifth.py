"""Ninety-fifth phrasing set (impatient and frustrated people: imperatives, capitals, exclamation
marks, complaints before the question), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

NINETYFIFTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "ugh I'm standing at the pharmacy counter, WHICH CARD do they want??",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "the pharmacy rejected my card AGAIN, which one are they supposed to take?",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "I've been waiting at the hospital for an hour, which card do I need to register??",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "STOP sending me articles, which card do I pay with at the hospital",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "my kid is sick and I'm at the clinic front desk, WHAT CARD do I hand over",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "i paid for my doctor visit out of my own pocket, which card gets me reimbursed??",
        "task:reimburse",
    ),
    ("en", "task", "I want my medical expenses back. which card. NOW.", "task:reimburse"),
    (
        "en",
        "task",
        "where can I see my health records, nobody at the clinic will tell me!!",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "I need to look up my medical history from last year, which card has it?!",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "need to do medical insurance stuff online and it keeps asking for some certificate, "
            "WHICH ONE"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        "medical insurance business online, what am I supposed to log in with?? so annoying",
        "task:online",
    ),
    (
        "en",
        "task",
        "my dad is retiring, which card does he need to collect his pension, seriously",
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "lost my job this week and everyone keeps passing me around. which card for "
            "unemployment benefits??"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "I got hurt at work!! which card do I use for the work injury benefits",
        "task:injury",
    ),
    (
        "en",
        "task",
        ("HOW do I check if my company is actually paying my social insurance, I don't trust them"),
        "task:contributions",
    ),
    (
        "en",
        "task",
        "I want to see how much has been paid into my pension so far, where?!",
        "task:contributions",
    ),
    ("en", "task", "which card works on the subway, I'm sick of buying tickets", "task:transport"),
    ("en", "task", "can any of these cards pay the bus or not?? just yes or no", "task:transport"),
    (
        "en",
        "task",
        "which card do I use for local public services, the government website is useless",
        "task:services",
    ),
    (
        "en",
        "task",
        "I need something to prove my identity, which of these cards does that?? hurry",
        "task:identity",
    ),
    (
        "en",
        "task",
        "HOW do I get a social security card, my HR keeps ignoring me",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "who is even allowed to get a social security card?? just tell me",
        ("task:getsocial", "card:social:eligibility"),
    ),
    (
        "en",
        "task",
        "how do I get the electronic social security card, the app is confusing as hell",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "I want the electronic medical insurance certificate on my phone, how do I get it, "
            "quickly"
        ),
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "how do I apply for a citizen card, I've asked three offices already!!",
        "task:getcitizen",
    ),
    ("en", "task", "drugstore. which card. come on.", "task:pharmacy"),
    (
        "en",
        "task",
        "just tell me which cards I need for doctors and medicine, stop overcomplicating it",
        "tasks:care",
    ),
    (
        "en",
        "task",
        ("money stuff like pension and unemployment, which card handles it?? I'm losing patience"),
        "tasks:money",
    ),
    (
        "en",
        "task",
        "everyday life stuff, transport, city services... which card, ugh",
        "tasks:life",
    ),
    (
        "en",
        "task",
        "how do I get ANY of these cards, I don't care which one, just explain",
        "tasks:getcard",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "PHARMACY CARD", "task:pharmacy"),
    ("en", "short", "pension!!", "task:pension"),
    ("en", "short", "citizen", "card:citizen"),
    ("en", "short", "e-social", "card:esocial"),
    ("en", "short", "medical card", "card:medical"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "health card??", "card:health"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "WHICH CARD", "cards"),
    ("en", "short", "contrib", "task:contributions"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "I LOST my social security card, what do I do now??", "none"),
    (
        "en",
        "oos",
        "how much does it cost to get a citizen card, nobody gives me a straight answer",
        "none",
    ),
    (
        "en",
        "oos",
        "how long does the social security card take to arrive?? it's been weeks",
        "none",
    ),
    ("en", "oos", "forgot the PIN for my social security card, HELP", "none"),
    (
        "en",
        "oos",
        "what time does the social security office open, I'm outside and it's closed!!",
        "none",
    ),
    (
        "en",
        "oos",
        "what documents does Shenzhen want for the social security card, exact list please",
        "none",
    ),
    ("en", "oos", "will my social security card affect my work visa renewal?? just answer", "none"),
    ("en", "oos", "can I withdraw my pension contributions when I leave China, yes or no", "none"),
    (
        "en",
        "oos",
        "how much is a dental filling with medical insurance, they won't tell me",
        "none",
    ),
    ("en", "oos", "does the social security card lower my income tax or not?!", "none"),
    ("en", "oos", "how do I link the medical insurance card to Alipay, it keeps failing", "none"),
    ("en", "oos", "the chip on my card is broken, where do I get a replacement", "none"),
    (
        "en",
        "oos",
        (
            "how do I change the phone number on my electronic social security card, this is "
            "ridiculous"
        ),
        "none",
    ),
    ("en", "oos", "which hospital in Beijing is best for foreigners, quick", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "WHAT IS the health card?? nobody explains it", "card:health"),
    (
        "en",
        "card",
        "who the heck issues the electronic medical insurance certificate",
        "card:emedical:issuer",
    ),
    (
        "en",
        "card",
        "is the money on the old medical insurance card even safe?!",
        "card:medical:security",
    ),
    ("en", "card", "who gives out the citizen card, the city or who??", "card:citizen:issuer"),
    (
        "en",
        "card",
        "just tell me what the electronic social security card IS, one sentence",
        "card:esocial:what",
    ),
    (
        "en",
        "card",
        "the social security card, is it a real plastic card or just an app?? ANSWER",
        "card:social:form",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "citizen card vs health card, what's the difference, short answer",
        "cmp:health:citizen",
    ),
    (
        "en",
        "compare",
        "electronic medical insurance certificate vs the old medical card. DIFFERENCE? go",
        "cmp:medical:emedical",
    ),
    (
        "en",
        "compare",
        "why are there TWO social security cards, physical and electronic, what's different??",
        "cmp:social:esocial",
    ),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "is the health card a social security card or not?? yes or no!", "faq:1"),
    (
        "en",
        "faq",
        (
            "are the citizen card and the social security card the same card, I keep getting "
            "different answers"
        ),
        "faq:3",
    ),
    ("en", "faq", "how many kinds of social insurance are there, just list them", "faq:6"),
    (
        "en",
        "faq",
        (
            "when does my employer HAVE to register me for social insurance? they're dragging "
            "their feet"
        ),
        "faq:9",
    ),
    ("en", "faq", "what even is my social security number?? nobody told me", "faq:10"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "what law are you even basing this on, show me the articles", "law"),
    ("en", "law", "Article 74 of the social insurance law, what does it say, quick", "law:sil-74"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "HELLO??", "greeting"),
    ("en", "greeting", "ok thanks, finally", "greeting"),
    ("en", "greeting", "bye.", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "¡llevo media hora en la farmacia! ¿QUÉ tarjeta les doy?", "task:pharmacy"),
    (
        "es",
        "task",
        "no me contestan en ningún lado, ¿con qué tarjeta compro medicamentos?",
        "task:pharmacy",
    ),
    ("es", "task", "en la botica me piden una tarjeta, ¿cuál rayos es?", "task:pharmacy"),
    ("es", "task", "estoy en urgencias y me piden una tarjeta, ¡¿CUÁL?!", "task:hospital"),
    (
        "es",
        "task",
        "¿con qué tarjeta saco número en el hospital? ya me cansé de preguntar",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "¿qué tarjeta uso para pagar la consulta del médico? rápido por favor",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "mi hijo está malo y estoy en la clínica, ¿cuál de todas las tarjetas enseño?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "pagué todo de mi bolsillo en el hospital, ¿con qué tarjeta me devuelven el dinero?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "REEMBOLSO de gastos médicos, ¿qué tarjeta? no me mandes a leer nada",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "quiero ver mi historial médico y nadie sabe decirme dónde, ¿qué tarjeta sirve?",
        "task:healthfile",
    ),
    ("es", "task", "¿dónde miro mis registros de salud? ¡nadie sabe nada!", "task:healthfile"),
    (
        "es",
        "task",
        ("tengo que hacer trámites del seguro médico por internet y no sé con qué entrar, ¡ayuda!"),
        "task:online",
    ),
    (
        "es",
        "task",
        "¿con qué tarjeta cobro la pensión? mi madre se jubila y vamos tarde",
        "task:pension",
    ),
    (
        "es",
        "task",
        "me despidieron, ¿qué tarjeta necesito para pedir el subsidio de desempleo? DIRECTO",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "¡me lesioné en el trabajo! ¿qué tarjeta uso para lo del accidente laboral?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "quiero comprobar si mi empresa de verdad está pagando mis cotizaciones, ¿cómo lo veo?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "¿dónde consulto cuánto llevo acumulado para la jubilación? estoy harto",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "¿qué tarjeta sirve para el metro? no quiero comprar billete cada vez",
        "task:transport",
    ),
    (
        "es",
        "task",
        "¿puedo pagar el autobús con alguna de estas tarjetas o no? sí o no",
        "task:transport",
    ),
    (
        "es",
        "task",
        "para los servicios públicos de la ciudad, ¿qué tarjeta? el gobierno local no contesta",
        "task:services",
    ),
    (
        "es",
        "task",
        "necesito demostrar quién soy, ¿qué tarjeta vale como identificación? URGENTE",
        "task:identity",
    ),
    (
        "es",
        "task",
        "¿cómo saco la tarjeta de seguridad social? recursos humanos me ignora",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "¿cómo consigo la tarjeta electrónica de seguridad social? la app no me deja",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "¡quiero el certificado electrónico de seguro médico en el móvil YA! ¿cómo lo obtengo?",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "¿quién puede sacar el certificado electrónico del seguro médico? ¿yo puedo o no?",
        ("task:getemedical", "card:emedical:eligibility"),
    ),
    ("es", "task", "¿cómo tramito la tarjeta ciudadana? ya fui a tres oficinas", "task:getcitizen"),
    (
        "es",
        "task",
        "solo dime qué tarjetas necesito para médicos y medicinas, sin rodeos",
        "tasks:care",
    ),
    (
        "es",
        "task",
        "pensión, paro, todo lo de dinero: ¿qué tarjeta? me estoy desesperando",
        "tasks:money",
    ),
    (
        "es",
        "task",
        "para el día a día, transporte y trámites de la ciudad, ¿qué uso? ufff",
        "tasks:life",
    ),
    (
        "es",
        "task",
        "acabo de llegar a China y no entiendo nada, ¿qué tengo que hacer y con qué tarjeta?",
        "tasks",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "FARMACIA", "task:pharmacy"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "jubilac", "task:pension"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "seguro médico electrónico", "card:emedical"),
    ("es", "short", "paro!!", "task:unemployment"),
    ("es", "short", "historial médico", "task:healthfile"),
    ("es", "short", "cotizaciones", "task:contributions"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "¡PERDÍ la tarjeta de seguridad social! ¿y ahora qué hago?", "none"),
    (
        "es",
        "oos",
        "¿cuánto cobran por hacer la tarjeta ciudadana? nadie me da una respuesta clara",
        "none",
    ),
    ("es", "oos", "¿cuánto tarda en llegar la tarjeta de seguridad social? ya van semanas", "none"),
    ("es", "oos", "se me olvidó la contraseña de la tarjeta, ¿cómo la cambio? rápido", "none"),
    (
        "es",
        "oos",
        "¿a qué hora abre la oficina de seguridad social? estoy en la puerta y está cerrada",
        "none",
    ),
    (
        "es",
        "oos",
        "¿qué papeles piden en Shanghái para la tarjeta de seguridad social? la lista exacta",
        "none",
    ),
    ("es", "oos", "¿la tarjeta afecta a mi visado de trabajo? contesta ya", "none"),
    ("es", "oos", "¿puedo sacar lo que coticé si me voy de China? sí o no", "none"),
    ("es", "oos", "¿cuánto me cuesta una resonancia con el seguro? no me lo dicen", "none"),
    ("es", "oos", "¿esto me desgrava en el impuesto sobre la renta o no?", "none"),
    ("es", "oos", "¿cómo vinculo la tarjeta con WeChat Pay? no funciona y me tiene harta", "none"),
    ("es", "oos", "se me rompió el chip de la tarjeta, ¿dónde me la reponen?", "none"),
    (
        "es",
        "oos",
        "¿puede mi esposa usar mi tarjeta del seguro médico? en la farmacia dijeron que no",
        "none",
    ),
    ("es", "oos", "¿qué hospital de Guangzhou atiende en español? urgente", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "¿QUÉ es la tarjeta ciudadana? explícamelo ya", "card:citizen"),
    (
        "es",
        "card",
        "¿quién emite el certificado electrónico de seguro médico? dímelo de una vez",
        "card:emedical:issuer",
    ),
    (
        "es",
        "card",
        "¿es segura la tarjeta de seguridad social o me pueden robar? quiero saberlo",
        "card:social:security",
    ),
    (
        "es",
        "card",
        "la tarjeta electrónica de seguridad social, ¿es física o solo digital? no entiendo",
        "card:esocial:form",
    ),
    (
        "es",
        "card",
        "¿quién gestiona la tarjeta sanitaria? ¿el hospital o quién?",
        "card:health:manager",
    ),
    (
        "es",
        "card",
        "¿para qué sirve la vieja tarjeta del seguro médico? al grano",
        "card:medical:function",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "tarjeta sanitaria vs tarjeta del seguro médico, ¿en qué se diferencian? corto",
        "cmp:medical:health",
    ),
    (
        "es",
        "compare",
        (
            "¿diferencia entre la tarjeta electrónica de seguridad social y la tarjeta ciudadana? "
            "de una vez"
        ),
        "cmp:esocial:citizen",
    ),
    (
        "es",
        "compare",
        (
            "tarjeta de seguridad social vs certificado electrónico de seguro médico, ¡¿cuál es "
            "cuál?!"
        ),
        "cmp:social:emedical",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        "¿la tarjeta de seguridad social y la del seguro médico son la misma? ya no sé",
        "faq:2",
    ),
    (
        "es",
        "faq",
        (
            "¿la tarjeta de recursos humanos y seguridad social ES una tarjeta de seguridad social "
            "o qué?"
        ),
        "faq:4",
    ),
    (
        "es",
        "faq",
        (
            "¿el certificado electrónico de seguro médico y la tarjeta electrónica de seguridad "
            "social son lo mismo? contesta"
        ),
        "faq:5",
    ),
    (
        "es",
        "faq",
        "¿qué registra la tarjeta de seguridad social y qué puedo hacer con ella? resumido",
        "faq:7",
    ),
    (
        "es",
        "faq",
        "¿cuántos tipos de tarjeta de seguridad social hay? de verdad no lo entiendo",
        "faq:8",
    ),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿qué dice el artículo 3 de la ley de seguro social? rápido", "law:sil-3"),
    (
        "es",
        "law",
        "artículo 4 de las medidas administrativas de la tarjeta, ¿qué pone? sin vueltas",
        "law:ssc-4",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola!!! contesten", "greeting"),
    ("es", "greeting", "vale, gracias, por fin", "greeting"),
    ("es", "greeting", "chao", "greeting"),
)
