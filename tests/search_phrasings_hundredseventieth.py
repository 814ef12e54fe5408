"""Hundred-and-seventieth phrasing set (people returning to China after years away, asking what
the cards are now and what replaced what), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDSEVENTIETH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task", "back in China after 9 yrs abroad - which card do I show now to register at a "
     "hospital?", "task:hospital"),
    ("en", "task", "when I left I just bought medicine with my medical card. what do people use at "
     "pharmacies now?", "task:pharmacy"),
    ("en", "task", "had an operation last month. which card do I use now to get the medical costs "
     "reimbursed?", "task:reimburse"),
    ("en", "task",
     "how do i look up my own health records these days? is there a card for that now",
     "task:healthfile"),
    ("en", "task",
     "everything seems to be on the phone now. how do I do medical insurance business "
     "online?", "task:online"),
    ("en", "task", "my dad retired while I was overseas, which card does he draw his pension with?",
     "task:pension"),
    ("en", "task", "lost my job 2 months after moving back, what card do I need to claim "
     "unemployment benefits", "task:unemployment"),
    ("en", "task", "got injured at work at my new job in Shenzhen, which card is for work injury "
     "benefits?", "task:injury"),
    ("en", "task", "I've been gone since 2012. how do I check what social insurance was paid in "
     "under my name?", "task:contributions"),
    ("en", "task", "do people still tap a card for the bus and subway, or what card is it now?",
     "task:transport"),
    ("en", "task", "which card do locals use now for city public services like the public reading "
     "room?", "task:services"),
    ("en", "task", "my ID card is being renewed, can any of these cards prove who I am in the "
     "meantime?", "task:identity"),
    ("en", "task", "I only ever had the old medical insurance card. how do I get a social security "
     "card now?", "task:getsocial"),
    ("en", "task", "how do I turn on the electronic social security card on my phone",
     "task:getesocial"),
    ("en", "task",
     "everyone at the clinic scans an electronic medical insurance code. how do I get "
     "mine?", "task:getemedical"),
    ("en", "task", "just moved back to Hangzhou after a decade, can I get a citizen card?",
     "task:getcitizen"),
    ("en", "task",
     "ok so I've been away 11 years. what can I actually do with all these cards now?",
     "tasks"),
    ("en", "task", "which cards matter these days for seeing doctors and getting medicine?",
     "tasks:care"),
    ("en", "task", "which card is for the money side of things, pension, unemployment money etc",
     "tasks:money"),
    ("en", "task",
     "for everyday life stuff like buses and local services, what card do I need now?",
     "tasks:life"),
    ("en", "task", "what cards should I apply for now that I'm living in China again?",
     "tasks:getcard"),
    ("en", "task", "does my mum collect her retirement pension with the social security card now?",
     "task:pension"),
    ("en", "task",
     ("last time I lived here I paid at the hospital with the medical insurance card, "
                    "is it the social security card now?"), ("task:hospital", "faq:2")),
    ("en", "task", "can I just use my phone at the pharmacy now instead of a plastic card?",
     "task:pharmacy"),
    ("en", "task", "how do I get reimbursed for a hospital stay now, do I need the social security "
     "card?", "task:reimburse"),
    ("en", "task", "want to see how much has built up in my pension and medical accounts over the "
     "years", "task:contributions"),
    ("en", "task", "starting a new job after coming home from Canada, how do I get a shebao card?",
     "task:getsocial"),
    ("en", "task", "where can i see my medical history now, is that the health card thing?",
     "task:healthfile"),
    ("en", "task", "can the citizen card still be used for buses and car rental like it used to?",
     "task:transport"),
    ("en", "task", "who can get the electronic medical insurance certificate? I only just rejoined "
     "medical insurance", "task:getemedical"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "shebao card", "card:social"),
    ("en", "short", "medical insurance ca", "card:medical"),
    ("en", "short", "e-medical cert", "card:emedical"),
    ("en", "short", "citizen c", "card:citizen"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "electronic soc", "card:esocial"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "cards", "cards"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "social security numb", "faq:10"),
    ("en", "short", "unemployment", "task:unemployment"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "my social security card from 2010 has expired, how do I replace it?", "none"),
    ("en", "oos", "how long does it take to get a new social security card issued?", "none"),
    ("en", "oos", "is there a fee for swapping my old medical card for the new one?", "none"),
    ("en", "oos", "I'm a foreign national now (gave up Chinese citizenship), can I still get a "
     "social security card?", "none"),
    ("en", "oos", "what's the hotline number for the Beijing social security bureau?", "none"),
    ("en", "oos", "what time does the social security office open on saturdays", "none"),
    ("en", "oos", "can I get a refund of the contributions I paid before I emigrated?", "none"),
    ("en", "oos", "will my 8 years working in Australia count towards my Chinese pension?", "none"),
    ("en", "oos", "will my UK health insurance cover me at Chinese hospitals?", "none"),
    ("en", "oos", "which SIM card is best for returnees", "none"),
    ("en", "oos",
     "chip on my card stopped working after years in a drawer, where do I get it fixed?",
     "none"),
    ("en", "oos", "how do I move my social insurance from Guangzhou to Chengdu?", "none"),
    ("en", "oos", "how much are the monthly social insurance contributions nowadays?", "none"),
    ("en", "oos", "is the money still in my medical account from before I left or did it expire?",
     "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "what even is this electronic medical insurance certificate? it didn't exist "
     "when I left", "card:emedical"),
    ("en", "card", "who issues the social security card these days, is it still the bank?",
     "card:social:issuer"),
    ("en", "card",
     "the health card - who actually runs it, the hospital or some government office?",
     "card:health:manager"),
    ("en", "card",
     "was the old medical insurance card less secure? is that why it got swapped out?",
     ("card:medical:security", "cmp:social:medical")),
    ("en", "card", "what's printed on the new social security card? does it have my photo now?",
     ("card:social:form", "card:social:records")),
    ("en", "card", "can I use a citizen card from one city in another, or is it local only?",
     "card:citizen:scope"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", ("what's the actual difference between the old medical insurance card and "
                       "the new social security card?"), ("cmp:social:medical", "faq:2")),
    ("en", "compare", ("did the electronic medical insurance certificate replace the old medical "
                       "insurance card? how are they different"), "cmp:medical:emedical"),
    ("en", "compare", ("my city seems to have both a citizen card and a social security card now - "
                       "how do they differ?"), ("cmp:social:citizen", "faq:3")),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "so is the social security card the same thing as my old medical insurance card "
     "or not?", "faq:2"),
    ("en", "faq", "my new card says 'human resources and social security card' - is that just the "
     "social security card?", "faq:4"),
    ("en", "faq", "started a job after coming back, how soon does my employer have to register me "
     "for social insurance?", ("faq:9", "law:sil-58")),
    ("en", "faq", "is my social security number still just my ID number?", "faq:10"),
    ("en", "faq", "the e-medical insurance certificate and the e social security card, same thing "
     "or not?", "faq:5"),
    # ---------------- English: law (2) ----------------
    ("en", "law",
     "which law says my company has to sign me up for social insurance within a month?",
     ("law:sil-58", "faq:9")),
    ("en", "law", "is there an official rule that the social security card has to work everywhere "
     "in the country?", "law:ssc-4"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi there, just landed back in china after years away", "greeting"),
    ("en", "greeting", "cheers, that clears up a lot", "greeting"),
    ("en", "greeting", "ok thanks, bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "volví a China después de 8 años, ¿con qué tarjeta pago ahora en el hospital?",
     "task:hospital"),
    ("es", "task", "antes compraba medicinas con la tarjeta del seguro médico, ¿ahora cuál se usa "
     "en la farmacia?", "task:pharmacy"),
    ("es", "task", "¿cómo me reembolsan los gastos médicos ahora? tuve que ir a urgencias",
     "task:reimburse"),
    ("es", "task", "quiero consultar mi historial de salud, ¿qué tarjeta sirve para eso?",
     "task:healthfile"),
    ("es", "task", "¿ahora se pueden hacer los trámites del seguro médico por internet?",
     "task:online"),
    ("es", "task",
     "mi madre se jubiló mientras yo vivía en Perú, ¿con qué tarjeta cobra la pensión?",
     "task:pension"),
    ("es", "task", "me quedé sin trabajo al volver, ¿qué necesito para pedir la prestación por "
     "desempleo?", "task:unemployment"),
    ("es", "task",
     "tuve un accidente laboral en la fábrica, ¿qué tarjeta uso para las prestaciones?",
     "task:injury"),
    ("es", "task", "¿cómo veo cuánto me han cotizado desde que volví?", "task:contributions"),
    ("es", "task", "¿sirve alguna de estas tarjetas para el metro y el autobús como antes?",
     "task:transport"),
    ("es", "task", "¿qué tarjeta usa la gente ahora para los servicios públicos de la ciudad?",
     "task:services"),
    ("es", "task",
     "tengo el carnet de identidad caducado, ¿alguna tarjeta vale para identificarme?",
     "task:identity"),
    ("es", "task", "¿cómo saco la tarjeta de seguridad social? cuando me fui solo tenía la del "
     "seguro médico", "task:getsocial"),
    ("es", "task", "¿cómo activo la tarjeta electrónica de seguridad social en el móvil?",
     "task:getesocial"),
    ("es", "task", "¿quién puede sacar el certificado electrónico del seguro médico?",
     "task:getemedical"),
    ("es", "task",
     "acabo de volver a mi ciudad después de años, ¿cómo consigo la tarjeta ciudadana?",
     "task:getcitizen"),
    ("es", "task", "llevo años fuera, ¿qué cosas puedo hacer con todas estas tarjetas?", "tasks"),
    ("es", "task", "para temas de salud, médicos y medicinas, ¿qué tarjetas me hacen falta?",
     "tasks:care"),
    ("es", "task", "¿qué tarjeta se usa para temas de dinero como la pensión o el paro?",
     "tasks:money"),
    ("es", "task", "para el día a día, transporte y trámites de la ciudad, ¿qué tarjeta necesito?",
     "tasks:life"),
    ("es", "task", "¿qué tarjetas tengo que solicitar ahora que vivo otra vez en China?",
     "tasks:getcard"),
    ("es", "task", "¿se puede cobrar la jubilación con la tarjeta de seguridad social?",
     "task:pension"),
    ("es", "task", "en la farmacia me pidieron la tarjeta, ¿vale la vieja del seguro médico o la "
     "nueva?", "task:pharmacy"),
    ("es", "task", "¿con qué tarjeta me registro en el hospital hoy en día?", "task:hospital"),
    ("es", "task", "¿los reembolsos de gastos médicos se piden con la tarjeta de seguridad social?",
     "task:reimburse"),
    ("es", "task", "me lesioné trabajando, ¿cómo cobro lo del seguro de accidentes de trabajo?",
     "task:injury"),
    ("es", "task", "¿puedo ver en internet lo que se ha pagado de seguro social a mi nombre?",
     "task:contributions"),
    ("es", "task",
     "¿la tarjeta electrónica de seguridad social se puede sacar sin tener la física?",
     ("task:getesocial", "card:esocial:eligibility")),
    ("es", "task", "¿cómo me inscribo como desempleado? ¿hace falta alguna tarjeta?",
     "task:unemployment"),
    ("es", "task", "¿con qué identificación hago gestiones del seguro médico en línea?",
     "task:online"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "tarjeta seguro méd", "card:medical"),
    ("es", "short", "tarjeta ciudad", "card:citizen"),
    ("es", "short", "seguridad soc", "card:social"),
    ("es", "short", "certificado electrónico", "card:emedical"),
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "leyes", "law"),
    ("es", "short", "autobús", "task:transport"),
    ("es", "short", "tarjeta elec", ("card:esocial", "card:emedical")),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "¿cuánto tarda en llegar la tarjeta nueva?", "none"),
    ("es", "oos", "perdí la tarjeta del seguro médico antes de emigrar, ¿qué hago?", "none"),
    ("es", "oos", "¿cuánto cuesta renovar la tarjeta?", "none"),
    ("es", "oos", "soy español y viví aquí hace años, ¿tengo derecho a una pensión china?", "none"),
    ("es", "oos", "¿puedo recuperar lo que coticé antes de irme a Argentina?", "none"),
    ("es", "oos", "¿cuál es el teléfono de la oficina de seguridad social de Shanghái?", "none"),
    ("es", "oos", "¿abren los sábados las oficinas de seguridad social?", "none"),
    ("es", "oos", "¿mi seguro médico de España me cubre en China?", "none"),
    ("es", "oos", "¿los años que trabajé en México cuentan para la jubilación en China?", "none"),
    ("es", "oos", "¿cómo traslado mi seguro social de Pekín a Cantón?", "none"),
    ("es", "oos", "¿dónde cambio euros en el aeropuerto de Pudong?", "none"),
    ("es", "oos", "el chip de mi tarjeta no funciona, ¿dónde la arreglan?", "none"),
    ("es", "oos", "¿cuánto hay que pagar al mes de seguro social?", "none"),
    ("es", "oos", "¿caduca el saldo de la cuenta médica si no la uso en años?", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "¿qué es la tarjeta electrónica de seguridad social? cuando me fui no existía",
     "card:esocial"),
    ("es", "card", "¿quién emite el certificado electrónico de seguro médico?",
     "card:emedical:issuer"),
    ("es", "card", "¿qué información guarda la tarjeta de seguridad social?",
     ("card:social:records", "faq:7")),
    ("es", "card", "la tarjeta sanitaria, ¿para qué sirve exactamente?", "card:health:function"),
    ("es", "card", "¿quién puede tener la tarjeta ciudadana?",
     ("card:citizen:eligibility", "task:getcitizen")),
    ("es", "card", "¿la tarjeta de seguridad social sirve en todo el país o solo en mi provincia?",
     "card:social:scope"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "¿en qué se diferencia la tarjeta sanitaria de la de seguridad social?",
     ("cmp:social:health", "faq:1")),
    ("es", "compare", ("¿qué diferencia hay entre la tarjeta de seguridad social física y la "
                       "electrónica?"), "cmp:social:esocial"),
    ("es", "compare",
     ("¿qué diferencia hay entre el certificado electrónico del seguro médico y la "
                       "tarjeta electrónica de seguridad social?"),
     ("cmp:esocial:emedical", "faq:5")),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "¿la tarjeta sanitaria del hospital cuenta como tarjeta de seguridad social?",
     "faq:1"),
    ("es", "faq", "me dicen que la tarjeta ciudadana y la de seguridad social son la misma, ¿es "
     "verdad?", "faq:3"),
    ("es", "faq", "¿qué tipos de seguro social hay ahora en China?", "faq:6"),
    ("es", "faq", "explícame qué queda registrado en la tarjeta de seguridad social y para qué me "
     "sirve", "faq:7"),
    ("es", "faq", "¿cuántos tipos de tarjeta de seguridad social hay? ¿hay una para empresas?",
     "faq:8"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿qué leyes hay detrás de todas estas tarjetas?", "law"),
    ("es", "law", "¿qué artículo de la ley dice que el seguro social debe tener amplia cobertura y "
     "ser sostenible?", "law:sil-3"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, buenas, acabo de volver a China", "greeting"),
    ("es", "greeting", "muchísimas gracias, me has aclarado un montón", "greeting"),
    ("es", "greeting", "vale, chao", "greeting"),
)
