"""Forty-first phrasing set (sceptics and people given conflicting advice, checking claims
against what the bot knows), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

FORTYFIRST: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "my coworker swears i need the citizen card to see a doctor but the reception desk "
            "said social security card. which one do i bring to the hospital"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "someone told me you cant buy medicine at a pharmacy with the social card, only cash. "
            "is that right?"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "is it true i can only get my medical bills reimbursed with the social security card? "
            "my landlord says any card works"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "HR says my health records are on the social security card, my doctor says no its the "
            "health card. who's right? i just want to look up my medical history"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "a friend told me that to do medical insurance stuff online i need the e-social card, "
            "but the app keeps asking for something else. which one is actually for medical "
            "insurance online"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "my father-in-law insists you collect your pension with a normal bank card, not the "
            "social security card. is he right??"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "lost my job last week. the guy at the agency said i dont need any card to claim "
            "unemployment benefits, sounds wrong to me. what do i need"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "hurt my hand at the factory and my boss says work injury claims dont go through the "
            "social security card at all. true?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "is it true i can check myself whether my company actually paid my social insurance? "
            "my manager says only the company can see that"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "my neighbour says the metro takes the social security card. i thought it was the "
            "citizen card. which one works on the subway"
        ),
        "task:transport",
    ),
    (
        "en",
        "task",
        (
            "someone at the library told me i need a citizen card to use the public reading room, "
            "is that even a thing?"
        ),
        "task:services",
    ),
    (
        "en",
        "task",
        (
            "the bank clerk said my social security card can prove who i am and my colleague "
            "laughed at me. which card actually proves identity"
        ),
        "task:identity",
    ),
    (
        "en",
        "task",
        (
            "my colleague says the company applies for the social security card for me, my friend "
            "says i have to go myself. how do you actually get one"
        ),
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "Is it true that you cannot get the electronic social security card unless you already"
            " have the physical one?"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "was told i need to be enrolled in medical insurance before i can get the electronic "
            "medical insurance certificate, really?"
        ),
        "task:getemedical",
    ),
    (
        "en",
        "task",
        (
            "who can get a citizen card? one friend says only locals, another says anyone who "
            "works in the city"
        ),
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        (
            "pharmacist told me my old medical insurance card is still fine for buying drugs but "
            "my wife says that card got replaced. which card do i use at the pharmacy now"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "getting conflicting advice about registering at the hospital: health card or social "
            "security card? which one do hospitals actually want at the counter"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "do i really need a card to get my hospital costs reimbursed or is the receipt enough?"
            " my aunt says no card needed"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "my teacher says the citizen card works like an e-wallet on buses. real or urban myth",
        "task:transport",
    ),
    (
        "en",
        "task",
        (
            "is it true the health card is what you use to look up your own health file and not "
            "the social card"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "forum post claims the e-medical insurance certificate is all you need to handle "
            "medical insurance business online. fact check pls"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "my friend claims pension withdrawals need the citizen card. i say social card. settle"
            " this for us"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "someone said you register as unemployed with your citizen card but the office said "
            "the social card. who is right"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "Dear sir or madam, my HR department informs me that work-related injury benefits are "
            "claimed with the medical insurance card. Is this correct?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "i keep hearing you can see how much has been paid into your pension and medical "
            "insurance using the social security card. legit or do i have to ask my employer"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "my flatmate says i should show my social security card as ID at the government "
            "office. which card is meant for proving identity"
        ),
        "task:identity",
    ),
    (
        "en",
        "task",
        (
            "heard it's the employer who has to sort out my social security card when i get hired."
            " true or do i apply myself?"
        ),
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "apparently you activate the electronic social card from the physical card? colleague "
            "says you just download an app and done. how does it really work"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "everyone tells me something different about how to get these cards. how do you get "
            "each one?"
        ),
        "tasks:getcard",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "e-social", "card:esocial"),
    ("en", "short", "health ca", "card:health"),
    ("en", "short", "reimbursement", "task:reimburse"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "article 58", "law:sil-58"),
    ("en", "short", "unemploym", "task:unemployment"),
    ("en", "short", "medical card", "card:medical"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "e-medical", "card:emedical"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        (
            "my colleague says replacing a lost social security card costs 20 yuan, the office "
            "says its free. which is it"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        "is it true it takes 3 months to get the social card? a friend said one week",
        "none",
    ),
    (
        "en",
        "oos",
        "someone told me foreigners can't get a citizen card at all, is that true?",
        "none",
    ),
    (
        "en",
        "oos",
        "my boss says the housing fund is paid out through the social security card. true?",
        "none",
    ),
    (
        "en",
        "oos",
        "is it true the social security card PIN gets locked after 3 wrong tries?",
        "none",
    ),
    (
        "en",
        "oos",
        "a friend says the pension contribution rate is 8% of salary, HR says 10%. who's right",
        "none",
    ),
    (
        "en",
        "oos",
        (
            "heard that in shanghai the social card expires after 10 years and you have to renew "
            "it. real?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "my friend says i can withdraw all my pension money when i leave china for good. is "
            "that right?"
        ),
        "none",
    ),
    ("en", "oos", "is it true that the beijing citizen card gets you into parks for free?", "none"),
    (
        "en",
        "oos",
        "colleague says you can use your medical insurance card in hong kong hospitals. true?",
        "none",
    ),
    (
        "en",
        "oos",
        (
            "someone told me the maximum you can get reimbursed per year is 300k yuan, is that the"
            " cap?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        "is it true my employer gets fined for registering me late? how big is the fine",
        "none",
    ),
    (
        "en",
        "oos",
        (
            "my wife heard you can link the social card to alipay to pay the electricity bill. is "
            "that true"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "someone said you get a tax refund through the social security card. is that a real "
            "thing"
        ),
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        (
            "my friend says the citizen card is issued by the social security bureau. i thought it"
            " was the local government? who issues it"
        ),
        "card:citizen:issuer",
    ),
    (
        "en",
        "card",
        (
            "is it true the old medical insurance card is less secure? someone said it's just as "
            "safe as anything else"
        ),
        "card:medical:security",
    ),
    (
        "en",
        "card",
        (
            "a colleague told me the social security card is basically just a bank card. what "
            "actually is it?"
        ),
        "card:social:what",
    ),
    (
        "en",
        "card",
        (
            "what is the electronic social security card really? my friend says it's just a "
            "screenshot of the physical card"
        ),
        "card:esocial:what",
    ),
    (
        "en",
        "card",
        "who manages the health card? someone told me it's the ministry of human resources",
        "card:health:manager",
    ),
    (
        "en",
        "card",
        (
            "tell me everything about the electronic medical insurance certificate, i've heard way"
            " too many contradicting things"
        ),
        "card:emedical",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "my colleague says the citizen card and the health card do the same job. how do they "
            "actually differ"
        ),
        "cmp:health:citizen",
    ),
    (
        "en",
        "compare",
        (
            "the office says the old medical card and the social card are different, my friend "
            "says same card new name. compare them please"
        ),
        ("cmp:social:medical", "faq:2"),
    ),
    (
        "en",
        "compare",
        (
            "everyone mixes up the electronic social security card and the electronic medical "
            "insurance certificate. whats the real difference"
        ),
        ("cmp:esocial:emedical", "faq:5"),
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        (
            "is it true the health card counts as a social security card? my landlord insists it "
            "does"
        ),
        ("faq:1", "cmp:social:health"),
    ),
    (
        "en",
        "faq",
        (
            "someone told me there are only two kinds of social insurance, pension and medical. "
            "how many kinds are there really"
        ),
        "faq:6",
    ),
    (
        "en",
        "faq",
        (
            "my new employer says they have 3 months to register me for social insurance. is that "
            "allowed? when do they have to do it"
        ),
        ("faq:9", "law:sil-58"),
    ),
    (
        "en",
        "faq",
        (
            "a guy at the bank told me my social security number is different from my ID number. "
            "is he right?"
        ),
        "faq:10",
    ),
    (
        "en",
        "faq",
        (
            "is the human resources and social security card actually a social security card? HR "
            "uses one name and the hospital the other"
        ),
        "faq:4",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        (
            "my boss claims no law says they must register me within 30 days. which article of the"
            " social insurance law says that?"
        ),
        "law:sil-58",
    ),
    (
        "en",
        "law",
        (
            "someone told me the social security card measures aren't a real regulation. what does"
            " article 3 say about who is in charge?"
        ),
        "law:ssc-3",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi, need a quick fact check", "greeting"),
    ("en", "greeting", "thanks, that settles the argument with my coworker", "greeting"),
    ("en", "greeting", "ok bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        (
            "me dijeron que para ir al hospital necesito la tarjeta de salud y no la de seguridad "
            "social, es verdad?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "mi compañero dice que en la farmacia no aceptan la tarjeta de seguridad social, cual "
            "uso para comprar medicinas"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "es cierto que los gastos médicos se reembolsan con la tarjeta de seguridad social? en"
            " la oficina me dijeron otra cosa"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "quiero ver mi historial médico. una amiga dice que está en la tarjeta ciudadana, yo "
            "creo que en la tarjeta de salud. quién tiene razón"
        ),
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "me dijeron que para hacer trámites del seguro médico por internet basta con la "
            "tarjeta electrónica de seguridad social. es así?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        (
            "mi suegra insiste en que la pensión se cobra con la tarjeta ciudadana, quién tiene "
            "razón"
        ),
        "task:pension",
    ),
    (
        "es",
        "task",
        (
            "me quedé sin trabajo y un conocido dice que el subsidio de desempleo no tiene nada "
            "que ver con ninguna tarjeta. qué tarjeta necesito"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "tuve un accidente en la obra. el jefe dice que las prestaciones por accidente laboral"
            " no se tramitan con la tarjeta de seguridad social, es mentira?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "es verdad que puedo consultar yo mismo si mi empresa ha pagado mis cotizaciones? en "
            "RRHH dicen que eso es privado"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "mi vecino dice que en el metro se paga con la tarjeta de seguridad social. no será la"
            " tarjeta ciudadana?"
        ),
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "alguien me contó que con la tarjeta ciudadana se puede entrar a las salas de lectura "
            "públicas. es cierto?"
        ),
        "task:services",
    ),
    (
        "es",
        "task",
        (
            "es cierto que la tarjeta de seguridad social sirve como documento de identidad? mi "
            "jefe dice que no vale para eso"
        ),
        "task:identity",
    ),
    (
        "es",
        "task",
        (
            "me dijeron que la tarjeta de seguridad social la pide la empresa al contratarte, "
            "otros dicen que la pido yo. cómo se consigue"
        ),
        "task:getsocial",
    ),
    (
        "es",
        "task",
        (
            "es verdad que la tarjeta electrónica de seguridad social solo se puede activar si ya "
            "tienes la física?"
        ),
        "task:getesocial",
    ),
    (
        "es",
        "task",
        (
            "un amigo dice que cualquiera puede sacar el certificado electrónico de seguro médico "
            "aunque no tenga seguro. es así?"
        ),
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "quién puede sacar la tarjeta ciudadana? me dijeron que solo los residentes locales",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        (
            "en la clínica me dijeron que para pagar la consulta hace falta la tarjeta de salud, "
            "pero mi colega paga con la de seguridad social. cuál es la buena para el hospital?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "la farmacéutica dice que la vieja tarjeta de seguro médico ya no sirve para comprar "
            "medicamentos, mi marido dice que sí. con qué tarjeta compro en la farmacia"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "oí que para que me devuelvan lo que pagué en el hospital tengo que llevar la tarjeta "
            "de seguridad social. verdad o rumor?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "es cierto que la tarjeta ciudadana funciona como monedero electrónico en el autobús?",
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "dicen que la tarjeta de salud sirve para consultar tu expediente de salud personal, "
            "me lo confirmas?"
        ),
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "en un grupo de wechat dicen que el certificado electrónico de seguro médico es lo "
            "único que vale para gestiones del seguro médico en línea. verdad?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        (
            "mi padre dice que para cobrar la jubilación se usa la tarjeta de seguridad social, mi"
            " tío dice que basta con el pasaporte. quién acierta"
        ),
        "task:pension",
    ),
    (
        "es",
        "task",
        (
            "me dijeron que la inscripción como desempleado se hace con la tarjeta ciudadana. no "
            "es con la de seguridad social?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "Estimados señores: en recursos humanos me indican que las prestaciones por accidente "
            "de trabajo se gestionan con la antigua tarjeta de seguro médico. Me parece extraño, "
            "¿es correcto?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "es verdad que con la tarjeta de seguridad social se puede ver cuánto llevo pagado en "
            "pensión y seguro médico?"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "un compañero dice que para demostrar quién soy en una oficina del gobierno sirve la "
            "tarjeta ciudadana. qué tarjeta prueba la identidad"
        ),
        "task:identity",
    ),
    (
        "es",
        "task",
        (
            "es cierto que necesito estar dado de alta en el seguro médico antes de poder obtener "
            "el certificado electrónico de seguro médico?"
        ),
        "task:getemedical",
    ),
    (
        "es",
        "task",
        (
            "me dijeron que la tarjeta electrónica de seguridad social se saca directo en una app "
            "sin tener la física. cómo es en realidad"
        ),
        "task:getesocial",
    ),
    (
        "es",
        "task",
        (
            "cada persona me dice algo distinto sobre qué tarjeta usar en el día a día: "
            "transporte, servicios públicos, identificarme. qué dice tu guía?"
        ),
        "tasks:life",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "seguridad soc", "card:social"),
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "tipos seguro", "faq:6"),
    ("es", "short", "historial médico", "task:healthfile"),
    ("es", "short", "cotizaciones", "task:contributions"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        (
            "me dijeron que si pierdo la tarjeta de seguridad social la reposición cuesta 50 "
            "yuanes, es cierto?"
        ),
        "none",
    ),
    ("es", "oos", "es verdad que tardan dos meses en entregarte la tarjeta ciudadana?", "none"),
    (
        "es",
        "oos",
        (
            "un amigo dice que los extranjeros no tenemos derecho al seguro de desempleo, es "
            "cierto?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "me dijeron que el fondo de vivienda se consulta con la tarjeta de seguridad social. "
            "es así?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        "es verdad que si olvidas el PIN de la tarjeta hay que ir en persona al banco?",
        "none",
    ),
    (
        "es",
        "oos",
        (
            "mi compañero dice que la empresa paga el 16% para la pensión, en la oficina dan otra "
            "cifra. cuál es el porcentaje real?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "es cierto que en Shenzhen la tarjeta de seguridad social hay que renovarla cada cinco"
            " años?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        "me contaron que al irme de China me devuelven todo lo cotizado. es verdad?",
        "none",
    ),
    (
        "es",
        "oos",
        (
            "dicen que con la tarjeta de salud te hacen descuento en el dentista privado, es "
            "verdad?"
        ),
        "none",
    ),
    ("es", "oos", "es cierto que la tarjeta de seguro médico sirve también en Macao?", "none"),
    (
        "es",
        "oos",
        (
            "alguien me dijo que el subsidio de desempleo es de 1500 yuanes al mes. cuánto es "
            "realmente?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        "es cierto que se puede pagar la factura del móvil con la tarjeta de seguridad social?",
        "none",
    ),
    ("es", "oos", "me dijeron que la baja por maternidad dura 98 días, es correcto?", "none"),
    (
        "es",
        "oos",
        "es verdad que la multa por no pagar el seguro social es el triple de lo debido?",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        (
            "me dijeron que la tarjeta de seguridad social la emite el banco. quién la emite de "
            "verdad?"
        ),
        "card:social:issuer",
    ),
    (
        "es",
        "card",
        "es cierto que la tarjeta de salud registra tus gastos médicos?",
        "card:health:records",
    ),
    (
        "es",
        "card",
        (
            "quién emite el certificado electrónico de seguro médico? un amigo dice que el "
            "ministerio de recursos humanos"
        ),
        "card:emedical:issuer",
    ),
    (
        "es",
        "card",
        (
            "la tarjeta de seguridad social es física o electrónica? mi jefe dice que ahora todo "
            "es digital"
        ),
        "card:social:form",
    ),
    (
        "es",
        "card",
        "dónde se puede usar la tarjeta ciudadana? me dicen que solo sirve para el autobús",
        "card:citizen:scope",
    ),
    (
        "es",
        "card",
        (
            "es verdad que la tarjeta de seguridad social vale en todo el país o solo en la "
            "provincia donde la sacaste?"
        ),
        ("card:social:scope", "law:ssc-4"),
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "mi compañera dice que la tarjeta ciudadana y la de seguridad social son iguales pero "
            "en la oficina dicen que no. en qué se diferencian?"
        ),
        ("cmp:social:citizen", "faq:3"),
    ),
    (
        "es",
        "compare",
        (
            "diferencias entre la tarjeta de seguro médico vieja y el certificado electrónico de "
            "seguro médico? me dicen que es lo mismo pero en digital"
        ),
        "cmp:medical:emedical",
    ),
    (
        "es",
        "compare",
        (
            "tarjeta de seguridad social vs tarjeta electrónica de seguridad social, alguien dice "
            "que no tienen nada que ver. compáralas"
        ),
        "cmp:social:esocial",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        "es verdad que la tarjeta de seguridad social y la de seguro médico son la misma?",
        ("faq:2", "cmp:social:medical"),
    ),
    (
        "es",
        "faq",
        "me dijeron que hay un solo tipo de tarjeta de seguridad social. cuántos tipos hay?",
        "faq:8",
    ),
    (
        "es",
        "faq",
        (
            "qué registra la tarjeta de seguridad social y qué puedo hacer con ella? cada quien me"
            " dice algo diferente"
        ),
        "faq:7",
    ),
    (
        "es",
        "faq",
        (
            "es cierto que la tarjeta de recursos humanos y seguridad social es una tarjeta de "
            "seguridad social?"
        ),
        "faq:4",
    ),
    (
        "es",
        "faq",
        (
            "un compañero me dijo que mi número de seguridad social es otro número aparte. cuál es"
            " mi número de seguridad social?"
        ),
        "faq:10",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        (
            "es cierto que la ley obliga al seguro social a dejarme consultar mis cotizaciones "
            "gratis? qué artículo lo dice"
        ),
        "law:sil-74",
    ),
    (
        "es",
        "law",
        (
            "me dijeron que la ley de seguro social no dice nada sobre los principios del sistema."
            " qué dice el artículo 3?"
        ),
        "law:sil-3",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, tengo una duda", "greeting"),
    ("es", "greeting", "gracias, ya le enseñé a mi compañero que estaba equivocado", "greeting"),
    ("es", "greeting", "vale, adiós", "greeting"),
)
