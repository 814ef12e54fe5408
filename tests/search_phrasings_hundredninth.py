"""Hundred-and-ninth phrasing set (card describers), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDNINTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "my kid has a fever and we need to check in at the clinic desk. do they want the card "
            "with my photo or the one the hospital gave me?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "paying the bill at the hospital cashier, can i just tap one of these plastic cards or "
            "what"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        "need cold medicine from the drugstore downstairs, which of my cards do i hand over",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "can the city card i tap on the bus also pay for pills at the pharmacy?",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "i paid cash for an x-ray last month. which card do i use to get some of that money back",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "how do i get my hospital costs paid back, is it the chip card from the HR bureau?",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "i want to see my old checkup results and what the doctors wrote. which card keeps "
            "that stuff?"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "the card the hospital made for me on my first visit, can it pull up my medical history?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "i want to sort out medical insurance things from my phone without queueing anywhere, "
            "what do i use"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "coworker showed me a QR thing on her phone for medical insurance. is that how you do "
            "insurance stuff online?"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "my dad (62, just retired from the steel plant) wants to collect his monthly money. "
            "which card does he need?"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        "later when i'm old and want my pension paid out, which of my cards actually matters",
        "task:pension",
    ),
    (
        "en",
        "task",
        "just got laid off 😩 which card gets me the jobless money",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "lost my job, need to register as unemployed. is it the card with my photo and the "
            "bank number on it?"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "hurt my hand on the line at the factory. which card do i need for the work accident "
            "payout"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        "a guy on my crew fell off a ladder at work, what card does he use to claim for it",
        "task:injury",
    ),
    (
        "en",
        "task",
        "how can i see if my boss is actually paying my insurance every month? suspicious",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "want to check how much has gone into my pension account so far, which card shows it",
        "task:contributions",
    ),
    ("en", "task", "which one of these cards can i swipe at the subway gate", "task:transport"),
    (
        "en",
        "task",
        "is there a card that works as a bus pass? my neighbour has a yellowish one she taps",
        "task:transport",
    ),
    (
        "en",
        "task",
        "can any of my cards get me into the public library reading room",
        "task:services",
    ),
    (
        "en",
        "task",
        (
            "the bank clerk wants proof of who i am. does the card with my face and ID number "
            "printed on it count?"
        ),
        "task:identity",
    ),
    (
        "en",
        "task",
        (
            "company said they'd make me a card with a chip when i started. how does that work, "
            "who gets one?"
        ),
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "how do i get my social security card to show up inside the phone app",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "how do i get that medical QR code thing onto my phone, do i need to be insured first?",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "landlord keeps telling me to get the city's own card. how do i get one of those",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        (
            "been sick a lot lately. doctor visits, medicine, getting money back, which cards do "
            "all that?"
        ),
        "tasks:care",
    ),
    (
        "en",
        "task",
        "anything to do with money: pension, refunds, jobless pay. which cards handle that",
        "tasks:money",
    ),
    (
        "en",
        "task",
        "for plain everyday life stuff like buses and libraries, which card am i supposed to carry",
        "tasks:life",
    ),
    (
        "en",
        "task",
        (
            "i have a drawer full of cards and zero clue what they do. what can i actually do with "
            "them"
        ),
        "tasks",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "chip card w photo", "card:social"),
    ("en", "short", "qr medical", "card:emedical"),
    ("en", "short", "bus card", ("task:transport", "card:citizen")),
    ("en", "short", "old bank med card", "card:medical"),
    ("en", "short", "hospital card", ("card:health", "task:hospital")),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "ss card in app", "card:esocial"),
    ("en", "short", "city card", "card:citizen"),
    ("en", "short", "insurance law", "law"),
    ("en", "short", "medicine", "task:pharmacy"),
    ("en", "short", "all my cards", "cards"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "i lost the blue card with my photo and chip on the metro, how do i get another one",
        "none",
    ),
    ("en", "oos", "how much does it cost to replace the card the hospital gave me?", "none"),
    ("en", "oos", "the medical QR thing on my phone won't load today, is the system down?", "none"),
    (
        "en",
        "oos",
        "how many weeks until the plastic card my company ordered for me actually arrives",
        "none",
    ),
    (
        "en",
        "oos",
        "where is the office in shenzhen that prints the cards with the bank logo",
        "none",
    ),
    ("en", "oos", "forgot the PIN for my card with the chip, can i reset it at an ATM?", "none"),
    (
        "en",
        "oos",
        "i'm a foreigner on a work visa, am i allowed the green city card my landlord mentioned?",
        "none",
    ),
    (
        "en",
        "oos",
        "my name is spelled wrong on the card with my photo, how do i get it fixed",
        "none",
    ),
    ("en", "oos", "can i top up the city card i use on the bus with alipay", "none"),
    (
        "en",
        "oos",
        (
            "if i leave china for good, do i get back the pension money that went through my chip "
            "card?"
        ),
        "none",
    ),
    ("en", "oos", "does the bank whose logo is on my card charge me a yearly fee for it?", "none"),
    ("en", "oos", "there's an expiry date on my photo card and it's next month. what now?", "none"),
    ("en", "oos", "hate my photo on the card lol, can i swap it for a new one", "none"),
    ("en", "oos", "my chengdu city card, does it also work on buses when i visit beijing?", "none"),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "what even is the card with my photo, a gold chip and my ID number on it?",
        "card:social",
    ),
    (
        "en",
        "card",
        "who hands out the medical insurance QR code i have on my phone?",
        "card:emedical:issuer",
    ),
    (
        "en",
        "card",
        "that old card from the bank i used at the clinic years ago, what was it actually for?",
        "card:medical:function",
    ),
    (
        "en",
        "card",
        "the hospital gave me a card at registration. what info does it keep about me?",
        "card:health:records",
    ),
    (
        "en",
        "card",
        "the card from the city office that people tap on buses, who is allowed to get one?",
        "card:citizen:eligibility",
    ),
    (
        "en",
        "card",
        (
            "the social security card inside my phone app, is it a real card or just a picture of "
            "my plastic one?"
        ),
        ("card:esocial:form", "card:esocial:what"),
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "card the hospital gave me vs the city card i tap on the bus, what's the difference?",
        "cmp:health:citizen",
    ),
    (
        "en",
        "compare",
        (
            "my plastic chip card and the version of it in the phone app, what's different between "
            "them?"
        ),
        "cmp:social:esocial",
    ),
    (
        "en",
        "compare",
        "the old card from the bank vs the medical QR code on my phone, how do they differ?",
        "cmp:medical:emedical",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "the card from the hospital, does that count as my social security card?",
        ("faq:1", "cmp:social:health"),
    ),
    (
        "en",
        "faq",
        "is the card the city government gave me the same as the chip one from HR?",
        ("faq:3", "cmp:social:citizen"),
    ),
    (
        "en",
        "faq",
        (
            "started a new job at a warehouse. how long does my company have to sign me up for "
            "insurance?"
        ),
        "faq:9",
    ),
    ("en", "faq", "what's my social security number? is it just the number on my ID?", "faq:10"),
    (
        "en",
        "faq",
        "how many kinds of the chip card are there? is there a separate one for companies?",
        "faq:8",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "the rule that says my company must register me within 30 days, what does it say exactly?",
        "law:sil-58",
    ),
    (
        "en",
        "law",
        "that regulation about the chip card, article 2, what does it say it is?",
        "law:ssc-2",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hey there", "greeting"),
    ("en", "greeting", "thanks!! finally know what the green one is", "greeting"),
    ("en", "greeting", "ok that's all, bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        (
            "tengo cita con el médico mañana, ¿qué llevo, la azul con chip o la tarjetita que me "
            "dio el hospital?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "para sacar número en el hospital, ¿me sirve la tarjeta de la ciudad que paso en el "
            "autobús?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "mi mamá tiene que comprar sus pastillas de la presión, ¿con cuál de las tarjetas paga "
            "en la farmacia?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "¿puedo comprar medicinas con la tarjeta que tiene mi foto y el logo del banco?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "pagué yo la operación de mi hijo, ¿qué tarjeta uso para que me devuelvan algo?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "quiero recuperar lo que gasté en el hospital, ¿es con la tarjeta que me hizo la empresa?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "¿dónde veo mi historial médico? creo que está en la tarjetita del hospital",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "necesito consultar mis registros de salud para un trámite, ¿qué tarjeta los guarda?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "quiero hacer lo del seguro médico desde el celular sin ir a ninguna oficina",
        "task:online",
    ),
    (
        "es",
        "task",
        (
            "ese código QR del seguro médico que sale en el teléfono, ¿sirve para hacer trámites "
            "por internet?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        "mi abuelo se jubila este mes, ¿con qué tarjeta cobra la pensión?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "para cobrar la jubilación, ¿necesito la tarjeta de plástico que tiene el logo del banco?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "me despidieron la semana pasada 😞 ¿qué tarjeta necesito para el subsidio de paro?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "quiero inscribirme como desempleada, ¿me vale la tarjeta con mi foto?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "me corté en la cocina del restaurante trabajando, ¿qué tarjeta uso para lo del "
            "accidente laboral?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "un compañero se lesionó en la obra, ¿con qué tarjeta reclama la ayuda por el accidente?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿cómo veo si la empresa de verdad me está pagando la seguridad social cada mes?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "quiero ver cuánto llevo acumulado en mi cuenta de pensión, ¿qué tarjeta me lo muestra?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "¿cuál de mis tarjetas puedo pasar en el torniquete del metro?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "esa tarjeta verde que todos pasan en el bus, ¿cuál es y me sirve a mí?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "¿alguna de estas tarjetas me deja entrar a la sala de lectura pública?",
        "task:services",
    ),
    (
        "es",
        "task",
        (
            "en el banco me piden demostrar quién soy, ¿vale la tarjeta con mi foto y mi número de "
            "identidad?"
        ),
        "task:identity",
    ),
    (
        "es",
        "task",
        "empiezo a trabajar el lunes, ¿cómo consigo esa tarjeta con chip de la seguridad social?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "¿cómo hago para que la tarjeta de seguridad social me aparezca en la app del móvil?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "quiero tener el QR del seguro médico en mi teléfono, ¿quién lo puede sacar?",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "¿cómo saco la tarjeta de la ciudad esa que me recomendó la vecina?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        "todo lo de salud: médico, farmacia, reembolsos... ¿qué tarjetas necesito para eso?",
        "tasks:care",
    ),
    (
        "es",
        "task",
        "no tengo ninguna tarjeta todavía, ¿cómo se consigue cada una?",
        "tasks:getcard",
    ),
    ("es", "task", "para el día a día, transporte y esas cosas, ¿qué tarjeta uso?", "tasks:life"),
    (
        "es",
        "task",
        "tengo un montón de tarjetas y no sé para qué sirven, ¿qué puedo hacer con ellas?",
        "tasks",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "tarjeta con chip", "card:social"),
    ("es", "short", "qr seguro médico", "card:emedical"),
    ("es", "short", "la del metro", ("task:transport", "card:citizen")),
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "tarjeta vieja banco", "card:medical"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "ss electrónica", "card:esocial"),
    ("es", "short", "tarjeta hospital", ("card:health", "task:hospital")),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "ley seguro", "law"),
    ("es", "short", "aportes", "task:contributions"),
    ("es", "short", "biblioteca", "task:services"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "perdí la tarjeta azul con mi foto, ¿cómo pido otra?", "none"),
    ("es", "oos", "¿cuánto cuesta hacerse la tarjeta de la ciudad?", "none"),
    ("es", "oos", "¿cuánto tarda en llegar la tarjeta con chip que pidió mi empresa?", "none"),
    (
        "es",
        "oos",
        "¿dónde queda la oficina que entrega las tarjetas del hospital en Guangzhou?",
        "none",
    ),
    (
        "es",
        "oos",
        (
            "soy extranjera con visa de trabajo, ¿tengo derecho al QR del seguro médico igual que "
            "los chinos?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        "se me olvidó la contraseña de la tarjeta con chip y logo del banco, ¿qué hago?",
        "none",
    ),
    ("es", "oos", "la app donde tengo la tarjeta electrónica no me deja entrar desde ayer", "none"),
    (
        "es",
        "oos",
        "en Hangzhou, ¿la tarjeta de la ciudad sirve también para el tren de alta velocidad?",
        "none",
    ),
    (
        "es",
        "oos",
        "mi nombre salió mal escrito en la tarjeta de plástico, ¿cómo lo corrijo?",
        "none",
    ),
    ("es", "oos", "si me vuelvo a mi país, ¿me devuelven lo que pagué de pensión?", "none"),
    ("es", "oos", "¿puedo recargar la tarjeta que uso en el metro con WeChat?", "none"),
    ("es", "oos", "¿el banco cuyo logo sale en mi tarjeta me cobra comisión anual?", "none"),
    ("es", "oos", "la foto de mi tarjeta salió horrible jaja, ¿la puedo cambiar?", "none"),
    ("es", "oos", "¿mi hijo de 5 años puede tener su propia tarjeta del hospital?", "none"),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "¿qué es esa tarjeta de plástico con mi foto y un chip que me dio la empresa?",
        "card:social",
    ),
    (
        "es",
        "card",
        "¿quién administra la tarjeta que me dieron en el hospital?",
        "card:health:manager",
    ),
    (
        "es",
        "card",
        "el código QR del seguro médico en el móvil, ¿para qué sirve exactamente?",
        "card:emedical:function",
    ),
    (
        "es",
        "card",
        "la tarjeta vieja del banco que usaba para el médico, ¿era segura?",
        "card:medical:security",
    ),
    (
        "es",
        "card",
        "¿dónde puedo usar la tarjeta de la ciudad, aparte del metro?",
        "card:citizen:scope",
    ),
    (
        "es",
        "card",
        "la tarjeta de seguridad social que sale en la app, ¿quién la emite?",
        "card:esocial:issuer",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "¿en qué se diferencia la tarjeta vieja del banco de la tarjeta de la ciudad?",
        "cmp:medical:citizen",
    ),
    (
        "es",
        "compare",
        "la tarjeta de plástico con chip y el QR médico del móvil, ¿qué diferencia hay?",
        "cmp:social:emedical",
    ),
    (
        "es",
        "compare",
        "¿la tarjeta del hospital y la que sale en la app de seguridad social hacen lo mismo?",
        "cmp:esocial:health",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        "¿la tarjeta viejita del banco y la de seguridad social con mi foto son la misma?",
        ("faq:2", "cmp:social:medical"),
    ),
    (
        "es",
        "faq",
        "el QR médico del móvil y la tarjeta de seguridad social de la app, ¿son lo mismo?",
        ("faq:5", "cmp:esocial:emedical"),
    ),
    (
        "es",
        "faq",
        (
            "mi tarjeta dice 'recursos humanos y seguridad social', ¿es la tarjeta de seguridad "
            "social o es otra?"
        ),
        "faq:4",
    ),
    (
        "es",
        "faq",
        "¿qué tipos de seguro social hay? mi jefe habló de cinco y no me acuerdo",
        "faq:6",
    ),
    ("es", "faq", "¿qué guarda la tarjeta con chip y qué trámites puedo hacer con ella?", "faq:7"),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        "¿qué dice el artículo 74 de la ley de seguro social sobre mis datos?",
        "law:sil-74",
    ),
    (
        "es",
        "law",
        "en el reglamento de la tarjeta con chip, ¿qué dice el artículo de quién la administra?",
        "law:ssc-3",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, buenas", "greeting"),
    ("es", "greeting", "¡gracias! ya entendí lo de la tarjeta azul", "greeting"),
    ("es", "greeting", "chao, hasta luego", "greeting"),
)
