"""Hundred-and-seventy-seventh phrasing set (couples discussing between themselves and
asking the bot to settle who is right, quoting each other), written blind from the seeds
(issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDSEVENTYSEVENTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        'en',
        'task',
        (
            'my wife says you hand over the health card when you register at the hospital, I '
            "said it's the social security card. who's right?"
        ),
        'task:hospital',
    ),
    (
        'en',
        'task',
        (
            "Husband: 'you can't buy medicine at the pharmacy with the social card.' Me: 'yes"
            " you can.' settle this please"
        ),
        'task:pharmacy',
    ),
    (
        'en',
        'task',
        (
            "we're arguing. he says to get doctor bills paid back you need the old medical "
            "card, I think it's the social security card. which one?"
        ),
        'task:reimburse',
    ),
    (
        'en',
        'task',
        (
            "ok my girlfriend insists there's a card to look up my own health file and "
            'records. I say no such thing exists. who wins'
        ),
        'task:healthfile',
    ),
    (
        'en',
        'task',
        (
            'She says I can do medical insurance stuff online on my phone, I say you have to '
            'go in person. which is it'
        ),
        'task:online',
    ),
    (
        'en',
        'task',
        (
            'my husband thinks his pension gets paid out through the citizen card. I told him'
            " it's the social security card. pls settle it"
        ),
        'task:pension',
    ),
    (
        'en',
        'task',
        (
            'my wife says if I lose my job I need the social security card to claim '
            "unemployment money, I say they won't care about any card. who's right?"
        ),
        'task:unemployment',
    ),
    (
        'en',
        'task',
        (
            'he hurt his hand at the factory and says the social security card has nothing to'
            " do with work injury benefits. I say it does. who's right"
        ),
        'task:injury',
    ),
    (
        'en',
        'task',
        (
            'we want to check how much my company actually paid into my social insurance. she'
            ' says ask HR, I say use the social security card. help'
        ),
        'task:contributions',
    ),
    (
        'en',
        'task',
        (
            'my boyfriend says the citizen card works on the metro, I told him you need a '
            'separate transport card. who is right lol'
        ),
        'task:transport',
    ),
    (
        'en',
        'task',
        (
            "wife: 'the citizen card gets you into the public reading room.' me: 'no way, "
            "that's a library card.' settle it"
        ),
        'task:services',
    ),
    (
        'en',
        'task',
        (
            'he says the social security card counts as ID, like a second ID card. I think it'
            " can't prove who you are. which of us is right?"
        ),
        'task:identity',
    ),
    (
        'en',
        'task',
        (
            'my wife says the social security card gets applied for when you start a job, I '
            "say you can only get it after years of paying. who's correct"
        ),
        'task:getsocial',
    ),
    (
        'en',
        'task',
        (
            "we're fighting about the electronic social security card. she says you can get "
            'it without ever having the plastic one, I say you need the physical card first'
        ),
        'task:getesocial',
    ),
    (
        'en',
        'task',
        (
            'my husband says anyone can get the electronic medical insurance certificate, I '
            "say you have to be in medical insurance first. who's right?"
        ),
        'task:getemedical',
    ),
    (
        'en',
        'task',
        (
            'my husband says any local resident can get a citizen card, I say you need a job '
            "first. who's right and how do you get one?"
        ),
        'task:getcitizen',
    ),
    (
        'en',
        'task',
        (
            'we keep arguing about what these cards are even good for. he says nothing, I say'
            ' loads. what can we actually do with them?'
        ),
        'tasks',
    ),
    (
        'en',
        'task',
        (
            "ok so my wife and I disagree — what can these cards do for me when I'm sick? "
            'doctor, meds, that kind of thing'
        ),
        'tasks:care',
    ),
    (
        'en',
        'task',
        (
            'He says none of these cards have anything to do with money like pensions or '
            'benefits, I say they do. what money stuff can they do?'
        ),
        'tasks:money',
    ),
    (
        'en',
        'task',
        (
            'my partner says the cards are only for medical things, I say they help with '
            "everyday life too, like buses. who's right?"
        ),
        'tasks:life',
    ),
    (
        'en',
        'task',
        (
            "we're both confused about how you even get these cards. she says one thing, I "
            'say another. how do you get them?'
        ),
        'tasks:getcard',
    ),
    (
        'en',
        'task',
        (
            'My husband swears he saw someone pay at the hospital cashier with a health card.'
            " I said health cards only hold info. who's right?"
        ),
        ('task:hospital', 'card:health:function'),
    ),
    (
        'en',
        'task',
        (
            'wife says the citizen card can pay for medicine at the pharmacy with its '
            "e-wallet thing, I doubt it. who's right"
        ),
        'task:pharmacy',
    ),
    (
        'en',
        'task',
        (
            'we had a big hospital bill last month. she says we can get some of it back using'
            " the social security card, I say forget it. who's right"
        ),
        'task:reimburse',
    ),
    (
        'en',
        'task',
        (
            'my girlfriend says I can check my total pension savings with the social card. I '
            "say only the company knows that. who's right"
        ),
        'task:contributions',
    ),
    (
        'en',
        'task',
        (
            "my husband says I can't do any medical insurance business without going to the "
            "office. I said there's the electronic certificate for that. who wins?"
        ),
        'task:online',
    ),
    (
        'en',
        'task',
        (
            'he says retired people collect their pension with the health card?? that sounds '
            'wrong to me. which card is it'
        ),
        'task:pension',
    ),
    (
        'en',
        'task',
        (
            'my wife says you use the social security card to register as unemployed and sign'
            ' up for job training. I thought it was just for doctors'
        ),
        'task:unemployment',
    ),
    (
        'en',
        'task',
        (
            "we're arguing about whether you can ride the bus with the citizen card or if "
            "it's just for ID. who's right"
        ),
        'task:transport',
    ),
    (
        'en',
        'task',
        (
            'my boyfriend says with the citizen card I can prove who I am, I told him only my'
            " passport counts. who's right?"
        ),
        'task:identity',
    ),
    # ---------------- English: short (12) ----------------
    ('en', 'short', 'citizen card', 'card:citizen'),
    ('en', 'short', 'electronic med', 'card:emedical'),
    ('en', 'short', 'e-social', 'card:esocial'),
    ('en', 'short', 'pensio', 'task:pension'),
    ('en', 'short', 'subway', 'task:transport'),
    ('en', 'short', 'reimburs', 'task:reimburse'),
    ('en', 'short', 'medical card', 'card:medical'),
    ('en', 'short', 'ss number', 'faq:10'),
    ('en', 'short', 'cards', 'cards'),
    ('en', 'short', 'health file', 'task:healthfile'),
    ('en', 'short', 'unemploym', 'task:unemployment'),
    ('en', 'short', 'insurance types', 'faq:6'),
    # ---------------- English: oos (14) ----------------
    (
        'en',
        'oos',
        (
            'my husband says if you lose the social security card they replace it the same '
            "day, I say it takes weeks. who's right?"
        ),
        'none',
    ),
    (
        'en',
        'oos',
        "she says getting a citizen card costs money, I say it's free. which is it?",
        'none',
    ),
    (
        'en',
        'oos',
        (
            "we're arguing about the social security bureau's opening hours, he says it's "
            'closed on saturdays. is it?'
        ),
        'none',
    ),
    ('en', 'oos', "my wife says foreigners can't get a citizen card at all. is that true?", 'none'),
    (
        'en',
        'oos',
        (
            'he says our social insurance moves over automatically if we move from Shanghai '
            "to Shenzhen. I say no. who's right"
        ),
        'none',
    ),
    (
        'en',
        'oos',
        (
            "who's right: she says we get our contributions refunded when we leave China for "
            'good, I say we lose them'
        ),
        'none',
    ),
    ('en', 'oos', 'my boyfriend says the hotline for card problems is 12333. is he right?', 'none'),
    (
        'en',
        'oos',
        (
            'husband says you can use the Chinese social security card back home in the UK. I'
            ' say obviously not. settle it'
        ),
        'none',
    ),
    (
        'en',
        'oos',
        (
            'she says maternity insurance pays for the whole delivery, I say only part of it.'
            " who's right?"
        ),
        'none',
    ),
    (
        'en',
        'oos',
        'my husband says the retirement age here is 60 for men, I said 65. settle it',
        'none',
    ),
    (
        'en',
        'oos',
        (
            "we can't agree which bank to pick for the social security card. he says ICBC is "
            'better, I say Bank of China'
        ),
        'none',
    ),
    (
        'en',
        'oos',
        (
            'she says my social security card expires after 10 years and I have to renew it, '
            "I say it never expires. who's right?"
        ),
        'none',
    ),
    (
        'en',
        'oos',
        (
            'my girlfriend says the electronic medical insurance certificate works in WeChat,'
            " I say only in Alipay. who's right"
        ),
        'none',
    ),
    ('en', 'oos', "we're arguing about who makes better dumplings, him or me. you decide", 'none'),
    # ---------------- English: card (6) ----------------
    (
        'en',
        'card',
        (
            'my wife says the social security card is just a plastic card with a name on it, '
            "I say it has a chip. who's right?"
        ),
        ('card:social:security', 'card:social:form'),
    ),
    (
        'en',
        'card',
        (
            'he says the old medical insurance card was issued by the bank, I say by the '
            "government. who's right?"
        ),
        'card:medical:issuer',
    ),
    (
        'en',
        'card',
        "what is the health card actually? my husband thinks it's some gym membership thing lol",
        'card:health',
    ),
    (
        'en',
        'card',
        (
            'she says the electronic medical insurance certificate comes from the ministry of'
            ' human resources, I say the national medical insurance administration. who?'
        ),
        'card:emedical:issuer',
    ),
    (
        'en',
        'card',
        (
            "my wife says the citizen card is just the city's bus pass with a fancy name. "
            'what even is it?'
        ),
        'card:citizen',
    ),
    (
        'en',
        'card',
        (
            'my husband says the electronic social security card is its own separate card, I '
            "say it's tied to the physical one. what is it really?"
        ),
        'card:esocial',
    ),
    # ---------------- English: compare (3) ----------------
    (
        'en',
        'compare',
        (
            "ok what's actually the difference between the health card and the citizen card? "
            "we've been going at it for an hour"
        ),
        'cmp:health:citizen',
    ),
    (
        'en',
        'compare',
        (
            'she says the old medical insurance card and the electronic medical insurance '
            "certificate do the same job. what's the difference between them?"
        ),
        'cmp:medical:emedical',
    ),
    (
        'en',
        'compare',
        (
            'difference between the social security card and the electronic social security '
            'card? he says one is just a photo of the other'
        ),
        'cmp:social:esocial',
    ),
    # ---------------- English: faq (5) ----------------
    (
        'en',
        'faq',
        "my wife swears the health card IS a social security card. I say no. who's right?",
        'faq:1',
    ),
    (
        'en',
        'faq',
        (
            'my husband says the citizen card and the social security card are one and the '
            'same. is he right?'
        ),
        'faq:3',
    ),
    (
        'en',
        'faq',
        (
            'he says there are only two kinds of social insurance, pension and medical. I say'
            ' more. how many kinds are there?'
        ),
        'faq:6',
    ),
    (
        'en',
        'faq',
        (
            'she says the electronic medical insurance certificate and the electronic social '
            'security card are the same app thing. are they?'
        ),
        'faq:5',
    ),
    (
        'en',
        'faq',
        (
            'my boyfriend says his employer can wait months before registering him for social'
            " insurance. I say there's a deadline. who's right?"
        ),
        ('faq:9', 'law:sil-58'),
    ),
    # ---------------- English: law (2) ----------------
    (
        'en',
        'law',
        (
            "we're arguing about what law these cards fall under. he says there isn't one. "
            'which laws apply?'
        ),
        'law',
    ),
    (
        'en',
        'law',
        (
            'he says the rules on social security cards put the ministry in charge of issuing'
            ' them. which article says that?'
        ),
        'law:ssc-3',
    ),
    # ---------------- English: greeting (3) ----------------
    (
        'en',
        'greeting',
        "hi! we need a referee, my husband and I can't agree on something",
        'greeting',
    ),
    ('en', 'greeting', 'thanks, I win!! he owes me dinner', 'greeting'),
    ('en', 'greeting', 'ok thank you, bye from both of us', 'greeting'),
    # ---------------- Spanish: task (30) ----------------
    (
        'es',
        'task',
        (
            'mi marido dice que para pedir cita en el hospital hace falta la tarjeta de salud'
            ' y yo digo que la de seguridad social. ¿quién tiene razón?'
        ),
        'task:hospital',
    ),
    (
        'es',
        'task',
        (
            'mi esposa dice q en la farmacia no aceptan la tarjeta de seguro social, yo digo '
            'q si. quien gana?'
        ),
        'task:pharmacy',
    ),
    (
        'es',
        'task',
        (
            'discutimos: él dice que los gastos médicos no se reembolsan con ninguna tarjeta,'
            ' yo digo que con la de seguridad social sí'
        ),
        'task:reimburse',
    ),
    (
        'es',
        'task',
        (
            'mi novia dice que puedo consultar mi expediente de salud con una tarjeta, yo '
            'digo que eso no existe. ¿quién tiene razón?'
        ),
        'task:healthfile',
    ),
    (
        'es',
        'task',
        (
            'mi mujer dice que los trámites del seguro médico se pueden hacer en línea, yo '
            'digo que hay que ir en persona. ¿quién acierta?'
        ),
        'task:online',
    ),
    (
        'es',
        'task',
        (
            'mi esposo cree que la pensión se cobra con la tarjeta ciudadana. yo le dije que '
            'es con la de seguridad social. ¿quién tiene razón?'
        ),
        'task:pension',
    ),
    (
        'es',
        'task',
        (
            'ella dice que para cobrar el paro necesito la tarjeta de seguridad social, yo '
            'digo que no hace falta ninguna tarjeta'
        ),
        'task:unemployment',
    ),
    (
        'es',
        'task',
        (
            'mi marido se lastimó en el trabajo y dice que la tarjeta de seguridad social no '
            'sirve para accidentes laborales. yo creo que sí'
        ),
        'task:injury',
    ),
    (
        'es',
        'task',
        (
            'queremos ver cuánto ha pagado mi empresa al seguro social. él dice que no se '
            'puede ver, yo digo que con la tarjeta sí'
        ),
        'task:contributions',
    ),
    (
        'es',
        'task',
        (
            'mi novio dice que la tarjeta ciudadana sirve para el metro y el bus. yo digo que'
            ' no. ¿quién tiene razón?'
        ),
        'task:transport',
    ),
    (
        'es',
        'task',
        (
            'mi esposa dice que con la tarjeta ciudadana se puede entrar a la sala de lectura'
            ' pública. yo lo dudo mucho'
        ),
        'task:services',
    ),
    (
        'es',
        'task',
        (
            'él dice que la tarjeta de seguridad social vale como un segundo carnet de '
            'identidad. yo digo que no sirve para identificarse'
        ),
        'task:identity',
    ),
    (
        'es',
        'task',
        (
            'mi mujer dice que la tarjeta de seguridad social se tramita cuando te contratan.'
            ' yo digo que se pide cuando quieras. ¿quién tiene razón?'
        ),
        'task:getsocial',
    ),
    (
        'es',
        'task',
        (
            'peleamos por la tarjeta electronica de seguridad social: ella dice que se activa'
            ' sin tener la fisica, yo digo que primero hace falta la fisica'
        ),
        'task:getesocial',
    ),
    (
        'es',
        'task',
        (
            'mi marido dice que cualquiera puede sacar el certificado electrónico de seguro '
            'médico, yo digo que solo si ya tienes seguro médico'
        ),
        'task:getemedical',
    ),
    (
        'es',
        'task',
        (
            'mi esposo dice que la tarjeta ciudadana se la dan solo a los residentes locales.'
            ' ¿quién puede tenerla y cómo se saca?'
        ),
        'task:getcitizen',
    ),
    (
        'es',
        'task',
        (
            'él dice que estas tarjetas no sirven para nada práctico, yo digo que para muchas'
            ' cosas. ¿qué se puede hacer con ellas?'
        ),
        'tasks',
    ),
    (
        'es',
        'task',
        (
            'mi pareja y yo no nos ponemos de acuerdo: ¿qué puedo hacer con las tarjetas '
            'cuando estoy enfermo? médico, medicinas…'
        ),
        'tasks:care',
    ),
    (
        'es',
        'task',
        (
            'ella dice que ninguna tarjeta tiene que ver con dinero (pensión, paro), yo digo '
            'que sí. ¿qué trámites de dinero se pueden hacer?'
        ),
        'tasks:money',
    ),
    (
        'es',
        'task',
        (
            'mi marido dice que las tarjetas son solo para cosas médicas, yo digo que también'
            ' para la vida diaria como el transporte'
        ),
        'tasks:life',
    ),
    (
        'es',
        'task',
        (
            'no sabemos cómo se sacan las tarjetas, cada uno dice una cosa distinta. ¿cómo se'
            ' consiguen?'
        ),
        'tasks:getcard',
    ),
    (
        'es',
        'task',
        (
            'mi esposa jura que vio a alguien pagar en la caja del hospital con la tarjeta de'
            ' salud. yo digo que esa tarjeta solo guarda datos'
        ),
        ('task:hospital', 'card:health:function'),
    ),
    (
        'es',
        'task',
        (
            'ella dice que con el monedero electrónico de la tarjeta ciudadana se compran '
            'medicinas en la farmacia. yo no me lo creo'
        ),
        'task:pharmacy',
    ),
    (
        'es',
        'task',
        (
            'tuvimos una factura grande en el hospital. él dice que no recuperamos nada, yo '
            'digo que con la tarjeta de seguridad social pedimos reembolso'
        ),
        'task:reimburse',
    ),
    (
        'es',
        'task',
        (
            'mi novia dice que con la tarjeta puedo ver el total acumulado de mi seguro de '
            'pensión. yo digo que eso solo lo sabe la empresa'
        ),
        'task:contributions',
    ),
    (
        'es',
        'task',
        (
            'mi marido dice que sin ir a la oficina no puedo hacer nada del seguro médico. yo'
            ' digo que con el certificado electrónico se hace por internet'
        ),
        'task:online',
    ),
    (
        'es',
        'task',
        (
            'él dice que los jubilados cobran la pensión con la tarjeta de salud. me suena '
            'raro, ¿con cuál es?'
        ),
        'task:pension',
    ),
    (
        'es',
        'task',
        (
            'mi esposa dice que con la tarjeta de seguridad social te registras como '
            'desempleado y pides formación. yo pensaba que era solo para el médico'
        ),
        'task:unemployment',
    ),
    (
        'es',
        'task',
        (
            '¿se puede subir al autobús con la tarjeta ciudadana o solo sirve de '
            'identificación? mi marido y yo discutimos'
        ),
        'task:transport',
    ),
    (
        'es',
        'task',
        (
            'mi novio dice que la tarjeta ciudadana sirve para los servicios públicos de la '
            'ciudad, yo creo que es solo para el bus. ¿quién gana?'
        ),
        'task:services',
    ),
    # ---------------- Spanish: short (12) ----------------
    ('es', 'short', 'tarjeta ciudadana', 'card:citizen'),
    ('es', 'short', 'certificado electr', 'card:emedical'),
    ('es', 'short', 'tarjeta salud', 'card:health'),
    ('es', 'short', 'pensió', 'task:pension'),
    ('es', 'short', 'metro', 'task:transport'),
    ('es', 'short', 'reembolso', 'task:reimburse'),
    ('es', 'short', 'farmacia', 'task:pharmacy'),
    ('es', 'short', 'paro', 'task:unemployment'),
    ('es', 'short', 'tarjetas', 'cards'),
    ('es', 'short', 'numero ss', 'faq:10'),
    ('es', 'short', 'tipos seguro', 'faq:6'),
    ('es', 'short', 'seg social', 'card:social'),
    # ---------------- Spanish: oos (14) ----------------
    (
        'es',
        'oos',
        (
            'mi marido dice que si pierdes la tarjeta te dan otra el mismo día, yo digo que '
            'tardan semanas. ¿quién tiene razón?'
        ),
        'none',
    ),
    (
        'es',
        'oos',
        'ella dice que sacar la tarjeta ciudadana cuesta dinero, yo digo que es gratis',
        'none',
    ),
    (
        'es',
        'oos',
        '¿a qué hora abre la oficina de seguridad social? él dice que a las 8, yo que a las 9',
        'none',
    ),
    (
        'es',
        'oos',
        'mi esposa dice que los extranjeros no pueden tener tarjeta ciudadana. ¿es verdad?',
        'none',
    ),
    (
        'es',
        'oos',
        'él dice que si nos mudamos de Pekín a Cantón el seguro se traslada solo. yo digo que no',
        'none',
    ),
    (
        'es',
        'oos',
        (
            'ella dice que al irnos de China nos devuelven lo cotizado. yo digo que no. '
            '¿quién tiene razón?'
        ),
        'none',
    ),
    ('es', 'oos', 'mi novio dice que el teléfono de atención es el 12333, ¿es correcto?', 'none'),
    (
        'es',
        'oos',
        (
            'mi marido dice que la tarjeta de seguridad social china sirve también en España.'
            ' yo digo que ni de broma'
        ),
        'none',
    ),
    (
        'es',
        'oos',
        'ella dice que el seguro de maternidad cubre el parto entero, yo digo que solo una parte',
        'none',
    ),
    (
        'es',
        'oos',
        (
            'él dice que aquí la edad de jubilación es 60 para los hombres, yo digo 65. '
            '¿quién acierta?'
        ),
        'none',
    ),
    (
        'es',
        'oos',
        (
            'no nos ponemos de acuerdo en qué banco elegir para la tarjeta. él dice Bank of '
            'China, yo ICBC'
        ),
        'none',
    ),
    (
        'es',
        'oos',
        'mi esposa dice que la tarjeta caduca a los 10 años, yo digo que nunca caduca',
        'none',
    ),
    (
        'es',
        'oos',
        (
            'mi novia dice que el certificado electrónico de seguro médico funciona con '
            'WeChat, yo digo que solo con Alipay'
        ),
        'none',
    ),
    ('es', 'oos', '¿quién hace mejor paella, mi marido o yo? jaja decide tú', 'none'),
    # ---------------- Spanish: card (6) ----------------
    (
        'es',
        'card',
        (
            'ella dice que la tarjeta de seguridad social la gestiona el ministerio, yo digo '
            'que el banco. ¿quién la gestiona?'
        ),
        'card:social:manager',
    ),
    (
        'es',
        'card',
        (
            'él dice que la vieja tarjeta de seguro médico tenía un sistema de claves muy '
            'seguro. yo digo que no. ¿quién tiene razón?'
        ),
        'card:medical:security',
    ),
    (
        'es',
        'card',
        '¿qué es exactamente la tarjeta ciudadana? mi novia dice que es solo para el autobús',
        'card:citizen',
    ),
    (
        'es',
        'card',
        (
            'mi mujer dice que la tarjeta electrónica de seguridad social la emite el '
            'ministerio, yo digo que la empresa. ¿quién la emite?'
        ),
        'card:esocial:issuer',
    ),
    (
        'es',
        'card',
        (
            'él dice que la tarjeta de salud guarda el historial médico y los gastos, yo digo'
            ' que solo el nombre. ¿qué guarda?'
        ),
        'card:health:records',
    ),
    (
        'es',
        'card',
        (
            'mi marido dice que el certificado electrónico de seguro médico vale para todos '
            'los trámites del seguro médico. ¿es así?'
        ),
        'card:emedical:scope',
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        'es',
        'compare',
        (
            '¿en qué se diferencian la tarjeta de seguridad social y la tarjeta ciudadana? '
            'llevamos una hora discutiendo'
        ),
        'cmp:social:citizen',
    ),
    (
        'es',
        'compare',
        (
            'mi esposa dice que la tarjeta de salud y la tarjeta de seguro médico antigua son'
            ' iguales. ¿qué diferencia hay?'
        ),
        'cmp:medical:health',
    ),
    (
        'es',
        'compare',
        (
            'él dice que la tarjeta electrónica de seguridad social y la tarjeta ciudadana '
            'hacen lo mismo. ¿qué las diferencia?'
        ),
        'cmp:esocial:citizen',
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        'es',
        'faq',
        (
            'mi marido dice que la tarjeta de seguridad social y la de seguro médico son la '
            'misma. ¿tiene razón?'
        ),
        'faq:2',
    ),
    (
        'es',
        'faq',
        (
            'ella dice que la tarjeta de recursos humanos y seguridad social no es una '
            'tarjeta de seguridad social. yo digo que sí'
        ),
        'faq:4',
    ),
    (
        'es',
        'faq',
        (
            'mi novio dice que el certificado electrónico de seguro médico y la tarjeta '
            'electrónica de seguridad social son lo mismo. ¿lo son?'
        ),
        'faq:5',
    ),
    (
        'es',
        'faq',
        (
            'él dice que solo hay un tipo de tarjeta de seguridad social, yo digo que hay '
            'para personas y para empresas. ¿cuántos tipos hay?'
        ),
        'faq:8',
    ),
    (
        'es',
        'faq',
        (
            'mi esposa dice que el número de seguridad social es el mismo que el del '
            'documento de identidad, yo digo que es otro. ¿cuál es?'
        ),
        'faq:10',
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        'es',
        'law',
        'él dice que estas tarjetas no tienen ninguna ley detrás. ¿qué leyes las regulan?',
        'law',
    ),
    (
        'es',
        'law',
        (
            'mi mujer me cita el artículo 3 de la Ley de Seguro Social, lo de amplia '
            'cobertura. ¿qué dice ese artículo?'
        ),
        'law:sil-3',
    ),
    # ---------------- Spanish: greeting (3) ----------------
    (
        'es',
        'greeting',
        'hola! necesitamos un árbitro, mi novio y yo no nos ponemos de acuerdo',
        'greeting',
    ),
    ('es', 'greeting', 'gracias!! gané yo, me debe una cena', 'greeting'),
    ('es', 'greeting', 'vale, gracias, adiós de parte de los dos', 'greeting'),
)
