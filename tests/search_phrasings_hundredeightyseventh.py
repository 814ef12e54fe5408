"""Hundred-and-eighty-seventh phrasing set (carers of disabled or chronically ill people, and
disabled people themselves, asking practical questions), written blind from the seeds
(issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDEIGHTYSEVENTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (20) ----------------
    ("en", "task", "which card should I bring to my son's dialysis appointments at the hospital?",
     "task:hospital"),
    ("en", "task", "my mom needs her insulin refilled at the pharmacy, what card do I hand over",
     "task:pharmacy"),
    ("en", "task", "how do we get my husband's rehab bills reimbursed? which card handles that",
     "task:reimburse"),
    ("en", "task", "I want to pull up my daughter's medical history from past visits, which card "
     "lets me look at her health file?", "task:healthfile"),
    ("en", "task", "I'm housebound most days. what do I use to do my medical insurance stuff "
     "online?", "task:online"),
    ("en", "task", "my dad is retired and in a wheelchair, what card does he need to collect his "
     "pension", "task:pension"),
    ("en", "task", "I quit my job to be my wife's full time carer, which card do I use for "
     "unemployment benefits?", "task:unemployment"),
    ("en", "task", "got hurt at the factory and now I walk with a cane. which card for work injury "
     "benefits", "task:injury"),
    ("en", "task", "how can I check whether my employer has actually been paying in my social "
     "insurance?", "task:contributions"),
    ("en", "task", "which card gets my autistic son through the subway gates?", "task:transport"),
    ("en", "task", "what card lets my mom use local public services like the public reading room",
     "task:services"),
    ("en", "task", "I don't carry my passport bc it's hard with my crutches, what card can prove "
     "who I am?", "task:identity"),
    ("en", "task", "how does my mother get a social security card? she's 70 and mostly "
     "bedridden", "task:getsocial"),
    ("en", "task", "how do I activate the electronic social security card for my dad, he already "
     "has the plastic one", "task:getesocial"),
    ("en", "task", "my wife has medical insurance, can she get the electronic medical insurance "
     "certificate and how", "task:getemedical"),
    ("en", "task", "who is able to apply for a citizen card?",
     ("task:getcitizen", "card:citizen:eligibility")),
    ("en", "task", "paying at the hospital cashier for my mom's chemo - which card do they want?",
     "task:hospital"),
    ("en", "task", "which card do I need to register for job seeking and vocational training after "
     "my stroke", "task:unemployment"),
    ("en", "task", "what card do i use to apply for a labor capacity appraisal after my accident "
     "at work", "task:injury"),
    ("en", "task", "how can I see the total that's been paid into my dad's old age insurance so "
     "far?", "task:contributions"),
    # ---------------- English: short (18) ----------------
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "e-med cert", "card:emedical"),
    ("en", "short", "elec social sec", "card:esocial"),
    ("en", "short", "citzen card", "card:citizen"),
    ("en", "short", "health recs", "task:healthfile"),
    ("en", "short", "work injur", "task:injury"),
    ("en", "short", "meds refill", "task:pharmacy"),
    ("en", "short", "jobless benefit", "task:unemployment"),
    ("en", "short", "ss number", "faq:10"),
    ("en", "short", "chip card", "card:social"),
    ("en", "short", "old med card", "card:medical"),
    ("en", "short", "subwy", "task:transport"),
    ("en", "short", "contribs", "task:contributions"),
    ("en", "short", "insurance types", "faq:6"),
    ("en", "short", "disability degree", "card:social:records"),
    ("en", "short", "pensoin", "task:pension"),
    ("en", "short", "healthcard", "card:health"),
    ("en", "short", "wheelchair rental", "none"),
    # ---------------- English: oos (18) ----------------
    ("en", "oos", "my mom's social security card got lost at the hospital, how do I get a "
     "replacement?", "none"),
    ("en", "oos", "how much does it cost to get a social security card", "none"),
    ("en", "oos", "can I pick up the card on behalf of my disabled son? he can't travel", "none"),
    ("en", "oos", "is there a disability discount on the subway if you pay with the citizen card?",
     "none"),
    ("en", "oos", "how long does it take for the electronic medical insurance certificate to be "
     "ready", "none"),
    ("en", "oos", "forgot the password for my dad's social security card, what now", "none"),
    ("en", "oos", "how much pension does someone with a work injury disability get per month?",
     "none"),
    ("en", "oos", "does medical insurance pay for a wheelchair or a hospital bed at home?", "none"),
    ("en", "oos", "which hospital in Shanghai has the best stroke rehab", "none"),
    ("en", "oos", "does the health card work in Hong Kong too", "none"),
    ("en", "oos", "what's the phone number for the social security bureau in Guangzhou?", "none"),
    ("en", "oos", "can foreigners get a disability certificate in china", "none"),
    ("en", "oos", "can my husband retire early because of his MS, and at what age?", "none"),
    ("en", "oos", "will my US private insurance cover dialysis in Beijing?", "none"),
    ("en", "oos", "how do I renew my dad's social security card when it expires", "none"),
    ("en", "oos", "does the electronic medical insurance certificate work with a screen reader? "
     "I'm blind", "none"),
    ("en", "oos", "what visa does a live-in caregiver need to work for us in China", "none"),
    ("en", "oos", "whats the weather like in Chengdu in March, my daughter gets bad asthma",
     "none"),
    # ---------------- English: card (12) ----------------
    ("en", "card", "what is this 'second ID card' the nurse told my dad to bring? is that the "
     "social security card?", "card:social:what"),
    ("en", "card", "who issues the social security card, the bank or the government?",
     "card:social:issuer"),
    ("en", "card", "who's in charge of managing social security cards nationally?",
     "card:social:manager"),
    ("en", "card", "what info does the social security card keep? does it show my husband's "
     "disability from his work accident", "card:social:records"),
    ("en", "card", "is the electronic social security card an actual card or only on the phone?",
     "card:esocial:form"),
    ("en", "card", "who can get the e medical insurance certificate? my sister is covered by "
     "medical insurance", "card:emedical:eligibility"),
    ("en", "card", "where can the electronic medical insurance certificate be used - just online "
     "or for all medical insurance business?", "card:emedical:scope"),
    ("en", "card", "the health card, who manages that? the hospital?", "card:health:manager"),
    ("en", "card", "what does the health card record? trying to keep my son's epilepsy history "
     "in one place", "card:health:records"),
    ("en", "card", "that old card the bank gave out for medical insurance, how secure is it "
     "really?", "card:medical:security"),
    ("en", "card", "what's the citizen card for? my mom got one from the local government",
     "card:citizen:function"),
    ("en", "card", "the chip card that's 'one card, multiple uses' - what's the legal basis for "
     "it?", "card:social:legal"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "what's the difference between the old medical insurance card and the "
     "electronic medical insurance certificate?", "cmp:medical:emedical"),
    ("en", "compare", "health card vs citizen card? my mom has both and I don't know which does "
     "what", "cmp:health:citizen"),
    ("en", "compare", "is the electronic social security card just the phone version of the "
     "physical one or something different", "cmp:social:esocial"),
    # ---------------- English: faq (3) ----------------
    ("en", "faq", "are the citizen card and the social security card the same thing?", "faq:3"),
    ("en", "faq", "my employer hired me two months ago, when were they supposed to register me "
     "for social insurance?", "faq:9"),
    ("en", "faq", "is the electronic medical insurance certificate the same as the electronic "
     "social security card", "faq:5"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "which article of the law says my employer has to register me within 30 days?",
     "law:sil-58"),
    ("en", "law", "what law says I can check my contribution records with the social insurance "
     "agency for free", "law:sil-74"),
    # ---------------- English: greeting (2) ----------------
    ("en", "greeting", "hi there, thanks for helping me sort this out for my mom", "greeting"),
    ("en", "greeting", "ok thank you so much, bye!", "greeting"),
    # ---------------- Spanish: task (20) ----------------
    ("es", "task", "¿Qué tarjeta tengo que llevar al hospital cuando acompaño a mi mamá a su "
     "control?", "task:hospital"),
    ("es", "task", "mi papá es diabético y hay que comprarle los remedios en la farmacia, ¿con qué "
     "tarjeta se pagan?", "task:pharmacy"),
    ("es", "task", "¿cómo hago pa que me reembolsen los gastos médicos de las terapias de mi hijo? "
     "¿qué tarjeta sirve?", "task:reimburse"),
    ("es", "task", "necesito revisar el historial clínico de mi hermana, ¿con qué tarjeta se "
     "consulta su ficha de salud?", "task:healthfile"),
    ("es", "task", "soy usuaria de silla de ruedas y me cuesta salir, ¿con qué hago los trámites "
     "del seguro médico por internet?", "task:online"),
    ("es", "task", "mi abuelo está jubilado acá en China, ¿con qué tarjeta cobra la pensión?",
     "task:pension"),
    ("es", "task", "dejé la pega pa cuidar a mi pareja, ¿qué tarjeta necesito para cobrar el "
     "seguro de desempleo?", "task:unemployment"),
    ("es", "task", "me accidenté en la pega y quedé con una lesión, ¿qué tarjeta uso pa los "
     "beneficios por accidente laboral?", "task:injury"),
    ("es", "task", "¿cómo reviso si mi empleador está pagando mis cotizaciones del seguro "
     "social?", "task:contributions"),
    ("es", "task", "¿con qué tarjeta puede andar en micro y metro mi hijo con TEA?",
     "task:transport"),
    ("es", "task", "¿qué tarjeta sirve pa los servicios públicos de la ciudad, tipo la sala de "
     "lectura?", "task:services"),
    ("es", "task", "no ando con el pasaporte porque se me pierde todo, ¿con qué tarjeta acredito "
     "mi identidad?", "task:identity"),
    ("es", "task", "¿cómo saco la tarjeta de seguridad social pa mi mamá?", "task:getsocial"),
    ("es", "task", "ya tengo la tarjeta física, ¿cómo activo la tarjeta electrónica de seguridad "
     "social?", "task:getesocial"),
    ("es", "task", "¿quién puede obtener el certificado electrónico de seguro médico y cómo se "
     "pide?", ("task:getemedical", "card:emedical:eligibility")),
    ("es", "task", "¿cómo se consigue la tarjeta ciudadana? la quiero pa mi papá que no ve bien",
     "task:getcitizen"),
    ("es", "task", "¿con qué tarjeta pago en la caja del hospital la consulta de mi tía?",
     "task:hospital"),
    ("es", "task", "quiero inscribirme en una capacitación laboral después de mi operación, ¿qué "
     "tarjeta me piden?", "task:unemployment"),
    ("es", "task", "¿con qué tarjeta pido la evaluación de capacidad laboral después del "
     "accidente?", "task:injury"),
    ("es", "task", "¿cómo veo cuánto llevo acumulado en el seguro de vejez y en el seguro "
     "médico?", "task:contributions"),
    # ---------------- Spanish: short (18) ----------------
    ("es", "short", "reembol", "task:reimburse"),
    ("es", "short", "remedios", "task:pharmacy"),
    ("es", "short", "tarjeta ciudadan", "card:citizen"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "ficha clinica", "task:healthfile"),
    ("es", "short", "cesantia", "task:unemployment"),
    ("es", "short", "accidente labor", "task:injury"),
    ("es", "short", "cotizaciones", "task:contributions"),
    ("es", "short", "micro y metro", "task:transport"),
    ("es", "short", "tarjeta de salú", "card:health"),
    ("es", "short", "numero seg social", "faq:10"),
    ("es", "short", "tipos de seguro", "faq:6"),
    ("es", "short", "jubilacion", "task:pension"),
    ("es", "short", "grado de invalidez", "card:social:records"),
    ("es", "short", "tarjeta vieja seguro med", "card:medical"),
    ("es", "short", "acreditar identid", "task:identity"),
    ("es", "short", "fonasa", "none"),
    ("es", "short", "tarj elec seg soc", "card:esocial"),
    # ---------------- Spanish: oos (18) ----------------
    ("es", "oos", "se me perdió la tarjeta de seguridad social de mi papá, ¿cómo saco otra?",
     "none"),
    ("es", "oos", "¿cuánto cuesta sacar la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿puedo retirar la tarjeta a nombre de mi hija que está postrada?", "none"),
    ("es", "oos", "¿hay descuento en el metro para personas con discapacidad?", "none"),
    ("es", "oos", "¿cuánto se demora en llegar la tarjeta de seguridad social?", "none"),
    ("es", "oos", "se me olvidó la clave de la tarjeta electrónica, ¿qué hago?", "none"),
    ("es", "oos", "¿cuánta plata paga una pensión de invalidez en China?", "none"),
    ("es", "oos", "¿el seguro médico cubre pañales de adulto y la silla de ruedas?", "none"),
    ("es", "oos", "¿en qué horario atiende la oficina de seguridad social en Shenzhen?", "none"),
    ("es", "oos", "¿me sirve mi Isapre chilena acá en China?", "none"),
    ("es", "oos", "¿a qué edad se jubila uno en China?", "none"),
    ("es", "oos", "¿los extranjeros pueden sacar credencial de discapacidad en China?", "none"),
    ("es", "oos", "¿la tarjeta de salud sirve también en Macao?", "none"),
    ("es", "oos", "¿cómo renuevo la tarjeta ciudadana cuando se vence?", "none"),
    ("es", "oos", "¿el certificado médico electrónico funciona con lector de pantalla? soy ciega",
     "none"),
    ("es", "oos", "¿qué visa necesito pa traerme a mi mamá a vivir conmigo a China?", "none"),
    ("es", "oos", "¿dónde venden empanadas de pino en Beijing?", "none"),
    ("es", "oos", "¿cuánto hay que pagar de impuesto si cobro la pensión en China?", "none"),
    # ---------------- Spanish: card (12) ----------------
    ("es", "card", "¿qué es eso de la 'segunda cédula de identidad'? me dijeron que era la "
     "tarjeta de seguridad social", "card:social:what"),
    ("es", "card", "¿quién emite la tarjeta de seguridad social?", "card:social:issuer"),
    ("es", "card", "¿qué datos vienen impresos en la tarjeta de seguridad social? mi papá no ve "
     "bien la letra chica", "card:social:records"),
    ("es", "card", "la tarjeta electrónica de seguridad social, ¿es física o solo está en el "
     "celular?", "card:esocial:form"),
    ("es", "card", "¿quién gestiona la tarjeta electrónica de seguridad social?",
     "card:esocial:manager"),
    ("es", "card", "¿quién emite el certificado electrónico del seguro médico?",
     "card:emedical:issuer"),
    ("es", "card", "el vale electrónico del seguro médico, ¿pa qué trámites sirve?",
     "card:emedical:function"),
    ("es", "card", "¿quién administra la tarjeta de salud, el hospital o el municipio?",
     "card:health:manager"),
    ("es", "card", "¿qué registra la tarjeta de salud? mi mamá tiene harta enfermedad crónica",
     "card:health:records"),
    ("es", "card", "esa tarjeta antigua del seguro médico que entregaba el banco, ¿es segura? me "
     "da miedo que la clonen", "card:medical:security"),
    ("es", "card", "¿pa qué sirve la tarjeta ciudadana?", "card:citizen:function"),
    ("es", "card", "esa tarjeta con chip del ministerio que sirve en todo el país, ¿en qué norma "
     "se basa?", "card:social:legal"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "¿cuál es la diferencia entre la tarjeta de salud y la tarjeta antigua del "
     "seguro médico?", "cmp:medical:health"),
    ("es", "compare", "tarjeta ciudadana vs tarjeta electrónica de seguridad social, ¿en qué se "
     "diferencian?", "cmp:esocial:citizen"),
    ("es", "compare", "¿el certificado electrónico de seguro médico es lo mismo que la tarjeta de "
     "salud o son distintas?", "cmp:emedical:health"),
    # ---------------- Spanish: faq (3) ----------------
    ("es", "faq", "¿la tarjeta de seguridad social y la tarjeta del seguro médico son la misma?",
     "faq:2"),
    ("es", "faq", "¿qué tipos de tarjeta de seguridad social existen?", "faq:8"),
    ("es", "faq", "¿la tarjeta de salud es una tarjeta de seguridad social o no?", "faq:1"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿qué dice el artículo 3 de la ley de seguro social?", "law:sil-3"),
    ("es", "law", "¿qué leyes y artículos respaldan todo esto de las tarjetas?", "law"),
    # ---------------- Spanish: greeting (2) ----------------
    ("es", "greeting", "hola, buenas tardes", "greeting"),
    ("es", "greeting", "muchas gracias, me sirvió harto 🙏", "greeting"),
)
