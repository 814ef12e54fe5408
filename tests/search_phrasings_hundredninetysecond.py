"""Hundred-and-ninety-second phrasing set (frustrated, upset or rushed people at a counter
or in a queue, venting a little before they ask: Canadians in English, Argentinians in
Spanish), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDNINETYSECOND: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (20) ----------------
    (
        "en", "task",
        "Been in this line-up for 40 min and the lady says wrong card. Which one do I "
        "actually need to see a doctor at the hospital?",
        "task:hospital",
    ),
    (
        "en", "task",
        "sorry, kinda stressed, kid's sick — which card do i use to buy medicine at the "
        "pharmacy here",
        "task:pharmacy",
    ),
    (
        "en", "task",
        "Paid for my ER visit out of pocket and nobody will tell me how to get it back. Which "
        "card gets medical costs reimbursed?",
        "task:reimburse",
    ),
    (
        "en", "task",
        "ugh the clinic keeps asking me for my history. which card lets me look up my own "
        "health records?",
        "task:healthfile",
    ),
    (
        "en", "task",
        "Third time the website kicks me out. What do I need to do my medical insurance stuff "
        "online?",
        "task:online",
    ),
    (
        "en", "task",
        "My father-in-law's been waiting forever — which card does he need to collect his "
        "pension?",
        "task:pension",
    ),
    (
        "en", "task",
        "Just got laid off, sorry if I'm short with you. Which card do I need for "
        "unemployment benefits?",
        "task:unemployment",
    ),
    (
        "en", "task",
        "Hurt my back on the job site and HR is useless. What card do I use to claim work "
        "injury benefits?",
        "task:injury",
    ),
    (
        "en", "task",
        "I want to see if my employer has actually been paying into my social insurance, how "
        "do I check that??",
        "task:contributions",
    ),
    (
        "en", "task",
        "Buddy at the subway gate won't let me tap my bank card. Which card works on buses "
        "and the subway?",
        "task:transport",
    ),
    (
        "en", "task",
        "which card do i need for local public services like the reading room, the desk guy "
        "just shrugged at me",
        "task:services",
    ),
    (
        "en", "task",
        "Apparently they won't take my passport at this counter. Is there a card that proves "
        "who I am?",
        "task:identity",
    ),
    (
        "en", "task",
        "Okay, how do I actually get a social security card? I've been bounced between three "
        "windows already",
        "task:getsocial",
    ),
    (
        "en", "task",
        "how do i get the electronic social security card on my phone, line's way too long to "
        "ask",
        "task:getesocial",
    ),
    (
        "en", "task",
        "Pharmacist says I need the electronic medical insurance certificate. How do I get "
        "one, can I even?",
        "task:getemedical",
    ),
    (
        "en", "task",
        "Who can get a citizen card and how? Been told 'not here' twice today.",
        "task:getcitizen",
    ),
    (
        "en", "task",
        "at the hospital cashier, they want payment and a card — which one do I hand over, "
        "quick",
        "task:hospital",
    ),
    (
        "en", "task",
        "Signed up for job training and now they want a card too. Which one, eh?",
        "task:unemployment",
    ),
    (
        "en", "task",
        "how do i see how much has piled up in my pension and medical accounts so far? nobody "
        "explains anything",
        "task:contributions",
    ),
    (
        "en", "task",
        "Is there a card for getting hospital bills paid back or am I just out of luck? So "
        "fed up.",
        "task:reimburse",
    ),
    # ---------------- English: short (18) ----------------
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "pharmcy", "task:pharmacy"),
    ("en", "short", "metro card", "task:transport"),
    ("en", "short", "jobless benefits", "task:unemployment"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "e-medical", "card:emedical"),
    ("en", "short", "citizn card", "card:citizen"),
    ("en", "short", "helth card", "card:health"),
    ("en", "short", "e social", "card:esocial"),
    ("en", "short", "old med card", "card:medical"),
    ("en", "short", "contribs", "task:contributions"),
    ("en", "short", "health records", "task:healthfile"),
    ("en", "short", "SSN", "faq:10"),
    ("en", "short", "retirement pay", "task:pension"),
    ("en", "short", "ic card", "card:social"),
    ("en", "short", "insurance types", "faq:6"),
    ("en", "short", "laws", "law"),
    ("en", "short", "all cards", "cards"),
    # ---------------- English: oos (18) ----------------
    (
        "en", "oos",
        "Lost my social security card on the bus this morning, how do I replace it?",
        "none",
    ),
    (
        "en", "oos",
        "how much does it cost to get a citizen card made? nobody will give me a straight "
        "number",
        "none",
    ),
    (
        "en", "oos",
        "How long until the social security card actually shows up? Been waiting weeks.",
        "none",
    ),
    (
        "en", "oos",
        "What time does the social security office close today? I'm stuck in traffic.",
        "none",
    ),
    ("en", "oos", "what's the phone number for the medical insurance hotline", "none"),
    (
        "en", "oos",
        "Forgot my password for the e-medical insurance thing and now I'm locked out. How do "
        "I reset it?",
        "none",
    ),
    ("en", "oos", "How much pension will I actually get per month?", "none"),
    ("en", "oos", "what age can I retire at here?", "none"),
    (
        "en", "oos",
        "My card expired, how do I renew it without standing in this line again?",
        "none",
    ),
    (
        "en", "oos",
        "Are the card rules for foreigners different in Shenzhen? Nobody here seems to know",
        "none",
    ),
    ("en", "oos", "Can I take cash out of my medical insurance personal account?", "none"),
    (
        "en", "oos",
        "Will my Chinese medical insurance cover me when I'm back home in Ontario?",
        "none",
    ),
    ("en", "oos", "Do I need a work permit before I can get social insurance?", "none"),
    ("en", "oos", "Can I deduct my social insurance contributions on my taxes?", "none"),
    ("en", "oos", "chip on my card stopped working, the machine won't read it. what now?", "none"),
    ("en", "oos", "where's the washroom in this building?", "none"),
    ("en", "oos", "any Tim Hortons around here? I need a double-double before I lose it", "none"),
    (
        "en", "oos",
        "Should I just buy private health insurance instead of dealing with all this?",
        "none",
    ),
    # ---------------- English: card (12) ----------------
    (
        "en", "card",
        "Sorry, dumb question but I'm losing it here — what IS a health card exactly?",
        "card:health:what",
    ),
    (
        "en", "card",
        "who issues the electronic medical insurance certificate? the app or the government?",
        "card:emedical:issuer",
    ),
    (
        "en", "card",
        "Who runs the health card anyway, the hospital or the city? Different answer at every "
        "desk.",
        "card:health:manager",
    ),
    (
        "en", "card",
        "How safe is the social security card? Worried someone could skim it in this crowd.",
        "card:social:security",
    ),
    (
        "en", "card",
        "what does a citizen card actually do? the lady keeps pointing at a poster in chinese",
        "card:citizen:function",
    ),
    (
        "en", "card",
        "There's this old card a bank gave out just for medical insurance — what was that "
        "one?",
        "card:medical",
    ),
    (
        "en", "card",
        "the plastic one with my photo, ID number and expiry date printed on it, like a "
        "second ID. what is that card?",
        "card:social:what",
    ),
    (
        "en", "card",
        "Where can I use that electronic medical insurance QR code thing? Only online?",
        "card:emedical:scope",
    ),
    ("en", "card", "what info does the health card keep on me?", "card:health:records"),
    (
        "en", "card",
        "Is my sosh sec card only good in this city or anywhere in China? I'm moving next "
        "month.",
        "card:social:scope",
    ),
    (
        "en", "card",
        "Who manages the e-social security card, is it the same office as this one?",
        "card:esocial:manager",
    ),
    (
        "en", "card",
        "What law is the social security card even based on? Feels like they make it up as "
        "they go.",
        "card:social:legal",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en", "compare",
        "Okay what's the actual difference between the social security card and the "
        "electronic one? Do I need both?",
        "cmp:social:esocial",
    ),
    (
        "en", "compare",
        "med insurance card vs the electronic medical insurance certificate — same thing or "
        "not? i'm so confused",
        "cmp:medical:emedical",
    ),
    (
        "en", "compare",
        "Are the health card and the citizen card the same deal? They both seem to work at "
        "hospitals.",
        "cmp:health:citizen",
    ),
    # ---------------- English: faq (3) ----------------
    (
        "en", "faq",
        "What's my social security number? Form wants it and I've got nothing.",
        "faq:10",
    ),
    (
        "en", "faq",
        "How long does my employer have to sign me up for social insurance? Been here two "
        "months already.",
        "faq:9",
    ),
    (
        "en", "faq",
        "how many types of social security card are there? they keep saying 'personal' like "
        "there's another kind",
        "faq:8",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en", "law",
        "Which article of the Social Insurance Law says my employer has to register me within "
        "30 days? Want to show HR.",
        "law:sil-58",
    ),
    ("en", "law", "Can you just show me the legal articles this is all based on", "law"),
    # ---------------- English: greeting (2) ----------------
    ("en", "greeting", "thanks, sorry for being grumpy, long day", "greeting"),
    ("en", "greeting", "hello??", "greeting"),
    # ---------------- Spanish: task (20) ----------------
    (
        "es", "task",
        "Hace una hora que estoy en la cola del hospital y recién ahora me dicen que traje la "
        "tarjeta equivocada. ¿Cuál es la que piden para atenderse?",
        "task:hospital",
    ),
    (
        "es", "task",
        "Perdón, estoy re apurada, mi nene tiene fiebre. ¿Con qué tarjeta compro remedios en "
        "la farmacia?",
        "task:pharmacy",
    ),
    (
        "es", "task",
        "Pagué todo de mi bolsillo en la guardia y nadie me explica nada. ¿Con qué tarjeta me "
        "reintegran los gastos médicos?",
        "task:reimburse",
    ),
    (
        "es", "task",
        "En la clínica me piden mis antecedentes y no sé ni dónde están. ¿Cómo consulto mi "
        "historia clínica?",
        "task:healthfile",
    ),
    (
        "es", "task",
        "La página me rebota por tercera vez, no doy más. ¿Qué necesito para hacer trámites "
        "del seguro médico por internet?",
        "task:online",
    ),
    (
        "es", "task",
        "Mi viejo está cansadísimo de esperar. ¿Qué tarjeta necesita para cobrar la "
        "jubilación?",
        "task:pension",
    ),
    (
        "es", "task",
        "Me echaron del laburo ayer, disculpá si estoy de mal humor. ¿Qué tarjeta uso para "
        "pedir el seguro de desempleo?",
        "task:unemployment",
    ),
    (
        "es", "task",
        "Me lastimé la mano en el laburo y en la empresa se hacen los giles. ¿Con qué tarjeta "
        "reclamo lo del accidente de trabajo?",
        "task:injury",
    ),
    (
        "es", "task",
        "quiero saber si mi empleador me está haciendo los aportes de verdad, cómo lo "
        "chequeo??",
        "task:contributions",
    ),
    (
        "es", "task",
        "El del molinete del subte no me deja pasar con la tarjeta del banco. ¿Cuál sirve "
        "para el subte y el colectivo?",
        "task:transport",
    ),
    (
        "es", "task",
        "¿Qué tarjeta piden para usar los servicios públicos de acá, tipo la sala de lectura? "
        "El de la ventanilla ni me miró.",
        "task:services",
    ),
    (
        "es", "task",
        "No me aceptan el pasaporte en esta ventanilla, una locura. ¿Hay alguna tarjeta que "
        "sirva para acreditar identidad?",
        "task:identity",
    ),
    (
        "es", "task",
        "Me mandaron de una ventanilla a otra tres veces. ¿Cómo se saca la tarjeta de "
        "seguridad social, posta?",
        "task:getsocial",
    ),
    (
        "es", "task",
        "como activo la tarjeta electronica de seguridad social en el celu? la cola es eterna "
        "y no quiero preguntar aca",
        "task:getesocial",
    ),
    (
        "es", "task",
        "En la farmacia me pidieron el certificado electrónico de seguro médico. ¿Cómo lo "
        "consigo? ¿Lo puedo tener yo?",
        "task:getemedical",
    ),
    (
        "es", "task",
        "¿Quién puede sacar la tarjeta ciudadana y cómo? Ya me dijeron 'acá no' dos veces hoy",
        "task:getcitizen",
    ),
    (
        "es", "task",
        "estoy en la caja del hospital, me piden pagar y una tarjeta, cual les doy? rapido "
        "porfa",
        "task:hospital",
    ),
    (
        "es", "task",
        "Me anoté en un curso de capacitación laboral y ahora me piden una tarjeta, ¿cuál es?",
        "task:unemployment",
    ),
    (
        "es", "task",
        "¿Cómo veo cuánto se acumuló en mi cuenta de jubilación y de seguro médico? Nadie te "
        "explica nada acá",
        "task:contributions",
    ),
    (
        "es", "task",
        "Se me vence el plazo para que me reintegren lo de la internación, ¿qué tarjeta tengo "
        "que presentar?",
        "task:reimburse",
    ),
    # ---------------- Spanish: short (18) ----------------
    ("es", "short", "reintegro gastos", "task:reimburse"),
    ("es", "short", "farmac", "task:pharmacy"),
    ("es", "short", "subte", "task:transport"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "aportes", "task:contributions"),
    ("es", "short", "historia clín", "task:healthfile"),
    ("es", "short", "jubilac", "task:pension"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "tarjeta ciudad", "card:citizen"),
    ("es", "short", "tarj salud", "card:health"),
    ("es", "short", "segurid social electr", "card:esocial"),
    ("es", "short", "tarjeta médica vieja", "card:medical"),
    ("es", "short", "número seguridad social", "faq:10"),
    ("es", "short", "tipos de seguro", "faq:6"),
    ("es", "short", "trámites online", "task:online"),
    ("es", "short", "sacar tarjeta ciudadana", "task:getcitizen"),
    ("es", "short", "identidad", "task:identity"),
    # ---------------- Spanish: oos (18) ----------------
    ("es", "oos", "Perdí la tarjeta de seguridad social en el subte, ¿cómo saco otra?", "none"),
    ("es", "oos", "¿Cuánto sale hacer la tarjeta ciudadana? Nadie me da un precio", "none"),
    ("es", "oos", "¿Cuánto tarda en llegar la tarjeta? Hace semanas que espero", "none"),
    (
        "es", "oos",
        "¿A qué hora cierra la oficina de seguridad social? Estoy clavado en el tráfico",
        "none",
    ),
    ("es", "oos", "¿No tienen un teléfono para llamar en vez de hacer esta cola?", "none"),
    (
        "es", "oos",
        "Me olvidé la contraseña del certificado electrónico y me bloquearon, ¿cómo la "
        "recupero?",
        "none",
    ),
    ("es", "oos", "¿Cuánto voy a cobrar de jubilación por mes?", "none"),
    ("es", "oos", "¿A qué edad se jubila uno acá?", "none"),
    ("es", "oos", "Se me venció la tarjeta, ¿cómo la renuevo sin volver a hacer cola?", "none"),
    ("es", "oos", "¿En Pekín los extranjeros tienen otras reglas para la tarjeta?", "none"),
    (
        "es", "oos",
        "¿Puedo sacar en efectivo la plata de la cuenta personal del seguro médico?",
        "none",
    ),
    ("es", "oos", "¿El seguro médico de acá me cubre cuando vuelvo a Buenos Aires?", "none"),
    ("es", "oos", "¿Necesito visa de trabajo para que me anoten en el seguro social?", "none"),
    ("es", "oos", "¿Los aportes los puedo descontar de Ganancias?", "none"),
    ("es", "oos", "Se me rompió el chip de la tarjeta y la máquina no la lee, ¿qué hago?", "none"),
    ("es", "oos", "¿Dónde hay un baño por acá?", "none"),
    ("es", "oos", "¿Dónde puedo cambiar dólares cerca de acá?", "none"),
    ("es", "oos", "¿Me conviene una prepaga en vez del seguro de acá?", "none"),
    # ---------------- Spanish: card (12) ----------------
    (
        "es", "card",
        "Nadie me sabe explicar: ¿qué es la tarjeta electrónica de seguridad social?",
        "card:esocial:what",
    ),
    (
        "es", "card",
        "¿Quién emitía la tarjeta de seguro médico vieja? ¿El banco?",
        "card:medical:issuer",
    ),
    (
        "es", "card",
        "¿Quién da la tarjeta ciudadana, el gobierno local o quién? Estoy podrido de "
        "preguntar",
        "card:citizen:issuer",
    ),
    (
        "es", "card",
        "¿Quién administra la tarjeta de seguridad social? Para saber a quién quejarme, "
        "básicamente",
        "card:social:manager",
    ),
    (
        "es", "card",
        "che, qué es ese certificado electrónico de seguro médico que todos me piden",
        "card:emedical:what",
    ),
    (
        "es", "card",
        "¿Qué datos guarda la tarjeta de seguridad social? No quiero que anden con mis datos "
        "por ahí",
        ("card:social:records", "faq:7"),
    ),
    (
        "es", "card",
        "¿Dónde se puede usar la tarjeta ciudadana? ¿Solo en el colectivo?",
        "card:citizen:scope",
    ),
    (
        "es", "card",
        "La tarjeta médica vieja, ¿era segura o cualquiera la podía clonar?",
        "card:medical:security",
    ),
    (
        "es", "card",
        "La tarjeta electrónica de seguridad social, ¿es de plástico o está en el celu?",
        "card:esocial:form",
    ),
    (
        "es", "card",
        "Esa tarjeta del hospital donde quedan tu historia clínica y tus gastos médicos, "
        "¿cómo se llama?",
        "card:health",
    ),
    (
        "es", "card",
        "¿La tarjeta de seguridad social tiene chip o es una tarjeta común?",
        "card:social:form",
    ),
    (
        "es", "card",
        "La tarjeta del seguro social (o como se llame), ¿para qué sirve al final?",
        "card:social:function",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es", "compare",
        "¿Cuál es la diferencia entre la tarjeta de salud y la tarjeta de seguro médico "
        "vieja? Me tienen mareado",
        "cmp:medical:health",
    ),
    (
        "es", "compare",
        "¿La tarjeta ciudadana y el certificado electrónico de seguro médico son lo mismo o "
        "no?",
        "cmp:emedical:citizen",
    ),
    (
        "es", "compare",
        "tarjeta de seguridad social electrónica vs tarjeta ciudadana, en qué se diferencian? "
        "rápido que me toca",
        "cmp:esocial:citizen",
    ),
    # ---------------- Spanish: faq (3) ----------------
    (
        "es", "faq",
        "¿Qué tipos de seguro social hay? Me hablan de cinco y no entiendo ninguno",
        "faq:6",
    ),
    (
        "es", "faq",
        "¿La tarjeta de recursos humanos y seguridad social es una tarjeta de seguridad "
        "social o es otra más?",
        "faq:4",
    ),
    (
        "es", "faq",
        "¿El certificado electrónico de seguro médico y la tarjeta electrónica de seguridad "
        "social son lo mismo? Ya no sé cuál bajar",
        "faq:5",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es", "law",
        "¿Qué dice el artículo 2 de la Ley de Seguro Social? Lo quiero tener a mano para "
        "discutir",
        "law:sil-2",
    ),
    (
        "es", "law",
        "El artículo 4 de las medidas administrativas sobre tarjetas de seguridad social, "
        "¿qué dice?",
        "law:ssc-4",
    ),
    # ---------------- Spanish: greeting (2) ----------------
    ("es", "greeting", "Gracias che, perdón por la mala onda", "greeting"),
    ("es", "greeting", "hola, buenas", "greeting"),
)
