"""Fifty-seventh phrasing set (a cross-section of English and Spanish speakers living in China:
mixed ages, jobs and situations), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

FIFTYSEVENTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "hey so my kid has a fever and we're heading to the children's hospital in an hour. "
        "which card do i need to register there",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "need cold medicine from the pharmacy downstairs, can i pay with one of these cards?",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "I paid out of pocket for an MRI last month. how do i get that money back, "
        "which card handles reimbursement",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "where can i see my medical records from previous visits? new doctor wants my history",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "I'd rather do my medical insurance stuff online than queue at the bureau. what do i use",
        "task:online",
    ),
    (
        "en",
        "task",
        "Hello. I am 61 and retired after twelve years of teaching at a university in Wuhan. "
        "Which card is used to draw my pension?",
        "task:pension",
    ),
    (
        "en",
        "task",
        "contract wasnt renewed so im out of work now. how do i claim unemployment benefits",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "hurt my back lifting boxes at the warehouse, what card do i need for work injury benefits",
        "task:injury",
    ),
    (
        "en",
        "task",
        "how can I check whether my company is actually paying my social insurance every month?",
        "task:contributions",
    ),
    ("en", "task", "can any of these cards be used on the metro", "task:transport"),
    (
        "en",
        "task",
        "Is there a card that gets me into the public reading room at the city library?",
        "task:services",
    ),
    (
        "en",
        "task",
        "sick of carrying my passport everywhere. which of these cards can prove who i am",
        "task:identity",
    ),
    (
        "en",
        "task",
        "just started a new job in shenzhen, how do i get a social security card",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "how do I get the electronic social security card on my phone",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "my coworker pulled up some medical insurance QR code on alipay. how do i get "
        "that electronic medical insurance certificate thing",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "Good afternoon. My wife and I have recently relocated to Hangzhou. Could you kindly "
        "explain how one obtains a citizen card? Many thanks, Robert",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        "what cards do i need for medical stuff in general, doctors, medicine, reimbursements, "
        "all of it",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "which card deals with the money side of things? pension, unemployment pay, that kind "
        "of stuff",
        "tasks:money",
    ),
    (
        "en",
        "task",
        "dentist appt tmrw, do i show the social security card or the health card at "
        "registration??",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "which card do I use at the hospital cashier window to pay the bill",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "pharmacy lady asked for my 'yibao card' and i just stared at her lol. what do i use to "
        "buy meds on insurance",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "I'm a nurse at an international clinic and patients keep asking me how to look up "
        "their own health file. Which card is that done with?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "want to see the total that's been paid into my pension and medical insurance so far, "
        "how do i check",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "i take the bus to work every day, is there a card i can tap for the fare",
        "task:transport",
    ),
    (
        "en",
        "task",
        "Got injured on a construction site where I work as a consulting engineer. Which card "
        "do I use to apply for work-related injury insurance benefits?",
        "task:injury",
    ),
    (
        "en",
        "task",
        "just got laid off from the factory. what do i need to register as unemployed",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "wife gave birth last month and we paid a lot at the hospital. which card do we use to "
        "get some of the medical costs reimbursed?",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "already have the plastic social security card, how do i turn it into the e version",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "HR said i have to apply for a social security card as a new hire but my chinese is bad "
        "and i didnt get the rest. how does it work",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "what can these cards actually do for me? show me everything",
        "tasks",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "e social", "card:esocial"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "metro", "task:transport"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "medical card", "card:medical"),
    ("en", "short", "unemploym", "task:unemployment"),
    ("en", "short", "hospitl", "task:hospital"),
    ("en", "short", "laws", "law"),
    ("en", "short", "ss number", "faq:10"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "I lost my social security card on the subway yesterday, how do I get a replacement?",
        "none",
    ),
    ("en", "oos", "how long does it take to get the citizen card after applying", "none"),
    ("en", "oos", "Does it cost anything to have a social security card made?", "none"),
    ("en", "oos", "forgot the PIN for my social security card, help!!", "none"),
    (
        "en",
        "oos",
        "what percentage of my salary gets deducted for social insurance",
        "none",
    ),
    (
        "en",
        "oos",
        "My social security card expires next month. How do I renew it?",
        "none",
    ),
    (
        "en",
        "oos",
        "as a foreigner am i even required to pay into chinese social insurance? can i opt out",
        "none",
    ),
    (
        "en",
        "oos",
        "what about the housing provident fund, how do i withdraw from it",
        "none",
    ),
    (
        "en",
        "oos",
        "If I leave China for good, can I get my pension contributions refunded as a lump sum?",
        "none",
    ),
    (
        "en",
        "oos",
        "does the Shanghai citizen card work on the buses in Suzhou?",
        "none",
    ),
    (
        "en",
        "oos",
        "how much pension will i get per month after 15 yrs of contributions",
        "none",
    ),
    ("en", "oos", "can i link my social security card to wechat pay", "none"),
    (
        "en",
        "oos",
        "Which private health insurance is best for expat families in Shenzhen?",
        "none",
    ),
    (
        "en",
        "oos",
        "how do i change the bank account that's linked to my social security card",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "what exactly is the electronic medical insurance certificate",
        "card:emedical",
    ),
    ("en", "card", "who manages the health card?", "card:health:manager"),
    (
        "en",
        "card",
        "is the old medical insurance card secure? heard the chip on it is easy to copy",
        "card:medical:security",
    ),
    (
        "en",
        "card",
        "Who actually issues the social security card, the bank or the government?",
        "card:social:issuer",
    ),
    (
        "en",
        "card",
        "is the e social security card a separate card or just an app version of the physical "
        "one",
        "card:esocial:form",
    ),
    ("en", "card", "whats the citizen card for, what can you use it for", "card:citizen:function"),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "difference between the health card and the citizen card?",
        "cmp:health:citizen",
    ),
    (
        "en",
        "compare",
        "how does the electronic social security card compare with the physical social "
        "security card",
        "cmp:social:esocial",
    ),
    (
        "en",
        "compare",
        "old medical insurance card vs the electronic medical insurance certificate, what's "
        "different",
        "cmp:medical:emedical",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "is the health card a kind of social security card or nah",
        ("faq:1", "cmp:social:health"),
    ),
    (
        "en",
        "faq",
        "my HR keeps saying 'human resources and social security card'. is that just a social "
        "security card?",
        "faq:4",
    ),
    ("en", "faq", "What kinds of social insurance are there in China?", "faq:6"),
    (
        "en",
        "faq",
        "how many days does my boss have to sign me up for social insurance after i start",
        ("faq:9", "law:sil-58"),
    ),
    ("en", "faq", "what is my social security number, where do i find it", "faq:10"),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "which article of the law says I can check my contribution records for free?",
        "law:sil-74",
    ),
    (
        "en",
        "law",
        "is there a regulation saying the social security card has to work everywhere in the "
        "country",
        "law:ssc-4",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi", "greeting"),
    ("en", "greeting", "thanks, that helped a lot!", "greeting"),
    ("en", "greeting", "ok bye 👋", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "hola, mañana llevo a mi hija al pediatra, ¿qué tarjeta necesito en el hospital?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "que tarjeta uso en la farmacia para comprar medicinas con el seguro",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "Buenas tardes. Me operaron de apendicitis y lo pagué todo yo. ¿Con qué tarjeta puedo "
        "pedir el reembolso de los gastos médicos?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "quiero consultar mi historial medico, con que tarjeta se hace",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "se pueden hacer tramites del seguro medico por internet?? que necesito",
        "task:online",
    ),
    (
        "es",
        "task",
        "Tengo 63 años y trabajé 15 años en una empresa de Guangzhou. ¿Qué tarjeta necesito "
        "para cobrar la pensión?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "me quede sin trabajo la semana pasada, como pido la prestacion por desempleo",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "me corté la mano en la cocina del restaurante donde curro, fue accidente laboral. "
        "que tarjeta uso para las prestaciones",
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿Cómo puedo comprobar si mi empresa está pagando mis cotizaciones?",
        "task:contributions",
    ),
    ("es", "task", "hay alguna tarjeta para pagar el metro y el bus?", "task:transport"),
    (
        "es",
        "task",
        "¿Qué tarjeta sirve para usar las salas de lectura públicas?",
        "task:services",
    ),
    (
        "es",
        "task",
        "necesito demostrar mi identidad en una oficina, cual de las tarjetas sirve como "
        "identificacion",
        "task:identity",
    ),
    (
        "es",
        "task",
        "acabo de empezar a trabajar en un colegio en Chengdu, cómo consigo la tarjeta de "
        "seguridad social?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "cómo activo la tarjeta electrónica de seguridad social en el móvil",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "cómo saco el certificado electrónico del seguro médico",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "Estimados señores: mi esposo y yo vivimos en Suzhou desde hace un año y quisiéramos "
        "saber cómo se solicita la tarjeta ciudadana. Atentamente, Lucía",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        "qué tarjetas sirven para temas de salud? médico, farmacia, reembolsos, todo eso",
        "tasks:care",
    ),
    (
        "es",
        "task",
        "quiero sacarme todas las tarjetas que me correspondan, cómo se consigue cada una?",
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        "en la ventanilla del hospital me piden pagar la consulta, puedo pagar con alguna de "
        "estas tarjetas?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "son las 2 de la mañana, estoy en una farmacia de guardia y necesito ibuprofeno, "
        "que tarjeta saco",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "¿Dónde puedo ver mi expediente de salud? Cambié de médico y me lo está pidiendo.",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "soy profe de español en una uni y quiero saber cuanto se ha pagado en total a mi "
        "seguro social hasta ahora, como lo miro",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "quiero usar servicios públicos de la ciudad, tipo salas de lectura, con qué tarjeta "
        "entro",
        "task:services",
    ),
    (
        "es",
        "task",
        "me jubilo el año que viene, qué tarjeta voy a necesitar para recibir la pensión",
        "task:pension",
    ),
    (
        "es",
        "task",
        "trabajo de repartidor y tuve un accidente con la moto en pleno reparto. que tarjeta "
        "uso para reclamar las prestaciones por lesion laboral",
        "task:injury",
    ),
    (
        "es",
        "task",
        "me despidieron de la fábrica y tengo que registrarme como desempleado, ¿qué tarjeta "
        "llevo?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "ya tengo la tarjeta física de seguridad social, como saco la versión electrónica",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "ya estoy afiliado al seguro médico, ¿cómo consigo el certificado electrónico?",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "y para el día a día, transporte, identificarme, servicios públicos... qué tarjeta va",
        "tasks:life",
    ),
    (
        "es",
        "task",
        "necesito gestionar el seguro médico online, mirar mi cuenta y eso, ¿qué uso?",
        "task:online",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farmac", "task:pharmacy"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "seg social", "card:social"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "autobús", "task:transport"),
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "leyes", "law"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "historial médico", "task:healthfile"),
    ("es", "short", "accidente laboral", "task:injury"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        "perdí mi tarjeta de seguridad social en un taxi, qué hago",
        "none",
    ),
    ("es", "oos", "cuánto tarda en llegar la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿Cuánto cuesta sacar la tarjeta de seguridad social?", "none"),
    ("es", "oos", "olvidé la contraseña de la tarjeta y no me deja pagar", "none"),
    (
        "es",
        "oos",
        "¿Qué porcentaje del sueldo me descuentan para la seguridad social?",
        "none",
    ),
    ("es", "oos", "mi tarjeta está caducada, cómo la renuevo", "none"),
    (
        "es",
        "oos",
        "Los extranjeros tenemos derecho a cobrar la pensión china si nos vamos del país?",
        "none",
    ),
    ("es", "oos", "y el fondo de vivienda (公积金) cómo funciona?", "none"),
    (
        "es",
        "oos",
        "¿Hay convenio de seguridad social entre España y China? No quiero cotizar dos veces",
        "none",
    ),
    (
        "es",
        "oos",
        "en Shanghái se puede usar la tarjeta de seguridad social en cualquier hospital privado?",
        "none",
    ),
    ("es", "oos", "cuánto me van a dar de paro al mes", "none"),
    ("es", "oos", "puedo vincular la tarjeta a Alipay?", "none"),
    (
        "es",
        "oos",
        "qué seguro médico privado me recomiendas para mi familia, somos cuatro",
        "none",
    ),
    (
        "es",
        "oos",
        "¿Mi tarjeta de seguridad social china sirve en México cuando vuelva?",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "qué es la tarjeta de salud", "card:health"),
    (
        "es",
        "card",
        "¿Quién emite el certificado electrónico de seguro médico?",
        "card:emedical:issuer",
    ),
    (
        "es",
        "card",
        "la tarjeta del seguro médico antigua, para qué sirve exactamente?",
        "card:medical:function",
    ),
    ("es", "card", "¿La tarjeta ciudadana es física o electrónica?", "card:citizen:form"),
    (
        "es",
        "card",
        "qué tan segura es la tarjeta de seguridad social? me da miedo que me la clonen",
        "card:social:security",
    ),
    (
        "es",
        "card",
        "la tarjeta electrónica de seguridad social quién la gestiona",
        "card:esocial:manager",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "qué diferencia hay entre la tarjeta vieja del seguro médico y la tarjeta de salud",
        "cmp:medical:health",
    ),
    (
        "es",
        "compare",
        "tarjeta electrónica de seguridad social vs tarjeta ciudadana, en qué se diferencian",
        "cmp:esocial:citizen",
    ),
    (
        "es",
        "compare",
        "el certificado electrónico del seguro médico y la tarjeta de salud, ¿en qué se "
        "parecen y en qué no?",
        "cmp:emedical:health",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        "¿La tarjeta de seguridad social es lo mismo que la tarjeta del seguro médico?",
        ("faq:2", "cmp:social:medical"),
    ),
    (
        "es",
        "faq",
        "tarjeta ciudadana y tarjeta de seguridad social son la misma??",
        ("faq:3", "cmp:social:citizen"),
    ),
    (
        "es",
        "faq",
        "el certificado electrónico de seguro médico y la tarjeta electrónica de seguridad "
        "social son lo mismo o no",
        ("faq:5", "cmp:esocial:emedical"),
    ),
    (
        "es",
        "faq",
        "qué registra la tarjeta de seguridad social y qué puedo hacer con ella",
        "faq:7",
    ),
    ("es", "faq", "¿Qué tipos de tarjeta de seguridad social existen?", "faq:8"),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        "la ley del seguro social dice algo de los principios del sistema? lo de amplia "
        "cobertura y sostenibilidad",
        "law:sil-3",
    ),
    (
        "es",
        "law",
        "qué dice el artículo 1 de las medidas administrativas sobre tarjetas de seguridad "
        "social",
        "law:ssc-1",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola buenas", "greeting"),
    ("es", "greeting", "muchas gracias, muy amable", "greeting"),
    ("es", "greeting", "chao, hasta luego", "greeting"),
)
