"""Two-hundred-and-sixth phrasing set (asking for a friend with little English or Spanish,
emojis and chat abbreviations; Argentine Spanish; Nigerian English), written blind from the
seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

TWOHUNDREDSIXTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (20) ----------------
    (
        "en", "task",
        "abeg my friend just land for china, him english "
        "no strong 😅 which card e go use for hospital?",
        "task:hospital",
    ),
    (
        "en", "task",
        "pls my padi wan buy drugs for pharmacy, wetin card she need? she no sabi english well",
        "task:pharmacy",
    ),
    (
        "en", "task",
        "asking for my guy 🙏🏾 he pay hospital bill "
        "from pocket, which card go help am get reimbursed?",
        "task:reimburse",
    ),
    (
        "en", "task",
        "my friend wan check her health file n medical "
        "history, which card abeg? she only sabi yoruba lol",
        "task:healthfile",
    ),
    (
        "en", "task",
        "how my friend go do medical insurance business "
        "online? na only phone e get, which card/cert?",
        "task:online",
    ),
    (
        "en", "task",
        "my uncle friend dey retire for here soon, which card he go use collect pension? 👴🏾",
        "task:pension",
    ),
    (
        "en", "task",
        "my padi lost his job last week 😩 "
        "which card for unemployment benefit?? his english small small",
        "task:unemployment",
    ),
    (
        "en", "task",
        "my friend injure for factory, work injury benefits na "
        "which card dem dey use? pls reply fast 🙏🏾",
        "task:injury",
    ),
    (
        "en", "task",
        "how my guy fit check wetin employer don pay into "
        "his social insurance? he no trust oga at all 😂",
        "task:contributions",
    ),
    (
        "en", "task",
        "which card my friend go use enter bus and subway? she dey try avoid cash",
        "task:transport",
    ),
    (
        "en", "task",
        "asking 4 a friend: d metro card thing na citizen card abi? 🚇",
        "task:transport",
    ),
    (
        "en", "task",
        "my friend wan use public reading room n other local services, which card she need? idk",
        "task:services",
    ),
    (
        "en", "task",
        "my guy need prove who he be but passport no dey with am rn, which card fit show identity?",
        "task:identity",
    ),
    (
        "en", "task",
        "how my friend go get social security card? "
        "she just start work for one company, no chinese",
        "task:getsocial",
    ),
    (
        "en", "task",
        "my padi wan activate the electronic social security card for him phone, how e go do am?",
        "task:getesocial",
    ),
    (
        "en", "task",
        "how to get that 医保电子凭证 thing for my friend phone? she fit read chinese small only",
        "task:getemedical",
    ),
    (
        "en", "task",
        "can my friend (foreigner o) apply for citizen card? who fit get am and how",
        "task:getcitizen",
    ),
    (
        "en", "task",
        "is it d health card my friend go use pay for hospital or na social security card? 🤔",
        "task:hospital",
    ),
    (
        "en", "task",
        "my guy get fever, wan buy medicine for chemist with insurance, wetin he go carry? 🤒",
        "task:pharmacy",
    ),
    (
        "en", "task",
        "my friend dey near retirement, how she go see total pension insurance wey don accumulate?",
        "task:contributions",
    ),
    # ---------------- English: short (18) ----------------
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "chemist", "task:pharmacy"),
    ("en", "short", "pensi", "task:pension"),
    ("en", "short", "danfo", "task:transport"),
    ("en", "short", "citizen crd", "card:citizen"),
    ("en", "short", "e social card", "card:esocial"),
    ("en", "short", "hlth card", "card:health"),
    ("en", "short", "nhis card", "card:medical"),
    ("en", "short", "shebaoka", "card:social"),
    ("en", "short", "ss numbr", "faq:10"),
    ("en", "short", "art 58", "law:sil-58"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "wrk injury", "task:injury"),
    ("en", "short", "lost card", "none"),
    ("en", "short", "card fee", "none"),
    ("en", "short", "all cards", "cards"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "visa renew", "none"),
    # ---------------- English: oos (18) ----------------
    (
        "en", "oos",
        "abeg my friend lost her social security card inside bus 😭 wetin she go do now?",
        "none",
    ),
    ("en", "oos", "how long e dey take to collect the card? my padi don wait 2 weeks o", "none"),
    ("en", "oos", "how much dem dey charge for citizen card? my friend broke small 😂", "none"),
    (
        "en", "oos",
        "what time social security bureau dey open on saturday? asking for my guy",
        "none",
    ),
    ("en", "oos", "my friend forget password for the app, how she go reset am? pls", "none"),
    (
        "en", "oos",
        "which hospital for Guangzhou dey accept foreigners insurance? my padi sick 🤒",
        "none",
    ),
    ("en", "oos", "can my friend send money go Naija with the social security card? 🇳🇬", "none"),
    ("en", "oos", "my friend work permit don expire, e fit still use the card?", "none"),
    ("en", "oos", "whr i fit buy jollof rice for Shenzhen lol my friend dey crave", "none"),
    (
        "en", "oos",
        "can my friend use her china social security card when she go back to Nigeria?",
        "none",
    ),
    ("en", "oos", "how to change d phone number linked to e social card for my friend", "none"),
    ("en", "oos", "my friend wan know exchange rate naira to rmb today 😅", "none"),
    (
        "en", "oos",
        "does my friend need bring original passport or photocopy go the bureau?",
        "none",
    ),
    ("en", "oos", "d card chip don spoil, my guy no fit tap again, how e go replace am?", "none"),
    (
        "en", "oos",
        "how much pension my friend go collect every month? she don work 8 yrs here",
        "none",
    ),
    (
        "en", "oos",
        "can my padi collect refund of her social insurance when she dey leave china for good?",
        "none",
    ),
    (
        "en", "oos",
        "is there english customer service number for the card? my friend no understand chinese",
        "none",
    ),
    ("en", "oos", "dem spell my friend name wrong for the card, how to correct am?", "none"),
    # ---------------- English: card (12) ----------------
    (
        "en", "card",
        "wetin be this electronic medical insurance certificate wey "
        "everybody dey talk? explain for my friend pls",
        "card:emedical",
    ),
    (
        "en", "card",
        "who dey issue the citizen card? my friend wan know b4 she go",
        "card:citizen:issuer",
    ),
    (
        "en", "card",
        "what does the health card record? asking for my padi wey be nurse",
        "card:health:records",
    ),
    (
        "en", "card",
        "can my friend use her social security card for another province or na only this "
        "city? 🤷🏾",
        ("law:ssc-4", "card:social:scope"),
    ),
    (
        "en", "card",
        "who dey manage health card for here? local health dept abi d hospital?",
        "card:health:manager",
    ),
    (
        "en", "card",
        "that chip card from human resources and social security, how safe "
        "e be? my friend fear say dem go hack am 😬",
        "card:social:security",
    ),
    (
        "en", "card",
        "define medical insurance card, short definition make my friend translate am",
        "card:medical:what",
    ),
    (
        "en", "card",
        "d card wey city dey give residents for bus n reading room, wetin be am exactly?",
        "card:citizen",
    ),
    (
        "en", "card",
        "who issue the old medical insurance card? na bank? my guy still get one",
        "card:medical:issuer",
    ),
    (
        "en", "card",
        "wetin the e social security card dey do sef? like wetin e for? asking for my friend",
        "card:esocial:function",
    ),
    (
        "en", "card",
        "where can the electronic medical insurance cert "
        "be used? all medical insurance business abi?",
        "card:emedical:scope",
    ),
    (
        "en", "card",
        "who be the manager of social security card issuance for whole country? my padi dey ask",
        "card:social:manager",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en", "compare",
        "health card vs citizen card, abeg explain d diff for my padi",
        "cmp:health:citizen",
    ),
    (
        "en", "compare",
        "social security card and electronic social security "
        "card, wetin be difference? my friend confuse",
        "cmp:social:esocial",
    ),
    (
        "en", "compare",
        "my friend get health card, how e "
        "take differ from electronic medical insurance certificate?",
        "cmp:emedical:health",
    ),
    # ---------------- English: faq (3) ----------------
    ("en", "faq", "asking for a friend: health card = social security card? 🤔", "faq:1"),
    (
        "en", "faq",
        "what kinds of social insurance dey for china? my friend only know NHIS 😂",
        "faq:6",
    ),
    (
        "en", "faq",
        "when must my friend oga register am for social insurance? e don work 2 months no register",
        "faq:9",
    ),
    # ---------------- English: law (2) ----------------
    ("en", "law", "which laws this bot dey quote? send d list make my friend translate", "law"),
    (
        "en", "law",
        "wetin Social Insurance Law article 74 talk? my friend wey be lawyer wan know",
        "law:sil-74",
    ),
    # ---------------- English: greeting (2) ----------------
    ("en", "greeting", "hello o 👋🏾 how far", "greeting"),
    ("en", "greeting", "tnx plenty, my friend say God bless you 🙏🏾", "greeting"),
    # ---------------- Spanish: task (20) ----------------
    (
        "es", "task",
        "che, mi amiga no habla nada de castellano 😅 q tarjeta tiene q llevar al hospital?",
        "task:hospital",
    ),
    (
        "es", "task",
        "para un amigo: necesita comprar remedios en la farmacia, con cual tarjeta paga?",
        "task:pharmacy",
    ),
    (
        "es", "task",
        "mi amigo pagó la consulta de su bolsillo, como "
        "hace pa q le reintegren los gastos medicos? q tarjeta?",
        "task:reimburse",
    ),
    (
        "es", "task",
        "mi compa quiere ver su historia clinica / expediente de salud, q tarjeta usa?",
        "task:healthfile",
    ),
    (
        "es", "task",
        "x mi amiga: quiere hacer tramites del seguro medico online desde el celu, con q lo hace?",
        "task:online",
    ),
    (
        "es", "task",
        "mi viejo tiene un amigo q se jubila aca en china, con q tarjeta cobra la jubilacion? 👴",
        "task:pension",
    ),
    (
        "es", "task",
        "a mi amigo lo rajaron del laburo 😩 q tarjeta necesita pa cobrar el seguro de desempleo?",
        "task:unemployment",
    ),
    (
        "es", "task",
        "mi amigo se lastimó laburando en la fabrica, "
        "pa los beneficios x accidente de trabajo q onda?",
        "task:injury",
    ),
    (
        "es", "task",
        "como hace mi amiga pa chequear si el empleador le "
        "paga los aportes? no le cree nada al jefe jaja",
        "task:contributions",
    ),
    (
        "es", "task",
        "q tarjeta usa mi amigo pal bondi y el subte? algo tipo la SUBE de aca?",
        "task:transport",
    ),
    (
        "es", "task",
        "es la tarjeta ciudadana la q sirve pal subte? pregunto x un amigo q no entiende nada",
        "task:transport",
    ),
    (
        "es", "task",
        "mi amiga quiere usar la sala de lectura "
        "publica y otros servicios de la ciudad, q tarjeta?",
        "task:services",
    ),
    (
        "es", "task",
        "mi amigo tiene q demostrar quien es y "
        "no tiene el pasaporte encima, alguna tarjeta le sirve?",
        "task:identity",
    ),
    (
        "es", "task",
        "como saca mi amiga la tarjeta de seguridad "
        "social? recien arranca a laburar y no habla chino",
        "task:getsocial",
    ),
    (
        "es", "task",
        "mi amigo quiere activar la tarjeta de seguridad social electronica en el celu, como hace?",
        "task:getesocial",
    ),
    (
        "es", "task",
        "quien puede sacar el certificado electronico de seguro medico? "
        "mi amiga no habla ni chino ni español 😬",
        "task:getemedical",
    ),
    (
        "es", "task",
        "puede mi amigo extranjero sacar la tarjeta ciudadana? donde se tramita?",
        "task:getcitizen",
    ),
    (
        "es", "task",
        "pa pagar el medico: tarjeta de salud o la de seguridad social? mi amigo re perdido 🤷‍♂️",
        "task:hospital",
    ),
    (
        "es", "task",
        "mi amiga se jubila el año q viene, quiere ver "
        "cuanto acumuló en el seguro de vejez, con q consulta?",
        "task:contributions",
    ),
    (
        "es", "task",
        "pa comprar remedios es la tarjeta ciudadana o la de seguro medico? 🤔 pregunta mi compa",
        "task:pharmacy",
    ),
    # ---------------- Spanish: short (18) ----------------
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "jubila", "task:pension"),
    ("es", "short", "sube", "task:transport"),
    ("es", "short", "tarj ciud", "card:citizen"),
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "ss electronica", "card:esocial"),
    ("es", "short", "certif electr", "card:emedical"),
    ("es", "short", "cuil", "faq:10"),
    ("es", "short", "articulo 75", "law:sil-75"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "accid laboral", "task:injury"),
    ("es", "short", "perdi tarjeta", "none"),
    ("es", "short", "precio tarj", "none"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "reintegro", "task:reimburse"),
    ("es", "short", "horario", "none"),
    ("es", "short", "aportes", "task:contributions"),
    # ---------------- Spanish: oos (18) ----------------
    (
        "es", "oos",
        "che mi amiga perdió la tarjeta de seguridad social en el subte 😭 q hace?",
        "none",
    ),
    (
        "es", "oos",
        "cuanto tarda en salir la tarjeta ciudadana? mi amigo ya espera hace un mes",
        "none",
    ),
    ("es", "oos", "cuanta guita sale hacer la tarjeta? pregunto x un amigo q anda corto", "none"),
    ("es", "oos", "a q hora abre la oficina de seguridad social los sabados?", "none"),
    ("es", "oos", "mi amigo se olvidó la contraseña de la app, como la resetea? 🙏", "none"),
    (
        "es", "oos",
        "q hospital en Shanghai atiende en ingles o castellano? mi amiga esta re enferma",
        "none",
    ),
    ("es", "oos", "puede mi amigo usar la tarjeta en Argentina cuando vuelva? 🇦🇷", "none"),
    ("es", "oos", "donde se consigue yerba en Beijing? mi amigo esta sufriendo jaja 🧉", "none"),
    ("es", "oos", "cuanto cobra de jubilacion x mes mi amigo si aportó 10 años?", "none"),
    ("es", "oos", "mi amiga se va de china para siempre, le devuelven los aportes?", "none"),
    (
        "es", "oos",
        "q papeles tiene q llevar mi amigo pa tramitar la tarjeta? pasaporte original o fotocopia?",
        "none",
    ),
    ("es", "oos", "el chip de la tarjeta no anda, como la cambia mi amigo?", "none"),
    (
        "es", "oos",
        "hay atencion al cliente en español? mi amiga no entiende chino ni ingles",
        "none",
    ),
    (
        "es", "oos",
        "le escribieron mal el nombre a mi amigo en la tarjeta, como lo corrige?",
        "none",
    ),
    (
        "es", "oos",
        "como cambia mi amiga el numero de celu vinculado a la tarjeta electronica?",
        "none",
    ),
    ("es", "oos", "cuanto esta el dolar blue hoy? jaja perdon, mi amigo pregunta 😂", "none"),
    ("es", "oos", "mi amigo tiene la visa vencida, igual puede usar la tarjeta?", "none"),
    ("es", "oos", "mi amiga quiere saber si la prepaga de argentina le cubre aca en china", "none"),
    # ---------------- Spanish: card (12) ----------------
    (
        "es", "card",
        "q es la tarjeta de seguridad social? mi amigo no entiende una 😅",
        "card:social",
    ),
    (
        "es", "card",
        "quien emite la tarjeta electronica de seguridad social?",
        "card:esocial:issuer",
    ),
    (
        "es", "card",
        "q registra la tarjeta de salud? mi amiga es enfermera y quiere saber",
        "card:health:records",
    ),
    (
        "es", "card",
        "la tarjeta vieja de seguro medico es segura? mi amigo tiene miedo q le roben los datos",
        "card:medical:security",
    ),
    (
        "es", "card",
        "definicion de certificado electronico de seguro medico, cortita pa q la traduzca mi amigo",
        "card:emedical:what",
    ),
    (
        "es", "card",
        "quien gestiona la tarjeta de salud? el hospital o salud publica?",
        "card:health:manager",
    ),
    (
        "es", "card",
        "pa q sirve la tarjeta de seguridad social? mi amigo la tiene y no la usa nunca jaja",
        "card:social:function",
    ),
    (
        "es", "card",
        "la tarjeta q te da el municipio pa viajar en bondi y entrar a la biblioteca, q es?",
        "card:citizen",
    ),
    (
        "es", "card",
        "la tarjeta de seguridad social es fisica o electronica? mi compa no sabe",
        "card:social:form",
    ),
    (
        "es", "card",
        "quien puede tener la tarjeta de seguro medico vieja?",
        "card:medical:eligibility",
    ),
    (
        "es", "card",
        "donde se usa la tarjeta de salud? mi amiga pregunta xq no le sale explicarlo",
        "card:health:scope",
    ),
    (
        "es", "card",
        "ese certificado de seguro medico q va en el celu, el de 医保, quien lo emite?",
        "card:emedical:issuer",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es", "compare",
        "cual es la dif entre la tarjeta vieja de seguro "
        "medico y el certificado electronico? mi amiga tiene las dos creo",
        "cmp:medical:emedical",
    ),
    (
        "es", "compare",
        "tarjeta ciudadana o tarjeta de salud, cual es la diferencia? pregunta mi amiga",
        "cmp:health:citizen",
    ),
    (
        "es", "compare",
        "comparame la tarjeta de seguridad social fisica con la electronica porfa 🙏",
        "cmp:social:esocial",
    ),
    # ---------------- Spanish: faq (3) ----------------
    (
        "es", "faq",
        "la tarjeta ciudadana y la de seguridad social son la misma tarjeta? mi amigo jura q si",
        "faq:3",
    ),
    (
        "es", "faq",
        "el certificado electronico de seguro medico y la "
        "tarjeta electronica de seguridad social son lo mismo?",
        "faq:5",
    ),
    ("es", "faq", "q tipos de tarjeta de seguridad social hay? pregunto x una amiga", "faq:8"),
    # ---------------- Spanish: law (2) ----------------
    (
        "es", "law",
        "q dice el articulo 4 de las medidas de tarjetas de seguridad social? mi amigo es abogado",
        "law:ssc-4",
    ),
    ("es", "law", "pasame la lista de articulos de ley q citan, porfa", "law"),
    # ---------------- Spanish: greeting (2) ----------------
    ("es", "greeting", "holaa che, todo bien? 👋", "greeting"),
    ("es", "greeting", "graciass genio!! mi amiga te manda saludos 🙌", "greeting"),
)
