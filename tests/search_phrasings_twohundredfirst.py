"""Two-hundred-and-first phrasing set (voice dictation on the go; Irish and Scottish English;
Venezuelan Spanish), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

TWOHUNDREDFIRST: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (20) ----------------
    (
        "en", "task",
        "right so I'm after getting a wee dose of the flu and need to see a doctor which card "
        "do I bring to the hospital full stop",
        "task:hospital",
    ),
    (
        "en", "task",
        "the weans no well taking her up to the hospital the morra which card pays for it there",
        "task:hospital",
    ),
    (
        "en", "task",
        "buying medicine at the chemist here which card do I use comma is it the social "
        "securities one question mark",
        "task:pharmacy",
    ),
    (
        "en", "task",
        "dictating this walking sorry which card to buy medicine with at the far messy pharmacy",
        "task:pharmacy",
    ),
    (
        "en", "task",
        "how do I get me medical expenses reim burst like which card handles the reimbursement",
        "task:reimburse",
    ),
    (
        "en", "task",
        "the doctor says I've a health file on the system how do I look it up which card",
        "task:healthfile",
    ),
    (
        "en", "task",
        "want to sort my medical insurance business online on the phone on the train what do "
        "I need for that",
        "task:online",
    ),
    (
        "en", "task",
        "me ma is out here with us and wants to draw her pension which card do you collect a "
        "pension with",
        "task:pension",
    ),
    (
        "en", "task",
        "lost the job last week and need to sign on for the unemployment benefit which card "
        "is it for that",
        "task:unemployment",
    ),
    (
        "en", "task",
        "hurt me back on the building sight at work need the work injury benefits what card "
        "do I use",
        "task:injury",
    ),
    (
        "en", "task",
        "want to check what the company has actually paid in for my social insurance which "
        "card shows the contributions",
        "task:contributions",
    ),
    (
        "en", "task",
        "which card for the bus and the subway is it the citizens guard",
        "task:transport",
    ),
    (
        "en", "task",
        "getting the subway every day into work what card do I tap on the barrier there",
        "task:transport",
    ),
    (
        "en", "task",
        "local public services like the public reading room which card gets me in to them",
        "task:services",
    ),
    (
        "en", "task",
        "need to prove who I am at an office and I've no passport on me which of the cards "
        "proves identity",
        "task:identity",
    ),
    (
        "en", "task",
        "just after starting a new job how do I get a social security card do I apply myself",
        "task:getsocial",
    ),
    (
        "en", "task",
        "can I get the electronic social security card on me phone how do I go about it",
        "task:getesocial",
    ),
    (
        "en", "task",
        "how do I get that electronic medical insurance certificate the yee bow code thing",
        "task:getemedical",
    ),
    (
        "en", "task",
        "where do I apply for the citizen card the one the city gives it's residents",
        "task:getcitizen",
    ),
    (
        "en", "task",
        "I'm new here and haven't a clue what I need to do with all these cards show me the "
        "options so",
        "tasks",
    ),
    # ---------------- English: short (18) ----------------
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "chemist", "task:pharmacy"),
    ("en", "short", "the dole", "task:unemployment"),
    ("en", "short", "leap card", "task:transport"),
    ("en", "short", "pps number", "faq:10"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "e social card", "card:esocial"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "medical card", "card:medical"),
    ("en", "short", "pensh", "task:pension"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "social insurance law", "law"),
    ("en", "short", "article 58", "law:sil-58"),
    ("en", "short", "she bow card", "card:social"),
    ("en", "short", "work injur", "task:injury"),
    ("en", "short", "lost card", "none"),
    ("en", "short", "opening hours", "none"),
    ("en", "short", "card fee", "none"),
    # ---------------- English: oos (18) ----------------
    (
        "en", "oos",
        "I've gone and lost me social security card on the subway what do I do now",
        "none",
    ),
    (
        "en", "oos",
        "how long does it take to get the citizen card after you apply like weeks or months",
        "none",
    ),
    ("en", "oos", "how much does the social security card cost is there a fee for it", "none"),
    ("en", "oos", "what time does the social security office open on a Saturday", "none"),
    (
        "en", "oos",
        "forgot the password for the medical insurance app how do I reset it full stop",
        "none",
    ),
    ("en", "oos", "is the Shanghai citizen card different to the Beijing one", "none"),
    ("en", "oos", "which hospital in Guangzhou is good with foreigners and English", "none"),
    ("en", "oos", "can I use my Irish medical card over here in China at all", "none"),
    ("en", "oos", "what's the weather going to be like in Shenzhen the morra", "none"),
    (
        "en", "oos",
        "how much pension will I actually get if I've paid in for ten years here",
        "none",
    ),
    (
        "en", "oos",
        "can I get my social insurance paid back when I leave China for good and head home to "
        "Cork",
        "none",
    ),
    (
        "en", "oos",
        "the chip on my card is banjaxed it won't scan can I get a replacement",
        "none",
    ),
    ("en", "oos", "how do I change the pin on me social security card", "none"),
    ("en", "oos", "where's the best place for a pint near the Bund", "none"),
    ("en", "oos", "how many weeks maternity leave do you get here", "none"),
    (
        "en", "oos",
        "my wife isn't working can she go on my medical insurance as a dependent",
        "none",
    ),
    ("en", "oos", "what's the exchange rate from euro to RMB today", "none"),
    (
        "en", "oos",
        "moved flat how do I update my address on the social security card",
        "none",
    ),
    # ---------------- English: card (12) ----------------
    ("en", "card", "tell us about the citizen card there", "card:citizen"),
    (
        "en", "card",
        "what exactly is the electronic social security card I keep hearing about it",
        "card:esocial",
    ),
    (
        "en", "card",
        "who issues the old medical insurance card was it a bank or something",
        "card:medical:issuer",
    ),
    ("en", "card", "what does the health card actually record", "card:health:records"),
    ("en", "card", "who manages the health card is it the hospital", "card:health:manager"),
    (
        "en", "card",
        "is the social security card a physical card or is it just on the phone",
        "card:social:form",
    ),
    (
        "en", "card",
        "is the social security card secure at all like is there a key system on it",
        "card:social:security",
    ),
    (
        "en", "card",
        "the card the city gives residents for the bus and the library what is it",
        "card:citizen",
    ),
    (
        "en", "card",
        "what's the legal basis for the social security card",
        "card:social:legal",
    ),
    (
        "en", "card",
        "where can you use the electronic medical insurance certificate",
        "card:emedical:scope",
    ),
    ("en", "card", "define health card full stop", "card:health:what"),
    (
        "en", "card",
        "that yee bow code you get on the phone from the national medical insurance crowd "
        "what is it when it's at home",
        "card:emedical",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en", "compare",
        "what's the difference between the health card and the citizen card",
        "cmp:health:citizen",
    ),
    (
        "en", "compare",
        "social security card versus the electronic one which is witch",
        "cmp:social:esocial",
    ),
    (
        "en", "compare",
        "old medical insurance card vs the electronic medical insurance certificate",
        "cmp:medical:emedical",
    ),
    # ---------------- English: faq (3) ----------------
    ("en", "faq", "is the health card a social security card or not", "faq:1"),
    ("en", "faq", "what kinds of social insurance are their", "faq:6"),
    (
        "en", "faq",
        "when does me employer have to register me for the social insurance",
        "faq:9",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en", "law",
        "what does article 4 of the measures on social security cards say",
        "law:ssc-4",
    ),
    ("en", "law", "list the law articles you're quoting from there", "law"),
    # ---------------- English: greeting (2) ----------------
    ("en", "greeting", "hiya how's it going", "greeting"),
    ("en", "greeting", "cheers that's grand thanks a million", "greeting"),
    # ---------------- Spanish: task (20) ----------------
    (
        "es", "task",
        "chamo tengo que ir al hospital y no se cual tarjeta llevar pa pagar alla",
        "task:hospital",
    ),
    (
        "es", "task",
        "el carajito tiene fiebre y lo voy a llevar a consulta al hospital cuál tarjeta me "
        "piden ahí",
        "task:hospital",
    ),
    (
        "es", "task",
        "voy pa la farmacia a comprar unas pastillas cual tarjeta uso la del seguro o cual",
        "task:pharmacy",
    ),
    (
        "es", "task",
        "estoy dictando esto en la calle disculpa punto cuál es la tarjeta para comprar "
        "medicinas en la farmacia",
        "task:pharmacy",
    ),
    (
        "es", "task",
        "mi pana cómo hago para que me reembolsen los gastos médicos con qué tarjeta es eso",
        "task:reimburse",
    ),
    (
        "es", "task",
        "quiero ver mi expediente de salud haber con qué tarjeta lo consulto",
        "task:healthfile",
    ),
    (
        "es", "task",
        "necesito hacer unos trámites del seguro médico por internet desde el celular qué uso",
        "task:online",
    ),
    (
        "es", "task",
        "mi papá se vino y quiere cobrar la pensión aquí con cuál tarjeta se cobra",
        "task:pension",
    ),
    (
        "es", "task",
        "me botaron del trabajo y quiero cobrar el paro forzoso como decimos allá cuál "
        "tarjeta es",
        "task:unemployment",
    ),
    (
        "es", "task",
        "me accidenté en el trabajo hay se me partió la mano qué tarjeta uso para los "
        "beneficios por lesión laboral",
        "task:injury",
    ),
    (
        "es", "task",
        "quiero saber cuánto me ha cotizado la empresa dónde reviso mis cotizaciones con qué "
        "tarjeta",
        "task:contributions",
    ),
    (
        "es", "task",
        "pa agarrar el metro y la camionetica cuál tarjeta sirve es la ciudadana",
        "task:transport",
    ),
    (
        "es", "task",
        "qué tarjeta me sirve para los servicios públicos locales como la sala de lectura",
        "task:services",
    ),
    (
        "es", "task",
        "cómo demuestro quién soy aquí si no cargo la cédula encima cuál tarjeta sirve de "
        "identificación",
        "task:identity",
    ),
    (
        "es", "task",
        "cómo saco la tarjeta del seguro social chamo acabo de empezar a trabajar",
        "task:getsocial",
    ),
    (
        "es", "task",
        "como activo la tarjeta electrónica de seguridad social en el teléfono",
        "task:getesocial",
    ),
    (
        "es", "task",
        "cómo obtengo el certificado electrónico del seguro médico ese código del yibao",
        "task:getemedical",
    ),
    (
        "es", "task",
        "dónde se pide la tarjeta ciudadana la que da la ciudad a los residentes",
        "task:getcitizen",
    ),
    (
        "es", "task",
        "quiero sacar una tarjeta pero no sé cuál ni cómo muéstrame las opciones para sacar "
        "tarjetas",
        "tasks:getcard",
    ),
    (
        "es", "task",
        "con qué tarjeta cobro el seguro de desempleo si me quedo sin chamba",
        "task:unemployment",
    ),
    # ---------------- Spanish: short (18) ----------------
    ("es", "short", "tarjeta ciudadan", "card:citizen"),
    ("es", "short", "farmac", "task:pharmacy"),
    ("es", "short", "pensio", "task:pension"),
    ("es", "short", "cédula", "task:identity"),
    ("es", "short", "paro forzoso", "task:unemployment"),
    ("es", "short", "camionetica", "task:transport"),
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "tarjeta electrónica", "card:esocial"),
    ("es", "short", "cotizaciones", "task:contributions"),
    ("es", "short", "reembol", "task:reimburse"),
    ("es", "short", "art 74", "law:sil-74"),
    ("es", "short", "horario", "none"),
    ("es", "short", "tarjeta perdida", "none"),
    ("es", "short", "nro seguridad social", "faq:10"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "consulta médica", "task:hospital"),
    ("es", "short", "shebao", "card:social"),
    ("es", "short", "expediente salud", "task:healthfile"),
    # ---------------- Spanish: oos (18) ----------------
    (
        "es", "oos",
        "se me perdió la tarjeta del seguro social en el metro qué hago ahora",
        "none",
    ),
    (
        "es", "oos",
        "cuánto tarda en salir la tarjeta ciudadana después que uno la pide",
        "none",
    ),
    (
        "es", "oos",
        "cuánto cuesta sacar la tarjeta de seguridad social hay que pagar algo",
        "none",
    ),
    ("es", "oos", "a qué hora abre la oficina del seguro social los sábados", "none"),
    (
        "es", "oos",
        "se me olvidó la clave de la app del seguro médico cómo la recupero",
        "none",
    ),
    ("es", "oos", "en Shanghái la tarjeta ciudadana funciona igualito que en Pekín", "none"),
    ("es", "oos", "qué hospital en Shenzhen atiende extranjeros que hablen español", "none"),
    ("es", "oos", "puedo usar mi carnet del IVSS de Venezuela aquí en China", "none"),
    ("es", "oos", "cómo mando plata a Venezuela desde China por Zelle o Binance", "none"),
    ("es", "oos", "cuánta pensión me toca si cotizo diez años aquí", "none"),
    (
        "es", "oos",
        "si me regreso a Caracas me devuelven lo que cotizé al seguro social",
        "none",
    ),
    ("es", "oos", "el chip de la tarjeta no lee en el cajero me dan otra", "none"),
    ("es", "oos", "cómo cambio el pin de la tarjeta de seguridad social", "none"),
    ("es", "oos", "dónde venden arepas en Guangzhou chamo", "none"),
    ("es", "oos", "cuántas semanas de permiso de maternidad me dan aquí", "none"),
    (
        "es", "oos",
        "mi esposa no trabaja puedo meterla en mi seguro médico como carga familiar",
        "none",
    ),
    ("es", "oos", "cuál es la tasa del dólar hoy", "none"),
    ("es", "oos", "cómo renuevo la visa de trabajo punto", "none"),
    # ---------------- Spanish: card (12) ----------------
    ("es", "card", "qué es la tarjeta ciudadana explícame", "card:citizen"),
    (
        "es", "card",
        "háblame de la tarjeta electrónica de seguridad social",
        "card:esocial",
    ),
    (
        "es", "card",
        "quién emite el certificado electrónico de seguro médico",
        "card:emedical:issuer",
    ),
    (
        "es", "card",
        "quién podía sacar la vieja tarjeta del seguro médico",
        "card:medical:eligibility",
    ),
    ("es", "card", "qué registra la tarjeta de salud", "card:health:records"),
    ("es", "card", "para qué sirve la tarjeta de salud", "card:health:function"),
    (
        "es", "card",
        "la tarjeta de seguridad social es física o electrónica",
        "card:social:form",
    ),
    (
        "es", "card",
        "quién administra la tarjeta de seguridad social",
        "card:social:manager",
    ),
    (
        "es", "card",
        "la tarjeta que te da el gobierno local pa identificarte y montarte en el metro cómo "
        "se llama y qué es",
        "card:citizen",
    ),
    ("es", "card", "definición de tarjeta de seguridad social", "card:social:what"),
    ("es", "card", "dónde se puede usar la tarjeta ciudadana", "card:citizen:scope"),
    ("es", "card", "la tarjeta de seguro médico vieja es segura o no", "card:medical:security"),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es", "compare",
        "tarjeta electrónica de seguridad social vs tarjeta ciudadana",
        "cmp:esocial:citizen",
    ),
    (
        "es", "compare",
        "en qué se diferencia la tarjeta de seguro médico vieja de la tarjeta de salud",
        "cmp:medical:health",
    ),
    (
        "es", "compare",
        "compárame el certificado electrónico del seguro médico con la tarjeta de salud",
        "cmp:emedical:health",
    ),
    # ---------------- Spanish: faq (3) ----------------
    (
        "es", "faq",
        "la tarjeta ciudadana y la del seguro social son la misma tarjeta o no",
        "faq:3",
    ),
    (
        "es", "faq",
        "son lo mismo el certificado electrónico de seguro médico y la tarjeta electrónica "
        "de seguridad social",
        "faq:5",
    ),
    ("es", "faq", "qué tipos de tarjeta de seguridad social hay", "faq:8"),
    # ---------------- Spanish: law (2) ----------------
    (
        "es", "law",
        "qué dice el artículo 3 de la ley del seguro social sobre los principios",
        "law:sil-3",
    ),
    (
        "es", "law",
        "artículo 2 de las medidas de la tarjeta de seguridad social qué dice",
        "law:ssc-2",
    ),
    # ---------------- Spanish: greeting (2) ----------------
    ("es", "greeting", "épale mi pana qué más", "greeting"),
    ("es", "greeting", "gracias chamo burda de útil chao", "greeting"),
)
