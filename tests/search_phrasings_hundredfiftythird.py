"""Hundred-and-fifty-third phrasing set (people who tell what they already did and ask whether
it was right or what they should have used), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDFIFTYTHIRD: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "I showed my citizen card at the pharmacy to buy cold medicine, was that the "
            "right one?"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "yesterday I gave the hospital my health card to register, should I have used the"
            " social security card instead?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "I paid at the doctor's with my old medical insurance card, does that still work "
            "or was I supposed to use something else?"
        ),
        ("task:hospital", "cmp:social:medical"),
    ),
    (
        "en",
        "task",
        (
            "went to get my medical bills reimbursed and brought my health card. wrong card?"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "I tried to pull up my health records with my social security card, should I have"
            " used a different card?"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "I did my medical insurance stuff online with the electronic social security "
            "card, was it supposed to be the e-medical certificate?"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "my dad went to collect his pension with his citizen card, was that right or does"
            " he need the social security card?"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "I lost my job and took my health card to sign up for unemployment benefits lol "
            "was that dumb"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "after I got hurt at work I used my medical insurance card for the injury claim, "
            "right card?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "I checked how much my company paid into my insurance using my citizen card, is "
            "that the right way?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "I've been tapping my social security card on the subway and it never works. was "
            "I supposed to use the citizen card?"
        ),
        "task:transport",
    ),
    (
        "en",
        "task",
        (
            "I brought my social security card to the public reading room, should I have used"
            " the citizen card?"
        ),
        "task:services",
    ),
    (
        "en",
        "task",
        (
            "the bank asked for ID and I gave them my social security card, was that ok?"
        ),
        "task:identity",
    ),
    (
        "en",
        "task",
        (
            "I went to the bank by myself to apply for a social security card, was that the "
            "right place or should my employer have done it?"
        ),
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "I tried to activate the electronic social security card before I had the "
            "physical one and it failed, did I do it wrong?"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "I signed up for the electronic medical insurance certificate before joining "
            "medical insurance, was that a mistake?"
        ),
        ("task:getemedical", "card:emedical:eligibility"),
    ),
    (
        "en",
        "task",
        (
            "I went to the social security bureau to get a citizen card, was that the wrong "
            "office?"
        ),
        ("task:getcitizen", "card:citizen:issuer"),
    ),
    (
        "en",
        "task",
        (
            "I've been using my health card for everything medical, doctor, meds, bills. is "
            "that right?"
        ),
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "I used my citizen card for pension and unemployment stuff, which card should I "
            "have used for the money side of things?"
        ),
        "tasks:money",
    ),
    (
        "en",
        "task",
        (
            "I only ever use my citizen card for the bus and renting a car, is that what it's"
            " meant for day to day?"
        ),
        "tasks:life",
    ),
    (
        "en",
        "task",
        (
            "I applied for all my cards at the same counter, is that how you get them or did "
            "I mess up?"
        ),
        "tasks:getcard",
    ),
    (
        "en",
        "task",
        (
            "I've been carrying all the cards everywhere cause I don't know which is for "
            "what, what can I do with each one?"
        ),
        "tasks",
    ),
    (
        "en",
        "task",
        (
            "I bought medicine at a designated pharmacy with my social security card and it "
            "came out of my medical account, is that how it's supposed to work?"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "I handed over my citizen card to get reimbursed at the hospital, should it have "
            "been the social security card?"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "I registered as a job seeker with my citizen card, should I have used my social "
            "security card?"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "I checked my pension insurance total with the e-social security card, was that "
            "the right one?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "I proved who I was at a government office with my health card, was that wrong?"
        ),
        "task:identity",
    ),
    (
        "en",
        "task",
        (
            "I brought my health card to the work injury disability appraisal, should I have "
            "brought the social security card?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "I showed my e-social security card on my phone at the clinic, was that enough or"
            " did I need the real card?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "asked the hospital for my health file and showed my citizen card. should've been"
            " the health card right?"
        ),
        "task:healthfile",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "pharmacy card?", "task:pharmacy"),
    ("en", "short", "hospital card", "task:hospital"),
    ("en", "short", "citiz", "card:citizen"),
    ("en", "short", "health ca", "card:health"),
    ("en", "short", "e-medical", "card:emedical"),
    ("en", "short", "pension card", "task:pension"),
    ("en", "short", "subway card", "task:transport"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "right card?", "cards"),
    ("en", "short", "social secu", "card:social"),
    ("en", "short", "unemployment", "task:unemployment"),
    ("en", "short", "old medical", "card:medical"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        (
            "I lost my social security card yesterday and only cancelled my bank card, was "
            "that the right first step?"
        ),
        "none",
    ),
    ("en", "oos", "I paid 20 yuan to replace my citizen card, was that the normal fee?", "none"),
    (
        "en",
        "oos",
        (
            "I waited three weeks for my social security card, is that how long it's supposed"
            " to take?"
        ),
        "none",
    ),
    ("en", "oos", "I called 12333 about my card, was that the right number to call?", "none"),
    (
        "en",
        "oos",
        (
            "I went to the social security office on a Saturday and it was closed, should I "
            "have gone on a weekday?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "as a foreigner I signed up for the citizen card, was I even allowed to?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "I tried using my social security card in Thailand on holiday, should that have "
            "worked?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "I transferred my social insurance when I moved from Shanghai to Shenzhen, did I "
            "do it right?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "I took my kid's health card to school for her vaccinations, was that correct?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "I withdrew cash from my social security card at an ATM, was I allowed to do "
            "that?"
        ),
        "none",
    ),
    ("en", "oos", "I sent my landlord a photo of my social security card, was that safe?", "none"),
    (
        "en",
        "oos",
        (
            "I changed my card PIN at a self-service machine, should I have done it at the "
            "counter?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "I bought private health insurance instead of the social one, was that a good "
            "idea?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "I booked my hospital appointment through WeChat, was that the right app?"
        ),
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        (
            "I told my coworker the health card is run by the hospital, was I right about who"
            " manages it?"
        ),
        "card:health:manager",
    ),
    (
        "en",
        "card",
        (
            "I said the social security card is issued by the bank, was I wrong? who issues "
            "it?"
        ),
        "card:social:issuer",
    ),
    (
        "en",
        "card",
        (
            "I assumed the electronic medical insurance certificate was just a photo of my "
            "card, what is it actually?"
        ),
        "card:emedical:what",
    ),
    (
        "en",
        "card",
        (
            "I thought the old medical insurance card was as secure as the new one, was it?"
        ),
        "card:medical:security",
    ),
    (
        "en",
        "card",
        (
            "I told my friend the citizen card is only for buses, what is it actually used "
            "for?"
        ),
        "card:citizen:function",
    ),
    (
        "en",
        "card",
        (
            "I thought the electronic social security card was a totally separate card, what "
            "is it exactly?"
        ),
        "card:esocial",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "I've been using the health card and the citizen card interchangeably, what's "
            "actually the difference?"
        ),
        "cmp:health:citizen",
    ),
    (
        "en",
        "compare",
        (
            "I still carry my old medical insurance card but the clinic wanted the electronic"
            " medical insurance certificate, how are they different?"
        ),
        "cmp:medical:emedical",
    ),
    (
        "en",
        "compare",
        (
            "I gave the nurse my social security card when she asked for the health card, how"
            " are those two different?"
        ),
        ("cmp:social:health", "faq:1"),
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        (
            "I told the receptionist my health card counts as a social security card, was I "
            "right?"
        ),
        "faq:1",
    ),
    (
        "en",
        "faq",
        (
            "I've been calling my citizen card my social security card, are they actually the"
            " same card?"
        ),
        "faq:3",
    ),
    (
        "en",
        "faq",
        (
            "I got a human resources and social security card, is that actually a social "
            "security card or something else?"
        ),
        "faq:4",
    ),
    (
        "en",
        "faq",
        (
            "I started my job two months ago and my boss still hasn't registered me for "
            "social insurance, should he have done it already?"
        ),
        ("faq:9", "law:sil-58"),
    ),
    (
        "en",
        "faq",
        (
            "I wrote my passport number where the form asked for my social security number, "
            "what is my social security number?"
        ),
        "faq:10",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        (
            "I told HR the law says they have to register me within 30 days, which article "
            "was that?"
        ),
        "law:sil-58",
    ),
    (
        "en",
        "law",
        (
            "I quoted the Social Insurance Law to my employer, which laws actually cover "
            "these cards?"
        ),
        "law",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "thanks, I'll use the right card next time", "greeting"),
    ("en", "greeting", "hi, quick question about a card I used", "greeting"),
    ("en", "greeting", "ok got it, bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        (
            "ayer usé la tarjeta ciudadana en la farmacia para comprar ibuprofeno, ¿estuvo "
            "bien?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "fui al hospital y di la tarjeta de salud para registrarme, ¿debí usar la de "
            "seguridad social?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "pagué la consulta con la tarjeta vieja del seguro médico, ¿todavía sirve o tenía"
            " que usar otra?"
        ),
        ("task:hospital", "cmp:social:medical"),
    ),
    (
        "es",
        "task",
        (
            "pedí el reembolso de gastos médicos con la tarjeta ciudadana, ¿era esa la "
            "correcta?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "quise ver mi historial de salud con la tarjeta de seguridad social y no pude, "
            "¿cuál tenía que usar?"
        ),
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "hice un trámite del seguro médico por internet con la tarjeta electrónica de "
            "seguridad social, ¿o era con el certificado electrónico?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        (
            "mi mamá fue a cobrar la pensión con la tarjeta de salud, ¿se equivocó de "
            "tarjeta?"
        ),
        "task:pension",
    ),
    (
        "es",
        "task",
        (
            "me quedé sin trabajo y llevé la tarjeta ciudadana para pedir el subsidio de "
            "desempleo, ¿hice bien?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "tuve un accidente en el trabajo y presenté la tarjeta del seguro médico, ¿era la"
            " correcta para lo de lesión laboral?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "revisé cuánto me han cotizado usando la tarjeta de salud, ¿se puede o tenía que "
            "usar otra?"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "intenté pagar el metro con la tarjeta de seguridad social y no pasó, ¿tenía que "
            "usar la ciudadana?"
        ),
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "usé la tarjeta de seguridad social en la sala de lectura pública, ¿era mejor la "
            "tarjeta ciudadana?"
        ),
        "task:services",
    ),
    (
        "es",
        "task",
        (
            "en el banco me pidieron identificación y les di la tarjeta de seguridad social, "
            "¿estuvo bien?"
        ),
        "task:identity",
    ),
    (
        "es",
        "task",
        (
            "saqué la tarjeta de seguridad social yo solo en el banco, ¿lo hice bien o tenía "
            "que tramitarla mi empresa?"
        ),
        "task:getsocial",
    ),
    (
        "es",
        "task",
        (
            "quise activar la tarjeta electronica de seguridad social sin tener la fisica, "
            "¿por eso no me dejó?"
        ),
        "task:getesocial",
    ),
    (
        "es",
        "task",
        (
            "pedí el certificado electrónico del seguro médico pero aún no tengo seguro "
            "médico, ¿me equivoqué?"
        ),
        ("task:getemedical", "card:emedical:eligibility"),
    ),
    (
        "es",
        "task",
        (
            "fui a la oficina de seguridad social a sacar la tarjeta ciudadana, ¿era ahí o me"
            " equivoqué de sitio?"
        ),
        ("task:getcitizen", "card:citizen:issuer"),
    ),
    (
        "es",
        "task",
        (
            "uso la tarjeta de salud para todo lo médico, médico, medicinas, pagos... ¿está "
            "bien así?"
        ),
        "tasks:care",
    ),
    (
        "es",
        "task",
        (
            "usé la tarjeta ciudadana para lo de la pensión y el desempleo, ¿cuál debí usar "
            "para temas de dinero?"
        ),
        "tasks:money",
    ),
    (
        "es",
        "task",
        (
            "solo uso la tarjeta ciudadana para el bus y para alquilar coche, ¿así se usa en "
            "el día a día?"
        ),
        "tasks:life",
    ),
    (
        "es",
        "task",
        (
            "pedí todas las tarjetas en la misma ventanilla, ¿así se sacan o la lié?"
        ),
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        (
            "llevo todas las tarjetas encima porque no sé cuál es para qué, ¿qué puedo hacer "
            "con cada una?"
        ),
        "tasks",
    ),
    (
        "es",
        "task",
        (
            "compré medicinas con la tarjeta de seguridad social y me lo descontó de la "
            "cuenta personal del seguro, ¿es normal?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "me registré como buscador de empleo con la tarjeta de salud, ¿estuvo mal?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "consulté el total acumulado de mi pensión con la tarjeta ciudadana, ¿era la "
            "indicada?"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "en una oficina del gobierno enseñé la tarjeta de salud para identificarme, ¿vale"
            " eso?"
        ),
        "task:identity",
    ),
    (
        "es",
        "task",
        (
            "le mostré al médico la tarjeta electrónica de seguridad social en el móvil, ¿era"
            " suficiente?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "pedí mi expediente médico con la tarjeta ciudadana, ¿no era con la de salud?"
        ),
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "para la evaluación de incapacidad por el accidente laboral llevé la tarjeta "
            "ciudadana, ¿hice mal?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "usé la tarjeta ciudadana para trámites de servicios públicos de mi ciudad, ¿es "
            "para eso?"
        ),
        "task:services",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "tarjeta ciudad", "card:citizen"),
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "hospital", "task:hospital"),
    ("es", "short", "cotizaciones", "task:contributions"),
    ("es", "short", "seguridad soc", "card:social"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        (
            "perdí la tarjeta de seguridad social y solo bloqueé la del banco, ¿hice bien?"
        ),
        "none",
    ),
    ("es", "oos", "pagué 30 yuanes por reponer la tarjeta ciudadana, ¿es lo normal?", "none"),
    (
        "es",
        "oos",
        (
            "llevo un mes esperando la tarjeta de seguridad social, ¿es normal que tarde "
            "tanto?"
        ),
        "none",
    ),
    ("es", "oos", "llamé al 12333 para preguntar por la tarjeta, ¿era ese el número?", "none"),
    ("es", "oos", "fui a la oficina un domingo y estaba cerrada, ¿qué horario tienen?", "none"),
    (
        "es",
        "oos",
        (
            "soy extranjero y me saqué la tarjeta ciudadana, ¿tenía derecho a hacerlo?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "intenté usar la tarjeta de seguridad social en Japón y no funcionó, ¿debería "
            "haber funcionado?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "cambié el PIN de la tarjeta en un cajero, ¿estuvo bien o tenía que ir a "
            "ventanilla?"
        ),
        "none",
    ),
    ("es", "oos", "al mudarme de Pekín a Cantón traspasé mi seguro social, ¿lo hice bien?", "none"),
    ("es", "oos", "le mandé una foto de mi tarjeta al casero, ¿fue peligroso?", "none"),
    ("es", "oos", "contraté un seguro privado en vez del social, ¿fue buena idea?", "none"),
    ("es", "oos", "pagué tarde la cotización este mes, ¿me van a multar?", "none"),
    (
        "es",
        "oos",
        (
            "saqué dinero en efectivo con la tarjeta de seguridad social, ¿se puede hacer "
            "eso?"
        ),
        "none",
    ),
    ("es", "oos", "pedí cita en el hospital por WeChat, ¿era la app correcta?", "none"),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        (
            "le dije a un amigo que la tarjeta de salud la lleva el gobierno central, ¿me "
            "equivoqué? ¿quién la gestiona?"
        ),
        "card:health:manager",
    ),
    (
        "es",
        "card",
        (
            "pensaba que la tarjeta ciudadana la emitía la seguridad social, ¿quién la emite "
            "de verdad?"
        ),
        "card:citizen:issuer",
    ),
    (
        "es",
        "card",
        (
            "creí que el certificado electrónico del seguro médico era una app cualquiera, "
            "¿qué es exactamente?"
        ),
        "card:emedical:what",
    ),
    (
        "es",
        "card",
        (
            "dije que la tarjeta de seguridad social es de papel, ¿cómo es en realidad?"
        ),
        "card:social:form",
    ),
    (
        "es",
        "card",
        (
            "pensé que la tarjeta electrónica de seguridad social la emitía el seguro médico,"
            " ¿quién la emite?"
        ),
        "card:esocial:issuer",
    ),
    (
        "es",
        "card",
        (
            "le dije a mi jefe que la tarjeta de seguridad social solo vale en Shanghái, ¿se "
            "puede usar en todo el país?"
        ),
        "card:social:scope",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "usé la tarjeta ciudadana donde pedían la de seguridad social, ¿en qué se "
            "diferencian?"
        ),
        ("cmp:social:citizen", "faq:3"),
    ),
    (
        "es",
        "compare",
        (
            "en la clínica enseñé la tarjeta de salud en vez del certificado electrónico del "
            "seguro médico, ¿qué diferencia hay?"
        ),
        "cmp:emedical:health",
    ),
    (
        "es",
        "compare",
        (
            "tengo la tarjeta de seguridad social física y la electrónica, y usé la "
            "electrónica, ¿en qué se diferencian?"
        ),
        "cmp:social:esocial",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        (
            "tiré la tarjeta del seguro médico porque pensé que la de seguridad social era lo"
            " mismo, ¿hice bien?"
        ),
        "faq:2",
    ),
    (
        "es",
        "faq",
        (
            "usé la tarjeta electrónica de seguridad social pensando que era el certificado "
            "electrónico del seguro médico, ¿son lo mismo?"
        ),
        ("faq:5", "cmp:esocial:emedical"),
    ),
    (
        "es",
        "faq",
        (
            "me apunté al seguro en la empresa, pero ¿qué tipos de seguro social hay en "
            "realidad?"
        ),
        "faq:6",
    ),
    (
        "es",
        "faq",
        (
            "le dije a mi esposa que la tarjeta de seguridad social solo guarda el nombre, "
            "¿qué registra y para qué sirve?"
        ),
        ("faq:7", "card:social:records"),
    ),
    (
        "es",
        "faq",
        (
            "a mí me dieron la tarjeta personal y a la empresa otra distinta, ¿qué tipos de "
            "tarjeta de seguridad social hay?"
        ),
        "faq:8",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        (
            "le dije a un compañero que el Ministerio de Recursos Humanos gestiona las "
            "tarjetas, ¿qué artículo lo dice?"
        ),
        "law:ssc-3",
    ),
    (
        "es",
        "law",
        (
            "puse en mi queja que tienen que llevar registro de mis cotizaciones, ¿en qué "
            "artículo de la ley está eso?"
        ),
        "law:sil-74",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "gracias, ya sé cuál usar la próxima vez", "greeting"),
    ("es", "greeting", "hola, tengo una duda con una tarjeta que usé", "greeting"),
    ("es", "greeting", "vale, gracias, chao", "greeting"),
)
