"""Thirtieth phrasing set (Latin American Spanish speakers from Mexico, Argentina, Colombia,
Venezuela and Peru using regional words; English speakers from India, Nigeria and the Philippines
using their own idioms), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

THIRTIETH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task", "Good morning sir, kindly tell which card I should carry to hospital for OPD "
     "registration tomorrow", "task:hospital"),
    ("en", "task", "abeg which card i go use pay hospital bill for here china, my pikin dey sick",
     "task:hospital"),
    ("en", "task", "My hospital appointment got preponed to tomorrow morning itself. Which card I "
     "must bring for seeing the doctor?", "task:hospital"),
    ("en", "task", "Need to buy medicines from chemist shop near my flat, which card will work "
     "there?", "task:pharmacy"),
    ("en", "task", "hi po which card can i use at the drugstore for my maintenance meds? "
     "thank u po",
     "task:pharmacy"),
    ("en", "task", "Dear Sir/Madam, I had paid hospital charges from my own pocket last month. "
     "Kindly advise which card is required for getting the medical expenses reimbursed. Kindly "
     "revert at the earliest.", "task:reimburse"),
    ("en", "task", "how i go take collect back the money wey i spend for hospital? "
     "na my own money o",
     "task:reimburse"),
    ("en", "task", "I want to check my past medical records, which card is having my health file?",
     "task:healthfile"),
    ("en", "task", "pls po how do i look up my health file, the new doctor is asking for my "
     "previous history", "task:healthfile"),
    ("en", "task", "I wish to do medical insurance work online only, no need of going to office. "
     "What is the procedure and which card is used?", "task:online"),
    ("en", "task", "can i process my medical insurance stuff thru the internet po? what do i need",
     "task:online"),
    ("en", "task", "My father-in-law is retiring next year here in Suzhou, which card will he use "
     "to draw his pension?", "task:pension"),
    ("en", "task", "oga for my company don sack me yesterday. which card i go use claim "
     "unemployment benefit", "task:unemployment"),
    ("en", "task", "Respected sir, I have been terminated from my job. Please do the needful and "
     "inform how to apply for unemployment insurance benefits", "task:unemployment"),
    ("en", "task", "I got injured at factory site while on duty, which card is required for "
     "work injury benefits?", "task:injury"),
    ("en", "task", "na accident for work site o, my leg don break. how i go claim the injury "
     "benefit wey dem dey talk", "task:injury"),
    ("en", "task", "How to check whether my company is actually paying my social insurance "
     "contributions? I am having one doubt they are cheating", "task:contributions"),
    ("en", "task", "i want to see how much has been paid into my social insurance so far po, "
     "where can i check", "task:contributions"),
    ("en", "task", "which card can i tap on the bus and metro? im tired of buying single journey "
     "tickets", "task:transport"),
    ("en", "task", "Back home I ride jeepney and MRT with a beep card, what is the equivalent here "
     "for bus and subway?", "task:transport"),
    ("en", "task", "I want to use the public reading room in my city, which card gives access?",
     "task:services"),
    ("en", "task", "Which card can I use as proof of identity here? My passport is with the visa "
     "office for one week", "task:identity"),
    ("en", "task", "How do I get the social security card? Just joined new company last week, "
     "HR is out of station", "task:getsocial"),
    ("en", "task", "how to get the electronic social security card on my phone, i already have "
     "the physical one", "task:getesocial"),
    ("en", "task", "Kindly guide the procedure to obtain the electronic medical insurance "
     "certificate. Who all can apply?", "task:getemedical"),
    ("en", "task", "how can a person apply for the citizen card and who is eligible? abeg explain",
     "task:getcitizen"),
    ("en", "task", "For health matters like doctor, medicines, reimbursement etc, which card does "
     "what? Please give full picture", "tasks:care"),
    ("en", "task", "which cards handle the money side po, like pension, unemployment, "
     "contributions", "tasks:money"),
    ("en", "task", "For daily life things like travelling by bus, library, showing ID, which card "
     "should I use?", "tasks:life"),
    ("en", "task", "I want to get all my cards sorted out, how to obtain each one? Kindly do the "
     "needful", "tasks:getcard"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "hospitl", "task:hospital"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "e social", "card:esocial"),
    ("en", "short", "health crd", "card:health"),
    ("en", "short", "medical card", "card:medical"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "SS number", "faq:10"),
    ("en", "short", "e-medical", "card:emedical"),
    ("en", "short", "law articles", "law"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "I lost my social security card in an auto-rickshaw, what is the procedure for "
     "getting duplicate?", "none"),
    ("en", "oos", "how many days it will take to get social card after applying", "none"),
    ("en", "oos", "what is the fee for making citizen card? kindly revert", "none"),
    ("en", "oos", "my social security card is expiring next month po, how to renew it", "none"),
    ("en", "oos", "forgot my card PIN pls help urgent!!!", "none"),
    ("en", "oos", "What percentage of salary is deducted for pension contribution every month?",
     "none"),
    ("en", "oos", "In Shenzhen what are the specific rules for the citizen card?", "none"),
    ("en", "oos", "As a Nigerian on work visa, am I entitled to collect Chinese pension when I go "
     "back to Lagos?", "none"),
    ("en", "oos", "how do i withdraw my housing provident fund before leaving china", "none"),
    ("en", "oos", "Can I transfer my China social insurance to SSS when I go back to the "
     "Philippines po?", "none"),
    ("en", "oos", "What is the helpline number of the social security bureau?", "none"),
    ("en", "oos", "does the medical insurance cover dental braces for my daughter", "none"),
    ("en", "oos", "how much unemployment money will I get per month? abeg tell me the amount",
     "none"),
    ("en", "oos", "What are the office timings of the social security office on Saturday?", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "What exactly is this electronic medical insurance certificate? Kindly explain "
     "in simple words", "card:emedical"),
    ("en", "card", "who is issuing the social security card, is it the bank or government?",
     "card:social:issuer"),
    ("en", "card", "Which department is managing the health card?", "card:health:manager"),
    ("en", "card", "is the old medical insurance card safe? someone can misuse it if it drop?",
     "card:medical:security"),
    ("en", "card", "the electronic social security card, is it a physical card or only inside the "
     "phone po?", "card:esocial:form"),
    ("en", "card", "Where all can the citizen card be used?", "card:citizen:scope"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "difference between health card and old medical insurance card?",
     "cmp:medical:health"),
    ("en", "compare", "social security card vs citizen card, which one is better and what is the "
     "difference", ("cmp:social:citizen", "faq:3")),
    ("en", "compare", "electronic social security card and the physical social security card, "
     "how they differ?", "cmp:social:esocial"),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "Is health card and social security card one and the same thing only?",
     ("faq:1", "cmp:social:health")),
    ("en", "faq", "Human resources and social security card is same as social security card or "
     "not?", "faq:4"),
    ("en", "faq", "How many kinds of social insurance are there in China?", "faq:6"),
    ("en", "faq", "Within how many days my employer must register me for social insurance? I "
     "joined 2 weeks back", ("faq:9", "law:sil-58")),
    ("en", "faq", "wetin be my social security number? e different from my ID number?", "faq:10"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "What does article 74 of the social insurance law say?", "law:sil-74"),
    ("en", "law", "Kindly share the article of the Administrative Measures which says who manages "
     "social security cards", "law:ssc-3"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "Good morning sir, hope you are doing well", "greeting"),
    ("en", "greeting", "thank u so much po, very helpful! God bless", "greeting"),
    ("en", "greeting", "how far? well done o", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "¿qué tarjeta tengo que llevar al hospital? mañana tengo consulta",
     "task:hospital"),
    ("es", "task", "che, ¿con qué tarjeta saco turno en el hospital acá en China?",
     "task:hospital"),
    ("es", "task", "parce, ¿con cuál tarjeta compro los remedios en la droguería?",
     "task:pharmacy"),
    ("es", "task", "en la botica me pidieron una tarjeta para darme la medicina, ¿cuál es?",
     "task:pharmacy"),
    ("es", "task", "Buenas tardes, quisiera saber qué tarjeta necesito para que me reembolsen los "
     "gastos médicos de mi esposa. Muchas gracias de antemano.", "task:reimburse"),
    ("es", "task", "pagué todo de mi bolsillo en el sanatorio, ¿cómo hago el reintegro de los "
     "gastos?", "task:reimburse"),
    ("es", "task", "quiero ver mi historial clínico, ¿con qué tarjeta lo consulto?",
     "task:healthfile"),
    ("es", "task", "necesito mi expediente médico para platicarlo con un doctor nuevo, ¿dónde lo "
     "busco?", "task:healthfile"),
    ("es", "task", "¿cómo hago los trámites del seguro médico por internet sin ir a la oficina?",
     "task:online"),
    ("es", "task", "chamo, ¿puedo hacer las vainas del seguro médico en línea? qué necesito",
     "task:online"),
    ("es", "task", "mi suegro se jubila el otro año, ¿con qué tarjeta cobra su jubilación?",
     "task:pension"),
    ("es", "task", "ya me retiré después de veinte años de laburo en Shanghái, ¿cómo cobro la "
     "pensión?", "task:pension"),
    ("es", "task", "me corrieron de la chamba, ¿qué tarjeta ocupo para pedir el seguro de "
     "desempleo?", "task:unemployment"),
    ("es", "task", "me quedé sin laburo, ¿cómo cobro el subsidio por desempleo?",
     "task:unemployment"),
    ("es", "task", "me accidenté en la fábrica, ¿qué tarjeta sirve para el seguro de accidente "
     "laboral?", "task:injury"),
    ("es", "task", "parcero me lastimé en el camello, ¿cómo reclamo lo del accidente de trabajo?",
     "task:injury"),
    ("es", "task", "¿cómo reviso si mi patrón sí me está pagando las cuotas del seguro social?",
     "task:contributions"),
    ("es", "task", "quiero consultar mis aportes, ¿dónde veo lo que se ha pagado hasta ahora?",
     "task:contributions"),
    ("es", "task", "¿hay alguna tarjeta para subirme al camión y al metro?", "task:transport"),
    ("es", "task", "¿con qué tarjeta pago el colectivo y el subte acá? allá uso la SUBE",
     "task:transport"),
    ("es", "task", "quiero entrar a la sala de lectura pública de mi barrio, ¿qué tarjeta me "
     "piden?", "task:services"),
    ("es", "task", "¿qué tarjeta sirve como identificación? acá no tengo mi credencial del INE",
     "task:identity"),
    ("es", "task", "¿cómo saco la tarjeta de seguridad social? entro a una chamba nueva el lunes",
     "task:getsocial"),
    ("es", "task", "¿cómo activo la tarjeta electrónica de seguridad social en el celular? "
     "ya tengo la física", "task:getesocial"),
    ("es", "task", "¿quién puede sacar el certificado electrónico de seguro médico y cómo se "
     "tramita?", "task:getemedical"),
    ("es", "task", "¿cómo tramito la tarjeta ciudadana? ¿me la dan si vivo aquí?",
     "task:getcitizen"),
    ("es", "task", "para las cosas de salud, o sea médico, farmacia y reembolsos, ¿qué tarjeta va "
     "con cada una?", "tasks:care"),
    ("es", "task", "lo de la plata: jubilación, desempleo, aportes... ¿con qué tarjeta se hace "
     "cada cosa?", "tasks:money"),
    ("es", "task", "para la vida diaria, tipo la micro, la biblioteca o identificarme, "
     "¿qué tarjeta uso?", "tasks:life"),
    ("es", "task", "mostrame todos los trámites que hay y qué tarjeta sirve para cada uno",
     "tasks"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "hospit", "task:hospital"),
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "aportes", "task:contributions"),
    ("es", "short", "leyes", "law"),
    ("es", "short", "subte", "task:transport"),
    ("es", "short", "historial clínico", "task:healthfile"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "se me perdió la tarjeta de seguridad social en el colectivo, ¿qué hago?",
     "none"),
    ("es", "oos", "¿cuánto tardan en darte la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿cuánto cuesta sacar la tarjeta de salud? no quiero gastar mucha lana", "none"),
    ("es", "oos", "se me venció la tarjeta, ¿cómo la renuevo?", "none"),
    ("es", "oos", "olvidé la clave de mi tarjeta y no la puedo usar, ayuda porfa", "none"),
    ("es", "oos", "¿qué porcentaje del sueldo me descuentan para la pensión?", "none"),
    ("es", "oos", "¿cuáles son las reglas de la tarjeta ciudadana en Pekín específicamente?",
     "none"),
    ("es", "oos", "soy venezolano con visa de trabajo, ¿tengo los mismos derechos que un chino en "
     "el seguro social?", "none"),
    ("es", "oos", "¿cómo saco la plata del fondo de vivienda?", "none"),
    ("es", "oos", "cuando me regrese a México, ¿me devuelven lo que aporté al seguro?", "none"),
    ("es", "oos", "¿cuál es el teléfono de la oficina del seguro social?", "none"),
    ("es", "oos", "¿el seguro médico cubre los anteojos? necesito lentes nuevos", "none"),
    ("es", "oos", "¿de cuánto es el subsidio por desempleo al mes?", "none"),
    ("es", "oos", "¿la oficina de seguridad social abre los sábados?", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "¿qué es la tarjeta de salud?", "card:health"),
    ("es", "card", "¿quién emite el certificado electrónico de seguro médico?",
     "card:emedical:issuer"),
    ("es", "card", "¿para qué sirve la tarjeta ciudadana?", "card:citizen:function"),
    ("es", "card", "¿dónde se puede usar la tarjeta de seguridad social? ¿solo en la ciudad donde "
     "la saqué?", "card:social:scope"),
    ("es", "card", "¿quién administra la tarjeta electrónica de seguridad social?",
     "card:esocial:manager"),
    ("es", "card", "la tarjeta vieja de seguro médico, ¿para qué servía exactamente?",
     "card:medical:function"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "¿cuál es la diferencia entre la tarjeta de salud y la tarjeta ciudadana?",
     "cmp:health:citizen"),
    ("es", "compare", "tarjeta de seguro médico vieja vs certificado electrónico de seguro médico, "
     "¿en qué se diferencian?", "cmp:medical:emedical"),
    ("es", "compare", "¿en qué se parecen y en qué se diferencian la tarjeta de seguridad social y "
     "la de seguro médico?", ("cmp:social:medical", "faq:2")),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "¿el certificado electrónico de seguro médico y la tarjeta electrónica de "
     "seguridad social son lo mismo?", ("faq:5", "cmp:esocial:emedical")),
    ("es", "faq", "¿qué guarda la tarjeta de seguridad social y qué trámites puedo hacer con ella?",
     "faq:7"),
    ("es", "faq", "¿qué tipos de tarjeta de seguridad social hay?", "faq:8"),
    ("es", "faq", "oigan, ¿la tarjeta ciudadana y la de seguridad social son la misma?",
     ("faq:3", "cmp:social:citizen")),
    ("es", "faq", "¿cuántos días tiene mi patrón para darme de alta en el seguro social?",
     ("faq:9", "law:sil-58")),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿qué dice el artículo 3 de la ley de seguro social?", "law:sil-3"),
    ("es", "law", "¿cuál artículo de las medidas administrativas define qué es la tarjeta de "
     "seguridad social?", "law:ssc-2"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "¡qué onda! ¿cómo estás?", "greeting"),
    ("es", "greeting", "muchas gracias pana, burda de útil", "greeting"),
    ("es", "greeting", "listo parce, chao, que estés bien", "greeting"),
)
