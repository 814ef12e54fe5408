"""Hundred-and-ninetieth phrasing set (British, Australian, Mexican and Spanish askers who
explain a card by comparing it with one from home), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDNINETIETH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (20) ----------------
    (
        "en",
        "task",
        "Back home I'd just hand over my Medicare card at the GP. Which card does that here "
        "when I go to hospital?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "which card do I give at the hospital desk to register and pay? in the UK they'd just "
        "ask for my NHS number",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "Got a script from the doctor. In Australia I'd go to the chemist with my Medicare "
        "card, which card do I use here?",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "which card lets me get medicines at the pharmacy out of my insurance account? back in "
        "England I'd pay the prescription charge",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "is there a card like an Oyster I can just tap on the subway and buses?",
        "task:transport",
    ),
    (
        "en",
        "task",
        "Which card works like my Opal card in Sydney, for buses and maybe renting a car?",
        "task:transport",
    ),
    (
        "en",
        "task",
        "Paid a hospital bill out of pocket. With Medicare I'd claim a rebate, which card gets "
        "my medical expenses reimbursed?",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "Where can I see my own health file, like the records in the NHS app? which card is for"
        " that",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "Lost my job. In the UK I'd sign on at the Jobcentre, which card do I need to register "
        "as unemployed and get benefits?",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "Like Centrelink JobSeeker, which card here do I use for job seeking registration or "
        "vocational training?",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "Which card would I use to draw a pension in China eventually? My mum gets her state "
        "pension through her NI record",
        "task:pension",
    ),
    (
        "en",
        "task",
        "If I'm injured at work, which card do I use to claim, like WorkCover back in Queensland?",
        "task:injury",
    ),
    (
        "en",
        "task",
        "How can I check what my employer has actually paid in for me? In the UK I look at my "
        "NI record online",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "Is there a card for sorting medical insurance stuff online, like doing Medicare claims"
        " through myGov?",
        "task:online",
    ),
    (
        "en",
        "task",
        "Which of these cards can prove who I am, like a driving licence does back home?",
        "task:identity",
    ),
    (
        "en",
        "task",
        "Is there a card for local council type services here, like a library card and "
        "residents card rolled into one?",
        "task:services",
    ),
    (
        "en",
        "task",
        "How do I get a social security card? Is it automatic like getting an NI number when "
        "you start work?",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "how do I get the electronic social security card onto my phone? my Medicare card lives"
        " in my phone wallet at home",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "Can I get the electronic medical insurance certificate if I've joined medical "
        "insurance through work? how?",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "how would I go about getting a citizen card? sounds like an Oyster and an ID card in one",
        "task:getcitizen",
    ),
    # ---------------- English: short (18) ----------------
    ("en", "short", "chemist", "task:pharmacy"),
    ("en", "short", "GP appt", "task:hospital"),
    ("en", "short", "oyster", ("task:transport", "card:citizen")),
    ("en", "short", "dole", "task:unemployment"),
    ("en", "short", "workcover", "task:injury"),
    ("en", "short", "ni number", "faq:10"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "medicare card", "card:medical"),
    ("en", "short", "contribs", "task:contributions"),
    ("en", "short", "citzen crd", "card:citizen"),
    ("en", "short", "e-social sec", "card:esocial"),
    ("en", "short", "elec med cert", "card:emedical"),
    ("en", "short", "hrss card", "card:social"),
    ("en", "short", "health recrds", ("task:healthfile", "card:health:records")),
    ("en", "short", "ic chip card", "card:social"),
    ("en", "short", "employer registr", "faq:9"),
    ("en", "short", "insurance types", "faq:6"),
    ("en", "short", "healthcard", "card:health"),
    # ---------------- English: oos (18) ----------------
    (
        "en",
        "oos",
        "With Medicare I get bulk billed. Is seeing a doctor free with the medical insurance "
        "card or do I still pay?",
        "none",
    ),
    (
        "en",
        "oos",
        "I've lost my social security card, how do I get a replacement? In the UK you'd just "
        "order a new one",
        "none",
    ),
    (
        "en",
        "oos",
        "How long does the social security card take to arrive? My Medicare card came in about "
        "3 weeks",
        "none",
    ),
    (
        "en",
        "oos",
        "Does the medical insurance cover dental? My private health back home has extras for that",
        "none",
    ),
    (
        "en",
        "oos",
        "What age can you retire and get a pension in China? UK state pension age is 66",
        "none",
    ),
    (
        "en",
        "oos",
        "How much gets taken off my wages for social insurance? NI is about 8% at home",
        "none",
    ),
    (
        "en",
        "oos",
        "Can I use my Chinese medical insurance when I'm back in Australia, is there a "
        "reciprocal agreement?",
        "none",
    ),
    (
        "en",
        "oos",
        "Where is the social security office in Shanghai and what are the opening hours?",
        "none",
    ),
    ("en", "oos", "forgot the PIN for my social security card, how do I reset it", "none"),
    (
        "en",
        "oos",
        "How do I top up the citizen card? With Oyster I just use the machines at the station",
        "none",
    ),
    ("en", "oos", "How do I renew my social security card once it expires?", "none"),
    ("en", "oos", "Do I need a work visa before I can be registered for social insurance?", "none"),
    (
        "en",
        "oos",
        "Does Hangzhou have a citizen card, and does it double as the social security card there?",
        "none",
    ),
    (
        "en",
        "oos",
        "Will my Bupa international health insurance be accepted at Chinese hospitals?",
        "none",
    ),
    (
        "en",
        "oos",
        "Can I claim medical expenses back on my tax like the old medical expenses offset?",
        "none",
    ),
    ("en", "oos", "Anywhere in Shenzhen that does a decent Sunday roast?", "none"),
    ("en", "oos", "what's the weather like in Guangzhou in July", "none"),
    (
        "en",
        "oos",
        "Can I add my kids to my medical insurance like on a family Medicare card?",
        "none",
    ),
    # ---------------- English: card (12) ----------------
    (
        "en",
        "card",
        "So is the social security card basically China's version of an NHS card? What actually"
        " is it?",
        "card:social:what",
    ),
    (
        "en",
        "card",
        "Who issues the old medical insurance card? Medicare cards come from Services Australia",
        "card:medical:issuer",
    ),
    (
        "en",
        "card",
        "Who runs the health card, the hospitals themselves, like an NHS trust would?",
        "card:health:manager",
    ),
    (
        "en",
        "card",
        "What does the health card record about me, is it like my GP notes?",
        "card:health:records",
    ),
    (
        "en",
        "card",
        "Is the electronic social security card its own card or just a phone version of the "
        "physical one?",
        "card:esocial:form",
    ),
    (
        "en",
        "card",
        "that chip card with my photo and ID number on it, like a second ID card, what's it "
        "called and what's it for?",
        "card:social",
    ),
    (
        "en",
        "card",
        "Where can I use the electronic medical insurance certificate? just my city or for all "
        "medical insurance business?",
        "card:emedical:scope",
    ),
    (
        "en",
        "card",
        "Who can get the citizen card? Only locals, like a council residents' card?",
        "card:citizen:eligibility",
    ),
    (
        "en",
        "card",
        "How secure is the medical insurance card? my Medicare card is just a bit of plastic "
        "with a number",
        "card:medical:security",
    ),
    (
        "en",
        "card",
        "What law is the social security card based on? the NHS has its own Act",
        "card:social:legal",
    ),
    (
        "en",
        "card",
        "Who manages the e social security card, some ministry like the DWP?",
        "card:esocial:manager",
    ),
    (
        "en",
        "card",
        "Does the social security card work all over China or only where it was issued? "
        "Medicare works in every state",
        "card:social:scope",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "Plastic Medicare card vs the app one: is the old medical insurance card different from"
        " the electronic medical insurance certificate?",
        "cmp:medical:emedical",
    ),
    (
        "en",
        "compare",
        "health card vs citizen card, which is more like an NHS card and which is more like an "
        "Oyster?",
        "cmp:health:citizen",
    ),
    (
        "en",
        "compare",
        "What's the difference between the social security card and the electronic social "
        "security card?",
        "cmp:social:esocial",
    ),
    # ---------------- English: faq (3) ----------------
    (
        "en",
        "faq",
        "Is my social security number here just my ID number? Back home my National Insurance "
        "number is separate",
        "faq:10",
    ),
    (
        "en",
        "faq",
        "What kinds of social insurance are there? In the UK it's all lumped into National "
        "Insurance",
        "faq:6",
    ),
    (
        "en",
        "faq",
        "Is the health card a social security card, or more like a hospital patient card?",
        "faq:1",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "Which law says my employer must register me for social insurance within 30 days?",
        "law:sil-58",
    ),
    (
        "en",
        "law",
        "Are there actual laws behind these cards, like the National Health Service Act? Can "
        "you list them?",
        "law",
    ),
    # ---------------- English: greeting (2) ----------------
    ("en", "greeting", "G'day mate", "greeting"),
    ("en", "greeting", "Cheers, that's sorted, ta", "greeting"),
    # ---------------- Spanish: task (20) ----------------
    (
        "es",
        "task",
        "En España voy al centro de salud con la tarjeta sanitaria. ¿Aquí qué tarjeta llevo al "
        "hospital?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "¿Con qué tarjeta pago la consulta en el hospital? En el IMSS nomás enseño mi carnet",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "¿Con cuál tarjeta compro medicinas en la farmacia usando el seguro?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "En España recojo las medicinas con la receta electrónica y la tarjeta sanitaria. ¿Aquí"
        " qué tarjeta enseño en la farmacia?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "¿Hay alguna tarjeta como el abono transporte de Madrid para el metro y el bus?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "¿Qué tarjeta sirve para el metro y para rentar coche, tipo la tarjeta MI de la CDMX?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "Pagué el hospital de mi bolsa, ¿con qué tarjeta me reembolsan los gastos médicos?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "¿Dónde consulto mi expediente de salud? En España lo veo en la Carpeta de Salud",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "Me quedé sin chamba, ¿qué tarjeta uso para pedir el seguro de desempleo?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "Me he quedado en paro; en España me apuntaría en el SEPE. ¿Aquí qué tarjeta necesito "
        "para inscribirme como demandante de empleo?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "¿Con qué tarjeta cobraría la pensión de vejez aquí? Mi papá cobra la suya del IMSS",
        "task:pension",
    ),
    (
        "es",
        "task",
        "Si tengo un accidente de trabajo, ¿qué tarjeta uso para cobrar la prestación? En "
        "España lo lleva la mutua",
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿Cómo veo cuánto ha cotizado mi empresa por mí? En México reviso mis semanas cotizadas",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "¿Qué tarjeta necesito para hacer trámites del seguro médico en línea, como en IMSS "
        "Digital?",
        "task:online",
    ),
    (
        "es",
        "task",
        "¿Cuál de estas tarjetas me sirve para identificarme, como el DNI?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "¿Hay alguna tarjeta para la biblioteca pública y los servicios del ayuntamiento?",
        "task:services",
    ),
    (
        "es",
        "task",
        "¿Cómo saco la tarjeta de seguridad social? En México el NSS te lo dan al darte de alta",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "¿Cómo activo la tarjeta electrónica de seguridad social en el móvil?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "¿Quién puede sacar el certificado electrónico del seguro médico? ¿Es como la tarjeta "
        "sanitaria virtual?",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "¿Cómo consigo la tarjeta ciudadana? ¿Es como tramitar la credencial del INE?",
        "task:getcitizen",
    ),
    # ---------------- Spanish: short (18) ----------------
    ("es", "short", "num afiliacion", "faq:10"),
    ("es", "short", "reembol", "task:reimburse"),
    ("es", "short", "medicamen", "task:pharmacy"),
    ("es", "short", "paro", "task:unemployment"),
    ("es", "short", "jubilacion", "task:pension"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "cotizacion", "task:contributions"),
    ("es", "short", "metrobus", "task:transport"),
    ("es", "short", "tarjeta ciudadna", "card:citizen"),
    ("es", "short", "cert medico electr", "card:emedical"),
    ("es", "short", "tarjeta elec seg social", "card:esocial"),
    ("es", "short", "expediente clinico", "task:healthfile"),
    ("es", "short", "tarjeta de salu", "card:health"),
    ("es", "short", "tarjeta seguro med", "card:medical"),
    ("es", "short", "tarjeta con chip", "card:social"),
    ("es", "short", "tipos de seguro", "faq:6"),
    ("es", "short", "darme de alta", "faq:9"),
    ("es", "short", "capacitacion", "task:unemployment"),
    # ---------------- Spanish: oos (18) ----------------
    (
        "es",
        "oos",
        "¿Cuánto cuesta sacar la tarjeta de seguridad social? El DNI cuesta unos 12 euros",
        "none",
    ),
    ("es", "oos", "Se me perdió la tarjeta del seguro médico, ¿cómo la repongo?", "none"),
    ("es", "oos", "¿Cuánto tardan en darte la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿A qué edad se jubila uno en China? En México es a los 65", "none"),
    ("es", "oos", "¿Cuánto me descuentan de la nómina para la seguridad social?", "none"),
    ("es", "oos", "¿Me sirve la tarjeta sanitaria europea en los hospitales chinos?", "none"),
    (
        "es",
        "oos",
        "¿Dónde queda la oficina de seguridad social en Pekín y a qué hora abren?",
        "none",
    ),
    (
        "es",
        "oos",
        "Olvidé la contraseña de la app del certificado electrónico, ¿cómo la recupero?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿Cómo le recargo saldo a la tarjeta ciudadana? La del metro la recargo en la máquina",
        "none",
    ),
    ("es", "oos", "¿El seguro médico de aquí cubre el dentista?", "none"),
    ("es", "oos", "¿Necesito visa de trabajo para que me den de alta en el seguro social?", "none"),
    (
        "es",
        "oos",
        "¿Aceptan mi seguro de gastos médicos mayores de GNP en hospitales de China?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿Puedo poner a mi esposa y a mis hijos como beneficiarios, como en el IMSS?",
        "none",
    ),
    (
        "es",
        "oos",
        "Si me regreso a México, ¿puedo retirar lo que cotice aquí como con la Afore?",
        "none",
    ),
    ("es", "oos", "¿Cuánto me pagan al mes de seguro de desempleo?", "none"),
    (
        "es",
        "oos",
        "¿En Shanghái la tarjeta ciudadana ya sirve como tarjeta de seguridad social?",
        "none",
    ),
    ("es", "oos", "¿Dónde hay tacos decentes en Chengdú?", "none"),
    ("es", "oos", "¿Qué tal el clima en Cantón en agosto?", "none"),
    # ---------------- Spanish: card (12) ----------------
    (
        "es",
        "card",
        "¿Qué es exactamente la tarjeta de seguridad social? ¿Es como el carnet del IMSS?",
        "card:social:what",
    ),
    (
        "es",
        "card",
        "¿Quién expide la tarjeta de seguridad social? En España es cosa de la Tesorería",
        "card:social:issuer",
    ),
    (
        "es",
        "card",
        "¿Quién gestiona la tarjeta de salud, la consejería de sanidad como en España?",
        "card:health:manager",
    ),
    ("es", "card", "¿Para qué sirve la tarjeta de salud?", "card:health:function"),
    (
        "es",
        "card",
        "¿Dónde se usa la tarjeta de salud, solo en hospitales y clínicas?",
        "card:health:scope",
    ),
    (
        "es",
        "card",
        "¿Qué datos guarda la tarjeta de seguridad social? La credencial del INE solo trae "
        "nombre, domicilio y CURP",
        ("card:social:records", "faq:7"),
    ),
    (
        "es",
        "card",
        "¿La tarjeta electrónica de seguridad social es física o solo va en el celular?",
        "card:esocial:form",
    ),
    (
        "es",
        "card",
        "La tarjeta de antes que tramitaba el banco para el seguro médico, ¿para qué servía?",
        "card:medical:function",
    ),
    (
        "es",
        "card",
        "¿El carnet viejo del seguro médico es seguro? ¿Tiene la misma protección que la "
        "tarjeta sanitaria?",
        "card:medical:security",
    ),
    (
        "es",
        "card",
        "¿Para qué sirve el certificado electrónico del seguro médico?",
        "card:emedical:function",
    ),
    (
        "es",
        "card",
        "¿Quién puede tener la tarjeta ciudadana? ¿Solo los vecinos empadronados?",
        "card:citizen:eligibility",
    ),
    (
        "es",
        "card",
        "La tarjeta que da el gobierno local y que sirve para el metro y para ir al médico, "
        "¿cuál es?",
        "card:citizen",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "¿Qué diferencia hay entre la tarjeta del seguro médico y la tarjeta de salud? En "
        "España las dos serían la tarjeta sanitaria",
        "cmp:medical:health",
    ),
    (
        "es",
        "compare",
        "¿En qué se diferencian la tarjeta de seguridad social y el certificado electrónico del"
        " seguro médico?",
        "cmp:social:emedical",
    ),
    (
        "es",
        "compare",
        "¿La tarjeta ciudadana y la tarjeta del seguro médico son la misma cosa o no?",
        "cmp:medical:citizen",
    ),
    # ---------------- Spanish: faq (3) ----------------
    (
        "es",
        "faq",
        "¿El certificado médico electrónico y la tarjeta electrónica de seguridad social son lo"
        " mismo?",
        "faq:5",
    ),
    (
        "es",
        "faq",
        "¿En cuánto tiempo me tiene que dar de alta mi patrón en el seguro? En México son 5 "
        "días hábiles",
        "faq:9",
    ),
    (
        "es",
        "faq",
        "¿Qué tipos de tarjeta de seguridad social existen? ¿Hay una para empresas?",
        "faq:8",
    ),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿Qué dice el artículo 2 de la Ley del Seguro Social de China?", "law:sil-2"),
    (
        "es",
        "law",
        "¿Qué artículo dice que el seguro social debe tener amplia cobertura y ser sostenible?",
        "law:sil-3",
    ),
    # ---------------- Spanish: greeting (2) ----------------
    ("es", "greeting", "¡Qué onda! Buenas tardes", "greeting"),
    ("es", "greeting", "Vale, muchas gracias, hasta luego", "greeting"),
)
