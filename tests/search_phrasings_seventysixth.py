"""Seventy-sixth phrasing set (people who ask yes/no and doubting questions, often with a guess or
a negation), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

SEVENTYSIXTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "i can just show my social security card at the hospital, can't i?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "am I right that it's the health card, not the social security card, that I need to "
            "register at the hospital?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        "can't i buy medicine at the pharmacy with the social security card?",
        "task:pharmacy",
    ),
    ("en", "task", "the citizen card works at pharmacies too, doesn't it?", "task:pharmacy"),
    (
        "en",
        "task",
        "medical expenses get reimbursed through the social security card, correct?",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "the health card isn't what I use to get my hospital bills reimbursed, is it?",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "is it the health card I need to look up my health file, or am I wrong?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "i can't check my medical records with the social security card, can i?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "for medical insurance stuff online i need that electronic certificate, right?",
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "there's no way to do medical insurance business online without the e-certificate, is "
            "there?"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        "do I really need the social security card to collect my pension?",
        "task:pension",
    ),
    (
        "en",
        "task",
        "my pension is paid out via the social security card and not the citizen card, yes?",
        "task:pension",
    ),
    (
        "en",
        "task",
        "i don't need any card to claim unemployment benefits, do i?",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "surely the old medical insurance card can't be used for unemployment benefits?",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "am I right that work injury benefits go through the social security card?",
        "task:injury",
    ),
    (
        "en",
        "task",
        "if i get hurt at work it's not the health card that matters, is it?",
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "can I actually see how much has been paid into my social insurance, or is that not "
            "possible?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        "checking my contributions doesn't cost anything, does it?",
        ("task:contributions", "law:sil-74"),
    ),
    ("en", "task", "the social security card works on the bus too, right?", "task:transport"),
    ("en", "task", "I don't need the citizen card to ride the metro, do I?", "task:transport"),
    (
        "en",
        "task",
        "the citizen card is the one for local public services like reading rooms, isn't it?",
        "task:services",
    ),
    ("en", "task", "the citizen card proves who I am, doesn't it?", "task:identity"),
    (
        "en",
        "task",
        "can't I use the social security card as ID? someone said it's like a second ID card",
        "task:identity",
    ),
    (
        "en",
        "task",
        "don't I have to apply for the social security card myself? or does my employer do it?",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "the electronic social security card needs the physical one first, doesn't it?",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "anyone with medical insurance can get the electronic medical insurance certificate, "
            "right?"
        ),
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "I don't need to be a local resident to get a citizen card, do I?",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        "doctor, medicine, reimbursement - it's all one card for health care, isn't it?",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "for money things like pension and unemployment it's the same card for both, right?",
        "tasks:money",
    ),
    ("en", "task", "am I right that which card I need depends on what I'm trying to do?", "tasks"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "hosp?", "task:hospital"),
    ("en", "short", "subway card?", "task:transport"),
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "citizen card?", "card:citizen"),
    ("en", "short", "emedical", "card:emedical"),
    ("en", "short", "pension card?", "task:pension"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "health file?", "task:healthfile"),
    ("en", "short", "social security no.", "faq:10"),
    ("en", "short", "all cards?", "cards"),
    ("en", "short", "unemploym", "task:unemployment"),
    ("en", "short", "health card", "card:health"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "I don't have to pay for a replacement if I lose my social security card, do I?",
        "none",
    ),
    ("en", "oos", "the PIN for the social security card is my birthday by default, right?", "none"),
    ("en", "oos", "it doesn't take more than a week to get the card, does it?", "none"),
    ("en", "oos", "the social security bureau is open on weekends, isn't it?", "none"),
    ("en", "oos", "foreigners can't get a citizen card in Shanghai, can they?", "none"),
    (
        "en",
        "oos",
        "my work visa renewal doesn't depend on having social insurance, does it?",
        "none",
    ),
    ("en", "oos", "social insurance contributions are tax-deductible, right?", "none"),
    ("en", "oos", "a dental cleaning isn't covered by medical insurance, is it?", "none"),
    (
        "en",
        "oos",
        "I can get my contributions refunded when I leave China for good, can't I?",
        "none",
    ),
    ("en", "oos", "isn't there a way to link the social security card to Alipay?", "none"),
    ("en", "oos", "the social security card expires after 10 years, right?", "none"),
    ("en", "oos", "I need to bring my passport to apply, don't I? what else?", "none"),
    (
        "en",
        "oos",
        "my Chinese social security card won't work back home in the UK, will it?",
        "none",
    ),
    ("en", "oos", "the monthly contribution is about 10% of my salary, am I right?", "none"),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "the health card is managed by the hospital itself, isn't it?",
        "card:health:manager",
    ),
    (
        "en",
        "card",
        (
            "the citizen card is issued by the local government, not the social security people, "
            "right?"
        ),
        "card:citizen:issuer",
    ),
    (
        "en",
        "card",
        (
            "the electronic social security card is just a photo of the real card on your phone, "
            "isn't it?"
        ),
        "card:esocial:what",
    ),
    (
        "en",
        "card",
        "the old medical insurance card wasn't very secure, was it?",
        "card:medical:security",
    ),
    (
        "en",
        "card",
        "the social security card is a physical card and not an app, right?",
        "card:social:form",
    ),
    (
        "en",
        "card",
        (
            "does the social security card really record my work injuries and job history? surely "
            "not"
        ),
        "card:social:records",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "the citizen card and the health card aren't the same thing, are they?",
        "cmp:health:citizen",
    ),
    (
        "en",
        "compare",
        "isn't the electronic social security card basically the same as the plastic one?",
        "cmp:social:esocial",
    ),
    (
        "en",
        "compare",
        "the health card and the medical insurance card are different, right? or not?",
        "cmp:medical:health",
    ),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "the health card isn't a social security card, is it?", "faq:1"),
    (
        "en",
        "faq",
        (
            "a 'human resources and social security card' is just the normal social security card, "
            "isn't it?"
        ),
        "faq:4",
    ),
    (
        "en",
        "faq",
        (
            "there's only pension and medical insurance, isn't there? or are there more kinds of "
            "social insurance?"
        ),
        "faq:6",
    ),
    (
        "en",
        "faq",
        "my employer has to register me for social insurance within a month, right?",
        "faq:9",
    ),
    ("en", "faq", "my social security number is just my ID number, isn't it?", "faq:10"),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "isn't there a law saying I can check my contribution records for free?",
        "law:sil-74",
    ),
    (
        "en",
        "law",
        "the 'one card, multi-purpose' idea is actually written in the regulations, right?",
        "law:ssc-4",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi there", "greeting"),
    ("en", "greeting", "thanks, so I was right after all", "greeting"),
    ("en", "greeting", "ok that's all, bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "para ir al médico me sirve la tarjeta de la seguridad social, ¿no?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "¿no es la tarjeta sanitaria la que piden para registrarse en el hospital?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "¿en la farmacia puedo comprar medicamentos con la tarjeta de seguridad social o me "
            "equivoco?"
        ),
        "task:pharmacy",
    ),
    ("es", "task", "la tarjeta ciudadana no vale para la farmacia, ¿o sí?", "task:pharmacy"),
    (
        "es",
        "task",
        "el reembolso de gastos médicos se hace con la tarjeta del seguro social, ¿verdad?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "¿no me devuelven lo que pagué en el hospital si no uso ninguna tarjeta?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "mi historial de salud lo consulto con la tarjeta sanitaria, ¿no?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "¿se puede ver el expediente médico con la tarjeta de seguridad social o no tiene nada "
            "que ver?"
        ),
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "para hacer trámites del seguro médico por internet uso el certificado electrónico, "
            "¿cierto?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        (
            "¿no se pueden hacer gestiones del seguro médico en línea sin el certificado "
            "electrónico?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        "¿para cobrar la pensión hace falta la tarjeta de la seguridad social, no?",
        "task:pension",
    ),
    ("es", "task", "la jubilación no se cobra con la tarjeta ciudadana, ¿verdad?", "task:pension"),
    (
        "es",
        "task",
        "¿para pedir el paro necesito alguna tarjeta o no hace falta?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "¿no es con la tarjeta de seguridad social que uno se registra como desempleado?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        ("si tengo un accidente laboral uso la tarjeta de seguridad social, ¿o estoy equivocado?"),
        "task:injury",
    ),
    (
        "es",
        "task",
        "las prestaciones por accidente de trabajo no van por la tarjeta sanitaria, ¿no?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿puedo consultar cuánto ha cotizado mi empresa por mí, o eso no se puede?",
        "task:contributions",
    ),
    ("es", "task", "¿no necesito la tarjeta ciudadana para el metro, verdad?", "task:transport"),
    (
        "es",
        "task",
        "¿con la tarjeta de la seguridad social también puedo pagar el autobús o no?",
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "la tarjeta ciudadana sirve para los servicios públicos de la ciudad, ¿no? tipo salas "
            "de lectura"
        ),
        "task:services",
    ),
    (
        "es",
        "task",
        "la tarjeta de la seguridad social no sirve como documento de identidad, ¿verdad?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "la tarjeta de seguridad social la tramita la empresa y no yo, ¿no?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        ("¿solo los trabajadores pueden sacar la tarjeta de la seguridad social? ¿y cómo se saca?"),
        "task:getsocial",
    ),
    (
        "es",
        "task",
        (
            "la tarjeta electrónica de seguridad social no se puede activar sin tener la física, "
            "¿cierto?"
        ),
        "task:getesocial",
    ),
    (
        "es",
        "task",
        (
            "¿cualquiera que tenga seguro médico puede obtener el certificado electrónico del "
            "seguro médico?"
        ),
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "¿no tengo que ser residente local para sacar la tarjeta ciudadana?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        "para temas de salud (médico, medicinas, reembolsos) es todo la misma tarjeta, ¿no?",
        "tasks:care",
    ),
    (
        "es",
        "task",
        "para la vida diaria, transporte y eso, ¿basta con la tarjeta ciudadana?",
        "tasks:life",
    ),
    (
        "es",
        "task",
        "¿hay que pedir todas las tarjetas por separado? ¿cómo se consiguen?",
        "tasks:getcard",
    ),
    ("es", "task", "¿no hay una guía de qué tarjeta usar para cada cosa?", "tasks"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "metro?", "task:transport"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "tarjeta ciudadana?", "card:citizen"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "pensión?", "task:pension"),
    ("es", "short", "paro", "task:unemployment"),
    ("es", "short", "reembolso?", "task:reimburse"),
    ("es", "short", "cotizaciones", "task:contributions"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "número seguridad social", "faq:10"),
    ("es", "short", "tarjetas?", "cards"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "si pierdo la tarjeta no me cobran por el duplicado, ¿no?", "none"),
    ("es", "oos", "¿el PIN de la tarjeta no es 123456 por defecto?", "none"),
    ("es", "oos", "tarda menos de un mes en llegar la tarjeta, ¿verdad?", "none"),
    ("es", "oos", "la oficina de la seguridad social abre los sábados, ¿no?", "none"),
    ("es", "oos", "en Pekín los extranjeros no pueden tener tarjeta ciudadana, ¿verdad?", "none"),
    ("es", "oos", "¿no necesito estar asegurado para renovar el visado de trabajo?", "none"),
    ("es", "oos", "las cotizaciones se descuentan del impuesto sobre la renta, ¿no?", "none"),
    ("es", "oos", "con seguro la consulta en el hospital es gratis, ¿no? ¿cuánto cuesta?", "none"),
    ("es", "oos", "¿puedo recuperar lo cotizado si me vuelvo a México, o no?", "none"),
    ("es", "oos", "¿no se puede vincular la tarjeta con WeChat Pay?", "none"),
    ("es", "oos", "la tarjeta caduca a los diez años, ¿no?", "none"),
    ("es", "oos", "¿no es obligatorio llevar el pasaporte original para solicitarla?", "none"),
    ("es", "oos", "el seguro médico chino no cubre el dentista, ¿verdad?", "none"),
    ("es", "oos", "mi pareja puede usar mi tarjeta en la farmacia, ¿no?", "none"),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "la tarjeta sanitaria la gestiona el propio hospital, ¿no?",
        "card:health:manager",
    ),
    (
        "es",
        "card",
        "la tarjeta de seguro médico antigua la emitía un banco, ¿no?",
        "card:medical:issuer",
    ),
    (
        "es",
        "card",
        "¿qué registra exactamente la tarjeta sanitaria? ¿solo mi historial médico?",
        "card:health:records",
    ),
    (
        "es",
        "card",
        (
            "el certificado electrónico del seguro médico lo emite la Administración Nacional de "
            "Seguros Médicos, ¿no?"
        ),
        "card:emedical:issuer",
    ),
    (
        "es",
        "card",
        "¿la tarjeta de seguridad social tiene alguna base legal o no hay ninguna ley?",
        "card:social:legal",
    ),
    (
        "es",
        "card",
        (
            "¿no es peligroso? ¿mis datos y mi dinero en la tarjeta de seguridad social están "
            "seguros?"
        ),
        "card:social:security",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "la tarjeta sanitaria y el certificado electrónico del seguro médico no son lo mismo, "
            "¿verdad?"
        ),
        "cmp:emedical:health",
    ),
    (
        "es",
        "compare",
        "¿la tarjeta de seguro médico vieja y el certificado electrónico no son la misma cosa?",
        "cmp:medical:emedical",
    ),
    (
        "es",
        "compare",
        "¿no es lo mismo la tarjeta ciudadana que la tarjeta electrónica de seguridad social?",
        "cmp:esocial:citizen",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        "¿la tarjeta de seguridad social no es la misma que la del seguro médico?",
        "faq:2",
    ),
    ("es", "faq", "¿no es lo mismo la tarjeta ciudadana que la de la seguridad social?", "faq:3"),
    (
        "es",
        "faq",
        (
            "el certificado electrónico del seguro médico y la tarjeta electrónica de seguridad "
            "social son lo mismo, ¿no?"
        ),
        "faq:5",
    ),
    (
        "es",
        "faq",
        (
            "la tarjeta de seguridad social guarda mis datos de cotización, ¿no? ¿y qué más puedo "
            "hacer con ella?"
        ),
        "faq:7",
    ),
    (
        "es",
        "faq",
        "¿hay un solo tipo de tarjeta de seguridad social o también existe una para empresas?",
        "faq:8",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        "¿no dice la ley que la empresa tiene 30 días para darme de alta en el seguro social?",
        "law:sil-58",
    ),
    (
        "es",
        "law",
        (
            "el artículo 3 de la ley de seguro social habla de amplia cobertura y protección "
            "básica, ¿no?"
        ),
        "law:sil-3",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola", "greeting"),
    ("es", "greeting", "vale, gracias, eso pensaba", "greeting"),
    ("es", "greeting", "hasta luego", "greeting"),
)
