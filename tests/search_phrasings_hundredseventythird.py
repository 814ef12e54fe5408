"""Hundred-and-seventy-third phrasing set (askers who state their guess and ask to be corrected),
written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDSEVENTYTHIRD: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task", ("I think I use the health card to register at the hospital, right? correct me "
                    "if not"), "task:hospital"),
    ("en", "task", ("pretty sure the social security card is what I show at the pharmacy to buy "
                    "meds, or am I wrong?"), "task:pharmacy"),
    ("en", "task", ("my guess is I need the social security card to get my medical bills "
                    "reimbursed, is that right?"), "task:reimburse"),
    ("en", "task", "I believe the health card is how I look up my own health file. correct?",
     "task:healthfile"),
    ("en", "task", ("I'm assuming the electronic medical insurance certificate is for doing "
                    "medical insurance stuff online? tell me if I've got it wrong"), "task:online"),
    ("en", "task", "I think when I retire I collect my pension with the social security card, yes?",
     "task:pension"),
    ("en", "task", ("correct me if I'm wrong but to claim unemployment benefits I need the social "
                    "security card"), "task:unemployment"),
    ("en", "task", ("I got hurt at work. I think the social security card is what I use for "
                    "injury benefits, right?"), "task:injury"),
    ("en", "task", ("I think I can check how much my employer has paid in for me with the social "
                    "security card, no?"), "task:contributions"),
    ("en", "task", "I think it's the citizen card for the subway, right?", "task:transport"),
    ("en", "task", ("i reckon the citizen card gets me into the public reading room and other "
                    "local services, am i right"), "task:services"),
    ("en", "task", ("I think the citizen card is the one that proves who I am, correct me if I'm "
                    "wrong"), "task:identity"),
    ("en", "task", ("I assume my company has to sort out my social security card when they hire "
                    "me? is that how you get one?"), "task:getsocial"),
    ("en", "task", ("I think I can just activate the electronic social security card on my phone "
                    "without having the physical card, right?"), "task:getesocial"),
    ("en", "task", ("I think anyone can get the electronic medical insurance certificate, even if "
                    "they're not insured? correct me"), "task:getemedical"),
    ("en", "task", ("I think only locals can apply for the citizen card, is that right? how do I "
                    "get it"), "task:getcitizen"),
    ("en", "task", ("I think the only thing these cards are good for is seeing a doctor, am I "
                    "wrong? what else can I do with them?"), "tasks"),
    ("en", "task", ("I guess all the medical stuff (doctor, medicine, getting money back) goes "
                    "through one card? what can I do for health care?"), "tasks:care"),
    ("en", "task", ("I think the money side, pension, unemployment and so on, is all the social "
                    "security card, right? what can I do money-wise?"), "tasks:money"),
    ("en", "task", ("I think for everyday life stuff like getting around town it's the citizen "
                    "card? what day-to-day things can the cards do?"), "tasks:life"),
    ("en", "task", ("I believe each card is obtained a different way, right? how do I actually "
                    "get these cards?"), "tasks:getcard"),
    ("en", "task", ("I think at the hospital I pay my own share with the citizen card's e-wallet, "
                    "correct me if I'm wrong"), "task:hospital"),
    ("en", "task", ("my assumption is the citizen card works at pharmacies too, or is it only the "
                    "social security card for medicine?"), "task:pharmacy"),
    ("en", "task", ("i think i have to go to the social security bureau in person to see what "
                    "i've paid, can't do it online, right?"), "task:contributions"),
    ("en", "task", ("I believe you can even rent a car with the citizen card?? sounds weird, "
                    "correct me"), "task:transport"),
    ("en", "task", ("I'm guessing to handle my medical insurance in the app I log in with the "
                    "electronic social security card? or is it the other one"), "task:online"),
    ("en", "task", ("I think occupational disease claims also go through the social security "
                    "card? or is it something else"), "task:injury"),
    ("en", "task", ("I believe the social security card works like a second ID to prove my "
                    "identity, right?"), ("task:identity", "card:social:function")),
    ("en", "task", ("I think to register as unemployed and job-seeking I bring my social security "
                    "card, am I right?"), "task:unemployment"),
    ("en", "task", ("I think medical expenses get reimbursed through the health card, no? correct "
                    "me"), "task:reimburse"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "bus citizen card?", "task:transport"),
    ("en", "short", "pension?", "task:pension"),
    ("en", "short", "health card?", "card:health"),
    ("en", "short", "e-medical cert", "card:emedical"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "citizen = social?", "faq:3"),
    ("en", "short", "electronic soc", "card:esocial"),
    ("en", "short", "pharmacy?", "task:pharmacy"),
    ("en", "short", "unemploymnt", "task:unemployment"),
    ("en", "short", "medical insurance ca", "card:medical"),
    ("en", "short", "ss number?", "faq:10"),
    ("en", "short", "cards", "cards"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "I think if I lose my social security card I just report it at the bank, right?",
     "none"),
    ("en", "oos", "I'm guessing it takes about two weeks to get the citizen card made? correct me",
     "none"),
    ("en", "oos", "I think getting a replacement health card is free, am I right?", "none"),
    ("en", "oos", "I believe foreigners can't get the citizen card at all, is that true?", "none"),
    ("en", "oos", "the social security hotline is 12333 I think? is that right?", "none"),
    ("en", "oos", "I think the social security bureau is open on saturdays, no?", "none"),
    ("en", "oos", ("I'm pretty sure I can withdraw my pension money in one lump sum when I leave "
                   "China, right?"), "none"),
    ("en", "oos", "I think my medical insurance covers dental work, correct me if I'm wrong",
     "none"),
    ("en", "oos", "I think the monthly contribution is around 10% of salary? is that right",
     "none"),
    ("en", "oos", "I think I can link my social security card to Alipay, right?", "none"),
    ("en", "oos", ("I think they take the photo for the citizen card at the office, right? what "
                   "size?"), "none"),
    ("en", "oos", ("I believe my wife can use my medical insurance card too since we're married? "
                   "correct?"), "none"),
    ("en", "oos", ("I think the electronic social security card expires after a year and I have "
                   "to renew it? right?"), "none"),
    ("en", "oos", "I think the best SIM card for foreigners is China Mobile, right?", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", ("I think the health card is basically a record of my health info and medical "
                    "history? what is it exactly"), ("card:health", "card:health:what")),
    ("en", "card", ("I think the medical insurance card was issued by a bank, not the government? "
                    "correct me"), "card:medical:issuer"),
    ("en", "card", "I think the social security card has a chip, right? is it actually secure?",
     "card:social:security"),
    ("en", "card", ("I believe the electronic social security card is run by some national "
                    "platform? who manages it?"), "card:esocial:manager"),
    ("en", "card", ("I think the social security card stores my pension and medical account info, "
                    "what else does it record?"), ("card:social:records", "faq:7")),
    ("en", "card", ("I think the electronic medical insurance certificate works for every medical "
                    "insurance service? how widely can it be used?"), "card:emedical:scope"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", ("I think the health card and the medical insurance card are basically the "
                       "same thing, no? how do they differ"), "cmp:medical:health"),
    ("en", "compare", ("I reckon the electronic social security card is just the phone version of "
                       "the physical one, right? what's the difference"), "cmp:social:esocial"),
    ("en", "compare", ("I think the old medical insurance card only did medical stuff while the "
                       "social security card does way more, right?"),
     ("cmp:social:medical", "faq:2")),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "I'm pretty sure the health card counts as a social security card, right?",
     "faq:1"),
    ("en", "faq", ("I think the citizen card and the social security card are the same card, am I "
                   "wrong?"), "faq:3"),
    ("en", "faq", ("I think there are only 3 kinds of social insurance: pension, medical and "
                   "unemployment? did I miss any?"), "faq:6"),
    ("en", "faq", ("I think my employer has like 3 months to register me for social insurance "
                   "after I start, correct?"), ("faq:9", "law:sil-58")),
    ("en", "faq", "I think my social security number is just my ID card number, is that right?",
     "faq:10"),
    # ---------------- English: law (2) ----------------
    ("en", "law", ("I think the social security card falls under the Social Insurance Law, right? "
                   "which laws apply?"), "law"),
    ("en", "law", ("I believe there's an article saying I can check my contribution records for "
                   "free, article 74 maybe?"), "law:sil-74"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hello! I think I have a couple of questions, is that ok?", "greeting"),
    ("en", "greeting", "thanks, I think I've got it now", "greeting"),
    ("en", "greeting", "ok bye, I think that's all", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", ("creo que para registrarme en el hospital se usa la tarjeta de salud, ¿me "
                    "equivoco?"), "task:hospital"),
    ("es", "task", "me parece que en la farmacia pago con la tarjeta de seguridad social, ¿no?",
     "task:pharmacy"),
    ("es", "task", ("tengo entendido que el reembolso de gastos médicos se hace con la tarjeta de "
                    "seguridad social, ¿es así?"), "task:reimburse"),
    ("es", "task", ("creo que puedo consultar mi expediente de salud con la tarjeta sanitaria, "
                    "corrígeme"), "task:healthfile"),
    ("es", "task", ("supongo que para los trámites del seguro médico por internet uso el "
                    "certificado electrónico, ¿verdad?"), "task:online"),
    ("es", "task", ("creo que la pensión la cobro con la tarjeta de seguridad social al "
                    "jubilarme, ¿o no?"), "task:pension"),
    ("es", "task", ("si me quedo sin trabajo creo que pido el subsidio de desempleo con la "
                    "tarjeta de la seguridad social, ¿correcto?"), "task:unemployment"),
    ("es", "task", ("me lesioné en el trabajo, creo q necesito la tarjeta de seguridad social "
                    "para cobrar lo del accidente, ¿me equivoco?"), "task:injury"),
    ("es", "task", ("creo que puedo ver cuánto ha cotizado mi empresa por mí con la tarjeta de "
                    "seguridad social, ¿es así?"), "task:contributions"),
    ("es", "task", "creo que es la tarjeta ciudadana para el bus, ¿me equivoco?", "task:transport"),
    ("es", "task", ("creo que con la tarjeta ciudadana puedo usar la sala de lectura pública y "
                    "otros servicios locales, ¿sí?"), "task:services"),
    ("es", "task", "pienso que la tarjeta ciudadana sirve para demostrar quién soy, ¿es correcto?",
     "task:identity"),
    ("es", "task", ("creo que es la empresa la que me tramita la tarjeta de seguridad social al "
                    "contratarme, ¿no? ¿así se consigue?"), "task:getsocial"),
    ("es", "task", ("creo que la tarjeta electrónica de seguridad social solo se activa si ya "
                    "tienes la física, ¿verdad?"), "task:getesocial"),
    ("es", "task", ("me parece que el certificado electrónico del seguro médico solo lo pueden "
                    "sacar los asegurados, ¿cierto?"), "task:getemedical"),
    ("es", "task", ("creo que la tarjeta ciudadana solo se la dan a los residentes locales, ¿cómo "
                    "se saca? ¿me equivoco?"), "task:getcitizen"),
    ("es", "task", "creo que con estas tarjetas solo se puede ir al médico, ¿qué más puedo hacer?",
     "tasks"),
    ("es", "task", ("creo que todo lo de salud (médico, medicinas, reembolsos) va con la misma "
                    "tarjeta, ¿qué trámites médicos hay?"), "tasks:care"),
    ("es", "task", ("entiendo que lo de dinero, pensión, paro y eso, va por la seguridad social, "
                    "¿qué puedo hacer con lo del dinero?"), "tasks:money"),
    ("es", "task", ("creo que para la vida diaria, transporte y tal, sirve la tarjeta ciudadana, "
                    "¿qué cosas del día a día puedo hacer?"), "tasks:life"),
    ("es", "task", ("supongo que cada tarjeta se saca de forma distinta, ¿cómo consigo las "
                    "tarjetas?"), "tasks:getcard"),
    ("es", "task", ("creo que en el hospital puedo pagar lo que me toca a mí con el monedero de "
                    "la tarjeta ciudadana, ¿es así?"), "task:hospital"),
    ("es", "task", "creo q para comprar medicinas vale cualquiera de las tarjetas, ¿o me equivoco?",
     "task:pharmacy"),
    ("es", "task", ("tengo entendido que el total acumulado de mi pensión lo puedo consultar con "
                    "la tarjeta, ¿verdad?"), "task:contributions"),
    ("es", "task", "creo que se puede alquilar un coche con la tarjeta ciudadana??? corrígeme",
     "task:transport"),
    ("es", "task", ("supongo que para gestionar el seguro médico en línea entro con la tarjeta "
                    "electrónica de seguridad social, ¿o es con otra?"), "task:online"),
    ("es", "task", ("creo que las enfermedades profesionales también se tramitan con la tarjeta "
                    "de seguridad social, ¿es correcto?"), "task:injury"),
    ("es", "task", "pienso que la tarjeta de seguridad social vale como un segundo DNI, ¿no?",
     ("task:identity", "card:social:function")),
    ("es", "task", ("creo que para inscribirme como desempleado y buscar empleo llevo la tarjeta "
                    "de seguridad social, ¿sí?"), "task:unemployment"),
    ("es", "task", ("creo que los gastos del médico me los devuelven si presento la tarjeta de "
                    "salud, ¿me equivoco?"), "task:reimburse"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "tarjeta ciudadana bus?", "task:transport"),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "tarjeta sanitaria?", "card:health"),
    ("es", "short", "certificado electrónico médi", "card:emedical"),
    ("es", "short", "reembolso?", "task:reimburse"),
    ("es", "short", "tarjeta electrónica de seguridad so", "card:esocial"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "desempelo", "task:unemployment"),
    ("es", "short", "tarjeta seguro médico vieja", "card:medical"),
    ("es", "short", "número de seguridad social?", "faq:10"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "ley seguro social", "law"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", ("creo que si pierdo la tarjeta de seguridad social me hacen otra en el banco, "
                   "¿verdad?"), "none"),
    ("es", "oos", "supongo que la tarjeta ciudadana tarda un mes en llegar, ¿no?", "none"),
    ("es", "oos", "creo que sacar la tarjeta sanitaria cuesta unos 20 yuanes, ¿me equivoco?",
     "none"),
    ("es", "oos", "creo que los extranjeros no pueden cobrar el paro en China, ¿es así?", "none"),
    ("es", "oos", "el teléfono de atención es el 12333, ¿no?", "none"),
    ("es", "oos", "creo que la oficina de seguridad social cierra a las 5, ¿cierto?", "none"),
    ("es", "oos", ("pienso que si me voy de China me devuelven lo cotizado para la pensión, ¿me "
                   "equivoco?"), "none"),
    ("es", "oos", "creo que el seguro médico cubre las gafas, ¿verdad?", "none"),
    ("es", "oos", "me parece que la cuota mensual es un 8% del sueldo, ¿es correcto?", "none"),
    ("es", "oos", "creo que puedo pagar en WeChat con la tarjeta de seguridad social, ¿no?",
     "none"),
    ("es", "oos", "creo que para la foto de la tarjeta piden fondo blanco, ¿sí?", "none"),
    ("es", "oos", "creo que mis hijos pueden usar mi tarjeta del seguro médico, ¿me equivoco?",
     "none"),
    ("es", "oos", ("supongo que el certificado electrónico del seguro médico caduca y hay que "
                   "renovarlo cada año, ¿no?"), "none"),
    ("es", "oos", "creo que el mejor banco para extranjeros en China es el Bank of China, ¿verdad?",
     "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", ("creo que la tarjeta electrónica de seguridad social la puede tener "
                    "cualquiera, ¿quién puede tenerla en realidad?"),
     ("card:esocial:eligibility", "task:getesocial")),
    ("es", "card", ("tengo entendido que la tarjeta de seguridad social es física, con chip, "
                    "¿cómo es?"), "card:social:form"),
    ("es", "card", ("creo que la tarjeta de seguridad social está regulada por unas medidas "
                    "administrativas, ¿qué base legal tiene?"), "card:social:legal"),
    ("es", "card", ("creo que la tarjeta ciudadana es una especie de carnet local, ¿qué es "
                    "exactamente?"), "card:citizen"),
    ("es", "card", ("me parece que la tarjeta sanitaria la gestionan los departamentos de salud "
                    "locales, ¿es así?"), "card:health:manager"),
    ("es", "card", ("creo que la tarjeta del seguro médico solo servía para el seguro médico, "
                    "¿para qué sirve exactamente?"), "card:medical:function"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", ("creo que la tarjeta ciudadana y la tarjeta sanitaria sirven para lo mismo "
                       "en el hospital, ¿en qué se diferencian?"), "cmp:health:citizen"),
    ("es", "compare", ("creo que la tarjeta electrónica de seguridad social y el certificado "
                       "electrónico del seguro médico los emiten organismos distintos, ¿qué "
                       "diferencias hay?"), ("cmp:esocial:emedical", "faq:5")),
    ("es", "compare", ("pienso que la tarjeta del seguro médico era la versión vieja y ahora todo "
                       "es el certificado electrónico, ¿cuál es la diferencia?"),
     "cmp:medical:emedical"),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", ("creo que la tarjeta de seguridad social y la tarjeta del seguro médico son la "
                   "misma, ¿me equivoco?"), "faq:2"),
    ("es", "faq", ("creo que la 'tarjeta de recursos humanos y seguridad social' es la de "
                   "seguridad social de siempre, ¿es así?"), "faq:4"),
    ("es", "faq", ("creo que el certificado electrónico de seguro médico y la tarjeta electrónica "
                   "de seguridad social son lo mismo, ¿verdad?"), "faq:5"),
    ("es", "faq", ("creo que la tarjeta de seguridad social solo guarda mi nombre y mi DNI, ¿qué "
                   "registra y qué puedo hacer con ella?"), "faq:7"),
    ("es", "faq", "creo que solo hay un tipo de tarjeta de seguridad social, ¿o hay varios?",
     "faq:8"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", ("creo que el artículo 58 dice que la empresa tiene 30 días para darme de alta, "
                   "¿es así?"), ("law:sil-58", "faq:9")),
    ("es", "law", ("creo que en las medidas administrativas sobre las tarjetas, el artículo 4 "
                   "habla de 'una tarjeta, múltiples usos', ¿no?"), "law:ssc-4"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, creo que tengo un par de dudas, ¿se puede?", "greeting"),
    ("es", "greeting", "gracias, creo que ya lo entendí", "greeting"),
    ("es", "greeting", "vale, hasta luego", "greeting"),
)
