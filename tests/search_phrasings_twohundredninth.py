"""Two-hundred-and-ninth phrasing set (self-employed, small-business owners, first hires;
Singaporean/Malaysian English, Chilean Spanish), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

TWOHUNDREDNINTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (20) ----------------
    (
        "en", "task",
        "my new cook cut his hand in the kitchen yesterday, which card he use to claim work "
        "injury benefit ah",
        "task:injury",
    ),
    (
        "en", "task",
        "im freelancer, pay for myself one. want to check whether my contributions really got "
        "paid in or not, which card?",
        "task:contributions",
    ),
    (
        "en", "task",
        "hiring my first staff for my kopitiam in guangzhou, she need social security card, how "
        "to get ah",
        "task:getsocial",
    ),
    (
        "en", "task",
        "my cashier not feeling well wants to see doctor at hospital, what card she should bring",
        "task:hospital",
    ),
    (
        "en", "task",
        "alamak i closed my shop liao, my 2 workers now jobless, what card they use to claim "
        "unemployment money",
        "task:unemployment",
    ),
    (
        "en", "task",
        "self-employed here 10 yrs, later when i retire want to collect pension in china. which "
        "card needed?",
        "task:pension",
    ),
    (
        "en", "task",
        "my part timer wants to buy medicine at the pharmacy using insurance, use which card leh",
        "task:pharmacy",
    ),
    (
        "en", "task",
        "how to get the electronic social security card on my phone? im sole proprietor, no boss "
        "one",
        "task:getesocial",
    ),
    (
        "en", "task",
        "want to settle medical insurance stuff online instead of queue, which card or cert i need",
        "task:online",
    ),
    (
        "en", "task",
        "how my employee get the 医保电子凭证? she only just got medical insurance thru my company",
        "task:getemedical",
    ),
    (
        "en", "task",
        "my dishwasher paid the clinic bill himself, how to claim back the medical expenses, "
        "which card",
        "task:reimburse",
    ),
    (
        "en", "task",
        "which card for taking subway to the wholesale market ah, citizen card is it?",
        "task:transport",
    ),
    (
        "en", "task",
        "govt counter ask me prove who i am for my business registration, which card can use",
        "task:identity",
    ),
    (
        "en", "task",
        "where to apply citizen card? been running small bakery here 3 years already",
        "task:getcitizen",
    ),
    (
        "en", "task",
        "wanna look up my own health file from past checkups, which card do i use",
        "task:healthfile",
    ),
    (
        "en", "task",
        "local public services like the public reading room, which card can use one",
        "task:services",
    ),
    (
        "en", "task",
        "my waitress asked me show proof i paid her social insurance every month, how she check, "
        "which card",
        "task:contributions",
    ),
    (
        "en", "task",
        "foreigner running own trading company can apply social security card for myself or not? "
        "how",
        "task:getsocial",
    ),
    ("en", "task", "take bus go pasar every morning, which card ah", "task:transport"),
    (
        "en", "task",
        "let my helper go last month, she needs to do unemployment registration n job seeking, "
        "which card",
        "task:unemployment",
    ),
    # ---------------- English: short (18) ----------------
    ("en", "short", "shebao card", "card:social"),
    ("en", "short", "e-social card", "card:esocial"),
    ("en", "short", "citizen crd", "card:citizen"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "medical card", "card:medical"),
    ("en", "short", "emedical cert", "card:emedical"),
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "pharmacy", "task:pharmacy"),
    ("en", "short", "ezlink", "task:transport"),
    ("en", "short", "cpf contri", "task:contributions"),
    ("en", "short", "pensio", "task:pension"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "wrk injury", "task:injury"),
    ("en", "short", "art 58", "law:sil-58"),
    ("en", "short", "worker levy", "none"),
    ("en", "short", "work permit", "none"),
    ("en", "short", "income tax", "none"),
    ("en", "short", "card list", "cards"),
    # ---------------- English: oos (18) ----------------
    (
        "en", "oos",
        "how much % must i pay every month for my first employee's social insurance",
        "none",
    ),
    (
        "en", "oos",
        "how long to get the social security card made? my new staff start next week leh",
        "none",
    ),
    ("en", "oos", "lost my shebao card at the market this morning, how to report loss", "none"),
    ("en", "oos", "social security bureau open on saturday or not", "none"),
    ("en", "oos", "can i just pay my part timer cash without signing contract", "none"),
    ("en", "oos", "how to register getihu business license in guangzhou, what documents", "none"),
    ("en", "oos", "minimum wage in shenzhen now how much ah", "none"),
    ("en", "oos", "forgot the password for my social security card, how to reset", "none"),
    (
        "en", "oos",
        "when i go back malaysia for good can withdraw my pension contributions lump sum?",
        "none",
    ),
    ("en", "oos", "fee to make citizen card how much", "none"),
    ("en", "oos", "my card chip spoil already cannot read, how to replace", "none"),
    ("en", "oos", "must i give my cashier annual leave? how many days by law", "none"),
    ("en", "oos", "how to issue fapiao to my customers, first time doing", "none"),
    ("en", "oos", "which bank best for small business account in china", "none"),
    (
        "en", "oos",
        "can my work visa let me open my own restaurant or must change visa type",
        "none",
    ),
    ("en", "oos", "probation period for first employee max how long", "none"),
    ("en", "oos", "got any govt subsidy for small business that hire locals?", "none"),
    (
        "en", "oos",
        "flexible employment contribution for self employed in shenzhen per month how much sia",
        "none",
    ),
    # ---------------- English: card (12) ----------------
    ("en", "card", "definition of the citizen card pls", "card:citizen:what"),
    (
        "en", "card",
        "who actually issues the medical insurance card last time? the bank is it?",
        "card:medical:issuer",
    ),
    (
        "en", "card",
        "that card the city give residents to take bus n rent car, what is that ah",
        "card:citizen",
    ),
    ("en", "card", "health card records what info one", "card:health:records"),
    (
        "en", "card",
        "e social security card is a physical card or only inside the app?",
        "card:esocial:form",
    ),
    ("en", "card", "who manages the social security card at national level", "card:social:manager"),
    (
        "en", "card",
        "how secure is the social security card ah, got proper key system or not",
        "card:social:security",
    ),
    (
        "en", "card",
        "my chef from hunan, his social security card can use here in shenzhen or not?",
        ("law:ssc-4", "card:social:scope"),
    ),
    ("en", "card", "tell me about the electronic medical insurance certificate", "card:emedical"),
    (
        "en", "card",
        "who can get the old medical insurance card? my new staff still can apply?",
        "card:medical:eligibility",
    ),
    (
        "en", "card",
        "health card is managed by who ah, hospital or government",
        "card:health:manager",
    ),
    ("en", "card", "what law is the social security card based on", "card:social:legal"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "health card vs citizen card diff?", "cmp:health:citizen"),
    (
        "en", "compare",
        "e-social card and the physical shebao card, what's the difference ah",
        "cmp:social:esocial",
    ),
    (
        "en", "compare",
        "old medical card vs the 医保电子凭证 on phone, different how",
        "cmp:medical:emedical",
    ),
    # ---------------- English: faq (3) ----------------
    (
        "en", "faq",
        "just hired my first staff, by when must i register him for social insurance?",
        "faq:9",
    ),
    (
        "en", "faq",
        "what types of social security card got? heard there's one for employers also",
        "faq:8",
    ),
    ("en", "faq", "what kinds of social insurance are there ah", "faq:6"),
    # ---------------- English: law (2) ----------------
    (
        "en", "law",
        "which law article says self-employed individual households can register for social "
        "insurance on their own",
        "law:sil-58",
    ),
    ("en", "law", "show me all the law articles you quote", "law"),
    # ---------------- English: greeting (2) ----------------
    ("en", "greeting", "hello boss, good morning", "greeting"),
    ("en", "greeting", "ok thanks ah, very helpful, bye bye", "greeting"),
    # ---------------- Spanish: task (20) ----------------
    (
        "es", "task",
        "se me accidento el maestro de cocina en el local, con que tarjeta cobra lo del accidente "
        "laboral?",
        "task:injury",
    ),
    (
        "es", "task",
        "soy independiente, boleteo y me pago todo yo, quiero revisar si mis imposiciones se han "
        "pagado aca, que tarjeta uso",
        "task:contributions",
    ),
    (
        "es", "task",
        "contraté a mi primera trabajadora pa la tienda, cómo saca ella la tarjeta de seguridad "
        "social?",
        "task:getsocial",
    ),
    (
        "es", "task",
        "mi garzon anda enfermo y tiene que ir al hospital, que tarjeta lleva",
        "task:hospital",
    ),
    (
        "es", "task",
        "cerre el restoran y los chiquillos quedaron cesantes, con que tarjeta piden el seguro de "
        "cesantia",
        "task:unemployment",
    ),
    (
        "es", "task",
        "a futuro quiero jubilarme aca en china, con que tarjeta se cobra la pension",
        "task:pension",
    ),
    (
        "es", "task",
        "necesito comprar remedios en la farmacia con el seguro, cual tarjeta sirve",
        "task:pharmacy",
    ),
    (
        "es", "task",
        "como saco la tarjeta electronica de seguridad social en el celu",
        "task:getesocial",
    ),
    (
        "es", "task",
        "quiero hacer los tramites del seguro medico por internet altiro, que uso?",
        "task:online",
    ),
    (
        "es", "task",
        "cómo obtiene mi empleada el certificado electrónico de seguro médico? recién la inscribí",
        "task:getemedical",
    ),
    (
        "es", "task",
        "pagué de mi bolsillo la consulta, cómo me reembolsan los gastos médicos, con qué tarjeta",
        "task:reimburse",
    ),
    (
        "es", "task",
        "pa andar en metro y micro aca sirve la tarjeta ciudadana o cual?",
        "task:transport",
    ),
    (
        "es", "task",
        "me piden acreditar identidad en un tramite del negocio, que tarjeta me sirve pa eso",
        "task:identity",
    ),
    (
        "es", "task",
        "donde se pide la tarjeta ciudadana? tengo un localcito hace 2 años aqui",
        "task:getcitizen",
    ),
    (
        "es", "task",
        "quiero ver mi ficha de salud con los examenes que me hice, con que tarjeta",
        "task:healthfile",
    ),
    (
        "es", "task",
        "pa usar servicios publicos de la ciudad, como la sala de lectura, que tarjeta ocupo",
        "task:services",
    ),
    (
        "es", "task",
        "mi socio quiere saber cuanto lleva acumulado pa la pension, con que tarjeta lo consulta",
        "task:contributions",
    ),
    (
        "es", "task",
        "despedi a mi ayudante y tiene que inscribirse como cesante y buscar pega, que tarjeta "
        "necesita",
        "task:unemployment",
    ),
    (
        "es", "task",
        "soy extranjera con una pyme, puedo sacar la tarjeta de seguridad social yo misma? cachai "
        "como?",
        "task:getsocial",
    ),
    (
        "es", "task",
        "un cabro se quemo en la cocina trabajando, pucha, que tarjeta pa las prestaciones por "
        "accidente",
        "task:injury",
    ),
    # ---------------- Spanish: short (18) ----------------
    ("es", "short", "tarj ciud", "card:citizen"),
    ("es", "short", "tarj social", "card:social"),
    ("es", "short", "医保电子凭证", "card:emedical"),
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "tarjeta bip", "task:transport"),
    ("es", "short", "imposiciones", "task:contributions"),
    ("es", "short", "afp", "task:pension"),
    ("es", "short", "cesantia", "task:unemployment"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "ficha salud", "task:healthfile"),
    ("es", "short", "finiquito", "none"),
    ("es", "short", "boleta honorarios", "none"),
    ("es", "short", "licencia medica", "none"),
    ("es", "short", "art 74", "law:sil-74"),
    ("es", "short", "tarjetas", "cards"),
    # ---------------- Spanish: oos (18) ----------------
    ("es", "oos", "cuanto es el porcentaje que tengo que pagar por mi trabajador al mes", "none"),
    (
        "es", "oos",
        "cuánto se demora en salir la tarjeta de seguridad social? mi trabajador parte el lunes",
        "none",
    ),
    ("es", "oos", "se me perdio la tarjeta en la feria, como la bloqueo", "none"),
    ("es", "oos", "a que hora abre la oficina del seguro social en shanghai", "none"),
    ("es", "oos", "tengo que hacerle contrato a un part time o le pago en efectivo nomas", "none"),
    ("es", "oos", "como saco la licencia de negocio pa mi emporio", "none"),
    ("es", "oos", "cuanto es el sueldo minimo en beijing", "none"),
    ("es", "oos", "olvidé la clave de la tarjeta, cómo la cambio", "none"),
    ("es", "oos", "si me devuelvo a chile me puedo llevar la plata de la pension?", "none"),
    ("es", "oos", "cuanto cobran por hacer la tarjeta ciudadana", "none"),
    ("es", "oos", "la tarjeta se me mojo y no lee el chip, como pido otra", "none"),
    ("es", "oos", "cuantos dias de vacaciones le corresponden a mi empleada", "none"),
    ("es", "oos", "como emito factura (fapiao) a mis clientes", "none"),
    ("es", "oos", "qué banco es mejor pa abrir la cuenta de la empresa", "none"),
    (
        "es", "oos",
        "con visa de trabajo puedo abrir mi propio restoran o tengo que cambiarla",
        "none",
    ),
    ("es", "oos", "cuanto dura como maximo el periodo de prueba de un trabajador nuevo", "none"),
    ("es", "oos", "hay subsidios pa las pymes que contratan gente local?", "none"),
    ("es", "oos", "cuanto me sale el arriendo de un local en el centro de chengdu", "none"),
    # ---------------- Spanish: card (12) ----------------
    ("es", "card", "definicion de tarjeta de seguridad social", "card:social:what"),
    ("es", "card", "quien emite la tarjeta electronica de seguridad social", "card:esocial:issuer"),
    (
        "es", "card",
        "esa tarjeta que da la ciudad a los vecinos pa la micro y los tramites, que es?",
        "card:citizen",
    ),
    ("es", "card", "que registra la tarjeta de salud", "card:health:records"),
    (
        "es", "card",
        "el certificado electronico de seguro medico es fisico o va en el celular?",
        "card:emedical:form",
    ),
    (
        "es", "card",
        "quien administra la tarjeta electronica de seguridad social",
        "card:esocial:manager",
    ),
    ("es", "card", "la tarjeta de seguro medico antigua es segura?", "card:medical:security"),
    (
        "es", "card",
        "mi trabajador viene de otra provincia, su tarjeta de seguridad social le sirve aca en "
        "cantón?",
        ("law:ssc-4", "card:social:scope"),
    ),
    ("es", "card", "explicame la tarjeta de salud porfa", "card:health"),
    (
        "es", "card",
        "quien puede tener la tarjeta de seguro medico antigua",
        "card:medical:eligibility",
    ),
    ("es", "card", "para que sirve la tarjeta ciudadana", "card:citizen:function"),
    (
        "es", "card",
        "donde se puede usar el certificado electronico de seguro medico",
        "card:emedical:scope",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es", "compare",
        "tarjeta de seguridad social vs certificado electronico de seguro medico",
        "cmp:social:emedical",
    ),
    (
        "es", "compare",
        "la tarjeta electronica de seguridad social y la fisica, en que se diferencian",
        "cmp:social:esocial",
    ),
    (
        "es", "compare",
        "tarjeta de seguro medico antigua vs tarjeta de salud, cual es la diferencia",
        "cmp:medical:health",
    ),
    # ---------------- Spanish: faq (3) ----------------
    (
        "es", "faq",
        "acabo de contratar a mi primer trabajador, en cuantos dias tengo que inscribirlo en el "
        "seguro social?",
        "faq:9",
    ),
    (
        "es", "faq",
        "cual es el numero de seguridad social? es el mismo del carnet de identidad?",
        "faq:10",
    ),
    (
        "es", "faq",
        "el certificado electronico de seguro medico y la tarjeta electronica de seguridad social "
        "son lo mismo?",
        "faq:5",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es", "law",
        "que dice el articulo 4 de las medidas sobre tarjetas de seguridad social",
        "law:ssc-4",
    ),
    ("es", "law", "articulo 3 de la ley de seguro social, los principios", "law:sil-3"),
    # ---------------- Spanish: greeting (2) ----------------
    ("es", "greeting", "hola, buenas! como esta?", "greeting"),
    ("es", "greeting", "ya po, muchas gracias, chao", "greeting"),
)
