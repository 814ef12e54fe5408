"""Hundred-and-eighty-ninth phrasing set (parents asking for their children and university
students asking for themselves; English from Malaysia, Spanish from Ecuador), written blind
from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDEIGHTYNINTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (20) ----------------
    ("en", "task", "my daughter got fever since last nite, which card we bring to the "
     "hospital ah?", "task:hospital"),
    ("en", "task", "what card can I use to pay for registration at the hospital counter? "
     "first time seeing doctor in China", "task:hospital"),
    ("en", "task", "need to buy flu medicine at the pharmacy near campus, which card can use?",
     "task:pharmacy"),
    ("en", "task", "can my son use his medical insurance personal account to buy medicine "
     "at the pharmacy? which card he must show", "task:pharmacy"),
    ("en", "task", "I paid for my boy's hospital stay myself, how to get the medical expenses "
     "reimbursed?", "task:reimburse"),
    ("en", "task", "i want to look up my own health records, which card let me check my "
     "health file", "task:healthfile"),
    ("en", "task", "can I settle my medical insurance matters online from my hostel? what I need",
     "task:online"),
    ("en", "task", "doing internship now, how do I check whether the company really paid in my "
     "social insurance?", "task:contributions"),
    ("en", "task", "how to see the total amount accumulated in my pension and medical insurance",
     "task:contributions"),
    ("en", "task", "my son takes the subway and bus to uni every day, got any card for that?",
     "task:transport"),
    ("en", "task", "which of these cards can I use to prove my identity?", "task:identity"),
    ("en", "task", "my daughter just lost her job in Shenzhen, which card she use to apply for "
     "unemployment benefits", "task:unemployment"),
    ("en", "task", "just graduated, need to do job-seeking registration and maybe vocational "
     "training, what card for that", "task:unemployment"),
    ("en", "task", "hurt my hand at my part time job in a factory, which card to claim work "
     "injury benefits?", "task:injury"),
    ("en", "task", "how does my son get a social security card? he just signed contract with "
     "a company here", "task:getsocial"),
    ("en", "task", "how to activate the electronic social security card on my phone ah",
     "task:getesocial"),
    ("en", "task", "my daughter joined medical insurance, can she get the electronic medical "
     "insurance certificate?", "task:getemedical"),
    ("en", "task", "we stay in Hangzhou already 3 years, how to apply citizen card for my kid?",
     "task:getcitizen"),
    ("en", "task", "which card lets my kids use the public reading room and other local public "
     "services", "task:services"),
    ("en", "task", "been working here for years, when I retire which card do I use to receive "
     "my pension?", "task:pension"),
    # ---------------- English: short (18) ----------------
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "e-medical cert", "card:emedical"),
    ("en", "short", "citizn card", "card:citizen"),
    ("en", "short", "helth card", "card:health"),
    ("en", "short", "sosial security card", "card:social"),
    ("en", "short", "medisin", "task:pharmacy"),
    ("en", "short", "mrt card", "task:transport"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "contrib", "task:contributions"),
    ("en", "short", "health file", "task:healthfile"),
    ("en", "short", "soc sec number", "faq:10"),
    ("en", "short", "e social card", "card:esocial"),
    ("en", "short", "old medical card", "card:medical"),
    ("en", "short", "all cards", "cards"),
    ("en", "short", "legal basis", "law"),
    ("en", "short", "retire", "task:pension"),
    ("en", "short", "clinic", "task:hospital"),
    # ---------------- English: oos (18) ----------------
    ("en", "oos", "my son lost his social security card at the mamak, how to get a new one?",
     "none"),
    ("en", "oos", "how much is the fee to make a citizen card for my daughter", "none"),
    ("en", "oos", "how long does it take for the social security card to be ready?", "none"),
    ("en", "oos", "I'm Malaysian, being a foreigner can still get social security card or not?",
     "none"),
    ("en", "oos", "forgot the PIN for my social security card, how to reset", "none"),
    ("en", "oos", "where is the social security bureau in Guangzhou and what time it opens?",
     "none"),
    ("en", "oos", "how many percent will medical insurance cover for my kid's surgery?", "none"),
    ("en", "oos", "at what age can people start getting pension in China", "none"),
    ("en", "oos", "my social security card already expired, how to renew it", "none"),
    ("en", "oos", "does the uni student insurance cover dental or not", "none"),
    ("en", "oos", "can my Malaysian insurance policy be used at a Chinese hospital?", "none"),
    ("en", "oos", "how to extend my student residence permit", "none"),
    ("en", "oos", "any halal food near Tsinghua?", "none"),
    ("en", "oos", "is it very cold in Harbin in december, need to buy thick jacket?", "none"),
    ("en", "oos", "when I go back to KL can I transfer my China pension into my EPF?", "none"),
    ("en", "oos", "how much must a part time student pay in contributions every month", "none"),
    ("en", "oos", "which app shows the electronic medical insurance certificate, alipay or wechat?",
     "none"),
    ("en", "oos", "how to top up money into the citizen card e-wallet", "none"),
    # ---------------- English: card (12) ----------------
    ("en", "card", "what is this electronic social security card ah, just the app version of "
     "the real one?", "card:esocial:what"),
    ("en", "card", "who issues the social security card, the bank or the government?",
     "card:social:issuer"),
    ("en", "card", "the old medical insurance card my father had last time, who issued that?",
     "card:medical:issuer"),
    ("en", "card", "is the social security card secure? scared someone copy my son's card",
     "card:social:security"),
    ("en", "card", "what info does the social security card keep about me",
     ("card:social:records", "faq:7")),
    ("en", "card", "the card the hospital uses to keep my kid's medical records, who runs it?",
     "card:health:manager"),
    ("en", "card", "where can the e medical insurance cert be used", "card:emedical:scope"),
    ("en", "card", "that card from local government that works like e-wallet on the bus, what "
     "else it can do?", "card:citizen:function"),
    ("en", "card", "the electronic thing from the National Healthcare Security Administration, "
     "what is it for", "card:emedical:function"),
    ("en", "card", "citizen card only for local residents ya?", "card:citizen:eligibility"),
    ("en", "card", "which law is the social security card based on", "card:social:legal"),
    ("en", "card", "the chip card with my photo, ID number and bank number printed, like a "
     "second IC, what is that", "card:social"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "citizen card or social security card, which one more useful for my son?",
     "cmp:social:citizen"),
    ("en", "compare", "health card and e-medical insurance certificate, what's the diff?",
     "cmp:emedical:health"),
    ("en", "compare", "electronic social security card vs the physical one, how are they different",
     "cmp:social:esocial"),
    # ---------------- English: faq (3) ----------------
    ("en", "faq", "is the health card counted as a social security card?", "faq:1"),
    ("en", "faq", "what types of social security card got?", "faq:8"),
    ("en", "faq", "my son starts work next month, by when must the company register him for "
     "social insurance?", "faq:9"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "which article says the employer must register workers within 30 days",
     "law:sil-58"),
    ("en", "law", "article 3 of the social security card measures, who manages the cards?",
     "law:ssc-3"),
    # ---------------- English: greeting (2) ----------------
    ("en", "greeting", "hi there, good morning", "greeting"),
    ("en", "greeting", "ok thanks ya, very helpful", "greeting"),
    # ---------------- Spanish: task (20) ----------------
    ("es", "task", "mi guagua tiene fiebre desde anoche, ¿qué tarjeta llevo al hospital?",
     "task:hospital"),
    ("es", "task", "¿con qué tarjeta pago la consulta en el hospital? soy estudiante de "
     "intercambio", "task:hospital"),
    ("es", "task", "necesito comprar unas pastillas en la farmacia, ¿cuál tarjeta sirve?",
     "task:pharmacy"),
    ("es", "task", "quiero usar la cuenta personal del seguro médico para comprar los remedios "
     "de mi hija", "task:pharmacy"),
    ("es", "task", "¿cómo hago para que me reembolsen los gastos médicos de mi hijo?",
     "task:reimburse"),
    ("es", "task", "quisiera revisar mi historial de salud, ¿con qué tarjeta lo consulto?",
     "task:healthfile"),
    ("es", "task", "¿cómo hago los trámites del seguro médico por internet desde la residencia?",
     "task:online"),
    ("es", "task", "¿dónde veo si la empresa de mis pasantías me está pagando el seguro social?",
     "task:contributions"),
    ("es", "task", "quiero saber cuánto llevo acumulado en pensión y seguro médico",
     "task:contributions"),
    ("es", "task", "mi hijo va a la U todos los días, ¿qué tarjeta le sirve para el bus y el "
     "metro?", "task:transport"),
    ("es", "task", "¿qué tarjeta me sirve para demostrar mi identidad?", "task:identity"),
    ("es", "task", "mi hija se quedó sin trabajo, ¿con qué tarjeta pide el seguro de desempleo?",
     "task:unemployment"),
    ("es", "task", "recién me gradué, ¿qué tarjeta necesito para registrarme como buscador de "
     "empleo?", "task:unemployment"),
    ("es", "task", "me lastimé en el trabajo de medio tiempo, ¿qué tarjeta uso para cobrar lo "
     "del accidente laboral?", "task:injury"),
    ("es", "task", "¿cómo saca mi hijo la tarjeta de seguridad social? ya tiene contrato",
     "task:getsocial"),
    ("es", "task", "¿cómo activo la tarjeta electrónica de seguridad social en el celular?",
     "task:getesocial"),
    ("es", "task", "¿quién puede obtener el certificado electrónico del seguro médico?",
     "task:getemedical"),
    ("es", "task", "dígame cómo tramito la tarjeta ciudadana para mi guagua, vivimos aquí hace "
     "dos años", "task:getcitizen"),
    ("es", "task", "¿qué tarjeta sirve para la sala de lectura pública y los servicios de la "
     "ciudad?", "task:services"),
    ("es", "task", "si me quedo trabajando acá, ¿con qué tarjeta cobraré mi jubilación?",
     "task:pension"),
    # ---------------- Spanish: short (18) ----------------
    ("es", "short", "reembolso medi", "task:reimburse"),
    ("es", "short", "certificado elec", "card:emedical"),
    ("es", "short", "tarjeta ciudadan", "card:citizen"),
    ("es", "short", "tarjeta de salú", "card:health"),
    ("es", "short", "seguridad socal", "card:social"),
    ("es", "short", "remedios", "task:pharmacy"),
    ("es", "short", "tarjeta bus", "task:transport"),
    ("es", "short", "desemple", "task:unemployment"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "aportes", "task:contributions"),
    ("es", "short", "historial médico", "task:healthfile"),
    ("es", "short", "numero seguro social", "faq:10"),
    ("es", "short", "tarjeta electrónica seg social", "card:esocial"),
    ("es", "short", "carnet médico viejo", "card:medical"),
    ("es", "short", "tipos de seguro", "faq:6"),
    ("es", "short", "base legal", "law"),
    ("es", "short", "jubila", "task:pension"),
    ("es", "short", "lista tarjetas", "cards"),
    # ---------------- Spanish: oos (18) ----------------
    ("es", "oos", "a mi hijo se le perdió la tarjeta de seguridad social, ¿qué hago?", "none"),
    ("es", "oos", "¿cuánto cuesta sacar la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿cuántos días se demora en salir la tarjeta?", "none"),
    ("es", "oos", "soy ecuatoriana, ¿los extranjeros pueden sacar la tarjeta de seguridad social?",
     "none"),
    ("es", "oos", "me olvidé la contraseña de la tarjeta electrónica", "none"),
    ("es", "oos", "¿en qué horario atiende la oficina de seguridad social de Chengdu?", "none"),
    ("es", "oos", "¿qué porcentaje cubre el seguro médico en una operación?", "none"),
    ("es", "oos", "¿a qué edad se jubila uno en China?", "none"),
    ("es", "oos", "¿cómo renuevo la tarjeta de seguridad social que ya se venció?", "none"),
    ("es", "oos", "¿el seguro de la universidad cubre el oftalmólogo y los lentes?", "none"),
    ("es", "oos", "¿mi afiliación del IESS vale aquí en China?", "none"),
    ("es", "oos", "¿cómo renuevo la visa de estudiante?", "none"),
    ("es", "oos", "¿dónde venden comida ecuatoriana en Beijing? extraño el encebollado", "none"),
    ("es", "oos", "¿va a llover mañana en Shanghái?", "none"),
    ("es", "oos", "¿puedo pasar mis aportes de China al IESS cuando regrese a Quito?", "none"),
    ("es", "oos", "¿cuánto se paga al mes de seguro social si trabajo medio tiempo?", "none"),
    ("es", "oos", "¿en qué app se muestra el certificado electrónico del seguro médico, WeChat "
     "o Alipay?", "none"),
    ("es", "oos", "¿cómo recargo saldo en la tarjeta ciudadana?", "none"),
    # ---------------- Spanish: card (12) ----------------
    ("es", "card", "¿qué mismo es la tarjeta electrónica de seguridad social?",
     "card:esocial:what"),
    ("es", "card", "¿quién entrega la tarjeta ciudadana?", "card:citizen:issuer"),
    ("es", "card", "el carnet viejo del seguro médico, ¿para qué servía nomás?",
     "card:medical:function"),
    ("es", "card", "¿el carnet antiguo del seguro médico era seguro? leí que tenía poca "
     "seguridad", "card:medical:security"),
    ("es", "card", "¿qué datos guarda la tarjeta de seguridad social?",
     ("card:social:records", "faq:7")),
    ("es", "card", "¿para qué le sirve al médico la tarjeta de salud?", "card:health:function"),
    ("es", "card", "la tarjeta de salud ¿dónde se usa?", "card:health:scope"),
    ("es", "card", "esa tarjeta del gobierno local que sirve de monedero electrónico, ¿para qué "
     "más sirve?", "card:citizen:function"),
    ("es", "card", "el certificado que emite la Administración Nacional de Seguridad Médica, "
     "¿para qué es?", "card:emedical:function"),
    ("es", "card", "el certificado electrónico del seguro médico, ¿es físico o solo digital?",
     "card:emedical:form"),
    ("es", "card", "¿quién administra la tarjeta electrónica de seguridad social?",
     "card:esocial:manager"),
    ("es", "card", "la tarjeta con chip que trae foto y número de cédula, dicen que es como una "
     "segunda cédula, ¿qué es?", "card:social"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "¿en qué se diferencian la tarjeta de salud y la de seguridad social?",
     "cmp:social:health"),
    ("es", "compare", "¿la tarjeta ciudadana y el certificado electrónico de seguro médico "
     "son distintos?", "cmp:emedical:citizen"),
    ("es", "compare", "el carnet viejo del seguro médico y la tarjeta de salud, ¿cuál es la "
     "diferencia?", "cmp:medical:health"),
    # ---------------- Spanish: faq (3) ----------------
    ("es", "faq", "¿la tarjeta electrónica de seguro médico y la de seguridad social electrónica "
     "son lo mismo?", "faq:5"),
    ("es", "faq", "¿la tarjeta de recursos humanos y seguridad social es la tarjeta de "
     "seguridad social?", "faq:4"),
    ("es", "faq", "¿cuál es mi número de seguridad social?", "faq:10"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿qué dice el artículo 74 de la ley de seguro social?", "law:sil-74"),
    ("es", "law", "¿qué artículo dice que la tarjeta tiene que servir en todo el país?",
     "law:ssc-4"),
    # ---------------- Spanish: greeting (2) ----------------
    ("es", "greeting", "buenas tardes", "greeting"),
    ("es", "greeting", "gracias, muy amable, Dios le pague", "greeting"),
)
