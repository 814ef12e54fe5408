"""Hundred-and-twenty-eighth phrasing set (couples, flatmates, coworkers, siblings settling
a disagreement), written blind from the seeds (issue 15).
"""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDTWENTYEIGHTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "my husband says i need the citizen card to see a doctor at the hospital here, i say "
            "the social security card is enough. who's right??"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "we're fighting over which card to bring to the clinic tomorrow for our son's "
            "appointment. wife says health card, i say social security card"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "roommate and I arguing: can you actually buy meds at the pharmacy with the social "
            "security card or is it cash only"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "my mom insists you can pay at the drugstore with the citizen card. i say it's just a "
            "transit card. who's right"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "my wife thinks the health card is what gets our hospital bills reimbursed. I think "
            "it's the social security card. settle this pls"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "coworker says you only get medical costs paid back if you still have the old medical "
            "insurance card. i say that card is dead. which card handles reimbursement now?"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "coworker bet me a coffee that you can pull up your own health file with the health "
            "card. is he right"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "my gf says i can look up my past medical records myself, i say only the hospital "
            "archive can. which card lets you check them"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "my sister keeps saying i can sort out medical insurance stuff on my phone without "
            "going anywhere. i say no way. which card does that"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "husband says medical insurance business can't be done over the internet, it has to be "
            "at a counter. which card lets you do it online?"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "my dad (retired teacher, 68) says his pension comes through the citizen card. my "
            "brother says the social security card. who wins"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "colleague says after you retire you collect your pension with the health card lol. "
            "which card is it really"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "just got laid off and my girlfriend says i should use the health card to claim "
            "unemployment. pretty sure that's wrong, which card is it?"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "coworker and i disagree: if you get fired, which card do you take to register as "
            "unemployed and get benefits"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "hurt my hand at the factory. my foreman and my coworker disagree on which card i need "
            "for work injury benefits"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "my brother-in-law fell off a ladder on site. his wife says the health card covers "
            "work injury payouts, he says the social security card. who's right"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "my partner says there's no way to check if my company actually paid my social "
            "insurance. i think the card shows it. who's right"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "my fiancé thinks you can see how much has gone into your pension and medical "
            "insurance so far with the social security card. i doubt it"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        "flatmate swears the citizen card works on the metro, i think he's making it up",
        "task:transport",
    ),
    (
        "en",
        "task",
        (
            "my brother says you can tap the social security card on the bus, i say only the "
            "citizen card does that. who's right"
        ),
        "task:transport",
    ),
    (
        "en",
        "task",
        (
            "my husband says the citizen card gets you into the public reading room. i told him "
            "that's a library card thing. help"
        ),
        "task:services",
    ),
    (
        "en",
        "task",
        (
            "my wife and i disagree on whether any of these cards actually proves who you are, "
            "like an ID would"
        ),
        "task:identity",
    ),
    (
        "en",
        "task",
        (
            "my colleague says our employer has to get the social security card done for us, i "
            "thought i'd apply on my own. how do you actually get one"
        ),
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "bf says anyone can activate the electronic social security card on their phone, i say "
            "you need the physical card first. which is it"
        ),
        ("task:getesocial", "card:esocial:eligibility"),
    ),
    (
        "en",
        "task",
        (
            "my brother says you only get the electronic medical insurance certificate if you have "
            "a job. i say anyone with medical insurance. who can get it"
        ),
        "task:getemedical",
    ),
    (
        "en",
        "task",
        (
            "my wife wants to apply for a citizen card and i keep telling her we won't qualify. "
            "what does it take to get one"
        ),
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        (
            "my husband and i have been arguing all evening about what we're supposed to do with "
            "these cards. is there a list of things to take care of"
        ),
        "tasks",
    ),
    (
        "en",
        "task",
        (
            "sister says all the health stuff (doctor, pharmacy, reimbursement) runs on one card. "
            "i say it's different cards. show me the health care side"
        ),
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "me and my roommate are arguing about the money side: pension, unemployment pay, "
            "checking payments. which cards handle money stuff"
        ),
        "tasks:money",
    ),
    (
        "en",
        "task",
        (
            "my flatmate and i just moved here and can't agree which card to apply for first. what "
            "are the ways to get a card"
        ),
        "tasks:getcard",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "hrss card", "card:social"),
    ("en", "short", "e-social card", "card:esocial"),
    ("en", "short", "metro", "task:transport"),
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "medical card", "card:medical"),
    ("en", "short", "ss number", "faq:10"),
    ("en", "short", "cards", "cards"),
    ("en", "short", "sil 58", "law:sil-58"),
    ("en", "short", "reimburs", "task:reimburse"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        (
            "my husband says replacing a lost social security card costs 50 yuan, i say it's free. "
            "who's right"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        "roommate says foreigners aren't allowed to get a citizen card at all. true?",
        "none",
    ),
    (
        "en",
        "oos",
        (
            "my wife says the electronic medical insurance certificate works in Hong Kong "
            "hospitals, i say no way"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "coworker claims the social security card takes 3 months to arrive after you apply. i "
            "say 2 weeks. who's closer"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "my brother says when i leave China for good i can cash out everything i paid into the "
            "pension. is he right?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "my sister says in Shenzhen you still need a separate metro card even with a citizen "
            "card. is that how it works there"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "gf says the social security office near People's Square is open on saturdays. i say "
            "weekdays only"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "my colleague insists the monthly social insurance deduction is 10% of salary, i think "
            "it's more. who's right"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "my husband thinks our toddler can be added to his medical insurance. i think she "
            "needs her own. which is it"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "my flatmate says the health card gets you a free dental cleaning every year, i say it "
            "doesn't"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "wife says if i type the wrong PIN on my social security card three times it locks. is "
            "that true"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        "my dad says men retire at 60 and women at 50 here, my mom says 55. who's right",
        "none",
    ),
    (
        "en",
        "oos",
        "husband says maternity insurance pays six months of salary, i say 98 days. which is it",
        "none",
    ),
    (
        "en",
        "oos",
        "my roommate says the health card has to be renewed every year, i say it never expires",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        (
            "my wife says the old medical insurance card was handed out by a bank, i say by the "
            "hospital. who issued it?"
        ),
        "card:medical:issuer",
    ),
    (
        "en",
        "card",
        "my roommate and i can't even agree on what the citizen card is. what is it",
        "card:citizen",
    ),
    (
        "en",
        "card",
        (
            "coworker says the health card is run by the social security bureau, i say it's the "
            "health department. who manages it"
        ),
        "card:health:manager",
    ),
    (
        "en",
        "card",
        (
            "my brother claims the social security card is basically a paper booklet, i say it's a "
            "chip card. which is it"
        ),
        "card:social:form",
    ),
    (
        "en",
        "card",
        (
            "my husband says the electronic medical insurance certificate is only good for one "
            "thing, i say it covers all medical insurance business. what's it for"
        ),
        ("card:emedical:function", "card:emedical:scope"),
    ),
    (
        "en",
        "card",
        (
            "my sister thinks the old medical insurance card was just as secure as the social "
            "security card, i say no. how safe was it"
        ),
        ("card:medical:security", "cmp:social:medical"),
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "my girlfriend and i keep mixing up the health card and the citizen card. what's "
            "actually different between them"
        ),
        "cmp:health:citizen",
    ),
    (
        "en",
        "compare",
        (
            "coworker says the electronic social security card and the plastic one are two "
            "separate cards with different uses. how do they differ"
        ),
        "cmp:social:esocial",
    ),
    (
        "en",
        "compare",
        (
            "my dad says the old medical card and the electronic medical insurance certificate are "
            "the same thing, my mom disagrees. how do they compare"
        ),
        "cmp:medical:emedical",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "my husband insists the health card IS a social security card. i say it isn't. settle it",
        ("faq:1", "cmp:social:health"),
    ),
    (
        "en",
        "faq",
        (
            "me vs my roommate: are the social security card and the medical insurance card one "
            "and the same or not"
        ),
        ("faq:2", "cmp:social:medical"),
    ),
    (
        "en",
        "faq",
        (
            "my colleague says there are two kinds of social security card, a personal one and one "
            "for employers. is that right"
        ),
        "faq:8",
    ),
    (
        "en",
        "faq",
        (
            "my wife says the employer has 30 days to sign us up for social insurance, i say 3 "
            "months. who's right"
        ),
        ("faq:9", "law:sil-58"),
    ),
    (
        "en",
        "faq",
        (
            "my brother says the social security number and the ID number are the same thing. i "
            "say they're separate numbers"
        ),
        "faq:10",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        (
            "my coworker swears article 74 of the social insurance law lets us check our "
            "contribution records for free. what does it say?"
        ),
        "law:sil-74",
    ),
    (
        "en",
        "law",
        (
            "husband says the social security card regulation has an article 4 saying cards must "
            "work nationwide. what does article 4 say"
        ),
        "law:ssc-4",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi! need a referee between me and my wife", "greeting"),
    ("en", "greeting", "thanks, he owes me dinner now 😂", "greeting"),
    ("en", "greeting", "ok that settles it, bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        (
            "mi marido dice que para ir al médico hace falta la tarjeta ciudadana, yo digo que con "
            "la de seguridad social basta. ¿quién tiene razón?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "mi compañera de piso dice que en el hospital se paga con la tarjeta sanitaria y yo "
            "que con la de seguridad social. ¿con cuál se paga la consulta?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "discusión con mi hermano: ¿se pueden comprar medicinas en la farmacia con la tarjeta "
            "de seguridad social o no?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "mi novia dice que en la farmacia no aceptan la tarjeta ciudadana. yo creo que sí. "
            "¿qué tarjeta sirve para comprar medicamentos?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "mi mujer dice que el reembolso de los gastos médicos se hace con la tarjeta "
            "sanitaria, yo que con la de seguridad social. ¿quién gana?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "un compañero de la oficina dice que para que te devuelvan lo del médico necesitas la "
            "vieja tarjeta del seguro médico. ¿es así?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "mi hermana dice que con la tarjeta de salud puedo consultar mi expediente médico, yo "
            "no me lo creo"
        ),
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "mi pareja dice que los trámites del seguro médico se hacen desde el móvil sin pisar "
            "una oficina. ¿con qué tarjeta se puede?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        (
            "mi compi de oficina jura que gestiona su seguro médico por internet con algo "
            "electrónico. yo digo que eso no existe. ¿quién tiene razón?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        (
            "mi padre, jubilado, dice que la pensión se cobra con la tarjeta ciudadana; mi madre "
            "que con la de seguridad social. ¿quién acierta?"
        ),
        "task:pension",
    ),
    (
        "es",
        "task",
        "mi cuñado y yo discutimos: para cobrar la jubilación, ¿qué tarjeta hace falta?",
        "task:pension",
    ),
    (
        "es",
        "task",
        (
            "me han despedido y mi mujer dice que el paro se pide con la tarjeta sanitaria. yo "
            "creo que no. ¿cuál es?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "mi compañero de piso dice que para apuntarse como desempleado no hace falta ninguna "
            "tarjeta. ¿es verdad o se usa alguna?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "me lesioné en la obra y mi jefe y un compañero no se ponen de acuerdo: ¿con qué "
            "tarjeta pido las prestaciones por accidente laboral?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "mi novio dice que no hay forma de saber si la empresa ha pagado mis cotizaciones. yo "
            "digo que con la tarjeta se consulta. ¿quién tiene razón?"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "mi hermana y yo discutimos si se puede ver cuánto llevo acumulado en el seguro de "
            "pensiones. ¿con qué tarjeta lo miro?"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "mi compañera de piso dice que la tarjeta ciudadana sirve para el metro y yo que eso "
            "es otra tarjeta. ¿quién tiene razón?"
        ),
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "mi marido insiste en que en el autobús se paga con la tarjeta de seguridad social. yo "
            "digo que no. ¿cuál sirve para el bus?"
        ),
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "mi mujer dice que con la tarjeta ciudadana se puede entrar en la sala de lectura "
            "pública. ¿es verdad?"
        ),
        "task:services",
    ),
    (
        "es",
        "task",
        (
            "discusión en la oficina: ¿alguna de estas tarjetas sirve para los servicios públicos "
            "de la ciudad, tipo biblioteca?"
        ),
        "task:services",
    ),
    (
        "es",
        "task",
        (
            "mi hermano dice que la tarjeta de seguridad social vale como un segundo carné de "
            "identidad. yo digo que solo vale el pasaporte. ¿quién tiene razón?"
        ),
        "task:identity",
    ),
    (
        "es",
        "task",
        (
            "mi compi dice que la tarjeta ciudadana sirve para demostrar quién eres. ¿qué tarjeta "
            "prueba la identidad?"
        ),
        "task:identity",
    ),
    (
        "es",
        "task",
        (
            "mi pareja dice que la tarjeta de seguridad social la tengo que pedir yo, y yo que la "
            "tramita la empresa al contratarme. ¿cómo se consigue?"
        ),
        "task:getsocial",
    ),
    (
        "es",
        "task",
        (
            "mi hermana dice que la tarjeta electrónica de seguridad social se saca sin tener la "
            "física. yo digo que primero hace falta la física. ¿cómo se obtiene?"
        ),
        ("task:getesocial", "card:esocial:eligibility"),
    ),
    (
        "es",
        "task",
        (
            "mi marido dice que el certificado electrónico de seguro médico solo lo pueden sacar "
            "los funcionarios. ¿quién puede conseguirlo?"
        ),
        "task:getemedical",
    ),
    (
        "es",
        "task",
        (
            "mi compañera de piso quiere sacarse la tarjeta ciudadana y yo le digo que no vale la "
            "pena. ¿cómo se consigue y quién puede?"
        ),
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        (
            "mi novio y yo discutimos qué tarjetas sirven para el día a día: bus, biblioteca, "
            "identificarse... ¿qué cosas cotidianas se pueden hacer?"
        ),
        "tasks:life",
    ),
    (
        "es",
        "task",
        (
            "mi hermano y yo no sabemos qué tarjeta solicitar primero, él dice una y yo otra. ¿qué "
            "opciones hay para sacarse una tarjeta?"
        ),
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        (
            "mi mujer y yo llevamos toda la tarde discutiendo qué trámites tenemos que hacer con "
            "estas tarjetas. ¿hay una guía de lo que hay que hacer?"
        ),
        "tasks",
    ),
    (
        "es",
        "task",
        (
            "mi compañera dice que para todo lo de salud (médico, farmacia, reembolsos) basta una "
            "tarjeta. yo digo que no. ¿qué tarjetas sirven para la atención médica?"
        ),
        "tasks:care",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "tarjeta rrhh", "card:social"),
    ("es", "short", "paro", "task:unemployment"),
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "autobús", "task:transport"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "leyes", "law"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "accidente laboral", "task:injury"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        (
            "mi marido dice que si pierdo la tarjeta de seguridad social me cobran 20 yuanes por "
            "el duplicado. ¿es cierto?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "mi compañera de piso dice que los extranjeros no podemos tener tarjeta ciudadana. "
            "¿tiene razón?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "mi hermano dice que el certificado electrónico de seguro médico funciona en Macao. yo "
            "digo que no. ¿quién acierta?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "mi novia dice que la tarjeta de seguridad social tarda un mes en llegar, yo digo que "
            "una semana. ¿cuánto tarda de verdad?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "mi compañero dice que al irme de China me devuelven todo lo cotizado para la pensión. "
            "¿es verdad?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "mi mujer dice que en Pekín la tarjeta ciudadana funciona distinto que en Hangzhou. "
            "¿cómo es allí?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "discutimos en la oficina: ¿la oficina de la seguridad social de Chaoyang abre los "
            "sábados?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "mi hermana dice que la empresa me descuenta un 8% del sueldo para la pensión. yo creo "
            "que es menos. ¿cuánto es?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "mi marido dice que nuestra hija puede ir con su seguro médico. yo digo que necesita "
            "uno propio. ¿quién tiene razón?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        "mi compi dice que la tarjeta sanitaria te cubre el dentista gratis. ¿es así?",
        "none",
    ),
    (
        "es",
        "oos",
        (
            "mi novio jura que al cambiar de ciudad se pierde todo lo cotizado. yo digo que se "
            "traslada. ¿quién tiene razón?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "mi padre dice que en China todos se jubilan a los 60. mi madre dice que las mujeres "
            "antes. ¿quién tiene razón?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "mi hermano dice que si cambio de trabajo la nueva empresa me tiene que hacer otra "
            "tarjeta de seguridad social. ¿es así?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "mi compañero dice que el seguro médico paga el 90% de la factura del hospital, yo "
            "digo que la mitad. ¿quién acierta?"
        ),
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        (
            "mi marido dice que la tarjeta de seguridad social es de papel y yo que lleva chip. "
            "¿es física, electrónica o qué?"
        ),
        "card:social:form",
    ),
    (
        "es",
        "card",
        (
            "mi hermana dice que la tarjeta sanitaria guarda el historial médico y los gastos, yo "
            "que solo el nombre. ¿qué registra?"
        ),
        "card:health:records",
    ),
    (
        "es",
        "card",
        (
            "mi compañero dice que el certificado electrónico de seguro médico lo emite el "
            "Ministerio de Recursos Humanos, yo que otro organismo. ¿quién lo emite?"
        ),
        "card:emedical:issuer",
    ),
    (
        "es",
        "card",
        (
            "mi novia dice que la tarjeta ciudadana la da el gobierno local, yo que el banco. "
            "¿quién la expide?"
        ),
        "card:citizen:issuer",
    ),
    (
        "es",
        "card",
        (
            "discusión con mi compi de piso: ¿qué es exactamente la tarjeta electrónica de "
            "seguridad social?"
        ),
        "card:esocial",
    ),
    (
        "es",
        "card",
        (
            "mi cuñada dice que la tarjeta de seguridad social solo sirve en la provincia donde la "
            "sacaste, yo que en todo el país. ¿dónde se puede usar?"
        ),
        "card:social:scope",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "mi mujer y yo no nos aclaramos: ¿en qué se diferencian la tarjeta sanitaria y el "
            "viejo carné del seguro médico?"
        ),
        "cmp:medical:health",
    ),
    (
        "es",
        "compare",
        (
            "mi hermano dice que la tarjeta de seguridad social y el certificado electrónico de "
            "seguro médico son intercambiables. ¿qué diferencias hay?"
        ),
        "cmp:social:emedical",
    ),
    (
        "es",
        "compare",
        (
            "mi compañera de piso confunde la tarjeta electrónica de seguridad social con la "
            "tarjeta ciudadana. ¿en qué se diferencian?"
        ),
        "cmp:esocial:citizen",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        (
            "mi marido dice que la tarjeta ciudadana y la de seguridad social son la misma. yo "
            "digo que no. ¿quién tiene razón?"
        ),
        ("faq:3", "cmp:social:citizen"),
    ),
    (
        "es",
        "faq",
        (
            "mi compañero de trabajo dice que la tarjeta de recursos humanos y seguridad social no "
            "es una tarjeta de seguridad social. ¿lo es o no?"
        ),
        "faq:4",
    ),
    (
        "es",
        "faq",
        (
            "mi novia dice que el certificado electrónico de seguro médico y la tarjeta "
            "electrónica de seguridad social son lo mismo. yo digo que no"
        ),
        ("faq:5", "cmp:esocial:emedical"),
    ),
    (
        "es",
        "faq",
        (
            "mi hermana dice que solo hay tres tipos de seguro social, yo digo que cinco. ¿cuántos "
            "hay?"
        ),
        "faq:6",
    ),
    (
        "es",
        "faq",
        (
            "mi pareja dice que la tarjeta de seguridad social no guarda nada, que es solo un "
            "plástico. ¿qué registra y para qué sirve?"
        ),
        "faq:7",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        (
            "mi compañero de piso dice que el artículo 2 de la Ley de Seguro Social enumera los "
            "tipos de seguro. ¿qué dice exactamente?"
        ),
        "law:sil-2",
    ),
    (
        "es",
        "law",
        (
            "mi jefa y yo discutimos qué dice el artículo 3 de las Medidas Administrativas sobre "
            "tarjetas de seguridad social. ¿qué establece?"
        ),
        "law:ssc-3",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, ¿nos ayudas a resolver una discusión?", "greeting"),
    ("es", "greeting", "¡gracias! ya le he ganado la apuesta a mi hermano", "greeting"),
    ("es", "greeting", "vale, hasta luego", "greeting"),
)
