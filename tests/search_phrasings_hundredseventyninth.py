"""Hundred-and-seventy-ninth phrasing set (Indian and Nigerian English speakers in IT and trade in
Shenzhen and Guangzhou; Mexican factory engineers and their families), written blind from the
seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDSEVENTYNINTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (20) ----------------
    ("en", "task", "Kindly tell which card I should carry to hospital for doctor consultation",
     "task:hospital"),
    ("en", "task", "need to buy medicines from the chemist near my flat, which card will work "
     "there?",
     "task:pharmacy"),
    ("en", "task", "how do i get my hospital bills reimbursed? which card they need",
     "task:reimburse"),
    ("en", "task", "I want to see my health file and old medical records, what card do I use "
     "for that",
     "task:healthfile"),
    ("en", "task", "Which card or certificate is used to do medical insurance business online from "
     "my phone?", "task:online"),
    ("en", "task", "after retirement which card will I use to recieve pension", "task:pension"),
    ("en", "task", "My company laid me off last month. Which card do i need to apply for "
     "unemployment benefits?", "task:unemployment"),
    ("en", "task", "Abeg my colleague got injured for the warehouse, which card him go use to "
     "claim work injury benefit?", "task:injury"),
    ("en", "task", "how can I check whether my employer is really paying my social insurance "
     "contributions", "task:contributions"),
    ("en", "task", "is there any card I can tap for bus and subway instead of paying cash",
     "task:transport"),
    ("en", "task", "which card do locals use for the public reading room and other city services?",
     "task:services"),
    ("en", "task", "what card can I use to prove my identity apart from my passport",
     "task:identity"),
    ("en", "task", "What is the procedure to apply for social security card? HR is saying they "
     "will do it", ("task:getsocial", "card:social:eligibility")),
    ("en", "task", "how to activate the electronic social security card in my phone",
     ("task:getesocial", "card:esocial:eligibility")),
    ("en", "task", "Who is eligible for the electronic medical insurance certificate and how do I "
     "get it?", ("task:getemedical", "card:emedical:eligibility")),
    ("en", "task", "how can i get the citizen card, do i qualify?",
     ("task:getcitizen", "card:citizen:eligibility")),
    ("en", "task", "need to register for job seeking and apply for vocational training. which card "
     "is used", "task:unemployment"),
    ("en", "task", "which card to pay registration fee at the hospital counter?", "task:hospital"),
    ("en", "task", "I want to know total amount accumulated in my pension and medical insurance, "
     "which card shows it", "task:contributions"),
    ("en", "task", "my wife delivered baby last month, how to claim back the medical expenses? "
     "which card?", "task:reimburse"),
    # ---------------- English: short (18) ----------------
    ("en", "short", "medicine shop", "task:pharmacy"),
    ("en", "short", "metro", "task:transport"),
    ("en", "short", "pensi", "task:pension"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "citizen c", "card:citizen"),
    ("en", "short", "e-social", "card:esocial"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "shebao", "card:social"),
    ("en", "short", "medical card", "card:medical"),
    ("en", "short", "emedi", "card:emedical"),
    ("en", "short", "SSN", "faq:10"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "all cards", "cards"),
    ("en", "short", "laws", "law"),
    ("en", "short", "hospit", "task:hospital"),
    ("en", "short", "ID proof", "task:identity"),
    ("en", "short", "health rec", "task:healthfile"),
    # ---------------- English: oos (18) ----------------
    ("en", "oos", "I lost my shebao card in a taxi, how to get a replacement card?", "none"),
    ("en", "oos", "how much fee for making social security card", "none"),
    ("en", "oos", "how many working days it takes to receive social security card after applying",
     "none"),
    ("en", "oos", "what is the retirement age for men in China", "none"),
    ("en", "oos", "forgot the PIN of my social security card, what to do", "none"),
    ("en", "oos", "is Shenzhen Tong the same as the citizen card?", "none"),
    ("en", "oos", "when I go back to India for good can I withdraw my pension contribution amount?",
     "none"),
    ("en", "oos", "how much percent of the hospital bill will medical insurance pay", "none"),
    ("en", "oos", "address and timings of social security bureau in Futian district pls", "none"),
    ("en", "oos", "if my company does not pay shebao will my work permit get cancelled?", "none"),
    ("en", "oos", "is the social insurance deducted from salary exempted from IIT?", "none"),
    ("en", "oos", "which private health insurance is best for expats in Guangzhou", "none"),
    ("en", "oos", "my social security card has expired, how do I renew it", "none"),
    ("en", "oos", "changing job from Shenzhen to Guangzhou, how to transfer my social insurance",
     "none"),
    ("en", "oos", "any good Nigerian restaurant around Sanyuanli?", "none"),
    ("en", "oos", "weather tomorrow in Shenzhen?", "none"),
    ("en", "oos", "today's rate naira to RMB", "none"),
    ("en", "oos", "how much unemployment benefit I will get per month", "none"),
    # ---------------- English: card (12) ----------------
    ("en", "card", "what exactly is this health card the clinic people keep asking me for?",
     "card:health:what"),
    ("en", "card", "who issues the electronic medical insurance certificate? is it HR dept or some "
     "other body", "card:emedical:issuer"),
    ("en", "card", "I have an old card the bank issued for medical insurance, what can it be used "
     "for",
     "card:medical:function"),
    ("en", "card", "what all information does the social security card record about me?",
     ("card:social:records", "faq:7")),
    ("en", "card", "electronic shebao card is it a separate plastic card or only on the phone?",
     "card:esocial:form"),
    ("en", "card", "who manages the health card, the hospital or government?",
     "card:health:manager"),
    ("en", "card", "is the old medical insurance card safe? heard its security is poor",
     "card:medical:security"),
    ("en", "card", "what is the legal basis for the social security card", "card:social:legal"),
    ("en", "card", "that card the local govt gives residents for bus, library and pharmacy, what "
     "is it exactly", "card:citizen"),
    ("en", "card", "where can the e medical insurance certificate be used?", "card:emedical:scope"),
    ("en", "card", "can I use my social security card only in Guangdong or anywhere in the "
     "country?",
     "card:social:scope"),
    ("en", "card", "pls explain everything about the shebao ka", "card:social"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "difference between the old medical insurance card and the e-medical "
     "insurance certificate?", "cmp:medical:emedical"),
    ("en", "compare", "physical social security card vs electronic one, what is the difference",
     "cmp:social:esocial"),
    ("en", "compare", "is medical insurance card and shebao card one and the same or different?",
     ("cmp:social:medical", "faq:2")),
    # ---------------- English: faq (3) ----------------
    ("en", "faq", "within how many days must my employer register me for social insurance after "
     "joining?", "faq:9"),
    ("en", "faq", "what are the different kinds of social insurance in China", "faq:6"),
    ("en", "faq", "my card says human resources and social security card, is that a social "
     "security card?", "faq:4"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "what does article 58 of the social insurance law say", "law:sil-58"),
    ("en", "law", "which article says the social security card should work throughout the country?",
     "law:ssc-4"),
    # ---------------- English: greeting (2) ----------------
    ("en", "greeting", "Good morning sir", "greeting"),
    ("en", "greeting", "thanks a lot, God bless you", "greeting"),
    # ---------------- Spanish: task (20) ----------------
    ("es", "task", "¿Qué tarjeta llevo al hospital para que me atiendan?", "task:hospital"),
    ("es", "task", "mi esposa tiene que comprar medicina en la farmacia, ¿con cuál tarjeta paga?",
     "task:pharmacy"),
    ("es", "task", "¿con qué tarjeta pido el reembolso de los gastos médicos?", "task:reimburse"),
    ("es", "task", "quiero consultar mi expediente de salud, ¿qué tarjeta me sirve?",
     "task:healthfile"),
    ("es", "task", "¿con qué hago los trámites del seguro médico en línea desde el cel?",
     "task:online"),
    ("es", "task", "cuando me jubile, ¿con qué tarjeta cobro la pensión?", "task:pension"),
    ("es", "task", "si me quedo sin chamba, ¿qué tarjeta necesito para cobrar el seguro de "
     "desempleo?", "task:unemployment"),
    ("es", "task", "me lastimé en la planta, ¿qué tarjeta uso para los beneficios por accidente de "
     "trabajo?", "task:injury"),
    ("es", "task", "¿cómo checo si la empresa sí está pagando mis cuotas del seguro social?",
     "task:contributions"),
    ("es", "task", "¿hay alguna tarjeta para pagar el metro y el camión?", "task:transport"),
    ("es", "task", "¿qué tarjeta sirve para la sala de lectura pública y otros servicios de la "
     "ciudad?", "task:services"),
    ("es", "task", "necesito acreditar mi identidad, ¿qué tarjeta me sirve aparte del pasaporte?",
     "task:identity"),
    ("es", "task", "¿cómo saco la tarjeta de seguridad social? soy ingeniero en una fábrica",
     ("task:getsocial", "card:social:eligibility")),
    ("es", "task", "¿como activo la tarjeta electronica de seguridad social?",
     ("task:getesocial", "card:esocial:eligibility")),
    ("es", "task", "¿quién puede sacar el certificado electrónico de seguro médico y cómo?",
     ("task:getemedical", "card:emedical:eligibility")),
    ("es", "task", "¿cómo tramito la tarjeta ciudadana para mi familia?",
     ("task:getcitizen", "card:citizen:eligibility")),
    ("es", "task", "quiero registrarme para buscar trabajo y tomar un curso de capacitación, ¿qué "
     "tarjeta uso?", "task:unemployment"),
    ("es", "task", "para pagar la consulta en la clínica, ¿cuál tarjeta uso?", "task:hospital"),
    ("es", "task", "quiero ver cuánto llevo acumulado en mi pensión, ¿con qué tarjeta lo consulto?",
     "task:contributions"),
    ("es", "task", "me dio una enfermedad por el trabajo, ¿con qué tarjeta tramito los beneficios?",
     "task:injury"),
    # ---------------- Spanish: short (18) ----------------
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "camión", "task:transport"),
    ("es", "short", "jubila", "task:pension"),
    ("es", "short", "desemp", "task:unemployment"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "tarjeta ciud", "card:citizen"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "expediente", "task:healthfile"),
    ("es", "short", "leyes", "law"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "identidad", "task:identity"),
    ("es", "short", "nss", "faq:10"),
    ("es", "short", "cuotas", "task:contributions"),
    ("es", "short", "en línea", "task:online"),
    ("es", "short", "art 74", "law:sil-74"),
    # ---------------- Spanish: oos (18) ----------------
    ("es", "oos", "se me perdió la tarjeta de seguridad social, ¿cómo la repongo?", "none"),
    ("es", "oos", "¿cuánto cuesta sacar la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿cuánto tarda en llegar la tarjeta una vez que la pides?", "none"),
    ("es", "oos", "¿a qué edad me puedo jubilar en China?", "none"),
    ("es", "oos", "olvidé la contraseña de mi tarjeta de seguridad social", "none"),
    ("es", "oos", "¿mi esposa y mis hijos pueden entrar en mi seguro como dependientes?", "none"),
    ("es", "oos", "¿me sirve mi IMSS de México aquí en China?", "none"),
    ("es", "oos", "¿cuánto dinero me dan al mes de desempleo?", "none"),
    ("es", "oos", "¿dónde queda la oficina del seguro social en Dongguan y a qué hora abren?",
     "none"),
    ("es", "oos", "¿cómo renuevo mi visa de trabajo?", "none"),
    ("es", "oos", "¿cuánto me descuentan de impuestos en la nómina?", "none"),
    ("es", "oos", "si me regreso a México, ¿me devuelven lo que aporté a la pensión?", "none"),
    ("es", "oos", "¿qué seguro privado de gastos médicos mayores me recomiendan?", "none"),
    ("es", "oos", "ya se me venció la tarjeta de seguridad social, ¿cómo la renuevo?", "none"),
    ("es", "oos", "¿dónde venden tortillas de maíz en Shenzhen?", "none"),
    ("es", "oos", "¿qué escuela internacional me recomiendan en Guangzhou para mis hijos?", "none"),
    ("es", "oos", "¿qué porcentaje de la cuenta del hospital cubre el seguro médico?", "none"),
    ("es", "oos", "¿cuál es el teléfono de atención del seguro social?", "none"),
    # ---------------- Spanish: card (12) ----------------
    ("es", "card", "¿Qué es exactamente la tarjeta electrónica de seguridad social?",
     "card:esocial:what"),
    ("es", "card", "¿quién emite el certificado electrónico de seguro médico?",
     "card:emedical:issuer"),
    ("es", "card", "¿quién administra la tarjeta electrónica de seguridad social?",
     "card:esocial:manager"),
    ("es", "card", "el certificado electrónico del seguro médico, ¿para qué sirve?",
     "card:emedical:function"),
    ("es", "card", "la tarjeta de seguridad social es de plástico o nomás electrónica?",
     "card:social:form"),
    ("es", "card", "esa tarjeta con chip que reparte recursos humanos y seguridad social, ¿quién "
     "la maneja a nivel nacional?", "card:social:manager"),
    ("es", "card", "¿quién daba la tarjeta vieja del seguro médico? creo que era un banco",
     "card:medical:issuer"),
    ("es", "card", "la tarjeta que da el gobierno local a los residentes, ¿dónde se puede usar?",
     "card:citizen:scope"),
    ("es", "card", "la tarjeta de salud qué información guarda", "card:health:records"),
    ("es", "card", "¿qué tan segura es la tarjeta de seguridad social?", "card:social:security"),
    ("es", "card", "¿quién emite la tarjeta ciudadana?", "card:citizen:issuer"),
    ("es", "card", "cuéntame todo sobre el vale electrónico del seguro médico", "card:emedical"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "la tarjeta del seguro médico y la tarjeta de salud, ¿en qué se diferencian?",
     "cmp:medical:health"),
    ("es", "compare", "¿qué diferencia hay entre la tarjeta electrónica de seguridad social y la "
     "física?", "cmp:social:esocial"),
    ("es", "compare", "la tarjeta de seguridad social y el certificado electrónico del seguro "
     "médico, ¿son lo mismo?", "cmp:social:emedical"),
    # ---------------- Spanish: faq (3) ----------------
    ("es", "faq", "¿El certificado electrónico de seguro médico y la tarjeta electrónica de "
     "seguridad social son lo mismo?", ("cmp:esocial:emedical", "faq:5")),
    ("es", "faq", "¿qué tipos de tarjeta de seguridad social existen?", "faq:8"),
    ("es", "faq", "oigan, ¿la tarjeta de salud cuenta como tarjeta de seguridad social?",
     ("cmp:social:health", "faq:1")),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿qué dice el artículo 3 de la ley del seguro social?", "law:sil-3"),
    ("es", "law", "¿en qué leyes se basa todo esto de las tarjetas?", "law"),
    # ---------------- Spanish: greeting (2) ----------------
    ("es", "greeting", "hola, buenas tardes", "greeting"),
    ("es", "greeting", "muchas gracias, muy amable", "greeting"),
)
