"""Hand-written translations for The Meridian Review demo site.

Everything here was translated by people, not by a machine, and the demo loader marks
these pages and terms as human translations. The data complements ``content.py``: keys are
the English slugs defined there, and every translated article body is exactly parallel to
its English source (same number, kinds and order of blocks).

* ``TRANSLATED_ARTICLES``: three articles in French, Spanish, Russian and Arabic. Only
  original pieces and partner pieces whose licence allows derivatives are translated (a
  CC BY-SA piece from Steppe Dispatch here); ``translator`` names an author slug from
  ``AUTHORS`` credited as translator, or ``None``.
* ``TRANSLATED_TERMS``: every region, theme and in-depth report, with descriptions and
  report introductions.
* ``TRANSLATED_AUTHORS``: biographies of the people credited on the translated articles.
  Names are never translated.
* ``TRANSLATED_OUTLET``: the outlet's reader-facing texts.
* ``SECTION_TITLES`` and ``HOME_INTRO``: section page titles and the home page tagline in
  every non-English site language.
"""

TRANSLATED_ARTICLES = {
    # ------------------------------------------------------------------
    # Original, two bylines (author and photographer)
    # ------------------------------------------------------------------
    "harbour-pilots-still-board-every-ship": {
        "fr": {
            "title": "Les pilotes du port qui montent encore à bord de chaque navire",
            "slug": "pilotes-du-port-qui-montent-encore-a-bord-de-chaque-navire",
            "lead": (
                "Un logiciel de navigation sait tracer une approche parfaite. Les pilotes de "
                "Lisbonne font valoir que leur métier a toujours consisté à exercer leur "
                "jugement dès que le tracé cesse d'être parfait."
            ),
            "body": [
                (
                    "paragraph",
                    "La pilotine vient se ranger le long d'un vraquier à l'embouchure du Tage, "
                    "en calant sa vitesse sur la sienne avec une telle précision que les deux "
                    "coques semblent immobiles tandis que l'eau s'engouffre entre elles. Une "
                    "échelle de corde pend le long du bord. La pilote attend que la houle "
                    "soulève l'embarcation, enjambe le vide et commence à grimper. C'est le "
                    "moment le plus dangereux de sa journée, et il dure une quinzaine de "
                    "secondes.",
                ),
                (
                    "paragraph",
                    "Les pilotes portuaires guident les navires sur le dernier tronçon de leur "
                    "traversée, qui est aussi le plus délicat : chenaux peu profonds, courants "
                    "violents, virages serrés et quais encombrés. La profession est ancienne, "
                    "très réglementée et compte peu de membres. Dans de nombreux ports, le "
                    "pilotage est obligatoire au-delà d'une certaine taille de navire, car les "
                    "autorités ont conclu que la connaissance des lieux ne peut pas être "
                    "entièrement couchée sur le papier.",
                ),
                ("subheading", "Ce que le logiciel ne voit pas"),
                (
                    "paragraph",
                    "Cette conclusion est aujourd'hui mise à l'épreuve. Les systèmes de "
                    "passerelle modernes associent positionnement par satellite, cartes "
                    "électroniques détaillées et données de courant en temps réel. Certains "
                    "exploitants portuaires ont proposé un pilotage à distance, les consignes "
                    "étant transmises par radio depuis un centre à terre, au moins pour les "
                    "petits navires ou ceux qui font souvent escale. Les essais menés ailleurs "
                    "en Europe ont donné des résultats mitigés.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "L'écran vous dit où se trouve le navire. Il ne vous dit pas que ce "
                            "commandant est fatigué, que l'équipage du remorqueur débute ou que "
                            "le vent va tourner à hauteur du pont."
                        ),
                        "attribution": "Marta Ferreira, pilote sur le fleuve depuis dix-neuf ans",
                    },
                ),
                (
                    "paragraph",
                    "Il ne s'agit pas, pour les pilotes, de refuser le changement par principe. "
                    "La plupart utilisent les outils numériques mêmes qui sont censés les "
                    "menacer, et emportent souvent des unités portables qui indiquent la "
                    "position du navire plus précisément que ses propres équipements. Leur "
                    "argument : la technologie a rendu le métier plus sûr sans rendre l'humain "
                    "superflu, car les décisions les plus difficiles se prennent quand survient "
                    "l'imprévu.",
                ),
                ("subheading", "Une profession vieillissante"),
                (
                    "paragraph",
                    "Le problème le plus pressant est peut-être le recrutement. Devenir pilote "
                    "exige généralement des années de navigation comme officier, suivies d'un "
                    "long apprentissage sur place. Les jeunes Européens sont de moins en moins "
                    "nombreux à prendre la mer, et ceux qui le font ont des perspectives "
                    "séduisantes à terre. Plusieurs pilotes nous ont parlé de collègues qui "
                    "travaillent au-delà de l'âge auquel ils comptaient partir à la retraite, "
                    "faute de relève prête à prendre leur place.",
                ),
                (
                    "paragraph",
                    "Pour les autorités portuaires, le choix est délicat. Investir dans des "
                    "systèmes à distance peut sembler une assurance contre la pénurie, mais les "
                    "pilotes préviennent que les compétences perdues sont longues à "
                    "reconstituer. Les ports les plus sûrs, estiment-ils, seront ceux qui "
                    "traiteront la technologie et la formation comme deux volets d'un même "
                    "plan, et non comme des solutions de rechange l'une à l'autre.",
                ),
            ],
            "translator": None,
        },
        "es": {
            "title": "Los prácticos que siguen subiendo a bordo de cada barco",
            "slug": "los-practicos-que-siguen-subiendo-a-bordo-de-cada-barco",
            "lead": (
                "Un programa de navegación puede trazar una aproximación perfecta. Los "
                "prácticos de Lisboa sostienen que su oficio siempre ha consistido en tener "
                "buen criterio justo cuando el trazado deja de ser perfecto."
            ),
            "body": [
                (
                    "paragraph",
                    "La lancha de prácticos se abarloa a un granelero en la desembocadura del "
                    "Tajo e iguala su velocidad con tanta precisión que los dos cascos parecen "
                    "quietos mientras el agua corre entre ellos. Por el costado del buque "
                    "cuelga una escala de cuerda. La práctico espera a que el oleaje levante la "
                    "lancha, da el paso y empieza a trepar. Es el momento más peligroso de su "
                    "jornada y dura unos quince segundos.",
                ),
                (
                    "paragraph",
                    "Los prácticos guían a los barcos en el último tramo de su travesía, que es "
                    "también el más difícil: canales poco profundos, corrientes fuertes, giros "
                    "cerrados y muelles abarrotados. Es una profesión antigua, muy regulada y "
                    "reducida. En muchos puertos el practicaje es obligatorio para los buques "
                    "que superan cierto tamaño, porque las autoridades han llegado a la "
                    "conclusión de que el conocimiento local no puede ponerse del todo por "
                    "escrito.",
                ),
                ("subheading", "Lo que el software no ve"),
                (
                    "paragraph",
                    "Esa conclusión se está poniendo ahora a prueba. Los sistemas de puente "
                    "modernos combinan posicionamiento por satélite, cartas electrónicas "
                    "detalladas y datos de corrientes en tiempo real. Algunos operadores "
                    "portuarios han propuesto el practicaje a distancia, con indicaciones "
                    "transmitidas por radio desde un centro en tierra, al menos para los buques "
                    "más pequeños o los que hacen escala con frecuencia. Las pruebas realizadas "
                    "en otros puntos de Europa han dado resultados dispares.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "La pantalla te dice dónde está el barco. No te dice que este "
                            "capitán está cansado, que la tripulación del remolcador es nueva o "
                            "que el viento está a punto de rolar a la altura del puente."
                        ),
                        "attribution": (
                            "Marta Ferreira, práctico con diecinueve años de experiencia en el río"
                        ),
                    },
                ),
                (
                    "paragraph",
                    "Los prácticos no se limitan a resistirse al cambio. La mayoría usa las "
                    "mismas herramientas digitales que supuestamente los amenazan, y a menudo "
                    "llevan consigo unidades portátiles que muestran la posición del barco con "
                    "más precisión que los propios equipos de a bordo. Su argumento es que la "
                    "tecnología ha hecho el trabajo más seguro sin volver prescindible a la "
                    "persona, porque las decisiones más difíciles llegan cuando ocurre algo "
                    "inesperado.",
                ),
                ("subheading", "Una profesión que envejece"),
                (
                    "paragraph",
                    "El problema más acuciante quizá sea el relevo. Para llegar a práctico "
                    "suelen hacer falta años de navegación como oficial de la marina mercante, "
                    "seguidos de un largo aprendizaje en el propio puerto. Cada vez menos "
                    "jóvenes europeos se hacen a la mar, y quienes lo hacen tienen opciones "
                    "atractivas en tierra. Varios prácticos nos hablaron de compañeros que "
                    "siguen trabajando más allá de la edad a la que pensaban jubilarse porque "
                    "no había nadie preparado para sustituirlos.",
                ),
                (
                    "paragraph",
                    "Para las autoridades portuarias, esto plantea una disyuntiva incómoda. "
                    "Invertir en sistemas remotos puede parecer un seguro frente a la escasez, "
                    "pero los prácticos advierten de que las competencias perdidas tardan mucho "
                    "en recuperarse. Los puertos más seguros, sostienen, serán los que traten "
                    "la tecnología y la formación como partes de un mismo plan y no como "
                    "sustitutos la una de la otra.",
                ),
            ],
            "translator": None,
        },
        "ru": {
            "title": "Лоцманы, которые по-прежнему поднимаются на борт каждого судна",
            "slug": "lotsmany-kotorye-podnimayutsya-na-bort-kazhdogo-sudna",
            "lead": (
                "Навигационная программа способна проложить идеальный заход в порт. "
                "Лиссабонские лоцманы возражают: их работа всегда сводилась к умению принять "
                "верное решение в тот момент, когда прокладка перестаёт быть идеальной."
            ),
            "body": [
                (
                    "paragraph",
                    "Лоцманский катер подходит к балкеру в устье Тежу и так точно уравнивает с "
                    "ним скорость, что оба корпуса кажутся неподвижными, а между ними несётся "
                    "вода. С борта судна свисает штормтрап. Женщина-лоцман дожидается, пока "
                    "волна поднимет катер, перешагивает на трап и начинает подъём. Это самый "
                    "опасный момент её рабочего дня, и длится он секунд пятнадцать.",
                ),
                (
                    "paragraph",
                    "Портовые лоцманы проводят суда на последнем и самом сложном участке пути: "
                    "по мелководным фарватерам, сквозь сильные течения и крутые повороты к "
                    "тесным причалам. Профессия эта старая, жёстко регулируемая и "
                    "немногочисленная. Во многих портах лоцманская проводка обязательна для "
                    "судов крупнее определённого размера: власти пришли к выводу, что знание "
                    "местных условий невозможно целиком изложить на бумаге.",
                ),
                ("subheading", "Чего не видит программа"),
                (
                    "paragraph",
                    "Сейчас этот вывод проходит проверку. Современные мостиковые системы "
                    "объединяют спутниковое позиционирование, подробные электронные карты и "
                    "данные о течениях в реальном времени. Некоторые операторы портов "
                    "предложили дистанционную лоцманскую проводку, при которой указания "
                    "передаются по радио из берегового центра, хотя бы для небольших судов или "
                    "тех, что заходят в порт часто. Испытания в других странах Европы дали "
                    "неоднозначные результаты.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Экран показывает, где находится судно. Но он не скажет вам, что "
                            "капитан устал, что на буксире новая команда или что у моста вот-вот "
                            "сменится ветер."
                        ),
                        "attribution": "Марта Феррейра, лоцман, девятнадцать лет работающая на реке",
                    },
                ),
                (
                    "paragraph",
                    "Лоцманы вовсе не просто сопротивляются переменам. Большинство из них "
                    "пользуются теми самыми цифровыми инструментами, которые якобы им угрожают, "
                    "и часто берут с собой переносные навигационные комплексы, определяющие "
                    "положение судна точнее, чем его собственное оборудование. Их довод в том, "
                    "что технологии сделали работу безопаснее, но не сделали человека "
                    "ненужным: самые трудные решения приходится принимать, когда происходит "
                    "что-то непредвиденное.",
                ),
                ("subheading", "Стареющая профессия"),
                (
                    "paragraph",
                    "Возможно, куда острее стоит вопрос смены поколений. Чтобы стать лоцманом, "
                    "обычно нужны годы плавания штурманом, а затем долгая стажировка в "
                    "конкретном порту. Молодых европейцев, которые вообще уходят в море, "
                    "становится всё меньше, а у тех, кто всё же уходит, есть заманчивые "
                    "варианты на берегу. Несколько лоцманов рассказали о коллегах, которые "
                    "продолжают работать после того возраста, когда собирались выйти на "
                    "пенсию, потому что заменить их просто некем.",
                ),
                (
                    "paragraph",
                    "Портовые власти оказываются перед неудобным выбором. Вложения в "
                    "дистанционные системы могут выглядеть как страховка от нехватки кадров, но "
                    "лоцманы предупреждают: утраченные навыки восстанавливаются медленно. "
                    "Самыми безопасными, по их словам, окажутся те порты, где технологии и "
                    "подготовку людей рассматривают как части одного плана, а не как замену "
                    "друг другу.",
                ),
            ],
            "translator": None,
        },
        "ar": {
            "title": "مرشدو الموانئ الذين ما زالوا يصعدون إلى كل سفينة",
            "slug": "murshidu-al-mawani-alladhina-yasaduna-ila-kull-safina",
            "lead": (
                "تستطيع برمجيات الملاحة أن ترسم مسار اقتراب مثاليًا. لكن مرشدي ميناء لشبونة "
                "يرون أن مهنتهم كانت دائمًا تقوم على حسن التقدير في اللحظات التي يكفّ فيها "
                "المسار المرسوم عن أن يكون مثاليًا."
            ),
            "body": [
                (
                    "paragraph",
                    "يقترب زورق الإرشاد من سفينة بضائع سائبة عند مصب نهر تاجة، ويضبط سرعته على "
                    "سرعتها بدقة تجعل الهيكلين يبدوان ساكنين فيما يندفع الماء بينهما. على جانب "
                    "السفينة يتدلى سلّم من الحبال. تنتظر المرشدة حتى ترفع الموجةُ الزورق، ثم "
                    "تخطو إلى السلّم وتبدأ الصعود. إنها أخطر لحظة في يومها، ولا تستغرق إلا نحو "
                    "خمس عشرة ثانية.",
                ),
                (
                    "paragraph",
                    "يقود مرشدو الموانئ السفن في المرحلة الأخيرة من رحلتها، وهي أصعب مراحلها: "
                    "قنوات ضحلة وتيارات قوية ومنعطفات ضيقة وأرصفة مزدحمة. والمهنة قديمة، وتخضع "
                    "لتنظيم صارم، وعدد أصحابها قليل. وفي كثير من الموانئ يكون الإرشاد إلزاميًا "
                    "للسفن التي تتجاوز حجمًا معينًا، لأن السلطات خلصت إلى أن المعرفة المحلية لا "
                    "يمكن تدوينها كاملة.",
                ),
                ("subheading", "ما لا تراه البرمجيات"),
                (
                    "paragraph",
                    "هذه القناعة تخضع اليوم للاختبار. فأنظمة غرف القيادة الحديثة تجمع بين تحديد "
                    "المواقع عبر الأقمار الاصطناعية والخرائط الإلكترونية المفصّلة وبيانات "
                    "التيارات لحظة بلحظة. واقترح بعض مشغّلي الموانئ الإرشاد عن بُعد، بحيث تُقدَّم "
                    "التوجيهات عبر اللاسلكي من مركز على البر، على الأقل للسفن الصغيرة أو تلك "
                    "التي تتردد على الميناء كثيرًا. وجاءت نتائج التجارب في أماكن أخرى من أوروبا "
                    "متفاوتة.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "الشاشة تخبرك أين السفينة. لكنها لا تخبرك أن هذا الربّان متعب، أو أن "
                            "طاقم القاطرة حديث العهد بالعمل، أو أن الريح على وشك أن تغيّر اتجاهها "
                            "عند الجسر."
                        ),
                        "attribution": "مارتا فيريرا، مرشدة تعمل على النهر منذ تسعة عشر عامًا",
                    },
                ),
                (
                    "paragraph",
                    "لا يقتصر موقف المرشدين على مقاومة التغيير. فمعظمهم يستخدمون الأدوات الرقمية "
                    "نفسها التي يُقال إنها تهددهم، وكثيرًا ما يحملون أجهزة محمولة تُظهر موقع "
                    "السفينة بدقة تفوق دقة معداتها. وحجتهم أن التكنولوجيا جعلت العمل أكثر أمانًا "
                    "من دون أن تجعل الإنسان زائدًا عن الحاجة، لأن أصعب القرارات تُتخذ حين يقع ما "
                    "لم يكن في الحسبان.",
                ),
                ("subheading", "مهنة تشيخ"),
                (
                    "paragraph",
                    "ولعل المسألة الأكثر إلحاحًا هي استقطاب جيل جديد. فالوصول إلى مهنة الإرشاد "
                    "يتطلب عادةً سنوات من الإبحار ضابطًا على متن السفن، يعقبها تدريب محلي طويل. "
                    "ولم يعد يركب البحر إلا عدد متناقص من الشباب الأوروبيين، ومن يفعل منهم يجد "
                    "أمامه خيارات مغرية على اليابسة. وحدّثنا عدد من المرشدين عن زملاء لهم ما "
                    "زالوا يعملون بعد السن التي كانوا ينوون التقاعد فيها، لأنه لم يكن هناك من هو "
                    "مستعد لأخذ مكانهم.",
                ),
                (
                    "paragraph",
                    "ويضع ذلك سلطات الموانئ أمام خيار حرج. فالاستثمار في أنظمة الإرشاد عن بُعد "
                    "قد يبدو احتياطًا في وجه النقص، لكن المرشدين يحذّرون من أن المهارات التي "
                    "تضيع تحتاج إلى وقت طويل لاستعادتها. ويرون أن أكثر الموانئ أمانًا ستكون تلك "
                    "التي تتعامل مع التكنولوجيا والتدريب بوصفهما جزأين من خطة واحدة، لا بديلين "
                    "أحدهما عن الآخر.",
                ),
            ],
            "translator": "leila-haddad",
        },
    },
    # ------------------------------------------------------------------
    # Republished from a partner (Steppe Dispatch, CC BY-SA 4.0)
    # ------------------------------------------------------------------
    "counting-drops-aral-basin": {
        "fr": {
            "title": "Compter chaque goutte dans le bassin de l'Aral",
            "slug": "compter-chaque-goutte-dans-le-bassin-de-l-aral",
            "lead": (
                "Les canaux d'irrigation creusés pour remplir les quotas de coton perdent encore "
                "une grande partie de leur eau avant qu'elle n'atteigne les champs. Les revêtir "
                "et y poser des compteurs est un travail lent et ingrat, mais qui commence à "
                "porter ses fruits."
            ),
            "body": [
                (
                    "paragraph",
                    "Le canal est plus vieux que la plupart des agriculteurs qui s'en servent. "
                    "Creusé à l'époque soviétique pour acheminer l'eau de l'Amou-Daria vers les "
                    "champs de coton, il court sur des kilomètres à travers un sol sablonneux, "
                    "sans le moindre revêtement. L'eau s'infiltre par le fond et s'évapore en "
                    "surface bien avant d'atteindre les dernières exploitations. Les ingénieurs "
                    "de la région estiment que les pertes sur ce type de réseau peuvent être "
                    "considérables, même si personne ne les a mesurées sérieusement pendant des "
                    "décennies.",
                ),
                (
                    "paragraph",
                    "L'assèchement de la mer d'Aral est l'une des catastrophes écologiques les "
                    "plus connues du XXe siècle. On sait moins ce qui s'est passé depuis dans les "
                    "exploitations et les services de l'eau du bassin. À l'indépendance, les "
                    "États d'Asie centrale ont hérité de réseaux d'irrigation conçus pour une "
                    "seule et même économie planifiée, désormais découpés par des frontières "
                    "nationales et privés des fonds nécessaires à leur entretien.",
                ),
                ("subheading", "D'abord, mesurer"),
                (
                    "paragraph",
                    "Certains des travaux récents les plus utiles ont été modestes : installer "
                    "des débitmètres aux points clés, apprendre aux associations d'usagers de "
                    "l'eau à consigner les volumes livrés et publier les chiffres à l'échelle des "
                    "districts. Pour la première fois dans bien des endroits, les agriculteurs "
                    "situés en bout de canal peuvent prouver, chiffres à l'appui, qu'ils "
                    "reçoivent moins que leur part. Des querelles qui se réglaient autrefois à "
                    "coups de relations personnelles sont devenues des discussions sur des "
                    "données.",
                ),
                (
                    "paragraph",
                    "Revêtir les canaux de béton ou de géomembranes est l'étape suivante, et "
                    "elle coûte cher. Bailleurs de fonds et gouvernements ont financé des "
                    "tronçons des canaux principaux, mais les rigoles plus petites qui amènent "
                    "l'eau jusqu'aux parcelles restent pour la plupart en terre. On demande "
                    "souvent aux agriculteurs d'y contribuer par leur travail, ce qui est plus "
                    "réaliste en hiver qu'en pleine saison de culture.",
                ),
                (
                    "paragraph",
                    "Il y a une complication supplémentaire. L'eau économisée grâce au "
                    "revêtement des canaux ne s'écoule pas automatiquement vers la mer ou vers "
                    "les voisins en aval. Elle sert souvent à étendre les surfaces irriguées en "
                    "amont, si bien que les économies à l'échelle du bassin peuvent être plus "
                    "faibles que ne le laissent entendre les rapports de projet. Les économistes "
                    "parlent d'effet rebond, et c'est l'une des raisons pour lesquelles "
                    "l'efficacité, à elle seule, n'a pas suffi à rendre vie aux fleuves.",
                ),
                (
                    "paragraph",
                    "La mesure a pourtant changé les termes du débat. Les gouvernements de la "
                    "région discutent désormais de la répartition de l'eau en disposant de "
                    "meilleures informations qu'à aucun moment depuis les années 1980, et l'on "
                    "commence, lentement, à délaisser les cultures les plus gourmandes en eau. "
                    "Le bassin ne redeviendra pas ce qu'il était, mais l'eau qui lui reste est "
                    "enfin comptée.",
                ),
            ],
            "translator": None,
        },
        "es": {
            "title": "Contar cada gota en la cuenca del Aral",
            "slug": "contar-cada-gota-en-la-cuenca-del-aral",
            "lead": (
                "Los canales de riego construidos para cumplir las cuotas de algodón siguen "
                "perdiendo buena parte del agua antes de que llegue a los campos. Revestirlos y "
                "medir su caudal es un trabajo lento y poco vistoso, pero empieza a dar frutos."
            ),
            "body": [
                (
                    "paragraph",
                    "El canal es más viejo que la mayoría de los agricultores que lo usan. "
                    "Excavado en la época soviética para llevar agua del Amu Daria a los campos "
                    "de algodón, recorre kilómetros de suelo arenoso sin ningún tipo de "
                    "revestimiento. El agua se filtra por el lecho y se evapora en la superficie "
                    "mucho antes de llegar a las últimas fincas. Los ingenieros de la región "
                    "calculan que las pérdidas en sistemas como este pueden ser enormes, aunque "
                    "durante décadas nadie las midió con rigor.",
                ),
                (
                    "paragraph",
                    "La desaparición del mar de Aral es una de las historias ambientales más "
                    "conocidas del siglo XX. Menos conocido es lo que ha ocurrido desde entonces "
                    "en las explotaciones agrícolas y las oficinas del agua de la cuenca. Tras la "
                    "independencia, los Estados de Asia Central heredaron redes de riego "
                    "diseñadas para una única economía planificada, ahora divididas por "
                    "fronteras nacionales y sin dinero suficiente para su mantenimiento.",
                ),
                ("subheading", "Primero, medir"),
                (
                    "paragraph",
                    "Parte del trabajo más útil de los últimos años ha sido modesto: instalar "
                    "caudalímetros en puntos clave, enseñar a las asociaciones de usuarios del "
                    "agua a registrar las entregas y publicar las cifras por distrito. Por "
                    "primera vez en muchos lugares, los agricultores situados al final de un "
                    "canal pueden demostrar con números que reciben menos de lo que les "
                    "corresponde. Así, disputas que antes se resolvían a base de contactos "
                    "personales se han convertido en discusiones sobre datos.",
                ),
                (
                    "paragraph",
                    "Revestir los canales con hormigón o con láminas plásticas es el siguiente "
                    "paso, y resulta caro. Donantes y gobiernos han financiado tramos de los "
                    "canales principales, pero las acequias más pequeñas que llevan el agua a "
                    "cada parcela siguen en gran parte sin revestir. A menudo se pide a los "
                    "agricultores que aporten mano de obra, algo más factible en invierno que en "
                    "plena temporada de cultivo.",
                ),
                (
                    "paragraph",
                    "Hay una complicación añadida. El agua que se ahorra al revestir los canales "
                    "no fluye automáticamente hacia el mar ni hacia los vecinos aguas abajo. Con "
                    "frecuencia se usa para ampliar el regadío aguas arriba, de modo que el "
                    "ahorro en el conjunto de la cuenca puede ser menor de lo que sugieren los "
                    "informes de los proyectos. Los economistas lo llaman efecto rebote, y es "
                    "una de las razones por las que la eficiencia por sí sola no ha devuelto la "
                    "vida a los ríos.",
                ),
                (
                    "paragraph",
                    "Aun así, la medición ha cambiado los términos del debate. Los gobiernos de "
                    "la región discuten hoy el reparto del agua con mejor información que en "
                    "ningún otro momento desde los años ochenta, y el abandono de los cultivos "
                    "más sedientos avanza, aunque despacio. La cuenca no volverá a ser lo que "
                    "fue, pero el agua que le queda, por fin, se está contando.",
                ),
            ],
            "translator": "ines-carvalho",
        },
        "ru": {
            "title": "Счёт на капли в бассейне Арала",
            "slug": "schyot-na-kapli-v-basseyne-arala",
            "lead": (
                "Оросительные каналы, построенные ради хлопковых планов, по-прежнему теряют "
                "значительную часть воды, прежде чем она дойдёт до поля. Облицовка каналов и "
                "установка водомеров — работа медленная и неблагодарная, но она начинает "
                "приносить плоды."
            ),
            "body": [
                (
                    "paragraph",
                    "Канал старше большинства фермеров, которые им пользуются. Прорытый в "
                    "советское время, чтобы подавать воду из Амударьи на хлопковые поля, он "
                    "тянется на километры по песчаному грунту без всякой облицовки. Вода "
                    "просачивается через дно и испаряется с поверхности задолго до того, как "
                    "доходит до последних хозяйств. По оценкам инженеров региона, потери в "
                    "подобных системах могут быть очень велики, хотя десятилетиями их никто "
                    "толком не измерял.",
                ),
                (
                    "paragraph",
                    "Гибель Аральского моря — одна из самых известных экологических историй "
                    "XX века. Куда меньше известно о том, что происходило с тех пор в хозяйствах "
                    "и водохозяйственных конторах бассейна. После обретения независимости "
                    "государства Центральной Азии унаследовали ирригационные сети, "
                    "спроектированные для единой плановой экономики, а теперь разделённые "
                    "государственными границами и лишённые денег на содержание.",
                ),
                ("subheading", "Сначала — измерения"),
                (
                    "paragraph",
                    "Часть самой полезной работы последних лет выглядит скромно: установка "
                    "расходомеров в ключевых точках, обучение ассоциаций водопользователей учёту "
                    "подачи воды и публикация данных по районам. Во многих местах фермеры в "
                    "хвосте канала впервые могут подтвердить цифрами, что получают меньше "
                    "положенного. Споры, которые раньше решались через личные связи, "
                    "превратились в обсуждение данных.",
                ),
                (
                    "paragraph",
                    "Следующий шаг — облицовка каналов бетоном или полимерной плёнкой, и это "
                    "дорого. Доноры и правительства профинансировали участки магистральных "
                    "каналов, но мелкие оросители, по которым вода поступает на отдельные поля, "
                    "в основном остаются без облицовки. От фермеров часто ждут участия своим "
                    "трудом, а это реальнее зимой, чем в разгар сезона.",
                ),
                (
                    "paragraph",
                    "Есть и ещё одна сложность. Вода, сэкономленная благодаря облицовке каналов, "
                    "не уходит сама собой в море или к соседям ниже по течению. Часто её "
                    "направляют на расширение орошаемых площадей выше по течению, поэтому "
                    "экономия в масштабах бассейна может оказаться меньше, чем следует из "
                    "отчётов по проектам. Экономисты называют это эффектом рикошета, и это одна "
                    "из причин, по которым одна лишь эффективность не вернула рекам жизнь.",
                ),
                (
                    "paragraph",
                    "И всё же измерения изменили сам разговор. Правительства стран региона "
                    "обсуждают распределение воды, располагая лучшей информацией, чем когда-либо "
                    "с 1980-х годов, а отказ от самых влагоёмких культур пусть медленно, но идёт. "
                    "Бассейн не станет прежним, но оставшуюся в нём воду наконец-то считают.",
                ),
            ],
            "translator": None,
        },
        "ar": {
            "title": "عدّ القطرات في حوض بحر آرال",
            "slug": "add-al-qatarat-fi-hawd-bahr-aral",
            "lead": (
                "لا تزال قنوات الري التي شُقّت لتلبية حصص القطن تفقد جزءًا كبيرًا من مياهها قبل "
                "أن تبلغ الحقول. وتبطينها وتركيب العدادات عليها عمل بطيء لا بريق فيه، لكنه بدأ "
                "يؤتي ثماره."
            ),
            "body": [
                (
                    "paragraph",
                    "القناة أقدم من معظم المزارعين الذين يستخدمونها. حُفرت في الحقبة السوفييتية "
                    "لنقل المياه من نهر آمو داريا إلى حقول القطن، وتمتد كيلومترات عبر تربة رملية "
                    "من دون أي تبطين. تتسرب المياه من قاعها وتتبخر من سطحها قبل وقت طويل من "
                    "وصولها إلى آخر المزارع. ويقدّر مهندسون في المنطقة أن الفاقد في شبكات كهذه "
                    "قد يكون كبيرًا جدًا، وإن لم يقسه أحد بعناية طوال عقود.",
                ),
                (
                    "paragraph",
                    "انهيار بحر آرال من أشهر القصص البيئية في القرن العشرين. أما ما جرى منذ ذلك "
                    "الحين في مزارع الحوض ومكاتب المياه فيه فأقل شهرة بكثير. فبعد الاستقلال "
                    "ورثت دول آسيا الوسطى شبكات ري صُمّمت لاقتصاد مخطط واحد، باتت الآن مقسّمة "
                    "بحدود وطنية وتعاني شحّ أموال الصيانة.",
                ),
                ("subheading", "القياس أولًا"),
                (
                    "paragraph",
                    "كان بعض أنفع ما أُنجز في الآونة الأخيرة متواضعًا: تركيب مقاييس للتدفق في "
                    "نقاط رئيسية، وتدريب جمعيات مستخدمي المياه على تسجيل الكميات المسلَّمة، ونشر "
                    "الأرقام على مستوى المقاطعات. وللمرة الأولى في أماكن كثيرة، صار بوسع "
                    "المزارعين عند ذيل القناة أن يثبتوا بالأرقام أنهم يتلقون أقل من حصتهم. "
                    "وهكذا تحولت خلافات كانت تُحسم بالعلاقات الشخصية إلى نقاشات حول البيانات.",
                ),
                (
                    "paragraph",
                    "الخطوة التالية هي تبطين القنوات بالخرسانة أو بالأغشية البلاستيكية، وهي "
                    "مكلفة. وقد موّل المانحون والحكومات أجزاءً من القنوات الرئيسية، لكن القنوات "
                    "الفرعية الأصغر التي توصل المياه إلى الحقول ما زالت في معظمها بلا تبطين. "
                    "وكثيرًا ما يُطلب من المزارعين الإسهام بعملهم، وهو أمر أيسر في الشتاء منه في "
                    "موسم الزراعة.",
                ),
                (
                    "paragraph",
                    "وثمة تعقيد آخر. فالمياه التي يوفّرها تبطين القنوات لا تتدفق تلقائيًا نحو "
                    "البحر أو نحو الجيران في أسفل المجرى، بل كثيرًا ما تُستخدم لتوسيع الري في "
                    "أعلاه، ولذلك قد يكون الوفر على مستوى الحوض كله أقل مما توحي به تقارير "
                    "المشاريع. ويسمّي الاقتصاديون ذلك «الأثر الارتدادي»، وهو أحد أسباب عجز "
                    "الكفاءة وحدها عن إعادة الحياة إلى الأنهار.",
                ),
                (
                    "paragraph",
                    "ومع ذلك، غيّر القياس طبيعة النقاش. فحكومات المنطقة تناقش اليوم توزيع المياه "
                    "بمعلومات أفضل مما توافر لها في أي وقت منذ ثمانينيات القرن الماضي، والتحول "
                    "عن أكثر المحاصيل استهلاكًا للمياه يمضي وإن ببطء. لن يعود الحوض إلى ما كان "
                    "عليه، لكن ما تبقى فيه من مياه صار أخيرًا يُحصى.",
                ),
            ],
            "translator": None,
        },
    },
    # ------------------------------------------------------------------
    # Original, single byline
    # ------------------------------------------------------------------
    "arithmetic-of-a-five-person-newsroom": {
        "fr": {
            "title": "L'arithmétique d'une rédaction de cinq personnes",
            "slug": "l-arithmetique-d-une-redaction-de-cinq-personnes",
            "lead": (
                "Nous avons demandé à une petite rédaction numérique d'une ville de province "
                "japonaise d'ouvrir ses comptes. Les chiffres montrent combien il faut peu pour "
                "bien couvrir une ville, et combien ce peu est fragile."
            ),
            "body": [
                (
                    "paragraph",
                    "La rédaction occupe deux pièces au-dessus d'un magasin de vélos. Elle "
                    "compte cinq personnes : un rédacteur en chef, deux journalistes, un "
                    "photographe à temps partiel et un administrateur qui s'occupe aussi de la "
                    "lettre d'information, de la comptabilité et, les jours de coup de feu, du "
                    "téléphone. À eux cinq, ils couvrent une ville d'environ deux cent mille "
                    "habitants, avec son conseil municipal, ses écoles, son hôpital et ses "
                    "tribunaux.",
                ),
                (
                    "paragraph",
                    "Les fondateurs ont accepté de nous communiquer leurs chiffres à condition "
                    "que nous ne nommions pas la ville : ils sont en pleine négociation avec un "
                    "annonceur local et ne veulent pas dévoiler leur position. Ce qui suit est "
                    "une version simplifiée de leur budget annuel, arrondie et convertie pour "
                    "que les lecteurs d'ailleurs puissent la comparer au leur.",
                ),
                ("subheading", "D'où vient l'argent"),
                (
                    "paragraph",
                    "Environ la moitié des recettes provient de quelque trois mille membres "
                    "payants, qui versent une petite somme chaque mois et ne reçoivent rien que "
                    "les non-membres n'obtiennent aussi. Un quart vient de la publicité locale, "
                    "surtout d'entreprises qui tiennent à être associées à un journalisme "
                    "sérieux. Le reste combine des subventions d'une fondation régionale et des "
                    "événements payants ponctuels, comme des débats entre candidats avant les "
                    "élections locales.",
                ),
                (
                    "paragraph",
                    "Les salaires dominent les dépenses : ils en représentent près des trois "
                    "quarts. L'équipe est modestement payée, mais au-dessus du salaire médian "
                    "local, un choix que les fondateurs jugent non négociable. Le loyer, les "
                    "logiciels, les assurances et les conseils juridiques constituent "
                    "l'essentiel du reste. Les frais juridiques sont faibles une année ordinaire, "
                    "et potentiellement catastrophiques une mauvaise année.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Toute notre réserve suffirait à peu près à payer un seul procès en "
                            "diffamation sérieux. Nous sommes prudents, mais être prudent ne "
                            "veut pas dire être à l'abri."
                        ),
                        "attribution": "le rédacteur en chef, qui a souhaité garder l'anonymat",
                    },
                ),
                ("subheading", "La marge de survie"),
                (
                    "paragraph",
                    "Sa meilleure année, la rédaction a dégagé un léger excédent. La pire, elle "
                    "a perdu l'équivalent de deux mois de salaires et n'a tenu que parce qu'un "
                    "journaliste est passé à temps partiel. L'écart entre ces deux années tient "
                    "pour l'essentiel à la perte d'un seul gros annonceur. Cette concentration "
                    "du risque est courante dans les petits médias, et c'est l'une des raisons "
                    "pour lesquelles beaucoup cherchent à accroître leurs recettes d'adhésion, "
                    "même si elles progressent lentement.",
                ),
                (
                    "paragraph",
                    "Ce qui frappe dans ces chiffres, c'est leur modestie. Le budget annuel tout "
                    "entier couvrirait à peine le salaire d'un seul cadre intermédiaire d'un "
                    "groupe de médias national. Et pourtant, c'est cette rédaction qui envoie un "
                    "journaliste à chaque séance du conseil municipal, et c'est la seule à le "
                    "faire. Sa survie ne tient pas à la découverte d'un nouveau modèle "
                    "économique révolutionnaire ; elle tient à la décision de quelques milliers "
                    "d'habitants de plus que son travail mérite qu'on le paie.",
                ),
            ],
            "translator": None,
        },
        "es": {
            "title": "La aritmética de una redacción de cinco personas",
            "slug": "la-aritmetica-de-una-redaccion-de-cinco-personas",
            "lead": (
                "Pedimos a una pequeña redacción digital de una ciudad de provincias japonesa "
                "que nos abriera sus cuentas. Las cifras muestran lo poco que hace falta para "
                "cubrir bien una ciudad y lo frágil que es ese poco."
            ),
            "body": [
                (
                    "paragraph",
                    "La redacción ocupa dos habitaciones encima de una tienda de bicicletas. Son "
                    "cinco personas: un director, dos reporteros, un fotógrafo a tiempo parcial "
                    "y un gerente que además se encarga del boletín, la contabilidad y, los "
                    "días de más trajín, el teléfono. Entre todos cubren una ciudad de unos "
                    "doscientos mil habitantes, con su ayuntamiento, sus escuelas, su hospital y "
                    "sus juzgados.",
                ),
                (
                    "paragraph",
                    "Los fundadores accedieron a compartir sus cifras con nosotros a condición "
                    "de que no mencionáramos la ciudad, porque están negociando con un "
                    "anunciante local y no quieren que su posición negociadora se haga pública. "
                    "Lo que sigue es una versión simplificada de su presupuesto anual, "
                    "redondeada y convertida para que los lectores de otros lugares puedan "
                    "compararla con la suya.",
                ),
                ("subheading", "De dónde sale el dinero"),
                (
                    "paragraph",
                    "Aproximadamente la mitad de los ingresos procede de unos tres mil socios de "
                    "pago, que aportan una pequeña cantidad al mes y no reciben nada que no "
                    "reciban también quienes no son socios. Una cuarta parte viene de la "
                    "publicidad local, sobre todo de comercios que quieren asociar su nombre a "
                    "un periodismo serio. El resto es una combinación de subvenciones de una "
                    "fundación regional y algún que otro evento de pago, como los debates entre "
                    "candidatos antes de las elecciones municipales.",
                ),
                (
                    "paragraph",
                    "Los salarios dominan los gastos: suponen casi tres cuartas partes del "
                    "total. La plantilla cobra sueldos modestos, pero por encima de la mediana "
                    "salarial local, una decisión que los fundadores consideran innegociable. "
                    "El alquiler, el software, los seguros y el asesoramiento jurídico se llevan "
                    "casi todo lo demás. Los gastos legales son pequeños en un año normal y "
                    "potencialmente catastróficos en uno malo.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Toda nuestra reserva alcanzaría, más o menos, para un solo caso "
                            "serio de difamación. Somos prudentes, pero ser prudente no es lo "
                            "mismo que estar a salvo."
                        ),
                        "attribution": "el director de la redacción, que pidió no ser identificado",
                    },
                ),
                ("subheading", "El margen de supervivencia"),
                (
                    "paragraph",
                    "En su mejor año, la redacción cerró con un pequeño superávit. En el peor, "
                    "perdió el equivalente a dos meses de salarios y solo sobrevivió porque un "
                    "reportero pasó a media jornada. La diferencia entre esos años se debió "
                    "sobre todo a la pérdida de un único gran anunciante. Esa concentración del "
                    "riesgo es habitual entre los medios pequeños, y es una de las razones por "
                    "las que muchos intentan aumentar los ingresos por cuotas de socios, aunque "
                    "crezcan despacio.",
                ),
                (
                    "paragraph",
                    "Lo llamativo de estas cifras es lo pequeñas que son. El presupuesto anual "
                    "completo apenas cubriría el sueldo de un solo directivo de nivel medio en "
                    "una empresa de medios nacional. Y, sin embargo, esta es la redacción que "
                    "envía a un reportero a cada pleno municipal, y la única que lo hace. Su "
                    "supervivencia no depende de dar con un gran modelo de negocio nuevo, sino "
                    "de que unos pocos miles de vecinos más decidan que vale la pena pagar por "
                    "su trabajo.",
                ),
            ],
            "translator": "ines-carvalho",
        },
        "ru": {
            "title": "Арифметика редакции из пяти человек",
            "slug": "arifmetika-redaktsii-iz-pyati-chelovek",
            "lead": (
                "Мы попросили небольшую цифровую редакцию из японского регионального города "
                "открыть нам свою бухгалтерию. Цифры показывают, как мало нужно, чтобы хорошо "
                "освещать жизнь города, и как хрупко это «мало»."
            ),
            "body": [
                (
                    "paragraph",
                    "Редакция занимает две комнаты над веломагазином. В ней пять человек: "
                    "главный редактор, два корреспондента, фотограф на полставки и менеджер, "
                    "который заодно отвечает за рассылку, бухгалтерию, а в горячие дни — и за "
                    "телефон. Вместе они освещают жизнь города с населением около двухсот тысяч "
                    "человек: работу городского собрания, школ, больницы и судов.",
                ),
                (
                    "paragraph",
                    "Основатели согласились поделиться с нами цифрами при условии, что мы не "
                    "назовём город: они ведут переговоры с местным рекламодателем и не хотят "
                    "раскрывать свою позицию. Ниже приводится упрощённая версия их годового "
                    "бюджета — округлённая и пересчитанная так, чтобы читатели в других странах "
                    "могли сравнить её со своим.",
                ),
                ("subheading", "Откуда берутся деньги"),
                (
                    "paragraph",
                    "Примерно половину доходов редакции дают около трёх тысяч платных "
                    "участников: они вносят небольшую сумму каждый месяц и не получают ничего "
                    "такого, что не было бы доступно остальным. Четверть приходится на местную "
                    "рекламу, в основном от компаний, которые хотят, чтобы их имя связывали с "
                    "серьёзной журналистикой. Остальное — гранты регионального фонда и время от "
                    "времени платные мероприятия, например дебаты кандидатов перед местными "
                    "выборами.",
                ),
                (
                    "paragraph",
                    "Главная статья расходов — зарплаты, на них уходит почти три четверти всех "
                    "трат. Сотрудникам платят скромно, но выше медианной зарплаты в городе, и "
                    "основатели называют это решение не подлежащим обсуждению. Аренда, "
                    "программы, страховка и юридические консультации составляют бо́льшую часть "
                    "остального. В обычный год юридические расходы невелики, а в неудачный "
                    "могут оказаться катастрофическими.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Всего нашего резерва хватило бы примерно на одно серьёзное дело о "
                            "клевете. Мы осторожны, но осторожность ещё не означает безопасность."
                        ),
                        "attribution": "главный редактор, попросивший не называть его имени",
                    },
                ),
                ("subheading", "Запас прочности"),
                (
                    "paragraph",
                    "В самый удачный год редакция закончила с небольшой прибылью. В самый "
                    "тяжёлый — потеряла сумму, равную двум месячным фондам оплаты труда, и "
                    "выжила лишь потому, что один из корреспондентов перешёл на неполную "
                    "ставку. Разница между этими годами объяснялась в основном уходом одного "
                    "крупного рекламодателя. Такая концентрация риска обычна для небольших "
                    "изданий, и это одна из причин, по которым многие стараются наращивать "
                    "доходы от участников, хотя они растут медленно.",
                ),
                (
                    "paragraph",
                    "Поражает в этих цифрах прежде всего их скромность. Весь годовой бюджет едва "
                    "покрыл бы зарплату одного руководителя среднего звена в общенациональной "
                    "медиакомпании. И всё же именно эта редакция отправляет корреспондента на "
                    "каждое заседание городского собрания — и больше этого не делает никто. Её "
                    "выживание зависит не от поиска великой новой бизнес-модели, а от того, "
                    "решат ли ещё несколько тысяч жителей, что за её работу стоит платить.",
                ),
            ],
            "translator": None,
        },
        "ar": {
            "title": "حسابات غرفة أخبار من خمسة أشخاص",
            "slug": "hisabat-ghurfat-akhbar-min-khamsat-ashkhas",
            "lead": (
                "طلبنا من غرفة أخبار رقمية صغيرة في مدينة يابانية إقليمية أن تفتح لنا دفاترها. "
                "وتُظهر الأرقام كم هو قليل ما يلزم لتغطية مدينة تغطية جيدة، وكم هو هشّ هذا "
                "القليل."
            ),
            "body": [
                (
                    "paragraph",
                    "تشغل غرفة الأخبار غرفتين فوق متجر للدراجات. يعمل فيها خمسة أشخاص: رئيس "
                    "تحرير، ومراسلان، ومصوّر بدوام جزئي، ومدير أعمال يتولى أيضًا النشرة البريدية "
                    "والحسابات، والرد على الهاتف في أيام الضغط. ويغطي هؤلاء معًا مدينة يقارب عدد "
                    "سكانها مئتي ألف نسمة، بما فيها مجلسها البلدي ومدارسها ومستشفاها ومحاكمها.",
                ),
                (
                    "paragraph",
                    "وافق المؤسسون على إطلاعنا على أرقامهم بشرط ألا نذكر اسم المدينة، لأنهم "
                    "يتفاوضون مع معلن محلي ولا يريدون أن يُكشف موقفهم التفاوضي. وما يلي نسخة "
                    "مبسطة من ميزانيتهم السنوية، قرّبنا أرقامها وحوّلناها كي يتمكن القراء في "
                    "أماكن أخرى من مقارنتها بميزانياتهم.",
                ),
                ("subheading", "من أين يأتي المال"),
                (
                    "paragraph",
                    "يأتي نحو نصف دخل غرفة الأخبار من قرابة ثلاثة آلاف عضو يدفعون اشتراكًا شهريًا "
                    "صغيرًا، ولا يحصلون على شيء لا يحصل عليه غير الأعضاء أيضًا. ويأتي الربع من "
                    "الإعلانات المحلية، ومعظمها من شركات تريد أن يقترن اسمها بالصحافة الجادة. أما "
                    "الباقي فمزيج من منح تقدمها مؤسسة إقليمية وفعاليات مدفوعة تُقام بين حين وآخر، "
                    "مثل المناظرات بين المرشحين قبل الانتخابات المحلية.",
                ),
                (
                    "paragraph",
                    "تستحوذ الرواتب على الجزء الأكبر من التكاليف، إذ تمثل نحو ثلاثة أرباع "
                    "الإنفاق. وأجور العاملين متواضعة لكنها أعلى من الأجر الوسيط في المدينة، وهو "
                    "خيار يصفه المؤسسون بأنه غير قابل للتفاوض. ويشكّل الإيجار والبرمجيات والتأمين "
                    "والاستشارات القانونية معظم ما تبقى. والتكاليف القانونية ضئيلة في السنة "
                    "العادية، لكنها قد تكون كارثية في سنة سيئة.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "احتياطينا كله يكفي بالكاد لتغطية قضية تشهير جدية واحدة. نحن حذرون، "
                            "لكن الحذر لا يعني الأمان."
                        ),
                        "attribution": "رئيس تحرير غرفة الأخبار، الذي طلب عدم ذكر اسمه",
                    },
                ),
                ("subheading", "هامش البقاء"),
                (
                    "paragraph",
                    "في أفضل سنواتها، أنهت غرفة الأخبار العام بفائض صغير. وفي أسوئها، خسرت ما "
                    "يعادل رواتب شهرين، ولم تصمد إلا لأن أحد المراسلين انتقل إلى العمل بدوام "
                    "جزئي. ويعود الفرق بين السنتين إلى حد بعيد إلى خسارة معلن كبير واحد. وتركّز "
                    "المخاطر على هذا النحو شائع بين المنابر الصغيرة، وهو أحد الأسباب التي تدفع "
                    "كثيرًا منها إلى السعي لزيادة إيرادات العضوية، مع أنها تنمو ببطء.",
                ),
                (
                    "paragraph",
                    "اللافت في هذه الأرقام صغرها. فالميزانية السنوية بأكملها بالكاد تغطي راتب "
                    "مدير واحد من المستوى المتوسط في شركة إعلامية وطنية. ومع ذلك، فهذه هي غرفة "
                    "الأخبار التي ترسل مراسلًا إلى كل جلسة للمجلس البلدي، وهي الوحيدة التي تفعل "
                    "ذلك. ولا يتوقف بقاؤها على اكتشاف نموذج عمل جديد عظيم، بل على أن يقرر بضعة "
                    "آلاف آخرين من السكان أن عملها يستحق أن يدفعوا مقابله.",
                ),
            ],
            "translator": "leila-haddad",
        },
    },
}

TRANSLATED_TERMS = {
    "region": {
        "middle-east-north-africa": {
            "fr": {
                "name": "Moyen-Orient et Afrique du Nord",
                "description": (
                    "Du Maghreb au Golfe : fleuves et nappes phréatiques partagés, migrations de "
                    "travail, transitions énergétiques et routes maritimes qui relient la région "
                    "au reste du monde."
                ),
            },
            "es": {
                "name": "Oriente Medio y Norte de África",
                "description": (
                    "Del Magreb al Golfo: ríos y acuíferos compartidos, migración laboral, "
                    "transiciones energéticas y las rutas marítimas que conectan la región con "
                    "el mundo."
                ),
            },
            "ru": {
                "name": "Ближний Восток и Северная Африка",
                "description": (
                    "От Магриба до Персидского залива: общие реки и водоносные горизонты, "
                    "трудовая миграция, энергетический переход и морские пути, связывающие "
                    "регион с остальным миром."
                ),
            },
            "ar": {
                "name": "الشرق الأوسط وشمال أفريقيا",
                "description": (
                    "من المغرب العربي إلى الخليج: أنهار وطبقات مياه جوفية مشتركة، وهجرة "
                    "العمالة، وتحولات الطاقة، والممرات البحرية التي تربط المنطقة بالعالم."
                ),
            },
        },
        "latin-america": {
            "fr": {
                "name": "Amérique latine",
                "description": (
                    "Recherches et reportages du Mexique au Cône Sud, avec une attention "
                    "particulière à l'eau, aux mines, aux retraites, au travail et aux "
                    "rédactions qui couvrent ces sujets."
                ),
            },
            "es": {
                "name": "América Latina",
                "description": (
                    "Investigación y reportajes desde México hasta el Cono Sur, con especial "
                    "atención al agua, la minería, las pensiones, el trabajo y las redacciones "
                    "que los cubren."
                ),
            },
            "ru": {
                "name": "Латинская Америка",
                "description": (
                    "Исследования и репортажи от Мексики до Южного конуса: вода, горнодобыча, "
                    "пенсии, труд и редакции, которые обо всём этом пишут."
                ),
            },
            "ar": {
                "name": "أمريكا اللاتينية",
                "description": (
                    "أبحاث وتقارير من المكسيك إلى المخروط الجنوبي، مع تركيز على المياه والتعدين "
                    "والمعاشات التقاعدية والعمل وغرف الأخبار التي تغطي هذه القضايا."
                ),
            },
        },
        "sub-saharan-africa": {
            "fr": {
                "name": "Afrique subsaharienne",
                "description": (
                    "Ports, réseaux électriques, saisons agricoles et finances publiques à "
                    "travers le continent, souvent vus par les yeux de celles et ceux qui les "
                    "font tourner."
                ),
            },
            "es": {
                "name": "África subsahariana",
                "description": (
                    "Puertos, redes eléctricas, temporadas agrícolas y finanzas públicas en todo "
                    "el continente, a menudo a través de la mirada de quienes los mantienen en "
                    "marcha."
                ),
            },
            "ru": {
                "name": "Африка к югу от Сахары",
                "description": (
                    "Порты, энергосети, сельскохозяйственные сезоны и государственные финансы "
                    "по всему континенту — часто глазами тех, кто обеспечивает их работу."
                ),
            },
            "ar": {
                "name": "أفريقيا جنوب الصحراء",
                "description": (
                    "الموانئ وشبكات الكهرباء والمواسم الزراعية والمالية العامة في أنحاء القارة، "
                    "كثيرًا ما نراها بعيون من يحافظون على سير عملها."
                ),
            },
        },
        "europe": {
            "fr": {
                "name": "Europe",
                "description": (
                    "Économies côtières, marchés du travail et politiques des médias, de la "
                    "Baltique et de la mer du Nord à la Méditerranée."
                ),
            },
            "es": {
                "name": "Europa",
                "description": (
                    "Economías costeras, mercados laborales y políticas de medios, del Báltico y "
                    "el mar del Norte al Mediterráneo."
                ),
            },
            "ru": {
                "name": "Европа",
                "description": (
                    "Прибрежная экономика, рынки труда и медиаполитика — от Балтийского и "
                    "Северного морей до Средиземноморья."
                ),
            },
            "ar": {
                "name": "أوروبا",
                "description": (
                    "الاقتصادات الساحلية وأسواق العمل وسياسات الإعلام، من بحر البلطيق وبحر "
                    "الشمال إلى البحر المتوسط."
                ),
            },
        },
        "south-central-asia": {
            "fr": {
                "name": "Asie du Sud et Asie centrale",
                "description": (
                    "Fleuves et irrigation, migrations et transferts de fonds, chaleur urbaine "
                    "et routes terrestres qui relient la steppe au sous-continent indien."
                ),
            },
            "es": {
                "name": "Asia meridional y central",
                "description": (
                    "Ríos y regadío, migración y remesas, calor urbano y las rutas terrestres "
                    "que unen la estepa con el subcontinente indio."
                ),
            },
            "ru": {
                "name": "Южная и Центральная Азия",
                "description": (
                    "Реки и орошение, миграция и денежные переводы, городская жара и сухопутные "
                    "маршруты, связывающие степь с Индостаном."
                ),
            },
            "ar": {
                "name": "جنوب آسيا ووسطها",
                "description": (
                    "الأنهار والري، والهجرة والتحويلات المالية، وحرّ المدن، والطرق البرية التي "
                    "تصل السهوب بشبه القارة الهندية."
                ),
            },
        },
        "east-asia-pacific": {
            "fr": {
                "name": "Asie de l'Est et Pacifique",
                "description": (
                    "Infrastructures numériques, pêcheries, économies insulaires et mutations de "
                    "l'économie de l'information en Asie de l'Est et dans le Pacifique."
                ),
            },
            "es": {
                "name": "Asia oriental y Pacífico",
                "description": (
                    "Infraestructura digital, pesquerías, economías insulares y el cambiante "
                    "negocio de las noticias en Asia oriental y el Pacífico."
                ),
            },
            "ru": {
                "name": "Восточная Азия и Тихоокеанский регион",
                "description": (
                    "Цифровая инфраструктура, рыболовство, островные экономики и меняющийся "
                    "новостной бизнес в Восточной Азии и Тихоокеанском регионе."
                ),
            },
            "ar": {
                "name": "شرق آسيا والمحيط الهادئ",
                "description": (
                    "البنية التحتية الرقمية ومصايد الأسماك واقتصادات الجزر، وتحولات صناعة "
                    "الأخبار في شرق آسيا والمحيط الهادئ."
                ),
            },
        },
    },
    "theme": {
        "energy": {
            "fr": {
                "name": "Énergie",
                "description": (
                    "Comment l'électricité est produite, tarifée et partagée, et qui en supporte "
                    "le coût quand le système change."
                ),
            },
            "es": {
                "name": "Energía",
                "description": (
                    "Cómo se genera, se tarifica y se reparte la energía, y quién carga con el "
                    "coste cuando cambia el sistema."
                ),
            },
            "ru": {
                "name": "Энергетика",
                "description": (
                    "Как вырабатывается, во что обходится и как распределяется энергия — и кто "
                    "несёт издержки, когда система меняется."
                ),
            },
            "ar": {
                "name": "الطاقة",
                "description": ("كيف تُولَّد الطاقة وتُسعَّر وتُوزَّع، ومن يتحمل الكلفة حين يتغير النظام."),
            },
        },
        "water-climate": {
            "fr": {
                "name": "Eau et climat",
                "description": (
                    "Fleuves, nappes, sécheresses et chaleur : les limites physiques qui "
                    "façonnent la politique, et les institutions créées pour les gérer."
                ),
            },
            "es": {
                "name": "Agua y clima",
                "description": (
                    "Ríos, acuíferos, sequías y calor: los límites físicos que moldean la "
                    "política y las instituciones creadas para gestionarlos."
                ),
            },
            "ru": {
                "name": "Вода и климат",
                "description": (
                    "Реки, водоносные горизонты, засухи и жара: физические пределы, которые "
                    "определяют политику, и институты, созданные, чтобы с ними справляться."
                ),
            },
            "ar": {
                "name": "المياه والمناخ",
                "description": (
                    "الأنهار والمياه الجوفية والجفاف والحر: الحدود الطبيعية التي تشكّل السياسة، "
                    "والمؤسسات التي أُنشئت لإدارتها."
                ),
            },
        },
        "trade": {
            "fr": {
                "name": "Commerce",
                "description": (
                    "Routes maritimes, flux de matières premières, ports et règles qui régissent "
                    "le passage des marchandises d'un pays à l'autre."
                ),
            },
            "es": {
                "name": "Comercio",
                "description": (
                    "Rutas marítimas, flujos de materias primas, puertos y las normas que rigen "
                    "cómo cruzan las fronteras las mercancías."
                ),
            },
            "ru": {
                "name": "Торговля",
                "description": (
                    "Морские маршруты, сырьевые потоки, порты и правила, по которым товары "
                    "пересекают границы."
                ),
            },
            "ar": {
                "name": "التجارة",
                "description": (
                    "طرق الشحن وتدفقات السلع والموانئ، والقواعد التي تحكم عبور البضائع للحدود."
                ),
            },
        },
        "security": {
            "fr": {
                "name": "Renseignement et sécurité",
                "description": (
                    "Sanctions, sûreté maritime et infrastructures critiques, analysées à l'aune "
                    "des faits plutôt que de l'alarmisme."
                ),
            },
            "es": {
                "name": "Inteligencia y seguridad",
                "description": (
                    "Sanciones, seguridad marítima e infraestructuras críticas, analizadas a "
                    "partir de pruebas y no del alarmismo."
                ),
            },
            "ru": {
                "name": "Разведка и безопасность",
                "description": (
                    "Санкции, морская безопасность и критическая инфраструктура — анализ, "
                    "основанный на фактах, а не на панике."
                ),
            },
            "ar": {
                "name": "الاستخبارات والأمن",
                "description": (
                    "العقوبات والأمن البحري والبنية التحتية الحيوية، نحللها بالأدلة لا بالتهويل."
                ),
            },
        },
        "media-information": {
            "fr": {
                "name": "Médias et information",
                "description": (
                    "L'économie du journalisme, l'information d'intérêt public et les "
                    "infrastructures qui la diffusent."
                ),
            },
            "es": {
                "name": "Medios e información",
                "description": (
                    "La economía del periodismo, la información de interés público y la "
                    "infraestructura que la hace llegar."
                ),
            },
            "ru": {
                "name": "Медиа и информация",
                "description": (
                    "Экономика журналистики, общественно значимая информация и инфраструктура, "
                    "по которой она распространяется."
                ),
            },
            "ar": {
                "name": "الإعلام والمعلومات",
                "description": (
                    "اقتصاديات الصحافة، والمعلومات ذات النفع العام، والبنية التحتية التي تنقلها."
                ),
            },
        },
        "labour": {
            "fr": {
                "name": "Travail",
                "description": (
                    "Emploi, salaires, retraites et sécurité au travail, et la façon dont ils "
                    "évoluent quand l'économie et le climat changent."
                ),
            },
            "es": {
                "name": "Trabajo",
                "description": (
                    "Empleo, salarios, pensiones y seguridad laboral, y cómo cambian cuando "
                    "cambian la economía y el clima."
                ),
            },
            "ru": {
                "name": "Труд",
                "description": (
                    "Работа, зарплаты, пенсии и охрана труда — и то, как всё это меняется "
                    "вместе с экономикой и климатом."
                ),
            },
            "ar": {
                "name": "العمل",
                "description": (
                    "العمل والأجور والمعاشات التقاعدية والسلامة المهنية، وكيف تتغير حين تتغير "
                    "الاقتصادات والمناخ."
                ),
            },
        },
        "public-health": {
            "fr": {
                "name": "Santé publique",
                "description": (
                    "Systèmes de santé, chaînes d'approvisionnement et conditions "
                    "environnementales qui déterminent qui reste en bonne santé."
                ),
            },
            "es": {
                "name": "Salud pública",
                "description": (
                    "Sistemas sanitarios, cadenas de suministro y las condiciones ambientales "
                    "que deciden quién conserva la salud."
                ),
            },
            "ru": {
                "name": "Общественное здоровье",
                "description": (
                    "Системы здравоохранения, цепочки поставок и условия окружающей среды, от "
                    "которых зависит, кто останется здоров."
                ),
            },
            "ar": {
                "name": "الصحة العامة",
                "description": (
                    "النظم الصحية وسلاسل الإمداد والظروف البيئية التي تحدد من يبقى بصحة جيدة."
                ),
            },
        },
        "law-rights": {
            "fr": {
                "name": "Justice et droits",
                "description": (
                    "Traités, réglementations et tribunaux, et la question de savoir si les "
                    "droits qu'ils promettent parviennent à ceux pour qui ils ont été écrits."
                ),
            },
            "es": {
                "name": "Derecho y derechos",
                "description": (
                    "Tratados, normativas y tribunales, y si los derechos que prometen llegan a "
                    "las personas para las que fueron escritos."
                ),
            },
            "ru": {
                "name": "Право и права человека",
                "description": (
                    "Договоры, нормативные акты и суды — и доходят ли обещанные ими права до "
                    "тех, ради кого они написаны."
                ),
            },
            "ar": {
                "name": "القانون والحقوق",
                "description": (
                    "المعاهدات واللوائح والمحاكم، وهل تصل الحقوق التي تعد بها إلى الناس الذين "
                    "كُتبت من أجلهم."
                ),
            },
        },
    },
    "report": {
        "ports-and-passages": {
            "fr": {
                "name": "Ports et passages",
                "description": (
                    "Ce que deviennent les marchandises dans les ports, les détroits et les gares "
                    "de triage, et qui paie quand une route se ferme."
                ),
                "introduction": [
                    "L'essentiel de ce que nous mangeons, portons et brûlons arrive par la mer, "
                    "et pourtant les lieux où les cargaisons changent de mains ne font guère "
                    "l'actualité, sauf quand quelque chose tourne mal. Ce dossier suit les "
                    "marchandises à travers ports, détroits et gares de triage pour savoir qui "
                    "absorbe le coût lorsqu'une route se ferme, qu'une file d'attente s'allonge "
                    "ou qu'un assureur change d'avis.",
                    "Nos auteurs ont interrogé des pilotes de port, des transitaires, des "
                    "chauffeurs routiers et des souscripteurs d'assurance. Leurs témoignages "
                    "donnent à penser que la résilience relève rarement de la grande stratégie : "
                    "elle se construit, ou se néglige, dans des milliers de petits choix "
                    "opérationnels.",
                ],
            },
            "es": {
                "name": "Puertos y travesías",
                "description": (
                    "El recorrido de las mercancías por puertos, estrechos y playas de vías, y "
                    "quién paga cuando se cierra una ruta."
                ),
                "introduction": [
                    "Casi todo lo que comemos, vestimos y quemamos llega por mar; sin embargo, "
                    "los lugares donde la carga cambia de manos rara vez son noticia hasta que "
                    "algo sale mal. Este informe sigue a las mercancías por puertos, estrechos y "
                    "playas de vías para preguntarse quién asume el coste cuando se cierra una "
                    "ruta, se alarga una cola o una aseguradora cambia de opinión.",
                    "Nuestros autores hablaron con prácticos, transitarios, camioneros y "
                    "suscriptores de seguros. Sus testimonios sugieren que la resiliencia rara "
                    "vez es cuestión de grandes estrategias: se construye, o se descuida, en "
                    "miles de pequeñas decisiones operativas.",
                ],
            },
            "ru": {
                "name": "Порты и пути",
                "description": (
                    "Как товары проходят через гавани, проливы и сортировочные станции — и кто "
                    "платит, когда маршрут закрывается."
                ),
                "introduction": [
                    "Бо́льшая часть того, что мы едим, носим и сжигаем, приходит морем, но "
                    "места, где груз переходит из рук в руки, редко попадают в новости, пока "
                    "что-нибудь не пойдёт не так. В этом спецпроекте мы прослеживаем путь "
                    "товаров через гавани, проливы и сортировочные станции и выясняем, кто несёт "
                    "расходы, когда закрывается маршрут, растёт очередь или страховщик меняет "
                    "своё решение.",
                    "Наши авторы поговорили с лоцманами, экспедиторами, водителями грузовиков и "
                    "андеррайтерами. Их рассказы показывают, что устойчивость редко зависит от "
                    "большой стратегии: она складывается — или разрушается — из тысяч мелких "
                    "рабочих решений.",
                ],
            },
            "ar": {
                "name": "موانئ وممرات",
                "description": (
                    "رحلة البضائع عبر الموانئ والمضائق وساحات السكك الحديدية، ومن يدفع الثمن حين "
                    "يُغلق طريق."
                ),
                "introduction": [
                    "يصلنا معظم ما نأكله ونلبسه ونحرقه عن طريق البحر، ومع ذلك نادرًا ما تتصدر "
                    "الأماكنُ التي تنتقل فيها البضائع من يد إلى يد الأخبارَ إلا حين يقع خلل ما. "
                    "يتتبع هذا الملف البضائع عبر الموانئ والمضائق وساحات السكك الحديدية، ليسأل "
                    "من يتحمل الكلفة حين يُغلق طريق، أو يطول طابور، أو تغيّر شركة تأمين رأيها.",
                    "تحدث كتّابنا إلى مرشدي موانئ ووكلاء شحن وسائقي شاحنات وخبراء اكتتاب في "
                    "التأمين. وتشير رواياتهم إلى أن القدرة على الصمود نادرًا ما تكون مسألة "
                    "استراتيجيات كبرى؛ فهي تُبنى، أو تُهمَل، في آلاف القرارات التشغيلية الصغيرة.",
                ],
            },
        },
        "the-water-ledger": {
            "fr": {
                "name": "Le Grand Livre de l'eau",
                "description": (
                    "Fleuves, glaciers et nappes dont les comptes changent, et les institutions "
                    "qui tentent de suivre."
                ),
                "introduction": [
                    "L'eau franchit les frontières sans demander la permission, et les accords "
                    "censés la partager ont pour la plupart été rédigés pour un climat qui "
                    "n'existe plus. Le Grand Livre de l'eau s'intéresse aux fleuves, aux "
                    "glaciers et aux nappes dont les comptes sont en train de changer, ainsi "
                    "qu'aux institutions qui tentent de suivre le rythme.",
                    "Nous avons tenté de résister au discours sur les inévitables guerres de "
                    "l'eau. La réalité la plus courante est plus lente et plus bureaucratique : "
                    "comités techniques, données contestées et compromis discrets, d'autant plus "
                    "importants qu'on en parle rarement.",
                ],
            },
            "es": {
                "name": "La contabilidad del agua",
                "description": (
                    "Ríos, glaciares y acuíferos cuyas cuentas están cambiando, y las "
                    "instituciones que intentan seguirles el ritmo."
                ),
                "introduction": [
                    "El agua cruza fronteras sin pedir permiso, y los acuerdos pensados para "
                    "repartirla se redactaron en su mayoría para un clima que ya no existe. La "
                    "contabilidad del agua examina ríos, glaciares y acuíferos cuyas cuentas "
                    "están cambiando, y las instituciones que intentan seguirles el ritmo.",
                    "Hemos intentado no caer en el lenguaje de las inevitables guerras del agua. "
                    "La historia más habitual es más lenta y más burocrática: comités técnicos, "
                    "datos en disputa y acuerdos discretos, que importan aún más precisamente "
                    "porque rara vez se cuentan.",
                ],
            },
            "ru": {
                "name": "Водная бухгалтерия",
                "description": (
                    "Реки, ледники и водоносные горизонты, чей баланс меняется, и институты, "
                    "которые пытаются за этим поспевать."
                ),
                "introduction": [
                    "Вода пересекает границы, не спрашивая разрешения, а соглашения о её "
                    "разделе в большинстве своём писались для климата, которого больше нет. "
                    "«Водная бухгалтерия» рассказывает о реках, ледниках и водоносных "
                    "горизонтах, чей баланс меняется, и об институтах, которые пытаются за этим "
                    "поспевать.",
                    "Мы старались не поддаваться риторике о неизбежных водных войнах. Куда чаще "
                    "эта история развивается медленнее и бюрократичнее: технические комитеты, "
                    "спорные данные и негромкие компромиссы, которые тем важнее, что о них редко "
                    "пишут.",
                ],
            },
            "ar": {
                "name": "سجلّ المياه",
                "description": (
                    "أنهار وأنهار جليدية وطبقات مياه جوفية تتغير حساباتها، ومؤسسات تحاول مواكبة "
                    "هذا التغير."
                ),
                "introduction": [
                    "تعبر المياه الحدود من دون استئذان، أما الاتفاقات التي يُفترض أن تنظّم "
                    "تقاسمها فقد كُتب معظمها لمناخ لم يعد قائمًا. يتناول «سجلّ المياه» أنهارًا "
                    "وأنهارًا جليدية وطبقات مياه جوفية تتغير حساباتها، والمؤسساتِ التي تحاول "
                    "مواكبة هذا التغير.",
                    "حاولنا أن نقاوم خطاب «حروب المياه» الحتمية. فالقصة الأكثر شيوعًا أبطأ وأكثر "
                    "بيروقراطية: لجان فنية، وبيانات متنازع عليها، وتسويات هادئة، تزداد أهميتها "
                    "لأنها نادرًا ما تجد طريقها إلى الأخبار.",
                ],
            },
        },
        "working-through-the-heat": {
            "fr": {
                "name": "Travailler sous la chaleur",
                "description": (
                    "Les protections face à la chaleur extrême au travail, leur application et "
                    "leurs lacunes."
                ),
                "introduction": [
                    "La chaleur extrême devient une condition de travail ordinaire pour des "
                    "centaines de millions de personnes, des champs de canne aux chantiers en "
                    "passant par les marchés de rue. Ce dossier examine les protections qui "
                    "existent, la manière dont elles sont appliquées et là où elles ne suffisent "
                    "pas.",
                    "Les articles réunis ici se gardent de proposer une solution unique. "
                    "Interdire le travail aux heures les plus chaudes peut aider à un endroit et "
                    "ne faire que déplacer le risque ailleurs ; l'essentiel est de savoir si les "
                    "travailleurs ont eux-mêmes leur mot à dire sur la réorganisation de la "
                    "journée de travail.",
                ],
            },
            "es": {
                "name": "Trabajar bajo el calor",
                "description": (
                    "Qué protecciones existen frente al calor extremo en el trabajo, cómo se "
                    "aplican y dónde se quedan cortas."
                ),
                "introduction": [
                    "El calor extremo se está convirtiendo en una condición laboral corriente "
                    "para cientos de millones de personas, de los cañaverales a las obras y los "
                    "mercados callejeros. Este informe se pregunta qué protecciones existen, "
                    "cómo se aplican y dónde se quedan cortas.",
                    "Los textos reunidos aquí evitan una receta única. Prohibir el trabajo en "
                    "las horas centrales del día puede ayudar en un lugar y limitarse a "
                    "desplazar el riesgo en otro; lo que importa es si los propios trabajadores "
                    "tienen voz en cómo se reorganiza la jornada.",
                ],
            },
            "ru": {
                "name": "Работа в жару",
                "description": (
                    "Какие меры защиты от экстремальной жары на работе существуют, как их "
                    "соблюдают и где они не срабатывают."
                ),
                "introduction": [
                    "Экстремальная жара становится обычным условием труда для сотен миллионов "
                    "людей — на тростниковых плантациях, стройках и уличных рынках. В этом "
                    "спецпроекте мы выясняем, какие меры защиты существуют, как их соблюдают и "
                    "где их не хватает.",
                    "Собранные здесь материалы не предлагают единого рецепта. Запрет на работу "
                    "в полуденные часы в одном месте помогает, а в другом лишь перекладывает "
                    "риск; важно, есть ли у самих работников право голоса в том, как "
                    "перестраивается рабочий день.",
                ],
            },
            "ar": {
                "name": "العمل تحت وطأة الحر",
                "description": (
                    "الحمايات القائمة من الحرارة الشديدة في أماكن العمل، وكيف تُطبَّق، وأين تقصر."
                ),
                "introduction": [
                    "باتت الحرارة الشديدة ظرفًا عاديًا من ظروف العمل لمئات الملايين من الناس، "
                    "من حقول قصب السكر إلى مواقع البناء والأسواق الشعبية. ويسأل هذا الملف عن "
                    "الحمايات القائمة، وكيف تُطبَّق، وأين تقصر.",
                    "تتجنب المقالات المجموعة هنا وصفة واحدة تصلح للجميع. فحظر العمل وقت الظهيرة "
                    "قد يفيد في مكان، ولا يفعل في مكان آخر سوى نقل الخطر؛ والمهم أن يكون للعمال "
                    "أنفسهم رأي في كيفية إعادة ترتيب يوم العمل.",
                ],
            },
        },
        "who-pays-for-local-news": {
            "fr": {
                "name": "Qui paie pour l'information locale",
                "description": (
                    "L'économie des petites rédactions sur quatre continents, et les "
                    "expériences qui maintiennent certaines en vie."
                ),
                "introduction": [
                    "C'est par les rédactions locales que la plupart des gens découvrent le "
                    "budget de leur commune, leur facture d'eau ou l'adresse de leur bureau de "
                    "vote. Beaucoup d'entre elles rétrécissent, et certaines ont fermé. Ce "
                    "dossier examine l'économie des petites rédactions sur quatre continents, "
                    "ainsi que les expériences qui permettent à certaines de survivre.",
                    "Nous publions cette série en partenariat avec plusieurs des médias qu'elle "
                    "présente, et nous avons aussi essayé d'être francs sur nos propres "
                    "finances. Il n'existe pas de modèle économique unique qui fonctionne "
                    "partout, mais certaines leçons valent au-delà des frontières.",
                ],
            },
            "es": {
                "name": "Quién paga las noticias locales",
                "description": (
                    "La economía de las pequeñas redacciones en cuatro continentes y los "
                    "experimentos que mantienen vivas a algunas."
                ),
                "introduction": [
                    "Las redacciones locales son donde la mayoría de la gente se entera por "
                    "primera vez del presupuesto de su ayuntamiento, de su factura del agua o de "
                    "dónde le toca votar. Muchas se están achicando y algunas han cerrado. Este "
                    "informe examina la economía de las pequeñas redacciones en cuatro "
                    "continentes y los experimentos que mantienen vivas a algunas de ellas.",
                    "Publicamos esta serie en colaboración con varios de los medios que "
                    "describe, y también hemos intentado ser francos sobre nuestras propias "
                    "finanzas. No existe un modelo de negocio único que funcione en todas "
                    "partes, pero hay lecciones que viajan bien.",
                ],
            },
            "ru": {
                "name": "Кто платит за местные новости",
                "description": (
                    "Экономика небольших редакций на четырёх континентах и эксперименты, "
                    "благодаря которым некоторые из них выживают."
                ),
                "introduction": [
                    "Именно из местных СМИ большинство людей впервые узнаёт о бюджете своего "
                    "муниципалитета, о счетах за воду или о своём избирательном участке. Многие "
                    "такие редакции сокращаются, а некоторые уже закрылись. В этом спецпроекте "
                    "мы изучаем экономику небольших редакций на четырёх континентах и "
                    "эксперименты, благодаря которым некоторые из них продолжают жить.",
                    "Мы публикуем эту серию в партнёрстве с несколькими изданиями, о которых в "
                    "ней идёт речь, и постарались откровенно рассказать и о собственных "
                    "финансах. Единой бизнес-модели, которая работала бы везде, не существует, "
                    "но некоторые уроки применимы далеко за пределами своей страны.",
                ],
            },
            "ar": {
                "name": "من يدفع ثمن الأخبار المحلية",
                "description": (
                    "اقتصاديات غرف الأخبار الصغيرة في أربع قارات، والتجارب التي تبقي بعضها على "
                    "قيد الحياة."
                ),
                "introduction": [
                    "من غرف الأخبار المحلية يعرف معظم الناس أولًا ميزانية مجلسهم البلدي، أو "
                    "فاتورة المياه، أو مركز الاقتراع الخاص بهم. وكثير منها يتقلص، وبعضها أغلق "
                    "أبوابه. ويدرس هذا الملف اقتصاديات غرف الأخبار الصغيرة في أربع قارات، "
                    "والتجارب التي تبقي بعضها على قيد الحياة.",
                    "ننشر هذه السلسلة بالشراكة مع عدد من المنابر التي تتناولها، وحاولنا أن "
                    "نتحدث بصراحة عن أوضاعنا المالية نحن أيضًا. لا يوجد نموذج عمل واحد ينجح في "
                    "كل مكان، لكن ثمة دروسًا يمكن نقلها من بلد إلى آخر.",
                ],
            },
        },
    },
}

TRANSLATED_AUTHORS = {
    "ines-carvalho": {
        "fr": {
            "short_bio": "Journaliste et traductrice de la rédaction, spécialiste du travail et des politiques sociales.",
            "bio": (
                "Inês Carvalho est journaliste et traductrice à The Meridian Review. Née à Porto "
                "et élevée en partie à São Paulo, elle couvre le travail, les retraites et les "
                "politiques sociales en Europe du Sud et en Amérique latine. Elle traduit des "
                "reportages de l'espagnol et du portugais pour la Review et pour plusieurs "
                "publications partenaires. Avant de rejoindre la Review, elle a été chargée "
                "d'études au service des politiques publiques d'une confédération syndicale."
            ),
        },
        "es": {
            "short_bio": "Redactora y traductora de plantilla; cubre trabajo y política social.",
            "bio": (
                "Inês Carvalho es redactora y traductora de The Meridian Review. Nacida en Oporto "
                "y criada en parte en São Paulo, cubre trabajo, pensiones y política social en el "
                "sur de Europa y América Latina. Traduce reportajes del español y del portugués "
                "para la Review y para varias publicaciones asociadas. Antes de incorporarse a la "
                "Review trabajó como investigadora en el departamento de políticas de una "
                "confederación sindical."
            ),
        },
        "ru": {
            "short_bio": "Штатный автор и переводчик, пишет о труде и социальной политике.",
            "bio": (
                "Инеш Карвалью — штатный автор и переводчик The Meridian Review. Она родилась в "
                "Порту, часть детства провела в Сан-Паулу и пишет о труде, пенсиях и социальной "
                "политике в Южной Европе и Латинской Америке. Для Review и нескольких "
                "изданий-партнёров она переводит материалы с испанского и португальского. До "
                "прихода в Review работала исследователем в аналитическом отделе одной из "
                "профсоюзных конфедераций."
            ),
        },
        "ar": {
            "short_bio": "كاتبة ومترجمة في فريق التحرير، تغطي قضايا العمل والسياسات الاجتماعية.",
            "bio": (
                "إنيس كارفاليو كاتبة ومترجمة في فريق تحرير ذا ميريديان ريفيو. وُلدت في بورتو "
                "ونشأت جزئيًا في ساو باولو، وتغطي قضايا العمل والمعاشات التقاعدية والسياسات "
                "الاجتماعية في جنوب أوروبا وأمريكا اللاتينية. تترجم التقارير من الإسبانية "
                "والبرتغالية لصالح المجلة ولعدد من المنابر الشريكة. وقبل انضمامها إلى المجلة، "
                "عملت باحثة في وحدة السياسات التابعة لاتحاد نقابي."
            ),
        },
    },
    "tomas-lindqvist": {
        "fr": {
            "short_bio": "Journaliste maritime et photographe indépendant, installé à Göteborg.",
            "bio": (
                "Tomas Lindqvist est journaliste maritime et photographe indépendant, installé à "
                "Göteborg. Avant de se tourner vers le journalisme, il a été pendant neuf ans "
                "officier de pont sur des caboteurs en Baltique et en mer du Nord. Il écrit sur "
                "le transport maritime, la pêche et les communautés littorales, et ses "
                "photographies de ports en activité ont été exposées dans plusieurs villes "
                "portuaires nordiques. Il collabore à The Meridian Review en tant qu'auteur "
                "extérieur."
            ),
        },
        "es": {
            "short_bio": "Periodista marítimo y fotógrafo independiente afincado en Gotemburgo.",
            "bio": (
                "Tomas Lindqvist es periodista especializado en temas marítimos y fotógrafo "
                "independiente, afincado en Gotemburgo. Antes de dedicarse al periodismo trabajó "
                "nueve años como oficial de puente en buques de carga de cabotaje en el Báltico y "
                "el mar del Norte. Escribe sobre transporte marítimo, pesca y comunidades "
                "costeras, y sus fotografías de puertos en plena actividad se han expuesto en "
                "varias ciudades portuarias nórdicas. Colabora con The Meridian Review como autor "
                "externo."
            ),
        },
        "ru": {
            "short_bio": "Независимый журналист и фотограф из Гётеборга, пишет о море.",
            "bio": (
                "Томас Линдквист — независимый журналист и фотограф из Гётеборга, пишущий о "
                "море. Прежде чем заняться журналистикой, он девять лет ходил вахтенным "
                "помощником капитана на судах каботажного плавания по Балтийскому и Северному "
                "морям. Он пишет о судоходстве, рыболовстве и жизни прибрежных посёлков, а его "
                "фотографии действующих портов выставлялись в нескольких портовых городах "
                "Северной Европы. С The Meridian Review сотрудничает как внештатный автор."
            ),
        },
        "ar": {
            "short_bio": "صحفي ومصوّر مستقل متخصص في الشؤون البحرية، يقيم في غوتنبرغ.",
            "bio": (
                "توماس ليندكفيست صحفي مستقل متخصص في الشؤون البحرية ومصوّر يقيم في غوتنبرغ. قبل "
                "أن يتجه إلى الصحافة، عمل تسع سنوات ضابطًا بحريًا على متن سفن الشحن الساحلي في "
                "بحر البلطيق وبحر الشمال. يكتب عن الملاحة البحرية ومصايد الأسماك والمجتمعات "
                "الساحلية، وقد عُرضت صوره للموانئ العاملة في عدد من المدن المرفئية في بلدان "
                "الشمال الأوروبي. ويكتب لمجلة ذا ميريديان ريفيو من خارج فريق تحريرها."
            ),
        },
    },
    "leila-haddad": {
        "fr": {
            "short_bio": "Responsable éditoriale Moyen-Orient et Afrique du Nord, installée à Amman.",
            "bio": (
                "Leila Haddad est responsable éditoriale à The Meridian Review, où elle dirige la "
                "couverture du Moyen-Orient et de l'Afrique du Nord. Installée à Amman, hydrologue "
                "de formation, elle a consacré dix ans à la surveillance des eaux souterraines "
                "avant de se tourner vers le journalisme de recherche. Elle écrit principalement "
                "sur l'eau, la chaleur et les migrations de travail. Son premier livre, "
                "<em>Borrowed Rivers</em> (« Fleuves d'emprunt »), examine la gouvernance des "
                "bassins partagés lorsque les pluies ne suivent plus les schémas d'autrefois."
            ),
        },
        "es": {
            "short_bio": "Editora sénior para Oriente Medio y el Norte de África, con base en Amán.",
            "bio": (
                "Leila Haddad es editora sénior de The Meridian Review, donde dirige la cobertura "
                "de Oriente Medio y el Norte de África. Vive en Amán; se formó como hidróloga y "
                "pasó una década dedicada al seguimiento de aguas subterráneas antes de "
                "dedicarse al periodismo basado en la investigación. Escribe sobre todo de agua, "
                "calor y migración laboral. Su primer libro, <em>Borrowed Rivers</em> («Ríos "
                "prestados»), analiza cómo se gobiernan las cuencas compartidas cuando las "
                "lluvias ya no siguen los patrones de antes."
            ),
        },
        "ru": {
            "short_bio": "Старший редактор по Ближнему Востоку и Северной Африке, живёт в Аммане.",
            "bio": (
                "Лейла Хаддад — старший редактор The Meridian Review, руководит освещением "
                "Ближнего Востока и Северной Африки. Живёт в Аммане. По образованию гидролог, "
                "десять лет занималась мониторингом подземных вод, прежде чем перейти в "
                "аналитическую журналистику. Пишет в основном о воде, жаре и трудовой миграции. "
                "Её первая книга, <em>Borrowed Rivers</em> («Реки взаймы»), посвящена тому, как "
                "управляют общими речными бассейнами, когда дожди больше не подчиняются прежним "
                "закономерностям."
            ),
        },
        "ar": {
            "short_bio": "محررة أولى لشؤون الشرق الأوسط وشمال أفريقيا، تقيم في عمّان.",
            "bio": (
                "ليلى حداد محررة أولى في ذا ميريديان ريفيو، حيث تقود تغطية الشرق الأوسط وشمال "
                "أفريقيا. تقيم في عمّان، وقد درست الهيدرولوجيا وأمضت عقدًا في رصد المياه الجوفية "
                "قبل أن تنتقل إلى الصحافة البحثية. تكتب أساسًا عن المياه والحر وهجرة العمالة. "
                "ويتناول كتابها الأول، <em>Borrowed Rivers</em> («أنهار مستعارة»)، كيفية إدارة "
                "أحواض المياه المشتركة حين لم تعد الأمطار تتبع أنماطها القديمة."
            ),
        },
    },
    "mei-tanaka-ross": {
        "fr": {
            "short_bio": "Journaliste de la rédaction, spécialiste des infrastructures numériques et des médias en Asie de l'Est et dans le Pacifique.",
            "bio": (
                "Mei Tanaka-Ross est journaliste à The Meridian Review, où elle couvre l'Asie de "
                "l'Est et le Pacifique, en particulier les infrastructures numériques et "
                "l'économie des médias. Elle a grandi entre Osaka et Wellington et dirigeait "
                "auparavant le pôle données d'un groupe de presse régionale. Elle s'intéresse "
                "tout particulièrement à ce que deviennent les services publics une fois passée "
                "l'annonce de leur lancement. Elle coordonne également la série de la Review "
                "consacrée à l'économie de l'information locale."
            ),
        },
        "es": {
            "short_bio": "Redactora de plantilla; cubre infraestructura digital y medios en Asia oriental y el Pacífico.",
            "bio": (
                "Mei Tanaka-Ross es redactora de The Meridian Review y cubre Asia oriental y el "
                "Pacífico, con especial atención a la infraestructura digital y al negocio de los "
                "medios. Creció entre Osaka y Wellington y antes dirigió la sección de datos de "
                "un grupo de periódicos regionales. Le interesa especialmente qué ocurre con los "
                "servicios públicos después del anuncio de su puesta en marcha. También edita la "
                "serie de la Review sobre la economía del periodismo local."
            ),
        },
        "ru": {
            "short_bio": "Штатный автор: цифровая инфраструктура и медиа в Восточной Азии и Тихоокеанском регионе.",
            "bio": (
                "Мэй Танака-Росс — штатный автор The Meridian Review, пишет о Восточной Азии и "
                "Тихоокеанском регионе, прежде всего о цифровой инфраструктуре и медиабизнесе. "
                "Она выросла между Осакой и Веллингтоном, а раньше руководила отделом данных в "
                "региональной газетной группе. Её особенно интересует, что происходит с "
                "государственными сервисами после торжественного объявления о запуске. Кроме "
                "того, она редактирует серию Review об экономике местных новостей."
            ),
        },
        "ar": {
            "short_bio": "كاتبة في فريق التحرير، تغطي البنية التحتية الرقمية والإعلام في شرق آسيا والمحيط الهادئ.",
            "bio": (
                "مي تاناكا-روس كاتبة في فريق تحرير ذا ميريديان ريفيو، تغطي شرق آسيا والمحيط "
                "الهادئ مع تركيز على البنية التحتية الرقمية وصناعة الإعلام. نشأت متنقلة بين "
                "أوساكا وويلينغتون، وأدارت سابقًا قسم البيانات في مجموعة صحف إقليمية. وتهتم "
                "خصوصًا بما يحدث للخدمات العامة بعد الإعلان عن إطلاقها. كما تحرر سلسلة المجلة عن "
                "اقتصاديات الأخبار المحلية."
            ),
        },
    },
}

TRANSLATED_OUTLET = {
    "fr": {
        "tagline": (
            "Recherche et analyse indépendantes, là où les politiques publiques rencontrent la "
            "vie quotidienne"
        ),
        "note_to_readers": (
            "Si un article vous a aidé à comprendre quelque chose, faites-le circuler : "
            "transférez-le à un collègue, partagez-le avec un cercle de lecture ou republiez-le "
            "sur votre propre site. Nous écrivons pour que notre travail voyage, et chaque "
            "lecteur qui le transmet aide un média indépendant à toucher des gens que nous ne "
            "pourrions jamais atteindre seuls."
        ),
        "membership_cta_text": (
            "The Meridian Review n'a ni mur payant ni propriétaire à qui rendre des comptes. Ce "
            "sont ses membres qui lui permettent de le rester : rejoignez-les pour le prix d'un "
            "café par mois."
        ),
        "disclaimer": (
            "Chaque article reflète les recherches et les opinions de ses auteurs, qui sont "
            "responsables de son contenu ; il ne représente pas nécessairement la position de "
            "The Meridian Review ni de ses partenaires. Vous pouvez republier nos articles "
            "originaux, à condition de citer The Meridian Review comme source et de renvoyer "
            "vers l'article sur notre site."
        ),
        "fair_use_notice": (
            "Certains articles citent ou reproduisent de courts extraits de contenus dont les "
            "droits appartiennent à des tiers, que nous utilisons à des fins de commentaire, de "
            "critique, de recherche et d'information. Nous estimons cet usage loyal et "
            "proportionné, et nous citons nos sources chaque fois que possible. Si vous détenez "
            "des droits sur un contenu que nous avons utilisé et souhaitez en discuter, écrivez "
            "à notre contact presse."
        ),
    },
    "es": {
        "tagline": (
            "Investigación y análisis independientes allí donde la política se cruza con la vida "
            "cotidiana"
        ),
        "note_to_readers": (
            "Si algún texto te ayudó a entender algo, compártelo: reenvíaselo a un colega, "
            "llévalo a tu club de lectura o republícalo en tu propio sitio. Escribimos para que "
            "nuestro trabajo circule, y cada lector que lo hace llegar más lejos ayuda a un medio "
            "independiente a llegar a personas a las que nunca podríamos llegar solos."
        ),
        "membership_cta_text": (
            "The Meridian Review no tiene muro de pago ni dueño al que rendir cuentas. Sus "
            "socios hacen que siga siendo así: hazte socio por lo que cuesta un café al mes."
        ),
        "disclaimer": (
            "Cada artículo refleja la investigación y las opiniones de sus autores, que son "
            "responsables de su contenido, y no representa necesariamente la posición de The "
            "Meridian Review ni de sus medios asociados. Puedes republicar nuestros artículos "
            "originales siempre que cites a The Meridian Review como fuente y enlaces al texto "
            "en nuestro sitio."
        ),
        "fair_use_notice": (
            "Algunos textos citan o reproducen breves fragmentos de materiales cuyos derechos "
            "pertenecen a terceros y que utilizamos con fines de comentario, crítica, "
            "investigación e información periodística. Consideramos que se trata de un uso "
            "legítimo y proporcionado, y citamos las fuentes siempre que podemos. Si tienes "
            "derechos sobre algo que hayamos utilizado y quieres hablarlo con nosotros, escribe "
            "a nuestro contacto de prensa."
        ),
    },
    "ru": {
        "tagline": (
            "Независимые исследования и аналитика там, где политика встречается с повседневной "
            "жизнью"
        ),
        "note_to_readers": (
            "Если какой-то материал помог вам что-то понять, поделитесь им: перешлите коллеге, "
            "обсудите в читательском клубе или перепубликуйте на своём сайте. Мы пишем для "
            "того, чтобы наша работа расходилась дальше, и каждый читатель, который передаёт её "
            "другим, помогает независимому изданию достучаться до людей, до которых мы сами "
            "никогда бы не дотянулись."
        ),
        "membership_cta_text": (
            "У The Meridian Review нет платного доступа и нет владельца, перед которым нужно "
            "отчитываться. Так остаётся благодаря участникам клуба читателей: присоединяйтесь за "
            "цену чашки кофе в месяц."
        ),
        "disclaimer": (
            "Каждая статья отражает исследования и взгляды её авторов, которые несут "
            "ответственность за её содержание; она не обязательно выражает позицию The Meridian "
            "Review или наших партнёров. Вы можете перепубликовывать наши оригинальные "
            "материалы при условии, что укажете The Meridian Review в качестве источника и "
            "поставите ссылку на статью на нашем сайте."
        ),
        "fair_use_notice": (
            "В некоторых материалах цитируются или воспроизводятся небольшие фрагменты "
            "произведений, права на которые принадлежат другим лицам; мы используем их для "
            "комментария, критики, исследований и освещения новостей. Мы считаем такое "
            "использование добросовестным и соразмерным и везде, где это возможно, указываем "
            "источники. Если вам принадлежат права на что-либо из использованного нами и вы "
            "хотите это обсудить, напишите нашему контактному лицу для прессы."
        ),
    },
    "ar": {
        "tagline": "أبحاث وتحليلات مستقلة حيث تلتقي السياسات بالحياة اليومية",
        "note_to_readers": (
            "إذا ساعدك مقال هنا على فهم أمر ما، فمرّره إلى غيرك: أرسله إلى زميل، أو شاركه مع "
            "مجموعة قراءة، أو أعد نشره على موقعك. نحن نكتب لكي ينتقل عملنا بعيدًا، وكل قارئ "
            "يوصله أبعد يساعد منبرًا مستقلًا على بلوغ أناس ما كنا لنبلغهم وحدنا."
        ),
        "membership_cta_text": (
            "لا تحجب ذا ميريديان ريفيو محتواها خلف اشتراك مدفوع، وليس لها مالك تُسأل أمامه. "
            "والأعضاء هم من يحافظون على ذلك: انضم إليهم بثمن فنجان قهوة في الشهر."
        ),
        "disclaimer": (
            "يعبّر كل مقال عن أبحاث كاتبيه وآرائهم، وهم مسؤولون عن محتواه، ولا يمثل بالضرورة "
            "موقف ذا ميريديان ريفيو أو شركائها. ويمكنك إعادة نشر مقالاتنا الأصلية، شريطة أن تذكر "
            "ذا ميريديان ريفيو مصدرًا لها وأن تضع رابطًا إلى المقال على موقعنا."
        ),
        "fair_use_notice": (
            "تقتبس بعض المقالات أو تعيد نشر مقتطفات قصيرة من مواد تعود حقوقها إلى آخرين، "
            "ونستخدمها لأغراض التعليق والنقد والبحث والتغطية الإخبارية. ونرى أن هذا الاستخدام "
            "عادل ومتناسب، ونحرص على نسبة المواد إلى مصادرها كلما أمكن. وإذا كنت تملك حقوقًا في "
            "مادة استخدمناها وترغب في مناقشة الأمر، فيُرجى مراسلة مسؤول التواصل الإعلامي لدينا."
        ),
    },
}

# Titles of the five section pages, keyed by the section's slug, in every non-English site
# language.
SECTION_TITLES = {
    "articles": {
        "ar": "المقالات",
        "bn": "নিবন্ধ",
        "cs": "Články",
        "da": "Artikler",
        "de": "Artikel",
        "el": "Άρθρα",
        "es": "Artículos",
        "fa": "مقاله‌ها",
        "fi": "Artikkelit",
        "fr": "Articles",
        "he": "מאמרים",
        "hi": "लेख",
        "hu": "Cikkek",
        "id": "Artikel",
        "it": "Articoli",
        "ja": "記事",
        "ko": "기사",
        "nl": "Artikelen",
        "pl": "Artykuły",
        "pt": "Artigos",
        "ro": "Articole",
        "ru": "Статьи",
        "sv": "Artiklar",
        "tr": "Makaleler",
        "uk": "Статті",
        "zh-hans": "文章",
    },
    "regions": {
        "ar": "المناطق",
        "bn": "অঞ্চল",
        "cs": "Regiony",
        "da": "Regioner",
        "de": "Regionen",
        "el": "Περιοχές",
        "es": "Regiones",
        "fa": "مناطق",
        "fi": "Alueet",
        "fr": "Régions",
        "he": "אזורים",
        "hi": "क्षेत्र",
        "hu": "Régiók",
        "id": "Wilayah",
        "it": "Regioni",
        "ja": "地域",
        "ko": "지역",
        "nl": "Regio's",
        "pl": "Regiony",
        "pt": "Regiões",
        "ro": "Regiuni",
        "ru": "Регионы",
        "sv": "Regioner",
        "tr": "Bölgeler",
        "uk": "Регіони",
        "zh-hans": "地区",
    },
    "themes": {
        "ar": "المحاور",
        "bn": "বিষয়",
        "cs": "Témata",
        "da": "Temaer",
        "de": "Themen",
        "el": "Θέματα",
        "es": "Temas",
        "fa": "موضوع‌ها",
        "fi": "Teemat",
        "fr": "Thèmes",
        "he": "נושאים",
        "hi": "विषय",
        "hu": "Témák",
        "id": "Tema",
        "it": "Temi",
        "ja": "テーマ",
        "ko": "주제",
        "nl": "Thema's",
        "pl": "Tematy",
        "pt": "Temas",
        "ro": "Teme",
        "ru": "Темы",
        "sv": "Teman",
        "tr": "Temalar",
        "uk": "Теми",
        "zh-hans": "主题",
    },
    "reports": {
        "ar": "ملفات معمّقة",
        "bn": "গভীর প্রতিবেদন",
        "cs": "Podrobné zprávy",
        "da": "Dybdegående rapporter",
        "de": "Hintergrundberichte",
        "el": "Έρευνες σε βάθος",
        "es": "Informes en profundidad",
        "fa": "گزارش‌های تفصیلی",
        "fi": "Syventävät raportit",
        "fr": "Dossiers",
        "he": "סקירות עומק",
        "hi": "गहन रिपोर्टें",
        "hu": "Mélyelemzések",
        "id": "Laporan Mendalam",
        "it": "Approfondimenti",
        "ja": "特集レポート",
        "ko": "심층 보고서",
        "nl": "Achtergronddossiers",
        "pl": "Pogłębione raporty",
        "pt": "Relatórios aprofundados",
        "ro": "Rapoarte aprofundate",
        "ru": "Спецпроекты",
        "sv": "Fördjupningar",
        "tr": "Kapsamlı Dosyalar",
        "uk": "Спецпроєкти",
        "zh-hans": "深度报告",
    },
    "authors": {
        "ar": "الكتّاب",
        "bn": "লেখক",
        "cs": "Autoři",
        "da": "Skribenter",
        "de": "Autorinnen und Autoren",
        "el": "Συντάκτες",
        "es": "Autores",
        "fa": "نویسندگان",
        "fi": "Kirjoittajat",
        "fr": "Auteurs",
        "he": "כותבים",
        "hi": "लेखक",
        "hu": "Szerzők",
        "id": "Penulis",
        "it": "Autori",
        "ja": "執筆者",
        "ko": "필진",
        "nl": "Auteurs",
        "pl": "Autorzy",
        "pt": "Autores",
        "ro": "Autori",
        "ru": "Авторы",
        "sv": "Skribenter",
        "tr": "Yazarlar",
        "uk": "Автори",
        "zh-hans": "作者",
    },
}

# The outlet's tagline, shown as the home page introduction in every non-English language.
HOME_INTRO = {
    "ar": "أبحاث وتحليلات مستقلة حيث تلتقي السياسات بالحياة اليومية",
    "bn": "নীতি যেখানে দৈনন্দিন জীবনের সঙ্গে মেলে, সেখানে স্বাধীন গবেষণা ও বিশ্লেষণ",
    "cs": "Nezávislý výzkum a analýzy z míst, kde se politika potkává s každodenním životem",
    "da": "Uafhængig research og analyse fra de steder, hvor politik møder hverdagslivet",
    "de": "Unabhängige Recherche und Analyse dort, wo Politik auf den Alltag trifft",
    "el": "Ανεξάρτητη έρευνα και ανάλυση εκεί όπου η πολιτική συναντά την καθημερινή ζωή",
    "es": "Investigación y análisis independientes allí donde la política se cruza con la vida cotidiana",
    "fa": "پژوهش و تحلیل مستقل درباره جاهایی که سیاست با زندگی روزمره تلاقی می‌کند",
    "fi": "Riippumatonta tutkimusta ja analyysia siellä, missä politiikka kohtaa arjen",
    "fr": "Recherche et analyse indépendantes, là où les politiques publiques rencontrent la vie quotidienne",
    "he": "מחקר וניתוח עצמאיים מהמקומות שבהם המדיניות פוגשת את חיי היומיום",
    "hi": "जहाँ नीति रोज़मर्रा की ज़िंदगी से मिलती है, वहाँ से स्वतंत्र शोध और विश्लेषण",
    "hu": "Független kutatás és elemzés ott, ahol a politika találkozik a mindennapi élettel",
    "id": "Riset dan analisis independen tentang tempat-tempat di mana kebijakan bersinggungan dengan kehidupan sehari-hari",
    "it": "Ricerca e analisi indipendenti nei luoghi in cui le politiche pubbliche incontrano la vita quotidiana",
    "ja": "政策が日々の暮らしと交わる現場から、独立した調査と分析を",
    "ko": "정책이 일상과 만나는 곳에 대한 독립적인 연구와 분석",
    "nl": "Onafhankelijk onderzoek en analyse op de plekken waar beleid het dagelijks leven raakt",
    "pl": "Niezależne badania i analizy tam, gdzie polityka spotyka się z codziennym życiem",
    "pt": "Investigação e análise independentes nos lugares onde as políticas públicas se cruzam com a vida quotidiana",
    "ro": "Cercetare și analiză independentă acolo unde politicile publice se întâlnesc cu viața de zi cu zi",
    "ru": "Независимые исследования и аналитика там, где политика встречается с повседневной жизнью",
    "sv": "Oberoende research och analys där politiken möter vardagen",
    "tr": "Politikanın gündelik hayatla buluştuğu yerlerden bağımsız araştırma ve analiz",
    "uk": "Незалежні дослідження та аналітика там, де політика зустрічається з повсякденним життям",
    "zh-hans": "独立研究与分析，聚焦政策与日常生活的交汇之处",
}
