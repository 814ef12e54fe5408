"""Hundred-and-ninety-sixth phrasing set (sports coaches, musicians and language-school teachers
on short contracts: Irish and South African English, Panamanian Spanish), written blind from the
seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDNINETYSIXTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (20) ----------------
    ("en", "task", "Got a chest infection, which card do I bring when I go to the hospital to see "
     "a doctor?", "task:hospital"),
    ("en", "task", "howzit, which card do I use at the chemist for meds?", "task:pharmacy"),
    ("en", "task", "paid for an MRI out of me own pocket, which card gets me reimbursed for "
     "medical expenses", "task:reimburse"),
    ("en", "task", "want to look up my health file from the clinic, which card is that?",
     "task:healthfile"),
    ("en", "task", "how do I sort out my medical insurance business online, what do I need",
     "task:online"),
    ("en", "task", "which card will I need to draw a pension eventually?", "task:pension"),
    ("en", "task", "my contract at the language school ends in june, what card do I use to "
     "register as unemployed and look for work", "task:unemployment"),
    ("en", "task", "Did my shoulder in lifting amps at a work gig, which card is for work injury "
     "benefits?", "task:injury"),
    ("en", "task", "how do I check if the school is actually paying in my social insurance every "
     "month", "task:contributions"),
    ("en", "task", "which of the cards can I use on the subway and the buses", "task:transport"),
    ("en", "task", "is there a card for local public services like the public reading room?",
     "task:services"),
    ("en", "task", "need to prove who I am without dragging my passport around, which card does "
     "that", "task:identity"),
    ("en", "task", "the club says I need a social security card, how do I get one?",
     "task:getsocial"),
    ("en", "task", "how would I get the electronic social security card set up on me phone",
     "task:getesocial"),
    ("en", "task", "who can get the electronic medical insurance certificate and how do I get it",
     "task:getemedical"),
    ("en", "task", "how does one get a citizen card, and who's it for?", "task:getcitizen"),
    ("en", "task", "which card do I hand over at the registration desk in the hospital",
     "task:hospital"),
    ("en", "task", "which card settles the medical insurance personal account when I buy "
     "medicine at the pharmacy", "task:pharmacy"),
    ("en", "task", "I'd like to apply for vocational training once the season's over, which card "
     "do I need for that", "task:unemployment"),
    ("en", "task", "ja, which card shows how much has built up in my pension and medical "
     "insurance so far", "task:contributions"),
    # ---------------- English: short (18) ----------------
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "chemist", "task:pharmacy"),
    ("en", "short", "e-social card", "card:esocial"),
    ("en", "short", "e med insurance cert", "card:emedical"),
    ("en", "short", "citzen card", "card:citizen"),
    ("en", "short", "health fil", "task:healthfile"),
    ("en", "short", "unemploymnt benefit", "task:unemployment"),
    ("en", "short", "work injur", "task:injury"),
    ("en", "short", "contribs", "task:contributions"),
    ("en", "short", "old medical card", "card:medical"),
    ("en", "short", "hrss card", "card:social"),
    ("en", "short", "soc sec numbr", "faq:10"),
    ("en", "short", "legal basis", "law"),
    ("en", "short", "insurance types", "faq:6"),
    ("en", "short", "employer card", "faq:8"),
    ("en", "short", "pensio", "task:pension"),
    ("en", "short", "bus pass", "task:transport"),
    ("en", "short", "health crd", "card:health"),
    # ---------------- English: oos (18) ----------------
    ("en", "oos", "Lost my social security card after a gig in Shenzhen, how do I get a "
     "replacement?", "none"),
    ("en", "oos", "how much does it cost to get the social security card made?", "none"),
    ("en", "oos", "how long does it take for the social security card to come through?", "none"),
    ("en", "oos", "where's the social security office in Chengdu and what are the opening hours",
     "none"),
    ("en", "oos", "forgot the PIN on my social security card, what do I do", "none"),
    ("en", "oos", "can I get my pension contributions paid back when I leave China for good?",
     "none"),
    ("en", "oos", "what age do people retire at in China?", "none"),
    ("en", "oos", "how much comes out of my wages each month for social insurance", "none"),
    ("en", "oos", "does my Z visa depend on having a social security card?", "none"),
    ("en", "oos", "my card's expiry date is coming up, how do I renew it", "none"),
    ("en", "oos", "will the medical insurance card work in Hong Kong?", "none"),
    ("en", "oos", "does the social security card cover dental work?", "none"),
    ("en", "oos", "would my private health insurance from Ireland do instead of the Chinese "
     "social insurance", "none"),
    ("en", "oos", "do I pay income tax on gig money in China?", "none"),
    ("en", "oos", "best pub to watch the rugby in Shanghai?", "none"),
    ("en", "oos", "what's the weather like in Harbin in January, bru", "none"),
    ("en", "oos", "any decent second-hand guitar shops in Guangzhou?", "none"),
    ("en", "oos", "is there an English helpline number I can ring about social security", "none"),
    # ---------------- English: card (12) ----------------
    ("en", "card", "what actually is the electronic social security card?", "card:esocial:what"),
    ("en", "card", "who issues the old medical insurance card?", "card:medical:issuer"),
    ("en", "card", "who manages the health card, the hospital or the government?",
     "card:health:manager"),
    ("en", "card", "the chip card with my photo and ID number on it, what info does it record?",
     ("card:social:records", "faq:7")),
    ("en", "card", "the one that's like a second ID card, what can I actually use it for?",
     "card:social:function"),
    ("en", "card", "where can the electronic medical insurance certificate be used?",
     "card:emedical:scope"),
    ("en", "card", "who can get the card the local government gives residents for buses and the "
     "reading room", ("card:citizen:eligibility", "task:getcitizen")),
    ("en", "card", "is the human resources and social security card a plastic card or an app "
     "thing", "card:social:form"),
    ("en", "card", "how safe is the old medical insurance card, could someone misuse it",
     "card:medical:security"),
    ("en", "card", "what's the legal basis for the social security card", "card:social:legal"),
    ("en", "card", "the card the clinic keeps my medical history on, what does it record",
     "card:health:records"),
    ("en", "card", "if I get the social security card in Dalian, is it valid when I move to "
     "Kunming for the next contract?", "card:social:scope"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "health card vs social security card, how do they differ?",
     ("cmp:social:health", "faq:1")),
    ("en", "compare", "citizen card or the electronic medical insurance cert, what's the diff",
     "cmp:emedical:citizen"),
    ("en", "compare", "how's the electronic social security card different from the physical "
     "one?", "cmp:social:esocial"),
    # ---------------- English: faq (3) ----------------
    ("en", "faq", "what kinds of social insurance are there over here?", "faq:6"),
    ("en", "faq", "what is my social security number, is it a different number to my ID?",
     "faq:10"),
    ("en", "faq", "started at the academy three weeks ago and they haven't registered me for "
     "social insurance, how long have they got?", ("faq:9", "law:sil-58")),
    # ---------------- English: law (2) ----------------
    ("en", "law", "which article says the social insurance agency has to keep my records and let "
     "me check them free?", "law:sil-74"),
    ("en", "law", "show me the list of laws all this is based on", "law"),
    # ---------------- English: greeting (2) ----------------
    ("en", "greeting", "howzit", "greeting"),
    ("en", "greeting", "sound, thanks a million, that's grand", "greeting"),
    # ---------------- Spanish: task (20) ----------------
    ("es", "task", "Xopa, soy entrenador de fútbol y me dio fiebre, ¿qué tarjeta llevo al "
     "hospital para que me vea un médico?", "task:hospital"),
    ("es", "task", "¿Con cuál tarjeta compro medicinas en la farmacia?", "task:pharmacy"),
    ("es", "task", "Pagué una consulta de mi bolsillo, ¿qué tarjeta uso para que me reembolsen "
     "los gastos médicos?", "task:reimburse"),
    ("es", "task", "quiero ver mi expediente de salud, ¿cuál tarjeta sirve pa' eso?",
     "task:healthfile"),
    ("es", "task", "¿Cómo hago los trámites del seguro médico en línea? ¿Qué necesito?",
     "task:online"),
    ("es", "task", "¿qué tarjeta se usa para cobrar la pensión?", "task:pension"),
    ("es", "task", "se me acaba el contrato en la academia de idiomas, ¿con qué tarjeta me "
     "registro como desempleado?", "task:unemployment"),
    ("es", "task", "Me fracturé un dedo tocando con la orquesta en un evento del trabajo, ¿qué "
     "tarjeta es para los beneficios por accidente laboral?", "task:injury"),
    ("es", "task", "¿cómo reviso si la escuela sí está pagando mis cotizaciones del seguro "
     "social?", "task:contributions"),
    ("es", "task", "¿Cuál de las tarjetas sirve pa'l metro y el bus?", "task:transport"),
    ("es", "task", "¿qué tarjeta me deja usar los servicios públicos de la ciudad, tipo la sala "
     "de lectura?", "task:services"),
    ("es", "task", "necesito algo pa' probar mi identidad aparte del pasaporte, ¿cuál tarjeta?",
     "task:identity"),
    ("es", "task", "¿Cómo saco la tarjeta de seguridad social? Me dijeron en el club que la "
     "necesito", "task:getsocial"),
    ("es", "task", "¿cómo activo la tarjeta electrónica de seguridad social en el celular?",
     "task:getesocial"),
    ("es", "task", "¿Quién puede obtener el certificado electrónico de seguro médico y cómo se "
     "saca?", "task:getemedical"),
    ("es", "task", "¿Cómo consigo la tarjeta ciudadana? ¿Quién la puede tener?",
     "task:getcitizen"),
    ("es", "task", "Quiero apuntarme a una capacitación vocacional cuando termine la temporada, "
     "¿qué tarjeta ocupo?", "task:unemployment"),
    ("es", "task", "¿Con qué tarjeta consulto cuánto llevo acumulado en el seguro de vejez y el "
     "médico?", "task:contributions"),
    ("es", "task", "¿Qué tarjeta le enseño al de la ventanilla cuando voy a registrarme en el "
     "hospital?", "task:hospital"),
    ("es", "task", "¿Cuál tarjeta me sirve pa' tramitar la pensión de vejez cuando me retire?",
     "task:pension"),
    # ---------------- Spanish: short (18) ----------------
    ("es", "short", "reembolso gast", "task:reimburse"),
    ("es", "short", "tarjeta ciudadan", "card:citizen"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "seguro medico viejo", "card:medical"),
    ("es", "short", "registro desempl", "task:unemployment"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "cotizaciones", "task:contributions"),
    ("es", "short", "expediente salu", "task:healthfile"),
    ("es", "short", "tarjeta del bus", "task:transport"),
    ("es", "short", "farmasia", "task:pharmacy"),
    ("es", "short", "numero seguro social", "faq:10"),
    ("es", "short", "tipos de seguro", "faq:6"),
    ("es", "short", "tarjeta electronica seg social", "card:esocial"),
    ("es", "short", "tarjeta de salu", "card:health"),
    ("es", "short", "ley seguro social", "law"),
    ("es", "short", "probar identidad", "task:identity"),
    ("es", "short", "pensión vejez", "task:pension"),
    ("es", "short", "tarjeta patronal", "faq:8"),
    # ---------------- Spanish: oos (18) ----------------
    ("es", "oos", "Se me perdió la tarjeta de seguridad social en el bus, ¿cómo la repongo?",
     "none"),
    ("es", "oos", "¿Cuánto cuesta sacar la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿cuánto se demora en llegar la tarjeta de seguridad social?", "none"),
    ("es", "oos", "¿Dónde queda la oficina de seguridad social en Beijing y a qué hora abren?",
     "none"),
    ("es", "oos", "olvidé la contraseña de la tarjeta electrónica, ¿qué hago?", "none"),
    ("es", "oos", "¿Me devuelven lo que aporté a la pensión cuando me regrese a Panamá?", "none"),
    ("es", "oos", "¿A qué edad se jubila uno en China?", "none"),
    ("es", "oos", "¿Cuánto me descuentan del salario para el seguro social?", "none"),
    ("es", "oos", "¿Necesito la tarjeta de seguridad social para renovar la visa de trabajo?",
     "none"),
    ("es", "oos", "¿Mis cotizaciones en China cuentan para la Caja de Seguro Social de Panamá?",
     "none"),
    ("es", "oos", "¿El seguro médico chino me cubre si me enfermo en Macao?", "none"),
    ("es", "oos", "¿La tarjeta de salud cubre lentes o dentista?", "none"),
    ("es", "oos", "¿Puedo usar mi seguro privado de Panamá en vez del seguro social chino?",
     "none"),
    ("es", "oos", "¿tengo que pagar impuestos por los toques que hago en bares?", "none"),
    ("es", "oos", "¿Dónde venden un buen arroz con pollo en Shanghái?", "none"),
    ("es", "oos", "¿Dónde hay un buen estudio pa' ensayar con la banda en Hangzhou?", "none"),
    ("es", "oos", "¿cuánto es lo máximo que te reembolsan de gastos médicos al año?", "none"),
    ("es", "oos", "¿Cómo renuevo la tarjeta ciudadana cuando se vence?", "none"),
    # ---------------- Spanish: card (12) ----------------
    ("es", "card", "¿Qué es el certificado electrónico de seguro médico?", "card:emedical:what"),
    ("es", "card", "cuéntame todo de la tarjeta ciudadana, mopri", "card:citizen"),
    ("es", "card", "¿Y quién gestiona la tarjeta electrónica del seguro social?",
     "card:esocial:manager"),
    ("es", "card", "¿En qué sitios se puede usar la tarjeta de salud?", "card:health:scope"),
    ("es", "card", "la tarjeta vieja que sacaba uno por el banco para el seguro médico, ¿pa' qué "
     "servía?", "card:medical:function"),
    ("es", "card", "esa tarjeta con chip y mi foto que es como una segunda cédula, ¿quién la "
     "emite?", "card:social:issuer"),
    ("es", "card", "¿la tarjeta electrónica de seguro social es un plástico o va en el celular?",
     "card:esocial:form"),
    ("es", "card", "¿Qué información guarda la tarjeta de seguridad social?",
     ("card:social:records", "faq:7")),
    ("es", "card", "¿La tarjeta ciudadana la da el gobierno local o el seguro social?",
     "card:citizen:issuer"),
    ("es", "card", "¿Quién administra la tarjeta de seguridad social a nivel nacional?",
     "card:social:manager"),
    ("es", "card", "¿Qué tan segura es la tarjeta de seguridad social? Con tanto dato me da cosa",
     "card:social:security"),
    ("es", "card", "la tarjeta donde el hospital guarda mi historial médico, ¿qué es "
     "exactamente?", "card:health:what"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "¿La tarjeta de seguridad social y la tarjeta ciudadana son la misma vaina?",
     ("cmp:social:citizen", "faq:3")),
    ("es", "compare", "¿Qué diferencia hay entre la tarjeta vieja del seguro médico y el "
     "certificado electrónico?", "cmp:medical:emedical"),
    ("es", "compare", "¿En qué se diferencian la tarjeta de salud y el certificado electrónico "
     "de seguro médico?", "cmp:emedical:health"),
    # ---------------- Spanish: faq (3) ----------------
    ("es", "faq", "¿La tarjeta de recursos humanos y seguridad social es lo mismo que la tarjeta "
     "de seguridad social?", "faq:4"),
    ("es", "faq", "¿Qué tipos de tarjeta de seguridad social existen?", "faq:8"),
    ("es", "faq", "¿Es igual el certificado electrónico de seguro médico que la tarjeta "
     "electrónica de seguridad social?", ("faq:5", "cmp:esocial:emedical")),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿Qué dice el artículo 3 de la Ley de Seguro Social?", "law:sil-3"),
    ("es", "law", "¿Qué artículo dice que la tarjeta de seguridad social tiene que servir en "
     "todo el país?", "law:ssc-4"),
    # ---------------- Spanish: greeting (2) ----------------
    ("es", "greeting", "Xopa, buenas", "greeting"),
    ("es", "greeting", "Gracias mopri, ofi, nos vemos", "greeting"),
)
