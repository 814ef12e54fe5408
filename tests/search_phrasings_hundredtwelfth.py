"""Hundred-and-twelfth phrasing set (Spanglish mixers), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDTWELFTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "ok so tengo fever and need to see a doctor tomorrow, which card do I bring to the "
            "hospital?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        "mija has a nasty cough, what card do I use to register and pay at the clinic?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "need to pick up some medicina at the pharmacy near work, which card works there",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "can I buy pastillas for my abuela at the drugstore using one of these cards??",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "how do I get my medical bills paid back? like the reembolso for my hospital visit",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "paid out of pocket at the ER last week ugh, which card gets me that money back",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "where can I check my historial médico, like all my past health records?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "trying to look up my health file from old checkups pa mi nuevo doctor, which card?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "can I do my medical insurance stuff online desde el celular? which card is for that",
        "task:online",
    ),
    (
        "en",
        "task",
        "is there a way to handle seguro médico business on my phone sin ir a la oficina",
        "task:online",
    ),
    (
        "en",
        "task",
        "my papá is retiring next year, what card does he need to collect his pension",
        "task:pension",
    ),
    (
        "en",
        "task",
        "jubilación question: which card do retirees use to draw the monthly pension?",
        "task:pension",
    ),
    (
        "en",
        "task",
        "just got laid off 😩 which card do I use para el seguro de desempleo?",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "how do I claim unemployment benefits, what card will they ask for? me quedé sin chamba",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "I hurt my back en la fábrica, which card handles the work injury benefits?",
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "accidente de trabajo: my coworker fell off a ladder, what card does he need to "
            "claim injury insurance"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        "how can I see if my empresa actually paid in my social insurance contributions?",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "want to check cuánto se ha pagado into my pension and medical accounts so far",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "which card do I tap on the metro? I'm so tired of buying tickets todos los días",
        "task:transport",
    ),
    (
        "en",
        "task",
        "which card lets me use the public library and reading rooms? mis hijos love books",
        "task:services",
    ),
    (
        "en",
        "task",
        "I need something to prove who I am, like an ID, which of these cards sirve para eso?",
        "task:identity",
    ),
    ("en", "task", "which card can I use as identificación besides my passport?", "task:identity"),
    (
        "en",
        "task",
        "how do I get the social security card? mi jefe says I need one before payday",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "who can apply for the electronic social security card and how? do I need la física first?",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "how do I get the electronic medical insurance certificate, quién can get one?",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "who qualifies for a citizen card and how do I apply? soy nueva en la ciudad",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        "all the health care stuff, doctor, farmacia, reembolsos... which cards cover what?",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "money things: pension, desempleo, what I've paid in... which card for each one?",
        "tasks:money",
    ),
    (
        "en",
        "task",
        "daily life stuff like getting around la ciudad and proving who I am, which cards help?",
        "tasks:life",
    ),
    (
        "en",
        "task",
        "ok I'm lost, what do I actually need to do with all these cards? dame el overview",
        "tasks",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "la citizen card", "card:citizen"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "elect", ("card:esocial", "card:emedical")),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "e-social card", "card:esocial"),
    ("en", "short", "old medical card", "card:medical"),
    ("en", "short", "social insurance law", "law"),
    ("en", "short", "cards", "cards"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "hr social security card", "card:social"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "lost my social security card en el taxi 😭 how do I replace it?", "none"),
    ("en", "oos", "how much does it cost to get the citizen card, or is it gratis?", "none"),
    (
        "en",
        "oos",
        "how long does it take para que llegue the physical social security card?",
        "none",
    ),
    (
        "en",
        "oos",
        "where's the social security office in Guangzhou? no encuentro la dirección",
        "none",
    ),
    (
        "en",
        "oos",
        "as a foreigner do I get the same pension rights as Chinese workers? soy de Perú",
        "none",
    ),
    (
        "en",
        "oos",
        "if I leave China next year do I get my pension contributions back, o se pierde todo?",
        "none",
    ),
    ("en", "oos", "forgot the PIN on my social security card, cómo lo reseteo?", "none"),
    (
        "en",
        "oos",
        "what percentage of my hospital bill does medical insurance actually cover? más o menos",
        "none",
    ),
    (
        "en",
        "oos",
        "can I link my social security card to Alipay or WeChat Pay? sería lo máximo",
        "none",
    ),
    ("en", "oos", "my card says válida hasta 2026, how do I renew it when it expires?", "none"),
    (
        "en",
        "oos",
        "can my esposa be added to my medical insurance if she doesn't work here?",
        "none",
    ),
    (
        "en",
        "oos",
        "how much maternity pay do you get in China? estoy embarazada and kinda panicking",
        "none",
    ),
    (
        "en",
        "oos",
        "can I use my Chinese medical insurance in Hong Kong or Macau when I travel?",
        "none",
    ),
    (
        "en",
        "oos",
        "my employer reports a lower salary base para el seguro, is that even legal?",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "what even is a health card? my doctor mentioned it y no entendí nada",
        "card:health",
    ),
    (
        "en",
        "card",
        "who issues the electronic medical insurance certificate, el gobierno or a bank?",
        "card:emedical:issuer",
    ),
    (
        "en",
        "card",
        "is the social security card safe? like can someone hack it o clonarla",
        "card:social:security",
    ),
    (
        "en",
        "card",
        "what info is stored on the social security card? mi nombre, ID number, what else?",
        "card:social:records",
    ),
    (
        "en",
        "card",
        "the old medical insurance card, is that still a thing o ya no existe?",
        "card:medical",
    ),
    (
        "en",
        "card",
        "is the electronic social security card just an app thing or a real tarjeta?",
        "card:esocial:form",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "what's the diferencia between the citizen card and the health card?",
        "cmp:health:citizen",
    ),
    (
        "en",
        "compare",
        "old medical card vs the electronic medical certificate, cuál es la diferencia?",
        "cmp:medical:emedical",
    ),
    (
        "en",
        "compare",
        "social security card vs the electronic one, what changes besides being digital?",
        "cmp:social:esocial",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "is the health card a type of social security card or no? mi amiga says yes",
        ("faq:1", "cmp:social:health"),
    ),
    (
        "en",
        "faq",
        "what kinds of social insurance exist here? like pensión, médico, what else",
        "faq:6",
    ),
    (
        "en",
        "faq",
        "when does my employer have to sign me up for social insurance? I started hace dos semanas",
        "faq:9",
    ),
    (
        "en",
        "faq",
        "what is my social security number, is it a different número from my ID?",
        "faq:10",
    ),
    (
        "en",
        "faq",
        "are there different types of social security cards? like personal vs la de la empresa?",
        "faq:8",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "what does article 58 of the social insurance law say exactly? my HR lady keeps citing it",
        "law:sil-58",
    ),
    (
        "en",
        "law",
        "article 3 of the administrative measures on social security cards, qué dice?",
        "law:ssc-3",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hey hola, good morning!", "greeting"),
    ("en", "greeting", "thank you so much, me salvaste", "greeting"),
    ("en", "greeting", "ok bye, cuídate", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "oye, ¿qué card llevo al hospital para sacar cita con el doctor?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "mi hijo tiene fiebre, ¿con qué tarjeta pago en el hospital? estoy freaking out",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "¿puedo comprar medicine en la farmacia con alguna de estas tarjetas?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "necesito ibuprofeno, ¿qué card me sirve en la pharmacy para comprarlo?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "¿cómo hago el reimbursement de los gastos médicos? pagué todo cash",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "¿con qué tarjeta me devuelven la plata del hospital? fue un bill enorme",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "quiero ver mis medical records de los últimos chequeos, ¿qué tarjeta necesito?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "¿dónde consulto mi health file personal? el especialista me pidió todo mi historial",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "¿se puede hacer el trámite del seguro médico online desde el phone?",
        "task:online",
    ),
    (
        "es",
        "task",
        (
            "no tengo tiempo de ir en persona, ¿qué uso para gestionar el seguro médico por "
            "internet? full online porfa"
        ),
        "task:online",
    ),
    ("es", "task", "mi suegro se jubila, ¿con qué card cobra la pension?", "task:pension"),
    (
        "es",
        "task",
        "¿qué tarjeta necesito para recibir mi retirement pension cada mes?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "me hicieron layoff ayer, ¿cómo pido el subsidio de desempleo y con qué tarjeta?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "¿qué tarjeta sirve para registrarse como unemployed y cobrar los benefits?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "me corté la mano en el warehouse, ¿qué tarjeta uso para los beneficios por "
            "accidente laboral?"
        ),
        "task:injury",
    ),
    ("es", "task", "¿cómo reclamo el work injury insurance? ¿piden alguna tarjeta?", "task:injury"),
    (
        "es",
        "task",
        "¿cómo verifico si mi company de verdad está pagando mis aportes al seguro social?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "quiero checar el total acumulado de mi pensión y del seguro médico, ¿dónde lo veo? thanks",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "¿hay alguna tarjeta para el subway y el bus? estoy harta de sacar ticket cada vez",
        "task:transport",
    ),
    (
        "es",
        "task",
        "¿con qué tarjeta entro a la biblioteca pública y a esos public services del barrio?",
        "task:services",
    ),
    ("es", "task", "¿qué tarjeta me sirve como ID para demostrar quién soy?", "task:identity"),
    (
        "es",
        "task",
        "olvidé el pasaporte en casa, ¿alguna card de estas sirve para probar mi identity?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "¿cómo saco la tarjeta de seguridad social? empiezo a trabajar el Monday",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "¿cómo activo la electronic social security card? ¿quién puede tenerla?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "¿quién puede obtener el e-medical certificate y cómo lo consigo? ayuda plis",
        "task:getemedical",
    ),
    ("es", "task", "¿cómo aplico para la citizen card? ¿qué requisitos piden?", "task:getcitizen"),
    (
        "es",
        "task",
        "quiero sacar todas las cards que me tocan, ¿cómo se consigue cada una?",
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        (
            "cosas del día a día: transporte, biblioteca, identificarme... ¿qué tarjetas me "
            "sirven para el daily life?"
        ),
        "tasks:life",
    ),
    (
        "es",
        "task",
        "soy diabética y voy mucho al médico, ¿qué tarjetas uso para todo lo de healthcare?",
        "tasks:care",
    ),
    (
        "es",
        "task",
        (
            "llegué hace un mes, ¿qué tengo que hacer con todas estas tarjetas? give me the big "
            "picture"
        ),
        "tasks",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "tarjeta seguridad social", "card:social"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "ley seguro social", "law"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "historial médico", "task:healthfile"),
    ("es", "short", "la e-social", "card:esocial"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "perdí mi tarjeta de seguridad social en el mall, ¿cómo pido una nueva?", "none"),
    ("es", "oos", "¿cuánto cuesta el trámite de la citizen card? ¿cobran algún fee?", "none"),
    ("es", "oos", "¿cuántos días tarda en salir la tarjeta física? la necesito ASAP", "none"),
    (
        "es",
        "oos",
        "¿dónde queda la oficina del seguro social en Shanghái? Google Maps no me sirve aquí jaja",
        "none",
    ),
    (
        "es",
        "oos",
        (
            "¿los extranjeros tenemos los mismos derechos al seguro social que los chinos? I'm "
            "from Colombia"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        "si me regreso a México, ¿puedo retirar lo que aporté a la pensión? o sea, hacer cash out",
        "none",
    ),
    (
        "es",
        "oos",
        "¿puedo pagar seguro médico para mis papás que vienen de visita? ellos no trabajan aquí",
        "none",
    ),
    (
        "es",
        "oos",
        (
            "¿cuánto me van a pagar de pensión cuando me retire? quiero un número aproximado, no "
            "bullshit"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        "¿cuál es el hospital más cercano que acepta el seguro médico? vivo en Chaoyang",
        "none",
    ),
    ("es", "oos", "¿el seguro médico cubre dentista? necesito un root canal urgente", "none"),
    (
        "es",
        "oos",
        "¿cómo cambio el número de teléfono vinculado a mi tarjeta electrónica? cambié de SIM",
        "none",
    ),
    (
        "es",
        "oos",
        (
            "¿en Guangzhou le dan seguro médico a los estudiantes internacionales? soy exchange "
            "student"
        ),
        "none",
    ),
    ("es", "oos", "¿puedo meter la tarjeta de seguridad social en Apple Wallet?", "none"),
    (
        "es",
        "oos",
        (
            "¿cuánto es la multa si la empresa se atrasa con el registro? my boss dice que no "
            "pasa nada"
        ),
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "¿qué es exactamente la citizen card? todo el mundo aquí la tiene",
        "card:citizen",
    ),
    (
        "es",
        "card",
        "¿quién administra la tarjeta sanitaria? ¿el hospital o el government?",
        "card:health:manager",
    ),
    (
        "es",
        "card",
        "¿para qué sirve el certificado electrónico de seguro médico? like, su función real",
        "card:emedical:function",
    ),
    (
        "es",
        "card",
        "¿la tarjeta de seguridad social es física o es puro digital?",
        "card:social:form",
    ),
    (
        "es",
        "card",
        "¿qué ley regula la tarjeta de seguridad social? necesito saber el legal basis",
        "card:social:legal",
    ),
    (
        "es",
        "card",
        "¿dónde se puede usar la tarjeta de seguridad social? ¿solo en hospitals?",
        "card:social:scope",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "¿en qué se diferencian la tarjeta ciudadana y la tarjeta electrónica de seguridad "
            "social? I'm confused"
        ),
        "cmp:esocial:citizen",
    ),
    (
        "es",
        "compare",
        (
            "compárame la tarjeta sanitaria con el certificado electrónico del seguro médico, "
            "¿cuál es cuál? so lost"
        ),
        "cmp:emedical:health",
    ),
    (
        "es",
        "compare",
        (
            "la vieja medical insurance card vs la tarjeta de seguridad social, ¿qué cambió "
            "entre una y otra?"
        ),
        ("cmp:social:medical", "faq:2"),
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        (
            "¿la tarjeta de seguridad social y la del seguro médico son la misma? mi coworker "
            "dice que sí"
        ),
        ("faq:2", "cmp:social:medical"),
    ),
    (
        "es",
        "faq",
        "¿la citizen card y la de seguridad social son la misma tarjeta o son dos distintas?",
        ("faq:3", "cmp:social:citizen"),
    ),
    (
        "es",
        "faq",
        "¿la human resources and social security card cuenta como tarjeta de seguridad social?",
        "faq:4",
    ),
    (
        "es",
        "faq",
        "¿el certificado electrónico de seguro médico es lo mismo que la e-social card?",
        ("faq:5", "cmp:esocial:emedical"),
    ),
    (
        "es",
        "faq",
        (
            "¿qué registra la tarjeta de seguridad social y qué puedo hacer con ella? explain "
            "like I'm five"
        ),
        "faq:7",
    ),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿qué dice el artículo 2 de la Social Insurance Law?", "law:sil-2"),
    (
        "es",
        "law",
        (
            "¿cuáles son los principios del seguro social según la ley? el artículo 3 creo, for "
            "my essay"
        ),
        "law:sil-3",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "¡buenas tardes! ¿estás ahí, bot?", "greeting"),
    ("es", "greeting", "mil gracias, super helpful", "greeting"),
    ("es", "greeting", "bueno chao, nos vemos, thanks", "greeting"),
)
