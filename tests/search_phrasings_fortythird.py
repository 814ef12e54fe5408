"""Forty-third phrasing set (newcomers in their first weeks in China, overwhelmed, asking
basic questions about everything they hear of), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

FORTYTHIRD: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task", "hi sorry im new here, i have a fever, which card do i even bring to the "
     "hospital??", "task:hospital"),
    ("en", "task", "just moved to china last week and need cold medicine, can i use some card at "
     "the pharmacy", "task:pharmacy"),
    ("en", "task", "how do people pay for the subway with a card? everyone taps something that "
     "isnt a bank card", "task:transport"),
    ("en", "task", "my colleague said i can get my doctor bills paid back, which card do i use "
     "for that", "task:reimburse"),
    ("en", "task", "where can I look up my own medical records here? had a checkup and want to "
     "see my file", "task:healthfile"),
    ("en", "task", "I want to do my medical insurance stuff online instead of queueing, what do "
     "I need", "task:online"),
    ("en", "task", "ok probably a dumb question but how would I check my company actually paid "
     "into my social insurance", "task:contributions"),
    ("en", "task", "if i lose my job here how do i get unemployment benefits, which card",
     "task:unemployment"),
    ("en", "task", "a coworker hurt his hand at the factory, what card does he use to get injury "
     "benefits", "task:injury"),
    ("en", "task", "Good afternoon. I am new to China and would like to know which card is used "
     "to receive a pension later on.", "task:pension"),
    ("en", "task", "the library near my apartment has a public reading room, do i need some "
     "special card to use it", "task:services"),
    ("en", "task", "what card can i use here to prove who i am", "task:identity"),
    ("en", "task", "HR told me to get a social security card asap, how do i get one??",
     "task:getsocial"),
    ("en", "task", "how do I get the electronic social security card on my phone",
     "task:getesocial"),
    ("en", "task", "someone at the clinic told me to get the electronic medical insurance "
     "certificate, how do i get that thing", "task:getemedical"),
    ("en", "task", "how do you get a citizen card? literally everyone in my office has one",
     "task:getcitizen"),
    ("en", "task", "first week here and totally lost. what cards do i need for medical stuff, "
     "doctor, pharmacy, all of it", "tasks:care"),
    ("en", "task", "which card do I need for money things like pension, unemployment, that kind "
     "of stuff", "tasks:money"),
    ("en", "task", "which cards help with everyday life here, like buses and public services",
     "tasks:life"),
    ("en", "task", "how do i get any of these cards?? there are so many and i dont get it",
     "tasks:getcard"),
    ("en", "task", "i have no idea where to start, can you just show me which card is for what "
     "depending on what i need", "tasks"),
    ("en", "task", "need to register at the hospital tomorrow morning and they want a card at the "
     "counter, which one", "task:hospital"),
    ("en", "task", "can i pay at the hospital cashier with one of these cards instead of cash",
     "task:hospital"),
    ("en", "task", "taking the bus to work every day, is there a card for that so i stop "
     "fumbling with my phone", "task:transport"),
    ("en", "task", "my friend says the pharmacy downstairs takes insurance cards? which one do i "
     "show them", "task:pharmacy"),
    ("en", "task", "is there a way to see how much has been paid into my social security so far",
     "task:contributions"),
    ("en", "task", "i paid for an ER visit out of pocket, can i get reimbursed and with what card",
     "task:reimburse"),
    ("en", "task", "where do I check my health file", "task:healthfile"),
    ("en", "task", "my boss says I should activate the e social security card but I only have the "
     "plastic one, what do I do", "task:getesocial"),
    ("en", "task", "does anyone know what card i need for work injury claims? asking bc my job is "
     "kinda dangerous", "task:injury"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "health car", "card:health"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "e-medical", "card:emedical"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "medical card", "card:medical"),
    ("en", "short", "security number", "faq:10"),
    ("en", "short", "electronic socia", "card:esocial"),
    ("en", "short", "laws", "law"),
    ("en", "short", "all cards", "cards"),
    ("en", "short", "hospit", "task:hospital"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "i lost my social security card on the metro what do i do", "none"),
    ("en", "oos", "how long does it take to get the citizen card after you apply", "none"),
    ("en", "oos", "how much does a social security card cost", "none"),
    ("en", "oos", "my card says it expires next year, how do i renew it", "none"),
    ("en", "oos", "whats the PIN for my social security card, i never got one", "none"),
    ("en", "oos", "how much gets taken out of my salary for social insurance each month, like "
     "what percent", "none"),
    ("en", "oos", "what are the social security card rules in Shenzhen specifically", "none"),
    ("en", "oos", "as a foreigner can i get my social insurance money back when i leave china",
     "none"),
    ("en", "oos", "what is the housing fund? my contract mentions gongjijin and i have no clue",
     "none"),
    ("en", "oos", "how do i open a bank account here, the bank wants a chinese phone number first",
     "none"),
    ("en", "oos", "does my residence permit count as ID everywhere or do i still carry my passport",
     "none"),
    ("en", "oos", "which hospitals in Guangzhou have English speaking doctors", "none"),
    ("en", "oos", "can i opt out of social insurance? im only here for one year", "none"),
    ("en", "oos", "how much will my pension be if i work here for 5 years", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "what is the citizen card? my landlord asked if i have one", "card:citizen"),
    ("en", "card", "who is in charge of health cards, the hospital or the government?",
     "card:health:manager"),
    ("en", "card", "is the electronic medical insurance certificate an actual card or just "
     "something on your phone", "card:emedical:form"),
    ("en", "card", "what information does the social security card keep about me",
     ("card:social:records", "faq:7")),
    ("en", "card", "is the old medical insurance card safe? someone said its easy to mess with",
     "card:medical:security"),
    ("en", "card", "what is the electronic social security card actually used for",
     "card:esocial:function"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "whats the difference between the health card and the citizen card, they "
     "sound the same to me", "cmp:health:citizen"),
    ("en", "compare", "old medical insurance card vs electronic medical insurance certificate, "
     "how are they different", "cmp:medical:emedical"),
    ("en", "compare", "is the social security card different from the electronic one or is it "
     "the same thing", "cmp:social:esocial"),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "what kinds of social insurance are there? my payslip lists like five", "faq:6"),
    ("en", "faq", "whats my social security number? hr keeps asking me for it", "faq:10"),
    ("en", "faq", "when does my company have to register me for social insurance? i started 2 "
     "weeks ago", "faq:9"),
    ("en", "faq", "are there different types of social security cards?", "faq:8"),
    ("en", "faq", "people keep saying the citizen card and the social security card are the same "
     "card, true?", ("faq:3", "cmp:social:citizen")),
    # ---------------- English: law (2) ----------------
    ("en", "law", "what does article 58 of the social insurance law say", "law:sil-58"),
    ("en", "law", "which article of the social security card measures says who manages the cards",
     "law:ssc-3"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hello??", "greeting"),
    ("en", "greeting", "thanks that helped a lot", "greeting"),
    ("en", "greeting", "ok bye for now", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "hola acabo de llegar a china y me duele mucho una muela, que tarjeta llevo al "
     "hospital", "task:hospital"),
    ("es", "task", "necesito comprar medicina en la farmacia, sirve alguna tarjeta?",
     "task:pharmacy"),
    ("es", "task", "como pago el metro? veo que todos pasan una tarjeta y yo no tengo ninguna",
     "task:transport"),
    ("es", "task", "fui al medico y pague todo yo, como hago para que me reembolsen los gastos",
     "task:reimburse"),
    ("es", "task", "donde puedo consultar mi historial médico aquí en china", "task:healthfile"),
    ("es", "task", "quiero hacer los tramites del seguro medico por internet, que necesito",
     "task:online"),
    ("es", "task", "como sé si mi empresa esta pagando mi seguro social? nadie me explica nada",
     "task:contributions"),
    ("es", "task", "si me quedo sin trabajo como cobro el paro, con que tarjeta",
     "task:unemployment"),
    ("es", "task", "me lastime en el trabajo, que tarjeta uso para las prestaciones por accidente "
     "laboral", "task:injury"),
    ("es", "task", "Buenas tardes, quisiera saber con qué tarjeta se cobra la pensión de "
     "jubilación en China.", "task:pension"),
    ("es", "task", "hay una sala de lectura publica cerca de mi casa, necesito alguna tarjeta para "
     "entrar?", "task:services"),
    ("es", "task", "que tarjeta me sirve para demostrar mi identidad aqui", "task:identity"),
    ("es", "task", "en recursos humanos me dijeron que saque la tarjeta de seguridad social, como "
     "la consigo", "task:getsocial"),
    ("es", "task", "como activo la tarjeta electronica de seguridad social en el celular",
     "task:getesocial"),
    ("es", "task", "quien puede sacar el certificado electronico de seguro medico y como se hace",
     "task:getemedical"),
    ("es", "task", "como se saca la tarjeta ciudadana", "task:getcitizen"),
    ("es", "task", "estoy perdidisimo, que tarjetas necesito para temas de salud: medico, "
     "farmacia, todo eso", "tasks:care"),
    ("es", "task", "y para cosas de dinero como la pension o el desempleo que tarjetas hay",
     "tasks:money"),
    ("es", "task", "que tarjeta uso en el dia a dia, autobus, servicios publicos y eso",
     "tasks:life"),
    ("es", "task", "como consigo estas tarjetas? son demasiadas y no entiendo nada",
     "tasks:getcard"),
    ("es", "task", "me puedes mostrar la guia de que tarjeta usar para cada cosa", "tasks"),
    ("es", "task", "mañana tengo cita en el hospital y me pidieron una tarjeta para registrarme, "
     "cual es", "task:hospital"),
    ("es", "task", "cual tarjeta uso para pagar en la caja del hospital", "task:hospital"),
    ("es", "task", "para tomar el bus todos los dias que tarjeta me conviene", "task:transport"),
    ("es", "task", "en la farmacia de abajo me preguntaron si tenia tarjeta, cual les enseño",
     "task:pharmacy"),
    ("es", "task", "quiero ver cuanto se ha acumulado en mi pension y seguro medico hasta ahora",
     "task:contributions"),
    ("es", "task", "me pueden devolver lo que pague en la clinica? con que tarjeta se tramita",
     "task:reimburse"),
    ("es", "task", "como veo mi expediente de salud", "task:healthfile"),
    ("es", "task", "tengo la tarjeta fisica del seguro social, como saco la version electronica",
     "task:getesocial"),
    ("es", "task", "un compañero se cayo en la obra, que tarjeta necesita para lo del accidente "
     "de trabajo", "task:injury"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "certificado electronic", "card:emedical"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "seguridad soc", "card:social"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "jubilac", "task:pension"),
    ("es", "short", "leyes", "law"),
    ("es", "short", "las tarjetas", "cards"),
    ("es", "short", "hospi", "task:hospital"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "perdi mi tarjeta de seguridad social en un taxi, que hago", "none"),
    ("es", "oos", "cuanto tardan en darte la tarjeta ciudadana", "none"),
    ("es", "oos", "cuanto cuesta sacar la tarjeta de salud", "none"),
    ("es", "oos", "se me vence la tarjeta el año que viene, como la renuevo", "none"),
    ("es", "oos", "olvide el pin de la tarjeta del seguro social", "none"),
    ("es", "oos", "que porcentaje de mi sueldo se va al seguro social cada mes", "none"),
    ("es", "oos", "en Shanghai como funciona lo de la tarjeta, hay reglas propias de la ciudad?",
     "none"),
    ("es", "oos", "como extranjero tengo derecho a recuperar lo que pague de seguro social si me "
     "voy de china", "none"),
    ("es", "oos", "que es el fondo de vivienda que me descuentan del sueldo", "none"),
    ("es", "oos", "como consigo una tarjeta SIM china sin tener cuenta bancaria", "none"),
    ("es", "oos", "necesito un seguro medico privado ademas del publico? cual me recomiendan",
     "none"),
    ("es", "oos", "cuanto me van a pagar de desempleo si me despiden", "none"),
    ("es", "oos", "hay hospitales con medicos que hablen español en Pekin", "none"),
    ("es", "oos", "como cambio mi tarjeta de seguridad social si me mudo a otra ciudad", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "que es la tarjeta de salud? me la mencionaron en la clinica", "card:health"),
    ("es", "card", "quien emite el certificado electronico de seguro medico",
     "card:emedical:issuer"),
    ("es", "card", "la tarjeta ciudadana para que sirve exactamente", "card:citizen:function"),
    ("es", "card", "quien puede tener la tarjeta electronica de seguridad social",
     ("card:esocial:eligibility", "task:getesocial")),
    ("es", "card", "la tarjeta de seguridad social es fisica o electronica", "card:social:form"),
    ("es", "card", "donde se puede usar la tarjeta vieja del seguro medico", "card:medical:scope"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "diferencia entre la tarjeta de seguridad social y la tarjeta de salud?",
     ("cmp:social:health", "faq:1")),
    ("es", "compare", "el certificado electronico de seguro medico y la tarjeta de salud en que se "
     "diferencian", "cmp:emedical:health"),
    ("es", "compare", "tarjeta ciudadana vs tarjeta electronica de seguridad social, cual es la "
     "diferencia", "cmp:esocial:citizen"),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "la tarjeta de seguridad social es lo mismo que la tarjeta del seguro medico?",
     ("faq:2", "cmp:social:medical")),
    ("es", "faq", "la tarjeta de recursos humanos y seguridad social es una tarjeta de seguridad "
     "social?", "faq:4"),
    ("es", "faq", "el certificado electronico de seguro medico y la tarjeta electronica de "
     "seguridad social son lo mismo?", ("faq:5", "cmp:esocial:emedical")),
    ("es", "faq", "que registra la tarjeta de seguridad social y que puedo hacer con ella",
     "faq:7"),
    ("es", "faq", "la tarjeta de salud es un tipo de tarjeta de seguridad social?", "faq:1"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "que dice el articulo 3 de la ley de seguro social", "law:sil-3"),
    ("es", "law", "que norma dice que la tarjeta de seguridad social tiene que servir en todo el "
     "pais", "law:ssc-4"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola buenas", "greeting"),
    ("es", "greeting", "muchas gracias!!", "greeting"),
    ("es", "greeting", "chao, hasta luego", "greeting"),
)
