"""Hundred-and-ninety-ninth phrasing set (people checking something they heard: yes/no
"is it true...?" questions; Canadians and New Zealanders, Canary Islands Spanish), written
blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDNINETYNINTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (20) ----------------
    (
        "en", "task",
        "Is it true I need the social security card to see a doctor here?",
        "task:hospital",
    ),
    (
        "en", "task",
        "my mate reckons you can pay at the hospital with the health card, is that right?",
        "task:hospital",
    ),
    (
        "en", "task",
        "someone told me you can buy meds at the chemist with the SS card, true?",
        "task:pharmacy",
    ),
    (
        "en", "task",
        "heard the citizen card works on the bus and the subway, eh?",
        ("task:transport", "card:citizen:scope"),
    ),
    (
        "en", "task",
        "Is it true you need the social security card to collect your pension?",
        "task:pension",
    ),
    (
        "en", "task",
        "A coworker said unemployment benefits get claimed with the social security card. Is "
        "that right?",
        "task:unemployment",
    ),
    (
        "en", "task",
        "someone told me I'd need a particular card to get my medical bills reimbursed, true? "
        "which one",
        "task:reimburse",
    ),
    (
        "en", "task",
        "is it true theres a card that lets you look up your own health file?",
        "task:healthfile",
    ),
    (
        "en", "task",
        "heard the electronic medical insurance certificate is what you use for medical "
        "insurance stuff online, right?",
        ("task:online", "card:emedical:function"),
    ),
    (
        "en", "task",
        "Is it true work injury benefits go through the social security card?",
        "task:injury",
    ),
    (
        "en", "task",
        "is it true I can check online how much has been paid into my social insurance?",
        "task:contributions",
    ),
    (
        "en", "task",
        "Someone said there's a card for local public services, like the public reading room. "
        "True?",
        "task:services",
    ),
    (
        "en", "task",
        "my flatmate says the citizen card can be used to prove who you are, is he right?",
        "task:identity",
    ),
    (
        "en", "task",
        "Is it true my employer is supposed to sort out my social security card when I'm hired?",
        "task:getsocial",
    ),
    (
        "en", "task",
        "I heard you can't get the electronic social security card without having the physical "
        "one first, right?",
        ("task:getesocial", "card:esocial:eligibility"),
    ),
    (
        "en", "task",
        "is it true you only need to be in medical insurance to get the e medical insurance "
        "certificate?",
        ("task:getemedical", "card:emedical:eligibility"),
    ),
    (
        "en", "task",
        "someone told me the citizen card is handed out to local residents, so how do I "
        "actually get one?",
        "task:getcitizen",
    ),
    (
        "en", "task",
        "is it true job seeking registration is done with the social security card?",
        "task:unemployment",
    ),
    (
        "en", "task",
        "is it true there are different cards for doctor visits, medicine and health records? "
        "which is for what",
        "tasks:care",
    ),
    (
        "en", "task",
        "Is it true each of these cards has its own way of getting it? how do I get them",
        "tasks:getcard",
    ),
    # ---------------- English: short (18) ----------------
    ("en", "short", "chemist", "task:pharmacy"),
    ("en", "short", "GP visit", "task:hospital"),
    ("en", "short", "superann", "task:pension"),
    ("en", "short", "EI benefits", "task:unemployment"),
    ("en", "short", "SIN numbr", "faq:10"),
    ("en", "short", "e-wallet", "card:citizen:function"),
    ("en", "short", "subwy", "task:transport"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "NHSA", "card:emedical:issuer"),
    ("en", "short", "ic chip", "card:social:form"),
    ("en", "short", "employer card", "faq:8"),
    ("en", "short", "citzen crd", "card:citizen"),
    ("en", "short", "e-soc card", "card:esocial"),
    ("en", "short", "old med card", "card:medical"),
    ("en", "short", "reading room", "task:services"),
    ("en", "short", "contribs", "task:contributions"),
    ("en", "short", "work injur", "task:injury"),
    ("en", "short", "art 58", "law:sil-58"),
    # ---------------- English: oos (18) ----------------
    ("en", "oos", "is it true replacing a lost social security card costs like 20 yuan?", "none"),
    (
        "en", "oos",
        "someone told me if your card gets stolen they can issue a new one the same day, true?",
        "none",
    ),
    (
        "en", "oos",
        "Is it true foreigners get a different kind of social security card from locals?",
        "none",
    ),
    ("en", "oos", "heard the social security card expires after ten years, is that right?", "none"),
    ("en", "oos", "Is it true the retirement age in China is 60 for blokes?", "none"),
    ("en", "oos", "my mate says the Chinese pension pays about 3000 rmb a month, true?", "none"),
    ("en", "oos", "is it true the default PIN on the social security card is 123456?", "none"),
    ("en", "oos", "Is it true getting a health card is free?", "none"),
    (
        "en", "oos",
        "is it true my ACC cover from NZ still applies while I'm working in China?",
        "none",
    ),
    (
        "en", "oos",
        "is it true Beijing's citizen card is the same thing as the Yikatong transit card?",
        "none",
    ),
    (
        "en", "oos",
        "someone said you have to renew the electronic medical insurance certificate every "
        "year, that right?",
        "none",
    ),
    ("en", "oos", "heard the social security bureau closes early on Fridays, true?", "none"),
    (
        "en", "oos",
        "Is it true my Chinese contributions count toward my CPP back in Canada?",
        "none",
    ),
    ("en", "oos", "is it true Alipay can show my electronic social security card?", "none"),
    (
        "en", "oos",
        "heard you get your pension contributions refunded when you leave China for good, eh?",
        "none",
    ),
    ("en", "oos", "is it true maternity insurance covers 98 days of leave?", "none"),
    ("en", "oos", "someone told me it's gonna snow in Harbin this weekend, true?", "none"),
    ("en", "oos", "is it true there's a decent poutine place in Shanghai?", "none"),
    # ---------------- English: card (12) ----------------
    (
        "en", "card",
        "is it true the social security card has a chip in it, like an IC card?",
        "card:social:form",
    ),
    (
        "en", "card",
        "Someone told me the social security card keeps a record of your job history and any "
        "work injuries. True?",
        "card:social:records",
    ),
    (
        "en", "card",
        "is it true my social security card should work anywhere in China, not just the city "
        "that issued it?",
        "card:social:scope",
    ),
    (
        "en", "card",
        "heard the old medical insurance card was actually issued through a bank, is that right?",
        "card:medical:issuer",
    ),
    (
        "en", "card",
        "is it true the old medical insurance card wasnt very secure?",
        "card:medical:security",
    ),
    (
        "en", "card",
        "My neighbour says the health card is managed by the local health department, not by HR"
        " and social security. True?",
        "card:health:manager",
    ),
    (
        "en", "card",
        "someone mentioned a card that just holds your medical records and health info so "
        "doctors can see it quickly, is that a real thing? what is it",
        "card:health:what",
    ),
    (
        "en", "card",
        "Is it true the electronic medical insurance certificate comes from the National "
        "Healthcare Security Administration?",
        "card:emedical:issuer",
    ),
    (
        "en", "card",
        "is it true the electronic social security card is just an electronic voucher tied one "
        "to one to your physical card?",
        "card:esocial:what",
    ),
    (
        "en", "card",
        "is it true the e social security card is run by some national service platform and not"
        " my city?",
        "card:esocial:manager",
    ),
    (
        "en", "card",
        "a kiwi friend called it the 'city card' and said the local government issues it, is "
        "that right?",
        "card:citizen:issuer",
    ),
    (
        "en", "card",
        "is it true the citizen card has an e-wallet thing you can pay with?",
        "card:citizen:function",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en", "compare",
        "Is it true the citizen card and the health card are basically the same thing?",
        "cmp:health:citizen",
    ),
    (
        "en", "compare",
        "someone told me the electronic medical insurance certificate is just the old medical "
        "insurance card gone digital, right?",
        "cmp:medical:emedical",
    ),
    (
        "en", "compare",
        "heard the social security card and the citizen card do different jobs, what's actually"
        " different between them?",
        ("cmp:social:citizen", "faq:3"),
    ),
    # ---------------- English: faq (3) ----------------
    (
        "en", "faq",
        "someone told me my social security number is just my ID number, true?",
        "faq:10",
    ),
    (
        "en", "faq",
        "is it true employers have to register you for social insurance within 30 days of "
        "hiring you?",
        "faq:9",
    ),
    (
        "en", "faq",
        "Is it true the 'human resources and social security card' is really just the social "
        "security card?",
        "faq:4",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en", "law",
        "is it true the Social Insurance Law says you can check your contribution records for "
        "free?",
        "law:sil-74",
    ),
    (
        "en", "law",
        "heard there's a rule saying social security cards have to follow one national standard"
        " and work nationwide, which article is that?",
        "law:ssc-4",
    ),
    # ---------------- English: greeting (2) ----------------
    ("en", "greeting", "kia ora!", "greeting"),
    ("en", "greeting", "cheers, thanks eh", "greeting"),
    # ---------------- Spanish: task (20) ----------------
    (
        "es", "task",
        "¿Es verdad que pa ir al médico aquí en China me hace falta la tarjeta de seguridad "
        "social?",
        "task:hospital",
    ),
    (
        "es", "task",
        "Oye, ¿es cierto que pa registrarme y pagar en el hospital vale la tarjeta de salud?",
        "task:hospital",
    ),
    (
        "es", "task",
        "Chacho, me dijeron que en la farmacia puedo pagar las medicinas con la tarjeta "
        "ciudadana, ¿es cierto?",
        ("task:pharmacy", "card:citizen:function"),
    ),
    (
        "es", "task",
        "Me dijeron que pa comprar medicinas con el seguro en las farmacias designadas se usa "
        "la tarjeta de seguridad social, ¿verdad?",
        "task:pharmacy",
    ),
    (
        "es", "task",
        "¿Es verdad que con la tarjeta ciudadana se puede coger la guagua y el metro?",
        ("task:transport", "card:citizen:scope"),
    ),
    (
        "es", "task",
        "Me contaron que pa cobrar la pensión hay que tener la tarjeta de seguridad social, "
        "¿verdad?",
        "task:pension",
    ),
    (
        "es", "task",
        "¿Es cierto que el paro se solicita con la tarjeta de seguridad social?",
        "task:unemployment",
    ),
    (
        "es", "task",
        "¿Es cierto que pa los cursos de formación profesional del paro hace falta la tarjeta "
        "de seguridad social?",
        "task:unemployment",
    ),
    (
        "es", "task",
        "Una amiga me dijo que pa que me devuelvan los gastos médicos necesito una tarjeta "
        "concreta, ¿es así? ¿cuál?",
        "task:reimburse",
    ),
    (
        "es", "task",
        "¿Es verdad que puedo mirar mi expediente de salud con alguna de las tarjetas?",
        "task:healthfile",
    ),
    (
        "es", "task",
        "¿Es verdad que los trámites del seguro médico por internet se hacen con el certificado"
        " electrónico?",
        ("task:online", "card:emedical:function"),
    ),
    (
        "es", "task",
        "Oí que si tengo un accidente en el trabajo las prestaciones se piden con la tarjeta de"
        " seguridad social, ¿es así?",
        "task:injury",
    ),
    (
        "es", "task",
        "¿Es cierto que con la tarjeta puedo consultar lo que llevo cotizado?",
        "task:contributions",
    ),
    (
        "es", "task",
        "¿Es verdad que hay una tarjeta pa los servicios públicos de la ciudad, tipo la sala de"
        " lectura?",
        "task:services",
    ),
    (
        "es", "task",
        "Mi cuñado dice que la tarjeta ciudadana vale pa identificarse, ¿eso es verdad?",
        "task:identity",
    ),
    (
        "es", "task",
        "¿Es cierto que la tarjeta de seguridad social te la tramitan cuando empiezas a trabajar?",
        "task:getsocial",
    ),
    (
        "es", "task",
        "¿Es verdad que la tarjeta electrónica de seguridad social solo se puede activar si ya "
        "tienes la física?",
        ("task:getesocial", "card:esocial:eligibility"),
    ),
    (
        "es", "task",
        "Me dijeron que el certificado electrónico del seguro médico lo puede sacar cualquiera "
        "que esté asegurado, ¿es cierto?",
        ("task:getemedical", "card:emedical:eligibility"),
    ),
    (
        "es", "task",
        "¿Es verdad que la tarjeta ciudadana la da el gobierno local a los vecinos? ¿cómo la "
        "consigo yo?",
        "task:getcitizen",
    ),
    (
        "es", "task",
        "¿Es verdad que pa médicos, medicinas y el historial de salud hay tarjetas distintas? "
        "¿cuál uso pa qué?",
        "tasks:care",
    ),
    # ---------------- Spanish: short (18) ----------------
    ("es", "short", "guagua", "task:transport"),
    ("es", "short", "tarjeta ciudadan", "card:citizen"),
    ("es", "short", "sertificado elec", "card:emedical"),
    ("es", "short", "farmasia", "task:pharmacy"),
    ("es", "short", "cobrar paro", "task:unemployment"),
    ("es", "short", "jubilasión", "task:pension"),
    ("es", "short", "reembolso gastos", "task:reimburse"),
    ("es", "short", "historial médic", "task:healthfile"),
    ("es", "short", "cotizasiones", "task:contributions"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "nº seguridad social", "faq:10"),
    ("es", "short", "tarjeta empresa", "faq:8"),
    ("es", "short", "monedero electrónico", "card:citizen:function"),
    ("es", "short", "tarj con chip", "card:social:form"),
    ("es", "short", "seg social electr", "card:esocial"),
    ("es", "short", "tarjta salud", "card:health"),
    ("es", "short", "sala de lectura", "task:services"),
    ("es", "short", "artículo 74", "law:sil-74"),
    # ---------------- Spanish: oos (18) ----------------
    (
        "es", "oos",
        "¿Es verdad que si pierdo la tarjeta de seguridad social me cobran por hacer otra?",
        "none",
    ),
    (
        "es", "oos",
        "Me dijeron que la tarjeta de seguridad social caduca a los diez años, ¿es cierto?",
        "none",
    ),
    ("es", "oos", "¿Es verdad que los extranjeros no pueden sacar la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿Es cierto que en China los hombres se jubilan a los 60?", "none"),
    ("es", "oos", "¿Es cierto que el paro en China dura como máximo 24 meses?", "none"),
    (
        "es", "oos",
        "Se me olvidó la clave de la tarjeta de seguridad social, ¿es verdad que hay que ir en "
        "persona?",
        "none",
    ),
    (
        "es", "oos",
        "¿Es cierto que lo que cotizo en China me cuenta pa la pensión en España?",
        "none",
    ),
    (
        "es", "oos",
        "¿Es verdad que la tarjeta sanitaria canaria me sirve en los hospitales de China?",
        "none",
    ),
    (
        "es", "oos",
        "Me dijeron que la oficina de la seguridad social de Cantón abre los sábados, ¿es verdad?",
        "none",
    ),
    (
        "es", "oos",
        "¿Es cierto que en Shanghái la tarjeta ciudadana se llama de otra manera?",
        "none",
    ),
    (
        "es", "oos",
        "¿Es verdad que el certificado electrónico del seguro médico se saca por WeChat?",
        "none",
    ),
    ("es", "oos", "¿Es cierto que tardan un mes en darte la tarjeta de seguridad social?", "none"),
    (
        "es", "oos",
        "¿Es verdad que hace falta visado de trabajo pa tener seguridad social en China?",
        "none",
    ),
    ("es", "oos", "¿Es cierto que el seguro de maternidad paga 98 días de baja?", "none"),
    (
        "es", "oos",
        "Me dijeron que si me voy de China me devuelven lo cotizado, ¿es verdad?",
        "none",
    ),
    ("es", "oos", "¿Es verdad que ahora hay vuelos directos de Tenerife a Shanghái?", "none"),
    ("es", "oos", "¿Es cierto que en los supermercados chinos se encuentra gofio?", "none"),
    (
        "es", "oos",
        "¿Es verdad que un seguro privado me sirve en vez de la seguridad social china?",
        "none",
    ),
    # ---------------- Spanish: card (12) ----------------
    (
        "es", "card",
        "¿Es verdad que la tarjeta de seguridad social la emite el departamento local de "
        "recursos humanos y seguridad social?",
        "card:social:issuer",
    ),
    (
        "es", "card",
        "Me dijeron que la tarjeta de seguridad social es muy segura, que lleva un sistema de "
        "gestión de claves, ¿es cierto?",
        "card:social:security",
    ),
    (
        "es", "card",
        "¿Es cierto que la tarjeta de seguridad social está regulada por unas medidas "
        "administrativas propias?",
        "card:social:legal",
    ),
    (
        "es", "card",
        "Oí que hay una tarjeta con chip que sustituyó a la del seguro médico, ¿es verdad? "
        "¿cuál es esa?",
        "card:social",
    ),
    (
        "es", "card",
        "¿Es cierto que la tarjeta vieja del seguro médico solo servía pa lo del seguro médico "
        "y ya?",
        "card:medical:function",
    ),
    (
        "es", "card",
        "¿Es verdad que el certificado electrónico de seguro médico vale pa todos los trámites "
        "del seguro médico?",
        "card:emedical:scope",
    ),
    (
        "es", "card",
        "Oí que el sertificado del seguro médico es solo electrónico, que no hay tarjeta de "
        "plástico, ¿es así?",
        "card:emedical:form",
    ),
    (
        "es", "card",
        "¿Es verdad que la tarjeta electrónica de seguridad social la emite el Ministerio de "
        "Recursos Humanos y Seguridad Social?",
        "card:esocial:issuer",
    ),
    (
        "es", "card",
        "¿Es cierto que la tarjeta de seguridad social electrónica no es una tarjeta física?",
        "card:esocial:form",
    ),
    (
        "es", "card",
        "Me comentaron que la tarjeta de salud guarda tu historial médico y lo que te has "
        "gastado en médicos, ¿verdad?",
        "card:health:records",
    ),
    (
        "es", "card",
        "¿Es cierto que la tarjeta de salud se usa sobre todo en hospitales y centros médicos?",
        "card:health:scope",
    ),
    (
        "es", "card",
        "Una conocida habla de una tarjeta que da el gobierno local y que sirve pa todo, pa la "
        "guagua, pa pagar... ¿cuál es esa?",
        "card:citizen",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es", "compare",
        "¿Es verdad que la tarjeta de seguridad social y su versión electrónica son lo mismo?",
        "cmp:social:esocial",
    ),
    (
        "es", "compare",
        "Me dijeron que la tarjeta de salud no es lo mismo que la de seguridad social, ¿en qué "
        "se diferencian?",
        ("cmp:social:health", "faq:1"),
    ),
    (
        "es", "compare",
        "¿La tarjeta vieja del seguro médico y la tarjeta ciudadana son la misma cosa o no?",
        "cmp:medical:citizen",
    ),
    # ---------------- Spanish: faq (3) ----------------
    (
        "es", "faq",
        "¿Es verdad que el certificado electrónico de seguro médico y la tarjeta electrónica de"
        " seguridad social son la misma cosa?",
        "faq:5",
    ),
    (
        "es", "faq",
        "¿Es cierto que hay tarjetas de seguridad social pa empresas además de las personales?",
        "faq:8",
    ),
    (
        "es", "faq",
        "Me dijeron que hay como cinco tipos de seguro social, ¿es verdad? ¿cuáles son?",
        "faq:6",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es", "law",
        "¿Es verdad que la Ley de Seguro Social dice que el sistema tiene que tener amplia "
        "cobertura y ser sostenible?",
        "law:sil-3",
    ),
    (
        "es", "law",
        "¿Es cierto que el sistema de información del seguro social lo montan los gobiernos de "
        "condado pa arriba? ¿qué artículo es?",
        "law:sil-75",
    ),
    # ---------------- Spanish: greeting (2) ----------------
    ("es", "greeting", "¡Buenas! ¿Cómo están ustedes?", "greeting"),
    ("es", "greeting", "Gracias, mi niño, muy amable. ¡Hasta luego!", "greeting"),
)
