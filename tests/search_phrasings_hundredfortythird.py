"""Hundred-and-forty-third phrasing set (people relaying a question someone else asked them),
written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDFORTYTHIRD: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "my mom just called, she's seeing a doctor tomorrow and wants to know which card to bring",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "client of mine asked: what card do I use to pick up my prescription at the pharmacy?",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "neighbour downstairs had surgery and wants to know how he gets the medical costs "
            "reimbursed"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "dad's asking where he can look up his own health file, like his old check-up results",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "my wife wants to know if she can sort out her medical insurance stuff on her phone, "
            "what does she need"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        "father-in-law is 61 and keeps asking me which card his pension gets paid through",
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "a guy from my old team got laid off, he asked which card he needs to claim "
            "unemployment money"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "one of my site workers hurt his hand and he's asking what card he uses for work "
            "injury benefits"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "my sister thinks her company isn't paying in her social insurance, she asked me how "
            "to check"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        "my 14 yr old asked if there's a card he can just tap on the subway",
        "task:transport",
    ),
    (
        "en",
        "task",
        "grandma wants to know which card gets her into the public reading room",
        "task:services",
    ),
    (
        "en",
        "task",
        "he asked me which card can prove who he is when he doesn't have his passport on him",
        "task:identity",
    ),
    (
        "en",
        "task",
        "friend from Ohio who just started a job here asked me how she gets a social security card",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "new intern asked me how to get the electronic social security card, honestly no idea",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "my husband wants to know who's allowed to get the electronic medical insurance "
            "certificate"
        ),
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "a lady from my building asked me what she has to do to get a citizen card",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        "auntie asks what she should show at the hospital registration desk",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "mum keeps asking me the same thing: which card for buying her blood pressure pills??",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "a client wants to claim back what he spent on his son's hospital stay, which card "
            "handles that"
        ),
        "task:reimburse",
    ),
    ("en", "task", "my brother asked which of the cards works on city buses", "task:transport"),
    (
        "en",
        "task",
        "landlord asked me how he can see the total that's built up in his old-age insurance",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "student i tutor asks if there's a card for doing medical insurance business online",
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "my mother rang and wants the whole rundown of what she can do for her health care "
            "with these cards"
        ),
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "accountant friend asked what the cards do on the money side - pensions, benefits, "
            "that kind of thing"
        ),
        "tasks:money",
    ),
    (
        "en",
        "task",
        "neighbour asked what the cards are actually good for in day to day life",
        "tasks:life",
    ),
    (
        "en",
        "task",
        "she wants to know about getting a card in general, which ones she can get and how",
        "tasks:getcard",
    ),
    (
        "en",
        "task",
        "my dad literally asked me 'so what am I supposed to DO with all these cards'",
        "tasks",
    ),
    (
        "en",
        "task",
        "client's contract ended and he asks which card to show when he registers as a job seeker",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "coworker's wife has an occupational disease and wants to know which card she uses for "
            "the injury insurance benefits"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        "the client asked which card she'd use to prove her identity at a government counter",
        "task:identity",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "elect", ("card:esocial", "card:emedical")),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "medical card", "card:medical"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "ss number", "faq:10"),
    ("en", "short", "reimburse", "task:reimburse"),
    ("en", "short", "insurance law", "law"),
    ("en", "short", "unemploym", "task:unemployment"),
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "cards", "cards"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "my mom lost her social security card and wants to know how to get a replacement",
        "none",
    ),
    ("en", "oos", "client asked me how much it costs to get the citizen card", "none"),
    (
        "en",
        "oos",
        "neighbour wants to know how long it takes for the card to show up after she applies",
        "none",
    ),
    ("en", "oos", "dad asked where the nearest social security office is in Suzhou", "none"),
    (
        "en",
        "oos",
        "my friend wants to know if she gets her social insurance money back when she leaves China",
        "none",
    ),
    (
        "en",
        "oos",
        "my wife's asking whether foreigners are even allowed to get a pension here",
        "none",
    ),
    (
        "en",
        "oos",
        "he asked me if his Beijing citizen card will work when he moves to Guangzhou",
        "none",
    ),
    (
        "en",
        "oos",
        "the boss asked what percentage of the salary goes into social insurance",
        "none",
    ),
    ("en", "oos", "my father forgot his card PIN, he's asking how to reset it", "none"),
    ("en", "oos", "she wants to know if her medical insurance covers a dental cleaning", "none"),
    ("en", "oos", "client asked whether he can link his electronic card to Alipay", "none"),
    ("en", "oos", "my sister asked how many weeks of maternity leave she's entitled to", "none"),
    ("en", "oos", "coworker asked if he can add his kid to his medical insurance", "none"),
    (
        "en",
        "oos",
        "a client wants to know which bank he should choose for his social security card",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    ("en", "card", "my mother-in-law asked what exactly a health card is", "card:health:what"),
    (
        "en",
        "card",
        "client wants to know who issues the electronic medical insurance certificate",
        "card:emedical:issuer",
    ),
    (
        "en",
        "card",
        "my neighbour asked what info the social security card actually records",
        ("card:social:records", "faq:7"),
    ),
    (
        "en",
        "card",
        "he asked me if the electronic social security card is a real card or only on the phone",
        "card:esocial:form",
    ),
    (
        "en",
        "card",
        "dad wants to know whether his old medical insurance card is safe to use, security-wise",
        "card:medical:security",
    ),
    ("en", "card", "my colleague asked me to tell her about the citizen card", "card:citizen"),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "she wants to know the difference between the health card and the citizen card",
        "cmp:health:citizen",
    ),
    (
        "en",
        "compare",
        "my client asked how the social security card differs from the electronic one",
        "cmp:social:esocial",
    ),
    (
        "en",
        "compare",
        (
            "he asked what's different between the old medical insurance card and the electronic "
            "medical certificate"
        ),
        "cmp:medical:emedical",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "my mum wants to know if the health card counts as a social security card",
        "faq:1",
    ),
    (
        "en",
        "faq",
        "client asks: are the social security card and the medical insurance card the same thing?",
        ("faq:2", "cmp:social:medical"),
    ),
    ("en", "faq", "my neighbour asked me what kinds of social insurance there are", "faq:6"),
    (
        "en",
        "faq",
        "he wants to know how soon his new employer has to register him for social insurance",
        "faq:9",
    ),
    ("en", "faq", "she asked what types of social security card exist", "faq:8"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "my client asked what article 58 of the social insurance law says", "law:sil-58"),
    (
        "en",
        "law",
        (
            "HR lady asked me what article 3 of the Administrative Measures on Social Security "
            "Cards says"
        ),
        "law:ssc-3",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi there, asking for my mom", "greeting"),
    ("en", "greeting", "thanks, I'll pass it on to her", "greeting"),
    ("en", "greeting", "ok bye, gotta call my dad back", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "mi madre me llama y pregunta qué tarjeta tiene que llevar al hospital para pedir cita",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "mi vecino quiere saber con qué tarjeta puede comprar medicinas en la farmacia",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "un cliente me pregunta cómo le devuelven lo que pagó en el médico, qué tarjeta usa",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "mi abuela pregunta dónde puede consultar su historial de salud",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "mi marido quiere saber si puede hacer los trámites del seguro médico desde el móvil",
        "task:online",
    ),
    ("es", "task", "mi suegro me pregunta con qué tarjeta cobra la pensión", "task:pension"),
    (
        "es",
        "task",
        (
            "una amiga se quedó sin trabajo y me pregunta qué tarjeta necesita para pedir el "
            "subsidio de desempleo"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "un obrero de la empresa se lesionó y me pregunta con qué tarjeta tramita lo del "
            "accidente laboral"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "mi hermano quiere saber cómo comprobar cuánto le ha cotizado la empresa",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "mi hija me pregunta si hay alguna tarjeta para pagar el autobús",
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "mi vecina jubilada quiere saber qué tarjeta le sirve para la biblioteca y los "
            "servicios públicos"
        ),
        "task:services",
    ),
    (
        "es",
        "task",
        "me pregunta un cliente con qué tarjeta puede demostrar su identidad",
        "task:identity",
    ),
    (
        "es",
        "task",
        "mi prima recién llegada me pregunta cómo se saca la tarjeta de seguridad social",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "un compañero me pregunta cómo activar la tarjeta electrónica de seguridad social",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "mi madre quiere saber quién puede obtener el certificado electrónico de seguro médico",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "mi casero me pregunta cómo se consigue la tarjeta ciudadana",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        "mi tía pregunta con qué tarjeta paga la consulta en el hospital",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "mi padre dice que quiere comprar sus pastillas con tarjeta, ¿cuál le sirve?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "una clienta me pregunta qué tarjeta usa para que le reembolsen la operación de su hijo",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "mi cuñado pregunta si alguna de las tarjetas vale para alquilar un coche",
        "task:transport",
    ),
    (
        "es",
        "task",
        "mi abuelo quiere saber cuánto lleva acumulado en el seguro de vejez",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "mi jefa me pregunta si puede ver su expediente médico con alguna tarjeta",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "me pregunta mi vecino qué tarjeta necesita para apuntarse como demandante de empleo",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "mi madre me pide que le explique todo lo que puede hacer con las tarjetas para temas "
            "de salud"
        ),
        "tasks:care",
    ),
    (
        "es",
        "task",
        "un cliente quiere saber qué trámites de dinero puede hacer: pensión, paro, esas cosas",
        "tasks:money",
    ),
    (
        "es",
        "task",
        "mi vecina pregunta para qué le sirven las tarjetas en el día a día",
        "tasks:life",
    ),
    (
        "es",
        "task",
        "mi suegra quiere saber cómo conseguir una tarjeta, la que sea",
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        "mi amigo me pregunta literalmente: ¿y qué tengo que hacer yo con todas estas tarjetas?",
        "tasks",
    ),
    (
        "es",
        "task",
        "mi tío se jubila en marzo y pregunta qué tarjeta le hace falta para la jubilación",
        "task:pension",
    ),
    (
        "es",
        "task",
        "mi esposa me pregunta cómo descarga el certificado electrónico del seguro médico",
        "task:getemedical",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "electrónica", ("card:esocial", "card:emedical")),
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "leyes", "law"),
    ("es", "short", "paro", "task:unemployment"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "historial médico", "task:healthfile"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        "mi madre perdió la tarjeta de seguridad social y me pregunta qué tiene que hacer",
        "none",
    ),
    ("es", "oos", "me pregunta un cliente cuánto cuesta sacar la tarjeta ciudadana", "none"),
    (
        "es",
        "oos",
        "mi vecino quiere saber cuánto tarda en llegar la tarjeta después de pedirla",
        "none",
    ),
    (
        "es",
        "oos",
        "mi suegra pregunta dónde está la oficina para recoger la tarjeta en Chengdu",
        "none",
    ),
    (
        "es",
        "oos",
        "un amigo extranjero me pregunta si al irse de China le devuelven lo cotizado",
        "none",
    ),
    ("es", "oos", "mi hermana quiere saber cuántos días de baja por maternidad le tocan", "none"),
    (
        "es",
        "oos",
        "me pregunta si la tarjeta ciudadana de Hangzhou le funciona en Shanghái",
        "none",
    ),
    ("es", "oos", "mi jefe pregunta qué porcentaje del sueldo se va en seguro social", "none"),
    ("es", "oos", "mi padre olvidó el PIN de la tarjeta y pregunta cómo cambiarlo", "none"),
    ("es", "oos", "mi vecina quiere saber si el seguro médico le cubre el dentista", "none"),
    ("es", "oos", "me pregunta si puede vincular la tarjeta a WeChat Pay", "none"),
    (
        "es",
        "oos",
        "mi clienta pregunta si los extranjeros tienen derecho a pensión en China",
        "none",
    ),
    ("es", "oos", "mi cuñado quiere saber cómo se renueva la tarjeta cuando caduca", "none"),
    ("es", "oos", "mi hijo pregunta si su novia puede entrar en su seguro médico", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "me pregunta quién gestiona la tarjeta de salud", "card:health:manager"),
    (
        "es",
        "card",
        "quiere saber para qué sirve el certificado electrónico de seguro médico",
        "card:emedical:function",
    ),
    (
        "es",
        "card",
        "mi vecina pregunta qué es la tarjeta electrónica de seguridad social",
        "card:esocial:what",
    ),
    (
        "es",
        "card",
        "me pregunta en qué ley se basa la tarjeta de seguridad social",
        "card:social:legal",
    ),
    (
        "es",
        "card",
        "mi compañera quiere saber dónde se puede usar la tarjeta ciudadana",
        "card:citizen:scope",
    ),
    (
        "es",
        "card",
        "mi suegro me pide que le explique la tarjeta de seguro médico antigua",
        "card:medical",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "me pregunta cuál es la diferencia entre la tarjeta de seguridad social y la tarjeta "
            "de salud"
        ),
        ("cmp:social:health", "faq:1"),
    ),
    (
        "es",
        "compare",
        (
            "quiere saber en qué se diferencian la tarjeta ciudadana y el certificado electrónico "
            "de seguro médico"
        ),
        "cmp:emedical:citizen",
    ),
    (
        "es",
        "compare",
        (
            "mi madre pregunta qué diferencia hay entre la tarjeta electrónica de seguridad social "
            "y la tarjeta ciudadana"
        ),
        "cmp:esocial:citizen",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        "me pregunta si la tarjeta ciudadana y la de seguridad social son la misma",
        ("faq:3", "cmp:social:citizen"),
    ),
    (
        "es",
        "faq",
        (
            "mi cliente quiere saber si las tarjetas de recursos humanos y seguridad social son "
            "tarjetas de seguridad social"
        ),
        "faq:4",
    ),
    (
        "es",
        "faq",
        (
            "mi hermana pregunta si el certificado electrónico de seguro médico y la tarjeta "
            "electrónica de seguridad social son lo mismo"
        ),
        ("faq:5", "cmp:esocial:emedical"),
    ),
    ("es", "faq", "mi padre quiere saber cuál es su número de seguridad social", "faq:10"),
    (
        "es",
        "faq",
        "me pregunta qué registra la tarjeta de seguridad social y qué puede hacer con ella",
        "faq:7",
    ),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "me pregunta qué dice el artículo 74 de la Ley de Seguro Social", "law:sil-74"),
    (
        "es",
        "law",
        "mi jefe me pide la lista de artículos de ley en los que se basa todo esto",
        "law",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, pregunto de parte de mi suegra", "greeting"),
    ("es", "greeting", "gracias, ahora se lo cuento a mi vecino", "greeting"),
    ("es", "greeting", "vale, chao", "greeting"),
)
