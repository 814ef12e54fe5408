"""Hundred-and-sixty-fourth phrasing set (small-business owners and freelancers), written blind
from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDSIXTYFOURTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task", "my barista got sick, which card does she bring to register at the hospital?",
     "task:hospital"),
    ("en", "task", (
        "I run a small café. one of my guys burned his arm on the espresso machine, "
        "how does he get work injury benefits?"), "task:injury"),
    ("en", "task", "freelance translator here, how do I check how much social insurance ive paid",
     "task:contributions"),
    ("en", "task", "I had to let one employee go, how does she claim unemployment money?",
     "task:unemployment"),
    ("en", "task", "can my staff buy medicine at the pharmacy with their card or do they pay cash",
     "task:pharmacy"),
    ("en", "task", "how do I get a doctor bill reimbursed? im self-employed, no HR dept lol",
     "task:reimburse"),
    ("en", "task", "I'm 56 and run a little shop, which card will I use to draw my pension later?",
     "task:pension"),
    ("en", "task", "where can I look up my health records, like results from old checkups?",
     "task:healthfile"),
    ("en", "task", (
        "can I do my medical insurance business online instead of queueing? "
        "I cant leave the shop"), "task:online"),
    ("en", "task", "my delivery guy rides the subway all day, is there a card he can pay with?",
     "task:transport"),
    ("en", "task", "what card lets me use local public services, like the public reading room?",
     "task:services"),
    ("en", "task", "which of these cards can I use to prove my identity?", "task:identity"),
    ("en", "task", "how does my new employee get a social security card?", "task:getsocial"),
    ("en", "task", "how do I get the electronic social security card on my phone",
     "task:getesocial"),
    ("en", "task", (
        "my assistant wants the electronic medical insurance certificate, "
        "can she get it or does she need something first?"), "task:getemedical"),
    ("en", "task", "how do i apply for a citizen card? freelancer, been living in this city 3 yrs",
     "task:getcitizen"),
    ("en", "task", "what can I actually do with these cards? I have 2 employees and zero clue",
     "tasks"),
    ("en", "task", "what can the cards do for doctor visits and medicine stuff?", "tasks:care"),
    ("en", "task", "the money side - pension, unemployment, injury pay - what can I handle?",
     "tasks:money"),
    ("en", "task", "everyday things like getting around town and showing ID, which card helps?",
     "tasks:life"),
    ("en", "task", "how do me and my two employees get our cards sorted?", "tasks:getcard"),
    ("en", "task", (
        "employee hurt in the kitchen needs a work ability appraisal, "
        "what card does he take for that?"), "task:injury"),
    ("en", "task", "can my part-time bookkeeper pay at the hospital with her insurance card?",
     "task:hospital"),
    ("en", "task", "how can i check my shop actually paid my staff's pension contributions?",
     "task:contributions"),
    ("en", "task", "which card for buying meds at the drugstore near my studio", "task:pharmacy"),
    ("en", "task", "my waitress paid a hospital bill herself, how does she get that money back",
     "task:reimburse"),
    ("en", "task", "one of my staff retires next year, how will she collect her pension?",
     "task:pension"),
    ("en", "task", (
        "laid off worker needs to do unemployment registration and job-seeking registration, "
        "which card does he bring"), "task:unemployment"),
    ("en", "task", "where do I see my medical history file? my doctor asked for it",
     "task:healthfile"),
    ("en", "task", (
        "I rent a van for deliveries sometimes, is there a "
        "card that works for car rental?"),
     "task:transport"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "injury", "task:injury"),
    ("en", "short", "pensi", "task:pension"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "e medical", "card:emedical"),
    ("en", "short", "unemploym", "task:unemployment"),
    ("en", "short", "employer card", "faq:8"),
    ("en", "short", "health ca", "card:health"),
    ("en", "short", "reimburse", "task:reimburse"),
    ("en", "short", "ss number", "faq:10"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "contrib", "task:contributions"),
    ("en", "short", "cards", "cards"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "how much do I have to pay per month in social insurance for each employee?",
     "none"),
    ("en", "oos", "can I deduct the social insurance I pay for staff from my business taxes?",
     "none"),
    ("en", "oos", "my cashier lost her social security card, how does she get a new one?", "none"),
    ("en", "oos", "how long does it take to get a social security card made?", "none"),
    ("en", "oos", "whats the hotline number for the social security bureau in Shanghai", "none"),
    ("en", "oos", "is the social security office open on saturdays?", "none"),
    ("en", "oos", "can I hire a foreigner part time without paying social insurance for them?",
     "none"),
    ("en", "oos", (
        "as a foreign freelancer can I get my pension contributions refunded when I leave China?"),
     "none"),
    ("en", "oos", "what's the minimum wage in Shenzhen for my café staff?", "none"),
    ("en", "oos", "is there a fee to replace a damaged social security card?", "none"),
    ("en", "oos", "how many days of sick leave do I legally have to give my workers?", "none"),
    ("en", "oos", "how much maternity pay would I get as a self-employed woman?", "none"),
    ("en", "oos", "best app to run payroll for 2 employees in china?", "none"),
    ("en", "oos", "what documents do I need to bring when I apply for the card?", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "what exactly is this health card thing?", "card:health"),
    ("en", "card", "who issues the electronic medical insurance certificate?",
     "card:emedical:issuer"),
    ("en", "card", "what info does the social security card store about my employees?",
     ("card:social:records", "faq:7")),
    ("en", "card", (
        "can the social security card be used in other provinces too, "
        "or only where my shop is registered?"), "card:social:scope"),
    ("en", "card", "who runs the health card, the local health department or the hospital?",
     "card:health:manager"),
    ("en", "card", "is the electronic social security card just an app thing or a real card?",
     "card:esocial:form"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "health card vs social security card, which one do my staff actually need?",
     ("cmp:social:health", "faq:1")),
    ("en", "compare", (
        "old medical insurance card vs the electronic "
        "medical insurance cert, difference?"),
     "cmp:medical:emedical"),
    ("en", "compare", "citizen card or health card, how are they different?", "cmp:health:citizen"),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", (
        "I just hired someone, how many days do I have to "
        "sign them up for social insurance?"),
     ("faq:9", "law:sil-58")),
    ("en", "faq", "what's my social security number? is it just my ID number?", "faq:10"),
    ("en", "faq", "what kinds of social insurance are there that I'd pay for my employees?",
     "faq:6"),
    ("en", "faq", "is my old medical insurance card the same thing as the social security card?",
     "faq:2"),
    ("en", "faq", (
        "is the electronic medical insurance certificate the same as the electronic "
        "social security card or do I need both"), "faq:5"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "which law says I have to register my staff for social insurance?",
     ("law:sil-58", "faq:9")),
    ("en", "law", "which laws is all this based on? can you list them", "law"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi, quick question", "greeting"),
    ("en", "greeting", "thanks, that helped a lot!", "greeting"),
    ("en", "greeting", "ok bye, back to the shop", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "mi mesera se enfermó, ¿con qué tarjeta la atienden en el hospital?",
     "task:hospital"),
    ("es", "task", (
        "tengo una panadería y un empleado se cortó con la máquina, "
        "¿cómo cobra lo del accidente laboral?"), "task:injury"),
    ("es", "task", "soy traductora autónoma, ¿cómo veo cuánto he cotizado hasta ahora?",
     "task:contributions"),
    ("es", "task", "despedí a un ayudante, ¿cómo pide el subsidio de desempleo?",
     "task:unemployment"),
    ("es", "task", (
        "¿puedo comprar medicinas en la farmacia con la "
        "tarjeta o tengo que pagar aparte?"),
     "task:pharmacy"),
    ("es", "task", "pagué la consulta de mi bolsillo, ¿cómo me reembolsan los gastos médicos?",
     "task:reimburse"),
    ("es", "task", "¿con qué tarjeta cobraré la pensión cuando me jubile? tengo una tiendita",
     "task:pension"),
    ("es", "task", "quiero consultar mi expediente de salud, ¿qué tarjeta uso?", "task:healthfile"),
    ("es", "task", (
        "¿se pueden hacer los trámites del seguro médico por internet? "
        "no puedo cerrar la tienda para ir"), "task:online"),
    ("es", "task", (
        "mi repartidor va en metro todo el día, ¿hay "
        "alguna tarjeta para pagar el viaje?"),
     "task:transport"),
    ("es", "task", (
        "¿qué tarjeta sirve para los servicios públicos de "
        "la ciudad, tipo sala de lectura?"),
     "task:services"),
    ("es", "task", "¿qué tarjeta vale para demostrar quién soy?", "task:identity"),
    ("es", "task", "contraté a una chica, ¿cómo saca ella su tarjeta de seguridad social?",
     "task:getsocial"),
    ("es", "task", "¿cómo activo la tarjeta electrónica de seguridad social en el móvil?",
     "task:getesocial"),
    ("es", "task", "¿quién puede sacar el certificado electrónico de seguro médico? soy freelance",
     "task:getemedical"),
    ("es", "task", "¿cómo consigo la tarjeta ciudadana? vivo aquí pero no soy de esta ciudad",
     "task:getcitizen"),
    ("es", "task", "¿qué cosas puedo hacer con estas tarjetas? tengo un café con dos empleados",
     "tasks"),
    ("es", "task", "trámites de médico y medicinas, ¿qué puedo hacer con las tarjetas?",
     "tasks:care"),
    ("es", "task", "temas de dinero: pensión, paro, accidentes... ¿qué se puede tramitar?",
     "tasks:money"),
    ("es", "task", "cosas del día a día, como el bus o identificarme, ¿qué tarjeta me sirve?",
     "tasks:life"),
    ("es", "task", "¿cómo sacamos las tarjetas mis empleados y yo?", "tasks:getcard"),
    ("es", "task", (
        "un cocinero se quemó trabajando, ¿necesita la tarjeta para la evaluación "
        "de capacidad laboral?"), "task:injury"),
    ("es", "task", "¿mi empleado puede pagar la consulta del hospital con la tarjeta del seguro?",
     "task:hospital"),
    ("es", "task", "¿cómo compruebo que de verdad se pagó la pensión de mis trabajadores?",
     "task:contributions"),
    ("es", "task", (
        "necesito un antibiótico, ¿puedo pagarlo en la farmacia designada con la cuenta "
        "del seguro médico?"), "task:pharmacy"),
    ("es", "task", "mi ayudante tuvo que pagar el hospital ella misma, ¿cómo recupera el dinero?",
     "task:reimburse"),
    ("es", "task", "una empleada se jubila el año que viene, ¿cómo va a cobrar su pensión?",
     "task:pension"),
    ("es", "task", (
        "el chico que despedí tiene que registrarse como desempleado y buscar trabajo, "
        "¿qué tarjeta lleva?"), "task:unemployment"),
    ("es", "task", "¿dónde miro mi historial médico? el doctor me lo pidió", "task:healthfile"),
    ("es", "task", "a veces alquilo un coche para repartos, ¿hay tarjeta que sirva para eso?",
     "task:transport"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "pension", "task:pension"),
    ("es", "short", "desemp", "task:unemployment"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "seguro medico electr", "card:emedical"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "tarjeta de empleador", "faq:8"),
    ("es", "short", "tarjeta sanit", "card:health"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "número SS", "faq:10"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "cotizaciones", "task:contributions"),
    ("es", "short", "tarjetas", "cards"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "¿cuánto me cuesta al mes la seguridad social de cada empleado?", "none"),
    ("es", "oos", "mi camarero perdió su tarjeta de seguridad social, ¿cómo la repone?", "none"),
    ("es", "oos", "¿cuánto tardan en hacer la tarjeta?", "none"),
    ("es", "oos", "¿cuál es el teléfono de la oficina de seguridad social en Guangzhou?", "none"),
    ("es", "oos", "¿a qué hora abre la oficina del seguro social?", "none"),
    ("es", "oos", "¿puedo contratar a un extranjero sin pagarle el seguro social?", "none"),
    ("es", "oos", "si me voy de China, ¿me devuelven lo que coticé para la pensión?", "none"),
    ("es", "oos", "¿cuál es el salario mínimo en Pekín para mis empleados?", "none"),
    ("es", "oos", "¿cobran algo por cambiar una tarjeta rota?", "none"),
    ("es", "oos", "¿cuántos días de vacaciones le tengo que dar a mi empleada?", "none"),
    ("es", "oos", "¿cuánto cobraría de baja por maternidad siendo autónoma?", "none"),
    ("es", "oos", "¿qué papeles tengo que llevar para pedir la tarjeta?", "none"),
    ("es", "oos", "¿puedo desgravar en impuestos lo que pago de seguridad social?", "none"),
    ("es", "oos", "¿cómo abro una cuenta bancaria para mi negocio en China?", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "¿qué es exactamente la tarjeta ciudadana?", "card:citizen"),
    ("es", "card", "¿quién emite la tarjeta electrónica de seguridad social?",
     "card:esocial:issuer"),
    ("es", "card", "¿la tarjeta de seguridad social tiene chip? ¿es segura?",
     "card:social:security"),
    ("es", "card", "¿quién gestiona la tarjeta de salud, el hospital o sanidad?",
     "card:health:manager"),
    ("es", "card", "¿para qué sirve el certificado electrónico de seguro médico?",
     "card:emedical:function"),
    ("es", "card", "la vieja tarjeta del seguro médico, ¿quién la emitía? ¿un banco?",
     "card:medical:issuer"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "¿en qué se diferencian la tarjeta de seguridad social y la ciudadana?",
     ("cmp:social:citizen", "faq:3")),
    ("es", "compare", "diferencia entre la tarjeta de seguridad social física y la electrónica",
     "cmp:social:esocial"),
    ("es", "compare", (
        "tarjeta vieja del seguro médico vs tarjeta de seguridad social, "
        "¿cuál les sirve más a mis empleados?"), ("cmp:social:medical", "faq:2")),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "¿la tarjeta de salud cuenta como tarjeta de seguridad social?", "faq:1"),
    ("es", "faq", (
        "la tarjeta de recursos humanos y seguridad social, ¿es una tarjeta de "
        "seguridad social o es otra?"), "faq:4"),
    ("es", "faq", "¿cuántos tipos de tarjeta de seguridad social hay?", "faq:8"),
    ("es", "faq", (
        "¿qué datos guarda la tarjeta de seguridad social de "
        "mis trabajadores y para qué les sirve?"),
     ("faq:7", "card:social:records")),
    ("es", "faq", (
        "acabo de contratar a alguien, ¿en cuánto tiempo "
        "tengo que darle de alta en el seguro?"),
     ("faq:9", "law:sil-58")),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿qué dice la norma sobre que la tarjeta sirva en todo el país?", "law:ssc-4"),
    ("es", "law", (
        "¿qué artículo obliga a la seguridad social a "
        "llevar registro de mis cotizaciones?"),
     "law:sil-74"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, buenas", "greeting"),
    ("es", "greeting", "muchas gracias, me sirvió un montón", "greeting"),
    ("es", "greeting", "vale, chao", "greeting"),
)
