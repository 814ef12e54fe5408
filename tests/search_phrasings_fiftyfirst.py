"""Fifty-first phrasing set (people writing from a hospital or clinic: patients in a queue,
relatives at a bedside, a nurse helping a foreign patient, someone just discharged with a bill),
written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

FIFTYFIRST: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task", "im in the queue at the registration window which card do they want from me",
     "task:hospital"),
    ("en", "task", "my dad got admitted last night and the nurse asks how we settle the bill, "
     "which card do we pay with", "task:hospital"),
    ("en", "task", "just got discharged with a 6000 yuan bill. how do i get my medical expenses "
     "reimbursed and with what card??", "task:reimburse"),
    ("en", "task", "doctor wrote me a prescription, which card do i show at the pharmacy window "
     "downstairs", "task:pharmacy"),
    ("en", "task", "Hi, I'm a nurse. A foreign patient wants to look up her own medical records "
     "from earlier visits here. Which card lets her do that?", "task:healthfile"),
    ("en", "task", "the doctor wants my health history, can i pull up my health file with "
     "some card",
     "task:healthfile"),
    ("en", "task", "my mum is stuck in bed on ward 5 and wants to do her medical insurance stuff "
     "online from her phone, what does she need", "task:online"),
    ("en", "task", "patient in bed 12 came in without his wallet or passport, which card could he "
     "use to prove who he is at admissions", "task:identity"),
    ("en", "task", "the cashier said i can pay with the electronic medical insurance certificate, "
     "how do i get one", "task:getemedical"),
    ("en", "task", "crushed my fingers at the factory, in the ER now. which card do i need for the "
     "work injury benefits", "task:injury"),
    ("en", "task", "got laid off right before my surgery, what card do i use to apply for "
     "unemployment benefit", "task:unemployment"),
    ("en", "task", "grandpa is retired and in hospital for a week, he keeps asking which card he "
     "needs to draw his pension", "task:pension"),
    ("en", "task", "waiting for my CT scan and want to check if my company actually paid my social "
     "insurance, how", "task:contributions"),
    ("en", "task", "getting home from the hospital by subway, is there a card i can tap instead of "
     "buying a ticket", "task:transport"),
    ("en", "task", "the clinic has a QR code sign asking for the electronic social security card, "
     "how do i get that on my phone", "task:getesocial"),
    ("en", "task", "they told me at reception i dont have a social security card yet. how does one "
     "get it", "task:getsocial"),
    ("en", "task", "Dear Sir or Madam, I am assisting an English-speaking patient on our ward. She "
     "would like to know how to obtain a citizen card. Kind regards, Nurse Li", "task:getcitizen"),
    ("en", "task", "cashier window 3 says insurance card please and i have like four cards in my "
     "wallet which one", "task:hospital"),
    ("en", "task", "the hospital pharmacy is out of stock so i have to buy my meds outside, can i "
     "use a card there", "task:pharmacy"),
    ("en", "task", "brother was in ICU 3 days and we paid everything out of pocket. can we claim "
     "some of it back, which card handles that", "task:reimburse"),
    ("en", "task", "after i go home i want to look at the records from this stay, is there a card "
     "for that", "task:healthfile"),
    ("en", "task", "sitting in the waiting room for 2 hours, might as well do my medical insurance "
     "business online. what do i use", "task:online"),
    ("en", "task", "first time seeing a doctor in china tomorrow, which card gets me registered",
     "task:hospital"),
    ("en", "task", "recovering at home now, theres a public reading room down the street, can one "
     "of these cards get me in", "task:services"),
    ("en", "task", "for anything medical, doctor visits, medicine, getting money back, which cards "
     "do what", "tasks:care"),
    ("en", "task", "while im off sick i need to sort out the money side, pension unemployment "
     "injury, which card for each", "tasks:money"),
    ("en", "task", "im so confused at this clinic, just show me what card i need for what",
     "tasks"),
    ("en", "task", "how do you even get these cards? all the ways to get each one please",
     "tasks:getcard"),
    ("en", "task", "everyday stuff like the bus, reading rooms, showing ID, which card covers that",
     "tasks:life"),
    ("en", "task", "how can i see how much has gone into my pension and medical accounts so far, "
     "bored in the ward", "task:contributions"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "hospital card", "task:hospital"),
    ("en", "short", "medicin", "task:pharmacy"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "medical records", "task:healthfile"),
    ("en", "short", "emedical insur", "card:emedical"),
    ("en", "short", "citizen crd", "card:citizen"),
    ("en", "short", "ss number", "faq:10"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "law articles", "law"),
    ("en", "short", "elec social", "card:esocial"),
    ("en", "short", "insurance types", "faq:6"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "lost my social security card in the taxi on the way to the ER, how do i get a "
     "replacement", "none"),
    ("en", "oos", "how long does a new card take to arrive? im discharged tomorrow and leaving "
     "town", "none"),
    ("en", "oos", "how much does it cost to make a social security card", "none"),
    ("en", "oos", "what percent of this 8000 rmb hospital bill will medical insurance actually "
     "cover", "none"),
    ("en", "oos", "forgot my card PIN at the cashier, they wont let me pay, what do i do", "none"),
    ("en", "oos", "is this hospital in shenzhen a designated hospital for my insurance or not",
     "none"),
    ("en", "oos", "as a foreigner am i even allowed to have medical insurance in china", "none"),
    ("en", "oos", "can i use my housing provident fund to pay the hospital bill", "none"),
    ("en", "oos", "nurse says the chip on my card is dead and it expired last month, how do i "
     "renew it", "none"),
    ("en", "oos", "will my travel insurance from back home cover this hospital stay", "none"),
    ("en", "oos", "what are the visiting hours on the surgical ward", "none"),
    ("en", "oos", "how much is the monthly medical insurance contribution for someone on my "
     "salary", "none"),
    ("en", "oos", "can my wife pay for her medicine with my medical insurance account", "none"),
    ("en", "oos", "Good afternoon. Could you please tell me the rules for using the Hangzhou "
     "citizen card at hospitals in Hangzhou specifically?", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "what exactly is this health card the nurses keep asking me about",
     "card:health"),
    ("en", "card", "who issues the electronic medical insurance certificate",
     "card:emedical:issuer"),
    ("en", "card", "is the social security card safe? i had to leave it at the nurses station and "
     "im a bit nervous", "card:social:security"),
    ("en", "card", "the electronic social security card, is it a real card or only on the phone",
     "card:esocial:form"),
    ("en", "card", "my old medical insurance card, who issued that one, was it the bank?",
     "card:medical:issuer"),
    ("en", "card", "where can a citizen card be used, only in the city that gave it out?",
     "card:citizen:scope"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "the clinic mentions the health card and the electronic medical insurance "
     "certificate, whats the difference between them", "cmp:emedical:health"),
    ("en", "compare", "old medical insurance card vs social security card, how are they different",
     ("cmp:social:medical", "faq:2")),
    ("en", "compare", "how is the electronic social security card different from the plastic "
     "social security card", "cmp:social:esocial"),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "is the health card some kind of social security card? the guard said so",
     "faq:1"),
    ("en", "faq", "how many types of social security card are there", "faq:8"),
    ("en", "faq", "started my job 2 weeks ago and now im in hospital. by when must my boss "
     "register me for social insurance", ("faq:9", "law:sil-58")),
    ("en", "faq", "the admission form asks for my social security number, what is that",
     "faq:10"),
    ("en", "faq", "are the electronic medical insurance certificate and the electronic social "
     "security card one and the same", ("faq:5", "cmp:esocial:emedical")),
    # ---------------- English: law (2) ----------------
    ("en", "law", "which law article says the insurance agency has to keep records of what i "
     "paid in and send them to me", "law:sil-74"),
    ("en", "law", "what article says who manages issuing social security cards nationally",
     "law:ssc-3"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hello, sitting in the waiting room with nothing to do", "greeting"),
    ("en", "greeting", "thanks that helped, they let me pay", "greeting"),
    ("en", "greeting", "ok bye my number is being called", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "estoy en la fila de registro del hospital, que tarjeta tengo que mostrar",
     "task:hospital"),
    ("es", "task", "mi mamá está hospitalizada y en caja nos piden una tarjeta para pagar, cuál es",
     "task:hospital"),
    ("es", "task", "me dieron el alta y la factura es enorme, cómo hago para que me reembolsen los "
     "gastos médicos", "task:reimburse"),
    ("es", "task", "qué tarjeta sirve para comprar los medicamentos en la farmacia del hospital",
     "task:pharmacy"),
    ("es", "task", "Soy enfermera y estoy ayudando a un paciente colombiano. Quiere consultar su "
     "historial médico. ¿Con qué tarjeta puede hacerlo?", "task:healthfile"),
    ("es", "task", "quiero hacer los trámites del seguro médico por internet desde la cama del "
     "hospital", "task:online"),
    ("es", "task", "mi esposo se cayó en la obra y está en urgencias, con qué tarjeta pedimos las "
     "prestaciones por accidente laboral", "task:injury"),
    ("es", "task", "mi abuelo está internado y tiene que cobrar su pensión, qué tarjeta usa",
     "task:pension"),
    ("es", "task", "me despidieron y encima me enfermé, con qué tarjeta solicito el subsidio de "
     "desempleo", "task:unemployment"),
    ("es", "task", "en la clínica dicen que no tengo seguro, quiero comprobar si la empresa pagó "
     "mis cotizaciones", "task:contributions"),
    ("es", "task", "para volver a casa del hospital en metro hay alguna tarjeta que sirva",
     "task:transport"),
    ("es", "task", "como saco el certificado electronico de seguro medico, en la ventanilla me lo "
     "piden", "task:getemedical"),
    ("es", "task", "cómo obtengo la tarjeta electrónica de seguridad social en el móvil",
     "task:getesocial"),
    ("es", "task", "todavía no tengo tarjeta de seguridad social y el hospital me la pide, cómo la "
     "consigo", "task:getsocial"),
    ("es", "task", "Buenas tardes. Acompaño a mi tía en la clínica y quisiéramos saber cómo se "
     "tramita la tarjeta ciudadana.", "task:getcitizen"),
    ("es", "task", "el paciente no trae el pasaporte, con qué tarjeta puede demostrar quién es",
     "task:identity"),
    ("es", "task", "primera vez que voy al médico en China, qué tarjeta necesito para registrarme",
     "task:hospital"),
    ("es", "task", "ya tengo la receta y voy a la farmacia de enfrente, puedo usar alguna tarjeta "
     "del seguro", "task:pharmacy"),
    ("es", "task", "pagamos todo de nuestro bolsillo en urgencias, hay forma de recuperar algo de "
     "plata", "task:reimburse"),
    ("es", "task", "después de salir del hospital quiero ver mi expediente de salud, como hago",
     "task:healthfile"),
    ("es", "task", "estoy de reposo y al lado hay una sala de lectura pública, qué tarjeta me deja "
     "usarla", "task:services"),
    ("es", "task", "todo lo de salud, médico, medicinas, reembolsos, qué tarjeta para cada cosa",
     "tasks:care"),
    ("es", "task", "pensión, paro, accidente de trabajo: qué tarjeta va para lo del dinero",
     "tasks:money"),
    ("es", "task", "para el día a día, autobús, biblioteca, identificarme, qué tarjeta uso",
     "tasks:life"),
    ("es", "task", "cómo se consiguen estas tarjetas? todas, una por una", "tasks:getcard"),
    ("es", "task", "quiero la guía completa de qué tarjeta sirve para cada trámite, estoy perdido "
     "en este hospital", "tasks"),
    ("es", "task", "con que tarjeta consulto cuanto llevo acumulado en mi seguro de pension y "
     "medico", "task:contributions"),
    ("es", "task", "el médico me dijo que active lo del seguro médico en el celular para hacer "
     "trámites en línea, qué es eso", ("task:online", "task:getemedical")),
    ("es", "task", "la enfermera me dice que mañana traiga la tarjeta para la consulta, cuál será",
     "task:hospital"),
    ("es", "task", "taxi no puedo pagar, me voy en autobús, sirve alguna de estas tarjetas",
     "task:transport"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farmac", "task:pharmacy"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "historial médico", "task:healthfile"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "leyes", "law"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "número social", "faq:10"),
    ("es", "short", "desempleo", "task:unemployment"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "perdí la tarjeta en la ambulancia, cómo saco otra", "none"),
    ("es", "oos", "cuánto tarda en llegar la tarjeta nueva, me dan el alta el viernes", "none"),
    ("es", "oos", "cuánto cuesta hacer la tarjeta de seguridad social", "none"),
    ("es", "oos", "qué porcentaje de la cuenta del hospital me cubre el seguro médico", "none"),
    ("es", "oos", "olvidé el PIN de la tarjeta y estoy en la caja, qué hago", "none"),
    ("es", "oos", "este hospital de Guangzhou acepta el seguro de otra provincia?", "none"),
    ("es", "oos", "soy extranjero, tengo derecho a seguro médico en China?", "none"),
    ("es", "oos", "puedo pagar la cuenta del hospital con el fondo de vivienda", "none"),
    ("es", "oos", "mi tarjeta está vencida, cómo la renuevo", "none"),
    ("es", "oos", "mi seguro de viaje de España cubre esta hospitalización?", "none"),
    ("es", "oos", "a qué hora son las visitas en la UCI", "none"),
    ("es", "oos", "cuánto se paga al mes de seguro médico con un sueldo de 9000", "none"),
    ("es", "oos", "mi hija puede usar mi cuenta del seguro médico para sus medicinas?", "none"),
    ("es", "oos", "necesito un intérprete en el hospital, dónde consigo uno", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "qué es la tarjeta de seguridad social", "card:social"),
    ("es", "card", "quién gestiona la tarjeta sanitaria, el hospital?", "card:health:manager"),
    ("es", "card", "para qué sirve el certificado electrónico de seguro médico",
     "card:emedical:function"),
    ("es", "card", "quién puede tener la tarjeta electrónica de seguridad social",
     ("card:esocial:eligibility", "task:getesocial")),
    ("es", "card", "qué ley regula la tarjeta de seguridad social", "card:social:legal"),
    ("es", "card", "qué información guarda la tarjeta sanitaria", "card:health:records"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "diferencia entre la tarjeta ciudadana y la tarjeta sanitaria",
     "cmp:health:citizen"),
    ("es", "compare", "en qué se diferencian la tarjeta sanitaria y la de seguridad social",
     ("cmp:social:health", "faq:1")),
    ("es", "compare", "tarjeta de seguro médico antigua vs certificado electrónico de seguro "
     "médico", "cmp:medical:emedical"),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "la tarjeta ciudadana y la de seguridad social son la misma tarjeta?",
     ("faq:3", "cmp:social:citizen")),
    ("es", "faq", "la tarjeta de recursos humanos y seguridad social es una tarjeta de seguridad "
     "social?", "faq:4"),
    ("es", "faq", "qué registra la tarjeta de seguridad social y qué puedo hacer con ella",
     "faq:7"),
    ("es", "faq", "qué tipos de seguro social existen", "faq:6"),
    ("es", "faq", "la tarjeta de seguridad social es lo mismo que la tarjeta del seguro médico?",
     ("faq:2", "cmp:social:medical")),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "qué artículo de la ley habla de los principios del seguro social, amplia "
     "cobertura y sostenibilidad", "law:sil-3"),
    ("es", "law", "qué dice la ley sobre quién construye el sistema nacional de información del "
     "seguro social", "law:sil-75"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola buenas, estoy en la sala de espera", "greeting"),
    ("es", "greeting", "muchas gracias, ya pude pagar", "greeting"),
    ("es", "greeting", "chao, me llaman a consulta", "greeting"),
)
