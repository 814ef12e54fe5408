"""Hundred-and-sixty-third phrasing set (people who misremember or half-remember what they
read, mixing correct and wrong beliefs), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDSIXTYTHIRD: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "I read somewhere that you look up your own health records with the social "
            "security card, or was it the health card? how do I check my health file?"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "someone told me the health card keeps your medical history so any hospital can "
            "see it. how do I look at my own health records?"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "a colleague said the citizen card works on the subway in some cities, I thought "
            "only the social security card did that. which one do I use on the metro?"
        ),
        "task:transport",
    ),
    (
        "en",
        "task",
        (
            "I think I read the citizen card has an e-wallet thing for buses and even car "
            "rental?? I just want to ride the bus, what card do I need"
        ),
        "task:transport",
    ),
    (
        "en",
        "task",
        (
            "I read that to buy medicine at a pharmacy you still need the old medical "
            "insurance card. is that still the case or what do I use now?"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "my neighbour says you can pay for medicine out of pocket with the citizen card "
            "at the chemist. which card actually works at the pharmacy?"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "somebody told me pensions get paid through the health card, that sounds off to "
            "me. what do I need to draw my pension?"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "I read retired people collect their pension with the medical insurance card, is "
            "that right? how do I get my retirement pension paid"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "I remember reading that unemployment money is claimed with the citizen card. or "
            "is it the social security card? I just lost my job"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "I believe I read you do job-seeking registration and unemployment registration "
            "with some card... how do I claim unemployment benefits?"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "my friend says for a work injury claim you need a special injury card, but I "
            "thought I read the social security card covers it. how do I get injury benefits?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "I half remember something about a labour capacity appraisal after a work "
            "accident, done with one of these cards? I got hurt at the factory, what do I do"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "I half remember you can see what your employer paid in, either online or at the "
            "social security bureau. how do I check my contributions?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "read somewhere that the social security card shows the total built up in your "
            "pension and medical accounts. how do I see how much has been paid for me?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "I read the electronic medical insurance certificate is the only ID for doing "
            "medical insurance stuff online, or was that the e social security card? I want "
            "to do it on my phone"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "I was told medical bills get reimbursed with the health card, but maybe it was "
            "the social security card. how do I get my hospital costs paid back?"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "I think I read that to register at a hospital you show the health card and not "
            "the social security card. what should I bring to see a doctor?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "if I remember right the social security card lets you pay at designated "
            "hospitals from your personal medical account? which card do I use at the "
            "hospital"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "I read the citizen card is mainly there to prove who you are, like an ID. can I "
            "use it to prove my identity somewhere?"
        ),
        "task:identity",
    ),
    (
        "en",
        "task",
        (
            "someone said the new social security card is basically a second ID card because "
            "it has your photo and ID number. can it prove who I am?"
        ),
        "task:identity",
    ),
    (
        "en",
        "task",
        (
            "a friend said the citizen card gets you into public reading rooms and other city"
            " stuff. what local public services can I use with a card?"
        ),
        "task:services",
    ),
    (
        "en",
        "task",
        (
            "I was told you can only get the electronic social security card if you already "
            "have the plastic one... is that true? how do I get the electronic one?"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "I read that anyone can get the electronic medical insurance certificate even "
            "without being insured. how do I get one?"
        ),
        "task:getemedical",
    ),
    (
        "en",
        "task",
        (
            "a guy at work said the bank hands out the social security card, though maybe "
            "that was the old medical card. how do I actually get a social security card?"
        ),
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "I read the citizen card is given by the local government to local residents. I "
            "live here, so how do I get one?"
        ),
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        (
            "I'm sure I saw a list somewhere of everything you can do with these cards. what "
            "can I do with them?"
        ),
        "tasks",
    ),
    (
        "en",
        "task",
        (
            "I remember a part about money things, pension, unemployment, injury pay... what "
            "are the money-related things I can do?"
        ),
        "tasks:money",
    ),
    (
        "en",
        "task",
        (
            "there was something about how to get each card I think? how do I get the cards, "
            "all of them"
        ),
        "tasks:getcard",
    ),
    (
        "en",
        "task",
        (
            "I recall reading about using the cards for medical stuff, doctor, medicine, "
            "reimbursement. what are my options for health care?"
        ),
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "someone said the citizen card is the one for everyday life, transport, services,"
            " ID. what can I do day to day with the cards?"
        ),
        "tasks:life",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "helth card", "card:health"),
    ("en", "short", "citizen c", "card:citizen"),
    ("en", "short", "e social sec card", "card:esocial"),
    ("en", "short", "electronic medical insurance cert", "card:emedical"),
    ("en", "short", "old medical card", "card:medical"),
    ("en", "short", "hr and social security card", ("card:social", "faq:4")),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "metro card?", "task:transport"),
    ("en", "short", "cards", "cards"),
    ("en", "short", "social security numb", "faq:10"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "health file", "task:healthfile"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        (
            "I heard they replace a lost social security card for free, is that right? I lost"
            " mine, what do I do"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "I read it takes about a week to get the citizen card, is that still true? how "
            "long does it take?"
        ),
        "none",
    ),
    ("en", "oos", "someone said the health card costs 20 yuan, how much is it actually?", "none"),
    (
        "en",
        "oos",
        (
            "what's the phone number for the social security bureau? I thought it was 12333 "
            "but not sure"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "I read foreigners can't get a citizen card at all, only Chinese nationals. is "
            "that so?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "can my wife be added to my medical insurance? I read family members are covered "
            "automatically"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "what time does the social security office open on saturdays? I thought they're "
            "closed"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "I heard you can take your pension contributions back when you leave China for "
            "good, how do I do that?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "my friend said I can change the PIN on my social security card at any bank ATM. "
            "how?"
        ),
        "none",
    ),
    ("en", "oos", "I read the health card works in Hong Kong hospitals too, does it?", "none"),
    ("en", "oos", "someone told me maternity leave in China is 98 days, is that right?", "none"),
    (
        "en",
        "oos",
        (
            "I think I saw the electronic social security card inside Alipay, is it there or "
            "in WeChat?"
        ),
        "none",
    ),
    ("en", "oos", "what's the yuan to euro rate today", "none"),
    (
        "en",
        "oos",
        (
            "I heard an employer who doesn't pay social insurance gets fined three times the "
            "amount, how big is the fine?"
        ),
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        (
            "I read somewhere that the health card is run by the national human resources "
            "ministry, is that so? who manages the health card really?"
        ),
        "card:health:manager",
    ),
    (
        "en",
        "card",
        (
            "I remember the old medical insurance card being issued by the hospitals? who "
            "issued it?"
        ),
        "card:medical:issuer",
    ),
    (
        "en",
        "card",
        (
            "someone said the social security card has a chip and is super secure, or was "
            "that the medical card? how safe is the social security card?"
        ),
        "card:social:security",
    ),
    (
        "en",
        "card",
        (
            "I think the electronic social security card comes from some national platform? "
            "who issues it exactly"
        ),
        "card:esocial:issuer",
    ),
    (
        "en",
        "card",
        (
            "I read the citizen card works anywhere in China just like the social security "
            "card. where can I use the citizen card?"
        ),
        "card:citizen:scope",
    ),
    (
        "en",
        "card",
        (
            "what is the electronic medical insurance certificate again? I thought it was a "
            "paper certificate the hospital gives you"
        ),
        "card:emedical",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "I thought the electronic social security card was a separate card from the "
            "plastic one... how is it different from the physical social security card?"
        ),
        "cmp:social:esocial",
    ),
    (
        "en",
        "compare",
        (
            "I remember reading the old medical insurance card and the electronic medical "
            "insurance certificate are the same thing, plastic vs digital. what's the "
            "difference?"
        ),
        "cmp:medical:emedical",
    ),
    (
        "en",
        "compare",
        (
            "someone said the health card and the citizen card both get you into hospitals, "
            "so what's the difference between them?"
        ),
        "cmp:health:citizen",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        (
            "I read somewhere that the health card IS a social security card, just another "
            "name for it. is that so?"
        ),
        "faq:1",
    ),
    (
        "en",
        "faq",
        (
            "my friend says the social security card and the medical insurance card are one "
            "and the same card, right?"
        ),
        "faq:2",
    ),
    (
        "en",
        "faq",
        (
            "is the human resources and social security card actually a social security card "
            "or something else? I got them mixed up"
        ),
        "faq:4",
    ),
    (
        "en",
        "faq",
        (
            "I heard the employer has 3 months to sign me up for social insurance after I "
            "start, is that right?"
        ),
        "faq:9",
    ),
    (
        "en",
        "faq",
        (
            "someone told me my social security number is different from my ID number, so "
            "what is my social security number?"
        ),
        "faq:10",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        (
            "I read the social insurance law says the state helps you when you're old, sick, "
            "injured or unemployed... which article was that?"
        ),
        "law:sil-2",
    ),
    (
        "en",
        "law",
        (
            "I remember some regulation saying social security cards must work all over the "
            "country, which article is it?"
        ),
        "law:ssc-4",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi, I think someone recommended this bot to me?", "greeting"),
    ("en", "greeting", "thanks, that clears up what I had mixed up", "greeting"),
    ("en", "greeting", "ok bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        (
            "me dijeron que con la tarjeta ciudadana se puede ir al médico, ¿o era la de "
            "salud? ¿qué tarjeta uso para ver a un médico?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "leí que en el hospital se paga con la cuenta personal del seguro médico que va "
            "en la tarjeta de seguridad social, ¿cómo pago en el hospital?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "creo que leí que en la farmacia solo aceptan la tarjeta de salud, ¿con qué "
            "tarjeta compro medicamentos?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "mi amiga dice que en las farmacias designadas se paga con la cuenta personal del"
            " seguro, ¿con qué tarjeta compro las medicinas?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "me dijeron que los gastos médicos los reembolsa el banco con la tarjeta vieja "
            "del seguro, ¿cómo consigo el reembolso?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "tengo entendido que el reembolso de gastos médicos se pide con la tarjeta "
            "ciudadana, ¿es así? ¿cómo me devuelven lo que pagué?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "leí en algún sitio que mi historial de salud se consulta con la tarjeta de "
            "seguridad social, ¿cómo veo mi expediente de salud?"
        ),
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "me dijeron que la tarjeta de salud guarda mis registros médicos, ¿cómo los "
            "consulto?"
        ),
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "me dijeron que el certificado electrónico de seguro médico sirve para hacer "
            "trámites del seguro por internet, ¿cómo hago gestiones online?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        (
            "creo que para gestionar el seguro médico en línea hace falta la tarjeta "
            "electrónica de seguridad social... ¿o era otra? quiero hacerlo desde el móvil"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        (
            "mi suegro dice que la pensión se cobra con la tarjeta sanitaria, ¿con cuál se "
            "cobra la pensión de jubilación?"
        ),
        "task:pension",
    ),
    (
        "es",
        "task",
        (
            "me dijeron que los jubilados cobran la pensión con la tarjeta ciudadana, ¿cómo "
            "cobro la mía?"
        ),
        "task:pension",
    ),
    (
        "es",
        "task",
        (
            "leí que para cobrar el paro hay que apuntarse como desempleado con la tarjeta de"
            " seguridad social, ¿cómo pido el subsidio de desempleo?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "me comentaron que las prestaciones por accidente de trabajo se piden con la "
            "tarjeta ciudadana, ¿es así? me lesioné en el trabajo"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "creo que después de un accidente laboral hay que pedir una evaluación de "
            "capacidad laboral con alguna tarjeta, ¿con cuál?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "me dijeron que puedo ver por internet cuánto ha pagado mi empresa a la seguridad"
            " social, ¿cómo consulto mis cotizaciones?"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "leí que con la tarjeta de seguridad social se ve el total acumulado de la "
            "pensión, ¿cómo miro cuánto llevo cotizado?"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "leí que con la tarjeta ciudadana se paga el metro y el autobús, ¿es verdad? ¿qué"
            " tarjeta uso en el transporte?"
        ),
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "me dijeron que la tarjeta de seguridad social sirve para el autobús, ¿o era la "
            "ciudadana? ¿con cuál subo al bus?"
        ),
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "creo que la tarjeta ciudadana sirve también para salas de lectura públicas y "
            "cosas así, ¿qué servicios públicos locales puedo usar?"
        ),
        "task:services",
    ),
    (
        "es",
        "task",
        (
            "leí que la tarjeta de seguridad social es como un segundo DNI, ¿puedo usarla "
            "para identificarme?"
        ),
        "task:identity",
    ),
    (
        "es",
        "task",
        (
            "me dijeron que la tarjeta de seguridad social te la saca la empresa cuando te "
            "contrata, ¿cómo la consigo?"
        ),
        "task:getsocial",
    ),
    (
        "es",
        "task",
        (
            "creo que la tarjeta electrónica de seguridad social se puede sacar sin tener la "
            "física, ¿cómo la activo?"
        ),
        "task:getesocial",
    ),
    (
        "es",
        "task",
        (
            "leí que el certificado electrónico del seguro médico lo puede sacar cualquiera, "
            "¿quién puede obtenerlo y cómo?"
        ),
        "task:getemedical",
    ),
    (
        "es",
        "task",
        (
            "me dijeron que la tarjeta ciudadana se la dan a los residentes locales, ¿cómo la"
            " saco yo?"
        ),
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        (
            "¿qué puedo hacer con estas tarjetas? leí algo de una guía de trámites"
        ),
        "tasks",
    ),
    (
        "es",
        "task",
        (
            "creo que había un apartado de salud: médico, medicinas, reembolsos... ¿qué "
            "opciones tengo para temas médicos?"
        ),
        "tasks:care",
    ),
    (
        "es",
        "task",
        (
            "leí algo sobre trámites de dinero, pensión, paro, cotizaciones, ¿cuáles son?"
        ),
        "tasks:money",
    ),
    (
        "es",
        "task",
        (
            "¿cómo se consigue cada una de las tarjetas? me dijeron que todas se sacan en el "
            "banco"
        ),
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        (
            "para el día a día (transporte, identificarme, servicios) ¿qué puedo hacer? creo "
            "que era todo con la tarjeta ciudadana"
        ),
        "tasks:life",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta electronica seg social", "card:esocial"),
    ("es", "short", "certificado médico electr", "card:emedical"),
    ("es", "short", "tarjeta del seguro medico vieja", "card:medical"),
    ("es", "short", "tarjeta de seguridad soc", "card:social"),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "tipos de seguro social", "faq:6"),
    ("es", "short", "ley seguro social", "law"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        (
            "me dijeron que si pierdes la tarjeta de seguridad social te la reponen en un "
            "día, ¿cómo la repongo?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "leí que la tarjeta ciudadana cuesta 30 yuanes, ¿cuánto cuesta de verdad?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "¿cuánto tarda en llegar la tarjeta de seguridad social? creo que eran dos "
            "semanas"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "me dijeron que los extranjeros no pueden tener tarjeta de salud, ¿es cierto?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "¿cuál es el teléfono de atención de la seguridad social? creo que era el 12333"
        ),
        "none",
    ),
    ("es", "oos", "¿a qué hora abre la oficina de la seguridad social los sábados?", "none"),
    (
        "es",
        "oos",
        (
            "leí que al irme de China me devuelven lo cotizado para la pensión, ¿cómo lo "
            "pido?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "me dijeron que la tarjeta de seguridad social caduca a los 10 años, ¿cómo la "
            "renuevo?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "¿puedo usar la tarjeta de seguridad social china en España? creo que había un "
            "convenio"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "me dijeron que la cotización es del 8% del sueldo, ¿cuánto me descuentan "
            "exactamente?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "¿cómo cambio el PIN de la tarjeta de seguridad social? creo que se hacía en el "
            "cajero"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "leí que el certificado electrónico está dentro de WeChat, ¿en qué menú lo "
            "encuentro?"
        ),
        "none",
    ),
    ("es", "oos", "¿qué tiempo va a hacer mañana en Shanghái?", "none"),
    (
        "es",
        "oos",
        (
            "me dijeron que si la empresa no me da de alta me pagan el doble de "
            "indemnización, ¿cuánto sería?"
        ),
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        (
            "me dijeron que la tarjeta ciudadana la emite el ministerio de seguridad social, "
            "¿quién la emite de verdad?"
        ),
        "card:citizen:issuer",
    ),
    (
        "es",
        "card",
        (
            "me dijeron que la tarjeta de seguridad social la da el banco, ¿o no? ¿quién la "
            "emite?"
        ),
        "card:social:issuer",
    ),
    (
        "es",
        "card",
        (
            "creo que el certificado electrónico de seguro médico lo emite el ministerio de "
            "recursos humanos, ¿o no? ¿quién lo emite?"
        ),
        "card:emedical:issuer",
    ),
    (
        "es",
        "card",
        (
            "la tarjeta de seguridad social es física, ¿verdad? leí que lleva foto y no sé "
            "qué más datos impresos"
        ),
        "card:social:form",
    ),
    (
        "es",
        "card",
        (
            "me dijeron que cualquiera puede tener la tarjeta electrónica de seguridad social"
            " aunque no tenga la física, ¿quién puede tenerla?"
        ),
        ("card:esocial:eligibility", "task:getesocial"),
    ),
    (
        "es",
        "card",
        (
            "tengo entendido que la tarjeta vieja del seguro médico también servía para "
            "cobrar el paro, ¿para qué servía realmente?"
        ),
        "card:medical:function",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "leí que el certificado electrónico de seguro médico reemplaza a la tarjeta de "
            "seguridad social, ¿en qué se diferencian?"
        ),
        "cmp:social:emedical",
    ),
    (
        "es",
        "compare",
        (
            "me dijeron que la tarjeta de salud y el certificado electrónico de seguro médico"
            " son casi iguales, ¿cuál es la diferencia?"
        ),
        "cmp:emedical:health",
    ),
    (
        "es",
        "compare",
        (
            "¿en qué se diferencia la tarjeta antigua de seguro médico de la tarjeta de "
            "salud? yo creía que eran la misma"
        ),
        "cmp:medical:health",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        (
            "me dijeron que la tarjeta ciudadana y la de seguridad social son la misma "
            "tarjeta, ¿es así?"
        ),
        "faq:3",
    ),
    (
        "es",
        "faq",
        (
            "¿el certificado electrónico de seguro médico y la tarjeta electrónica de "
            "seguridad social son lo mismo? yo pensaba que sí"
        ),
        "faq:5",
    ),
    (
        "es",
        "faq",
        (
            "leí que solo hay tres tipos de seguro social, pensión, médico y desempleo, "
            "¿cuáles hay realmente?"
        ),
        "faq:6",
    ),
    (
        "es",
        "faq",
        (
            "me dijeron que la tarjeta de seguridad social solo sirve para el médico, ¿qué "
            "registra y para qué sirve?"
        ),
        "faq:7",
    ),
    (
        "es",
        "faq",
        (
            "creo que leí que también hay una tarjeta de seguridad social para empresas, ¿qué"
            " tipos de tarjeta hay?"
        ),
        "faq:8",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        (
            "leí que hay una ley que dice que puedo consultar gratis mis registros de "
            "cotización, ¿qué artículo es?"
        ),
        "law:sil-74",
    ),
    (
        "es",
        "law",
        (
            "¿qué leyes regulan estas tarjetas? creo que era solo la ley de seguro social"
        ),
        "law",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, me dijeron que este bot ayuda con lo de las tarjetas", "greeting"),
    ("es", "greeting", "gracias, lo tenía todo mezclado", "greeting"),
    ("es", "greeting", "chao", "greeting"),
)
