"""Two-hundred-and-twelfth phrasing set (grandma asks), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

TWOHUNDREDTWELFTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (20) ----------------
    (
        "en", "task",
        "hello po, my lola needs to see a doctor here in Shenzhen, which card she should bring?",
        "task:hospital",
    ),
    (
        "en", "task",
        "Good day! Kindly advise what card to use in buying medicines at the botika for my lolo",
        "task:pharmacy",
    ),
    (
        "en", "task",
        "my grandma paid the hospital bill from her own pocket, how she can get it reimburse po?",
        "task:reimburse",
    ),
    (
        "en", "task",
        "im typing for my lolo, he wants to look his health file. what card he will use??",
        "task:healthfile",
    ),
    (
        "en", "task",
        "paano po mag medical insurance transactions online? my tita is 67 and new in smartphone",
        "task:online",
    ),
    (
        "en", "task",
        "my lola is retired na, she want to receive her pension monthly, which card is needed po",
        "task:pension",
    ),
    (
        "en", "task",
        "my tito lost his work in the factory, what card for claiming the unemployment benefits",
        "task:unemployment",
    ),
    (
        "en", "task",
        "lolo got injured in the construction site, which card to claim work injury benefit?",
        "task:injury",
    ),
    (
        "en", "task",
        "how can i check if the employer is really paying the contributions of my nanay?",
        "task:contributions",
    ),
    (
        "en", "task",
        "ate here, my lola wants to ride the subway alone. what card she will tap?",
        "task:transport",
    ),
    (
        "en", "task",
        "is it the social security card for the bus? my grandma is confused pls help",
        "task:transport",
    ),
    (
        "en", "task",
        "what card for the local public services here in the city? for my lola po",
        "task:services",
    ),
    (
        "en", "task",
        "lolo dont have his passport with him today, what card can prove who he is",
        "task:identity",
    ),
    (
        "en", "task",
        "how my grandma can get a social security card? she is 70 and just arrive here",
        "task:getsocial",
    ),
    (
        "en", "task",
        "pls help how to get the electronic social security card in the phone of my lola",
        "task:getesocial",
    ),
    (
        "en", "task",
        "how to get the 医保电子凭证 for my grandpa, he just got new android phone from us",
        "task:getemedical",
    ),
    (
        "en", "task",
        "can my lola apply for a citizen card po? she live with us in hangzhou now",
        "task:getcitizen",
    ),
    (
        "en", "task",
        "what card do we need for lola's check up and paying in the clinic? sorry slow typer",
        "task:hospital",
    ),
    (
        "en", "task",
        "my grandpa wants to know how much is paid in already for his old age insurance",
        "task:contributions",
    ),
    (
        "en", "task",
        "we need to buy maintenance meds of lola in the drugstore, can she use the citizen card?",
        "task:pharmacy",
    ),
    # ---------------- English: short (18) ----------------
    ("en", "short", "sss card", "card:social"),
    ("en", "short", "citizen crd", "card:citizen"),
    ("en", "short", "esocial card", "card:esocial"),
    ("en", "short", "health crd", "card:health"),
    ("en", "short", "ospital", "task:hospital"),
    ("en", "short", "botika", "task:pharmacy"),
    ("en", "short", "pensyon", "task:pension"),
    ("en", "short", "mrt card", "task:transport"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "article 58", "law:sil-58"),
    ("en", "short", "law articles", "law"),
    ("en", "short", "lost card", "none"),
    ("en", "short", "senior discount", "none"),
    ("en", "short", "medicl card", "card:medical"),
    ("en", "short", "emedical cert", "card:emedical"),
    ("en", "short", "sss number", "faq:10"),
    ("en", "short", "all cards", "cards"),
    # ---------------- English: oos (18) ----------------
    (
        "en", "oos",
        "my lola lost her social security card in the jeep i mean bus, what to do po",
        "none",
    ),
    ("en", "oos", "how much is the fee to replace the citizen card? lola is asking", "none"),
    ("en", "oos", "what time the social security bureau opens on saturday", "none"),
    (
        "en", "oos",
        "how many days before the card is release? lola is waiting already 2 weeks",
        "none",
    ),
    ("en", "oos", "lolo forgot the password of his card, how to reset it pls", "none"),
    (
        "en", "oos",
        "is there senior citizen discount in the subway for 60 years old and above?",
        "none",
    ),
    (
        "en", "oos",
        "what hospital in guangzhou accepts foreigners and has english speaking doctor",
        "none",
    ),
    (
        "en", "oos",
        "can we send money to the philippines using the e wallet of the citizen card",
        "none",
    ),
    (
        "en", "oos",
        "what phone is good for senior? lola's phone is so slow to install the app",
        "none",
    ),
    ("en", "oos", "how much is the monthly pension of a 65 yrs old? just estimate po", "none"),
    ("en", "oos", "can my lola use her philhealth here in china or not", "none"),
    (
        "en", "oos",
        "where is the nearest mercury drug in shanghai hahaha joke, filipino pharmacy i mean",
        "none",
    ),
    ("en", "oos", "the chip of lola's card is not reading anymore, where to fix it?", "none"),
    ("en", "oos", "can i renew my lola's visa using her social security card", "none"),
    ("en", "oos", "how to change the app language to english, my lolo cant read chinese", "none"),
    ("en", "oos", "how many percent of the salary is the contribution every month?", "none"),
    ("en", "oos", "how to make the font bigger in wechat for my lola, she cant see", "none"),
    ("en", "oos", "what is the weather tomorrow in beijing, lola wants to go to the park", "none"),
    # ---------------- English: card (12) ----------------
    (
        "en", "card",
        "what is the citizen card po? my lola keeps hearing about it in the market",
        "card:citizen",
    ),
    ("en", "card", "tell me about the health card, grandma got one from the clinic", "card:health"),
    ("en", "card", "define electronic social security card pls", "card:esocial:what"),
    ("en", "card", "who issue the medical insurance card? the old one", "card:medical:issuer"),
    (
        "en", "card",
        "what does the health card record? lola is worried for her privacy",
        "card:health:records",
    ),
    (
        "en", "card",
        "is the old medical insurance card safe or not? lolo still have one",
        "card:medical:security",
    ),
    (
        "en", "card",
        "the electronic medical insurance certificate, is it a real card or only in the phone?",
        "card:emedical:form",
    ),
    ("en", "card", "where can lola use the citizen card?", "card:citizen:scope"),
    (
        "en", "card",
        "who manages the health card, the hospital or government?",
        "card:health:manager",
    ),
    (
        "en", "card",
        "the card the city gives to residents for the bus and library, what is that po",
        "card:citizen",
    ),
    ("en", "card", "what is the legal basis of the social security card", "card:social:legal"),
    (
        "en", "card",
        "who can get the old medical insurance card? is lolo qualified",
        "card:medical:eligibility",
    ),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "whats the difference of health card and citizen card", "cmp:health:citizen"),
    (
        "en", "compare",
        "social security card vs electronic social security card, lola is confused",
        "cmp:social:esocial",
    ),
    (
        "en", "compare",
        "medical insurance card compared to the electronic medical insurance certificate?",
        "cmp:medical:emedical",
    ),
    # ---------------- English: faq (3) ----------------
    ("en", "faq", "is the health card a social security card po?", "faq:1"),
    ("en", "faq", "lola asks what kinds of social insurance are there in china", "faq:6"),
    (
        "en", "faq",
        "when should the employer register my tita for social insurance? she just started work",
        "faq:9",
    ),
    # ---------------- English: law (2) ----------------
    ("en", "law", "what does article 2 of the social insurance law say", "law:sil-2"),
    ("en", "law", "can you show me the list of the laws you are using", "law"),
    # ---------------- English: greeting (2) ----------------
    ("en", "greeting", "good morning po! this is lola, my apo set this up for me", "greeting"),
    ("en", "greeting", "salamat po, God bless you and your family", "greeting"),
    # ---------------- Spanish: task (20) ----------------
    (
        "es", "task",
        "hola, soy la nieta, mi abuelita tiene que ir al hospital nomas, que tarjeta lleva?",
        "task:hospital",
    ),
    (
        "es", "task",
        "mi abuelo quiere comprar sus remedios en la farmacia, con cual tarjeta paga pues?",
        "task:pharmacy",
    ),
    (
        "es", "task",
        "che, mi abuela pago la consulta de su bolsillo, como hace para que le devuelvan la plata?",
        "task:reimburse",
    ),
    (
        "es", "task",
        "mi abuelita quiere ver su historial de salud, con que tarjeta se consulta eso?",
        "task:healthfile",
    ),
    (
        "es", "task",
        "como hace mi tata para hacer los tramites del seguro medico por internet desde el celu",
        "task:online",
    ),
    (
        "es", "task",
        "mi abuelo ya se jubilo, que tarjeta necesita para cobrar su renta de vejez?",
        "task:pension",
    ),
    (
        "es", "task",
        "mi tio se quedo sin laburo, que tarjeta ocupa para cobrar el seguro de desempleo?",
        "task:unemployment",
    ),
    (
        "es", "task",
        "mi abuelo se accidento en la obra, con que tarjeta pide el beneficio por accidente?",
        "task:injury",
    ),
    (
        "es", "task",
        "como puedo ver si la empresa le esta aportando a mi mama? ella no sabe usar el celular",
        "task:contributions",
    ),
    (
        "es", "task",
        "mi abuelita quiere tomar el micro solita, que tarjeta tiene que pasar?",
        "task:transport",
    ),
    (
        "es", "task",
        "es con la tarjeta de seguridad social que se paga el metro? mi abuelo dice que si",
        "task:transport",
    ),
    (
        "es", "task",
        "para los servicios publicos de la ciudad que tarjeta le sirve a mi abuela?",
        "task:services",
    ),
    (
        "es", "task",
        "mi abuelo no anda con su pasaporte, con que tarjeta demuestra quien es?",
        "task:identity",
    ),
    (
        "es", "task",
        "como saca mi abuelita la tarjeta de seguridad social? recien llego a vivir con nosotros",
        "task:getsocial",
    ),
    (
        "es", "task",
        "ayudame a sacar la tarjeta electronica de seguridad social en el celu de mi abuela porfa",
        "task:getesocial",
    ),
    (
        "es", "task",
        "donde se saca el certificado electronico de seguro medico? es para mi abuelo de 74",
        "task:getemedical",
    ),
    (
        "es", "task",
        "puede mi abuela tramitar la tarjeta ciudadana? vive con nosotros en Chengdu",
        "task:getcitizen",
    ),
    (
        "es", "task",
        "mba'e tarjeta pio ocupa la abuela para pagar en la clinica? nde, no entiendo nada",
        "task:hospital",
    ),
    (
        "es", "task",
        "mi abuelo quiere saber cuanto ya tiene aportado a su jubilacion, como consulta?",
        "task:contributions",
    ),
    (
        "es", "task",
        "pa las pastillas de la presion de la abuela, sirve la tarjeta ciudadana en la farmacia?",
        "task:pharmacy",
    ),
    # ---------------- Spanish: short (18) ----------------
    ("es", "short", "tarj ciudadana", "card:citizen"),
    ("es", "short", "seg social", "card:social"),
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "医保电子凭证", "card:emedical"),
    ("es", "short", "social electronica", "card:esocial"),
    ("es", "short", "tarjeta medica", "card:medical"),
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "remedios", "task:pharmacy"),
    ("es", "short", "jubilacion", "task:pension"),
    ("es", "short", "micro", "task:transport"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "aportes", "task:contributions"),
    ("es", "short", "articulo 74", "law:sil-74"),
    ("es", "short", "perdi tarjeta", "none"),
    ("es", "short", "costo tramite", "none"),
    ("es", "short", "las tarjetas", "cards"),
    # ---------------- Spanish: oos (18) ----------------
    (
        "es", "oos",
        "mi abuela perdio su tarjeta de seguridad social en el micro, que hacemos?",
        "none",
    ),
    (
        "es", "oos",
        "cuanto cuesta sacar la tarjeta ciudadana? la abuela pregunta si es gratis",
        "none",
    ),
    ("es", "oos", "a que hora abre la oficina del seguro social los sabados?", "none"),
    ("es", "oos", "cuantos dias tarda en salir la tarjeta? mi abuelito ya esta impaciente", "none"),
    ("es", "oos", "mi abuelo se olvido la contraseña de la app, como la cambio?", "none"),
    ("es", "oos", "hay descuento para la tercera edad en el metro?", "none"),
    ("es", "oos", "que hospital de Shanghai atiende en español? para mi abuela", "none"),
    ("es", "oos", "puedo mandar plata a Bolivia con la billetera de la tarjeta ciudadana?", "none"),
    (
        "es", "oos",
        "cuanto le van a pagar de jubilacion al mes a mi abuelo? trabajo 10 años aca",
        "none",
    ),
    ("es", "oos", "la renta dignidad de mi abuela se puede cobrar desde China?", "none"),
    ("es", "oos", "el seguro de IPS de Paraguay sirve aca en China o no?", "none"),
    ("es", "oos", "el chip de la tarjeta de mi abuelo ya no lee, donde la arreglan?", "none"),
    ("es", "oos", "como pongo las letras mas grandes en el celular de mi abuela?", "none"),
    ("es", "oos", "se puede renovar la visa con la tarjeta de seguridad social?", "none"),
    ("es", "oos", "cuanto es el porcentaje que le descuentan del sueldo para el seguro?", "none"),
    (
        "es", "oos",
        "che, que tal el clima mañana en Guangzhou? la abuela quiere salir a caminar",
        "none",
    ),
    (
        "es", "oos",
        "donde venden yerba para el terere en Beijing? mi abuelo extraña un monton",
        "none",
    ),
    ("es", "oos", "la app esta toda en chino, como la cambio a español para mi abuela?", "none"),
    # ---------------- Spanish: card (12) ----------------
    ("es", "card", "que es la tarjeta ciudadana? mi abuela escucho en el mercado", "card:citizen"),
    ("es", "card", "explicame la tarjeta de salud porfa, es para mi abuelito", "card:health"),
    ("es", "card", "definicion de tarjeta electronica de seguridad social", "card:esocial:what"),
    (
        "es", "card",
        "quien emite el certificado electronico de seguro medico?",
        "card:emedical:issuer",
    ),
    (
        "es", "card",
        "que registra la tarjeta de seguridad social? mi abuelo desconfia",
        "card:social:records",
    ),
    (
        "es", "card",
        "la tarjeta electronica de seguridad social quien la gestiona?",
        "card:esocial:manager",
    ),
    ("es", "card", "para que sirve la tarjeta de salud nomas?", "card:health:function"),
    (
        "es", "card",
        "la tarjeta ciudadana quien la da, el gobierno local o el banco?",
        "card:citizen:issuer",
    ),
    (
        "es", "card",
        "es segura la tarjeta de seguridad social? mi abuela tiene miedo que le roben",
        "card:social:security",
    ),
    (
        "es", "card",
        "el certificado electronico del seguro medico es tarjeta fisica o esta en el celu nomas?",
        "card:emedical:form",
    ),
    (
        "es", "card",
        "esa tarjeta con foto y numero de carnet impreso, que es como un segundo carnet, que es?",
        "card:social",
    ),
    (
        "es", "card",
        "quien puede tener la tarjeta vieja del seguro medico?",
        "card:medical:eligibility",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es", "compare",
        "en que se diferencian la tarjeta de seguridad social y el certificado electronico medico",
        "cmp:social:emedical",
    ),
    (
        "es", "compare",
        "tarjeta vieja de seguro medico vs tarjeta electronica de seguridad social",
        "cmp:esocial:medical",
    ),
    (
        "es", "compare",
        "diferencia entre el certificado electronico de seguro medico y la tarjeta ciudadana",
        "cmp:emedical:citizen",
    ),
    # ---------------- Spanish: faq (3) ----------------
    (
        "es", "faq",
        "son lo mismo el certificado medico electronico y la tarjeta electronica de seg social?",
        "faq:5",
    ),
    ("es", "faq", "la tarjeta ciudadana y la de seguridad social son la misma tarjeta?", "faq:3"),
    ("es", "faq", "cual es mi numero de seguridad social? mi abuela pregunta pues", "faq:10"),
    # ---------------- Spanish: law (2) ----------------
    (
        "es", "law",
        "que dice el articulo 4 de las medidas sobre tarjetas de seguridad social?",
        "law:ssc-4",
    ),
    (
        "es", "law",
        "que dice el articulo 3 de la ley de seguro social, lo de los principios?",
        "law:sil-3",
    ),
    # ---------------- Spanish: greeting (2) ----------------
    (
        "es", "greeting",
        "buenas tardes, soy la abuela de la Mica, recien aprendo a usar esto",
        "greeting",
    ),
    ("es", "greeting", "aguyje! muchas gracias mi hijito, chau chau", "greeting"),
)
