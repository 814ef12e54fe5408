"""Thirty-third phrasing set (worried askers), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

THIRTYTHIRD: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "hi, my daughter has had a fever since sunday and the clinic told us to go to the "
        "children's hospital tomorrow morning. i have like four different cards in my wallet "
        "and i honestly have no idea which one they want when we register. which one do i "
        "bring??",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "Sorry to bother you. My husband fainted at work today and they took him to the "
        "emergency department, I'm at home packing his things. The nurse said to bring his card"
        " so we can register and pay. Which card is that?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "im 7 months pregnant and my first appointment at the big hospital is next week, we "
        "just moved here from another province and im so nervous about the paperwork. what card"
        " do they use for registration and payment at the hospital",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "My little boy has an ear infection and the doctor wrote a prescription but I'm low on "
        "cash until payday. Someone told me I can pay for medicine at the pharmacy with one of "
        "the insurance cards. Which card works at the pharmacy?",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "ok so my mom takes blood pressure pills every month and i always pay cash. a neighbour"
        " said im silly because she could use a card at the drugstore. which card is it that "
        "you buy medicine with",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "Last month my father had surgery and we paid almost everything out of pocket because "
        "we were panicking. Now the bills are piling up and I can't cover the rent. Is there a "
        "way to get those medical expenses reimbursed, and which card do I need for it?",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "we had to go to the ER twice in december and i kept every receipt in a shoebox. my "
        "wife says we can get some of it back. what card do i need to claim reimbursement for "
        "medical costs",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "My son has asthma and we've seen three different doctors this year, and the new "
        "specialist keeps asking what he was given before. I can't remember all of it. Is there"
        " a card where I can look up his medical records?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "after my accident last year i have a pile of appointments and i keep losing track of "
        "what each doctor said. id like to check my own health file. which card lets me look "
        "that up",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "I work two jobs and I literally cannot get to the insurance office during opening "
        "hours. I need to sort out some medical insurance things. Can I handle medical "
        "insurance business online instead, and what do I need to log in?",
        "task:online",
    ),
    (
        "en",
        "task",
        "my baby is 2 weeks old and i cant leave the house but i have some medical insurance "
        "stuff to deal with. is there something i can use on my phone to do it online",
        "task:online",
    ),
    (
        "en",
        "task",
        "My father-in-law retires at the end of this month and he is very anxious because "
        "nobody at his factory explained anything. He just wants to know which card he has to "
        "use to collect his pension. Can you tell me?",
        "task:pension",
    ),
    (
        "en",
        "task",
        "i turn 60 in the spring and ive been paying in for decades. my daughter says i need a "
        "specific card to actually receive the pension money. which card is it?",
        "task:pension",
    ),
    (
        "en",
        "task",
        "I was laid off on Friday with no warning. Rent is due, my kid is in school and I'm "
        "trying to stay calm. Which card do I use to apply for unemployment benefits?",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "company went bankrupt and all of us got sent home. a coworker said we should register "
        "as unemployed right away. what do i need for the unemployment registration, like which"
        " card",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "My brother cut his hand badly on a machine at the factory and needed stitches. The "
        "boss is being vague about who pays for what. Which card does he use for work injury "
        "benefits?",
        "task:injury",
    ),
    (
        "en",
        "task",
        "I slipped on a wet floor at the warehouse and hurt my back, I've been off for two "
        "weeks now. HR mentioned industrial injury insurance and I have no clue where to start."
        " Which card is that handled with?",
        "task:injury",
    ),
    (
        "en",
        "task",
        "My employer says they pay my social insurance every month but my payslip looks weird "
        "and I'm worried they are pocketing the money. How can I check what has actually been "
        "paid in for me?",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "been freelancing for 3 years and paying my own social insurance but i lost track of "
        "the months. is there a way to see how much ive paid in so far",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "My teenage son starts at a new school across the city and will take the bus and the "
        "subway every day. I'd rather not hand him cash each morning. Is there a card he can "
        "use on public transport?",
        "task:transport",
    ),
    (
        "en",
        "task",
        "We just moved and my kids are bored every weekend, I can't afford classes right now. "
        "Someone mentioned the public reading rooms. Do I need a particular card to use them?",
        "task:services",
    ),
    (
        "en",
        "task",
        "my ID card got sent off for renewal and i have to prove who i am at my kid's school "
        "registration next week. which of these cards can i use to prove my identity",
        "task:identity",
    ),
    (
        "en",
        "task",
        "Good evening. I have an appointment at a government office tomorrow and my documents "
        "are a mess after the move. Is there one of these cards that can serve as proof of "
        "identity?",
        "task:identity",
    ),
    (
        "en",
        "task",
        "I just started at a new company after six months without work. Nobody said anything "
        "about a social security card. How do I get one, is my employer supposed to apply for "
        "it?",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "my wife has never had a social security card, she stayed home with the kids and now "
        "shes starting a part time job. can she get one and how?",
        ("task:getsocial", "card:social:eligibility"),
    ),
    (
        "en",
        "task",
        "I keep leaving my physical social security card at home and then I'm stuck at the "
        "pharmacy counter feeling like an idiot. How do I get the electronic version on my "
        "phone?",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "The hospital registration desk asked for my electronic medical insurance certificate "
        "and I didn't have it, my son was crying and the queue was huge. How do I get that "
        "certificate?",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "we relocated here for my husbands job and everyone at school talks about the citizen "
        "card for buses and stuff. how do we get one?",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        "My mother was just diagnosed with diabetes and suddenly I'm in charge of everything: "
        "doctor visits, her medicine, the bills. I'm overwhelmed. Can you show me which card I "
        "need for each health-related thing?",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "Bad year. I lost my job, my dad is about to retire and my uncle got hurt at work. I "
        "need an overview of the money side: pension, unemployment, injury benefits, "
        "contributions. Which card goes with what?",
        "tasks:money",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "hospitl", "task:hospital"),
    ("en", "short", "medicine", "task:pharmacy"),
    ("en", "short", "unemploymen", "task:unemployment"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "e-social", "card:esocial"),
    ("en", "short", "citizen car", "card:citizen"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "reimburse", "task:reimburse"),
    ("en", "short", "laws", "law"),
    ("en", "short", "all cards", "cards"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "I think my wallet was stolen on the subway this morning and my social security card "
        "was in it. My son has a hospital appointment on Thursday. How do I report it lost and "
        "get a new one?",
        "none",
    ),
    (
        "en",
        "oos",
        "our company applied for my social security card three weeks ago and it still hasnt "
        "come. my daughter needs to see a doctor soon. how long does it normally take to get "
        "the card?",
        "none",
    ),
    (
        "en",
        "oos",
        "Money has been very tight since my divorce. Is there a fee for getting a citizen card,"
        " and how much is it?",
        "none",
    ),
    (
        "en",
        "oos",
        "the QR code for my electronic medical insurance certificate wont load and the doctor "
        "is waiting on me. is the app down today or is it my phone",
        "none",
    ),
    (
        "en",
        "oos",
        "I typed the wrong PIN three times at the hospital self-service machine and now my card"
        " is locked. My husband is sitting there in pain. How do I unlock it?",
        "none",
    ),
    (
        "en",
        "oos",
        "I was laid off and I'm trying to make a budget. How much money per month will I "
        "actually get from unemployment insurance, and for how long?",
        "none",
    ),
    (
        "en",
        "oos",
        "we live in Hangzhou and my wife is due in May. does Hangzhou have its own rules for "
        "adding a newborn to our medical insurance?",
        "none",
    ),
    (
        "en",
        "oos",
        "I'm a foreigner working here on a Z visa and I'm scared I'm paying into a system I'll "
        "never benefit from. If I leave China, can I get my pension contributions refunded?",
        "none",
    ),
    (
        "en",
        "oos",
        "My kid needs braces and I can't afford them. Can I take money out of my housing "
        "provident fund to pay the dentist?",
        "none",
    ),
    (
        "en",
        "oos",
        "What percentage of my salary goes to social insurance every month? My paycheck seems "
        "so small and I have a sick mother to support.",
        "none",
    ),
    (
        "en",
        "oos",
        "My social security card expires next month going by the date printed on it. I'm afraid"
        " it won't work at the hospital anymore. How do I renew it?",
        "none",
    ),
    (
        "en",
        "oos",
        "my parents are visiting from Mexico for 3 months and my dad has a heart condition. can"
        " they get chinese medical insurance while they are here?",
        "none",
    ),
    (
        "en",
        "oos",
        "The bill for my son's appendix surgery came to 18,000 yuan. What percentage will "
        "medical insurance cover? I'm losing sleep over this.",
        "none",
    ),
    (
        "en",
        "oos",
        "I had to change banks because my old one closed its branch near me. How do I link my "
        "new bank account to my social security card?",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "The clinic keeps mentioning the electronic medical insurance certificate like I'm "
        "supposed to know all about it, and I'm already stressed with my wife's pregnancy. What"
        " can I actually use it for?",
        "card:emedical:function",
    ),
    (
        "en",
        "card",
        "We just moved to a new city with two kids and the neighbours all talk about the "
        "citizen card. I don't want to miss anything that could help us. Can you explain the "
        "citizen card, everything about it?",
        "card:citizen",
    ),
    (
        "en",
        "card",
        "My mother's clinic says there is a problem with her health card and sent me to the "
        "department that manages it. I'm confused and she is waiting for treatment. Who "
        "actually manages the health card?",
        "card:health:manager",
    ),
    (
        "en",
        "card",
        "I found my dad's old medical insurance card while clearing out his flat after he "
        "passed. I'd like to give it back to whoever issued it. Who issued those old cards?",
        "card:medical:issuer",
    ),
    (
        "en",
        "card",
        "I keep reading about people getting their cards hacked and money stolen, and all my "
        "pension info is tied to my social security card. How safe is the social security card "
        "really?",
        "card:social:security",
    ),
    (
        "en",
        "card",
        "My son set up something called the electronic social security card on my phone before "
        "he went abroad and I don't understand it at all. What is it exactly?",
        "card:esocial:what",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "I still have my old medical insurance card from years ago and now the hospital wants "
        "the electronic medical insurance certificate. I'm so confused. What's the difference "
        "between the two?",
        "cmp:medical:emedical",
    ),
    (
        "en",
        "compare",
        "The school form asks for my kid's health card or citizen card and I don't even "
        "understand what separates them. How do the health card and the citizen card differ?",
        "cmp:health:citizen",
    ),
    (
        "en",
        "compare",
        "My wife says the electronic social security card on her phone does everything the "
        "citizen card does. I'm not convinced. Can you compare the two for me?",
        "cmp:esocial:citizen",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "I started a warehouse job six weeks ago and still nobody has said a word about social "
        "insurance. I'm scared that if I get hurt I'm not covered. By when is my employer "
        "supposed to register me?",
        "faq:9",
    ),
    (
        "en",
        "faq",
        "The hospital form asks for my social security number and I panicked because I don't "
        "remember ever getting one. What is my social security number?",
        "faq:10",
    ),
    (
        "en",
        "faq",
        "My mom keeps insisting her health card is her social security card and won't listen to"
        " me. She's about to go into hospital. Is the health card a social security card or "
        "not?",
        "faq:1",
    ),
    (
        "en",
        "faq",
        "single dad here trying to understand all the deductions on my payslip. what kinds of "
        "social insurance are there anyway",
        "faq:6",
    ),
    (
        "en",
        "faq",
        "The office handed me a card that says human resources and social security card, but I "
        "was supposed to get a social security card. Did they give me the wrong one? Is it a "
        "social security card?",
        "faq:4",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "My company claims I can't see my own contribution records unless I pay a fee. I don't "
        "think that's right, I heard there's an article about it. What does article 74 of the "
        "Social Insurance Law say?",
        "law:sil-74",
    ),
    (
        "en",
        "law",
        "I'm arguing with a clerk who says the card is only for medical things. What exactly "
        "does article 2 of the Administrative Measures on Social Security Cards say?",
        "law:ssc-2",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hello?? is anyone there, sorry im really stressed", "greeting"),
    (
        "en",
        "greeting",
        "Thank you so much. You have no idea how much this helped, I can finally sleep tonight.",
        "greeting",
    ),
    ("en", "greeting", "ok thats all for now, bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "Hola, mi hijo de 4 años tiene fiebre desde el sábado y mañana temprano lo llevo al "
        "hospital infantil. Tengo varias tarjetas en la cartera y no sé cuál piden para "
        "registrarlo. ¿Cuál tengo que llevar?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "buenas, mi esposa está ingresada desde ayer por una infección y en caja me pidieron "
        "pagar con la tarjeta. estoy perdido, qué tarjeta se usa para pagar en el hospital?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "Perdí mi trabajo hace un mes y estoy contando cada yuan. Mi hija necesita un "
        "antibiótico y me dijeron que en la farmacia puedo usar una tarjeta del seguro. ¿Cuál "
        "es la que sirve para comprar medicamentos?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "mi mamá toma pastillas para la tiroides todos los meses y siempre paga en efectivo... "
        "con qué tarjeta podría comprarlas en la farmacia?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "El mes pasado operaron a mi padre y pagamos todo de nuestro bolsillo porque no "
        "sabíamos nada. Ahora tengo deudas. ¿Cómo se pide el reembolso de los gastos médicos y "
        "con qué tarjeta?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "guardé todas las facturas de las consultas de mi bebé, fueron muchísimas. mi cuñada "
        "dice que me pueden devolver una parte. que tarjeta necesito para pedir el reembolso",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "Mi hija tiene alergias y cada médico nuevo me pregunta qué le recetaron antes, y yo ya"
        " no me acuerdo. ¿Hay alguna tarjeta con la que pueda consultar su historial médico?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "me operaron el año pasado y ahora el especialista quiere ver mis registros anteriores."
        " como consulto mi expediente de salud",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "Trabajo de lunes a sábado y me es imposible ir a la oficina del seguro médico. ¿Puedo "
        "hacer los trámites del seguro médico por internet? ¿Qué necesito?",
        "task:online",
    ),
    (
        "es",
        "task",
        "estoy en cama después del parto y no puedo salir, pero tengo que hacer unas gestiones "
        "del seguro médico. se puede hacer online desde el móvil?",
        "task:online",
    ),
    (
        "es",
        "task",
        "Mi suegro se jubila este mes y está muy nervioso porque en su fábrica nadie le explicó"
        " nada. ¿Qué tarjeta necesita para cobrar la pensión?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "cumplo 60 en marzo y estoy preocupada por el papeleo. con qué tarjeta se cobra la "
        "jubilación?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "Me despidieron el viernes sin aviso. Tengo alquiler que pagar y dos hijos. ¿Con qué "
        "tarjeta solicito la prestación por desempleo?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "la empresa cerró y nos mandaron a todos a casa. un compañero dice que hay que "
        "registrarse como desempleado cuanto antes. qué tarjeta hace falta para eso",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "Mi marido se quemó el brazo en la cocina del restaurante donde trabaja y el jefe no "
        "quiere hablar del tema. ¿Con qué tarjeta se tramitan las prestaciones por accidente "
        "laboral?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "me caí de una escalera en la obra y llevo 3 semanas sin trabajar. me hablaron del "
        "seguro de lesiones laborales, qué tarjeta uso para eso",
        "task:injury",
    ),
    (
        "es",
        "task",
        "Mi empresa dice que me paga el seguro social cada mes pero no me fío, ya se retrasaron"
        " con el sueldo otras veces. ¿Cómo compruebo lo que realmente han cotizado por mí?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "trabajo por mi cuenta y pago yo el seguro, pero perdí la cuenta de los meses. dónde "
        "puedo ver cuánto llevo pagado en total",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "Mi hija empieza el instituto en la otra punta de la ciudad y tendrá que coger el metro"
        " y el autobús todos los días. ¿Hay alguna tarjeta que le sirva para el transporte "
        "público?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "no tengo coche y me muevo en bus con mis dos niños, siempre buscando monedas. qué "
        "tarjeta sirve para pagar el bus",
        "task:transport",
    ),
    (
        "es",
        "task",
        "No tenemos dinero para actividades y los niños se aburren los fines de semana. Me "
        "hablaron de las salas de lectura públicas. ¿Qué tarjeta necesito para usarlas?",
        "task:services",
    ),
    (
        "es",
        "task",
        "Mi pasaporte está en la oficina de inmigración por la renovación del permiso y mañana "
        "tengo una cita donde me piden identificarme. ¿Alguna de estas tarjetas sirve para "
        "demostrar quién soy?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "Acabo de empezar en una empresa nueva después de meses en paro. Nadie me ha dicho nada"
        " de la tarjeta de seguridad social. ¿Cómo la consigo?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "mi hermana nunca ha tenido tarjeta de seguridad social y ahora consiguió un trabajo a "
        "tiempo parcial. quién puede sacarla y cómo?",
        ("task:getsocial", "card:social:eligibility"),
    ),
    (
        "es",
        "task",
        "Siempre se me olvida la tarjeta física de seguridad social en casa y en la farmacia "
        "paso vergüenza. ¿Cómo saco la versión electrónica en el móvil?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "mi hijo me dice que active la tarjeta electrónica de seguridad social pero yo solo "
        "tengo la de plástico. se puede? cómo se hace",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "En la ventanilla del hospital me pidieron el certificado electrónico del seguro médico"
        " y no lo tenía, mi niña lloraba y la fila era enorme. ¿Cómo lo obtengo?",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "Nos mudamos aquí por el trabajo de mi marido y en el colegio todos hablan de la "
        "tarjeta ciudadana. ¿Cómo se consigue?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        "Llegamos hace poco y me siento perdida con tantas tarjetas. Quiero saber cómo se "
        "obtiene cada una, ¿me muestras cómo conseguir las tarjetas?",
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        "Además de lo médico necesito resolver cosas del día a día: moverme en transporte "
        "público, usar servicios del barrio, identificarme. ¿Qué tarjeta sirve para cada cosa "
        "de la vida diaria?",
        "tasks:life",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta médica", "card:medical"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "cotizaciones", "task:contributions"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "trámites", "tasks"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        "Me robaron la mochila en el metro con la tarjeta de seguridad social dentro, y mi hijo"
        " tiene cita médica el jueves. ¿Cómo pido una nueva?",
        "none",
    ),
    (
        "es",
        "oos",
        "Mi empresa tramitó mi tarjeta hace un mes y todavía no llega. Mi marido está enfermo. "
        "¿Cuánto tarda normalmente?",
        "none",
    ),
    (
        "es",
        "oos",
        "Estamos muy justos de dinero este mes. ¿Cuánto cuesta sacar la tarjeta ciudadana?",
        "none",
    ),
    (
        "es",
        "oos",
        "la tarjeta de seguridad social de mi madre está caducada según la fecha impresa y "
        "tiene cita en el hospital, cómo se renueva?",
        "none",
    ),
    (
        "es",
        "oos",
        "Olvidé la contraseña de mi tarjeta y la máquina del hospital la bloqueó, mi padre está"
        " esperando con dolor. ¿Cómo la desbloqueo?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿Cuánto dinero me darán al mes de pensión? Llevo 15 años cotizando y estoy preocupado "
        "por mi futuro.",
        "none",
    ),
    (
        "es",
        "oos",
        "vivimos en Cantón y mi bebé nace en junio, qué normas tiene Cantón para inscribir a un"
        " recién nacido en el seguro médico",
        "none",
    ),
    (
        "es",
        "oos",
        "Soy extranjero con visado de trabajo y me acaban de despedir. ¿Tengo derecho a la "
        "prestación por desempleo siendo extranjero?",
        "none",
    ),
    (
        "es",
        "oos",
        "Necesito dinero urgente para la operación de mi hija. ¿Puedo sacar el dinero del fondo"
        " de vivienda?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿Qué porcentaje de mi sueldo se descuenta para el seguro social? Mi nómina es muy baja"
        " y tengo que mantener a mi madre.",
        "none",
    ),
    (
        "es",
        "oos",
        "Me voy de China el año que viene y tengo miedo de perder todo lo cotizado. ¿Me "
        "devuelven lo que he pagado?",
        "none",
    ),
    (
        "es",
        "oos",
        "Me cambié de ciudad por trabajo y no sé qué pasa con mi seguro social. ¿Cómo lo "
        "transfiero a la nueva ciudad?",
        "none",
    ),
    (
        "es",
        "oos",
        "El chip de mi tarjeta de seguridad social se rompió y ya no la leen en la farmacia. "
        "¿Cómo la cambio por una nueva?",
        "none",
    ),
    (
        "es",
        "oos",
        "mis padres vienen de Colombia a visitarme 3 meses y mi papá es diabético. pueden tener"
        " seguro médico chino mientras estén aquí?",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "A mi madre le dieron una tarjeta de salud en el centro médico y no sabe para qué es, "
        "me llama preocupada todos los días. ¿Para qué sirve la tarjeta de salud?",
        "card:health:function",
    ),
    (
        "es",
        "card",
        "Me instalé el certificado electrónico del seguro médico pero mi marido dice que es una"
        " estafa y ya discutimos. ¿Quién emite ese certificado?",
        "card:emedical:issuer",
    ),
    (
        "es",
        "card",
        "Tengo la tarjeta ciudadana desde hace un año y solo la uso en el autobús. Con tantos "
        "gastos quiero aprovecharla. ¿Dónde más se puede usar?",
        "card:citizen:scope",
    ),
    (
        "es",
        "card",
        "Encontré la vieja tarjeta del seguro médico de mi padre en un cajón y no sé ni qué "
        "era. ¿Me explicas todo sobre la tarjeta de seguro médico antigua?",
        "card:medical",
    ),
    (
        "es",
        "card",
        "Mi abuelo no entiende nada de móviles y le da miedo perder la tarjeta electrónica de "
        "seguridad social. ¿Es una tarjeta física o solo existe en el teléfono?",
        "card:esocial:form",
    ),
    (
        "es",
        "card",
        "En la oficina me dijeron que la tarjeta de seguridad social está regulada por ley, "
        "pero no me dijeron cuál. ¿Qué normativa la rige?",
        "card:social:legal",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "Tengo la tarjeta física de seguridad social y ahora me piden la electrónica, estoy "
        "agobiada con tanto papeleo. ¿En qué se diferencian la tarjeta de seguridad social y la"
        " electrónica?",
        "cmp:social:esocial",
    ),
    (
        "es",
        "compare",
        "En el hospital unas veces me piden la tarjeta de salud y otras el certificado "
        "electrónico del seguro médico. ¿Cuál es la diferencia entre los dos?",
        "cmp:emedical:health",
    ),
    (
        "es",
        "compare",
        "Mi padre tiene la vieja tarjeta del seguro médico y mi madre la tarjeta ciudadana, y "
        "discuten sobre cuál es mejor. ¿Me comparas las dos?",
        "cmp:medical:citizen",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        "Mi jefe dice que con la tarjeta de seguridad social ya no necesito la del seguro "
        "médico, pero yo tengo las dos y estoy confundido. ¿Son la misma tarjeta?",
        "faq:2",
    ),
    (
        "es",
        "faq",
        "Mi vecina jura que la tarjeta ciudadana y la de seguridad social son la misma cosa. Yo"
        " creo que no. ¿Son la misma tarjeta o no?",
        "faq:3",
    ),
    (
        "es",
        "faq",
        "Tengo el certificado electrónico del seguro médico en el móvil y ahora me piden la "
        "tarjeta electrónica de seguridad social. ¿No son lo mismo?",
        "faq:5",
    ),
    (
        "es",
        "faq",
        "Me acaban de dar mi tarjeta de seguridad social y estoy nerviosa por no saber usarla. "
        "¿Qué información registra y qué puedo hacer con ella?",
        "faq:7",
    ),
    (
        "es",
        "faq",
        "En la oficina mencionaron varios tipos de tarjeta de seguridad social y me perdí. ¿Qué"
        " tipos hay?",
        "faq:8",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        "Estoy preparando una queja porque me parece injusto cómo me tratan en la oficina. ¿Qué"
        " dice el artículo 3 de la Ley de Seguro Social sobre los principios del sistema?",
        "law:sil-3",
    ),
    (
        "es",
        "law",
        "Nadie en la oficina me sabe decir quién es responsable de las tarjetas. ¿Qué establece"
        " el artículo 3 de las Medidas Administrativas sobre Tarjetas de Seguridad Social?",
        "law:ssc-3",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, perdón, estoy muy nerviosa, me puedes ayudar?", "greeting"),
    (
        "es",
        "greeting",
        "Muchísimas gracias, de verdad, me has quitado un peso de encima.",
        "greeting",
    ),
    ("es", "greeting", "vale, eso es todo, adiós", "greeting"),
)
