"""Eighty-sixth phrasing set (people who weigh options: "which is better", "X or Y", "do I need
both", "is one enough"), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

EIGHTYSIXTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task", "which card is better for registering at the hospital", "task:hospital"),
    (
        "en",
        "task",
        (
            "do i need both the health card and the social security card to pay at the hospital or "
            "is one enough"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        "is one card enough to buy medicine at the pharmacy or do i have to carry two",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "pharmacy: should i use my citizen card or my social security card",
        "task:pharmacy",
    ),
    ("en", "task", "which card is best for getting my medical bills reimbursed", "task:reimburse"),
    (
        "en",
        "task",
        "can i claim back medical expenses with any of the cards or only one of them",
        "task:reimburse",
    ),
    ("en", "task", "to look up my health records which card is the right one", "task:healthfile"),
    (
        "en",
        "task",
        "is the health card better than the others for checking my personal health file",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "for medical insurance stuff online should i use the electronic social security card "
            "or the electronic medical insurance certificate"
        ),
        ("task:online", "cmp:esocial:emedical"),
    ),
    (
        "en",
        "task",
        "which e-card do i actually need to handle medical insurance business on the internet",
        "task:online",
    ),
    (
        "en",
        "task",
        "when i retire and want to collect my pension which card matters most",
        "task:pension",
    ),
    (
        "en",
        "task",
        ("is the citizen card enough to receive my pension or do i need the social security card"),
        "task:pension",
    ),
    (
        "en",
        "task",
        "lost my job, which card should i bring to claim unemployment benefits",
        "task:unemployment",
    ),
    ("en", "task", "for unemployment insurance benefits is one card enough", "task:unemployment"),
    ("en", "task", "got hurt at work, which card do i use for work injury benefits", "task:injury"),
    (
        "en",
        "task",
        (
            "work-related injury insurance: social security card or medical insurance card, which "
            "one?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        "what's the best way to check how much has been paid into my social insurance",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "should i check my contribution payments with the card or online, which is better",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "for the subway is the citizen card better than the social security card",
        "task:transport",
    ),
    ("en", "task", "which card should i get if i mostly just want to ride buses", "task:transport"),
    (
        "en",
        "task",
        "for local public services like the public reading room which card is more useful",
        "task:services",
    ),
    (
        "en",
        "task",
        "which is better to prove who i am, citizen card or social security card",
        "task:identity",
    ),
    (
        "en",
        "task",
        "is the social security card good enough as id or do i still need something else",
        "task:identity",
    ),
    (
        "en",
        "task",
        "should i apply for a social security card myself or wait for my employer to do it",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "is it worth activating the electronic social security card if i already have the "
            "physical one"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "can i get the electronic social security card without having the physical card first",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "should i bother getting the electronic medical insurance certificate, and who can get "
            "it"
        ),
        "task:getemedical",
    ),
    ("en", "task", "is a citizen card worth getting and how do i get one", "task:getcitizen"),
    (
        "en",
        "task",
        "i only care about seeing doctors and medicine, which cards do i really need",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "for money things like pension and benefits which card should i focus on",
        "tasks:money",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "health or social card", "cmp:social:health"),
    ("en", "short", "which card", "cards"),
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "best card for pharma", "task:pharmacy"),
    ("en", "short", "citizen vs social", "cmp:social:citizen"),
    ("en", "short", "esocial or emedical", "cmp:esocial:emedical"),
    ("en", "short", "pension card", "task:pension"),
    ("en", "short", "bus card", "task:transport"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "medical card vs ssc", "cmp:social:medical"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "health file", "task:healthfile"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "which bank is better to link my social security card to", "none"),
    ("en", "oos", "is it cheaper to get the citizen card or the social security card", "none"),
    ("en", "oos", "which card is faster to get, how many days does each take", "none"),
    (
        "en",
        "oos",
        "should i buy private health insurance or is the state medical insurance enough",
        "none",
    ),
    ("en", "oos", "is the shanghai citizen card better than the beijing one", "none"),
    ("en", "oos", "should i use alipay or wechat to show my electronic card", "none"),
    (
        "en",
        "oos",
        (
            "if i lose my social security card is it better to report it at the bank or at the "
            "bureau"
        ),
        "none",
    ),
    ("en", "oos", "better to change the card pin or keep the default one", "none"),
    ("en", "oos", "is it better to withdraw my pension contributions when i leave china", "none"),
    (
        "en",
        "oos",
        "work visa or residence permit, which one do i need to get a social security card",
        "none",
    ),
    (
        "en",
        "oos",
        "do i need a tax number as well or is the social security number enough for tax",
        "none",
    ),
    ("en", "oos", "which hospital in guangzhou is better for foreigners", "none"),
    ("en", "oos", "is the card office open on weekends or should i go on a weekday", "none"),
    ("en", "oos", "how much does an mri cost with insurance vs without", "none"),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "who issues the old medical insurance card, a bank or the social security bureau?",
        "card:medical:issuer",
    ),
    (
        "en",
        "card",
        "is the old medical insurance card less safe than the newer cards",
        "card:medical:security",
    ),
    (
        "en",
        "card",
        "is the social security card a plastic card or just something in an app",
        "card:social:form",
    ),
    ("en", "card", "tell me about the health card, do i even need one", "card:health"),
    (
        "en",
        "card",
        "where can i use the citizen card, is it accepted in lots of places",
        "card:citizen:scope",
    ),
    (
        "en",
        "card",
        "who manages the health card, the hospital or the health department?",
        "card:health:manager",
    ),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "which is better, the health card or the citizen card", "cmp:health:citizen"),
    (
        "en",
        "compare",
        "electronic social security card or the physical card, which should i use",
        "cmp:social:esocial",
    ),
    (
        "en",
        "compare",
        ("old medical insurance card vs electronic medical insurance certificate, which one wins"),
        "cmp:medical:emedical",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "is the health card just another social security card or do i need both",
        "faq:1",
    ),
    (
        "en",
        "faq",
        "are the citizen card and the social security card the same, or do i need two cards",
        "faq:3",
    ),
    (
        "en",
        "faq",
        (
            "is the human resources and social security card a social security card or a separate "
            "card i also need"
        ),
        "faq:4",
    ),
    (
        "en",
        "faq",
        (
            "are the electronic medical insurance certificate and the e-social security card the "
            "same thing or do i need both"
        ),
        "faq:5",
    ),
    (
        "en",
        "faq",
        "what's my social security number, is it different from my id number or the same",
        "faq:10",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "which law article says my employer has to register me for social insurance",
        ("law:sil-58", "faq:9"),
    ),
    (
        "en",
        "law",
        "which article says the social security card should be one card for multiple purposes",
        "law:ssc-4",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi there", "greeting"),
    ("en", "greeting", "thanks, that helped me decide", "greeting"),
    ("en", "greeting", "ok bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "¿qué tarjeta me conviene más para ir al hospital?", "task:hospital"),
    (
        "es",
        "task",
        (
            "para pedir cita y pagar en el hospital, ¿uso la tarjeta sanitaria o la de seguridad "
            "social?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        "¿me basta con una sola tarjeta para comprar medicinas en la farmacia?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "en la farmacia qué es mejor, la tarjeta ciudadana o la del seguro social",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "quiero que me reembolsen los gastos médicos, ¿con cuál tarjeta lo hago?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "¿necesito las dos tarjetas para el reembolso de gastos médicos o con una alcanza?",
        "task:reimburse",
    ),
    ("es", "task", "para consultar mi historial de salud, ¿cuál tarjeta sirve?", "task:healthfile"),
    (
        "es",
        "task",
        "¿vale la pena la tarjeta sanitaria solo para ver mi expediente médico?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "para hacer trámites del seguro médico por internet, ¿uso el certificado electrónico o "
            "la tarjeta electrónica de seguridad social?"
        ),
        "task:online",
    ),
    ("es", "task", "trámites del seguro médico en línea, ¿qué necesito sí o sí?", "task:online"),
    ("es", "task", "para cobrar la jubilación, ¿cuál tarjeta es la buena?", "task:pension"),
    (
        "es",
        "task",
        "¿la tarjeta ciudadana sirve para cobrar la pensión o necesito la de seguridad social?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "me quedé sin trabajo, ¿qué tarjeta conviene para pedir el subsidio de desempleo?",
        "task:unemployment",
    ),
    ("es", "task", "¿con una sola tarjeta puedo tramitar el paro?", "task:unemployment"),
    (
        "es",
        "task",
        "tuve un accidente laboral, ¿cuál de las tarjetas uso para las prestaciones?",
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "para el seguro de accidentes de trabajo, ¿tarjeta de seguridad social o tarjeta del "
            "seguro médico?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿cuál es la mejor forma de consultar cuánto he cotizado?",
        "task:contributions",
    ),
    ("es", "task", "¿qué tarjeta saco primero y cuál puedo dejar para después?", "tasks:getcard"),
    (
        "es",
        "task",
        "para el metro y el autobús, ¿me conviene la tarjeta ciudadana?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "¿cuál es mejor para el transporte público, la ciudadana o la de seguridad social?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "para los servicios públicos de mi ciudad, ¿qué tarjeta rinde más?",
        "task:services",
    ),
    ("es", "task", "¿qué tarjeta es mejor para identificarme?", "task:identity"),
    (
        "es",
        "task",
        (
            "¿puedo usar la tarjeta de seguridad social como documento de identidad o mejor la "
            "ciudadana?"
        ),
        "task:identity",
    ),
    (
        "es",
        "task",
        "¿la tarjeta de seguridad social la saco yo o me la tramita la empresa?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        ("¿me conviene activar la tarjeta electrónica de seguridad social si ya tengo la física?"),
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "¿puedo tener la tarjeta electrónica de seguridad social sin la física?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "¿quién puede sacar el certificado electrónico de seguro médico? ¿me hace falta?",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "¿vale la pena sacar la tarjeta ciudadana y cómo la consigo?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        "solo me interesa la atención médica, ¿qué tarjetas necesito de verdad?",
        "tasks:care",
    ),
    ("es", "task", "para el día a día, ¿cuál tarjeta es más práctica?", "tasks:life"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "tarjeta", "cards"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "sanitaria o social", "cmp:social:health"),
    ("es", "short", "ciudadana vs seguridad social", "cmp:social:citizen"),
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "jubilac", "task:pension"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "metro tarjeta", "task:transport"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "cotizaciones", "task:contributions"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "identificarme", "task:identity"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "¿qué banco es mejor para vincular la tarjeta de seguridad social?", "none"),
    ("es", "oos", "¿cuánto cuesta sacar la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿cuánto tarda en llegar la tarjeta de seguridad social?", "none"),
    (
        "es",
        "oos",
        "¿me conviene contratar un seguro privado o basta con el seguro médico público?",
        "none",
    ),
    ("es", "oos", "si pierdo la tarjeta, ¿es mejor ir al banco o a la oficina?", "none"),
    ("es", "oos", "¿es mejor la tarjeta ciudadana de Shenzhen o la de Hangzhou?", "none"),
    ("es", "oos", "¿uso Alipay o WeChat para mostrar el certificado electrónico?", "none"),
    ("es", "oos", "¿qué visado necesito para sacar la tarjeta de seguridad social?", "none"),
    ("es", "oos", "¿me devuelven lo cotizado si me vuelvo a mi país?", "none"),
    ("es", "oos", "¿a qué hora abre la oficina de seguridad social?", "none"),
    ("es", "oos", "¿me conviene cambiar el PIN de la tarjeta?", "none"),
    ("es", "oos", "¿qué hospital de Pekín atiende mejor a extranjeros?", "none"),
    ("es", "oos", "¿el seguro médico me cubre el dentista y cuánto pagaría?", "none"),
    ("es", "oos", "¿es mejor declarar impuestos en China o en España?", "none"),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "¿quién emite la tarjeta electrónica de seguridad social?",
        "card:esocial:issuer",
    ),
    ("es", "card", "¿qué es exactamente la tarjeta sanitaria? ¿me hace falta?", "card:health"),
    (
        "es",
        "card",
        "¿es segura la tarjeta de seguridad social o mejor no llevarla encima?",
        "card:social:security",
    ),
    (
        "es",
        "card",
        "¿para qué sirve la tarjeta del seguro médico antigua?",
        "card:medical:function",
    ),
    ("es", "card", "¿dónde se puede usar la tarjeta ciudadana?", "card:citizen:scope"),
    ("es", "card", "¿la tarjeta de seguridad social es física o digital?", "card:social:form"),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "tarjeta del seguro médico o tarjeta de seguridad social, ¿con cuál me quedo?",
        "cmp:social:medical",
    ),
    (
        "es",
        "compare",
        "¿qué diferencia hay entre la tarjeta sanitaria y la ciudadana? ¿cuál me conviene?",
        "cmp:health:citizen",
    ),
    (
        "es",
        "compare",
        (
            "¿el certificado electrónico de seguro médico es mejor que la tarjeta de seguro médico "
            "de toda la vida?"
        ),
        "cmp:medical:emedical",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        (
            "¿la tarjeta sanitaria cuenta como tarjeta de seguridad social o tengo que tener las "
            "dos?"
        ),
        "faq:1",
    ),
    ("es", "faq", "¿es lo mismo la tarjeta de seguridad social que la del seguro médico?", "faq:2"),
    ("es", "faq", "¿qué tipos de tarjeta de seguridad social existen? ¿cuál me toca?", "faq:8"),
    ("es", "faq", "¿cuándo tiene que darme de alta mi empresa en el seguro social?", "faq:9"),
    ("es", "faq", "¿qué seguros sociales hay y los necesito todos?", "faq:6"),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        (
            "¿qué artículo dice que el seguro social debe tener amplia cobertura y protección "
            "básica?"
        ),
        "law:sil-3",
    ),
    (
        "es",
        "law",
        "¿qué norma dice quién gestiona la emisión de las tarjetas de seguridad social?",
        "law:ssc-3",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola", "greeting"),
    ("es", "greeting", "muchas gracias, ya me decidí", "greeting"),
    ("es", "greeting", "vale, hasta luego", "greeting"),
)
